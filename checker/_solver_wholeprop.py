"""Whole-number propagation with traced contradictions (layer 2, private to `solver`).

The propagation core of `_solver_oracle`: a linear task's clauses compiled once to
constraints over whole numbers with whole coefficients (`Propagator`), propagated from
any bounds to a fixpoint or a work limit with integer arithmetic, every bound recorded
with the event that set it, so that crossed bounds are traced to the claims and
relations they come from.  Stdlib, `intervals` and `_solver_lin` only.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from fractions import Fraction

from checker._solver_lin import PROPAGATION_WORK, Lin, Task, lcm_denominator, traced_items
from checker.intervals import Interval, Number

PROPAGATIONS = 400
"""Propagation runs one component may use here before it is handed to z3 (a large
component's runs count for more: `TERMS_PER_RUN`)."""

TERMS_PER_RUN = 256
"""A run counts once more towards `PROPAGATIONS` for each this many terms of the task."""


class Undecided(Exception):
    """Propagation and the small search cannot settle a question: z3 must."""


_End = int | None  # a bound of a whole number; None is infinite
_ZERO, _MINUS_ONE = Fraction(0), Fraction(-1)


class _Prop:
    # Bounds of the whole-number variables (by index) while propagating, and for every
    # bound the event that set it: (constraint index, the events of the bounds it used).
    # A plain class: a dataclass costs more to create at import than it saves here.
    __slots__ = ("lo", "hi", "lo_ev", "hi_ev", "events", "clash")

    def __init__(self, lo: list[_End], hi: list[_End], lo_ev: list[int], hi_ev: list[int],
                 events: list[tuple[int, tuple[int, ...]]],
                 clash: tuple[int, ...] | None = None) -> None:
        self.lo = lo
        self.hi = hi
        self.lo_ev = lo_ev
        self.hi_ev = hi_ev
        self.events = events
        self.clash = clash


def _scaled(atom: Lin, index: Mapping[str, int]) -> tuple[tuple[tuple[int, int], ...], int, bool]:
    # `atom` over whole numbers as ``sum(a*x) <= b`` (or ``== b``) with whole a and b:
    # scaled by the lcm of its denominators; ``< b`` is ``<= b - 1`` for whole sums.
    rhs_ = atom.rhs
    if len(atom.terms) == 1:  # (a claim's bound, most constraints: without the loops)
        ((v, c),) = atom.terms
        if c.denominator == 1 and rhs_.denominator == 1:
            return ((index[v], c.numerator),), rhs_.numerator - (atom.op == "<"), \
                atom.op == "=="
    if rhs_.denominator == 1 and all(c.denominator == 1 for _, c in atom.terms):
        terms = tuple((index[v], c.numerator) for v, c in atom.terms)
        rhs = rhs_.numerator
    else:
        mult = lcm_denominator([c for _, c in atom.terms] + [atom.rhs])
        terms = tuple((index[v], int(c * mult)) for v, c in atom.terms)
        rhs = int(atom.rhs * mult)
    return terms, rhs - 1 if atom.op == "<" else rhs, atom.op == "=="


class Propagator:
    """The clauses of one linear task as whole-number constraints, propagated and traced.

    Clauses on whole numbers are scaled to whole coefficients (`cons`); each real variable
    (an eliminated ratio value) occurs only in clauses of its own, kept apart (`own`,
    `own_ranges`); constant clauses that fail are kept by their guards (`false`).
    """

    def __init__(self, task: Task) -> None:
        self.task = task
        self.ints = task.ints
        self.index = {v: i for i, v in enumerate(task.ints)}
        reals = set(task.reals)
        self.cons: list[tuple[tuple[str, ...], tuple[tuple[int, int], ...], int, bool]] = []
        self.own: dict[str, list[tuple[tuple[str, ...], Lin]]] = {v: [] for v in task.reals}
        self.false: list[tuple[str, ...]] = []  # guards of constant clauses that fail
        for clause in task.clauses:
            atom = clause.atom
            if not isinstance(atom, Lin):
                raise ValueError("a product: not a task for this oracle")
            named = atom.terms
            if not named:
                if not _holds(atom, {}):
                    self.false.append(clause.guard)
            elif reals and any(v in reals for v, _ in named):
                if len(named) != 1:
                    raise ValueError("a real variable tied to others")
                self.own[named[0][0]].append((clause.guard, atom))
            else:
                self.cons.append((clause.guard, *_scaled(atom, self.index)))
        self.own_ranges = {v: [(guard, _atom_interval(atom)) for guard, atom in clauses]
                           for v, clauses in self.own.items()}
        self.ranges: dict[tuple[str, frozenset[str]], Interval] = {}
        self.negated: list[tuple[tuple[int, int], ...]] = []
        self.watch: list[list[int]] = [[] for _ in task.ints]
        # A constraint on one variable is a bound: (variable, upper, value) for each side.
        self.unary: dict[int, list[tuple[int, bool, int]]] = {}
        # Each constraint as `_point` checks it: a bound of one variable as the box
        # (variable, least, greatest; None where that side is not bounded), else its terms.
        self.plan: list[tuple[tuple[str, ...], int, _End, _End,
                              tuple[tuple[int, int], ...] | None, int, bool]] = []
        # The constraints by the items of their guard: always, one item, more.
        self.always: list[int] = []
        self.single: dict[str, list[int]] = {}
        self.several: list[tuple[tuple[str, ...], int]] = []
        terms_in_all = 0
        for i, (guard, terms, rhs, eq) in enumerate(self.cons):  # (one pass: each at once)
            terms_in_all += len(terms)
            self.negated.append(tuple([(j, -a) for j, a in terms]))
            if len(terms) > 1:
                for j, _ in terms:
                    self.watch[j].append(i)
                self.plan.append((guard, -1, None, None, terms, rhs, eq))
            else:
                ((j, a),) = terms
                upper, value = _side(a, rhs)
                sides = [(j, upper, value)]
                low: _End = None if upper else value
                high: _End = value if upper else None
                if eq:  # (the other side is the other way)
                    other = _side(-a, -rhs)
                    sides.append((j, *other))
                    if other[0]:
                        high = other[1]
                    else:
                        low = other[1]
                self.unary[i] = sides
                self.plan.append((guard, j, low, high, None, rhs, eq))
            if not guard:
                self.always.append(i)
            elif len(guard) == 1:
                got = self.single.get(guard[0])
                if got is None:
                    self.single[guard[0]] = [i]
                else:
                    got.append(i)
            else:
                self.several.append((guard, i))
        self.lives: dict[frozenset[str], list[int]] = {}
        self.propagated: dict[frozenset[str], _Prop] = {}
        self.left = PROPAGATIONS
        # A run costs one, and one more per `TERMS_PER_RUN` terms of the task's constraints.
        self.cost = 1 + terms_in_all // TERMS_PER_RUN


    # -- propagation ---------------------------------------------------------------------
    def _run(self, active: frozenset[str], lo: list[_End] | None = None,
             hi: list[_End] | None = None) -> tuple[_Prop, list[int]]:
        # Propagate the active constraints from the bounds `lo`, `hi` (none: unbounded)
        # to a fixpoint or the work limit; return the state and the active constraints.
        self.left -= self.cost
        if self.left < 0:
            raise Undecided("propagation limit")
        n = len(self.ints)
        st = _Prop(list(lo) if lo is not None else [None] * n,
                   list(hi) if hi is not None else [None] * n, [-1] * n, [-1] * n, [])
        cons = self.cons
        live = self._live(active)
        for k, guard in enumerate(self.false):
            if active.issuperset(guard):
                st.events.append((-1 - k, ()))
                st.clash = (0,)
                return st, live
        # A constraint on one variable is met once it is applied: it is never queued.
        queue: deque[int] = deque()
        on = [False] * len(cons)
        lo_, hi_, lo_ev, hi_ev, events = st.lo, st.hi, st.lo_ev, st.hi_ev, st.events
        unary = self.unary
        for i in live:
            sides = unary.get(i)
            if sides is None:
                on[i] = True
                queue.append(i)
                continue
            for j, upper, value in sides:
                if upper:
                    old = hi_[j]
                    if old is not None and value >= old:
                        continue
                    hi_[j] = value
                    hi_ev[j] = len(events)
                else:
                    old = lo_[j]
                    if old is not None and value <= old:
                        continue
                    lo_[j] = value
                    lo_ev[j] = len(events)
                events.append((i, ()))
                low, high = lo_[j], hi_[j]
                if low is not None and high is not None and low > high:
                    st.clash = (lo_ev[j], hi_ev[j])
                    return st, live
        work = PROPAGATION_WORK * max(1, sum(len(cons[i][1]) for i in queue))
        queued = list(on)
        watch = self.watch
        negated = self.negated
        while queue and work > 0 and st.clash is None:
            i = queue.popleft()
            queued[i] = False
            _, terms, rhs, eq = cons[i]
            work -= len(terms)
            changed = _le(st, terms, rhs, i)
            if eq and st.clash is None:
                changed += _le(st, negated[i], -rhs, i)
            for j in changed:
                for k in watch[j]:
                    if on[k] and not queued[k]:
                        queued[k] = True
                        queue.append(k)
        return st, live

    def _propagated(self, active: frozenset[str]) -> _Prop:
        # The propagation of the `active` items from no bound (kept: `bounds` asks again).
        st = self.propagated.get(active)
        if st is None:
            st = self.propagated[active] = self._run(active)[0]
        return st

    def _live(self, active: frozenset[str]) -> list[int]:
        # The constraints of the `active` items, in their order (whatever the set's order);
        # kept, as a set is propagated again from other bounds (never changed by callers).
        live = self.lives.get(active)
        if live is None:
            live = [*self.always, *(i for item in active for i in self.single.get(item, ())),
                    *(i for guard, i in self.several if active.issuperset(guard))]
            live.sort()
            self.lives[active] = live
        return live

    def _ray(self, active: frozenset[str], j: int, sign: int) -> bool:
        # Whether whole number `j` can grow (sign 1) or fall (-1) for ever from any point of
        # the `active` items, the others held: no active constraint bounds it that way.
        for i in self._live(active):
            _, terms, _, eq = self.cons[i]
            for k, a in terms:
                if k == j and (eq or sign * a > 0):
                    return False
        return True

    def _trace(self, st: _Prop) -> tuple[str, ...]:
        # The items of the constraints the contradiction comes from (a false constant
        # constraint's event has a negative index).
        assert st.clash is not None
        false, cons = self.false, self.cons
        return traced_items(st.clash, st.events,
                            lambda index: false[-1 - index] if index < 0 else cons[index][0])



def _le(st: _Prop, terms: tuple[tuple[int, int], ...], rhs: int, index: int) -> list[int]:
    # Tighten bounds from ``sum(a*x) <= rhs`` (whole numbers); return the changed indices.
    # Each term's least value ``a*x`` over the bounds (None: unbounded below); with two
    # unbounded terms nothing can be tightened, with one only its own variable can.
    lo, hi = st.lo, st.hi
    mins: list[int | None] = []
    total = 0
    infinite = -1
    for k, (j, a) in enumerate(terms):
        end: _End = lo[j] if a > 0 else hi[j] if a < 0 else None
        if end is None:
            if infinite >= 0:
                return []
            infinite = k
            mins.append(None)
        else:
            least = a * end
            total += least
            mins.append(least)
    # The events of the bounds used, read before the first change (as they were when
    # the sums above were taken): the rare tightening alone needs them.
    ends: list[int] | None = None
    everything: tuple[int, ...] = ()
    events = st.events
    changed: list[int] = []
    for k in (infinite,) if infinite >= 0 else range(len(terms)):
        j, a = terms[k]
        m = mins[k]
        limit = rhs - (total if m is None else total - m)
        if a > 0:
            new = limit // a
            old = hi[j]
            if old is not None and new >= old:
                continue
        else:
            new = -(limit // -a)
            old = lo[j]
            if old is not None and new <= old:
                continue
        if ends is None:
            ends = [st.lo_ev[i] if c > 0 else st.hi_ev[i] for i, c in terms]
            everything = tuple(e for e in ends if e >= 0)
        used = everything if len(terms) > 16 else \
            tuple(e for i, e in enumerate(ends) if i != k and e >= 0)
        if a > 0:
            hi[j] = new
            st.hi_ev[j] = len(events)
        else:
            lo[j] = new
            st.lo_ev[j] = len(events)
        events.append((index, used))
        changed.append(j)
        if lo[j] is not None and hi[j] is not None and lo[j] > hi[j]:  # type: ignore[operator]
            st.clash = (len(events) - 1, st.lo_ev[j] if a > 0 else st.hi_ev[j])
            st.clash = tuple(e for e in st.clash if e >= 0)
            return changed
    return changed


def _side(a: int, rhs: int) -> tuple[bool, int]:
    # ``a*x <= rhs`` for a whole x as (whether it is an upper bound, the bound).
    return (True, rhs // a) if a > 0 else (False, -(rhs // -a))


def _atom_interval(atom: Lin) -> Interval:
    # The values of x with ``c*x op rhs`` (one term).
    (_, c), = atom.terms
    limit = atom.rhs / c
    if atom.op == "==":
        return Interval.point(limit)
    strict = atom.op == "<"
    if c > 0:
        return Interval.of(None, limit, hi_open=strict)
    return Interval.of(limit, None, lo_open=strict)


def _holds(atom: Lin, at: Mapping[str, Number]) -> bool:
    total = sum((c * at[v] for v, c in atom.terms), Fraction(0))
    if atom.op == "<=":
        return total <= atom.rhs
    if atom.op == "<":
        return total < atom.rhs
    return total == atom.rhs
