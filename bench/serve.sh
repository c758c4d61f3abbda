#!/usr/bin/env bash
# `citecheck serve` under load (issue 21): 200 requests from 20 concurrent clients, each a
# 20-claim draft citing pages of a loopback site that answers after 100 ms (bench/slow_server.mjs:
# 100 pages on 5 hosts, 127.0.0.1 to 127.0.0.5). Each round starts a server on an empty cache and
# sends the load twice: cold (pages fetched as the drafts cite them) and warm (the same drafts
# again, every page in the cache). Prints each pass's requests/s, p50/p95 latency, the page
# fetches the site served, and the server's peak RSS; then the medians.
# Usage: bench/serve.sh [extra serve options]   (BUILD_DIR, ROUNDS to change)
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${BUILD_DIR:-../build}
rounds=${ROUNDS:-5}
requests=200 clients=20 claims=20 pages=100 hosts=5 delay_ms=100
site_port=18150 serve_port=18151
citecheck="$build_dir/citecheck"
[ -x "$citecheck" ] || { echo "serve.sh: build citecheck first (scripts/build)" >&2; exit 2; }
work=out/serve-bench
mkdir -p $work

node slow_server.mjs $site_port $hosts $delay_ms > $work/site.log 2>&1 &
site=$!
server=
trap 'kill $site 2>/dev/null || true; [ -n "$server" ] && kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q ready $work/site.log 2>/dev/null && break; sleep 0.1; done
served() { curl -s "http://127.0.0.1:$site_port/__served"; }

load() {  # prints the load's JSON line with the page fetches it caused added
  local before after; before=$(served)
  local line; line=$(python3 serve_load.py "http://127.0.0.1:$serve_port/v1/check" $site_port \
    $hosts $pages $requests $clients $claims)
  after=$(served)
  python3 -c "import json,sys; d=json.loads(sys.argv[1]); d['page_fetches']=$after-$before; print(json.dumps(d))" "$line"
}

: > $work/results.jsonl
for round in $(seq 1 "$rounds"); do
  rm -rf $work/cache
  "$citecheck" serve --listen 127.0.0.1:$serve_port --allow-private --cache-dir $work/cache \
    --max-requests 32 "$@" 2> $work/serve.log &
  server=$!
  for _ in $(seq 1 100); do grep -q listening $work/serve.log 2>/dev/null && break; sleep 0.05; done
  cold=$(load)
  warm=$(load)
  rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
  kill -TERM $server; wait $server || true; server=
  echo "round $round cold: $cold"
  echo "round $round warm: $warm"
  echo "round $round peak RSS: $((rss_kb / 1024)) MiB"
  echo "{\"round\": $round, \"cold\": $cold, \"warm\": $warm, \"rss_mib\": $((rss_kb / 1024))}" >> $work/results.jsonl
done

python3 - $work/results.jsonl <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
med = lambda xs: statistics.median(xs)
for p in ("cold", "warm"):
    print(f"median {p}: {med([r[p]['requests_per_s'] for r in rows])} requests/s, "
          f"p50 {med([r[p]['p50_ms'] for r in rows])} ms, p95 {med([r[p]['p95_ms'] for r in rows])} ms, "
          f"page fetches {med([r[p]['page_fetches'] for r in rows])}, "
          f"statuses {rows[0][p]['statuses']}, sources read {med([r[p]['sources_read'] for r in rows])}")
print(f"median peak RSS: {med([r['rss_mib'] for r in rows])} MiB over {len(rows)} rounds")
PY
