"""The SARIF 2.1.0 report, for code-scanning annotations on claim files (layer 4: output).

One run of tool ``claimcheck`` listing every catalogue rule; one result per finding,
located on the claim's line in its claim file.  Artifact URIs are relative to the
repository (the corpus folder as given joined with the file) under ``%SRCROOT%``; when
the corpus was given as an absolute path, URIs are relative to the corpus under
``CORPUSROOT`` instead, so no absolute path is ever written.  Evidence claims become
``relatedLocations``; ``partialFingerprints["claimcheck/v1"]`` is the finding's
fingerprint, independent of line numbers.  With a baseline, accepted findings carry an
external suppression and every result a ``baselineState``.

Within GitHub code scanning's limits (docs/reports.md quotes them): each rule carries
``shortDescription``, ``fullDescription``, ``help`` (text and Markdown) and ``helpUri``;
the driver its ``version`` and ``informationUri``.  By default only error and warning
findings become results (info findings are most of a large audit and would crowd out
the rest); ``SarifReporter(notes=True)`` (``--sarif-notes``) keeps them as notes.  At
most `MAX_RESULTS` results are written, worst first, and at most `MAX_RELATED` related
locations per result.  What was left out is counted in the run's ``properties``.

Format-version changelog: ``claimcheck/v1`` fingerprints since 0.1.0.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO
from urllib.parse import quote

import checker
from checker.findings import AuditResult, ClaimResult, Finding, Location, Severity
from checker.reporters._common import (
    SEVERITIES,
    baseline_used,
    claims_by_id,
    fingerprinted_findings,
    plural,
    repo_path,
)
from checker.reporters._jsonout import Records, write_document
from checker.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MAX_RESULTS = 25_000
"""GitHub code scanning rejects a run with more results than this."""
MAX_RELATED = 999
"""GitHub rejects a result with more than 1,000 locations (one is the result's own)."""
SRCROOT = "%SRCROOT%"
CORPUSROOT = "CORPUSROOT"

_PROPERTY_LISTS = ("claims", "evidence", "repeated_by", "quantities", "relations")


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.description},
            "help": {
                "text": f"{rule.description}\n\nWhat to do: {rule.fix}\n\n{rule.help_uri}",
                "markdown": (f"**{rule.code} {rule.name}** ({rule.severity.value})\n\n"
                             f"{rule.description}\n\n**What to do:** {rule.fix}\n\n"
                             f"[{rule.code} in docs/rules.md]({rule.help_uri})"),
            },
            "helpUri": rule.help_uri,
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
        }
        for rule in sorted(RULES.values(), key=lambda r: r.code)
    ]


def tool_version() -> str:
    """Return the claimcheck version (the driver's ``version``): `checker.__version__`,
    which the package's metadata is made from (read without `importlib.metadata`)."""
    return checker.__version__


def select_results(result: AuditResult, notes: bool) -> tuple[list[tuple[Finding, str]],
                                                               dict[str, int]]:
    """Return the findings that become results, and how many of each level were left out.

    Info findings are kept only with `notes`; then at most `MAX_RESULTS`, errors first,
    then warnings, then notes (each group in report order).
    """
    findings = fingerprinted_findings(result.findings)
    kept = [item for item in findings if notes or item[0].severity is not Severity.INFO]
    if len(kept) > MAX_RESULTS:
        rank = {s: i for i, s in enumerate(SEVERITIES)}
        order = sorted(range(len(kept)), key=lambda i: (rank[kept[i][0].severity], i))
        chosen = set(order[:MAX_RESULTS])
        kept = [item for i, item in enumerate(kept) if i in chosen]
    left = {LEVELS[s]: 0 for s in SEVERITIES}
    for f, _ in findings:
        left[LEVELS[f.severity]] += 1
    for f, _ in kept:
        left[LEVELS[f.severity]] -= 1
    return kept, left


def cut_counts(result: AuditResult, notes: bool) -> dict[str, int]:
    """Return how many findings of each level `select_results` leaves out (counted only)."""
    have = {s: 0 for s in SEVERITIES}
    for f in result.findings:
        have[f.severity] += 1
    room = MAX_RESULTS
    left = {}
    for s in SEVERITIES:
        wanted = have[s] if notes or s is not Severity.INFO else 0
        kept = min(wanted, room)
        room -= kept
        left[LEVELS[s]] = have[s] - kept
    return left


def describe_cut(left: dict[str, int], notes: bool) -> str:
    """Return the results left out, in words ("" when none)."""
    parts = []
    if left["note"] and not notes:
        parts.append(f"{plural(left['note'], 'info finding')} left out, --sarif-notes keeps "
                     "them as notes")
    over = left["error"] + left["warning"] + (left["note"] if notes else 0)
    if over:
        parts.append(f"{plural(over, 'result')} past GitHub's {MAX_RESULTS:,} per run left "
                     "out, the least severe first")
    return "; ".join(parts)


def _location_of(finding: Finding, claims: Mapping[str, ClaimResult]) -> Location | None:
    if finding.location is not None:
        return finding.location
    for cid in finding.claims:
        claim = claims.get(cid)
        if claim is not None and claim.location is not None:
            return claim.location
    return None


class _Results:
    """Make the results of one log, each as the plain JSON object it is in the report.

    The artifact location of each claim file is made once.
    """

    def __init__(self, result: AuditResult, rule_index: dict[str, int]) -> None:
        self.root = result.root
        self.claims = claims_by_id(result)
        self.rule_index = rule_index
        self.with_baseline = baseline_used(result)
        self.artifacts: dict[str, dict[str, str]] = {}

    def _artifact(self, file: str) -> dict[str, str]:
        value = self.artifacts.get(file)
        if value is None:
            path, in_repo = repo_path(self.root, file)
            value = {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT if in_repo else CORPUSROOT}
            self.artifacts[file] = value
        return value

    def _physical(self, loc: Location) -> dict[str, Any]:
        """Return a ``physicalLocation`` value."""
        return {"artifactLocation": self._artifact(loc.file),
                "region": {"startLine": max(1, loc.line)}}

    def _locations(self, finding: Finding) -> list[dict[str, Any]] | None:
        loc = _location_of(finding, self.claims)
        if loc is None:
            return None
        located: dict[str, Any] = {"physicalLocation": self._physical(loc)}
        if finding.claims:
            located["logicalLocations"] = [{"name": cid, "kind": "object"}
                                           for cid in finding.claims]
        return [located]

    def _related(self, finding: Finding) -> list[dict[str, Any]] | None:
        related: list[dict[str, Any]] = []
        roles = [("evidence", cid) for cid in finding.evidence]
        roles += [("repeated by", cid) for cid in finding.repeated_by]
        for role, cid in roles:
            if len(related) >= MAX_RELATED:
                break
            claim = self.claims.get(cid)
            if claim is None or claim.location is None:
                continue
            says = f' says "{claim.says}"' if claim.says else ""
            related.append({
                "id": len(related) + 1,
                "physicalLocation": self._physical(claim.location),
                "message": {"text": f"{role}: claim {cid} ({claim.source}){says}"},
            })
        return related or None

    def render(self, item: tuple[Finding, str]) -> dict[str, Any]:
        """Return the SARIF result of one finding (with its fingerprint)."""
        finding, fingerprint = item
        out: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": self.rule_index[finding.code],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
        }
        locations = self._locations(finding)
        if locations is not None:
            out["locations"] = locations
        related = self._related(finding)
        if related is not None:
            out["relatedLocations"] = related
        out["partialFingerprints"] = {"claimcheck/v1": fingerprint}
        props: dict[str, Any] = {"rule": finding.rule}
        for key in _PROPERTY_LISTS:
            values: tuple[str, ...] = getattr(finding, key)
            if values:
                props[key] = values
        out["properties"] = props
        if finding.accepted:
            out["suppressions"] = [{"kind": "external",
                                    "justification": "accepted by the claimcheck baseline"}]
        if self.with_baseline:
            out["baselineState"] = "unchanged" if finding.accepted else "new"
        return out


def build_log(result: AuditResult, notes: bool = False) -> dict[str, Any]:
    """Return the SARIF 2.1.0 log of `result` for `write_document`.

    The results are `Records`, made and encoded as they are written; the rest is plain
    JSON.
    Without `notes`, info findings are left out (see `select_results`).
    """
    rules = _rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    kept, left = select_results(result, notes)
    results = Records(kept, _Results(result, rule_index).render)
    levels = ["error", "warning", "note"] if notes else ["error", "warning"]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimcheck",
            "version": tool_version(),
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
        "properties": {
            "fingerprint": result.fingerprint,
            "gate": "fail" if result.gate_failed else "pass",
            "failOn": result.fail_on,
            "levels": levels,
            "omitted": left,
            "omittedText": describe_cut(left, notes),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifReporter:
    """Render a SARIF 2.1.0 log (indent 2, UTF-8, trailing newline).

    With `notes`, info findings are results too (level ``note``).
    """

    name = "sarif"

    def __init__(self, notes: bool = False) -> None:
        self.notes = notes

    def omitted(self, result: AuditResult) -> str:
        """Return the findings the log leaves out, in words ("" when none)."""
        return describe_cut(cut_counts(result, self.notes), self.notes)

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the SARIF log of `result` to `stream`, result by result."""
        write_document(build_log(result, self.notes), stream)
