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
Imports only the stdlib, `checker.numbers` and `checker.intervals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from typing import Literal, NamedTuple

from checker.numbers import (
    CURRENCIES,
    DIRECTIONS,
    FRACTIONS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SCAN,
    SUFFIX_QUALIFIERS,
    UNIT_WORDS,
    VAGUE,
    SaysError,
    Stated,
    parse_says,
)

__all__ = ["Mention", "MentionKind", "iter_mentions", "mentions_outside", "qualifier_beside"]

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
_NUMBER_WORD = rf"(?:{_trie(NUMBER_WORDS)})\b"
# Scale words, and the abbreviations that need no currency ("bn", "tn"), after a space.
_SPACED_SCALES = [*SCALES, *(a for a, (_, money) in SCALE_ABBREVIATIONS.items() if not money)]
_SCALE = rf"(?:{_alternation(_SPACED_SCALES)})\b"


def _trie_phrases(phrases: Iterable[str]) -> str:
    # A trie of phrases whose words may be parted by any whitespace `_WS` allows.
    return _trie(phrases).replace("\\ ", _WS)


# Units after a figure (the grammar's UNIT_WORDS, and currency codes and names after
# it): symbols glued or after one space ("51%", "1.5 °C"), words after whitespace.  The
# glued "x" of identifiers stays out ("2.5x", as "5G").  One trie per kind: the regex
# engine tries alternatives one by one, and this part runs after every figure.
_UNIT_SYMBOLS = [" ".join(p) for p in UNIT_WORDS if not p[0][0].isalnum()]
_UNIT_NAMES = [" ".join(p) for p in UNIT_WORDS
               if p[0][0].isalnum() and p not in (("x",), ("fold",))]
_UNIT = (rf"(?:[^\S\n]?(?:{_trie_phrases(_UNIT_SYMBOLS)})"
         rf"|{_WS}(?:{_trie_phrases([*_UNIT_NAMES, *(w for w in CURRENCIES if w.isalpha())])})"
         r"(?!\w|,[0-9])|-fold\b)")
_SUFFIX = r"\+|" + _WS + "(?:" + _trie_phrases(
    " ".join(phrase) for phrase, qualifier in SUFFIX_QUALIFIERS.items()
    if qualifier != "mark" and phrase != ("+",)) + r")\b"
_FIGURE = (r"(?<![\w.])(?>[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
           rf"(?:{_alternation(SCALE_ABBREVIATIONS)})?(?!\w)")
_DIGITS = _FIGURE
_WORDS = (rf"\b(?:a{_WS}(?={_SCALE}|hundred\b))?{_NUMBER_WORD}"
          rf"(?:(?:{_WS}|-)(?:and{_WS})?{_NUMBER_WORD})*")
_MONEY = r"(?:US\$|\$|€|£|¥)"
# What may follow a figure's unit: the other end of a range ("40-50%", "40 to 50"), the
# base of a frequency ("1 in 5", "three out of four"; never a year: "3 in 2019") or of a
# ratio ("1.7 to 1", "3:1").
_JOIN = rf"(?:{_WS}|-)"
_TAIL = (
    rf"(?=[\s:\-–])(?:(?:[^\S\n]?[-–][^\S\n]?|{_WS}(?:to|and){_WS}){_MONEY}?{_FIGURE}"
    rf"(?:{_WS}{_SCALE})?{_UNIT}?"
    rf"|{_JOIN}(?:in|out{_WS}of|of{_WS}every|in{_WS}every){_JOIN}"
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*(?![0-9]|[.,][0-9])|{_WORDS})"
    rf"|{_JOIN}to{_JOIN}(?:1|one)\b(?!{_WS}[0-9])|:1(?![0-9.:]))"
)
_DENOMINATORS = _trie(["half", *(w for w in FRACTIONS if w != "half"),
                       *(w + "s" for w in FRACTIONS if w != "half")])
# Multiplier words, without the adjectives ("a double standard") and the nouns.
_NOT_MULTIPLIERS = ("double", "triple", "treble", "quadruple", "doubling", "halving")
_MULTIPLIERS = [w for w in MULTIPLIER_WORDS if w not in _NOT_MULTIPLIERS]
# Fractions in words need their numerator ("a third", "two-thirds": "the third" is an
# ordinal); "half" stands alone only before "of" ("half of the countries"), never as a
# period ("the first half of 2019"); then the multiplier words ("twice", "doubled").
_WORDFORM = (rf"an?(?:-|{_WS})(?:{_DENOMINATORS})\b"
             rf"|(?<!first )(?<!second )(?<!last )half(?={_WS}(?:of|the)\b)"
             rf"|(?:{_trie(_MULTIPLIERS)})\b")
# A number word as a numerator ("two-thirds", "one quarter"): read with the number words,
# so that the word forms above need not be tried at every number word.
_FRACTION_TAIL = rf"(?:-|{_WS})(?:{_DENOMINATORS})\b"
# Every candidate starts at a word boundary, on a digit or on the first letter of a number
# word, a month, a vague plural, a fraction or a multiplier: checking that first makes the
# scan three times faster.
_FIRST = "".join(sorted({w[0] for w in [*NUMBER_WORDS, *VAGUE, "a", *_MONTHS.split(),
                                        *FRACTIONS, *MULTIPLIER_WORDS]}))
assert _FIRST.isalpha()
# Then on the first three letters of one of those words (or on "a"/"an" and a space or a
# hyphen): a necessary condition of every letter branch below, tried once at each word
# instead of the branches one after another ("the", "for", "said" fail here).
_HEAD_WORDS = [*NUMBER_WORDS, *VAGUE, *_MONTHS.split(), "half", *MULTIPLIER_WORDS]
_HEADS = rf"(?:{_trie(w[:3] for w in _HEAD_WORDS)}|an?[-\s])"
_DATE_DIGITS = (rf"(?<![\w.])[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?![0-9])"
                rf"|(?<![\w.]){_DAY}{_WS}{_MONTH}\b(?:,?{_WS}{_YEAR})?")
_DATE_MONTH = rf"\b{_MONTH}{_WS}(?:{_YEAR}|{_DAY}(?:,?{_WS}{_YEAR})?)"
# Candidates that start on a digit and those that start on a letter are tried apart:
# the engine then never tries the word forms at a digit, nor the figures at a letter.
# (`_scan().candidate`, compiled at the first scan, as the two below.)
_CANDIDATE = (
    rf"\b(?:(?=[0-9])(?:(?P<date>{_DATE_DIGITS})"
    rf"|(?P<digits>{_DIGITS}(?:{_WS}{_SCALE})?{_UNIT}?)(?P<dtail>{_TAIL})?(?P<dsuffix>{_SUFFIX})?)"
    rf"|(?=[{_FIRST}])(?={_HEADS})(?:(?P<mdate>{_DATE_MONTH})"
    rf"|\b(?P<vague>{_alternation(VAGUE)}){_WS}of\b"
    rf"|(?P<wordform>{_WORDFORM})"
    rf"|(?P<words>{_WORDS}(?:{_FRACTION_TAIL})?{_UNIT}?)(?P<wtail>{_TAIL})?"
    rf"(?P<wsuffix>{_SUFFIX})?))")

# Where a candidate may start, found by a cheaper pass over a folded copy of the text
# (ASCII letters lower-cased, digits kept, every other character a space, one leading
# space): a space, then a digit or one of the words a letter branch of `_CANDIDATE` starts
# on, with what must follow it.  A literal space first lets the regex engine jump from
# space to space instead of trying `_CANDIDATE` at every character, and the letter
# branches are told by whole words, so that "for", "this" and "market" are never tried.
# Every position where `_CANDIDATE` can match is one of these (case-insensitive matching
# is the folding, the non-ASCII characters it matches to ASCII letters mapped first,
# `_CASELESS`; `\b` and `\s` both see a space); some are not, and `_CANDIDATE` tells.
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_CASELESS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
"""The characters outside ASCII that `re.IGNORECASE` matches to ASCII letters (İ ı ſ K),
with the letter each matches."""
_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32
              for c in range(256))
_END = r"(?![a-z0-9])"  # what `\b` after a word's last letter allows in the folded text
_STARTS = (
    r" (?=[0-9]"
    rf"|(?:{_trie([*NUMBER_WORDS, *_MULTIPLIERS])}){_END}"
    rf"|(?:{_trie(w.lower() for w in _MONTHS.split())}) +[0-9]"
    rf"|(?:{_trie(VAGUE)}) +of{_END}"
    rf"|half +(?:of|the){_END}"
    rf"|an? +(?:{_trie([*_SPACED_SCALES, 'hundred'])}|{_DENOMINATORS}){_END})"
).encode("ascii")

# A figure `_CANDIDATE` matches alone, or with "+" or " percent": then one space and a word
# (ASCII letters, then no letter, digit or "_") that begins nothing the candidate reads
# after a figure or its unit: no scale, unit, currency, word of a range or share (`_TAIL`;
# "of" begins only "of every"), suffix qualifier, nor month.  Matching the figure and that
# word is far cheaper than `_CANDIDATE`; the scan takes the shortcut for the figures of
# claims (`mentions_outside`), whose mentions it only counts.
_TAIL_WORDS = ("to", "and", "in", "out")
_AFTER_FIGURE = frozenset(  # the leading ASCII letters of each, lower-cased
    w[:len(w) - len(w.lstrip(_ASCII_LOWER))]
    for w in (p.lower() for p in [
        *_SPACED_SCALES, *_UNIT_NAMES, *CURRENCIES, *_TAIL_WORDS, *_MONTHS.split(),
        *(phrase[0] for phrase in SUFFIX_QUALIFIERS)])) - {""}
_BARE = (
    rf"{_FIGURE}(?:\+|(?-i: percent)?(?= (?-i:[A-Za-z]+)(?!\w))"
    rf"(?! (?:{_trie(_AFTER_FIGURE)})(?![A-Za-z])| of{_WS}every))")


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
    return _Scan(re.compile(_CANDIDATE, re.IGNORECASE), re.compile(_STARTS),
                 re.compile(_BARE, re.IGNORECASE))


def _starts(text: str) -> list[int]:
    """Return, in order, positions of `text` that hold every start of a `_CANDIDATE` match."""
    if not text.isascii() and any(chr(c) in text for c in _CASELESS):
        text = text.translate(_CASELESS)
    folded = (" " + text).encode("ascii", "replace").translate(_FOLD)
    return list(map(re.Match.start, _scan().starts.finditer(folded)))


# The phrases that may stand before a figure, as word tuples, for the look-back walk
# (`_qualifier_start`): a qualifier, a direction word (with "by" or "to"), a direction then
# a qualifier ("fell by more than"), "between", "from".
_QUALS = [p for p, q in PREFIX_QUALIFIERS.items() if q != "mark" and p[0][0].isalpha()]
_DIRS = [d + end for d in DIRECTIONS for end in ((), ("by",), ("to",))]
_REV_PAIR = re.compile(r"(\s+)([A-Za-z]+)")


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
_QUALIFIER_AFTER = re.compile(_SUFFIX, re.IGNORECASE)
# The qualifiers alone (no direction words, no "between"/"from"): what `qualifier_beside`
# looks for around a claim's `says`.
# (`_qualifier_only_before()`: compiled at the first `says` after a word that may end one.)
_QUALIFIER_ONLY_BEFORE = (
    rf"\b(?:{_alternation(_WS.join(map(re.escape, p)) for p in _QUALS)}){_WS}\Z")


@cache
def _qualifier_only_before() -> re.Pattern[str]:
    """Return `_QUALIFIER_ONLY_BEFORE` compiled (case-insensitive)."""
    return re.compile(_QUALIFIER_ONLY_BEFORE, re.IGNORECASE)
# Right before a figure: a sign, a currency, a comparison symbol ("-0.3%", "$1.7",
# "US$ 5", ">30", "≥ 30", "~40"), in that order outwards.
_PREFIX_BEFORE = re.compile(
    r"(?:(?:[><≥≤]=?|[~≈])[^\S\n]?)?(?:(?:US\$|\$|€|£|¥)[^\S\n]?|(?<![\w])(?:USD|EUR|GBP|JPY)"
    r"[^\S\n])?(?:(?<![\w.,-])[-−])?\Z")
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
_LOOKBACK = 48  # characters; longer than any qualifier phrase with its spaces
_YEAR_FIGURE = re.compile(r"(?:19|20)[0-9]{2}")
# "11.5 versus 6.9 percent": the unit of the last figure of a comparison is shared.
_SHARED_UNIT = re.compile(
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


def qualifier_beside(text: str, start: int, end: int) -> str | None:
    """Return the qualifier phrase standing right before or after ``text[start:end]``.

    A prefix qualifier of the grammar ("at least", "over", "nearly", ...) ending right
    before `start`, or a suffix one ("or more", "+", ...) starting at `end`; None when
    neither stands there.  Used to tell that a claim's `says` left out a qualifier its
    quote states ("at least 75" with says "75").
    """
    # Most `says` stand after one space and a word that ends no qualifier, and before one
    # space and a word that is no "and" nor "or": a few slices and set lookups tell, and
    # neither expression is tried (`tests/test_mentions_qualifier.py` holds the oracle).
    key = text[start - 3:start]
    if not (key in _NOT_LAST_ENDS or key[1:] in _NOT_LETTER_ENDS
            or text[start - 4:start - 3] in _NOT_BEFORE_END.get(key, ())
            or text[start - 6:start - 3] in _NOT_PENULTIMATE_ENDS.get(text[start - 4:start], ())):
        before = (_qualifier_only_before().search(text, max(0, start - _LOOKBACK), start)
                  if _may_end_qualifier(text, start) else None)
        if before is not None:
            return " ".join(text[before.start():start].split())
    if text[end:end + 3] in _NOT_SUFFIX_STARTS:
        return None
    after = _QUALIFIER_AFTER.match(text, end)
    if after is not None:
        return " ".join(text[after.start():after.end()].split())
    return None


# The tables of `qualifier_beside`'s shortcut.  Case-insensitive matching takes an ASCII
# letter only for itself in either case, and no ASCII character but a letter for a letter;
# the characters outside ASCII it takes for ASCII letters (`_CASELESS`) are in no table.
# Built from `itertools.product` and set differences, not letter by letter: every audit
# imports them (tests/test_mentions_qualifier.py checks them against their definitions).
_QUALIFIER_ONLY_LAST = frozenset(p[-1].lower() for p in _QUALS)
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
assert all(w.isascii() and w.isalpha() and len(w) >= 2 for w in _QUALIFIER_ONLY_LAST)


def _cases(word: str) -> list[str]:
    # `word` (lower-case ASCII letters) in every mix of cases: "to", "tO", "To", "TO".
    return list(map("".join, product(*((c, c.upper()) for c in word))))


_PAIRS_SPACE = frozenset(map("".join, product(_ASCII_LETTERS, _ASCII_LETTERS, " ")))


def _not_ending(words: Iterable[str]) -> frozenset[str]:
    # The pairs of ASCII letters, in either case, that end none of `words` (lower-case
    # ASCII words of two letters or more), each followed by a space.
    return _PAIRS_SPACE.difference(c + " " for end in {w[-2:] for w in words}
                                   for c in _cases(end))


_NOT_LAST_ENDS = _not_ending(_QUALIFIER_ONLY_LAST)
"""Two ASCII letters and a space right before `start`: no qualifier ends there (its last
word would end in those letters, and `_WS` would be that one space)."""
_NOT_LETTER_ENDS = frozenset(c + " " for c in "0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
"""A digit or a sign and a space: no qualifier ends there (its last words are letters)."""
_LAST_THREE = frozenset(w[-3:] for w in _QUALIFIER_ONLY_LAST if len(w) > 2)
_NOT_BEFORE_END = {
    key + " ": letters
    for end in {w[-2:] for w in _QUALIFIER_ONLY_LAST}
    for letters in [frozenset(_ASCII_LETTERS).difference(
        *(_cases(t[0]) for t in _LAST_THREE if t[1:] == end))]
    for key in _cases(end)}
"""For two letters that end a qualifier's last word (and a space), the ASCII letters before
them that end no such word ("estimated", not "counted"): a word of two letters has no
letter before it, its phrase starting at a word boundary and its words parted by spaces."""
_NOT_PENULTIMATE_ENDS = {
    f" {key} ": ends
    for last in ("to", "of")
    for ends in [_not_ending({p[-2].lower() for p in _QUALS if p[-1] == last})]
    for key in _cases(last)}
"""For " to " or " of " before `start` (last words of qualifiers, never one alone), the two
ASCII letters before that space that end no word standing before them in a qualifier
("equipment to"), each with the space."""
assert not {("to",), ("of",)} & set(_QUALS)
assert all(len(p[-2]) >= 2 for p in _QUALS if p[-1] in ("to", "of"))
_SUFFIX_WORDS = [p[0] for p, q in SUFFIX_QUALIFIERS.items() if q != "mark" and p != ("+",)]
assert all(w.isascii() and w.isalpha() and len(w) >= 2 for w in _SUFFIX_WORDS)
_NOT_SUFFIX_STARTS = frozenset(map("".join, product(" ", _ASCII_LETTERS, _ASCII_LETTERS))
                               ).difference(" " + c for head in {w[:2] for w in _SUFFIX_WORDS}
                                            for c in _cases(head))
"""A space and two ASCII letters right after `end` that begin no suffix qualifier's first
word ("and", "or"): none starts there (`_QUALIFIER_AFTER`: "+", or whitespace and one of
those phrases)."""


def _may_end_qualifier(text: str, start: int) -> bool:
    """Return False when no phrase of `_QUALIFIER_ONLY_BEFORE` can end right before `start`.

    Such a phrase ends in one of `_QUALIFIER_ONLY_LAST` (ASCII letters) and whitespace up
    to `start`; a letter run before that whitespace that is no such word rules it out,
    unless a character outside ASCII stands right before the run (case-insensitive
    matching takes ``ſ`` for ``s`` and ``K`` for ``k``): then the expression decides.  Most
    figures follow no qualifier, so one set lookup spares the search.
    """
    if start == 0 or not text[start - 1].isspace():
        return False
    head = text[max(0, start - _LOOKBACK):start].rstrip()
    stem = head.rstrip(_ASCII_LETTERS)
    if head[len(stem):].lower() in _QUALIFIER_ONLY_LAST:
        return True
    return bool(stem) and not stem[-1].isascii()


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


_SHARE_TAIL = re.compile(rf"{_JOIN}(?:in|out{_WS}of|of{_WS}every|in{_WS}every){_JOIN}(?P<n>.+)",
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
