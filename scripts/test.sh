#!/usr/bin/env bash
# The project's test command: what README's second command runs and what CI
# runs (after fmt and clippy). Release mode, because the embedded model's
# parity tests run real inference.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --all-targets "$@"
