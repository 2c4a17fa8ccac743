"""The solver's problem and answer as data, and the problem's components (layer 2, private to
`solver`).

The records the audit builds (`Variable`, `Soft`, `Rel`, `Problem`) and the solver returns
(`Solution`, `Conflict`, `Unsolved`), a component's own answer (`Outcome`), the split of a
problem into connected components, and the work allowance of one component (`ceiling`).
Stdlib, `intervals` and `kinds` only.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, NamedTuple

from checker._frozen import record
from checker.intervals import Interval
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


@record(slots=False)
class Problem:
    """All variables, claims and relations of one audit."""

    variables: Mapping[str, Variable]
    softs: Sequence[Soft]
    rels: Sequence[Rel]


@record(slots=False)
class Conflict:
    """A minimal conflicting set for `suspect`: `softs` (with the suspect) and `rels`."""

    suspect: str
    softs: tuple[str, ...]
    rels: tuple[str, ...]


@record(slots=False)
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


@record(slots=False)
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
    # its encoding and propagation when it needs z3 (`solve_general`).
    prepared: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Outcome:
    """What solving one component (or a piece of one) found."""

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


COMPONENT_BASE = 1_000_000
COMPONENT_PER_ITEM = 20_000


def ceiling(comp: Component) -> int:
    """Return the most work units one component may get: a base and a part per item.

    A component of n claims and relations gets at most ``COMPONENT_BASE +
    COMPONENT_PER_ITEM * n`` units of the run's budget, so that a few components z3
    cannot settle (typically products of quantities) cannot take the whole run.
    """
    return COMPONENT_BASE + COMPONENT_PER_ITEM * (len(comp.softs) + len(comp.rels))


def release_z3() -> None:
    """Free what z3 built for the component just solved.

    Its Python objects form reference cycles that hold z3's own (native) memory, a z3
    context per component among it; the CLI raises the collector's thresholds, so
    without this they pile up (a 20,000-claim audit peaked at 886 MB instead of 204 MB).
    Collecting the youngest generation only touches what the component made.
    """
    gc.collect(0)


def validate(problem: Problem) -> None:
    """Raise `ValueError` where `problem` names an unknown variable, repeats an id, or gives
    a relation the wrong number of members."""
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
    # Each variable joined by a relation maps to the one list of its group's variables
    # (the smaller group merged into the larger: no walk up a tree per member).
    group: dict[str, list[str]] = {}
    for rel in problem.rels:
        members = rel.members
        first = members[0]
        g = group.get(first)
        if g is None:
            g = group[first] = [first]
        for m in members[1:]:
            h = group.get(m)
            if h is None:
                g.append(m)
                group[m] = g
            elif h is not g:
                if len(h) > len(g):
                    g, h = h, g
                g += h
                for x in h:
                    group[x] = g
    out: list[Component] = []
    root: dict[str, Component] = {}  # each variable's component
    for k in sorted(problem.variables):  # (a group's first variable is its least)
        if k in root:
            continue
        g = group.get(k)
        if g is None:
            root[k] = comp = Component([k])
        else:
            comp = Component(sorted(g))
            for x in g:
                root[x] = comp
        out.append(comp)
    claims = {k: comp.softs for k, comp in root.items()}  # (each variable's list, at hand)
    for soft in sorted(problem.softs, key=_ID):
        claims[soft.var].append(soft)
    for rel in sorted(problem.rels, key=_ID):
        root[rel.members[0]].rels.append(rel)
    return out


_ID = operator.attrgetter("id")


def own_interval(soft: Soft, variable: Variable) -> Interval:
    """Return the claim `soft` as `variable` can satisfy it: within its domain, on whole
    numbers if it is an integer."""
    if variable.integer:
        return soft.interval.integers(minimum=None if variable.signed else 0)
    return soft.interval if variable.signed else soft.interval.intersect(variable.domain)
