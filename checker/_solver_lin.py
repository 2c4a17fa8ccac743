"""Internal constraint form of the solver, and bound propagation (layer 2, private to `solver`).

`solver.py` turns claims and relations into a `Task`: linear constraints (`Lin`) and
products (`Prod`, the nonlinear form of a ratio), each guarded by the claims and relations
it comes from.  This module owns that form and the interval propagation used for
components the solver does not solve exactly (REL003).  Everything is exact rationals.
Stdlib, `intervals` and `_frozen` only.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Literal

from checker._frozen import quick_init, record
from checker.intervals import Interval, Number

Op = Literal["<=", "<", "=="]

# A bound end: (value, open); value None is infinite.
_End = tuple[Number | None, bool]


@quick_init
@record
class Lin:
    """The linear constraint ``sum(coef * var) op rhs`` with rational coefficients."""

    terms: tuple[tuple[str, Fraction], ...]
    op: Op
    rhs: Fraction

    def variables(self) -> tuple[str, ...]:
        """Return the variables of the constraint."""
        return tuple(v for v, _ in self.terms)


@quick_init
@record
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


@quick_init
@record
class Clause:
    """An `atom` that holds when every item named in `guard` is active (empty: always)."""

    guard: tuple[str, ...]
    atom: Atom


@quick_init
@record
class RatioView:
    """A product whose value variable was eliminated: ``value = scale*num/den - shift``."""

    rel: str
    value: str
    num: str
    den: str
    scale: Fraction
    shift: Fraction = Fraction(0)


@quick_init
@record
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
        return [c.atom for c in self.clauses if active.issuperset(c.guard)]


def _fraction(value: Number) -> Fraction:
    # (a Fraction as it is: making it anew costs more than the rest of `lin`)
    return value if type(value) is Fraction else Fraction(value)


def lin(terms: dict[str, Fraction], op: Op, rhs: Fraction) -> Lin:
    """Return a `Lin` with zero coefficients dropped and terms sorted by variable."""
    kept = tuple(sorted((v, _fraction(c)) for v, c in terms.items() if c != 0))
    return Lin(kept, op, _fraction(rhs))


FALSE = Lin((), "<", Fraction(0))  # 0 < 0: the constraint no value satisfies
_ONE, _MINUS_ONE = Fraction(1), Fraction(-1)


def interval_lins(var: str, interval: Interval) -> list[Lin]:
    """Return the constraints saying `var` lies in `interval` (infinite ends dropped)."""
    if interval.is_empty():
        return [FALSE]
    out: list[Lin] = []
    if interval.lo is not None:
        lo = Fraction(-interval.lo)
        out.append(Lin(((var, _MINUS_ONE),), "<" if interval.lo_open else "<=", lo))
    if interval.hi is not None:
        hi = Fraction(interval.hi)
        out.append(Lin(((var, _ONE),), "<" if interval.hi_open else "<=", hi))
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


PROPAGATION_WORK = 64
"""Propagation stops after this many visits of each term of the active atoms, on average.

Interval propagation over whole numbers can narrow bounds by one a step (``x < y``,
``y < x``), so it runs to its fixpoint or until this much work, whichever comes first:
what it has then is still sound.
"""

_BIG_BITS = 512  # an end with a longer numerator and denominator is rounded outwards ...
_ROUND_BITS = 256  # ... to this many significant bits


class _State:
    # Bounds while propagating, and for every bound end the event that set it: an event
    # is (clause index, the events of the ends it used), so that a contradiction can be
    # traced back to the clauses, and so to the claims and relations, that imply it.
    # A plain class: a dataclass costs more to create at import than it saves here.
    __slots__ = ("bounds", "ints", "lo_event", "hi_event", "events", "clash", "clash_var")

    def __init__(self, bounds: dict[str, Interval], ints: frozenset[str],
                 lo_event: dict[str, int], hi_event: dict[str, int],
                 events: list[tuple[int, tuple[int, ...]]]) -> None:
        self.bounds = bounds
        self.ints = ints
        self.lo_event = lo_event
        self.hi_event = hi_event
        self.events = events
        self.clash: tuple[int, ...] | None = None  # the events of two ends that cross
        self.clash_var = ""  # the variable whose ends cross ("" for a false constant)


def _round_out(value: Number, up: bool) -> Number:
    # A sound, shorter end: chained ratios can double the digits of a bound at each step.
    # Only an end whose numerator and denominator are both long is rounded, to
    # _ROUND_BITS significant bits, so that tiny and huge ends keep their magnitude.
    if isinstance(value, int) or min(value.numerator.bit_length(),
                                     value.denominator.bit_length()) <= _BIG_BITS:
        return value
    shift = _ROUND_BITS - (value.numerator.bit_length() - value.denominator.bit_length())
    scaled = value * 2**shift if shift >= 0 else value / 2**-shift
    whole = math.ceil(scaled) if up else math.floor(scaled)
    return Fraction(whole, 2**shift) if shift >= 0 else Fraction(whole * 2**-shift)


def _tighten(st: _State, var: str, new: Interval, clause: int, used: tuple[int, ...]) -> bool:
    """Intersect the bounds of `var` with `new` (from `clause`); return whether they changed."""
    if new.lo is not None:
        new = Interval.of(_round_out(new.lo, False), new.hi, new.lo_open, new.hi_open)
    if new.hi is not None:
        new = Interval.of(new.lo, _round_out(new.hi, True), new.lo_open, new.hi_open)
    old = st.bounds[var]
    got = old.intersect(new)
    if var in st.ints:
        got = got.integers(minimum=None)
    if got == old:
        return False
    event = len(st.events)
    st.events.append((clause, used))
    if got.is_empty():
        # Whichever end moved, the other end's event completes the contradiction.
        others = [e for e in (st.lo_event.get(var), st.hi_event.get(var)) if e is not None]
        st.clash = (event, *others)
        st.clash_var = var
    if (got.lo, got.lo_open) != (old.lo, old.lo_open):
        st.lo_event[var] = event
    if (got.hi, got.hi_open) != (old.hi, old.hi_open):
        st.hi_event[var] = event
    st.bounds[var] = got
    return True


def _propagate_le(
    st: _State,
    terms: tuple[tuple[str, Fraction], ...],
    strict: bool,
    rhs: Fraction,
    clause: int,
) -> list[str]:
    """Tighten bounds from ``sum(terms) (<|<=) rhs``; return the variables that changed.

    Linear in the number of terms: each term's limit is the right-hand side less the sum
    of the other terms' minima as they were before this visit (sound, as bounds only
    narrow; the next visit sees what this one narrowed).
    """
    bounds = st.bounds
    mins = [_term_min(c, bounds[v]) for v, c in terms]
    ends = [st.lo_event.get(v) if c > 0 else st.hi_event.get(v) for v, c in terms]
    infinite = [i for i, (value, _) in enumerate(mins) if value is None]
    if len(infinite) > 1:
        return []
    total = sum((value for value, _ in mins if value is not None), Fraction(0))
    opens = sum(1 for value, is_open in mins if value is not None and is_open)
    everything = tuple(e for e in ends if e is not None)
    changed: list[str] = []
    for i, (var, coef) in enumerate(terms):
        value, end_open = mins[i]
        if infinite and infinite != [i]:
            continue
        rest = total if value is None else total - value
        is_open = strict or opens - (1 if value is not None and end_open else 0) > 0
        limit = Fraction(rhs - rest) / coef
        new = (
            Interval.of(None, limit, hi_open=is_open)
            if coef > 0
            else Interval.of(limit, None, lo_open=is_open)
        )
        # The events of the other terms' ends (all of them, past a few: a superset is
        # sound, and keeps a wide sum linear).
        used = everything if len(terms) > 16 else \
            tuple(e for j, e in enumerate(ends) if j != i and e is not None)
        if _tighten(st, var, new, clause, used):
            changed.append(var)
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


def _visit(st: _State, atom: Atom, index: int) -> list[str]:
    # Apply one clause's atom; return the variables whose bounds changed.
    if isinstance(atom, Lin):
        if not atom.terms:
            holds = {"<=": 0 <= atom.rhs, "<": 0 < atom.rhs, "==": atom.rhs == 0}
            if not holds[atom.op]:
                st.events.append((index, ()))
                st.clash = (len(st.events) - 1,)
            return []
        changed = _propagate_le(st, atom.terms, atom.op == "<", atom.rhs, index)
        if atom.op == "==" and st.clash is None:
            neg = tuple((v, -c) for v, c in atom.terms)
            changed += _propagate_le(st, neg, False, -atom.rhs, index)
        return changed
    q = _div_nonneg(st.bounds[atom.num], st.bounds[atom.den])
    if q is None:
        return []
    used = tuple(e for v in (atom.num, atom.den)
                 for e in (st.lo_event.get(v), st.hi_event.get(v)) if e is not None)
    got = shift_interval(_scale_interval(atom.scale, q), -atom.shift)
    if _tighten(st, atom.value, got, index, used):
        return [atom.value]
    return []


def _run(task: Task, active: frozenset[str]) -> tuple[_State, list[Clause]]:
    # Propagate the clauses of the `active` items to a fixpoint or the work limit.
    clauses = [c for c in task.clauses if active.issuperset(c.guard)]
    st = _State({v: Interval.everything() for v in (*task.ints, *task.reals)},
                frozenset(task.ints), {}, {}, [])
    watch: dict[str, list[int]] = {}
    for i, clause in enumerate(clauses):
        for v in clause.atom.variables():
            watch.setdefault(v, []).append(i)
    work = PROPAGATION_WORK * max(1, sum(len(c.atom.variables()) for c in clauses))
    queue = deque(range(len(clauses)))
    queued = [True] * len(clauses)
    while queue and work > 0 and st.clash is None:
        i = queue.popleft()
        queued[i] = False
        atom = clauses[i].atom
        work -= len(atom.variables()) or 1
        for var in _visit(st, atom, i):
            for j in watch[var]:
                if not queued[j]:
                    queued[j] = True
                    queue.append(j)
    return st, clauses


def propagate(task: Task, active: frozenset[str]) -> dict[str, Interval]:
    """Return sound bounds of every variable of `task` by interval propagation.

    Only clauses whose guards lie in `active` apply; they are propagated to a fixpoint,
    or for `PROPAGATION_WORK` visits per term.  Eliminated ratio values get
    ``scale*num/den`` where the signs allow it.  An empty interval means propagation
    proved the active constraints infeasible.  The bounds contain every solution but
    need not be tight.
    """
    st, _ = _run(task, active)
    bounds = st.bounds
    if st.clash is not None:
        return {v: Interval.empty() for v in bounds}
    for view in task.ratios:
        q = _div_nonneg(bounds[view.num], bounds[view.den])
        if q is not None:
            got = shift_interval(_scale_interval(view.scale, q), -view.shift)
            bounds[view.value] = bounds[view.value].intersect(got)
    return bounds


def propagation_conflict(task: Task,
                         active: frozenset[str]) -> tuple[tuple[str, ...], str] | None:
    """Return items of `active` whose clauses propagation proves infeasible, or None.

    The items are those of the clauses the contradiction was derived from (traced back
    through the events that set each bound end used), sorted, with the variable whose
    bounds crossed ("" when a constant constraint is false); None when propagation finds
    no contradiction.  The items need not be minimal.
    """
    st, clauses = _run(task, active)
    if st.clash is None:
        return None
    return traced_items(st.clash, st.events, lambda index: clauses[index].guard), st.clash_var


def traced_items(clash: tuple[int, ...], events: list[tuple[int, tuple[int, ...]]],
                 items_of: Callable[[int], Iterable[str]]) -> tuple[str, ...]:
    """Return the items of the constraints a contradiction was derived from, sorted.

    `clash` holds the events of the bound ends that cross; each event of `events` is (the
    index of the constraint that set a bound end, the events of the bound ends it used),
    followed back to the start; `items_of(index)` gives a constraint's items.
    """
    seen: set[int] = set()
    expanded: set[int] = set()  # the `used` tuples already followed (a wide sum shares one)
    stack = list(clash)
    items: set[str] = set()
    while stack:
        event = stack.pop()
        if event in seen:
            continue
        seen.add(event)
        index, used = events[event]
        items.update(items_of(index))
        if id(used) not in expanded:
            expanded.add(id(used))
            stack.extend(used)
    return tuple(sorted(items))


def lcm_denominator(values: list[Fraction]) -> int:
    """Return the least common multiple of the denominators of `values`."""
    out = 1
    for v in values:
        out = out * v.denominator // math.gcd(out, v.denominator)
    return out
