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
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction

Number = int | Fraction


class Relation(str, Enum):
    """How one interval stands to another (the basis of verdicts)."""

    EQUAL = "equal"
    CONTAINS = "contains"  # self strictly contains other: self is weaker
    INSIDE = "inside"  # self strictly inside other: self is stronger
    OVERLAPS = "overlaps"
    DISJOINT = "disjoint"


def _frac(value: Number | float | str | Decimal | None) -> Number | None:
    # The exact value: an int when it is whole, else a Fraction.
    if value is None or type(value) is int:
        return value
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        raise ValueError(f"not a finite number: {value}")
    f = value if isinstance(value, Fraction) else Fraction(value)
    return f.numerator if f.denominator == 1 else f


@dataclass(frozen=True, slots=True)
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
        if self.lo is None or self.hi is None:
            return False
        if self.lo > self.hi:
            return True
        return self.lo == self.hi and (self.lo_open or self.hi_open)

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
        if other.is_empty():
            return True
        if self.is_empty():
            return False
        return self._lo_key() <= other._lo_key() and other._hi_key() <= self._hi_key()

    # -- operations -----------------------------------------------------------------
    def intersect(self, other: Interval) -> Interval:
        """Return the intersection of this interval and `other`."""
        lo_src = self if self._lo_key() >= other._lo_key() else other
        hi_src = self if self._hi_key() <= other._hi_key() else other
        result = Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)
        return Interval.empty() if result.is_empty() else result

    def hull(self, other: Interval) -> Interval:
        """Return the smallest interval holding both this interval and `other`."""
        if self.is_empty():
            return other
        if other.is_empty():
            return self
        lo_src = self if self._lo_key() <= other._lo_key() else other
        hi_src = self if self._hi_key() >= other._hi_key() else other
        return Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)

    def is_disjoint(self, other: Interval) -> bool:
        """Return whether no number lies in both intervals."""
        return self.intersect(other).is_empty()

    def relation(self, other: Interval) -> Relation:
        """Return how this interval stands to `other` (equal, contains, inside, ...)."""
        if self.is_disjoint(other):
            return Relation.DISJOINT
        mine, theirs = self.contains(other), other.contains(self)
        if mine and theirs:
            return Relation.EQUAL
        if mine:
            return Relation.CONTAINS
        if theirs:
            return Relation.INSIDE
        return Relation.OVERLAPS

    def integers(self, minimum: int | None = 0) -> Interval:
        """Return the closed hull of the integers in this interval, clipped at `minimum`.

        Whole-number quantities are compared on the integers they can take: ``(60, ∞)``
        becomes ``[61, ∞)``, ``[28.8, 32)`` becomes ``[29, 31]``.  `minimum=None` keeps
        negative numbers.  An interval holding no integer becomes `Interval.empty()`.
        """
        lo: int | None
        hi: int | None
        if self.is_empty():
            return Interval.empty()
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
        result = Interval(lo, hi, lo is None, hi is None)
        return Interval.empty() if result.is_empty() else result

    # -- presentation ---------------------------------------------------------------
    def __str__(self) -> str:
        if self.is_empty():
            return "∅"
        left = "(" if self.lo_open else "["
        right = ")" if self.hi_open else "]"
        lo = "-∞" if self.lo is None else format_number(self.lo)
        hi = "∞" if self.hi is None else format_number(self.hi)
        if self.is_point():
            return format_number(self.lo)
        return f"{left}{lo}, {hi}{right}"


def format_number(value: Fraction | int | None) -> str:
    """Return `value` as people write it: 53, 12.45, 38.835 (at most 3 decimals shown)."""
    if value is None:
        return "∞"
    if type(value) is int:
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    f = Fraction(value)
    if f.denominator == 1:
        return f"{f.numerator:,}" if abs(f.numerator) >= 10000 else str(f.numerator)
    # Exact short decimals print exactly; others round to 3 places.
    text = f"{float(f):.3f}".rstrip("0").rstrip(".")
    return text


def to_json_number(value: Number | None, integer: bool) -> int | float | None:
    """Return a bound for JSON: an int for whole-number quantities, else a float; `None` stays."""
    if value is None:
        return None
    if integer or value.denominator == 1:
        return int(value) if value.denominator == 1 else float(value)
    return float(value)


_EMPTY = Interval(1, 0, True, True)
