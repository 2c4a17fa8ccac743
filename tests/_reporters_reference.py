"""The reporters' general paths as they were before their fast paths: the oracles of
``tests/test_reporters_fast.py``.

Each function here is the earlier code of a report, kept verbatim but for its name: the
reports must give exactly the same objects and bytes.  Not imported by `checker`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from fractions import Fraction
from operator import attrgetter
from typing import Any, TextIO

from checker.findings import AuditResult, ClaimResult, Finding, Location, QuantityResult, Severity
from checker.intervals import Interval, Number, decimal_exponent, format_number
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
from checker.reporters._jsonout import Records, byte_writer, number, write_document, write_json
from checker.reporters._lead import DROPPED_HEDGE, Sentences
from checker.reporters._numberline import (
    AXIS_GAP,
    SHAPES,
    TOP,
    WIDE,
    Bar,
    Layout,
    NumberLine,
    Row,
    Tick,
    _domain,
    _r,
    describe,
    marker,
)
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



_ESCAPES = {b"<": b"\\u003c", b">": b"\\u003e", b"&": b"\\u0026"}


def _escaped(data: bytes) -> bytes:
    # "<", ">" and "&" stand only inside JSON strings: escaping them in the text is
    # escaping them in the strings.
    for char, escaped in _ESCAPES.items():
        if char in data:
            data = data.replace(char, escaped)
    return data


def write_claimreview_reference(result: AuditResult, stream: TextIO) -> None:
    """Write the ClaimReview JSON-LD of `result` to `stream`: the review objects of
    `build_reviews_reference`, encoded a chunk at a time."""
    write, done = byte_writer(stream)
    write_json(Records(build_reviews_reference(result), _same),
               lambda data: write(_escaped(bytes(data))))
    write(b"\n")
    done()


def _same(review: dict[str, Any]) -> dict[str, Any]:
    return review

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


# -- The number lines of the HTML page (checker/reporters/_numberline.py) -----------------
# Each chart computed on its own (the page now lays out the wide and the narrow chart of a
# quantity from one computation of what they share).

def _ticks(lo: Fraction, hi: Fraction, x_of: Callable[[Number], float],
           integer: bool) -> tuple[Tick, ...]:
    raw = Fraction(hi - lo) / 5
    # The power of ten at or below `raw`, computed exactly (a float overflows or
    # underflows on the bounds of chained ratios).
    mag = (Fraction(10) ** decimal_exponent(raw.numerator, raw.denominator) if raw > 0
           else Fraction(1))
    step_f = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if integer:
        step_f = max(Fraction(1), Fraction(math.ceil(step_f)))
    first = math.ceil(lo / step_f)
    ticks: list[Tick] = []
    k = first
    while k * step_f <= hi and len(ticks) < 12:
        v = k * step_f
        ticks.append(Tick(_r(x_of(v)), format_number(v)))
        k += 1
    return tuple(ticks)


def build_number_line_reference(
    quantity: str, rows: list[Row], implied: Interval | None, integer: bool, limit: int = 40,
    layout: Layout = WIDE,
) -> NumberLine:
    """Return the chart of `rows` (claims) and the `implied` bounds of `quantity`.

    Whole-number intervals are drawn on the integers they contain.  At most `limit` rows
    are drawn; the rest are counted in `NumberLine.more`.  `layout` places the plot and
    the labels (`WIDE` or `NARROW`).
    """
    PLOT_X1, PLOT_X2, ROW = layout.plot_x1, layout.plot_x2, layout.row  # noqa: N806
    top = TOP if layout.label_dy > 0 else TOP + 12
    def shown(iv: Interval) -> Interval:
        return iv.integers(minimum=None) if integer and not iv.is_empty() else iv

    drawn = [(r.name, shown(r.interval), r.verdict, r.href) for r in rows[:limit]]
    if implied is not None:
        drawn.insert(0, ("implied bounds", shown(implied), "implied", None))
    lo, hi = _domain([iv for _, iv, _, _ in drawn])
    span = hi - lo
    axis_y = _r(top + len(drawn) * ROW - 6 - (ROW - 22.0) / 2)

    def at(v: Number) -> float:
        # The share of the axis is computed exactly and is at most about 1 in size, so
        # converting it to a float neither overflows nor underflows, whatever the bounds.
        return PLOT_X1 + float((v - lo) / span) * (PLOT_X2 - PLOT_X1)

    def x_of(v: Number | None, edge: float) -> float:
        return edge if v is None else at(v)

    band = None
    if implied is not None and not drawn[0][1].is_empty():
        iv = drawn[0][1]
        bx1, bx2 = x_of(iv.lo, PLOT_X1), x_of(iv.hi, PLOT_X2)
        if bx2 - bx1 < 8:  # a single value: a narrow band centred on it
            bx1, bx2 = (bx1 + bx2) / 2 - 4, (bx1 + bx2) / 2 + 4
        band = (_r(bx1), _r(top - 9), _r(bx2 - bx1), _r(axis_y - top + 9))
    bars = []
    words = []
    for i, (name, iv, verdict, href) in enumerate(drawn):
        y = _r(top + i * ROW)
        empty = iv.is_empty()
        x1 = PLOT_X1 if empty else x_of(iv.lo, PLOT_X1)
        x2 = PLOT_X2 if empty else x_of(iv.hi, PLOT_X2)
        single = not empty and iv.lo is not None and iv.lo == iv.hi
        lo_kind = "ray" if iv.lo is None else ("open" if iv.lo_open else "closed")
        hi_kind = "ray" if iv.hi is None else ("open" if iv.hi_open else "closed")
        if empty or single:
            lo_kind = hi_kind = "none"
        arrow_lo = (f"{_r(x1 - 2)},{y} {_r(x1 + 6)},{_r(y - 4)} {_r(x1 + 6)},{_r(y + 4)}"
                    if lo_kind == "ray" else "")
        arrow_hi = (f"{_r(x2 + 2)},{y} {_r(x2 - 6)},{_r(y - 4)} {_r(x2 - 6)},{_r(y + 4)}"
                    if hi_kind == "ray" else "")
        shape = SHAPES.get(verdict, "circle")
        row_band = None
        point = None
        if verdict == "implied":
            if band is not None:  # the band's row, short of the arrows of its rays
                bx, bw = band[0], band[2]
                if lo_kind == "ray":
                    bx, bw = bx + 6, bw - 6
                if hi_kind == "ray":
                    bw -= 6
                row_band = (_r(bx), _r(y - 5), _r(bw), 10.0)
        elif single:
            point = marker(shape, x1, y)
        text = "∅ (empty)" if empty else str(iv)
        label = f"{name}: {text}"
        if verdict != "implied":
            label += f" ({verdict})"
        if len(label) > layout.label_chars:
            label = label[: layout.label_chars - 1] + "…"
        bars.append(Bar(y, _r(x1), _r(x2), lo_kind, hi_kind, arrow_lo, arrow_hi, point,
                        marker(shape, layout.mark_x, y), row_band, verdict, label, href, empty))
        if verdict == "implied":
            words.append(f"Implied bounds: {describe(iv)}.")
        else:
            words.append(f"{name}: {describe(iv)}, {verdict}.")
    height = int(axis_y + AXIS_GAP)
    more = max(0, len(rows) - limit)
    if more:
        words.append(f"{more} more claims are not drawn.")
    return NumberLine(layout.width, height, axis_y, PLOT_X1, PLOT_X2, layout.label_x,
                      layout.label_dy, _ticks(lo, hi, at, integer),
                      band, tuple(bars), f"Number line of {quantity}", " ".join(words), more)


# -- The terminal's table of quantities (checker/reporters/terminal.py) -------------------

_TABLE_VERDICTS = ["agrees", "weaker", "stronger", "overlaps", "conflicts", "uncorroborated"]


def table_rows_reference(result: AuditResult, max_rows: int
                         ) -> list[tuple[QuantityResult, dict[str, int]]]:
    """The rows of the terminal's table of quantities, every quantity counted to choose."""
    by_id = {c.id: c for c in result.claims}
    rows = []
    for q in result.quantities:
        counts = dict.fromkeys(_TABLE_VERDICTS, 0)
        for cid in q.claims:
            if cid in by_id:
                counts[by_id[cid].verdict._value_] += 1
        rows.append((q, counts))
    if len(rows) > max_rows:  # keep the quantities with the most trouble
        rows.sort(key=lambda r: (-r[1]["conflicts"], -r[1]["stronger"], -r[1]["overlaps"],
                                 r[0].id))
        rows = rows[:max_rows]
    rows.sort(key=lambda r: r[0].id)
    return rows
