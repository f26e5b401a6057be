#!/usr/bin/env bash
# The Python binding end to end: a project-local venv (.venv-py/, ignored by
# git), `pip install ./python` into it (pip fetches maturin from PyPI and
# maturin builds the extension with cargo, in the shared target/ folder),
# then pytest on python/tests, which also runs target/release/attache to
# compare against the command line, so that is built first.
#   scripts/test-python.sh [pytest args]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV=.venv-py
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
fi
"$PY" -m pip install -q -r scripts/test-python.requirements.txt
t0=$(date +%s)
"$PY" -m pip install -q ./python
echo "test-python: pip install ./python took $(( $(date +%s) - t0 ))s" >&2
cargo build --release -q
ATTACHE="$ROOT/target/release/attache" "$PY" -m pytest -q python/tests "$@"
