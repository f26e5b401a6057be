#!/usr/bin/env bash
# What one failing document per batch costs the rest of the run.
#
#   scripts/bench_isolation.sh [COPIES] [ROUNDS]
#
# Builds a JSONL dump at run time from the real articles in
# ../shared/testdata/real/r*/articles/*.txt (ids and dates from each
# articles/index.jsonl), repeated COPIES times (default 12) with unique ids,
# and runs the release binary over it twice per round (ROUNDS, default 3,
# best round kept for each):
#
#   clean: the dump as is;
#   bad:   the same dump with one failing document put in every batch
#          (one per --batch-docs documents, default 256).
#
# The failing document is BAD_TEXT, by default a "CITY. AGENCY -" dateline
# that panics inside the (batching) spaCy component before branch fix15-a;
# with a --doc-timeout small enough, any document that runs longer works as
# well. The script checks that each bad run rejected exactly the bad
# documents, and prints docs/s of the good documents for both and the ratio
# (must stay >= 0.90).
#
# Nothing from ../shared is written into the repository: the dump lives in a
# temporary folder (BENCH_DIR to keep it).
#
# EXCLUDE lists article ids left out because they stall before fix15-a
# (they would cost --doc-timeout each, in both runs alike).
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES="${1:-12}"
ROUNDS="${2:-3}"
BATCH="${BATCH_DOCS:-256}"
THREADS="${THREADS:-0}"
EXCLUDE="${EXCLUDE-r4_008 r5_023}"
BAD_TEXT="${BAD_TEXT:-BISHKEK. KABAR - The Kyrgyz foreign minister met his Uzbek counterpart on Monday.}"
REAL="${REAL:-../shared/testdata/real}"
[ -d "$REAL" ] || { echo "bench_isolation: $REAL not found" >&2; exit 1; }

BIN="${BIN:-target/release/attache}"
[ -n "${NO_BUILD:-}" ] || cargo build --release -q
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"

python3 - "$REAL" "$COPIES" "$BATCH" "$BAD_TEXT" "$EXCLUDE" "$work" <<'PY'
import json, os, sys, glob
real, copies, batch, bad_text, exclude, work = sys.argv[1:]
copies, batch, exclude = int(copies), int(batch), set(exclude.split())
arts = []
for index in sorted(glob.glob(os.path.join(real, "r*", "articles", "index.jsonl"))):
    folder = os.path.dirname(index)
    for line in open(index, encoding="utf-8"):
        if not line.strip():
            continue
        meta = json.loads(line)
        if meta["doc_id"] in exclude:
            continue
        text = open(os.path.join(folder, meta["file"]), encoding="utf-8").read()
        arts.append((meta["doc_id"], meta.get("published"), text))
docs = [
    {"id": f"{i}_{c}", "date": d, "text": t}
    for c in range(copies)
    for (i, d, t) in arts
]
with open(os.path.join(work, "clean.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d) + "\n")
bad = 0
with open(os.path.join(work, "bad.jsonl"), "w", encoding="utf-8") as f:
    for k, d in enumerate(docs):
        # One bad document opens every batch of `batch` lines.
        if k % (batch - 1) == 0:
            f.write(json.dumps({"id": f"bad_{bad}", "text": bad_text}) + "\n")
            bad += 1
        f.write(json.dumps(d) + "\n")
open(os.path.join(work, "counts"), "w").write(f"{len(docs)} {bad}\n")
PY
read -r GOOD BAD < "$work/counts"
echo "bench_isolation: $GOOD real documents ($COPIES copies), $BAD bad ones in the bad run, batches of $BATCH"

run() { # name -> seconds
    local name=$1 start end
    rm -f "$work/$name.rejects.jsonl"
    start=$(date +%s.%N)
    "$BIN" extract "$work/$name.jsonl" -o "$work/$name.events.jsonl" \
        --rejects "$work/$name.rejects.jsonl" --batch-docs "$BATCH" --threads "$THREADS" \
        ${DOC_TIMEOUT:+--doc-timeout "$DOC_TIMEOUT"} 2>"$work/$name.log"
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
}

best_clean="" best_bad=""
for r in $(seq "$ROUNDS"); do
    c=$(run clean)
    b=$(run bad)
    touch "$work/clean.rejects.jsonl" "$work/bad.rejects.jsonl"
    rejected_clean=$(wc -l < "$work/clean.rejects.jsonl")
    rejected_bad=$(grep -c '"id":"bad_' "$work/bad.rejects.jsonl" || true)
    other_bad=$(grep -vc '"id":"bad_' "$work/bad.rejects.jsonl" || true)
    if [ "$rejected_bad" -ne "$BAD" ] || [ "$other_bad" -ne "$rejected_clean" ]; then
        echo "bench_isolation: bad run rejected $rejected_bad of $BAD bad documents and $other_bad others (clean run: $rejected_clean); see $work" >&2
        exit 1
    fi
    echo "round $r: clean $(printf %.2f "$c") s, bad $(printf %.2f "$b") s"
    best_clean=$(python3 -c "print(min(float(x) for x in '$c ${best_clean}'.split()))")
    best_bad=$(python3 -c "print(min(float(x) for x in '$b ${best_bad}'.split()))")
done
python3 - "$GOOD" "$best_clean" "$best_bad" <<'PY'
import sys
good, clean, bad = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
c, b = good / clean, good / bad
print(f"clean: {c:.1f} docs/s   one bad document per batch: {b:.1f} docs/s (good documents)   ratio {b / c:.3f}")
sys.exit(0 if b / c >= 0.90 else 1)
PY
