"""Internal constraint form of the solver, and bound propagation (layer 2, private to `solver`).

`solver.py` turns claims and relations into a `Task`: linear constraints (`Lin`) and
products (`Prod`, the nonlinear form of a ratio), each guarded by the claims and relations
it comes from.  This module owns that form and the interval propagation used for
components the solver does not solve exactly (REL003).  Everything is exact rationals.
Stdlib and `intervals` only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from checker.intervals import Interval, Number

Op = Literal["<=", "<", "=="]

# A bound end: (value, open); value None is infinite.
_End = tuple[Number | None, bool]


@dataclass(frozen=True)
class Lin:
    """The linear constraint ``sum(coef * var) op rhs`` with rational coefficients."""

    terms: tuple[tuple[str, Fraction], ...]
    op: Op
    rhs: Fraction

    def variables(self) -> tuple[str, ...]:
        """Return the variables of the constraint."""
        return tuple(v for v, _ in self.terms)


@dataclass(frozen=True)
class Prod:
    """The product ``(value + shift) * den == scale * num`` (den > 0 is a separate `Lin`).

    A ratio has shift 0; a change ``value = scale * (num - den) / den`` has shift `scale`.
    """

    value: str
    num: str
    den: str
    scale: Fraction
    shift: Fraction = Fraction(0)

    def variables(self) -> tuple[str, ...]:
        """Return the variables of the constraint."""
        return (self.value, self.num, self.den)


Atom = Lin | Prod


@dataclass(frozen=True)
class Clause:
    """An `atom` that holds when every item named in `guard` is active (empty: always)."""

    guard: tuple[str, ...]
    atom: Atom


@dataclass(frozen=True)
class RatioView:
    """A product whose value variable was eliminated: ``value = scale*num/den - shift``."""

    rel: str
    value: str
    num: str
    den: str
    scale: Fraction
    shift: Fraction = Fraction(0)


@dataclass(frozen=True)
class Task:
    """One connected component in constraint form.

    `softs` pairs each claim item with its rank; `rels` names relation items; a clause
    applies when all items of its guard are active.  `ratios` lists linearised ratios.
    """

    ints: tuple[str, ...]
    reals: tuple[str, ...]
    softs: tuple[tuple[str, int], ...]
    rels: tuple[str, ...]
    clauses: tuple[Clause, ...]
    ratios: tuple[RatioView, ...]

    @property
    def nonlinear(self) -> bool:
        """Return whether some clause is a product."""
        return any(isinstance(c.atom, Prod) for c in self.clauses)

    def active_atoms(self, active: frozenset[str]) -> list[Atom]:
        """Return the atoms whose guards lie inside `active`."""
        return [c.atom for c in self.clauses if all(g in active for g in c.guard)]


def lin(terms: dict[str, Fraction], op: Op, rhs: Fraction) -> Lin:
    """Return a `Lin` with zero coefficients dropped and terms sorted by variable."""
    kept = tuple(sorted((v, Fraction(c)) for v, c in terms.items() if c != 0))
    return Lin(kept, op, Fraction(rhs))


FALSE = Lin((), "<", Fraction(0))  # 0 < 0: the constraint no value satisfies


def interval_lins(var: str, interval: Interval) -> list[Lin]:
    """Return the constraints saying `var` lies in `interval` (infinite ends dropped)."""
    if interval.is_empty():
        return [FALSE]
    out: list[Lin] = []
    if interval.lo is not None:
        lo = Fraction(-interval.lo)
        out.append(lin({var: Fraction(-1)}, "<" if interval.lo_open else "<=", lo))
    if interval.hi is not None:
        hi = Fraction(interval.hi)
        out.append(lin({var: Fraction(1)}, "<" if interval.hi_open else "<=", hi))
    return out


def ratio_lins(num: str, den: str, scale: Fraction, interval: Interval) -> list[Lin]:
    """Return ``scale*num ∈ den·interval`` as linear constraints (den > 0 assumed)."""
    if interval.is_empty():
        return [FALSE]
    out: list[Lin] = []
    if interval.lo is not None:  # lo*den <= scale*num
        lo = Fraction(interval.lo)
        out.append(
            lin(
                {den: lo, num: -scale} if num != den else {den: lo - scale},
                "<" if interval.lo_open else "<=",
                Fraction(0),
            )
        )
    if interval.hi is not None:  # scale*num <= hi*den
        hi = Fraction(interval.hi)
        out.append(
            lin(
                {num: scale, den: -hi} if num != den else {den: scale - hi},
                "<" if interval.hi_open else "<=",
                Fraction(0),
            )
        )
    return out


def view_lins(view: RatioView, interval: Interval) -> list[Lin]:
    """Return ``view.value ∈ interval`` as linear constraints on its numerator and denominator."""
    return ratio_lins(view.num, view.den, view.scale, shift_interval(interval, view.shift))


def shift_interval(iv: Interval, shift: Fraction) -> Interval:
    """Return `iv` moved by `shift` (ends keep whether they are open)."""
    if not shift or iv.is_empty():
        return iv
    return Interval.of(None if iv.lo is None else iv.lo + shift,
                       None if iv.hi is None else iv.hi + shift, iv.lo_open, iv.hi_open)


# -- propagation ------------------------------------------------------------------------


def _mul_end(c: Fraction, end: _End) -> _End:
    value, is_open = end
    return (None if value is None else c * value, is_open)


def _lower(iv: Interval) -> _End:
    return (iv.lo, iv.lo_open)


def _upper(iv: Interval) -> _End:
    return (iv.hi, iv.hi_open)


def _term_min(coef: Fraction, iv: Interval) -> _End:
    # Smallest value of coef*x over iv (value None: -inf).
    return _mul_end(coef, _lower(iv) if coef > 0 else _upper(iv))


def _tighten(bounds: dict[str, Interval], var: str, new: Interval, ints: frozenset[str]) -> bool:
    old = bounds[var]
    got = old.intersect(new)
    if var in ints:
        got = got.integers(minimum=None)
    if got != old:
        bounds[var] = got
        return True
    return False


def _propagate_le(
    terms: tuple[tuple[str, Fraction], ...],
    strict: bool,
    rhs: Fraction,
    bounds: dict[str, Interval],
    ints: frozenset[str],
) -> bool:
    """Tighten bounds from ``sum(terms) (<|<=) rhs``; return whether any changed."""
    mins = [_term_min(c, bounds[v]) for v, c in terms]
    changed = False
    for i, (var, coef) in enumerate(terms):
        rest = Fraction(0)
        is_open = strict
        finite = True
        for j, (value, end_open) in enumerate(mins):
            if j == i:
                continue
            if value is None:
                finite = False
                break
            rest += value
            is_open = is_open or end_open
        if not finite:
            continue
        limit = Fraction(rhs - rest) / coef
        new = (
            Interval.of(None, limit, hi_open=is_open)
            if coef > 0
            else Interval.of(limit, None, lo_open=is_open)
        )
        changed = _tighten(bounds, var, new, ints) or changed
        mins = [_term_min(c, bounds[v]) for v, c in terms]
    return changed


def _div_nonneg(num: Interval, den: Interval) -> Interval | None:
    # num/den for num >= 0 and den > 0; None when the signs do not allow it.
    if num.lo is None or num.lo < 0 or den.lo is None or den.lo < 0:
        return None
    if den.lo == 0 and not den.lo_open:
        return None
    if den.hi is None:
        lo, lo_open = Fraction(0), num.lo != 0 or num.lo_open
        if num.lo == 0:
            lo_open = num.lo_open
    else:
        lo, lo_open = Fraction(num.lo) / den.hi, num.lo_open or den.hi_open
    if num.hi is None or den.lo == 0:
        return Interval.of(lo, None, lo_open=lo_open)
    return Interval.of(lo, Fraction(num.hi) / den.lo, lo_open, num.hi_open or den.lo_open)


def _scale_interval(c: Fraction, iv: Interval) -> Interval:
    if c >= 0:
        return Interval.of(
            None if iv.lo is None else c * iv.lo,
            None if iv.hi is None else c * iv.hi,
            iv.lo_open,
            iv.hi_open,
        )
    return Interval.of(
        None if iv.hi is None else c * iv.hi,
        None if iv.lo is None else c * iv.lo,
        iv.hi_open,
        iv.lo_open,
    )


def propagate(task: Task, active: frozenset[str], rounds: int = 12) -> dict[str, Interval]:
    """Return sound bounds of every variable of `task` by interval propagation.

    Only clauses whose guards lie in `active` apply; eliminated ratio values get
    ``scale*num/den`` where the signs allow it.  An empty interval means propagation
    proved the active constraints infeasible.  The bounds contain every solution but
    need not be tight.
    """
    ints = frozenset(task.ints)
    bounds = {v: Interval.everything() for v in (*task.ints, *task.reals)}
    atoms = task.active_atoms(active)
    for _ in range(rounds):
        changed = False
        for atom in atoms:
            if isinstance(atom, Lin):
                if not atom.terms:
                    holds = {"<=": 0 <= atom.rhs, "<": 0 < atom.rhs, "==": atom.rhs == 0}
                    if not holds[atom.op]:
                        return {v: Interval.empty() for v in bounds}
                    continue
                changed = (
                    _propagate_le(atom.terms, atom.op == "<", atom.rhs, bounds, ints) or changed
                )
                if atom.op == "==":
                    neg = tuple((v, -c) for v, c in atom.terms)
                    changed = _propagate_le(neg, False, -atom.rhs, bounds, ints) or changed
            else:
                q = _div_nonneg(bounds[atom.num], bounds[atom.den])
                if q is not None:
                    got = shift_interval(_scale_interval(atom.scale, q), -atom.shift)
                    changed = _tighten(bounds, atom.value, got, ints) or changed
        if any(b.is_empty() for b in bounds.values()):
            return {v: Interval.empty() for v in bounds}
        if not changed:
            break
    for view in task.ratios:
        q = _div_nonneg(bounds[view.num], bounds[view.den])
        if q is not None:
            got = shift_interval(_scale_interval(view.scale, q), -view.shift)
            bounds[view.value] = bounds[view.value].intersect(got)
    return bounds


def lcm_denominator(values: list[Fraction]) -> int:
    """Return the least common multiple of the denominators of `values`."""
    out = 1
    for v in values:
        out = out * v.denominator // math.gcd(out, v.denominator)
    return out
