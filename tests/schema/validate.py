#!/usr/bin/env python3
"""Validates JSON reports against the published schema (docs/report.schema.json, draft 2020-12).

Usage: validate.py SCHEMA PATH...   where a folder stands for every expected.json under it (the
golden reports, which the golden tests compare byte for byte with what the binary writes) and a
file is one report: JSON, or JSON Lines (--format jsonl), each line validated against
$defs/jsonl_line. Prints SKIP: (CTest's skip marker) and exits 0 where Python's jsonschema is
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
    line_schema = {k: v for k, v in schema.items() if k not in ("required", "properties", "type")}
    line_schema["$ref"] = "#/$defs/jsonl_line"
    line_validator = jsonschema.Draft202012Validator(line_schema)
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
        text = open(path, encoding="utf-8").read()
        try:
            whole = json.loads(text)
            if isinstance(whole, dict) and "type" in whole:
                raise json.JSONDecodeError("one JSON Lines line", text, 0)
            documents = [(path, validator, whole)]
        except json.JSONDecodeError:
            documents = [(f"{path}:{n}", line_validator, json.loads(line))
                         for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        for where_file, checker, report in documents:
            for error in checker.iter_errors(report):
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{where_file}: {where}: {error.message}")
                failed += 1
    print(f"{len(reports)} reports, {failed} schema errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
