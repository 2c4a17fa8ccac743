"""Read a JSON claim file at C speed, with the line of every item (layer 1, private:
a part of `checker._yamlnodes`).

A claim file is a mapping of lists.  Laid out one value to a line, as indenting encoders
write it, it is parsed by orjson and checked against orjson's own indented text
(`_parse_json_indented`); otherwise it is decoded by the standard library's C decoder one
item at a time (`_parse_json_lists`), which gives the line of every item as it goes and
lets the nesting and text checks be decided from the text.  Both return None for anything
they cannot vouch for: `checker._yamlnodes` then parses the text whole and words the
error.  The decoder's hooks (`_json_object`, `_json_int`, `_json_float`, ...) refuse what
a corpus may not hold: repeated keys, constants, huge integers, lone surrogates.
"""

from __future__ import annotations

import importlib
import json
import math
import operator
from array import array
from collections.abc import Callable
from itertools import accumulate, chain, repeat
from typing import Any

from checker import _regex
from checker._frozen import record
from checker.errors import CorpusError

Path = tuple[str | int, ...]


@record
class ItemLines:
    """The lines of a JSON file's root, its top-level keys and the items of their lists.

    What most locations need (a claim's own line), kept as one array of lines per list.
    `line` answers as `_nearest` does over the same paths.
    """

    root: int
    keys: dict[str, int]
    items: dict[str, array[int]]

    def line(self, path: Path) -> int:
        """Return the line of `path` (at most two parts), or of its nearest ancestor."""
        if path and isinstance(path[0], str):  # the keys of a JSON object are text
            key = path[0]
            if len(path) == 2:
                lines = self.items.get(key)
                index = path[1]
                if lines is not None and isinstance(index, int) and 0 <= index < len(lines):
                    return lines[index]
            found = self.keys.get(key)
            if found is not None:
                return found
        return self.root



_JSON_WS = _regex.compile(r"[ \t\n]*")
_JSON_COMMA = _regex.compile(r"[ \t\n]*,[ \t\n]*")
_JSON_SPACE = " \t\n"
_OTHER_BREAKS = _regex.compile("[\r\x85\u2028\u2029]")  # YAML counts these as line breaks


def _json_item_lines(text: str) -> ItemLines | None:
    """Return the lines of the top-level keys and top-level list items of a JSON object.

    The same lines as composing the text as YAML gives for those paths (a key's line, an
    item's first character), found with the C decoder one item at a time: about as fast
    as parsing.  Call it only for a mapping whose values are all lists.  Return None when
    a key repeats or the text holds line breaks other than ``\\n``: the caller then
    composes the whole text.
    """
    found = _scan_json_lists(text, _PLAIN_SCAN, None)
    return found[1] if found is not None else None


def _scan_json_lists(text: str, decode: Callable[[str, int], tuple[Any, int]],
                     max_depth: int | None) -> tuple[dict[str, list[Any]], ItemLines] | None:
    """Decode a JSON object whose values are all lists one item at a time, with lines.

    Return the data and the line of the root, of each key and of each item, or None when
    the text is not such an object, a key repeats, it holds line breaks other than
    ``\\n``, anything fails to decode, or (with `max_depth`) an item might nest deeper
    than `max_depth` (an item at depth 2 holding fewer than `max_depth` brackets cannot).

    The loop only decodes and notes where each item starts and ends; the lines (newlines
    counted between one start and the next) and the brackets of each item are counted
    afterwards by C iterators, not one Python step per item.  Items are mostly separated
    alike (``,\\n  `` in a file that `json.dump` indented): the separator is matched once
    and then compared as text.
    """
    if "\r" in text or (not text.isascii() and _OTHER_BREAKS.search(text)):
        return None
    ws, next_item = _JSON_WS.match, _JSON_COMMA.match
    pos = ws(text, 0).end()  # type: ignore[union-attr]  # it matches the empty string
    if text[pos:pos + 1] != "{":
        return None
    starts = array("L", (pos,))  # where the root, each key and each item start ...
    ends = array("L", (pos,))  # ... and end (the root and keys: where they start)
    mark, close = starts.append, ends.append
    spans: dict[str, tuple[int, int]] = {}  # key -> its index in `starts`, its items' end
    data: dict[str, list[Any]] = {}
    startswith = text.startswith
    sep, step = ",", 1  # the last separator matched (a bare comma is one too)
    pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
    try:
        while text[pos] != "}":
            mark(pos)
            close(pos)
            key, pos = decode(text, pos)
            if not isinstance(key, str) or key in spans:
                return None
            at = len(starts) - 1
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] != ":":
                return None
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            if text[pos] != "[":
                return None
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            values: list[Any] = []
            data[key] = values
            add_value = values.append
            while text[pos] != "]":
                mark(pos)
                item, pos = decode(text, pos)
                close(pos)
                add_value(item)
                if startswith(sep, pos) and text[pos + step] not in _JSON_SPACE:
                    pos += step  # the same separator as before: no regex
                    if text[pos] == "]":  # a trailing comma
                        return None
                    continue
                comma = next_item(text, pos)
                if comma is None:  # the last item
                    pos = ws(text, pos).end()  # type: ignore[union-attr]
                    if text[pos] != "]":
                        return None
                    break
                sep = comma.group()
                step = len(sep)
                pos = comma.end()
                if text[pos] == "]":  # a trailing comma
                    return None
            spans[key] = (at, len(starts))
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            if text[pos] == ",":
                pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
                if text[pos] == "}":
                    return None
            elif text[pos] != "}":
                return None
        if ws(text, pos + 1).end() != len(text):  # type: ignore[union-attr]
            return None
    except (IndexError, ValueError, RecursionError, StopIteration, _DuplicateKey):
        return None  # `scan_once` raises StopIteration where no value starts
    count = text.count
    if max_depth is not None and len(starts) > 1 and max(map(
            operator.add, map(count, repeat("{"), starts, ends),
            map(count, repeat("["), starts, ends))) >= max_depth:
        return None
    lines = array("L", accumulate(map(count, repeat("\n"), chain((0,), starts), starts),
                                  initial=1))
    keys = {key: lines[at + 1] for key, (at, _) in spans.items()}
    items = {key: lines[at + 2:last + 1] for key, (at, last) in spans.items()}
    return data, ItemLines(lines[1], keys, items)


def _parse_json_lists(text: str, max_depth: int) -> tuple[Any, ItemLines] | None:
    """Parse a JSON claim file that is a mapping of lists in one pass, with its items' lines.

    The same data as `json.loads` with the corpus's hooks, and the same checks as
    `_check_json_depth` (nesting, lone surrogates), or None whenever the text is anything
    else or any check could fail: the general path then parses it and words the error.
    """
    if max_depth < 2 or "\\ud" in text or "\\uD" in text or not (
            text.isascii() or _encodable(text)):
        return None
    return _scan_json_lists(text, _SCAN, max_depth)


_INDENTED_ITEM = _regex.compile(rb"\n    (?=[^ \]}])")  # in orjson's indented text: depth 2
_INDENTED_KEY = _regex.compile(rb'\n  "')  # ... and a key of the root (its values are lists)
# The exponent of a number written with one, when a digit stands before it and the number
# ends after it (as a JSON number does: not in the middle of a word or a hash).
_ORJSON_FLOAT_TEXT = _regex.compile(r"e[-+]?[0-9]+(?=[,\s\]}]|\Z)")


def _floats_written_apart(text: str) -> bool:
    """Whether `text` may hold a float that orjson writes otherwise than Python's `repr`:
    one with an exponent (``1e-7`` and ``1e-07``; orjson 3.9 writes ``1e16``, Python
    ``1e+16``) or below 0.0001 (``0.00001`` and ``1e-05``), the only floats of a text
    that orjson writes back alike which can need a `WrittenFloat`.  Mere words
    (``phase-1``, ``0.0000`` in a quote) may say yes too."""
    if "0.0000" in text:
        return True
    return any(text[m.start() - 1:m.start()] in _DIGITS
               for m in _ORJSON_FLOAT_TEXT.finditer(text, 1))


_DIGITS = frozenset("0123456789")


def _parse_json_indented(text: str, max_depth: int, encoded: bytes | None = None
                         ) -> tuple[Any, ItemLines] | None:
    """Parse a JSON claim file laid out as an indenting encoder writes it, at C speed.

    For a mapping of lists laid out one value to a line, as `json.dump` with `indent`,
    JavaScript's ``JSON.stringify(data, null, 2)`` or orjson's ``OPT_INDENT_2`` write it
    (the files of a program), the same data and item lines as `_scan_json_lists`, with no
    Python step per item: orjson parses the text, then writes the data back indented two
    spaces per level.  When that text and the file's are the same but for spaces, they
    hold the same tokens on the same lines (no JSON token but a string holds a space, and
    none holds a line break); so the file repeats no key (the data would have lost one),
    writes every number as orjson does, and has an item's line where orjson's text has
    it, at the line's fourth space.  The layout also bounds the nesting: a container at
    depth ``d`` starts on a line indented ``2d``.  Any other text, any difference, a float
    whose written text Python would not write (`WrittenFloat`) and anything orjson
    refuses return None: the one-pass scanner or the general path then decide (and word
    the error).  `encoded`, when given, is ``text.encode()`` (the bytes the text was
    decoded from): not made again.
    """
    if max_depth < 2 or _floats_written_apart(text) or (
            not text.isascii() and _OTHER_BREAKS.search(text)):
        return None
    import orjson  # (imported only for a JSON corpus: start-up)

    try:
        written = text.encode() if encoded is None else encoded
        data = orjson.loads(written)
        if type(data) is not dict or not all(type(v) is list for v in data.values()):
            return None
        indented = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (UnicodeEncodeError, orjson.JSONDecodeError, TypeError):
        return None  # a lone surrogate, not JSON, an integer beyond 64 bits
    if b"\n" + b" " * (2 * max_depth + 1) in indented:
        return None  # a line deeper than `max_depth` levels: perhaps a container too
    if written.startswith(indented) and not written[len(indented):].strip(b" \n"):
        root = 1  # orjson's text itself (as JavaScript's `JSON.stringify` lays it out too)
    else:
        tokens = written.translate(None, b" ")
        lead = tokens.find(b"{")  # (after the blank lines before the root, if any)
        spaceless = indented.translate(None, b" ")
        end = lead + len(spaceless)
        if tokens.count(b"\n", 0, lead) != lead or not tokens.startswith(spaceless, lead) \
                or tokens[end:].strip(b"\n"):
            return None
        root = 1 + lead
    # The line of each item: one piece of orjson's text per item, split where one starts
    # (at a mapping's `{`, or at any value when some item is no mapping), and the lines
    # of the pieces added up (the split took one line break each).
    total = sum(map(len, data.values()))
    pieces = indented.split(b"\n    {")
    if len(pieces) != total + 1:
        pieces = _INDENTED_ITEM.split(indented)
    del pieces[-1]  # (after the last item's start)
    lines = array("L", accumulate(map(operator.add, map(bytes.count, pieces, repeat(b"\n")),
                                      repeat(1)), initial=root))
    keys: dict[str, int] = {}
    items: dict[str, array[int]] = {}
    first = 1
    for key, values in data.items():
        last = first + len(values)
        items[key] = lines[first:last]
        if values:  # a key's line is the line before its first item's
            keys[key] = lines[first] - 1
        first = last
    if len(keys) != len(data):  # an empty list: its key's line, found
        keys = {key: root + indented.count(b"\n", 0, at.start() + 1)
                for key, at in zip(data, _INDENTED_KEY.finditer(indented), strict=True)}
    return data, ItemLines(root, keys, items)


class _DuplicateKey(Exception):
    pass



def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys: a whole `claims` list could vanish
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def _reject_constant(word: str) -> Any:
    raise ValueError(f"{word} is not allowed in a corpus (numbers must be finite)")


def _json_int(digits: str) -> int:
    if len(digits) > 100:  # int() refuses 4,300 digits with advice meant for programmers
        raise ValueError(f"a number with {len(digits):,} digits is not allowed in a corpus")
    return int(digits)


class WrittenFloat(float):
    """A JSON number whose text Python would write differently (``1.50``, ``1e3``): the
    float, with the text as written in `written` (table filters compare that text)."""

    written: str

    def __reduce__(self) -> tuple[Any, ...]:  # pickled for a forked child: keep the text
        return (_written_float, (self.written,))


def _written_float(text: str) -> WrittenFloat:
    value = WrittenFloat(text)
    value.written = text
    return value


def _json_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is not allowed in a corpus (numbers must be finite)")
    if value == 0 and _UNDERFLOW.match(text):
        raise ValueError(_underflow(text, "", None).message)
    return value if repr(value) == text else _written_float(text)


# A number whose digits are not all zero: if it reads as 0.0 it underflowed (1e-999).
_UNDERFLOW = _regex.compile(r"[-+]?[0-9_.]*[1-9]")
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_json_int,
                            parse_float=_json_float, object_pairs_hook=_json_object)
# Their value readers (what `raw_decode` calls, without its wrapper): (value, end) at an
# offset, StopIteration where no value starts.
_Scan = Callable[[str, int], tuple[Any, int]]
# (imported by name: the json.scanner stub is missing from older type checkers, and where
# present it misnames the argument)
_make_scanner: Callable[[json.JSONDecoder], _Scan] = importlib.import_module(
    "json.scanner").make_scanner
_SCAN: _Scan = _make_scanner(_DECODER)
_PLAIN_SCAN: _Scan = _make_scanner(json.JSONDecoder())


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def _underflow(text: str, name: str, line: int | None) -> CorpusError:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return CorpusError(f"{shown} is out of range (at most 40 digits before and after the "
                       "decimal point)", file=name or None, line=line)


def _check_json_depth(data: Any, name: str, max_depth: int) -> None:
    # Nesting, and text that is not Unicode: JSON's "\ud800" escapes give lone
    # surrogates, which no output can encode.
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise CorpusError(f"nesting deeper than {max_depth} levels", file=name)
        if isinstance(item, dict):
            for key, value in item.items():
                _check_text(key, name)
                if isinstance(value, (dict, list)):
                    stack.append((value, depth + 1))
                elif isinstance(value, str):
                    _check_text(value, name)
        elif isinstance(item, list):
            for value in item:
                if isinstance(value, (dict, list)):
                    stack.append((value, depth + 1))
                elif isinstance(value, str):
                    _check_text(value, name)
        elif isinstance(item, float) and not math.isfinite(item):
            raise CorpusError("numbers must be finite", file=name)
        elif isinstance(item, str):
            _check_text(item, name)


def _check_text(text: str, name: str, line: int | None = None) -> None:
    """Refuse text holding a lone surrogate (``\\ud800``): it is not a character."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        raise CorpusError(f"text holds \\u{code:04x}, a lone surrogate, not a character",
                          file=name, line=line) from None
