#!/usr/bin/env bash
# CI check: run scripts/spark-ingest.py (PySpark local mode, RDD.pipe with checkCode=True)
# over the corpus and verify that every document came back exactly once, in order.
#
# usage: scripts/check-spark.sh [INPUT...]
#   INPUT defaults to corpus/ when it holds .txt files, else to the evaluation texts under
#   /work/shared (eval/winer-fr/*.txt and seed/*.txt).
# environment:
#   CONFIG=debug|release   build configuration of ingest (default: debug)
#   SPARK_VENV=DIR         where PySpark is installed (default: .build/spark-venv, git-ignored)
#
# PySpark is installed from PyPI into SPARK_VENV on first use. When PyPI cannot be reached
# (and PySpark is not installed yet) or Java is missing, the check prints SKIPPED and exits 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=${SPARK_VENV:-$root/.build/spark-venv}
config=${CONFIG:-debug}

skip() { echo "check-spark: SKIPPED: $*"; exit 0; }

if [ $# -gt 0 ]; then
    inputs=("$@")
elif [ -d corpus ] && [ -n "$(find corpus -name '*.txt' -print -quit)" ]; then
    inputs=(corpus)
else
    inputs=(/work/shared/eval/winer-fr/*.txt /work/shared/seed/*.txt)
fi

command -v java >/dev/null || skip "java is not installed (PySpark needs Java 17)"

if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    if ! python3 - <<'PY' 2>/dev/null
import urllib.request
urllib.request.urlopen("https://pypi.org/simple/pyspark/", timeout=10)
PY
    then
        skip "PyPI is unreachable and PySpark is not installed in $venv"
    fi
    echo "check-spark: installing PySpark into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'pyspark>=3.5,<5'
fi

export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
swift build -c "$config" --product ingest >/dev/null
bin=$(swift build -c "$config" --show-bin-path)/ingest

expected=0
for input in "${inputs[@]}"; do
    if [ -d "$input" ]; then
        expected=$((expected + $(find "$input" -name '*.txt' | wc -l)))
    else
        expected=$((expected + 1))
    fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "check-spark: $expected documents through Spark (local[2], 4 partitions)"
"$venv/bin/python" scripts/spark-ingest.py --ingest "$bin" --partitions 4 --verify "$out/records.jsonl" "${inputs[@]}"
lines=$(wc -l < "$out/records.jsonl")
if [ "$lines" -ne "$expected" ]; then
    echo "check-spark: FAILED: $expected documents, $lines records" >&2
    exit 1
fi
python3 scripts/validate-records.py schema/gazette-1.schema.json "$out/records.jsonl" >/dev/null
echo "check-spark: OK: $lines records for $expected documents, each exactly once, valid gazette/1"
