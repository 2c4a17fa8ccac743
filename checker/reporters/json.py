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

from collections.abc import Sequence
from fractions import Fraction
from typing import Any, TextIO

import orjson

from checker.findings import (
    AuditResult,
    ClaimResult,
    CoverageResult,
    Finding,
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


def interval_text(interval: Interval | None, integer: bool, source: str | None = None,
                  depth: int = _RECORD_FIELD) -> str:
    """Return the JSON object of `interval` as `dumps` writes it `depth` levels deep: its
    first line as it follows a key, the next ones indented for that depth.

    Its keys: ``min``, ``max`` (`interval_bounds`: None when unbounded, or when there is
    no interval), ``min_open``, ``max_open``, and ``source`` only for an interval set by
    hand (``"value"``: the grammar's reading of `says` needs no mark).
    """
    quick = None if interval is None else _quick_bounds(interval, integer)
    if quick is None:
        lo, hi, lo_open, hi_open = ((None, None, False, False) if interval is None
                                    else interval_bounds(interval, integer))
        quick = (number_text(lo), number_text(hi), lo_open, hi_open)
    lo_text, hi_text, lo_open, hi_open = quick
    inner = "\n" + "  " * (depth + 1)
    text = (f'{{{inner}"min": {lo_text},{inner}"max": {hi_text},'
            f'{inner}"min_open": {"true" if lo_open else "false"},'
            f'{inner}"max_open": {"true" if hi_open else "false"}')
    if source is not None:
        text += f',{inner}"source": {orjson.dumps(source).decode()}'
    return text + "\n" + "  " * depth + "}"


_QUICK_FLOATS = (1e-300, 1e300)
"""Magnitudes between which a fraction's bound is the float nearest it (the bound
`interval_bounds` gives is that float: `to_json_number` turns to a `Decimal` only
beyond the floats' normal range)."""


def _quick_bounds(interval: Interval, integer: bool) -> tuple[str, str, bool, bool] | None:
    """Return the texts of `interval_bounds(interval, integer)` (its ends as
    `number_text` writes them, and its open flags) for the common intervals, or None
    for the others.

    Whole-number ends of a whole-number reading, and fractions well inside the range of
    floats, are written from their numerator and denominator directly (the general path
    spends most of its time on `Fraction` arithmetic); everything else, an empty
    interval among them, is left to the general path.
    """
    lo, hi = interval.lo, interval.hi
    if integer:
        if type(lo) is not int or not (hi is None or type(hi) is int):
            return None
        ilo = lo + 1 if interval.lo_open else lo
        if hi is None:
            return int.__repr__(ilo), "null", False, False
        ihi = hi - 1 if interval.hi_open else hi
        if ilo > ihi:
            return None
        return int.__repr__(ilo), int.__repr__(ihi), False, False
    lo_text = _quick_number(lo)
    hi_text = _quick_number(hi)
    if lo_text is None or hi_text is None:
        return None
    return (lo_text, hi_text, bool(interval.lo_open and lo is not None),
            bool(interval.hi_open and hi is not None))


def _quick_number(value: object) -> str | None:
    """Return the text `number_text(to_json_number(value, False))` for None, an int or a
    fraction in `_QUICK_FLOATS`; None for any other value."""
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is not Fraction:
        return None
    n, d = value.numerator, value.denominator
    if d == 1:
        return int.__repr__(n)
    # `float(value)` is this division, correctly rounded.
    try:
        number = n / d
    except OverflowError:
        return None
    low, high = _QUICK_FLOATS
    if not low < abs(number) < high:
        return None
    return float.__repr__(number)


class _Records:
    """Make the records of one report, a chunk of them at a time.

    The interval of a claim or quantity is written as an `orjson.Fragment` of its text.
    Claims share interval objects (16,455 objects for 100,000 claims), so a claim's is
    made once per object and found again by the object's identity (an `int` hashes
    faster than the interval's bounds, and making the text of the common intervals costs
    about what hashing their bounds to find an equal one did).  A quantity's interval is
    its own: its text is made once per distinct interval with whole-number ends
    (`implied`).  The records of a chunk are made by
    one comprehension each (`claims`, `quantities`), which looks the interval up by
    identity itself: a call per record and per interval cost as much again as making
    the record.
    """

    def __init__(self) -> None:
        # The intervals found by identity, kept so that their ids name no other object
        # while this lives.
        self.kept: list[Interval | None] = []
        # id of the interval -> its fragment, for the intervals without a source: read
        # as whole numbers, or not; (id, integer, source) for those with one.
        self.whole: dict[int, orjson.Fragment] = {}
        self.real: dict[int, orjson.Fragment] = {}
        self.sourced: dict[tuple[int, bool, str], orjson.Fragment] = {}
        # (lo, hi, lo_open, hi_open, integer) -> the fragment of a quantity's interval
        # with whole-number (or infinite) ends.
        self.ends: dict[tuple[int | None, int | None, bool, bool, bool], orjson.Fragment] = {}

    def interval(self, interval: Interval | None, integer: bool, source: str | None = None
                 ) -> orjson.Fragment:
        """Return the JSON object of `interval` (see `interval_text`) as it stands in a
        record: a fragment of its text three levels deep, made once per object."""
        if source is None:
            found = (self.whole if integer else self.real).get(id(interval))
        else:
            found = self.sourced.get((id(interval), integer, source))
        if found is not None:
            return found
        value = orjson.Fragment(interval_text(interval, integer, source))
        self.kept.append(interval)
        if source is None:
            (self.whole if integer else self.real)[id(interval)] = value
        else:
            self.sourced[id(interval), integer, source] = value
        return value

    def quantity(self, q: QuantityResult) -> dict[str, Any]:
        """Return the record of quantity `q`."""
        return self.quantities([q])[0]

    def implied(self, interval: Interval | None, integer: bool) -> orjson.Fragment:
        """Return the JSON object of a quantity's `interval` (see `interval_text`) as it
        stands in its record.

        Each quantity has its own interval object, but few distinct intervals (5,095 for
        20,000 quantities at 100,000 claims): one whose ends are whole numbers (or
        infinite), the usual case, is made once per ends and reading, found by them (a
        tuple of ints hashes in C; a `Fraction` would hash in Python, so those are made
        each time).
        """
        if interval is None:
            return orjson.Fragment(interval_text(None, integer))
        lo, hi = interval.lo, interval.hi
        if not ((lo is None or type(lo) is int) and (hi is None or type(hi) is int)):
            return orjson.Fragment(interval_text(interval, integer))
        key = (lo, hi, interval.lo_open, interval.hi_open, integer)
        found = self.ends.get(key)
        if found is None:
            found = self.ends[key] = orjson.Fragment(interval_text(interval, integer))
        return found

    def quantities(self, chunk: Sequence[QuantityResult]) -> list[dict[str, Any]]:
        """Return the records of the quantities of `chunk`."""
        implied = self.implied
        return [{
            "id": q.id,
            "label": q.label,
            "unit": q.unit,
            "claims": sorted(q.claims),
            "implied": implied(q.implied, q.integer),
            "quantity": q.quantity,
            "as_of": q.as_of,
            "solved": q.solved,
        } for q in chunk]

    def claim(self, c: ClaimResult) -> dict[str, Any]:
        """Return the record of claim `c`."""
        return self.claims([c])[0]

    def claims(self, chunk: Sequence[ClaimResult]) -> list[dict[str, Any]]:
        """Return the records of the claims of `chunk`."""
        whole, real, interval = self.whole, self.real, self.interval
        return [{
            "id": c.id,
            "source": c.source,
            "quantity": c.quantity,
            "says": c.says,
            "interval": ((None if c.interval_source is not None else
                          (whole if c.integer else real).get(id(c.interval)))
                         or interval(c.interval, c.integer, c.interval_source)),
            "verdict": c.verdict,  # a str enum: orjson writes its value
            "against": c.against,
            "quote": {
                "verified": (p := c.position).verified,
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
            "location": (None if (loc := c.location) is None else
                         {"file": loc.file, "line": loc.line}),
        } for c in chunk]


def _finding(item: tuple[Finding, str]) -> dict[str, Any]:
    return _findings([item])[0]


def _findings(chunk: Sequence[tuple[Finding, str]]) -> list[dict[str, Any]]:
    return [{
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity,  # a str enum: orjson writes its value
        "message": f.message,
        "claims": f.claims,
        "evidence": f.evidence,
        "repeated_by": f.repeated_by,
        "quantities": f.quantities,
        "relations": f.relations,
        "location": (None if (loc := f.location) is None else
                     {"file": loc.file, "line": loc.line}),
        "fingerprint": fingerprint,
        "accepted": f.accepted,
    } for f, fingerprint in chunk]


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
    doc["quantities"] = Records(sorted(result.quantities, key=lambda q: q.id), records.quantity,
                                records.quantities)
    doc["claims"] = Records(sorted_claims(result), records.claim, records.claims)
    doc["findings"] = Records(fingerprinted_findings(result.findings), _finding, _findings)
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
