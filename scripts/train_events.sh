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
also=(--also tests/data/heldout/a --also tests/data/heldout/b --also tests/data/heldout/c)
[ -d "$SEEDS_GOLD" ] && also+=(--also "$SEEDS_GOLD:seeds")
if [ "${1:-}" = --cv ]; then
    target/release/attache train "${gold[@]}" "${also[@]}" --cv 5
    target/release/attache train "${gold[@]}" "${also[@]}" --cv sets
    exit 0
fi
target/release/attache train "${gold[@]}" "${also[@]}" -o models/events
