"""The assembly helpers of `checker.pipeline`: claim views built lazily equal eager ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker._pipeline_claims import Ctx
from checker._pipeline_results import views_of
from checker.config import Config
from checker.explain import ClaimView
from checker.intervals import Interval
from checker.loader import load_corpus

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def _bundled_context() -> tuple[Any, dict[str, Any], dict[str, Any], Ctx, list[str]]:
    """Return the bundled corpus, its sources and quantities by id, an audit context over
    it (default settings) and its claims' ids, in order."""
    loaded = load_corpus(CLAIMS)
    corpus = loaded.corpus
    sources = {s.id: s for s in corpus.sources}
    quantities = {q.id: q for q in corpus.quantities}
    return (corpus, sources, quantities, Ctx(loaded, Config(), sources, quantities),
            [c.id or "" for c in corpus.claims])


def test_views_are_built_on_demand_and_equal_eager_views() -> None:
    corpus, sources, quantities, ctx, ids = _bundled_context()
    intervals: dict[str, Interval | None] = {cid: Interval.point(i) for i, cid in enumerate(ids)}
    intervals[ids[0]] = None  # a claim without an interval still has a view
    counts = {ids[1]: "every row"}
    views = views_of(ctx, intervals, counts)
    assert len(views) == len(ids) and list(views) == ids
    assert ids[-1] in views and "no-such-claim" not in views
    with pytest.raises(KeyError):
        views["no-such-claim"]
    for claim in reversed(corpus.claims):  # in any order
        cid = claim.id or ""
        src, qty = sources[claim.source], quantities[claim.quantity]
        want = ClaimView(cid, claim.source, src.kind, claim.quantity, qty.label, qty.unit,
                         claim.says, counts.get(cid), intervals[cid])
        assert views[cid] == want
        assert views[cid] is views[cid]  # built once
        assert views.get(cid) == want


def test_entries_share_cites_and_names_and_equal_one_entry_per_claim(tmp_path: Path) -> None:
    """`claim_entries` equals `entry_of` of each claim, with claims attributed elsewhere, dated
    claims and claims without an interval among them."""
    import dataclasses

    from checker._pipeline_results import claim_entries, entry_of

    loaded = load_corpus(CLAIMS)
    corpus = loaded.corpus
    claims = list(corpus.claims)
    # Vary the bundled claims: attributed to another source, at another date.
    other = corpus.sources[-1].id
    for i in range(0, len(claims), 3):
        claims[i] = dataclasses.replace(claims[i], attributed_to=other)
    for i in range(1, len(claims), 4):
        claims[i] = dataclasses.replace(claims[i], as_of="2020")
    loaded = dataclasses.replace(loaded, corpus=corpus.model_copy(update={"claims": tuple(claims)}))
    sources = {s.id: s for s in corpus.sources}
    quantities = {q.id: q for q in corpus.quantities}
    ctx = Ctx(loaded, Config(), sources, quantities,
               {c.revises: c.id or "" for c in claims if c.revises})
    ids = [c.id or "" for c in claims]
    intervals: dict[str, Interval | None] = {cid: Interval.point(i) for i, cid in enumerate(ids)}
    intervals[ids[2]] = None
    got = claim_entries(ctx, intervals)
    want = [entry_of(ctx, c, intervals[c.id or ""]) for c in claims
            if intervals[c.id or ""] is not None]
    assert got == want and len(got) == len(ids) - 1
    by_source: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
    for e in got:  # one set of cites per source (and attribution), not one per claim
        assert by_source.setdefault((e.source, e.cites), e.cites) is e.cites


def _case_corpora(tmp_path: Path) -> list[Path]:
    """Return the corpus of every rule case (tests/cases) that audits without an error."""
    import yaml

    from tests.conftest import write_tree

    roots = []
    for path in sorted((Path(__file__).parent / "cases").glob("*.yml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]):
            if "error" not in case["expect"] and not case.get("args"):
                roots.append(write_tree(tmp_path / f"{path.stem}-{i}", case["files"]))
    return roots


def _counted_alone(tmp_path: Path) -> Path:
    """Return a corpus whose table counts are alone on their quantities (XCK005 of
    counted claims, whose statements are the table's), one of them every row."""
    from tests.conftest import write_tree

    return write_tree(tmp_path / "counted-alone", {
        "data/t.csv": "country,smart_policing\nA,1\nB,1\nC,0\n",
        "corpus.yaml": (
            "sources:\n"
            "  - {id: table, title: T, kind: dataset, table: data/t.csv}\n"
            "quantities:\n"
            "  - {id: sp, label: Smart policing, unit: countries}\n"
            "  - {id: all, label: Countries, unit: countries}\n"
            "claims:\n"
            "  - {id: table-sp, source: table, quantity: sp, count: {smart_policing: 1}}\n"
            "  - {id: table-all, source: table, quantity: all, count: {}}\n")})


def test_one_pass_findings_and_results_equal_the_passes_by_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assemble_claims` (one pass over the claims, walking the entries beside them, the
    blamed claims from `set_aside`) gives exactly the findings and results of the
    reference passes (tests/_pipeline_reference.py), messages, locations and order
    included, on the bundled corpus and on every rule case."""
    import checker.consistency
    import checker.pipeline as pipeline
    from checker.errors import CheckerError
    from tests import _pipeline_reference as ref

    suspects: list[frozenset[str]] = []
    solve = checker.consistency.check_consistency

    def solving(*args: Any, **kwargs: Any) -> Any:
        got = solve(*args, **kwargs)
        suspects.append(got.suspects)
        return got

    def assemble(ctx: Any, claims: Any, entries: Any, intervals: Any, checks: Any, lone: Any,
                 blamed: Any, views: Any, positions: Any, counts: Any) -> Any:
        made = (ref.verdict_findings(ctx, entries, checks, views, lone)
                + ref.repeat_findings(ctx, entries, checks, views, suspects[-1]))
        return made, ref.claim_results(ctx, intervals, checks, positions, counts)

    roots = [CLAIMS, *_case_corpora(tmp_path), _counted_alone(tmp_path)]
    seen = set()
    # (with rules ignored too: their findings are never made, and policy drops the
    # reference's)
    for root, config in [(r, Config()) for r in roots] + [
            (CLAIMS, Config(ignore=("XCK004", "XCK006"))), (CLAIMS, Config(select=("XCK00",)))]:
        try:
            fast = pipeline.audit(root, config)
        except CheckerError:
            continue
        with monkeypatch.context() as m:
            m.setattr(checker.consistency, "check_consistency", solving)
            m.setattr(pipeline, "assemble_claims", assemble)
            slow = pipeline.audit(root, config)
        assert fast.findings == slow.findings, root
        assert [f.message for f in fast.findings] == [f.message for f in slow.findings]
        # (the fingerprints given as the verdict findings are made: `__post_init__`'s)
        assert [f.fingerprint for f in fast.findings] == [f.fingerprint for f in slow.findings]
        assert [f.location for f in fast.findings] == [f.location for f in slow.findings]
        assert fast.claims == slow.claims, root
        assert [c.location for c in fast.claims] == [c.location for c in slow.claims]
        seen |= {f.code for f in fast.findings}
        counted = {c.id for c in fast.claims if c.count is not None}
        seen |= {"counted " + f.code for f in fast.findings if set(f.claims) & counted}
    # every code of the pass met, and claims without an interval (XCK007, PRV004)
    assert {"XCK003", "XCK004", "XCK005", "XCK006", "XCK007", "PRV004",
            "counted XCK005"} <= seen


def test_quantity_results_equal_the_former_ones(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`quantity_results` (each variable's claims sorted in place, the records made
    without the class's call) gives the reference's results on the bundled corpus and
    every rule case, with the entries in the corpus's order and backwards."""
    import checker.pipeline as pipeline
    from checker.errors import CheckerError
    from tests import _pipeline_reference as ref

    seen: list[tuple[Any, ...]] = []
    fast = pipeline.quantity_results

    def both(ctx: Any, entries: Any, implied: Any, unsolved: Any) -> Any:
        got = fast(ctx, list(entries), implied, unsolved)
        want = ref.quantity_results(ctx, list(entries), implied, unsolved)
        assert got == want and [type(q) for q in got] == [type(q) for q in want]
        backwards = list(entries)[::-1]
        assert fast(ctx, backwards, implied, unsolved) == want
        seen.append(got)
        return got

    monkeypatch.setattr(pipeline, "quantity_results", both)
    for root in [CLAIMS, *_case_corpora(tmp_path), _counted_alone(tmp_path)]:
        try:
            pipeline.audit(root, Config())
        except CheckerError:
            continue
    assert len(seen) > 10 and any(q.implied is not None for got in seen for q in got)
    assert any(len(q.claims) > 1 for got in seen for q in got)


def test_views_in_any_order_equal_eager_views_and_read_as_every_claim() -> None:
    """Whatever claims are asked for, in whatever order, each view equals the eager one,
    and the mapping reads as one over every claim (`keys`, `items`, `get`, `in`, ==)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    corpus, sources, quantities, ctx, ids = _bundled_context()
    intervals: dict[str, Interval | None] = {cid: Interval.point(i) for i, cid in enumerate(ids)}
    eager = {c.id or "": ClaimView(c.id or "", c.source, sources[c.source].kind, c.quantity,
                                   quantities[c.quantity].label, quantities[c.quantity].unit,
                                   c.says, None, intervals[c.id or ""]) for c in corpus.claims}

    @settings(max_examples=50, deadline=None)
    @given(st.lists(st.sampled_from(ids)))
    def check(asked: list[str]) -> None:
        views = views_of(ctx, intervals, {})
        for cid in asked:
            assert views[cid] == eager[cid]
        assert list(views.keys()) == ids and len(views) == len(ids)
        assert dict(views.items()) == eager and views == eager
        assert views.get("no-such-claim") is None and views.get(ids[0]) == eager[ids[0]]

    check()


def test_a_view_made_from_a_claims_result_equals_the_one_from_its_model() -> None:
    """As the results are made, each claim's result stands in for its model in the views
    (`Views.stand_in`): a view made then, of any claim, is the view of its model."""
    from checker.pipeline import audit

    corpus, sources, quantities, ctx, ids = _bundled_context()
    results = {r.id: r for r in audit(CLAIMS, Config(corpus=str(CLAIMS))).claims}
    intervals: dict[str, Interval | None] = {cid: results[cid].interval for cid in ids}
    counts = {cid: r.count for cid, r in results.items() if r.count is not None}
    eager = views_of(ctx, intervals, counts)
    views = views_of(ctx, intervals, counts)
    stand_in = views.stand_in()
    for cid in ids[::2]:
        stand_in(cid, results[cid])
    assert counts and len(views) == len(ids) and list(views) == ids
    for cid in reversed(ids):
        assert views[cid] == eager[cid]


@pytest.mark.parametrize("run", [1, 2, 8])
def test_shared_message_parts_emptied_at_any_run_give_the_same_messages(
        monkeypatch: pytest.MonkeyPatch, run: int) -> None:
    """`assemble_claims` empties the message parts it shares every `SHARED_RUN` claims:
    emptied after every claim, or every few, the findings and their messages are the
    same as when they are kept to the end."""
    import checker._pipeline_results as results
    from checker.pipeline import audit

    config = Config(corpus=str(CLAIMS))
    kept = audit(CLAIMS, config)
    assert len(kept.claims) < results.SHARED_RUN  # (never emptied but at the end)
    monkeypatch.setattr(results, "_SHARED_MASK", run - 1)
    emptied = audit(CLAIMS, config)
    assert emptied.findings == kept.findings
    assert [f.message for f in emptied.findings] == [f.message for f in kept.findings]
    assert any(f.code in ("XCK003", "XCK004", "XCK005") for f in kept.findings)


def test_waiting_for_the_coverage_answer_is_timed_as_coverage(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The coverage answer is taken during the solve stage (before the claims' results,
    to free the fallback's models), but the wait for it, or an inline scan, is the
    coverage stage's time in `AuditResult.timings`, not the solver's."""
    import types

    import checker.pipeline as pipeline

    ticks = [0.0]

    def perf_counter() -> float:
        ticks[0] += 1.0
        return ticks[0]

    start = pipeline._start_coverage

    def slow_start(*args: Any) -> Any:
        pending = start(*args)
        answer = pending.result

        def result() -> Any:
            ticks[0] += 1000.0  # the wait
            return answer()

        pending.result = result  # type: ignore[method-assign]
        return pending

    monkeypatch.setattr(pipeline, "time", types.SimpleNamespace(perf_counter=perf_counter))
    monkeypatch.setattr(pipeline, "_start_coverage", slow_start)
    timings = pipeline.audit(CLAIMS, Config(corpus=str(CLAIMS))).timings
    assert timings["coverage"] >= 1000.0
    assert timings["solve"] < 1000.0
    assert list(timings) == ["load", "provenance", "intervals", "cross-check", "solve",
                             "coverage", "policy"]
