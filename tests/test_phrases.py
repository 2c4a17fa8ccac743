"""The phrase table: hundreds of phrases, each on a quantity, with the interval it states
(docs/numbers.md), and hypothesis properties of the rounding, range and share rules
against brute-force readings."""

from __future__ import annotations

import itertools
import re
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.intervals import Interval
from checker.numbers import Domain, SaysError, parse_says
from checker.units import UNIT_KINDS

_IV = re.compile(r"^([\[(])\s*(\S+),\s*(\S+)\s*([\])])$")


def interval(text: str) -> Interval:
    """`[39.5, 50.5)`, `(-inf, 10]`, `63`, `(100/5.5, 100/4.5]`: an interval from its notation."""
    if _IV.match(text) is None:
        return Interval.point(_number(text))
    m = _IV.match(text)
    assert m is not None
    lo, hi = m.group(2), m.group(3)
    return Interval.of(
        None if lo == "-inf" else _number(lo),
        None if hi == "inf" else _number(hi),
        m.group(1) == "(",
        m.group(4) == ")",
    )


def _number(text: str) -> Fraction:
    if "/" in text:
        num, den = text.split("/")
        return Fraction(num) / Fraction(den)
    if "e" in text:
        mantissa, exp = text.split("e")
        return Fraction(mantissa) * 10 ** int(exp)
    return Fraction(text)


def domain(spec: str) -> tuple[Domain, bool]:
    parts = [p.strip() for p in spec.split(",")]
    kind, flags = parts[0], set(parts[1:])
    integer = not UNIT_KINDS[kind].real and "continuous" not in flags
    return Domain.of(
        kind,
        integer=integer,
        signed="signed" in flags,
        rounding="either" if "either" in flags else "half-up",
    ), integer


# (says, quantity, interval).  Quantity: a unit kind, with "continuous", "signed",
# "either" (rounding mode).  Counts show their whole-number interval.
TABLE: list[tuple[str, str, str]] = [
    # -- figures: counts exact, real-valued quantities rounded at the last digit ----------
    ("63", "count", "63"),
    ("63", "count, continuous", "[62.5, 63.5)"),
    ("63", "percent", "[62.5, 63.5)"),
    ("63", "usd", "[62.5, 63.5)"),
    ("63", "percent, either", "[62.5, 63.5]"),
    ("11.5", "percent", "[11.45, 11.55)"),
    ("6.9", "percent", "[6.85, 6.95)"),
    ("0.25", "percent", "[0.245, 0.255)"),
    ("0", "percent", "[0, 0.5)"),
    ("0", "percent, signed", "(-0.5, 0.5)"),
    ("0", "percent, signed, either", "[-0.5, 0.5]"),
    ("1,234", "count", "1234"),
    ("1,234", "count, continuous", "[1233.5, 1234.5)"),
    ("2.5", "times", "[2.45, 2.55)"),
    ("sixty-three", "count", "63"),
    ("sixty-three", "percent", "[62.5, 63.5)"),
    ("one hundred and seventy-six", "count", "176"),
    ("a hundred", "count", "100"),
    ("fourteen", "count, continuous", "[13.5, 14.5)"),
    # -- scales and trailing zeros --------------------------------------------------------
    ("2 million", "count", "[1500000, 2499999]"),
    ("2 million", "usd", "[1.5e6, 2.5e6)"),
    ("2.5 million", "count", "[2450000, 2549999]"),
    ("380 billion", "usd", "[375e9, 385e9)"),
    ("382 billion", "usd", "[381.5e9, 382.5e9)"),
    ("3.80 billion", "usd", "[3.795e9, 3.805e9)"),
    ("100 million", "count, continuous", "[50e6, 150e6)"),
    ("120 thousand", "count, continuous", "[115e3, 125e3)"),
    ("1.2 billion", "count, continuous", "[1.15e9, 1.25e9)"),
    ("two million", "count, continuous", "[1.5e6, 2.5e6)"),
    ("three hundred and eighty billion", "usd", "[375e9, 385e9)"),
    ("one million two hundred thousand", "count, continuous", "[1.15e6, 1.25e6)"),
    ("a thousand", "count, continuous", "[500, 1500)"),
    ("3 thousand", "count", "[2500, 3499]"),
    ("2,000,000", "count", "2000000"),
    ("2 million", "count, either", "[1500000, 2500000]"),
    ("1.5 trillion", "usd", "[1.45e12, 1.55e12)"),
    ("5bn", "usd", "[4.5e9, 5.5e9)"),
    ("5 bn", "count, continuous", "[4.5e9, 5.5e9)"),
    ("1.7tn", "usd", "[1.65e12, 1.75e12)"),
    ("2 mn", "count, continuous", "[1.5e6, 2.5e6)"),
    ("2 trn", "usd", "[1.5e12, 2.5e12)"),
    # -- percentages ------------------------------------------------------------------------
    ("51 percent", "percent", "[50.5, 51.5)"),
    ("51%", "percent", "[50.5, 51.5)"),
    ("51 per cent", "percent", "[50.5, 51.5)"),
    ("12.5%", "percent", "[12.45, 12.55)"),
    ("51 %", "percent", "[50.5, 51.5)"),
    ("40 percent", "percent", "[39.5, 40.5)"),
    ("51 percent", "percent, either", "[50.5, 51.5]"),
    ("0 percent", "percent", "[0, 0.5)"),
    ("100%", "percent", "[99.5, 100.5)"),
    ("0.1%", "percent", "[0.05, 0.15)"),
    ("fifty-one percent", "percent", "[50.5, 51.5)"),
    # -- bound qualifiers take the figure as written --------------------------------------
    ("at least 75", "count", "[75, inf)"),
    ("no fewer than 75", "count", "[75, inf)"),
    ("no less than 75", "count", "[75, inf)"),
    ("not less than 75", "count", "[75, inf)"),
    ("a minimum of 75", "count", "[75, inf)"),
    ("upwards of 75", "count", "[75, inf)"),
    ("75 or more", "count", "[75, inf)"),
    ("75 or higher", "count", "[75, inf)"),
    ("30 or higher", "count, continuous", "[30, inf)"),
    ("30 or above", "percent", "[30, inf)"),
    ("30 or greater", "percent", "[30, inf)"),
    ("30 and above", "percent", "[30, inf)"),
    ("30 and over", "count", "[30, inf)"),
    ("30 or over", "count", "[30, inf)"),
    ("equal to or greater than 30", "count, continuous", "[30, inf)"),
    ("greater than or equal to 30", "count, continuous", "[30, inf)"),
    ("equal to or more than 30", "count", "[30, inf)"),
    ("at or above 30", "percent", "[30, inf)"),
    ("≥ 30", "count, continuous", "[30, inf)"),
    ("≥30", "count, continuous", "[30, inf)"),
    (">= 30", "count, continuous", "[30, inf)"),
    ("50+", "count", "[50, inf)"),
    ("at least 51 percent", "percent", "[51, inf)"),
    ("over 60", "count", "[61, inf)"),
    ("over 60", "percent", "(60, inf)"),
    ("more than 60", "count", "[61, inf)"),
    ("above 60", "count, continuous", "(60, inf)"),
    ("in excess of 60", "count", "[61, inf)"),
    ("greater than 60", "percent", "(60, inf)"),
    ("well over 60", "count", "[61, inf)"),
    ("well above 60", "percent", "(60, inf)"),
    ("exceeds 40", "percent", "(40, inf)"),
    ("exceeding 40", "count", "[41, inf)"),
    (">30", "count, continuous", "(30, inf)"),
    ("> 30", "count", "[31, inf)"),
    (">30", "percent", "(30, inf)"),
    ("over 2 million", "count", "[2000001, inf)"),
    ("more than $1.7 trillion", "usd", "(1.7e12, inf)"),
    ("just over 60", "percent", "(60, 66]"),
    ("slightly more than 60", "count", "[61, 66]"),
    ("slightly over 60", "percent", "(60, 66]"),
    ("just above 60", "percent", "(60, 66]"),
    ("slightly above 60", "percent", "(60, 66]"),
    ("a little over 60", "percent", "(60, 66]"),
    ("a little more than 60", "percent", "(60, 66]"),
    ("at most 10", "count", "[0, 10]"),
    ("at most 10", "percent, signed", "(-inf, 10]"),
    ("up to 10", "count", "[0, 10]"),
    ("no more than 10", "count", "[0, 10]"),
    ("not more than 10", "percent", "[0, 10]"),
    ("a maximum of 10", "count", "[0, 10]"),
    ("10 or fewer", "count", "[0, 10]"),
    ("10 or less", "percent", "[0, 10]"),
    ("10 or lower", "percent", "[0, 10]"),
    ("10 or below", "percent", "[0, 10]"),
    ("10 and under", "count", "[0, 10]"),
    ("10 and below", "count", "[0, 10]"),
    ("equal to or less than 10", "percent", "[0, 10]"),
    ("less than or equal to 10", "percent", "[0, 10]"),
    ("at or below 10", "percent", "[0, 10]"),
    ("≤ 10", "percent", "[0, 10]"),
    ("<= 10", "percent", "[0, 10]"),
    ("fewer than 10", "count", "[0, 9]"),
    ("less than 10", "percent", "[0, 10)"),
    ("under 10", "count", "[0, 9]"),
    ("below 10", "percent", "[0, 10)"),
    ("<10", "percent", "[0, 10)"),
    ("less than 10", "percent, signed", "(-inf, 10)"),
    ("nearly 32", "count", "[29, 31]"),
    ("nearly 32", "percent", "[28.8, 32)"),
    ("almost 32", "percent", "[28.8, 32)"),
    ("just under 32", "percent", "[28.8, 32)"),
    ("close to 32", "percent", "[28.8, 32)"),
    ("slightly less than 32", "percent", "[28.8, 32)"),
    ("slightly under 32", "percent", "[28.8, 32)"),
    ("just below 32", "percent", "[28.8, 32)"),
    ("a little under 32", "percent", "[28.8, 32)"),
    ("a little less than 32", "percent", "[28.8, 32)"),
    ("nearly -10", "percent, signed", "(-10, -9]"),
    ("about 50", "count", "[45, 55]"),
    ("around 50", "percent", "[45, 55]"),
    ("roughly 50", "percent", "[45, 55]"),
    ("some 50", "count", "[45, 55]"),
    ("approximately 50", "percent", "[45, 55]"),
    ("an estimated 50", "count", "[45, 55]"),
    ("circa 50", "count", "[45, 55]"),
    ("~50", "percent", "[45, 55]"),
    ("~ 50", "percent", "[45, 55]"),
    ("≈50", "percent", "[45, 55]"),
    ("approx 50", "percent", "[45, 55]"),
    ("50 or so", "count", "[45, 55]"),
    ("about 2 million", "count, continuous", "[1.5e6, 2.5e6)"),
    ("about 51 percent", "percent", "[45.9, 56.1]"),
    ("about 0.2", "percent", "[0.15, 0.25)"),
    ("around USD 2.8 trillion", "usd", "[2.52e12, 3.08e12]"),
    ("the 40 percent mark", "percent", "[39.5, 40.5)"),
    ("dozens of", "count", "[24, 99]"),
    ("hundreds of", "count", "[200, 999]"),
    ("thousands of", "count", "[2000, 999999]"),
    ("millions of", "count", "[2000000, 999999999]"),
    ("hundreds", "count", "[200, 999]"),
    # -- shares ---------------------------------------------------------------------------
    ("1 in 5", "percent", "(100/5.5, 100/4.5]"),
    ("one in five", "percent", "(100/5.5, 100/4.5]"),
    ("one-in-five", "percent", "(100/5.5, 100/4.5]"),
    ("1 out of 5", "percent", "(100/5.5, 100/4.5]"),
    ("1 in every 5", "percent", "(100/5.5, 100/4.5]"),
    ("1 of every 5", "percent", "(100/5.5, 100/4.5]"),
    ("one-in-three", "percent", "(100/3.5, 40]"),
    ("1 in 10", "percent", "(100/10.5, 100/9.5]"),
    ("1 in 100", "percent", "(100/100.5, 100/99.5]"),
    ("1 in 5", "times", "(1/5.5, 1/4.5]"),
    ("1 in 5", "percent, either", "[100/5.5, 100/4.5]"),
    ("1 in 2", "percent", "(40, 200/3]"),
    ("4 in 10", "percent", "[35, 45)"),
    ("4 in 10", "times", "[0.35, 0.45)"),
    ("About 4 in 10", "percent", "[35, 45)"),
    ("three out of four", "percent", "[62.5, 87.5)"),
    ("3 out of 4", "percent", "[62.5, 87.5)"),
    ("2 of every 3", "percent", "[50, 250/3)"),
    ("2 in every 3", "percent", "[50, 250/3)"),
    ("4 in 10", "percent, either", "[35, 45]"),
    ("nearly 1 in 10", "percent", "[9, 10)"),
    ("more than 1 in 5", "percent", "(20, 100]"),
    ("at least 1 in 5", "times", "[0.2, 1]"),
    ("fewer than 1 in 5", "percent", "[0, 20)"),
    ("almost 4 in 10", "percent", "[36, 40)"),
    ("half", "percent", "[49.5, 50.5)"),
    ("a half", "percent", "[49.5, 50.5)"),
    ("one half", "percent", "[49.5, 50.5)"),
    ("a third", "percent", "[197/6, 203/6)"),
    ("one third", "percent", "[197/6, 203/6)"),
    ("one-third", "percent", "[197/6, 203/6)"),
    ("two-thirds", "percent", "[397/6, 403/6)"),
    ("two thirds", "percent", "[397/6, 403/6)"),
    ("a quarter", "percent", "[24.5, 25.5)"),
    ("one quarter", "percent", "[24.5, 25.5)"),
    ("three-quarters", "percent", "[74.5, 75.5)"),
    ("three quarters", "percent", "[74.5, 75.5)"),
    ("one-fifth", "percent", "[19.5, 20.5)"),
    ("a fifth", "percent", "[19.5, 20.5)"),
    ("two-fifths", "percent", "[39.5, 40.5)"),
    ("a tenth", "percent", "[9.5, 10.5)"),
    ("three-tenths", "percent", "[29.5, 30.5)"),
    ("an eighth", "percent", "[12, 13)"),
    ("one eighth", "percent", "[12, 13)"),
    ("half", "times", "[0.495, 0.505)"),
    ("a quarter", "times", "[0.245, 0.255)"),
    ("half", "percent, either", "[49.5, 50.5]"),
    ("nearly half", "percent", "[45, 50)"),
    ("almost half", "percent", "[45, 50)"),
    ("more than half", "percent", "(50, 100]"),
    ("over half", "percent", "(50, 100]"),
    ("at least half", "percent", "[50, 100]"),
    ("just over half", "percent", "(50, 55]"),
    ("less than half", "percent", "[0, 50)"),
    ("about a third", "percent", "[30, 110/3]"),
    ("nearly a quarter", "percent", "[22.5, 25)"),
    ("a majority", "percent", "(50, 100]"),
    ("the majority", "percent", "(50, 100]"),
    ("most", "percent", "(50, 100]"),
    ("majority", "times", "(0.5, 1]"),
    ("a minority", "percent", "[0, 50)"),
    # -- multipliers and ratios -------------------------------------------------------------
    ("twice", "times", "[1.5, 2.5)"),
    ("double", "times", "[1.5, 2.5)"),
    ("doubled", "times", "[1.5, 2.5)"),
    ("twofold", "times", "[1.5, 2.5)"),
    ("tripled", "times", "[2.5, 3.5)"),
    ("treble", "times", "[2.5, 3.5)"),
    ("threefold", "times", "[2.5, 3.5)"),
    ("thrice", "times", "[2.5, 3.5)"),
    ("quadrupled", "times", "[3.5, 4.5)"),
    ("fourfold", "times", "[3.5, 4.5)"),
    ("halved", "times", "[0.45, 0.55)"),
    ("almost doubled", "times", "[1.8, 2)"),
    ("nearly doubled", "times", "[1.8, 2)"),
    ("more than doubled", "times", "(2, inf)"),
    ("almost twice", "times", "[1.8, 2)"),
    ("about twice", "times", "[1.5, 2.5)"),
    ("ten times", "times", "[9.5, 10.5)"),
    ("10 times", "times", "[9.5, 10.5)"),
    ("2.5 times", "times", "[2.45, 2.55)"),
    ("nearly six times", "times", "[5.4, 6)"),
    ("5-fold", "times", "[4.5, 5.5)"),
    ("5 fold", "times", "[4.5, 5.5)"),
    ("10x", "times", "[9.5, 10.5)"),
    ("10 ×", "times", "[9.5, 10.5)"),
    ("1:1", "times", "[0.5, 1.5)"),
    ("one-to-one", "times", "[0.5, 1.5)"),
    ("one to one", "times", "[0.5, 1.5)"),
    ("1.7 to 1", "times", "[1.65, 1.75)"),
    ("1.7:1", "times", "[1.65, 1.75)"),
    ("3:2", "times", "[1.25, 1.75)"),
    ("1:4", "times", "[0.125, 0.375)"),
    ("more than 2:1", "times", "(2, inf)"),
    # -- ranges ------------------------------------------------------------------------------
    ("40-50%", "percent", "[39.5, 50.5)"),
    ("40–50 percent", "percent", "[39.5, 50.5)"),
    ("40 to 50 percent", "percent", "[39.5, 50.5)"),
    ("40%-50%", "percent", "[39.5, 50.5)"),
    ("40 - 50%", "percent", "[39.5, 50.5)"),
    ("between 40 and 50", "percent", "[39.5, 50.5)"),
    ("between 40 and 50", "count", "[40, 50]"),
    ("from 40 to 50", "count", "[40, 50]"),
    ("between 40% and 50%", "percent", "[39.5, 50.5)"),
    ("40-50", "count", "[40, 50]"),
    ("40-50", "count, continuous", "[39.5, 50.5)"),
    ("40-50%", "percent, either", "[39.5, 50.5]"),
    ("about 40-50%", "percent", "[36, 55]"),
    ("1-2 billion", "usd", "[0.5e9, 2.5e9)"),
    ("$1bn-$2bn", "usd", "[0.5e9, 2.5e9)"),
    ("$1-2 billion", "usd", "[0.5e9, 2.5e9)"),
    ("between $1 and $2 billion", "usd", "[0.5e9, 2.5e9)"),
    ("1.5-2.5 million", "count", "[1450000, 2549999]"),
    ("forty to fifty", "count", "[40, 50]"),
    ("-5 to -3", "percent, signed", "(-5.5, -2.5]"),
    ("12.5 ± 0.5%", "percent", "[12, 13]"),
    ("12.5 +/- 0.5%", "percent", "[12, 13]"),
    ("100 ± 5", "count", "[95, 105]"),
    # -- money -----------------------------------------------------------------------------
    ("$1.7 trillion", "usd", "[1.65e12, 1.75e12)"),
    ("$382b", "usd", "[381.5e9, 382.5e9)"),
    ("$382 billion", "usd", "[381.5e9, 382.5e9)"),
    ("US$5 million", "usd", "[4.5e6, 5.5e6)"),
    ("USD 2.8 trillion", "usd", "[2.75e12, 2.85e12)"),
    ("2.8 trillion USD", "usd", "[2.75e12, 2.85e12)"),
    ("3 billion dollars", "usd", "[2.5e9, 3.5e9)"),
    ("€3bn", "eur", "[2.5e9, 3.5e9)"),
    ("EUR 5 million", "eur", "[4.5e6, 5.5e6)"),
    ("5 million euros", "eur", "[4.5e6, 5.5e6)"),
    ("€50k", "eur", "[45e3, 55e3)"),
    ("£5m", "gbp", "[4.5e6, 5.5e6)"),
    ("5m GBP", "gbp", "[4.5e6, 5.5e6)"),
    ("GBP 20", "gbp", "[19.5, 20.5)"),
    ("¥200 billion", "jpy", "[150e9, 250e9)"),
    ("200 yen", "jpy", "[199.5, 200.5)"),
    ("$5", "usd", "[4.5, 5.5)"),
    ("nearly $2 trillion", "usd", "[1.8e12, 2e12)"),
    ("at least €3bn", "eur", "[3e9, inf)"),
    ("up to $10 million", "usd", "[0, 10e6]"),
    ("about $5bn", "usd", "[4.5e9, 5.5e9]"),
    ("-$5 billion", "usd, signed", "(-5.5e9, -4.5e9]"),
    # -- units -----------------------------------------------------------------------------
    ("10 percentage points", "points", "[9.5, 10.5)"),
    ("10 percentage point", "points", "[9.5, 10.5)"),
    ("10 points", "points", "[9.5, 10.5)"),
    ("1 point", "points", "[0.5, 1.5)"),
    ("2.5pp", "points", "[2.45, 2.55)"),
    ("2.5 pp", "points", "[2.45, 2.55)"),
    ("3 pts", "points", "[2.5, 3.5)"),
    ("more than 10 percentage points", "points", "(10, inf)"),
    ("12.5 per 100,000", "per 100000", "[12.45, 12.55)"),
    ("12.5 per 100000", "per 100000", "[12.45, 12.55)"),
    ("3.4 per 1,000", "per 1000", "[3.35, 3.45)"),
    ("3.4 per thousand", "per 1000", "[3.35, 3.45)"),
    ("1.5°C", "degrees-c", "[1.45, 1.55)"),
    ("1.5 °C", "degrees-c", "[1.45, 1.55)"),
    ("1.5 degrees", "degrees-c", "[1.45, 1.55)"),
    ("1.5 degrees Celsius", "degrees-c", "[1.45, 1.55)"),
    ("1.5°", "degrees-c", "[1.45, 1.55)"),
    ("2 °F", "degrees-f", "[1.5, 2.5)"),
    ("2 degrees Fahrenheit", "degrees-f", "[1.5, 2.5)"),
    ("-0.3°C", "degrees-c, signed", "(-0.35, -0.25]"),
    ("more than 1.5°C", "degrees-c", "(1.5, inf)"),
    # -- signs and changes -------------------------------------------------------------------
    ("-0.3%", "percent, signed", "(-0.35, -0.25]"),
    ("−2.1", "count, continuous, signed", "(-2.15, -2.05]"),
    ("-2", "count, signed", "-2"),
    ("minus 4", "percent, signed", "(-4.5, -3.5]"),
    ("+5%", "percent, signed", "[4.5, 5.5)"),
    ("-0.3%", "percent, signed, either", "[-0.35, -0.25]"),
    ("at least -5", "percent, signed", "[-5, inf)"),
    ("more than -5", "percent, signed", "(-5, inf)"),
    ("rose by 5%", "percent, signed", "[4.5, 5.5)"),
    ("rose 5%", "percent, signed", "[4.5, 5.5)"),
    ("up 40%", "percent, signed", "[39.5, 40.5)"),
    ("UP 40%", "percent, signed", "[39.5, 40.5)"),
    ("increased by 2.5 points", "points, signed", "[2.45, 2.55)"),
    ("grew 3%", "percent, signed", "[2.5, 3.5)"),
    ("climbed 3%", "percent, signed", "[2.5, 3.5)"),
    ("jumped by 10%", "percent, signed", "[9.5, 10.5)"),
    ("soared 10%", "percent, signed", "[9.5, 10.5)"),
    ("gained 2 points", "points, signed", "[1.5, 2.5)"),
    ("edged up 0.1%", "percent, signed", "[0.05, 0.15)"),
    ("went up 3%", "percent, signed", "[2.5, 3.5)"),
    ("a rise of 5%", "percent, signed", "[4.5, 5.5)"),
    ("an increase of 5%", "percent, signed", "[4.5, 5.5)"),
    ("fell by 2%", "percent, signed", "(-2.5, -1.5]"),
    ("fell 2%", "percent, signed", "(-2.5, -1.5]"),
    ("shrank by 9.9%", "percent, signed", "(-9.95, -9.85]"),
    ("shrunk by 9.9%", "percent, signed", "(-9.95, -9.85]"),
    ("contracted 0.3%", "percent, signed", "(-0.35, -0.25]"),
    ("down 3 percent", "percent, signed", "(-3.5, -2.5]"),
    ("dropped 4%", "percent, signed", "(-4.5, -3.5]"),
    ("declined by 4%", "percent, signed", "(-4.5, -3.5]"),
    ("decreased by 4%", "percent, signed", "(-4.5, -3.5]"),
    ("slipped 0.2 points", "points, signed", "(-0.25, -0.15]"),
    ("lost $5 billion", "usd, signed", "(-5.5e9, -4.5e9]"),
    ("plunged 30%", "percent, signed", "(-30.5, -29.5]"),
    ("slumped 30%", "percent, signed", "(-30.5, -29.5]"),
    ("edged down 0.1%", "percent, signed", "(-0.15, -0.05]"),
    ("went down 3%", "percent, signed", "(-3.5, -2.5]"),
    ("a fall of 3%", "percent, signed", "(-3.5, -2.5]"),
    ("a drop of 3%", "percent, signed", "(-3.5, -2.5]"),
    ("a decline of 3%", "percent, signed", "(-3.5, -2.5]"),
    ("declined by more than 2%", "percent, signed", "(-inf, -2)"),
    ("dropped nearly 5%", "percent, signed", "(-5, -4.5]"),
    ("fell by at most 3%", "percent, signed", "[-3, 0]"),
    ("rose by at least 3%", "percent, signed", "[3, inf)"),
    ("fell by 2", "count, signed", "-2"),
    ("rose 1.5°C", "degrees-c, signed", "[1.45, 1.55)"),
    ("fell $2bn", "usd, signed", "(-2.5e9, -1.5e9]"),
    ("almost doubled", "times, signed", "[1.8, 2)"),
    ("rose to 9.9 percent", "percent", "[9.85, 9.95)"),
    ("edged up to 9.9 percent", "percent", "[9.85, 9.95)"),
    ("fell to 5%", "percent", "[4.5, 5.5)"),
    ("climbed to 60", "count", "60"),
    ("dropped to $3 billion", "usd", "[2.5e9, 3.5e9)"),
    ("down to 5%", "percent", "[4.5, 5.5)"),
    ("up to 10", "percent, signed", "(-inf, 10]"),
]

# Mismatched units: (says, quantity): a finding (XCK007), not a reading.
MISMATCHES = [
    ("51 percent", "count"),
    ("27%", "count, continuous"),
    ("5 percent", "points"),
    ("5 points", "percent"),
    ("$5", "count"),
    ("€3bn", "usd"),
    ("1 in 5", "count"),
    ("two-thirds", "count"),
    ("a majority", "usd"),
    ("twice", "percent"),
    ("1:1", "count"),
    ("ten times", "count"),
    ("12.5 per 100,000", "per 1000"),
    ("1.5°C", "percent"),
    ("1.5°C", "degrees-f"),
    ("more than $1.7 trillion", "count"),
    ("40-50%", "count"),
    ("rose 5 percent", "points, signed"),
    ("£5m", "eur"),
    ("3 degrees", "percent"),
    ("half", "points"),
    ("1 in 5", "usd"),
    ("5 million euros", "usd"),
    ("10 times", "points"),
]

REFUSED = [
    ("several", "count", "several"),
    ("a few", "count", "a few"),
    ("many", "count", "many"),
    ("numerous", "count", "numerous"),
    ("a handful", "count", "handful"),
    ("a couple", "count", "couple"),
    ("a fraction", "percent", "fraction"),
    ("5 pounds", "gbp", "pounds"),
    ("ten times more", "times", "N times"),
    ("ten times higher", "times", "N times"),
    ("3 times larger", "times", "N times"),
    ("a quadrillion", "count", "trillion"),
    ("second", "percent", "ordinal"),
    ("a record", "count", "record"),
    ("5m", "count, continuous", "million"),
    ("50k", "count", "thousand"),
    ("3b", "count", "billion"),
    ("arround 50", "count", "'around'"),
    ("nearlly 50", "count", "'nearly'"),
    ("-5", "count", "signed: true"),
    ("-0.3%", "percent", "signed: true"),
    ("+5", "percent", "signed: true"),
    ("minus 4", "count", "signed: true"),
    ("fell by 2%", "percent", "signed: true"),
    ("shrank by 9.9%", "percent", "'shrank by'"),
    ("up 40%", "percent", "'up'"),
    ("fell by -2%", "percent, signed", "'fell by 2%'"),
    ("50-40", "count", "out of order"),
    ("between 40 to 50", "count", "between"),
    ("from 40 and 50", "count", "from"),
    ("between 40", "count", "range"),
    ("over 40-50", "count", "range"),
    ("40-50 or more", "count", "range"),
    ("2 million percent", "percent", "scale word"),
    ("$5 percent", "percent", "two units"),
    ("€1-$2", "usd", "different currencies"),
    ("2 in 1", "percent", "k ≤ n"),
    ("0 in 5", "percent", "k ≤ n"),
    ("1/2", "percent", "'/'"),
    ("a thirds", "percent", "not a fraction"),
    ("two-third", "percent", "not a fraction"),
    ("five-quarters", "percent", "not a fraction"),
    ("1:0", "times", "b > 0"),
    ("over 50+", "count", "two qualifiers"),
    ("the 40 percent", "percent", "'the'"),
    ("40 percent mark", "percent", "'mark'"),
    ("twice twice", "times", "'twice'"),
    ("5 times times", "times", "times"),
    ("at least 75 countries", "count", "'countries'"),
    ("3rd", "count", "glued"),
    ("2million", "count", "glued"),
    ("1e9", "count", "glued"),
    ("12,34", "count", "malformed"),
    ("nearly 0", "count", "empty"),
    ("fewer than 0", "count", "empty"),
    ("seventy--five", "count", "hyphen"),
    ("-seventy", "count", "hyphen"),
    ("5 -", "count", "hyphen"),
]


@pytest.mark.parametrize(("says", "spec", "expected"), TABLE, ids=[f"{s}|{q}" for s, q, _ in TABLE])
def test_phrase_table(says: str, spec: str, expected: str) -> None:
    d, integer = domain(spec)
    stated = parse_says(says, domain=d)
    assert stated.mismatch is None, stated.mismatch
    assert stated.for_domain(integer) == interval(expected)


def test_phrase_table_is_large_and_unique() -> None:
    assert len(TABLE) >= 300
    keys = [(s, q) for s, q, _ in TABLE]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("says", "spec"), MISMATCHES, ids=[f"{s}|{q}" for s, q in MISMATCHES])
def test_unit_mismatch_is_reported_not_read(says: str, spec: str) -> None:
    d, _ = domain(spec)
    stated = parse_says(says, domain=d)
    assert stated.mismatch is not None and stated.mismatch.startswith("the words state ")
    assert stated.unit is not None


@pytest.mark.parametrize(("says", "spec", "word"), REFUSED, ids=[f"{s}|{q}" for s, q, _ in REFUSED])
def test_refused_phrases_name_the_word(says: str, spec: str, word: str) -> None:
    d, _ = domain(spec)
    with pytest.raises(SaysError, match=re.escape(word)):
        parse_says(says, domain=d)


# -- properties against brute-force readings ------------------------------------------------


def _round(x: Fraction, places: int, mode: str) -> Decimal:
    # The figure `x` is written as at `places` decimals (Decimal rounds half away from zero
    # with ROUND_HALF_UP, as a spreadsheet does).
    q = Decimal(1).scaleb(-places)
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return d.quantize(q, rounding=mode)


def _grid(iv: Interval, centre: Fraction, width: Fraction) -> list[Fraction]:
    # Points around the interval's ends and inside it, exact rationals.
    points = {centre + width * Fraction(k, 40) for k in range(-60, 61)}
    for end in (iv.lo, iv.hi):
        if end is not None:
            points |= {Fraction(end) + width * Fraction(k, 1000) for k in (-3, -1, 0, 1, 3)}
    return sorted(points)


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.integers(-(10**6), 10**6), st.integers(0, 3), st.sampled_from(["half-up", "either"]))
@example(985, 2, "half-up")
@example(-985, 2, "half-up")
@example(0, 1, "either")
def test_rounding_range_is_the_values_that_round_to_the_figure(
    n: int, places: int, rounding: str
) -> None:
    # Oracle: x is in the interval iff x, rounded to the places written, is the figure
    # (half away from zero; "either" also accepts the other way at a tie).
    value = Fraction(n, 10**places)
    text = f"{'-' if n < 0 else ''}{abs(n) // 10**places}" + (
        f".{abs(n) % 10**places:0{places}d}" if places else ""
    )
    iv = parse_says(text + "%", domain=Domain("percent", True, True, rounding)).interval
    figure = Decimal(text)
    step = Fraction(1, 10**places)
    for x in _grid(iv, value, step):
        rounds = _round(x, places, ROUND_HALF_UP) == figure
        if rounding == "either":
            rounds = rounds or _round(x, places, ROUND_HALF_DOWN) == figure
        assert iv.contains_value(x) == rounds, (text, x, iv)


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.integers(1, 999), st.integers(0, 4))
@example(38, 1)
@example(2, 0)
@example(100, 0)
def test_trailing_zeros_before_a_scale_word_are_not_significant(digits: int, zeros: int) -> None:
    # Oracle: x billion is in the interval iff x rounded to the significant digits of the
    # figure (its digits without trailing zeros) is the figure.
    written = digits * 10**zeros
    iv = parse_says(f"{written} billion", domain=Domain("usd", True)).interval
    significant = str(written).rstrip("0") or "0"
    unit = 10 ** (len(str(written)) - len(significant)) * 10**9
    centre = Fraction(written * 10**9)
    for x in _grid(iv, centre, Fraction(unit)):
        rounded = ((x + Fraction(unit, 2)) // unit) * unit  # half up, x ≥ 0 here
        assert iv.contains_value(x) == (x >= 0 and rounded == centre), (written, x, iv)


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.integers(0, 2000), st.integers(1, 2000), st.integers(0, 2), st.booleans())
@example(40, 10, 0, True)
def test_range_holds_the_values_either_end_can_stand_for(
    a: int, width: int, places: int, percent: bool
) -> None:
    # Oracle: x is in "a-b" iff a's rounding range starts at or below x and x lies below
    # the end of b's (on a count: a ≤ x ≤ b).
    b = a + width
    ta, tb = (
        f"{v // 10**places}" + (f".{v % 10**places:0{places}d}" if places else "") for v in (a, b)
    )
    d = Domain("percent", True) if percent else Domain("count", False)
    iv = parse_says(f"{ta}-{tb}" + ("%" if percent else ""), domain=d).interval
    lo, hi = Fraction(a, 10**places), Fraction(b, 10**places)
    half = Fraction(1, 2 * 10**places) if percent else Fraction(0)
    for x in _grid(iv, (lo + hi) / 2, hi - lo + 2 * half):
        inside = max(lo - half, Fraction(0)) <= x and (x < hi + half if percent else x <= hi)
        assert iv.contains_value(x) == inside, (ta, tb, x, iv)


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.integers(2, 60), st.sampled_from(["percent", "times"]))
@example(5, "percent")
def test_one_in_n_holds_the_shares_whose_odds_round_to_n(n: int, kind: str) -> None:
    # Oracle: a share s (of the whole) is "1 in n" iff 1/s rounds half up to n.
    scale = 100 if kind == "percent" else 1
    iv = parse_says(f"1 in {n}", domain=Domain(kind, True)).interval
    centre = Fraction(scale, n)
    for x in _grid(iv, centre, centre):
        if x <= 0:
            assert not iv.contains_value(x)
            continue
        odds = Fraction(scale) / x
        assert iv.contains_value(x) == ((odds + Fraction(1, 2)) // 1 == n), (n, x, iv)


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.integers(2, 9), st.sampled_from([3, 4, 5, 10]))
def test_k_in_n_holds_the_shares_whose_count_rounds_to_k(k: int, n: int) -> None:
    # Oracle: a share s (percent) is "k in n" iff s·n rounds half up to k.
    if k > n:
        with pytest.raises(SaysError):
            parse_says(f"{k} in {n}", domain=Domain("percent", True))
        return
    iv = parse_says(f"{k} in {n}", domain=Domain("percent", True)).interval
    for x in _grid(iv, Fraction(100 * k, n), Fraction(100, n)):
        count = x * n / 100
        assert iv.contains_value(x) == (0 <= x <= 100 and (count + Fraction(1, 2)) // 1 == k)


DIRECTION_PAIRS = [
    ("rose by", "fell by"),
    ("up", "down"),
    ("grew", "shrank by"),
    ("increased by", "declined by"),
    ("gained", "lost"),
    ("climbed", "dropped"),
]


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(
    st.sampled_from(DIRECTION_PAIRS),
    st.integers(0, 10**4),
    st.integers(0, 2),
    st.sampled_from(["", "nearly ", "more than ", "at least ", "about "]),
)
def test_a_fall_is_the_mirror_of_a_rise(
    pair: tuple[str, str], n: int, places: int, qualifier: str
) -> None:
    text = f"{n // 10**places}" + (f".{n % 10**places:0{places}d}" if places else "") + "%"
    d = Domain("percent", True, True)
    try:
        up = parse_says(f"{pair[0]} {qualifier}{text}", domain=d).interval
    except SaysError:
        return  # "nearly 0%": empty either way
    down = parse_says(f"{pair[1]} {qualifier}{text}", domain=d).interval
    mirrored = Interval.of(
        None if up.hi is None else -Fraction(up.hi),
        None if up.lo is None else -Fraction(up.lo),
        up.hi_open,
        up.lo_open,
    )
    assert down == mirrored


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(
    st.sampled_from([s for s, _, _ in TABLE]),
    st.sampled_from(sorted(UNIT_KINDS)),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["half-up", "either"]),
)
def test_any_table_phrase_on_any_quantity_reads_or_refuses_cleanly(
    says: str, kind: str, continuous: bool, signed: bool, rounding: str
) -> None:
    try:
        stated = parse_says(says, domain=Domain(kind, continuous, signed, rounding))
    except SaysError:
        return
    assert not stated.interval.is_empty()
    if not signed and stated.mismatch is None:
        assert stated.interval.lo is not None and stated.interval.lo >= 0


@pytest.mark.parametrize(
    ("a", "b"),
    list(
        itertools.combinations(
            ["1 in 5", "one in five", "one-in-five", "1 out of 5", "1 of every 5"], 2
        )
    ),
)
def test_spellings_of_one_form_agree(a: str, b: str) -> None:
    d = Domain("percent", True)
    assert parse_says(a, domain=d).interval == parse_says(b, domain=d).interval


SOUP = [
    "$", "US$", "€", "£", "¥", "USD", "-", "−", "–", "+", "±", ":", "%", "°C", "~", ">", "≥",
    "1", "5", "10", "2.5", "1,000", "0", "382b", "3bn", "1.7tn", "5m", "one", "five", "three",
    "in", "out", "of", "every", "to", "and", "between", "from", "by", "rose", "fell", "up",
    "down", "edged", "shrank", "half", "a", "third", "thirds", "quarter", "twice", "doubled",
    "times", "more", "than", "at", "least", "nearly", "about", "or", "higher", "percent",
    "points", "percentage", "per", "100,000", "billion", "million", "dollars", "the", "mark",
    "x", "fold", "most", "majority", "several", " ", "",
]


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.lists(st.sampled_from(SOUP), max_size=9).map(" ".join)
       | st.lists(st.sampled_from(SOUP), max_size=9).map("".join),
       st.sampled_from(sorted(UNIT_KINDS)), st.booleans(), st.booleans(),
       st.sampled_from(["half-up", "either"]))
@example("fell by $-5", "usd", True, True, "half-up")
@example("-$", "usd", True, True, "half-up")
@example("1 in", "percent", True, False, "half-up")
@example("rose", "aud", False, True, "half-up")
@example("fell by", "percent", True, True, "half-up")
def test_word_soup_reads_or_refuses_with_says_error_only(
        says: str, kind: str, continuous: bool, signed: bool, rounding: str) -> None:
    try:
        stated = parse_says(says, domain=Domain(kind, continuous, signed, rounding))
    except SaysError:
        return
    assert not stated.interval.is_empty()
    assert stated.text == says
    if not signed:
        assert stated.interval.lo is not None and stated.interval.lo >= 0


@settings(deadline=None)  # exact rationals on a loaded machine: no time limit
@given(st.sampled_from(["", "at least ", "more than ", "about ", "nearly ", "fewer than ",
                        "up to ", "some ", "over ", "just over ", "the "]),
       st.integers(0, 10**7), st.integers(0, 2), st.sampled_from(["", "+", "%", " percent"]),
       st.sampled_from(sorted(UNIT_KINDS)), st.booleans(), st.booleans(),
       st.sampled_from(["half-up", "either"]))
@example("about ", 50, 0, "", "count", False, False, "half-up")
@example("", 0, 0, "%", "percent", True, True, "either")
def test_the_quick_path_reads_as_the_full_reader(
        prefix: str, n: int, places: int, suffix: str, kind: str, continuous: bool,
        signed: bool, rounding: str) -> None:
    from checker._numbers_reader import Reader
    from checker._numbers_words import tokenize

    says = prefix + (f"{n // 10**places}.{n % 10**places:0{places}d}" if places
                     else f"{n:,}") + suffix
    d = Domain(kind, continuous, signed, rounding)
    try:
        full = Reader(says, tokenize(says), Fraction(1, 10), d).read()
    except SaysError:
        with pytest.raises(SaysError):
            parse_says(says, domain=d)
        return
    assert parse_says(says, domain=d) == full
