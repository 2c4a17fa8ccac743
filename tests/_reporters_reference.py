"""The reporters' general paths as they were before their fast paths: the oracles of
``tests/test_reporters_fast.py``.

Each function here is the earlier code of a report, kept verbatim but for its name: the
reports must give exactly the same objects and bytes.  Not imported by `checker`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from operator import attrgetter
from typing import Any, TextIO

from checker.findings import AuditResult, ClaimResult, Finding, Location, QuantityResult, Severity
from checker.intervals import Interval
from checker.reporters._common import (
    fingerprinted_findings,
    gate_word,
    interval_bounds,
    repo_path,
    sorted_claims,
    sorted_findings,
    source_date,
    xml_attr,
    xml_cdata,
    xml_text,
)
from checker.reporters._htmltext import anchor
from checker.reporters._jsonout import Records, number, write_document
from checker.reporters._lead import DROPPED_HEDGE, Sentences
from checker.reporters.claimreview import (
    BEST,
    REVIEWED_KINDS,
    VERDICT_RATINGS,
    WORST,
    _item_reviewed,
    _plain,
    _Texts,
    rating_of,
)
from checker.reporters.json import (
    SCHEMA,
    _coverage,
    _finding,
    _relation,
    _source,
)

# -- ClaimReview (checker/reporters/claimreview.py) ---------------------------------------


def reviewed_claims_reference(result: AuditResult, only: Collection[str] | None = None
                              ) -> list[ClaimResult]:
    """Return the claims that get a ClaimReview (of those in `only`, if given), by id."""
    kinds = {s.id: s.kind for s in result.sources}
    if only is None:
        pool = sorted(result.claims, key=lambda c: c.id)
    else:
        wanted = set(only)
        pool = sorted((c for c in result.claims if c.id in wanted), key=lambda c: c.id)
    return [c for c in pool
            if kinds.get(c.source) in REVIEWED_KINDS and c.verdict._value_ in VERDICT_RATINGS]



def build_reviews_reference(result: AuditResult, only: Collection[str] | None = None,
                            sentences: Sentences | None = None) -> list[dict[str, Any]]:
    """Return the ClaimReview objects of `result` (of the claims in `only`, if given).

    `sentences` may be the caller's `Sentences` of the same result (built once).
    """
    sources = {s.id: s for s in result.sources}
    claims = reviewed_claims_reference(result, only)
    wanted = {c.id for c in claims}
    blamed: dict[str, Severity] = {}
    overstated: set[str] = set()
    explain: dict[str, str] = {}
    sentences = sentences or Sentences(result)
    for f in result.findings:
        if f.severity is Severity.INFO:
            continue
        named = [cid for cid in (*f.claims, *f.repeated_by) if cid in wanted]
        if not named:
            continue  # a sentence only for the findings of a reviewed claim
        said = sentences.sentence(f)
        for cid in named:
            if blamed.get(cid) is not Severity.ERROR:
                blamed[cid] = f.severity
            explain.setdefault(cid, said if cid in f.claims else
                               f"It repeats a figure in doubt. {said}")
        if f.code in DROPPED_HEDGE:
            overstated.update(f.claims)
    report = result.report
    base = report.url if report is not None and report.url else ""
    generated = source_date()
    text = _Texts()
    # What depends only on the source, the report or the verdict is made once and shared:
    # the same objects stand in many reviews.
    items: dict[str, dict[str, Any]] = {}
    plain: dict[tuple[str, int], str] = {}
    common: dict[str, Any] = {}
    if report is not None:
        common["name"] = text(report.title)
        common["inLanguage"] = report.language
        if report.publisher:
            common["author"] = {"@type": "Organization", "name": text(report.publisher)}
            if base:
                common["author"]["url"] = base
    if generated:
        common["datePublished"] = generated[:10]
    reviews = []
    for c in claims:
        item = items.get(c.source)
        if item is None:
            item = items[c.source] = _item_reviewed(sources.get(c.source), text)
        rating = rating_of(c, blamed, overstated)
        why = explain.get(c.id)
        if why is None:
            key = (c.verdict._value_, len(c.against))
            why = plain.get(key)
            if why is None:
                why = plain[key] = text(_plain(c))
        else:
            why = text(why)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#{anchor('c-', c.id)}",
            "claimReviewed": text(c.quote or c.says or c.id),
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating.value,
                "bestRating": BEST,
                "worstRating": WORST,
                "alternateName": rating.name,
                "name": rating.name,
                "ratingExplanation": why,
            },
        }
        if common:
            review.update(common)
        reviews.append(review)
    return reviews


# -- JUnit (checker/reporters/junit.py) --------------------------------------------------

_LEVELS = {s: s.value.upper() for s in Severity}


def _line(f: Finding) -> str:
    flag = " (accepted by the baseline)" if f.accepted else ""
    # Each line is made XML-safe on its own: `xml_text` drops single characters, never a
    # newline, so this is `xml_text` of the joined text (and printable lines are quick).
    return xml_text(f"{_LEVELS[f.severity]} {f.code} {f.rule}: {f.message}{flag}")


def _fails(f: Finding) -> bool:
    return f.severity is Severity.ERROR and not f.accepted


def junit_line_reference(f: Finding) -> tuple[Finding, bool, str]:
    """Return `f` as the test cases list it: itself, whether it fails a case, its line of
    the case's text escaped as character data."""
    return (f, _fails(f), xml_cdata(_line(f)))


def _text(findings: list[Finding]) -> str:
    return xml_cdata("\n".join([_line(f) for f in findings]) + "\n")


# What `xml_text` drops or `xml_attr` escapes: text without any of it is its own value.
_NOT_PLAIN = re.compile('[&<>"\x00-\x1f\ufffe\uffff]')


def _attr(text: str) -> str:
    """Return `text` as an XML attribute value: characters XML cannot hold dropped, the
    rest escaped (an id, the common case, is already one)."""
    if _NOT_PLAIN.search(text) is None:
        return text
    return xml_attr(xml_text(text))


def _case(classname: str, name: str, findings: Sequence[Finding], loc: Location | None,
          files: dict[str, str]) -> str:
    """Return one ``<testcase>`` element, indented as a child of the suite.

    `classname` is escaped already (`_Escaped`); `files` maps a claim file (relative to
    the corpus) to its escaped ``file`` value.
    """
    attrs = f'classname="{classname}" name="{_attr(name)}"'
    if loc is not None:
        attrs += f' file="{files[loc.file]}" line="{loc.line}"'
    if not findings:
        return f"<testcase {attrs} />"
    children: list[str] = []
    failing = [f for f in findings if _fails(f)]
    if failing:
        first = failing[0]
        extra = f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""
        message = xml_attr(xml_text(first.message + extra))
        children.append(f'<failure type="{xml_attr(first.code)}" message="{message}">'
                        f"{_text(failing)}</failure>")
    others = [f for f in findings if not _fails(f)]
    if others:
        children.append(f"<system-out>{_text(others)}</system-out>")
    return f"<testcase {attrs}>\n    " + "\n    ".join(children) + "\n  </testcase>"


class _Escaped(dict[str, str]):
    """Text → its escaped attribute value, computed once per text (class names)."""

    def __missing__(self, text: str) -> str:
        value = self[text] = _attr(text)
        return value


class _Files(dict[str, str]):
    """Claim file → its escaped ``file`` attribute, computed once per file."""

    def __init__(self, root: str) -> None:
        super().__init__()
        self.root = root

    def __missing__(self, file: str) -> str:
        value = _attr(repo_path(self.root, file)[0])
        self[file] = value
        return value


def write_suite_reference(result: AuditResult, stream: TextIO) -> None:
    """Write the ``<testsuite>`` element of `result`, one test case at a time.

    Cases: one per claim (by source, then id), then one per finding that names no claim.
    The layout is that of ``ET.indent(suite, space="  ")`` then ``ET.tostring``: each case
    on its own line, children two deeper, an empty suite self-closed.  Only claims with
    findings get a list (few objects outlive a case: cheap for the garbage collector).
    """
    claim_ids = {c.id for c in result.claims}
    per_claim: dict[str, list[Finding]] = {}
    loose: list[Finding] = []
    for f in sorted_findings(result.findings):
        named = [cid for cid in dict.fromkeys(f.claims) if cid in claim_ids]
        for cid in named:
            per_claim.setdefault(cid, []).append(f)
        if not named:
            loose.append(f)
    claims = sorted(result.claims, key=attrgetter("id"))
    claims.sort(key=attrgetter("source"))  # stable: by source, then id
    failing_ids = {cid for cid, findings in per_claim.items() if any(map(_fails, findings))}
    failures = sum(1 for c in claims if c.id in failing_ids) + sum(map(_fails, loose))
    stream.write(f'<testsuite name="claimcheck" tests="{len(claims) + len(loose)}" '
                 f'failures="{failures}" errors="0" skipped="0"')
    if not claims and not loose:
        stream.write(" />")
        return
    stream.write(">")
    no_findings: tuple[Finding, ...] = ()
    files = _Files(result.root)
    classes = _Escaped()
    get = per_claim.get
    for start in range(0, len(claims), _BATCH):  # one write per batch of cases
        batch = []
        for c in claims[start:start + _BATCH]:
            found = get(c.id)
            loc = c.location
            if found is None and loc is not None:  # most claims: `_case`, inlined
                batch.append(f'\n  <testcase classname="{classes[c.source]}" '
                             f'name="{_attr(c.id)}" file="{files[loc.file]}" '
                             f'line="{loc.line}" />')
            else:
                batch.append("\n  " + _case(classes[c.source], c.id, found or no_findings,
                                            loc, files))
        stream.write("".join(batch))
    for f in loose:
        stream.write("\n  " + _case(classes["claimcheck.findings"],
                                    f"{f.code} {f.rule} {f.fingerprint}", [f], f.location,
                                    files))
    stream.write("\n</testsuite>")


_BATCH = 1024


# -- JSON (checker/reporters/json.py) ----------------------------------------------------


def interval_reference(interval: Interval | None, integer: bool, source: str | None = None
                       ) -> dict[str, Any]:
    """Return the JSON object of `interval` in a record, as a plain value."""
    lo, hi, lo_open, hi_open = (
        (None, None, False, False) if interval is None else interval_bounds(interval, integer)
    )
    out = {"min": number(lo), "max": number(hi), "min_open": lo_open, "max_open": hi_open}
    # `source` is present only for an interval set by hand (`"value"`): the grammar's
    # reading of `says` needs no mark.
    if source is not None:
        out["source"] = source
    return out


class _RecordsReference:
    """Make the records of one report; the JSON object of each distinct interval is made
    once (claims share a few thousand distinct intervals at 100,000 claims)."""

    def __init__(self) -> None:
        # Keyed on the fields: a tuple hashes in C, the dataclass through Python.
        self.intervals: dict[tuple[Any, ...], dict[str, Any]] = {}

    def interval(self, interval: Interval | None, integer: bool, source: str | None = None
                 ) -> dict[str, Any]:
        """Return the JSON object of `interval` (see `_interval`)."""
        key = ((None, integer, source) if interval is None else
               (interval.lo, interval.hi, interval.lo_open, interval.hi_open, integer, source))
        value = self.intervals.get(key)
        if value is None:
            value = self.intervals[key] = interval_reference(interval, integer, source)
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
        interval = self.interval(c.interval, c.integer, c.interval_source)
        return {
            "id": c.id,
            "source": c.source,
            "quantity": c.quantity,
            "says": c.says,
            "interval": interval,
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


def build_document_reference(result: AuditResult) -> dict[str, Any]:
    """Return the ``claimcheck-audit/1`` document of `result` for `write_document`."""
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
    records = _RecordsReference()
    doc["quantities"] = Records(sorted(result.quantities, key=lambda q: q.id), records.quantity)
    doc["claims"] = Records(sorted_claims(result), records.claim)
    doc["findings"] = Records(fingerprinted_findings(result.findings), _finding)
    doc["sources"] = Records(sorted(result.sources, key=lambda s: s.id), _source)
    doc["relations"] = Records(sorted(result.relations), _relation)
    doc["coverage"] = Records(sorted(result.coverage, key=lambda c: c.source), _coverage)
    return doc


def write_json_reference(result: AuditResult, stream: TextIO) -> None:
    """Write the JSON report of `result` to `stream`, a chunk of records at a time."""
    write_document(build_document_reference(result), stream)
