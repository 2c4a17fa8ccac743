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
ratio is a nonlinear product solved by z3 under the timeout.  A component with one
variable and no relation is settled without z3.  Pure: no printing, no file I/O; z3 is
imported lazily by `checker._solver_z3`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from checker._solver_lin import (
    Clause,
    Lin,
    Prod,
    RatioView,
    Task,
    interval_lins,
    lin,
    propagate,
    view_lins,
)
from checker.intervals import Interval, Number
from checker.kinds import KINDS

RelKind = str
"""A name in `checker.kinds.KINDS` (checked by `solve`)."""

# Reasons a component is unsolved (REL003).
TOO_LARGE = "too-large"  # more constraints than `max_component`
TIMEOUT = "timeout"  # the time limit passed
UNKNOWN = "unknown"  # z3 gave up (typically nonlinear arithmetic)
INEXACT = "inexact-bounds"  # solved, but some bounds could not be made exact

EvidenceKey = Callable[[str, str], Any]


@dataclass(frozen=True)
class Variable:
    """A quantity: `integer` ones are whole numbers, the others reals; `signed` ones may be < 0."""

    key: str
    integer: bool
    signed: bool = False

    @property
    def domain(self) -> Interval:
        """Return the values the variable may take before any claim: [0, ∞) unless signed."""
        return Interval.everything() if self.signed else _NON_NEGATIVE


_NON_NEGATIVE = Interval.of(0, None)


@dataclass(frozen=True)
class Soft:
    """A claim: variable `var` lies in `interval`; higher `rank` is trusted more."""

    id: str
    var: str
    interval: Interval
    rank: int


@dataclass(frozen=True)
class Rel:
    """A hard relation between variables: a kind of `checker.kinds.KINDS` and its members.

    The members are in the kind's order (``subset``: part, whole; ``ratio``: value,
    numerator, denominator; ``change``: value, new, old; ...); `scale` is the kind's
    scale (1 for kinds without one).
    """

    id: str
    kind: RelKind
    members: tuple[str, ...]
    scale: Fraction = Fraction(1)


@dataclass(frozen=True)
class Problem:
    """All variables, claims and relations of one audit."""

    variables: Mapping[str, Variable]
    softs: Sequence[Soft]
    rels: Sequence[Rel]


@dataclass(frozen=True)
class Conflict:
    """A minimal conflicting set for `suspect`: `softs` (with the suspect) and `rels`."""

    suspect: str
    softs: tuple[str, ...]
    rels: tuple[str, ...]


@dataclass(frozen=True)
class Unsolved:
    """A component not solved exactly (REL003); `reason` is one of the module constants.

    For `INEXACT`, suspects and conflicts are exact and only the bounds of `variables`
    come from propagation; otherwise the component has no suspects and every bound
    comes from propagation: over all its claims when propagation finds no
    contradiction, else over the relations and the claims of each rank that stay
    consistent, most trusted rank first.
    """

    variables: tuple[str, ...]
    softs: tuple[str, ...]
    rels: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Solution:
    """The outcome of `solve()`, in deterministic order (sorted by id or key).

    `feasible` says whether the original problem is feasible (unsolved components count
    as feasible unless propagation proved otherwise).  `implied` maps every variable to
    its bounds without the suspects: closed integer intervals for integers, exact
    open/closed ends for reals, ``None`` for an infinite end.  `rel_conflicts` lists
    minimal sets of relations that contradict each other without any claim; their
    components get no suspects, and bounds from their claims alone.
    """

    feasible: bool
    suspects: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    implied: Mapping[str, Interval]
    unsolved: tuple[Unsolved, ...] = ()
    rel_conflicts: tuple[tuple[str, ...], ...] = ()


@dataclass
class Component:
    """Variables joined by relations, with the claims on them and the relations among them."""

    variables: list[str]
    softs: list[Soft] = field(default_factory=list)
    rels: list[Rel] = field(default_factory=list)


@dataclass
class _Outcome:
    feasible: bool = True
    suspects: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    implied: dict[str, Interval] = field(default_factory=dict)
    unsolved: list[Unsolved] = field(default_factory=list)
    rel_conflicts: list[tuple[str, ...]] = field(default_factory=list)




PARALLEL_COMPONENTS = 24
"""From this many components for z3, `solve(parallel=True)` shares them with a second core."""


def solve(
    problem: Problem,
    *,
    evidence_key: EvidenceKey | None = None,
    max_component: int = 2000,
    timeout_ms: int = 10000,
    parallel: bool = False,
) -> Solution:
    """Solve `problem` component by component and return its `Solution`.

    `evidence_key(suspect_id, soft_id)` orders the claims a conflicting set should keep
    (smallest first; default ``(-rank, id)``).  A component with more than
    `max_component` claims and relations, or that needs more than `timeout_ms`
    milliseconds, is returned in `Solution.unsolved`.  Raise `ValueError` when a claim
    or relation names an unknown variable, an id repeats, or a relation has the wrong
    number of members.

    With `parallel`, when there are `PARALLEL_COMPONENTS` or more components for z3 and
    the process can fork, every other one is solved in a forked child.  The answer is the
    same: each component's is found from sat/unsat answers and exact optima alone, never
    from what the process solved before.
    """
    _validate(problem)
    ranks = {s.id: s.rank for s in problem.softs}
    key: EvidenceKey = evidence_key or (lambda _suspect, soft: (-ranks[soft], soft))

    def run(part: list[Component]) -> list[_Outcome]:
        return [_solve_component(comp, problem.variables, key, max_component, timeout_ms)
                for comp in part]

    comps = components(problem)
    heavy = [c for c in comps if _way(c, max_component) == "z3"]
    outcomes: list[_Outcome]
    if parallel and len(heavy) >= PARALLEL_COMPONENTS:
        from checker._parallel import can_fork, in_child  # noqa: PLC0415

        if can_fork():
            theirs = heavy[1::2]
            away = {id(c) for c in theirs}
            child = in_child(lambda: run(theirs))
            try:
                outcomes = run([c for c in comps if id(c) not in away])
            except BaseException:
                child.cancel()
                raise
            outcomes += child.result()
        else:
            outcomes = run(comps)
    else:
        outcomes = run(comps)
    total = _Outcome()
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


def _way(comp: Component, max_component: int) -> str:
    # How a component is solved: "large" (propagation only), "single" (one variable, no
    # relation: by enumeration) or "z3".
    if len(comp.softs) + len(comp.rels) > max_component:
        return "large"
    if not comp.rels and len(comp.variables) == 1:
        return "single"
    return "z3"


def _solve_component(comp: Component, variables: Mapping[str, Variable], key: EvidenceKey,
                     max_component: int, timeout_ms: int) -> _Outcome:
    way = _way(comp, max_component)
    if way == "large":
        return _unsolved(comp, variables, TOO_LARGE)
    if way == "single":
        return _solve_single(comp, variables[comp.variables[0]], key)
    return _solve_general(comp, variables, key, timeout_ms)


def _validate(problem: Problem) -> None:
    known = problem.variables
    for key, var in known.items():
        if key != var.key:
            raise ValueError(f"variable {key!r} is keyed as {var.key!r}")
    ids = [s.id for s in problem.softs]
    if len(set(ids)) != len(ids):
        raise ValueError("claim ids repeat")
    rel_ids = [r.id for r in problem.rels]
    if len(set(rel_ids)) != len(rel_ids):
        raise ValueError("relation ids repeat")
    for soft in problem.softs:
        if soft.var not in known:
            raise ValueError(f"claim {soft.id!r} names unknown variable {soft.var!r}")
    for rel in problem.rels:
        if rel.kind not in KINDS:
            raise ValueError(f"relation {rel.id!r} has unknown kind {rel.kind!r}")
        lo, hi = KINDS[rel.kind].arity
        if len(rel.members) < lo or (hi is not None and len(rel.members) > hi):
            raise ValueError(f"relation {rel.id!r} ({rel.kind}) has {len(rel.members)} members")
        for m in rel.members:
            if m not in known:
                raise ValueError(f"relation {rel.id!r} names unknown variable {m!r}")


def components(problem: Problem) -> list[Component]:
    """Return the connected components of `problem` (variables joined by relations), sorted.

    Each component holds its variables, the claims on them and the relations among them,
    each sorted by id.
    """
    parent = {k: k for k in problem.variables}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for rel in problem.rels:
        for m in rel.members[1:]:
            a, b = find(rel.members[0]), find(m)
            if a != b:
                parent[max(a, b)] = min(a, b)
    comps: dict[str, Component] = {}
    for k in sorted(problem.variables):
        comps.setdefault(find(k), Component([])).variables.append(k)
    for soft in sorted(problem.softs, key=lambda s: s.id):
        comps[find(soft.var)].softs.append(soft)
    for rel in sorted(problem.rels, key=lambda r: r.id):
        comps[find(rel.members[0])].rels.append(rel)
    return [comps[r] for r in sorted(comps)]


# -- one variable, no relation: settled by sweeping points --------------------------------


def _own_interval(soft: Soft, variable: Variable) -> Interval:
    # A claim as the variable can satisfy it: within its domain, on whole numbers if integer.
    if variable.integer:
        return soft.interval.integers(minimum=None if variable.signed else 0)
    return soft.interval if variable.signed else soft.interval.intersect(variable.domain)


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


def _solve_single(comp: Component, variable: Variable, key: EvidenceKey) -> _Outcome:
    own = {s.id: _own_interval(s, variable) for s in comp.softs}
    start = variable.domain
    meet = start
    for iv in own.values():
        meet = meet.intersect(iv)
    out = _Outcome()
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


# -- components with relations: encoded for z3 ---------------------------------------------


def _encode(comp: Component, variables: Mapping[str, Variable]) -> Task:
    whole = _integral(comp, variables)
    ints = [v for v in comp.variables if v in whole]
    reals = [v for v in comp.variables if v not in whole]
    uses: dict[str, int] = {}
    for rel in comp.rels:
        for member in rel.members:
            uses[member] = uses.get(member, 0) + 1
    views: dict[str, RatioView] = {}  # value variable -> its linearised product
    clauses = [Clause((), lin({v: Fraction(-1)}, "<=", Fraction(0)))
               for v in (*ints, *reals) if not variables[v].signed]
    for rel in comp.rels:
        item = "r:" + rel.id
        kind = KINDS[rel.kind]
        clauses += [Clause((item,), a) for a in _rel_atoms(rel, variables)]
        prod = kind.product(rel.members, rel.scale)
        if prod is None:
            continue
        value, num, den = prod.value, prod.num, prod.den
        # A real value in no other relation is eliminated: its claims become linear
        # constraints on numerator and denominator.  Anything else is a product.
        if not variables[value].integer and uses[value] == 1 and value not in (num, den):
            views[value] = view = RatioView(item, value, num, den, prod.scale, prod.shift)
            if not variables[value].signed and (prod.shift or variables[num].signed):
                # value >= 0 is a constraint on numerator and denominator too
                clauses += [Clause((item,), a) for a in view_lins(view, variables[value].domain)]
        else:
            clauses.append(Clause((item,), Prod(value, num, den, prod.scale, prod.shift)))
    for soft in comp.softs:
        item = "s:" + soft.id
        own = _own_interval(soft, variables[soft.var])
        clauses += [Clause((item,), a) for a in interval_lins(soft.var, own)]
        seen = views.get(soft.var)
        if seen is not None:
            clauses += [Clause((item, seen.rel), a) for a in view_lins(seen, own)]
    return Task(
        ints=tuple(ints),
        reals=tuple(reals),
        softs=tuple(("s:" + s.id, s.rank) for s in comp.softs),
        rels=tuple("r:" + r.id for r in comp.rels),
        clauses=tuple(clauses),
        ratios=tuple(views[v] for v in sorted(views)),
    )


def _integral(comp: Component, variables: Mapping[str, Variable]) -> set[str]:
    """Return the variables that only take whole numbers: the integer ones, and reals a kind
    makes whole (the value of a `sum`, `difference` or `equal` of whole numbers).

    Declaring them integers changes no answer (they can take no other value) and spares
    z3 a search it may not finish: a real difference of two unbounded counts in (0, 1).
    """
    whole = {v for v in comp.variables if variables[v].integer}
    changed = True
    while changed:
        changed = False
        for rel in comp.rels:
            first = rel.members[0]
            if first not in whole and KINDS[rel.kind].integral and len(rel.members) > 1 \
                    and all(m in whole for m in rel.members[1:]):
                whole.add(first)
                changed = True
    return whole


def _rel_atoms(rel: Rel, variables: Mapping[str, Variable]) -> list[Lin]:
    # The linear part of a relation (a product is added apart, or linearised).
    forms = KINDS[rel.kind].linear(rel.members, rel.scale, lambda v: variables[v].integer)
    return [lin(terms, op, rhs) for terms, op, rhs in forms]


def _is_empty(bounds: Mapping[str, Interval]) -> bool:
    return any(b.is_empty() for b in bounds.values())


def _item_key(key: EvidenceKey, suspect: str) -> Callable[[str], Any]:
    # The evidence key of the suspect's conflicting set, on internal item names ("s:id").
    return lambda item: key(suspect, item[2:])


def _unsolved(
    comp: Component, variables: Mapping[str, Variable], reason: str, task: Task | None = None
) -> _Outcome:
    # Bounds from propagation: over everything when it finds no contradiction, else over
    # the relations and the claims of each rank that stay consistent, most trusted first.
    task = task or _encode(comp, variables)
    active = frozenset(task.rels) | {s for s, _ in task.softs}
    bounds = propagate(task, active)
    out = _Outcome(feasible=not _is_empty(bounds))
    if not out.feasible:
        active = frozenset(task.rels)
        bounds = propagate(task, active)
        for rank in sorted({r for _, r in task.softs}, reverse=True):
            trial = active | {s for s, r in task.softs if r == rank}
            got = propagate(task, trial)
            if not _is_empty(got):
                active, bounds = trial, got
    out.implied = bounds
    out.unsolved.append(
        Unsolved(
            tuple(comp.variables),
            tuple(s.id for s in comp.softs),
            tuple(r.id for r in comp.rels),
            reason,
        )
    )
    return out


def _solve_general(
    comp: Component, variables: Mapping[str, Variable], key: EvidenceKey, timeout_ms: int
) -> _Outcome:
    from checker import _solver_z3 as zs  # noqa: PLC0415  (lazy: loads z3)

    task = _encode(comp, variables)
    soft_items = [s for s, _ in task.softs]
    out = _Outcome()
    everything = frozenset(soft_items) | frozenset(task.rels)
    try:
        if task.nonlinear:  # z3's nonlinear search follows term ids: start from none
            zs.fresh_context()
        engine = zs.Engine(task, time.monotonic() + timeout_ms / 1000)
        # The common case: feasible, and bounds in one go (unless propagation alone
        # already proves the claims contradict each other).
        if not task.nonlinear and not _is_empty(propagate(task, everything)):
            bounds = zs.linear_bounds(engine, everything)
            if bounds is not None:
                out.implied, inexact = bounds
                return _settle_inexact(out, comp, task, everything, inexact)
        if not engine.check(everything):
            out.feasible = False
            if not engine.check(task.rels):
                out.rel_conflicts.append(
                    tuple(sorted(r[2:] for r in zs.minimal_rel_conflict(engine)))
                )
                out.implied = propagate(task, frozenset(soft_items))
                return out
            out.suspects = [s[2:] for s in zs.choose_suspects(engine)]
        gone = {"s:" + s for s in out.suspects}
        kept = [s for s in soft_items if s not in gone]
        for sid in out.suspects:
            members = zs.minimal_conflict(engine, "s:" + sid, kept, _item_key(key, sid))
            out.conflicts.append(
                Conflict(
                    sid,
                    tuple(sorted(m[2:] for m in members if m.startswith("s:"))),
                    tuple(sorted(m[2:] for m in members if m.startswith("r:"))),
                )
            )
        active = frozenset(kept) | frozenset(task.rels)
        if task.nonlinear:
            out.implied, inexact = zs.nonlinear_bounds(engine, active)
        else:
            bounds = zs.linear_bounds(engine, active)
            if bounds is None:
                raise zs.Unknown("component infeasible without suspects")
            out.implied, inexact = bounds
    except zs.Unknown as exc:
        reason = TIMEOUT if str(exc) in ("deadline", "timeout", "canceled") else UNKNOWN
        return _unsolved(comp, variables, reason, task)
    return _settle_inexact(out, comp, task, active, inexact)


def _settle_inexact(
    out: _Outcome, comp: Component, task: Task, active: frozenset[str], inexact: set[str]
) -> _Outcome:
    # Replace the bounds z3 could not make exact with propagated ones, and say so.
    if inexact:
        rough = propagate(task, active)
        for var in inexact:
            out.implied[var] = rough[var]
        out.unsolved.append(
            Unsolved(
                tuple(sorted(inexact)),
                tuple(s.id for s in comp.softs),
                tuple(r.id for r in comp.rels),
                INEXACT,
            )
        )
    return out


# -- what bears on a variable apart from its own claims ------------------------------------------


def bounds_without_own(problem: Problem, wanted: Sequence[str], timeout_ms: int = 10_000
                       ) -> tuple[dict[str, Interval], dict[str, Interval]]:
    """Return, for each `wanted` variable, its exact bounds over `problem` without its claims.

    `problem` is one feasible component.  Also return the bounds of the relations alone
    (no claim at all), so a caller can tell bounds that only restate the relations.  One
    encoding serves every variable.  A variable whose bounds cannot be made exact (the
    time limit, an inexact ratio bound) is left out of both.
    """
    from checker import _solver_z3 as zs  # noqa: PLC0415  (lazy: loads z3)

    comps = components(problem)
    if len(comps) != 1 or not wanted:
        return {}, {}
    comp = comps[0]
    task = _encode(comp, problem.variables)
    by_var: dict[str, set[str]] = {}
    for soft in comp.softs:
        by_var.setdefault(soft.var, set()).add("s:" + soft.id)
    every = frozenset(s for s, _ in task.softs) | frozenset(task.rels)
    out: dict[str, Interval] = {}
    alone: dict[str, Interval] = {}
    try:
        if task.nonlinear:
            zs.fresh_context()
        engine = zs.Engine(task, time.monotonic() + timeout_ms / 1000)

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
    return out, alone
