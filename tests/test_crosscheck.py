"""Verdicts of `checker.crosscheck`: the first pass on claims, and `reconcile` on the whole problem.

Every comparison in the verdict code is pinned by a test here or in tests/cases/ (the
mutation check `scripts/mutate_verdicts.py` flips each one and expects a failure).
"""

from __future__ import annotations

import dataclasses
import types
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.crosscheck import (
    Check,
    Entry,
    _relation,
    check_claims,
    new_check,
    new_entry,
    reconcile,
    root_of,
    set_aside,
)
from checker.findings import Verdict
from checker.intervals import Interval
from tests import _crosscheck_reference as _reference

TRUST = ("dataset", "reference", "primary", "news")
DOMAIN = Interval.of(0, None)


def entry(cid: str, source: str, kind: str, lo: int | None, hi: int | None = None, *,
          var: str = "q", cites: tuple[str, ...] = (), history: bool = False) -> Entry:
    iv = Interval.of(lo, lo if hi is None else (None if hi == -1 else hi))
    return Entry(cid, source, kind, var, iv, frozenset(cites), history)


def test_each_interval_relation_gives_its_verdict() -> None:
    report = entry("r", "rep", "primary", 60, 70)
    cases = {
        "same": (entry("n", "news", "news", 60, 70, cites=("rep",)), Verdict.AGREES),
        "wider": (entry("n", "news", "news", 50, 80, cites=("rep",)), Verdict.WEAKER),
        "inside": (entry("n", "news", "news", 65, cites=("rep",)), Verdict.STRONGER),
        "partly": (entry("n", "news", "news", 65, 90, cites=("rep",)), Verdict.OVERLAPS),
        "apart": (entry("n", "news", "news", 75, cites=("rep",)), Verdict.CONFLICTS),
    }
    for name, (news, verdict) in cases.items():
        got = check_claims([report, news], TRUST)
        assert got["n"].verdict is verdict, name
        assert got["n"].basis == "cited" and got["n"].against == ("r",), name
        assert got["n"].against_interval == report.interval, name
        assert (got["n"].repeats == "r") is (verdict is Verdict.AGREES), name


def test_basis_order_cited_then_references_then_others() -> None:
    table = entry("t", "tab", "dataset", 53)
    report = entry("r", "rep", "primary", 52)
    news = entry("n", "news", "news", 52, cites=("rep",))
    other = entry("o", "blog", "news", 53)
    got = check_claims([table, report, news, other], TRUST)
    assert (got["n"].basis, got["n"].against, got["n"].verdict) == ("cited", ("r",),
                                                                    Verdict.AGREES)
    assert (got["r"].basis, got["r"].against) == ("references", ("t",))
    assert got["r"].verdict is Verdict.CONFLICTS
    assert (got["o"].basis, got["o"].against) == ("references", ("t",))
    # the reference kind is never compared with its own kind: with the other sources
    assert (got["t"].basis, got["t"].against) == ("others", ("n", "o", "r"))
    assert got["t"].verdict is Verdict.OVERLAPS  # disagreeing among themselves
    assert got["t"].repeats is None


def test_no_comparison_with_itself_or_its_own_source() -> None:
    a = entry("a", "rep", "primary", 10)
    b = entry("b", "rep", "primary", 12)
    got = check_claims([a, b], TRUST)
    assert got["a"].verdict is Verdict.UNCORROBORATED and got["a"].basis == "none"
    assert got["a"].against == () and got["a"].against_interval is None
    # a claim citing its own source's other claim is compared with that claim only
    c = entry("c", "rep", "primary", 10, cites=("rep",))
    got = check_claims([c], TRUST)
    assert got["c"].verdict is Verdict.UNCORROBORATED


def test_references_of_another_kind_only() -> None:
    ref = entry("x", "stats", "reference", 30)
    ref2 = entry("y", "stats2", "reference", 31)
    got = check_claims([ref, ref2], TRUST)
    assert got["x"].basis == "others" and got["x"].verdict is Verdict.CONFLICTS
    news = entry("n", "news", "news", 30)
    got = check_claims([ref, news], TRUST)
    assert got["n"].basis == "references" and got["n"].verdict is Verdict.AGREES
    assert got["n"].repeats is None  # agreeing with a reference is not repeating it


def test_disjoint_targets_conflict_only_when_disjoint_from_each() -> None:
    a = entry("a", "s1", "dataset", 10)
    b = entry("b", "s2", "dataset", 20)
    n = entry("n", "news", "news", 30)
    assert check_claims([a, b, n], TRUST)["n"].verdict is Verdict.CONFLICTS
    m = entry("n", "news", "news", 10)
    got = check_claims([a, b, m], TRUST)["n"]
    assert got.verdict is Verdict.OVERLAPS and got.against_interval is None


def test_repeats_the_cited_claim_with_the_same_interval() -> None:
    r1 = entry("r1", "rep", "primary", 0, 100)
    r2 = entry("r2", "rep", "primary", 63)
    n = entry("n", "news", "news", 63, cites=("rep",))
    got = check_claims([r1, r2, n], TRUST)["n"]
    assert got.verdict is Verdict.AGREES and got.repeats == "r2"
    wide = entry("w1", "rep", "primary", 60, 70)
    narrow = entry("w2", "rep", "primary", 63, 80)
    n2 = entry("n", "news", "news", 63, 70, cites=("rep",))
    got = check_claims([wide, narrow, n2], TRUST)["n"]
    assert got.verdict is Verdict.AGREES and got.repeats == "w1"  # the smallest id


def test_history_is_never_compared_with() -> None:
    old = entry("old", "agency", "reference", 120, history=True)
    new = entry("new", "agency2", "reference", 135)
    news = entry("n", "news", "news", 120)
    got = check_claims([old, new, news], TRUST)
    assert got["n"].against == ("new",) and got["n"].verdict is Verdict.CONFLICTS
    assert got["new"].against == ("n",)  # never the figure it revises
    assert got["old"].against == ("n", "new")  # history still gets a verdict, for the record
    lone = check_claims([old], TRUST)
    assert lone["old"].verdict is Verdict.UNCORROBORATED


def test_reconcile_sets_suspects_aside() -> None:
    report = entry("r", "rep", "primary", 12)
    news = entry("n", "news", "news", 15)
    first = check_claims([report, news], TRUST)
    assert first["r"].verdict is Verdict.CONFLICTS
    got = reconcile([report, news], first, TRUST, frozenset({"n"}), {"n": ("r",)},
                    {"q": Interval.point(12)}, {}, {"q": DOMAIN})
    assert got["r"].verdict is Verdict.UNCORROBORATED and got["r"].basis == "none"
    assert (got["n"].verdict, got["n"].basis, got["n"].against) == (Verdict.CONFLICTS,
                                                                    "implied", ("r",))
    assert got["n"].against_interval == Interval.point(12)


def test_reconcile_judges_repetitions_of_a_suspect() -> None:
    table = entry("t", "tab", "dataset", 53)
    report = entry("r", "rep", "primary", 52)
    news = entry("n", "news", "news", 52, cites=("rep",))
    first = check_claims([table, report, news], TRUST)
    assert first["n"].repeats == "r" and root_of("n", first) == "r"
    got = reconcile([table, report, news], first, TRUST, frozenset({"r"}), {"r": ("t",)},
                    {"q": Interval.point(53)}, {}, {"q": DOMAIN})
    assert got["n"].verdict is Verdict.CONFLICTS and got["n"].against == ("r", "t")
    assert got["n"].repeats == "r"  # kept: the problem was built on it
    assert got["r"].against == ("t",)
    assert got["t"].verdict is Verdict.UNCORROBORATED


def test_reconcile_keeps_the_first_verdict_when_nothing_is_implied() -> None:
    a = entry("a", "s", "news", 5)
    b = entry("b", "s2", "news", 9)
    first = check_claims([a, b], TRUST)
    for implied in ({}, {"q": DOMAIN}, {"q": Interval.empty()}):
        got = reconcile([a, b], first, TRUST, frozenset({"a"}), {"a": ("b",)}, implied, {},
                        {"q": DOMAIN})
        assert got["a"] == first["a"], implied


@pytest.mark.parametrize(("bearing", "verdict", "basis"), [
    (Interval.of(0, 10), Verdict.STRONGER, "relations"),
    (Interval.point(5), Verdict.AGREES, "relations"),
    (Interval.of(6, None), Verdict.CONFLICTS, "relations"),
    (DOMAIN, Verdict.UNCORROBORATED, "none"),
    (Interval.empty(), Verdict.UNCORROBORATED, "none"),
    (None, Verdict.UNCORROBORATED, "none"),
])
def test_reconcile_relations_bear_on_a_lone_claim(bearing: Interval | None, verdict: Verdict,
                                                  basis: str) -> None:
    a = entry("a", "s", "primary", 5)
    first = check_claims([a], TRUST)
    got = reconcile([a], first, TRUST, frozenset(), {}, {"q": Interval.point(5)},
                    {} if bearing is None else {"q": bearing}, {"q": DOMAIN})
    assert (got["a"].verdict, got["a"].basis) == (verdict, basis)
    assert got["a"].against == ()


def test_reconcile_compares_on_the_domain() -> None:
    # "under 10 percent" is (-inf, 10) as written; on a quantity never negative, [0, 10)
    a = Entry("a", "s", "primary", "q", Interval.of(None, 10, hi_open=True), frozenset())
    got = reconcile([a], check_claims([a], TRUST), TRUST, frozenset(), {}, {},
                    {"q": Interval.of(0, 10, hi_open=True)}, {"q": DOMAIN})
    assert got["a"].verdict is Verdict.AGREES
    signed = reconcile([a], check_claims([a], TRUST), TRUST, frozenset(), {}, {},
                       {"q": Interval.of(0, 10, hi_open=True)}, {"q": Interval.everything()})
    assert signed["a"].verdict is Verdict.WEAKER


def test_reconcile_keeps_the_first_repetitions() -> None:
    # Without the suspect `x`, `n` agrees with `y` alone, but the problem was built on the
    # first verdicts, in which `n` repeats nothing: it still repeats nothing.
    x = entry("x", "rep", "primary", 5)
    y = entry("y", "rep", "primary", 0, 10)
    n = entry("n", "news", "news", 0, 10, cites=("rep",))
    first = check_claims([x, y, n], TRUST)
    assert (first["n"].verdict, first["n"].repeats) == (Verdict.WEAKER, None)
    blamed, kept = set_aside([x, y, n], first, TRUST, frozenset({"x"}))
    assert blamed == {"x": "x"} and kept["n"].repeats == "y"
    got = reconcile([x, y, n], first, TRUST, frozenset({"x"}), {"x": ("y",)}, {}, {},
                    {"q": DOMAIN})
    assert (got["n"].verdict, got["n"].against, got["n"].repeats) == (Verdict.AGREES,
                                                                       ("y",), None)


def test_root_of_follows_chains_and_stops_on_cycles() -> None:
    checks = {
        "a": Check(Verdict.AGREES, ("b",), Interval.point(Fraction(1)), "cited", "b"),
        "b": Check(Verdict.AGREES, ("c",), Interval.point(Fraction(1)), "cited", "c"),
        "c": Check(Verdict.UNCORROBORATED, (), None, "none"),
        "x": Check(Verdict.AGREES, ("y",), None, "cited", "y"),
        "y": Check(Verdict.AGREES, ("x",), None, "cited", "x"),
    }
    assert root_of("a", checks) == "c" and root_of("c", checks) == "c"
    assert root_of("x", checks) in ("x", "y")


# -- the fast paths against the full recomputation ------------------------------------------
# `check_claims` skips work for a claim alone on its variable, for one cited claim and for
# two points; `set_aside` checks again only the variables of blamed claims.  The oracles
# below are the straightforward definitions (every variable checked again, every
# intersection computed, every relation from `Interval.relation`).


def _oracle_check_claims(entries: list[Entry], trust: tuple[str, ...]) -> dict[str, Check]:
    by_var: dict[str, list[Entry]] = {}
    for e in entries:
        by_var.setdefault(e.variable, []).append(e)
    rank = {kind: i for i, kind in enumerate(trust)}
    out: dict[str, Check] = {}
    for group in by_var.values():
        group = sorted(group, key=lambda e: e.id)
        current = [e for e in group if not e.history]
        ref_kind = min((e.kind for e in current or group),
                       key=lambda k: rank.get(k, len(rank)))
        for e in group:
            cited = [c for s in sorted(e.cites) for c in current
                     if c.source == s and c.id != e.id]
            refs = [c for c in current if c.kind == ref_kind and c.id != e.id]
            others = [c for c in current if c.source != e.source]
            if cited:
                out[e.id] = _oracle_compare(e, cited, "cited")
            elif e.kind != ref_kind and refs:
                out[e.id] = _oracle_compare(e, refs, "references")
            elif others:
                out[e.id] = _oracle_compare(e, others, "others")
            else:
                out[e.id] = Check(Verdict.UNCORROBORATED, (), None, "none")
    return out


_ORACLE_VERDICT = {"equal": Verdict.AGREES, "contains": Verdict.WEAKER,
                   "inside": Verdict.STRONGER, "overlaps": Verdict.OVERLAPS,
                   "disjoint": Verdict.CONFLICTS}


def _oracle_compare(e: Entry, against: list[Entry], basis: str) -> Check:
    ids = tuple(sorted(c.id for c in against))
    target = Interval.everything()
    for c in against:
        target = target.intersect(c.interval)
    if target.is_empty():
        each = {e.interval.relation(c.interval).value for c in against}
        return Check(Verdict.CONFLICTS if each == {"disjoint"} else Verdict.OVERLAPS, ids,
                     None, basis)
    verdict = _ORACLE_VERDICT[e.interval.relation(target).value]
    repeats = None
    if basis == "cited" and verdict is Verdict.AGREES:
        same = sorted(c.id for c in against if c.interval == e.interval)
        repeats = same[0] if same else ids[0]
    return Check(verdict, ids, target, basis, repeats)


def _oracle_reconcile(entries: list[Entry], checks: dict[str, Check], suspects: frozenset[str],
                      evidence: dict[str, tuple[str, ...]], implied: dict[str, Interval],
                      bearing: dict[str, Interval], domains: dict[str, Interval]
                      ) -> dict[str, Check]:
    blamed = {e.id: root for e in entries if (root := root_of(e.id, checks)) in suspects}
    second = _oracle_check_claims([e for e in entries if e.id not in blamed], TRUST)
    out: dict[str, Check] = {}
    for e in entries:
        first, domain = checks[e.id], domains[e.variable]
        mine = e.interval.intersect(domain)
        if e.id in blamed:
            target = implied.get(e.variable)
            if target is None or target == domain or target.is_empty():
                out[e.id] = first
                continue
            root = blamed[e.id]
            against = tuple(sorted(set(evidence.get(root, ())) | ({root} - {e.id})))
            out[e.id] = Check(_ORACLE_VERDICT[mine.relation(target).value], against, target,
                              "implied", first.repeats)
            continue
        got = second[e.id]
        if got.basis == "none":
            target = bearing.get(e.variable)
            if target is not None and target != domain and not target.is_empty():
                got = Check(_ORACLE_VERDICT[mine.relation(target).value], (), target,
                            "relations")
        out[e.id] = Check(got.verdict, got.against, got.against_interval, got.basis,
                          first.repeats)
    return out


_KINDS = {"tab": "dataset", "ref": "reference", "rep": "primary", "rep2": "primary",
          "n1": "news", "n2": "news", "odd": "blog"}
_bound = st.one_of(st.none(), st.integers(-2, 8), st.integers(-4, 16).map(lambda k: Fraction(k, 2)))
_interval = st.one_of(
    st.builds(Interval.point, st.integers(-1, 8)),
    st.builds(Interval.point, st.integers(-2, 16).map(lambda k: Fraction(k, 2))),
    st.builds(Interval.of, _bound, _bound, st.booleans(), st.booleans()),
)


@st.composite
def _claim_sets(draw: st.DrawFn) -> tuple[list[Entry], frozenset[str], dict[str, tuple[str, ...]],
                                        dict[str, Interval], dict[str, Interval]]:
    n = draw(st.integers(1, 12))
    entries = []
    for i in range(n):
        source = draw(st.sampled_from(sorted(_KINDS)))
        cites = draw(st.frozensets(st.sampled_from(sorted(_KINDS)), max_size=2))
        entries.append(Entry(f"c{i:02d}", source, _KINDS[source],
                             draw(st.sampled_from(["a", "b", "c", "d"])), draw(_interval),
                             cites, i % 3 == 0 and draw(st.booleans())))
    entries = draw(st.permutations(entries))
    ids = [e.id for e in entries]
    suspects = draw(st.frozensets(st.sampled_from(ids), max_size=3))
    evidence = {s: tuple(draw(st.lists(st.sampled_from(ids), max_size=3))) for s in suspects}
    variables = ["a", "b", "c", "d"]
    implied = draw(st.dictionaries(st.sampled_from(variables), _interval | st.just(DOMAIN)))
    bearing = draw(st.dictionaries(st.sampled_from(variables),
                                   _interval | st.just(DOMAIN) | st.just(Interval.empty())))
    return entries, suspects, evidence, implied, bearing


@settings(max_examples=400)
@given(_claim_sets(), st.booleans())
def test_verdicts_equal_the_full_recomputation(case: tuple[list[Entry], frozenset[str],
                                                           dict[str, tuple[str, ...]],
                                                           dict[str, Interval],
                                                           dict[str, Interval]],
                                               signed: bool) -> None:
    entries, suspects, evidence, implied, bearing = case
    first = check_claims(entries, TRUST)
    assert first == _oracle_check_claims(entries, TRUST)
    domains = {v: Interval.everything() if signed else DOMAIN for v in "abcd"}
    blamed, kept = set_aside(entries, first, TRUST, suspects)
    assert blamed == {e.id: r for e in entries if (r := root_of(e.id, first)) in suspects}
    assert dict(kept) == _oracle_check_claims([e for e in entries if e.id not in blamed], TRUST)
    want = _oracle_reconcile(entries, first, suspects, evidence, implied, bearing, domains)
    assert reconcile(entries, first, TRUST, suspects, evidence, implied, bearing,
                     domains) == want
    # given what `set_aside` found, with the domains of the variables that need one only:
    # its second verdicts, when it made them (claims are blamed), become the result,
    # changed in place; a mapping that is not such a copy is copied, as `first` is
    needed = set(bearing) | {e.variable for e in entries if e.id in blamed}
    before = dict(first)
    copied = reconcile(entries, first, TRUST, suspects, evidence, implied, bearing,
                       {v: domains[v] for v in needed},
                       (blamed, types.MappingProxyType(dict(kept))))
    got = reconcile(entries, first, TRUST, suspects, evidence, implied, bearing,
                    {v: domains[v] for v in needed}, (blamed, kept))
    assert got == want and copied == want
    assert (got is kept) == bool(blamed) and got is not first and first == before


@given(_interval, _interval)
@example(Interval.point(3), Interval.point(3))
@example(Interval.point(Fraction(7, 2)), Interval.point(Fraction(7, 2)))
@example(Interval.point(3), Interval.of(3, 3, lo_open=True))
@example(Interval.point(3), Interval.point(4))
def test_relation_fast_path_equals_interval_relation(a: Interval, b: Interval) -> None:
    assert _relation(a, b) is a.relation(b)


def test_claims_standing_alike_to_one_cited_claim_share_one_verdict() -> None:
    """The shared `Check` of the common case: news stories copying one report's figure."""
    report = entry("r", "rep", "primary", 52)
    same = [entry(f"n{i}", f"news{i}", "news", 52, cites=("rep",)) for i in range(3)]
    wider = [entry(f"w{i}", f"blog{i}", "news", 50, 60, cites=("rep",)) for i in range(2)]
    got = check_claims([report, *same, *wider], TRUST)
    assert got["n0"] is got["n1"] is got["n2"]
    assert got["n0"] == Check(Verdict.AGREES, ("r",), report.interval, "cited", "r")
    assert got["w0"] is got["w1"] and got["w0"].verdict is Verdict.WEAKER
    assert got["w0"].repeats is None


def test_a_claim_citing_a_source_with_no_other_claim_here_goes_to_the_references() -> None:
    """The shortcut of `check_claims` for a variable whose sources have one claim each:
    a claim whose cited source has no claim here (or only itself) is compared with the
    references; a revised claim citing its own source is compared with that source's
    current claim."""
    table = entry("t", "tab", "dataset", 53)
    news = entry("n", "news", "news", 52, cites=("rep",))  # no claim of `rep` here
    own = entry("o", "blog", "news", 53, cites=("blog",))  # cites itself only
    got = check_claims([table, news, own], TRUST)
    assert (got["n"].basis, got["n"].against, got["n"].verdict) == (
        "references", ("t",), Verdict.CONFLICTS)
    assert (got["o"].basis, got["o"].against, got["o"].verdict) == (
        "references", ("t",), Verdict.AGREES)
    old = entry("r1", "rep", "primary", 52, cites=("rep",), history=True)
    new = entry("r2", "rep", "primary", 53)
    got = check_claims([old, new, table], TRUST)
    assert (got["r1"].basis, got["r1"].against, got["r1"].verdict) == (
        "cited", ("r2",), Verdict.CONFLICTS)
    assert got == _oracle_check_claims([old, new, table], TRUST)


def test_set_aside_blames_every_link_of_a_chain_of_repetitions() -> None:
    table = entry("t", "tab", "dataset", 53)
    report = entry("r", "rep", "primary", 53, cites=("tab",))
    news = entry("n", "news", "news", 53, cites=("rep",))
    checks = check_claims([table, report, news], TRUST)
    assert (checks["r"].repeats, checks["n"].repeats) == ("t", "r")
    blamed, kept = set_aside([table, report, news], checks, TRUST, frozenset({"t"}))
    assert blamed == {"t": "t", "r": "t", "n": "t"} and dict(kept) == {}


# -- the closed-point shortcut of `_compare_one`, against the former verdicts ---------------


@pytest.mark.parametrize(("news", "verdict"), [
    (Interval.point(52), Verdict.AGREES),
    (Interval.point(Fraction(104, 2)), Verdict.AGREES),
    (Interval.of(50, 60), Verdict.WEAKER),
    (Interval.of(52, 60), Verdict.WEAKER),
    (Interval.of(40, 52), Verdict.WEAKER),
    (Interval.of(None, 60), Verdict.WEAKER),
    (Interval.of(50, None), Verdict.WEAKER),
    (Interval.of(None, None), Verdict.WEAKER),
    (Interval.of(Fraction(103, 2), Fraction(105, 2), True, True), Verdict.WEAKER),
    (Interval.of(52, 60, lo_open=True), Verdict.CONFLICTS),
    (Interval.of(40, 52, hi_open=True), Verdict.CONFLICTS),
    (Interval.of(None, 52, hi_open=True), Verdict.CONFLICTS),
    (Interval.of(52, None, lo_open=True), Verdict.CONFLICTS),
    (Interval.of(53, 60), Verdict.CONFLICTS),
    (Interval.of(40, 51), Verdict.CONFLICTS),
    (Interval.point(53), Verdict.CONFLICTS),
    (Interval.empty(), Verdict.CONFLICTS),
    (Interval.of(52, 52, lo_open=True), Verdict.CONFLICTS),
])
def test_a_claim_against_one_cited_point(news: Interval, verdict: Verdict) -> None:
    """A cited figure that is one closed point: the claim is it, holds it or misses it."""
    report = entry("r", "rep", "primary", 52)
    n = Entry("n", "news", "news", "q", news, frozenset({"rep"}))
    got = check_claims([report, n], TRUST)["n"]
    assert (got.verdict, got.against, got.basis) == (verdict, ("r",), "cited")
    assert got.against_interval == report.interval
    assert got == _reference.check_claims([report, n], TRUST)["n"]


def test_a_claim_citing_two_sources_is_compared_with_their_claims_in_id_order() -> None:
    a = entry("a", "rep2", "primary", 50, 60)
    b = entry("b", "rep", "primary", 55, 65)
    c = entry("c", "rep2", "primary", 52, 70)
    n = entry("n", "news", "news", 56, cites=("rep", "rep2"))
    got = check_claims([c, n, b, a], TRUST)["n"]
    assert got.against == ("a", "b", "c") and got.verdict is Verdict.STRONGER
    assert got.against_interval == Interval.of(55, 60)


_point_bound = st.one_of(st.integers(-3, 9), st.integers(-6, 18).map(lambda k: Fraction(k, 2)))
_some_interval = st.one_of(
    st.builds(Interval.point, _point_bound),
    _interval,
    st.just(Interval.empty()),
)


@st.composite
def _groups(draw: st.DrawFn) -> list[Entry]:
    out = []
    for i in range(draw(st.integers(1, 10))):
        source = draw(st.sampled_from(sorted(_KINDS)))
        cites = draw(st.frozensets(st.sampled_from(sorted(_KINDS)), max_size=2))
        out.append(Entry(f"c{draw(st.integers(0, 99)):02d}-{i}", source, _KINDS[source],
                         draw(st.sampled_from(["a", "b"])), draw(_some_interval), cites,
                         draw(st.booleans()) and i % 4 == 0))
    return draw(st.permutations(out))


@settings(max_examples=500)
@given(_groups())
def test_check_claims_equals_the_former_code(entries: list[Entry]) -> None:
    """tests/_crosscheck_reference.py is `check_claims` before the closed-point path of
    `_compare_one` and the groups' lists taken as sorted: same verdicts, same order."""
    got = check_claims(entries, TRUST)
    want = _reference.check_claims(list(entries), TRUST)
    assert list(got.items()) == list(want.items())


@given(st.text(max_size=4), st.text(max_size=4), st.sampled_from(sorted(_KINDS.values())),
       st.text(max_size=4), _some_interval, st.frozensets(st.text(max_size=3), max_size=2),
       st.booleans(), st.sampled_from(list(Verdict)), st.lists(st.text(max_size=3)).map(tuple),
       st.sampled_from(["cited", "references", "others", "none"]),
       st.none() | st.text(max_size=3))
def test_new_entry_and_new_check_make_what_the_classes_make(
        cid: str, source: str, kind: str, var: str, iv: Interval, cites: frozenset[str],
        history: bool, verdict: Verdict, against: tuple[str, ...], basis: str,
        repeats: str | None) -> None:
    """The records made without the class's call are the records the class makes."""
    for made, want in ((new_entry(cid, source, kind, var, iv, cites, history),
                        Entry(cid, source, kind, var, iv, cites, history)),
                       (new_check(verdict, against, iv, basis, repeats),
                        Check(verdict, against, iv, basis, repeats))):
        assert type(made) is type(want) and made == want and hash(made) == hash(want)
        assert [getattr(made, n) for n in type(want).__slots__] == [
            getattr(want, n) for n in type(want).__slots__]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, type(want).__slots__[0], "x")
