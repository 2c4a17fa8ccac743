"""Normalising text for quote search: the fast path never changes the answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import _snapshots_text, snapshots
from checker.snapshots import NormalText, find_quote, find_says, normalize

_ALPHABET = st.sampled_from(list("ab1 .,-'\"\t\n\r\x0b\x0c\x7f\x00") + [
    "\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u2212", "\u00a0",
    "\u2009", "\u00ab", "\u2032", "é", "--", "  "])


# The folding expression as the format states it (DESIGN §3), one alternative per kind of
# piece: the oracle of the faster expressions `snapshots` uses.
_PLAIN_FOLD = re.compile(r"\s{2,}|[^\S ]|[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]|"
                         r"[\u2018\u2019\u201a\u201b\u2032]|-{2,}|[\u2012\u2013\u2014\u2015\u2212]+")


def _oracle(text: str) -> str:
    return _PLAIN_FOLD.sub(lambda m: _snapshots_text._replacement(m.group()), text)


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


_TEXT = st.lists(_ALPHABET, max_size=30).map("".join)


@given(_TEXT)
@example("a \n b")
@example("a  b -- c \u2014\u2013 d")
@example("line\n\nnext\t\x0b")
def test_fold_expressions_find_the_pieces_of_the_plain_one(text: str) -> None:
    """The expression that starts with one character class finds the same pieces; the
    one that skips spaces as well does wherever it is chosen (no space before whitespace)."""
    wanted = [m.span() for m in _PLAIN_FOLD.finditer(text)]
    assert [m.span() for m in _snapshots_text._FOLD.finditer(text)] == wanted
    chosen = _snapshots_text._fold_pattern(text)
    assert [m.span() for m in chosen.finditer(text)] == wanted
    if chosen is _snapshots_text._FOLD_NO_SPACE:
        assert re.search(r" \s", text) is None


def test_fold_breaks_are_every_whitespace_character_but_the_space() -> None:
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert all(re.fullmatch(r"\s", c) for c in spaces)
    assert set(_snapshots_text._BREAKS) == set(spaces) - {" "}
    assert not re.search(r"\s", "".join(chr(c) for c in range(0x110000)
                                         if not chr(c).isspace() and not 0xD800 <= c < 0xE000))


def _offsets_oracle(text: str) -> list[int]:
    """The original offset of every normalised position, piece by piece."""
    out: list[int] = []
    last = 0
    for m in _PLAIN_FOLD.finditer(text):
        out += range(last, m.start())
        out.append(m.start())
        last = m.end()
    return out + list(range(last, len(text) + 1))


@given(_TEXT)
@example("plain words, nothing folded")
def test_normal_text_maps_offsets_as_the_plain_expression_does(text: str) -> None:
    doc = NormalText(text)
    assert doc.norm == _oracle(text)
    assert [doc.to_original(p) for p in range(len(doc.norm) + 1)] == _offsets_oracle(text)


def _splits_word_oracle(text: str, i: int) -> bool:
    """`splits_word` without its shortcut for a space."""
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if a.isalnum() and b.isalnum():
        return True
    before = text[i - 2] if i >= 2 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if b.isalnum() and a in _snapshots_text._JOINERS and before.isalnum():
        return True
    if a.isalnum() and b in _snapshots_text._JOINERS and after.isalnum():
        return True
    if b.isdigit() and a in _snapshots_text._SIGNS and not before.isalnum():
        return True
    if b.isdigit() and a in ".," and before.isdigit():
        return True
    return a.isdigit() and b in ".," and after.isdigit()


@given(st.text(alphabet="a5 .,-+\u2013\u2212\u2010", max_size=12))
def test_splits_word_agrees_with_the_rules_without_the_space_shortcut(text: str) -> None:
    assert [snapshots.splits_word(text, i) for i in range(-1, len(text) + 2)] == [
        _splits_word_oracle(text, i) for i in range(-1, len(text) + 2)]


def _find_says_oracle(quote: str, says: str) -> tuple[int, bool] | None:
    """`find_says` always through the offset map (no shortcut for a plain quote)."""
    target = normalize(says)
    doc = NormalText(quote)
    at = doc.norm.find(target) if target else -1
    first = at
    while at >= 0:
        if snapshots.on_boundaries(quote, doc.to_original(at),
                                   doc.to_original_end(at + len(target))):
            return at, True
        at = doc.norm.find(target, at + 1)
    return (first, False) if first >= 0 else None


@given(st.lists(_TOKENS | st.sampled_from([" ", "  ", ", ", "\n", "\u2014", "--"]),
                max_size=8).map("".join), _TOKENS | st.sampled_from(["", "5 a", "-"]))
@example("about 1,500 agencies", "1,500")
@example("15 and 150", "15")
def test_find_says_in_a_plain_quote_agrees_with_the_offset_map(quote: str, says: str) -> None:
    assert find_says(quote, says) == _find_says_oracle(quote, says)


@given(st.text(alphabet="a5 .,-+\u2013\u2212\n\t", max_size=10), st.data())
def test_on_boundaries_agrees_with_splits_word_at_both_ends(text: str,
                                                           data: st.DataObject) -> None:
    start = data.draw(st.integers(-1, len(text) + 1), label="start")
    end = data.draw(st.integers(-1, len(text) + 1), label="end")
    assert snapshots.on_boundaries(text, start, end) == (
        not _splits_word_oracle(text, start) and not _splits_word_oracle(text, end))


@given(st.lists(st.sampled_from(["a", " ", "\n", "\r", "\r\n", "\x85", "\u2028", "\u2029",
                                 "é"]), max_size=12).map("".join))
def test_line_of_counts_the_breaks_the_yaml_loader_counts(text: str) -> None:
    """Oracle: lines counted by the one expression of every break (the fast path finds
    the newlines alone in a text with no other break)."""
    breaks = [m.end() - 1 for m in re.finditer("\r\n|[\n\r\x85\u2028\u2029]", text)]
    doc = NormalText(text)
    for offset in range(len(text) + 1):
        assert doc.line_of(offset) == sum(1 for b in breaks if b < offset) + 1


_LINES_TEXT = st.lists(st.sampled_from(["a", "b1", "\n", "\n", "\n\n", " ", "  ", "-", "--",
                                        "\t", "\r\n", "\u201c", "\u2014", "é", "\f", "."]),
                       max_size=30).map("".join)


@given(_LINES_TEXT)
@example("\n\na\nb c\n\n")
@example("a \nb")
@example("\n")
def test_normal_text_folds_as_the_fold_expression(text: str) -> None:
    """A text whose only pieces are runs of newlines is folded by splitting it on them
    (`NormalText._fold_lines`), any other by the fold expression: the normal form and the
    map of pieces are the expression's, piece for piece."""
    from tests import _snapshots_reference as reference

    doc = NormalText(text)
    assert (doc.norm, doc._norm_at, doc._orig_at, doc._orig_len) == reference.fold(text)


def test_a_text_of_lines_is_folded_without_the_fold_expression(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Printable ASCII lines parted by runs of newlines never reach the expression."""
    def refuse(*args: object) -> None:
        raise AssertionError("the fold expression was used")

    monkeypatch.setattr(NormalText, "_fold", refuse)
    doc = NormalText("\nTitle\n\nIt counted 1,500 agencies.\nThe end.\n\n")
    assert doc.norm == " Title It counted 1,500 agencies. The end. "
    assert (doc._norm_at, doc._orig_at, doc._orig_len) == ([0, 6, 33, 42], [0, 6, 34, 43],
                                                           [1, 2, 1, 2])
