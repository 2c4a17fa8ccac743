"""Exact feasibility of sets of claims and relations without z3 (layer 2, private to
`solver`).

The oracle of `_solver_decide`: for one linear task whose variables are whole numbers
(apart from eliminated ratio values, each in clauses of its own), whether a set of items
is feasible, decided by interval propagation in integer arithmetic (crossed bounds prove
it infeasible and name the items the contradiction comes from) or by a witness (a point
found by fixing one variable at a time and propagating again, checked exactly against
every active clause); and the exact bounds over a feasible set, the propagated ones
where witnesses attain every end.  What it cannot settle raises `Undecided`.  Stdlib,
`intervals` and `_solver_lin` only.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Mapping
from fractions import Fraction

from checker._solver_lin import (
    PROPAGATION_WORK,
    Clause,
    Lin,
    RatioView,
    Task,
    lcm_denominator,
)
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


class Oracle:
    """Exact feasibility of sets of items of one linear task, with the witnesses found.

    Whole-number variables are propagated with integer arithmetic over the clauses
    scaled to whole coefficients; each real variable (an eliminated ratio value) occurs
    only in clauses of its own, so it is feasible exactly when those leave it a value.
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
        self.answers: dict[frozenset[str], bool] = {}
        self.propagated: dict[frozenset[str], _Prop] = {}
        self.conflicts: dict[frozenset[str], tuple[str, ...]] = {}
        # Each witness with the guards of the clauses it breaks: it proves every set of
        # items that holds none of those guards whole.
        self.points: list[tuple[dict[str, Number], list[tuple[str, ...]]]] = []
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

    def _recedes(self, active: frozenset[str], j: int, sign: int) -> bool:
        # Whether whole number `j` grows (sign 1) or falls (-1) without bound over the
        # feasible `active` items.  It does exactly when some direction d of whole numbers
        # keeps every active constraint (``a·d <= 0``, ``== 0`` for an equation) and moves
        # `j` that way (``sign·d_j >= 1``): a witness plus any multiple of d is then a
        # point, and without such a rational direction (scaled, a whole one) the linear
        # relaxation is bounded that way, so the whole numbers are too.  Raise `Undecided`
        # when the cone of directions is neither shown empty nor given a member.
        if self._ray(active, j, sign):
            return True
        names = self.ints
        clauses = [Clause((), Lin(tuple((names[k], Fraction(a)) for k, a in terms),
                                  "==" if eq else "<=", _ZERO))
                   for _, terms, _, eq in (self.cons[i] for i in self._live(active))]
        clauses.append(Clause((), Lin(((names[j], Fraction(-sign)),), "<=", _MINUS_ONE)))
        cone = Oracle(Task(names, (), (), (), tuple(clauses), ()))
        return cone.feasible(())

    def _trace(self, st: _Prop) -> tuple[str, ...]:
        # The items of the constraints the contradiction comes from (as `_solver_lin.trace`).
        assert st.clash is not None
        seen: set[int] = set()
        expanded: set[int] = set()
        stack = list(st.clash)
        items: set[str] = set()
        while stack:
            event = stack.pop()
            if event in seen:
                continue
            seen.add(event)
            index, used = st.events[event]
            items.update(self.false[-1 - index] if index < 0 else self.cons[index][0])
            if id(used) not in expanded:
                expanded.add(id(used))
                stack.extend(used)
        return tuple(sorted(items))

    def _real_range(self, var: str, active: frozenset[str]) -> Interval:
        # What the active clauses of its own leave the real variable `var` (kept: asked
        # again for every point tried).
        got = self.ranges.get((var, active))
        if got is None:
            got = Interval.everything()
            for guard, iv in self.own_ranges[var]:
                if active.issuperset(guard):
                    got = got.intersect(iv)
            self.ranges[var, active] = got
        return got

    # -- feasibility ---------------------------------------------------------------------
    def feasible(self, items: Iterable[str]) -> bool:
        """Return whether the `items` together are feasible; raise `Undecided` if unknown."""
        active = frozenset(items)
        known = self.answers.get(active)
        if known is not None:
            return known
        if self.witness_of(active) is None:
            for var in self.task.reals:
                if self._real_range(var, active).is_empty():
                    self.conflicts[active] = tuple(sorted(
                        {g for guard, _ in self.own[var] if active.issuperset(guard)
                         for g in guard}))
                    self.answers[active] = False
                    return False
            st = self._propagated(active)
            if st.clash is not None:
                self.conflicts[active] = self._trace(st)
                self.answers[active] = False
                return False
            if self._dive(active, st) is None:
                raise Undecided("no witness")
        self.answers[active] = True
        return True

    def conflict(self, active: frozenset[str]) -> tuple[str, ...]:
        """Return the items a contradiction of the infeasible `active` items comes from."""
        return self.conflicts[active]

    def holds(self, at: dict[str, Number], active: frozenset[str]) -> bool:
        """Return whether the witness `at` satisfies every clause of the `active` items."""
        for point, broken in self.points:
            if point is at:
                return holds_all(broken, active)
        return False

    def witness_of(self, active: frozenset[str]) -> dict[str, Number] | None:
        """Return a known point satisfying every clause of the `active` items, or None."""
        for at, broken in self.points:
            if not any(active.issuperset(guard) for guard in broken):
                return at
        return None

    def _dive(self, active: frozenset[str], st: _Prop) -> dict[str, Number] | None:
        # Try the point of the propagated bounds' ends (a whole number at its lower end,
        # else its upper end, else 0); while it breaks an active clause, fix the first
        # variable not yet a point at a value of its bounds and propagate again.
        lo, hi = st.lo, st.hi
        while True:
            at = self._point(active, lo, hi)
            if at is not None:
                return at
            j = next((j for j in range(len(lo)) if lo[j] is None or lo[j] != hi[j]), None)
            if j is None:
                return None
            for value in _candidates(lo[j], hi[j]):
                trial_lo, trial_hi = list(lo), list(hi)
                trial_lo[j] = trial_hi[j] = value
                got, _ = self._run(active, trial_lo, trial_hi)
                if got.clash is None:
                    lo, hi = got.lo, got.hi
                    break
            else:
                return None

    def _point(self, active: frozenset[str], lo: list[_End], hi: list[_End]
               ) -> dict[str, Number] | None:
        # The point of the ends of `lo`, `hi` if it satisfies every active clause (then
        # kept as a witness), else None.
        whole = [x if x is not None else y if y is not None else 0
                 for x, y in zip(lo, hi, strict=True)]
        broken = []
        for guard, j, low, high, terms, rhs, eq in self.plan:
            if terms is None:
                x = whole[j]
                holds = (low is None or x >= low) and (high is None or x <= high)
            else:
                total = sum(a * whole[k] for k, a in terms)
                holds = total == rhs if eq else total <= rhs
            if not holds:
                if active.issuperset(guard):
                    return None
                broken.append(guard)
        at: dict[str, Number] = dict(zip(self.ints, whole, strict=True))
        for var in self.task.reals:
            value = _inside(self._real_range(var, active))
            if value is None:
                return None
            at[var] = value
        broken += [guard for var in self.task.reals for guard, iv in self.own_ranges[var]
                   if not iv.contains_value(at[var])]
        broken += self.false
        if not holds_all(broken, active):
            return None
        self.points.append((at, broken))
        return at

    def _witness(self, active: frozenset[str], fixed: Mapping[str, int],
                 lo: list[_End], hi: list[_End]) -> dict[str, Number] | None:
        # A point of the `active` items with the `fixed` values, or None if none is found.
        lo, hi = list(lo), list(hi)
        for var, value in fixed.items():
            j = self.index[var]
            low, high = lo[j], hi[j]
            if (low is not None and value < low) or (high is not None and value > high):
                return None
            lo[j] = hi[j] = value
        st, _ = self._run(active, lo, hi)
        return None if st.clash is not None else self._dive(active, st)

    # -- bounds ------------------------------------------------------------------------
    def bounds(self, active: frozenset[str], only: Collection[str] | None = None
               ) -> dict[str, Interval]:
        """Return the exact bounds of every variable (or those in `only`) over the feasible
        `active` items.

        The propagated bounds, each end proved attained by a witness; an eliminated ratio
        value is computed from its numerator and denominator as `linear_bounds` does.
        An end is infinite when the variable can move that way for ever (`_recedes`).
        Raise `Undecided` when an end is infinite otherwise, open or not attained by a
        witness.
        """
        task = self.task
        st = self._propagated(active)
        if st.clash is not None:
            raise Undecided("infeasible")
        pool = [at for at, broken in self.points
                if not any(active.issuperset(guard) for guard in broken)]
        out: dict[str, Interval] = {}
        for var, j in self.index.items():
            if only is not None and var not in only:
                continue
            lo, hi = st.lo[j], st.hi[j]
            if (lo is None and not self._recedes(active, j, -1)) or \
                    (hi is None and not self._recedes(active, j, 1)):
                raise Undecided("unbounded")
            for end in (lo, hi):
                if end is None:
                    continue
                if not any(at[var] == end for at in pool):
                    at = self._witness(active, {var: end}, st.lo, st.hi)
                    if at is None:
                        raise Undecided("end not attained")
                    pool.append(at)
            out[var] = Interval.of(lo, hi)
        for view in task.ratios:
            if only is not None and view.value not in only:
                continue
            jn, jd = self.index[view.num], self.index[view.den]
            nlo, nhi, dlo, dhi = st.lo[jn], st.hi[jn], st.lo[jd], st.hi[jd]
            if nlo is None or nhi is None or dlo is None or dhi is None:
                raise Undecided("ratio of an unbounded quantity")
            if nlo == nhi and dlo == dhi:  # as `linear_bounds` has it
                out[view.value] = Interval.point(view.scale * nlo / dlo - view.shift)
                continue
            if view.num == view.den or view.scale <= 0 or nlo < 0 or dlo <= 0:
                raise Undecided("ratio signs")
            own = self._real_range(view.value, active)
            iv = own.intersect(Interval.of(view.scale * Fraction(nlo, dhi) - view.shift,
                                           view.scale * Fraction(nhi, dlo) - view.shift))
            if iv.lo is None or iv.hi is None or iv.lo_open or iv.hi_open:
                raise Undecided("ratio end open")

            def value(at: Mapping[str, Number], view: RatioView = view) -> Fraction:
                return view.scale * Fraction(at[view.num]) / at[view.den] - view.shift

            for target, tries in ((iv.hi, ((nhi, dlo), (nhi, dhi), (nlo, dlo))),
                                  (iv.lo, ((nlo, dhi), (nlo, dlo), (nhi, dhi)))):
                if any(value(at) == target for at in pool):
                    continue
                for num, den in tries:
                    at = self._witness(active, {view.num: num, view.den: den}, st.lo, st.hi)
                    if at is not None and value(at) == target:
                        pool.append(at)
                        break
                else:
                    raise Undecided("ratio end not attained")
            out[view.value] = Interval.of(iv.lo, iv.hi)
        return out


    def reaches_outside(self, active: frozenset[str], var: str, bound: Interval) -> bool:
        """Return whether a witness of the feasible `active` items puts `var` outside `bound`.

        Tried: the witnesses found so far, and for a whole number a point with it just
        below and just above `bound`.  False says nothing (none was found).
        """
        view = next((v for v in self.task.ratios if v.value == var), None)

        def value(at: Mapping[str, Number]) -> Number:
            if view is None:
                return at[var]
            return view.scale * Fraction(at[view.num]) / at[view.den] - view.shift

        pool = [at for at, broken in self.points if holds_all(broken, active)]
        if any(not bound.contains_value(value(at)) for at in pool):
            return True
        if view is not None:
            return False
        st = self._propagated(active)
        for target in (None if bound.lo is None else bound.lo - 1,
                       None if bound.hi is None else bound.hi + 1):
            if target is not None and target == int(target) and \
                    self._witness(active, {var: int(target)}, st.lo, st.hi) is not None:
                return True
        return False


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


def _candidates(lo: _End, hi: _End) -> list[int]:
    # Values to try for a whole number within [lo, hi]: its ends, then its middle.
    ends = [e for e in (lo, hi) if e is not None]
    if lo is not None and hi is not None and hi - lo > 1:
        ends.append((lo + hi) // 2)
    return ends or [0]


def _inside(iv: Interval) -> Number | None:
    # A value of the interval (a closed end if there is one), None when it is empty.
    if iv.is_empty():
        return None
    for end, is_open in ((iv.lo, iv.lo_open), (iv.hi, iv.hi_open)):
        if end is not None and not is_open:
            return end
    if iv.lo is not None and iv.hi is not None:
        return Fraction(iv.lo + iv.hi) / 2
    if iv.lo is not None:
        return iv.lo + 1
    return 0 if iv.hi is None else iv.hi - 1


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


def holds_all(broken: list[tuple[str, ...]], active: frozenset[str]) -> bool:
    """Return whether a point breaking the clauses guarded by `broken` holds `active`."""
    return not any(active.issuperset(guard) for guard in broken)

