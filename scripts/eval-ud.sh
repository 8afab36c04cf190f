#!/usr/bin/env bash
# Token and sentence accuracy on UD French (GSD test/dev, Sequoia test), scored by the shared
# kit's eval_tokens.py. With --check, fails unless gsd-test reaches token F1 >= 99.5 and
# sentence span F1 >= 94 (the foundation issue's bar).
#
#   scripts/eval-ud.sh            # build (release) and print the scores
#   scripts/eval-ud.sh --check    # also enforce the thresholds (CI does this)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${GAZETTE_SHARED:-$root/../shared}
work=$root/.bench-data
mkdir -p "$work"
cd "$root"
swift build -c release --product ingest >/dev/null
python3 "$shared/bench/eval_tokens.py" --dump-docs "$work/ud-docs/" >/dev/null
.build/release/ingest --format jsonl --include tokens,sentences "$work/ud-docs/" > "$work/ud.jsonl"
python3 "$shared/bench/eval_tokens.py" --pred gazette="$work/ud.jsonl" --json "$work/ud-scores.json"
if [ "${1:-}" = "--check" ]; then
  python3 - "$work/ud-scores.json" <<'PY'
import json, sys
test = json.load(open(sys.argv[1]))["gsd-test"]
t, s = test["tokens"]["gazette"]["F1"], test["sentences"]["gazette"]["F1"]
print(f"gsd-test: token F1 {t:.2f} (bar 99.5), sentence span F1 {s:.2f} (bar 94)")
if t < 99.5 or s < 94:
    sys.exit("eval-ud: below the bar")
PY
fi
