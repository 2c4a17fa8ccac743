"""What the audit keeps and frees when (`checker.pipeline`): the result without the
corpus's models, and what the CLI holds while it writes the reports."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from checker.config import Config
from checker.models import Claim
from checker.pipeline import audit

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def _claim_models() -> int:
    gc.collect()
    return sum(type(o) is Claim for o in gc.get_objects())


def test_audit_without_the_corpus_frees_its_models_and_equals_the_full_result() -> None:
    """`keep_corpus=False` gives the same result, without the corpus, and no claim model
    outlives the audit."""
    config = Config(corpus=str(CLAIMS))
    full = audit(CLAIMS, config)
    assert full.corpus is not None and full.corpus.claims
    before = _claim_models()
    bare = audit(CLAIMS, config, keep_corpus=False)
    assert bare.corpus is None
    assert _claim_models() == before  # (the audit's own models are gone)
    assert bare == full  # (`corpus` and `timings` are not compared)
    assert bare.claims == full.claims and bare.findings == full.findings


def test_cli_writes_the_reports_from_a_result_without_the_corpus(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import checker.reporters
    from checker.cli import main

    seen: list[Any] = []
    real = checker.reporters.write_reports

    def write_reports(result: Any, targets: Any, **kwargs: Any) -> None:
        seen.append(result.corpus)
        real(result, targets, **kwargs)

    monkeypatch.setattr(checker.reporters, "write_reports", write_reports)
    status = main(["audit", str(CLAIMS), "--out", str(tmp_path), "--quiet"])
    assert status in (0, 1)
    assert seen == [None]
    assert (tmp_path / "audit.json").is_file()


def _relation_models() -> int:
    from checker.kinds import RelationBase

    gc.collect()
    return sum(isinstance(o, RelationBase) for o in gc.get_objects())


@pytest.mark.parametrize("keep", [False, True])
def test_relation_models_are_freed_before_the_claims_results_are_made(
        monkeypatch: pytest.MonkeyPatch, keep: bool) -> None:
    """Without the corpus kept, no relation model is alive while the claims' results are
    made (the run's peak of memory); a caller keeping the corpus keeps its relations."""
    import checker.pipeline

    config = Config(corpus=str(CLAIMS))
    before = _relation_models()
    alive: list[int] = []
    real = checker.pipeline.assemble_claims

    def assemble_claims(*args: Any, **kwargs: Any) -> Any:
        alive.append(_relation_models() - before)
        return real(*args, **kwargs)

    monkeypatch.setattr(checker.pipeline, "assemble_claims", assemble_claims)
    result = audit(CLAIMS, config, keep_corpus=keep)
    assert result.relations  # (the bundled corpus has relations: their ids, kinds, whys)
    if keep:
        assert result.corpus is not None
        assert alive == [len(result.corpus.relations)] and alive[0] > 0
    else:
        assert alive == [0]


@pytest.mark.parametrize("keep", [False, True])
def test_claim_models_and_entries_go_as_the_claims_results_are_made(
        monkeypatch: pytest.MonkeyPatch, keep: bool) -> None:
    """Without the corpus kept, as the last claim's result is made no other claim's model
    or cross-check entry is alive (each went once its result was made, the run's peak of
    memory being then); a caller keeping the corpus keeps every model."""
    import checker._pipeline_results as results
    from checker.crosscheck import Entry

    config = Config(corpus=str(CLAIMS))
    before = _claim_models()
    total = len(audit(CLAIMS, config).claims)
    seen: list[tuple[int, int]] = []
    made = results.new_result

    def result(*args: Any) -> Any:
        if len(seen) == total - 1:  # the last one
            gc.collect()
            objects = gc.get_objects()
            seen.append((sum(type(o) is Claim for o in objects) - before,
                         sum(type(o) is Entry for o in objects)))
        else:
            seen.append((-1, -1))
        return made(*args)

    monkeypatch.setattr(results, "new_result", result)
    audit(CLAIMS, config, keep_corpus=keep)
    assert len(seen) == total > 20
    models, entries = seen[-1]
    assert entries <= 1  # (the last claim's own, when it has one)
    assert models == (total if keep else 1)


def test_verdicts_and_quote_places_are_emptied_before_the_results_are_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`assemble_claims` takes the verdicts and the quotes' places into lists in the
    claims' order and empties both dicts before the first result is made (their tables
    are not alive at the run's peak of memory), and the results are those of the dicts:
    every claim's own verdict and place."""
    import checker._pipeline_results as results
    import checker.pipeline

    config = Config(corpus=str(CLAIMS))
    full = audit(CLAIMS, config)
    given: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    sizes: list[tuple[int, int]] = []
    real, made = checker.pipeline.assemble_claims, results.new_result

    def assemble_claims(ctx: Any, claims: Any, entries: Any, intervals: Any,
                        checks: dict[str, Any], lone: Any, blamed: Any, views: Any,
                        positions: dict[str, Any], counts: Any) -> Any:
        given.append((checks, positions, {"checks": dict(checks),
                                          "positions": dict(positions)}))
        return real(ctx, claims, entries, intervals, checks, lone, blamed, views,
                    positions, counts)

    def result(*args: Any) -> Any:
        if not sizes:
            sizes.append((len(given[0][0]), len(given[0][1])))
        return made(*args)

    monkeypatch.setattr(checker.pipeline, "assemble_claims", assemble_claims)
    monkeypatch.setattr(results, "new_result", result)
    bare = audit(CLAIMS, config, keep_corpus=False)
    assert bare == full
    assert sizes == [(0, 0)]
    (_, _, copies), = given
    assert len(copies["checks"]) > 20 and len(copies["positions"]) > 20
    for claim in bare.claims:  # (each result has its own claim's verdict and place)
        check = copies["checks"].get(claim.id)
        if check is not None:
            assert (claim.verdict, claim.against) == (check.verdict, check.against)
        if claim.id in copies["positions"]:
            assert claim.position == copies["positions"][claim.id]


@pytest.mark.parametrize(("more", "trims"), [(0, 1), (1, 0)])
def test_a_large_audit_hands_free_memory_back_before_the_results(
        monkeypatch: pytest.MonkeyPatch, more: int, trims: int) -> None:
    """From `TRIM_CLAIMS` claims the audit asks the allocator to hand its free pages
    back, once, before the claims' results are made; below, it does not ask."""
    import checker._memory
    import checker._pipeline_results as results
    import checker.pipeline

    config = Config(corpus=str(CLAIMS))
    total = len(audit(CLAIMS, config).claims)
    calls: list[int] = []  # (how many results were made when it was asked)
    made: list[int] = []
    real = results.new_result

    def result(*args: Any) -> Any:
        made.append(1)
        return real(*args)

    monkeypatch.setattr(checker.pipeline, "TRIM_CLAIMS", total + more)
    monkeypatch.setattr(checker._memory, "release_free_memory",
                        lambda: calls.append(len(made)) or True)
    monkeypatch.setattr(results, "new_result", result)
    audit(CLAIMS, config, keep_corpus=False)
    assert calls == [0] * trims
    assert len(made) == total


_TRIM = """
import sys
from checker._memory import release_free_memory

def resident():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096

blocks = [bytes(4000) + bytes([i % 256]) for i in range(50_000)]  # 200 MB from malloc
last = [bytes(4000) for _ in range(10)]  # above them: freeing them leaves a hole
held = resident()
del blocks
freed = resident()
ok = release_free_memory()
print(ok, held, freed, resident())
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc")
def test_release_free_memory_hands_freed_pages_back_to_the_system() -> None:
    """Blocks freed below a live one stay resident after `free`; `release_free_memory`
    hands them back (glibc's `malloc_trim`), in a process of its own."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _TRIM], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    ok, held, freed, after = out[0] == "True", *map(int, out[1:])
    import platform

    if platform.libc_ver()[0] != "glibc":
        assert not ok
        return
    assert ok
    assert freed > held - 50_000_000  # (`free` kept most of the 200 MB)
    assert after < freed - 150_000_000  # (the trim handed it back)


@pytest.mark.parametrize("emptied", [True, False])
def test_claim_views_go_with_the_shared_message_parts(
        monkeypatch: pytest.MonkeyPatch, emptied: bool) -> None:
    """`assemble_claims` drops the claims' views it built with the message parts it
    shares, every `SHARED_RUN` claims: emptied after every claim, only the views the last
    claim's messages asked for are alive as its result is made (its own, those of what it
    was compared with); kept (the bundled corpus is emptied only before its last claim),
    every view built is alive as the one before the last is made."""
    import checker._pipeline_results as results
    from checker._pipeline_results import ClaimView

    config = Config(corpus=str(CLAIMS))
    total = len(audit(CLAIMS, config).claims)
    assert total < results.SHARED_RUN  # (kept: never emptied but at the last claim)
    seen: list[tuple[int, int]] = []  # (views alive, the claim's compared ones)
    made = results.new_result

    def result(*args: Any) -> Any:
        if len(seen) == total - 2:  # the one before the last
            gc.collect()
            seen.append((sum(type(o) is ClaimView for o in gc.get_objects()), len(args[9])))
        else:
            seen.append((-1, -1))
        return made(*args)

    monkeypatch.setattr(results, "new_result", result)
    if emptied:
        monkeypatch.setattr(results, "_SHARED_MASK", 0)
    audit(CLAIMS, config, keep_corpus=False)
    alive, against = seen[-2]
    if emptied:
        assert alive <= against + 2  # (its own, a blamed root, those compared)
    else:
        assert alive > against + 2  # (the views of the earlier claims' messages)


def test_the_coverage_scan_frees_each_text_once_scanned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`coverage.scan_texts` empties its list as it goes: as each text is scanned, the
    texts before it are freed (a worker holds every snapshot of a large corpus, and its
    memory counts in the audit's peak), and the findings and tallies are unchanged."""
    import weakref

    import checker.coverage as coverage
    import checker.pipeline

    config = Config(corpus=str(CLAIMS))
    kept = audit(CLAIMS, config)
    refs: list[weakref.ref[Any]] = []
    alive: list[int] = []
    real_scan, real_source = checker.pipeline._scan_texts, coverage.scan_source

    def scan_texts(items: Any) -> Any:
        refs.extend(weakref.ref(item.doc) for item in items)
        return real_scan(items)

    def scan_source(*args: Any) -> Any:
        gc.collect()
        alive.append(sum(ref() is not None for ref in refs))
        return real_source(*args)

    monkeypatch.setattr(checker.pipeline, "_scan_texts", scan_texts)
    monkeypatch.setattr(coverage, "scan_source", scan_source)
    scanned = audit(CLAIMS, config, keep_corpus=False)
    assert len(refs) > 2
    assert alive == [len(refs) - k for k in range(len(refs))]
    assert scanned.coverage == kept.coverage and scanned.findings == kept.findings
    assert all(ref() is None for ref in refs)


def test_intervals_and_views_are_emptied_once_every_result_is_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`assemble_claims` empties the claims' intervals and views before sorting the
    results (nothing reads them after), and the result is unchanged."""
    import checker.pipeline

    config = Config(corpus=str(CLAIMS))
    full = audit(CLAIMS, config)
    seen: list[tuple[int, int, int]] = []
    real = checker.pipeline.assemble_claims

    def assemble_claims(ctx: Any, claims: Any, entries: Any, intervals: dict[str, Any],
                        checks: Any, lone: Any, blamed: Any, views: Any, *rest: Any) -> Any:
        before = len(intervals)
        got = real(ctx, claims, entries, intervals, checks, lone, blamed, views, *rest)
        seen.append((before, len(intervals), len(views) + dict.__len__(views)))
        return got

    monkeypatch.setattr(checker.pipeline, "assemble_claims", assemble_claims)
    assert audit(CLAIMS, config, keep_corpus=False) == full
    (before, after, views), = seen
    assert before > 20 and (after, views) == (0, 0)


def test_views_read_a_dropped_interval_from_the_result_standing_in() -> None:
    """A claim's interval, once dropped as its result is made, is its result's for its
    view; a claim recorded as having none (`no_interval`) and a claim not in the
    intervals have none; any other reads the intervals, which `intervals_left` copies
    into a dict of their own, emptying the former."""
    import types

    from checker._pipeline_results import Views

    result = audit(CLAIMS, Config(corpus=str(CLAIMS)))
    assert result.corpus is not None
    models = {c.id: c for c in result.corpus.claims}
    a, b, c, d = result.claims[:4]
    ctx = types.SimpleNamespace(
        loaded=types.SimpleNamespace(corpus=result.corpus),
        sources={s.id: s for s in result.corpus.sources},
        quantities={q.id: q for q in result.corpus.quantities})
    intervals: dict[str, Any] = {c.id: c.interval for c in result.claims}
    views = Views(ctx, intervals, {})  # type: ignore[arg-type]
    stand_in = views.stand_in()
    for made in (a, b, c):
        stand_in(made.id, made)
    del intervals[a.id], intervals[b.id], intervals[d.id]
    views.no_interval(b.id)
    assert views[a.id].interval == a.interval  # (dropped: its result's)
    assert views[b.id].interval is None  # (no interval: the result's whole line is not it)
    assert views[c.id].interval == intervals[c.id]  # (still in the intervals)
    assert views[d.id].interval is None and d.id in models  # (a model not in them)
    kept = dict(intervals)
    left = views.intervals_left()
    assert left == kept and left is not intervals and not intervals
    views.forget()
    assert views[c.id].interval == left[c.id]  # (read from the copy)
    views.close()
    assert not left and len(views) == 0
