"""Verdicts of claims against what they should agree with (layer 2: pure analysis).

Each claim is compared (DESIGN §5) with the claims of the source it cites on the same
variable, intersected; where it cites none, or the cited source says nothing there, with
the variable's references (the claims of the most trusted source kind present, never a
claim's own kind); else with the other sources' claims.  The verdict comes from how the
two intervals stand: equal → agrees, contains → weaker, inside → stronger, partly →
overlaps, disjoint → conflicts; nothing to compare → uncorroborated.

A claim that agrees with the source it cites repeats it: `repeats` names the cited claim
it joins (the solver counts them once, and never blames the repetition apart).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from checker.findings import Verdict
from checker.intervals import Interval, Relation

_VERDICT = {
    Relation.EQUAL: Verdict.AGREES,
    Relation.CONTAINS: Verdict.WEAKER,
    Relation.INSIDE: Verdict.STRONGER,
    Relation.OVERLAPS: Verdict.OVERLAPS,
    Relation.DISJOINT: Verdict.CONFLICTS,
}


@dataclass(frozen=True, slots=True)
class Entry:
    """A claim as the cross-check sees it."""

    id: str
    source: str
    kind: str  # the source's kind
    variable: str
    interval: Interval
    cites: frozenset[str]  # the sources it reports on (attributed_to, else the source's cites)


@dataclass(frozen=True, slots=True)
class Check:
    """A claim's verdict and what it was compared with."""

    verdict: Verdict
    against: tuple[str, ...]
    against_interval: Interval | None
    basis: str  # "cited", "references", "others" or "none"
    repeats: str | None = None


def check_claims(entries: Sequence[Entry], trust: Sequence[str]) -> dict[str, Check]:
    """Return the verdict of every entry, by claim id; `trust` lists kinds, most trusted first."""
    by_var: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_var[e.variable].append(e)
    rank = {kind: i for i, kind in enumerate(trust)}
    out: dict[str, Check] = {}
    for group in by_var.values():
        group.sort(key=lambda e: e.id)
        by_source: dict[str, list[Entry]] = defaultdict(list)
        for e in group:
            by_source[e.source].append(e)
        ref_kind = min((e.kind for e in group), key=lambda k: rank.get(k, len(rank)))
        for e in group:
            out[e.id] = _check_one(e, group, by_source, ref_kind)
    return out


def _check_one(e: Entry, group: list[Entry], by_source: dict[str, list[Entry]],
               ref_kind: str) -> Check:
    cited = [c for s in sorted(e.cites) for c in by_source.get(s, ()) if c.id != e.id]
    if cited:
        return _compare(e, cited, "cited")
    if e.kind != ref_kind:
        refs = [c for c in group if c.kind == ref_kind and c.id != e.id]
        if refs:
            return _compare(e, refs, "references")
    others = [c for c in group if c.source != e.source]
    if others:
        return _compare(e, others, "others")
    return Check(Verdict.UNCORROBORATED, (), None, "none")


def _compare(e: Entry, against: list[Entry], basis: str) -> Check:
    ids = tuple(sorted(c.id for c in against))
    target = _intersection(c.interval for c in against)
    if target.is_empty():
        # What it is compared with disagrees within itself: judge against each.
        relations = {e.interval.relation(c.interval) for c in against}
        verdict = (Verdict.CONFLICTS if relations == {Relation.DISJOINT}
                   else Verdict.OVERLAPS)
        return Check(verdict, ids, None, basis)
    verdict = _VERDICT[_relation(e.interval, target)]
    repeats = None
    if basis == "cited" and verdict is Verdict.AGREES:
        same = [c for c in against if c.interval == e.interval]
        repeats = min(same, key=lambda c: c.id).id if same else min(ids)
    return Check(verdict, ids, target, basis, repeats)


def _intersection(intervals: Iterable[Interval]) -> Interval:
    items = list(intervals)
    if len(items) == 1 and not items[0].is_empty():
        return items[0]  # the common case (one cited claim): no interval arithmetic
    result = Interval.everything()
    for iv in items:
        result = result.intersect(iv)
    return result


@lru_cache(maxsize=1 << 16)
def _relation(a: Interval, b: Interval) -> Relation:
    # Verdicts repeat the same comparisons (news copying a report's figure): cache them.
    return a.relation(b)
