"""Numeric mentions in a text, for `claimcheck extract` and the coverage rule (layer 2).

`iter_mentions()` finds every figure in prose with its qualifier attached: "over 60",
"At least seventy-five", "51 percent", "2 million", "hundreds of", "75 or more"; years
("2018") and dates ("September 2019", "17 September 2019", "2019-09-17") are reported too,
with their own kind, so that the coverage rule can treat them apart.

A cheap first pass over a folded copy of the text finds where a candidate can start;
one compiled regular expression reads the candidates there; only candidates are parsed,
with `checker.numbers.parse_says()`, so the scan stays fast on long snapshots (the
expressions are compiled at the first scan: every audit imports this module, for
`qualifier_beside`).  The coverage rule asks only for the mentions outside its claims'
`says` (`mentions_outside`): the others are counted, never built.  A qualifier is
attached by looking back from a candidate over at most a few words.  Number words are
mentions ("one of the ..." holds the mention "one"): whether a mention matters is the
coverage rule's business, and `ignore:` entries silence the ones that do not.  Digits glued
to letters ("G20", "5G", "3rd", "1990s") are identifiers or ordinals, not mentions.
Imports only the stdlib, `checker.numbers` and `checker.intervals`.  Its parts: the
scanner's expressions, built from the grammar's word tables (`checker._mentions_expr`),
and `qualifier_beside` with the tables of its shortcut (`checker._mentions_qualifier`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from checker import _regex
from checker._frozen import record
from checker._mentions_expr import (
    _ASCII_LETTERS,
    _BARE,
    _CANDIDATE,
    _CASELESS,
    _DIGITS,
    _FOLD,
    _JOIN,
    _LOOKBACK,
    _QUALS,
    _STARTS,
    _UNIT,
    _WS,
)
from checker._mentions_qualifier import qualifier_beside
from checker.numbers import (
    DIRECTIONS,
    PREFIX_QUALIFIERS,
    SCAN,
    SaysError,
    Stated,
    parse_says,
)

__all__ = ["Mention", "MentionKind", "iter_mentions", "mentions_outside", "qualifier_beside"]

MentionKind = Literal["number", "year", "date"]


@record
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



class _Scan(NamedTuple):
    """The scanner's expressions `_CANDIDATE`, `_STARTS` and `_BARE`, compiled."""

    candidate: re.Pattern[str]
    starts: re.Pattern[bytes]
    bare: re.Pattern[str]


@cache
def _scan() -> _Scan:
    """Return the scanner's expressions, compiled at the first call.

    Every audit imports this module (for `qualifier_beside`), not every one scans; and
    compiling `_CANDIDATE` is most of what importing the module would cost.
    """
    return _Scan(_regex.compile(_CANDIDATE, re.IGNORECASE), _regex.compile(_STARTS),
                 _regex.compile(_BARE, re.IGNORECASE))


def _starts(text: str) -> list[int]:
    """Return, in order, positions of `text` that hold every start of a `_CANDIDATE` match."""
    if not text.isascii() and any(chr(c) in text for c in _CASELESS):
        text = text.translate(_CASELESS)
    folded = (" " + text).encode("ascii", "replace").translate(_FOLD)
    return list(map(re.Match.start, _scan().starts.finditer(folded)))


# The phrases that may stand before a figure, as word tuples, for the look-back walk
_DIRS = [d + end for d in DIRECTIONS for end in ((), ("by",), ("to",))]
_REV_PAIR = _regex.compile(r"(\s+)([A-Za-z]+)")


def _reversed_words(phrase: tuple[str, ...]) -> tuple[str, ...]:
    # A phrase as the backward read sees it: last word first, each word spelt backwards.
    return tuple(w[::-1] for w in reversed(phrase))


# The phrases as the backward read sees them, and their beginnings (as read backwards):
# once the words read are none of these, no phrase can follow.  A direction then a
# qualifier, read backwards, is the qualifier's reading then the direction's: the 6,600
# such phrases are joined from the readings of the 55 and the 120 (and their beginnings
# from the qualifiers' readings and the directions' beginnings), not each reversed and
# cut into beginnings (tests/test_mentions_oracle.py checks both against that).
_REV_QUALS = [_reversed_words(p) for p in _QUALS]
_REV_DIRS = [_reversed_words(d) for d in _DIRS]
_REV_ALONE = [*_REV_QUALS, *_REV_DIRS, ("neewteb",), ("morf",)]
_DIR_HEADS = {d[:n] for d in _REV_DIRS for n in range(1, len(d))}
_BEFORE_REVERSED = frozenset([*_REV_ALONE, *(q + d for q in _REV_QUALS for d in _REV_DIRS)])
_BEFORE_REVERSED_HEADS = frozenset([
    *(p[:n] for p in _REV_ALONE for n in range(1, len(p))), *_REV_QUALS,
    *(q + d for q in _REV_QUALS for d in _DIR_HEADS)])
assert _REV_DIRS
_QUALIFIER_LAST_WORDS = frozenset(
    [phrase[-1].lower() for phrase in PREFIX_QUALIFIERS if phrase[0][0].isalpha()]
    + [phrase[-1].lower() for phrase in DIRECTIONS] + ["by", "to", "between", "from"])
# Right before a figure: a sign, a currency, a comparison symbol ("-0.3%", "$1.7",
# "US$ 5", ">30", "≥ 30", "~40"), in that order outwards.
_PREFIX_BEFORE = _regex.compile(
    r"(?:(?:[><≥≤]=?|[~≈])[^\S\n]?)?(?:(?:US\$|\$|€|£|¥)[^\S\n]?|(?<![\w])(?:USD|EUR|GBP|JPY)"
    r"[^\S\n])?(?:(?<![\w.,-])[-−])?\Z")
_WORD_TOKEN = _regex.compile(r"[a-z]+", re.IGNORECASE)
_YEAR_FIGURE = _regex.compile(r"(?:19|20)[0-9]{2}")
# "11.5 versus 6.9 percent": the unit of the last figure of a comparison is shared.
_SHARED_UNIT = _regex.compile(
    rf"{_WS}(?:versus|vs\.?|and|or|compared{_WS}(?:with|to)){_WS}[-−]?{_DIGITS}(?P<unit>{_UNIT})",
    re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _parse(phrase: str) -> Stated | None:
    try:
        return parse_says(phrase, domain=SCAN)
    except SaysError:
        return None


def iter_mentions(text: str) -> Iterator[Mention]:
    """Yield the numeric mentions of `text` in order of position.

    Mentions never overlap.  Each number carries its qualifier when one stands right
    before it ("at least 75", "shrank by 9.9%", "more than $1.7 trillion", ">30") or
    after it ("75 or more", "50+"), and the rest of its form ("40-50%", "one-in-three",
    "1.7 to 1"); a phrase the grammar cannot read as a whole is cut down to the longest
    part it can ("forty and fifty" gives "forty" and "fifty").  A bare figure followed by
    "versus" (and, or) a figure with a unit shares that unit ("11.5 versus 6.9 percent":
    11.5 is read as a percentage).  Figures the grammar refuses are skipped.
    """
    return iter(mentions_outside(text, ())[1])


def mentions_outside(text: str, spans: Sequence[tuple[int, int]]
                     ) -> tuple[int, list[Mention]]:
    """Return how many mentions of `text` have their figure start inside `spans`, and the others.

    The mentions are those of `iter_mentions(text)`; one whose figure (`core_start`, the
    date's start) lies in one of the half-open `spans` is counted and never built (nor its
    qualifier looked for), and so overlaps that span; the others are returned in order.
    """
    # `_CANDIDATE` is matched at each of `_starts(text)` from the scan position on: the
    # first that matches is what searching from that position finds.  Its figure starts
    # where it does (every group of a figure opens the match).
    ordered = sorted(spans)
    j, n = 0, len(ordered)
    reach = 0  # the largest end of the spans that start at or before the candidate
    scan = _scan()
    match, bare = scan.candidate.match, scan.bare.match
    pos = counted = 0
    found: list[Mention] = []
    for at in _starts(text):
        if at < pos:
            continue
        while j < n and ordered[j][0] <= at:
            if ordered[j][1] > reach:
                reach = ordered[j][1]
            j += 1
        covered = reach > at
        if covered and (b := bare(text, at)) is not None:
            stop = b.end()
            if _parse(text[at:stop]) is not None:
                counted += 1  # as below, `_BARE` giving the end `_end` would
                pos = stop
                continue
        m = match(text, at)
        if m is None:
            continue
        # The figure's own group: digits most often (a span of -1 is a group not taken).
        core_start, core_end = m.span("digits")
        if core_start < 0:
            if m.group("date") is not None or m.group("mdate") is not None:
                if covered:
                    counted += 1
                else:
                    found.append(Mention(at, m.end(), m.group(), "date", None, at, m.end()))
                pos = m.end()
                continue
            for group in ("words", "wordform", "vague"):
                core_start, core_end = m.span(group)
                if core_start >= 0:
                    break
        end = _end(text, m, core_start, core_end)
        if covered and _parse(text[core_start:end]) is not None:
            # `_resolve` would find a mention ending at `end`: whatever stands before the
            # figure, its first reading to `end` tries the figure alone, which reads.
            counted += 1
            pos = end
            continue
        mention, pos = _resolve(text, m, core_start, core_end, end, pos)
        if mention is not None:
            if covered:
                counted += 1
            else:
                found.append(mention)
    return counted, found



def _qualifier_start(text: str, core_start: int, floor: int) -> int | None:
    # Start of a qualifier phrase ending right before `core_start`, not before `floor`:
    # the leftmost start from which the words up to the figure are a phrase of
    # `_BEFORE_REVERSED`, read forwards (what the phrases as one expression,
    # `\b(?:...){_WS}\Z`, would find searched over the look-back:
    # tests/_mentions_reference.py keeps it, as the oracle).  The words are read
    # backwards, one match each on the reversed look-back, and looked up as tuples, until
    # no phrase begins (read backwards) with them: far cheaper than searching the
    # expression from every position of the look-back, and nothing to compile.
    if core_start == 0 or not text[core_start - 1].isspace():
        return None
    lo = max(floor, core_start - _LOOKBACK)
    head = text[lo:core_start]
    stripped = head.rstrip()  # the whitespace `\s` matches, the word `[A-Za-z]+` before it
    if stripped[len(stripped.rstrip(_ASCII_LETTERS)):].lower() not in _QUALIFIER_LAST_WORDS:
        return None  # most figures follow no qualifier: one set lookup, nothing reversed
    back = head[::-1]
    last = _REV_PAIR.match(back)
    key: tuple[str, ...] = ()  # the words read so far, last first, each spelt backwards
    best = None
    k = core_start
    pair: re.Match[str] | None = last
    while pair is not None:
        gap, word = pair.groups()
        if gap.count("\n") > 1:
            break
        k -= len(gap) + len(word)
        key += (word.lower(),)
        if k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
            break  # glued to a letter or digit before it: no word boundary
        if key in _BEFORE_REVERSED:
            best = k
        if key not in _BEFORE_REVERSED_HEADS:
            break  # no longer phrase starts with these words (nor any of 9 words)
        pair = _REV_PAIR.match(back, pair.end())
    return best


def _prefix_start(text: str, core_start: int, floor: int) -> int:
    # Start of the sign, currency and comparison symbol before a figure (or `core_start`
    # when there is none).
    if core_start == 0:
        return core_start
    before = text[core_start - 1]
    if before not in _PREFIX_CHARS and not (
            before in " \t" and core_start > 1 and text[core_start - 2] in _PREFIX_CHARS):
        return core_start
    p = _PREFIX_BEFORE.search(text, max(floor, core_start - 8), core_start)
    return p.start() if p is not None else core_start


_PREFIX_CHARS = frozenset("-−$€£¥><≥≤~≈=DRPY")


def _end(text: str, m: re.Match[str], core_start: int, core_end: int) -> int:
    # Where the phrase of candidate `m` may end: its match, or its figure when the tail is
    # no range or share of it.
    tail = m.group("dtail") or m.group("wtail")
    if tail is not None:
        digits = m.group("digits")
        if ((digits is not None and _YEAR_FIGURE.fullmatch(digits))
                or not _is_frequency(text[core_start:core_end], tail)):
            return core_end  # "from 2019 to 2023", "2017-18": years, never a range or share
    return m.end()


def _resolve(text: str, m: re.Match[str], core_start: int, core_end: int, end: int,
             floor: int) -> tuple[Mention | None, int]:
    # The mention of candidate `m` (or None) and the position to scan on from; `end` is
    # `_end()` of it.
    digits = m.group("digits")
    pre = _prefix_start(text, core_start, floor) if digits is not None else core_start
    q_start = _qualifier_start(text, pre, floor)
    if (digits is not None and end == core_end and pre == core_start
            and len(digits) == 4 and _YEAR_FIGURE.fullmatch(digits)
            and (q_start is None or _parse(text[q_start:core_end]) is None)):
        return Mention(core_start, core_end, text[core_start:core_end], "year", None,
                       core_start, core_end), end
    starts = [core_start]
    if pre != core_start:
        starts.insert(0, pre)
    if q_start is not None and q_start != pre:
        starts.insert(0, q_start)
    for stop in ((end, core_end) if end != core_end else (end,)):
        for start in starts:
            stated = _parse(text[start:stop])
            if stated is not None:
                if stated.unit is None and stop == core_end:
                    stated = _shared_unit(text, start, stop) or stated
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


_SHARE_TAIL = _regex.compile(rf"{_JOIN}(?:in|out{_WS}of|of{_WS}every|in{_WS}every){_JOIN}(?P<n>.+)",
                             re.IGNORECASE | re.DOTALL)
_BASES = frozenset(range(1, 11)) | {100, 1000, 10_000, 100_000, 1_000_000}


def _is_frequency(core: str, tail: str) -> bool:
    # Whether `tail` is not a frequency, or a frequency in prose: "1 in 12", "4 in 10",
    # "three out of four" are; "75 out of 176" is a count and its whole, two mentions.
    share = _SHARE_TAIL.fullmatch(tail)
    if share is None:
        return True
    k, n = _parse(core), _parse(share.group("n"))
    return k is not None and n is not None and (k.value == 1 or n.value in _BASES)


_SHARED_FIRST = frozenset("vaocVAOC\n\t ")


def _shared_unit(text: str, start: int, stop: int) -> Stated | None:
    # "11.5 versus 6.9 percent": the bare figure read with the unit of the next one.
    if not text[stop:stop + 1].isspace() or text[stop + 1:stop + 2] not in _SHARED_FIRST:
        return None  # most figures: no comparison word after them
    shared = _SHARED_UNIT.match(text, stop)
    if shared is None:
        return None
    return _parse(text[start:stop] + " " + shared.group("unit").strip())
