"""What bears on a variable apart from its own claims (layer 2, private to `solver`).

Decided without z3 where the exact search of `_solver_decide` settles it, else by one z3
optimisation per variable (`bounds_without_own`).
"""

from __future__ import annotations

from collections.abc import Sequence

from checker import _solver_decide
from checker._solver_decide import bearing
from checker._solver_encode import encode
from checker._solver_problem import Problem, ceiling, components, release_z3
from checker.intervals import Interval


def relation_bearing(problem: Problem, wanted: Sequence[str]) -> dict[str, Interval]:
    """Return what bears on each `wanted` variable of `problem` apart from its own claims.

    `problem` is one feasible component.  For each variable, its exact bounds without
    its own claims (as `bounds_without_own`), kept only where they differ from its
    bounds over the relations alone.  Decided without z3 where propagation and a small
    exact search settle it (`checker._solver_decide.bearing`), else by z3.
    """
    comps = components(problem)
    if _solver_decide.DECIDE_WITHOUT_Z3 and len(comps) == 1 and wanted:
        own: dict[str, set[str]] = {}
        for soft in comps[0].softs:
            own.setdefault(soft.var, set()).add("s:" + soft.id)
        decided = bearing(encode(comps[0], problem.variables), sorted(set(wanted)), own)
        if decided is not None:
            return decided
    got, alone = bounds_without_own(problem, wanted)
    return {var: bound for var, bound in got.items() if bound != alone[var]}


def bounds_without_own(problem: Problem, wanted: Sequence[str], budget: int | None = None
                       ) -> tuple[dict[str, Interval], dict[str, Interval]]:
    """Return, for each `wanted` variable, its exact bounds over `problem` without its claims.

    `problem` is one feasible component.  Also return the bounds of the relations alone
    (no claim at all), so a caller can tell bounds that only restate the relations.  One
    encoding serves every variable.  A variable whose bounds cannot be made exact (z3
    spent its work `budget`, by default the component's `ceiling`; an inexact ratio
    bound) is left out of both, and so is every variable of a component with a product
    of unknowns (a nonlinear one).
    """
    from checker import _solver_z3 as zs  # noqa: PLC0415  (lazy: loads z3)

    comps = components(problem)
    if len(comps) != 1 or not wanted:
        return {}, {}
    comp = comps[0]
    task = encode(comp, problem.variables)
    if task.nonlinear:
        # A product of unknowns: z3's work count says little of its time there (numbers
        # of thousands of digits cost few units and many seconds), and one solve per
        # variable would multiply it.  The component's own implied bounds stand instead.
        return {}, {}
    by_var: dict[str, set[str]] = {}
    for soft in comp.softs:
        by_var.setdefault(soft.var, set()).add("s:" + soft.id)
    every = frozenset(s for s, _ in task.softs) | frozenset(task.rels)
    out: dict[str, Interval] = {}
    alone: dict[str, Interval] = {}
    try:
        engine = zs.Engine(task, ceiling(comp) if budget is None else budget)

        opt = None if task.nonlinear else zs.guarded_optimize(engine)

        def bound(active: frozenset[str], var: str) -> Interval | None:
            if opt is None:
                got, inexact = zs.nonlinear_bounds(engine, active)
                return None if var in inexact else got[var]
            return zs.variable_bounds(engine, opt, active, var)

        rels = frozenset(task.rels)
        if task.nonlinear:
            base, rough = zs.nonlinear_bounds(engine, rels)
        else:
            both = zs.linear_bounds(engine, rels)
            base, rough = both if both is not None else ({}, set())
        for var in sorted(set(wanted) - rough):
            mine = bound(every - by_var.get(var, set()), var)
            if mine is not None and var in base:
                out[var], alone[var] = mine, base[var]
    except zs.Unknown:
        return {}, {}
    finally:
        release_z3()
    return out, alone
