#!/usr/bin/env bash
# The `onnx` feature's end-to-end tests, with everything they need made from
# registry packages: ONNX Runtime (scripts/setup-onnx.sh), the test model
# (scripts/make_test_onnx.py, reused while the scripts that make it are
# unchanged), then `cargo test --features onnx`. About 5 minutes from cold
# on two cores, most of it compiling and fitting the test model's head.
#   scripts/test-onnx.sh [extra cargo test args]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODEL="$ROOT/target/test-onnx/minilm-ner"
stamp="$(cat scripts/make_test_onnx.py scripts/ner_sentences.py scripts/setup-onnx-make.sh | sha256sum | cut -c1-16)"
if [ "$(cat "$MODEL/.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -f "$MODEL/model.onnx" ]; then
    python="$(scripts/setup-onnx-make.sh)"
    "$python" scripts/make_test_onnx.py --out "$MODEL"
    echo "$stamp" > "$MODEL/.stamp"
fi
eval "$(scripts/setup-onnx.sh)"
export ATTACHE_TEST_ONNX_MODEL="$MODEL"
cargo test --release --features onnx --test ner_onnx --lib "$@"
