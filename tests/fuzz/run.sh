#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, address and undefined-behaviour sanitizers in
# build-fuzz/ and runs each for SECONDS_PER_TARGET (60 by default): extract seeded with the fixture
# pages, the article readers with their corpora under tests/fuzz/corpus/. Inputs that crash are
# saved in tests/fuzz/crashes/; once fixed, move them to tests/fuzz/regressions/, which the unit
# tests replay on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_PER_TARGET:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCITECHECK_FUZZ=ON -DCITECHECK_BUILD_TESTS=ON >/dev/null
targets=(extract markdown html_article plain_text)
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"
mkdir -p tests/fuzz/crashes
for target in "${targets[@]}"; do
  corpus=$(mktemp -d)
  if [ "$target" = extract ]; then
    cp fixtures/pages/*.html fixtures/demo/sources/*.html tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true
  else
    cp tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  fi
  echo "== fuzz_$target for ${seconds}s"
  build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix=tests/fuzz/crashes/ "$corpus" 2>&1 | tail -n 3
  rm -rf "$corpus"
done
