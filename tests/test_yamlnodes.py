"""Parsing claim files: the one-pass JSON reader agrees with the general path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker import _yamlnodes
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
    error; through the general path (parse, then check) with `general`."""
    try:
        pf = (_yamlnodes._parse_json(text, "f.json", limits) if general
              else parse_text(text, "f.json", True, limits))
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


@settings(max_examples=300, deadline=None)
@given(_docs(_TEXT) | _docs(_TEXT | _ODD_TEXT), st.sampled_from([None, 0, 1, 2, "\t"]),
       st.booleans(),
       st.sampled_from([0, 1, 2, 3, 4, 5, 6, 64, 64, 64]),
       st.sampled_from(["", "\n", "  \n\n", "\r\n"]))
@example({"claims": [{"a": [[[[1]]]]}]}, 1, True, 5, "")
@example({"claims": [{"a": [[[[1]]]]}]}, 1, True, 6, "")
@example({"claims": [[1], "\ud800"]}, None, True, 64, "")
def test_one_pass_json_agrees_with_the_general_path(
        doc: dict[str, Any], indent: int | str | None, ascii_only: bool, depth: int,
        lead: str) -> None:
    """Oracle: `json.loads` with the corpus's hooks, the depth and surrogate walk, and the
    item lines of the separate scan (or of composing the text as YAML)."""
    text = lead + json.dumps(doc, indent=indent, ensure_ascii=ascii_only)
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
