"""Coverage: every number in a snapshot is a claim or an ignore entry (layer 2: analysis).

The `extract` scanner (`mentions.iter_mentions`) runs over every text source (over its
section, where it has one).  A mention is covered when it overlaps the `says` words of a
verified claim of that source, or an occurrence of an `ignore` entry's `says` (inside
the entry's `quote`, when it gives one).  Every other mention is a COV001 finding.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from checker.findings import CoverageResult, Finding, Location, QuotePosition
from checker.mentions import Mention, iter_mentions
from checker.models import Claim, Ignore, Source
from checker.rules import finding
from checker.snapshots import NormalText, SourceText, normalize

Locate = Callable[..., Location | None]


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


def scan_source(source: str, doc: NormalText, region: tuple[int, int],
                says: Sequence[tuple[int, int]], ignores: Sequence[Ignore]
                ) -> tuple[list[Mention], CoverageResult]:
    """Return the uncovered mentions of `doc` within the original `region` and the tally.

    `says` are the original spans of the source's verified claims' `says` words;
    `ignores` the source's ignore entries.
    """
    lo, hi = region
    nlo, nhi = doc.to_normal(lo), doc.to_normal(hi) if hi < len(doc.text) else len(doc.norm)
    ignored_spans: list[tuple[int, int]] = []
    for ign in ignores:
        if ign.quote:
            for qs, qe in _occurrences(doc, ign.quote, nlo, nhi):
                ignored_spans += _occurrences(doc, ign.says, doc.to_normal(qs),
                                              doc.to_normal(qe - 1) + 1)
        else:
            ignored_spans += _occurrences(doc, ign.says, nlo, nhi)
    mentions = claimed = ignored = 0
    left: list[Mention] = []
    overlaps_says, overlaps_ignored = _overlap_test(says), _overlap_test(ignored_spans)
    for m in iter_mentions(doc.text[lo:hi]):
        start, end = m.start + lo, m.end + lo
        mentions += 1
        if overlaps_says(start, end):
            claimed += 1
        elif overlaps_ignored(start, end):
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


def check_coverage(sources: Mapping[str, Source], claims: Sequence[Claim],
                   ignores: Sequence[Ignore], texts: Mapping[str, SourceText],
                   positions: Mapping[str, QuotePosition], sections: Mapping[str, tuple[int, int]],
                   locate: Locate) -> tuple[list[Finding], list[CoverageResult]]:
    """Return a COV001 finding for every uncovered mention, and coverage per source."""
    says: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in claims:
        pos = positions.get(c.id or "")
        if pos is not None and pos.says_start is not None and pos.says_end is not None:
            says[c.source].append((pos.says_start, pos.says_end))
    by_source: dict[str, list[Ignore]] = defaultdict(list)
    for ign in ignores:
        by_source[ign.source].append(ign)
    findings: list[Finding] = []
    tallies: list[CoverageResult] = []
    for sid in sorted(sources):
        read = texts.get(sid)
        if sources[sid].kind == "dataset" or read is None or read.text is None:
            continue
        doc = read.text
        if sources[sid].section is not None and sid not in sections:
            continue  # the section is missing: PRV001 already says so
        region = sections.get(sid, (0, len(doc.text)))
        left, tally = scan_source(sid, doc, region, says[sid], by_source[sid])
        tallies.append(tally)
        seen: dict[str, int] = defaultdict(int)
        for m in left:
            seen[m.text] += 1
            line = doc.line_of(m.start + region[0])
            what = {"year": "year", "date": "date"}.get(m.kind, "number")
            findings.append(finding(
                "COV001", f"`{sid}` ({read.shown} line {line}): the {what} “{m.text}” is not "
                "covered by a claim or an `ignore` entry", location=locate(sid),
                subject=f"{sid}|{m.text}|{seen[m.text]}"))
    return findings, tallies
