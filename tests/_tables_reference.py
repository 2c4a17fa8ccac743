"""`tables.read_table` as it stood before its row loop was made quicker (`checker.tables`).

The oracle of tests/test_tables.py: `read_table` must return the same table, or raise the
same error with the same line, for every CSV text.  Kept as it is; never optimise it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from checker._files import read_text_file
from checker.errors import SnapshotError
from checker.tables import Table


def read_table(path: Path, shown: str, max_bytes: int) -> Table | None:
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
        for row in reader:
            if not any(cell.strip() for cell in row):  # a blank line or a row of empty cells
                continue
            if len(row) != len(columns):
                raise SnapshotError(
                    f"row has {len(row)} cells, the header has {len(columns)}",
                    file=shown, line=reader.line_num)
            rows.append(tuple(cell.strip() for cell in row))
    except csv.Error as exc:
        raise SnapshotError(f"malformed CSV: {exc}", file=shown, line=reader.line_num) from None
    return Table(columns, tuple(rows), hashlib.sha256(data).hexdigest())
