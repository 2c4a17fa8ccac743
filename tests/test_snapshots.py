"""Normalising text for quote search: the fast path never changes the answer."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import snapshots
from checker.snapshots import NormalText, find_quote, normalize

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
