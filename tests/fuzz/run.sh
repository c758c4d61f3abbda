#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, address and undefined-behaviour sanitizers in
# build-fuzz/ and runs each for SECONDS (60 by default), seeded with the fixture pages. Inputs that
# crash are saved in tests/fuzz/crashes/; once fixed, move them to tests/fuzz/regressions/, which
# the unit tests replay on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_PER_TARGET:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCITECHECK_SANITIZE=ON -DCITECHECK_FUZZ_INSTRUMENT=ON >/dev/null
cmake --build build-fuzz --target extract_fuzz
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp fixtures/pages/*.html fixtures/demo/sources/*.html tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true
mkdir -p tests/fuzz/crashes
build-fuzz/tests/fuzz/extract_fuzz -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -artifact_prefix=tests/fuzz/crashes/ "$corpus"
