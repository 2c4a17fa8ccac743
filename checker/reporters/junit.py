"""The JUnit XML report: one test case per claim (layer 4: output).

One ``<testsuite name="claimcheck">``; one ``<testcase classname="<source>" name="<claim
id>">`` per claim, sorted by source then id.  A claim named (in `claims`) by an
error-severity finding that the baseline did not accept fails: its ``<failure>`` has the
first such finding's code as ``type`` and message, and lists all of them in its text.
Warnings, info and accepted findings go to the case's ``<system-out>``.  Findings that
name no claim (a missing snapshot, an unclaimed number) get a test case of their own,
classname ``claimcheck.findings``, name ``<code> <rule> <fingerprint>``.  Text is escaped
by `xml.etree`; characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from checker.findings import AuditResult, ClaimResult, Finding, Severity
from checker.reporters._common import sorted_findings, xml_text


def _line(f: Finding) -> str:
    flag = " (accepted by the baseline)" if f.accepted else ""
    return f"{f.severity.value.upper()} {f.code} {f.rule}: {f.message}{flag}"


def _fails(f: Finding) -> bool:
    return f.severity is Severity.ERROR and not f.accepted


def _case(
    suite: ET.Element, classname: str, name: str, findings: list[Finding],
    file: str | None, line: int | None,
) -> bool:
    """Append one test case; return whether it failed."""
    case = ET.SubElement(suite, "testcase", {"classname": xml_text(classname),
                                             "name": xml_text(name)})
    if file is not None:
        case.set("file", xml_text(file))
        if line is not None:
            case.set("line", str(line))
    failing = [f for f in findings if _fails(f)]
    if failing:
        first = failing[0]
        extra = f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""
        failure = ET.SubElement(case, "failure", {"type": first.code,
                                                  "message": xml_text(first.message + extra)})
        failure.text = xml_text("\n".join(_line(f) for f in failing) + "\n")
    others = [f for f in findings if not _fails(f)]
    if others:
        out = ET.SubElement(case, "system-out")
        out.text = xml_text("\n".join(_line(f) for f in others) + "\n")
    return bool(failing)


def build_tree(result: AuditResult) -> ET.Element:
    """Return the ``<testsuite>`` element of `result`."""
    per_claim: dict[str, list[Finding]] = {c.id: [] for c in result.claims}
    loose: list[Finding] = []
    for f in sorted_findings(result.findings):
        named = [cid for cid in dict.fromkeys(f.claims) if cid in per_claim]
        for cid in named:
            per_claim[cid].append(f)
        if not named:
            loose.append(f)
    suite = ET.Element("testsuite", {"name": "claimcheck"})
    failures = 0
    claims: list[ClaimResult] = sorted(result.claims, key=lambda c: (c.source, c.id))
    for c in claims:
        loc = c.location
        failures += _case(suite, c.source, c.id, per_claim[c.id],
                          loc.file if loc else None, loc.line if loc else None)
    for f in loose:
        loc = f.location
        failures += _case(suite, "claimcheck.findings", f"{f.code} {f.rule} {f.fingerprint}",
                          [f], loc.file if loc else None, loc.line if loc else None)
    suite.set("tests", str(len(claims) + len(loose)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


class JunitReporter:
    """Render JUnit XML (UTF-8 declaration, two-space indent, trailing newline)."""

    name = "junit"
    filename = "junit.xml"

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the JUnit XML report of `result` to `stream`."""
        suite = build_tree(result)
        ET.indent(suite, space="  ")
        stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
        stream.write(ET.tostring(suite, encoding="unicode"))
        stream.write("\n")
