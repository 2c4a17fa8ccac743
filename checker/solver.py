"""The one consistency problem: suspects, minimal conflicting sets, implied bounds (layer 2).

Input is plain data built by the audit layer: quantities (`Variable`), claims as soft
interval constraints with a trust rank (`Soft`), and relations as hard constraints
(`Rel`).  `solve()` splits the problem into connected components (variables linked by
relations; claims attach to their variable) and returns a `Solution`:

* **suspects** — the claims whose removal makes the rest feasible, chosen
  lexicographically: fewest removed at the highest rank, then the next rank down, ...;
  among the optimal sets, the one whose sorted ids are smallest (a lexicographic MaxSAT);
* a **minimal conflicting set** per suspect (removing any member makes it feasible),
  preferring a set without relations, then claims with the smallest `evidence_key`;
* **implied bounds** of every variable on the problem without the suspects;
* components left **unsolved** (too large, timed out, z3 unknown): bounds from interval
  propagation alone (REL003).

Everything is exact rational arithmetic.  Whole-number variables are integers >= 0;
others are reals.  A ratio whose value occurs in no other relation is linearised (the
claims on its value become linear constraints on numerator and denominator); any other
ratio is a nonlinear product solved by z3 within its work budget.  A component with one
variable and no relation is settled without z3, and so is one that propagation and a
small exact search decide (`checker._solver_decide`: linear, whole numbers).  Pure: no
printing, no file I/O; z3 is imported lazily by `checker._solver_z3`.

This module splits the problem and shares out the work (components, pieces of a split
component, z3's budget, the second core), and settles a component of one variable.  Its
parts: `_solver_problem` (the records and the components), `_solver_settle` (components
whose answer is plain), `_solver_encode` (a component as clauses), `_solver_general` (a
component with relations: `_solver_decide` and `_solver_oracle`, on the whole-number
propagation of `_solver_wholeprop`, without z3, else `_solver_z3`), `_solver_bearing`
(what bears on a variable apart from its own claims).
"""


from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from fractions import Fraction

from checker._solver_bearing import bounds_without_own, relation_bearing
from checker._solver_general import NeedsZ3, solve_general, unsolved_outcome
from checker._solver_problem import (
    BUDGET,
    COMPONENT_BASE,
    COMPONENT_PER_ITEM,
    INEXACT,
    TOO_LARGE,
    UNKNOWN,
    UNSOLVED_WHY,
    Component,
    Conflict,
    EvidenceKey,
    Outcome,
    Problem,
    Rel,
    RelKind,
    Soft,
    Solution,
    Unsolved,
    Variable,
    ceiling,
    components,
    own_interval,
    release_z3,
    validate,
)
from checker._solver_settle import Settled, settle_determined, unique_solution
from checker.intervals import Interval, Number

__all__ = [
    "BUDGET", "COMPONENT_BASE", "COMPONENT_PER_ITEM", "DEFAULT_BUDGET", "INEXACT",
    "PARALLEL_COMPONENTS", "TOO_LARGE", "UNKNOWN", "UNSOLVED_WHY", "Component", "Conflict",
    "EvidenceKey", "Problem", "Rel", "RelKind", "Settled", "Soft", "Solution", "Unsolved",
    "Variable",
    "bounds_without_own", "ceiling", "components", "relation_bearing", "settle_determined",
    "solve",
]


PARALLEL_COMPONENTS = 24
"""From this many components for z3, `solve(parallel=True)` shares them with a second core."""


WHOLE_FIRST = 100
"""A component of at most this many claims and relations is decided whole, without z3,
before it is split at its fixed quantities (`_split`); the pieces are tried only when that
leaves it undecided."""


DEFAULT_BUDGET = 100_000_000
"""Work units of z3 for a whole run (its "rlimit" count) when the caller sets none."""


def solve(
    problem: Problem,
    *,
    evidence_key: EvidenceKey | None = None,
    max_component: int = 2000,
    budget: int = DEFAULT_BUDGET,
    parallel: bool = False,
) -> Solution:
    """Solve `problem` component by component and return its `Solution`.

    `evidence_key(suspect_id, soft_id)` orders the claims a conflicting set should keep
    (smallest first; default ``(-rank, id)``).  A component with more than
    `max_component` claims and relations, or that z3 cannot settle within its part of
    `budget`, is returned in `Solution.unsolved`.  Raise `ValueError` when a claim or
    relation names an unknown variable, an id repeats, or a relation has the wrong
    number of members.

    `budget` is the work z3 may do in the whole run, in z3's own deterministic count
    (its "rlimit" units), never in time: the same problem gets the same answer on any
    machine under any load.  Each component for z3 first gets an equal share (at most its
    `ceiling`); what the components did not use then goes, in rounds of doubling
    allowances and in the order of the components, to those that ran out
    (`_share_budget`).

    With `parallel`, when there are `PARALLEL_COMPONENTS` or more components for z3 and
    the process can fork, every other one is solved in a forked child.  The answer is the
    same: each component is solved in a z3 context of its own with an allowance fixed in
    advance, so its answer and its work never depend on what else was solved, or where.
    """
    validate(problem)
    ranks = {s.id: s.rank for s in problem.softs}
    key: EvidenceKey = evidence_key or (lambda _suspect, soft: (-ranks[soft], soft))

    def run(part: list[Component], share: int) -> list[Outcome]:
        return [_solve_component(comp, problem.variables, key, max_component,
                                 min(share, ceiling(comp))) for comp in part]

    comps = components(problem)
    heavy = [c for c in comps if _way(c, max_component) == "z3"]
    share = budget // max(1, len(heavy))
    # First without z3: most components are settled by propagation and a small exact
    # search (`_solver_decide`), in this process; only the others are shared out.
    outcomes: list[Outcome] = []
    settled: list[Component] = []
    waiting: list[Component] = []
    for comp in comps:
        try:
            outcomes.append(_solve_component(comp, problem.variables, key, max_component,
                                             min(share, ceiling(comp)), z3=False))
            settled.append(comp)
        except NeedsZ3:
            waiting.append(comp)
    comps = settled
    if parallel and len(waiting) >= PARALLEL_COMPONENTS:
        from checker._parallel import can_fork, in_child  # noqa: PLC0415

        if can_fork():
            mine, theirs = waiting[0::2], waiting[1::2]
            child = in_child(lambda: run(theirs, share))
            try:
                outcomes += run(mine, share)
            except BaseException:
                child.cancel()
                raise
            outcomes += child.result()
            comps += mine + theirs
        else:
            outcomes += run(waiting, share)
            comps += waiting
    else:
        outcomes += run(waiting, share)
        comps += waiting
    _share_budget(comps, outcomes, share, budget,
                  lambda comp, allowance: _solve_component(comp, problem.variables, key,
                                                           max_component, allowance))
    total = Outcome()
    for got in outcomes:
        total.feasible = total.feasible and got.feasible
        total.suspects += got.suspects
        total.conflicts += got.conflicts
        total.implied.update(got.implied)
        total.unsolved += got.unsolved
        total.rel_conflicts += got.rel_conflicts
    return Solution(
        feasible=total.feasible,
        suspects=tuple(sorted(total.suspects)),
        conflicts=tuple(sorted(total.conflicts, key=lambda c: c.suspect)),
        implied={k: total.implied[k] for k in sorted(total.implied)},
        unsolved=tuple(sorted(total.unsolved, key=lambda u: (u.variables, u.reason))),
        rel_conflicts=tuple(sorted(total.rel_conflicts)),
    )


def _share_budget(comps: list[Component], outcomes: list[Outcome], share: int, budget: int,
                  again: Callable[[Component, int], Outcome]) -> None:
    """Give what is left of `budget` to the components that ran out of their allowance.

    In rounds, each doubling the allowance, in the order of the components (by their
    first variable), each that ran out below its `ceiling` is solved again with its new
    allowance (at most what is left, at most its ceiling).  A component's work under an
    allowance is a function of the component alone, so these allowances, and so the
    answer, are the same however the first round was split between processes.  Replace
    `outcomes` in place.
    """
    left = budget - sum(o.spent for o in outcomes)
    order = sorted(range(len(comps)), key=lambda i: comps[i].variables)
    allowance = share
    while left > 0:
        allowance *= 2
        waiting = [i for i in order
                   if outcomes[i].ran_out and outcomes[i].allowance < ceiling(comps[i])]
        progressed = False
        for i in waiting:
            given = min(allowance, left, ceiling(comps[i]))
            if given <= outcomes[i].allowance:
                continue
            outcomes[i] = again(comps[i], given)
            left -= outcomes[i].spent
            progressed = True
            if left <= 0:
                break
        if not waiting or (not progressed and allowance >= left):
            break


def _way(comp: Component, max_component: int) -> str:
    # How a component is solved: "large" (propagation only), "single" (one variable, no
    # relation: by enumeration) or "z3".
    if len(comp.softs) + len(comp.rels) > max_component:
        return "large"
    if not comp.rels and len(comp.variables) == 1:
        return "single"
    return "z3"


def _solve_component(comp: Component, variables: Mapping[str, Variable], key: EvidenceKey,
                     max_component: int, allowance: int, z3: bool = True,
                     floor: int | None = None) -> Outcome:
    # With `z3` False, raise `NeedsZ3` instead of starting z3 (for the component or a piece).
    # With a `floor`, an answer decided without z3 that blames a claim of that rank or
    # above may stop at its suspects (`_solve_pieces` then solves the whole instead).
    if not z3:
        return _solve_component_once(comp, variables, key, max_component, allowance, z3,
                                     floor)
    try:
        return _solve_component_once(comp, variables, key, max_component, allowance, z3,
                                     floor)
    finally:
        release_z3()


def _solve_component_once(comp: Component, variables: Mapping[str, Variable],
                          key: EvidenceKey, max_component: int, allowance: int,
                          z3: bool, floor: int | None = None) -> Outcome:
    way = _way(comp, max_component)
    if way == "single":
        return _solve_single(comp, variables[comp.variables[0]], key)
    if way == "z3" and floor is None and "z3" not in comp.prepared and \
            len(comp.softs) + len(comp.rels) <= WHOLE_FIRST:
        # A small component is decided whole first: an answer found without z3 is the
        # exact one, which its pieces would give too (`_solve_pieces`), and most small
        # components that reach here have a piece that blames a claim on a shared fixed
        # quantity, so that the whole is solved after the pieces anyway.
        try:
            out = solve_general(comp, variables, key, allowance, False)
        except NeedsZ3:  # (its encoding and propagation kept for the try with z3)
            pass
        else:
            out.allowance = allowance
            return out
    spent = 0
    if "split" not in comp.prepared:
        comp.prepared["split"] = _split(comp, variables)
    cut: tuple[list[Component], set[str]] | None = comp.prepared["split"]
    if cut is not None:
        split, spent = _solve_pieces(comp, *cut, variables, key, max_component, allowance,
                                     z3)
        if split is not None:
            return split
    if way == "large":
        out = unsolved_outcome(comp, variables, TOO_LARGE)
    else:
        out = solve_general(comp, variables, key, max(0, allowance - spent), z3,
                             None if cut is not None else floor)
    out.allowance, out.spent = allowance, out.spent + spent
    return out


def _split(comp: Component,
           variables: Mapping[str, Variable]) -> tuple[list[Component], set[str]] | None:
    """Return the pieces of `comp` once its fixed variables are taken out, and those, or None.

    A variable is fixed when its claims together leave it one value (a total of exactly
    1,000).  With it held there, the relations through it no longer tie the rest
    together: each piece is what stays connected without the fixed variables, with the
    fixed variables it touches and all their claims.  None when nothing is fixed or one
    piece remains.
    """
    meet: dict[str, Interval] = {}
    seen: set[tuple[str, int]] = set()  # (an interval met once: many claims share one)
    for soft in comp.softs:
        key = (soft.var, id(soft.interval))
        if key in seen:
            continue
        seen.add(key)
        own = own_interval(soft, variables[soft.var])
        meet[soft.var] = meet[soft.var].intersect(own) if soft.var in meet else own
    fixed = {v for v, iv in meet.items() if iv.is_point()}
    if not fixed:
        return None
    parent = {v: v for v in comp.variables if v not in fixed}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for rel in comp.rels:
        free = [m for m in rel.members if m not in fixed]
        for m in free[1:]:
            a, b = find(free[0]), find(m)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[Rel]] = {}
    for rel in comp.rels:
        free = [m for m in rel.members if m not in fixed]
        groups.setdefault(find(free[0]) if free else "\0" + rel.id, []).append(rel)
    if len(groups) < 2:
        return None
    claims: dict[str, list[Soft]] = {}
    for soft in comp.softs:
        claims.setdefault(soft.var, []).append(soft)
    pieces = []
    for name in sorted(groups):
        rels = groups[name]
        names = sorted({m for rel in rels for m in rel.members})
        softs = sorted((s for v in names for s in claims.get(v, ())), key=lambda s: s.id)
        pieces.append(Component(names, softs, rels))
    return pieces, fixed


def _solve_pieces(comp: Component, pieces: list[Component], fixed: set[str],
                  variables: Mapping[str, Variable], key: EvidenceKey, max_component: int,
                  allowance: int, z3: bool) -> tuple[Outcome | None, int]:
    """Solve the pieces of a split component; return their joint outcome and the work spent.

    The joint outcome is the component's exact answer when no piece blames a claim as
    trusted as the least trusted claim on a fixed variable shared by pieces: keeping
    every claim on those then removes nothing at their ranks or above, which any answer
    that frees one of them must, and with them held the pieces are independent, so the
    pieces' answers, joined, are the lexicographic optimum (and their bounds the exact
    bounds).  Otherwise the outcome is None: solve the whole component.
    """
    ranks = {s.id: s.rank for s in comp.softs}
    seen: dict[str, int] = {}
    for piece in pieces:
        for v in piece.variables:
            seen[v] = seen.get(v, 0) + 1
    shared = {v for v in fixed if seen.get(v, 0) > 1}
    floor = min((s.rank for s in comp.softs if s.var in shared), default=None)
    out = Outcome(allowance=allowance)
    spent = 0
    for piece in pieces:
        # (a piece whose answer is plain is settled as `settle_determined` settles a
        # component; every piece has a relation)
        plain = None if len(piece.softs) + len(piece.rels) > max_component else \
            unique_solution(piece.variables, piece.softs, piece.rels, variables)
        if plain is not None:
            got = Outcome(implied=plain)
        else:
            got = _solve_component(piece, variables, key, max_component,
                                   max(0, allowance - spent), z3=z3, floor=floor)
        spent += got.spent
        if floor is not None and (got.stopped or any(ranks[s] >= floor for s in got.suspects)):
            return None, spent
        out.ran_out = out.ran_out or got.ran_out
        out.feasible = out.feasible and got.feasible
        out.suspects += got.suspects
        out.conflicts += got.conflicts
        out.unsolved += got.unsolved
        out.rel_conflicts += got.rel_conflicts
        for var, bound in got.implied.items():
            out.implied[var] = out.implied[var].intersect(bound) if var in out.implied \
                else bound
    out.spent = spent
    return out, spent


# -- one variable, no relation: settled by sweeping points --------------------------------


def _candidates(intervals: list[Interval], variable: Variable) -> list[Number]:
    ends = sorted(
        {e for iv in intervals if not iv.is_empty() for e in (iv.lo, iv.hi) if e is not None}
    )
    if variable.integer:  # integer intervals are closed: ends and neighbours cover every cell
        points = {Fraction(0)} | {e + d for e in ends for d in (-1, 0, 1)}
    elif not ends:
        points = {Fraction(0)}
    else:
        gaps = [Fraction(a + b) / 2 for a, b in zip(ends, ends[1:], strict=False)]
        points = {ends[0] - 1, ends[-1] + 1, *ends, *gaps}
    return sorted(p for p in points if variable.domain.contains_value(p))


def _removal_key(removed: list[Soft], ranks: list[int]) -> tuple[tuple[int, ...], tuple[str, ...]]:
    counts = tuple(sum(1 for s in removed if s.rank == r) for r in ranks)
    return counts, tuple(sorted(s.id for s in removed))


def _solve_single(comp: Component, variable: Variable, key: EvidenceKey) -> Outcome:
    own = {s.id: own_interval(s, variable) for s in comp.softs}
    start = variable.domain
    meet = start
    for iv in own.values():
        meet = meet.intersect(iv)
    out = Outcome()
    if meet.is_empty():
        out.feasible = False
        ranks = sorted({s.rank for s in comp.softs}, reverse=True)
        best = min(
            (
                _removal_key([s for s in comp.softs if not own[s.id].contains_value(p)], ranks)
                for p in _candidates(list(own.values()), variable)
            ),
        )
        out.suspects = list(best[1])
        kept = [s for s in comp.softs if s.id not in best[1]]
        for sid in out.suspects:
            if own[sid].is_empty():
                out.conflicts.append(Conflict(sid, (sid,), ()))
                continue
            disjoint = [s.id for s in kept if own[s.id].is_disjoint(own[sid])]
            partner = min(disjoint, key=functools.partial(key, sid))
            out.conflicts.append(Conflict(sid, tuple(sorted((sid, partner))), ()))
        meet = start
        for s in kept:
            meet = meet.intersect(own[s.id])
    out.implied[variable.key] = meet
    return out
