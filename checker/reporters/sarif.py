"""The SARIF 2.1.0 report, for code-scanning annotations on claim files (layer 4: output).

One run of tool ``claimcheck`` listing every catalogue rule; one result per finding,
located on the claim's line in its claim file.  Artifact URIs are relative to the
repository (the corpus folder as given joined with the file) under ``%SRCROOT%``; when
the corpus was given as an absolute path, URIs are relative to the corpus under
``CORPUSROOT`` instead, so no absolute path is ever written.  Evidence claims become
``relatedLocations``; ``partialFingerprints["claimcheck/v1"]`` is the finding's
fingerprint, independent of line numbers.  With a baseline, accepted findings carry an
external suppression and every result a ``baselineState``.

Format-version changelog: ``claimcheck/v1`` fingerprints since 0.1.0.
"""

from __future__ import annotations

from typing import Any, TextIO
from urllib.parse import quote

from checker.findings import AuditResult, ClaimResult, Finding, Location, Severity
from checker.reporters._common import (
    baseline_used,
    dumps_indented,
    repo_path,
    sorted_findings,
)
from checker.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SRCROOT = "%SRCROOT%"
CORPUSROOT = "CORPUSROOT"


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "helpUri": rule.help_uri,
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
        }
        for rule in sorted(RULES.values(), key=lambda r: r.code)
    ]


def _physical(root: str, loc: Location) -> dict[str, Any]:
    path, in_repo = repo_path(root, loc.file)
    return {
        "artifactLocation": {
            "uri": quote(path, safe="/"),
            "uriBaseId": SRCROOT if in_repo else CORPUSROOT,
        },
        "region": {"startLine": max(1, loc.line)},
    }


def _location_of(finding: Finding, claims: dict[str, ClaimResult]) -> Location | None:
    if finding.location is not None:
        return finding.location
    for cid in finding.claims:
        claim = claims.get(cid)
        if claim is not None and claim.location is not None:
            return claim.location
    return None


def _related(
    root: str, finding: Finding, claims: dict[str, ClaimResult]
) -> list[dict[str, Any]]:
    related: list[dict[str, Any]] = []
    roles = [("evidence", cid) for cid in finding.evidence]
    roles += [("repeated by", cid) for cid in finding.repeated_by]
    for role, cid in roles:
        claim = claims.get(cid)
        if claim is None or claim.location is None:
            continue
        says = f' says "{claim.says}"' if claim.says else ""
        related.append({
            "id": len(related) + 1,
            "physicalLocation": _physical(root, claim.location),
            "message": {"text": f"{role}: claim {cid} ({claim.source}){says}"},
        })
    return related


def _result(
    root: str, finding: Finding, claims: dict[str, ClaimResult], rule_index: dict[str, int],
    with_baseline: bool,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
    }
    loc = _location_of(finding, claims)
    if loc is not None:
        located: dict[str, Any] = {"physicalLocation": _physical(root, loc)}
        if finding.claims:
            located["logicalLocations"] = [
                {"name": cid, "kind": "object"} for cid in finding.claims
            ]
        out["locations"] = [located]
    related = _related(root, finding, claims)
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {"claimcheck/v1": finding.fingerprint}
    props: dict[str, Any] = {"rule": finding.rule}
    for key in ("claims", "evidence", "repeated_by", "quantities", "relations"):
        values = getattr(finding, key)
        if values:
            props[key] = list(values)
    out["properties"] = props
    if finding.accepted:
        out["suppressions"] = [{
            "kind": "external",
            "justification": "accepted by the claimcheck baseline",
        }]
    if with_baseline:
        out["baselineState"] = "unchanged" if finding.accepted else "new"
    return out


def build_log(result: AuditResult) -> dict[str, Any]:
    """Return the SARIF 2.1.0 log of `result` as plain JSON values."""
    claims = {c.id: c for c in result.claims}
    rules = _rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    with_baseline = baseline_used(result)
    results = [
        _result(result.root, f, claims, rule_index, with_baseline)
        for f in sorted_findings(result.findings)
    ]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimcheck",
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }},
        "originalUriBaseIds": {
            SRCROOT: {"description": {"text": "The folder claimcheck ran in (the repository)."}},
            CORPUSROOT: {"description": {"text": "The corpus folder, when given as an "
                                                 "absolute path."}},
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"fingerprint": result.fingerprint, "gate": (
            "fail" if result.gate_failed else "pass"), "failOn": result.fail_on},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifReporter:
    """Render a SARIF 2.1.0 log (indent 2, UTF-8, trailing newline)."""

    name = "sarif"
    filename = "audit.sarif"

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the SARIF log of `result` to `stream`."""
        stream.write(dumps_indented(build_log(result)))
        stream.write("\n")
