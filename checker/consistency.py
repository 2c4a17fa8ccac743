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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from checker.config import Config
from checker.crosscheck import Check, Entry
from checker.explain import (
    ClaimView,
    RelationView,
    explain_conflict,
    explain_implied,
    explain_relation_conflict,
)
from checker.findings import Finding, Location
from checker.intervals import Interval, Number
from checker.models import (
    Quantity,
    RatioRelation,
    Relation,
    SubsetRelation,
    relation_id,
    relation_members,
)
from checker.rules import finding
from checker.solver import Problem, Rel, Soft, Variable, components, solve

Locate = Callable[..., Location | None]
TRUSTED = frozenset({"dataset", "reference", "primary"})


@dataclass(frozen=True)
class Consistency:
    """The solver's answer as the audit needs it."""

    findings: tuple[Finding, ...]
    implied: dict[str, Interval]
    unsolved: set[str]


def _var(qid: str, date: str | None, quantities: Mapping[str, Quantity]) -> str:
    if date:
        return f"{qid}@{date}"
    q = quantities[qid]
    return f"{qid}@{q.as_of}" if q.as_of else qid


def build_relations(quantities: Mapping[str, Quantity], relations: Sequence[Relation],
                    dates: set[str | None]) -> list[tuple[Rel, RelationView]]:
    """Return every relation (and every `within`) instantiated for each date in `dates`."""
    declared: list[Relation] = list(relations)
    for q in sorted(quantities.values(), key=lambda q: q.id):
        if q.within:
            declared.append(SubsetRelation(kind="subset", part=q.id, whole=q.within))
    out: list[tuple[Rel, RelationView]] = []
    seen: set[str] = set()
    for rel in declared:
        rid = relation_id(rel)
        scale = Fraction(str(rel.scale)) if isinstance(rel, RatioRelation) else Fraction(1)
        for date in sorted(dates, key=lambda d: d or ""):
            ident = f"{rid}@{date}" if date else rid
            if ident in seen:
                continue
            seen.add(ident)
            members = tuple(_var(m, date, quantities) for m in relation_members(rel))
            out.append((Rel(ident, rel.kind, members, scale),
                        RelationView(ident, rel.kind, members, scale)))
    return out


def check_consistency(quantities: Mapping[str, Quantity], relations: Sequence[Relation],
                      entries: Sequence[Entry], checks: Mapping[str, Check],
                      views: Mapping[str, ClaimView], config: Config,
                      locate: Locate) -> Consistency:
    """Solve the corpus's constraint problem and return its findings and implied bounds."""
    trust = list(config.trust)
    rank = {kind: len(trust) - 1 - i for i, kind in enumerate(trust)}
    dates = {e.variable.partition("@")[2] or None for e in entries} | {None}
    rels = build_relations(quantities, relations, dates)
    variables: dict[str, Variable] = {}
    for q in quantities.values():
        variables[_var(q.id, None, quantities)] = Variable(_var(q.id, None, quantities),
                                                           q.is_integer)
    for e in entries:
        qid = e.variable.partition("@")[0]
        variables.setdefault(e.variable, Variable(e.variable, quantities[qid].is_integer))
    for rel, _view in rels:
        for m in rel.members:
            qid = m.partition("@")[0]
            variables.setdefault(m, Variable(m, quantities[qid].is_integer))
    by_id = {e.id: e for e in entries}
    softs = [Soft(e.id, e.variable, e.interval, rank.get(e.kind, 0))
             for e in entries if checks[e.id].repeats is None]

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

    settled, rest = settle_determined(Problem(variables, softs, [r for r, _ in rels]),
                                      config.max_component)
    solution = solve(rest, evidence_key=evidence_key, max_component=config.max_component,
                     budget=config.solver_budget, parallel=True)
    implied = dict(sorted({**settled, **solution.implied}.items()))
    rel_views = {r.id: v for r, v in rels}
    repeated = _repetitions(checks)
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
    suspects = set(solution.suspects)
    unsolved: set[str] = set()
    for item in solution.unsolved:
        unsolved |= set(item.variables)
        out.append(finding(
            "REL003", f"{len(item.variables)} quantities joined by relations are too many to "
            f"solve exactly within the limits; bounds come from propagation alone",
            quantities=tuple(sorted(item.variables)),
            location=locate(sorted(item.variables)[0].partition("@")[0])))
    out += _implied_findings(variables, entries, checks, suspects, implied, rels,
                             unsolved, quantities, locate)
    return Consistency(tuple(out), implied, unsolved)


def settle_determined(problem: Problem, max_component: int) -> tuple[dict[str, Interval],
                                                                    Problem]:
    """Settle, without the solver, the feasible components whose bounds are plain to see.

    A component (variables joined by relations) is settled when its variables are pinned
    to one value each (by a claim of that one value, or through a `sum`, `equal` or
    `ratio` from pinned ones), except some that no relation ties to each other, and
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
    value), then through `sum`, `equal` and `ratio` from pinned ones.  If every relation
    then has at most one unpinned member, the feasible set is the pinned point times a
    box: each unpinned variable ranges over
    the intersection of its own claims and of what each relation allows it with the
    others fixed.  When the pinned values satisfy everything and no box is empty, those
    are the exact implied bounds (the feasible set is exactly that product); else None.
    """
    value: dict[str, Number] = {}
    for s in softs:  # a claim of one exact value pins its variable (checked below)
        iv = s.interval
        if s.var not in value and iv.lo is not None and iv.lo == iv.hi \
                and not (iv.lo_open or iv.hi_open):
            value[s.var] = iv.lo
    meet: dict[str, Interval] = {}
    for s in softs:  # no exact claim: the claims together may still leave one value
        if s.var not in value:
            meet[s.var] = meet[s.var].intersect(s.interval) if s.var in meet else s.interval
    for var, iv in meet.items():
        iv = iv.integers() if variables[var].integer else iv
        if iv.is_point():
            value[var] = iv.lo  # type: ignore[assignment]  # a point: never None
    if any(len(set(rel.members)) != len(rel.members) for rel in rels):
        return None  # a member twice: leave it to the solver
    changed = True
    while changed and len(value) < len(names):
        changed = False
        for rel in rels:
            m = rel.members
            missing = [x for x in m if x not in value]
            if len(missing) != 1:
                continue
            x = missing[0]
            if rel.kind == "equal":
                value[x] = value[m[0] if m[0] != x else m[1]]
            elif rel.kind == "sum":
                total, parts = m[0], m[1:]
                value[x] = (sum((value[p] for p in parts), Fraction(0)) if x == total else
                            value[total] - sum((value[p] for p in parts if p != x), Fraction(0)))
            elif rel.kind == "ratio":
                v, n, d = m
                if x == v and value[d] != 0:
                    value[v] = rel.scale * value[n] / value[d]
                elif x == n:
                    value[n] = value[v] * value[d] / rel.scale
                elif x == d and value[v] != 0:
                    value[d] = rel.scale * value[n] / value[v]
                else:
                    continue
            else:
                continue
            changed = True
    for var, pinned in value.items():
        if variables[var].integer and (pinned.denominator != 1 or pinned < 0):
            return None
    box = {var: Interval.everything() for var in names if var not in value}
    for s in softs:
        if s.var in box:
            box[s.var] = box[s.var].intersect(s.interval)
        elif not s.interval.contains_value(value[s.var]):
            return None
    for rel in rels:
        free = [x for x in rel.members if x in box]
        if not free:
            if not _holds(rel, value):
                return None
            continue
        if len(free) > 1:
            return None  # two unknowns tied together: the solver's job
        allowed = _allowed(rel, free[0], value)
        if allowed is None:
            return None
        box[free[0]] = box[free[0]].intersect(allowed)
    bounds = {var: Interval.point(x) for var, x in value.items()}
    for var, iv in box.items():
        iv = iv.integers() if variables[var].integer else iv
        if iv.is_empty():
            return None
        bounds[var] = iv
    return bounds


def _allowed(rel: Rel, x: str, value: Mapping[str, Number]) -> Interval | None:
    """Return what `rel` allows its one unknown member `x`, the others fixed (None: nothing)."""
    m = rel.members
    if rel.kind == "subset":
        return Interval.of(None, value[m[1]]) if x == m[0] else Interval.of(value[m[0]], None)
    if rel.kind == "union":
        whole, parts = m[0], m[1:]
        if x == whole:
            fixed = [value[p] for p in parts]
            return Interval.of(max(fixed), sum(fixed, Fraction(0)))
        others = [value[p] for p in parts if p != x]
        if any(o > value[whole] for o in others):
            return None  # a fixed part over the whole: infeasible whatever x is
        return Interval.of(value[whole] - sum(others, Fraction(0)), value[whole])
    if rel.kind == "ratio" and x == m[2] and value[m[0]] == 0:
        # 0 == scale * num / den: any positive denominator when the numerator is 0
        return Interval.of(0, None, lo_open=True) if value[m[1]] == 0 else None
    return None  # sum, equal and other ratios were pinned above when they could be


def _holds(rel: Rel, value: Mapping[str, Number]) -> bool:
    first, rest = value[rel.members[0]], [value[m] for m in rel.members[1:]]
    if rel.kind == "subset":
        return first <= rest[0]
    if rel.kind == "union":
        return max(rest) <= first <= sum(rest, Fraction(0))
    if rel.kind == "sum":
        return first == sum(rest, Fraction(0))
    if rel.kind == "equal":
        return all(r == first for r in rest)
    num, den = rest  # ratio: value * den == scale * num, den > 0
    return den > 0 and first * den == rel.scale * num


def _repetitions(checks: Mapping[str, Check]) -> dict[str, list[str]]:
    """Return, for every claim, the claims that repeat it (directly or through others)."""
    root: dict[str, str] = {}

    def find(cid: str) -> str:
        seen = []
        while checks[cid].repeats is not None and cid not in seen:
            seen.append(cid)
            cid = checks[cid].repeats  # type: ignore[assignment]
        return cid

    for cid in checks:
        if checks[cid].repeats is not None:
            root[cid] = find(cid)
    out: dict[str, list[str]] = defaultdict(list)
    for cid, r in root.items():
        out[r].append(cid)
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


def _implied_findings(variables: Mapping[str, Variable], entries: Sequence[Entry],
                      checks: Mapping[str, Check], suspects: set[str],
                      implied: Mapping[str, Interval], rels: Sequence[tuple[Rel, RelationView]],
                      unsolved: set[str], quantities: Mapping[str, Quantity],
                      locate: Locate) -> list[Finding]:
    own: dict[str, Interval] = {}
    blamed = set(suspects)
    for e in entries:
        if e.id in blamed or (checks[e.id].repeats is not None and
                              _root_blamed(e.id, checks, blamed)):
            continue
        own[e.variable] = own[e.variable].intersect(e.interval) if e.variable in own \
            else e.interval
    touching: dict[str, list[str]] = defaultdict(list)
    rel_views = {rel.id: view for rel, view in rels}
    for rel, _view in rels:
        for m in rel.members:
            touching[m].append(rel.id)
    out: list[Finding] = []
    for var in sorted(variables):
        if var in unsolved or var not in implied or not touching.get(var):
            continue
        bound = implied[var]
        integer = variables[var].integer
        base = own.get(var)
        domain = Interval.of(0, None) if integer else Interval.everything()
        mine = base.integers() if (base is not None and integer) else (base or domain)
        if bound.is_empty() or not mine.contains(bound) or bound.contains(mine):
            continue
        qid = var.partition("@")[0]
        views = [rel_views[r] for r in sorted(set(touching[var]))]
        out.append(finding(
            "REL002", explain_implied(quantities[qid].label, var, base, bound, views, own),
            quantities=(var,), relations=tuple(sorted(set(touching[var]))),
            location=locate(qid)))
    return out


def _root_blamed(cid: str, checks: Mapping[str, Check], blamed: set[str]) -> bool:
    seen: set[str] = set()
    while checks[cid].repeats is not None and cid not in seen:
        seen.add(cid)
        cid = checks[cid].repeats  # type: ignore[assignment]
    return cid in blamed
