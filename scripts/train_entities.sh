#!/usr/bin/env bash
# Rebuilds the shipped entity tagger (models/entities/) from every gold set
# with entities: the five real-news sets in ../shared/testdata/real, the
# invented held-out sets A, B and C, and the seeds' gold. With --cv it
# prints the figures instead (model left as it is):
#   1. 5-fold cross-validation by article over r1-r5 (A, B, C and the seeds
#      always in training): per set, pooled, and the untagged layer;
#   2. A, B, C and the seeds, each article tagged by a model that never saw
#      it (5-fold over them, r1-r5 always in training);
#   3. leave one real set out;
#   4. spaCy en_core_web_sm's own raw entities on the same texts (with
#      --spacy; needs the venv of scripts/setup-convert.sh, made if absent).
#
#   scripts/train_entities.sh                # retrain models/entities/
#   scripts/train_entities.sh --cv [--spacy] # figures only
set -euo pipefail
cd "$(dirname "$0")/.."
REAL=${ATTACHE_REAL:-../shared/testdata/real}
SEEDS_GOLD=${ATTACHE_SEEDS_GOLD:-../shared/testdata/gold}
if [ ! -d "$REAL/r1/gold" ]; then
    echo "train_entities.sh: $REAL not found (the shared real-news gold sets); nothing to train on" >&2
    exit 1
fi
cargo build --release --quiet
A=target/release/attache
real=()
for s in r1 r2 r3 r4 r5; do real+=("$REAL/$s/gold"); done
invented=(tests/data/heldout/a tests/data/heldout/b tests/data/heldout/c)
[ -d "$SEEDS_GOLD" ] && invented+=("$SEEDS_GOLD:seeds")
flags() { local f=$1; shift; for d in "$@"; do printf '%s\n%s\n' "$f" "$d"; done; }
mapfile -t gold_real < <(flags --gold "${real[@]}")
mapfile -t also_real < <(flags --also "${real[@]}")
mapfile -t gold_inv < <(flags --gold "${invented[@]}")
mapfile -t also_inv < <(flags --also "${invented[@]}")
T=(train --component entities --bootstrap "${BOOTSTRAP:-1000}")
if [ "${1:-}" = --cv ]; then
    echo "== 1. real sets, 5-fold by article"
    $A "${T[@]}" "${gold_real[@]}" "${also_inv[@]}" --cv 5
    echo "== 2. invented sets and seeds, 5-fold by article (real sets always trained on)"
    $A "${T[@]}" "${gold_inv[@]}" "${also_real[@]}" --cv 5
    echo "== 3. leave one real set out"
    $A "${T[@]}" "${gold_real[@]}" "${also_inv[@]}" --cv sets
    if [ "${2:-}" = --spacy ]; then
        PY=.venv-convert/bin/python
        [ -x "$PY" ] || scripts/setup-convert.sh >&2
        tmp=$(mktemp -d)
        trap 'rm -rf "$tmp"' EXIT
        echo "== 4. spaCy en_core_web_sm 3.8.0, raw (exact span F1, micro then per label)"
        for s in r1 r2 r3 r4 r5; do
            python3 scripts/real_input.py "$REAL/$s" > "$tmp/$s.in.jsonl"
            "$PY" scripts/spacy_entities.py "$tmp/$s.in.jsonl" > "$tmp/$s.docs.jsonl"
            echo "-- $s"
            $A eval --gold "$REAL/$s/gold" --pred "$tmp/$s.docs.jsonl" --docs "$tmp/$s.docs.jsonl" \
                --bootstrap "${BOOTSTRAP:-1000}" | sed -n '/Entities, exact span/,/micro/p' | tail -n +3
        done
        mkdir -p "$tmp/all"
        for f in docs entities events; do cat "$REAL"/r?/gold/$f.jsonl > "$tmp/all/$f.jsonl"; done
        cat "$tmp"/r?.docs.jsonl > "$tmp/all.docs.jsonl"
        echo "-- pooled"
        $A eval --gold "$tmp/all" --pred "$tmp/all.docs.jsonl" --docs "$tmp/all.docs.jsonl" \
            --bootstrap "${BOOTSTRAP:-1000}" | sed -n '/Entities, exact span/,/micro/p' | tail -n +3
    fi
    exit 0
fi
$A "${T[@]}" "${gold_real[@]}" "${gold_inv[@]}" -o models/entities
