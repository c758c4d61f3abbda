#!/usr/bin/env bash
# The model judge's plumbing, measured against bench/judge_server.py (a loopback server speaking the
# OpenAI chat-completions protocol that answers from a rule, not a model) on the dev sets in
# ../shared/data (WiCE, AttributionBench):
#   - oracle: the server answers each claim with its gold label; scores as claimeval.py gives them.
#     Plumbing that loses nothing reaches AUC near 1; the facts' veto and claims the oracle cannot
#     place are what keeps it below.
#   - requests: one per claim at most; a re-run with the same cache sends none.
#   - scope "uncertain": only claims whose lexical score lies in the band; requests saved, scores.
#   - always "supported": how many claims the facts' veto still keeps from supported.
#   - throughput: the server answering after 300 ms, [judge] concurrency 16; claims judged per
#     second of the judge stage (the run's time less a lexical run's), against the floor 16 / 0.3 s.
# Usage: bench/judge.sh [BUILD_DIR]    (needs ../shared or $CITECHECK_SHARED_DIR; RUNS=3 timings)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${CITECHECK_SHARED_DIR:-../shared}
runs=${RUNS:-3}
if [ ! -d "$shared/data" ]; then
  echo "bench/judge.sh: $shared/data is not here; nothing to measure" >&2
  exit 0
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

# Starts bench/judge_server.py with the given arguments; sets $url and $stats.
serve() {
  python3 bench/judge_server.py "$@" >"$work/port" &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
  local port
  port=$(awk '{print $2}' "$work/port")
  url="http://127.0.0.1:$port/v1"
  stats="http://127.0.0.1:$port/stats"
}
requests() { python3 -c "import json,sys,urllib.request; print(json.load(urllib.request.urlopen('$stats'))['requests'])"; }

# check SET CONFIG OUT [flags...]: the set's article against its sources, judged as CONFIG says.
check() {
  local set=$1 config=$2 out=$3
  shift 3
  "$build/citecheck" "$work/$set/article.txt" --sources "$work/$set/sources" --offline \
    --config "$config" --format json "$@" >"$out" || true
}
score() {
  python3 "$shared/tools/claimeval.py" score "$work/$1" "$2" >"$work/score"
  head -n 1 "$work/score"
}

printf '[judge]\nconcurrency = 16\n' >"$work/all.toml"
printf '[judge]\nconcurrency = 16\nscope = "uncertain"\n' >"$work/uncertain.toml"
printf '\n' >"$work/none.toml"

for spec in wice:wice/dev.jsonl attribution:attributionbench/dev.jsonl; do
  set=${spec%%:*}
  python3 "$shared/tools/claimeval.py" "$set" "$shared/data/${spec#*:}" "$work/$set" >/dev/null
  echo "== $set"
  check "$set" "$work/none.toml" "$work/$set-lexical.json" --no-cache
  echo "lexical:            $(score "$set" "$work/$set-lexical.json")"

  serve oracle "$work/$set" --logprobs
  check "$set" "$work/all.toml" "$work/$set-oracle.json" --cache-dir "$work/cache-$set" \
    --judge-url "$url" --judge-model oracle
  first=$(requests)
  check "$set" "$work/all.toml" "$work/$set-again.json" --cache-dir "$work/cache-$set" \
    --judge-url "$url" --judge-model oracle
  again=$(( $(requests) - first ))
  echo "oracle judge:       $(score "$set" "$work/$set-oracle.json")"
  python3 - "$work/$set-oracle.json" "$first" "$again" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
judged = report["summary"]["judged"]
claims = report["summary"]["claims"]
print(f"requests:           {sys.argv[2]} for {claims} claims ({judged['model']} judged by the "
      f"model, {judged['lexical']} lexical: no readable source); re-run with the cache: {sys.argv[3]}")
EOF
  before=$(requests)
  check "$set" "$work/uncertain.toml" "$work/$set-uncertain.json" --no-cache \
    --judge-url "$url" --judge-model oracle
  echo "scope uncertain:    $(score "$set" "$work/$set-uncertain.json") requests=$(( $(requests) - before ))"

  serve supported
  check "$set" "$work/all.toml" "$work/$set-yes.json" --no-cache --judge-url "$url" \
    --judge-model yes
  echo "always supported:   $(score "$set" "$work/$set-yes.json")"
  python3 - "$work/$set-yes.json" <<'EOF'
import json, sys
claims = json.load(open(sys.argv[1]))["documents"][0]["claims"]
vetoed = [c for c in claims if c["judge"] == "model" and c["verdict"] != "supported"]
facts = [c for c in claims if any(not f["found"] for f in c["facts"] if f["kind"] != "entity")]
print(f"facts' veto:        {len(vetoed)} claims kept from supported (of {len(facts)} with a "
      f"figure, date or quotation not found; verdicts: "
      + ", ".join(f"{v} {sum(c['verdict'] == v for c in vetoed)}" for v in ("partial", "unsupported", "contradicted")) + ")")
EOF
done

echo "== throughput (AttributionBench dev, server answering after 300 ms, concurrency 16)"
serve fixed supported --delay 0.3
lexical=$(for _ in $(seq "$runs"); do
  s=$(now); check attribution "$work/none.toml" /dev/null --no-cache; e=$(now); echo "$e - $s" | bc -l
done | median)
judged=$(for _ in $(seq "$runs"); do
  s=$(now); check attribution "$work/all.toml" "$work/tp.json" --no-cache --judge-url "$url" \
    --judge-model slow; e=$(now); echo "$e - $s" | bc -l
done | median)
n=$(python3 -c "import json; print(json.load(open('$work/tp.json'))['summary']['judged']['model'])")
peak=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$stats'))['peak'])")
printf 'claims judged: %d; run %.2f s, lexical run %.2f s (medians of %d)\n' "$n" "$judged" "$lexical" "$runs"
printf 'judge stage: %.1f claims/s (floor 16 / 0.3 s = 53.3 claims/s; ratio %.2f); whole run %.1f claims/s; peak in flight %d\n' \
  "$(echo "$n / ($judged - $lexical)" | bc -l)" "$(echo "$n / ($judged - $lexical) / 53.333" | bc -l)" \
  "$(echo "$n / $judged" | bc -l)" "$peak"
