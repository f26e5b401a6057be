#!/usr/bin/env bash
# Exports documents in every format with `attache export` and loads each
# output with the real consumer (spaCy, Hugging Face datasets, seqeval, a
# strict BRAT reader); exits non-zero on any failure.
#
#   scripts/verify_exports.sh [DOCS.jsonl]
#
# Without an argument it checks `attache extract --docs` output on seeds/
# and tests/data/export/docs.jsonl (the seed articles with the gold
# layers). tests/data/export/edge.jsonl (a tokens layer, nested entities, a
# line break inside an entity, scores, an empty document) is always checked
# too, with --min-score 0.5. Last, scripts/convert_phoenix.py is
# checked on its fixture (tests/data/eval/peer/check_converter.py).
#
# Python runs only here, in a project-local venv (.venv-verify/, ignored by
# git), created on first use from scripts/verify_exports.requirements.txt.
# Set ATTACHE=path/to/attache to test a given binary instead of building.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

VENV=.venv-verify
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
fi
# Quiet, and a no-op when everything is already installed.
"$PY" -m pip install -q -r scripts/verify_exports.requirements.txt

if [ -z "${ATTACHE:-}" ]; then
    cargo build -q
    ATTACHE=target/debug/attache
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# datasets works offline on local files; keep its caches out of $HOME.
export HF_HOME="$work/hf" HF_DATASETS_OFFLINE=1 HF_HUB_OFFLINE=1 HF_DATASETS_DISABLE_PROGRESS_BARS=1

export_all() { # INPUT OUTDIR [extra args]
    local input=$1 out=$2
    shift 2
    mkdir -p "$out"
    "$ATTACHE" export -q -f conll "$input" -o "$out/out.conll" "$@"
    "$ATTACHE" export -q -f spacy "$input" -o "$out/out.spacy.jsonl" "$@"
    "$ATTACHE" export -q -f hf "$input" -o "$out/out.hf.jsonl" "$@"
    "$ATTACHE" export -q -f doccano "$input" -o "$out/out.doccano.jsonl" "$@"
    "$ATTACHE" export -q -f brat "$input" -o "$out/brat" "$@"
    "$ATTACHE" export -q -f relations "$input" -o "$out/out.relations.jsonl" "$@"
}

check() { # docs-jsonl name
    export_all "$1" "$work/$2"
    echo "verify_exports: $2 ($1):"
    "$PY" scripts/verify_exports.py "$1" "$work/$2"
}

if [ $# -ge 1 ]; then
    check "$1" given
else
    # What users export: attache's own document output on the seeds.
    "$ATTACHE" extract -q seeds -o /dev/null --docs "$work/extracted.jsonl" \
        --rejects "$work/rejects.jsonl"
    grep -q '"entities":\[{' "$work/extracted.jsonl" ||
        { echo "verify_exports: attache extract wrote no entities on seeds/" >&2; exit 1; }
    check "$work/extracted.jsonl" extracted
    # Gold layers on the same articles (hand-made spans, every event).
    check tests/data/export/docs.jsonl gold
fi

# The edge fixture, filtered as the exporter filters it.
"$PY" - tests/data/export/edge.jsonl "$work/edge.jsonl" <<'PYEOF'
import json, sys
src, dst = sys.argv[1], sys.argv[2]
keep = lambda x: x.get("score") is None or x["score"] >= 0.5
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
    for line in f:
        d = json.loads(line)
        d["entities"] = [e for e in d.get("entities", []) if keep(e)]
        g.write(json.dumps(d, ensure_ascii=False) + "\n")
PYEOF
export_all tests/data/export/edge.jsonl "$work/edge" --min-score 0.5
echo "verify_exports: edge cases (tests/data/export/edge.jsonl, --min-score 0.5):"
"$PY" scripts/verify_exports.py "$work/edge.jsonl" "$work/edge"

# The peer converter (standard library only) on its hand-made fixture.
python3 tests/data/eval/peer/check_converter.py

echo "verify_exports: all formats load in their consumers ($(( $(date +%s) - start ))s)"
