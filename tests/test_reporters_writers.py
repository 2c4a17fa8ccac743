"""The fast JSON and XML writers of the reporters against their stdlib oracles (layer 4).

The JSON reports are encoded by orjson and the JUnit report written directly as text, for
speed at scale; the golden files pin their bytes on three cases.  These tests pin the
shared pieces on many random values: orjson's indented text, `number` and streamed
`Records` against ``json.dumps(indent=2)``, the XML escapes against
`xml.etree.ElementTree`, `interval_bounds` against a plain ceil/floor version, and the
JUnit layout of an empty suite against ``ET.indent``.
"""

from __future__ import annotations

import io
import json
import math
import random
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.findings import AuditResult
from checker.intervals import Interval, to_json_number
from checker.reporters import REPORTERS, render_to_string
from checker.reporters._common import (
    interval_bounds,
    strip_all,
    strip_controls,
    xml_attr,
    xml_cdata,
    xml_text,
)
from checker.reporters._jsonout import Records, dumps, number, number_text, write_json

ALPHABET = "ab Z09-_./%:\"'<>&\\\r\n\t\x00\x01\x0b\x1f\x7f\x85é≤\u2028\ufffe\uffff😀"


def _text(rng: random.Random, n: int = 12) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, n)))


def _value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randint(0, 8 if depth < 3 else 4)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randint(-10**6, 10**6)
    if kind == 3:
        return rng.uniform(-1e3, 1e3)
    if kind == 4:
        return _text(rng)
    if kind in (5, 6):
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {_text(rng, 4): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def _numbers(value: object) -> object:
    """Return `value` with every number handed over through `number`, as reports do."""
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return number(value)
    return value


def _encoded(value: object) -> str:
    return dumps(_numbers(value)).decode("utf-8")


def test_orjson_indent_2_is_json_dumps_indent_2() -> None:
    """orjson's indented text is exactly ``json.dumps(value, indent=2, ensure_ascii=False)``."""
    rng = random.Random(1)
    for _ in range(2000):
        value = _value(rng)
        assert _encoded(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_orjson_escapes_every_code_point_as_json_dumps() -> None:
    """Each character (the whole of Unicode but the surrogates, which the loader refuses)
    is written as ``json.dumps(ensure_ascii=False)`` writes it."""
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert dumps([text]).decode("utf-8") == json.dumps([text], indent=2, ensure_ascii=False)


@pytest.mark.parametrize("value", [
    0.1, 1e-05, 1e-07, 1.5e-10, 1e16, 1e22, 1.2345678901234568e17, 5e-324,
    1.7976931348623157e308, -0.0, 100.0, 2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**400,
    -(10**30), Decimal("1.2345678901234567E+400"), Decimal("-3E-401"),
])
def test_numbers_are_written_as_json_dumps_writes_them(value: object) -> None:
    """Floats, integers beyond 64 bits and `Decimal`s go through `number`: their text is
    Python's (orjson's own differs: ``1e-05`` would be ``0.00001``)."""
    # the standard library has no Decimal: its text is what `str` gives, unquoted
    want = (json.dumps({"v": [value]}, indent=2) if not isinstance(value, Decimal)
            else '{\n  "v": [\n    ' + str(value) + "\n  ]\n}")
    assert dumps({"v": [number(value)]}).decode("utf-8") == want  # type: ignore[arg-type]


_NUMBERS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([2**63, 2**64 - 1, 2**64,
                                                            -(2**63), -(2**63) - 1, 10**400]),
    st.floats(allow_nan=False, allow_infinity=False), st.decimals(allow_nan=False,
                                                                  allow_infinity=False))


@given(_NUMBERS)
def test_number_text_is_the_text_dumps_writes(value: int | float | Decimal | None) -> None:
    """`number_text` (an interval's text made without orjson) is the text of `number`."""
    assert number_text(value) == dumps(number(value)).decode("utf-8")


def test_non_finite_numbers_are_refused() -> None:
    for bad in (float("nan"), float("inf"), Decimal("Infinity")):
        with pytest.raises(ValueError, match="finite"):
            number(bad)
        with pytest.raises(ValueError, match="finite"):
            number_text(bad)


def test_records_are_written_as_the_plain_list_at_any_depth() -> None:
    """`Records` streamed a chunk at a time give the text of the whole document, wherever
    in it they stand (the claims of the JSON report, the results of the SARIF log)."""
    rng = random.Random(2)
    for n in range(300):
        records = [{_text(rng, 3): _value(rng, 2)} for _ in range(rng.choice([0, 1, 3, 7]))]
        depth = n % 4
        plain: object = records
        marked: object = Records(records, _numbers)
        for _ in range(depth):
            key = _text(rng, 3)
            plain, marked = ({key: plain, "x": 1}, {key: marked, "x": 1}) if n % 2 else (
                [plain, 2], [marked, 2])
        head = _value(rng, 2)
        doc = {"head": head, "records": plain, "again": plain}
        streamed = {"head": _numbers(head), "records": marked, "again": marked}
        pieces: list[bytes] = []
        with mock.patch("checker.reporters._jsonout.CHUNK", 2):
            write_json(streamed, pieces.append)
        assert b"".join(pieces).decode("utf-8") == json.dumps(doc, indent=2,
                                                               ensure_ascii=False)


def test_a_dataclass_is_never_written_by_its_fields() -> None:
    """A record is made into a plain dict first: a stray dataclass is an error."""
    with pytest.raises(TypeError):
        dumps({"v": Interval(1, 2)})


def test_reports_written_to_a_file_match_those_rendered_to_a_string(tmp_path: Path) -> None:
    """The bytes go straight into a UTF-8 file's buffer, in order with its text."""
    from checker.reporters._jsonout import write_document  # noqa: PLC0415

    doc = {"a": "é\n", "r": Records([1, 2, 3], lambda x: {"n": x, "t": "≤"})}
    path = tmp_path / "out.json"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("head ")
        write_document(doc, handle)
        handle.write("tail")
    buffer = io.StringIO()
    write_document(doc, buffer)
    assert path.read_text(encoding="utf-8") == f"head {buffer.getvalue()}tail"
    assert buffer.getvalue() == json.dumps({"a": "é\n", "r": [{"n": x, "t": "≤"}
                                                              for x in (1, 2, 3)]},
                                           indent=2, ensure_ascii=False) + "\n"


def test_xml_escapes_are_those_of_elementtree() -> None:
    """Attribute values and text are escaped byte for byte as `xml.etree` escapes them."""
    rng = random.Random(4)
    for _ in range(2000):
        text = _text(rng, 20) + "."  # with text: no self-closed element
        element = ET.Element("e", {"a": text})
        element.text = text
        expected = ET.tostring(element, encoding="unicode")
        assert f'<e a="{xml_attr(text)}">{xml_cdata(text)}</e>' == expected


def test_printable_text_passes_strip_controls_unchanged() -> None:
    """The shortcut of `strip_controls` is exact: the general path leaves every printable
    character of Unicode as it is, on its own and among others."""
    printable = [chr(c) for c in range(0x110000) if chr(c).isprintable()]
    for newlines in (True, False):
        assert strip_all("".join(printable), newlines=newlines) == "".join(printable)
        assert all(strip_all(ch, newlines=newlines) == ch for ch in printable[::97])


@given(st.text(alphabet=st.sampled_from(ALPHABET + "\x1b[]0m;\u200e\u202e\u2029\u061c\xa0"),
               max_size=30), st.booleans())
def test_strip_controls_agrees_with_its_general_path(text: str, newlines: bool) -> None:
    assert strip_controls(text, newlines=newlines) == strip_all(text, newlines=newlines)


def test_xml_text_drops_exactly_what_xml_cannot_hold() -> None:
    """The printable fast path never skips a character the full pattern would drop."""
    bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
    rng = random.Random(5)
    for _ in range(2000):
        text = _text(rng, 20)
        assert xml_text(text) == bad.sub("", text)


def _bounds_reference(
    interval: Interval, integer: bool
) -> tuple[int | float | None, int | float | None, bool, bool]:
    lo, hi = interval.lo, interval.hi
    if integer and not (lo is not None and hi is not None and lo > hi):
        ilo = None if lo is None else math.ceil(lo) + (interval.lo_open and lo.denominator == 1)
        ihi = None if hi is None else math.floor(hi) - (interval.hi_open and hi.denominator == 1)
        if ilo is None or ihi is None or ilo <= ihi:
            return ilo, ihi, False, False
    return (to_json_number(lo, integer), to_json_number(hi, integer),
            bool(interval.lo_open and lo is not None), bool(interval.hi_open and hi is not None))


def test_interval_bounds_are_the_integers_inside() -> None:
    """Whole-number bounds close on the integers inside; empty and other intervals as is."""
    rng = random.Random(6)
    for _ in range(5000):
        ends = [None if rng.random() < 0.2 else Fraction(rng.randint(-60, 60),
                                                         rng.choice([1, 1, 2, 3, 7]))
                for _ in range(2)]
        lo_open, hi_open = rng.random() < 0.4, rng.random() < 0.4
        interval = Interval(ends[0], ends[1], lo_open or ends[0] is None,
                            hi_open or ends[1] is None)
        for integer in (True, False):
            got, want = interval_bounds(interval, integer), _bounds_reference(interval, integer)
            assert got == want and [type(x) for x in got] == [type(x) for x in want]


def test_empty_junit_suite_is_self_closed_like_elementtree() -> None:
    """With no case at all the suite closes itself, as ``ET.indent`` + ``ET.tostring`` do."""
    empty = AuditResult(root="claims", fingerprint="0" * 64, sources=(), quantities=(),
                        claims=(), findings=(), relations=())
    suite = ET.Element("testsuite", {"name": "claimcheck", "tests": "0", "failures": "0",
                                     "errors": "0", "skipped": "0"})
    ET.indent(suite, space="  ")
    expected = ('<?xml version="1.0" encoding="utf-8"?>\n'
                + ET.tostring(suite, encoding="unicode") + "\n")
    assert render_to_string(REPORTERS["junit"], empty) == expected


def test_sorted_findings_are_remembered_only_for_the_same_tuple() -> None:
    """The order of a tuple of findings is reused for that very tuple, never for another
    one (equal or not), and always equals a fresh sort."""
    from checker.findings import Finding, Location, Severity  # noqa: PLC0415
    from checker.reporters import _common  # noqa: PLC0415

    rng = random.Random(7)

    def finding(i: int) -> Finding:
        return Finding(rng.choice(["XCK001", "REL001", "PRV001"]), "r", Severity.ERROR,
                       f"m{i}", claims=(rng.choice("abc"),),
                       location=rng.choice([None, Location("f.yaml", rng.randint(1, 3))]))

    def fresh(items: tuple[Finding, ...]) -> list[Finding]:
        return sorted(items, key=lambda f: (f.sort_key(), f.fingerprint))

    first = tuple(finding(i) for i in range(40))
    second = tuple(reversed(first))
    for items in (first, first, second, first, tuple(first), second):
        assert _common.sorted_findings(items) == fresh(items)
        got = _common.fingerprinted_findings(items)
        assert [f for f, _ in got] == fresh(items)
        assert all(fp == f.fingerprint for f, fp in got)
        got.clear()  # a caller changing its list changes nothing remembered
        assert len(_common.fingerprinted_findings(items)) == len(items)
    assert _common.sorted_findings(iter(first)) == fresh(first)


def test_junit_attribute_shortcut_is_the_full_escape() -> None:
    """Text the JUnit writer passes through unescaped is exactly text the full escape
    (`xml_text` then `xml_attr`) leaves unchanged."""
    from checker.reporters.junit import _attr  # noqa: PLC0415

    rng = random.Random(8)
    for _ in range(5000):
        text = _text(rng, 8) if rng.random() < 0.5 else "".join(
            chr(rng.randint(0, 0x2FF)) for _ in range(rng.randint(0, 6)))
        assert _attr(text) == xml_attr(xml_text(text))
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert _attr(ch) == xml_attr(xml_text(ch)), hex(code)
