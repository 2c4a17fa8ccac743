"""Numeric mentions in a text, for `claimcheck extract` and the coverage rule (layer 2).

`iter_mentions()` finds every figure in prose with its qualifier attached: "over 60",
"At least seventy-five", "51 percent", "2 million", "hundreds of", "75 or more"; years
("2018") and dates ("September 2019", "17 September 2019", "2019-09-17") are reported too,
with their own kind, so that the coverage rule can treat them apart.

One compiled regular expression finds the candidates; only candidates are parsed, with
`checker.numbers.parse_says()`, so the scan stays fast on long snapshots.  A qualifier is
attached by looking back from a candidate over at most a few words.  Number words are
mentions ("one of the ..." holds the mention "one"): whether a mention matters is the
coverage rule's business, and `ignore:` entries silence the ones that do not.  Digits glued
to letters ("G20", "5G", "3rd", "1990s") are identifiers or ordinals, not mentions.
Imports only the stdlib, `checker.numbers` and `checker.intervals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from checker.numbers import (
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALES,
    SUFFIX_QUALIFIERS,
    VAGUE,
    SaysError,
    Stated,
    parse_says,
)

__all__ = ["Mention", "MentionKind", "iter_mentions", "qualifier_beside"]

MentionKind = Literal["number", "year", "date"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One numeric mention in a text.

    `start` and `end` are 0-based character offsets of the whole phrase, qualifier
    included (`text` is ``text[start:end]``); `core_start` and `core_end` those of the
    figure alone (with its scale word or percent sign, without qualifiers).  `kind` is
    "year" for a plain 4-digit figure 1900–2099, "date" for a date, else "number";
    `stated` is the parsed phrase, `None` for years and dates.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    stated: Stated | None
    core_start: int
    core_end: int


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "seventeen" is tried before "seven".
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def _trie(words: Iterable[str]) -> str:
    # The words as a regex trie ("f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))"): the
    # regex engine tries alternatives one by one, so sharing prefixes makes scans faster.
    words = sorted(set(words))
    branches: dict[str, list[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    optional = "" in words
    parts = [re.escape(first) + (_trie(rests) if rests != [""] else "")
             for first, rests in branches.items()]
    body = parts[0] if len(parts) == 1 and not optional else "(?:" + "|".join(parts) + ")"
    return body + "?" if optional else body


# Whitespace holding at most one line break: phrases do not run across paragraphs.
_WS = r"(?=\s)[^\S\n]*(?:\n[^\S\n]*)?"
_MONTHS = "January February March April May June July August September October November December"
_MONTH = rf"(?-i:{_trie(_MONTHS.split())})"
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9A-Za-z])"
_YEAR = r"[0-9]{4}(?![0-9A-Za-z])"
_DATE = (
    rf"(?<![\w.])[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?![0-9])"
    rf"|(?<![\w.]){_DAY}{_WS}{_MONTH}\b(?:,?{_WS}{_YEAR})?"
    rf"|\b{_MONTH}{_WS}(?:{_YEAR}|{_DAY}(?:,?{_WS}{_YEAR})?)"
)
_NUMBER_WORD = rf"(?:{_trie(NUMBER_WORDS)})\b"
_SCALE = rf"(?:{_alternation(SCALES)})\b"
_PERCENT = rf"(?:[^\S\n]?%|{_WS}(?:percent|per{_WS}cent)\b)"
_SUFFIX = "|".join(
    r"\+" if phrase == ("+",) else _WS + _WS.join(phrase) + r"\b" for phrase in SUFFIX_QUALIFIERS
)
_DIGITS = (r"(?<![\w.])(?>[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
           r"(?!\w)")
_WORDS = (rf"\b(?:a{_WS}(?={_SCALE}|hundred\b))?{_NUMBER_WORD}"
          rf"(?:(?:{_WS}|-)(?:and{_WS})?{_NUMBER_WORD})*")
# Every candidate starts at a word boundary, on a digit or on the first letter of a number
# word, a month or a vague plural: checking that first makes the scan three times faster.
_FIRST = "".join(sorted({w[0] for w in [*NUMBER_WORDS, *VAGUE, "a", *_MONTHS.split()]}))
_CANDIDATE = re.compile(
    rf"\b(?=[0-9{_FIRST}])(?:"
    rf"(?P<date>{_DATE})"
    rf"|\b(?P<vague>{_alternation(VAGUE)}){_WS}of\b"
    rf"|(?P<digits>{_DIGITS}(?:{_WS}{_SCALE})?{_PERCENT}?)(?P<dsuffix>{_SUFFIX})?"
    rf"|(?P<words>{_WORDS}{_PERCENT}?)(?P<wsuffix>{_SUFFIX})?)",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(
    rf"\b(?:{_alternation(_WS.join(p) for p in PREFIX_QUALIFIERS)}){_WS}\Z", re.IGNORECASE
)
_QUALIFIER_AFTER = re.compile(_SUFFIX, re.IGNORECASE)
_QUALIFIER_LAST_WORDS = frozenset(phrase[-1].lower() for phrase in PREFIX_QUALIFIERS)
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
_LOOKBACK = 40  # characters; longer than any qualifier phrase with its spaces
_YEAR_FIGURE = re.compile(r"(?:19|20)[0-9]{2}")


@lru_cache(maxsize=4096)
def _parse(phrase: str) -> Stated | None:
    try:
        return parse_says(phrase)
    except SaysError:
        return None


def iter_mentions(text: str) -> Iterator[Mention]:
    """Yield the numeric mentions of `text` in order of position.

    Mentions never overlap.  Each number carries its qualifier when one stands right
    before it ("at least 75") or after it ("75 or more", "50+"); a phrase the grammar
    cannot read as a whole is cut down to the longest part it can ("forty and fifty"
    gives "forty" and "fifty").  Figures the grammar refuses are skipped.
    """
    pos = 0
    while True:
        m = _CANDIDATE.search(text, pos)
        if m is None:
            return
        if m.group("date") is not None:
            yield Mention(m.start(), m.end(), m.group(), "date", None, m.start(), m.end())
            pos = m.end()
            continue
        if m.group("vague") is not None:
            core_start, core_end = m.span("vague")
        else:
            core_start, core_end = m.span("digits" if m.group("digits") is not None else "words")
        mention, pos = _resolve(text, m, core_start, core_end, pos)
        if mention is not None:
            yield mention


def qualifier_beside(text: str, start: int, end: int) -> str | None:
    """Return the qualifier phrase standing right before or after ``text[start:end]``.

    A prefix qualifier of the grammar ("at least", "over", "nearly", ...) ending right
    before `start`, or a suffix one ("or more", "+", ...) starting at `end`; None when
    neither stands there.  Used to tell that a claim's `says` left out a qualifier its
    quote states ("at least 75" with says "75").
    """
    before = _QUALIFIER_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if before is not None:
        return " ".join(text[before.start():start].split())
    after = _QUALIFIER_AFTER.match(text, end)
    if after is not None:
        return " ".join(text[after.start():after.end()].split())
    return None


def _qualifier_start(text: str, core_start: int, floor: int) -> int | None:
    # Start of a qualifier phrase ending right before `core_start`, not before `floor`.
    if core_start == 0 or not text[core_start - 1].isspace():
        return None
    # Most figures follow no qualifier: look at the run of letters before the spaces
    # first (a set lookup), and run the look-back expression only when it can end a
    # qualifier phrase.  The expression can match only when that run is the phrase's
    # last word, so the answer is the same.
    lo = max(floor, core_start - _LOOKBACK)
    end = core_start - 1
    while end >= lo and text[end].isspace():
        end -= 1
    start = end
    while start >= lo and text[start].isalpha():
        start -= 1
    if text[start + 1:end + 1].lower() not in _QUALIFIER_LAST_WORDS:
        return None
    q = _QUALIFIER_BEFORE.search(text, lo, core_start)
    return q.start() if q is not None else None


def _resolve(text: str, m: re.Match[str], core_start: int, core_end: int,
             floor: int) -> tuple[Mention | None, int]:
    # The mention of candidate `m` (or None) and the position to scan on from.
    end = m.end()
    q_start = _qualifier_start(text, core_start, floor)
    if (m.group("digits") is not None and end == core_end and q_start is None
            and _YEAR_FIGURE.fullmatch(m.group("digits"))):
        return Mention(core_start, core_end, m.group(), "year", None, core_start, core_end), end
    attempts = [(core_start, end), (core_start, core_end)]
    if q_start is not None:
        attempts.insert(0, (q_start, end))
    for start, stop in attempts:
        stated = _parse(text[start:stop])
        if stated is not None:
            return Mention(start, stop, text[start:stop], "number", stated,
                           core_start, min(core_end, stop)), stop
    if m.group("words") is None:
        return None, end
    # Number words that do not read as one number: keep the longest readable prefix.
    ends = [w.end() for w in _WORD_TOKEN.finditer(text, core_start, core_end)]
    for stop in reversed(ends[:-1]):
        for start in ([q_start] if q_start is not None else []) + [core_start]:
            stated = _parse(text[start:stop])
            if stated is not None:
                return Mention(start, stop, text[start:stop], "number", stated,
                               core_start, stop), stop
    return None, ends[0] if ends else end
