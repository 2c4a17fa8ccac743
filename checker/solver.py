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
"""

from __future__ import annotations

import functools
import gc
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, NamedTuple, cast

from checker._solver_decide import bearing, decide
from checker._solver_lin import (
    Clause,
    Lin,
    Prod,
    RatioView,
    Task,
    interval_lins,
    lin,
    propagate,
    propagation_conflict,
    view_lins,
)
from checker.intervals import Interval, Number
from checker.kinds import KINDS

RelKind = str
"""A name in `checker.kinds.KINDS` (checked by `solve`)."""

# Reasons a component is unsolved (REL003).
TOO_LARGE = "too-large"  # more constraints than `max_component`
BUDGET = "budget"  # z3 spent the work units it was given
UNKNOWN = "unknown"  # z3 gave up (typically nonlinear arithmetic)
INEXACT = "inexact-bounds"  # solved, but some bounds could not be made exact

UNSOLVED_WHY = {
    TOO_LARGE: "is too large to solve exactly (more claims and relations than "
               "`max-component`)",
    BUDGET: "took more than its share of the solver's work (`solver-budget`)",
    UNKNOWN: "could not be solved exactly (a product of unknown quantities the solver "
             "gave up on)",
    INEXACT: "has bounds with no exact value the solver can give (an irrational number, "
             "as a square root; or a bound it can only approach)",
}
"""Why a component is not solved exactly, as a REL003 message says it (one per reason)."""

EvidenceKey = Callable[[str, str], Any]


class Variable(NamedTuple):
    """A quantity: `integer` ones are whole numbers, the others reals; `signed` ones may be < 0."""

    key: str
    integer: bool
    signed: bool = False

    @property
    def domain(self) -> Interval:
        """Return the values the variable may take before any claim: [0, ∞) unless signed."""
        return Interval.everything() if self.signed else _NON_NEGATIVE


_NON_NEGATIVE = Interval.of(0, None)


class Soft(NamedTuple):
    """A claim: variable `var` lies in `interval`; higher `rank` is trusted more.

    (A named tuple: an audit makes one per claim, at a third of a dataclass's cost.)
    """

    id: str
    var: str
    interval: Interval
    rank: int


class Rel(NamedTuple):
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
    # What a try without z3 found and z3 would find again: its pieces (`_split`), and
    # its encoding and propagation when it needs z3 (`_solve_general`).
    prepared: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class _Outcome:
    allowance: int = 0  # the work units z3 was given (0: z3 was not needed)
    spent: int = 0  # the work units z3 used
    ran_out: bool = False  # whether z3 stopped for want of work units
    feasible: bool = True
    suspects: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    implied: dict[str, Interval] = field(default_factory=dict)
    unsolved: list[Unsolved] = field(default_factory=list)
    rel_conflicts: list[tuple[str, ...]] = field(default_factory=list)
    stopped: bool = False  # a piece that blames a claim of its `floor` rank, decided no further




DECIDE_WITHOUT_Z3 = True
"""Whether components that propagation and a small exact search settle skip z3
(`checker._solver_decide`); the answer is the same either way (tests compare the two)."""


PARALLEL_COMPONENTS = 24
"""From this many components for z3, `solve(parallel=True)` shares them with a second core."""


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
    _validate(problem)
    ranks = {s.id: s.rank for s in problem.softs}
    key: EvidenceKey = evidence_key or (lambda _suspect, soft: (-ranks[soft], soft))

    def run(part: list[Component], share: int) -> list[_Outcome]:
        return [_solve_component(comp, problem.variables, key, max_component,
                                 min(share, ceiling(comp))) for comp in part]

    comps = components(problem)
    heavy = [c for c in comps if _way(c, max_component) == "z3"]
    share = budget // max(1, len(heavy))
    # First without z3: most components are settled by propagation and a small exact
    # search (`_solver_decide`), in this process; only the others are shared out.
    outcomes: list[_Outcome] = []
    settled: list[Component] = []
    waiting: list[Component] = []
    for comp in comps:
        try:
            outcomes.append(_solve_component(comp, problem.variables, key, max_component,
                                             min(share, ceiling(comp)), z3=False))
            settled.append(comp)
        except _NeedsZ3:
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


def _share_budget(comps: list[Component], outcomes: list[_Outcome], share: int, budget: int,
                  again: Callable[[Component, int], _Outcome]) -> None:
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


COMPONENT_BASE = 1_000_000
COMPONENT_PER_ITEM = 20_000


def ceiling(comp: Component) -> int:
    """Return the most work units one component may get: a base and a part per item.

    A component of n claims and relations gets at most ``COMPONENT_BASE +
    COMPONENT_PER_ITEM * n`` units of the run's budget, so that a few components z3
    cannot settle (typically products of quantities) cannot take the whole run.
    """
    return COMPONENT_BASE + COMPONENT_PER_ITEM * (len(comp.softs) + len(comp.rels))


def _way(comp: Component, max_component: int) -> str:
    # How a component is solved: "large" (propagation only), "single" (one variable, no
    # relation: by enumeration) or "z3".
    if len(comp.softs) + len(comp.rels) > max_component:
        return "large"
    if not comp.rels and len(comp.variables) == 1:
        return "single"
    return "z3"


class _NeedsZ3(Exception):
    """The component needs z3, and it was to be solved without (`z3=False`)."""


def _solve_component(comp: Component, variables: Mapping[str, Variable], key: EvidenceKey,
                     max_component: int, allowance: int, z3: bool = True,
                     floor: int | None = None) -> _Outcome:
    # With `z3` False, raise `_NeedsZ3` instead of starting z3 (for the component or a piece).
    # With a `floor`, an answer decided without z3 that blames a claim of that rank or
    # above may stop at its suspects (`_solve_pieces` then solves the whole instead).
    if not z3:
        return _solve_component_once(comp, variables, key, max_component, allowance, z3,
                                     floor)
    try:
        return _solve_component_once(comp, variables, key, max_component, allowance, z3,
                                     floor)
    finally:
        _release_z3()


def _release_z3() -> None:
    """Free what z3 built for the component just solved.

    Its Python objects form reference cycles that hold z3's own (native) memory, a z3
    context per component among it; the CLI raises the collector's thresholds, so
    without this they pile up (a 20,000-claim audit peaked at 886 MB instead of 204 MB).
    Collecting the youngest generation only touches what the component made.
    """
    gc.collect(0)


def _solve_component_once(comp: Component, variables: Mapping[str, Variable],
                          key: EvidenceKey, max_component: int, allowance: int,
                          z3: bool, floor: int | None = None) -> _Outcome:
    way = _way(comp, max_component)
    if way == "single":
        return _solve_single(comp, variables[comp.variables[0]], key)
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
        out = _unsolved(comp, variables, TOO_LARGE)
    else:
        out = _solve_general(comp, variables, key, max(0, allowance - spent), z3,
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
        own = _own_interval(soft, variables[soft.var])
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
                  allowance: int, z3: bool) -> tuple[_Outcome | None, int]:
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
    out = _Outcome(allowance=allowance)
    spent = 0
    for piece in pieces:
        # (a piece whose answer is plain is settled as `settle_determined` settles a
        # component; every piece has a relation)
        plain = None if len(piece.softs) + len(piece.rels) > max_component else \
            _unique_solution(piece.variables, piece.softs, piece.rels, variables)
        if plain is not None:
            got = _Outcome(implied=plain)
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
    root: dict[str, Component] = {}  # each variable's component
    for k in sorted(problem.variables):
        r = find(k)
        comp = comps.get(r)
        if comp is None:
            comp = comps[r] = Component([])
        comp.variables.append(k)
        root[k] = comp
    claims = {k: comp.softs for k, comp in root.items()}  # (each variable's list, at hand)
    for soft in sorted(problem.softs, key=_ID):
        claims[soft.var].append(soft)
    for rel in sorted(problem.rels, key=_ID):
        root[rel.members[0]].rels.append(rel)
    return [comps[r] for r in sorted(comps)]


_ID = operator.attrgetter("id")


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
            # (an `equal` of one member says nothing: it makes nothing whole)
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


def _item_key_of(key: EvidenceKey) -> Callable[[str, str], Any]:
    # The evidence key on internal item names ("s:id") of both the suspect and the claim.
    return lambda suspect, item: key(suspect[2:], item[2:])


def _item_key(key: EvidenceKey, suspect: str) -> Callable[[str], Any]:
    # The evidence key of the suspect's conflicting set, on internal item names ("s:id").
    return lambda item: key(suspect, item[2:])


def _unsolved(
    comp: Component, variables: Mapping[str, Variable], reason: str, task: Task | None = None
) -> _Outcome:
    # Bounds from propagation.  A contradiction propagation proves is reported all the
    # same (`_propagation_conflicts`); the bounds then come from what is left.
    task = task or _encode(comp, variables)
    out = _Outcome()
    active = _propagation_conflicts(task, out)
    out.implied = propagate(task, active)
    out.unsolved.append(
        Unsolved(
            tuple(comp.variables),
            tuple(s.id for s in comp.softs),
            tuple(r.id for r in comp.rels),
            reason,
        )
    )
    return out


def _propagation_suspect(task: Task, active: set[str], softs: list[str], var: str,
                         ranks: Mapping[str, int]) -> str:
    # Of the least trusted claims of the set, the smallest id whose removal alone ends
    # the contradiction, among those on the variable whose bounds crossed and the first
    # by id (MINIMISE_AT_MOST in all); else the smallest id.
    least = sorted(i for i in softs if ranks[i] == least_rank(softs, ranks))
    on_var = {c.guard[0] for c in task.clauses
              if len(c.guard) == 1 and c.guard[0] in ranks and var in c.atom.variables()}
    tried = sorted({*[i for i in least if i in on_var][:MINIMISE_AT_MOST // 2],
                    *least[:MINIMISE_AT_MOST // 2]})
    for item in tried:
        if propagation_conflict(task, frozenset(active - {item})) is None:
            return item
    return least[0]


def least_rank(softs: list[str], ranks: Mapping[str, int]) -> int:
    """Return the lowest rank among the claim items `softs`."""
    return min(ranks[i] for i in softs)


MINIMISE_AT_MOST = 64
"""A conflicting set found by propagation is made minimal when it has at most this many items."""


def _propagation_conflicts(task: Task, out: _Outcome) -> frozenset[str]:
    """Report in `out` the contradictions propagation proves; return the items left.

    Each contradiction is traced to the claims and relations it comes from; its suspect
    is the least trusted claim among them whose removal alone ends it (claims on the
    variable whose bounds crossed tried first, then by id), else the least trusted one
    with the smallest id; the set is made
    minimal for propagation (up to `MINIMISE_AT_MOST` items: relations are dropped first,
    then the least trusted other claims), so the suspect stands with the most trusted
    evidence.  The suspect is set aside and propagation runs again, until it finds no
    contradiction.  Relations that contradict each other without any claim are a
    relation conflict, and the claims alone are left.
    """
    ranks = dict(task.softs)
    active = set(ranks) | set(task.rels)
    while True:
        traced = propagation_conflict(task, frozenset(active))
        if traced is None:
            return frozenset(active)
        found, var = traced
        out.feasible = False
        softs = [i for i in found if i in ranks]
        if not softs:
            out.rel_conflicts.append(tuple(i[2:] for i in found))
            return frozenset(ranks)
        suspect = _propagation_suspect(task, active, softs, var, ranks)
        members = set(found)
        if len(members) <= MINIMISE_AT_MOST:
            rels = sorted(i for i in members if i not in ranks)
            others = sorted((i for i in softs if i != suspect), key=lambda i: (ranks[i], i))
            for item in [*rels, *others]:
                if item not in members:
                    continue
                again = propagation_conflict(task, frozenset(members - {item}))
                if again is not None and suspect in again[0]:
                    members = set(again[0])
        out.suspects.append(suspect[2:])
        out.conflicts.append(Conflict(
            suspect[2:],
            tuple(sorted(i[2:] for i in members if i in ranks)),
            tuple(sorted(i[2:] for i in members if i not in ranks)),
        ))
        active.discard(suspect)


def _solve_general(
    comp: Component, variables: Mapping[str, Variable], key: EvidenceKey, allowance: int,
    z3: bool = True, floor: int | None = None,
) -> _Outcome:
    again = comp.prepared.get("z3")  # the encoding a try without z3 made
    task = again[0] if again is not None else _encode(comp, variables)
    soft_items = [s for s, _ in task.softs]
    out = _Outcome(allowance=allowance)
    everything = frozenset(soft_items) | frozenset(task.rels)
    decided = decide(task, _item_key_of(key), floor) \
        if DECIDE_WITHOUT_Z3 and again is None else None
    if decided is not None and decided.stopped:  # the caller solves the whole instead
        out.feasible, out.stopped = False, True
        return out
    if decided is not None:  # settled exactly by propagation and a small search
        out.feasible = decided.feasible
        out.suspects = [s[2:] for s in decided.suspects]
        for sid, members in decided.conflicts:
            out.conflicts.append(Conflict(
                sid[2:],
                tuple(sorted(m[2:] for m in members if m.startswith("s:"))),
                tuple(sorted(m[2:] for m in members if m.startswith("r:")))))
        out.implied = decided.implied
        return out
    pinned = again[1] if again is not None else propagate(task, everything)
    if again is None and _holds_at(task, pinned):  # one solution, by propagation: no z3
        out.implied = pinned
        return out
    if not z3:
        # (the decision and propagation are the same next time: kept for the try with z3)
        comp.prepared["z3"] = (task, pinned)
        raise _NeedsZ3
    from checker import _solver_z3 as zs  # noqa: PLC0415  (lazy: loads z3)

    engine = zs.Engine(task, allowance)
    try:
        # The common case: feasible, and bounds in one go (unless propagation alone
        # already proves the claims contradict each other).
        if not task.nonlinear and not _is_empty(pinned):
            bounds = zs.linear_bounds(engine, everything)
            if bounds is not None:
                out.implied, inexact = bounds
                out.spent = engine.spent()
                return _settle_inexact(out, comp, task, everything, inexact)
        if not engine.check(everything):
            out.feasible = False
            if not engine.check(task.rels):
                out.rel_conflicts.append(
                    tuple(sorted(r[2:] for r in zs.minimal_rel_conflict(engine)))
                )
                out.implied = propagate(task, frozenset(soft_items))
                out.spent = engine.spent()
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
        ran_out = str(exc) == zs.BUDGET_SPENT
        got = _unsolved(comp, variables, BUDGET if ran_out else UNKNOWN, task)
        got.allowance, got.spent, got.ran_out = allowance, engine.spent(), ran_out
        return got
    out.spent = engine.spent()
    return _settle_inexact(out, comp, task, active, inexact)


def _holds_at(task: Task, bounds: Mapping[str, Interval]) -> bool:
    """Return whether `bounds` pin every variable to a point that satisfies every clause.

    Propagated bounds hold every solution, so a point that is one is the only one: the
    bounds are then exact, and no claim is a suspect.
    """
    if not all(bounds[v].is_point() for v in (*task.ints, *task.reals)):
        return False
    at = {v: Fraction(bounds[v].lo) for v in (*task.ints, *task.reals)}  # type: ignore[arg-type]
    for clause in task.clauses:
        atom = clause.atom
        if isinstance(atom, Prod):
            if (at[atom.value] + atom.shift) * at[atom.den] != atom.scale * at[atom.num]:
                return False
            continue
        if not isinstance(atom, Lin):
            return False  # an atom this check does not know: let z3 decide
        total = sum((c * at[v] for v, c in atom.terms), Fraction(0))
        if not {"<=": total <= atom.rhs, "<": total < atom.rhs, "==": total == atom.rhs}[atom.op]:
            return False
    for view in task.ratios:  # an eliminated value must be pinned to its ratio
        den = at[view.den]
        if den <= 0 or bounds[view.value] != Interval.point(
                view.scale * at[view.num] / den - view.shift):
            return False
    return True


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


# -- components whose answer is plain: settled without the solver -------------------------


def settle_determined(problem: Problem, max_component: int) -> tuple[dict[str, Interval],
                                                                    Problem]:
    """Settle, without the solver, the feasible components whose bounds are plain to see.

    A component (variables joined by relations) is settled when its variables are pinned
    to one value each (by a claim of that one value, or through a relation from pinned
    ones), except some that no relation ties to each other, and
    everything holds (`_unique_solution`).  Its feasible set is then the pinned point
    times a box, so it has no suspects and its implied bounds are exact: what the solver
    would find, at a fraction of the cost (the solver's z3 start-up per component
    dominates large corpora, and most components of a real corpus agree).  Components with more than
    `max_component` claims and relations are left to the solver.  Return the implied bounds of
    the settled variables and the problem left for `solve`: everything else, unchanged.
    """
    settled: dict[str, Interval] = {}
    done: set[str] = set()  # the variables of the settled components
    for comp in components(problem):
        if not comp.rels or len(comp.softs) + len(comp.rels) > max_component:
            continue  # no relation: the solver's own fast path; over the limit: REL003
        bounds = _unique_solution(comp.variables, comp.softs, comp.rels, problem.variables)
        if bounds is not None:
            settled.update(bounds)
            done.update(comp.variables)
    if not done:
        return settled, problem
    rest = Problem({k: v for k, v in problem.variables.items() if k not in done},
                   [s for s in problem.softs if s.var not in done],
                   [r for r in problem.rels if r.members[0] not in done])
    return settled, rest


def _unique_solution(names: Sequence[str], softs: Sequence[Soft], rels: Sequence[Rel],
                     variables: Mapping[str, Variable]) -> dict[str, Interval] | None:
    """Return the exact bounds of a component whose free variables are independent, or None.

    Variables are pinned by a claim of one exact value (or claims that together leave one
    value), then through each kind's `solve_for` from pinned ones (`sum`, `equal`,
    `ratio`, `difference`, `change`).  If every relation
    then has at most one unpinned member, the feasible set is the pinned point times a
    box: each unpinned variable ranges over
    the intersection of its own claims and of what each relation allows it with the
    others fixed.  When the pinned values satisfy everything and no box is empty, those
    are the exact implied bounds (the feasible set is exactly that product); else None.
    """
    # What the claims say of each variable, once per interval (many claims share one),
    # in the claims' order.
    said: dict[str, dict[int, Interval]] = {}
    for s in softs:
        iv = s.interval
        known = said.get(s.var)
        if known is None:
            said[s.var] = {id(iv): iv}
        elif id(iv) not in known:
            known[id(iv)] = iv
    # (values as they are, an int when whole: ints compare several times faster)
    value: dict[str, Number] = {}
    exact: dict[str, Interval] = {}  # the claim of one exact value that pins a variable
    meet: dict[str, Interval] = {}  # the claims together, on the variables not pinned by one
    for var, ivs in said.items():
        for iv in ivs.values():  # a claim of one exact value pins its variable (checked below)
            lo = iv.lo
            if lo is not None and lo == iv.hi and not (iv.lo_open or iv.hi_open):
                value[var] = lo
                exact[var] = iv
                break
        else:  # no exact claim: the claims together may still leave one value
            each = iter(ivs.values())
            got = next(each)
            for iv in each:
                got = got.intersect(iv)
            meet[var] = got
            v = variables[var]
            got = got.integers(minimum=None if v.signed else 0) if v.integer else \
                got.intersect(v.domain)
            if got.is_point():
                value[var] = got.lo  # type: ignore[assignment]  # a point: never None
    if any(len(set(rel.members)) != len(rel.members) for rel in rels):
        return None  # a member twice: leave it to the solver
    # (the kinds' arithmetic takes ints as the rationals they are)
    values = cast("dict[str, Fraction]", value)
    changed = True
    while changed and len(value) < len(names):
        changed = False
        for rel in rels:
            missing = [x for x in rel.members if x not in value]
            if len(missing) != 1:
                continue
            found = KINDS[rel.kind].solve_for(rel.members, rel.scale, values, missing[0])
            if found is not None:
                value[missing[0]] = found.numerator if found.denominator == 1 else found
                changed = True
    for var, pinned in value.items():
        v = variables[var]
        if (v.integer and pinned.denominator != 1) or (not v.signed and pinned < 0):
            return None
    box: dict[str, Interval] = {}
    for var in names:
        if var not in value:
            v = variables[var]
            own = meet.get(var)
            box[var] = v.domain if own is None else own if v.signed else \
                own.intersect(v.domain)
    for var, ivs in said.items():
        if var not in box:
            x = value[var]
            pin = exact.get(var)
            for iv in ivs.values():
                if iv is pin:
                    continue
                lo, hi = iv.lo, iv.hi  # (`iv.contains_value(x)`, inline: asked most often)
                if lo is not None and (x < lo or (x == lo and iv.lo_open)):
                    return None
                if hi is not None and (x > hi or (x == hi and iv.hi_open)):
                    return None
    for rel in rels:
        kind = KINDS[rel.kind]
        free = [x for x in rel.members if x in box]
        if not free:
            if not kind.holds([values[m] for m in rel.members], rel.scale):
                return None
            continue
        if len(free) > 1:
            return None  # two unknowns tied together: the solver's job
        allowed = kind.allowed(rel.members, rel.scale, values, free[0])
        if allowed is None:
            return None
        box[free[0]] = box[free[0]].intersect(allowed)
    # (a variable pinned by a claim of its exact value keeps that very interval when it is
    # the one `Interval.point` makes: both ends ints, or both a Fraction that is not whole)
    bounds = {var: Interval.point(x) if (pin := exact.get(var)) is None or
              type(pin.hi) is not type(x) or (type(x) is not int and x.denominator == 1)
              else pin for var, x in value.items()}
    for var, iv in box.items():
        v = variables[var]
        iv = iv.integers(minimum=None if v.signed else 0) if v.integer else iv
        if iv.is_empty():
            return None
        bounds[var] = iv
    return bounds




# -- what bears on a variable apart from its own claims ------------------------------------------


def relation_bearing(problem: Problem, wanted: Sequence[str]) -> dict[str, Interval]:
    """Return what bears on each `wanted` variable of `problem` apart from its own claims.

    `problem` is one feasible component.  For each variable, its exact bounds without
    its own claims (as `bounds_without_own`), kept only where they differ from its
    bounds over the relations alone.  Decided without z3 where propagation and a small
    exact search settle it (`checker._solver_decide.bearing`), else by z3.
    """
    comps = components(problem)
    if DECIDE_WITHOUT_Z3 and len(comps) == 1 and wanted:
        own: dict[str, set[str]] = {}
        for soft in comps[0].softs:
            own.setdefault(soft.var, set()).add("s:" + soft.id)
        decided = bearing(_encode(comps[0], problem.variables), sorted(set(wanted)), own)
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
    task = _encode(comp, problem.variables)
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
        _release_z3()
    return out, alone
