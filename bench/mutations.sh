#!/usr/bin/env bash
# Fact-mutation benchmark: takes the dev-set claims in ../shared/data (WiCE, AttributionBench) that
# are gold "supported" and that citecheck judges supported, changes one fact in each (a year, a
# number, a month, a number word, a negation, a direction word; rules in bench/mutations.py), checks
# one mutated article per kind against the unchanged sources, and prints per set and kind how many
# mutations citecheck caught (verdict no longer "supported"). Builds nothing.
# Usage: bench/mutations.sh [BUILD_DIR]    (needs ../shared or $CITECHECK_SHARED_DIR; results go to
#        stdout; SURVIVORS=FILE also writes the mutated claims still judged supported as TSV)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${CITECHECK_SHARED_DIR:-../shared}
if [ ! -d "$shared/data" ]; then
  echo "bench/mutations.sh: $shared/data is not here; nothing to measure" >&2
  exit 0
fi
if [ ! -x "$build/citecheck" ]; then
  echo "bench/mutations.sh: error: $build/citecheck is not built" >&2
  exit 2
fi
python3 bench/mutations.py --selftest >/dev/null
exec python3 bench/mutations.py --shared "$shared" --citecheck "$build/citecheck" \
  ${SURVIVORS:+--survivors "$SURVIVORS"}
