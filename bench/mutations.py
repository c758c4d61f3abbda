#!/usr/bin/env python3
"""Fact-mutation benchmark: does citecheck notice when one fact of a supported claim is changed?

For each claim-verification dev set (WiCE, AttributionBench) the set is turned into an article and a
sources directory with ../shared/tools/claimeval.py and checked offline. The eligible cases are those
whose gold label is "supported" AND that citecheck calls "supported" (every claim object on the
case's line that cites the case's reference is supported; the case's reference is the LAST [n] marker
on its line, since AttributionBench claims can carry stray markers of their own). Each eligible claim
is then mutated, one kind at a time, so that exactly one fact changes and the cited page no longer
backs it. One article per kind (mutated lines replaced, every other line unchanged) is checked
against the same sources; a mutation is "caught" when its line is no longer supported.

A mutation is only made when the new value is NOT on the case's page (OUT/sources/n.txt), looked up
case-insensitively on word boundaries (numbers on numeric boundaries, so "150" is not found inside
"1,150" or "2.150"). Text inside [n] markers is never changed. When a claim has several candidates
for a kind, they are tried left to right and the first one that passes the page check is used; a
claim with none gets no mutation of that kind (and is not counted). Everything is deterministic.

Verdict columns: partial / unsupported / contradicted / unverifiable (which also counts a mutated line
on which citecheck found no claim citing the reference) / still supported. Eligibility is judged per
line, so it can differ slightly from claimeval.py's score, which pools all claims citing a reference
wherever they are (a stray [n] on another line included).

Kinds:
  year         a standalone 4-digit token 1800-2100 (not part of 1,995,000, 1995.5, 1990s, or a
               quantity such as "1900 people"; not a quoted title such as the album "1999", nor the
               start of a season such as 2018-19) -> the nearest of year+1, year-1, year+2, year-2,
               ... up to +-5 that is not on the page. (Earlier years, e.g. 1616, fall to the number
               kind.)
  number       a digit number that is not a year (31, 3.5, 115,000, 40%) and not part of a range,
               a code or a time (10-15, COVID-19, 3D, 19:30, 1/2), not the low end of "2 to 3", not
               a day of the month (August 22: dates belong to the year and month kinds) and not a
               label (Part 2, type 2, Apollo 11: after a label word or a capitalised word inside the
               sentence) nor a list item's number ("2. Stir"). Below 10 it is doubled, otherwise
               multiplied by 1.5, rounded half-up to the same number of decimals and written with the
               same thousands separators (3.5 -> 7.0, 31 -> 47, 115,000 -> 172,500). Every result
               differs by more than 10%, so a hedge like "about" cannot absorb it. Skipped when the new
               value, its digits without separators, or (for 7.0) its integer form is on the page.
  month        an English month name, capitalised (full, or an abbreviation such as "Sept." next to
               a day or year) -> the month three later. "May", "March", "April", "June" and
               "August" count only next to a day or year or after a date preposition ("in May"), so
               a modal verb or a person's name is left alone. Skipped when the new month (full or
               abbreviated, capitalised or upper case: "may" the verb is not a month) is on the page
               within 40 characters of the day number or year next to the month in the claim, or,
               for a month standing alone, anywhere on the page. The start of a range ("May through
               July") is left alone.
  number_word  two..nine -> +1, ten..nineteen -> +2, twenty..eighty -> +10, ninety -> seventy,
               "a dozen" -> "two dozen", ordinals second..tenth -> the next ordinal ("first" is left
               to the direction kind). Left alone: capitalised words inside a sentence (names: Third
               Street, the Fourth Estate), hyphenated compounds and fractions (twenty-five,
               two-thirds), the time unit ("per second", "a second."). Skipped when the new word or
               its digit form (4, 24, 3rd) is on the page.
  negation     a claim with a negation loses it: "not"/"never"/"no longer" removed, "cannot" ->
               "can", "isn't" -> "is", "won't" -> "will" ("did not win" -> "did win", which is
               grammatical, so no verb inflection is needed). "not only", "not just", "not least",
               "not to mention", "or not" and "if not" are not negations. Otherwise "not" goes after
               the first auxiliary (is are was were has have had will would can could should may
               might must does do did; "can" -> "cannot"; has/have/had before a determiner or number
               are main verbs: "has two" -> "does not have two"; an auxiliary already followed by
               not/never/no/none/nothing is passed over: "had no idea"). Otherwise "never" goes
               before the first lower-case word ending in "ed" after the first word (not after a/an/the or a
               possessive, not "hundred" or "-eed" words). No page check: the page states the
               opposite of the mutated claim.
  direction    one word swapped for its opposite from a fixed list of general English pairs
               (rose/fell, increased/decreased, won/lost, before/after, more/less, first/last,
               north/south, born/died, ...; see DIRECTION_PAIRS), capitalisation kept and a preceding
               a/an made to agree. Left alone: capitalised words inside a sentence (names and titles:
               South Africa, a song called "Outside"); up/down except before a figure (up 5%, down to
               40); first/last except after a determiner (the first album, not "you should first
               ask"); "rose" after a determiner (the flower); "best known". "left" is only ever a
               replacement (joined -> left), never replaced, as it is as often a side; "open" after
               to/will/can/... is the verb and becomes "close". Skipped when a bigram holding the new
               word (with its left or right neighbour in the claim) is on the page.

Usage:
  mutations.py --shared ../shared --citecheck build/citecheck [--survivors FILE] [--work DIR]
  mutations.py --selftest
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal

KINDS = ["year", "number", "month", "number_word", "negation", "direction"]
GROUPS = [("figure/date", ["year", "number", "month", "number_word"]),
          ("negation/direction", ["negation", "direction"])]
SETS = [("wice", "wice/dev.jsonl"), ("attribution", "attributionbench/dev.jsonl")]
SEVERITY = {"supported": 0, "partial": 1, "unsupported": 2, "contradicted": 3, "unverifiable": 4}
MARKER = re.compile(r"\[\d+\]")


# ---------------------------------------------------------------------------------------------
# Shared helpers


def match_case(orig: str, new: str) -> str:
    """Writes `new` in the capitalisation of `orig` (lower, Capitalised or UPPER)."""
    if len(orig) > 1 and orig.isupper():
        return new.upper()
    if orig[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def protected_spans(text: str):
    return [m.span() for m in MARKER.finditer(text)]


def is_free(spans, start: int, end: int) -> bool:
    """True when [start, end) does not overlap any [n] marker."""
    return all(end <= s or start >= e for s, e in spans)


def replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def starts_sentence(text: str, pos: int) -> bool:
    """True when the word at pos opens the claim or a sentence in it (quotes and ** aside)."""
    before = text[:pos].rstrip(" \t\"'*(\u201c\u2018")
    return before == "" or before[-1] in ".!?:;"


def is_name_word(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence is taken as part of a name or title ("Fourth
    Industrial Revolution", a song called "Outside"), which these rules leave alone."""
    return word[:1].isupper() and not starts_sentence(text, start)


def replace_word(text: str, start: int, end: int, new: str) -> str:
    """Replaces a word, and turns a preceding "a"/"an" to agree with the new one (an increase ->
    a decrease, an eighth -> a ninth)."""
    out = replace_span(text, start, end, new)
    art = re.search(r"\b([Aa])(n?)\s+$", out[:start])
    if art:
        want = "n" if new[:1].lower() in "aeiou" else ""
        out = out[: art.start(2)] + want + out[art.end(2):]
    return out


def word_on_page(page: str, phrase: str) -> bool:
    """Case-insensitive phrase lookup on word boundaries; runs of spaces in the phrase match any
    whitespace on the page."""
    words = [re.escape(w) for w in phrase.split()]
    return re.search(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", page, re.IGNORECASE) is not None


# A number's boundaries: not inside a word, not inside a longer number (1,150 / 2.150 / 0.5).
NUM_BEFORE = r"(?<!\w)(?<!\d[.,])"
NUM_AFTER = r"(?!\w)(?![.,]\d)"


def number_on_page(page: str, digits: str) -> bool:
    return re.search(NUM_BEFORE + re.escape(digits) + NUM_AFTER, page) is not None


# ---------------------------------------------------------------------------------------------
# year

# After a 4-digit token, these words make it a quantity, not a year ("2000 people" is a number).
QUANTITY_WORDS = {
    "people", "persons", "men", "women", "children", "troops", "soldiers", "students", "employees",
    "members", "residents", "inhabitants", "votes", "copies", "units", "pages", "words", "cases",
    "deaths", "acres", "hectares", "km", "kilometres", "kilometers", "miles", "metres", "meters", "m",
    "ft", "feet", "kg", "tons", "tonnes", "pounds", "dollars", "euros", "seats", "points", "times",
    "hours", "days", "years", "square", "sq", "calories", "mw", "kw", "gb", "mb",
}
YEAR = re.compile(r"(?<![\w$£€])(?<!\d[.,])(1[89]\d\d|20\d\d|2100)(?!\w)(?![.,]\d)(?!%)")


def year_tokens(text: str):
    """(start, end, value) of the tokens the year rule treats as years."""
    out = []
    for m in YEAR.finditer(text):
        nxt = re.match(r"\s+([A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1) in QUANTITY_WORDS:
            continue
        out.append((m.start(), m.end(), int(m.group(1))))
    return out


def mutate_year(text: str, page: str):
    spans = protected_spans(text)
    for start, end, year in year_tokens(text):
        if not is_free(spans, start, end):
            continue
        if re.search(r"[\"\u201c\u2018']$", text[:start]) and re.match(r"[\"\u201d\u2019']", text[end:]):
            continue  # a title: the album "1989"
        if re.match(r"[-\u2013/]\d\d(?!\d)", text[end:]):
            continue  # a season such as 2018-19: one year later would read 2019-19
        for d in range(1, 6):
            for cand in (year + d, year - d):
                if not number_on_page(page, str(cand)):
                    return replace_span(text, start, end, str(cand))
    return None


# ---------------------------------------------------------------------------------------------
# number

NUMBER = re.compile(
    r"(?<![\w.:/])(?<!\d,)(?<![\d\w][-\u2013])"  # not in a word, a longer number, a time or a range end
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?!\w)(?![.,]\d)(?![:/]\d)(?!\s?[-\u2013]\s?\d)"  # not followed by more digits or a range
)


def changed_number(token: str):
    """The mutated form of a number token, in the same format, or None (zero, leading zero)."""
    plain = token.replace(",", "")
    if Decimal(plain) == 0 or (len(plain) > 1 and plain[0] == "0" and "." not in plain):
        return None
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = Decimal(plain)
    new = value * 2 if value < 10 else value * Decimal("1.5")
    new = new.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if abs(new - value) <= value * Decimal("0.1"):
        return None
    text = f"{new:,.{decimals}f}" if "," in token else f"{new:.{decimals}f}"
    return text


# A number after one of these words is a label, not a quantity (part 2, type 2, season 4).
LABEL_WORDS = {"part", "type", "number", "no", "episode", "chapter", "position", "season", "series",
               "volume", "vol", "level", "grade", "page", "route", "highway", "version", "phase", "stage",
               "class", "category", "model", "act", "scene", "article", "section", "room", "flight",
               "platform", "gate", "track", "tier", "division", "channel", "step", "figure", "table"}
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
               r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")


def is_label_or_day(text: str, start: int, end: int) -> bool:
    """Numbers that name rather than count (Part 2, Apollo 11, type 2) and days of the month
    (the month and year kinds cover dates; August 33 would be no date at all)."""
    prev = re.search(r"([A-Za-z][\w'.-]*?)\.?\s+$", text[:start])
    if prev and (prev.group(1).lower() in LABEL_WORDS or is_name_word(text, prev.start(1), prev.group(1))):
        return True
    return bool(re.search(MONTH_NAMES + r"\.?\s+$", text[:start])
                or re.match(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_NAMES + r"\b", text[end:]))


def mutate_number(text: str, page: str):
    spans = protected_spans(text)
    years = {(s, e) for s, e, _ in year_tokens(text)}
    for m in NUMBER.finditer(text):
        if (m.start(), m.end()) in years or not is_free(spans, m.start(), m.end()):
            continue
        if is_label_or_day(text, m.start(), m.end()):
            continue
        if starts_sentence(text, m.start()) and re.match(r"[.)]\s", text[m.end():] + " "):
            continue  # a list item's number: "2. Mix the flour"
        if re.match(r"\s*%?\s+(?:to|or|and)\s+\d", text[m.end():]):
            continue  # the low end of "2 to 3 months": doubling it would invert the range
        new = changed_number(m.group(1))
        if new is None:
            continue
        forms = {new, new.replace(",", "")}
        if "." in new and Decimal(new.replace(",", "")) == int(Decimal(new.replace(",", ""))):
            forms.add(str(int(Decimal(new.replace(",", "")))))  # 7.0 is on a page that says 7
        if any(number_on_page(page, f) for f in forms):
            continue
        if new.isdigit() and int(new) in WORD_OF and word_on_page(page, WORD_OF[int(new)]):
            continue  # the page says "four" where the change says 4: the value is on the page
        return replace_span(text, m.start(), m.end(), new)
    return None


# ---------------------------------------------------------------------------------------------
# month

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBREVIATIONS = {"Jan": 0, "Feb": 1, "Mar": 2, "Apr": 3, "Jun": 5, "Jul": 6, "Aug": 7, "Sep": 8,
                 "Sept": 8, "Oct": 9, "Nov": 10, "Dec": 11}
SHORT = {i: a for a, i in ABBREVIATIONS.items() if a != "Sept"}  # May has no short form
AMBIGUOUS_MONTHS = {"May", "March", "April", "June", "August"}
DATE_PREPOSITIONS = {"in", "of", "since", "until", "till", "by", "from", "during", "early", "late",
                     "mid", "through", "between", "before", "after", "last", "next", "this", "each"}
MONTH = re.compile(r"\b(" + "|".join(MONTHS + sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\b(\.)?")
DAY_AFTER = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
YEAR_AFTER = re.compile(r"\.?,?\s+(\d{4})\b")
DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def month_anchors(text: str, start: int, end: int):
    """The day number and/or year written next to the month at [start, end)."""
    anchors = []
    after = text[end:]
    m = DAY_AFTER.match(after)
    if m and 1 <= int(m.group(1)) <= 31:
        anchors.append(m.group(1))
        if m.group(2):
            anchors.append(m.group(2))
    else:
        m = YEAR_AFTER.match(after)
        if m:
            anchors.append(m.group(1))
    m = DAY_BEFORE.search(text[:start])
    if m and 1 <= int(m.group(1)) <= 31:
        anchors.append(m.group(1))
        y = YEAR_AFTER.match(after)
        if y and y.group(1) not in anchors:
            anchors.append(y.group(1))
    return anchors


def month_on_page(page: str, index: int, anchors) -> bool:
    names = [MONTHS[index]] + [a for a, i in ABBREVIATIONS.items() if i == index]
    names += [n.upper() for n in names]
    for m in re.finditer(r"\b(" + "|".join(names) + r")\b", page):
        if not anchors:
            return True
        window = page[max(0, m.start() - 40): m.end() + 40]
        if any(re.search(NUM_BEFORE + a + r"(?:st|nd|rd|th)?" + NUM_AFTER, window) for a in anchors):
            return True
    return False


def mutate_month(text: str, page: str):
    spans = protected_spans(text)
    for m in MONTH.finditer(text):
        name, dot = m.group(1), m.group(2) or ""
        full = name in MONTHS
        anchors = month_anchors(text, m.start(), m.end(1))
        before = re.search(r"([A-Za-z]+)[\s-]+$", text[: m.start()])
        if not full and not anchors:
            continue  # "Jan" alone is more likely a first name
        after_preposition = before is not None and before.group(1).lower() in DATE_PREPOSITIONS
        if name in AMBIGUOUS_MONTHS and not anchors and not after_preposition:
            continue  # "May" the verb, "June" the name
        if not is_free(spans, m.start(), m.end()):
            continue
        if re.match(r"\s*(?:through|to|until|till|-|\u2013)\s*" + MONTH_NAMES + r"\b", text[m.end():]):
            continue  # the start of "August through October": three later would pass its end
        index = (MONTHS.index(name) if full else ABBREVIATIONS[name])
        target = (index + 3) % 12
        if month_on_page(page, target, anchors):
            continue
        if full:
            new = MONTHS[target] + dot
        else:
            new = SHORT[target] + dot if target in SHORT else MONTHS[target]
        return replace_span(text, m.start(), m.end(), new)
    return None


# ---------------------------------------------------------------------------------------------
# number_word

CARDINALS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh"]
WORD_OF = {v: w for w, v in CARDINALS.items()}
WORD_OF[21] = "twenty-one"
NUMBER_WORD = re.compile(
    r"\b(a dozen|" + "|".join(sorted(CARDINALS, key=len, reverse=True) + ORDINALS[1:10]) + r")\b", re.IGNORECASE)
# A number word hyphenated to one of these is part of a compound or a fraction (twenty-five,
# two-thirds, five-hundred), which one swapped word would garble.
NUMBERISH = set(CARDINALS) | set(ORDINALS) | {"one", "half", "quarter", "hundred", "thousand"}


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def next_number_word(word: str):
    """(new word, its digit form) for a lower-case number word."""
    if word == "a dozen":
        return "two dozen", "24"
    if word in ORDINALS:
        n = ORDINALS.index(word) + 1
        return ORDINALS[n], ordinal_digits(n + 1)
    v = CARDINALS[word]
    new = v + 1 if v < 10 else v + 2 if v < 20 else v + 10 if v < 90 else 70
    return WORD_OF[new], str(new)


def mutate_number_word(text: str, page: str):
    spans = protected_spans(text)
    for m in NUMBER_WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        before, after = text[: m.start()], text[m.end():]
        nxt = re.match(r"[-\u2013]([A-Za-z]+)", after)
        prv = re.search(r"([A-Za-z]+)[-\u2013]$", before)
        if (nxt and nxt.group(1).lower().rstrip("s") in NUMBERISH) or (prv and prv.group(1).lower() in NUMBERISH):
            continue  # twenty-five, two-thirds
        if low == "second" and (re.search(r"\b(per|split)\s+$", before, re.IGNORECASE)
                                or re.match(r"\s*([.,;:!?)]|$)", after)):
            continue  # the unit of time
        if is_name_word(text, m.start(), word):
            continue  # the Fourth Estate, Second Avenue
        if low == "a dozen" and re.search(r"\bhalf\s+$", before, re.IGNORECASE):
            continue
        if not is_free(spans, m.start(), m.end()):
            continue
        new, digits = next_number_word(low)
        if word_on_page(page, new) or number_on_page(page, digits):
            continue
        return replace_word(text, m.start(), m.end(), match_case(word, new))
    return None


# ---------------------------------------------------------------------------------------------
# negation

# The stem before n't: can't, won't, shan't, ain't change; the rest just drop n't (isn't -> is).
CONTRACTIONS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
NOT_A_NEGATION = re.compile(r"\bnot\s+(only|just|least|to\s+mention)\b|\b(or|if)\s+not\b", re.IGNORECASE)
AUXILIARIES = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
               "may", "might", "must", "does", "do", "did"]
HAVE_AS_VERB = {"has": "does not have", "have": "do not have", "had": "did not have"}
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that",
               "these", "those", "some", "many", "several", "two", "three", "four", "five", "more",
               "over", "about", "around", "nearly", "almost"}


def remove_negation(text: str, spans):
    """The claim without its first negation, or None when it has none."""
    excluded = [m.span() for m in NOT_A_NEGATION.finditer(text)]
    found = []
    for m in re.finditer(r"\b(\w+)n['\u2019]t\b", text):
        stem = m.group(1)
        found.append((m.start(), m.end(), match_case(stem, CONTRACTIONS.get(stem.lower(), stem.lower()))))
    for m in re.finditer(r"\bcannot\b", text, re.IGNORECASE):
        found.append((m.start(), m.end(), match_case(m.group(0), "can")))
    for m in re.finditer(r"\b(no\s+longer|not|never)\b\s*", text, re.IGNORECASE):
        found.append((m.start(), m.end(), ""))
    found = [f for f in found if is_free(excluded, f[0], f[1]) and is_free(spans, f[0], f[1])]
    if not found:
        return None
    start, end, new = min(found)
    left, right = text[:start], text[end:]
    if not new and (right == "" or right[0] in ",.;:!?"):
        left = left.rstrip(" ")  # "it is not." -> "it is."
    if start == 0:
        right = right[:1].upper() + right[1:]  # "Never again ..." -> "Again ..."
    return left + new + right


def mutate_negation(text: str, page: str):
    spans = protected_spans(text)
    removed = remove_negation(text, spans)
    if removed is not None:
        return removed
    # the first auxiliary not already followed by a negation ("is not only ...", "had no idea")
    m = next((a for a in re.finditer(r"\b(" + "|".join(AUXILIARIES) + r")\b", text)
              if not re.match(r"\s+(not|never|no|none|nothing|nobody|neither)\b", text[a.end():],
                              re.IGNORECASE)), None)
    if m:
        aux = m.group(1)
        nxt = re.match(r"\s+([\w$]+)", text[m.end():])
        if aux in HAVE_AS_VERB and nxt and (nxt.group(1).lower() in DETERMINERS
                                             or nxt.group(1)[0] in "0123456789$"):
            return replace_span(text, m.start(), m.end(), HAVE_AS_VERB[aux])
        return replace_span(text, m.start(), m.end(), "cannot" if aux == "can" else aux + " not")
    words = list(re.finditer(r"[A-Za-z]+", text))
    for i, w in enumerate(words[1:], start=1):
        word = w.group(0)
        if (word.islower() and len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")
                and word not in ("hundred", "kindred", "sacred", "naked", "wicked", "beloved")
                and words[i - 1].group(0).lower() not in DETERMINERS):
            return replace_span(text, w.start(), w.start(), "never ")
    return None


# ---------------------------------------------------------------------------------------------
# direction

# Pairs swap both ways; when a word appears in two pairs, the first pair gives its reverse
# (so "lost" -> "won", "rejected" -> "approved", "closed" -> "opened").
DIRECTION_PAIRS = [
    ("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("rising", "falling"), ("risen", "fallen"),
    ("increased", "decreased"), ("increase", "decrease"), ("increases", "decreases"),
    ("increasing", "decreasing"), ("grew", "shrank"), ("growth", "decline"), ("won", "lost"),
    ("gained", "lost"), ("win", "lose"), ("wins", "loses"), ("winning", "losing"), ("victory", "defeat"),
    ("approved", "rejected"), ("approve", "reject"), ("accepted", "rejected"), ("before", "after"),
    ("above", "below"), ("more", "less"), ("fewer", "more"), ("higher", "lower"), ("highest", "lowest"),
    ("largest", "smallest"), ("larger", "smaller"), ("biggest", "smallest"), ("most", "least"),
    ("best", "worst"), ("better", "worse"), ("opened", "closed"), ("open", "closed"), ("joined", "left"),
    ("entered", "left"), ("first", "last"), ("earlier", "later"), ("earliest", "latest"),
    ("early", "late"), ("up", "down"), ("maximum", "minimum"), ("majority", "minority"),
    ("north", "south"), ("east", "west"), ("northern", "southern"), ("eastern", "western"),
    ("older", "younger"), ("oldest", "youngest"), ("longer", "shorter"), ("longest", "shortest"),
    ("success", "failure"), ("successful", "unsuccessful"), ("succeeded", "failed"),
    ("allowed", "banned"), ("legal", "illegal"), ("positive", "negative"), ("strong", "weak"),
    ("stronger", "weaker"), ("cheaper", "dearer"), ("cheap", "expensive"), ("male", "female"),
    ("men", "women"), ("start", "end"), ("started", "stopped"), ("began", "stopped"), ("ended", "began"),
    ("arrived", "departed"), ("born", "died"), ("bought", "sold"), ("imports", "exports"),
    ("included", "excluded"), ("inside", "outside"), ("always", "never"),
]
# "up" and "down" end too many phrasal verbs (set up, picked up by); they swap only before a
# figure, or "to"/"by" and a figure (up 5%, down to 40, up by $3).
PHRASAL = {"up", "down"}
ONE_WAY = {"left"}  # "left" is as often a side (top-left, left or right) as a departure
DIRECTION = {}
for _a, _b in DIRECTION_PAIRS:
    DIRECTION.setdefault(_a, _b)
    if _b not in ONE_WAY:
        DIRECTION.setdefault(_b, _a)
# Senses the swap would garble: "first"/"last" as adverbs (you should first ask) are passed over
# unless a determiner precedes them (the first album); "rose" after a determiner is the flower;
# "best known"/"better known" is an idiom, not a ranking.
NEEDS_DETERMINER = {"first", "last"}
VERB_BEFORE = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did",
               "do", "does", "not"}
ORDINAL_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"}


def mutate_direction(text: str, page: str):
    spans = protected_spans(text)
    words = list(re.finditer(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?", text))
    for i, w in enumerate(words):
        word = w.group(0)
        new = DIRECTION.get(word.lower())
        if new is None or not is_free(spans, w.start(), w.end()) or is_name_word(text, w.start(), word):
            continue
        low = word.lower()
        if low in PHRASAL and not re.match(r"\s+(?:(?:to|by)\s+)?[\d$\u20ac\u00a3]", text[w.end():]):
            continue
        prev = words[i - 1].group(0).lower() if i > 0 else ""
        following = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if (low in NEEDS_DETERMINER and prev not in ORDINAL_DETERMINERS) \
                or (low == "rose" and prev in ORDINAL_DETERMINERS) \
                or (low in ("best", "better") and following == "known"):
            continue
        if low == "open" and prev in VERB_BEFORE:
            new = "close"  # the verb: "plans to open a shop" -> "plans to close a shop"
        new = match_case(word, new)
        bigrams = []
        if i > 0:
            bigrams.append(words[i - 1].group(0) + " " + new)
        if i + 1 < len(words):
            bigrams.append(new + " " + words[i + 1].group(0))
        if any(word_on_page(page, b) for b in bigrams):
            continue
        return replace_word(text, w.start(), w.end(), new)
    return None


MUTATORS = {"year": mutate_year, "number": mutate_number, "month": mutate_month,
            "number_word": mutate_number_word, "negation": mutate_negation, "direction": mutate_direction}


# ---------------------------------------------------------------------------------------------
# Running the benchmark


def read_cases(out: str):
    """The article's lines, and per case: (line number, ref, body, tail, gold label, page).
    body is the claim up to the case's own (last) marker, tail the marker and what follows it."""
    lines = open(os.path.join(out, "article.txt"), encoding="utf-8").read().split("\n")
    labels = {}
    for row in open(os.path.join(out, "labels.tsv"), encoding="utf-8"):
        if not row.startswith("#"):
            n, label, _ = row.rstrip("\n").split("\t")
            labels[n] = label
    cases = []
    for i, line in enumerate(lines[2:], start=3):  # a title line and a blank line come first
        if line == "References":
            break
        markers = list(MARKER.finditer(line))
        if not markers:
            continue
        last = markers[-1]
        ref = last.group(0)[1:-1]
        with open(os.path.join(out, "sources", f"{ref}.txt"), encoding="utf-8") as f:
            page = f.read()
        cases.append((i, ref, line[: last.start()], line[last.start():], labels.get(ref, ""), page))
    return lines, cases


def run_citecheck(citecheck: str, article: str, sources: str):
    """{(line, ref): (verdict, support_score)}, the most severe verdict and lowest score per key."""
    proc = subprocess.run([citecheck, article, "--sources", sources, "--offline", "--format", "json"],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"mutations.py: citecheck exited {proc.returncode}: {proc.stderr.strip()}")
    out = {}
    for c in json.loads(proc.stdout)["documents"][0].get("claims", []):
        verdict, score = c.get("verdict", "unverifiable"), float(c.get("support_score", 0.0))
        for ref in c.get("citations", []):
            key = (c["line"], str(ref))
            old = out.get(key)
            if old is None:
                out[key] = (verdict, score)
            else:
                worst = max(old[0], verdict, key=lambda v: SEVERITY.get(v, 5))
                out[key] = (worst, min(old[1], score))
    return out


def bench_set(name: str, data: str, shared: str, citecheck: str, work: str):
    """Rows of (kind, eligible, made, caught, verdict counts) and the survivors, for one set."""
    out = os.path.join(work, name)
    subprocess.run([sys.executable, os.path.join(shared, "tools", "claimeval.py"), name, data, out],
                   check=True, stdout=subprocess.DEVNULL)
    lines, cases = read_cases(out)
    sources = os.path.join(out, "sources")
    base = run_citecheck(citecheck, os.path.join(out, "article.txt"), sources)
    eligible = [c for c in cases if c[4] == "supported" and base.get((c[0], c[1]), ("",))[0] == "supported"]
    rows, survivors = [], []
    for kind in KINDS:
        mutated = {}
        for line_no, ref, body, tail, _, page in eligible:
            new = MUTATORS[kind](body, page)
            if new is not None and new != body:
                mutated[line_no] = (ref, body, new, tail)
        counts = {v: 0 for v in SEVERITY}
        if mutated:
            text = list(lines)
            for line_no, (_, _, new, tail) in mutated.items():
                text[line_no - 1] = new + tail
            article = os.path.join(out, f"article.{kind}.txt")
            with open(article, "w", encoding="utf-8") as f:
                f.write("\n".join(text))
            result = run_citecheck(citecheck, article, sources)
            for line_no, (ref, body, new, _) in mutated.items():
                verdict, score = result.get((line_no, ref), ("unverifiable", 0.0))  # no claim found
                counts[verdict if verdict in counts else "unverifiable"] += 1
                if verdict == "supported":
                    survivors.append((name, kind, ref, body.strip(), new.strip(), f"{score:.3f}"))
        caught = len(mutated) - counts["supported"]
        rows.append((kind, len(eligible), len(mutated), caught, counts))
    return rows, survivors


def share(caught: int, made: int) -> str:
    return f"{100.0 * caught / made:5.1f}%" if made else "    -"


def print_table(name: str, rows) -> None:
    print(f"{'set':<12}{'kind':<13}{'eligible':>8}{'made':>6}{'caught':>7}{'share':>8}"
          f"{'partial':>9}{'unsupp':>8}{'contra':>8}{'unverif':>8}{'still_sup':>10}")
    for kind, eligible, made, caught, c in rows:
        print(f"{name:<12}{kind:<13}{eligible:>8}{made:>6}{caught:>7}{share(caught, made):>8}"
              f"{c['partial']:>9}{c['unsupported']:>8}{c['contradicted']:>8}{c['unverifiable']:>8}"
              f"{c['supported']:>10}")
    by_kind = {r[0]: r for r in rows}
    for group, kinds in GROUPS:
        made = sum(by_kind[k][2] for k in kinds)
        caught = sum(by_kind[k][3] for k in kinds)
        print(f"{name:<12}{group:<20}{'':>1}{made:>6}{caught:>7}{share(caught, made):>8}")
    print()


def main_run(args) -> int:
    start = time.monotonic()
    if not os.path.isdir(os.path.join(args.shared, "data")):
        print(f"mutations.py: {args.shared}/data is not here; nothing to measure", file=sys.stderr)
        return 0
    all_survivors = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or tmp
        for name, rel in SETS:
            rows, survivors = bench_set(name, os.path.join(args.shared, "data", rel), args.shared,
                                        args.citecheck, work)
            print_table(name, rows)
            all_survivors += survivors
    if args.survivors:
        with open(args.survivors, "w", encoding="utf-8") as f:
            f.write("set\tkind\tref\toriginal\tmutated\tsupport_score\n")
            for row in all_survivors:
                f.write("\t".join(" ".join(str(x).split()) for x in row) + "\n")
        print(f"{len(all_survivors)} survivors written to {args.survivors}")
    print(f"run time {time.monotonic() - start:.1f} s")
    return 0


# ---------------------------------------------------------------------------------------------
# Self-test: hand-written sentences and pages for every rule


def selftest() -> int:
    # year: nearest free year, not inside a larger number, a decimal, a decade or a quantity
    assert mutate_year("It opened in 1932 [4]", "It opened in 1932.") == "It opened in 1933 [4]"
    assert mutate_year("It opened in 1932.", "Built 1931-1933, opened 1932.") == "It opened in 1934."
    assert mutate_year("It cost 1,950,000 dollars and 1950.5 units.", "") is None
    assert mutate_year("Popular in the 1960s.", "") is None
    assert mutate_year("About 2000 people came in 2011.", "") == "About 2000 people came in 2012."
    assert mutate_year("Cited in [1999] and 1999.", "") == "Cited in [1999] and 2000."
    assert mutate_year('Her album "1999" sold well in the 2010-11 season.', "") is None
    # number: format kept, >10% change, page checked with and without separators
    assert mutate_number("The town has 31 shops.", "") == "The town has 47 shops."
    assert mutate_number("Rates rose 3.5 points.", "") == "Rates rose 7.0 points."
    assert mutate_number("The hall seats 115,000 fans.", "") == "The hall seats 172,500 fans."
    assert mutate_number("Turnout was 40% in 2010.", "") == "Turnout was 60% in 2010."
    assert mutate_number("It has 4 wings, 31 rooms.", "The 8 towers stand.") == "It has 4 wings, 47 rooms."
    assert mutate_number("The hall seats 115,000 fans.", "a record 172500 people") is None
    assert mutate_number("The car was 3.5 m long.", "It is 7 m wide.") is None  # 7.0 is written 7 there
    assert mutate_number("Scores of 10-15 and COVID-19 at 19:30 on 3/4 in 1999.", "") is None
    assert mutate_number("It was cited [12] once.", "") is None
    assert mutate_number("The Apollo 11 crew flew in part 2 of the plan on 20 July.", "") is None
    assert mutate_number("It lasts 2 to 3 weeks.", "") == "It lasts 2 to 6 weeks."
    assert mutate_number("About 300 came.", "") == "About 450 came."
    assert mutate_number("3. Stir the soup", "") is None
    assert changed_number("9") == "18" and changed_number("0") is None and changed_number("1.25") == "2.50"
    # month: three later, anchors on the page looked for nearby only, ambiguous names need context
    assert mutate_month("The album came out on 2 June 2003.", "") == "The album came out on 2 September 2003."
    assert mutate_month("Signed on November 2, 2004.", "In February 2004 it was signed.") is None
    far = "Signed in February. Much later, after a long debate, the vote in 2004."
    assert mutate_month("Signed on November 2, 2004.", far) == \
        "Signed on February 2, 2004."
    assert mutate_month("It snows in January.", "A storm in April.") is None
    assert mutate_month("It snows in January.", "We may go in spring.") == "It snows in April."
    assert mutate_month("May the band rest.", "") is None
    assert mutate_month("The plan was agreed in May.", "") == "The plan was agreed in August."
    assert mutate_month("Filed Sept. 14, 1998 in court.", "") == "Filed Dec. 14, 1998 in court."
    assert mutate_month("Filed Feb. 14, 1998 in court.", "") == "Filed May 14, 1998 in court."
    assert mutate_month("Jan wrote a poem.", "") is None
    assert mutate_month("Open from May through July.", "") == "Open from May through October."
    # number_word
    assert mutate_number_word("She wrote three novels.", "") == "She wrote four novels."
    assert mutate_number_word("Three novels followed.", "") == "Four novels followed."
    assert mutate_number_word("She wrote three novels.", "her 4 books") is None
    assert mutate_number_word("It was her second novel.", "") == "It was her third novel."
    assert mutate_number_word("It was her second novel.", "the 3rd try") is None
    assert mutate_number_word("They own an eighth of it.", "") == "They own a ninth of it."
    assert mutate_number_word("They sold a dozen copies.", "") == "They sold two dozen copies."
    assert mutate_number_word("About twenty-five people and two-thirds of voters.", "") is None
    assert mutate_number_word("A three-year deal.", "") == "A four-year deal."
    assert mutate_number_word("It spins once per second.", "") is None
    assert mutate_number_word("A fifteen-minute walk.", "") == "A seventeen-minute walk."
    assert mutate_number_word("They live on Third Street with two cats.", "") == \
        "They live on Third Street with three cats."
    # negation
    assert mutate_negation("The river is not navigable.", "") == "The river is navigable."
    assert mutate_negation("The mayor did not sign it.", "") == "The mayor did sign it."
    assert mutate_negation("He never married.", "") == "He married."
    assert mutate_negation("She isn't a member.", "") == "She is a member."
    assert mutate_negation("They won't return.", "") == "They will return."
    assert mutate_negation("Cats can't read, they say.", "") == "Cats can read, they say."
    assert mutate_negation("Not every bird can fly.", "") == "Every bird can fly."
    assert mutate_negation("The answer was no longer.", "") == "The answer was."
    assert mutate_negation("It cannot fly.", "") == "It can fly."
    assert mutate_negation("The shop is no longer open.", "") == "The shop is open."
    assert mutate_negation("Never again did the team win.", "") == "Again did the team win."
    assert mutate_negation("It is not only cheap but also fast.", "") is None
    assert mutate_negation("Whether or not it rains, the fair was held.", "") == \
        "Whether or not it rains, the fair was not held."
    assert mutate_negation("The tower was built of stone.", "") == "The tower was not built of stone."
    assert mutate_negation("The club has two pitches.", "") == "The club does not have two pitches."
    assert mutate_negation("The club has opened a shop.", "") == "The club has not opened a shop."
    assert mutate_negation("You can swim here.", "") == "You cannot swim here."
    assert mutate_negation("The poet travelled widely.", "") == "The poet never travelled widely."
    assert mutate_negation("The revised map helped.", "") == "The revised map never helped."
    assert mutate_negation("Birds sing.", "") is None
    assert mutate_negation("They had no map, so were lost.", "") == "They had no map, so were not lost."
    # direction
    assert mutate_direction("Sales rose sharply.", "") == "Sales fell sharply."
    assert mutate_direction("Before the war it grew.", "") == "After the war it grew."
    assert mutate_direction("The team lost the final.", "") == "The team won the final."
    assert mutate_direction("Sales rose sharply.", "Later, sales fell sharply.") is None
    assert mutate_direction("Sales rose sharply after May.", "Profits fell sharply.") == \
        "Sales rose sharply before May."
    assert mutate_direction("Quiet birds sing.", "") is None
    assert mutate_direction('The song "Fly Up High" was picked up by radio.', "") is None
    assert mutate_direction("Prices went up 5% in a year.", "") == "Prices went down 5% in a year."
    assert mutate_direction("She began to paint.", "") == "She stopped to paint."
    assert mutate_direction("It saw an increase in rain.", "") == "It saw a decrease in rain."
    assert mutate_direction("They plan to open a cafe.", "") == "They plan to close a cafe."
    assert mutate_direction("The cafe is open daily.", "") == "The cafe is closed daily."
    assert mutate_direction("Turn left, then ask first. A rose bloomed.", "") is None
    assert mutate_direction("He joined the club, his first.", "") == "He left the club, his first."
    assert mutate_direction("He is best known for the first film.", "") == "He is best known for the last film."
    # markers: stray and own markers are left alone by every kind
    for kind, fn in MUTATORS.items():
        assert "[12]" in (fn("It was cited [12] in 1999 by three men, not in June 2001.", "") or "[12]"), kind
    # reading an article made the way claimeval.py makes it: the last marker is the case's own
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "sources"))
        with open(os.path.join(tmp, "article.txt"), "w", encoding="utf-8") as f:
            f.write("Evaluation article\n\nThe mill closed in 1911 [2] [1].\n\nIt had 40 staff [2].\n\n"
                    "References\n[1] https://x.invalid/1\n[2] https://x.invalid/2\n")
        with open(os.path.join(tmp, "labels.tsv"), "w", encoding="utf-8") as f:
            f.write("# kind=test\n1\tsupported\ta\n2\tnot_supported\tb\n")
        for n in ("1", "2"):
            with open(os.path.join(tmp, "sources", f"{n}.txt"), "w", encoding="utf-8") as f:
                f.write(f"page {n}")
        _, cases = read_cases(tmp)
        assert [(c[0], c[1], c[2], c[3], c[4]) for c in cases] == [
            (3, "1", "The mill closed in 1911 [2] ", "[1].", "supported"),
            (5, "2", "It had 40 staff ", "[2].", "not_supported")]
    print("mutations.py selftest: all rules pass")
    return 0


def main(argv) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--selftest", action="store_true", help="check the mutation rules and exit")
    p.add_argument("--shared", default=os.environ.get("CITECHECK_SHARED_DIR", "../shared"))
    p.add_argument("--citecheck", default="build/citecheck")
    p.add_argument("--survivors", help="write mutated claims still judged supported to this TSV")
    p.add_argument("--work", help="keep the articles and sources here instead of a temporary dir")
    args = p.parse_args(argv[1:])
    return selftest() if args.selftest else main_run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
