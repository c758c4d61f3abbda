#!/bin/sh
# Real documents as published (issue 16): references, citations and the list findings citecheck
# gives for each, to compare with the hand counts in bench/RESULTS.md ("Real articles").
#
#   bench/real_counts.sh CITECHECK FILE...
#
# The documents are not in the project (fixtures/real/README.md says where each comes from and
# at which commit). Printed per file: references, citations (markers and links, counted over the
# claims), then missing/unused/duplicate findings and the ids they name.
set -eu
citecheck=$1
shift
for file in "$@"; do
  "$citecheck" "$file" --offline --no-cache --no-config --format json | python3 -c '
import json, sys
doc = json.load(sys.stdin)["documents"][0]
cites = sum(len(c["citations"]) for c in doc["claims"])
rules = ("missing-reference", "unused-reference", "duplicate-reference")
found = {r: [f for f in doc["findings"] if f["rule"] == r] for r in rules}
counts = "/".join(str(len(found[r])) for r in rules)
named = "; ".join(f["message"] for r in rules for f in found[r])
print("%s\treferences %d\tcitations %d\tmissing/unused/duplicate %s\t%s" % (
    sys.argv[1], len(doc["references"]), cites, counts, named))
' "$(basename "$file")"
done
