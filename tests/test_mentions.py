"""Tests of checker.mentions: numeric mentions with their qualifiers, years and dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checker.intervals import Interval
from checker.mentions import Mention, iter_mentions

SOURCES = Path(__file__).resolve().parents[1] / "claims" / "sources"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in iter_mentions(text)]


# Every mention of the bundled snapshots, in order (the seeds and the report's excerpts).
SNAPSHOTS = {
    "000_312a9d98b48a7554.txt": [("year", "2018"), ("number", "over 60"), ("number", "75")],
    "001_3af9180b7f05d994.txt": [
        ("number", "At least 75"), ("number", "176"), ("number", "at least 50"),
        ("number", "at least 75"), ("number", "176"), ("number", "56"), ("number", "64"),
        ("number", "52"), ("number", "63"), ("number", "at least 50"),
        ("number", "hundreds of"), ("number", "2 million"), ("number", "hundreds of"),
        ("number", "millions of"), ("number", "at least 75"), ("number", "over 60"),
        ("number", "14"), ("number", "11"), ("number", "more than 60"), ("number", "63"),
        ("number", "36"),
    ],
    "carnegie-2019-key-findings.txt": [
        ("date", "September 2019"), ("number", "176"), ("number", "At least seventy-five"),
        ("number", "176"), ("number", "fifty-six"), ("number", "sixty-four"),
        ("number", "fifty-two"), ("number", "sixty-three"), ("number", "thirty-six"),
        ("number", "at least fifty"), ("number", "fourteen"), ("number", "51 percent"),
        ("number", "37 percent"), ("number", "41 percent"), ("number", "41 percent"),
        ("year", "2018"), ("number", "forty"), ("number", "fifty"),
    ],
}


@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_iter_mentions_bundled_snapshots(name: str) -> None:
    assert found((SOURCES / name).read_text(encoding="utf-8")) == SNAPSHOTS[name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exporting tech to over 60 countries", ["over 60"]),
        ("At least 75 out of 176 nations", ["At least 75", "176"]),
        ("at least 75 of 176 countries", ["at least 75", "176"]),
        ("NEC 14 and IBM 11: report", ["14", "11"]),
        ("when hundreds of video cameras", ["hundreds of"]),
        ("in the city of 2 million.", ["2 million"]),
        ("the privacy of millions of people", ["millions of"]),
        ("forty of the top fifty military spending countries", ["forty", "fifty"]),
        ("one hundred and seventy-six countries", ["one hundred and seventy-six"]),
        ("forty and fifty", ["forty", "fifty"]),
        ("thousand forty", ["forty"]),
        ("75 or more, 50+ and some 60", ["75 or more", "50+", "some 60"]),
        ("nearly 32; just under 10; no more than 3", ["nearly 32", "just under 10",
                                                      "no more than 3"]),
        ("2.5 million, 12.5%, 51 per cent, a hundred", ["2.5 million", "12.5%", "51 per cent",
                                                        "a hundred"]),
        ("at least\n75", ["at least\n75"]),
        ("at least\n\n75", ["75"]),
        ("one of the G20, 5G, the 3rd, the 1990s, v1.2, 2.5x", ["one"]),
        ("1,234,567 people", ["1,234,567"]),
        ("No other company comes close; someone", []),
    ],
)
def test_iter_mentions_phrases(text: str, expected: list[str]) -> None:
    assert [m.text for m in iter_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("in 2018 the", "year"), ("since 1999.", "year"), ("in 2100", "number"),
        ("over 2018 people", "number"), ("2,018 people", "number"), ("2018 percent", "number"),
        ("September 2019", "date"), ("17 September 2019", "date"), ("2019-09-17", "date"),
        ("September 17, 2019", "date"), ("on 3 May", "date"), ("the may 20", "number"),
    ],
)
def test_iter_mentions_kinds(text: str, kind: str) -> None:
    (mention,) = iter_mentions(text)
    assert mention.kind == kind
    assert (mention.stated is None) == (kind != "number")


def test_mention_spans_and_stated() -> None:
    text = "Huawei supplies at least fifty countries."
    (m,) = iter_mentions(text)
    assert m == Mention(16, 30, "at least fifty", "number", m.stated, 25, 30)
    assert m.stated is not None and m.stated.qualifier == "at-least"
    assert m.stated.for_domain(integer=True) == Interval.of(50, None)
    (pct,) = iter_mentions("The index shows that 51 percent of")
    assert pct.text == "51 percent" and (pct.core_start, pct.core_end) == (21, 31)
    (vague,) = iter_mentions("hundreds of cities")
    assert (vague.core_start, vague.core_end) == (0, 8)


PROSE = st.lists(
    st.sampled_from([
        "at least", "over", "more than", "some", "nearly", "75", "2,000", "2018", "12.5",
        "seventy-five", "one", "hundred", "and", "thousand", "million", "percent", "%", "+",
        "or more", "hundreds of", "September", "17", "2019-09-17", "countries", "of", "the",
        "\n", "\n\n", ",", ".", "-", "x",
    ]),
    max_size=20,
).map(" ".join)


@given(PROSE | st.text(max_size=100))
@example("at least 75 or more over 60 percent+ hundreds of 2 million")
def test_iter_mentions_spans_are_ordered_and_disjoint(text: str) -> None:
    previous_end = 0
    for m in iter_mentions(text):
        assert text[m.start:m.end] == m.text
        assert previous_end <= m.start <= m.core_start < m.core_end <= m.end
        assert m.kind in ("number", "year", "date")
        previous_end = m.end


_PIECES = st.sampled_from([
    "more", "than", "at", "least", "over", "about", "some", "nearly", "under", "of",
    "take-over", "x_over", "éover", "Than", "OVER", "almost", "up", "to", "word", "63",
    " ", " ", "  ", "\t", "\n", "\u00a0", "-", ",", ".", "(",
])


@given(st.lists(_PIECES, max_size=12), st.integers(min_value=0, max_value=60))
@example(["more", "\t", "than", " "], 0)
@example(["take-over", " "], 0)
def test_qualifier_prefilter_agrees_with_the_lookback_expression(
        pieces: list[str], floor: int) -> None:
    # The cheap test of the word before a figure must never hide a qualifier that the
    # look-back expression finds (oracle: the expression alone).
    from checker import mentions

    text = "".join(pieces) + "63"
    core = len(text) - 2
    floor = min(floor, core)
    expected = None
    if core > 0 and text[core - 1].isspace():
        q = mentions._QUALIFIER_BEFORE.search(
            text, max(floor, core - mentions._LOOKBACK), core)
        expected = q.start() if q is not None else None
    assert mentions._qualifier_start(text, core, floor) == expected
