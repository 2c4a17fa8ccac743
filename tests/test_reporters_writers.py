"""The fast JSON and XML writers of the reporters against their stdlib oracles (layer 4).

The JSON, SARIF and JUnit reports are written directly as text for speed at scale; the
golden files pin their bytes on three cases.  These tests pin the shared pieces on many
random values: `dumps_indented` and `JsonRecords` against ``json.dumps(indent=2)``, the
XML escapes against `xml.etree.ElementTree`, `interval_bounds` against a plain
ceil/floor version, and the JUnit layout of an empty suite against ``ET.indent``.
"""

from __future__ import annotations

import json
import math
import random
import re
import xml.etree.ElementTree as ET
from fractions import Fraction

import pytest

from checker.findings import AuditResult
from checker.intervals import Interval, to_json_number
from checker.reporters import REPORTERS, render_to_string
from checker.reporters._common import (
    JsonRecords,
    dumps_indented,
    interval_bounds,
    json_str_list,
    xml_attr,
    xml_cdata,
    xml_text,
)

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


def test_dumps_indented_is_json_dumps_indent_2() -> None:
    """The direct writer gives exactly ``json.dumps(value, indent=2, ensure_ascii=False)``."""
    rng = random.Random(1)
    for _ in range(2000):
        value = _value(rng)
        assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_json_records_write_what_a_plain_list_would() -> None:
    """A `JsonRecords` array rendered at its depth is written like the list it stands for."""
    indent = "    "  # the elements of a top-level array

    def render(record: dict[str, object]) -> str:
        return indent + dumps_indented(record).replace("\n", "\n" + indent)

    rng = random.Random(2)
    for _ in range(300):
        records = [{_text(rng, 3): _value(rng, 2)} for _ in range(rng.randint(0, 5))]
        doc = {"head": _value(rng, 2), "records": JsonRecords(records, render, indent)}
        expected = json.dumps({"head": doc["head"], "records": records}, indent=2,
                              ensure_ascii=False)
        assert dumps_indented(doc) == expected


def test_json_records_at_the_wrong_depth_are_refused() -> None:
    """Records rendered for another depth would corrupt the layout: they raise instead."""
    with pytest.raises(ValueError, match="indent"):
        dumps_indented({"a": {"b": JsonRecords([1], str, "    ")}})


def test_json_str_list_is_an_indented_array() -> None:
    """A list of strings opened at `indent` is the indented ``json.dumps`` of the list."""
    rng = random.Random(3)
    for _ in range(500):
        items = [_text(rng) for _ in range(rng.randint(0, 4))]
        expected = json.dumps(items, indent=2, ensure_ascii=False).replace("\n", "\n      ")
        assert json_str_list(items, "      ") == expected


def test_xml_escapes_are_those_of_elementtree() -> None:
    """Attribute values and text are escaped byte for byte as `xml.etree` escapes them."""
    rng = random.Random(4)
    for _ in range(2000):
        text = _text(rng, 20) + "."  # with text: no self-closed element
        element = ET.Element("e", {"a": text})
        element.text = text
        expected = ET.tostring(element, encoding="unicode")
        assert f'<e a="{xml_attr(text)}">{xml_cdata(text)}</e>' == expected


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
