"""Messages that show the numbers and the arithmetic (layer 2: pure analysis).

Every finding's message is built here from plain views of the claims involved, so the
wording lives in one place: "the report says “fifty-two” (52); the table counts 53 rows
with smart_policing = 1".  Imports only layer 0 and `intervals`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

from checker.intervals import Interval, format_number


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What a message needs to know of a claim."""

    id: str
    source: str
    kind: str
    quantity: str
    label: str
    unit: str
    says: str | None
    count: str | None  # the table filter written out, for counted claims
    interval: Interval | None


class _Check(Protocol):
    @property
    def basis(self) -> str: ...

    @property
    def against_interval(self) -> Interval | None: ...


@dataclass(frozen=True, slots=True)
class RelationView:
    """A relation as a message shows it: its id, kind and members (variables)."""

    id: str
    kind: str
    members: tuple[str, ...]
    scale: Fraction = Fraction(1)


def show(iv: Interval | None) -> str:
    """Return an interval as a message shows it: 53, [61, ∞), [50.5, 51.5)."""
    return "unknown" if iv is None else str(iv)


def describe(view: ClaimView) -> str:
    """Return what a claim states, with its value: `a` says “at least 50” ([50, ∞))."""
    if view.count is not None:
        n = show(view.interval)
        if view.count == "every row":
            return f"the table `{view.source}` has {n} rows"
        return f"the table `{view.source}` counts {n} rows with {view.count}"
    who = f"the report `{view.source}`" if view.kind == "primary" else f"`{view.source}`"
    words = view.says or "its value"
    value = show(view.interval)
    if view.unit == "percent" or value != words:
        return f"{who} says “{words}” ({value})"
    return f"{who} says “{words}”"


def explain_verdict(view: ClaimView, check: _Check, against: Sequence[ClaimView]) -> str:
    """Return the message of a verdict finding (XCK003, XCK004, XCK005)."""
    if not against:
        return (f"{describe(view)} on {view.quantity} ({view.label}); no other source states "
                "it, so nothing corroborates it")
    target = show(check.against_interval)
    what = {"cited": "the source it cites", "references": "the reference",
            "others": "the other sources"}.get(check.basis, "what it is compared with")
    others = "; ".join(describe(a) for a in against)
    mine = show(view.interval)
    if view.interval is not None and check.against_interval is not None:
        if check.against_interval.contains(view.interval):
            return (f"{describe(view)}, which asserts more than {what} supports: {others}; "
                    f"{mine} lies strictly inside {target}: a hedge was dropped")
        return (f"{describe(view)}, less precise than {what}: {others}; "
                f"{mine} contains {target}")
    return f"{describe(view)}; {what}: {others}"


def _interval_sum(items: Sequence[Interval]) -> Interval:
    lo: Fraction | None = Fraction(0)
    hi: Fraction | None = Fraction(0)
    lo_open = hi_open = False
    for iv in items:
        lo = None if lo is None or iv.lo is None else lo + iv.lo
        hi = None if hi is None or iv.hi is None else hi + iv.hi
        lo_open = lo_open or iv.lo_open
        hi_open = hi_open or iv.hi_open
    return Interval(lo, hi, lo_open or lo is None, hi_open or hi is None)


def _arith(rel: RelationView, values: Mapping[str, Interval]) -> str:
    """Return the relation's formula with what the conflicting claims say of its members."""
    def v(var: str) -> str:
        return show(values[var]) if var in values else "?"

    m = rel.members
    if rel.kind == "subset":
        return f"{m[0]} ≤ {m[1]}: {v(m[0])} ≤ {v(m[1])}"
    if rel.kind == "sum":
        text = f"{m[0]} = " + " + ".join(m[1:])
        if all(p in values for p in m[1:]):
            total = _interval_sum([values[p] for p in m[1:]])
            text += ": " + " + ".join(v(p) for p in m[1:]) + f" = {show(total)}"
            text += f", but {m[0]} is {v(m[0])}" if m[0] in values else ""
        else:
            known = ", ".join(f"{p} = {v(p)}" for p in m if p in values)
            text += f": {known}" if known else ""
        return text
    if rel.kind == "union":
        parts = ", ".join(m[1:])
        known = ", ".join(f"{p} = {v(p)}" for p in m if p in values)
        return f"max({parts}) ≤ {m[0]} ≤ sum({parts})" + (f": {known}" if known else "")
    if rel.kind == "equal":
        return " = ".join(f"{p} ({v(p)})" for p in m)
    # ratio: value = scale × numerator / denominator
    val, num, den = m
    scale = format_number(rel.scale)
    text = f"{val} = {scale} × {num} / {den}"
    if val in values and den in values and values[den].is_point() and values[val].is_bounded():
        d = values[den].lo
        iv = values[val]
        assert d is not None and iv.lo is not None and iv.hi is not None
        lo, hi = iv.lo * d / rel.scale, iv.hi * d / rel.scale
        text += (f": {show(iv)} of {format_number(d)} is {format_number(lo)}–"
                 f"{format_number(hi)}")
        if num in values:
            text += f", but {num} is {v(num)}"
    elif val in values and num in values and values[num].is_point() and values[val].is_bounded():
        n = values[num].lo
        iv = values[val]
        assert n is not None and iv.lo is not None and iv.hi is not None
        if iv.lo > 0:
            text += (f": {format_number(n)} is {show(iv)} of {format_number(n * rel.scale / iv.hi)}"
                     f"–{format_number(n * rel.scale / iv.lo)}")
        if den in values:
            text += f", but {den} is {v(den)}"
    else:
        known = ", ".join(f"{p} = {v(p)}" for p in m if p in values)
        text += f": {known}" if known else ""
    return text


def explain_conflict(suspect: ClaimView, members: Sequence[ClaimView],
                     relations: Sequence[RelationView], variables: Mapping[str, str]) -> str:
    """Return the message of a conflict: each member's statement and the relations' arithmetic.

    `members` is the minimal conflicting set without the suspect; `variables` maps each
    claim id to its variable.
    """
    parts = [describe(suspect)] + [describe(m) for m in members]
    text = "; ".join(parts)
    if not relations:
        return text + ": both cannot be true" if len(members) == 1 else text + \
            ": they cannot all be true"
    values: dict[str, Interval] = {}
    for view in [suspect, *members]:
        var = variables[view.id]
        if view.interval is not None:
            values[var] = values[var].intersect(view.interval) if var in values else view.interval
    arith = "; ".join(f"{r.id}: {_arith(r, values)}" for r in relations)
    return f"{text}; {arith}: these cannot all hold"


def explain_relation_conflict(relations: Sequence[RelationView]) -> str:
    """Return the message of relations that contradict each other without any claim."""
    arith = "; ".join(f"{r.id}: {_arith(r, {})}" for r in relations)
    return (f"these relations cannot all hold, whatever the figures ({arith}): "
            "one of them is declared wrong")


def explain_implied(label: str, var: str, own: Interval | None, implied: Interval,
                    relations: Sequence[RelationView], values: Mapping[str, Interval]) -> str:
    """Return the message of an implied bound (REL002), with each relation's arithmetic.

    `values` holds what the claims say of each variable (the intersection of its claims).
    """
    via = "; ".join(f"{r.id}: {_arith(r, values)}" for r in relations) or "the relations"
    if own is None:
        return f"no claim states {var} ({label}); the relations imply {show(implied)} ({via})"
    return (f"the claims on {var} ({label}) say {show(own)}; the relations narrow it to "
            f"{show(implied)} ({via})")
