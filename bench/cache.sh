#!/usr/bin/env bash
# Cache benchmark (issue 4): an article citing 200 URLs on HOSTS loopback hosts (127.0.0.1 to
# 127.0.0.HOSTS, default 20) that each answer after 100 ms. Each round checks it four times: with
# --no-cache (the fetch engine alone), cold (an empty --cache-dir: every page fetched and stored),
# warm (the same cache, within --max-cache-age: nothing should be fetched), and the floor: the
# same pages from a sources directory (a snapshot of the cache) with --offline.
# Prints each run's wall time and the requests the server saw, then the medians and the ratios.
# Usage: bench/cache.sh [extra citecheck options]   (BUILD_DIR, ROUNDS, HOSTS to change)
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${BUILD_DIR:-../build}
rounds=${ROUNDS:-5}
urls=200 hosts=${HOSTS:-20} delay_ms=100 port=18140
citecheck="$build_dir/citecheck"
[ -x "$citecheck" ] || { echo "cache.sh: build citecheck first (scripts/build)" >&2; exit 2; }
mkdir -p out/cache-bench
work=out/cache-bench

{
  echo "Visitor survey"
  for i in $(seq 1 $urls); do echo "Site $i counted $((i + 100)) visitors in 2024 [$i]."; done
  echo "References"
  for i in $(seq 1 $urls); do echo "[$i] http://127.0.0.$(( (i - 1) % hosts + 1 )):$port/report/$i"; done
} > $work/article.txt

node slow_server.mjs $port $hosts $delay_ms > $work/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q ready $work/server.log 2>/dev/null && break; sleep 0.1; done

served() { curl -s "http://127.0.0.1:$port/__served"; }

# Wall time is read from bash's EPOCHREALTIME (microseconds) around the run: GNU time's %e has
# 10 ms steps, a fifth of a warm run. CPU time (user + system) comes from GNU time.
measure() {  # name, citecheck options...: prints "seconds requests ok-sources cpu-seconds" of a run
  local name=$1; shift
  local before; before=$(served)
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%U %S" -o "$work/$name.time" "$citecheck" $work/article.txt --format json \
    --allow-private "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  local end=$EPOCHREALTIME
  local after; after=$(served)
  local user sys
  read -r user sys < <(tail -n 1 "$work/$name.time")
  echo "$(python3 -c "print(f'{$end - $start:.3f}')") $((after - before))" \
    "$(grep -c '"state": "ok"' "$work/$name.out" || true)" \
    "$(python3 -c "print(round($user + $sys, 2))")"
}

nc=() cold=() warm=() floor=()
for round in $(seq 1 "$rounds"); do
  rm -rf $work/cache
  n=$(measure nocache --no-cache "$@")
  c=$(measure cold --cache-dir $work/cache "$@")
  w=$(measure warm --cache-dir $work/cache "$@")
  "$citecheck" snapshot $work/article.txt --out $work/snap --cache-dir $work/cache --offline > /dev/null
  f=$(measure floor --no-cache --sources $work/snap --offline "$@")
  # The same verdicts warm and cold, apart from where each source came from.
  if ! diff <(grep -v '"from"' $work/cold.out) <(grep -v '"from"' $work/warm.out) > /dev/null; then
    echo "round $round: the warm report differs from the cold one" >&2
    exit 1
  fi
  echo "round $round (s, requests, sources ok, cpu s): no cache $n  cold $c  warm $w  sources dir $f"
  nc+=("$n") cold+=("$c") warm+=("$w") floor+=("$f")
done

python3 - "$urls" "$delay_ms" "$hosts" "${nc[@]}" -- "${cold[@]}" -- "${warm[@]}" -- "${floor[@]}" <<'PY'
import statistics, sys
args = sys.argv[1:]
urls, delay, hosts = int(args[0]), int(args[1]), int(args[2])
a = args.index('--')
b = args.index('--', a + 1)
c = args.index('--', b + 1)
def runs(xs):
    return [tuple(map(float, x.split())) for x in xs]
nc, cold, warm, floor = runs(args[3:a]), runs(args[a + 1:b]), runs(args[b + 1:c]), runs(args[c + 1:])
def med(rs, k):
    return statistics.median(r[k] for r in rs)
print(f"{urls} URLs on {hosts} hosts at {delay} ms, medians of {len(cold)} rounds:")
for name, rs in (("no cache", nc), ("cold", cold), ("warm", warm), ("sources", floor)):
    print(f"  {name + ':':9} {med(rs, 0):.3f} s wall, {med(rs, 3):.3f} s cpu, {med(rs, 1):.0f} requests")
print("  (sources: the same pages from a sources directory, --offline: the floor)")
print(f"  warm / cold = {med(warm, 0) / med(cold, 0):.3f}; warm / floor = {med(warm, 0) / med(floor, 0):.2f}; "
      f"cold / no cache = {med(cold, 0) / med(nc, 0):.2f}")
PY
