"""The JSON report, ``claimcheck-audit/1`` (layer 4: output).

The fields of DESIGN §6 are a contract: tools (``claimcheck diff``, CI scripts) read them.
Fields may be added, never dropped or renamed, within one schema version.  Keys keep the
order written here; lists are sorted (claims and quantities by id, findings by location,
code and claims); whole-number bounds are integers, percentage and continuous bounds
numbers, infinite bounds ``null``.

Format-version changelog (bump ``SCHEMA`` on an incompatible change; record additions):

- ``claimcheck-audit/1`` (0.1.0): first version.  Contract fields of DESIGN §6, plus these
  additions: top-level ``fingerprint`` (sha256 of the corpus), ``sources`` (id, title, kind,
  publisher, url, published, cites, file, sha256, claims), ``relations`` (id, kind, why);
  ``summary.fail_on``, ``summary.verdicts`` (claims by verdict), ``summary.accepted`` and
  ``summary.fixed`` (baseline fingerprints no longer found), ``summary.expired``
  (expired baseline entries still matched), ``coverage`` (per text source: mentions,
  claimed, ignored, uncovered numbers); ``quantities[].quantity``,
  ``as_of``, ``solved``, ``implied.min_open/max_open``; ``claims[].count`` (the filter of
  a table-derived claim, else null), ``as_of``, ``repeats``, ``revises`` and
  ``revised_by`` (the claim this one revises, the later claim revising it), ``location``;
  ``findings[].fingerprint`` and ``accepted``; ``claims[].quote.page`` (the 1-based page
  of the quote in a snapshot with pages, one made from a PDF; else null).
  ``generated_at`` appears only when ``SOURCE_DATE_EPOCH`` is set.
- Unreleased, additions: ``claims[].quote.text`` (the quote as written in the claim file,
  null for a table claim).
"""

from __future__ import annotations

from typing import Any, TextIO

from checker.findings import (
    AuditResult,
    ClaimResult,
    CoverageResult,
    Finding,
    Location,
    QuantityResult,
    Severity,
    SourceResult,
    Verdict,
)
from checker.intervals import Interval
from checker.reporters._common import (
    JsonRecords,
    fingerprinted_findings,
    gate_word,
    interval_bounds,
    json_bool,
    json_int,
    json_opt_str,
    json_scalar,
    json_str,
    json_str_list,
    sorted_claims,
    source_date,
    write_indented,
)

SCHEMA = "claimcheck-audit/1"

# The lists of records (one per claim, quantity, finding...) are written record by record
# (`JsonRecords`), each rendered as one f-string laid out exactly as it stands in the
# report: records are elements of top-level arrays, so they open at RECORD and their
# members sit at MEMBER.  This gives the same text as the generic writer would for the
# equivalent dict, several times faster.

RECORD = "    "
MEMBER = RECORD + "  "
_VERDICTS = {v: json_str(v.value) for v in Verdict}
_SEVERITIES = {s: json_str(s.value) for s in Severity}


def _location(loc: Location | None) -> str:
    if loc is None:
        return "null"
    return (
        "{\n"
        f'        "file": {json_str(loc.file)},\n'
        f'        "line": {json_int(loc.line)}\n'
        "      }"
    )


def _interval(interval: Interval | None, integer: bool) -> str:
    lo, hi, lo_open, hi_open = (
        (None, None, False, False) if interval is None else interval_bounds(interval, integer)
    )
    return (
        "{\n"
        f'        "min": {json_scalar(lo)},\n'
        f'        "max": {json_scalar(hi)},\n'
        f'        "min_open": {json_bool(lo_open)},\n'
        f'        "max_open": {json_bool(hi_open)}\n'
        "      }"
    )


def _quantity(q: QuantityResult) -> str:
    return (
        "    {\n"
        f'      "id": {json_str(q.id)},\n'
        f'      "label": {json_str(q.label)},\n'
        f'      "unit": {json_str(q.unit)},\n'
        f'      "claims": {json_str_list(sorted(q.claims), MEMBER)},\n'
        f'      "implied": {_interval(q.implied, q.integer)},\n'
        f'      "quantity": {json_str(q.quantity)},\n'
        f'      "as_of": {json_opt_str(q.as_of)},\n'
        f'      "solved": {json_bool(q.solved)}\n'
        "    }"
    )


def _claim(c: ClaimResult) -> str:
    p = c.position
    return (
        "    {\n"
        f'      "id": {json_str(c.id)},\n'
        f'      "source": {json_str(c.source)},\n'
        f'      "quantity": {json_str(c.quantity)},\n'
        f'      "says": {json_opt_str(c.says)},\n'
        f'      "interval": {_interval(c.interval, c.integer)},\n'
        f'      "verdict": {_VERDICTS[c.verdict]},\n'
        f'      "against": {json_str_list(c.against, MEMBER)},\n'
        '      "quote": {\n'
        f'        "verified": {json_bool(p.verified)},\n'
        f'        "start": {json_int(p.start)},\n'
        f'        "end": {json_int(p.end)},\n'
        f'        "line": {json_int(p.line)},\n'
        f'        "page": {json_int(p.page)},\n'
        f'        "text": {json_opt_str(c.quote)}\n'
        "      },\n"
        f'      "count": {json_opt_str(c.count)},\n'
        f'      "as_of": {json_opt_str(c.as_of)},\n'
        f'      "repeats": {json_opt_str(c.repeats)},\n'
        f'      "revises": {json_opt_str(c.revises)},\n'
        f'      "revised_by": {json_opt_str(c.revised_by)},\n'
        f'      "location": {_location(c.location)}\n'
        "    }"
    )


def _finding(item: tuple[Finding, str]) -> str:
    f, fingerprint = item
    return (
        "    {\n"
        f'      "code": {json_str(f.code)},\n'
        f'      "rule": {json_str(f.rule)},\n'
        f'      "severity": {_SEVERITIES[f.severity]},\n'
        f'      "message": {json_str(f.message)},\n'
        f'      "claims": {json_str_list(f.claims, MEMBER)},\n'
        f'      "evidence": {json_str_list(f.evidence, MEMBER)},\n'
        f'      "repeated_by": {json_str_list(f.repeated_by, MEMBER)},\n'
        f'      "quantities": {json_str_list(f.quantities, MEMBER)},\n'
        f'      "relations": {json_str_list(f.relations, MEMBER)},\n'
        f'      "location": {_location(f.location)},\n'
        f'      "fingerprint": {json_str(fingerprint)},\n'
        f'      "accepted": {json_bool(f.accepted)}\n'
        "    }"
    )


def _source(s: SourceResult) -> str:
    return (
        "    {\n"
        f'      "id": {json_str(s.id)},\n'
        f'      "title": {json_str(s.title)},\n'
        f'      "kind": {json_str(s.kind)},\n'
        f'      "publisher": {json_opt_str(s.publisher)},\n'
        f'      "url": {json_opt_str(s.url)},\n'
        f'      "published": {json_opt_str(s.published)},\n'
        f'      "cites": {json_str_list(s.cites, MEMBER)},\n'
        f'      "file": {json_opt_str(s.file)},\n'
        f'      "sha256": {json_opt_str(s.sha256)},\n'
        f'      "claims": {json_str_list(sorted(s.claims), MEMBER)}\n'
        "    }"
    )


def _relation(relation: tuple[str, str, str]) -> str:
    rid, kind, why = relation
    return (
        "    {\n"
        f'      "id": {json_str(rid)},\n'
        f'      "kind": {json_str(kind)},\n'
        f'      "why": {json_str(why)}\n'
        "    }"
    )


def _coverage(c: CoverageResult) -> str:
    return (
        "    {\n"
        f'      "source": {json_str(c.source)},\n'
        f'      "mentions": {json_int(c.mentions)},\n'
        f'      "claimed": {json_int(c.claimed)},\n'
        f'      "ignored": {json_int(c.ignored)},\n'
        f'      "uncovered": {json_int(c.uncovered)}\n'
        "    }"
    )


def build_document(result: AuditResult) -> dict[str, Any]:
    """Return the ``claimcheck-audit/1`` document of `result` for `write_indented`.

    Small parts are plain JSON values; the lists of records (quantities, claims, findings,
    sources, relations, coverage) are `JsonRecords`, rendered as they are written.
    """
    counts = result.counts()
    doc: dict[str, Any] = {"schema": SCHEMA}
    stamp = source_date()
    if stamp is not None:
        doc["generated_at"] = stamp
    doc["summary"] = {
        "sources": len(result.sources),
        "quantities": len(result.quantities),
        "claims": len(result.claims),
        "findings": {"error": counts["error"], "warning": counts["warning"],
                     "info": counts["info"]},
        "gate": gate_word(result),
        "fail_on": result.fail_on,
        "verdicts": result.verdict_counts(),
        "accepted": sum(1 for f in result.findings if f.accepted),
        "fixed": sorted(result.fixed),
        "expired": sorted(result.expired),
    }
    doc["fingerprint"] = result.fingerprint
    doc["quantities"] = JsonRecords(sorted(result.quantities, key=lambda q: q.id), _quantity,
                                    RECORD)
    doc["claims"] = JsonRecords(sorted_claims(result), _claim, RECORD)
    doc["findings"] = JsonRecords(fingerprinted_findings(result.findings), _finding, RECORD)
    doc["sources"] = JsonRecords(sorted(result.sources, key=lambda s: s.id), _source, RECORD)
    doc["relations"] = JsonRecords(sorted(result.relations), _relation, RECORD)
    doc["coverage"] = JsonRecords(sorted(result.coverage, key=lambda c: c.source), _coverage,
                                  RECORD)
    return doc


class JsonReporter:
    """Render the ``claimcheck-audit/1`` JSON document (indent 2, UTF-8, trailing newline)."""

    name = "json"

    def omitted(self, result: AuditResult) -> str:
        """Return "": the JSON report holds everything."""
        return ""

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the JSON report of `result` to `stream`, record by record."""
        write_indented(build_document(result), stream.write)
        stream.write("\n")
