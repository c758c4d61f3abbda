#!/usr/bin/env bash
# Runs citecheck over the claim-verification dev sets in ../shared/data (WiCE, AttributionBench),
# scores the JSON reports with ../shared/tools/claimeval.py, and times the check (median of RUNS)
# against a floor measured in the same run: reading the same article and sources with cat.
# Usage: bench/claimeval.sh [BUILD_DIR]    (needs ../shared; results go to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${CITECHECK_SHARED_DIR:-../shared}
runs=${RUNS:-5}
if [ ! -d "$shared/data" ]; then
  echo "bench/claimeval.sh: $shared/data is not here; nothing to measure" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

checkworthy() {
  python3 "$shared/tools/claimeval.py" checkworthy "$shared/data/claimbuster/train.json" "$work/cw" >/dev/null
  "$build/citecheck" "$work/cw/article.txt" --offline --format json >"$work/cw.json" || true
  python3 "$shared/tools/claimeval.py" score "$work/cw" "$work/cw.json"
}

for set in wice:wice/dev.jsonl attribution:attributionbench/dev.jsonl; do
  kind=${set%%:*}
  python3 "$shared/tools/claimeval.py" "$kind" "$shared/data/${set#*:}" "$work/$kind" >/dev/null
  "$build/citecheck" "$work/$kind/article.txt" --sources "$work/$kind/sources" --offline \
    --format json >"$work/$kind.json" || true
  python3 "$shared/tools/claimeval.py" score "$work/$kind" "$work/$kind.json" >"$work/$kind.score"
  cat "$work/$kind.score"
  check=$(for _ in $(seq "$runs"); do
    seconds "$build/citecheck" "$work/$kind/article.txt" --sources "$work/$kind/sources" --offline --format json
  done | median)
  floor=$(for _ in $(seq "$runs"); do
    seconds sh -c "cat '$work/$kind/article.txt' '$work/$kind'/sources/*"
  done | median)
  printf '%s: check %.3f s (median of %d), read floor %.3f s, ratio %.0fx\n' \
    "$kind" "$check" "$runs" "$floor" "$(echo "$check / $floor" | bc -l)"
done
checkworthy
