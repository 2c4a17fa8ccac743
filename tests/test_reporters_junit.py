"""The JUnit XML report: one test case per claim, failures for error findings (layer 4)."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from test_reporters_fixture import HOSTILE, build_result, hostile_result

from checker.findings import AuditResult
from checker.reporters import REPORTERS, render_to_string


def _suite(result: AuditResult) -> ET.Element:
    text = render_to_string(REPORTERS["junit"], result)
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n') and text.endswith("\n")
    return ET.fromstring(text.encode("utf-8"))


def test_junit_one_case_per_claim_and_counts() -> None:
    """One case per claim (plus one per claimless finding); counts agree with the cases."""
    suite = _suite(build_result())
    assert suite.tag == "testsuite" and suite.get("name") == "claimcheck"
    cases = suite.findall("testcase")
    claims = [c for c in cases if c.get("classname") != "claimcheck.findings"]
    assert sorted(c.get("name") for c in claims) == sorted(c.id for c in build_result().claims)
    assert int(suite.get("tests", "-1")) == len(cases) == 7
    failed = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("failures", "-1")) == len(failed) == 2
    assert suite.get("errors") == "0" and suite.get("skipped") == "0"


def test_junit_error_findings_fail_the_claims_they_name() -> None:
    """An error finding that names a claim is that case's <failure type=CODE>."""
    cases = {c.get("name"): c for c in _suite(build_result()).findall("testcase")}
    failure = cases["carnegie-smart-policing"].find("failure")
    assert failure is not None and failure.get("type") == "XCK001"
    assert "52 ≠ 53" in (failure.get("message") or "")
    assert cases["carnegie-smart-policing"].get("classname") == "carnegie-2019"
    # Evidence is not blamed: the table claim passes.
    assert cases["aigs-smart-policing"].find("failure") is None


def test_junit_warnings_info_and_accepted_go_to_system_out() -> None:
    """Warnings, info and accepted findings are system-out lines, never failures."""
    cases = {c.get("name"): c for c in _suite(build_result()).findall("testcase")}
    case = cases["kyodo-smart-policing"]
    assert case.find("failure") is None
    out = case.find("system-out")
    assert out is not None and "PRV005" in (out.text or "") and "accepted" in (out.text or "")
    loose = [c for c in cases.values() if c.get("classname") == "claimcheck.findings"]
    assert sorted((c.get("name") or "").split()[0] for c in loose) == ["COV001", "REL002"]


def test_junit_accepted_error_does_not_fail() -> None:
    """An error finding accepted by the baseline is not a failure."""
    base = build_result()
    result = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, accepted=True) if f.code == "XCK001" else f
        for f in base.findings))
    assert _suite(result).get("failures") == "1"


def test_junit_escapes_markup_and_drops_invalid_characters() -> None:
    """Hostile text round-trips as text; characters XML 1.0 forbids are dropped."""
    base = hostile_result()
    result = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, message=f.message + " bell\x07 esc\x1b[31m") for f in
        base.findings))
    suite = _suite(result)
    failure = suite.find("testcase/failure")
    assert failure is not None
    assert HOSTILE in (failure.get("message") or "")
    assert "\x07" not in (failure.text or "") and "\x1b" not in (failure.text or "")
    assert suite.find(".//script") is None and suite.find(".//img") is None


def test_junit_file_paths_match_sarif() -> None:
    """`file` is the claim file as SARIF names it: the corpus folder joined with it."""
    import json

    result = build_result()
    files = {c.get("file") for c in _suite(result).findall("testcase") if c.get("file")}
    sarif = json.loads(render_to_string(REPORTERS["sarif"], result))
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"] for loc in r["locations"]}
    assert uris <= files and "claims/claims-report.yaml" in files
    absolute = _suite(dataclasses.replace(result, root="/abs/corpus"))
    assert {c.get("file") for c in absolute.findall("testcase") if c.get("file")} == {
        f.removeprefix("claims/") for f in files}
