#!/usr/bin/env bash
# Fuzzes Gazette's input parsers with libFuzzer and the address sanitizer.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]      (default: 60 s, every target)
#   FUZZ_PARALLEL=2 scripts/fuzz.sh 600                 (two targets at a time)
#
# Targets (Fuzz/gazette-fuzz, one binary, GAZETTE_FUZZ_TARGET picks one):
#   decoder          bytes → DocumentReader/TextDecoder (BOMs, UTF-8 repair, ICU charsets), offset maps
#   segmenter        text → Segmenter (tokens, sentences), span invariants, record is valid JSON
#   breaks           text → ICU word and sentence boundaries with and without the fast paths: equal
#   entities         text → built-in pipeline (segmenter + entities with the shipped gazetteers)
#   gazetteer-tsv    TSV gazetteer → loader → compiler → matcher on its own names
#   gazetteer-jsonl  spaCy EntityRuler JSONL → same
#   pipeline-file    YAML → PipelineDefinition (Yams, registry checks)
#   stream-line      one --stream line → StreamLine, error record is valid JSON
#   timex            SLOT: text (+ reference date) → pipeline with the `timex` stage; skipped
#                    until a stage named timex is registered
#
# Seeds: Fuzz/seeds/<target>/ (small, hand-made) and corpus/ articles or shipped gazetteers.
# The growing corpus is kept in .fuzz/corpus/<target>/, crashes (and hangs: -timeout=10 s,
# out-of-memory: -rss_limit_mb=2048) in .fuzz/crashes/<target>/, logs in .fuzz/logs/; .fuzz/ is
# git-ignored. Reproduce a crash: GAZETTE_FUZZ_TARGET=T .build-fuzz/release/gazette-fuzz FILE
# The build uses its own folder (.build-fuzz) and never touches `swift build`'s .build.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
all=(decoder segmenter breaks entities gazetteer-tsv gazetteer-jsonl pipeline-file stream-line timex)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
parallel=${FUZZ_PARALLEL:-1}

echo "== building the fuzz targets (release, -sanitize=fuzzer,address) in .build-fuzz" >&2
GAZETTE_FUZZ=1 swift build -c release --build-path .build-fuzz --product gazette-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 \
  | grep -vE "Cannot export local symbol" >&2 || true
binary=.build-fuzz/release/gazette-fuzz
[ -x "$binary" ] || { echo "fuzz build failed" >&2; exit 1; }

mkdir -p .fuzz/logs
seeds_for() {
  case $1 in
    decoder) echo "Fuzz/seeds/decoder Fuzz/seeds/segmenter corpus/fr" ;;
    segmenter|breaks|entities) echo "Fuzz/seeds/segmenter corpus/fr" ;;
    timex) echo "Fuzz/seeds/timex" ;;
    gazetteer-tsv) echo "Fuzz/seeds/$1 .fuzz/seeds-gazetteers" ;;
    *) echo "Fuzz/seeds/$1" ;;
  esac
}
max_len_for() {
  case $1 in
    decoder|segmenter|breaks|entities|timex) echo 16384 ;;
    *) echo 8192 ;;
  esac
}
# The shipped gazetteers, except the 1 MB city list, as TSV seeds.
mkdir -p .fuzz/seeds-gazetteers
for f in pipelines/gazetteers/{people,organizations,events,countries-regions}.tsv; do
  [ -f "$f" ] && cp "$f" .fuzz/seeds-gazetteers/
done

run_one() {
  local t=$1
  mkdir -p ".fuzz/corpus/$t" ".fuzz/crashes/$t"
  local log=".fuzz/logs/$t.log"
  # shellcheck disable=SC2046
  GAZETTE_FUZZ_TARGET=$t "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len_for "$t")" -print_final_stats=1 -artifact_prefix=".fuzz/crashes/$t/" \
    ".fuzz/corpus/$t" $(seeds_for "$t") >"$log" 2>&1
  local status=$?
  local execs crashes
  execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | awk '{print $2}' | tail -1)
  crashes=$(find ".fuzz/crashes/$t" -type f | wc -l)
  if [ $status -eq 3 ] && grep -q "no stage named timex" "$log"; then
    printf '%-16s skipped: no timex stage registered yet\n' "$t"
  else
    printf '%-16s %s s  executions %s  exit %s  corpus %s  crash files %s  (log %s)\n' \
      "$t" "$seconds" "${execs:-?}" "$status" "$(find ".fuzz/corpus/$t" -type f | wc -l)" "$crashes" "$log"
  fi
}

running=0
for t in "${targets[@]}"; do
  if [ "$parallel" -gt 1 ]; then
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
  else
    run_one "$t"
  fi
done
wait
