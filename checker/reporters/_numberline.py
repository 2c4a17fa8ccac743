"""Geometry of the per-quantity number line of the HTML report (layer 4: output).

`build_number_line` turns the claims' intervals of one quantity (and its implied bounds)
into plain drawing instructions: one row per claim with the kind of each end (closed dot,
open ring, or an arrow for an unbounded ray), a marker whose *shape* names the verdict
(`SHAPES`), the implied bounds as a grey band behind every row, an axis with ticks, and
labels that name the claim and its verdict, so the chart never depends on colour alone.
It also writes the chart out in words (`NumberLine.desc`) for screen readers.  The template
only draws what is here.  Coordinates are rounded to 0.1 for byte-stable output.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from checker.intervals import Interval, Number, decimal_exponent, format_number

WIDTH = 960
PLOT_X1 = 24.0
PLOT_X2 = 440.0
MARK_X = PLOT_X2 + 22  # the column of verdict markers, left of the labels
LABEL_X = PLOT_X2 + 36
LABEL_CHARS = 70  # longer labels are cut with "…" (the table below the chart has them whole)
ROW = 22.0
TOP = 16.0
AXIS_GAP = 30.0
SIZE = 5.0  # half the width of a marker


class Layout(NamedTuple):
    """Where a chart puts things: the `width` of its view box, the plot from `plot_x1` to
    `plot_x2`, the marker column `mark_x`, labels from `label_x` (cut at `label_chars`),
    `label_dy` below each row's baseline (negative: above the bar), rows `row` apart."""

    width: int
    plot_x1: float
    plot_x2: float
    mark_x: float
    label_x: float
    label_chars: int
    label_dy: float
    row: float


WIDE = Layout(WIDTH, PLOT_X1, PLOT_X2, MARK_X, LABEL_X, LABEL_CHARS, 4.0, ROW)
"""Labels right of the plot: for screens wider than about 40 characters of text."""
NARROW = Layout(320, 26.0, 300.0, 12.0, 24.0, 44, -9.0, 36.0)
"""Labels above each bar, drawn at their size on a 320-pixel phone screen."""

SHAPES = {
    "agrees": "circle", "weaker": "square", "stronger": "triangle", "overlaps": "diamond",
    "conflicts": "cross", "uncorroborated": "query", "implied": "band",
}
"""The marker shape of each verdict in the HTML report (chart, legend and badges)."""

MARKERS = {
    "agrees": "●", "weaker": "■", "stronger": "▲", "overlaps": "◆", "conflicts": "✕",
    "uncorroborated": "?", "implied": "▬",
}
"""The text glyph of each shape in `SHAPES`, printed in the HTML badges and tables."""


class Tick(NamedTuple):
    """An axis tick at `x` labelled `label`."""

    x: float
    label: str


class Marker(NamedTuple):
    """A shape drawn around (`x`, `y`): `shape` names it (and its CSS class ``mk-<shape>``:
    circle, square, triangle, diamond, cross, query, band, or the end kinds dot, ring,
    arrow of the legend), `path` is its SVG path data, and `glyph` text drawn inside it
    at (`x`, `gy`) (``?`` for query, else empty)."""

    shape: str
    path: str
    x: float
    y: float
    gy: float
    glyph: str


class Bar(NamedTuple):
    """One interval drawn as a row.

    `y` is the row's baseline; `x1`/`x2` the ends on screen; `lo`/`hi` how each end is
    drawn: ``closed`` (filled dot), ``open`` (ring), ``ray`` (arrow to the edge: no
    bound) or ``none`` (a single value or an empty interval: no end marks).
    `arrow_lo`/`arrow_hi` are SVG polygon points for rays (else empty).  `point` is the
    verdict's marker drawn *on* the line for a single value (None otherwise); `marker`
    the same shape in the marker column beside the label.  `band` is the rectangle
    (``x y width height``) of the implied bounds' row (None for claims).
    `verdict` selects the colour and dash class, `label` the text beside the bar (claim
    id, interval, verdict), `href` the claim's anchor (None when not on the page),
    `empty` whether the interval holds nothing (no bar, label only).
    """

    y: float
    x1: float
    x2: float
    lo: str
    hi: str
    arrow_lo: str
    arrow_hi: str
    point: Marker | None
    marker: Marker
    band: tuple[float, float, float, float] | None
    verdict: str
    label: str
    href: str | None
    empty: bool


class NumberLine(NamedTuple):
    """A whole chart: size, axis, ticks, bars (implied bounds first) and a text version.

    `label_x` is where labels start and `label_dy` their offset from a row's baseline;
    `band` is the rectangle (``x y width height``) of the
    implied bounds drawn behind every row (None without implied bounds); `title` is the
    accessible name of the SVG and `desc` reads every row out in words; `more` counts
    claims not drawn (a quantity with very many claims shows its first rows only).
    """

    width: int
    height: int
    axis_y: float
    plot_x1: float
    plot_x2: float
    label_x: float
    label_dy: float
    ticks: tuple[Tick, ...]
    band: tuple[float, float, float, float] | None
    bars: tuple[Bar, ...]
    title: str
    desc: str
    more: int


class Row(NamedTuple):
    """Input of one bar: an interval with its label parts and link."""

    name: str
    interval: Interval
    verdict: str
    href: str | None


def _r(x: float) -> float:
    return round(x, 1)


def _n(x: float) -> str:
    """Return a coordinate as short text (no trailing ``.0``)."""
    v = _r(x)
    return str(int(v)) if v == int(v) else str(v)


@lru_cache(maxsize=4096, typed=True)
def marker(shape: str, x: float, y: float, size: float = SIZE) -> Marker:
    """Return the `shape` (a value of `SHAPES`, or dot, ring, arrow) centred on (`x`, `y`).

    Remembered (a `Marker` is an immutable value): the marker column of every chart of a
    layout draws the same few shapes at the same few places (`typed`: a whole number
    and a float of the same value are told apart, as `_r` keeps them apart).
    """
    s = size
    if shape in ("circle", "query", "dot", "ring"):
        r = s if shape in ("circle", "query") else 4.0
        if shape == "query":
            r = s + 1.5
        path = (f"M{_n(x - r)},{_n(y)}a{_n(r)},{_n(r)} 0 1,0 {_n(2 * r)},0"
                f"a{_n(r)},{_n(r)} 0 1,0 {_n(-2 * r)},0Z")
    elif shape == "square":
        h = s * 0.85
        path = f"M{_n(x - h)},{_n(y - h)}h{_n(2 * h)}v{_n(2 * h)}h{_n(-2 * h)}Z"
    elif shape == "triangle":
        path = (f"M{_n(x)},{_n(y - s - 1)}L{_n(x + s + 1)},{_n(y + s)}"
                f"L{_n(x - s - 1)},{_n(y + s)}Z")
    elif shape == "diamond":
        d = s + 1
        path = f"M{_n(x)},{_n(y - d)}L{_n(x + d)},{_n(y)}L{_n(x)},{_n(y + d)}L{_n(x - d)},{_n(y)}Z"
    elif shape == "cross":
        path = (f"M{_n(x - s)},{_n(y - s)}L{_n(x + s)},{_n(y + s)}"
                f"M{_n(x + s)},{_n(y - s)}L{_n(x - s)},{_n(y + s)}")
    elif shape == "band":
        path = f"M{_n(x - 7)},{_n(y - 5)}h14v10h-14Z"
    elif shape == "arrow":
        path = f"M{_n(x - 8)},{_n(y)}H{_n(x + 2)}M{_n(x + 8)},{_n(y)}l-7,-4v8Z"
    else:  # pragma: no cover - every shape is listed above
        raise ValueError(shape)
    return Marker(shape, path, _r(x), _r(y), _r(y + 3.5), "?" if shape == "query" else "")


def legend() -> tuple[tuple[Marker, str, str], ...]:
    """Return the key of every chart: (marker, text, verdict or ``end``) for each verdict's
    marker, the kinds of end, and the implied bounds' band."""
    items = [(marker(shape, 10, 9), verdict, verdict)
             for verdict, shape in SHAPES.items() if verdict != "implied"]
    items += [(marker("dot", 10, 9), "closed end (value included)", "end"),
              (marker("ring", 10, 9), "open end (value excluded)", "end"),
              (marker("arrow", 10, 9), "no bound on that side", "end"),
              (marker("band", 10, 9), "implied bounds", "implied")]
    return tuple(items)


def describe(iv: Interval) -> str:
    """Return `iv` in words: ``exactly 52``, ``at least 75``, ``more than 60 and at most 70``."""
    if iv.is_empty():
        return "no value at all (empty)"
    if iv.lo is not None and iv.lo == iv.hi:
        return f"exactly {format_number(iv.lo)}"
    parts = []
    if iv.lo is not None:
        parts.append(("more than " if iv.lo_open else "at least ") + format_number(iv.lo))
    if iv.hi is not None:
        parts.append(("less than " if iv.hi_open else "at most ") + format_number(iv.hi))
    return " and ".join(parts) if parts else "any value"


def _domain(intervals: list[Interval]) -> tuple[Fraction, Fraction]:
    live = [iv for iv in intervals if not iv.is_empty()]
    finite = [v for iv in live for v in (iv.lo, iv.hi) if v is not None]
    if not finite:
        return Fraction(0), Fraction(1)
    lo, hi = Fraction(min(finite)), Fraction(max(finite))
    span = hi - lo
    pad = span / 8 if span else max(Fraction(1), abs(lo) / 10)
    # Leave room for an arrow to read as a ray, not as a stub at the edge.
    lo_pad = pad * 3 if any(iv.lo is None for iv in live) else pad
    hi_pad = pad * 3 if any(iv.hi is None for iv in live) else pad
    return lo - lo_pad, hi + hi_pad


def _tick_values(lo: Fraction, hi: Fraction, integer: bool) -> list[tuple[Fraction, str]]:
    """Return the values of the axis ticks from `lo` to `hi` (at most 12), each with its
    label."""
    raw = Fraction(hi - lo) / 5
    # The power of ten at or below `raw`, computed exactly (a float overflows or
    # underflows on the bounds of chained ratios).
    mag = (Fraction(10) ** decimal_exponent(raw.numerator, raw.denominator) if raw > 0
           else Fraction(1))
    step_f = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if integer:
        step_f = max(Fraction(1), Fraction(math.ceil(step_f)))
    first = math.ceil(lo / step_f)
    ticks: list[tuple[Fraction, str]] = []
    k = first
    while k * step_f <= hi and len(ticks) < 12:
        v = k * step_f
        ticks.append((v, format_number(v)))
        k += 1
    return ticks


class _Drawn(NamedTuple):
    """One row of a chart before it is laid out: what every layout draws alike.

    `lo`/`hi` are the shares of the axis (0 to 1, floats) of the ends, None for an
    unbounded one; `lo_kind`/`hi_kind` as in `Bar`; `label` the whole label (a layout
    cuts it); `text` what the row says in words."""

    name: str
    interval: Interval
    verdict: str
    href: str | None
    empty: bool
    single: bool
    lo: float | None
    hi: float | None
    lo_kind: str
    hi_kind: str
    label: str


def build_number_line(
    quantity: str, rows: list[Row], implied: Interval | None, integer: bool, limit: int = 40,
    layout: Layout = WIDE,
) -> NumberLine:
    """Return the chart of `rows` (claims) and the `implied` bounds of `quantity`.

    Whole-number intervals are drawn on the integers they contain.  At most `limit` rows
    are drawn; the rest are counted in `NumberLine.more`.  `layout` places the plot and
    the labels (`WIDE` or `NARROW`).
    """
    return build_number_lines(quantity, rows, implied, integer, limit, (layout,))[0]


def build_number_lines(
    quantity: str, rows: list[Row], implied: Interval | None, integer: bool, limit: int,
    layouts: tuple[Layout, ...],
) -> tuple[NumberLine, ...]:
    """Return the chart of `build_number_line` in each of `layouts`, in order.

    What does not depend on the layout (the intervals shown, the domain, where each end
    and tick falls as a share of the axis, the labels and the words) is worked out once;
    each layout then places it.  A coordinate is ``x1 + share * (x2 - x1)``, the share
    being the exact ``(v - lo) / span`` as a float, so each chart is the one a layout of
    its own would give.
    """
    def shown(iv: Interval) -> Interval:
        return iv.integers(minimum=None) if integer and not iv.is_empty() else iv

    named = [(r.name, shown(r.interval), r.verdict, r.href) for r in rows[:limit]]
    if implied is not None:
        named.insert(0, ("implied bounds", shown(implied), "implied", None))
    lo, hi = _domain([iv for _, iv, _, _ in named])
    span = hi - lo

    def share(v: Number | None) -> float | None:
        # The share of the axis is computed exactly and is at most about 1 in size, so
        # converting it to a float neither overflows nor underflows, whatever the bounds.
        return None if v is None else float((v - lo) / span)

    drawn: list[_Drawn] = []
    words: list[str] = []
    for name, iv, verdict, href in named:
        empty = iv.is_empty()
        single = not empty and iv.lo is not None and iv.lo == iv.hi
        lo_kind = "ray" if iv.lo is None else ("open" if iv.lo_open else "closed")
        hi_kind = "ray" if iv.hi is None else ("open" if iv.hi_open else "closed")
        if empty or single:
            lo_kind = hi_kind = "none"
        text = "∅ (empty)" if empty else str(iv)
        label = f"{name}: {text}"
        if verdict != "implied":
            label += f" ({verdict})"
        drawn.append(_Drawn(name, iv, verdict, href, empty, single,
                            None if empty else share(iv.lo), None if empty else share(iv.hi),
                            lo_kind, hi_kind, label))
        if verdict == "implied":
            words.append(f"Implied bounds: {describe(iv)}.")
        else:
            words.append(f"{name}: {describe(iv)}, {verdict}.")
    more = max(0, len(rows) - limit)
    if more:
        words.append(f"{more} more claims are not drawn.")
    ticks = [(float((v - lo) / span), label) for v, label in _tick_values(lo, hi, integer)]
    desc = " ".join(words)
    title = f"Number line of {quantity}"
    return tuple(_lay_out(drawn, ticks, implied is not None, layout, title, desc, more)
                 for layout in layouts)


def _lay_out(drawn: list[_Drawn], ticks: list[tuple[float, str]], has_implied: bool,
             layout: Layout, title: str, desc: str, more: int) -> NumberLine:
    """Return the chart of the rows `drawn` (the implied bounds first when `has_implied`)
    and the `ticks` (share, label) placed by `layout`."""
    PLOT_X1, PLOT_X2, ROW = layout.plot_x1, layout.plot_x2, layout.row  # noqa: N806
    width = PLOT_X2 - PLOT_X1
    top = TOP if layout.label_dy > 0 else TOP + 12
    axis_y = _r(top + len(drawn) * ROW - 6 - (ROW - 22.0) / 2)

    def x_of(share: float | None, edge: float) -> float:
        return edge if share is None else PLOT_X1 + share * width

    band = None
    if has_implied and not drawn[0].empty:
        first = drawn[0]
        bx1, bx2 = x_of(first.lo, PLOT_X1), x_of(first.hi, PLOT_X2)
        if bx2 - bx1 < 8:  # a single value: a narrow band centred on it
            bx1, bx2 = (bx1 + bx2) / 2 - 4, (bx1 + bx2) / 2 + 4
        band = (_r(bx1), _r(top - 9), _r(bx2 - bx1), _r(axis_y - top + 9))
    bars = []
    for i, d in enumerate(drawn):
        y = _r(top + i * ROW)
        x1 = PLOT_X1 if d.empty else x_of(d.lo, PLOT_X1)
        x2 = PLOT_X2 if d.empty else x_of(d.hi, PLOT_X2)
        lo_kind, hi_kind, verdict = d.lo_kind, d.hi_kind, d.verdict
        arrow_lo = (f"{_r(x1 - 2)},{y} {_r(x1 + 6)},{_r(y - 4)} {_r(x1 + 6)},{_r(y + 4)}"
                    if lo_kind == "ray" else "")
        arrow_hi = (f"{_r(x2 + 2)},{y} {_r(x2 - 6)},{_r(y - 4)} {_r(x2 - 6)},{_r(y + 4)}"
                    if hi_kind == "ray" else "")
        shape = SHAPES.get(verdict, "circle")
        row_band = None
        point = None
        if verdict == "implied":
            if band is not None:  # the band's row, short of the arrows of its rays
                bx, bw = band[0], band[2]
                if lo_kind == "ray":
                    bx, bw = bx + 6, bw - 6
                if hi_kind == "ray":
                    bw -= 6
                row_band = (_r(bx), _r(y - 5), _r(bw), 10.0)
        elif d.single:
            point = marker(shape, x1, y)
        label = d.label
        if len(label) > layout.label_chars:
            label = label[: layout.label_chars - 1] + "…"
        bars.append(Bar(y, _r(x1), _r(x2), lo_kind, hi_kind, arrow_lo, arrow_hi, point,
                        marker(shape, layout.mark_x, y), row_band, verdict, label, d.href,
                        d.empty))
    height = int(axis_y + AXIS_GAP)
    return NumberLine(layout.width, height, axis_y, PLOT_X1, PLOT_X2, layout.label_x,
                      layout.label_dy,
                      tuple(Tick(_r(PLOT_X1 + share * width), label) for share, label in ticks),
                      band, tuple(bars), title, desc, more)
