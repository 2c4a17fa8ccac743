"""Exact feasibility of sets of claims and relations without z3 (layer 2, private to
`solver`).

The oracle of `_solver_decide`: for one linear task whose variables are whole numbers
(apart from eliminated ratio values, each in clauses of its own), whether a set of items
is feasible, decided by interval propagation in integer arithmetic (crossed bounds prove
it infeasible and name the items the contradiction comes from) or by a witness (a point
found by fixing one variable at a time and propagating again, checked exactly against
every active clause); and the exact bounds over a feasible set, the propagated ones
where witnesses attain every end.  What it cannot settle raises `Undecided`.  The
propagation itself is `_solver_wholeprop`.  Stdlib, `intervals` and `_solver_lin` only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from fractions import Fraction

from checker._solver_lin import Clause, Lin, RatioView, Task
from checker._solver_wholeprop import (
    PROPAGATIONS,
    TERMS_PER_RUN,
    Propagator,
    Undecided,
    _End,
    _Prop,
)
from checker.intervals import Interval, Number

__all__ = ["PROPAGATIONS", "TERMS_PER_RUN", "Oracle", "Undecided", "holds_all"]

_ZERO, _MINUS_ONE = Fraction(0), Fraction(-1)


class Oracle(Propagator):
    """Exact feasibility of sets of items of one linear task, with the witnesses found.

    Whole-number variables are propagated with integer arithmetic over the clauses
    scaled to whole coefficients (`Propagator`); each real variable (an eliminated ratio
    value) occurs only in clauses of its own, so it is feasible exactly when those leave
    it a value.
    """

    def __init__(self, task: Task) -> None:
        super().__init__(task)
        self.ranges: dict[tuple[str, frozenset[str]], Interval] = {}
        self.answers: dict[frozenset[str], bool] = {}
        self.conflicts: dict[frozenset[str], tuple[str, ...]] = {}
        # Each witness with the guards of the clauses it breaks: it proves every set of
        # items that holds none of those guards whole.
        self.points: list[tuple[dict[str, Number], list[tuple[str, ...]]]] = []

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


def holds_all(broken: list[tuple[str, ...]], active: frozenset[str]) -> bool:
    """Return whether a point breaking the clauses guarded by `broken` holds `active`."""
    return not any(active.issuperset(guard) for guard in broken)
