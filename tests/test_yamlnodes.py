"""Parsing claim files: the one-pass JSON reader agrees with the general path."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import _jsonnodes, _yamlnodes
from checker._yamlnodes import Limits, WrittenFloat, parse_text
from checker.errors import CorpusError


def _canon(value: Any) -> Any:
    """`value` with the float text a `WrittenFloat` keeps, and the order of keys, made
    visible to ``==``."""
    if isinstance(value, WrittenFloat):
        return ("written", value.written)
    if isinstance(value, dict):  # in order: the keys' order reaches messages
        return [("dict", k, _canon(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_canon(v) for v in value]
    return (type(value).__name__, value)


def _outcome(text: str, limits: Limits, general: bool = False) -> tuple[Any, ...]:
    """What parsing `text` gives: its data and the lines of its top-level paths, or the
    error; through the general path (parse, then check) with `general`.  Parsed from the
    text's bytes too (`encoded`, as the loader hands them over), it gives the same."""
    got = _outcome_of(text, limits, general)
    if not general:
        try:
            encoded = text.encode()
        except UnicodeEncodeError:  # a lone surrogate: no file's bytes decode to it
            return got
        assert _outcome_of(text, limits, False, encoded) == got
    return got


def _outcome_of(text: str, limits: Limits, general: bool,
                encoded: bytes | None = None) -> tuple[Any, ...]:
    try:
        pf = (_yamlnodes._parse_json(text, "f.json", limits) if general
              else parse_text(text, "f.json", True, limits, encoded=encoded))
    except CorpusError as exc:
        return ("error", exc.message, exc.line)
    data = pf.data
    paths: list[tuple[str | int, ...]] = [()]
    if isinstance(data, dict):
        for key, value in data.items():
            paths += [(key,), (key, -1), (key, 0), (key, "x")]
            if isinstance(value, list):
                paths += [(key, i) for i in range(len(value) + 1)]
    # an item's own line, read directly (asked for every claim), is its line
    assert [pf.item_line(*p) for p in paths if len(p) == 2 and isinstance(p[1], int)] \
        == [pf.line(p) for p in paths if len(p) == 2 and isinstance(p[1], int)]
    return ("ok", _canon(data), [pf.line(p) for p in paths])


_TEXT = st.text(alphabet='ab[]{}",:\\ \n\té', max_size=6)
_ODD_TEXT = st.sampled_from(["\ud800", "\udfff", "x\ud83d\ude00", "\U0001f600", "\\ud800"])


def _docs(strings: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    scalars = (st.none() | st.booleans() | st.integers(-10**20, 10**20) | strings
               | st.floats(allow_nan=False, allow_infinity=False)
               | st.sampled_from([1.5, 1e3, 2.50]))
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(strings, inner, max_size=3), max_leaves=12)
    return st.dictionaries(st.sampled_from(["claims", "sources", "[", "", "é", "a\nb"]),
                           st.lists(values, max_size=4), max_size=4) | st.dictionaries(
        strings, values, max_size=3)


def _orjson_text(doc: Any) -> str | None:
    """`doc` as orjson writes it, indented (None for what orjson cannot write)."""
    try:
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode()
    except (TypeError, UnicodeDecodeError):  # an integer beyond 64 bits, a lone surrogate
        return None


@settings(max_examples=400, deadline=None)
@given(_docs(_TEXT) | _docs(_TEXT | _ODD_TEXT),
       st.sampled_from([None, 0, 1, 2, 4, "\t", "orjson"]),
       st.booleans(),
       st.sampled_from([0, 1, 2, 3, 4, 5, 6, 64, 64, 64]),
       st.sampled_from(["", "\n", "  \n\n", "\r\n"]),
       st.sampled_from(["", "\n", " \n \n"]))
@example({"claims": [{"a": [[[[1]]]]}]}, 1, True, 5, "", "")
@example({"claims": [{"a": [[[[1]]]]}]}, 1, True, 6, "", "")
@example({"claims": [{"a": [[[[1]]]]}]}, "orjson", True, 5, "", "")
@example({"claims": [{"a": [[[[1]]]]}]}, "orjson", True, 6, "", "")
@example({"claims": [{"a": [[[[{}]]]]}]}, 2, True, 6, "", "")
@example({"claims": [[1], "\ud800"]}, None, True, 64, "", "")
@example({"claims": [1e-05, 1e-07, 1e16, 1.5, -0.0, 2**63, 2**64]}, "orjson", True, 64, "", "")
def test_one_pass_json_agrees_with_the_general_path(
        doc: dict[str, Any], indent: int | str | None, ascii_only: bool, depth: int,
        lead: str, trail: str) -> None:
    """Oracle: `json.loads` with the corpus's hooks, the depth and surrogate walk, and the
    item lines of the separate scan (or of composing the text as YAML).  Texts as
    `json.dumps` writes them (`indent`), or as orjson does (``"orjson"``), which the
    reader of indented files takes (`_parse_json_indented`) when it can."""
    written = (_orjson_text(doc) if indent == "orjson"
               else json.dumps(doc, indent=indent, ensure_ascii=ascii_only))
    if written is None:
        return
    text = lead + written + trail
    limits = Limits(max_depth=depth)
    assert _outcome(text, limits) == _outcome(text, limits, general=True)


@pytest.mark.parametrize("text", [
    '{"claims": [1, 2,]}', '{"claims": [1], }', '{"claims": [1]} x', '{"claims": [1]}\n\n',
    '{"claims": [1], "claims": [2]}', '{"claims": [{"a": 1, "a": 2}]}', '\ufeff{"claims": []}',
    '{"claims": [NaN]}', '{"claims": [1e999]}', '{"claims": [1e-999]}', '{"claims": [' + "9" * 101
    + "]}", '{"claims": [' + "[" * 70 + "]" * 70 + "]}", '{"claims": ["\\ud800"]}',
    '{"claims": [{"\\uDC00": 1}]}', '{"claims": [1]\r\n}', '{"claims": [1]\u2028}',
    '{"claims": ["a\u2028b"]}', '{"claims" : [ 1 , 2 ] , "quantities" :[]}', '{}', '[]',
    '{"claims": {}}', '{"claims": []', '{"claims": [1 2]}', '{"claims": [}', '{1: []}',
    '{"claims": [1.50, 2.0, 1E3]}', '  \n {"claims":\n[\n{"x": "[[["},\n"]]"\n]\n}\n',
    # laid out as an indenting encoder writes it (the reader of indented files), but ...
    '{\n  "claims": [\n    {\n      "a": 1,\n      "a": 2\n    }\n  ]\n}',  # ... a repeat
    '{\n  "claims": [\n    1\n  ],\n  "claims": [\n    2\n  ]\n}',
    '{\n "claims": [\n  0.00001,\n  1e-7,\n  1e-05,\n  1e+16,\n  1e16,\n  5e-324\n ]\n}',
    '{\n "claims": [\n  1.50,\n  -0,\n  -0.0,\n  18446744073709551616\n ]\n}',
    '{\n "claims": [\n  - 1,\n  1 ,\n  "a b",\n  "a\\u0020b",\n  "\\u00e9",\n  "é"\n ]\n}',
    '{\n "claims": [\n  "one-1",\n  "0.0000",\n  "x e-5"\n ]\n}',  # (the floats' test)
    '{\n\t"claims": [\n\t\t1\n\t]\n}', '{\n  "claims": [\n    1\n  ]\n}\n\n  \n',
    '{\n  "claims": [\n    [\n      [\n        1\n      ]\n    ],\n    {}\n  ],\n  "x": []\n}',
    '{"claims": [\n    1]}', '{\n  "claims": [1,\n    2\n  ]\n}', '{\n  "claims": {}\n}',
])
@pytest.mark.parametrize("depth", [1, 2, 3, 64])
def test_one_pass_json_agrees_on_awkward_texts(text: str, depth: int) -> None:
    limits = Limits(max_depth=depth)
    assert _outcome(text, limits) == _outcome(text, limits, general=True)


def test_one_pass_json_lines_are_the_composed_lines() -> None:
    data = {"claims": [{"id": f"c{i}", "says": "[{" * (i % 3)} for i in range(5)],
            "sources": [], "quantities": [{"id": "q"}, "x"]}
    text = json.dumps(data, indent=1)
    pf = parse_text(text, "f.json", True, Limits())
    assert pf._items is not None  # read in one pass, its item lines with it
    composed = _yamlnodes._yaml_lines(text, "f.json", Limits())
    for path in [(), *((k,) for k in data), *((k, i) for k, v in data.items()
                                              for i in range(len(v)))]:
        assert pf.line(path) == composed[path]
    assert pf.line(("claims", 2, "says")) == composed[("claims", 2, "says")]


@pytest.mark.parametrize("indent", [0, 1, 2, 4])
def test_indented_json_is_read_without_a_python_step_per_item(indent: int) -> None:
    """A claim file as `json.dump` (or orjson) writes it takes the reader of indented
    files: the same data and lines as the general path."""
    data = {"claims": [{"id": f"c{i}", "says": "1 e-5 [{", "count": {"all": [{"x": 1.5}]}}
                       for i in range(4)], "sources": [], "quantities": ["q", {}, []]}
    for text in (json.dumps(data, indent=indent), _orjson_text(data) or ""):
        assert _jsonnodes._parse_json_indented(text, Limits().max_depth) is not None
        assert _outcome(text, Limits()) == _outcome(text, Limits(), general=True)
    composed = _yamlnodes._yaml_lines(json.dumps(data, indent=indent), "f.json", Limits())
    pf = parse_text(json.dumps(data, indent=indent), "f.json", True, Limits())
    assert [pf.item_line("claims", i) for i in range(4)] \
        == [composed[("claims", i)] for i in range(4)]


@given(st.floats(allow_nan=False, allow_infinity=False)
       | st.floats(min_value=1e-12, max_value=1e-3) | st.floats(min_value=1e15, max_value=1e17))
@example(1e-05)
@example(1.5e-07)
@example(1e16)
def test_orjson_writes_a_float_as_python_does_but_where_the_reader_looks(value: float) -> None:
    """The reader of indented files keeps a float's text only where orjson's text could
    differ from Python's (``0.00001`` against ``1e-05``, ``1e-7`` against ``1e-07``):
    elsewhere the two write every float alike, so the file's text is Python's."""
    written = orjson.dumps(value).decode()
    assert written == repr(value) or _jsonnodes._floats_written_apart(written)
