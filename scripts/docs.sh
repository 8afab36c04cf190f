#!/usr/bin/env bash
# Builds the DocC documentation of the Gazette library with the toolchain's docc, without a
# package plugin: symbol graphs from the compiler, then `docc convert`.
#
#   scripts/docs.sh [OUTPUT_DIR]     # default .build/docs/Gazette.doccarchive
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-.build/docs/Gazette.doccarchive}
graphs=.build/docs/symbol-graphs
rm -rf "$graphs" && mkdir -p "$graphs"
# A build folder of its own: the compiler writes symbol graphs only when it compiles.
rm -rf .build/docs/build
swift build --scratch-path .build/docs/build --target Gazette \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$root/$graphs" >/dev/null
# Only the library's own symbols (dependencies emit theirs too).
mkdir -p "$graphs/gazette" && mv "$graphs"/Gazette*.symbols.json "$graphs/gazette/"
docc=$(dirname "$(command -v swift)")/docc
"$docc" convert Sources/Gazette/Gazette.docc --additional-symbol-graph-dir "$graphs/gazette" \
  --fallback-display-name Gazette --fallback-bundle-identifier org.gazette.Gazette \
  --output-path "$out" --warnings-as-errors
echo "documentation: $out"
