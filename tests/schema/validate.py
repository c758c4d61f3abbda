#!/usr/bin/env python3
"""Validates JSON reports against the published schema (docs/report.schema.json, draft 2020-12):
every expected.json under the fixtures folder given (the golden reports, which the golden tests
compare byte for byte with what the binary writes), and any other report files named after it.
Prints SKIP: (CTest's skip marker) where Python's jsonschema is not installed."""
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
    reports = sorted(glob.glob(os.path.join(argv[2], "**", "expected.json"), recursive=True))
    reports += argv[3:]
    if not reports:
        print(f"no reports under {argv[2]}")
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
