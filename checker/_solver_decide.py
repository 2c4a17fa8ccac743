"""Exact answers without z3 for components that propagation all but settles (layer 2, private
to `solver`).

Most components that reach the solver are a few whole numbers joined by sums, subsets
and ratios, where one wrong claim makes propagation cross two bounds, and where, once it
is set aside, propagation pins every quantity or leaves ranges whose ends are attained.
For those the solver's answer is found here with exact rational arithmetic and the same
definitions z3 is asked to meet, so the answer is the same:

* **feasibility** of a set of items is decided by propagation (crossed bounds prove it
  infeasible, and name the items the contradiction comes from) or by a witness: a point
  found by fixing one variable at a time and propagating again, then checked against every
  active clause exactly;
* **suspects** are the lexicographic optimum of `_solver_z3.choose_suspects` (fewest
  removed at the highest rank, then the next rank down, ...; then the smallest sorted
  ids), searched over the sets that hit each traced contradiction;
* **minimal conflicting sets** are the preferred conflict of the order
  `_solver_z3.minimal_conflict` uses: it is unique, so the shortest infeasible prefixes
  found here give the set QuickXplain finds with z3;
* **bounds** are the propagated ones where a witness attains every end (and the
  eliminated ratio values' ends), which makes them the exact optima; an end is infinite
  where the variable alone can move that way for ever.

Whenever a question is not settled this way (propagation neither proves a contradiction
nor leads to a witness, an end is open or not attained, or the search grows past its
limits),
`Undecided` is raised and the caller hands the whole component to z3.  Only linear
components whose variables are all whole numbers, apart from eliminated ratio values,
are tried.  The oracle is `_solver_oracle`.  Stdlib, `intervals` and `_solver_lin`
only: z3 is not imported.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from checker._frozen import record
from checker._solver_lin import Task
from checker._solver_oracle import Oracle, Undecided
from checker.intervals import Interval

DECIDE_WITHOUT_Z3 = True
"""Whether components that propagation and a small exact search settle skip z3 (the
solver reads it at each component); the answer is the same either way (tests compare the
two)."""

REMOVALS = 64
"""Removal sets the suspect search may visit before the component is handed to z3."""


@record(slots=False)
class Decision:
    """The answer for one component: suspect items, (suspect, conflict items), bounds."""

    feasible: bool
    suspects: tuple[str, ...]
    conflicts: tuple[tuple[str, tuple[str, ...]], ...]
    implied: dict[str, Interval]
    stopped: bool = False  # infeasible, with a suspect of the `floor` rank or above: no more


def decidable(task: Task) -> bool:
    """Return whether `task` is of the shape tried here (linear, whole numbers)."""
    eliminated = {view.value for view in task.ratios}
    if task.nonlinear or not all(v in eliminated for v in task.reals):
        return False
    reals = set(task.reals)
    return all(len(c.atom.variables()) <= 1 for c in task.clauses
               if any(v in reals for v in c.atom.variables()))


def decide(task: Task, key: Callable[[str, str], Any], floor: int | None = None
           ) -> Decision | None:
    """Return the exact answer for `task` as `_solver_z3` would find it, or None.

    `key(suspect_item, item)` orders the items a conflicting set should keep (smallest
    first).  None when some question is left undecided (`Undecided`), or the relations
    contradict each other without any claim (a relation conflict): z3 answers those.
    With a `floor`, when some suspect is of that rank or above, the answer is only that
    (`stopped`: no suspects, conflicting sets or bounds): the caller wants no more of it.
    A suspect is of that rank or above exactly when the relations and the claims of those
    ranks are infeasible together: the lexicographic optimum removes none of them
    otherwise, and some otherwise (`choose_suspects`).
    """
    if not decidable(task):
        return None
    oracle = Oracle(task)
    softs = [s for s, _ in task.softs]
    everything = frozenset(softs) | frozenset(task.rels)
    try:
        if oracle.feasible(everything):
            return Decision(True, (), (), oracle.bounds(everything))
        if not oracle.feasible(task.rels):
            return None
        if floor is not None and not oracle.feasible(
                [*task.rels, *(s for s, rank in task.softs if rank >= floor)]):
            return Decision(False, (), (), {}, stopped=True)
        suspects = choose_suspects(oracle)
        kept = [s for s in softs if s not in suspects]
        conflicts = tuple((s, minimal_conflict(oracle, s, kept, functools.partial(key, s)))
                          for s in suspects)
        active = frozenset(kept) | frozenset(task.rels)
        return Decision(False, suspects, conflicts, oracle.bounds(active))
    except Undecided:
        return None


def bearing(task: Task, wanted: Sequence[str], own: Mapping[str, set[str]]
            ) -> dict[str, Interval] | None:
    """Return what `solver.relation_bearing` returns, exactly, or None when undecided.

    For each `wanted` variable, its exact bounds over every item of the feasible `task`
    but its own claims (`own[var]`), kept where they differ from its bounds over the
    relations alone: those always hold them, so they differ exactly when a witness of
    the relations alone lies outside, or when the exact bounds of the relations alone
    are wider.
    """
    if not decidable(task):
        return None
    oracle = Oracle(task)
    rels = frozenset(task.rels)
    every = frozenset(s for s, _ in task.softs) | rels
    out: dict[str, Interval] = {}
    try:
        if not oracle.feasible(rels):
            return None
        for var in wanted:
            active = every - own.get(var, set())
            if not oracle.feasible(active):
                return None
            bound = oracle.bounds(active, (var,))[var]
            if oracle.reaches_outside(rels, var, bound) or \
                    oracle.bounds(rels, (var,))[var] != bound:
                out[var] = bound
    except Undecided:
        return None
    return out


# -- suspects and conflicting sets ---------------------------------------------------------


def _removals(oracle: Oracle, base: frozenset[str], limits: Mapping[int, int],
              rank_of: Mapping[str, int], first: bool) -> list[frozenset[str]]:
    """Return the sets of soft items, at most `limits[rank]` of each rank, whose removal
    from `base` leaves it feasible (only the first found when `first`).

    Every such set meets each contradiction propagation traces in what is left, so the
    search branches on the claims of those contradictions: it finds every set that is
    minimal (with the rank limits of `choose_suspects`, every one found has exactly
    `limits[rank]` of each rank).
    """
    found: list[frozenset[str]] = []
    seen: set[frozenset[str]] = set()
    stack: list[frozenset[str]] = [frozenset()]
    while stack:
        removed = stack.pop()
        if removed in seen:
            continue
        seen.add(removed)
        if len(seen) > REMOVALS:
            raise Undecided("too many removal sets")
        active = base - removed
        if oracle.feasible(active):
            found.append(removed)
            if first:
                return found
            continue
        counts: dict[int, int] = {}
        for item in removed:
            counts[rank_of[item]] = counts.get(rank_of[item], 0) + 1
        for item in sorted(oracle.conflict(active), reverse=True):
            rank = rank_of.get(item)
            if rank is not None and counts.get(rank, 0) < limits.get(rank, 0):
                stack.append(removed | {item})
    return found


def choose_suspects(oracle: Oracle) -> tuple[str, ...]:
    """Return what `_solver_z3.choose_suspects` returns, exactly (the same optimum).

    For each rank, highest first, the fewest claims of that rank to remove, the higher
    ranks held to theirs and every lower claim set aside; then, of the removal sets
    meeting every rank's count, the one whose sorted items are smallest.
    """
    task = oracle.task
    rank_of = dict(task.softs)
    rels = frozenset(task.rels)
    limits: dict[int, int] = {}
    ranks = sorted(set(rank_of.values()), reverse=True)
    bases = {rank: rels | {s for s, r in rank_of.items() if r >= rank} for rank in ranks}
    for rank in reversed(ranks):  # the largest feasible base's witness holds the others
        if oracle.feasible(bases[rank]):
            break
    for rank in ranks:
        base = bases[rank]
        k = 0
        while not _removals(oracle, base, {**limits, rank: k}, rank_of, first=True):
            k += 1
            if k > len(rank_of):
                raise Undecided("no removal set")
        limits[rank] = k
    every = rels | frozenset(rank_of)
    return min(tuple(sorted(r)) for r in _removals(oracle, every, limits, rank_of, False))


def minimal_conflict(oracle: Oracle, suspect: str, others: Sequence[str],
                     key: Callable[[str], Any]) -> tuple[str, ...]:
    """Return what `_solver_z3.minimal_conflict` returns, exactly (the preferred conflict).

    The preferred conflict of an order (most wanted first) is unique: its least wanted
    member is the last of the shortest infeasible prefix, and so on within what comes
    before it (Junker's QuickXplain finds the same set with z3).  Each shortest prefix is
    found from the contradictions propagation traces (a prefix is infeasible only up to
    the last item of one) and the witnesses found (feasible up to the last item they
    satisfy), checking the prefix one shorter.
    """
    rels = list(oracle.task.rels)
    use_rels = [] if not oracle.feasible([suspect, *others]) else rels
    preferred = [*sorted(others, key=key), *sorted(use_rels, reverse=True)]
    if oracle.feasible([suspect, *preferred]):
        raise Undecided("suspect not in conflict")
    base = [suspect]
    found: list[str] = []
    while oracle.feasible(base):
        if not preferred:
            raise Undecided("no conflict")
        k = _shortest_prefix(oracle, base, preferred)
        found.append(preferred[k - 1])
        base.append(preferred[k - 1])
        preferred = preferred[:k - 1]
    return (suspect, *found)


def _shortest_prefix(oracle: Oracle, base: list[str], items: list[str]) -> int:
    """Return the length of the shortest prefix of `items` infeasible with `base`.

    `base` is feasible and `base` with every item is not.
    """
    position = {item: i + 1 for i, item in enumerate(items)}
    lo, hi = 0, len(items)  # feasible with the first `lo` items, infeasible with `hi`

    def narrow(length: int) -> None:
        nonlocal lo, hi
        active = frozenset(base) | frozenset(items[:length])
        if oracle.feasible(active):
            at = oracle.witness_of(active)
            lo = max(lo, length)
            if at is not None:  # the witness may hold more of the items
                while lo < hi and oracle.holds(at, active | {items[lo]}):
                    lo += 1
                    active = active | {items[lo - 1]}
        else:
            hi = min(hi, max((position[i] for i in oracle.conflict(active) if i in position),
                             default=0))

    narrow(hi)
    while hi - lo > 1:
        narrow(hi - 1)
    return hi
