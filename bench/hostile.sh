#!/usr/bin/env bash
# Time and peak memory of citecheck on the hostile inputs of tests/cli/hostile_test.cc (issue 9),
# generated afresh, each the median of ROUNDS (3) runs, beside the floor of `cat` reading the same
# bytes in the same run. Usage: bench/hostile.sh [BUILD_DIR]   (results to stdout, one table row
# per input: the exit status, the median seconds, the floor, the ratio and the peak RSS in MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(pwd)/${1:-build}/citecheck"
rounds=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - <<'PY'
line = "Ridership rose 12% in 2024, the operator said, and fares fell again.\n"
open("huge.txt", "w").write(line * (70_000_000 // len(line) + 1))
deep = "<html><body><p>Ridership rose 12% in 2024, the operator said.</p>" + "<div>" * 200_000
open("deep.html", "w").write(deep + "<p>Fares fell 3% in 2024.</p></body></html>")
import os
os.makedirs("sources", exist_ok=True)
open("sources/deep.html", "w").write(deep + "<p>Fares fell 3% in 2024.</p></body></html>")
open("sources/manifest.tsv", "w").write("https://transit.example.org/deep\tdeep.html\n")
open("deep-source.txt", "w").write(
    "Fares\nFares fell 3% in 2024, the operator said [1].\nReferences\n"
    "[1] https://transit.example.org/deep\n")
refs = "Ridership\nRidership rose 12% in 2024 [1].\nReferences\n" + "".join(
    f"[{i}] https://transit{i}.example.org/report\n" for i in range(1, 20_001))
open("refs.txt", "w").write(refs)
open("footnotes.md", "w").write("Claims rose 5% [^" * 30_000 + "\n")
open("stars.md", "w").write("Claims *rose 5% " * 30_000 + "\n")
open("brackets.md", "w").write("[" * 60_000 + "x\n")
open("long-claim.txt", "w").write("Fares rose 5% " + "and then again " * 100_000 + "[1].\n"
                                  "References\n[1] https://transit.example.org/deep\n")
PY

measure() {  # name, input files to cat, then the command
  local name=$1 inputs=$2
  shift 2
  local times=() floors=() rss=() status=0
  for _ in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M" -o t.txt "$@" >/dev/null 2>err.txt && status=0 || status=$?
    read -r t m < <(tail -n 1 t.txt)
    times+=("$t")
    rss+=("$m")
    /usr/bin/time -f "%e" -o f.txt cat $inputs >/dev/null
    floors+=("$(cat f.txt)")
  done
  python3 - "$name" "$status" "${times[*]}" "${floors[*]}" "${rss[*]}" "$(head -c 120 err.txt)" <<'PY'
import statistics, sys
name, status, t, f, m, err = sys.argv[1:]
t = statistics.median(map(float, t.split())); f = statistics.median(map(float, f.split()))
m = max(map(int, m.split())) / 1024
ratio = f"{t / f:.0f}x" if f > 0 else "-"
print(f"| {name} | {status} | {t:.2f} s | {f:.2f} s | {ratio} | {m:.0f} MiB | {err.strip()} |")
PY
}

echo "| input | exit | median | cat floor | ratio | peak RSS | stderr |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
measure "70 MB document" huge.txt "$bin" huge.txt
measure "200,000-deep HTML article" deep.html "$bin" deep.html --offline
measure "200,000-deep source page" "deep-source.txt sources/deep.html" \
  "$bin" deep-source.txt --sources sources --offline
measure "20,000 references" refs.txt "$bin" refs.txt --offline
measure "30,000 unclosed [^" footnotes.md "$bin" footnotes.md --offline
measure "30,000 unclosed *" stars.md "$bin" stars.md --offline
measure "60,000 [" brackets.md "$bin" brackets.md --offline
measure "1.5 MB sentence" long-claim.txt "$bin" long-claim.txt --offline
