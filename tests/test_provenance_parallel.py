"""Provenance on two cores (`checker.provenance`, with a worker from `start_worker`).

A forked child checks the quotes of about half of the sources and sends back, for each
run of claims, whether it is clean and the places of its quotes; the parent checks the
other runs, and again every run the child did not find clean.  The findings, the
positions (in their order) and the sections must be exactly those of the one-process run,
whatever the child does: answer, fail, or never start.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import _parallel, _snapshots_text, provenance
from checker._parallel import Worker, start_worker
from checker.findings import Location, QuotePosition
from checker.mentions import qualifier_beside
from checker.models import Claim, Section, Source
from checker.provenance import Packed, Part, ProvenanceResult, check_part, check_provenance
from checker.snapshots import NormalText, SourceText, positions_of
from tests.test_provenance import _corpus

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _locate(item: str, *fields: str) -> Location | None:
    return Location("claims.yaml", len(item) + 7 * len(fields)) if item else None


def _gone(pid: int) -> bool:
    """Return whether process `pid` is gone (and reaped: no zombie is left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _same(got: ProvenanceResult, want: ProvenanceResult) -> None:
    assert got.findings == want.findings
    assert list(got.positions.items()) == list(want.positions.items())
    assert got.sections == want.sections


@contextmanager
def _two_cores(share: float = 0.5) -> Iterator[pytest.MonkeyPatch]:
    """Patches under which the quotes are shared with a worker whatever their number."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(provenance, "PARALLEL_QUOTES", 0)
        patch.setattr(provenance, "CHILD_SHARE", share)
        patch.setattr(_parallel, "can_fork", lambda: True)
        yield patch


def _worker() -> Worker[Part, Packed]:
    worker = start_worker(check_part)
    assert worker.forked
    return worker


_words = st.sampled_from(["the", "rate", "fell", "15", "150", "5", "2015", "-5", "1,500",
                          "2.5", "at least", "over", "seventy-five", "\u201cquoted\u201d"])
_gaps = st.sampled_from([" ", " ", "\n", "  ", "\u2014", "--", "\f", "\u00a0"])


@st.composite
def _large(draw: st.DrawFn) -> tuple[dict[str, Source], list[Claim], dict[str, SourceText]]:
    """Several sources of various sizes, each with a run (or two) of claims: quotes
    found once, twice or not at all, `says` inside or not, sections there or not, and
    snapshots missing."""
    sources: dict[str, Source] = {}
    texts: dict[str, SourceText] = {}
    claims: list[Claim] = []
    raw: dict[str, str] = {}
    for k in range(draw(st.integers(2, 6))):
        sid = f"s{k}"
        pieces = draw(st.lists(st.tuples(_words, _gaps), min_size=1,
                               max_size=draw(st.sampled_from([5, 40, 200]))))
        text = "".join(w + g for w, g in pieces)
        raw[sid] = text
        section = None
        if draw(st.integers(0, 4)) == 0:
            section = Section(**{"from": pieces[0][0], "to": draw(_words)})
        sources[sid] = Source(id=sid, title="t", kind="primary", snapshot=f"{sid}.txt",
                              section=section)
        state = draw(st.sampled_from(["read"] * 5 + ["missing", "no-text"]))
        digest = hashlib.sha256(text.encode()).hexdigest()
        if state == "read":
            texts[sid] = SourceText(digest, NormalText(text), f"{sid}.txt")
        elif state == "missing":
            texts[sid] = SourceText(None, None, f"{sid}.txt")
        else:
            texts[sid] = SourceText(digest, None, f"{sid}.txt")
    order = draw(st.lists(st.sampled_from(sorted(sources)), min_size=1, max_size=12))
    n = 0
    for sid in order:
        text = raw[sid]
        for _ in range(draw(st.integers(1, 6))):
            i = draw(st.integers(0, max(0, len(text) - 1)))
            j = draw(st.integers(i, min(len(text), i + 40)))
            quote = text[i:j].strip() or "the"
            if not draw(st.integers(0, 5)):  # (not in the snapshot)
                quote = draw(_words) + " zz"
            says = quote[draw(st.integers(0, len(quote) - 1)):].strip() or quote
            says = (says.split(" ")[0] or says) if draw(st.booleans()) else says
            claims.append(Claim(id=f"c{n}", source=sid, quantity=f"q{n % 3}",
                                quote=quote, says=says))
            n += 1
    return sources, claims, texts


@given(st.one_of(_large(), _corpus()), st.booleans(), st.sampled_from([0.2, 0.5, 0.9]))
@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_the_parallel_path_agrees_with_the_one_process_path(
        corpus: tuple[dict[str, Source], list[Claim], dict[str, SourceText]],
        qualified: bool, share: float) -> None:
    sources, claims, texts = corpus
    qualifier = qualifier_beside if qualified else None
    want = check_provenance(sources, claims, texts, _locate, qualifier)
    with _two_cores(share):
        worker = _worker()
        pid = worker._pid  # noqa: SLF001
        got = check_provenance(sources, claims, texts, _locate, qualifier, worker)
        worker.cancel()
    assert pid is not None and _gone(pid)
    _same(got, want)


def _sources(n: int, size: int) -> tuple[dict[str, Source], list[Claim], dict[str, SourceText]]:
    """`n` sources of about `size` words, each with a run of quotes found once; the
    claims of source 1 have a quote not there and one found twice."""
    sources: dict[str, Source] = {}
    texts: dict[str, SourceText] = {}
    claims: list[Claim] = []
    for k in range(n):
        sid = f"s{k}"
        words = [f"w{k}x{i}" for i in range(size)]
        text = " ".join(words) + ("\nrepeated words\nrepeated words" if k == 1 else "")
        sources[sid] = Source(id=sid, title="t", kind="primary", snapshot=f"{sid}.txt")
        texts[sid] = SourceText("0" * 64, NormalText(text), f"{sid}.txt")
        for i in range(0, size - 3, 3):
            claims.append(Claim(id=f"c{k}-{i}", source=sid, quantity="q",
                                quote=" ".join(words[i:i + 3]), says=words[i + 1]))
        if k == 1:
            claims.append(Claim(id="absent", source=sid, quantity="q", quote="not there",
                                says="there"))
            claims.append(Claim(id="twice", source=sid, quantity="q", quote="repeated words",
                                says="words"))
    return sources, claims, texts


def test_the_child_checks_about_its_share_and_the_parent_the_rest() -> None:
    sources, claims, texts = _sources(6, 60)
    want = check_provenance(sources, claims, texts, _locate)
    assert {f.code for f in want.findings} == {"PRV001", "PRV005"}
    told: list[int] = []
    real = provenance.positions_of

    def seen(columns: provenance.Columns, size: int) -> list[QuotePosition]:
        told.append(len(columns[0]))  # (the quotes the child placed)
        return real(columns, size)

    with _two_cores() as patch:
        patch.setattr(provenance, "positions_of", seen)
        got = check_provenance(sources, claims, texts, _locate, None, _worker())
    _same(got, want)
    # (about half of the sources, one with findings: its run checked here again)
    assert told and 0 < told[0] < len(claims) // 2


def test_a_child_that_fails_leaves_its_runs_to_this_process() -> None:
    sources, claims, texts = _sources(4, 30)
    want = check_provenance(sources, claims, texts, _locate, qualifier_beside)
    with _two_cores():
        worker: Worker[Part, Packed] = start_worker(_fail)
        pid = worker._pid  # noqa: SLF001
        got = check_provenance(sources, claims, texts, _locate, qualifier_beside, worker)
    assert pid is not None and _gone(pid)
    _same(got, want)


def _fail(part: Part) -> Packed:
    raise RuntimeError("the worker fails")


def _raise_on_zz(quote: str, start: int, end: int) -> str | None:
    """A qualifier that fails on any quote with "zz" (pickled by name for the child)."""
    if "zz" in quote:
        raise ValueError(f"cannot read {quote!r}")
    return None


def test_an_error_fails_the_run_as_the_one_process_run_would() -> None:
    """An error in either half: the audit fails with the first error in the corpus's
    order, and the child is ended."""
    sources, claims, texts = _sources(4, 30)
    first, last = claims[0], claims[-1]
    bad = [dataclasses.replace(c, quote=f"{c.quote} zz", says="zz") if c in (first, last)
           else c for c in claims]
    texts = {sid: SourceText(t.sha256, NormalText(t.text.text + " zz" if t.text else ""),
                             t.shown) for sid, t in texts.items()}
    with pytest.raises(ValueError) as one:
        check_provenance(sources, bad, texts, _locate, _raise_on_zz)
    for share in (0.2, 0.9):  # (the first source's run here, then in the child)
        with _two_cores(share):
            worker = _worker()
            pid = worker._pid  # noqa: SLF001
            with pytest.raises(ValueError) as two:
                check_provenance(sources, bad, texts, _locate, _raise_on_zz, worker)
        assert str(two.value) == str(one.value)
        assert pid is not None and _gone(pid)


def test_below_the_threshold_the_worker_is_ended_unused() -> None:
    sources, claims, texts = _sources(3, 12)
    want = check_provenance(sources, claims, texts, _locate)
    with _two_cores() as patch:
        patch.setattr(provenance, "PARALLEL_QUOTES", len(claims) + 1)
        worker = _worker()
        pid = worker._pid  # noqa: SLF001
        got = check_provenance(sources, claims, texts, _locate, None, worker)
        assert not worker.forked and pid is not None and _gone(pid)
    _same(got, want)


def test_positions_of_makes_the_places_place_quotes_makes() -> None:
    doc = NormalText("a b\u2014c 15 d\n" * 40)
    quotes = ["b-c 15", "15 d", "a b-c"]
    placed, repeated = doc.place_quotes(quotes, [4, 0, 2], [2, 2, 3], 0, 10)
    assert not repeated and all(p is not None for p in placed)
    columns: provenance.Columns = ([], [], [], [], [], [])
    for p in placed:
        assert p is not None
        for column, value in zip(columns, (p.start, p.end, p.line, p.says_start, p.says_end,
                                           p.page), strict=True):
            column.append(value)  # type: ignore[arg-type]
    made = positions_of(columns, len(doc.text))
    assert made == placed
    table = _snapshots_text._OFFSETS  # noqa: SLF001
    assert all(table[p.start] is p.start and table[p.line] is p.line  # type: ignore[index]
               for p in made)


def test_the_audit_forks_the_provenance_worker_before_loading(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """From `EARLY_WORKER_BYTES` of claim files the worker is forked before the corpus is
    loaded and checks its share of the quotes: the result is the one-process run's."""
    import checker.pipeline
    from checker.config import Config
    from checker.pipeline import audit

    config = Config(corpus=str(CLAIMS))
    want = audit(CLAIMS, config)
    loaded: list[bool] = []
    real_load = checker.pipeline.load_corpus

    def load(*args: object, **kwargs: object) -> object:
        loaded.append(True)
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    forked: list[int] = []
    real_start = _parallel.start_worker
    checked = tmp_path / "checked-by"

    def start(fn: Callable[[Any], Any]) -> Worker[Any, Any]:
        assert not loaded, "the worker is forked before the corpus is loaded"
        if fn is not check_part:  # (coverage's)
            return real_start(fn)

        def check(part: Part) -> Packed:
            checked.write_text(str(os.getpid()), encoding="utf-8")
            return check_part(part)

        worker = real_start(check)
        forked.append(worker._pid or 0)  # noqa: SLF001
        return worker

    monkeypatch.setattr(checker.pipeline, "load_corpus", load)
    monkeypatch.setattr(_parallel, "start_worker", start)
    monkeypatch.setattr(checker.pipeline, "EARLY_WORKER_BYTES", 1)
    with _two_cores():
        got = audit(CLAIMS, config)
    assert forked and _gone(forked[0])
    assert checked.read_text(encoding="utf-8") == str(forked[0])  # (it checked quotes)
    assert got.findings == want.findings
    assert got.claims == want.claims and got.sources == want.sources


def test_positions_of_takes_the_child_s_arrays_in_a_text_past_the_shared_ints() -> None:
    from array import array

    size = _snapshots_text._OFFSETS_MAX + 10  # noqa: SLF001
    doc = NormalText("x " * (size // 2) + "the rate fell 15 points")
    placed, repeated = doc.place_quotes(["rate fell 15"], [10], [2], 0, len(doc.norm))
    assert not repeated and placed[0] is not None
    p = placed[0]
    columns = (array("q", [p.start]), array("q", [p.end]), array("q", [p.line]),  # type: ignore[list-item]
               array("q", [p.says_start]), array("q", [p.says_end]), [p.page])  # type: ignore[list-item]
    assert positions_of(columns, len(doc.text)) == placed
