"""The SARIF 2.1.0 report: schema validity, rules, locations, fingerprints, baseline states.

The schema is ``tests/schemas/sarif-2.1.0-subset.json``, a hand-restated subset of the
official OASIS schema (its ``$comment`` says how it was made); tests run without network.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from test_reporters_fixture import build_result, hostile_result

from checker.findings import AuditResult, Location
from checker.reporters import REPORTERS, render_to_string
from checker.rules import RULES

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-subset.json")
                    .read_text(encoding="utf-8"))


def _log(result: AuditResult) -> dict[str, Any]:
    return json.loads(render_to_string(REPORTERS["sarif"], result))


@pytest.mark.parametrize("make", [build_result, hostile_result], ids=["fixture", "hostile"])
def test_sarif_validates_against_schema(make: Any) -> None:
    """The log validates against the SARIF 2.1.0 subset schema (with format checks)."""
    validator = jsonschema.Draft7Validator(
        SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(_log(make())), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_sarif_schema_rejects_invented_keys() -> None:
    """The subset schema is strict: a misspelled key fails, so the test can catch typos."""
    log = _log(build_result())
    log["runs"][0]["results"][0]["partialFingerprint"] = {}
    assert list(jsonschema.Draft7Validator(SCHEMA).iter_errors(log))


def test_sarif_lists_every_catalogue_rule() -> None:
    """tool.driver lists every rule of the catalogue with name, description, help, level."""
    driver = _log(build_result())["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(RULES)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for code, rule in RULES.items():
        entry = rules[code]
        assert entry["name"] == rule.name
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["helpUri"] == rule.help_uri
        assert entry["defaultConfiguration"]["level"] == levels[rule.severity.value]


def test_sarif_results_are_located_on_claim_lines() -> None:
    """Each result points at its claim file line, relative to the repo under %SRCROOT%."""
    log = _log(build_result())
    run = log["runs"][0]
    results = {r["ruleId"]: r for r in run["results"]}
    loc = results["XCK001"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "claims/claims-report.yaml",
                                       "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 12}
    assert results["XCK001"]["level"] == "error"
    assert results["REL002"]["level"] == "note"
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_sarif_evidence_becomes_related_locations() -> None:
    """Evidence and repeating claims are relatedLocations on their own claim lines."""
    result = next(r for r in _log(build_result())["runs"][0]["results"]
                  if r["ruleId"] == "XCK001")
    related = result["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == [
        "claims/claims-table.yaml", "claims/claims-news.yaml"]
    assert "evidence: claim aigs-smart-policing" in related[0]["message"]["text"]
    assert related[1]["message"]["text"].startswith("repeated by: claim kyodo-smart-policing")
    assert [r["id"] for r in related] == [1, 2]


def test_sarif_fingerprints_ignore_line_numbers() -> None:
    """partialFingerprints stay the same when claims move to other lines."""
    base = build_result()
    moved = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, location=Location(f.location.file, f.location.line + 40))
        if f.location else f for f in base.findings))
    prints = [[r["partialFingerprints"]["claimcheck/v1"] for r in _log(x)["runs"][0]["results"]]
              for x in (base, moved)]
    assert prints[0] == prints[1]
    assert len(set(prints[0])) == len(prints[0])


def test_sarif_baseline_states_and_suppressions() -> None:
    """With a baseline, accepted findings are suppressed and unchanged, the rest new."""
    results = _log(build_result())["runs"][0]["results"]
    accepted = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in accepted] == ["PRV005"]
    assert accepted[0]["suppressions"][0]["kind"] == "external"
    assert accepted[0]["suppressions"][0]["justification"]
    assert accepted[0]["baselineState"] == "unchanged"
    assert {r["baselineState"] for r in results if r is not accepted[0]} == {"new"}


def test_sarif_without_baseline_has_no_baseline_state() -> None:
    """Without a baseline no result carries baselineState or suppressions."""
    base = build_result(baseline=None, fixed=())
    plain = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, accepted=False) for f in base.findings))
    for r in _log(plain)["runs"][0]["results"]:
        assert "baselineState" not in r and "suppressions" not in r


@pytest.mark.parametrize(("root", "uri", "base"), [
    ("claims/", "claims/claims-report.yaml", "%SRCROOT%"),
    (".", "claims-report.yaml", "%SRCROOT%"),
    ("./data/my claims", "data/my%20claims/claims-report.yaml", "%SRCROOT%"),
    ("/abs/path/claims", "claims-report.yaml", "CORPUSROOT"),
    ("../elsewhere", "claims-report.yaml", "CORPUSROOT"),
])
def test_sarif_uris_are_relative(root: str, uri: str, base: str) -> None:
    """No absolute path is written: absolute or escaping roots fall back to CORPUSROOT."""
    result = next(r for r in _log(build_result(root=root))["runs"][0]["results"]
                  if r["ruleId"] == "XCK001")
    art = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": uri, "uriBaseId": base}
    assert "/abs/path" not in render_to_string(REPORTERS["sarif"], build_result(root=root))
