#!/usr/bin/env bash
# End to end on real news: `attache extract` (default event model, and the
# rules alone) against spaCy en_core_web_sm's nlp.pipe (NER + parse only) on
# the same articles, same machine, one run. The articles are the shared
# real-news sets (../shared/testdata/real), repeated to make a longer run.
#
#   scripts/bench_real.sh [REPEAT] [THREADS]       (defaults 8, 2)
#
# Prints wall seconds, documents/s, sentences/s (attache's sentence count
# for both) and peak RSS, and attache's speed as a multiple of spaCy's
# (the faster of spaCy with one process and with n_process=THREADS).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${1:-8}"
THREADS="${2:-2}"
REAL=${ATTACHE_REAL:-../shared/testdata/real}
[ -d "$REAL/r1" ] || { echo "bench_real: $REAL not found" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench_real: needs GNU time (/usr/bin/time)" >&2; exit 1; }
PY=.venv-convert/bin/python
[ -x "$PY" ] || ./scripts/setup-convert.sh >&2
cargo build --release --quiet
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 scripts/real_input.py "$REAL"/r? > "$WORK/once.jsonl"
for _ in $(seq "$REPEAT"); do cat "$WORK/once.jsonl"; done \
    | python3 -c 'import sys,json
for n,l in enumerate(sys.stdin):
    r=json.loads(l); r["id"]="%s#%d" % (r["id"], n); print(json.dumps(r))' > "$WORK/in.jsonl"
DOCS=$(wc -l < "$WORK/in.jsonl")
echo "input: $DOCS real articles ($REPEAT x $(wc -l < "$WORK/once.jsonl")), $(du -h "$WORK/in.jsonl" | cut -f1), $(nproc) cores, threads=$THREADS"

measure() { # name, command...: prints "wall_seconds peak_rss_kb"
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" 2> "$WORK/$name.err" > /dev/null
    cat "$WORK/$name.time"
}
read -r M_WALL M_RSS < <(measure model ./target/release/attache extract "$WORK/in.jsonl" -o "$WORK/model.jsonl" --threads "$THREADS")
read -r R_WALL R_RSS < <(measure rules ./target/release/attache extract "$WORK/in.jsonl" -o "$WORK/rules.jsonl" --threads "$THREADS" --events rules)
SENTS=$(grep -o '[0-9]* sentences' "$WORK/model.err" | head -1 | cut -d' ' -f1)
read -r S1_WALL S1_RSS < <(measure spacy1 "$PY" scripts/bench_spacy.py "$WORK/in.jsonl" --jsonl --n-process 1)
S1_PIPE=$(awk '/pipe_seconds/ {print $2}' "$WORK/spacy1.err")
read -r S2_WALL S2_RSS < <(measure spacy2 "$PY" scripts/bench_spacy.py "$WORK/in.jsonl" --jsonl --n-process "$THREADS")
S2_PIPE=$(awk '/pipe_seconds/ {print $2}' "$WORK/spacy2.err")
python3 - "$DOCS" "$SENTS" "$M_WALL" "$M_RSS" "$R_WALL" "$R_RSS" "$S1_WALL" "$S1_RSS" "$S1_PIPE" "$S2_WALL" "$S2_RSS" "$S2_PIPE" "$THREADS" <<'PY'
import sys
docs, sents = int(sys.argv[1]), int(sys.argv[2])
mw, mr, rw, rr, s1w, s1r, s1p, s2w, s2r, s2p = map(float, sys.argv[3:13])
threads = sys.argv[13]
best = min(s1w, s2w)
rows = [
    (f"attache extract (model), {threads} threads", mw, mr),
    (f"attache extract --events rules, {threads} threads", rw, rr),
    ("spaCy sm nlp.pipe, 1 process", s1w, s1r),
    (f"spaCy sm nlp.pipe, n_process={threads}", s2w, s2r),
]
print(f"{'system':<46} {'wall s':>7} {'docs/s':>8} {'sent/s':>8} {'RSS MB':>7}")
for name, w, r in rows:
    print(f"{name:<46} {w:>7.2f} {docs / w:>8.1f} {sents / w:>8.1f} {r / 1024:>7.0f}")
print(f"spaCy time inside nlp.pipe alone: {s1p:.2f} s (1 process), {s2p:.2f} s (n_process={threads})")
print(f"attache (model) end to end is {best / mw:.1f}x spaCy sm's NER + parse (wall); "
      f"{min(s1p, s2p) / mw:.1f}x against nlp.pipe time alone")
PY
