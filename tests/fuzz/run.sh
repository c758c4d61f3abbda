#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, address and undefined-behaviour sanitizers in
# build-fuzz/ and runs each for SECONDS_PER_TARGET (60 by default), FUZZ_JOBS (2) at a time:
# extract and charset seeded with the fixture pages, quantities with the plain-text articles, the
# others with their corpora under tests/fuzz/corpus/. Inputs that crash are saved in
# tests/fuzz/crashes/ and fail the run; once fixed, move them to tests/fuzz/regressions/, which the
# unit tests replay on every run. TARGETS picks some ("charset config").
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_PER_TARGET:-60}
jobs=${FUZZ_JOBS:-2}
read -r -a targets <<<"${TARGETS:-extract markdown html_article plain_text charset quantities polarity config judge_answer}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCITECHECK_FUZZ=ON -DCITECHECK_BUILD_TESTS=ON >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
mkdir -p tests/fuzz/crashes
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

fuzz_one() {
  local target=$1 corpus="$logs/corpus-$1"
  mkdir -p "$corpus"
  cp tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  case "$target" in
    extract) cp fixtures/pages/*.html tests/fuzz/regressions/* "$corpus"/ ;;
    charset) cp fixtures/pages/*.html "$corpus"/ ;;
    quantities) cp fixtures/demo/article.txt tests/fuzz/corpus/plain_text/* "$corpus"/ ;;
  esac
  if build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=tests/fuzz/crashes/"$target"- "$corpus" \
    >"$logs/$target.log" 2>&1; then
    echo "fuzz_$target: $(grep -E '^#[0-9]+' "$logs/$target.log" | tail -n 1 | cut -c1-100)"
  else
    echo "fuzz_$target: FAILED"
    tail -n 40 "$logs/$target.log"
    return 1
  fi
}
export -f fuzz_one
export logs seconds
echo "== fuzz: ${targets[*]} for ${seconds}s each, $jobs at a time"
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'fuzz_one {}'
