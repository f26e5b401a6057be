#!/usr/bin/env python3
"""Seed the whole-pipeline fuzz target's corpus (fuzz/corpus/extract) at run
time from the headlines, paragraphs and sentences of the shared real sets
(../shared/testdata/real/r*/articles/*.txt) and the repo's seeds/, plus the
issue-15 reproducers and a few dated variants. The corpus folder is ignored
by git: article texts are never committed.

Usage: scripts/fuzz_corpus.py [--shared DIR] [--out DIR] [--max-len BYTES]
Then, from the repository root:
       RUSTC_BOOTSTRAP=1 cargo fuzz run extract fuzz/corpus/extract -- \
           -timeout=10 -rss_limit_mb=4096 -max_total_time=1800 -jobs=1
(-jobs=1 writes libFuzzer's log to fuzz-0.log in the current folder.)
"""

import argparse
import glob
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Short synthetic shapes that once stalled or crashed a stage (issue 15),
# and the forms around them; "@DATE\n" gives the document a date.
SHAPES = [
    "Foreign Minister Sameh Shoukry receives a call from the Minister of Foreign Affairs of New Zealand",
    "President William Ruto meets Chinese ambassador",
    "Prime Minister Narendra Modi visits Japan",
    "PRIME MINISTER NARENDRA MODI VISITS JAPAN",
    "BISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart on Monday.",
    "U.S. SHOULD ACT - ANALYST",
    "Idrees Zaman, the",
    "@+262142-12-31\nKenya summoned the Chinese ambassador tomorrow.",
    "@-262143-01-01\nKenya summoned the Chinese ambassador yesterday.",
    "@2024-03-06\nThe minister said \"we will act\" and \"we will not wait\", the envoy said.",
    "ABUJA, March 4 (Reuters) - Nigeria's foreign ministry summoned the Ghanaian envoy.",
]

# Dates given to some seeds, so the date-resolution paths see real dates.
DATES = ["2024-03-06", "2023-12-31", "2019-02-29", "+262142-12-31"]

SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z])")


def pieces(text, max_len):
    """The headline, each paragraph and each sentence of an article."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and line != "-"]
    for line in lines:
        if len(line.encode()) <= max_len:
            yield line
        for s in SENTENCE_END.split(line):
            s = s.strip()
            if s and len(s.encode()) <= max_len:
                yield s
    # The opening of the article as a whole: headline, dateline, lead.
    head = "\n\n".join(lines[:4])
    if len(head.encode()) <= max_len:
        yield head


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "fuzz", "corpus", "extract"))
    ap.add_argument("--max-len", type=int, default=4096)
    args = ap.parse_args()

    sources = sorted(glob.glob(os.path.join(args.shared, "testdata", "real", "r*", "articles", "*.txt")))
    sources += sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
    if not sources:
        print(f"no articles under {args.shared}/testdata/real or seeds/", file=sys.stderr)
    os.makedirs(args.out, exist_ok=True)
    seen = set()

    def put(sample):
        data = sample.encode()
        if data in seen:
            return
        seen.add(data)
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)

    for s in SHAPES:
        put(s)
    n = 0
    for path in sources:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for p in pieces(text, args.max_len):
            put(p)
            # Every seventh piece also with a date, cycling through DATES.
            if n % 7 == 0:
                put(f"@{DATES[(n // 7) % len(DATES)]}\n{p}")
            n += 1
    print(f"{len(seen)} inputs from {len(sources)} articles in {args.out}")


if __name__ == "__main__":
    main()
