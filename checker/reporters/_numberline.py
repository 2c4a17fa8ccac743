"""Geometry of the per-quantity number line of the HTML report (layer 4: output).

`build_number_line` turns the claims' intervals of one quantity (and its implied bounds)
into plain drawing instructions: one horizontal bar per claim with the kind of each end
(closed dot, open ring, or an arrow for an unbounded ray), an axis with ticks, and labels
that name the claim and its verdict, so the chart never depends on colour alone.  The
template only draws what is here.  Coordinates are rounded to 0.1 for byte-stable output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from checker.intervals import Interval, format_number

WIDTH = 960
PLOT_X1 = 24.0
PLOT_X2 = 440.0
LABEL_CHARS = 76  # longer labels are cut with "…" (the table below the chart has them whole)
ROW = 22.0
TOP = 16.0
AXIS_GAP = 30.0

SYMBOLS = {
    "agrees": "=", "weaker": "⊃", "stronger": "⊂", "overlaps": "≈", "conflicts": "✗",
    "uncorroborated": "?", "implied": "◆",
}
"""A glyph per verdict, drawn next to every label (shape, not just colour)."""


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick at `x` labelled `label`."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    """One interval drawn as a bar.

    `y` is the row's baseline; `x1`/`x2` the ends on screen; `lo`/`hi` how each end is
    drawn: ``closed`` (filled dot), ``open`` (ring), ``ray`` (arrow to the edge: no
    bound) or ``none`` (empty interval: nothing drawn).  `arrow_lo`/`arrow_hi` are SVG
    polygon points for rays (else empty).
    `verdict` selects the colour and dash class, `label` the text beside the bar (symbol,
    claim id, interval, verdict), `href` the claim's anchor (None when not on the page),
    `empty` whether the interval holds nothing (no bar, label only).
    """

    y: float
    x1: float
    x2: float
    lo: str
    hi: str
    arrow_lo: str
    arrow_hi: str
    verdict: str
    label: str
    href: str | None
    empty: bool


@dataclass(frozen=True, slots=True)
class NumberLine:
    """A whole chart: size, axis, ticks, bars (implied bounds first) and a text summary.

    `title` is the accessible name of the SVG; `more` counts claims not drawn (a quantity
    with very many claims shows its first rows only).
    """

    width: int
    height: int
    axis_y: float
    plot_x1: float
    plot_x2: float
    ticks: tuple[Tick, ...]
    bars: tuple[Bar, ...]
    title: str
    more: int


@dataclass(frozen=True, slots=True)
class Row:
    """Input of one bar: an interval with its label parts and link."""

    name: str
    interval: Interval
    verdict: str
    href: str | None


def _r(x: float) -> float:
    return round(x, 1)


def _domain(intervals: list[Interval]) -> tuple[Fraction, Fraction]:
    finite = [v for iv in intervals if not iv.is_empty() for v in (iv.lo, iv.hi) if v is not None]
    if not finite:
        return Fraction(0), Fraction(1)
    lo, hi = min(finite), max(finite)
    span = hi - lo
    pad = span / 8 if span else max(Fraction(1), abs(lo) / 10)
    return lo - pad, hi + pad


def _ticks(lo: Fraction, hi: Fraction, scale: float, integer: bool) -> tuple[Tick, ...]:
    raw = Fraction(hi - lo) / 5
    mag = Fraction(10) ** math.floor(math.log10(raw)) if raw > 0 else Fraction(1)
    step_f = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if integer:
        step_f = max(Fraction(1), Fraction(math.ceil(step_f)))
    first = math.ceil(lo / step_f)
    ticks: list[Tick] = []
    k = first
    while k * step_f <= hi and len(ticks) < 12:
        v = k * step_f
        ticks.append(Tick(_r(PLOT_X1 + float(v - lo) * scale), format_number(v)))
        k += 1
    return tuple(ticks)


def build_number_line(
    quantity: str, rows: list[Row], implied: Interval | None, integer: bool, limit: int = 40
) -> NumberLine:
    """Return the chart of `rows` (claims) and the `implied` bounds of `quantity`.

    Whole-number intervals are drawn on the integers they contain.  At most `limit` rows
    are drawn; the rest are counted in `NumberLine.more`.
    """
    def shown(iv: Interval) -> Interval:
        return iv.integers(minimum=None) if integer and not iv.is_empty() else iv

    drawn = [(r.name, shown(r.interval), r.verdict, r.href) for r in rows[:limit]]
    if implied is not None:
        drawn.insert(0, ("implied", shown(implied), "implied", None))
    lo, hi = _domain([iv for _, iv, _, _ in drawn])
    scale = (PLOT_X2 - PLOT_X1) / float(hi - lo)
    bars = []
    for i, (name, iv, verdict, href) in enumerate(drawn):
        y = _r(TOP + i * ROW)
        empty = iv.is_empty()
        x1 = PLOT_X1 if empty or iv.lo is None else PLOT_X1 + float(iv.lo - lo) * scale
        x2 = PLOT_X2 if empty or iv.hi is None else PLOT_X1 + float(iv.hi - lo) * scale
        lo_kind = "ray" if iv.lo is None else ("open" if iv.lo_open else "closed")
        hi_kind = "ray" if iv.hi is None else ("open" if iv.hi_open else "closed")
        if empty:
            lo_kind = hi_kind = "none"
        arrow_lo = (f"{_r(x1 - 2)},{y} {_r(x1 + 6)},{_r(y - 4)} {_r(x1 + 6)},{_r(y + 4)}"
                    if lo_kind == "ray" else "")
        arrow_hi = (f"{_r(x2 + 2)},{y} {_r(x2 - 6)},{_r(y - 4)} {_r(x2 - 6)},{_r(y + 4)}"
                    if hi_kind == "ray" else "")
        text = "∅ (empty)" if empty else str(iv)
        label = f"{SYMBOLS.get(verdict, '•')} {name}: {text}"
        if verdict != "implied":
            label += f" ({verdict})"
        if len(label) > LABEL_CHARS:
            label = label[: LABEL_CHARS - 1] + "…"
        bars.append(Bar(y, _r(x1), _r(x2), lo_kind, hi_kind, arrow_lo, arrow_hi, verdict,
                        label, href, empty))
    axis_y = _r(TOP + len(drawn) * ROW - 6)
    height = int(axis_y + AXIS_GAP)
    summary = "; ".join(b.label for b in bars)
    return NumberLine(WIDTH, height, axis_y, PLOT_X1, PLOT_X2, _ticks(lo, hi, scale, integer),
                      tuple(bars), f"Number line of {quantity}: {summary}",
                      max(0, len(rows) - limit))
