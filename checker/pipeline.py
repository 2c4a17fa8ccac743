"""The audit pipeline behind `checker.audit(path, config) -> AuditResult` (layer 3).

Load the corpus, read every snapshot and table, check provenance, turn every claim into
an interval, give every claim its verdict, solve the one constraint problem, classify the
conflicts, then apply the policy (severities, select/ignore, baseline) once.  Nothing
here prints or writes files.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import policy
from checker._pipeline_claims import Ctx, claim_intervals
from checker._pipeline_results import (
    Views,
    assemble_claims,
    claim_entries,
    quantity_results,
    whole_verdicts,
)
from checker._yamlnodes import Limits
from checker.baseline import load_baseline
from checker.config import Config
from checker.crosscheck import check_claims
from checker.errors import CheckerError, SnapshotError, raise_all
from checker.findings import AuditResult, CoverageResult, Finding, Publication, SourceResult
from checker.loader import LoadedCorpus, iter_corpus_files, load_corpus, shown_path
from checker.models import Corpus, Source, relation_id
from checker.provenance import ProvenanceResult, check_provenance
from checker.snapshots import NormalText, SourceText, read_snapshot
from checker.tables import Table, read_table

if TYPE_CHECKING:  # pragma: no cover - typing only (all are imported lazily)
    from checker._parallel import Pending, Worker
    from checker.coverage import TextToScan

Progress = Callable[[str], None]


def audit(path: str | Path, config: Config | None = None,
          progress: Progress | None = None, *, keep_corpus: bool = True) -> AuditResult:
    """Audit the corpus folder `path` and return the finished result.

    Raises `CheckerError` (exit status 2 in the CLI) for input that cannot be audited.
    `progress`, when given, is called with the name of each stage as it starts.  The
    result keeps the loaded corpus (`AuditResult.corpus`) unless `keep_corpus` is false:
    no reporter reads it, and without it the claims' models go as their results are made
    (the run's peak of memory; about 30 MB per 200,000 claims) and the rest of the
    corpus's as the audit returns.
    """
    config = config or Config()
    # The coverage worker of a large corpus is forked first, while this process holds
    # little: it shares few pages with it, and is sent what it reads after provenance.
    worker = _coverage_worker(config, path)
    try:
        return _audit(path, config, progress, worker, keep_corpus)
    finally:
        worker.cancel()  # not sent its work (a small corpus, an error): ended here


def _audit(path: str | Path, config: Config, progress: Progress | None,
           worker: Worker[list[TextToScan], tuple[list[Finding], list[CoverageResult]]],
           keep_corpus: bool = True) -> AuditResult:
    step = progress or (lambda _stage: None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    step("load")
    # The baseline first: a defective one (an empty reason) stops the run before the work.
    baseline = load_baseline(config.baseline) if config.baseline else None
    limits = Limits(max_file_bytes=config.max_file_bytes, max_aliases=config.max_aliases,
                    max_depth=config.max_depth)
    # Every load error in one run: the claim files', then the snapshots' and tables',
    # then the `says` and `count:` of the claims that loaded.
    loaded = load_corpus(path, limits, partial=True)
    corpus = loaded.corpus
    errors = loaded.errors
    ctx = Ctx(loaded, config, {s.id: s for s in corpus.sources},
               {q.id: q for q in corpus.quantities},
               {c.revises: c.id or "" for c in corpus.claims if c.revises})
    texts, tables, source_results_raw = _read_sources(ctx, errors)
    lap("load")

    step("provenance")
    from checker.mentions import qualifier_beside

    prov = check_provenance(ctx.sources, list(corpus.claims), texts, loaded.location,
                            qualifier_beside)
    lap("provenance")

    step("intervals")
    intervals, counts_text, unit_findings = claim_intervals(ctx, tables, errors)
    del tables  # (read by the `count:` claims alone)
    raise_all(errors)
    lap("intervals")

    # Coverage needs only the snapshots and the quotes: on a large corpus it runs on a
    # second core while this process cross-checks and solves.
    covered = _start_coverage(ctx, texts, prov, worker) if config.coverage else None
    # What is left of the run keeps, of every snapshot, only its text as read (in
    # `source_results_raw`): the normal forms and their offset maps go (a worker that
    # fails has its input made again from those texts).
    del texts
    try:
        step("cross-check")
        entries = claim_entries(ctx, intervals)
        checks = check_claims(entries, config.trust)
        views = Views(ctx, intervals, counts_text)
        findings: list[Finding] = list(prov.findings) + unit_findings
        lap("cross-check")

        step("solve")
        from checker.consistency import check_consistency, relation_bounds  # lazily

        solved = check_consistency(ctx.quantities, corpus.relations, entries, checks, views,
                                   config, loaded.location)
        findings += solved.findings
        first = checks
        checks, blamed = whole_verdicts(ctx, entries, checks, solved, relation_bounds)
        # The solver's problem goes before the quantities' and claims' results are made
        # (each a plateau of the run's memory): only the implied bounds are read after.
        # Of the first verdicts, only which claims had nothing to compare with is read
        # after: a set of those ids instead of a dict over every claim.
        implied, unsolved = solved.implied, solved.unsolved
        del solved
        lone = {cid for cid, check in first.items() if check.basis == "none"}
        del first
        quantities = quantity_results(ctx, entries, implied, unsolved)
        del implied, unsolved
        # Nothing after the solver reads the relations' models but for these three
        # strings each: without a caller that keeps the corpus, they go before the
        # claims' results are made (about 70 bytes a claim in the generated corpora).
        relations = tuple(sorted((relation_id(r), r.kind, r.why or "")
                                 for r in corpus.relations))
        # (the claims in the corpus's order, as they lie in memory: the results are by id)
        by_source: dict[str, list[str]] = defaultdict(list)
        for claim in corpus.claims:
            by_source[claim.source].append(claim.id or "")
        # The coverage worker is done by now (it started before the cross-check): taking
        # its answer before the claims' results are made frees what this process kept
        # to redo its work (the claims' models among it) should the worker have failed.
        # The wait (or, below `PARALLEL_TEXT`, the scan itself) is timed as "coverage".
        waited = time.perf_counter()
        cov = covered.result() if covered is not None else None
        waited = time.perf_counter() - waited
        covered = None
        # The claims' models go one by one as their results are made (`assemble_claims`
        # empties the list), unless the caller keeps the corpus.
        claims = list(corpus.claims)
        if not keep_corpus:
            corpus = loaded.corpus = corpus.model_copy(update={"relations": (), "claims": ()})
        if len(claims) >= TRIM_CLAIMS:
            # What loading, the cross-check and the solver freed goes back to the system
            # before the results are made (at 1,000,000 claims glibc held about 135 MB
            # free, and the peak went from 1,887 to 1,796 MB tree PSS).
            from checker._memory import release_free_memory

            release_free_memory()
        made, results = assemble_claims(ctx, claims, entries, intervals, checks, lone, blamed,
                                        views, prov.positions, counts_text)
        findings += made
        # Every message is made: the verdicts, views and entries go, and their memory
        # serves what is made after (the result, then the reports).
        del views, lone, made, checks, blamed, entries, intervals, claims
        lap("solve")
        timings["solve"] -= waited
    except BaseException:
        if covered is not None:
            covered.cancel()
        raise

    step("coverage")
    coverage: tuple[CoverageResult, ...] = ()
    if cov is not None:
        cov_findings, tallies = cov
        findings += cov_findings
        coverage = tuple(tallies)
    lap("coverage")
    timings["coverage"] += waited

    sources = tuple(
        SourceResult(**raw, claims=tuple(sorted(by_source.get(raw["id"], ()))),
                     section=prov.sections.get(raw["id"]))
        for raw in source_results_raw)
    decided = policy.apply(findings, config, baseline)
    lap("policy")
    fingerprint = _fingerprint(loaded, sources)
    return AuditResult(
        root=str(path), fingerprint=fingerprint, sources=sources, quantities=quantities,
        claims=results, findings=decided.findings, relations=relations, fail_on=config.fail_on,
        gate_failed=decided.gate_failed, fixed=decided.fixed, expired=decided.expired,
        baseline=config.baseline or None, coverage=coverage, report=_publication(corpus),
        timings=timings, corpus=corpus if keep_corpus else None, skipped=tuple(loaded.skipped))


def _publication(corpus: Corpus) -> Publication | None:
    """Return the `report:` block of `corpus` as a result value (None without one)."""
    r = corpus.report
    if r is None:
        return None
    return Publication(title=r.title, publisher=r.publisher, summary=r.summary,
                       language=r.language, url=r.url)


TRIM_CLAIMS = 50_000
"""Claims from which the audit hands the C allocator's free pages back to the system
before making the claims' results (`_memory.release_free_memory`: about 28 MB at 200,000
claims, a few milliseconds; below, too little to be worth the walk of the heap)."""


PARALLEL_TEXT = 2_000_000  # characters of snapshots from which coverage runs on a 2nd core


EARLY_WORKER_BYTES = 4_000_000
"""Bytes of claim files from which the coverage worker is forked before loading (about
16,000 claims).  Below, coverage runs here or in a child forked when it starts: while a
child lives, each page this process writes is copied first (about 20 ms over the run of
the bundled corpus), and a small corpus makes a small heap to share anyway."""


def _coverage_worker(config: Config, path: str | Path
                     ) -> Worker[list[TextToScan], tuple[list[Finding], list[CoverageResult]]]:
    """Return the worker that will run the coverage rule (forked now for a large corpus).

    The size is that of the claim files (a walk of the folder, as the loader's, and a
    `stat` of each): the snapshots' is known only once they are read.
    """
    from checker._parallel import Worker, can_fork, start_worker

    if config.coverage and can_fork():
        size = 0
        for file in iter_corpus_files(Path(path)):
            try:
                size += file.stat().st_size
            except OSError:  # the loader says what is wrong with it
                pass
            if size >= EARLY_WORKER_BYTES:
                return start_worker(_scan_texts)
    return Worker(_scan_texts)


def _scan_texts(items: list[TextToScan]) -> tuple[list[Finding], list[CoverageResult]]:
    from checker.coverage import scan_texts

    return scan_texts(items)


def _start_coverage(ctx: Ctx, texts: dict[str, SourceText], prov: ProvenanceResult,
                    worker: Worker[list[TextToScan], tuple[list[Finding], list[CoverageResult]]]
                    ) -> Pending[tuple[list[Finding], list[CoverageResult]]]:
    """Start the coverage rule; return its pending findings and tallies.

    Coverage needs only the snapshots and the spans of the verified `says`
    (`coverage.texts_to_scan`), so from `PARALLEL_TEXT` characters of text they are
    scanned on a second core while this process cross-checks and solves: sent to
    `worker`, a child forked before the corpus was loaded, or for a small corpus (no
    worker) by a child forked now.  The result is the same either way.
    """
    from checker._parallel import Pending, can_fork, in_child
    from checker.coverage import texts_to_scan

    # (the claims and the ignore entries, not the corpus: `again` keeps what it holds)
    claims, ignore = ctx.loaded.corpus.claims, ctx.loaded.corpus.ignore
    items = texts_to_scan(ctx.sources, claims, ignore, texts, prov.positions,
                          prov.sections, ctx.loaded.location)
    size = sum(len(item.text) for item in items)
    if size >= PARALLEL_TEXT and worker.forked:
        # Should the worker fail, its input is made again here from the texts as read,
        # so the normal forms need not outlive this call.
        read = {sid: (t.sha256, None if t.text is None else t.text.text, t.shown)
                for sid, t in texts.items()}

        def again() -> tuple[list[Finding], list[CoverageResult]]:
            made = {sid: SourceText(sha, None if text is None else NormalText(text), shown)
                    for sid, (sha, text, shown) in read.items()}
            return _scan_texts(texts_to_scan(ctx.sources, claims, ignore, made,
                                             prov.positions, prov.sections,
                                             ctx.loaded.location))

        return worker.submit([item.to_send() for item in items], again)
    worker.cancel()
    if size >= PARALLEL_TEXT and can_fork():  # large snapshots of a small corpus
        return in_child(lambda: _scan_texts(items))
    return Pending(lambda: _scan_texts(items))


def _read_sources(ctx: Ctx, errors: list[CheckerError]
                  ) -> tuple[dict[str, SourceText], dict[str, Table], list[dict[str, Any]]]:
    texts: dict[str, SourceText] = {}
    tables: dict[str, Table] = {}
    raws: list[dict[str, Any]] = []
    root = ctx.loaded.root
    for sid in sorted(ctx.sources):
        src = ctx.sources[sid]
        named = ctx.loaded.paths.get(sid)
        shown = named.relative_to(root).as_posix() if named is not None else None
        # Read by the resolved path that was confined to the corpus: never by name again.
        path = ctx.loaded.real_paths.get(sid)
        digest = text = None
        if path is not None and shown is not None:
            try:
                digest, text = _read_source(ctx, sid, src, path, shown, texts, tables)
            except SnapshotError as exc:
                exc.file = shown_path(root, exc.file or shown)
                errors.append(exc)
        raws.append(dict(
            id=sid, title=src.title, kind=src.kind, publisher=src.publisher, url=src.url,
            published=src.published.isoformat() if src.published else None,
            cites=tuple(src.cites), file=shown, sha256=digest, text=text, note=src.note,
            author=src.author))
    return texts, tables, raws


def _read_source(ctx: Ctx, sid: str, src: Source, path: Path, shown: str,
                 texts: dict[str, SourceText], tables: dict[str, Table]
                 ) -> tuple[str | None, str | None]:
    """Read the snapshot or table of `src` into `texts` (and `tables`); return its hash and text."""
    if src.kind == "dataset":
        table = read_table(path, shown, ctx.config.max_snapshot_bytes)
        digest = table.sha256 if table is not None else None
        if table is not None:
            tables[sid] = table
        texts[sid] = SourceText(digest, None, shown)
        return digest, None
    snap = read_snapshot(path, shown, ctx.config.max_snapshot_bytes)
    texts[sid] = SourceText(snap.sha256, NormalText(snap.text) if snap.text is not None
                            else None, shown)
    return snap.sha256, snap.text


def _fingerprint(loaded: LoadedCorpus, sources: tuple[SourceResult, ...]) -> str:
    h = hashlib.sha256()
    for name in sorted(loaded.file_hashes):
        h.update(f"{name}\0{loaded.file_hashes[name]}\n".encode())
    for s in sources:
        h.update(f"{s.id}\0{s.file}\0{s.sha256}\n".encode())
    return h.hexdigest()
