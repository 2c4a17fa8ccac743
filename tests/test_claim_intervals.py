"""`_pipeline_claims.claim_intervals`: the readings it shares between claims equal each claim's own.

A claim's words are read once per domain, and most claims take their interval from what
an earlier claim of the same quantity (or of another quantity on the same domain) read.
The oracle reads every claim alone: a corpus of that one claim.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from checker._pipeline_claims import Ctx, claim_intervals
from checker.config import Config
from checker.errors import CheckerError
from checker.loader import LoadedCorpus, load_corpus

QUANTITIES = """\
quantities:
  - {id: people, label: People, unit: people}
  - {id: others, label: Other people, unit: people}
  - {id: share, label: Share, unit: percent}
  - {id: mass, label: Mass, unit: kg, continuous: true}
  - {id: change, label: Change, unit: people, signed: true}
"""
# (quantity, says, rounding): the same words on one quantity, on another quantity of the
# same domain and on other domains; words of another unit (XCK007) and words a quantity
# refuses (negative on an unsigned one) more than once each; a rounding of the claim's own.
CLAIMS = [
    ("people", "51", None), ("people", "51", None), ("others", "51", None),
    ("people", "about 51", None), ("others", "about 51", None), ("share", "51", None),
    ("share", "51 percent", None), ("share", "51 percent", "either"),
    ("share", "51 percent", None), ("mass", "51", None), ("mass", "51", "either"),
    ("mass", "51", None), ("people", "51 percent", None), ("people", "51 percent", None),
    ("people", "-5", None), ("others", "-5", None), ("people", "-5", None),
    ("people", "0.5", None), ("others", "0.5", None), ("people", "0.5", None),
    ("change", "-5", None), ("change", "-5", None), ("mass", "2.5", "either"),
    ("mass", "2.5", "either"), ("people", "more than 60", None), ("others", "more than 60", None),
    ("people", "nearly 32", None), ("others", "nearly 32", None), ("change", "nearly 32", None),
    ("people", "about 1,500", None), ("change", "fewer than 7", None),
    ("change", "fewer than 7", None),
]


def _loaded(tmp_path: Path, claims: list[tuple[str, str, str | None]]) -> LoadedCorpus:
    lines = ["sources:", "  - {id: a, title: A, kind: news}", QUANTITIES.rstrip(), "claims:"]
    for i, (qty, says, rounding) in enumerate(claims):
        extra = f", rounding: {rounding}" if rounding else ""
        lines.append(f"  - {{id: c{i:02d}, source: a, quantity: {qty}, quote: {says!r}, "
                     f"says: {says!r}{extra}}}")
    (tmp_path / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(tmp_path)


def _run(loaded: LoadedCorpus) -> tuple[dict[str, object], list[str], list[str]]:
    corpus = loaded.corpus
    ctx = Ctx(loaded, Config(), {s.id: s for s in corpus.sources},
               {q.id: q for q in corpus.quantities})
    errors: list[CheckerError] = []
    intervals, _, mismatches = claim_intervals(ctx, {}, errors)
    return (dict(intervals), [f"{e.field}: {e}" for e in errors],
            [f.message for f in mismatches])


def test_shared_readings_equal_each_claim_read_alone(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, CLAIMS)
    got_intervals, got_errors, got_mismatches = _run(loaded)
    want_intervals: dict[str, object] = {}
    want_errors: list[str] = []
    want_mismatches: list[str] = []
    for claim in loaded.corpus.claims:
        alone = dataclasses.replace(
            loaded, corpus=loaded.corpus.model_copy(update={"claims": (claim,)}))
        intervals, errors, mismatches = _run(alone)
        want_intervals.update(intervals)
        want_errors += errors
        want_mismatches += mismatches
    assert list(got_intervals) == list(want_intervals)  # in the claims' order
    assert got_intervals == want_intervals
    assert got_errors == want_errors and got_mismatches == want_mismatches
    # every repeated refusal and unit mismatch is reported for each of its claims
    assert len(got_errors) == 6 and len(got_mismatches) == 2
    assert got_intervals["c01"] is got_intervals["c00"] is got_intervals["c02"]
    assert got_intervals["c07"] != got_intervals["c06"]  # its own rounding: another domain
