#!/usr/bin/env bash
# One-line articles, as CMS bodies often are: the time to check an article written on one line
# against its size (100 KB to 20 MB, plain text and HTML), beside the same bytes with a line break
# after each paragraph, and the latency from SIGINT to exit while the largest is being read, as
# text and as HTML: a signal 0.3 s in lands while the article is read and its citations parsed
# (the cite stage), later ones while its claims are found and judged.
# Generated articles (paragraphs of one cited sentence each, one reference); checked --offline.
# Usage: bench/oneline.sh [BUILD_DIR]    (RUNS=3 timings; SIZES="100 600 2000 5000 20000" KB;
#        SIGNALS_ONLY=1: the SIGINT latencies alone)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${RUNS:-3}
sizes=${SIZES:-100 600 2000 5000 20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
check() { "$build/citecheck" "$1" --offline --no-cache --no-config --format json; }

python3 - "$work" $sizes <<'EOF'
import sys
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
text = "Ridership on route 7 rose 12% in 2024, the transit board said in its annual report [1]. "
html = "<p>" + text.strip() + "</p>"
refs_txt = "\n\nReferences\n[1] https://transit.example/report\n"
refs_html = '<h2>References</h2><ol><li><a href="https://transit.example/report">Report</a></li></ol>'
for kb in sizes:
    n = kb * 1024 // len(text)
    with open(f"{work}/{kb}.txt", "w") as f:
        f.write("Transit\n\n" + text * n + refs_txt)
    with open(f"{work}/{kb}-lines.txt", "w") as f:
        f.write("Transit\n\n" + (text.strip() + "\n\n") * n + refs_txt)
    m = kb * 1024 // len(html)
    for name, sep in (("html", ""), ("lines.html", "\n")):
        with open(f"{work}/{kb}-{name}", "w") as f:
            f.write("<!DOCTYPE html><html><body><article>" + (html + sep) * m + refs_html +
                    "</article></body></html>")
EOF

if [ "${SIGNALS_ONLY:-0}" != 1 ]; then
printf '| size | text, one line | text, lines | ratio | HTML, one line | HTML, lines | ratio |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for kb in $sizes; do
  row="| $kb KB"
  for pair in "$kb.txt $kb-lines.txt" "$kb-html $kb-lines.html"; do
    set -- $pair
    one=$(for _ in $(seq "$runs"); do seconds check "$work/$1"; done | median)
    lines=$(for _ in $(seq "$runs"); do seconds check "$work/$2"; done | median)
    row+=$(printf ' | %.2f s | %.2f s | %.2f' "$one" "$lines" "$(echo "$one / $lines" | bc -l)")
  done
  echo "$row |"
done
fi

largest=$(echo "$sizes" | tr ' ' '\n' | sort -n | tail -n 1)
for article in "$largest.txt" "$largest-html"; do
  echo
  echo "SIGINT while checking the $largest KB one-line $article (median of $runs per delay):"
  for delay in 0.3 1 2 4 6; do
    latency=$(for _ in $(seq "$runs"); do
      "$build/citecheck" "$work/$article" --offline --no-cache --no-config --format json \
        >/dev/null 2>"$work/err" &
      pid=$!
      sleep "$delay"
      s=$(date +%s.%N)
      kill -INT "$pid" 2>/dev/null || true
      wait "$pid" || true
      e=$(date +%s.%N)
      echo "$e - $s" | bc -l
    done | median)
    printf 'after %s s: exit within %.3f s (%s)\n' "$delay" "$latency" "$(tr -d '\n' <"$work/err")"
  done
done
