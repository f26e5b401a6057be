#!/usr/bin/env bash
# Exports documents in every format with `attache export` and loads each
# output with the real consumer (spaCy, Hugging Face datasets, seqeval, a
# strict BRAT reader); exits non-zero on any failure.
#
#   scripts/verify_exports.sh [DOCS.jsonl]
#
# Without an argument it runs `attache extract --docs` on seeds/ and uses
# that output when it has entities; until the pipeline has its NER it falls
# back to tests/data/export/docs.jsonl (the seed articles with the gold
# layers). tests/data/export/edge.jsonl (a tokens layer, nested entities,
# a line break inside an entity, scores, an empty document) is always
# checked too, with --min-score 0.5. Last, scripts/convert_phoenix.py is
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

if [ $# -ge 1 ]; then
    docs=$1
else
    "$ATTACHE" extract -q seeds -o "$work/extracted.jsonl" --rejects "$work/rejects.jsonl"
    if grep -q '"entities":\[{' "$work/extracted.jsonl"; then
        docs="$work/extracted.jsonl"
        echo "verify_exports: input: attache extract on seeds/"
    else
        docs=tests/data/export/docs.jsonl
        echo "verify_exports: input: $docs (attache extract found no entities on seeds/ yet)"
    fi
fi

export_all "$docs" "$work/main"
"$PY" scripts/verify_exports.py "$docs" "$work/main"

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
