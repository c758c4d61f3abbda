#!/usr/bin/env bash
# Extraction throughput over the article-extraction pages in ../shared/data/extraction beside
# gumbo's bare parse of the same bytes (the floor), then the extraction F1 with the benchmark's
# own scorer. Usage: bench/extract.sh [BUILD_DIR]    (ROUNDS=5 by default; results to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${CITECHECK_SHARED_DIR:-../shared}
data="$shared/data/extraction"
if [ ! -d "$data/html" ]; then
  echo "bench/extract.sh: $data is not here; nothing to measure" >&2
  exit 0
fi
cmake --build "$build" --target extract_bench citecheck >/dev/null
"$build/bench/extract_bench" "$data/html" "${ROUNDS:-5}"
python3 "$shared/tools/extraction_eval.py" --data "$data" --jobs 2 \
  --cmd "$build/citecheck extract {html_path}"
