#!/usr/bin/env python3
"""Peer link checkers' fixture inputs, read by citecheck (issue 16).

Usage: bench/peer_fixtures.py CITECHECK DIR [--markdown]

DIR holds the fixture files (.md .markdown .html .htm .txt) fetched from the peers' repositories
at the commits in fixtures/real/README.md. For each file the http(s) URLs written in it are split
into those a citation checker should find (a link or a bare URL in the prose) and those it should
leave out, with the reason: in an HTML comment, a <link>/<meta> tag, a script or style, an image,
code, or page navigation. citecheck runs on the file (--offline --no-cache --no-config, JSON) and
the URLs it lists as references are compared with the expected ones. Printed per file: expected,
found, missed (expected but not found), extra (found but not written as an http(s) URL: a
relative link resolved against <base>, a site path), and the left-out counts by reason.
"""
import html as htmllib
import json
import os
import re
import subprocess
import sys

URL = re.compile(r"https?://[^\s\"'<>`\]\[|\\]+")


def spans(text, pattern, flags=re.S | re.I):
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def markdown_code(text):
    out = spans(text, r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.S | re.M)
    out += spans(text, r"(?<!`)`[^`\n]+`(?!`)")
    # Indented code: four spaces after a blank line.
    out += spans(text, r"(?:(?<=\n\n)|^)(?: {4}|\t)[^\n]*(?:\n(?: {4}|\t)[^\n]*)*", re.M)
    return out


def left_out_regions(text, html):
    regions = [("comment", s) for s in spans(text, r"<!--.*?-->")]
    regions += [("link/meta/base tag", s) for s in spans(text, r"<(?:link|meta|base)\b[^>]*>")]
    regions += [("script/style", s) for s in spans(text, r"<(script|style)\b.*?</\1\s*>")]
    regions += [("image", s) for s in spans(text, r"<(?:img|source|video|audio)\b[^>]*>")]
    regions += [("image", s) for s in spans(text, r"!\[[^\]]*\]\([^)]*\)")]
    regions += [("code", s) for s in spans(text, r"<(pre|code)\b.*?</\1\s*>")]
    regions += [("navigation", s) for s in spans(text, r"<(nav|footer)\b.*?</\1\s*>")]
    if not html:
        regions += [("code", s) for s in markdown_code(text)]
    elif re.search(r'<meta name="generator" content="MediaWiki', text):
        # MediaWiki marks its external links; the others are wiki and interwiki links.
        regions += [("wiki link", (m.start(), m.end()))
                    for m in re.finditer(r"<a\b[^>]*>", text)
                    if not re.search(r'class="[^"]*\bexternal\b', m.group(0))]
    return regions


def trimmed(url):
    url = url.rstrip(".,;:!?*_~")
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(".,;:!?*_~")
    return url


def key(url):
    url = url.split("#")[0].rstrip(".")
    return url.rstrip("/").lower()


def main():
    citecheck, root = sys.argv[1], sys.argv[2]
    totals = {"files": 0, "expected": 0, "found": 0, "missed": 0, "extra": 0}
    reasons_total = {}
    print("| file | expected | found | missed | extra | left out (why) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for dirpath, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if not re.search(r"\.(md|markdown|html|htm|txt)$", name):
                continue
            path = os.path.join(dirpath, name)
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            html = name.endswith((".html", ".htm"))
            regions = left_out_regions(text, html)
            expected, reasons = set(), {}
            for m in URL.finditer(text):
                why = next((r for r, (b, e) in regions if b <= m.start() < e), None)
                url = trimmed(htmllib.unescape(m.group(0)) if html else m.group(0))
                if url in ("http://", "https://"):
                    continue
                if why:
                    reasons[why] = reasons.get(why, 0) + 1
                else:
                    expected.add(key(url))
            run = subprocess.run(
                [citecheck, path, "--offline", "--no-cache", "--no-config", "--format", "json"],
                capture_output=True, timeout=120)
            found = set()
            try:
                for doc in json.loads(run.stdout)["documents"]:
                    for ref in doc["references"]:
                        if ref.get("url"):
                            found.add(key(ref["url"]))
            except (ValueError, KeyError):
                reasons["not read (exit %d)" % run.returncode] = 1
            missed = expected - found
            extra = found - expected
            rel = os.path.relpath(path, root)
            if not expected and not found and not reasons:
                continue  # no URL at all: counted below
            totals["files"] += 1
            for k, v in (("expected", expected), ("found", found & expected),
                         ("missed", missed), ("extra", extra)):
                totals[k] += len(v)
            for r, n in reasons.items():
                reasons_total[r] = reasons_total.get(r, 0) + n
            why = ", ".join("%s %d" % (r, n) for r, n in sorted(reasons.items())) or "-"
            detail = ""
            if missed:
                detail += " missed: " + " ".join(sorted(missed))
            if extra:
                detail += " extra: " + " ".join(sorted(extra))
            print("| %s | %d | %d | %d | %d | %s%s |" % (rel, len(expected), len(found & expected),
                                                      len(missed), len(extra), why, detail))
    print()
    print("files with a URL or link: %(files)d; expected %(expected)d, found %(found)d, "
          "missed %(missed)d, extra %(extra)d" % totals)
    print("left out: " + ", ".join("%s %d" % (r, n) for r, n in sorted(reasons_total.items())))


if __name__ == "__main__":
    main()
