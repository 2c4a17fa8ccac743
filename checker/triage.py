"""Which numeric mentions are clearly not claims (layer 2: analysis).

The one home of that judgement, for `claimcheck extract` (which leaves such mentions out
of its drafts unless asked) and for the coverage rule (whose COV001 message names the
`ignore: {kind: ...}` rule that would silence a mention).  Each kind of non-claim is one
row of `KINDS`: its name (the value of an ignore entry's `kind:`), what it is, and how to
tell it from the text around the figure.  The figures themselves are read by
`checker.mentions`; nothing here reads a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checker import _regex
from checker._frozen import record
from checker.mentions import Mention

_HEAD = 24  # characters looked at before a figure
_TAIL = 16  # and after it

Test = Callable[[str, str, Mention], bool]  # (text before, text after, mention)


@record
class NonClaimKind:
    """One kind of mention that is not a claim: its name, its noun (and plural), a
    description, its test."""

    name: str
    noun: str
    plural: str
    description: str
    test: Test


_TIME_BEFORE = _regex.compile(r"\b[0-9]{1,2}[:.]\Z")
_TIME_AFTER = _regex.compile(r"\A(?:[:.][0-9]{2}\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|"
                             r"h\b|hrs\b|o'clock\b))", re.IGNORECASE)
_AGE_BEFORE = _regex.compile(r"\b(?:aged|ages?|age group|age band)\s+"
                             r"(?:[0-9]+\s*(?:-|–|to|and)\s*)?\Z", re.IGNORECASE)
_AGE_AFTER = _regex.compile(r"\A(?:-year-olds?\b|\s+years?\s+old\b|s?\s*(?:-|–|to)\s*[0-9]+"
                            r"\s*-year-olds?\b|\s*(?:-|–|to)\s*[0-9]+\s+years?\s+old\b)",
                            re.IGNORECASE)
_SPAN_AFTER = _regex.compile(r"\A[-–/](?:[0-9]{2}|(?:19|20)[0-9]{2})(?![0-9])")
_SPAN_BEFORE = _regex.compile(r"\b(?:19|20)[0-9]{2}[-–/]\Z")
_ORDINAL_BEFORE = _regex.compile(r"(?:\bNo\.\s?|\bno\.\s|#|\bnumber\s|\bNumber\s)\Z")
_NAME_BEFORE = _regex.compile(r"(?:\b[A-Za-z]+-|\b(?:Article|Section|Chapter|Figure|Fig\.|Table|"
                              r"Appendix|Annex|Page|Volume|Vol\.|Part|Resolution|Phase|Level|"
                              r"Category|Route|Flight|Model|Version|Windows|iPhone|Boeing|Airbus)"
                              r"\s)\Z")


def _is_time(before: str, after: str, m: Mention) -> bool:
    return bool(_TIME_BEFORE.search(before) or _TIME_AFTER.search(after))


def _is_age(before: str, after: str, m: Mention) -> bool:
    return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.search(after))


def _is_span(before: str, after: str, m: Mention) -> bool:
    year = m.kind == "year"
    return bool((year and _SPAN_AFTER.search(after)) or _SPAN_BEFORE.search(before))


def _is_ordinal(before: str, after: str, m: Mention) -> bool:
    return bool(_ORDINAL_BEFORE.search(before))


def _is_name(before: str, after: str, m: Mention) -> bool:
    return bool(_NAME_BEFORE.search(before))


def _is_date(before: str, after: str, m: Mention) -> bool:
    return m.kind == "date"


def _is_year(before: str, after: str, m: Mention) -> bool:
    return m.kind == "year"


KINDS: tuple[NonClaimKind, ...] = (
    NonClaimKind("date", "date", "dates",
                 "a date (17 September 2019, 2019-09-17, September 2019)", _is_date),
    NonClaimKind("span", "span of years", "spans of years",
                 "a span of years (2017-18, 2019/20)", _is_span),
    NonClaimKind("year", "year", "years", "a year (2018)", _is_year),
    NonClaimKind("time", "time", "times of day", "a time of day (10:30, 9 a.m.)", _is_time),
    NonClaimKind("age", "age", "ages", "an age or age band (aged 20-39, a 25-year-old)",
                 _is_age),
    NonClaimKind("ordinal", "rank", "ranks", "a rank or ordinal (No. 1, #3)", _is_ordinal),
    NonClaimKind("name", "name", "names",
                 "a name or label with digits (Covid-19, G-20, Article 5, Table 2)", _is_name),
)
"""Every kind of non-claim, tried in this order (a span of years before a year)."""

KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
BY_NAME: dict[str, NonClaimKind] = {k.name: k for k in KINDS}


def classify(text: str, mention: Mention, offset: int = 0) -> str | None:
    """Return the kind of non-claim `mention` is (a `KIND_NAMES` entry), or None for a claim.

    `mention` was found in `text` at offsets shifted by `offset` (a mention of a section
    scanned alone: the section's start in `text`).
    """
    start, end = mention.start + offset, mention.end + offset
    before = text[max(0, start - _HEAD):start]
    after = text[end:end + _TAIL]
    for kind in KINDS:
        if kind.test(before, after, mention):
            return kind.name
    return None
