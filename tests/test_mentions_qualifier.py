"""`mentions.qualifier_beside`'s shortcut against the expressions alone (the oracle).

The shortcut answers from the characters right before and after a claim's `says` (a word
that ends no qualifier, then a word that begins no suffix qualifier) without searching
the look-back expression or matching the suffix one; tests/_mentions_reference.py keeps
the function as it was, both expressions tried at every call.  The two must agree on
every text and span, qualifiers and hedges in any case (and with the characters outside
ASCII that case-insensitive matching takes for ASCII letters), punctuation, line breaks
and other whitespace.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import _mentions_qualifier, mentions
from checker.numbers import DIRECTIONS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS
from tests import _mentions_reference as reference

_PHRASE_WORDS = sorted({w for p in [*PREFIX_QUALIFIERS, *SUFFIX_QUALIFIERS, *DIRECTIONS]
                        for w in p})
# Words that end (or begin) like a qualifier's words without being one: the shortcut's
# tables must send them on to the expression, or tell them apart.
_LOOKALIKES = ["counted", "estimated", "Estimated", "home", "equipment", "setup", "excess",
               "success", "maximum", "minimum", "upwards", "oto", "xto", "photo", "proof",
               "hereof", "than", "thanks", "most", "almost", "utmost", "eat", "least",
               "atleast", "closeto", "andover", "ore", "orange", "anderson", "an", "a",
               "is", "of", "to", "or", "and", "as", "On", "AND", "Or", "x", "_", "é",
               "éover", "\u212aeep", "leaſt", "thouſand", "ıs", "İn", "abou\u0131", "75",
               "1,617", "60%", "9.9"]
_WORD = st.one_of(st.sampled_from(_PHRASE_WORDS), st.sampled_from(_LOOKALIKES)).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("s", "ſ"),
                               w.replace("k", "\u212a"), w.replace("i", "ı")]))
_GAP = st.sampled_from([" ", " ", " ", "  ", "\n", " \n ", "\n\n", "\t", "\u00a0", "\u2009",
                        "\u3000", "\x85", "", ",", ", ", ".", "(", ")", "-", "–", "+",
                        "$", "%", ":", "'", '"'])
TEXTS = st.lists(st.tuples(_WORD, _GAP), max_size=14).map(
    lambda pieces: "".join(w + g for w, g in pieces))


def _agree(text: str, start: int, end: int) -> None:
    assert (mentions.qualifier_beside(text, start, end)
            == reference.qualifier_beside(text, start, end)), (text, start, end)


@settings(max_examples=500)
@given(TEXTS, TEXTS, TEXTS)
@example("It is home to ", "75", " of them")
@example("equipment to ", "1,617", " sites")
@example("at leaſt ", "75", " or more")
@example("close to ", "75", " and over")
@example("greater than or equal to ", "5", "")
@example("in excess of ", "5", " Or so")
@example("counted ", "998", " + 1")
@example("an estimated ", "998", "\nor more")
def test_qualifier_beside_agrees_with_the_expressions(before: str, says: str,
                                                      after: str) -> None:
    """A `says` placed between two generated texts, as in a quote."""
    text = before + says + after
    _agree(text, len(before), len(before) + len(says))


@settings(max_examples=200)
@given(TEXTS | st.text(max_size=40), st.data())
@example("That is more than 49 percent of the clinics", None)
@example("hereof 5 than 6 to 7 of 8 up to 9 or 10 x 11", None)
def test_qualifier_beside_agrees_at_every_span(text: str, data: st.DataObject | None) -> None:
    """Every span of a short text (or one drawn from a longer one), empty spans too."""
    if data is None or len(text) <= 12:
        spans = [(s, e) for s in range(len(text) + 1) for e in range(s, len(text) + 1)]
    else:
        start = data.draw(st.integers(0, len(text)), label="start")
        spans = [(start, data.draw(st.integers(start, len(text)), label="end"))]
    for start, end in spans:
        _agree(text, start, end)


def test_every_qualifier_is_found_in_every_case_after_every_word() -> None:
    """Each prefix and suffix qualifier, in three cases, after and before words that share
    its letters: the shortcut finds what the expressions find."""
    words = ["", "x", "is", "to", "of", "up", "close", "equipment", "counted", "estimated"]
    prefixes = [" ".join(p) for p in PREFIX_QUALIFIERS]
    suffixes = [" ".join(p) for p in SUFFIX_QUALIFIERS]
    for phrase in prefixes:
        for form in (phrase, phrase.upper(), phrase.title()):
            for word in words:
                for gap in (" ", "  ", "\n", ""):
                    before = f"{word} {form}{gap}" if word else f"{form}{gap}"
                    text = before + "75 of them"
                    _agree(text, len(before), len(before) + 2)
    for phrase in suffixes:
        for form in (phrase, phrase.upper(), phrase.title()):
            for gap in (" ", "  ", "\n", "\t", ""):
                text = f"That is 75{gap}{form} clinics"
                _agree(text, 8, 10)
    found = mentions.qualifier_beside("home to at least 75 or more", 17, 19)
    assert found == "at least"
    assert mentions.qualifier_beside("That is 75 or more clinics", 8, 10) == "or more"
    assert mentions.qualifier_beside("That is 75+ clinics", 8, 10) == "+"
    assert mentions.qualifier_beside("home to 75 of them", 8, 10) is None
    assert mentions.qualifier_beside("close to 75 of them", 9, 11) == "close to"
    assert mentions.qualifier_beside("an estimated 75", 13, 15) == "an estimated"
    assert mentions.qualifier_beside("we counted 75", 11, 13) is None


def test_the_shortcut_tables_leave_every_qualifier_to_the_expression() -> None:
    """No table entry is the end (or the start) of a phrase the expressions match."""
    for phrase in mentions._QUALS:
        text = " ".join(phrase) + " "
        for form in (text, text.upper(), text.title()):
            assert form[-3:] not in _mentions_qualifier._NOT_LAST_ENDS
            assert form[-2:] not in _mentions_qualifier._NOT_LETTER_ENDS
            assert form[-4:-3] not in _mentions_qualifier._NOT_BEFORE_END.get(form[-3:], ())
            assert form[-6:-3] not in _mentions_qualifier._NOT_PENULTIMATE_ENDS.get(form[-4:], ())
    for phrase in _mentions_qualifier._SUFFIX_WORDS:
        for form in (phrase, phrase.upper(), phrase.title()):
            assert " " + form[:2] not in _mentions_qualifier._NOT_SUFFIX_STARTS


class _Untried:
    """An expression the shortcut must not reach."""

    def search(self, *args: object) -> None:
        raise AssertionError("the look-back expression was searched")

    def match(self, *args: object) -> None:
        raise AssertionError("the suffix expression was matched")


def test_the_common_spans_take_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word that ends no qualifier (or " to "/" of " after one that ends no word before
    them), then a word that begins no suffix qualifier: neither expression is tried."""
    monkeypatch.setattr(_mentions_qualifier, "_qualifier_only_before", _Untried)
    monkeypatch.setattr(_mentions_qualifier, "_QUALIFIER_AFTER", _Untried())
    for text in ["That is 75 of the clinics", "equipment to 75 sites", "It is home to 75 OF",
                 "Of those, 75 were", "We counted 75 schools", "In excess, 75 Schools",
                 "Set up of 75 sites"]:
        at = text.index("75")
        assert mentions.qualifier_beside(text, at, at + 2) is None


def test_the_shortcut_tables_are_their_definitions() -> None:
    """The tables, built from products and set differences, are the letter-by-letter
    definitions their docstrings give."""
    letters = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)]
    pairs = [a + b for a in letters for b in letters]
    last = {p[-1].lower() for p in mentions._QUALS}
    assert _mentions_qualifier._NOT_LAST_ENDS == {
        p + " " for p in pairs if not any(w.endswith(p.lower()) for w in last)}
    assert _mentions_qualifier._NOT_BEFORE_END == {
        p + " ": {x for x in letters
                  if not any(len(w) > 2 and w.endswith((x + p).lower()) for w in last)}
        for p in pairs if any(w.endswith(p.lower()) for w in last)}
    assert _mentions_qualifier._NOT_PENULTIMATE_ENDS == {
        f" {a}{b} ": {p + " " for p in pairs if not any(
            len(q) > 1 and q[-1] == (a + b).lower() and q[-2].lower().endswith(p.lower())
            for q in mentions._QUALS)}
        for a, b in pairs if (a + b).lower() in ("to", "of")}
    first = {p[0] for p, q in SUFFIX_QUALIFIERS.items() if q != "mark" and p != ("+",)}
    assert _mentions_qualifier._NOT_SUFFIX_STARTS == {
        " " + p for p in pairs if not any(w.startswith(p.lower()) for w in first)}
    assert mentions._scan().candidate.pattern == mentions._CANDIDATE
    assert mentions._scan().candidate.flags & re.IGNORECASE
    assert _mentions_qualifier._qualifier_only_before().flags & re.IGNORECASE
