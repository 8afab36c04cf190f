#!/usr/bin/env bash
# Crash-safety check: kill -9 a folder batch at random points, rerun until it completes,
# and compare the result with an uninterrupted run: same files byte for byte, one manifest
# line per input, no temporary or truncated file left.
#
# usage: scripts/kill-resume.sh [ROUNDS] [COPIES]
#   ROUNDS  number of kills (default 10); COPIES  how many times the texts are replicated
#   (default 50; the texts are corpus/**/*.txt, else /work/shared/eval/winer-fr and seed).
# environment: CONFIG=debug|release (default release), JOBS (default 2)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-10}
copies=${2:-50}
config=${CONFIG:-release}
jobs=${JOBS:-2}
cd "$root"
swift build -c "$config" --product ingest >/dev/null
ingest=$(swift build -c "$config" --show-bin-path)/ingest

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -d corpus ] && [ -n "$(find corpus -name '*.txt' -print -quit)" ]; then
    mapfile -t texts < <(find corpus -name '*.txt' | sort)
else
    texts=(/work/shared/eval/winer-fr/*.txt /work/shared/seed/*.txt)
fi
for ((c = 0; c < copies; c++)); do
    mkdir -p "$work/in/$c"
    for t in "${texts[@]}"; do cp "$t" "$work/in/$c/"; done
done
printf 'bin\0ary' > "$work/in/binary.txt"
total=$(find "$work/in" -name '*.txt' | wc -l)
echo "kill-resume: $total inputs, $rounds kills, --jobs $jobs"

"$ingest" "$work/in" --output "$work/reference" --jobs "$jobs" 2>/dev/null || true

killed=0
for ((r = 0; r < rounds; r++)); do
    "$ingest" "$work/in" --output "$work/out" --jobs "$jobs" 2>/dev/null &
    pid=$!
    sleep "0.$(printf '%03d' $((RANDOM % 600 + 20)))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    done_now=$(find "$work/out" -name '*.json' 2>/dev/null | wc -l)
    echo "kill-resume: round $((r + 1)): $done_now outputs present"
done
status=0
"$ingest" "$work/in" --output "$work/out" --jobs "$jobs" 2>/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "kill-resume: FAILED: final run exited $status, expected 1 (one binary input)" >&2; exit 1; }

fail() { echo "kill-resume: FAILED: $*" >&2; exit 1; }
diff -r -x .gazette.lock "$work/reference" "$work/out" >/dev/null || fail "outputs differ from an uninterrupted run"
[ -z "$(find "$work/out" -name '.gazette-tmp-*')" ] || fail "temporary files left behind"
lines=$(wc -l < "$work/out/manifest.jsonl")
unique=$(python3 -c 'import json,sys; print(len({json.loads(l)["input"] for l in open(sys.argv[1])}))' "$work/out/manifest.jsonl")
[ "$lines" -eq "$total" ] && [ "$unique" -eq "$total" ] || fail "manifest has $lines lines, $unique inputs, expected $total"
python3 - "$work/out" <<'PY' || fail "an output is not valid JSON"
import json, pathlib, sys
for p in pathlib.Path(sys.argv[1]).rglob("*.json"):
    json.loads(p.read_text(encoding="utf-8"))
PY
echo "kill-resume: OK: $killed kills, then complete: $total manifest lines, no duplicate, outputs identical to an uninterrupted run"
