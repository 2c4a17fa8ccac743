"""The lead of the HTML page: discrepancies as sentences, housekeeping after them."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st
from test_reporters_fixture import build_result

from checker.findings import Location, Severity
from checker.reporters._common import sorted_findings
from checker.reporters._htmlmodel import Limits
from checker.reporters._htmlpage import build_page
from checker.reporters._lead import Sentences, is_housekeeping, lead_order
from checker.rules import HOUSEKEEPING, RULES, finding
from tests.conftest import corpus_result


def test_bundled_corpus_lead_reads_as_sentences_with_the_source_of_truth() -> None:
    page = build_page(corpus_result())
    assert [lv.sentence for lv in page.lead] == [
        "Countries to which IBM supplies AI surveillance technology: The Japan Times "
        "(kyodo-2019) says “11”; the table of the report it cites counts 10.",
        "Countries using smart policing: the report says “fifty-two”; its own table "
        "counts 53.",
        "Countries to which Huawei supplies AI surveillance technology: the report says "
        "“at least fifty”; its own table counts 49.",
        "Countries actively using AI surveillance technology: the news story seed-000 says "
        "“75”, dropping the hedge of the report it cites, which says “At least "
        "seventy-five”.",
        "Countries to which Huawei supplies AI surveillance technology: the news story "
        "news-africa-2019 says “at least 50”, repeating the report it cites (“at least "
        "fifty”), a figure contradicted by the table of the report it cites, which counts 49.",
        "Countries using smart policing: the news story news-watch-citizens-2019 says “52”, "
        "repeating the report it cites (“fifty-two”), a figure contradicted by the table of "
        "the report it cites, which counts 53.",
        "Countries to which Huawei supplies AI surveillance technology: the news story "
        "news-watch-citizens-2019 says “at least 50”, repeating the report it cites (“at "
        "least fifty”), a figure contradicted by the table of the report it cites, which "
        "counts 49.",
    ]
    assert [lv.severity for lv in page.lead] == ["error", "error", "error", "warning",
                                                 "warning", "warning", "warning"]
    assert [lv.finding.code for lv in page.lead][-3:] == ["XCK006"] * 3
    assert page.heading == "AI surveillance in 75 countries: checking the figures"
    assert page.canonical == "https://claimcheck.github.io/claimcheck/"


def test_housekeeping_never_crowds_out_a_discrepancy() -> None:
    """Twenty unclaimed numbers sorted before the one error still leave it in the lead."""
    base = build_result()
    unclaimed = tuple(finding("COV001", f'sources/a.txt:{i}: "{i}" is not claimed',
                              location=Location("a.txt", i), subject=f"a|{i}")
                      for i in range(1, 21))
    error = next(f for f in base.findings if f.code == "XCK001")
    late = dataclasses.replace(error, location=Location("zzz.yaml", 99))
    result = dataclasses.replace(base, findings=(*unclaimed, late))
    page = build_page(result, Limits(headline=3))
    assert [lv.finding.code for lv in page.lead] == ["XCK001"]
    assert page.lead_more == 0
    assert page.housekeeping == ("Also listed under Findings: 20 numbers in the snapshots "
                                 "no claim covers.")
    discrepancies, chores = lead_order(result.findings)
    assert [f.code for f in discrepancies] == ["XCK001"] and len(chores) == 20


def test_lead_is_in_severity_order_with_accepted_last() -> None:
    result = build_result()
    discrepancies, _ = lead_order(result.findings)
    ranks = [(f.severity.rank, not f.accepted) for f in discrepancies]
    assert ranks == sorted(ranks, reverse=True)
    assert all(not is_housekeeping(f) for f in discrepancies)


def test_housekeeping_codes_are_catalogue_codes() -> None:
    assert HOUSEKEEPING <= set(RULES)
    assert Sentences(build_result()).housekeeping([]) == ""


def test_a_relation_finding_names_the_relation_in_plain_words() -> None:
    result = build_result()
    rel = next(f for f in result.findings if f.code == "REL001")
    sentence = Sentences(result).sentence(rel)
    assert sentence.startswith("Countries actively using AI surveillance: ")
    assert "cannot hold together with" in sentence
    assert sentence.endswith("Smart policing is one of the techniques counted.")


@given(st.lists(st.tuples(st.sampled_from(["error", "warning", "info"]),
                          st.sampled_from(["XCK002", "COV001", "XCK005", "REL001"]),
                          st.booleans(), st.integers(1, 4)), max_size=12))
def test_lead_order_from_groups_is_that_of_every_finding(
        made: list[tuple[str, str, bool, int]]) -> None:
    # The page passes its findings grouped by severity: the same order either way.
    findings = tuple(dataclasses.replace(finding(code, f"m{line}",
                                                 location=Location("f.json", line)),
                                         severity=Severity(sev), accepted=accepted)
                     for sev, code, accepted, line in made)
    groups = {s: [f for f in sorted_findings(findings) if f.severity is s] for s in Severity}
    assert lead_order(findings, groups) == lead_order(findings)
