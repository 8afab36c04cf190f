#!/usr/bin/env bash
# Scale figures of the entities stage (docs/benchmarks-entities.md).
#
#   bash scripts/bench-entities.sh [BENCH_DATA] [TEXT]
#
# BENCH_DATA holds the gazetteers of ../shared/bench/make_gazetteers.py (default .bench-data);
# TEXT is the 20 MB benchmark text (default ../main/.bench-data/fr_bench_20mb.txt, else
# BENCH_DATA/fr_bench_20mb.txt). Needs `swift build -c release` first and GNU time.
# For each gazetteer: compile with an empty cache (wall s, peak RSS), load from the cache,
# then run the 20 MB text and read the entities stage's own MB/s from `ingest -v`.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-.bench-data}
TEXT=${2:-../main/.bench-data/fr_bench_20mb.txt}
[ -f "$TEXT" ] || TEXT=$DATA/fr_bench_20mb.txt
INGEST=$PWD/.build/release/ingest
CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
ONE=$CACHE/one.jsonl
echo '{"id":"one","text":"Jean Dupont est à Paris."}' > "$ONE"
printf '| gazetteer | names | compile, empty cache (wall) | compile peak RSS | load from cache (whole run, wall) | load peak RSS | cache file | entities stage on 20 MB | whole run peak RSS | mentions |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for g in gaz_10k gaz_100k gaz_1m gaz_geonames; do
  f=$DATA/$g.tsv
  [ -f "$f" ] || continue
  names=$(grep -vc '^#' "$f")
  rm -rf "$CACHE/xdg"
  c=$( { /usr/bin/time -f '%e %M' env XDG_CACHE_HOME="$CACHE/xdg" "$INGEST" --no-default-gazetteers --gazetteer "$f" --stream < "$ONE" > /dev/null; } 2>&1 | tail -1)
  l=$( { /usr/bin/time -f '%e %M' env XDG_CACHE_HOME="$CACHE/xdg" "$INGEST" --no-default-gazetteers --gazetteer "$f" --stream < "$ONE" > /dev/null; } 2>&1 | tail -1)
  size=$(du -m "$CACHE"/xdg/gazette/*.gztrie | cut -f1)
  out=$( { /usr/bin/time -f 'rss %M' env XDG_CACHE_HOME="$CACHE/xdg" "$INGEST" -v --no-default-gazetteers --gazetteer "$f" --max-bytes 100000000 --format jsonl "$TEXT" > "$CACHE/out.jsonl"; } 2>&1)
  stage=$(grep -o 'entities@1 [0-9.]* s ([0-9.]* MB/s)' <<< "$out")
  rss=$(grep -o 'rss [0-9]*' <<< "$out" | cut -d' ' -f2)
  mentions=$(grep -o '[0-9]* entities;' <<< "$out" | cut -d' ' -f1)
  printf '| %s | %s | %.2f s | %d MB | %.2f s | %d MB | %s MB | %s | %d MB | %s |\n' "$g" "$names" "${c% *}" $(( ${c#* } / 1024 )) "${l% *}" $(( ${l#* } / 1024 )) "$size" "$stage" $(( rss / 1024 )) "$mentions"
done
# Without any gazetteer (segmenter + empty entities stage), for the same-run reference.
out=$( { /usr/bin/time -f 'rss %M' "$INGEST" -v --no-default-gazetteers --max-bytes 100000000 --format jsonl "$TEXT" > /dev/null; } 2>&1)
echo
echo "no gazetteer: $(grep -o 'segmenter@1 [0-9.]* s ([0-9.]* MB/s), entities@1 [0-9.]* s ([0-9.]* MB/s)' <<< "$out"), peak RSS $(( $(grep -o 'rss [0-9]*' <<< "$out" | cut -d' ' -f2) / 1024 )) MB"
# An empty environment (no HOME, no XDG_CACHE_HOME): no cache, still works.
env -i "$INGEST" --stream < "$ONE" | grep -q '"entities"' && echo "ingest --stream with an empty environment: ok (defaults compiled in memory, no cache)"
