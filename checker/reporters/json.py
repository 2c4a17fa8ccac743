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
  ``revised_by`` (the claim this one revises, the later claim revising it), ``location``,
  ``interval.source`` (``"value"`` for an interval set by hand; absent for the grammar's
  reading of ``says``);
  ``findings[].fingerprint`` and ``accepted``; ``claims[].quote.page`` (the 1-based page
  of the quote in a snapshot with pages, one made from a PDF; else null).
  ``generated_at`` appears only when ``SOURCE_DATE_EPOCH`` is set.
- Unreleased, additions: ``claims[].quote.text`` (the quote as written in the claim file,
  null for a table claim).
"""

from __future__ import annotations

from typing import Any, TextIO

import orjson

from checker.findings import (
    AuditResult,
    ClaimResult,
    CoverageResult,
    Finding,
    Location,
    QuantityResult,
    SourceResult,
)
from checker.intervals import Interval
from checker.reporters._common import (
    fingerprinted_findings,
    gate_word,
    interval_bounds,
    sorted_claims,
    source_date,
)
from checker.reporters._jsonout import Records, number_text, write_document

SCHEMA = "claimcheck-audit/1"

# The lists of records (one per claim, quantity, finding...) are `Records`: each record is
# made as a plain dict when its chunk is encoded (`checker.reporters._jsonout`), with its
# keys in the order of the report.

_RECORD_FIELD = 3
"""How deep a field of a record stands in the document (the top-level object, the list,
the record): where the fragment of an interval is indented for."""


def _location(loc: Location | None) -> dict[str, Any] | None:
    return None if loc is None else {"file": loc.file, "line": loc.line}


def interval_text(interval: Interval | None, integer: bool, source: str | None = None,
                  depth: int = _RECORD_FIELD) -> str:
    """Return the JSON object of `interval` as `dumps` writes it `depth` levels deep: its
    first line as it follows a key, the next ones indented for that depth.

    Its keys: ``min``, ``max`` (`interval_bounds`: None when unbounded, or when there is
    no interval), ``min_open``, ``max_open``, and ``source`` only for an interval set by
    hand (``"value"``: the grammar's reading of `says` needs no mark).
    """
    lo, hi, lo_open, hi_open = (
        (None, None, False, False) if interval is None else interval_bounds(interval, integer)
    )
    inner = "\n" + "  " * (depth + 1)
    text = (f'{{{inner}"min": {number_text(lo)},{inner}"max": {number_text(hi)},'
            f'{inner}"min_open": {"true" if lo_open else "false"},'
            f'{inner}"max_open": {"true" if hi_open else "false"}')
    if source is not None:
        text += f',{inner}"source": {orjson.dumps(source).decode()}'
    return text + "\n" + "  " * depth + "}"


class _Records:
    """Make the records of one report.

    The interval of a claim or quantity is written as an `orjson.Fragment` of its text,
    made once per distinct interval (claims share a few thousand distinct intervals at
    100,000 claims) and found again by the identity of the interval object first (many
    claims hold the same one, and an `int` hashes faster than its bounds).
    """

    def __init__(self) -> None:
        # Keyed on the fields: a tuple hashes in C, the dataclass through Python.
        self.intervals: dict[tuple[Any, ...], orjson.Fragment] = {}
        # (id of the interval, integer, source) -> (the interval, kept so that its id
        # names no other object while this lives; its fragment).
        self.by_object: dict[tuple[int, bool, str | None],
                             tuple[Interval | None, orjson.Fragment]] = {}

    def interval(self, interval: Interval | None, integer: bool, source: str | None = None
                 ) -> orjson.Fragment:
        """Return the JSON object of `interval` (see `interval_text`) as it stands in a
        record: a fragment of its text three levels deep."""
        found = self.by_object.get((id(interval), integer, source))
        if found is not None:
            return found[1]
        key = ((None, integer, source) if interval is None else
               (interval.lo, interval.hi, interval.lo_open, interval.hi_open, integer, source))
        value = self.intervals.get(key)
        if value is None:
            value = self.intervals[key] = orjson.Fragment(
                interval_text(interval, integer, source))
        self.by_object[id(interval), integer, source] = (interval, value)
        return value

    def quantity(self, q: QuantityResult) -> dict[str, Any]:
        """Return the record of quantity `q`."""
        return {
            "id": q.id,
            "label": q.label,
            "unit": q.unit,
            "claims": sorted(q.claims),
            "implied": self.interval(q.implied, q.integer),
            "quantity": q.quantity,
            "as_of": q.as_of,
            "solved": q.solved,
        }

    def claim(self, c: ClaimResult) -> dict[str, Any]:
        """Return the record of claim `c`."""
        p = c.position
        loc = c.location
        return {
            "id": c.id,
            "source": c.source,
            "quantity": c.quantity,
            "says": c.says,
            "interval": self.interval(c.interval, c.integer, c.interval_source),
            "verdict": c.verdict,  # a str enum: orjson writes its value
            "against": c.against,
            "quote": {
                "verified": p.verified,
                "start": p.start,
                "end": p.end,
                "line": p.line,
                "page": p.page,
                "text": c.quote,
            },
            "count": c.count,
            "as_of": c.as_of,
            "repeats": c.repeats,
            "revises": c.revises,
            "revised_by": c.revised_by,
            "location": None if loc is None else {"file": loc.file, "line": loc.line},
        }


def _finding(item: tuple[Finding, str]) -> dict[str, Any]:
    f, fingerprint = item
    return {
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity,  # a str enum: orjson writes its value
        "message": f.message,
        "claims": f.claims,
        "evidence": f.evidence,
        "repeated_by": f.repeated_by,
        "quantities": f.quantities,
        "relations": f.relations,
        "location": _location(f.location),
        "fingerprint": fingerprint,
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
        "cites": s.cites,
        "file": s.file,
        "sha256": s.sha256,
        "claims": sorted(s.claims),
    }


def _relation(relation: tuple[str, str, str]) -> dict[str, Any]:
    rid, kind, why = relation
    return {"id": rid, "kind": kind, "why": why}


def _coverage(c: CoverageResult) -> dict[str, Any]:
    return {
        "source": c.source,
        "mentions": c.mentions,
        "claimed": c.claimed,
        "ignored": c.ignored,
        "uncovered": c.uncovered,
    }


def build_document(result: AuditResult) -> dict[str, Any]:
    """Return the ``claimcheck-audit/1`` document of `result` for `write_document`.

    Small parts are plain JSON values; the lists of records (quantities, claims, findings,
    sources, relations, coverage) are `Records`, made and encoded as they are written.
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
    records = _Records()
    doc["quantities"] = Records(sorted(result.quantities, key=lambda q: q.id), records.quantity)
    doc["claims"] = Records(sorted_claims(result), records.claim)
    doc["findings"] = Records(fingerprinted_findings(result.findings), _finding)
    doc["sources"] = Records(sorted(result.sources, key=lambda s: s.id), _source)
    doc["relations"] = Records(sorted(result.relations), _relation)
    doc["coverage"] = Records(sorted(result.coverage, key=lambda c: c.source), _coverage)
    return doc


class JsonReporter:
    """Render the ``claimcheck-audit/1`` JSON document (indent 2, UTF-8, trailing newline)."""

    name = "json"

    def omitted(self, result: AuditResult) -> str:
        """Return "": the JSON report holds everything."""
        return ""

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the JSON report of `result` to `stream`, a chunk of records at a time."""
        write_document(build_document(result), stream)
