"""Dataset tables and `count:` filters: the filter algebra against a brute-force oracle."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.errors import CorpusError, SnapshotError
from checker.tables import MAX_FILTER_DEPTH, Table, compile_filter, count_rows, read_table

COLUMNS = ("a", "b")
_CELLS = st.sampled_from(["", "x", "y", "x, y", "y;z", " x ", "1", "01", "NO"])
_VALUES = st.sampled_from(["x", "y", "z", "1", "01", "NO", ""])
_ROWS = st.lists(st.tuples(_CELLS, _CELLS), max_size=8)


def _leaf() -> st.SearchStrategy[dict[str, Any]]:
    column = st.sampled_from(COLUMNS)
    return st.one_of(
        st.builds(lambda c, v: {c: v}, column, _VALUES),
        st.builds(lambda c, v: {c: {"contains": v}}, column, _VALUES),
        st.builds(lambda c, vs: {c: {"in": vs}}, column, st.lists(_VALUES, min_size=1,
                                                                   max_size=3)),
    )


_FILTERS = st.recursive(_leaf(), lambda inner: st.one_of(
    st.builds(lambda fs: {"all": fs}, st.lists(inner, max_size=3)),
    st.builds(lambda fs: {"any": fs}, st.lists(inner, max_size=3)),
    st.builds(lambda f: {"not": f}, inner),
), max_leaves=8)


def _holds(spec: dict[str, Any], row: dict[str, str]) -> bool:
    """The filter semantics of docs/format.md, written independently of the code."""
    results = []
    for key, value in spec.items():
        if key == "all":
            results.append(all(_holds(f, row) for f in value))
        elif key == "any":
            results.append(any(_holds(f, row) for f in value))
        elif key == "not":
            results.append(not _holds(value, row))
        elif isinstance(value, dict) and "contains" in value:
            items = [part.strip() for part in re.split("[,;]", row[key])]
            results.append(value["contains"].strip() in items)
        elif isinstance(value, dict):
            results.append(row[key] in [v.strip() for v in value["in"]])
        else:
            results.append(row[key] == value.strip())
    return all(results)


_MULTI = st.dictionaries(st.sampled_from(COLUMNS), _VALUES, min_size=1) | st.builds(
    lambda a, b: {**a, **b}, st.dictionaries(st.sampled_from(COLUMNS), _VALUES),
    st.sampled_from([{"all": []}, {"any": [{"a": "x"}]}, {"not": {"b": "y"}}]))
_PINNABLE = st.recursive(_MULTI | _FILTERS, lambda inner: st.builds(
    lambda fs, extra: {"all": fs, **extra}, st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(COLUMNS), _VALUES, max_size=1)), max_leaves=6)


@given(_ROWS, _PINNABLE)
def test_count_of_a_pinned_filter_matches_the_oracle(rows: list[tuple[str, str]],
                                                     spec: dict[str, Any]) -> None:
    """Counting only the rows that hold the pinned cell gives the count of every row."""
    cells = tuple(tuple(c.strip() for c in row) for row in rows)
    table = Table(COLUMNS, cells, "0" * 64)
    compiled = compile_filter(spec, COLUMNS)
    expected = sum(1 for row in cells if _holds(spec, dict(zip(COLUMNS, row, strict=True))))
    assert sum(1 for row in cells if compiled(row)) == expected
    assert count_rows(table, compiled) == expected
    if compiled.pinned is not None:
        column, text = compiled.pinned
        assert all(row[column] == text for row in cells if compiled(row))


def test_a_filter_on_a_column_value_reads_only_the_rows_holding_it() -> None:
    table = Table(COLUMNS, (("x", "1"), ("y", "1"), ("x", "2")), "0" * 64)
    compiled = compile_filter({"all": [{"b": "1"}, {"any": [{"a": "x"}]}]}, COLUMNS)
    assert compiled.pinned == (1, "1")
    assert count_rows(table, compiled) == 1
    assert table.rows_with(1, "1") == [("x", "1"), ("y", "1")]
    assert compile_filter({"any": [{"a": "x"}]}, COLUMNS).pinned is None


@given(_ROWS, _FILTERS)
def test_count_matches_the_oracle(rows: list[tuple[str, str]], spec: dict[str, Any]) -> None:
    cells = tuple(tuple(c.strip() for c in row) for row in rows)
    table = Table(COLUMNS, cells, "0" * 64)
    expected = sum(1 for row in cells if _holds(spec, dict(zip(COLUMNS, row, strict=True))))
    assert count_rows(table, compile_filter(spec, COLUMNS)) == expected


@pytest.mark.parametrize(("spec", "fragment"), [
    ({"a": True}, "not true: write the cell text in quotes"),
    ({"a": {"contains": "x, y"}}, "can never match"),
    ({"a": {"contains": "x;y"}}, "can never match"),
    ({"c": "x"}, "unknown column `c`"),
])
def test_impossible_filters_are_refused(spec: dict[str, Any], fragment: str) -> None:
    with pytest.raises(CorpusError, match=re.escape(fragment)):
        compile_filter(spec, COLUMNS)


def test_filter_depth_is_bounded() -> None:
    spec: dict[str, Any] = {"a": "x"}
    for _ in range(MAX_FILTER_DEPTH):
        spec = {"not": spec}
    compile_filter(spec, COLUMNS)  # at the bound: fine
    with pytest.raises(CorpusError, match="nested deeper than"):
        compile_filter({"not": spec}, COLUMNS)
    deep: dict[str, Any] = {"a": "x"}
    for _ in range(5000):  # far past it: refused without recursing
        deep = {"any": [deep]}
    with pytest.raises(CorpusError, match="nested deeper than"):
        compile_filter(deep, COLUMNS)


def test_rows_of_empty_cells_are_not_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\nx,1\n,\n , \n\ny,2\n", encoding="utf-8")
    table = read_table(path, "t.csv", 1000)
    assert table is not None and table.rows == (("x", "1"), ("y", "2"))


_CSV_CELLS = st.sampled_from(["", " ", "x", " y ", "\t1\t", '"a, b"', '"q""q"', '"line\nbreak"',
                              "é", '"', "a;b"])
_CSV_LINES = st.lists(st.lists(_CSV_CELLS, max_size=4).map(",".join), max_size=6)


@given(_CSV_LINES, st.sampled_from(["\n", "\r\n"]))
def test_read_table_agrees_with_the_former_reader(lines: list[str], newline: str) -> None:
    """Each row's cells are trimmed in one pass (blank rows skipped, ragged ones refused at
    their line): the table, or the error and its line, the former reader gives."""
    from tests import _tables_reference as reference

    text = newline.join(["a,b,c", *lines]) + newline
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(text.encode())
        outcomes = []
        for read in (read_table, reference.read_table):
            try:
                outcomes.append(read(path, "t.csv", 10_000))
            except SnapshotError as exc:
                outcomes.append((str(exc), exc.line))
    assert outcomes[0] == outcomes[1]


def test_a_filter_of_one_equality_is_counted_from_the_index_alone() -> None:
    """`only_pinned`: the rows holding the cell are the count, none of them tested; any
    other filter is tested row by row."""
    table = Table(COLUMNS, (("x", "1"), ("y", "1"), ("x", "2")), "0" * 64)
    alone = compile_filter({"a": "x"}, COLUMNS)
    assert alone.only_pinned and alone.pinned == (0, "x")
    alone._test = None  # type: ignore[assignment]  # (never called)
    assert count_rows(table, alone) == 2
    for spec, count in (({"a": "x", "b": "1"}, 1), ({"all": [{"a": "x"}]}, 2),
                        ({"a": {"in": ["x"]}}, 2), ({"a": {"contains": "x"}}, 2),
                        ({"not": {"a": "y"}}, 2)):
        compiled = compile_filter(spec, COLUMNS)
        assert not compiled.only_pinned, spec
        assert count_rows(table, compiled) == count, spec
