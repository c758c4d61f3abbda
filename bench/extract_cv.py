#!/usr/bin/env python3
"""Cross-validated extraction score: fit extraction's thresholds on some pages, score on the others.

The thresholds are the fields of source::ContentTuning (src/source/content.h); extract_bench
--predict runs the real extractor with any of them set. For every setting of a small grid, each
dev page of the article-extraction benchmark (../shared/data/extraction) is extracted once and
scored with the benchmark's own metric (../shared/tools/extraction_eval.py). Then:

  * defaults: the score of the shipped defaults on all pages (fitted: they were chosen there);
  * best: the best setting of the grid on all pages (also fitted);
  * cross-validated: pages split into K folds (by page, seeded shuffle); for each fold the setting
    best on the other folds is chosen and scored on that fold; the held-out page scores of all
    folds are pooled into one precision / recall / F1, as the benchmark aggregates them.

Usage: bench/extract_cv.py [--build build] [--folds 5] [--seed 0] [--repeats 1]
Python 3.8+, standard library only; builds nothing (bench/extract.sh builds extract_bench).
"""

import argparse
import importlib.util
import itertools
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Shipped defaults first; a share above 1 switches the teaser rule off, a cover above 1 the
# JSON-LD check.
GRID = {
    "drop_captions": [1, 0],
    "teaser_link_share": [0.8, 0.6, 0.7, 0.9, 2],
    "teaser_max_chars": [300, 150, 600],
    "publisher_cover": [0.6, 0.4, 0.8, 2],
}


def load_scorer(shared):
    path = os.path.join(shared, "tools", "extraction_eval.py")
    spec = importlib.util.spec_from_file_location("extraction_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def settings():
    seen = set()
    names = list(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        s = dict(zip(names, values))
        if s["teaser_link_share"] > 1:
            s["teaser_max_chars"] = GRID["teaser_max_chars"][0]
        key = tuple(sorted(s.items()))
        if key not in seen:
            seen.add(key)
            yield s


def page_counts_for(ev, bench, data, pages, setting):
    args = [bench, "--predict", os.path.join(data, "html")]
    args += ["%s=%s" % kv for kv in setting.items()]
    out = subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout
    preds = json.loads(out.decode("utf-8"))
    return [ev.page_counts(p["truth"], preds.get(p["id"], {}).get("articleBody", ""))
            for p in pages]


def label(setting):
    return " ".join("%s=%s" % kv for kv in setting.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--shared", default=os.environ.get("CITECHECK_SHARED_DIR",
                                                       os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=1, help="CV runs with seeds seed..seed+N-1")
    args = ap.parse_args()

    ev = load_scorer(args.shared)
    data = os.path.join(args.shared, "data", "extraction")
    pages = ev.load_pages(data)
    bench = os.path.join(args.build, "bench", "extract_bench")
    grid = list(settings())
    print("pages %d, settings %d, folds %d" % (len(pages), len(grid), args.folds))
    counts = [page_counts_for(ev, bench, data, pages, s) for s in grid]

    def score(idx, pick):
        return ev.aggregate([counts[pick][i] for i in idx])

    everything = list(range(len(pages)))
    show = lambda m: "F1 %.3f  precision %.3f  recall %.3f" % (m["f1"], m["precision"], m["recall"])
    print("defaults (fitted)   : %s   [%s]" % (show(score(everything, 0)), label(grid[0])))
    best = max(range(len(grid)), key=lambda k: score(everything, k)["f1"])
    print("best of grid (fitted): %s   [%s]" % (show(score(everything, best)), label(grid[best])))

    for repeat in range(args.repeats):
        order = everything[:]
        random.Random(args.seed + repeat).shuffle(order)
        folds = [order[f::args.folds] for f in range(args.folds)]
        held_out = [None] * len(pages)
        for f, test in enumerate(folds):
            train = [i for g, fold in enumerate(folds) if g != f for i in fold]
            pick = max(range(len(grid)), key=lambda k: score(train, k)["f1"])
            for i in test:
                held_out[i] = counts[pick][i]
            print("  seed %d fold %d: fit on %d pages -> [%s], held-out F1 %.3f"
                  % (args.seed + repeat, f + 1, len(train), label(grid[pick]),
                     score(test, pick)["f1"]))
        print("cross-validated (seed %d): %s" % (args.seed + repeat, show(ev.aggregate(held_out))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
