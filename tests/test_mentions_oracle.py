"""The scanner's fast paths against the scanner without them (tests/_mentions_reference.py).

`checker.mentions.iter_mentions` skips letter candidates by their first three letters,
stops reading the words before a figure once no qualifier phrase can begin with them,
and keeps more readings cached; none of that may change a single mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import _mentions_expr, mentions
from checker.numbers import (
    CURRENCIES,
    DIRECTIONS,
    FRACTIONS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SUFFIX_QUALIFIERS,
    UNIT_WORDS,
    VAGUE,
)
from tests import _mentions_reference as reference

Row = tuple[int, int, str, str, object, int, int]


def _rows(found: Iterable[Any]) -> list[Row]:
    # Every field, as a tuple: the two modules' `Mention` classes are not the same class.
    return [(m.start, m.end, m.text, m.kind, m.stated, m.core_start, m.core_end)
            for m in found]


_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_FILLERS = ["a", "an", "and", "of", "the", "first", "half", "in", "out of", "to", "every",
            "by", "versus", "vs.", "or", "between", "from", "for", "said", "thing"]
# One table at a time, so that every word of a small table turns up often.
_TABLES = [
    sorted(" ".join(p) for p in PREFIX_QUALIFIERS), sorted(" ".join(p) for p in DIRECTIONS),
    sorted(" ".join(p) for p in [*SUFFIX_QUALIFIERS, *UNIT_WORDS]), sorted(NUMBER_WORDS),
    sorted({*VAGUE, *FRACTIONS, *MULTIPLIER_WORDS}), _MONTHS,
    sorted({*CURRENCIES, *SCALES, *SCALE_ABBREVIATIONS}), _FILLERS]
_WORD = st.one_of([st.sampled_from(table) for table in _TABLES]).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("s", "ſ")]))
_DIGITS = st.one_of(
    st.integers(0, 3000).map(str),
    st.sampled_from(["1,000", "12,345,678", "1,00", "0.5", "12.25", "2019-09-17", "1990s",
                     "3rd", "17th", "2,5", "1.", ".5"]))
_GLUE = st.sampled_from([
    " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u3000", "\x85", "",
    "-", "–", "—", "−", "‐",
    ",", ".", ":", ";", "(", ")", "/", "%", "+", "$", "€", "£", "¥", ">", "≥", "~", "≈", "=",
    "°", "x", "_", "é", "K", "ſ", "G"])
TEXTS = st.lists(st.tuples(st.one_of(_WORD, _DIGITS, _GLUE), _GLUE), max_size=30).map(
    lambda pieces: "".join(p + g for p, g in pieces))


@settings(max_examples=400)
@given(TEXTS | st.text(max_size=80))
@example("at least 75 out of 176 nations; fell by more than 9.9% from 2019 to 2023")
@example("the thing said for the first half of 2019, a third, an eighth, a-half")
@example("17 September 2019 and September 17, 2019 and 2019-09-17 and ninety-nine")
@example("a hundred, a quarter, an increase of by more than or equal to 5")
@example("leaſt 5, at leaſt 5, thouſand, \u212aeep 3, Over 60")
def test_iter_mentions_yields_exactly_the_reference_mentions(text: str) -> None:
    assert _rows(mentions.iter_mentions(text)) == _rows(reference.iter_mentions(text))


_BEFORE_WORDS = st.lists(st.sampled_from(sorted(
    {w for p in reference._BEFORE for w in p} | {"the", "x", "é", "1", "_a"})), max_size=12)
_GAPS = st.sampled_from([" ", "  ", "\n", " \n ", "\n\n", "\t", "\u00a0", "\u2009", "\u3000",
                        "\x1c", "\x85", "", "-", ","])


@given(st.lists(st.tuples(_BEFORE_WORDS.map(" ".join), _GAPS), max_size=6),
       st.integers(0, 80))
@example([("an increase of by less than or equal to", " ")], 0)
@example([("x a decline of to less than or equal to", " ")], 0)
def test_the_lookback_walk_finds_the_reference_qualifier(
        words: list[tuple[str, str]], floor: int) -> None:
    text = "".join(w + g for w, g in words) + "63"
    core = len(text) - 2
    floor = min(floor, core)
    assert (mentions._qualifier_start(text, core, floor)
            == reference._qualifier_start(text, core, floor))


def test_the_letter_heads_are_necessary_for_every_letter_branch() -> None:
    # Every word a letter branch starts on begins with one of the heads: without a word
    # on the list, the heads would hide its mentions.
    heads = re.compile(_mentions_expr._HEADS, re.IGNORECASE)
    for word in [*NUMBER_WORDS, *VAGUE, *_MONTHS, "half", *MULTIPLIER_WORDS, "a ", "an-"]:
        assert heads.match(word + " "), word
    assert heads.match("the ") is None and heads.match("said ") is None
    assert [m.text for m in mentions.iter_mentions("thrice, a third, ſeven")] == [
        m.text for m in reference.iter_mentions("thrice, a third, ſeven")]


def test_the_backward_phrase_tables_are_the_reversed_phrases_and_their_beginnings() -> None:
    """`_BEFORE_REVERSED` and its beginnings, joined from the qualifiers' and directions'
    readings, are each phrase of the look-back reversed and cut, as first defined."""
    quals = [p for p, q in PREFIX_QUALIFIERS.items() if q != "mark" and p[0][0].isalpha()]
    dirs = [d + end for d in DIRECTIONS for end in ((), ("by",), ("to",))]
    before = frozenset([*quals, *dirs, *(d + q for d in dirs for q in quals),
                        ("between",), ("from",)])
    assert before == reference._BEFORE
    reversed_ = frozenset(tuple(w[::-1] for w in reversed(p)) for p in before)
    heads = frozenset(p[:n] for p in reversed_ for n in range(1, len(p)))
    assert mentions._BEFORE_REVERSED == reversed_
    assert mentions._BEFORE_REVERSED_HEADS == heads
