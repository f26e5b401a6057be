#!/usr/bin/env bash
# End-to-end throughput and memory of `attache extract` (read → clean →
# segment → NER + parse → actors → events → write) on a synthetic dump made
# by scripts/gen_dump.py (templates + the seed articles; nothing downloaded).
#
#   scripts/bench_e2e.sh [MB] [--no-scaling]
#
# Runs the release binary on a dump of MB megabytes (default 50) and on one
# a tenth of that size, to show peak RSS stays flat as input grows 10x, and
# (unless --no-scaling) on the large dump with 1 and 2 threads. Prints one
# line per run: docs/s, sentences/s, events/s, MB/s, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-50}"
SCALING=1
[ "${2:-}" = "--no-scaling" ] && SCALING=0
command -v /usr/bin/time >/dev/null || { echo "bench_e2e: needs GNU time (/usr/bin/time)" >&2; exit 1; }

cargo build --release -q
BIN=target/release/attache
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
small=$(python3 -c "print(max($MB / 10, 0.5))")
python3 scripts/gen_dump.py --mb "$small" -o "$work/small.jsonl" 2>/dev/null
python3 scripts/gen_dump.py --mb "$MB" -o "$work/large.jsonl" 2>/dev/null

run() { # name input threads
    local name=$1 input=$2 threads=$3
    /usr/bin/time -f "%e %M" -o "$work/time" \
        "$BIN" extract "$input" -o "$work/$name.events.jsonl" --threads "$threads" 2>"$work/$name.log"
    read -r secs rss_kb < "$work/time"
    # The summary line: "read N documents: ... ; S sentences, E events; X MB in ..."
    python3 - "$work/$name.log" "$secs" "$rss_kb" "$name" "$threads" "$input" <<'PY'
import os, re, sys
log, secs, rss, name, threads, path = sys.argv[1:]
text = open(log).read()
m = re.search(r"read (\d+) documents.*?(\d+) sentences, (\d+) events", text)
if not m:
    sys.exit(f"bench_e2e: no summary in {log}:\n{text}")
docs, sents, events = map(int, m.groups())
secs = float(secs); mb = os.path.getsize(path) / 1e6
print(f"{name:>6} {threads} thr {mb:7.1f} MB {docs:8d} docs {secs:8.1f} s "
      f"{docs/secs:8.1f} docs/s {sents/secs:9.0f} sent/s {events/secs:8.0f} events/s "
      f"{mb/secs:6.2f} MB/s  peak RSS {int(rss)/1024:6.0f} MB")
PY
}

echo "attache extract, $(nproc) cores; dumps in $work"
run small "$work/small.jsonl" 2
run large "$work/large.jsonl" 2
if [ "$SCALING" = 1 ]; then
    run large "$work/large.jsonl" 1
fi
