#!/usr/bin/env python3
"""Load for `citecheck serve` (bench/serve.sh): REQUESTS checks from CLIENTS concurrent clients,
each a CLAIMS-claim draft citing pages of the slow loopback site (bench/slow_server.mjs).
Prints one JSON line: requests per second, p50 and p95 latency (ms), statuses, sources read.
Usage: serve_load.py URL SITE_PORT HOSTS PAGES REQUESTS CLIENTS CLAIMS"""
import json
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

url, port, hosts, pages, requests, clients, claims = sys.argv[1], *map(int, sys.argv[2:])


def draft(n):
    """Draft n cites CLAIMS of the PAGES pages, a different window for each draft."""
    cited = [(n * 7 + k) % pages + 1 for k in range(claims)]
    lines = ["# Visitor survey", ""]
    for i, p in enumerate(cited, 1):
        lines += [f"The survey of site {p} counted {p + 100} visitors in 2024 [{i}].", ""]
    lines += ["## References", ""]
    for i, p in enumerate(cited, 1):
        lines += [f"[{i}] http://127.0.0.{(p - 1) % hosts + 1}:{port}/report/{p}", ""]
    return "\n".join(lines)


def check(n):
    body = json.dumps({"text": draft(n), "path": f"posts/{n}.md"}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            report = json.load(r)
            status = r.status
    except urllib.error.HTTPError as e:
        return time.perf_counter() - start, e.code, 0
    ok = sum(ref["source"]["state"] == "ok" for ref in report["documents"][0]["references"])
    return time.perf_counter() - start, status, ok


start = time.perf_counter()
with ThreadPoolExecutor(clients) as pool:
    results = list(pool.map(check, range(requests)))
wall = time.perf_counter() - start
latencies = sorted(r[0] * 1000 for r in results)
statuses = {}
for r in results:
    statuses[str(r[1])] = statuses.get(str(r[1]), 0) + 1
print(json.dumps({
    "requests_per_s": round(requests / wall, 1),
    "p50_ms": round(latencies[len(latencies) // 2], 1),
    "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1),
    "wall_s": round(wall, 2),
    "statuses": statuses,
    "sources_read": sum(r[2] for r in results),
}))
