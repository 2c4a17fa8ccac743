"""Verdicts of claims against what they should agree with (layer 2: pure analysis).

Each claim is compared (DESIGN §5) with the claims of the source it cites on the same
variable, intersected; where it cites none, or the cited source says nothing there, with
the variable's references (the claims of the most trusted source kind present, never a
claim's own kind); else with the other sources' claims.  The verdict comes from how the
two intervals stand: equal → agrees, contains → weaker, inside → stronger, partly →
overlaps, disjoint → conflicts; nothing to compare → uncorroborated.

A claim that agrees with the source it cites repeats it: `repeats` names the cited claim
it joins (the solver counts them once, and never blames the repetition apart).

Once the constraint problem is solved, `reconcile` gives the verdicts that see the whole
problem (docs/verdicts.md): the suspects are set aside from what others are compared
with; a suspect (and a claim repeating one) is compared with what the rest of the problem
implies; a claim that nothing else states is compared with what the relations imply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

from checker._frozen import quick_init, quick_new, record
from checker.findings import Verdict
from checker.intervals import Interval, Number, Relation, meet

# The members used in the loops below, as globals: an `Enum` member read off its class
# costs a lookup through the class each time.
_AGREES, _CONFLICTS, _OVERLAPS = Verdict.AGREES, Verdict.CONFLICTS, Verdict.OVERLAPS
_WEAKER = Verdict.WEAKER
_EQUAL, _DISJOINT = Relation.EQUAL, Relation.DISJOINT
_NOTHING = Interval.empty()

_VERDICT = {
    Relation.EQUAL: Verdict.AGREES,
    Relation.CONTAINS: Verdict.WEAKER,
    Relation.INSIDE: Verdict.STRONGER,
    Relation.OVERLAPS: Verdict.OVERLAPS,
    Relation.DISJOINT: Verdict.CONFLICTS,
}


@quick_init
@record
class Entry:
    """A claim as the cross-check sees it."""

    id: str
    source: str
    kind: str  # the source's kind
    variable: str
    interval: Interval
    cites: frozenset[str]  # the sources it reports on (attributed_to, else the source's cites)
    history: bool = False  # revised by a later claim: never what another is compared with


@quick_init
@record
class Check:
    """A claim's verdict and what it was compared with."""

    verdict: Verdict
    against: tuple[str, ...]
    against_interval: Interval | None
    basis: str  # "cited", "references", "others" or "none"
    repeats: str | None = None


_ALONE = Check(Verdict.UNCORROBORATED, (), None, "none")

# An audit makes an `Entry` per claim and tens of thousands of `Check`s: made without
# the class's call (`_frozen.quick_new`), the same instances at less than half the cost.
new_entry: Callable[..., Entry] = quick_new(Entry)
"""`Entry(id, source, kind, variable, interval, cites, history=False)`, made faster."""
new_check: Callable[..., Check] = quick_new(Check)
"""`Check(verdict, against, against_interval, basis, repeats=None)`, made faster."""


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


def set_aside(entries: Sequence[Entry], checks: Mapping[str, Check], trust: Sequence[str],
              suspects: frozenset[str]) -> tuple[dict[str, str], Mapping[str, Check]]:
    """Return the blamed claims and the verdicts of the others as if the blamed were not there.

    A claim is blamed when it is a suspect or repeats one (`root_of`); the first mapping
    gives each blamed claim's suspect.  The second holds, for every claim not blamed, the
    verdict `check_claims` gives it without the blamed claims.  Verdicts are decided per
    variable, so only the variables of blamed claims are checked again: the others keep
    their first verdicts from `checks`, which are the same.

    The claims' first verdicts are read in C (`map`), and the second mapping is a copy of
    `checks` without the blamed, updated with the verdicts checked again: only the
    claims that repeat another are looked at in Python.
    """
    blamed: dict[str, str] = {}
    touched: set[str] = set()  # the variables of blamed claims
    if suspects:
        targets = map(_REPEATS, map(checks.__getitem__, map(_by_id, entries)))
        for e, root in zip(entries, targets, strict=True):
            if root is None:
                root = e.id
            elif checks[root].repeats is not None:  # (most repeat a claim that repeats none)
                root = root_of(e.id, checks)
            if root in suspects:
                blamed[e.id] = root
                touched.add(e.variable)
    if not blamed:
        return blamed, checks
    again = check_claims([e for e in entries if e.variable in touched and e.id not in blamed],
                         trust)
    kept = dict(checks)
    for cid in blamed:
        del kept[cid]
    kept.update(again)
    return blamed, kept


_REPEATS = attrgetter("repeats")


def reconcile(entries: Sequence[Entry], checks: Mapping[str, Check], trust: Sequence[str],
              suspects: frozenset[str], evidence: Mapping[str, tuple[str, ...]],
              implied: Mapping[str, Interval], bearing: Mapping[str, Interval],
              domains: Mapping[str, Interval],
              aside: tuple[Mapping[str, str], Mapping[str, Check]] | None = None
              ) -> dict[str, Check]:
    """Return the verdicts of every entry once the suspects are known (DESIGN §5).

    `checks` are the first verdicts (their `repeats` stay: the problem was built on
    them).  A claim blamed (a suspect, or a repetition of one) is compared with
    `implied`, the bounds of its variable without the suspects, against the claims of
    its conflicting set (`evidence`, by suspect).  Any other claim is compared as
    `check_claims` does but never with a blamed claim; when no claim is left to compare it
    with, with `bearing`, what the relations and the other variables' claims imply of its
    variable, if that says more than the variable's domain (`domains`, read only for
    the variables of those claims).  `aside` is `set_aside(entries, checks, trust,
    suspects)` when the caller has it already.

    `checks` holds the first verdict of every entry and of nothing else (`check_claims`'s):
    most claims keep theirs, so the result starts as a copy of it, and only the claims
    whose second verdict differs or who have nothing to compare with are looked at again.
    When claims are blamed, the second verdicts `set_aside` made are such a copy already
    (without the blamed claims): it becomes the result, changed in place (a million
    claims' dict fewer at once; its keys are then not in the entries' order), so `aside`
    must not be read after this call.
    """
    blamed, second = aside if aside is not None else set_aside(entries, checks, trust,
                                                                  suspects)
    if second is not checks and type(second) is dict:
        out = second  # (each entry's second verdict is read before its own is written)
    else:
        out = dict(checks)  # (a copy made in C: the keys of `checks` are the entries' ids)
    ids = list(map(_by_id, entries))
    for e, first, got in zip(entries, map(checks.__getitem__, ids), map(second.get, ids),
                             strict=True):
        if got is first and first.basis != "none":  # (most claims: their first verdict)
            continue
        root = blamed.get(e.id)
        if root is not None:
            domain = domains[e.variable]
            target = implied.get(e.variable)
            if target is None or target == domain or target.is_empty():
                out[e.id] = first  # (its first verdict)
                continue
            against = tuple(sorted(set(evidence.get(root, ())) | ({root} - {e.id})))
            out[e.id] = Check(_VERDICT[_relation(e.interval.intersect(domain), target)],
                              against, target, "implied", first.repeats)
            continue
        assert got is not None
        if got.basis == "none":
            target = bearing.get(e.variable)
            if target is not None:
                domain = domains[e.variable]
                if target != domain and not target.is_empty():
                    got = Check(_VERDICT[_relation(e.interval.intersect(domain), target)], (),
                                target, "relations")
        # The repetitions stay those of the first verdicts (the problem was built on them).
        out[e.id] = got if got.repeats == first.repeats else Check(
            got.verdict, got.against, got.against_interval, got.basis, first.repeats)
    return out


def root_of(cid: str, checks: Mapping[str, Check]) -> str:
    """Return the claim a chain of repetitions from `cid` ends at (a claim is its own)."""
    seen: set[str] = set()
    while checks[cid].repeats is not None and cid not in seen:
        seen.add(cid)
        cid = checks[cid].repeats  # type: ignore[assignment]
    return cid


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
            if cited:
                return _compare(e, cited, "cited", memo, True)
        else:
            cited = [c for s in order for c in by_source.get(s, ()) if c.id != e.id]
            if cited:
                return _compare(e, cited, "cited", memo, False)
    return _uncited(e, group, ref_kind, memo)


def _uncited(e: Entry, group: list[Entry], ref_kind: str, memo: _Memo) -> Check:
    """Return the verdict of `e` when no claim of `group` is of a source it cites."""
    if e.kind != ref_kind:
        refs = [c for c in group if c.kind == ref_kind and c.id != e.id]
        if refs:
            return _compare(e, refs, "references", memo, True)
    others = [c for c in group if c.source != e.source]
    if others:
        return _compare(e, others, "others", memo, True)
    return _ALONE


def _compare(e: Entry, against: list[Entry], basis: str, memo: _Memo, ordered: bool) -> Check:
    # (`ordered`: `against` is in id order, as a part of a group sorted by id is)
    if len(against) == 1:
        return _compare_one(e, against[0], basis, memo)
    ids = tuple([c.id for c in against]) if ordered else tuple(sorted([c.id for c in against]))
    target = meet([c.interval for c in against])
    if target is _NOTHING:  # (`meet` returns the one empty interval when they cross)
        # What it is compared with disagrees within itself: judge against each.
        relations = {e.interval.relation(c.interval) for c in against}
        verdict = _CONFLICTS if relations == {_DISJOINT} else _OVERLAPS
        return new_check(verdict, ids, None, basis)
    verdict = _VERDICT[_relation(e.interval, target)]
    repeats = None
    if basis == "cited" and verdict is _AGREES:
        same = [c for c in against if c.interval == e.interval]
        repeats = min(same, key=_by_id).id if same else min(ids)
    return new_check(verdict, ids, target, basis, repeats)


def _compare_one(e: Entry, c: Entry, basis: str, memo: _Memo) -> Check:
    """Return `_compare(e, [c], basis)`: no sorting, no interval arithmetic, and the
    `Check` shared by every claim that stands the same way to `c`."""
    a, target = e.interval, c.interval
    v: Number = target.lo  # type: ignore[assignment]  # (None only with an open end)
    if not (target.lo_open or target.hi_open) and v == target.hi:  # (open: no `==`)
        # A closed point (the commonest figure; closed ends are finite): `a` is that
        # point, holds it, or misses it (`Interval.relation`; an empty `a` misses it).
        lo, hi = a.lo, a.hi
        if lo == v and hi == v and not (a.lo_open or a.hi_open):
            verdict = _AGREES
        elif (lo is None or lo < v or (lo == v and not a.lo_open)) and \
                (hi is None or v < hi or (v == hi and not a.hi_open)):
            verdict = _WEAKER
        else:
            verdict = _CONFLICTS
    else:
        relation = a.relation(target)
        if relation is _DISJOINT and target.is_empty():
            # (an empty claim is disjoint from anything: compared with nothing)
            return new_check(_CONFLICTS, (c.id,), None, basis)
        verdict = _VERDICT[relation]
    key = (c.id, verdict, basis)
    got = memo.single.get(key)
    if got is None:
        # (agreeing with the one claim it cites, it repeats that claim)
        got = memo.single[key] = new_check(
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

