"""The coverage scan's shortcuts against the full scan (checker.mentions, checker.coverage).

The scanner finds where a candidate may start with a cheap pass over a folded copy of the
text, counts the mentions whose figure lies in a claim's `says` without building them,
and reads a figure that stands alone without the full candidate expression.  None of that
may change a mention, a COV001 finding or a coverage tally: each is checked here against
the scan without it (tests/_mentions_reference.py, and coverage's loop over every mention
as it stood before).
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import mentions
from checker.coverage import _occurrences, _overlap_test, scan_source
from checker.findings import CoverageResult
from checker.mentions import Mention
from checker.models import Ignore
from checker.snapshots import NormalText
from tests import _mentions_reference as reference
from tests.test_mentions_oracle import TEXTS, _rows

ALL_TEXTS = TEXTS | st.text(max_size=80)


@settings(max_examples=400)
@given(ALL_TEXTS)
@example("x one,two;3.5 May 2019 a third An Eighth half of the ſix \u212aeep thrice 1,268")
@example("ıt İt a\u00a0hundred a-half hundreds\tof 5 mln")
def test_the_folded_pass_finds_every_start_of_a_candidate(text: str) -> None:
    starts = set(mentions._starts(text))
    for at in range(len(text) + 1):
        if mentions._scan().candidate.match(text, at) is not None:
            assert at in starts, (text, at)


def test_the_caseless_table_is_every_character_matched_to_an_ascii_letter() -> None:
    # The folded pass maps these and nothing else outside ASCII to letters: a character
    # missing here could start a candidate the pass does not see.
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {}
    for code in range(128, sys.maxunicode + 1):
        c = chr(code)
        if letter.match(c):
            found[code] = next(x for x in string.ascii_lowercase
                               if re.match(x, c, re.IGNORECASE))
    assert found == mentions._CASELESS
    for code, x in found.items():
        assert [y for y in string.ascii_lowercase if re.match(y, chr(code), re.IGNORECASE)
                ] == [x]


@settings(max_examples=600)
@given(ALL_TEXTS)
@example("151 markets, 56 percent, 3 to 4, 2 in 10, 5 or more, 15 May, 5 mſ, 5 m_ 5 pts.")
@example("1,268 schools 2019-09-17 seen 1.5 per cent 7 km/h 4 x 5bn sites 9 USD 9 us$")
@example("5 of them, 5 of every 10, 5 percent of every 10, 5+ of, 5 percent to 6, 5 percentage")
@example("5 percent or more, 5 Percent, 5 percent\nof every 9, 5 of\u00a0every 9, 7+3, 2019+")
def test_a_bare_figure_is_what_the_candidate_expression_matches(text: str) -> None:
    # Where the shortcut reads a figure, `_CANDIDATE` matches a figure there (no date)
    # whose phrase may end where the shortcut's match does.
    for at in range(len(text)):
        b = mentions._scan().bare.match(text, at)
        if b is None:
            continue
        m = mentions._scan().candidate.match(text, at)
        assert m is not None and m.group("date") is None, (text, at)
        core_start, core_end = m.span("digits")
        assert core_start == at, (text, at)
        assert mentions._end(text, m, core_start, core_end) == b.end(), (text, at)


def _spans(data: st.DataObject, text: str, found: Sequence[Mention]) -> list[tuple[int, int]]:
    # Spans around some of the mentions (cut short or long by a few characters on either
    # side, so that they part ranges, lists and qualifiers from their figures) and a few
    # anywhere.
    spans = []
    for m in found:
        if data.draw(st.booleans()):
            s = m.start + data.draw(st.integers(-3, max(0, m.core_start - m.start) + 2))
            e = m.core_start + data.draw(st.integers(-2, m.end - m.core_start + 3))
            spans.append((max(0, s), max(0, e)))
    spans += data.draw(st.lists(st.tuples(st.integers(0, len(text)),
                                          st.integers(0, len(text))), max_size=3))
    return spans


@settings(max_examples=400)
@given(ALL_TEXTS, st.data())
@example("at least 75 out of 176 nations, forty and fifty, 40-50%, 1 in 12, 2019", None)
def test_mentions_outside_spans_are_the_full_scan_split_by_the_spans(
        text: str, data: st.DataObject | None) -> None:
    full = list(reference.iter_mentions(text))
    spans = (_spans(data, text, full) if data is not None
             else [(0, 2), (9, 11), (30, 31), (44, 45), (52, 55), (60, 64)])
    inside = [m for m in full if any(s <= m.core_start < e for s, e in spans)]
    outside = [m for m in full if m not in inside]
    counted, others = mentions.mentions_outside(text, spans)
    assert (counted, _rows(others)) == (len(inside), _rows(outside))
    assert _rows(mentions.iter_mentions(text)) == _rows(full)


def _old_scan(source: str, doc: NormalText, region: tuple[int, int],
              says: Sequence[tuple[int, int]], ignored: Sequence[tuple[int, int]]
              ) -> tuple[list[Mention], CoverageResult]:
    # `scan_source` as it stood before the shortcut: every mention built and tested.
    lo, hi = region
    mentions_ = claimed = ignored_ = 0
    left = []
    overlaps_says, overlaps_ignored = _overlap_test(says), _overlap_test(ignored)
    for m in mentions.iter_mentions(doc.text[lo:hi]):
        start, end = m.start + lo, m.end + lo
        mentions_ += 1
        if overlaps_says(start, end):
            claimed += 1
        elif overlaps_ignored(start, end):
            ignored_ += 1
        else:
            left.append(m)
    return left, CoverageResult(source, mentions_, claimed, ignored_)


@settings(max_examples=300)
@given(ALL_TEXTS, st.data())
def test_the_coverage_tally_and_findings_are_those_of_the_full_scan(
        text: str, data: st.DataObject) -> None:
    doc = NormalText(text)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    full = list(reference.iter_mentions(text[lo:hi]))
    says = [(s + lo, e + lo) for s, e in _spans(data, text[lo:hi], full)]
    picked = data.draw(st.lists(st.sampled_from(full), max_size=2)) if full else []
    ignores = [Ignore(source="s", says=m.text, why="w") for m in picked]
    nlo, nhi = doc.to_normal(lo), doc.to_normal(hi) if hi < len(text) else len(doc.norm)
    ignored = [span for m in picked for span in _occurrences(doc, m.text, nlo, nhi)]
    left, tally = scan_source("s", doc, (lo, hi), says, ignores)
    old_left, old_tally = _old_scan("s", doc, (lo, hi), says, ignored)
    assert (_rows(left), tally) == (_rows(old_left), old_tally)
