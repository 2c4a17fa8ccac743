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

from checker import _regex
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
from checker._numbers_words import SaysError, exact, parse_number_words, tokenize
from checker.intervals import Interval
from checker.units import UNIT_KINDS, accepts, describe_unit

__all__ = [
    "CURRENCIES",
    "DIRECTIONS",
    "FRACTIONS",
    "MULTIPLIER_WORDS",
    "SCAN",
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
    "parse_whole",
    "qualify",
]

MAX_SAYS_LENGTH = 200

# The commonest phrases, read without the tokenizer: a plain figure with a lower-case
# qualifier phrase before it, single-spaced, or "+" or a percent after it.
_QUICK = _regex.compile(
    r"(?:([a-z]+(?: [a-z]+){0,2}) )?([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(\+|%| percent)?")


def _check_options(tolerance: object, domain: object) -> Fraction:
    if type(tolerance) is Fraction:  # the common case, compared without Fraction arithmetic
        if not 0 <= tolerance.numerator < tolerance.denominator:
            raise SaysError(f"tolerance must be a Fraction in [0, 1), not {tolerance!r}")
    elif isinstance(tolerance, bool) or not isinstance(tolerance, int | Fraction) \
            or not 0 <= tolerance < 1:
        raise SaysError(f"tolerance must be a Fraction in [0, 1), not {tolerance!r}")
    if not isinstance(domain, Domain) or domain.rounding not in ROUNDING_MODES \
            or (domain.kind is not None and domain.kind not in UNIT_KINDS):
        raise SaysError(f"not a domain to read on: {domain!r}")
    return tolerance if type(tolerance) is Fraction else Fraction(tolerance)

def _quick(says: str, m: re.Match[str], t: Fraction, domain: Domain) -> Stated | None:
    # The reading of a phrase `_QUICK` matched, as the full reader gives it; None when it
    # needs the full reader (an unknown word, an empty range: its message).
    words, digits, after = m.groups()
    qualifier = None
    if words is not None:
        qualifier = PREFIX_QUALIFIERS.get(tuple(words.split(" ")))
        if qualifier is None or qualifier == "mark" or after == "+":
            return None
    elif after == "+":
        qualifier = "plus"
    unit = "percent" if after in ("%", " percent") else None
    value = exact(digits)
    floor = None if domain.signed else Fraction(0)
    if unit is not None or domain.continuous:
        step = Fraction(1, 10 ** len(digits.partition(".")[2]))
        rounded = rounding_range(value, step, domain, floor)
    else:
        rounded = Interval.point(value)
    interval = qualify(qualifier, value, rounded, t, floor, None) if qualifier else rounded
    if interval.is_empty():
        return None
    mismatch = None
    if unit is not None and domain.kind is not None and not accepts(domain.kind, unit):
        mismatch = f"the words state {describe_unit(unit)}"
    return Stated(says, value, unit is not None, qualifier, interval, unit, mismatch)


# The commonest phrases on a quantity of whole numbers: a whole figure in digits with a
# lower-case qualifier phrase before it, single-spaced, or "+" after it (`_QUICK` without
# decimals and percentages).
_WHOLE = _regex.compile(
    r"(?:([a-z]+(?: [a-z]+){0,2}) )?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\+)?")


def parse_whole(says: str, *, tolerance: Fraction = Fraction(1, 10),
                domain: Domain = DEFAULT) -> Interval | None:
    """Return the whole numbers the words `says` assert on the whole-number `domain`, for
    the commonest phrases ("63", "1,234", "more than 60", "nearly 32", "2,267+"); None
    for any other words or domain (then read them with `parse_says`).

    The interval is `parse_says(says, tolerance=tolerance, domain=domain).interval`
    rounded to the whole numbers (`Interval.integers`, clipped at 0 unless `domain` is
    signed), computed on integers without the reader: a whole figure needs no
    `Fraction`, and the qualifiers' rules (`qualify`) on one are closed forms.  Never an
    empty interval: words that hold no whole number are None (`parse_says` says why);
    the words state no unit, so no mismatch either.
    """
    t = _check_options(tolerance, domain)
    if domain.continuous:
        return None
    m = _WHOLE.fullmatch(says)
    if m is None:
        return None
    words, digits, plus = m.groups()
    if words is None:
        qualifier = "plus" if plus else None
    elif plus:
        return None  # ("at least 5+": the reader's message)
    else:
        qualifier = PREFIX_QUALIFIERS.get(tuple(words.split(" ")))
        if qualifier is None:
            return None
    n = int(digits.replace(",", "") if len(digits) > 3 else digits)
    floor = None if domain.signed else 0
    lo: int | None
    hi: int | None
    if qualifier is None:
        return Interval(n, n, False, False)
    if qualifier == "at-least" or qualifier == "plus":  # [n, ∞)
        lo, hi = n, None
    elif qualifier == "more-than":  # (n, ∞)
        lo, hi = n + 1, None
    elif qualifier == "at-most":  # [floor, n]
        lo, hi = floor, n
    elif qualifier == "fewer-than":  # [floor, n)
        if n == 0 and floor is not None:
            return None  # [0, 0): empty
        lo, hi = floor, n - 1
    elif qualifier == "nearly":  # [n - n·t, n)
        if n == 0:
            return None  # [0, 0): empty
        p, q = t.numerator, t.denominator
        lo, hi = -((n * p - n * q) // q), n - 1  # (the ceiling of n·(q − p)/q)
        if lo > hi:
            return None  # no whole number in [n - n·t, n)
    elif qualifier == "about":  # [n - n·t, n + n·t]
        p, q = t.numerator, t.denominator
        lo, hi = -((n * p - n * q) // q), (n * q + n * p) // q
    else:  # "just-over" (often no whole number at all), "mark" (its suffix only)
        return None
    return Interval(lo, hi, lo is None, hi is None)


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
    quick = _QUICK.fullmatch(says)  # "63", "more than 1,234", "2,267+", "51 percent"
    if quick is not None:
        stated = _quick(says, quick, t, domain)
        if stated is not None:
            return stated
    try:
        return Reader(says, tokenize(says), t, domain).read()
    except SaysError as exc:
        raise SaysError(f"cannot read {says.strip()!r}: {exc}") from None
