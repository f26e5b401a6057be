#!/usr/bin/env bash
# Rebuilds the shipped event model (models/events/) from every gold set:
# the five real-news sets in ../shared/testdata/real, the invented held-out
# sets A, B and C, and the seeds' gold. With --cv it first prints the
# cross-validated figures (5-fold by article, then leave one set out).
#
#   scripts/train_events.sh            # retrain models/events/
#   scripts/train_events.sh --cv       # figures only, model left as it is
set -euo pipefail
cd "$(dirname "$0")/.."
REAL=${ATTACHE_REAL:-../shared/testdata/real}
SEEDS_GOLD=${ATTACHE_SEEDS_GOLD:-../shared/testdata/gold}
if [ ! -d "$REAL/r1/gold" ]; then
    echo "train_events.sh: $REAL not found (the shared real-news gold sets); nothing to train on" >&2
    exit 1
fi
cargo build --release --quiet
gold=()
for s in r1 r2 r3 r4 r5; do gold+=(--gold "$REAL/$s/gold"); done
invented=(--gold tests/data/heldout/a --gold tests/data/heldout/b --gold tests/data/heldout/c)
[ -d "$SEEDS_GOLD" ] && invented+=(--gold "$SEEDS_GOLD:seeds")
if [ "${1:-}" = --cv ]; then
    # 1. 5-fold by article over every set (each article decided by a model
    #    that never saw it), per set and pooled; then the real sets pooled.
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    target/release/attache train "${gold[@]}" "${invented[@]}" --cv 5 --pred "$tmp/cv"
    mkdir -p "$tmp/real"
    for f in docs events; do cat "$REAL"/r?/gold/$f.jsonl > "$tmp/real/$f.jsonl"; done
    cat "$tmp"/cv/r?.events.jsonl > "$tmp/real.events.jsonl"
    echo "real sets pooled (r1-r5, same out-of-fold events):"
    target/release/attache eval --gold "$tmp/real" --pred "$tmp/real.events.jsonl" --bootstrap 1000 | grep -E "^  micro" | head -2
    # 2. Leave one real set out (the invented sets always in training).
    also=()
    for a in "${invented[@]}"; do [ "$a" = --gold ] && also+=(--also) || also+=("$a"); done
    target/release/attache train "${gold[@]}" "${also[@]}" --cv sets
    exit 0
fi
target/release/attache train "${gold[@]}" "${invented[@]}" -o models/events
