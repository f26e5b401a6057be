#!/usr/bin/env bash
# attache's embedded NER + parse against spaCy's own nlp.pipe: same model
# (en_core_web_sm 3.8.0), same sentences, same machine, one run each.
# Reports sentences/s and peak RSS for both.
#
#   scripts/bench_ner.sh [N_SENTENCES] [THREADS]     (defaults 2500, 2)
#
# attache runs with THREADS worker threads; spaCy runs once in one process
# and once with n_process=THREADS, and the faster of the two is the one
# compared. Wall times include start-up and model loading; spaCy's time
# inside nlp.pipe alone is shown too (the comparison most favourable to it).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2500}"
THREADS="${2:-2}"
PY=.venv-convert/bin/python
[ -x "$PY" ] || ./scripts/setup-convert.sh >&2
cargo build --release --quiet
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Sentences from the seed articles, the hand-written corpus and templates
# (scripts/news_corpus.py), one per line.
"$PY" - "$N" > "$WORK/sentences.txt" <<'PYEOF'
import sys
from pathlib import Path
sys.path.insert(0, "scripts")
import news_corpus
n = int(sys.argv[1])
base = news_corpus.seed_sentences(Path("seeds")) + news_corpus.HANDWRITTEN
out = (base + news_corpus.generated(max(n - len(base), 0), seed=2024))[:n]
for s in out:
    print(" ".join(s.split()))
PYEOF
SENTS=$(wc -l < "$WORK/sentences.txt")
TOKENS_APPROX=$(wc -w < "$WORK/sentences.txt")
echo "corpus: $SENTS sentences (~$TOKENS_APPROX words), $(nproc) cores, threads=$THREADS"

measure() { # name, command...: prints "wall_seconds peak_rss_kb"
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" 2> "$WORK/$name.err" > /dev/null
    cat "$WORK/$name.time"
}

read -r A_WALL A_RSS < <(RAYON_NUM_THREADS="$THREADS" measure attache \
    ./target/release/attache ner --json --lines "$WORK/sentences.txt")
read -r S1_WALL S1_RSS < <(measure spacy1 \
    "$PY" scripts/bench_spacy.py "$WORK/sentences.txt" --n-process 1)
S1_PIPE=$(awk '/pipe_seconds/ {print $2}' "$WORK/spacy1.err")
if [ "$THREADS" -gt 1 ]; then
    read -r S2_WALL S2_RSS < <(measure spacy2 \
        "$PY" scripts/bench_spacy.py "$WORK/sentences.txt" --n-process "$THREADS")
    S2_PIPE=$(awk '/pipe_seconds/ {print $2}' "$WORK/spacy2.err")
else
    S2_WALL=0 S2_RSS=0 S2_PIPE=0
fi

"$PY" - "$SENTS" "$A_WALL" "$A_RSS" "$S1_WALL" "$S1_RSS" "$S1_PIPE" \
    "$S2_WALL" "$S2_RSS" "$S2_PIPE" "$THREADS" <<'PYEOF'
import sys
n = int(sys.argv[1])
a_wall, a_rss = float(sys.argv[2]), int(sys.argv[3])
s1_wall, s1_rss, s1_pipe = float(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
s2_wall, s2_rss, s2_pipe = float(sys.argv[7]), int(sys.argv[8]), float(sys.argv[9])
threads = sys.argv[10]
rows = [
    (f"attache, threads={threads}", a_wall, None, a_rss),
    ("spaCy nlp.pipe, 1 process", s1_wall, s1_pipe, s1_rss),
]
if s2_wall > 0:
    rows.append((f"spaCy nlp.pipe, n_process={threads}", s2_wall, s2_pipe, s2_rss))
print(f"{'':34} {'wall s':>8} {'sent/s':>8} {'pipe-only sent/s':>17} {'peak RSS MB':>12}")
for name, wall, pipe, rss in rows:
    pipe_rate = f"{n / pipe:17.0f}" if pipe else f"{'':>17}"
    print(f"{name:34} {wall:8.2f} {n / wall:8.0f} {pipe_rate} {rss / 1024:12.0f}")
best_wall = min(r[1] for r in rows[1:])
best_pipe = min(r[2] for r in rows[1:])
print(f"speed-up vs faster spaCy: {best_wall / a_wall:.1f}x end to end, "
      f"{best_pipe / a_wall:.1f}x against spaCy's time inside nlp.pipe only")
print("(peak RSS for n_process>1 is the largest single process, as GNU time reports it)")
PYEOF
