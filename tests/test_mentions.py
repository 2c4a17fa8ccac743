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
    "fell", "by", "rose", "edged", "between", "from", "a", "rise", "of", "shrank", "Up",
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
    from tests import _mentions_reference as reference

    text = "".join(pieces) + "63"
    core = len(text) - 2
    floor = min(floor, core)
    expected = None
    if core > 0 and text[core - 1].isspace():
        q = reference._QUALIFIER_BEFORE.search(
            text, max(floor, core - mentions._LOOKBACK), core)
        expected = q.start() if q is not None else None
    assert mentions._qualifier_start(text, core, floor) == expected


NEWS = st.lists(
    st.sampled_from([
        "more than", "$1.7", "trillion", "US$", "€3bn", "$382b", "1 in 5", "one-in-three",
        "4", "in", "10", "out of", "three", "four", "40-50%", "between", "and", "from", "to",
        "shrank by", "9.9%", "-0.3%", "rose", "edged up to", "11.5", "versus", "6.9 percent",
        "half of", "two-thirds", "twice", "almost doubled", "1:1", "1.7 to 1", ">30", "~40",
        "percentage points", "per 100,000", "1.5°C", "2017-18", "2019", "aged", "20-39",
        "\n", "\n\n", ",", ".", "-", "(", ")",
    ]),
    max_size=24,
).map(" ".join)


@given(NEWS)
@example("more than $1.7 trillion , one-in-three 11.5 versus 6.9 percent")
def test_iter_mentions_news_forms_are_ordered_disjoint_and_read(text: str) -> None:
    previous_end = 0
    for m in iter_mentions(text):
        assert text[m.start:m.end] == m.text
        assert previous_end <= m.start <= m.core_start < m.core_end <= m.end
        assert (m.stated is None) == (m.kind != "number")
        previous_end = m.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set to reach more than $1.7 trillion in 2023", ["more than $1.7 trillion", "2023"]),
        ("around USD 2.8 trillion", ["around USD 2.8 trillion"]),
        ("$382b and $1.7tn and €3bn", ["$382b", "$1.7tn", "€3bn"]),
        ("one-in-three adults", ["one-in-three"]),
        ("1 in 5 and 4 in 10 and three out of four", ["1 in 5", "4 in 10", "three out of four"]),
        ("At least 75 out of 176 nations", ["At least 75", "176"]),
        ("rates edged up to 9.9 percent", ["edged up to 9.9 percent"]),
        ("fossil investment shrank by 9.9%.", ["shrank by 9.9%"]),
        ("growth of -0.3% in", ["-0.3%"]),
        ("about 40-50% of", ["about 40-50%"]),
        ("between 40 and 50 cases", ["between 40 and 50"]),
        ("a one-to-one ratio, 1:1, 1.7 to 1", ["one-to-one", "1:1", "1.7 to 1"]),
        ("BMI >30 or 30 or higher", [">30", "30 or higher"]),
        ("more than 10 percentage points", ["more than 10 percentage points"]),
        ("12.5 per 100,000 people", ["12.5 per 100,000"]),
        ("warming of 1.5°C", ["1.5°C"]),
        ("nearly half of adults", ["nearly half"]),
        ("two-thirds of them, almost doubled", ["two-thirds", "almost doubled"]),
        ("from 2019 to 2023", ["2019", "2023"]),
        ("the third quarter", []),
        ("in the first half of 2019, half of them", ["2019", "half"]),
        ("3 in 2019", ["3", "2019"]),
        ("a double standard", []),
    ],
)
def test_iter_mentions_news_phrases(text: str, expected: list[str]) -> None:
    assert [m.text for m in iter_mentions(text)] == expected


def test_a_comparison_shares_its_unit() -> None:
    first, second = iter_mentions("obesity was 11.5 versus 6.9 percent")
    assert first.text == "11.5" and first.stated is not None
    assert first.stated.unit == "percent"
    assert first.stated.interval == Interval.of("11.45", "11.55", hi_open=True)
    assert second.text == "6.9 percent"
    (alone,) = iter_mentions("obesity was 11.5 in all")
    assert alone.stated is not None and alone.stated.unit is None


def test_qualifier_beside_ignores_directions_and_range_words() -> None:
    from checker.mentions import qualifier_beside

    text = "It rose 5% from 176 countries, at least 75 of them."
    assert qualifier_beside(text, text.index("5%"), text.index("5%") + 2) is None
    assert qualifier_beside(text, text.index("176"), text.index("176") + 3) is None
    at = text.index("75")
    assert qualifier_beside(text, at, at + 2) == "at least"


_QUALIFIER_WORDS = st.sampled_from([
    "at", "least", "LEAST", "leaſt", "Least", "more", "than", "over", "OVER", "nearly",
    "almost", "about", "some", "of", "a", "maximum", "no", "fewer", "to", "close", "mostly",
    "atleast", "é", "éover", "x-over", "_over", "1over", "\u212aeep", "about\u212a", "75",
    "60%", "(", ")", ",", "."])
_GAPS = st.sampled_from([" ", "  ", "\n", " \n ", "\n\n", "\t", "\u00a0", ""])


@given(st.lists(st.tuples(_QUALIFIER_WORDS, _GAPS), max_size=8), st.data())
@example([("at", " "), ("least", " ")], None)
@example([("leaſt", " ")], None)
@example([("at", " "), ("leaſt", " ")], None)
def test_qualifier_beside_skips_the_search_only_where_it_cannot_match(
        words: list[tuple[str, str]], data: st.DataObject | None) -> None:
    """Oracle: the look-back expression searched at every figure, with no word lookup first."""
    from checker import _mentions_qualifier, mentions

    text = "".join(w + g for w, g in words) + "75 or more clinics"
    starts = range(len(text) + 1) if data is None else [
        data.draw(st.integers(0, len(text)), label="start")]
    for start in starts:
        before = _mentions_qualifier._qualifier_only_before().search(
            text, max(0, start - mentions._LOOKBACK), start)
        if before is not None:
            assert _mentions_qualifier._may_end_qualifier(text, start), (text, start)
            wanted: str | None = " ".join(text[before.start():start].split())
        else:
            after = _mentions_qualifier._QUALIFIER_AFTER.match(text, start + 2)
            wanted = None if after is None else " ".join(after.group().split())
        assert mentions.qualifier_beside(text, start, start + 2) == wanted
