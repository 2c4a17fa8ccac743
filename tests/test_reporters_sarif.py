"""The SARIF 2.1.0 report: schema validity, rules, locations, fingerprints, baseline states.

Two schemas, both offline: ``tests/schemas/sarif-schema-2.1.0.json`` is the published OASIS
schema in full (Errata 01, copied from the oasis-tcs/sarif-spec repository,
``sarif-2.1/schema/sarif-schema-2.1.0.json``; its ``id`` names the OASIS original), and
``tests/schemas/sarif-2.1.0-subset.json`` a hand-restated strict subset of it (its
``$comment`` says how it was made) that also rejects keys we never mean to write.  GitHub
code scanning's ingestion rules (limits and the rule metadata it displays) are checked
by `check_github_rules`.
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
from checker.reporters.sarif import MAX_RESULTS, SarifReporter
from checker.rules import RULES

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-subset.json")
                    .read_text(encoding="utf-8"))


OFFICIAL = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json")
                      .read_text(encoding="utf-8"))


def _log(result: AuditResult, notes: bool = False) -> dict[str, Any]:
    return json.loads(render_to_string(SarifReporter(notes=notes), result))


GITHUB_LIMITS = {"runs": 20, "results": 25_000, "rules": 25_000, "locations": 1_000,
                 "tags": 20, "extensions": 100}
"""GitHub code scanning's hard limits on one SARIF file (docs.github.com, "SARIF results
exceed hard limit"): a file over any of them is rejected."""


def check_github_rules(log: dict[str, Any]) -> list[str]:
    """Return every way `log` breaks GitHub code scanning's ingestion rules."""
    problems = []
    runs = log["runs"]
    if len(runs) > GITHUB_LIMITS["runs"]:
        problems.append(f"{len(runs)} runs")
    for run in runs:
        driver = run["tool"]["driver"]
        for key in ("name", "version", "informationUri", "rules"):
            if not driver.get(key):
                problems.append(f"driver without {key}")
        if len(driver["rules"]) > GITHUB_LIMITS["rules"]:
            problems.append("too many rules")
        if len(run["tool"].get("extensions", [])) > GITHUB_LIMITS["extensions"]:
            problems.append("too many extensions")
        for rule in driver["rules"]:
            for key in ("shortDescription", "fullDescription"):
                if not rule.get(key, {}).get("text"):
                    problems.append(f"{rule['id']} without {key}")
            if not (rule.get("help", {}).get("text") and rule["help"].get("markdown")):
                problems.append(f"{rule['id']} without help text and markdown")
            if not rule.get("helpUri", "").startswith("https://"):
                problems.append(f"{rule['id']} without helpUri")
            if len(rule.get("properties", {}).get("tags", [])) > GITHUB_LIMITS["tags"]:
                problems.append(f"{rule['id']} has too many tags")
        results = run.get("results", [])
        if len(results) > GITHUB_LIMITS["results"]:
            problems.append(f"{len(results)} results")
        for r in results:
            n = len(r.get("locations", [])) + len(r.get("relatedLocations", []))
            if n > GITHUB_LIMITS["locations"]:
                problems.append(f"a result with {n} locations")
            if r.get("level") not in ("error", "warning", "note"):
                problems.append(f"level {r.get('level')!r}")
            if "partialFingerprints" not in r:
                problems.append("a result without partialFingerprints")
    return problems


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
    assert "REL002" not in results  # info findings only with notes=True
    with_notes = {r["ruleId"]: r for r in _log(build_result(), notes=True)["runs"][0]["results"]}
    assert with_notes["REL002"]["level"] == "note"
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


@pytest.mark.parametrize("notes", [False, True], ids=["default", "notes"])
@pytest.mark.parametrize("make", [build_result, hostile_result], ids=["fixture", "hostile"])
def test_sarif_validates_against_the_full_published_schema(make: Any, notes: bool) -> None:
    """The log validates against the whole OASIS SARIF 2.1.0 schema (draft 4)."""
    jsonschema.Draft4Validator.check_schema(OFFICIAL)
    validator = jsonschema.Draft4Validator(
        OFFICIAL, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(_log(make(), notes)), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_full_schema_is_the_published_one_and_catches_errors() -> None:
    """The copy is the OASIS errata 01 schema, and it rejects a wrong level."""
    assert OFFICIAL["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert len(OFFICIAL["definitions"]) >= 50
    log = _log(build_result())
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(jsonschema.Draft4Validator(OFFICIAL).iter_errors(log))


@pytest.mark.parametrize("notes", [False, True], ids=["default", "notes"])
def test_sarif_meets_github_code_scanning_rules(notes: bool) -> None:
    """Rules carry descriptions and help, the driver its version; limits are kept."""
    log = _log(build_result(), notes)
    assert check_github_rules(log) == []
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["version"] and driver["informationUri"].startswith("https://")
    for rule in driver["rules"]:
        code = rule["id"]
        assert rule["fullDescription"]["text"] == RULES[code].description
        assert RULES[code].fix in rule["help"]["text"]
        assert rule["help"]["markdown"].startswith(f"**{code} {RULES[code].name}**")
        assert f"]({RULES[code].help_uri})" in rule["help"]["markdown"]


def test_every_rule_has_its_long_help() -> None:
    """Every catalogue code has a description and a fix (SARIF fails loudly otherwise)."""
    from checker.rules import HELP

    assert set(HELP) == set(RULES)
    for code, (description, fix) in HELP.items():
        assert description.endswith(".") and fix.endswith("."), code


def test_sarif_keeps_errors_and_warnings_and_says_what_it_left_out() -> None:
    """By default info findings are not results; the run's properties count them."""
    result = build_result()
    levels = {f.severity.value for f in result.findings}
    assert "info" in levels
    run = _log(result)["runs"][0]
    assert {r["level"] for r in run["results"]} <= {"error", "warning"}
    infos = sum(1 for f in result.findings if f.severity.value == "info")
    assert run["properties"]["levels"] == ["error", "warning"]
    assert run["properties"]["omitted"] == {"error": 0, "warning": 0, "note": infos}
    assert f"{infos} info finding" in run["properties"]["omittedText"]
    assert "--sarif-notes" in SarifReporter().omitted(result)
    full = _log(result, notes=True)["runs"][0]
    assert len(full["results"]) == len(result.findings)
    assert full["properties"]["omitted"] == {"error": 0, "warning": 0, "note": 0}
    assert full["properties"]["omittedText"] == "" and SarifReporter(True).omitted(result) == ""


def test_sarif_stays_under_githubs_result_limit_worst_first() -> None:
    """Past 25,000 results the least severe are cut, and the cut is stated."""
    base = build_result()
    error = next(f for f in base.findings if f.severity.value == "error")
    warning = next(f for f in base.findings if f.severity.value == "warning")
    many = tuple(dataclasses.replace(warning, subject=f"w{i}") for i in range(MAX_RESULTS))
    many += tuple(dataclasses.replace(error, subject=f"e{i}") for i in range(10))
    result = dataclasses.replace(base, findings=many)
    run = _log(result)["runs"][0]
    assert len(run["results"]) == MAX_RESULTS
    assert sum(1 for r in run["results"] if r["level"] == "error") == 10
    assert run["properties"]["omitted"] == {"error": 0, "warning": 10, "note": 0}
    assert "25,000" in run["properties"]["omittedText"]
    assert check_github_rules({"runs": [run]}) == []


@pytest.mark.parametrize("notes", [False, True])
def test_counted_cut_matches_the_written_log(notes: bool) -> None:
    """The console's count (without rendering) equals the run's omitted property."""
    from checker.reporters.sarif import cut_counts

    base = build_result()
    warning = next(f for f in base.findings if f.severity.value == "warning")
    for result in (base, dataclasses.replace(base, findings=base.findings + tuple(
            dataclasses.replace(warning, subject=f"w{i}") for i in range(MAX_RESULTS)))):
        assert cut_counts(result, notes) == _log(result, notes)["runs"][0]["properties"][
            "omitted"]
