"""Coverage: every number in a snapshot is a claim or an ignore entry (layer 2: analysis).

The `extract` scanner (`mentions.iter_mentions`) runs over every text source (over its
section, where it has one).  A mention is covered when it overlaps the `says` words of a
verified claim of that source, or an occurrence of an `ignore` entry's `says` (inside
the entry's `quote`, when it gives one).  Every other mention is a COV001 finding.  The
scanner counts the mentions whose figure lies inside a claim's `says` without building
them (`mentions.mentions_outside`): they are claimed whatever else they hold.
"""

from __future__ import annotations

import bisect
import json
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from checker._frozen import record
from checker.findings import CoverageResult, Finding, Location, QuotePosition
from checker.mentions import Mention, mentions_outside
from checker.models import Claim, Ignore, Source
from checker.rules import finding
from checker.snapshots import NormalText, SourceText, find_section, normalize
from checker.triage import BY_NAME, classify

Locate = Callable[..., Location | None]


def _silencer(source: str, m: Mention, kind: str | None) -> str:
    """Return the `ignore` rule that would silence mention `m` of `source`, as a hint."""
    if kind is not None:
        return (f"`{{source: {source}, kind: {kind}, why: ...}}` would ignore all the "
                f"{BY_NAME[kind].plural} of `{source}`")
    return (f"`{{source: {source}, says: {json.dumps(m.text, ensure_ascii=False)}, "
            "why: ...}` would ignore it (or make it a claim)")


def _occurrences(doc: NormalText, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the original spans of every occurrence of `needle` in normalised [lo, hi)."""
    n = normalize(needle)
    spans: list[tuple[int, int]] = []
    if not n:
        return spans
    at = doc.norm.find(n, lo, hi)
    while at >= 0:
        spans.append((doc.to_original(at), doc.to_original_end(at + len(n))))
        at = doc.norm.find(n, at + 1, hi)
    return spans


_PATTERN_TEXT = 200
"""A `pattern` is tried on mentions of at most this many characters (a regular expression
from a claim file never runs on a long text)."""


@record(slots=False)
class _Rule:
    """An ignore entry that selects by rule: every selector it gives must match."""

    says: Callable[[int, int], bool] | None  # overlaps an occurrence of its `says`
    kind: str | None
    pattern: re.Pattern[str] | None
    section: tuple[int, int] | None  # original offsets

    def matches(self, text: str, m: Mention, lo: int) -> bool:
        start, end = m.start + lo, m.end + lo
        return ((self.says is None or self.says(start, end))
                and (self.kind is None or classify(text, m, lo) == self.kind)
                and (self.pattern is None or (len(m.text) <= _PATTERN_TEXT
                                              and self.pattern.fullmatch(m.text) is not None))
                and (self.section is None or self.section[0] <= start < self.section[1]))


def _says_spans(doc: NormalText, ign: Ignore, nlo: int, nhi: int) -> list[tuple[int, int]]:
    """Return the original spans of the occurrences of an entry's `says` (in its `quote`)."""
    if ign.says is None:
        return []
    if not ign.quote:
        return _occurrences(doc, ign.says, nlo, nhi)
    spans: list[tuple[int, int]] = []
    for qs, qe in _occurrences(doc, ign.quote, nlo, nhi):
        spans += _occurrences(doc, ign.says, doc.to_normal(qs), doc.to_normal(qe - 1) + 1)
    return spans


def _rule(doc: NormalText, ign: Ignore, nlo: int, nhi: int) -> _Rule | None:
    """Return the entry as a rule, or None when its section is not in the text."""
    section = None
    if ign.section is not None:
        found = find_section(doc, ign.section.from_, ign.section.to)
        if found is None:
            return None
        section = (doc.to_original(found[0]), doc.to_original_end(found[1]))
    says = _overlap_test(_says_spans(doc, ign, nlo, nhi)) if ign.says is not None else None
    return _Rule(says, ign.kind, re.compile(ign.pattern) if ign.pattern else None, section)


def scan_source(source: str, doc: NormalText, region: tuple[int, int],
                says: Sequence[tuple[int, int]], ignores: Sequence[Ignore]
                ) -> tuple[list[Mention], CoverageResult]:
    """Return the uncovered mentions of `doc` within the original `region` and the tally.

    `says` are the original spans of the source's verified claims' `says` words;
    `ignores` the source's ignore entries.  Entries that give only `says` (and `quote`)
    are merged into one overlap test; entries with a `kind`, `pattern` or `section` are
    tried one by one on the mentions the others leave.
    """
    lo, hi = region
    nlo, nhi = doc.to_normal(lo), doc.to_normal(hi) if hi < len(doc.text) else len(doc.norm)
    ignored_spans: list[tuple[int, int]] = []
    rules: list[_Rule] = []
    for ign in ignores:
        if ign.kind is None and ign.pattern is None and ign.section is None:
            ignored_spans += _says_spans(doc, ign, nlo, nhi)
        else:
            rule = _rule(doc, ign, nlo, nhi)
            if rule is not None:
                rules.append(rule)
    # The mentions whose figure starts inside a claim's `says` are claimed: the scanner
    # counts them without building them.
    claimed, others = mentions_outside(
        doc.text[lo:hi], says if lo == 0 else [(s - lo, e - lo) for s, e in says])
    mentions, ignored = claimed + len(others), 0
    left: list[Mention] = []
    overlaps_says, overlaps_ignored = _overlap_test(says), _overlap_test(ignored_spans)
    for m in others:
        start, end = m.start + lo, m.end + lo
        if overlaps_says(start, end):
            claimed += 1
        elif overlaps_ignored(start, end) or any(r.matches(doc.text, m, lo) for r in rules):
            ignored += 1
        else:
            left.append(m)
    return left, CoverageResult(source, mentions, claimed, ignored)


def _overlap_test(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether [start, end) overlaps any of `spans`, in O(log n).

    The spans that start before `end` are a prefix of them sorted by start; one of them
    overlaps when the largest end in that prefix lies after `start`.
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []  # reach[i]: the largest end among ordered[: i + 1]
    for _, e in ordered:
        reach.append(max(e, reach[-1]) if reach else e)

    def test(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    return test


@record
class TextToScan:
    """What the coverage rule reads of one text source: small, and cheap to pickle.

    A worker process is sent these (`texts_to_scan`) instead of the corpus: the text
    and its normal form, the region to scan, the `says` spans of the source's verified
    claims as one array of ints (start, end, start, end, ...), its ignore entries and
    the location its findings name.  What a worker is sent holds the text alone
    (`to_send`): the worker makes its normal form as it scans it (`NormalText` of the
    text as read, the same as the audit's), so that it never holds every snapshot's
    normal form and offset maps at once, and the audit does not pickle them.
    """

    source: str
    shown: str
    doc: NormalText | str  # (a str: the text as read, made into its normal form here)
    region: tuple[int, int]
    says: array[int]
    ignores: tuple[Ignore, ...]
    location: Location | None

    @property
    def text(self) -> str:
        """The text as read."""
        doc = self.doc
        return doc if isinstance(doc, str) else doc.text

    def to_send(self) -> TextToScan:
        """Return this item with its text as read instead of its normal form."""
        return TextToScan(self.source, self.shown, self.text, self.region, self.says,
                          self.ignores, self.location)


def texts_to_scan(sources: Mapping[str, Source], claims: Sequence[Claim],
                  ignores: Sequence[Ignore], texts: Mapping[str, SourceText],
                  positions: Mapping[str, QuotePosition], sections: Mapping[str, tuple[int, int]],
                  locate: Locate) -> list[TextToScan]:
    """Return what `scan_texts` reads of every text source to scan, in the order of ids."""
    says: dict[str, array[int]] = defaultdict(lambda: array("q"))
    position_of = positions.get
    for c in claims:
        pos = position_of(c.id or "")
        if pos is not None:
            start, end = pos.says_start, pos.says_end
            if start is not None and end is not None:
                spans = says[c.source]
                spans.append(start)
                spans.append(end)
    by_source: dict[str, list[Ignore]] = defaultdict(list)
    for ign in ignores:
        by_source[ign.source].append(ign)
    out: list[TextToScan] = []
    for sid in sorted(sources):
        read = texts.get(sid)
        if sources[sid].kind == "dataset" or read is None or read.text is None:
            continue
        doc = read.text
        if sources[sid].section is not None and sid not in sections:
            continue  # the section is missing: PRV001 already says so
        region = sections.get(sid, (0, len(doc.text)))
        out.append(TextToScan(sid, read.shown, doc, region, says[sid], tuple(by_source[sid]),
                              locate(sid)))
    return out


def scan_texts(items: list[TextToScan]) -> tuple[list[Finding], list[CoverageResult]]:
    """Return a COV001 finding for every uncovered mention of `items`, and their tallies.

    `items` is emptied as it is read, so that each text and its normal form go once they
    are scanned: the coverage worker of a large audit holds every snapshot of the
    corpus, and its memory counts in the audit's peak (it scans while the audit
    cross-checks).
    """
    findings: list[Finding] = []
    tallies: list[CoverageResult] = []
    items.reverse()
    take = items.pop
    while items:
        item = take()
        sid, region, given = item.source, item.region, item.doc
        # (the text alone, as a worker is sent it: `TextToScan.to_send`)
        doc = NormalText(given) if isinstance(given, str) else given
        flat = item.says
        says = list(zip(flat[0::2], flat[1::2], strict=True))
        left, tally = scan_source(sid, doc, region, says, item.ignores)
        tallies.append(tally)
        seen: dict[str, int] = defaultdict(int)
        for m in left:
            seen[m.text] += 1
            line = doc.line_of(m.start + region[0])
            page = doc.page_of(m.start + region[0])
            at = f"line {line}" + (f", page {page}" if page is not None else "")
            kind = classify(doc.text, m, region[0])
            what = BY_NAME[kind].noun if kind is not None else "number"
            findings.append(finding(
                "COV001", f"`{sid}` ({item.shown} {at}): the {what} “{m.text}” is not "
                f"covered by a claim or an `ignore` entry; {_silencer(sid, m, kind)}",
                location=item.location, subject=f"{sid}|{m.text}|{seen[m.text]}"))
    return findings, tallies


def check_coverage(sources: Mapping[str, Source], claims: Sequence[Claim],
                   ignores: Sequence[Ignore], texts: Mapping[str, SourceText],
                   positions: Mapping[str, QuotePosition], sections: Mapping[str, tuple[int, int]],
                   locate: Locate) -> tuple[list[Finding], list[CoverageResult]]:
    """Return a COV001 finding for every uncovered mention, and coverage per source."""
    return scan_texts(texts_to_scan(sources, claims, ignores, texts, positions, sections,
                                    locate))
