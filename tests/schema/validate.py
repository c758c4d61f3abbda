#!/usr/bin/env python3
"""Validates JSON reports against the published schema (docs/report.schema.json, draft 2020-12).

Usage: validate.py SCHEMA PATH...   where a folder stands for every expected.json under it (the
golden reports, which the golden tests compare byte for byte with what the binary writes) and a
file is one report. Prints SKIP: (CTest's skip marker) and exits 0 where Python's jsonschema is
not installed; exits 1 when a report does not validate."""
import glob
import json
import os
import sys


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("SKIP: python3-jsonschema is not installed (scripts/setup installs it)")
        return 0
    schema = json.load(open(argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    reports = []
    for path in argv[2:]:
        if os.path.isdir(path):
            found = sorted(glob.glob(os.path.join(path, "**", "expected.json"), recursive=True))
            if not found:
                print(f"no reports under {path}")
                return 1
            reports += found
        else:
            reports.append(path)
    if not reports:
        print("no reports given")
        return 1
    failed = 0
    for path in reports:
        for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
            failed += 1
    print(f"{len(reports)} reports, {failed} schema errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
