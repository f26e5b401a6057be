#!/usr/bin/env bash
# Sentences/s at 1 and 2 threads and entity agreement with spaCy sm for
# `--ner onnx:DIR` (default: the test model scripts/make_test_onnx.py makes).
#   scripts/bench_onnx.sh [DIR] [THREADS...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/target/test-onnx/minilm-ner}"
shift || true
if [ -z "${ORT_DYLIB_PATH:-}" ]; then
    eval "$("$ROOT/scripts/setup-onnx.sh")"
fi
[ -f "$DIR/model.onnx" ] || { echo "bench_onnx: no model at $DIR (run scripts/make_test_onnx.py)" >&2; exit 1; }
cd "$ROOT"
cargo run --quiet --release --features onnx --example bench_onnx -- "$DIR" "$@"
