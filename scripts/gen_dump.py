#!/usr/bin/env python3
"""Writes a synthetic news dump (JSONL) of a given size for benchmarks.

No downloaded corpora: articles are assembled from templates of diplomatic
and hostile news sentences over invented names and real place names, mixed
with the four seed articles, so throughput and memory can be measured on
text shaped like the real thing. Deterministic for a given --seed.

    scripts/gen_dump.py --mb 50 -o /tmp/dump.jsonl
"""
import argparse
import json
import os
import random
import sys

COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"), ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Viet Nam", "Vietnamese", "Hanoi"), ("Laos", "Lao", "Vientiane"),
    ("Kenya", "Kenyan", "Nairobi"), ("Nigeria", "Nigerian", "Abuja"),
    ("Brazil", "Brazilian", "Brasilia"), ("Mexico", "Mexican", "Mexico City"),
    ("Egypt", "Egyptian", "Cairo"), ("Iran", "Iranian", "Tehran"),
    ("Germany", "German", "Berlin"), ("Poland", "Polish", "Warsaw"),
    ("India", "Indian", "New Delhi"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Chile", "Chilean", "Santiago"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Turkey", "Turkish", "Ankara"), ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"), ("Morocco", "Moroccan", "Rabat"),
]
SYLLABLES = ["ka", "mi", "to", "ra", "no", "su", "le", "an", "dre", "mo", "ha", "ji",
             "ol", "un", "se", "vi", "ko", "ba", "ne", "ti", "ar", "el", "os", "ya"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Trade Minister",
          "Defence Minister", "ambassador", "Deputy Prime Minister", "envoy"]
ORGS = ["the United Nations", "ASEAN", "the European Union", "the African Union",
        "the World Bank", "the chamber of commerce", "the foreign ministry",
        "the International Monetary Fund", "the Red Cross"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TEMPLATES = [
    "{t1} {p1} met {c2adj} {t2} {p2} in {cap1} on {day} to discuss trade and investment.",
    "{c1} and {c2} signed a memorandum of understanding on energy cooperation on {month} {d}.",
    "{p1} said {c1} would provide ${n} million in humanitarian aid to {c2} this year.",
    "The {c1adj} government condemned the attack and summoned the {c2adj} ambassador.",
    "Thousands of protesters marched in {cap2} on {day}, demanding the resignation of the {t2}.",
    "{c1} imposed sanctions on {n} {c2adj} officials accused of human rights abuses.",
    "{t1} {p1} thanked {c2} for its support during the crisis, according to {org}.",
    "{org} urged both sides to return to talks and refrain from violence.",
    "{c2adj} troops were deployed to the border region after clashes that killed {n} people.",
    "\u201cWe are committed to deepening our partnership,\u201d {p1} told reporters in {cap1}.",
    "The two countries agreed to hold the next round of talks in {cap2} in {month}.",
    "{p2} rejected the proposal, saying it ignored {c2}'s security concerns.",
    "Officials said the U.S. delegation, led by Mr. {p1}, arrived at 9 a.m. local time.",
    "{c1} recalled its ambassador from {cap2} and expelled {n} diplomats.",
    "Trade between {c1} and {c2} rose {n}.{d} per cent last year, the ministry said.",
]


def name(rng):
    def word():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def sentence(rng):
    (c1, a1, cap1), (c2, a2, cap2) = rng.sample(COUNTRIES, 2)
    return rng.choice(TEMPLATES).format(
        t1=rng.choice(TITLES), t2=rng.choice(TITLES), p1=name(rng), p2=name(rng),
        c1=c1, c2=c2, c1adj=a1, c2adj=a2, cap1=cap1, cap2=cap2,
        day=rng.choice(DAYS), month=rng.choice(MONTHS), d=rng.randint(1, 28),
        n=rng.randint(2, 900), org=rng.choice(ORGS))


def article(rng):
    paras = []
    for _ in range(rng.randint(4, 10)):
        paras.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))))
    if rng.random() < 0.3:
        paras[0] = f"{rng.choice(COUNTRIES)[2].upper()} \u2014 " + paras[0]
    return "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50, help="approximate size in MB")
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds-dir", default=os.path.join(os.path.dirname(__file__), "..", "seeds"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = []
    for f in sorted(os.listdir(args.seeds_dir)):
        if f.endswith(".txt"):
            with open(os.path.join(args.seeds_dir, f), encoding="utf-8") as fh:
                seeds.append(fh.read())
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    target = int(args.mb * 1e6)
    written, i = 0, 0
    while written < target:
        text = seeds[i % len(seeds)] if i % 10 == 0 and seeds else article(rng)
        rec = {"id": f"syn{i:08d}", "date": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "title": sentence(rng)[:60], "text": text}
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        i += 1
    if out is not sys.stdout:
        out.close()
    print(f"wrote {i} articles, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
