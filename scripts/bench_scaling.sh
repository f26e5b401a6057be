#!/usr/bin/env bash
# Time per KB of `attache extract` on one-document inputs of growing size, for
# adversarial shapes (issue 15): it must stay flat from 1 KB to 10 MB.
#
# Usage: scripts/bench_scaling.sh [SIZES_KB...]      (default: 1 10 100 1000 10000)
# Env:   ATTACHE (binary, default target/release/attache), SHAPES (space-separated
#        subset), THREADS (default 1), KEEP=1 keeps the generated inputs.
#
# Each time is the CPU time (CLOCK=wall: wall time) of one run less that of a
# one-line document (the model load and start-up), so ms/KB is the
# per-document work alone. Needs python3, bc and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${ATTACHE:-target/release/attache}
THREADS=${THREADS:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 10 100 1000 10000)
SHAPES=${SHAPES:-"of_chain lists_names lists_countries all_caps no_punct repeated_paragraphs long_sentence"}
[ -x "$BIN" ] || cargo build --release
WORK=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

# gen SHAPE KB OUT: one JSONL document of about KB kilobytes of SHAPE.
gen() {
    python3 - "$1" "$2" "$3" <<'PY'
import json, random, sys
shape, kb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = kb * 1024
rng = random.Random(15)
COUNTRIES = ["Kenya", "Uganda", "Tanzania", "Ethiopia", "Japan", "China", "India",
             "Brazil", "Germany", "France", "Egypt", "Nigeria", "Ghana", "Peru",
             "Chile", "Canada", "Mexico", "Norway", "Sweden", "Poland", "Turkey",
             "Iran", "Iraq", "Qatar", "Oman", "Jordan", "Kazakhstan", "Uzbekistan"]
SYL = ["ka", "ri", "mo", "ta", "su", "ne", "lo", "vi", "da", "shi", "ru", "an",
       "el", "or", "us", "ba", "ze", "qu", "ho", "mi"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Ambassador",
          "Defence Minister", "Envoy", "Chancellor"]
OFFICES = ["minister", "ministry", "council", "committee", "office", "embassy",
           "government", "delegation", "assembly", "commission"]

def name():
    w = lambda: "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))).capitalize()
    return f"{w()} {w()}"

# A paragraph of ordinary wire prose (synthetic), with quotes and dates.
def paragraph():
    a, b = rng.sample(COUNTRIES, 2)
    p, q = name(), name()
    return (f"{a.upper()}, March 4 (Reuters) - {a}'s foreign minister {p} met his "
            f"{b} counterpart {q} in the capital on Monday, the ministry said. "
            f"\u201cWe agreed to reopen the border and to expand trade,\u201d {p} told "
            f"reporters. {q} said {b} would send a delegation next week, and the "
            f"two sides signed a memorandum of understanding on energy. "
            f"Earlier, {a} summoned {b}'s ambassador over remarks by its defence minister.")

def fill(unit, sep=" "):
    parts, n = [], 0
    while n < size:
        u = unit()
        parts.append(u)
        n += len(u.encode()) + len(sep)
    return sep.join(parts)

if shape == "of_chain":
    def unit():
        links = " of ".join(f"the {rng.choice(OFFICES)}" for _ in range(30))
        return f"The envoy of {links} of {rng.choice(COUNTRIES)} met the minister of {links}."
    text = fill(unit)
elif shape == "lists_names":
    def unit():
        people = [f"{rng.choice(TITLES)} {name()}" for _ in range(400)]
        return ", ".join(people[:-1]) + f" and {people[-1]} met in Geneva on Monday."
    text = fill(unit)
elif shape == "lists_countries":
    def unit():
        cs = [rng.choice(COUNTRIES) for _ in range(500)]
        return ", ".join(cs[:-1]) + f" and {cs[-1]} signed an agreement on trade."
    text = fill(unit)
elif shape == "all_caps":
    text = fill(lambda: paragraph().upper(), "\n\n")
elif shape == "no_punct":
    words = paragraph().replace(",", "").replace(".", "").replace("\u201c", "") \
        .replace("\u201d", "").replace("(", "").replace(")", "").replace("-", "").split()
    text = fill(lambda: " ".join(rng.choice(words) for _ in range(50)))
elif shape == "repeated_paragraphs":
    rng2 = random.Random(7)
    saved = rng.getstate()
    one = paragraph()
    text = fill(lambda: one, "\n\n")
elif shape == "long_sentence":
    def unit():
        a, b = rng.sample(COUNTRIES, 2)
        return (f"the foreign minister of {a} {name()} met {b}'s ambassador {name()} "
                f"and said that the two countries would expand trade,")
    text = "On Monday " + fill(unit) + " officials said."
else:
    sys.exit(f"unknown shape {shape}")
text = text.encode()[:max(size, 1)].decode(errors="ignore")
with open(out, "w") as f:
    f.write(json.dumps({"id": f"{shape}-{kb}k", "date": "2024-03-06", "text": text}) + "\n")
PY
}

# run INPUT -> seconds: CPU time (user + system) by default, so that other
# load on a shared machine does not count; CLOCK=wall for wall time.
run() {
    local start end cpu
    start=$(date +%s.%N)
    cpu=$( { /usr/bin/time -f '%U %S' "$BIN" extract -q --threads "$THREADS" \
        --max-doc-bytes 1000000000 "$1" -o "$WORK/out.jsonl" 2>&1 >/dev/null; } | tail -1)
    end=$(date +%s.%N)
    if [ -s "$WORK/out.rejects.jsonl" ]; then
        echo "rejected: $(cat "$WORK/out.rejects.jsonl")" >&2
        exit 1
    fi
    if [ "${CLOCK:-cpu}" = wall ]; then
        echo "$end - $start" | bc -l
    else
        echo "$cpu" | awk '{print $1 + $2}'
    fi
}

printf '{"id":"base","text":"Kenya met Uganda."}\n' >"$WORK/base.jsonl"
base=$(run "$WORK/base.jsonl")
base=$(echo "$base $(run "$WORK/base.jsonl")" | awk '{print ($1 < $2) ? $1 : $2}')
printf 'start-up (one-line document): %.2f s %s time\n\n' "$base" "${CLOCK:-cpu}"
printf '%-20s' shape
for kb in "${SIZES[@]}"; do printf '%18s' "${kb} KB"; done
printf '\n%-20s' ''
for _ in "${SIZES[@]}"; do printf '%18s' 's  (ms/KB)'; done
printf '\n'
for shape in $SHAPES; do
    printf '%-20s' "$shape"
    for kb in "${SIZES[@]}"; do
        gen "$shape" "$kb" "$WORK/in.jsonl"
        s=$(run "$WORK/in.jsonl")
        net=$(echo "$s - $base" | bc -l)
        awk -v s="$net" -v kb="$kb" 'BEGIN { if (s < 0) s = 0; printf "%10.2f (%5.2f)", s, 1000 * s / kb }'
    done
    printf '\n'
done
