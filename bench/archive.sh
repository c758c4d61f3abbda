#!/usr/bin/env bash
# A whole archive (issue 19): DOCS generated Markdown articles, 20 citations each, checked
# offline against one sources directory, and the streamed report (--format jsonl) measured beside
# the whole report (--format json): wall time and peak RSS (GNU time's %M), median of ROUNDS runs.
# Then the 10k tree checked as 4 document shards (jsonl) and merged, compared byte for byte with
# the single run's JSON.
# Usage: bench/archive.sh            (BUILD_DIR, ROUNDS=3, SIZES="2000 10000 50000",
#                                     WHOLE_SIZES="2000 10000", MERGE=1 (0: no shard run) to change;
#                                     output in bench/out/archive)
# The sources are a pool of POOL (default 20000) pages, so the tree stays a few hundred MB: each
# article cites 20 of them, and a batch of 200 articles cites 4000 different pages.
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${BUILD_DIR:-../build}
citecheck=$(realpath "$build_dir/citecheck")
rounds=${ROUNDS:-3}
sizes=${SIZES:-"2000 10000 50000"}
whole_sizes=${WHOLE_SIZES:-"2000 10000"}
pool=${POOL:-20000}
work=$(realpath -m out/archive)
[ -x "$citecheck" ] || { echo "archive.sh: build citecheck first (scripts/build)" >&2; exit 2; }
mkdir -p "$work"

# The sources pool: page P says that Port P handled P thousand containers in 2024.
if [ ! -f "$work/sources/manifest.tsv" ]; then
  python3 - "$work/sources" "$pool" <<'PY'
import os, sys
out, pool = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "manifest.tsv"), "w") as manifest:
    for p in range(pool):
        name = f"p{p}.html"
        manifest.write(f"https://news{p % 500}.example.com/port-{p}\t{name}\n")
        with open(os.path.join(out, name), "w") as page:
            page.write(f"<html><head><title>Port {p}</title></head><body><article>"
                       f"<p>The harbour of Port {p} handled {p + 1000} thousand containers in 2024, "
                       f"the port authority of Port {p} said on Monday.</p>"
                       f"<p>Traffic at Port {p} rose by {p % 40 + 1}% on the year before.</p>"
                       "</article></body></html>\n")
PY
fi

# A tree of N articles: article A cites pages A*20 .. A*20+19 (mod the pool); one claim in
# twenty gives another figure than its source.
make_tree() {
  local n=$1 dir="$work/tree-$1"
  [ -d "$dir" ] && return
  python3 - "$dir" "$n" "$pool" <<'PY'
import os, sys
out, n, pool = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for a in range(n):
    d = os.path.join(out, "docs", f"{a // 1000:03d}")
    os.makedirs(d, exist_ok=True)
    lines = [f"# Ports report {a}", ""]
    notes = []
    for k in range(20):
        p = (a * 20 + k) % pool
        figure = p + 1000 if (a + k) % 20 else p + 1500
        lines.append(f"The harbour of Port {p} handled {figure} thousand containers in 2024.[^{k + 1}]")
        lines.append("")
        notes.append(f"[^{k + 1}]: <https://news{p % 500}.example.com/port-{p}>")
    with open(os.path.join(d, f"article-{a}.md"), "w") as f:
        f.write("\n".join(lines + notes) + "\n")
PY
}

# One run: prints "seconds peak-MB" (wall time from EPOCHREALTIME, peak RSS from GNU time).
measure() {  # tree size, format, extra options...
  local n=$1 format=$2; shift 2
  local start=$EPOCHREALTIME
  (cd "$work/tree-$n" && /usr/bin/time -f "%M" -o "$work/time.txt" "$citecheck" docs \
     --sources "$work/sources" --offline --no-cache --format "$format" "$@" \
     > "$work/out-$n.$format" 2> "$work/err.txt") || [ $? -eq 1 ]
  local end=$EPOCHREALTIME
  echo "$(echo "$end - $start" | bc) $(( $(tail -1 "$work/time.txt") / 1024 ))"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "size format median-seconds median-peak-MB (runs: seconds/MB ...)"
for n in $sizes; do
  make_tree "$n"
  for format in jsonl json; do
    [ "$format" = json ] && ! grep -qw "$n" <<< "$whole_sizes" && continue
    runs=()
    for _ in $(seq 1 "$rounds"); do runs+=("$(measure "$n" "$format")"); done
    secs=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | median)
    mb=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | median)
    echo "$n $format $secs $mb (${runs[*]/ //})"
  done
done

# 4 document shards of the 10k tree, merged, against the single run's JSON.
[ "${MERGE:-1}" = 1 ] || exit 0
n=10000
make_tree $n
[ -f "$work/out-$n.json" ] || measure $n json > /dev/null
for i in 0 1 2 3; do
  measure $n jsonl --shard "$i/4" > /dev/null
  mv "$work/out-$n.jsonl" "$work/shard-$i.jsonl"
done
"$citecheck" merge "$work"/shard-{0,1,2,3}.jsonl --format json --output "$work/merged.json" || [ $? -eq 1 ]
if cmp -s "$work/merged.json" "$work/out-$n.json"; then
  echo "4 shards of $n merged: identical to the single run's JSON ($(wc -c < "$work/merged.json") bytes)"
else
  echo "4 shards of $n merged: DIFFERENT from the single run's JSON"; exit 1
fi
