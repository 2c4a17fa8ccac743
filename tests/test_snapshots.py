"""Normalising text for quote search: the fast path never changes the answer."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import snapshots
from checker.snapshots import NormalText, find_quote, find_says, normalize

_ALPHABET = st.sampled_from(list("ab1 .,-'\"\t\n\r\x0b\x0c\x7f\x00") + [
    "\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u2212", "\u00a0",
    "\u2009", "\u00ab", "\u2032", "é", "--", "  "])


def _oracle(text: str) -> str:
    return snapshots._FOLD.sub(lambda m: snapshots._replacement(m.group()), text)


@given(st.lists(_ALPHABET, max_size=30).map("".join))
@example("plain ascii text, nothing to fold")
@example("double  space")
@example("seventy-five -- at least")
@example("tab\there")
@example("curly \u201cquote\u201d")
def test_normalize_matches_the_folding_expression(text: str) -> None:
    assert normalize(text) == _oracle(text)


def test_find_quote_folds_quotes_dashes_and_spaces() -> None:
    doc = NormalText("He said \u201cat least seventy\u2014five\u201d  countries.\n")
    match = find_quote(doc, 'said "at least seventy--five" countries')
    assert match is not None and match.occurrences == 1
    assert doc.text[match.start:match.end].startswith("said \u201cat least")


@given(st.text(alphabet="ab c\n", max_size=40), st.text(alphabet="ab c", min_size=1,
                                                         max_size=12))
@settings(max_examples=300, deadline=None)
def test_find_divergence_matches_brute_force(text: str, quote: str) -> None:
    """The bisection finds the longest prefix that occurs, cut back to a word start."""
    from checker.snapshots import find_divergence

    doc = NormalText(text)
    q = normalize(quote)
    longest = max(k for k in range(len(q) + 1) if q[:k] in doc.norm)
    d = find_divergence(doc, quote)
    if longest in (0, len(q)):
        assert d is None
        return
    cut = longest
    while cut > 0 and q[cut - 1].isalnum() and q[cut].isalnum():
        cut -= 1
    cut = cut or longest
    assert d is not None and d.matched == q[:cut]
    assert doc.norm.find(q[:cut]) == doc.to_normal(d.start)
    assert d.quote_next == q[cut:cut + 30]


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85"])
def test_quote_lines_count_every_line_break_the_yaml_loader_counts(brk: str) -> None:
    doc = NormalText(f"Title{brk}{brk}First line.{brk}It says 63 countries.{brk}")
    match = find_quote(doc, "It says 63 countries")
    assert match is not None and match.line == 4


_TOKENS = st.sampled_from(["15", "150", "5", "2015", "-5", "\u22125", "1,500", "2.5",
                           "seventy", "seventy-five", "five", "40-50", "agencies", "(15)"])


@given(st.lists(_TOKENS, min_size=1, max_size=8), _TOKENS)
def test_says_stands_on_boundaries_exactly_when_it_is_a_whole_token(
        tokens: list[str], says: str) -> None:
    """Oracle: in a text of space-separated tokens, `says` (one token) is found on
    boundaries iff it is one of the tokens, or stands whole inside one ("(15)")."""
    quote = " ".join(tokens)
    found = find_says(quote, says)
    wanted = normalize(says)
    whole = any(normalize(t) == wanted or normalize(t.strip("()")) == wanted for t in tokens)
    assert (found is not None and found[1]) == whole, (quote, says, found)
