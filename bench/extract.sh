#!/usr/bin/env bash
# Extraction throughput over the article-extraction pages in ../shared/data/extraction beside
# gumbo's bare parse of the same bytes (the floor), then the extraction F1 with the benchmark's
# own scorer, then the same F1 cross-validated (bench/extract_cv.py: thresholds fitted on four
# fifths of the pages, scored on the fifth left out). `citecheck extract` prints the title on its
# first line; the benchmark's truth is the body alone, so the title line is left out of the score.
# Usage: bench/extract.sh [BUILD_DIR]    (ROUNDS=5 by default; results to stdout)
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
  --cmd "$build/citecheck extract {html_path} | tail -n +2"
python3 bench/extract_cv.py --build "$build" --shared "$shared" --folds 5 --seed 0
