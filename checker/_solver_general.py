"""A component with relations, solved exactly: without z3 where the exact search settles it,
else by z3 (layer 2, private to `solver`).

`solve_general` tries `_solver_decide` first (propagation and a small exact search), then a
point that propagation alone pins, then z3 (`_solver_z3`, imported only then): one
optimisation for the bounds of a feasible component; for an infeasible one the suspects,
a minimal conflicting set per suspect and the bounds without the suspects.  What z3
cannot settle gets bounds from propagation (`unsolved_outcome`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

from checker import _solver_decide
from checker._solver_decide import decide
from checker._solver_encode import encode
from checker._solver_lin import Lin, Prod, Task, propagate, propagation_conflict
from checker._solver_problem import (
    BUDGET,
    INEXACT,
    UNKNOWN,
    Component,
    Conflict,
    EvidenceKey,
    Outcome,
    Unsolved,
    Variable,
)
from checker.intervals import Interval


class NeedsZ3(Exception):
    """The component needs z3, and it was to be solved without (`z3=False`)."""


def _is_empty(bounds: Mapping[str, Interval]) -> bool:
    return any(b.is_empty() for b in bounds.values())


def _item_key_of(key: EvidenceKey) -> Callable[[str, str], Any]:
    # The evidence key on internal item names ("s:id") of both the suspect and the claim.
    return lambda suspect, item: key(suspect[2:], item[2:])


def _item_key(key: EvidenceKey, suspect: str) -> Callable[[str], Any]:
    # The evidence key of the suspect's conflicting set, on internal item names ("s:id").
    return lambda item: key(suspect, item[2:])


def unsolved_outcome(
    comp: Component, variables: Mapping[str, Variable], reason: str, task: Task | None = None
) -> Outcome:
    # Bounds from propagation.  A contradiction propagation proves is reported all the
    # same (`_propagation_conflicts`); the bounds then come from what is left.
    task = task or encode(comp, variables)
    out = Outcome()
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


def _propagation_conflicts(task: Task, out: Outcome) -> frozenset[str]:
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


def solve_general(
    comp: Component, variables: Mapping[str, Variable], key: EvidenceKey, allowance: int,
    z3: bool = True, floor: int | None = None,
) -> Outcome:
    again = comp.prepared.get("z3")  # the encoding a try without z3 made
    task = again[0] if again is not None else encode(comp, variables)
    soft_items = [s for s, _ in task.softs]
    out = Outcome(allowance=allowance)
    everything = frozenset(soft_items) | frozenset(task.rels)
    decided = decide(task, _item_key_of(key), floor) \
        if _solver_decide.DECIDE_WITHOUT_Z3 and again is None else None
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
        raise NeedsZ3
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
        got = unsolved_outcome(comp, variables, BUDGET if ran_out else UNKNOWN, task)
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
    out: Outcome, comp: Component, task: Task, active: frozenset[str], inexact: set[str]
) -> Outcome:
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
