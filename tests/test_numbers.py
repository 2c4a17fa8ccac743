"""Tests of checker.numbers: the `says` grammar (DESIGN.md §4)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checker.intervals import Interval
from checker.numbers import MAX_SAYS_LENGTH, SaysError, Stated, parse_says

INF = None
M = 1_000_000


Bound = int | float | str | Fraction | None


def iv(lo: Bound, hi: Bound, lo_open: bool = False, hi_open: bool = False) -> Interval:
    return Interval.of(lo, hi, lo_open, hi_open)


# DESIGN.md §4, row by row: (says, real-valued interval, whole-number interval).
DESIGN_TABLE = [
    ("63", iv(63, 63), iv(63, 63)),
    ("sixty-three", iv(63, 63), iv(63, 63)),
    ("at least 75", iv(75, INF), iv(75, INF)),
    ("no fewer than 75", iv(75, INF), iv(75, INF)),
    ("75 or more", iv(75, INF), iv(75, INF)),
    ("over 60", iv(60, INF, lo_open=True), iv(61, INF)),
    ("more than 60", iv(60, INF, lo_open=True), iv(61, INF)),
    ("above 60", iv(60, INF, lo_open=True), iv(61, INF)),
    ("at most 10", iv(0, 10), iv(0, 10)),
    ("up to 10", iv(0, 10), iv(0, 10)),
    ("no more than 10", iv(0, 10), iv(0, 10)),
    ("fewer than 10", iv(0, 10, hi_open=True), iv(0, 9)),
    ("less than 10", iv(0, 10, hi_open=True), iv(0, 9)),
    ("under 10", iv(0, 10, hi_open=True), iv(0, 9)),
    ("nearly 32", iv("28.8", 32, hi_open=True), iv(29, 31)),
    ("almost 32", iv("28.8", 32, hi_open=True), iv(29, 31)),
    ("about 50", iv(45, 55), iv(45, 55)),
    ("around 50", iv(45, 55), iv(45, 55)),
    ("roughly 50", iv(45, 55), iv(45, 55)),
    ("some 50", iv(45, 55), iv(45, 55)),
    ("approximately 50", iv(45, 55), iv(45, 55)),
    ("2 million", iv(1.5 * M, 2.5 * M, hi_open=True), iv(1_500_000, 2_499_999)),
    ("2.5 million", iv(2.45 * M, 2.55 * M, hi_open=True), iv(2_450_000, 2_549_999)),
    ("2,000,000", iv(2 * M, 2 * M), iv(2 * M, 2 * M)),
    ("51 percent", iv("50.5", "51.5", hi_open=True), iv(51, 51)),
    ("12.5%", iv("12.45", "12.55", hi_open=True), Interval.empty()),
    ("dozens of", iv(24, 99), iv(24, 99)),
    ("hundreds of", iv(200, 999), iv(200, 999)),
    ("50+", iv(50, INF), iv(50, INF)),
    ("at least 51 percent", iv(51, INF), iv(51, INF)),
    ("over 2 million", iv(2 * M, INF, lo_open=True), iv(2 * M + 1, INF)),
]

# The rest of the grammar the brief names: (says, value, qualifier, real-valued interval).
GRAMMAR = [
    ("1,234", 1234, None, iv(1234, 1234)),
    ("2.5", "2.5", None, iv("2.5", "2.5")),
    ("seventy-five", 75, None, iv(75, 75)),
    ("sixty three", 63, None, iv(63, 63)),
    ("one hundred and seventy-six", 176, None, iv(176, 176)),
    ("a hundred", 100, None, iv(100, 100)),
    ("one thousand two hundred", 1200, None, iv(1200, 1200)),
    ("1.2 billion", 1_200_000_000, None, iv(1_150_000_000, 1_250_000_000, hi_open=True)),
    ("3 thousand", 3000, None, iv(2500, 3500, hi_open=True)),
    ("two million", 2 * M, None, iv(1.5 * M, 2.5 * M, hi_open=True)),
    ("51%", 51, None, iv("50.5", "51.5", hi_open=True)),
    ("51 per cent", 51, None, iv("50.5", "51.5", hi_open=True)),
    ("no less than 75", 75, "at-least", iv(75, INF)),
    ("a minimum of 75", 75, "at-least", iv(75, INF)),
    ("in excess of 60", 60, "more-than", iv(60, INF, lo_open=True)),
    ("a maximum of 10", 10, "at-most", iv(0, 10)),
    ("below 10", 10, "fewer-than", iv(0, 10, hi_open=True)),
    ("just under 32", 32, "nearly", iv("28.8", 32, hi_open=True)),
    ("close to 32", 32, "nearly", iv("28.8", 32, hi_open=True)),
    ("an estimated 50", 50, "about", iv(45, 55)),
    ("circa 50", 50, "about", iv(45, 55)),
    ("50 or so", 50, "about", iv(45, 55)),
    ("10 or fewer", 10, "at-most", iv(0, 10)),
    ("thousands of", 1000, "thousands-of", iv(2000, 999_999)),
    ("millions of", M, "millions-of", iv(2 * M, 999_999_999)),
    ("hundreds", 100, "hundreds-of", iv(200, 999)),
    # "about" a rounded figure is at least as wide as its rounding range.
    ("about 2 million", 2 * M, "about", iv(1.5 * M, 2.5 * M, hi_open=True)),
    ("about 51 percent", 51, "about", iv("45.9", "56.1")),
    ("0 percent", 0, None, iv(0, "0.5", hi_open=True)),
    ("  AT LEAST\n Seventy-Five  ", 75, "at-least", iv(75, INF)),
]

# Every `says` of the bundled corpus: (says, whole-number interval).
CORPUS = [
    ("63", iv(63, 63)), ("sixty-three", iv(63, 63)),
    ("At least seventy-five", iv(75, INF)), ("at least 75", iv(75, INF)),
    ("At least 75", iv(75, INF)), ("75", iv(75, 75)), ("176", iv(176, 176)),
    ("fifty-six", iv(56, 56)), ("sixty-four", iv(64, 64)), ("fifty-two", iv(52, 52)),
    ("thirty-six", iv(36, 36)), ("at least fifty", iv(50, INF)), ("at least 50", iv(50, INF)),
    ("fourteen", iv(14, 14)), ("14", iv(14, 14)), ("11", iv(11, 11)),
    ("over 60", iv(61, INF)), ("more than 60", iv(61, INF)), ("56", iv(56, 56)),
    ("64", iv(64, 64)), ("52", iv(52, 52)), ("36", iv(36, 36)),
    ("51 percent", iv(51, 51)), ("37 percent", iv(37, 37)), ("41 percent", iv(41, 41)),
    ("forty", iv(40, 40)), ("fifty", iv(50, 50)), ("hundreds of", iv(200, 999)),
    ("2 million", iv(1_500_000, 2_499_999)), ("millions of", iv(2 * M, 999_999_999)),
]

ERRORS = [
    "", "   ", "garbage", "seventy-five thousand million percent percent", "NaN", "nan",
    "inf", "Infinity", "-5", "1e9", "1E9", "x" * (MAX_SAYS_LENGTH + 1),
    "1" * (MAX_SAYS_LENGTH + 1), "at least", "over", "12,34", "1,2345", "2.", ".5", "2.5.1",
    "seventy-five and", "fifty fifty", "hundred", "thousand million", "a", "and",
    "75 countries", "at least 75 countries", "hundreds of people", "at least hundreds of",
    "over 50+", "at least 75 or more", "2 million percent", "+50", "10-5", "seventy--five",
    "nearly 0", "fewer than 0", "twenty zero", "one hundred and", "٣", "７５", "50 %%",
    "seventy-", "-seventy", "2million", "3rd", "second", "1/2",
]


@pytest.mark.parametrize(("says", "real", "whole"), DESIGN_TABLE, ids=[r[0] for r in DESIGN_TABLE])
def test_parse_says_design_table(says: str, real: Interval, whole: Interval) -> None:
    stated = parse_says(says)
    assert stated.interval == real
    assert stated.for_domain(integer=True) == whole
    assert stated.for_domain(integer=False) == real


@pytest.mark.parametrize(("says", "value", "qualifier", "real"), GRAMMAR,
                         ids=[r[0].strip() for r in GRAMMAR])
def test_parse_says_grammar(says: str, value: int | str, qualifier: str | None,
                            real: Interval) -> None:
    stated = parse_says(says)
    assert stated.value == Fraction(value)
    assert stated.qualifier == qualifier
    assert stated.interval == real


@pytest.mark.parametrize(("says", "whole"), CORPUS, ids=[r[0] for r in CORPUS])
def test_parse_says_corpus_phrases(says: str, whole: Interval) -> None:
    assert parse_says(says).for_domain(integer=True) == whole


def test_parse_says_fields() -> None:
    stated = parse_says(" 12.5% ")
    assert stated == Stated(" 12.5% ", Fraction(25, 2), True, None, stated.interval, "percent")
    assert parse_says("51 per cent").percent and not parse_says("51").percent
    assert parse_says("At least seventy-five").qualifier == "at-least"
    assert parse_says("50+").qualifier == "plus"
    assert parse_says("dozens of").qualifier == "dozens-of"
    with pytest.raises(AttributeError):
        stated.value = Fraction(1)  # type: ignore[misc]


def test_parse_says_tolerance() -> None:
    assert parse_says("about 50", tolerance=Fraction(1, 5)).interval == iv(40, 60)
    assert parse_says("about 50", tolerance=Fraction(0)).interval == iv(50, 50)
    with pytest.raises(SaysError, match="empty"):
        parse_says("nearly 50", tolerance=Fraction(0))


@given(st.fractions(min_value=-2, max_value=2) | st.integers(-2, 2))
@example(Fraction(1))
@example(Fraction(0))
@example(Fraction(999, 1000))
def test_parse_says_takes_a_tolerance_exactly_in_zero_to_one(tolerance: Fraction | int) -> None:
    """Oracle: the bounds compared as numbers (the check of a `Fraction` compares its
    numerator and denominator instead)."""
    if 0 <= tolerance < 1:
        parse_says("about 50", tolerance=tolerance)  # type: ignore[arg-type]
    else:
        with pytest.raises(SaysError, match="tolerance"):
            parse_says("about 50", tolerance=tolerance)  # type: ignore[arg-type]


@pytest.mark.parametrize("tolerance", [Fraction(-1, 10), Fraction(1), 2.5, "0.1", True])
def test_parse_says_rejects_bad_tolerance(tolerance: object) -> None:
    with pytest.raises(SaysError, match="tolerance"):
        parse_says("about 50", tolerance=tolerance)  # type: ignore[arg-type]


@pytest.mark.parametrize("says", ERRORS, ids=[repr(e[:30]) for e in ERRORS])
def test_parse_says_errors(says: str) -> None:
    with pytest.raises(SaysError):
        parse_says(says)


def test_parse_says_error_names_the_unknown_word() -> None:
    with pytest.raises(SaysError, match="'countries'"):
        parse_says("at least 75 countries")
    assert issubclass(SaysError, ValueError)


def test_parse_says_rejects_non_text() -> None:
    with pytest.raises(SaysError):
        parse_says(75)  # type: ignore[arg-type]


# -- number words, rendered by an independent little renderer -----------------------
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def render_below_100(n: int, hyphen: bool) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (("-" if hyphen else " ") + ONES[ones] if ones else "")


def render_below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [ONES[hundreds], "hundred"] if hundreds else []
    if rest:
        parts += (["and"] if hundreds and use_and else []) + [render_below_100(rest, hyphen)]
    return " ".join(parts)


def render(n: int, hyphen: bool, use_and: bool) -> str:
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = [render_below_1000(thousands, hyphen, use_and) + " thousand"] if thousands else []
    if rest:
        if thousands and use_and and rest < 100:
            parts.append("and")
        parts.append(render_below_1000(rest, hyphen, use_and))
    return " ".join(parts)


@given(st.integers(0, 999_999), st.booleans(), st.booleans(), st.booleans())
@example(176, True, True, False)
@example(63, False, False, False)
@example(1200, True, False, False)
@example(1005, True, True, True)
@example(120_000, True, True, False)
def test_number_words_round_trip(n: int, hyphen: bool, use_and: bool, upper: bool) -> None:
    words = render(n, hyphen, use_and)
    stated = parse_says(words.upper() if upper else words)
    assert stated.value == n
    if words.endswith("thousand"):
        # The last significant digit of the figure before the scale word sets the unit.
        unit = 1000
        while (n // unit) % 10 == 0:
            unit *= 10
        assert stated.interval == iv(n - unit // 2, n + unit // 2, hi_open=True)
    else:
        assert stated.interval == Interval.point(n)


@given(st.integers(0, 10**15), st.booleans())
@example(2_000_000, True)
def test_digits_round_trip(n: int, separators: bool) -> None:
    stated = parse_says(f"{n:,}" if separators else str(n))
    assert stated.value == n and stated.interval == Interval.point(n)


@given(st.integers(0, 10**6), st.integers(1, 3))
def test_decimal_percentages_round_half_up(n: int, decimals: int) -> None:
    value = Fraction(n, 10**decimals)
    text = f"{n // 10**decimals}.{n % 10**decimals:0{decimals}d}%"
    half = Fraction(1, 2 * 10**decimals)
    lowest = max(value - half, Fraction(0))  # ranges never go below zero
    assert parse_says(text).interval == iv(lowest, value + half, hi_open=True)


VOCABULARY = [
    "at", "least", "over", "more", "than", "no", "fewer", "up", "to", "nearly", "about", "some",
    "a", "and", "one", "seventy", "five", "hundred", "thousand", "million", "hundreds",
    "of", "percent", "per", "cent", "%", "+", "-", "or", "so", "75", "2.5", "1,234", "0",
]


@given(st.text(max_size=60) | st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join))
@example("seventy-five thousand million percent percent")
@example("a thousand and")
@example("0À")
def test_parse_says_raises_only_says_error(says: str) -> None:
    try:
        stated = parse_says(says)
    except SaysError:
        return
    assert not stated.interval.is_empty()
    assert stated.text == says


def test_corpus_table_covers_every_says_of_the_bundled_corpus() -> None:
    import yaml as _yaml

    root = Path(__file__).resolve().parent.parent / "claims"
    says = set()
    for path in sorted(root.glob("*.yaml")):
        data = _yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        says |= {c["says"] for c in data.get("claims", []) if "says" in c}
    assert says and says <= {row[0] for row in CORPUS}, sorted(says - {r[0] for r in CORPUS})
