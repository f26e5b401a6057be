#!/usr/bin/env bash
# Installs ONNX Runtime's shared library for `attache --ner onnx:DIR` (cargo
# feature `onnx`) from the `onnxruntime` PyPI wheel into a project-local venv,
# checks it, and prints the ORT_DYLIB_PATH line to put in your environment.
#
#   scripts/setup-onnx.sh            # install (or reuse) and print the export line
#   eval "$(scripts/setup-onnx.sh)"  # ... and set it in this shell
#
# Why a wheel: the `ort` crate is built with `load-dynamic`, so attache never
# links ONNX Runtime; it opens the library named by ORT_DYLIB_PATH at run
# time. The wheel is the one registry package that ships that library for
# Linux, macOS and Windows, with no build step.
#
# Environment: ATTACHE_ONNX_VENV (default .venv-onnx at the repo root),
# ORT_VERSION (default below; must be >= ORT_MIN, the ONNX Runtime API level
# attache's `ort` is built against), PYTHON (default python3).
set -euo pipefail

# attache's `ort` (feature api-23) needs ONNX Runtime API 23, i.e. 1.23 or
# newer (1.22 aborts inside session creation); 1.31 is the release ort rc.15
# was written for.
ORT_MIN="1.23"
ORT_VERSION="${ORT_VERSION:-1.31.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ATTACHE_ONNX_VENV:-$ROOT/.venv-onnx}"
PYTHON="${PYTHON:-python3}"

die() { echo "setup-onnx: $*" >&2; exit 1; }

version_ge() { # $1 >= $2, dotted numeric
    [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

version_ge "$ORT_VERSION" "$ORT_MIN" \
    || die "ORT_VERSION=$ORT_VERSION is older than $ORT_MIN, the lowest ONNX Runtime attache's ort crate can load"

command -v "$PYTHON" >/dev/null || die "$PYTHON not found; install Python 3.9+ or set PYTHON"

if [ ! -x "$VENV/bin/python" ]; then
    echo "setup-onnx: creating $VENV" >&2
    "$PYTHON" -m venv "$VENV" >&2 || die "could not create a venv at $VENV"
fi

have="$("$VENV/bin/python" -c 'import onnxruntime as o; print(o.__version__)' 2>/dev/null || true)"
if [ "$have" != "$ORT_VERSION" ]; then
    echo "setup-onnx: installing onnxruntime==$ORT_VERSION from PyPI" >&2
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "onnxruntime==$ORT_VERSION" >&2 \
        || die "pip could not install onnxruntime==$ORT_VERSION (is PyPI reachable? is there a wheel for this platform?)"
    have="$("$VENV/bin/python" -c 'import onnxruntime as o; print(o.__version__)')"
fi
version_ge "$have" "$ORT_MIN" || die "onnxruntime $have in $VENV is older than $ORT_MIN"

capi="$("$VENV/bin/python" -c 'import onnxruntime, os; print(os.path.join(os.path.dirname(onnxruntime.__file__), "capi"))')"
lib=""
for pat in 'libonnxruntime.so.*' 'libonnxruntime.*.dylib' 'onnxruntime.dll'; do
    # The wheel holds one versioned library; take the longest name (the real file, not a link).
    cand="$(find "$capi" -maxdepth 1 -name "$pat" 2>/dev/null | awk '{ print length, $0 }' | sort -rn | head -n1 | cut -d' ' -f2-)"
    if [ -n "$cand" ]; then lib="$cand"; break; fi
done
[ -n "$lib" ] || die "no ONNX Runtime shared library found under $capi"

echo "setup-onnx: ONNX Runtime $have at $lib" >&2
echo "export ORT_DYLIB_PATH=\"$lib\""
