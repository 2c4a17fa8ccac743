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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import policy
from checker._yamlnodes import Limits
from checker.baseline import load_baseline
from checker.config import Config
from checker.crosscheck import Check, Entry, check_claims, reconcile, set_aside
from checker.errors import CheckerError, CorpusError, SnapshotError, raise_all
from checker.explain import ClaimView, explain_repeat, explain_unit_mismatch, explain_verdict
from checker.findings import (
    AuditResult,
    ClaimResult,
    CoverageResult,
    Finding,
    Location,
    Publication,
    QuantityResult,
    QuotePosition,
    SourceResult,
    Verdict,
)
from checker.intervals import Interval
from checker.loader import LoadedCorpus, iter_corpus_files, load_corpus, shown_path
from checker.models import Claim, Corpus, Quantity, Source, relation_id
from checker.provenance import ProvenanceResult, check_provenance
from checker.rules import RULES, finding
from checker.snapshots import NormalText, SourceText, read_snapshot
from checker.tables import Table, compile_filter, count_rows, describe_filter, read_table

if TYPE_CHECKING:  # pragma: no cover - typing only (all are imported lazily)
    from checker._parallel import Pending, Worker
    from checker.consistency import Consistency
    from checker.coverage import TextToScan

Progress = Callable[[str], None]
_UNASKED = object()


@dataclass
class _Ctx:
    loaded: LoadedCorpus
    config: Config
    sources: dict[str, Source]
    quantities: dict[str, Quantity]
    revised: dict[str, str] = field(default_factory=dict)  # claim id -> the claim revising it
    located: dict[str, Location | None] = field(default_factory=dict)

    def where(self, cid: str) -> Location | None:
        """Return the location of claim `cid`, asked of the loader once per claim (a
        claim's result and each of its findings show it)."""
        got = self.located.get(cid, _UNASKED)
        if got is _UNASKED:
            got = self.located[cid] = self.loaded.location(cid)
        return got  # type: ignore[return-value]


def audit(path: str | Path, config: Config | None = None,
          progress: Progress | None = None) -> AuditResult:
    """Audit the corpus folder `path` and return the finished result.

    Raises `CheckerError` (exit status 2 in the CLI) for input that cannot be audited.
    `progress`, when given, is called with the name of each stage as it starts.
    """
    config = config or Config()
    # The coverage worker of a large corpus is forked first, while this process holds
    # little: it shares few pages with it, and is sent what it reads after provenance.
    worker = _coverage_worker(config, path)
    try:
        return _audit(path, config, progress, worker)
    finally:
        worker.cancel()  # not sent its work (a small corpus, an error): ended here


def _audit(path: str | Path, config: Config, progress: Progress | None,
           worker: Worker[list[TextToScan], tuple[list[Finding], list[CoverageResult]]]
           ) -> AuditResult:
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
    ctx = _Ctx(loaded, config, {s.id: s for s in corpus.sources},
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
    intervals, counts_text, unit_findings = _claim_intervals(ctx, tables, errors)
    raise_all(errors)
    lap("intervals")

    # Coverage needs only the snapshots and the quotes: on a large corpus it runs on a
    # second core while this process cross-checks and solves.
    covered = _start_coverage(ctx, texts, prov, worker) if config.coverage else None
    try:
        step("cross-check")
        entries = _entries(ctx, intervals)
        checks = check_claims(entries, config.trust)
        views = _Views(ctx, intervals, counts_text)
        findings: list[Finding] = list(prov.findings) + unit_findings
        lap("cross-check")

        step("solve")
        from checker.consistency import check_consistency, relation_bounds  # lazily

        solved = check_consistency(ctx.quantities, corpus.relations, entries, checks, views,
                                   config, loaded.location)
        findings += solved.findings
        first = checks
        checks, blamed = _whole_verdicts(ctx, entries, checks, solved, relation_bounds)
        made, claims = _assemble_claims(ctx, entries, intervals, checks, first, blamed, views,
                                        prov.positions, counts_text)
        findings += made
        del views, first, made  # (every message is made: their memory serves the results)
        lap("solve")
    except BaseException:
        if covered is not None:
            covered.cancel()
        raise

    step("coverage")
    coverage: tuple[CoverageResult, ...] = ()
    if covered is not None:
        cov_findings, tallies = covered.result()
        findings += cov_findings
        coverage = tuple(tallies)
    lap("coverage")

    quantities = _quantity_results(ctx, entries, solved.implied, solved.unsolved)
    # (the claims in the corpus's order, as they lie in memory: the results are by id)
    by_source: dict[str, list[str]] = defaultdict(list)
    for claim in corpus.claims:
        by_source[claim.source].append(claim.id or "")
    sources = tuple(
        SourceResult(**raw, claims=tuple(sorted(by_source.get(raw["id"], ()))),
                     section=prov.sections.get(raw["id"]))
        for raw in source_results_raw)
    decided = policy.apply(findings, config, baseline)
    lap("policy")
    fingerprint = _fingerprint(loaded, sources)
    relations = tuple(sorted((relation_id(r), r.kind, r.why or "") for r in corpus.relations))
    return AuditResult(
        root=str(path), fingerprint=fingerprint, sources=sources, quantities=quantities,
        claims=claims, findings=decided.findings, relations=relations, fail_on=config.fail_on,
        gate_failed=decided.gate_failed, fixed=decided.fixed, expired=decided.expired,
        baseline=config.baseline or None, coverage=coverage, report=_publication(corpus),
        timings=timings, corpus=corpus, skipped=tuple(loaded.skipped))


def _publication(corpus: Corpus) -> Publication | None:
    """Return the `report:` block of `corpus` as a result value (None without one)."""
    r = corpus.report
    if r is None:
        return None
    return Publication(title=r.title, publisher=r.publisher, summary=r.summary,
                       language=r.language, url=r.url)


_NON_NEGATIVE = Interval.of(0, None)

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


def _start_coverage(ctx: _Ctx, texts: dict[str, SourceText], prov: ProvenanceResult,
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

    corpus = ctx.loaded.corpus
    items = texts_to_scan(ctx.sources, corpus.claims, corpus.ignore, texts, prov.positions,
                          prov.sections, ctx.loaded.location)
    size = sum(len(item.doc.text) for item in items)
    if size >= PARALLEL_TEXT and worker.forked:
        return worker.submit(items)
    worker.cancel()
    if size >= PARALLEL_TEXT and can_fork():  # large snapshots of a small corpus
        return in_child(lambda: _scan_texts(items))
    return Pending(lambda: _scan_texts(items))


def _read_sources(ctx: _Ctx, errors: list[CheckerError]
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


def _read_source(ctx: _Ctx, sid: str, src: Source, path: Path, shown: str,
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


def _variable(claim: Claim, qty: Quantity) -> str:
    as_of = claim.as_of or qty.as_of
    return f"{qty.id}@{as_of}" if as_of else qty.id


def _refused(iv: Interval, whole_numbers: bool, signed: bool) -> bool:
    """Return whether a claim's interval `iv` is refused: no whole number (on a quantity
    of whole numbers, `iv` already rounded to them) or nothing ≥ 0 (on an unsigned one)."""
    if whole_numbers:
        return iv.is_empty()
    return not signed and iv.intersect(_NON_NEGATIVE).is_empty()


def _claim_intervals(ctx: _Ctx, tables: dict[str, Table], errors: list[CheckerError]
                     ) -> tuple[dict[str, Interval | None], dict[str, str], list[Finding]]:
    """Return every claim's interval, the wording of its `count:` filter, and the XCK007
    findings of claims whose words state another unit than their quantity's.

    A claim whose `says` or filter cannot be read adds its error to `errors`.
    """
    from checker.numbers import Domain, SaysError, Stated, parse_says
    from checker.units import unit_kind

    def refuse(error: CheckerError, cid: str) -> None:
        if error.file is not None:
            error.file = shown_path(ctx.loaded.root, error.file)
        errors.append(error)
        out[cid] = None

    out: dict[str, Interval | None] = {}
    counts: dict[str, str] = {}
    mismatches: list[Finding] = []
    # Many claims state the same words on the same domain: each is read once, and its
    # interval rounded to the whole numbers (when the domain takes only those) once.
    # (unit, whole numbers, signed, rounding) -> the domain and its number: a domain is
    # made of these alone, so quantities share them (a corpus has many quantities and
    # few units)
    domains: dict[tuple[str, bool, bool, str], tuple[Domain, int]] = {}
    # (says, domain number) -> the reading, its interval, and whether that is refused
    said: dict[tuple[str, int], tuple[Stated, Interval, bool]] = {}
    wholes: dict[tuple[Interval, bool], Interval] = {}
    numbered: dict[Domain, int] = {}
    # The readings of most claims, taken at once: quantity (with the claim's rounding
    # when it gives one) -> its domain, the domain's number, and the words read on it
    # whose interval is kept as it is (no unit of another kind, not refused) -> that
    # interval.  A claim whose words are not there takes the way below, which adds them.
    accepted: dict[int, dict[str, Interval]] = {}  # domain number -> says -> interval
    ready: dict[object, tuple[Domain, int, dict[str, Interval]]] = {}
    tolerance, default_rounding = ctx.config.tolerance, ctx.config.rounding
    loc = ctx.loaded.location

    def domain_of(qty: Quantity, rounding: str) -> tuple[Domain, int, dict[str, Interval]]:
        whole_numbers = qty.is_integer
        at = (qty.unit, whole_numbers, qty.signed, rounding)
        known = domains.get(at)
        if known is None:
            domain = Domain.of(unit_kind(qty.unit), integer=whole_numbers,
                               signed=qty.signed, rounding=rounding)
            known = domains[at] = (domain, numbered.setdefault(domain, len(numbered)))
        kept = accepted.get(known[1])
        if kept is None:
            kept = accepted[known[1]] = {}
        return known[0], known[1], kept

    for claim in ctx.loaded.corpus.claims:
        if claim.count is None and claim.value is None:
            at: object = claim.quantity if claim.rounding is None else (claim.quantity,
                                                                        claim.rounding)
            on = ready.get(at)
            if on is None:
                on = ready[at] = domain_of(ctx.quantities[claim.quantity],
                                           claim.rounding or default_rounding)
            iv = on[2].get(claim.says)  # type: ignore[arg-type]
            if iv is not None:
                out[claim.id or ""] = iv
                continue
        cid = claim.id or ""
        qty = ctx.quantities[claim.quantity]
        if claim.count is not None:
            table = tables.get(claim.source)
            if table is None:
                out[cid] = None  # PRV004 reports the missing table
                continue
            try:
                predicate = compile_filter(claim.count, table.columns)
            except CorpusError as exc:
                where = loc(cid, "count")  # only now: a JSON file's field lines are costly
                refuse(exc.located(file=where.file if where else None,
                                   line=where.line if where else None,
                                   field=f"claim `{cid}`: count"), cid)
                continue
            n = count_rows(table, predicate)
            out[cid] = Interval.point(n)
            counts[cid] = describe_filter(claim.count)
            continue
        whole_numbers = qty.is_integer
        if claim.value is not None:
            v = claim.value
            iv = Interval.of(v.min, v.max, v.min_open, v.max_open)
            if whole_numbers:
                key = (iv, qty.signed)
                whole = wholes.get(key)
                if whole is None:  # the same interval recurs across claims: round it once
                    whole = wholes[key] = iv.integers(None if qty.signed else 0)
                iv = whole
        else:
            assert on is not None  # (this claim's: set above)
            domain, number, kept = on
            says = claim.says or ""
            read = said.get((says, number))
            if read is None:
                try:
                    stated = parse_says(says, tolerance=tolerance, domain=domain)
                except SaysError as exc:
                    where = loc(cid, "says")
                    advice = "" if "value:" in str(exc) else (
                        "; write the interval with `value: {min: .., max: ..}`")
                    refuse(CorpusError(
                        f"cannot read says {_short(claim.says)}: {exc}{advice}"
                        if _short(claim.says)[1:-1] not in str(exc) else f"{exc}{advice}",
                        file=where.file if where else None,
                        line=where.line if where else None,
                        field=f"claim `{cid}`: says"), cid)
                    continue
                # (the domain takes whole numbers exactly when the quantity does, and
                # is signed exactly when it is)
                iv = stated.interval
                if whole_numbers:
                    iv = iv.integers(None if qty.signed else 0)
                read = said[says, number] = (stated, iv, _refused(iv, whole_numbers,
                                                                  qty.signed))
            stated, iv, refused = read
            if stated.mismatch is None and not refused and claim.says is not None:
                kept[claim.says] = iv
            if stated.mismatch is not None:
                # The words' unit is not the quantity's: usually the source's own slip,
                # so a finding on the claim (XCK007), and no interval in the problem.
                mismatches.append(finding(
                    "XCK007", explain_unit_mismatch(cid, says, stated.mismatch, qty.id,
                                                    qty.unit),
                    claims=(cid,), quantities=(_variable(claim, qty),), location=ctx.where(cid)))
                out[cid] = None
                continue
            if not refused:
                out[cid] = iv
                continue
        if whole_numbers:
            if iv.is_empty():
                where = loc(cid, "says" if claim.value is None else "value")
                what = "whole number" if qty.signed else "whole number ≥ 0"
                refuse(CorpusError(
                    f"{claim.says or 'value'!r} holds no {what}, but "
                    f"quantity `{qty.id}` counts whole things", file=where.file if where else None,
                    line=where.line if where else None,
                    field=f"claim `{cid}`: {'says' if claim.value is None else 'value'}"), cid)
                continue
        elif not qty.signed and iv.intersect(_NON_NEGATIVE).is_empty():
            where = loc(cid, "says" if claim.value is None else "value")
            refuse(CorpusError(
                f"{claim.says or 'value'!r} is negative, but quantity "
                f"`{qty.id}` is never negative: give it `signed: true` if it can be (a change, "
                "a balance, an anomaly)", file=where.file if where else None,
                line=where.line if where else None,
                field=f"claim `{cid}`: {'says' if claim.value is None else 'value'}"), cid)
            continue
        out[cid] = iv
    return out, counts, mismatches


def _entry(ctx: _Ctx, claim: Claim, interval: Interval | None) -> Entry:
    """Return the cross-check's view of `claim` (`_entries` makes the same, faster)."""
    src = ctx.sources[claim.source]
    cites = frozenset([claim.attributed_to]) if claim.attributed_to else frozenset(src.cites)
    assert interval is not None
    cid = claim.id or ""
    return Entry(cid, claim.source, src.kind,
                 _variable(claim, ctx.quantities[claim.quantity]), interval, cites,
                 cid in ctx.revised)


def _entries(ctx: _Ctx, intervals: dict[str, Interval | None]) -> list[Entry]:
    """Return the `_entry` of every claim that has an interval, in the corpus's order.

    Claims share their source's set of cites, and a variable's name, instead of making
    one of each per claim (most claims of a source cite the same sources).
    """
    out: list[Entry] = []
    append = out.append
    sources, quantities, revised = ctx.sources, ctx.quantities, ctx.revised
    # (source, attributed_to) -> the source's kind and the cites; (quantity, as_of) ->
    # the variable; keyed by the source or quantity alone in the common case.
    cited: dict[object, tuple[str, frozenset[str]]] = {}
    names: dict[object, str] = {}
    interval_of = intervals.get
    for claim in ctx.loaded.corpus.claims:
        cid = claim.id or ""
        iv = interval_of(cid)
        if iv is None:
            continue
        source, attributed = claim.source, claim.attributed_to
        key: object = source if attributed is None else (source, attributed)
        known = cited.get(key)
        if known is None:
            src = sources[source]
            known = cited[key] = (src.kind, frozenset([attributed]) if attributed
                                  else frozenset(src.cites))
        at: object = claim.quantity if claim.as_of is None else (claim.quantity, claim.as_of)
        variable = names.get(at)
        if variable is None:
            variable = names[at] = _variable(claim, quantities[claim.quantity])
        append(Entry(cid, source, known[0], variable, iv, known[1], cid in revised))
    return out


_dict_get = dict.get


class _Views(dict[str, ClaimView]):
    """Claim id → `ClaimView`, each built when a message first asks for it.

    Only the claims that findings name need a view (about half of them in a large
    corpus), so the others are never built.  A message names the figure of a report in
    every claim citing it: a view once built is a plain dict entry (`__missing__` builds
    it), so asking again costs no Python call.  Every claim has one: `in`, `len`, `get`
    and iteration are over all claims.
    """

    def __init__(self, ctx: _Ctx, intervals: dict[str, Interval | None],
                 counts: dict[str, str]) -> None:
        super().__init__()
        self._claims = {claim.id or "": claim for claim in ctx.loaded.corpus.claims}
        self._ctx, self._intervals, self._counts = ctx, intervals, counts
        self._kinds: dict[str, str] = {}  # source id -> its kind (a source has many claims)

    def __missing__(self, cid: str) -> ClaimView:
        claim = self._claims[cid]  # KeyError for an id that is no claim
        return self.of(claim, self._intervals.get(cid))

    def of(self, claim: Claim, interval: Interval | None) -> ClaimView:
        """Return the view of `claim`, whose interval is `interval`: `self[claim.id]`
        without looking the claim up."""
        cid = claim.id or ""
        view = _dict_get(self, cid)
        if view is None:
            source, quantity = claim.source, claim.quantity
            kind = self._kinds.get(source)
            if kind is None:
                kind = self._kinds[source] = self._ctx.sources[source].kind
            qty = self._ctx.quantities[quantity]
            view = self[cid] = ClaimView(cid, source, kind, quantity, qty.label, qty.unit,
                                         claim.says, self._counts.get(cid), interval)
        return view

    def get(self, cid: str, default: Any = None) -> Any:
        return self[cid] if cid in self._claims else default

    def __contains__(self, cid: object) -> bool:
        return cid in self._claims

    def __iter__(self) -> Iterator[str]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    # The views of a mapping over every claim (a dict's own would show only those built).
    keys = Mapping.keys  # type: ignore[assignment]
    items = Mapping.items  # type: ignore[assignment]
    values = Mapping.values  # type: ignore[assignment]
    __eq__ = Mapping.__eq__
    __hash__ = None


def _views(ctx: _Ctx, intervals: dict[str, Interval | None],
           counts: dict[str, str]) -> Mapping[str, ClaimView]:
    return _Views(ctx, intervals, counts)


def _whole_verdicts(ctx: _Ctx, entries: list[Entry], checks: dict[str, Check],
                    solved: Consistency, bounds: Callable[..., dict[str, Interval]]
                    ) -> tuple[dict[str, Check], Mapping[str, str]]:
    """Return the verdicts that see the whole problem (`crosscheck.reconcile`), and the
    blamed claims, each with the suspect it is or repeats (`crosscheck.set_aside`)."""
    aside = set_aside(entries, checks, ctx.config.trust, solved.suspects)
    alone = aside[1]  # which claims have nothing to compare with, the blamed set aside
    wanted = {e.variable for e in entries if (c := alone.get(e.id)) is not None
              and c.basis == "none"}
    bearing = bounds(solved, wanted, ctx.config)
    # Only the blamed claims' variables and those with a bearing need their domain.
    blamed = aside[0]
    needed = set(bearing) | {e.variable for e in entries if e.id in blamed}
    domains: dict[str, Interval] = {}
    for var in needed:
        qty = ctx.quantities[var.partition("@")[0]]
        domains[var] = Interval.everything() if qty.signed else _NON_NEGATIVE
    return reconcile(entries, checks, ctx.config.trust, solved.suspects, solved.evidence,
                     solved.implied, bearing, domains, aside), blamed


def _assemble_claims(ctx: _Ctx, entries: list[Entry], intervals: dict[str, Interval | None],
                     checks: dict[str, Check], first: dict[str, Check],
                     blamed: Mapping[str, str], views: _Views,
                     positions: Mapping[str, QuotePosition], counts: dict[str, str]
                     ) -> tuple[list[Finding], tuple[ClaimResult, ...]]:
    """Return the findings of the claims' verdicts and every claim's result (sorted by
    id), in one pass over the claims in the corpus's order.

    The findings are XCK003 (stronger than the source it cites), XCK004 (weaker than it
    or than the references), XCK005 (a single-source quantity: a claim left with nothing
    to compare once the blamed claims are set aside gets the verdict but not the
    finding, the blamed claims having findings of their own), then XCK006 for each claim
    that repeats a cited figure the problem blames.  `blamed` gives each blamed claim
    the suspect it is or repeats (`set_aside`: the repetitions stay those of the first
    verdicts, so they are those of `checks`).

    `entries` are in the claims' order (`_entries`): walked beside the claims, each gives
    its claim's variable and interval, so that only the claims without an interval are
    looked up in `intervals`.  A claim's location is asked for once, for its findings and
    its result alike; its own view is made from the claim at hand; a finding is made
    directly (`rules.finding` would look its rule up each time), and only of a rule the
    run reports (`policy.is_selected`; policy itself decides everything else).
    """
    verdicts: list[Finding] = []
    repeats: list[Finding] = []
    out: list[ClaimResult] = []
    append = out.append
    quantities = ctx.quantities
    # (a finding of a rule this run does not report is never made: policy would drop it)
    rules = {code: (RULES[code].name, RULES[code].severity)
             for code in ("XCK003", "XCK004", "XCK005", "XCK006")
             if policy.is_selected(code, ctx.config)}
    repeating = bool(blamed) and "XCK006" in rules
    stronger, weaker, alone = Verdict.STRONGER, Verdict.WEAKER, Verdict.UNCORROBORATED
    no_ids: tuple[str, ...] = ()
    # The locations that findings of earlier stages asked for already (XCK007), then
    # the rest (not kept: nothing asks for them again).
    located, locate = ctx.located.get, ctx.loaded.location
    asked = bool(ctx.located)
    position_of, revised_by, count_of = positions.get, ctx.revised.get, counts.get
    revised = bool(ctx.revised)
    everything = Interval.everything()
    unverified, counted = QuotePosition(verified=False), QuotePosition(verified=True)
    unchecked = Check(Verdict.UNCORROBORATED, (), None, "none")  # a claim with no interval
    # quantity id -> (whole numbers, its as_of); (quantity, as_of) -> variable
    shared: dict[str, tuple[bool, str | None]] = {}
    names: dict[tuple[str, str | None], str] = {}
    own = views.of
    walk = iter(entries)
    entry = next(walk, None)
    for claim in ctx.loaded.corpus.claims:
        cid = claim.id or ""
        qid, as_of = claim.quantity, claim.as_of
        known = shared.get(qid)
        if known is None:
            qty = quantities[qid]
            known = shared[qid] = (qty.is_integer, qty.as_of)
        where: Any = located(cid, _UNASKED) if asked else _UNASKED
        if where is _UNASKED:
            where = locate(cid)
        if entry is not None and entry.id == cid:
            variable, iv, chk = entry.variable, entry.interval, checks[cid]
            entry = next(walk, None)
            if repeating and chk.repeats is not None:
                root = blamed.get(cid)
                if root is not None:
                    name, severity = rules["XCK006"]
                    repeats.append(Finding(
                        "XCK006", name, severity,
                        explain_repeat(own(claim, iv), views[root], chk,
                                       [views[a] for a in chk.against if a != root]),
                        (cid,), chk.against, no_ids, (variable,), no_ids, where, ""))
            verdict = chk.verdict  # (compared by identity: an enum's hash is a Python call)
            code = None
            if verdict is stronger:
                if chk.basis == "cited":
                    code = "XCK003"
            elif verdict is weaker:
                if chk.basis == "cited" or chk.basis == "references":
                    code = "XCK004"
            elif verdict is alone and first[cid].basis == "none":
                code = "XCK005"
            if code is not None and code in rules:
                name, severity = rules[code]
                verdicts.append(Finding(
                    code, name, severity,
                    explain_verdict(own(claim, iv), chk, [views[a] for a in chk.against]),
                    (cid,), chk.against, no_ids, (variable,), no_ids, where, ""))
        else:  # no interval: not in the cross-check
            at = (qid, as_of)
            named = names.get(at)
            if named is None:
                named = names[at] = _variable(claim, quantities[qid])
            variable = named
            got = intervals.get(cid)
            iv = everything if got is None else got
            chk = checks.get(cid, unchecked)
        pos = position_of(cid)
        if pos is None:
            pos = counted if claim.count is not None else unverified
        # positional, in the order of `ClaimResult`'s fields (a third faster than keywords)
        append(ClaimResult(
            cid, claim.source, qid, variable, claim.says, claim.quote, iv, known[0],
            chk.verdict, chk.against, chk.against_interval, pos,
            count_of(cid), as_of or known[1], claim.note,
            where, chk.repeats, claim.revises, revised_by(cid) if revised else None,
            "value" if claim.value is not None else None))
    ctx.located.clear()
    verdicts += repeats
    out.sort(key=_result_id)
    return verdicts, tuple(out)


_result_id = attrgetter("id")


def _quantity_results(ctx: _Ctx, entries: list[Entry], implied: dict[str, Interval],
                      unsolved: set[str]) -> tuple[QuantityResult, ...]:
    by_var: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        by_var[e.variable].append(e.id)
    out = []
    # every quantity at its default date (its own `as_of`), and every variable of a claim
    defaults = {f"{q.id}@{q.as_of}" if q.as_of else q.id for q in ctx.quantities.values()}
    variables = set(by_var) | set(implied) | defaults
    for var in sorted(variables):
        qid, _, as_of = var.partition("@")
        qty = ctx.quantities[qid]
        claims = by_var.get(var)
        out.append(QuantityResult(
            var, qid, qty.label, qty.unit, qty.is_integer, as_of or qty.as_of,
            tuple(sorted(claims)) if claims else (), implied.get(var), var not in unsolved))
    return tuple(out)


def _fingerprint(loaded: LoadedCorpus, sources: tuple[SourceResult, ...]) -> str:
    h = hashlib.sha256()
    for name in sorted(loaded.file_hashes):
        h.update(f"{name}\0{loaded.file_hashes[name]}\n".encode())
    for s in sources:
        h.update(f"{s.id}\0{s.file}\0{s.sha256}\n".encode())
    return h.hexdigest()


def _short(text: str | None, limit: int = 80) -> str:
    """Return `text` quoted for a message, cut to `limit` characters."""
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
