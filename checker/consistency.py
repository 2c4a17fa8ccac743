"""Wire the corpus into the one constraint problem and read the answer (layer 3).

Builds the solver's `Problem` (every variable, every non-repeating claim as a soft
interval constraint ranked by trust, every relation and every `within` as a hard
constraint, per `as_of` date), runs `solver.solve`, and turns its answer into findings:
XCK001/XCK002 for conflicting sets without relations, REL001 with them, REL002 where
relations narrow a quantity beyond its own claims, REL003 for components not solved
exactly.  No output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import field
from fractions import Fraction

from checker._frozen import record
from checker.config import Config
from checker.crosscheck import Check, Entry, root_of
from checker.explain import (
    ClaimView,
    RelationView,
    explain_conflict,
    explain_implied,
    explain_relation_conflict,
)
from checker.findings import Finding, Location
from checker.intervals import Interval
from checker.intervals import meet as meet_all
from checker.kinds import KINDS, Member, kind_of, relation_id_members
from checker.models import Quantity, Relation, SubsetRelation, relation_id
from checker.rules import finding
from checker.solver import (
    UNSOLVED_WHY,
    Problem,
    Rel,
    Soft,
    Variable,
    components,
    relation_bearing,
    settle_determined,
    solve,
)

Locate = Callable[..., Location | None]
TRUSTED = frozenset({"dataset", "reference", "primary"})


@record(slots=False)
class Consistency:
    """The solver's answer as the audit needs it.

    `suspects` are the blamed claims and `evidence` the rest of each one's conflicting
    set; `problem` is the whole problem (for `relation_bounds`).
    """

    findings: tuple[Finding, ...]
    implied: dict[str, Interval]
    unsolved: set[str]
    suspects: frozenset[str] = frozenset()
    evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    problem: Problem | None = None


def _homes(quantities: Mapping[str, Quantity]) -> dict[str, str]:
    """Return each quantity's variable at its default date (`_var` without a date), by id."""
    return {qid: f"{qid}@{q.as_of}" if q.as_of else qid for qid, q in quantities.items()}


def build_relations(quantities: Mapping[str, Quantity], relations: Sequence[Relation],
                    dates: set[str | None], claimed: set[str] | None = None,
                    home: Mapping[str, str] | None = None) -> list[Rel]:
    """Return every relation (and every `within`) instantiated for the dates it applies to.

    Each relation holds at the default date (every member at its quantity's own `as_of`,
    or undated); a relation whose kind pins members to dates (a `change` from one year to
    another) holds once, as written.  For every other date in `dates` (a claim's own
    `as_of`), a copy joins the members at that date, kept only where it is connected,
    through the copies of that date, to a variable in `claimed`: a relation is never
    copied to a date no claim speaks of.  Two instances joining the same variables are one.
    `home` is `_homes(quantities)` when the caller has it.
    """
    if home is None:
        home = _homes(quantities)
    declared: list[Relation] = list(relations)
    for q in sorted(quantities.values(), key=lambda q: q.id):
        if q.within:
            # (both ids already valid: built without a validator of its own, the same
            # instance, so the start-up never builds the relation model's schema)
            declared.append(SubsetRelation.model_construct(kind="subset", part=q.id,
                                                           whole=q.within))
    out: list[Rel] = []
    seen: set[str] = set()
    same: set[tuple[str, tuple[str, ...], int, int]] = set()
    new = tuple.__new__  # (`Rel(...)` without its Python-level `__new__`)

    def add(ident: str, kind: str, members: tuple[str, ...], scale: Fraction) -> None:
        # (the scale as its two whole numbers: a Fraction's hash is computed in Python)
        alike = (kind, members, scale.numerator, scale.denominator)
        if ident in seen or alike in same:
            return
        seen.add(ident)
        same.add(alike)
        out.append(new(Rel, (ident, kind, members, scale)))

    copies: list[tuple[Relation, list[Member]]] = []
    dated = sorted(d for d in dates if d)
    for rel in declared:
        rid, refs = relation_id_members(rel)
        scale = KINDS[rel.kind].scale(rel)
        add(rid, rel.kind, tuple([f"{m}@{d}" if d else home[m] for m, d in refs]), scale)
        if dated and all(d is None for _, d in refs):  # (copies only for other dates)
            copies.append((rel, list(refs)))
    for date in dated:
        made: list[_Instance] = [
            (relation_id(rel), str(rel.kind), tuple(f"{m}@{date}" for m, _ in refs),
             kind_of(rel).scale(rel)) for rel, refs in copies]
        for inst in _claimed_components(made, claimed):
            add(f"{inst[0]}@{date}", *inst[1:])
    return out


_Instance = tuple[str, str, tuple[str, ...], Fraction]  # id, kind, members, scale


def _claimed_components(made: list[_Instance], claimed: set[str] | None) -> list[_Instance]:
    """Return the instances connected to a variable in `claimed` (all when it is None)."""
    if claimed is None:
        return made
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for _, _, members, _ in made:
        for m in members[1:]:
            a, b = find(members[0]), find(m)
            if a != b:
                parent[max(a, b)] = min(a, b)
    live = {find(v) for v in claimed if v in parent}
    return [inst for inst in made if find(inst[2][0]) in live]


def check_consistency(quantities: Mapping[str, Quantity], relations: Sequence[Relation],
                      entries: Sequence[Entry], checks: Mapping[str, Check],
                      views: Mapping[str, ClaimView], config: Config,
                      locate: Locate) -> Consistency:
    """Solve the corpus's constraint problem and return its findings and implied bounds."""
    trust = list(config.trust)
    rank = {kind: len(trust) - 1 - i for i, kind in enumerate(trust)}
    # One pass over the claims: the variables they name (in order), the dates they give
    # of their own (a quantity's own `as_of` is its default date), the soft constraints,
    # and each variable's claims that are no history (what REL002 compares with).
    home = _homes(quantities)
    claimed: dict[str, None] = {}
    dates: set[str | None] = set()
    by_id = {e.id: e for e in entries}
    softs: list[Soft] = []
    said: dict[str, list[Entry]] = {}
    soft = tuple.__new__  # (`Soft(...)` without its Python-level `__new__`: one per claim;
    # `Variable(...)` likewise, one per quantity)
    for e in entries:
        var = e.variable
        eid = e.id
        got = said.get(var)
        if got is None:
            if var not in claimed:
                claimed[var] = None
                qid, _, date = var.partition("@")
                if var != home[qid]:
                    dates.add(date)
            if e.history:
                continue
            said[var] = [e]
        elif e.history:
            continue
        else:
            got.append(e)
        if checks[eid].repeats is None:
            softs.append(soft(Soft, (eid, var, e.interval, rank.get(e.kind, 0))))
    rels = build_relations(quantities, relations, dates, set(claimed), home)

    def variable(key: str) -> Variable:
        q = quantities[key.partition("@")[0]]
        return soft(Variable, (key, q.is_integer, q.signed))

    variables: dict[str, Variable] = {}
    for qid, q in quantities.items():
        key = home[qid]
        variables[key] = soft(Variable, (key, q.is_integer, q.signed))
    for var in claimed:
        if var not in variables:
            variables[var] = variable(var)
    for rel in rels:
        for m in rel.members:
            if m not in variables:
                variables[m] = variable(m)

    def evidence_key(suspect: str, soft: str) -> tuple[int, int, str]:
        s, o = by_id[suspect], by_id[soft]
        if o.source in s.cites:
            tier = 0
        elif o.kind in ("dataset", "reference"):
            tier = 1
        elif o.kind == "primary":
            tier = 2
        else:
            tier = 3
        return (tier, -rank.get(o.kind, 0), soft)

    whole = Problem(variables, softs, rels)
    settled = settle_determined(whole, config.max_component)
    solution = solve(settled.rest, evidence_key=evidence_key,
                     max_component=config.max_component, budget=config.solver_budget,
                     parallel=True)
    implied = dict(sorted({**settled.bounds, **solution.implied}.items()))
    rel_views = _RelationViews(rels)
    suspects = set(solution.suspects)
    # (only the suspects' repetitions are read: in their findings and in REL002's)
    repeated = _repetitions(checks, suspects | {c.suspect for c in solution.conflicts})
    out: list[Finding] = []
    for conflict in solution.conflicts:
        out.append(_conflict_finding(conflict.suspect, conflict.softs, conflict.rels, by_id,
                                     views, rel_views, repeated, locate))
    for rel_ids in solution.rel_conflicts:  # relations that contradict each other
        members = sorted({m for r in rel_ids for m in rel_views[r].members})
        out.append(finding(
            "REL001", explain_relation_conflict([rel_views[r] for r in rel_ids]),
            quantities=tuple(members), relations=tuple(sorted(rel_ids)),
            location=locate(members[0].partition("@")[0])))
    unsolved: set[str] = set()
    for item in solution.unsolved:
        unsolved |= set(item.variables)
        out.append(finding(
            "REL003", f"the group of {_quantities(len(item.variables))} joined by relations "
            f"{UNSOLVED_WHY[item.reason]}; bounds come from propagation alone",
            quantities=tuple(sorted(item.variables)),
            location=locate(sorted(item.variables)[0].partition("@")[0])))
    out += _implied_findings(variables, said, repeated, suspects, implied, rels,
                             unsolved, quantities, locate, by_id, settled.stated)
    evidence = {c.suspect: tuple(sorted(set(c.softs) - {c.suspect})) for c in solution.conflicts}
    return Consistency(tuple(out), implied, unsolved, frozenset(suspects), evidence, whole)


class _RelationViews(dict[str, RelationView]):
    """The relations' message views by id, each made when a message first asks for it
    (a few thousand of an audit's relations are in a finding)."""

    def __init__(self, rels: Sequence[Rel]) -> None:
        super().__init__()
        self.rels = {rel.id: rel for rel in rels}

    def __missing__(self, ident: str) -> RelationView:
        rel = self.rels[ident]
        view = self[ident] = RelationView(rel.id, rel.kind, rel.members, rel.scale)
        return view


def _quantities(n: int) -> str:
    return f"{n:,} quantity" if n == 1 else f"{n:,} quantities"


EXACT_BEARING = 40
"""Components of at most this many variables get `relation_bounds` (always solved exactly)."""


def relation_bounds(solved: Consistency, wanted: set[str], config: Config) -> dict[str, Interval]:
    """Return what the relations and the other variables' claims imply of each `wanted` variable.

    For a variable joined by relations, the bounds of the problem without the suspects and
    without the claims on that variable itself: what bears on a claim there apart from its
    own words.  A variable is left out where those bounds say no more than the relations
    alone, without any claim (a denominator is positive: that corroborates nothing).  Only
    components of at most `EXACT_BEARING` variables, solved exactly (components too large
    for that are left out, as are variables no relation joins).
    """
    problem = solved.problem
    if problem is None or not wanted:
        return {}
    out: dict[str, Interval] = {}
    softs = [s for s in problem.softs if s.id not in solved.suspects]
    for comp in components(Problem(problem.variables, softs, problem.rels)):
        names = set(comp.variables) & wanted
        if not comp.rels or not names or len(comp.variables) > EXACT_BEARING:
            continue
        local = {k: problem.variables[k] for k in comp.variables}
        out.update(relation_bearing(Problem(local, comp.softs, comp.rels), sorted(names)))
    return out


def _repetitions(checks: Mapping[str, Check], roots: Set[str] | None = None
                 ) -> dict[str, list[str]]:
    """Return, for every claim (or every claim in `roots`), the claims that repeat it
    (directly or through others), in the order of `checks`.

    Only the suspects' repetitions are read: none are looked for when `roots` is empty,
    and the repetitions are gathered in one pass, with no map of every claim's root.
    (Picking the repeating claims out in C, `compress` over `map`s, was slower.)
    """
    out: dict[str, list[str]] = defaultdict(list)
    if roots is not None and not roots:
        return out
    for cid, check in checks.items():
        to = check.repeats
        if to is not None:
            # (most repeat a claim that repeats nothing: its root, without the walk)
            root = to if checks[to].repeats is None else root_of(cid, checks)
            if roots is None or root in roots:
                out[root].append(cid)
    return out


def _conflict_finding(suspect: str, softs: Sequence[str], rels: Sequence[str],
                      by_id: Mapping[str, Entry], views: Mapping[str, ClaimView],
                      rel_views: Mapping[str, RelationView],
                      repeated: Mapping[str, list[str]], locate: Locate) -> Finding:
    members = [s for s in softs if s != suspect]
    kinds = {by_id[s].kind for s in softs}
    if rels:
        code = "REL001"
    elif kinds <= TRUSTED:
        code = "XCK001"
    else:
        code = "XCK002"
    variables = {cid: by_id[cid].variable for cid in softs}
    qtys = set(variables.values())
    for r in rels:
        qtys |= set(rel_views[r].members)
    message = explain_conflict(views[suspect], [views[m] for m in members],
                               [rel_views[r] for r in rels], variables)
    return finding(code, message, claims=(suspect,), evidence=tuple(sorted(members)),
                   repeated_by=tuple(sorted(repeated.get(suspect, ()))),
                   quantities=tuple(sorted(qtys)), relations=tuple(sorted(rels)),
                   location=locate(suspect))


def _implied_findings(variables: Mapping[str, Variable], said: Mapping[str, list[Entry]],
                      repeated: Mapping[str, list[str]], suspects: set[str],
                      implied: Mapping[str, Interval], rels: Sequence[Rel],
                      unsolved: set[str], quantities: Mapping[str, Quantity],
                      locate: Locate, by_id: Mapping[str, Entry] | None = None,
                      stated: set[str] | frozenset[str] = frozenset()) -> list[Finding]:
    # `stated`: variables whose bound is one of their own claims (`Settled.stated`):
    # unless a claim on one is set aside, a claim says the bound, so they are not looked at.
    # The claims set aside: the suspects and the claims repeating one (through others).
    blamed = set(suspects)
    for cid in suspects:
        blamed.update(repeated.get(cid, ()))
    aside_on: set[str] = set()  # the variables with a claim set aside
    if blamed and by_id is not None:  # (each blamed claim's variable, looked up)
        aside_on = {e.variable for cid in blamed if (e := by_id.get(cid)) is not None}
    elif blamed:
        for var, said_here in said.items():
            if any(e.id in blamed for e in said_here):
                aside_on.add(var)
    own: dict[str, Interval | None] = {}
    nothing: list[Entry] = []

    def kept(var: str) -> list[Entry]:
        said_here = said.get(var, nothing)
        return [e for e in said_here if e.id not in blamed] if var in aside_on else said_here

    def meet(var: str) -> Interval | None:
        # What the claims not blamed say of `var` (their intersection), or None.
        if var in own:
            return own[var]
        claims = kept(var)
        got = claims[0].interval if claims else None
        if len(claims) > 1:  # (the distinct intervals: many claims share one)
            ivs = list({id(e.interval): e.interval for e in claims}.values())
            if len(ivs) > 1:  # (`meet`: `intersect` one after another, in one pass)
                got = meet_all(ivs)
        own[var] = got
        return got

    touching: dict[str, list[str]] = defaultdict(list)
    rel_views = _RelationViews(rels)
    for rel in rels:
        for m in rel.members:
            touching[m].append(rel.id)
    out: list[Finding] = []
    looked = [var for var in touching if var not in stated] if not aside_on else \
        [var for var in touching if var not in stated or var in aside_on]
    for var in sorted(looked):
        bound = implied.get(var)
        if bound is None or var in unsolved:
            continue
        if _says(kept(var), bound):
            # A claim that says the bound: what the claims say together (within the
            # quantity's domain) is no wider, so the relations narrow nothing.
            continue
        base = meet(var)
        v = variables[var]
        if base is None:
            mine = v.domain
        elif v.integer:
            mine = base.integers(minimum=None if v.signed else 0)
        else:
            mine = base.intersect(v.domain)
        if not _narrows(mine, bound):
            continue
        qid = var.partition("@")[0]
        names = sorted(set(touching[var]))
        views = [rel_views[r] for r in names]
        values = {m: got for view in views for m in view.members
                  if (got := meet(m)) is not None}
        aside = sorted({e.id for e in said.get(var, ()) if e.id in blamed})
        out.append(finding(
            "REL002", explain_implied(quantities[qid].label, var, base, bound, views, values,
                                      aside),
            quantities=(var,), relations=tuple(names), location=locate(qid)))
    return out


def _narrows(mine: Interval, bound: Interval) -> bool:
    """Return whether `bound` is a non-empty part of `mine` smaller than all of it.

    `not (bound.is_empty() or not mine.contains(bound) or bound.contains(mine))`, with
    the common case first: a bound of one value (a percentage a ratio pins) lies in
    `mine` and is less than it unless `mine` is that value alone.  (Two comparisons of
    `Fraction` ends instead of about a dozen, each a Python call.)
    """
    x = bound.lo
    if x is not None and not (bound.lo_open or bound.hi_open) and x == bound.hi:
        if not mine.contains_value(x):
            return False
        lo = mine.lo  # (it holds x: one value alone only if both ends are x)
        return lo is None or lo != mine.hi
    return not (bound.is_empty() or not mine.contains(bound) or bound.contains(mine))


def _says(claims: Sequence[Entry], bound: Interval) -> bool:
    """Return whether one of `claims` states exactly `bound` (often the very interval)."""
    lo_open, hi_open = bound.lo_open, bound.hi_open
    for e in claims:
        iv = e.interval
        # (the open ends first: comparing `Fraction` ends is a Python call each)
        if iv is bound or (iv.lo_open == lo_open and iv.hi_open == hi_open and iv == bound):
            return True
    return False
