"""The provenance stage's fast paths against the stage without them (the oracle:
tests/_provenance_reference.py).

`check_provenance` finds each quote with one call per claim (`NormalText.place_quote`), maps
offsets with one bisection per span (`NormalText.span_to_original`), takes a plain quote
as its own normal form and tests boundaries beside a space or newline at once: the
findings, quote positions and sections must be exactly those of the general path.
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import _snapshots_text
from checker.findings import Location, QuotePosition
from checker.mentions import qualifier_beside
from checker.models import Claim, Section, Source, Value
from checker.provenance import check_provenance
from checker.snapshots import NormalText, SourceText, find_normal_quote, normalize
from tests import _provenance_reference as reference

# Words, figures and every kind of folded piece: spaces and breaks (a newline, CRLF, a
# tab, a no-break space, a form feed between pages), curly quotes, dashes, "--".
_WORDS = ["a", "b5", "15", "150", "5", "2015", "-5", "\u22125", "1,500", "2.5", "seventy",
          "seventy-five", "40-50", "at least", "or more", "over", "é", "(15)"]
_GAPS = [" ", " ", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\f", "\n\n", " \u2014 ", "--",
         "\u201c", "\u201d", "\u2019", ", ", ". ", "-"]
_TEXT = st.lists(st.sampled_from(_WORDS) | st.sampled_from(_GAPS), max_size=40).map("".join)


@st.composite
def _piece_of(draw: st.DrawFn, text: str) -> str:
    """A quote or `says` drawn from `text`: a slice (as written, or with its folds undone
    one way or another), or a few words of its own."""
    how = draw(st.sampled_from(["slice", "slice", "slice", "folded", "words"]))
    if how == "words" or not text:
        return draw(st.lists(st.sampled_from(_WORDS) | st.sampled_from([" ", "  ", "\u2014"]),
                             min_size=1, max_size=4).map("".join))
    i = draw(st.integers(0, len(text) - 1))
    j = draw(st.integers(i + 1, min(len(text), i + 30)))
    piece = text[i:j]
    return normalize(piece) if how == "folded" else piece


def _locate(item: str, *fields: str) -> Location | None:
    return Location("claims.yaml", len(item) + 7 * len(fields)) if item else None


@st.composite
def _corpus(draw: st.DrawFn) -> tuple[dict[str, Source], list[Claim], dict[str, SourceText]]:
    n_sources = draw(st.integers(1, 3))
    sources: dict[str, Source] = {}
    texts: dict[str, SourceText] = {}
    raw: dict[str, str] = {}
    for k in range(n_sources):
        sid = f"s{k}"
        text = draw(_TEXT)
        raw[sid] = text
        digest = hashlib.sha256(text.encode()).hexdigest()
        section = None
        if text and draw(st.integers(0, 3)) == 0:
            section = Section(**{"from": draw(_piece_of(text)), "to": draw(_piece_of(text))})
        recorded = draw(st.sampled_from([None, digest, "0" * 64]))
        sources[sid] = Source(id=sid, title="t", kind="primary", snapshot=f"{sid}.txt",
                              sha256=recorded, section=section)
        state = draw(st.sampled_from(["read", "read", "read", "missing", "absent", "no-text"]))
        if state == "read":
            texts[sid] = SourceText(digest, NormalText(text), f"{sid}.txt")
        elif state == "missing":
            texts[sid] = SourceText(None, None, f"{sid}.txt")
        elif state == "no-text":
            texts[sid] = SourceText(digest, None, f"{sid}.txt")
    if draw(st.booleans()):
        sources["t0"] = Source(id="t0", title="t", kind="dataset", table="t0.csv")
        texts["t0"] = SourceText("1" * 64, None, "t0.csv")
    claims: list[Claim] = []
    pool: list[str] = []  # quotes already drawn: later claims may quote them again
    for n in range(draw(st.integers(0, 8))):
        sid = draw(st.sampled_from(sorted(sources)))
        text = raw.get(sid, "")
        if pool and draw(st.integers(0, 2)) == 0:
            quote = draw(st.sampled_from(pool))
        else:
            quote = draw(_piece_of(text))
            pool.append(quote)
        says = draw(_piece_of(quote))
        value = Value(min=1) if draw(st.integers(0, 4)) == 0 else None
        claims.append(Claim(id=f"c{n}" if n else None, source=sid, quantity="q",
                            quote=quote, says=says, value=value))
    return sources, claims, texts


@given(_corpus(), st.booleans())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_check_provenance_agrees_with_the_general_path(
        corpus: tuple[dict[str, Source], list[Claim], dict[str, SourceText]],
        qualified: bool) -> None:
    sources, claims, texts = corpus
    qualifier = qualifier_beside if qualified else None
    want = reference.check_provenance(sources, claims, texts, _locate, qualifier)
    got = check_provenance(sources, claims, texts, _locate, qualifier)
    assert got.findings == want.findings
    assert got.positions == want.positions  # (a mapping by claim id: its order is no contract)
    assert got.sections == want.sections


def _provenance(text: str, *quoted: tuple[str, str]) -> tuple[object, ...]:
    sources = {"s": Source(id="s", title="t", kind="primary", snapshot="s.txt")}
    texts = {"s": SourceText("0" * 64, NormalText(text), "s.txt")}
    claims = [Claim(id=f"c{i}", source="s", quantity="q", quote=q, says=s)
              for i, (q, s) in enumerate(quoted)]
    got = check_provenance(sources, claims, texts, _locate, qualifier_beside)
    want = reference.check_provenance(sources, claims, texts, _locate, qualifier_beside)
    assert got == want
    return tuple(got.positions[c.id or ""] for c in claims)


def test_a_quote_after_folded_pieces_is_placed_in_the_text_as_written() -> None:
    # the newlines and the double space fold before the quote, the dash inside it
    text = "Title\r\n\r\nIntro  line.\nIt says 63 \u2014 or 64 countries.\n"
    (pos,) = _provenance(text, ("It says 63 - or 64 countries", "64"))
    assert text[pos.start:pos.end] == "It says 63 \u2014 or 64 countries"
    assert text[pos.says_start:pos.says_end] == "64" and pos.line == 4


def test_a_quote_found_twice_is_placed_at_its_first_whole_occurrence() -> None:
    # the first occurrence starts inside "150 agencies": the second, on boundaries, is used
    text = "150 agencies\nand\n50 agencies, then 50 agencies\f50 agencies"
    (pos,) = _provenance(text, ("50 agencies", "50"))
    assert (pos.start, pos.line, pos.page) == (17, 3, 1)


def test_plain_quotes_and_a_quote_to_fold_share_a_snapshot() -> None:
    text = "He said \u201cat least 75\u201d.\nThen 12 more came, and 12 more."
    first, second = _provenance(text, ('said "at least 75"', "75"), ("12 more", "12"))
    assert first == QuotePosition(True, 3, 21, 1, 18, 20, None)
    assert text[second.start:second.end] == "12 more" and second.line == 2


@given(_TEXT, st.data())
@example("a\n\nb  c", None)
def test_span_to_original_agrees_with_the_maps_of_each_end(text: str,
                                                           data: st.DataObject | None) -> None:
    """One bisection for both ends (the end's by the start's shift when no piece starts
    inside the span) gives what `to_original` and `to_original_end` give."""
    doc = NormalText(text)
    n = len(doc.norm)
    spans = ([(a, b) for a in range(n) for b in range(a + 1, n + 1)] if data is None else
             [(a, data.draw(st.integers(a + 1, n + 1))) for a in
              data.draw(st.lists(st.integers(0, n), max_size=8))])
    for a, b in spans:
        assert doc.span_to_original(a, b) == (doc.to_original(a), doc.to_original_end(b))


@given(_TEXT, st.data())
def test_place_quote_agrees_with_find_normal_quote(text: str, data: st.DataObject) -> None:
    doc = NormalText(text)
    q = normalize(data.draw(_piece_of(text), label="quote"))
    lo = data.draw(st.integers(0, len(doc.norm)), label="lo")
    hi = data.draw(st.integers(lo, len(doc.norm)), label="hi")
    says_at = data.draw(st.integers(-1, max(-1, len(q) - 1)), label="says_at")
    says_len = data.draw(st.integers(1, max(1, len(q) - says_at)), label="says_len")
    got = doc.place_quote(q, lo, hi, says_at, says_len)
    match = reference.find_normal_quote(doc, q, (lo, hi))
    if match is None:
        assert got is None
        return
    assert find_normal_quote(doc, q, (lo, hi)) == match
    at = doc.to_normal(match.start)
    says = ((doc.to_original(at + says_at), doc.to_original_end(at + says_at + says_len))
            if says_at >= 0 else (None, None))
    assert got == (match.start, match.end, match.line, match.page, match.occurrences, *says)


def test_placed_offsets_are_the_shared_ints_up_to_the_table_size() -> None:
    """Quote positions keep the shared ints of `_snapshots_text._OFFSETS` (no int object of
    their own per claim); a text longer than the table gets ints of its own, as exact."""
    text = "Intro.\n" + "x " * 200 + "It counted 1,500 agencies in 2019.\n"
    doc = NormalText(text)
    placed = doc.place_quote("It counted 1,500 agencies", 0, len(doc.norm), 11, 5)
    assert placed is not None
    start, end, line, _, _, says_start, says_end = placed
    assert text[start:end] == "It counted 1,500 agencies" and text[says_start:says_end] == "1,500"
    for value in (start, end, line, says_start, says_end):
        assert value is _snapshots_text._OFFSETS[value]
    long = "y " * _snapshots_text._OFFSETS_MAX + text
    (pos,) = _provenance(long, ("It counted 1,500 agencies", "1,500"))
    assert long[pos.start:pos.end] == "It counted 1,500 agencies" and pos.start > len(
        _snapshots_text._OFFSETS)


def test_place_quote_refuses_a_says_span_outside_the_quote() -> None:
    doc = NormalText("It counted 15 agencies.")
    for says_at, says_len in ((9, 5), (0, 0), (11, 1)):
        with pytest.raises(ValueError, match="not inside the quote"):
            doc.place_quote("15 agencies", 0, len(doc.norm), says_at, says_len)


@given(st.lists(_TEXT, min_size=1, max_size=3), st.data())
@example(["a 5 b\n5 b"], None)
def test_place_quotes_agrees_with_place_quote_one_by_one(texts: list[str],
                                                         data: st.DataObject | None) -> None:
    """The quotes of a snapshot placed in one call (the searches in bulk, most quotes
    placed inline) are placed as `place_quote` places each: the same offsets, line, page
    and `says` span, and the number of occurrences of each quote not found once."""
    for text in texts:
        doc = NormalText(text)
        n = len(doc.norm)
        if data is None:
            quotes, lo, hi = ["5 b", "a", "", "b\n5", "zz"], 0, n
        else:
            quotes = [normalize(q) for q in data.draw(st.lists(_piece_of(text), max_size=6))]
            lo = data.draw(st.integers(0, n))
            hi = data.draw(st.integers(lo, n))
        says_at: list[int] = []
        says_len: list[int] = []
        for q in quotes:
            at = -1 if data is None or not q else data.draw(st.integers(-1, len(q) - 1))
            says_at.append(at)
            says_len.append(1 if at < 0 or data is None else
                            data.draw(st.integers(1, len(q) - at)))
        placed, counts = doc.place_quotes(quotes, says_at, says_len, lo, hi)
        assert len(placed) == len(quotes)
        for k, q in enumerate(quotes):
            want = doc.place_quote(q, lo, hi, says_at[k], says_len[k])
            if want is None:
                assert placed[k] is None and counts[k] == 0
                continue
            start, end, line, page, occurrences, says_start, says_end = want
            assert placed[k] == QuotePosition(True, start, end, line, says_start, says_end, page)
            assert counts.get(k, 1) == occurrences


def test_place_quotes_places_most_quotes_without_place_quote(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote found once, beside spaces or line breaks, with no folded piece inside it,
    is placed inline: neither `place_quote` nor the offset maps are asked."""
    text = "Title\n\nIt counted 1,500 agencies in 2019.\nThen 12 more came. \fPage two has 7."
    doc = NormalText(text)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(NormalText, "place_quote", refuse)
    monkeypatch.setattr(NormalText, "span_to_original", refuse)
    quotes = ["It counted 1,500 agencies", "Then 12 more came.", "two has 7."]
    placed, counts = doc.place_quotes(quotes, [11, 5, -1], [5, 2, 0], 0, len(doc.norm))
    assert counts == {}
    first, second, third = placed
    assert first is not None and second is not None and third is not None
    assert text[first.start:first.end] == quotes[0] and (first.line, first.page) == (3, 1)
    assert text[first.says_start:first.says_end] == "1,500"
    assert text[second.says_start:second.says_end] == "12" and second.line == 4
    assert (third.line, third.page, third.says_start) == (4, 2, None)
