"""The bundled corpus: what a careful reader of these sources finds (issue acceptance)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from checker.findings import AuditResult, Finding
from checker.intervals import Interval
from checker.pipeline import audit

REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims"


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit(CLAIMS)


def _one(result: AuditResult, code: str, claim: str) -> Finding:
    found = [f for f in result.findings if f.code == code and claim in f.claims]
    assert len(found) == 1, [(f.code, f.claims) for f in result.findings]
    return found[0]


def test_every_quote_is_verified(result: AuditResult) -> None:
    quoted = [c for c in result.claims if c.quote is not None]
    assert quoted and all(c.position.verified for c in quoted)
    assert not [f for f in result.findings if f.code.startswith("PRV")]


def test_every_number_of_the_snapshots_is_covered(result: AuditResult) -> None:
    assert not [f.message for f in result.findings if f.code == "COV001"]


def test_report_text_against_its_table(result: AuditResult) -> None:
    sp = _one(result, "XCK001", "carnegie-smart-policing-52")
    assert sp.evidence == ("aigs-smart-policing",)
    assert "fifty-two" in sp.message and "53 rows" in sp.message
    assert "watch-smart-policing-52" in sp.repeated_by
    hw = _one(result, "XCK001", "carnegie-huawei-50")
    assert hw.evidence == ("aigs-huawei",) and "49 rows" in hw.message
    assert set(hw.repeated_by) == {"africa-huawei-50", "watch-huawei-50"}


def test_ibm_in_the_coverage_against_the_table(result: AuditResult) -> None:
    f = _one(result, "XCK002", "kyodo-ibm-11")
    assert f.evidence == ("aigs-ibm",) and "10 rows" in f.message


def test_dropped_hedge_and_looser_figures(result: AuditResult) -> None:
    hedge = _one(result, "XCK003", "seed000-using-75")
    assert hedge.evidence == ("carnegie-75",)
    for cid in ("seed000-chinese-tech-over-60", "kyodo-chinese-tech-over-60",
                "kyodo-chinese-tech-more-than-60"):
        f = _one(result, "XCK004", cid)
        assert f.evidence == ("carnegie-chinese-tech-63",)


def test_regime_totals_implied_by_percentages_and_counts(result: AuditResult) -> None:
    implied = {q.id: q.implied for q in result.quantities}
    totals = {"ld-total": 39, "ed-total": 61, "ea-total": 49, "ca-total": 27}
    for qid, n in totals.items():
        assert implied[qid] == Interval.point(n), qid
        assert [f for f in result.findings if f.code == "REL002" and f.quantities == (qid,)]
    assert sum(totals.values()) == 176
    assert implied["countries-surveyed"] == Interval.point(176)


def test_no_error_on_a_claim_that_agrees_with_its_source(result: AuditResult) -> None:
    agreeing = {c.id for c in result.claims if c.verdict.value == "agrees"}
    blamed = {cid for f in result.findings if f.severity.value == "error" for cid in f.claims}
    assert agreeing and not agreeing & blamed


def test_every_table_figure_matches_a_recount(result: AuditResult) -> None:
    import csv

    with (CLAIMS / "data" / "aigs-index-2019.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_id = {c.id: c for c in result.claims}
    assert by_id["aigs-smart-policing"].interval == Interval.point(
        sum(r["smart_policing"] == "1" for r in rows))
    assert by_id["aigs-huawei"].interval == Interval.point(
        sum("Huawei" in [x.strip() for x in r["key_companies"].replace(";", ",").split(",")]
            for r in rows))
    assert by_id["aigs-using"].interval == Interval.point(len(rows))


def test_every_relation_has_a_why() -> None:
    for path in sorted(CLAIMS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for rel in data.get("relations", []):
            assert rel.get("why"), (path.name, rel)


def test_percentages_keep_their_rounding(result: AuditResult) -> None:
    by_id = {c.id: c for c in result.claims}
    assert by_id["carnegie-pct-ld-51"].interval == Interval(Fraction(101, 2), Fraction(103, 2),
                                                            False, True)
