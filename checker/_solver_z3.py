"""Exact solving of one component with z3 (layer 2, private to `solver`).

Owns the decisions made with z3: feasibility under assumption literals, the
lexicographic choice of suspects, minimal conflicting sets, and implied bounds (z3
Optimize for variables, `_solver_ratio` for eliminated ratio values, feasibility search
for components with products).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from checker._solver_engine import (
    BUDGET_SPENT,
    Approximate,
    Engine,
    Unknown,
    lower,
    num,
    optimize,
    upper,
)
from checker._solver_lin import Prod, shift_interval
from checker._solver_ratio import RatioBounds
from checker.intervals import Interval

IMPROVE_ROUNDS = 16  # improvement steps for a real bound in a nonlinear component
INT_CAP = 2**64  # nonlinear components: an integer that can pass this is taken as unbounded

__all__ = ["BUDGET_SPENT", "Approximate", "Engine", "Unknown"]


# -- suspects -----------------------------------------------------------------------------


def choose_suspects(engine: Engine) -> tuple[str, ...]:
    """Return the lexicographically best set of soft items whose removal is feasible.

    Minimise the number removed at the highest rank, then the next rank down, and so
    on; among the optimal sets return the one whose sorted items are smallest.  The
    caller has checked that the relations alone are feasible.
    """
    z3 = engine.z3
    task = engine.task
    rels = list(task.rels)
    ranks = sorted({r for _, r in task.softs}, reverse=True)
    by_rank = {r: [s for s, rank in task.softs if rank == r] for r in ranks}
    s = engine.solver
    s.push()
    depth = 1
    limits: dict[int, int] = {}
    for rank in ranks:
        removed = [(z3.Not(engine.lits[i]), 1) for i in by_rank[rank]]
        k = 0
        while True:
            s.push()
            s.add(z3.PbLe(removed, k))
            if engine.check(rels):
                break
            s.pop()
            k += 1
        limits[rank] = k  # the scope stays pushed: the count is now fixed
        depth += 1
    # Tie-break by id: take the smallest next id that some optimal set can still remove,
    # found by bisection on "some optimal set removes one of these" (a few checks per
    # suspect rather than one per claim: a sum of 1,000 parts has 1,001 claims).
    rank_of = dict(task.softs)
    order = sorted(rank_of)
    chosen: list[str] = []
    left = dict(limits)
    s.push()  # the decisions so far
    depth += 1
    start = 0

    def removes_one(first: int, last: int) -> bool:
        s.push()
        try:
            s.add(z3.Or([z3.Not(engine.lits[i]) for i in order[first:last + 1]]))
            return engine.check(rels)
        finally:
            s.pop()

    while any(left.values()) and start < len(order) and removes_one(start, len(order) - 1):
        lo, hi = start, len(order) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if removes_one(start, mid):
                hi = mid
            else:
                lo = mid + 1
        s.add(*[engine.lits[i] for i in order[start:lo]], z3.Not(engine.lits[order[lo]]))
        chosen.append(order[lo])
        left[rank_of[order[lo]]] -= 1
        start = lo + 1
    s.pop(depth)
    return tuple(chosen)


# -- minimal conflicting sets ---------------------------------------------------------------


def minimal_conflict(
    engine: Engine, suspect: str, others: Sequence[str], key: Callable[[str], Any]
) -> tuple[str, ...]:
    """Return a minimal infeasible set of items containing `suspect`.

    `others` are the soft items kept after removing the suspects (feasible together with
    every relation).  A set without relations is preferred; then the softs with the
    smallest `key` (the shortest infeasible prefix in `key` order); then deletion-based
    shrinking, trying relations first and softs worst-key first, guarantees minimality.
    """
    rels = list(engine.task.rels)
    use_rels = [] if not engine.check([suspect, *others]) else rels
    # Preference, most wanted first: softs by `key`, then relations (the last to keep).
    # The answer is the unique preferred conflict of that order, found with QuickXplain
    # from sat/unsat answers alone: never from an unsat core, whose contents depend on
    # what the process solved before, so the same corpus always gets the same set.
    preferred = [*sorted(others, key=key), *sorted(use_rels, reverse=True)]
    if engine.check([suspect, *preferred]):
        raise Unknown("suspect not in conflict")  # cannot happen for optimal suspects
    if not engine.check([suspect]):
        return (suspect,)  # infeasible on its own (e.g. no whole number in its interval)
    return (suspect, *_quickxplain(engine, [suspect], preferred))


def _quickxplain(engine: Engine, background: list[str], items: list[str]) -> list[str]:
    """Return the preferred minimal subset of `items` infeasible with `background`.

    `items` are ordered most preferred first; `background` plus all of `items` is
    infeasible and `background` alone is feasible (Junker's QuickXplain).
    """

    def explain(base: list[str], added: bool, cands: list[str]) -> list[str]:
        if added and not engine.check(base):
            return []
        if len(cands) == 1:
            return cands
        half = len(cands) // 2
        first, second = cands[:half], cands[half:]
        d2 = explain(base + first, bool(first), second)
        d1 = explain(base + d2, bool(d2), first)
        return d1 + d2

    return explain(background, False, items)


def minimal_rel_conflict(engine: Engine) -> tuple[str, ...]:
    """Return a minimal set of relation items infeasible on their own (deletion-based)."""
    members = list(engine.task.rels)
    for item in sorted(members):
        trial = [m for m in members if m != item]
        if not engine.check(trial):
            members = trial
    return tuple(members)


# -- implied bounds ----------------------------------------------------------------------------


def linear_bounds(
    engine: Engine, active: frozenset[str]
) -> tuple[dict[str, Interval], set[str]] | None:
    """Return exact bounds of every variable over the `active` items (linear task).

    Also return the eliminated ratio values whose bounds could not be made exact (their
    bound is then left unlimited for the caller to replace).  Return None when the
    `active` items are infeasible.
    """
    z3 = engine.z3
    task = engine.task
    eliminated = {view.value for view in task.ratios}
    keys = [v for v in (*task.ints, *task.reals) if v not in eliminated]
    endless = _relaxed_unbounded(engine, active, keys)
    opt = optimize(engine)
    opt.set(priority="box")
    opt.add(engine.exprs(task.active_atoms(active)))
    handles = [(v, None if (v, 1) in endless else opt.maximize(engine.vars[v]),
                None if (v, -1) in endless else opt.minimize(engine.vars[v])) for v in keys]
    if engine.run(opt) == z3.unsat:
        return None
    out: dict[str, Interval] = {}
    for var, hmax, hmin in handles:
        hi, hi_open = upper(hmax.upper_values()) if hmax is not None else (None, True)
        lo, lo_open = lower(hmin.lower_values()) if hmin is not None else (None, True)
        out[var] = Interval.of(lo, hi, lo_open, hi_open)
    inexact: set[str] = set()
    ratios = RatioBounds(engine, active)
    for view in task.ratios:
        n, d = out[view.num], out[view.den]
        if n.is_point() and d.is_point():  # e.g. a count and its implied total
            out[view.value] = Interval.point(
                view.scale * n.lo / d.lo - view.shift)  # type: ignore[operator]
            continue
        bounded = n.is_bounded() and d.is_bounded()
        try:
            hi, hi_open = ratios.sup(view, view.scale, bounded)
            neg, lo_open = ratios.sup(view, -view.scale, bounded)
        except Approximate:
            inexact.add(view.value)
            out[view.value] = Interval.everything()
            continue
        out[view.value] = shift_interval(
            Interval.of(None if neg is None else -neg, hi, lo_open, hi_open), -view.shift)
    return out, inexact


def _relaxed_unbounded(engine: Engine, active: frozenset[str], keys: Sequence[str]
                       ) -> set[tuple[str, int]]:
    """Return the (variable, direction) pairs unbounded over the reals, for a mixed task.

    z3's optimiser can fail to finish on an unbounded objective over integers and reals
    together (a real difference of two counts).  The linear relaxation answers at once,
    and an objective unbounded there is unbounded on the mixed problem too whenever that
    is feasible (a rational recession direction, scaled to integers, keeps a mixed-integer
    point feasible; Meyer 1974), so those objectives are never handed to the optimiser.
    Empty for a task of only integers or only reals, or when the relaxation is unsolved.
    """
    task = engine.task
    if not task.ints or not task.reals:
        return set()
    # Its own context, out of the component's allowance: its work is charged to `engine`.
    relaxed = Engine(replace(task, ints=(), reals=(*task.ints, *task.reals)), engine.left())
    try:
        opt = optimize(relaxed)
        opt.set(priority="box")
        opt.add(relaxed.exprs(task.active_atoms(active)))
        handles = [(v, opt.maximize(relaxed.vars[v]), opt.minimize(relaxed.vars[v]))
                   for v in keys]
        if relaxed.run(opt) != engine.z3.sat:
            return set()
    except Unknown as exc:
        if str(exc) == BUDGET_SPENT:
            raise
        return set()  # the relaxation unsolved: nothing is known unbounded
    finally:
        engine.charge(relaxed.spent())
    out: set[tuple[str, int]] = set()
    for var, hmax, hmin in handles:
        if upper(hmax.upper_values())[0] is None:
            out.add((var, 1))
        if lower(hmin.lower_values())[0] is None:
            out.add((var, -1))
    return out


def guarded_optimize(engine: Engine) -> Any:
    """Return an Optimize holding every clause of `engine` under its guard literal.

    Checked with the literals of the active items as assumptions, it serves any number
    of `variable_bounds` queries without parsing the clauses again.
    """
    opt = optimize(engine)
    opt.set(priority="box")
    opt.add(engine.solver.assertions())
    return opt


def variable_bounds(engine: Engine, opt: Any, active: frozenset[str], var: str
                    ) -> Interval | None:
    """Return the exact bounds of one variable over the `active` items (linear task).

    As `linear_bounds` for that variable alone (an eliminated ratio value through its
    numerator and denominator), on `opt` from `guarded_optimize(engine)`.  Return None
    when the items are infeasible or the bound cannot be made exact.
    """
    z3 = engine.z3
    view = next((v for v in engine.task.ratios if v.value == var), None)
    keys = [var] if view is None else [view.num, view.den]
    engine.limit(opt)
    opt.push()
    try:
        handles = [(v, opt.maximize(engine.vars[v]), opt.minimize(engine.vars[v]))
                   for v in keys]
        result = opt.check(*[engine.lits[i] for i in sorted(active)])
        if result == z3.unsat:
            return None
        if result != z3.sat:
            raise engine.unknown(opt.reason_unknown())
        got = {}
        for v, hmax, hmin in handles:
            hi, hi_open = upper(hmax.upper_values())
            lo, lo_open = lower(hmin.lower_values())
            got[v] = Interval.of(lo, hi, lo_open, hi_open)
    finally:
        opt.pop()
    if view is None:
        return got[var]
    n, d = got[view.num], got[view.den]
    if n.is_point() and d.is_point():
        return Interval.point(view.scale * n.lo / d.lo - view.shift)  # type: ignore[operator]
    ratios = RatioBounds(engine, active)
    bounded = n.is_bounded() and d.is_bounded()
    try:
        hi, hi_open = ratios.sup(view, view.scale, bounded)
        neg, lo_open = ratios.sup(view, -view.scale, bounded)
    except Approximate:
        return None
    return shift_interval(
        Interval.of(None if neg is None else -neg, hi, lo_open, hi_open), -view.shift)


def nonlinear_bounds(
    engine: Engine, active: frozenset[str]
) -> tuple[dict[str, Interval], set[str]]:
    """Return bounds over the `active` items of a task with products, and the inexact vars.

    Integers: galloping and bisection on feasibility (exact up to `INT_CAP`).  Reals:
    improvement steps until no larger value exists (exact when they stop within
    `IMPROVE_ROUNDS`, else the variable is returned as inexact).
    """
    s = engine.fixed_solver(active)
    s.add(engine.exprs(Prod(view.value, view.num, view.den, view.scale, view.shift)
                       for view in engine.task.ratios))
    if not engine.check([], s):
        raise Unknown("component infeasible without suspects")
    start = s.model()
    out: dict[str, Interval] = {}
    inexact: set[str] = set()
    try:
        trusted = _checked(engine, s, start) is start
    except Approximate:
        trusted = False
    for var, x in engine.vars.items():
        try:
            if not trusted:
                raise Approximate(str(x))
            # An irrational model value (v = n / v with n = 2) has no exact rational
            # start: the variable is inexact, its bounds come from propagation.
            m = num(start.eval(x, model_completion=True))
            if var in engine.ints:
                hi = _int_extreme(engine, s, x, int(m), +1)
                lo = _int_extreme(engine, s, x, int(m), -1)
                out[var] = Interval.of(lo, hi)
            else:
                hi_r = _real_extreme(engine, s, x, m, +1)
                lo_r = _real_extreme(engine, s, x, m, -1)
                out[var] = Interval.of(lo_r, hi_r)
        except Approximate:
            inexact.add(var)
            out[var] = Interval.everything()
    return out, inexact


def _feasible_with(engine: Engine, s: Any, cond: Any) -> Any:
    # The model of s ∧ cond, or None when infeasible.
    s.push()
    try:
        s.add(cond)
        return _checked(engine, s, s.model()) if engine.check([], s) else None
    finally:
        s.pop()


def _checked(engine: Engine, s: Any, model: Any) -> Any:
    """Return `model` once every assertion of `s` holds in it; else raise `Approximate`.

    A bound is only ever stepped along models that satisfy every clause exactly: some z3
    releases return, for products of integers and reals, a model that breaks one (5.1 gave
    v = 1/2 for v·x2 = x1 with x1 = 0, x2 = 1), which would widen a bound silently.  Such a
    variable is left inexact, and its bounds come from propagation.
    """
    z3 = engine.z3
    for clause in s.assertions():
        if not z3.is_true(model.eval(clause, model_completion=True)):
            raise Approximate("z3 returned a model that breaks a clause")
    return model


def _int_extreme(engine: Engine, s: Any, x: Any, start: int, sign: int) -> int | None:
    best, step = start, 1
    bad: int | None = None
    while bad is None:
        if abs(best) > INT_CAP:
            return None
        target = best + sign * step
        bound = engine.int_val(target)
        model = _feasible_with(engine, s, x >= bound if sign > 0 else x <= bound)
        if model is None:
            bad = target
        else:
            best = int(num(model.eval(x, model_completion=True)))
            step *= 2
    while abs(bad - best) > 1:
        mid = (best + bad) // 2
        bound = engine.int_val(mid)
        model = _feasible_with(engine, s, x >= bound if sign > 0 else x <= bound)
        if model is None:
            bad = mid
        else:
            best = int(num(model.eval(x, model_completion=True)))
    return best


def _real_extreme(engine: Engine, s: Any, x: Any, start: Fraction, sign: int) -> Fraction:
    best = start
    for _ in range(IMPROVE_ROUNDS):
        bound = engine.rational(best)
        model = _feasible_with(engine, s, x > bound if sign > 0 else x < bound)
        if model is None:
            return best
        best = num(model.eval(x, model_completion=True))
    raise Approximate(str(x))
