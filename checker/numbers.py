"""The `says` grammar: what a stated number means (layer 2, analysis).

`parse_says()` turns the words of a claim that state its value ("at least seventy-five",
"more than $1.7 trillion", "1 in 5", "40-50%", "shrank by 9.9%", "twice") into a
`Stated`: the figure as written, its qualifier, the unit the words state, and the
real-valued `Interval` the words assert on a quantity's `Domain` (DESIGN.md §4).
`Stated.for_domain()` restricts that interval to whole numbers for counts.

The grammar is strict and table-driven: every phrase is a row of a table in
`checker._numbers_forms` (qualifiers, shares, multipliers, scales, currencies, units,
directions, refused words), and docs/numbers.md lists every form with its interval.
Anything else is a `SaysError` naming the word, with the nearest supported phrase; the
loader turns that into a load error asking for `value:`.  Words whose unit does not fit
the quantity are not an error: `Stated.mismatch` says why, and the audit reports it as a
finding on the claim.  The reading itself is in `checker._numbers_reader`, the lexing in
`checker._numbers_words`.  Imports only the stdlib, the grammar's private parts,
`checker.units` and `checker.intervals`.
"""


from __future__ import annotations

import re
from fractions import Fraction

from checker._numbers_forms import (
    CURRENCIES,
    DIRECTIONS,
    FRACTIONS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SUFFIX_QUALIFIERS,
    UNIT_WORDS,
    UNITS,
    VAGUE,
)
from checker._numbers_reader import (
    DEFAULT,
    ROUNDING_MODES,
    SCAN,
    Domain,
    Reader,
    Stated,
    qualify,
    rounding_range,
)
from checker._numbers_words import DIGITS_OK, SaysError, exact, parse_number_words, tokenize
from checker.intervals import Interval
from checker.units import UNIT_KINDS

UNITS_TABLE = UNITS  # the number words below twenty, for the mention scanner

__all__ = [
    "CURRENCIES",
    "DIRECTIONS",
    "FRACTIONS",
    "MULTIPLIER_WORDS",
    "SCAN",
    "UNITS_TABLE",
    "UNIT_WORDS",
    "MAX_SAYS_LENGTH",
    "NUMBER_WORDS",
    "PREFIX_QUALIFIERS",
    "SCALES",
    "SCALE_ABBREVIATIONS",
    "SUFFIX_QUALIFIERS",
    "VAGUE",
    "ROUNDING_MODES",
    "Domain",
    "SaysError",
    "Stated",
    "parse_number_words",
    "parse_says",
    "qualify",
]

MAX_SAYS_LENGTH = 200

# A lower-case qualifier phrase and a plain figure, single-spaced: read without the grammar.
_QUALIFIED_FIGURE = re.compile(
    r"([a-z]+(?: [a-z]+){0,2}) ([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)")


def _check_options(tolerance: object, domain: object) -> Fraction:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | Fraction) \
            or not 0 <= tolerance < 1:
        raise SaysError(f"tolerance must be a Fraction in [0, 1), not {tolerance!r}")
    if not isinstance(domain, Domain) or domain.rounding not in ROUNDING_MODES \
            or (domain.kind is not None and domain.kind not in UNIT_KINDS):
        raise SaysError(f"not a domain to read on: {domain!r}")
    return Fraction(tolerance)

def parse_says(says: str, *, tolerance: Fraction = Fraction(1, 10),
               domain: Domain = DEFAULT) -> Stated:
    """Parse the words `says` of a claim into a `Stated` (DESIGN.md §4, docs/numbers.md).

    `tolerance` is the relative tolerance t of "about" ([v(1−t), v(1+t)]) and "nearly"
    ([v(1−t), v)), between 0 and 1; `domain` the quantity the words are read on (its
    unit kind, whether figures stand for their rounding range, whether it is signed, the
    rounding mode).  Matching is case-insensitive and ignores surrounding whitespace.
    Raises `SaysError` (never another exception) when `says` is empty, longer than
    `MAX_SAYS_LENGTH`, holds a word the grammar does not know or refuses as ambiguous,
    states a negative value or a change for an unsigned quantity, or states nothing.
    """
    if not isinstance(says, str):
        raise SaysError(f"says must be text, not {type(says).__name__}")
    t = _check_options(tolerance, domain)
    if len(says) > MAX_SAYS_LENGTH:
        raise SaysError(f"says is longer than {MAX_SAYS_LENGTH} characters")
    if DIGITS_OK.fullmatch(says):  # a plain figure ("63", "1,234", "2.5")
        value = exact(says)
        if not domain.continuous:
            return Stated(says, value, False, None, Interval.point(value))
        step = Fraction(1, 10 ** len(says.partition(".")[2]))
        floor = None if domain.signed else Fraction(0)
        return Stated(says, value, False, None, rounding_range(value, step, domain, floor))
    quick = _QUALIFIED_FIGURE.fullmatch(says)  # "more than 1,234": the commonest phrase
    if quick is not None and not domain.continuous:
        qualifier = PREFIX_QUALIFIERS.get(tuple(quick.group(1).split(" ")))
        if qualifier is not None and qualifier != "mark":
            value = exact(quick.group(2))
            interval = qualify(qualifier, value, Interval.point(value), t,
                                None if domain.signed else Fraction(0), None)
            if not interval.is_empty():
                return Stated(says, value, False, qualifier, interval)
    try:
        return Reader(says, tokenize(says), t, domain).read()
    except SaysError as exc:
        raise SaysError(f"cannot read {says.strip()!r}: {exc}") from None
