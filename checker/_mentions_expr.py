"""The mention scanner's regular expressions, built from the grammar's word tables (layer
2, a part of `checker.mentions`).

The expressions are kept as text here; `checker.mentions` compiles them at the first scan.
Every figure, word form, unit, qualifier and date the scanner reads is one fragment below,
and each is made from the tables of `checker.numbers`, so that a new number form reaches
the scanner with its row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.numbers import (
    CURRENCIES,
    FRACTIONS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SUFFIX_QUALIFIERS,
    UNIT_WORDS,
    VAGUE,
)


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
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
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



# (`_qualifier_start`): a qualifier, a direction word (with "by" or "to"), a direction then
# a qualifier ("fell by more than"), "between", "from".
_QUALS = [p for p, q in PREFIX_QUALIFIERS.items() if q != "mark" and p[0][0].isalpha()]
_LOOKBACK = 48  # characters; longer than any qualifier phrase with its spaces
