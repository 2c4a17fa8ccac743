"""Indented JSON written by a C encoder, orjson (layer 4: output).

The JSON reports (``audit.json``, the SARIF log, the ClaimReview file) are laid out as
``json.dumps(value, indent=2, ensure_ascii=False)`` lays them out, and have been since
their first version: their bytes are pinned by the golden files.  The standard library
falls back to its pure-Python encoder whenever `indent` is set (seconds at 100,000
claims), so they are encoded by orjson, whose ``OPT_INDENT_2`` gives the same layout and
whose string escapes are those of ``ensure_ascii=False`` (``tests/test_reporters_writers.py``
checks both against ``json.dumps`` on random values and on every code point).

Two kinds of value are not left to orjson, because its text differs from the standard
library's: a float (orjson writes ``1e-05`` as ``0.00001``) and an integer beyond 64 bits
(orjson refuses it).  Every number a report writes goes through `number`, which hands
those over as `orjson.Fragment`s holding Python's own text; a `Decimal` (a bound no float
can hold) is written as ``str`` gives it.

`write_json` streams: the lists that grow with the corpus are `Records`, encoded a chunk
of elements at a time and indented to the depth where they stand, so a report of a
million claims is never held in memory as one string.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Generic, TextIO, TypeVar

import orjson

from checker._frozen import record

T = TypeVar("T")

# Dataclasses are handed to `default` (orjson would otherwise write their fields): a
# record is always made into a plain dict first, and `Records` is a marker.
_PLAIN = orjson.OPT_PASSTHROUGH_DATACLASS
_INDENT = orjson.OPT_INDENT_2 | _PLAIN
_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1  # what orjson writes itself
CHUNK = 128
"""Elements of a `Records` list encoded in one call (bounds the memory a report holds).

Small enough that a chunk's records and its text stay in the processor's cache between
being made and being encoded and written, and that the text is memory the allocator
hands out again (at 100,000 claims the JSON report took 0.69 s of CPU in chunks of 2,048,
0.53 s in chunks of 128; 64 to 256 were alike)."""


@record
class Records(Generic[T]):
    """A JSON array whose elements are made (by `to_value`, as plain JSON values) and
    encoded a chunk at a time as `write_json` writes them.

    `to_values`, when given, makes the values of a whole chunk at once (for records made
    by one comprehension rather than one call each); it must give
    ``[to_value(item) for item in chunk]``.
    """

    items: Sequence[T]
    to_value: Callable[[T], Any]
    to_values: Callable[[Sequence[T]], list[Any]] | None = None


def number(value: int | float | Decimal | None) -> Any:
    """Return `value` as orjson should encode it for the text of ``json.dumps``.

    Integers within 64 bits and None are returned as they are; a float becomes a
    fragment of its ``repr``, a larger integer or a `Decimal` one of its ``str``.  A
    non-finite number is refused with `ValueError`, as ``json.dumps`` would write no
    valid JSON for it.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if _INT_MIN <= value <= _INT_MAX:
            return value
        return orjson.Fragment(int.__repr__(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"not a finite number: {value}")
        return orjson.Fragment(float.__repr__(value))
    return _default(value)


def number_text(value: int | float | Decimal | None) -> str:
    """Return the JSON text of `number(value)`, as `dumps` writes it (the same refusals)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"not a finite number: {value}")
        return float.__repr__(value)
    return _decimal_text(value)


def _default(value: object) -> Any:
    # orjson calls this for the types it does not know: here only `Decimal`.
    return orjson.Fragment(_decimal_text(value))


def _decimal_text(value: object) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        return str(value)
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def dumps(value: Any, *, indent: bool = True) -> bytes:
    """Return `value` as UTF-8 JSON text: indented by two spaces, or compact without
    `indent` (as ``json.dumps`` with ``separators=(",", ":")``).  No trailing newline."""
    return orjson.dumps(value, default=_default, option=_INDENT if indent else _PLAIN)


def write_json(value: Any, write: Callable[[bytes | memoryview], object]) -> None:
    """Write `value` to `write`, byte for byte as ``dumps(value)`` would hold it.

    `write` is given bytes or memoryviews of them (for which ``bytes(data)`` is the
    bytes).

    `value` may hold `Records` anywhere (as a dict value or list element); each is
    encoded `CHUNK` elements at a time, so no more than that is held at once.
    """
    found: list[Records[Any]] = []

    def mark(item: object) -> Any:
        if isinstance(item, Records):
            found.append(item)
            # A NUL byte never stands in orjson's output (in a string it is ``\\u0000``).
            return orjson.Fragment(b"\x00")
        return _default(item)

    head = orjson.dumps(value, default=mark, option=_INDENT)
    pieces = head.split(b"\x00")
    for i, records in enumerate(found):
        before = pieces[i]
        write(before)
        line = before[before.rfind(b"\n") + 1:]
        _write_records(records, b" " * (len(line) - len(line.lstrip(b" "))), write)
    write(pieces[-1])


def _write_records(records: Records[Any], indent: bytes,
                   write: Callable[[bytes | memoryview], object]) -> None:
    """Write the array of `records` as it stands on a line indented by `indent`."""
    items, to_value, to_values = records.items, records.to_value, records.to_values
    if not items:
        write(b"[]")
        return
    # Each chunk is encoded inside as many one-element lists as the array is deep, so
    # orjson indents its elements where they stand; the wrapping is cut off again.
    depth = len(indent) // 2
    head = len(b"[" + b"".join(b"\n" + b"  " * i + b"[" for i in range(1, depth + 1)))
    tail = sum(len(b"\n" + b"  " * i + b"]") for i in range(depth + 1))
    cut = head - 1  # keep the chunk's own "[" ...
    for start in range(0, len(items), CHUNK):
        chunk: Any = (list(map(to_value, items[start:start + CHUNK])) if to_values is None
                      else to_values(items[start:start + CHUNK]))
        for _ in range(depth):
            chunk = [chunk]
        text = memoryview(orjson.dumps(chunk, default=_default, option=_INDENT))
        # ... for the first chunk only: the next ones join on ",", and no chunk closes
        # the array (its "\n<indent>]" is written once, after the last).  The cuts are
        # views, not copies.
        if start:
            write(b",")
            write(text[head:-tail])
        else:
            write(text[cut:-tail])
    write(b"\n" + indent + b"]")


def byte_writer(stream: TextIO
                ) -> tuple[Callable[[bytes | memoryview], object], Callable[[], None]]:
    """Return a function that writes UTF-8 bytes to the text `stream`, and one to call
    after the last of them.

    A file opened as UTF-8 text takes the bytes straight into its binary buffer (after its
    pending text is flushed, so the order holds); any other stream gets them decoded.
    """
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        stream.flush()
        return buffer.write, buffer.flush

    def write(data: bytes | memoryview) -> None:
        stream.write(str(data, "utf-8"))

    return write, _nothing


def _nothing() -> None:
    return None


def write_document(value: Any, stream: TextIO) -> None:
    """Write `value` as indented JSON and a final newline to the text `stream`."""
    write, done = byte_writer(stream)
    write_json(value, write)
    write(b"\n")
    done()

