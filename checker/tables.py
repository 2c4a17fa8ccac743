"""Dataset tables and `count:` filters (layer 1: inputs).

A table is a CSV file with a header row.  A filter (DESIGN §3) selects rows:
``{column: value}`` (equality on the trimmed cell text), ``{column: {contains: s}}``
(membership in the cell's list, split on commas and semicolons), ``{column: {in: [..]}}``,
``{all: [...]}``, ``{any: [...]}``, ``{not: ...}``.  Several keys in one mapping must all
hold.  Filters are compiled once into predicates; unknown columns are errors.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker import _regex
from checker._files import read_text_file
from checker._frozen import record
from checker.errors import CorpusError, SnapshotError, did_you_mean

Row = Sequence[str]
Predicate = Callable[[Row], bool]
_SPLIT = _regex.compile(r"[,;]")


@record(slots=False)
class Table:
    """A parsed CSV: column names, rows of trimmed cells, and the file's sha256."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sha256: str
    # column position -> cell text -> the rows holding it, in order (built on first use)
    _by_cell: dict[int, dict[str, list[tuple[str, ...]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def index(self, column: str) -> int:
        """Return the position of `column`; raise `KeyError` when it is not a column."""
        return self.columns.index(column)

    def rows_with(self, column: int, text: str) -> Sequence[tuple[str, ...]]:
        """Return the rows whose cell at position `column` is `text`, in table order."""
        cells = self._by_cell.get(column)
        if cells is None:
            cells = self._by_cell[column] = {}
            for row in self.rows:
                cells.setdefault(row[column], []).append(row)
        return cells.get(text, ())


def read_table(path: Path, shown: str, max_bytes: int) -> Table | None:
    """Read the CSV at `path`; return None when the file is missing.

    Raises `SnapshotError` naming the file and line for unreadable, non-UTF-8 or ragged CSV.
    """
    if not path.exists():
        return None
    text, data = read_text_file(path, shown, max_bytes, noun="table", kind="a CSV table",
                                error=SnapshotError, bom=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise SnapshotError("table has no header row", file=shown, line=1)
        columns = tuple(h.strip() for h in header)
        dupes = sorted({c for c in columns if columns.count(c) > 1})
        if dupes:
            raise SnapshotError(f"duplicate column `{dupes[0]}` in the header", file=shown, line=1)
        rows = []
        width, strip = len(columns), str.strip
        for row in reader:
            cells = tuple(map(strip, row))
            if not any(cells):  # a blank line or a row of empty cells
                continue
            if len(cells) != width:
                raise SnapshotError(
                    f"row has {len(cells)} cells, the header has {width}",
                    file=shown, line=reader.line_num)
            rows.append(cells)
    except csv.Error as exc:
        raise SnapshotError(f"malformed CSV: {exc}", file=shown, line=reader.line_num) from None
    return Table(columns, tuple(rows), hashlib.sha256(data).hexdigest())


MAX_FILTER_DEPTH = 100
"""How deeply `all:`, `any:` and `not:` may nest in one filter (compiling, evaluating and
describing a filter recurse once per level; `max-depth` may be raised far above this)."""


class Filter:
    """A compiled filter: a row predicate, and a cell every row it selects must hold.

    `pinned` is ``(column position, cell text)`` from an equality the filter cannot hold
    without (one of the keys of its mapping, or of a mapping inside `all:`), or None:
    `count_rows` then looks only at the rows holding that cell.  `only_pinned` says that
    the filter is that one equality and nothing else (``{family: f3}``): every row holding
    the cell is selected, so `count_rows` counts them without testing one.
    """

    __slots__ = ("pinned", "only_pinned", "_test")

    def __init__(self, test: Predicate, pinned: tuple[int, str] | None,
                 only_pinned: bool = False) -> None:
        self._test = test
        self.pinned = pinned
        self.only_pinned = only_pinned and pinned is not None

    def __call__(self, row: Row) -> bool:
        return self._test(row)


def compile_filter(spec: Any, columns: Sequence[str]) -> Filter:
    """Return a row predicate for the filter `spec`; raise `CorpusError` for a bad filter."""
    _check_depth(spec)
    test = _compile(spec, columns)
    only = len(spec) == 1 and not any(
        key in ("all", "any", "not") or isinstance(value, Mapping) for key, value in spec.items())
    return Filter(test, _pinned(spec, columns), only)


def _pinned(spec: Any, columns: Sequence[str]) -> tuple[int, str] | None:
    # The first equality every selected row must satisfy (`spec` compiled without error).
    for key, value in spec.items():
        if key == "all":
            for sub in value:
                found = _pinned(sub, columns)
                if found is not None:
                    return found
        elif key not in ("any", "not") and not isinstance(value, Mapping):
            return list(columns).index(str(key)), _cell_text(value)
    return None


def _check_depth(spec: Any) -> None:
    stack: list[tuple[Any, int]] = [(spec, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_FILTER_DEPTH:
            raise CorpusError(f"filter nested deeper than {MAX_FILTER_DEPTH} levels of "
                              "`all:`, `any:` and `not:`")
        if isinstance(item, Mapping):
            for key, value in item.items():
                if key in ("all", "any") and isinstance(value, list):
                    stack.extend((v, depth + 1) for v in value)
                elif key == "not":
                    stack.append((value, depth + 1))


def _compile(spec: Any, columns: Sequence[str]) -> Predicate:
    if not isinstance(spec, Mapping):
        raise CorpusError("a filter is a mapping: {column: value}, {all: [...]}, "
                          "{any: [...]} or {not: ...}")
    preds: list[Predicate] = []
    for key, value in spec.items():
        if key in ("all", "any"):
            if not isinstance(value, list):
                raise CorpusError(f"`{key}:` takes a list of filters")
            subs = [_compile(v, columns) for v in value]
            preds.append(_every(subs) if key == "all" else _some(subs))
        elif key == "not":
            preds.append(_negation(_compile(value, columns)))
        else:
            preds.append(_column_test(str(key), value, columns))
    return preds[0] if len(preds) == 1 else _every(preds)


def _every(preds: Sequence[Predicate]) -> Predicate:
    def test(row: Row) -> bool:
        return all(p(row) for p in preds)

    return test


def _some(preds: Sequence[Predicate]) -> Predicate:
    def test(row: Row) -> bool:
        return any(p(row) for p in preds)

    return test


def _negation(pred: Predicate) -> Predicate:
    def test(row: Row) -> bool:
        return not pred(row)

    return test


def _cell_text(value: Any) -> str:
    if isinstance(value, bool):
        word = "true" if value else "false"
        raise CorpusError(f"a filter value must be text or a number, not {word}: write the "
                          f"cell text in quotes (\"{word}\", \"1\", ...)")
    if value is None or isinstance(value, (list, dict)):
        raise CorpusError(f"a filter value must be text or a number, not {value!r}")
    # A JSON number is compared as written (`1.50`, not Python's 1.5); YAML refuses the
    # numbers whose text its typing would change (see the loader).
    return str(getattr(value, "written", value)).strip()


def _column_test(column: str, value: Any, columns: Sequence[str]) -> Predicate:
    if column not in columns:
        raise CorpusError(f"unknown column `{column}` (the table has: {', '.join(columns)})"
                          + did_you_mean(str(column), columns))
    i = list(columns).index(column)
    if isinstance(value, Mapping):
        if len(value) != 1:
            raise CorpusError(f"`{column}:` takes one operator: contains or in")
        op, arg = next(iter(value.items()))
        if op == "contains":
            needle = _cell_text(arg)
            if _SPLIT.search(needle):
                raise CorpusError(
                    f"`{column}: {{contains: {needle}}}` can never match: cells are split on "
                    "commas and semicolons before comparing; use one item, or "
                    "`all:`/`any:` of several `contains`")
            return lambda row: needle in _items(row[i])
        if op == "in":
            if not isinstance(arg, list) or not arg:
                raise CorpusError(f"`{column}: {{in: ...}}` takes a non-empty list")
            allowed = frozenset(_cell_text(a) for a in arg)
            return lambda row: row[i] in allowed
        raise CorpusError(f"unknown operator `{op}` for column `{column}` (contains or in)"
                          + did_you_mean(str(op), ("contains", "in")))
    wanted = _cell_text(value)
    return lambda row: row[i] == wanted


@lru_cache(maxsize=1 << 12)
def _items(cell: str) -> frozenset[str]:
    """Return the items of a list cell (split on commas and semicolons, trimmed): the
    cells of a column repeat a few lists ("Alpha; Beta"), each split once."""
    return frozenset(p.strip() for p in _SPLIT.split(cell))


def count_rows(table: Table, predicate: Predicate) -> int:
    """Return the number of rows of `table` for which `predicate` holds.

    A compiled `Filter` with a pinned cell is tested only on the rows holding that cell
    (every other row fails it): the same count, without reading the whole table; when
    the filter is that cell alone, those rows are the count.  The test is applied in C
    (`filter`), without a Python frame per row around it.
    """
    if isinstance(predicate, Filter):
        pinned = predicate.pinned
        if pinned is None:
            rows: Sequence[Row] = table.rows
        else:
            rows = table.rows_with(*pinned)
            if predicate.only_pinned:
                return len(rows)
        predicate = predicate._test
    else:
        rows = table.rows
    return len(list(filter(predicate, rows)))


def describe_filter(spec: Any) -> str:
    """Return the filter `spec` written out for people: ``smart_policing = 1``."""
    if not isinstance(spec, Mapping):
        return str(spec)
    parts = []
    for key, value in spec.items():
        if key in ("all", "any"):
            if not value:
                parts.append("every row" if key == "all" else "no row")
                continue
            joiner = " and " if key == "all" else " or "
            inner = [describe_filter(v) for v in value]
            text = joiner.join(inner)
            parts.append(f"({text})" if len(inner) > 1 else text)
        elif key == "not":
            parts.append(f"not {describe_filter(value)}")
        elif isinstance(value, Mapping):
            op, arg = next(iter(value.items()), ("?", "?"))
            if op == "in":
                arg = ", ".join(str(a) for a in arg) if isinstance(arg, list) else arg
                if isinstance(value.get("in"), list) and len(value["in"]) > 6:
                    items = [str(a) for a in value["in"]]
                    arg = f"{items[0]}…{items[-1]} ({len(items)} values)"
                parts.append(f"{key} in [{arg}]")
            else:
                parts.append(f"{key} {op} {arg}")
        else:
            parts.append(f"{key} = {_display(value)}")
    return " and ".join(parts)


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
