#!/usr/bin/env bash
# attache under Spark, for real (scripts/spark_check.py): pyspark from PyPI
# in a project-local venv (.venv-spark/, ignored by git), a Java runtime
# from Debian packages when `java` is missing, then a local Spark cluster of
# two workers (local-cluster[2,1,1024]: a master and two worker JVMs, each
# launching its own executor) piping a generated dump through
# `attache extract` with rdd.pipe, checked against one unsharded run.
#   scripts/test-spark.sh [spark_check.py args, e.g. --mb 1]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if ! command -v java >/dev/null 2>&1; then
    # Spark 4 needs Java 17 or later; Debian 13 ships 21 and no 17.
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    pkg=openjdk-17-jre-headless
    apt-cache show "$pkg" >/dev/null 2>&1 || pkg=openjdk-21-jre-headless
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
fi
VENV=.venv-spark
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
fi
"$PY" -m pip install -q -r scripts/test-spark.requirements.txt
cargo build --release -q
# pyspark's own launcher and jars; no other Spark on this machine is used.
unset SPARK_HOME
export PYSPARK_PYTHON="$ROOT/$PY" PYSPARK_DRIVER_PYTHON="$ROOT/$PY"
"$PY" scripts/spark_check.py --attache target/release/attache "$@"
