"""`numbers.parse_whole`: the commonest words on a whole-number quantity, read on integers.

The oracle is the full reading: `parse_says(...).interval` rounded to the whole numbers
as the audit rounds it (`Interval.integers`, clipped at 0 unless signed).  `parse_whole`
either gives exactly that (the same bounds, of the same types) or None, and None only
where the audit must take the full reader anyway: another form, words of a unit, or words
the quantity refuses (no whole number, an error message).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checker._numbers_forms import PREFIX_QUALIFIERS
from checker.intervals import Interval
from checker.numbers import Domain, SaysError, parse_says, parse_whole
from checker.units import UNIT_KINDS

_WHOLE_KINDS = sorted(k for k, kind in UNIT_KINDS.items() if not kind.real)
_PHRASES = sorted(" ".join(p) for p in PREFIX_QUALIFIERS)
_DIGITS = st.one_of(
    st.integers(0, 2_000).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.integers(0, 10**7).map(str),
    st.sampled_from(["007", "1,23", "12,3456", ",123", "1,000,00", "2.5", "0.0", "1e3"]),
)
_BEFORE = st.one_of(st.just(""), st.sampled_from(_PHRASES).map(lambda p: p + " "),
                    st.sampled_from(["At least ", "more  than ", "the ", "some ", "circa ",
                                     "nearly ", "foo ", " ", "a b c d "]))
_AFTER = st.sampled_from(["", "", "+", "%", " percent", " ", "++", " or more", " mark"])
_TOLERANCE = st.one_of(st.just(Fraction(1, 10)),
                       st.fractions(min_value=0, max_value=Fraction(99, 100)),
                       st.integers(1, 999).map(lambda k: Fraction(k, 1000)))


def _oracle(says: str, t: Fraction, domain: Domain) -> Interval | None:
    """The audit's full reading of `says` on `domain`, when it is kept (else None)."""
    try:
        stated = parse_says(says, tolerance=t, domain=domain)
    except SaysError:
        return None
    if stated.mismatch is not None:
        return None
    iv = stated.interval
    if domain.continuous:
        return iv
    iv = iv.integers(None if domain.signed else 0)
    return None if iv.is_empty() else iv


def _same(a: Interval, b: Interval) -> bool:
    return a == b and (type(a.lo), type(a.hi)) == (type(b.lo), type(b.hi))


@given(_BEFORE, _DIGITS, _AFTER, _TOLERANCE, st.sampled_from(_WHOLE_KINDS), st.booleans(),
       st.sampled_from(["half-up", "either"]), st.booleans())
@example("nearly ", "1", "", Fraction(1, 10), "count", False, "half-up", False)
@example("fewer than ", "0", "", Fraction(1, 10), "count", False, "half-up", False)
@example("fewer than ", "0", "", Fraction(1, 10), "count", True, "half-up", False)
@example("about ", "0", "", Fraction(1, 10), "count", False, "half-up", False)
@example("nearly ", "0", "", Fraction(1, 10), "count", True, "half-up", False)
@example("just over ", "5", "", Fraction(1, 10), "count", False, "half-up", False)
@example("nearly ", "10", "", Fraction(0), "count", False, "half-up", False)
@example("about ", "7", "", Fraction(99, 100), "count", False, "half-up", False)
def test_parse_whole_equals_the_full_reading(before: str, digits: str, after: str,
                                             t: Fraction, kind: str, signed: bool,
                                             rounding: str, continuous: bool) -> None:
    says = before + digits + after
    domain = Domain(kind, continuous, signed, rounding)
    got = parse_whole(says, tolerance=t, domain=domain)
    if got is None:
        return  # (the audit reads these with `parse_says`: the oracle itself)
    assert not continuous
    want = _oracle(says, t, domain)
    assert want is not None, says
    assert _same(got, want), (says, got, want)


# The forms the bench corpora and news copy state most: each read without the reader.
COMMON = ["63", "1,234", "2,000,000", "0", "50+", "2,267+", "more than 60", "over 60",
          "at least 75", "no fewer than 75", "fewer than 10", "under 10", "at most 10",
          "up to 10", "nearly 32", "almost 32", "about 50", "around 1,500", "some 50",
          "more than 0", "at least 0", "at most 0"]


@pytest.mark.parametrize("says", COMMON)
@pytest.mark.parametrize("signed", [False, True])
def test_parse_whole_reads_the_common_forms(says: str, signed: bool) -> None:
    domain = Domain("count", False, signed)
    got = parse_whole(says, domain=domain)
    assert got is not None, says
    want = _oracle(says, Fraction(1, 10), domain)
    assert want is not None and _same(got, want)


@pytest.mark.parametrize("says", ["51 percent", "12%", "2.5", "sixty-three", "2 million",
                                  "At least 5", " 63", "nearly 1", "fewer than 0",
                                  "just over 5", "the 40", "at least 5+", "between 1 and 2"])
def test_parse_whole_leaves_the_rest_to_the_reader(says: str) -> None:
    assert parse_whole(says, domain=Domain("count")) is None
    assert parse_whole("63", domain=Domain("percent", continuous=True)) is None


def test_parse_whole_checks_its_options_as_parse_says_does() -> None:
    with pytest.raises(SaysError):
        parse_whole("63", tolerance=Fraction(1), domain=Domain("count"))
    with pytest.raises(SaysError):
        parse_whole("63", domain=Domain("no-such-kind"))
