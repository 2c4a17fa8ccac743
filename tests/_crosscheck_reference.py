"""`checker.crosscheck.check_claims` as it was before the closed-point path of
`_compare_one` and the ids of a sorted group's claims taken as they are (kept verbatim
as the oracle of `test_check_claims_equals_the_former_code` in tests/test_crosscheck.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

from checker.crosscheck import Check, Entry
from checker.findings import Verdict
from checker.intervals import Interval, Relation, meet

_AGREES, _CONFLICTS, _OVERLAPS = Verdict.AGREES, Verdict.CONFLICTS, Verdict.OVERLAPS
_EQUAL, _DISJOINT = Relation.EQUAL, Relation.DISJOINT
_NOTHING = Interval.empty()

_VERDICT = {
    Relation.EQUAL: Verdict.AGREES,
    Relation.CONTAINS: Verdict.WEAKER,
    Relation.INSIDE: Verdict.STRONGER,
    Relation.OVERLAPS: Verdict.OVERLAPS,
    Relation.DISJOINT: Verdict.CONFLICTS,
}


_ALONE = Check(Verdict.UNCORROBORATED, (), None, "none")


def check_claims(entries: Sequence[Entry], trust: Sequence[str]) -> dict[str, Check]:
    """Return the verdict of every entry, by claim id; `trust` lists kinds, most trusted first."""
    by_var = _grouped(entries, _VARIABLE)
    rank = {kind: i for i, kind in enumerate(trust)}
    unranked = len(rank)
    out: dict[str, Check] = {}
    memo = _Memo()
    # The kinds of a variable's claims in id order -> the first of the most trusted of
    # them: variables repeat a few patterns (a table, a report, news stories).
    ref_kinds: dict[tuple[str, ...], str] = {}
    for group in by_var.values():
        if len(group) == 1:  # a claim alone on its variable: nothing to compare it with
            out[group[0].id] = _ALONE
            continue
        group.sort(key=_by_id)
        current = [e for e in group if not e.history]  # a revised figure is history
        pattern = tuple([e.kind for e in current or group])
        ref_kind = ref_kinds.get(pattern)
        if ref_kind is None:
            ref_kind = ref_kinds[pattern] = min(dict.fromkeys(pattern),
                                                key=lambda k: rank.get(k, unranked))
        # Each source's one current claim here, when no source has two (the common case);
        # the claims of each source are listed only when needed.
        alone = {e.source: e for e in current}
        by_source = None if len(alone) == len(current) else _by_source(current)
        for e in group:
            cites = e.cites
            if len(cites) == 1:
                # The common case, inline: one cited source with one claim here.
                (cited,) = cites
                if by_source is None:
                    c = alone.get(cited)
                    if c is None or c is e:  # no claim of the cited source but itself
                        out[e.id] = _uncited(e, current, ref_kind, memo)
                        continue
                else:
                    same = by_source.get(cited)
                    c = same[0] if same is not None and len(same) == 1 else None
                if c is not None and cited != e.source:
                    out[e.id] = _compare_one(e, c, "cited", memo)
                    continue
            if cites and by_source is None:
                by_source = _by_source(current)
            out[e.id] = _check_one(e, current, by_source, ref_kind, memo)
    return out


_VARIABLE = attrgetter("variable")
_SOURCE = attrgetter("source")


def _grouped(entries: Iterable[Entry], key: Callable[[Entry], str]) -> dict[str, list[Entry]]:
    """Return the entries of each `key` (a variable, a source), in the order given."""
    out: dict[str, list[Entry]] = {}
    for e in entries:
        k = key(e)
        same = out.get(k)
        if same is None:
            out[k] = [e]
        else:
            same.append(e)
    return out


def _by_source(entries: list[Entry]) -> dict[str, list[Entry]]:
    """Return the entries of each source, in the order given."""
    return _grouped(entries, _SOURCE)


class _Memo:
    """What the verdicts of one `check_claims` share: the sorted sources of each set of
    cites, and the verdict against one claim, which every claim that stands the same
    way to it shares (news stories copying one report's figure): `Check`s are values."""

    __slots__ = ("cites", "single")

    def __init__(self) -> None:
        self.cites: dict[frozenset[str], tuple[str, ...]] = {}
        self.single: dict[tuple[str, Verdict, str], Check] = {}


_by_id = attrgetter("id")


def _check_one(e: Entry, group: list[Entry], by_source: dict[str, list[Entry]] | None,
               ref_kind: str, memo: _Memo) -> Check:
    # (`by_source` lists the claims of each source of `group`; None for an `e` citing none)
    if e.cites:
        assert by_source is not None
        order = memo.cites.get(e.cites)
        if order is None:
            order = memo.cites[e.cites] = tuple(sorted(e.cites))
        if len(order) == 1:  # (the common case: the list of the one cited source as it is)
            same = by_source.get(order[0], ())
            cited = same if e.source != order[0] else [c for c in same if c.id != e.id]
        else:
            cited = [c for s in order for c in by_source.get(s, ()) if c.id != e.id]
        if cited:
            return _compare(e, cited, "cited", memo)
    return _uncited(e, group, ref_kind, memo)


def _uncited(e: Entry, group: list[Entry], ref_kind: str, memo: _Memo) -> Check:
    """Return the verdict of `e` when no claim of `group` is of a source it cites."""
    if e.kind != ref_kind:
        refs = [c for c in group if c.kind == ref_kind and c.id != e.id]
        if refs:
            return _compare(e, refs, "references", memo)
    others = [c for c in group if c.source != e.source]
    if others:
        return _compare(e, others, "others", memo)
    return _ALONE


def _compare(e: Entry, against: list[Entry], basis: str, memo: _Memo) -> Check:
    if len(against) == 1:
        return _compare_one(e, against[0], basis, memo)
    ids = tuple(sorted([c.id for c in against]))
    target = meet([c.interval for c in against])
    if target is _NOTHING:  # (`meet` returns the one empty interval when they cross)
        # What it is compared with disagrees within itself: judge against each.
        relations = {e.interval.relation(c.interval) for c in against}
        verdict = _CONFLICTS if relations == {_DISJOINT} else _OVERLAPS
        return Check(verdict, ids, None, basis)
    verdict = _VERDICT[_relation(e.interval, target)]
    repeats = None
    if basis == "cited" and verdict is _AGREES:
        same = [c for c in against if c.interval == e.interval]
        repeats = min(same, key=_by_id).id if same else min(ids)
    return Check(verdict, ids, target, basis, repeats)


def _compare_one(e: Entry, c: Entry, basis: str, memo: _Memo) -> Check:
    """Return `_compare(e, [c], basis)`: no sorting, no interval arithmetic, and the
    `Check` shared by every claim that stands the same way to `c`."""
    a, target = e.interval, c.interval
    if not (a.lo_open or a.hi_open or target.lo_open or target.hi_open) and \
            a.lo == a.hi and target.lo == target.hi:  # two closed points (`_relation`)
        verdict = _AGREES if a.lo == target.lo else _CONFLICTS
    else:
        relation = a.relation(target)
        if relation is _DISJOINT and target.is_empty():
            # (an empty claim is disjoint from anything: compared with nothing)
            return Check(_CONFLICTS, (c.id,), None, basis)
        verdict = _VERDICT[relation]
    key = (c.id, verdict, basis)
    got = memo.single.get(key)
    if got is None:
        # (agreeing with the one claim it cites, it repeats that claim)
        got = memo.single[key] = Check(
            verdict, (c.id,), target, basis,
            c.id if basis == "cited" and verdict is _AGREES else None)
    return got


def _relation(a: Interval, b: Interval) -> Relation:
    """Return `a.relation(b)`, at once for two closed points."""
    # Closed ends are finite (an infinite end is always open): two closed points.
    if not (a.lo_open or a.hi_open or b.lo_open or b.hi_open) and a.lo == a.hi and \
            b.lo == b.hi:
        return _EQUAL if a.lo == b.lo else _DISJOINT
    return a.relation(b)


