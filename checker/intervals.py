"""Interval algebra over exact rationals (layer 2, importable sideways).

An `Interval` is a set of numbers with a lower and an upper end, each finite (an `int`
or a `Fraction`) or infinite (`None`), each open or closed.  The algebra is exact: bounds
are rationals, never floats, so "12.45" stays 12.45 and 100/51.5 stays 200/103.  Whole
bounds are kept as `int` (they compare several times faster than `Fraction`); code that
divides bounds must make one side a `Fraction` first.

Whole-number quantities use `Interval.integers()`, which closes every end on the nearest
integer inside it (``(60, ∞)`` becomes ``[61, ∞)``) and clips at 0, so two intervals are
compared on the integers they contain.  Stdlib only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from functools import lru_cache

from checker._frozen import quick_init, record

Number = int | Fraction


class Relation(str, Enum):
    """How one interval stands to another (the basis of verdicts)."""

    EQUAL = "equal"
    CONTAINS = "contains"  # self strictly contains other: self is weaker
    INSIDE = "inside"  # self strictly inside other: self is stronger
    OVERLAPS = "overlaps"
    DISJOINT = "disjoint"


# The relations as globals: the methods below return them without a lookup on the class.
_EQUAL, _CONTAINS, _INSIDE = Relation.EQUAL, Relation.CONTAINS, Relation.INSIDE
_OVERLAPS, _DISJOINT = Relation.OVERLAPS, Relation.DISJOINT


def _frac(value: Number | float | str | Decimal | None) -> Number | None:
    # The exact value: an int when it is whole, else a Fraction.
    if value is None or type(value) is int:
        return value
    if type(value) is Fraction:  # (the other common case: no test through the ABCs)
        return value.numerator if value.denominator == 1 else value
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        raise ValueError(f"not a finite number: {value}")
    f = value if isinstance(value, Fraction) else Fraction(value)
    return f.numerator if f.denominator == 1 else f


@quick_init
@record
class Interval:
    """A set of numbers between `lo` and `hi` (``None`` is infinite).

    `lo_open` and `hi_open` say whether the finite ends are excluded.  An infinite end
    is always open.  Construct through `Interval.of()` to normalise types.
    """

    lo: Number | None
    hi: Number | None
    lo_open: bool = False
    hi_open: bool = False

    # -- construction -------------------------------------------------------------
    @classmethod
    def of(
        cls,
        lo: Number | float | str | Decimal | None,
        hi: Number | float | str | Decimal | None,
        lo_open: bool = False,
        hi_open: bool = False,
    ) -> Interval:
        """Return the interval from `lo` to `hi`; `None` is an infinite end."""
        flo, fhi = _frac(lo), _frac(hi)
        return cls(flo, fhi, lo_open or flo is None, hi_open or fhi is None)

    @classmethod
    def point(cls, value: Number | float | str) -> Interval:
        """Return the closed interval holding `value` alone."""
        v = _frac(value)
        return cls(v, v, False, False)

    @classmethod
    def everything(cls) -> Interval:
        """Return the whole number line (-∞, ∞)."""
        return cls(None, None, True, True)

    @classmethod
    def empty(cls) -> Interval:
        """Return the canonical empty interval (1, 0)."""
        return _EMPTY

    # -- predicates -----------------------------------------------------------------
    def is_empty(self) -> bool:
        """Return whether no real number lies in the interval."""
        lo, hi = self.lo, self.hi
        if lo is None or hi is None:
            return False
        return lo > hi or (lo == hi and (self.lo_open or self.hi_open))

    def is_point(self) -> bool:
        """Return whether the interval holds exactly one number."""
        return self.lo is not None and self.lo == self.hi and not self.is_empty()

    def is_bounded(self) -> bool:
        """Return whether both ends are finite."""
        return self.lo is not None and self.hi is not None

    def contains_value(self, x: Number) -> bool:
        """Return whether the number `x` lies in the interval."""
        if self.lo is not None and (x < self.lo or (x == self.lo and self.lo_open)):
            return False
        return not (self.hi is not None and (x > self.hi or (x == self.hi and self.hi_open)))

    def _lo_key(self) -> tuple[int, Number, int]:
        # Sort key of the lower end: -inf first; at one value a closed end comes first.
        # (The methods below compare ends directly, as these keys order them.)
        if self.lo is None:
            return (0, 0, 0)
        return (1, self.lo, 1 if self.lo_open else 0)

    def _hi_key(self) -> tuple[int, Number, int]:
        # Sort key of the upper end: +inf last; at one value an open end comes first.
        if self.hi is None:
            return (2, 0, 0)
        return (1, self.hi, 0 if self.hi_open else 1)

    def contains(self, other: Interval) -> bool:
        """Return whether `other` is a subset of this interval (the empty set always is)."""
        lo, hi = other.lo, other.hi
        if lo is not None and hi is not None and (
                lo > hi or (lo == hi and (other.lo_open or other.hi_open))):
            return True  # `other.is_empty()`, inline (as are the tests below)
        x, y = self.lo, self.hi
        if x is not None and y is not None and (
                x > y or (x == y and (self.lo_open or self.hi_open))):
            return False
        # `_lo_le(self, other)`: at one value a closed end comes first
        if x is not None and (lo is None or (
                x > lo if x != lo else self.lo_open and not other.lo_open)):
            return False
        # `_hi_le(other, self)`: at one value an open end comes first
        if y is None:
            return True
        if hi is None:
            return False
        return hi < y if hi != y else other.hi_open or not self.hi_open

    # -- operations -----------------------------------------------------------------
    def intersect(self, other: Interval) -> Interval:
        """Return the intersection of this interval and `other`."""
        # The later lower end and the earlier upper end (this interval's on a tie):
        # `_lo_le(other, self)` and `_hi_le(self, other)`, inline.
        x, y = self.lo, other.lo
        if y is None or (x is not None and (
                y < x if y != x else self.lo_open or not other.lo_open)):
            lo_src, lo = self, x
        else:
            lo_src, lo = other, y
        x, y = self.hi, other.hi
        if y is None or (x is not None and (
                x < y if x != y else self.hi_open or not other.hi_open)):
            hi_src, hi = self, x
        else:
            hi_src, hi = other, y
        # (`_crossed`, inline: so when one holds the other and is empty)
        if lo is not None and hi is not None and (
                lo > hi or (lo == hi and (lo_src.lo_open or hi_src.hi_open))):
            return _EMPTY
        if lo_src is hi_src:  # one holds the other: no new interval
            return lo_src
        return Interval(lo, hi, lo_src.lo_open, hi_src.hi_open)

    def hull(self, other: Interval) -> Interval:
        """Return the smallest interval holding both this interval and `other`."""
        if self.is_empty():
            return other
        if other.is_empty():
            return self
        lo_src = self if _lo_le(self, other) else other
        hi_src = self if _hi_le(other, self) else other
        return Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)

    def is_disjoint(self, other: Interval) -> bool:
        """Return whether no number lies in both intervals."""
        lo_src = self if _lo_le(other, self) else other
        hi_src = self if _hi_le(self, other) else other
        if lo_src is hi_src:
            return lo_src.is_empty()
        return _crossed(lo_src, hi_src)

    def relation(self, other: Interval) -> Relation:
        """Return how this interval stands to `other` (equal, contains, inside, ...)."""
        # Each end compared once: `lo` < 0 when this interval's lower end is below the
        # other's, 0 when they are the same end, > 0 above; `hi` likewise.
        x, y = self.lo, other.lo
        if x is None:
            lo = 0 if y is None else -1
        elif y is None:
            lo = 1
        elif x == y:
            lo = self.lo_open - other.lo_open  # (at one value an open end is above)
        else:
            lo = -1 if x < y else 1
        x, y = self.hi, other.hi
        if x is None:
            hi = 0 if y is None else 1
        elif y is None:
            hi = -1
        elif x == y:
            hi = other.hi_open - self.hi_open  # (at one value an open end is below)
        else:
            hi = -1 if x < y else 1
        # Disjoint when the later lower end and the earlier upper end cross (so when
        # either is empty): `_crossed`, inline.
        lo_src = self if lo >= 0 else other
        hi_src = self if hi <= 0 else other
        x, y = lo_src.lo, hi_src.hi
        if x is not None and y is not None and (
                x > y or (x == y and (lo_src.lo_open or hi_src.hi_open))):
            return _DISJOINT
        if lo == 0:
            return _EQUAL if hi == 0 else _CONTAINS if hi > 0 else _INSIDE
        if lo < 0:
            return _CONTAINS if hi >= 0 else _OVERLAPS
        return _INSIDE if hi <= 0 else _OVERLAPS

    def integers(self, minimum: int | None = 0) -> Interval:
        """Return the closed hull of the integers in this interval, clipped at `minimum`.

        Whole-number quantities are compared on the integers they can take: ``(60, ∞)``
        becomes ``[61, ∞)``, ``[28.8, 32)`` becomes ``[29, 31]``.  `minimum=None` keeps
        negative numbers.  An interval holding no integer becomes `Interval.empty()`.
        """
        lo: int | None
        hi: int | None
        if self.is_empty():
            return _EMPTY
        if self.lo is None:
            lo = None
        else:
            c = math.ceil(self.lo)
            lo = c + 1 if (self.lo_open and c == self.lo) else c
        if self.hi is None:
            hi = None
        else:
            f = math.floor(self.hi)
            hi = f - 1 if (self.hi_open and f == self.hi) else f
        if minimum is not None and (lo is None or lo < minimum):
            lo = minimum
        if lo is not None and hi is not None and lo > hi:
            return _EMPTY  # (both ends closed: empty only when they cross)
        return Interval(lo, hi, lo is None, hi is None)

    # -- presentation ---------------------------------------------------------------
    def __str__(self) -> str:
        lo = self.lo
        if type(lo) is int and lo == self.hi and not (self.lo_open or self.hi_open):
            return format_number(lo)  # one whole number: the most common text, no cache
        return _interval_text(lo, self.hi, self.lo_open, self.hi_open)


def _lo_le(a: Interval, b: Interval) -> bool:
    """Return whether the lower end of `a` is at or below that of `b` (`_lo_key` order)."""
    x, y = a.lo, b.lo
    if x is None:
        return True
    if y is None:
        return False
    if x != y:
        return x < y
    return b.lo_open or not a.lo_open  # at one value a closed end comes first


def _hi_le(a: Interval, b: Interval) -> bool:
    """Return whether the upper end of `a` is at or below that of `b` (`_hi_key` order)."""
    x, y = a.hi, b.hi
    if y is None:
        return True
    if x is None:
        return False
    if x != y:
        return x < y
    return a.hi_open or not b.hi_open  # at one value an open end comes first


def meet(intervals: Sequence[Interval]) -> Interval:
    """Return the intersection of `intervals` (one or more): ``a.intersect(b)...``, in one
    pass that makes at most one new interval.

    The later lower end and the earlier upper end, compared as `_lo_le` and `_hi_le` do;
    the first interval's end on a tie.  One of the intervals itself when it holds both
    ends, `Interval.empty()` when they cross.
    """
    lo_src = hi_src = intervals[0]
    lo, lo_open, hi, hi_open = lo_src.lo, lo_src.lo_open, hi_src.hi, hi_src.hi_open
    for iv in intervals[1:]:
        x = iv.lo
        if x is not None and (lo is None or (x > lo if x != lo else iv.lo_open > lo_open)):
            lo_src, lo, lo_open = iv, x, iv.lo_open
        y = iv.hi
        if y is not None and (hi is None or (y < hi if y != hi else iv.hi_open > hi_open)):
            hi_src, hi, hi_open = iv, y, iv.hi_open
    if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
        return _EMPTY
    if lo_src is hi_src:
        return lo_src
    return Interval(lo, hi, lo_open, hi_open)


def _crossed(lo_src: Interval, hi_src: Interval) -> bool:
    """Return whether nothing lies between the lower end of `lo_src` and the upper end
    of `hi_src`: the interval of those two ends is empty."""
    lo, hi = lo_src.lo, hi_src.hi
    if lo is None or hi is None:
        return False
    return lo > hi or (lo == hi and (lo_src.lo_open or hi_src.hi_open))


@lru_cache(maxsize=1 << 16)
def _interval_text(lo: Number | None, hi: Number | None, lo_open: bool, hi_open: bool) -> str:
    # Messages show the same intervals over and over (a report's figure in every finding
    # of the claims citing it): each distinct one is formatted once.
    iv = Interval(lo, hi, lo_open, hi_open)
    if iv.is_empty():
        return "∅"
    if iv.is_point():
        return format_number(lo)
    left = "(" if lo_open else "["
    right = ")" if hi_open else "]"
    a, b = format_pair(lo, hi)
    return f"{left}{'-∞' if lo is None else a}, {b}{right}"


DECIMALS = 3
"""Decimals shown of a number between 0.001 and 10^15 (more when two ends need them)."""
_SCIENTIFIC_FROM = 21  # whole numbers of more digits are shown as 1.23e21
_SCIENTIFIC_WHOLE = 10**_SCIENTIFIC_FROM
_DIGITS_AT_ONCE = 10**4000  # well inside Python's limit on int-to-text conversion
_DIGITS_CHUNK = 10**1000
_LOG10_2 = 0.30102999566398120


def decimal_exponent(n: int, d: int) -> int:
    """Return floor(log10(n / d)) exactly, for whole numbers n, d > 0 of any size."""
    e = math.floor((n.bit_length() - d.bit_length()) * _LOG10_2)

    def at_least(k: int) -> bool:  # n / d >= 10**k
        return bool(n >= d * 10**k if k >= 0 else n * 10**-k >= d)

    while at_least(e + 1):
        e += 1
    while not at_least(e):
        e -= 1
    return e


def _digits(n: int) -> str:
    """Return the decimal digits of the whole number `n` >= 0 (any size)."""
    if n < _DIGITS_AT_ONCE:  # (a constant: 10**4000 is a big-number power each time)
        return str(n)
    parts = []
    while n:
        n, low = divmod(n, _DIGITS_CHUNK)
        parts.append(str(low).rjust(1000, "0"))
    return "".join(reversed(parts)).lstrip("0") or "0"


def format_number(value: Fraction | int | None, precision: int = DECIMALS) -> str:
    """Return `value` as people write it: 53, 12,345, 12.45, 38.835, 0.0004, 2.5e-41.

    Computed from the exact value, whatever its magnitude (no float: nothing overflows
    or underflows).  Whole numbers print exactly (with thousands commas from 10,000; in
    scientific notation from 10^21).  Other numbers round half to even to `precision`
    decimals, but never to fewer than `precision` significant digits, so a non-zero
    number never prints as 0; below 10^-15 and from 10^15 they print in scientific
    notation with `precision` + 1 significant digits.
    """
    if type(value) is int and -_SCIENTIFIC_WHOLE < value < _SCIENTIFIC_WHOLE:
        # A whole number of fewer than 21 digits (most bounds) prints as it is.
        return str(value) if -10000 < value < 10000 else f"{value:,}"
    return _format_number(value, precision)


def _format_number(value: Fraction | int | None, precision: int) -> str:
    # `format_number` without its fast path for whole numbers (tests compare the two).
    if value is None:
        return "∞"
    if isinstance(value, int):
        n, d = value, 1
    else:
        f = Fraction(value)
        n, d = f.numerator, f.denominator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if n == 0:
        return "0"
    if d == 1 and n < _SCIENTIFIC_WHOLE:
        return sign + (f"{n:,}" if n >= 10000 else str(n))
    e = decimal_exponent(n, d)
    if e >= 15 or e < -15:
        return sign + _scientific(n, d, e, precision + 1)
    places = max(precision, precision - 1 - e)
    scaled = round(Fraction(n, d) * 10**places)
    text = _digits(scaled).rjust(places + 1, "0")
    whole, frac = text[:-places], text[-places:].rstrip("0")
    return sign + (f"{whole}.{frac}" if frac else whole)


def _scientific(n: int, d: int, e: int, significant: int) -> str:
    mantissa = round(Fraction(n, d) / Fraction(10) ** (e - significant + 1))
    if mantissa >= 10**significant:  # rounded up to the next power of ten
        mantissa, e = mantissa // 10, e + 1
    text = _digits(mantissa)
    head, tail = text[0], text[1:].rstrip("0")
    return f"{head}.{tail}e{e}" if tail else f"{head}e{e}"


def format_pair(lo: Number | None, hi: Number | None) -> tuple[str, str]:
    """Return two ends formatted with enough digits to tell them apart.

    ``[0.0004, 0.00041)`` never prints as ``[0, 0)``, nor two different ends as one.
    """
    precision = DECIMALS
    while True:
        a, b = format_number(lo, precision), format_number(hi, precision)
        if a != b or lo == hi or precision >= 60:
            return a, b
        precision += 1


_FLOAT_MAX = Fraction(1.7976931348623157e308)
_FLOAT_MIN = Fraction(2.2250738585072014e-308)  # the smallest normal float


def to_json_number(value: Number | None, integer: bool) -> int | float | Decimal | None:
    """Return a bound for JSON: an int when whole, else a float; `None` stays.

    A non-whole value that no float can hold (beyond 1.8e308, or so small it would
    round to 0 or lose its precision) is a `Decimal` of 17 significant digits, which
    JSON writes as a number in scientific notation.
    """
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    magnitude = abs(Fraction(value))
    if magnitude > _FLOAT_MAX or magnitude < _FLOAT_MIN:
        n, d = magnitude.numerator, magnitude.denominator
        e = decimal_exponent(n, d)
        mantissa = round(magnitude / Fraction(10) ** (e - 16))
        sign = -1 if value < 0 else 1
        return Decimal(sign * mantissa).scaleb(e - 16).normalize()
    return float(value)


_EMPTY = Interval(1, 0, True, True)
