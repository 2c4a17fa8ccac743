"""The assembly helpers of `checker.pipeline`: claim views built lazily equal eager ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.explain import ClaimView
from checker.intervals import Interval
from checker.loader import load_corpus
from checker.pipeline import _Ctx, _views

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def test_views_are_built_on_demand_and_equal_eager_views() -> None:
    loaded = load_corpus(CLAIMS)
    corpus = loaded.corpus
    sources = {s.id: s for s in corpus.sources}
    quantities = {q.id: q for q in corpus.quantities}
    ctx = _Ctx(loaded, Config(), sources, quantities)
    ids = [c.id or "" for c in corpus.claims]
    intervals: dict[str, Interval | None] = {cid: Interval.point(i) for i, cid in enumerate(ids)}
    intervals[ids[0]] = None  # a claim without an interval still has a view
    counts = {ids[1]: "every row"}
    views = _views(ctx, intervals, counts)
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
    """`_entries` equals `_entry` of each claim, with claims attributed elsewhere, dated
    claims and claims without an interval among them."""
    import dataclasses

    from checker.pipeline import _entries, _entry

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
    ctx = _Ctx(loaded, Config(), sources, quantities,
               {c.revises: c.id or "" for c in claims if c.revises})
    ids = [c.id or "" for c in claims]
    intervals: dict[str, Interval | None] = {cid: Interval.point(i) for i, cid in enumerate(ids)}
    intervals[ids[2]] = None
    got = _entries(ctx, intervals)
    want = [_entry(ctx, c, intervals[c.id or ""]) for c in claims
            if intervals[c.id or ""] is not None]
    assert got == want and len(got) == len(ids) - 1
    by_source: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
    for e in got:  # one set of cites per source (and attribution), not one per claim
        assert by_source.setdefault((e.source, e.cites), e.cites) is e.cites
