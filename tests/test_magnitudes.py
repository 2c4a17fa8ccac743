"""Exact numbers of any magnitude: formatted, written to JSON and drawn without floats.

Bounds of chained ratios can be far beyond what a float holds (1e351) or so small that a
float rounds them to 0; every output must still show them, never crash, and never print
a non-zero end as 0 or two different ends as one.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from checker.cli import main
from checker.intervals import Interval, format_number, format_pair, to_json_number
from checker.reporters._jsonout import dumps, number
from checker.reporters._numberline import Row, build_number_line
from tests.conftest import write_tree

# Fractions from 1e-400 to 1e400, of either sign, with small and huge denominators.
magnitudes = st.builds(
    lambda m, d, e, neg: (-1 if neg else 1) * Fraction(m, d) * Fraction(10) ** e,
    st.integers(1, 10**6), st.integers(1, 10**6), st.integers(-400, 400), st.booleans())


def _parse(text: str) -> Fraction:
    """Read back what `format_number` printed (commas, scientific notation)."""
    return Fraction(text.replace(",", ""))


@given(magnitudes)
@example(Fraction(4, 10000))
@example(Fraction(1, 3) * 10**400)
@example(Fraction(-25, 10**41))
def test_format_number_is_close_and_never_zero(value: Fraction) -> None:
    text = format_number(value)
    shown = _parse(text)
    assert shown != 0, text
    assert (shown < 0) == (value < 0), text
    assert abs(shown - value) <= abs(value) / 200, (value, text)  # >= 3 significant digits


@given(magnitudes, magnitudes)
def test_format_pair_tells_different_ends_apart(a: Fraction, b: Fraction) -> None:
    lo, hi = min(a, b), max(a, b)
    text_lo, text_hi = format_pair(lo, hi)
    if lo != hi:
        assert text_lo != text_hi
        assert _parse(text_lo) <= _parse(text_hi)


def test_tiny_percentages_are_not_printed_as_zero() -> None:
    iv = Interval(Fraction(4, 10000), Fraction(45, 100000), False, True)
    assert str(iv) == "[0.0004, 0.00045)"
    assert str(Interval(Fraction(1, 10**50), Fraction(2, 10**50), False, False)) == \
        "[1e-50, 2e-50]"


@given(magnitudes)
def test_json_numbers_of_any_magnitude(value: Fraction) -> None:
    bound = to_json_number(value, False)
    text = dumps({"v": number(bound)})
    back = json.loads(text, parse_float=Decimal)["v"]
    assert back != 0
    assert abs(Fraction(back) - value) <= abs(value) / 10**15


@given(magnitudes, magnitudes)
def test_number_line_draws_any_magnitude(a: Fraction, b: Fraction) -> None:
    lo, hi = min(a, b), max(a, b)
    rows = [Row("c", Interval(lo, hi, False, False), "agrees", None),
            Row("d", Interval(lo, None, True, True), "weaker", None)]
    line = build_number_line("q", rows, Interval(lo, hi, False, False), integer=False)
    for bar in line.bars:
        assert line.plot_x1 - 1 <= bar.x1 <= bar.x2 <= line.plot_x2 + 1
    assert all(line.plot_x1 - 1 <= t.x <= line.plot_x2 + 1 for t in line.ticks)


def _chain(scale: str, bottom: str, top: str) -> dict[str, str]:
    lines = ["sources:", "  - {id: a, title: A, kind: news, snapshot: a.txt}", "quantities:"]
    lines += [f"  - {{id: q{i}, label: Q{i}, continuous: true}}" for i in range(7)]
    lines += ["  - {id: d, label: D, continuous: true}", "relations:"]
    lines += [f"  - {{kind: ratio, value: q{i}, numerator: q{i - 1}, denominator: d, "
              f"scale: {scale}}}" for i in range(1, 7)]
    lines += ["claims:",
              "  - {id: c0, source: a, quantity: q0, quote: 'It is 5', says: '5', "
              "value: {min: 1e39, max: 2e39}}",
              f"  - {{id: c1, source: a, quantity: d, quote: 'It is 5', says: '5', "
              f"value: {{min: {bottom}, max: {top}}}}}"]
    return {"a.txt": "It is 5.\n", "claims.yaml": "\n".join(lines) + "\n"}


def test_chained_ratios_beyond_float_range_audit_and_render(tmp_path: Path) -> None:
    """Implied bounds of 1e400 and more reach every output (exit 0, no traceback)."""
    corpus = write_tree(tmp_path / "corpus", _chain("1e39", "3e-39", "7e-39"))
    out = tmp_path / "out"
    status = main(["audit", str(corpus), "--out", str(out), "--quiet", "--no-coverage",
                   "--sarif", str(out / "a.sarif"), "--junit", str(out / "j.xml"),
                   "--markdown", str(out / "s.md")])
    assert status == 0
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"), parse_float=Decimal)
    implied = {q["id"]: q["implied"] for q in data["quantities"]}
    assert Fraction(implied["q6"]["max"]) > 10**300  # beyond a float, written exactly enough
    assert "e" in (out / "index.html").read_text(encoding="utf-8")


def test_chained_ratios_below_float_range(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", _chain("1e-39", "3e39", "7e39"))
    status = main(["audit", str(corpus), "--out", str(tmp_path / "out"), "--quiet",
                   "--no-coverage"])
    assert status == 0
    data = json.loads((tmp_path / "out" / "audit.json").read_text(encoding="utf-8"),
                      parse_float=Decimal)
    low = {q["id"]: q["implied"] for q in data["quantities"]}["q6"]["min"]
    assert 0 < Fraction(low) < Fraction(1, 10**300)  # not rounded to 0
