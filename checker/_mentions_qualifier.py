"""Whether a qualifier stands right beside a claim's `says` in its quote (layer 2, a part
of `checker.mentions`, which exports `qualifier_beside`).

Provenance asks it once per claim (PRV006): most `says` are told apart by a few slices and
set lookups, and only the rest reach the qualifier phrases' expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import product

from checker import _regex
from checker._mentions_expr import (
    _ASCII_LETTERS,
    _LOOKBACK,
    _QUALS,
    _SUFFIX,
    _WS,
    _alternation,
)
from checker.numbers import SUFFIX_QUALIFIERS

_QUALIFIER_AFTER = _regex.compile(_SUFFIX, re.IGNORECASE)
# The qualifiers alone (no direction words, no "between"/"from"): what `qualifier_beside`
# looks for around a claim's `says`.
# (`_qualifier_only_before()`: compiled at the first `says` after a word that may end one.)
_QUALIFIER_ONLY_BEFORE = (
    rf"\b(?:{_alternation(_WS.join(map(re.escape, p)) for p in _QUALS)}){_WS}\Z")


@cache
def _qualifier_only_before() -> re.Pattern[str]:
    """Return `_QUALIFIER_ONLY_BEFORE` compiled (case-insensitive)."""
    return _regex.compile(_QUALIFIER_ONLY_BEFORE, re.IGNORECASE)


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
