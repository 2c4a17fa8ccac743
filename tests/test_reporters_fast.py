"""The reporters' fast paths give what their general paths give (tests of layer 4).

Each report takes shortcuts at scale: a check over all ids or texts at once instead of one
per item, indexes and rating objects shared between claims, test cases written without
the general `_case`.  Each is checked here against the general path it stands for (the
earlier code, kept in ``tests/_reporters_reference.py``) on random results: hostile ids
and texts (markup, quotes, line breaks, control and bidi characters, ids that are no
valid anchor), findings of every rule naming known and unknown claims, accepted ones,
with and without a ``report:`` block.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import random
from collections.abc import Iterator
from fractions import Fraction
from unittest import mock

import orjson
import pytest
from _reporters_reference import (
    build_number_line_reference,
    build_reviews_reference,
    interval_reference,
    junit_line_reference,
    table_rows_reference,
    write_claimreview_reference,
    write_json_reference,
    write_suite_reference,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_reporters_fixture import build_result

from checker.findings import (
    AuditResult,
    ClaimResult,
    Finding,
    Location,
    Publication,
    QuantityResult,
    QuotePosition,
    Severity,
    SourceResult,
    Verdict,
)
from checker.intervals import Interval
from checker.reporters import REPORTERS, claimreview, junit, render_to_string
from checker.reporters._common import (
    claims_by_id,
    joined_chunks,
    sorted_claims,
    strip_controls,
    strip_controls_all,
)
from checker.reporters._htmlpage import claim_ranks, first_claims, first_items
from checker.reporters._htmltext import anchor, anchors
from checker.reporters._jsonout import dumps
from checker.reporters._numberline import NARROW, SHAPES, WIDE, Row, build_number_lines
from checker.reporters.claimreview import build_reviews
from checker.reporters.json import _Records, interval_text
from checker.reporters.junit import listed_all, write_suite
from checker.reporters.terminal import table_rows
from checker.rules import RULES, finding

_ODD = ["a b", 'q"t', "<b>", "x&y", "line\nbreak", "tab\there", "\x1b[31mred", "bi\u202edi",
        "é", "-lead", "", "x" * 160, "ok.id:1-2", "cr\rlf", "\u2028sep", "nul\x00"]


def _ident(rng: random.Random, stem: str, i: int) -> str:
    if rng.random() < 0.15:
        return f"{stem}{i}{rng.choice(_ODD)}"
    return f"{stem}{i:04d}"


def _text(rng: random.Random) -> str:
    words = ["fifty-two", "52", "countries", "at least", "<script>", "&amp;", '"quoted"',
             "\n", "\t", "\x07", "\u202e", "\x85", "–", "…", "  "]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))


# Ends no float or 64-bit integer holds: written from Python's text (or as a `Decimal`).
_HUGE = [2**64, 2**64 - 1, -(2**63) - 1, 10**30, Fraction(10**400, 3), Fraction(1, 10**400),
         Fraction(-(10**20) - 1, 7)]


def _interval(rng: random.Random) -> Interval:
    def end() -> int | Fraction | None:
        roll = rng.random()
        if roll < 0.15:
            return None
        if roll < 0.35:
            return Fraction(rng.randint(-50, 500), rng.randint(1, 7))
        if roll < 0.42:
            return rng.choice(_HUGE)
        return rng.randint(-50, 500)
    lo, hi = end(), end()
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Interval.of(lo, hi, rng.random() < 0.3, rng.random() < 0.3)


def random_result(seed: int) -> AuditResult:
    """Return a random, awkward but well-formed `AuditResult`."""
    rng = random.Random(seed)
    kinds = ["news", "primary", "dataset", "reference"]
    sources = [SourceResult(
        id=_ident(rng, "s", i), title=_text(rng), kind=rng.choice(kinds),
        publisher=rng.choice([None, "Pub & Co", _text(rng)]),
        url=rng.choice([None, "https://example.org/a", "javascript:alert(1)"]),
        published=rng.choice([None, "2024-01-02"]), cites=(), file=None, sha256="0" * 64,
        text=None, section=None, claims=(), author=rng.choice([None, None, "A. Writer"]))
        for i in range(rng.randint(1, 5))]
    files = ["claims.json", "news/a b.json", "x&y.json", "ünï.yaml"]
    n = rng.randint(0, 40)
    ids = [_ident(rng, "c", i) for i in range(n)]
    claims = []
    # Claims often hold the same interval object (as the audit's claims do), with the
    # same or another `integer` and `interval_source`.
    shared = [_interval(rng) for _ in range(3)]
    for cid in ids:
        quantity = f"q{rng.randint(0, 4)}"
        claims.append(ClaimResult(
            id=cid, source=rng.choice(sources).id if rng.random() < 0.95 else "gone",
            quantity=quantity, variable=quantity,
            says=rng.choice([None, _text(rng)]), quote=rng.choice([None, _text(rng)]),
            interval=rng.choice(shared) if rng.random() < 0.5 else _interval(rng),
            integer=rng.random() < 0.7,
            verdict=rng.choice(list(Verdict)),
            against=tuple(rng.sample(ids, rng.randint(0, min(3, len(ids))))),
            against_interval=None,
            position=QuotePosition(verified=rng.random() < 0.8, start=rng.randint(0, 9),
                                   end=rng.randint(10, 99), line=rng.randint(1, 9)),
            location=(Location(rng.choice(files), rng.randint(1, 500))
                      if rng.random() < 0.9 else None),
            interval_source=rng.choice([None, None, "value"])))
    claims.sort(key=lambda c: c.id)
    codes = sorted(RULES)
    findings: list[Finding] = []
    for _ in range(rng.randint(0, 30)):
        named = ids + ["unknown"]
        f = finding(rng.choice(codes), _text(rng) + " `c0001` says",
                    claims=tuple(rng.sample(named, rng.randint(0, min(2, len(named))))),
                    evidence=tuple(rng.sample(named, rng.randint(0, min(2, len(named))))),
                    repeated_by=tuple(rng.sample(named, rng.randint(0, min(1, len(named))))),
                    quantities=(f"q{rng.randint(0, 4)}",),
                    location=(Location(rng.choice(files), rng.randint(1, 500))
                              if rng.random() < 0.7 else None))
        if rng.random() < 0.15:
            f = dataclasses.replace(f, accepted=True)
        findings.append(f)
    quantities = tuple(QuantityResult(
        id=q, quantity=q, label=_text(rng), unit="", integer=True, as_of=None,
        claims=tuple(c.id for c in claims if c.quantity == q),
        implied=rng.choice([None, rng.choice(shared), _interval(rng)]))
        for q in sorted({c.quantity for c in claims}))
    report = rng.choice([None, Publication(title=_text(rng)),
                         Publication(title="Audit", publisher=_text(rng),
                                     url="https://example.org/audit/")])
    return AuditResult(root=rng.choice(["claims", "/abs/claims", ""]), fingerprint="f" * 64,
                       sources=tuple(sources), quantities=quantities, claims=tuple(claims),
                       findings=tuple(findings), relations=(), report=report,
                       gate_failed=any(f.severity.value == "error" for f in findings))


seeds = st.integers(min_value=0, max_value=2**32 - 1)


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_claimreview_objects_are_those_of_the_general_path(seed: int) -> None:
    result = random_result(seed)
    assert build_reviews(result) == build_reviews_reference(result)
    only = {c.id for c in result.claims[::2]}
    assert build_reviews(result, only) == build_reviews_reference(result, only)


def test_claimreview_objects_are_those_of_the_general_path_at_scale() -> None:
    # Many claims of one verdict share their rating object: it must be equal each time.
    for seed in range(20):
        result = random_result(seed)
        claims = tuple(dataclasses.replace(c, id=f"{c.id}-{k}") for k in range(30)
                       for c in result.claims)
        big = dataclasses.replace(result, claims=tuple(sorted(claims, key=lambda c: c.id)))
        assert build_reviews(big) == build_reviews_reference(big)


@settings(max_examples=150, deadline=None)
@given(seeds, st.sampled_from([None, "1700000000"]))
def test_claimreview_file_is_that_of_the_general_path(seed: int, epoch: str | None) -> None:
    # The reviews' text filled in (shared tails, urls and texts as they are when plain)
    # against their objects encoded and escaped; with hostile texts, a report block with
    # and without an address, a timestamp or none, and many claims sharing their tails.
    result = random_result(seed)
    with _source_date(epoch):
        assert _suite(REPORTERS["claimreview"].render, result) == _suite(
            write_claimreview_reference, result)
        claims = tuple(dataclasses.replace(c, id=f"{c.id}-{k}") for k in range(3)
                       for c in result.claims)
        big = dataclasses.replace(result, claims=tuple(sorted(claims, key=lambda c: c.id)))
        assert _suite(REPORTERS["claimreview"].render, big) == _suite(
            write_claimreview_reference, big)


@contextlib.contextmanager
def _source_date(epoch: str | None) -> Iterator[None]:
    before = os.environ.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if before is not None:
            os.environ["SOURCE_DATE_EPOCH"] = before


_JSON_TEXTS = st.lists(st.one_of(
    st.text(max_size=10), st.sampled_from(_ODD),
    st.from_regex(r"[ -~]{0,12}", fullmatch=True),
    st.sampled_from(["</script>", "]]>", "a\\b", '"', "\x00", "\x1f", "\x7f", "é — ok",
                     "\u2028", "😀"])), max_size=10)


@example(["a", "b\x00c"])
@example(["plain", "</script>"])
@given(_JSON_TEXTS)
def test_claimreview_texts_encoded_together_are_each_texts_json(texts: list[str]) -> None:
    # A chunk of texts encoded at once (plain ones as they are) against each encoded on
    # its own; a lone surrogate is refused either way.
    texts = [t for t in texts if not any("\ud800" <= ch <= "\udfff" for ch in t)]
    expected = [json.dumps(t, ensure_ascii=False)[1:-1].replace("<", "\\u003c")
                .replace(">", "\\u003e").replace("&", "\\u0026").encode() for t in texts]
    assert claimreview._encoded(texts) == expected
    with pytest.raises(TypeError):  # orjson's JSONEncodeError
        claimreview._encoded([*texts, "\ud800"])


def test_claimreview_plain_texts_take_no_encoder_call(monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    # Plain urls and texts stand as they are: the encoder is called once, for the page's
    # address (and the file is still that of the objects).
    result = dataclasses.replace(build_result(), report=Publication(
        title="Audit", publisher="Desk", url="https://example.org/audit/"))
    calls: list[str] = []
    inner = claimreview._inner

    def counted(text: str) -> str:
        calls.append(text)
        return inner(text)

    monkeypatch.setattr(claimreview, "_inner", counted)
    text = _suite(REPORTERS["claimreview"].render, result)
    assert text == _suite(write_claimreview_reference, result)
    assert calls == ["https://example.org/audit/#"]
    assert text.count('"@type": "ClaimReview"') == len(claimreview.reviewed_claims(result)) > 3


_VALID_IDS = st.lists(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,155}", fullmatch=True),
                     max_size=12)


@example(["ok", "line\nbreak"])
@given(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(_ODD)), max_size=12))
def test_anchors_are_each_ids_anchor(idents: list[str]) -> None:
    assert anchors("c-", idents) == [anchor("c-", i) for i in idents]


@given(_VALID_IDS, st.one_of(st.text(max_size=8), st.sampled_from(_ODD)), st.integers(0, 12))
def test_one_odd_id_among_valid_ones_takes_the_general_path(idents: list[str], odd: str,
                                                            at: int) -> None:
    idents.insert(min(at, len(idents)), odd)
    assert anchors("src-", idents) == [anchor("src-", i) for i in idents]


@given(st.lists(st.text(max_size=6), max_size=8), st.booleans())
def test_strip_controls_all_is_each_texts_strip_controls(texts: list[str],
                                                         newlines: bool) -> None:
    assert strip_controls_all(texts, newlines=newlines) == [
        strip_controls(t, newlines=newlines) for t in texts]


@given(st.lists(st.text(max_size=6), max_size=40), st.integers(1, 9))
def test_joined_chunks_join_to_every_text_joined(texts: list[str], size: int) -> None:
    """The chunks are the texts joined `size` at a time, in order: together they are the
    texts joined, and a character test holds for all of them when it holds for each."""
    chunks = list(joined_chunks(texts, size))
    assert chunks == ["".join(texts[i:i + size]) for i in range(0, len(texts), size)]
    assert "".join(chunks) == "".join(texts)
    assert all(c.isprintable() for c in chunks) == "".join(texts).isprintable()


@given(st.lists(st.text(max_size=6), max_size=40))
def test_strip_controls_all_tests_a_chunk_at_a_time(texts: list[str]) -> None:
    """Over more texts than one chunk holds (the chunk made small), the result is still
    each text's own."""
    with mock.patch.object(joined_chunks, "__defaults__", (3,)):
        assert strip_controls_all(texts) == [strip_controls(t) for t in texts]


def test_sorted_claims_is_sorted_once_per_tuple_of_claims() -> None:
    result = random_result(5)
    first = sorted_claims(result)
    assert first == sorted(result.claims, key=lambda c: c.id)
    first.reverse()  # each call gets its own list
    assert sorted_claims(result) == sorted(result.claims, key=lambda c: c.id)
    # Another tuple (another result) gets its own order, even of equal claims.
    other = dataclasses.replace(result, claims=tuple(reversed(result.claims[:5])))
    assert sorted_claims(other) == sorted(other.claims, key=lambda c: c.id)
    assert sorted_claims(result) == sorted(result.claims, key=lambda c: c.id)


def test_claims_by_id_is_made_once_per_tuple_of_claims() -> None:
    result = random_result(7)
    index = claims_by_id(result)
    assert index == {c.id: c for c in result.claims}
    assert claims_by_id(result) is index
    # Another tuple (another result) gets its own index, even of equal claims.
    other = dataclasses.replace(result, claims=tuple(result.claims[:3]))
    assert claims_by_id(other) == {c.id: c for c in other.claims}
    assert claims_by_id(other) is not index
    assert claims_by_id(result) == {c.id: c for c in result.claims}


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_every_report_renders_random_results(seed: int) -> None:
    result = random_result(seed)
    for name in ("json", "sarif", "junit", "markdown", "claimreview"):
        assert render_to_string(REPORTERS[name], result)


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_json_report_is_that_of_the_general_path(seed: int) -> None:
    # Intervals as fragments found by the identity of the interval object, against the
    # dict of every interval encoded where it stands.
    result = random_result(seed)
    assert _suite(REPORTERS["json"].render, result) == _suite(write_json_reference, result)


def test_json_intervals_of_one_object_differ_by_integer_and_source() -> None:
    # One interval object, read as whole numbers or not, set by hand or not; and equal
    # intervals that are distinct objects: each claim gets its own interval's text.
    base = random_result(3)
    one = Interval.of(Fraction(1, 2), 10**30, True, False)
    twin = Interval.of(Fraction(1, 2), 10**30, True, False)
    claim = ClaimResult(
        id="c", source=base.sources[0].id, quantity="q0", variable="q0", says="1",
        quote=None, interval=one, integer=True, verdict=Verdict.AGREES, against=(),
        against_interval=None, position=QuotePosition(verified=False))
    claims = tuple(dataclasses.replace(claim, id=f"c{i}", interval=interval, integer=integer,
                                       interval_source=source)
                   for i, (interval, integer, source) in enumerate(
                       [(one, True, None), (one, False, None), (one, True, "value"),
                        (twin, False, "value"), (one, False, None), (twin, True, None)]))
    result = dataclasses.replace(base, claims=claims, findings=())
    text = _suite(REPORTERS["json"].render, result)
    assert text == _suite(write_json_reference, result)
    assert text.count('"min": 1,') == 3 and text.count('"min": 0.5,') == 3
    assert text.count('"source": "value"') == 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(
    st.none(), st.integers(min_value=-(2**70), max_value=2**70), st.fractions(max_denominator=9)),
    st.one_of(st.none(), st.integers(min_value=-(2**70), max_value=2**70),
              st.fractions(max_denominator=9)),
    st.booleans(), st.booleans(), st.booleans()), max_size=12))
def test_json_quantity_intervals_found_by_their_ends_are_their_own_text(
        ends: list[tuple[int | Fraction | None, int | Fraction | None, bool, bool, bool]]
        ) -> None:
    # Each quantity's interval is its own object: equal ones with whole-number ends share
    # one text (made once), and every text is that of the interval itself.
    records = _Records()
    for lo, hi, lo_open, hi_open, integer in ends + ends:
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        interval = Interval.of(lo, hi, lo_open, hi_open)
        twin = Interval.of(lo, hi, lo_open, hi_open)
        made = records.implied(interval, integer)
        assert orjson.dumps(made) == interval_text(interval, integer).encode()
        whole = all(end is None or type(end) is int for end in (interval.lo, interval.hi))
        assert (records.implied(twin, integer) is made) == whole
    assert orjson.dumps(records.implied(None, True)) == interval_text(None, True).encode()


# Ends of every kind: whole numbers, fractions (some beyond the floats, some at the edge
# of the range `interval_text` writes from their numerator and denominator), infinite.
_ENDS = st.one_of(
    st.none(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.fractions(max_denominator=10**6),
    st.sampled_from(_HUGE + [Fraction(1, 10**300), Fraction(10**300, 3), Fraction(3, 10**299),
                             Fraction(2**1024, 3), Fraction(1, 2**1074), Fraction(7, 10**301)]),
)


@settings(max_examples=500, deadline=None)
@given(_ENDS, _ENDS, st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from([None, "value"]), st.integers(min_value=0, max_value=4))
def test_interval_text_is_that_of_the_interval_object(
        lo: int | Fraction | None, hi: int | Fraction | None, lo_open: bool, hi_open: bool,
        integer: bool, source: str | None, depth: int) -> None:
    # The text written from the ends' numerators and denominators (whole-number readings,
    # fractions well inside the floats) against the object of `interval_bounds` encoded.
    interval = Interval.of(lo, hi, lo_open, hi_open)
    expected = dumps(interval_reference(interval, integer, source))
    for _ in range(depth):
        expected = expected.replace(b"\n", b"\n  ")
    assert interval_text(interval, integer, source, depth).encode() == expected
    if depth == 0:
        assert interval_text(None, integer, source, 0).encode() == dumps(
            interval_reference(None, integer, source))


def _suite(write: object, result: AuditResult) -> str:
    out = io.StringIO()
    write(result, out)  # type: ignore[operator]
    return out.getvalue()


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_junit_suite_is_that_of_the_general_path(seed: int) -> None:
    result = random_result(seed)
    assert _suite(write_suite, result) == _suite(write_suite_reference, result)
    # With every id plain (the shortcut over all ids at once) and with the findings
    # naming several claims each (one line made once, listed in several cases).
    plain = dataclasses.replace(result, claims=tuple(
        dataclasses.replace(c, id=f"c{i:04d}") for i, c in enumerate(result.claims)))
    ids = [c.id for c in plain.claims]
    rng = random.Random(seed)
    plain = dataclasses.replace(plain, findings=tuple(
        dataclasses.replace(f, claims=tuple(rng.sample(ids, min(3, len(ids)))))
        for f in plain.findings))
    assert _suite(write_suite, plain) == _suite(write_suite_reference, plain)
    # Two claims of one id: each has its case, and each failing one counts.
    twice = dataclasses.replace(plain, claims=plain.claims + plain.claims[:2])
    assert _suite(write_suite, twice) == _suite(write_suite_reference, twice)


@settings(max_examples=60, deadline=None)
@given(seeds, st.integers(1, 5))
def test_junit_lines_are_made_a_batch_of_cases_at_a_time(seed: int, size: int) -> None:
    """The findings' lines are made per batch of cases (the findings of at most `size`
    claims at once, never every finding before the first case), and the suite is the
    general path's whatever the batch."""
    result = random_result(seed)
    per_claim = {c.id: sum(c.id in f.claims for f in result.findings) for c in result.claims}
    most = sum(sorted(per_claim.values(), reverse=True)[:size])
    calls: list[int] = []

    def spy(findings: list[Finding]) -> list[tuple[Finding, bool, str]]:
        calls.append(len(findings))
        return listed_all(findings)

    with mock.patch.object(junit, "_BATCH", size), mock.patch.object(junit, "listed_all", spy):
        text = _suite(write_suite, result)
    assert text == _suite(write_suite_reference, result)
    ids = set(per_claim)
    loose = sum(1 for f in result.findings if not any(cid in ids for cid in f.claims))
    if not result.claims and not loose:  # an empty suite
        assert calls == []
        return
    assert calls.pop() == loose  # the last: the findings naming no claim
    assert len(calls) == -(-len(result.claims) // size)  # then one per batch
    assert all(n <= most for n in calls)


_MESSAGES = st.one_of(st.text(max_size=12), st.sampled_from(_ODD),
                      st.from_regex(r"[ -~]{0,20}", fullmatch=True),
                      st.sampled_from(["a\u2028b", "x\ufffey", "\ud800", "é — ok", "<&>"]))


@given(st.lists(st.tuples(st.sampled_from(sorted(RULES)), _MESSAGES, st.booleans()),
                max_size=8))
def test_junit_lines_made_together_are_each_findings_line(
        made: list[tuple[str, str, bool]]) -> None:
    # The test over all lines at once (printable, nothing to escape) against each line
    # made XML-safe and escaped on its own.
    findings = [dataclasses.replace(finding(code, message), accepted=accepted)
                for code, message, accepted in made]
    assert listed_all(findings) == [junit_line_reference(f) for f in findings]


@given(st.lists(st.sampled_from(["a", "b", "c0", "c1", "c2", "d", "x.y", "é"]), max_size=30),
       st.dictionaries(st.sampled_from(["a", "b", "c1", "d", "zz"]), st.integers(1, 6)),
       st.integers(0, 12))
def test_html_first_claims_are_those_of_sorting_every_claim(ids: list[str],
                                                            rank: dict[str, int],
                                                            n: int) -> None:
    base = build_result().claims[0]
    # Repeated ids keep their order in the input (sorting is stable): told apart by line.
    claims = [dataclasses.replace(base, id=cid, location=Location("f.json", i))
              for i, cid in enumerate(ids)]
    expected = sorted(claims, key=lambda c: (-rank.get(c.id, 0), c.id))[:n]
    assert first_claims(claims, rank, n) == expected


def _score(rank: dict[str, int], shown: set[str]):  # type: ignore[no-untyped-def]
    def score(item: QuantityResult) -> tuple[int, int, str]:
        return (-max((rank.get(c, 0) for c in item.claims), default=0),
                -sum(1 for c in item.claims if c in shown), item.id)
    return score


_CLAIM_IDS = st.sampled_from(["a", "b", "c0", "c1", "c2", "d", "e", "x.y", "é", "zz"])


@given(st.lists(st.tuples(st.sampled_from(["q0", "q1", "q2", "q3", "r", "s"]),
                          st.lists(_CLAIM_IDS, max_size=4)), max_size=12),
       st.dictionaries(_CLAIM_IDS, st.integers(1, 6)),
       st.sets(_CLAIM_IDS), st.integers(0, 14), st.booleans())
@example(items=[("q1", ["a"]), ("q0", ["b"]), ("q2", [])], rank={"a": 2, "b": 2},
         shown={"b"}, n=2, disjoint=True)
def test_html_first_items_are_those_of_sorting_every_item(
        items: list[tuple[str, list[str]]], rank: dict[str, int], shown: set[str], n: int,
        disjoint: bool) -> None:
    # Quantities (and sources, which are chosen alike) by the rank of their claims, the
    # claims shown, then id: taken a rank at a time, against sorting every item by its
    # score.  Repeated ids keep their order (told apart by label).
    if disjoint:  # each claim held once, as in an audit's result
        held: set[str] = set()
        items = [(qid, [c for c in dict.fromkeys(claims) if c not in held
                        and not held.add(c)]) for qid, claims in items]  # type: ignore[func-returns-value]
    quantities = [QuantityResult(id=qid, quantity=qid, label=str(i), unit="", integer=True,
                                 as_of=None, claims=tuple(claims), implied=None)
                  for i, (qid, claims) in enumerate(items)]
    expected = sorted(quantities, key=_score(rank, shown))[:n]
    assert first_items(quantities, rank, shown, n) == expected


@given(st.lists(st.tuples(st.sampled_from(["error", "warning", "info"]),
                          st.lists(_CLAIM_IDS, max_size=3), st.lists(_CLAIM_IDS, max_size=3),
                          st.lists(_CLAIM_IDS, max_size=2)), max_size=10))
def test_html_claim_ranks_are_the_highest_of_each_finding(
        made: list[tuple[str, list[str], list[str], list[str]]]) -> None:
    findings = [finding("XCK002" if sev == "error" else "XCK004" if sev == "warning"
                        else "XCK005", "m", claims=tuple(c), evidence=tuple(e),
                        repeated_by=tuple(r)) for sev, c, e, r in made]
    findings = [dataclasses.replace(f, severity=Severity(sev))
                for f, (sev, *_) in zip(findings, made, strict=True)]
    expected: dict[str, int] = {}  # the earlier loop, finding by finding
    for f in findings:
        worse = 2 * f.severity.rank
        for cid in (*f.evidence, *f.repeated_by):
            if expected.get(cid, 0) < worse - 1:
                expected[cid] = worse - 1
        for cid in f.claims:
            if expected.get(cid, 0) < worse:
                expected[cid] = worse
    groups = {s: [f for f in findings if f.severity is s] for s in Severity}
    assert claim_ranks(groups) == expected


_ENDS = st.one_of(st.none(), st.integers(-10**6, 10**6),
                  st.fractions(min_value=-1000, max_value=1000, max_denominator=97),
                  st.sampled_from([Fraction(10**30), Fraction(1, 10**12), Fraction(-7, 3)]))


@st.composite
def _intervals(draw: st.DrawFn) -> Interval:
    if draw(st.integers(0, 15)) == 0:
        return Interval.empty()
    lo, hi = draw(_ENDS), draw(_ENDS)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Interval.of(lo, hi, draw(st.booleans()) and lo is not None,
                       draw(st.booleans()) and hi is not None and lo != hi)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_intervals(), st.sampled_from(sorted(SHAPES)),
                          st.sampled_from([None, "#c-x"]), st.text(max_size=80)),
                max_size=14),
       st.one_of(st.none(), _intervals()), st.booleans(), st.integers(1, 12))
def test_html_number_lines_laid_out_together_are_each_on_its_own(
        made: list[tuple[Interval, str, str | None, str]], implied: Interval | None,
        integer: bool, limit: int) -> None:
    # The wide and the narrow chart of a quantity, from one computation of what they
    # share, against each chart computed on its own by the earlier code.
    rows = [Row(name or "c", iv, verdict, href) for iv, verdict, href, name in made
            if verdict != "implied"]
    charts = build_number_lines("q", rows, implied, integer, limit, (WIDE, NARROW))
    assert charts == tuple(build_number_line_reference("q", rows, implied, integer, limit,
                                                       layout) for layout in (WIDE, NARROW))


@settings(max_examples=150, deadline=None)
@given(seeds, st.integers(0, 7))
def test_terminal_table_rows_are_those_of_counting_every_quantity(seed: int,
                                                                  max_rows: int) -> None:
    result = random_result(seed)
    assert table_rows(result, max_rows) == table_rows_reference(result, max_rows)
    # Many quantities, some sharing an id, some holding a claim twice or none.
    rng = random.Random(seed)
    ids = [c.id for c in result.claims] + ["unknown"]
    many = dataclasses.replace(result, quantities=tuple(
        dataclasses.replace(result.quantities[0] if result.quantities else
                            QuantityResult(id="q", quantity="q", label="", unit="",
                                           integer=True, as_of=None, claims=(),
                                           implied=None),
                            id=f"q{rng.randint(0, 9)}",
                            claims=tuple(rng.choice(ids) for _ in range(rng.randint(0, 4))))
        for _ in range(rng.randint(0, 25))))
    assert table_rows(many, max_rows) == table_rows_reference(many, max_rows)
