"""Tests of checker.intervals: the algebra against a brute-force oracle on sample points."""

from __future__ import annotations

from fractions import Fraction
from functools import reduce

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checker.intervals import (
    DECIMALS,
    Interval,
    Relation,
    _digits,
    _format_number,
    _interval_text,
    format_number,
    meet,
    to_json_number,
)

# Finite bounds are halves in [-8, 8]; sample points are quarters in [-11, 11], so every
# bound and a point on each side of it is sampled, and ±1000 stand in for the infinities.
SAMPLES = [Fraction(k, 4) for k in range(-44, 45)] + [Fraction(-1000), Fraction(1000)]
INTEGER_SAMPLES = list(range(-12, 13)) + [-1000, 1000]

bounds = st.one_of(st.none(), st.integers(-16, 16).map(lambda k: Fraction(k, 2)))
intervals = st.builds(Interval.of, bounds, bounds, st.booleans(), st.booleans())
# Bounds in sixths, so that integers() has ceilings and floors to take.
sixth_bounds = st.one_of(st.none(), st.integers(-60, 60).map(lambda k: Fraction(k, 6)))
sixth_intervals = st.builds(Interval.of, sixth_bounds, sixth_bounds, st.booleans(), st.booleans())


def member(iv: Interval, x: Fraction | int) -> bool:
    """Membership written independently of the code under test."""
    above = iv.lo is None or x > iv.lo or (x == iv.lo and not iv.lo_open)
    below = iv.hi is None or x < iv.hi or (x == iv.hi and not iv.hi_open)
    return above and below


def points(iv: Interval) -> frozenset[Fraction]:
    return frozenset(x for x in SAMPLES if member(iv, x))


def oracle_relation(a: frozenset[Fraction], b: frozenset[Fraction]) -> Relation:
    if not a & b:
        return Relation.DISJOINT
    if a == b:
        return Relation.EQUAL
    if b < a:
        return Relation.CONTAINS
    if a < b:
        return Relation.INSIDE
    return Relation.OVERLAPS


@given(intervals)
def test_is_empty_matches_oracle(a: Interval) -> None:
    assert a.is_empty() == (not points(a))
    assert all(a.contains_value(x) == member(a, x) for x in SAMPLES)


@given(intervals, intervals)
@example(Interval.of(0, 1, hi_open=True), Interval.of(1, 2))
@example(Interval.of(0, 1), Interval.of(1, 2, lo_open=True))
@example(Interval.of(None, None), Interval.of(3, 3, lo_open=True))
def test_contains_matches_oracle(a: Interval, b: Interval) -> None:
    assert a.contains(b) == (points(b) <= points(a))


@given(intervals, intervals)
@example(Interval.of(0, 1, hi_open=True), Interval.of(1, 2))
def test_intersect_matches_oracle(a: Interval, b: Interval) -> None:
    both = a.intersect(b)
    assert points(both) == points(a) & points(b)
    assert both.is_empty() == a.is_disjoint(b)
    if both.is_empty():
        assert both == Interval.empty()


@given(intervals, intervals)
@example(Interval.of(0, 1), Interval.of(0, 1, lo_open=True))
def test_relation_matches_oracle(a: Interval, b: Interval) -> None:
    assert a.relation(b) == oracle_relation(points(a), points(b))
    mirror = {Relation.CONTAINS: Relation.INSIDE, Relation.INSIDE: Relation.CONTAINS}
    assert b.relation(a) == mirror.get(a.relation(b), a.relation(b))


@given(intervals, intervals)
def test_hull_is_the_smallest_interval_holding_both(a: Interval, b: Interval) -> None:
    union = points(a) | points(b)
    hull = a.hull(b)
    if union:
        assert points(hull) == {x for x in SAMPLES if min(union) <= x <= max(union)}
    else:
        assert hull.is_empty()


@given(sixth_intervals, st.sampled_from([0, None, -3]))
@example(Interval.of(60, None, lo_open=True), 0)
@example(Interval.of(Fraction("28.8"), 32, hi_open=True), 0)
def test_integers_matches_oracle(a: Interval, minimum: int | None) -> None:
    result = a.integers(minimum)
    expected = {n for n in INTEGER_SAMPLES
                if member(a, n) and (minimum is None or n >= minimum)}
    assert {n for n in INTEGER_SAMPLES if member(result, n)} == expected
    if result.is_empty():
        assert result == Interval.empty()
        return
    for end, is_open in ((result.lo, result.lo_open), (result.hi, result.hi_open)):
        assert end is None or (end.denominator == 1 and not is_open)
    assert (result.lo is None) == (minimum is None and a.lo is None)


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (Interval.of(60, None, lo_open=True), Interval.of(61, None)),
        (Interval.of(Fraction("28.8"), 32, hi_open=True), Interval.of(29, 31)),
        (Interval.of(0, 10, hi_open=True), Interval.of(0, 9)),
        (Interval.of(Fraction("12.45"), Fraction("12.55"), hi_open=True), Interval.empty()),
        (Interval.of(None, 5), Interval.of(0, 5)),
    ],
    ids=str,
)
def test_integers_examples(interval: Interval, expected: Interval) -> None:
    assert interval.integers() == expected


def test_of_normalises_infinite_ends_to_open() -> None:
    iv = Interval.of(None, None)
    assert iv.lo_open and iv.hi_open and iv == Interval.everything()
    assert Interval.of("12.5", 13).lo == Fraction(25, 2)


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_of_rejects_non_finite_floats(bad: float) -> None:
    with pytest.raises(ValueError):
        Interval.of(bad, None)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval.point(63), "63"),
        (Interval.of(60, None, lo_open=True), "(60, ∞)"),
        (Interval.of(Fraction("28.8"), 32, hi_open=True), "[28.8, 32)"),
        (Interval.of(1_500_000, 2_500_000, hi_open=True), "[1,500,000, 2,500,000)"),
        (Interval.empty(), "∅"),
        (Interval.everything(), "(-∞, ∞)"),
    ],
)
def test_str(interval: Interval, text: str) -> None:
    assert str(interval) == text


def test_format_and_json_numbers() -> None:
    assert format_number(Fraction(249, 20)) == "12.45"
    assert format_number(None) == "∞"
    assert to_json_number(Fraction(61), integer=True) == 61
    assert to_json_number(Fraction(101, 2), integer=False) == 50.5
    assert to_json_number(None, integer=True) is None


# -- the fast paths of the text of numbers and intervals ------------------------------------
# A whole number of fewer than 21 digits skips the general formatting; a whole point skips
# the cache of interval texts; the cache returns what formatting computes.  Each is
# checked against the general path.

_huge = st.integers(-(10**25), 10**25)
_edges = st.sampled_from([0, 9999, 10000, 10**21 - 1, 10**21, 10**22 + 5]).flatmap(
    lambda n: st.sampled_from([n, -n]))


@given(st.one_of(_huge, _edges, st.integers(-20000, 20000)), st.integers(0, 8))
@example(10**21 - 1, DECIMALS)
@example(-(10**21), DECIMALS)
def test_whole_number_fast_path_equals_general(n: int, precision: int) -> None:
    assert format_number(n, precision) == _format_number(n, precision)
    assert format_number(n) == _format_number(Fraction(n), DECIMALS)


_text_bounds = st.one_of(
    st.none(), _huge, _edges, st.integers(-50, 50),
    st.builds(Fraction, st.integers(-(10**6), 10**6), st.integers(1, 10**4)),
    st.builds(Fraction, st.integers(1, 10), st.sampled_from([10**20, 10**30, 7 * 10**17])),
)


@given(_text_bounds, _text_bounds, st.booleans(), st.booleans())
@example(5, 5, False, False)
@example(5, 5, True, False)
@example(5, 5, False, True)
@example(Fraction(7, 2), Fraction(7, 2), False, False)
@example(10**21, 10**21, False, False)
@example(Fraction(4, 10000), Fraction(41, 100000), False, True)
def test_interval_text_equals_uncached_formatting(lo: int | Fraction | None,
                                                  hi: int | Fraction | None,
                                                  lo_open: bool, hi_open: bool) -> None:
    iv = Interval.of(lo, hi, lo_open, hi_open)
    plain = _interval_text.__wrapped__(iv.lo, iv.hi, iv.lo_open, iv.hi_open)
    assert str(iv) == plain
    assert str(iv) == plain  # from the cache the second time
    if iv.is_point():
        assert plain == format_number(iv.lo)


def test_digits_of_numbers_beyond_the_conversion_limit() -> None:
    assert _digits(0) == "0" and _digits(12345) == "12345"
    n = 10**4500 + 7 * 10**1000 + 42
    assert _digits(n) == "1" + "0" * 3499 + "7" + "0" * 998 + "42"


@pytest.mark.parametrize("value", [5, Fraction(10, 2), "5", "5.0", 5.0])
def test_whole_bounds_are_stored_as_int(value: object) -> None:
    # Whole bounds are ints (fast comparisons); equal values give equal intervals.
    iv = Interval.of(value, value)  # type: ignore[arg-type]
    assert type(iv.lo) is int and type(iv.hi) is int
    assert iv == Interval.point(5) == Interval(Fraction(5), Fraction(5))
    assert hash(iv) == hash(Interval(Fraction(5), Fraction(5)))


def test_fractional_bounds_stay_exact() -> None:
    iv = Interval.of("2.5", Fraction(1, 3))
    assert iv.lo == Fraction(5, 2) and iv.hi == Fraction(1, 3)
    assert Interval.of(Fraction(7, 2), None).integers() == Interval.of(4, None)
    assert type(Interval.of(Fraction(7, 2), Fraction(9, 2)).integers().lo) is int


def test_propagated_ratio_of_whole_bounds_is_exact() -> None:
    # 1/3 of two whole bounds must stay a Fraction, never a float.
    from checker._solver_lin import _div_nonneg  # noqa: PLC0415

    q = _div_nonneg(Interval.point(1), Interval.point(3))
    assert q == Interval.point(Fraction(1, 3))
    assert q is not None and isinstance(q.lo, Fraction)


# -- the end comparisons against the sort keys they stand for ---------------------------
# `contains`, `intersect`, `hull`, `is_disjoint` and `relation` compare ends directly;
# these references are the definitions they replace, on the keys `_lo_key`/`_hi_key`.
# Bounds mix ints and Fractions of the same values (even whole Fractions, which only
# direct construction makes), and intervals are built directly too, empty ones included,
# so the result's bounds must be the very ones the definition picks.

def _ref_contains(a: Interval, b: Interval) -> bool:
    if b.is_empty():
        return True
    if a.is_empty():
        return False
    return a._lo_key() <= b._lo_key() and b._hi_key() <= a._hi_key()


def _ref_intersect(a: Interval, b: Interval) -> Interval:
    lo_src = a if a._lo_key() >= b._lo_key() else b
    hi_src = a if a._hi_key() <= b._hi_key() else b
    result = Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)
    return Interval.empty() if result.is_empty() else result


def _ref_hull(a: Interval, b: Interval) -> Interval:
    if a.is_empty():
        return b
    if b.is_empty():
        return a
    lo_src = a if a._lo_key() <= b._lo_key() else b
    hi_src = a if a._hi_key() >= b._hi_key() else b
    return Interval(lo_src.lo, hi_src.hi, lo_src.lo_open, hi_src.hi_open)


def _ref_relation(a: Interval, b: Interval) -> Relation:
    if _ref_intersect(a, b).is_empty():
        return Relation.DISJOINT
    mine, theirs = _ref_contains(a, b), _ref_contains(b, a)
    if mine and theirs:
        return Relation.EQUAL
    if mine:
        return Relation.CONTAINS
    if theirs:
        return Relation.INSIDE
    return Relation.OVERLAPS


def _exactly(iv: Interval) -> tuple[object, ...]:
    """The ends of `iv` with their types (an int and a whole Fraction are told apart)."""
    return (type(iv.lo), iv.lo, type(iv.hi), iv.hi, iv.lo_open, iv.hi_open)


_mixed_bounds = st.one_of(
    st.none(), st.integers(-4, 4), st.integers(-4, 4).map(lambda k: Fraction(k, 1)),
    st.integers(-8, 8).map(lambda k: Fraction(k, 2)))
_direct = st.builds(Interval, _mixed_bounds, _mixed_bounds, st.booleans(), st.booleans())
_any_interval = st.one_of(intervals, _direct)


@given(_any_interval, _any_interval)
@example(Interval(3, 3, False, False), Interval(Fraction(3), Fraction(3), False, False))
@example(Interval(5, 3, False, False), Interval.everything())
@example(Interval(1, 2, True, False), Interval(Fraction(1), 2, False, False))
@example(Interval(None, 2, False, False), Interval(None, 2, True, True))
def test_end_comparisons_equal_the_key_definitions(a: Interval, b: Interval) -> None:
    assert a.contains(b) == _ref_contains(a, b)
    assert _exactly(a.intersect(b)) == _exactly(_ref_intersect(a, b))
    assert a.intersect(b) == _ref_intersect(a, b)
    assert _exactly(a.hull(b)) == _exactly(_ref_hull(a, b))
    assert a.is_disjoint(b) == _ref_intersect(a, b).is_empty()
    assert a.relation(b) is _ref_relation(a, b)
    if a.intersect(b).is_empty():  # the empty intersection is the canonical one
        assert a.intersect(b) is Interval.empty()


@given(st.lists(_any_interval, min_size=1, max_size=6))
@example([Interval(3, 3, False, False), Interval(Fraction(3), Fraction(3), False, False)])
@example([Interval.of(0, 1, hi_open=True), Interval.of(1, 2)])
@example([Interval.of(3, 3, lo_open=True)])
@example([Interval.of(0, 5), Interval.of(0, 5, lo_open=True), Interval.of(0, 5, hi_open=True)])
def test_meet_equals_the_chain_of_intersections(ivs: list[Interval]) -> None:
    """`meet` (one pass) keeps the ends, with their types, that `intersect` keeps one by one."""
    got, chain = meet(ivs), reduce(Interval.intersect, ivs)
    if chain.is_empty():
        assert got is Interval.empty()
    else:
        assert _exactly(got) == _exactly(chain)
        assert points(got) == frozenset.intersection(*[points(iv) for iv in ivs])
