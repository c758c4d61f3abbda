#!/usr/bin/env python3
"""Samples and scores citecheck's uncited-claim warnings on real documents (issue 16).

The documents are not ours (fixtures/real/README.md says where each comes from); a judgement is
kept with only its document's name and the sentence's first twelve words, which is enough to find
the sentence again and is not the text.

  uncited_sample.py list REPORTS_DIR
      every uncited-claim warning in REPORTS_DIR/*.json (citecheck --format json, one per
      document), as TSV: document, line, first words
  uncited_sample.py sample REPORTS_DIR N [--seed S]
      a seeded random sample of N of them (all of them if fewer), in document order
  uncited_sample.py score JUDGED.tsv REPORTS_DIR [--seed S --n N]
      precision of REPORTS_DIR's warnings against JUDGED.tsv (document, first words, judgement:
      1 = a careful editor would want it cited, 0 = not, then a free note): over the seeded
      sample of N when --n is given, else over every warning judged
  uncited_sample.py recall JUDGED.tsv BEFORE_DIR AFTER_DIR
      of BEFORE_DIR's warnings judged 1, how many AFTER_DIR still warns of
"""
import argparse
import glob
import json
import os
import random
import sys

WORDS = 12


def key_words(text: str) -> str:
    return " ".join(text.split()[:WORDS])


def warnings(reports: str) -> list[tuple[str, int, str]]:
    out = []
    for path in sorted(glob.glob(os.path.join(reports, "*.json"))):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for doc in report["documents"]:
            name = os.path.basename(doc["path"])
            for finding in doc["findings"]:
                if finding["rule"] == "uncited-claim" and finding["severity"] == "warning":
                    out.append((name, finding["line"], key_words(finding.get("text", ""))))
    return out


def sample(found: list, n: int, seed: int) -> list:
    if len(found) <= n:
        return list(found)
    picked = sorted(random.Random(seed).sample(range(len(found)), n))
    return [found[i] for i in picked]


def judgements(path: str) -> dict[tuple[str, str], int]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            out[(cols[0], cols[1])] = int(cols[2])
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["list", "sample", "score", "recall"])
    p.add_argument("args", nargs="+")
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--n", type=int, default=0)
    a = p.parse_args()
    if a.command in ("list", "sample"):
        found = warnings(a.args[0])
        if a.command == "sample":
            found = sample(found, int(a.args[1]), a.seed)
        for doc, line, words in found:
            print(f"{doc}\t{line}\t{words}")
        return 0
    judged = judgements(a.args[0])
    if a.command == "score":
        found = warnings(a.args[1])
        if a.n:
            found = sample(found, a.n, a.seed)
        marks = [judged.get((doc, words)) for doc, _, words in found]
        missing = [f for f, m in zip(found, marks) if m is None]
        real = sum(m == 1 for m in marks)
        scored = len(marks) - len(missing)
        print(f"warnings={len(warnings(a.args[1]))} sampled={len(found)} judged={scored} "
              f"real={real} precision={real / max(scored, 1):.2f}")
        for doc, line, words in missing:
            print(f"not judged: {doc}\t{line}\t{words}", file=sys.stderr)
        return 0
    before = {(d, w) for d, _, w in warnings(a.args[1])}
    after = {(d, w) for d, _, w in warnings(a.args[2])}
    real = [k for k in before if judged.get(k) == 1]
    kept = [k for k in real if k in after]
    print(f"before real={len(real)} still flagged after={len(kept)}")
    for doc, words in sorted(set(real) - set(kept)):
        print(f"dropped: {doc}\t{words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
