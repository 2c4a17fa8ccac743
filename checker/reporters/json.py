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
  a table-derived claim, else null), ``as_of``, ``repeats``, ``location``;
  ``findings[].fingerprint`` and ``accepted``.  ``generated_at`` appears only when
  ``SOURCE_DATE_EPOCH`` is set.
"""

from __future__ import annotations

from typing import Any, TextIO

from checker.findings import AuditResult, ClaimResult, Finding, QuantityResult, SourceResult
from checker.reporters._common import (
    dumps_indented,
    gate_word,
    json_interval,
    sorted_claims,
    sorted_findings,
    source_date,
)

SCHEMA = "claimcheck-audit/1"


def _location(loc: Any) -> dict[str, Any] | None:
    return None if loc is None else {"file": loc.file, "line": loc.line}


def _quantity(q: QuantityResult) -> dict[str, Any]:
    implied: dict[str, Any]
    if q.implied is None:
        implied = {"min": None, "max": None, "min_open": False, "max_open": False}
    else:
        implied = json_interval(q.implied, q.integer)
    return {
        "id": q.id,
        "label": q.label,
        "unit": q.unit,
        "claims": sorted(q.claims),
        "implied": implied,
        "quantity": q.quantity,
        "as_of": q.as_of,
        "solved": q.solved,
    }


def _claim(c: ClaimResult) -> dict[str, Any]:
    p = c.position
    return {
        "id": c.id,
        "source": c.source,
        "quantity": c.quantity,
        "says": c.says,
        "interval": json_interval(c.interval, c.integer),
        "verdict": c.verdict.value,
        "against": list(c.against),
        "quote": {"verified": p.verified, "start": p.start, "end": p.end, "line": p.line},
        "count": c.count,
        "as_of": c.as_of,
        "repeats": c.repeats,
        "location": _location(c.location),
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "claims": list(f.claims),
        "evidence": list(f.evidence),
        "repeated_by": list(f.repeated_by),
        "quantities": list(f.quantities),
        "relations": list(f.relations),
        "location": _location(f.location),
        "fingerprint": f.fingerprint,
        "accepted": f.accepted,
    }


def _source(s: SourceResult) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "kind": s.kind,
        "publisher": s.publisher,
        "url": s.url,
        "published": s.published,
        "cites": list(s.cites),
        "file": s.file,
        "sha256": s.sha256,
        "claims": sorted(s.claims),
    }


def build_document(result: AuditResult) -> dict[str, Any]:
    """Return the ``claimcheck-audit/1`` document of `result` as plain JSON values."""
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
    doc["quantities"] = [_quantity(q) for q in sorted(result.quantities, key=lambda q: q.id)]
    doc["claims"] = [_claim(c) for c in sorted_claims(result)]
    doc["findings"] = [_finding(f) for f in sorted_findings(result.findings)]
    doc["sources"] = [_source(s) for s in sorted(result.sources, key=lambda s: s.id)]
    doc["relations"] = [
        {"id": rid, "kind": kind, "why": why} for rid, kind, why in sorted(result.relations)
    ]
    doc["coverage"] = [
        {"source": c.source, "mentions": c.mentions, "claimed": c.claimed,
         "ignored": c.ignored, "uncovered": c.uncovered}
        for c in sorted(result.coverage, key=lambda c: c.source)
    ]
    return doc


class JsonReporter:
    """Render the ``claimcheck-audit/1`` JSON document (indent 2, UTF-8, trailing newline)."""

    name = "json"
    filename = "audit.json"

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the JSON report of `result` to `stream`."""
        stream.write(dumps_indented(build_document(result)))
        stream.write("\n")
