"""Parse one claim file into plain data plus a map of line numbers (layer 1, private).

A flat pass over the parser's events first checks the limits (aliases, their expanded
size, nesting depth), so an alias bomb or a deeply nested file is refused cheaply and
before PyYAML's recursive composer sees it; then the text is composed into nodes (the C
parser when present) and an iterative walk builds the Python data and a map from each
path (``("claims", 3, "says")``) to its 1-based line.  JSON is parsed with
the standard library's C decoder: a mapping of lists (what a claim file is) one item at a
time, which gives the line of every item as it goes and lets the nesting and text checks
be decided from the text; anything else as a whole.  A field's own line is found only when
needed (errors, findings), by composing the same text as YAML, a superset of JSON for our
purposes.
"""

from __future__ import annotations

import importlib
import json
import math
import operator
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, chain, repeat
from typing import Any

import yaml

from checker.errors import CorpusError

try:  # the C parser is much faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_PURE_LOADER: Any = yaml.SafeLoader  # streams events with no nesting limit of its own

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Limits:
    """Bounds on what one claim file may make the loader do."""

    max_file_bytes: int = 64 * 1024 * 1024
    max_aliases: int = 1000
    max_nodes: int = 20_000_000
    max_depth: int = 64


@dataclass(frozen=True, slots=True)
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


@dataclass
class ParsedFile:
    """One parsed file: its data and a (lazy) map of paths to lines."""

    data: Any
    _lines: dict[Path, int] | None
    _compute_lines: Callable[[], dict[Path, int]] | None = None
    # JSON: a fast map of the top-level keys and list items only (what most locations
    # need: a claim's own line), tried before composing the whole text for `_lines`;
    # found while parsing, or else by a scan on first use.
    _compute_items: Callable[[], ItemLines | None] | None = None
    _items: ItemLines | None = None
    # YAML: unquoted scalars that YAML 1.1 types so that their text changes (``NO`` is
    # false, ``010`` is 8, ``1:30`` is 90, ``1.50`` is 1.5): path -> the text as written.
    retyped: dict[Path, str] = field(default_factory=dict)

    def item_line(self, section: str, place: int) -> int | None:
        """Return ``line((section, place))``, the line of an item of a top-level list.

        Asked for every claim: the JSON item lines are read directly when present.
        """
        items = self._items
        if items is not None and self._lines is None:
            lines = items.items.get(section)
            if lines is not None and 0 <= place < len(lines):
                return lines[place]
        return self.line((section, place))

    def line(self, path: Path) -> int | None:
        """Return the line of `path`, or of its nearest ancestor that has one."""
        if self._lines is None and len(path) <= 2:
            if self._items is None and self._compute_items is not None:
                try:
                    self._items = self._compute_items()  # None: the scan could not tell
                except CorpusError:  # the text could not be read again
                    self._items = None
                self._compute_items = None
            if self._items is not None:
                return self._items.line(path)
        if self._lines is None and self._compute_lines is not None:
            try:
                self._lines = self._compute_lines()
            except TextChanged:  # no lines of another text: the items' lines, as known
                self._compute_lines = None
            except CorpusError:  # the text does not compose as YAML
                self._lines = {}
        if self._lines is None and self._items is not None:
            return self._items.line(path[:2])
        return _nearest(self._lines or {}, tuple(path))


def _nearest(lines: dict[Path, int], p: Path) -> int:
    while p:
        if p in lines:
            return lines[p]
        p = p[:-1]
    return lines.get((), 1)


def parse_text(text: str, name: str, json_format: bool, limits: Limits,
               reread: Callable[[], str] | None = None) -> ParsedFile:
    """Parse `text` of file `name` (YAML, or JSON when `json_format`) with line numbers.

    A JSON file's field lines are found only when asked for, from its text: with
    `reread` (which returns the same text again, or raises `CorpusError`: `TextChanged`
    when the file changed), the text is read again then instead of being kept (a corpus's
    text is a quarter of its memory).
    """
    if json_format:
        again = reread or (lambda: text)
        fast = _parse_json_indented(text, limits) or _parse_json_lists(text, limits)
        if fast is not None:  # a mapping of lists, checked and with its items' lines
            return ParsedFile(fast[0], None, lambda: _yaml_lines(again(), name, limits),
                              _items=fast[1])
        return _parse_json(text, name, limits, again)
    retyped: dict[Path, str] = {}
    data, lines = _parse_yaml(text, name, limits, retyped)
    return ParsedFile(data, lines, retyped=retyped)


def _parse_json(text: str, name: str, limits: Limits,
                again: Callable[[], str] | None = None) -> ParsedFile:
    """Parse any JSON text (the general path): parse, then check it, then word the error."""
    again = again or (lambda: text)
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_json_int,
                          parse_float=_json_float, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"invalid JSON: {exc.msg}", file=name, line=exc.lineno) from None
    except _DuplicateKey as exc:
        error = CorpusError(f"duplicate key `{exc.args[0]}`", file=name)
        try:  # composing the text as YAML finds the same duplicate, with its line
            _yaml_lines(text, name, limits)
        except CorpusError as located:
            if located.message == error.message:
                error = located
        raise error from None
    except ValueError as exc:
        raise CorpusError(str(exc), file=name) from None
    except RecursionError:
        raise CorpusError(f"nesting deeper than {limits.max_depth} levels",
                          file=name) from None
    _check_json_depth(data, name, limits)
    lists = isinstance(data, dict) and all(isinstance(v, list) for v in data.values())
    return ParsedFile(data, None, lambda: _yaml_lines(again(), name, limits),
                      lambda: _json_item_lines(again()) if lists else None)


_JSON_WS = re.compile(r"[ \t\n]*")
_JSON_COMMA = re.compile(r"[ \t\n]*,[ \t\n]*")
_JSON_SPACE = " \t\n"
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")  # YAML counts these as line breaks
_LINE_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


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


def _parse_json_lists(text: str, limits: Limits) -> tuple[Any, ItemLines] | None:
    """Parse a JSON claim file that is a mapping of lists in one pass, with its items' lines.

    The same data as `json.loads` with the corpus's hooks, and the same checks as
    `_check_json_depth` (nesting, lone surrogates), or None whenever the text is anything
    else or any check could fail: the general path then parses it and words the error.
    """
    if limits.max_depth < 2 or "\\ud" in text or "\\uD" in text or not (
            text.isascii() or _encodable(text)):
        return None
    return _scan_json_lists(text, _SCAN, limits.max_depth)


_INDENTED_ITEM = re.compile(rb"\n    (?=[^ \]}])")  # in orjson's indented text: depth 2
_INDENTED_KEY = re.compile(rb'\n  "')  # ... and a key of the root (its values are lists)
# The exponent of a number written with one, when a digit stands before it and the number
# ends after it (as a JSON number does: not in the middle of a word or a hash).
_ORJSON_FLOAT_TEXT = re.compile(r"e[-+]?[0-9]+(?=[,\s\]}]|\Z)")


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


def _parse_json_indented(text: str, limits: Limits) -> tuple[Any, ItemLines] | None:
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
    the error).
    """
    if limits.max_depth < 2 or _floats_written_apart(text) or (
            not text.isascii() and _OTHER_BREAKS.search(text)):
        return None
    import orjson  # (imported only for a JSON corpus: start-up)

    try:
        written = text.encode()
        data = orjson.loads(written)
        if type(data) is not dict or not all(type(v) is list for v in data.values()):
            return None
        indented = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (UnicodeEncodeError, orjson.JSONDecodeError, TypeError):
        return None  # a lone surrogate, not JSON, an integer beyond 64 bits
    if b"\n" + b" " * (2 * limits.max_depth + 1) in indented:
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


class TextChanged(CorpusError):
    """A claim file read again (for the lines of its fields) is not the text loaded."""


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
_UNDERFLOW = re.compile(r"[-+]?[0-9_.]*[1-9]")
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


def _check_json_depth(data: Any, name: str, limits: Limits) -> None:
    # Nesting, and text that is not Unicode: JSON's "\ud800" escapes give lone
    # surrogates, which no output can encode.
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limits.max_depth:
            raise CorpusError(f"nesting deeper than {limits.max_depth} levels", file=name)
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


def _syntax_error(exc: yaml.YAMLError, name: str, text: str) -> CorpusError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        return CorpusError(f"YAML syntax error: {problem}", file=name, line=line)
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line = (len(_LINE_BREAKS.findall(text, 0, exc.position)) + 1
                if isinstance(exc.position, int) else None)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        return CorpusError(f"YAML syntax error: character #x{char:04x} is not allowed "
                           f"({exc.reason})", file=name, line=line)
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return CorpusError(f"YAML error: {first}", file=name)


def _compose(text: str, name: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, name, text) from None
    finally:
        loader.dispose()


def _yaml_lines(text: str, name: str, limits: Limits) -> dict[Path, int]:
    return _parse_yaml(text, name, limits)[1]


def _parse_yaml(text: str, name: str, limits: Limits, retyped: dict[Path, str] | None = None
                ) -> tuple[Any, dict[Path, int]]:
    _check_limits(text, name, limits)
    root = _compose(text, name)
    if root is None:
        return None, {(): 1}
    lines: dict[Path, int] = {}
    data = _build(root, name, lines, {} if retyped is None else retyped)
    return data, lines


_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _check_limits(text: str, name: str, limits: Limits) -> None:
    """Refuse alias bombs, recursive aliases and deep nesting before composing anything.

    One pass over the parser's events (flat, no recursion): PyYAML's composer recurses in
    C once per nesting level and crashes the interpreter on a few hundred thousand
    levels, so depth must be known before it runs.  Each node counts its expanded size
    (an alias counts the whole subtree it stands for) and its height, so an alias is
    refused when it would expand past `max_nodes` or nest past `max_depth`.

    Some builds of the C parser scan far ahead of the events and stop on a nesting limit
    of their own, in their own words, before this pass has seen the depth.  When the C
    pass fails, the same pass runs again on the pure-Python parser (which streams and has
    no such limit), so the file is refused with claimcheck's own limit wherever it is
    exceeded; only a real syntax error is reported as one.
    """
    try:
        _scan_limits(text, name, limits, _Loader)
    except yaml.YAMLError as exc:
        if _Loader is not _PURE_LOADER:
            try:  # raises claimcheck's own limit error where one is exceeded
                _scan_limits(text, name, limits, _PURE_LOADER)
            except yaml.YAMLError:
                pass
        raise _syntax_error(exc, name, text) from None


def _scan_limits(text: str, name: str, limits: Limits, loader_class: Any) -> None:
    loader = loader_class(text)
    sizes: dict[str, tuple[int, int]] = {}  # anchor -> (expanded size, height)
    open_anchors: set[str] = set()
    # one frame per open collection: [expanded size so far, height below, anchor]
    stack: list[list[Any]] = []
    total = 0
    aliases = 0

    def refuse(message: str, event: yaml.Event) -> CorpusError:
        mark = event.start_mark
        return CorpusError(message, file=name, line=mark.line + 1 if mark is not None else None)

    def add(size: int, height: int, event: yaml.Event) -> None:
        nonlocal total
        if len(stack) + height > limits.max_depth:
            raise refuse(f"nesting deeper than {limits.max_depth} levels", event)
        if stack:
            frame = stack[-1]
            frame[0] += size
            frame[1] = max(frame[1], height + 1)
        else:
            total += size
        if total + sum(f[0] for f in stack) > limits.max_nodes:
            raise refuse(f"YAML aliases expand to more than {limits.max_nodes:,} nodes", event)

    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, _OPEN):
                if len(stack) > limits.max_depth:
                    raise refuse(f"nesting deeper than {limits.max_depth} levels", event)
                if event.anchor is not None:
                    open_anchors.add(event.anchor)
                stack.append([1, 0, event.anchor])
            elif isinstance(event, _CLOSE):
                size, height, anchor = stack.pop()
                if anchor is not None:
                    open_anchors.discard(anchor)
                    sizes[anchor] = (size, height)
                add(size, height, event)
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor is not None:
                    sizes[event.anchor] = (1, 0)
                add(1, 0, event)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor in open_anchors:
                    raise refuse(f"recursive YAML alias `*{event.anchor}`", event)
                aliases += 1
                if aliases > limits.max_aliases:
                    raise refuse(f"more than {limits.max_aliases} YAML aliases expanded", event)
                # an unknown anchor: compose reports it
                size, height = sizes.get(event.anchor or "", (1, 0))
                add(size, height, event)
    finally:
        loader.dispose()


_SCALARS = _Loader("")


_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null",
                                             "timestamp", "merge"))
_COLLECTION_TAGS: dict[type, str] = {yaml.MappingNode: _CORE + "map",
                                      yaml.SequenceNode: _CORE + "seq"}


def _refuse_tag(node: yaml.Node, name: str) -> CorpusError:
    tag = node.tag
    shown = "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag
    return CorpusError(f"YAML tag {_short(shown)} is not allowed: only plain text, numbers, "
                       "true/false, null, dates, mappings and lists", file=name,
                       line=node.start_mark.line + 1)


def _scalar(node: yaml.ScalarNode, name: str) -> Any:
    if node.tag not in _SCALAR_TAGS:
        raise _refuse_tag(node, name)
    if node.tag == "tag:yaml.org,2002:merge":
        raise CorpusError("YAML merge keys (`<<`) are not supported: write the keys out",
                          file=name, line=node.start_mark.line + 1)
    ctor = _SCALARS.yaml_constructors.get(node.tag) or _SCALARS.yaml_constructors[None]
    try:
        value = ctor(_SCALARS, node)
    except yaml.MarkedYAMLError as exc:
        raise CorpusError(f"bad value {_short(node.value)}: {exc.problem or exc.context}",
                          file=name, line=node.start_mark.line + 1) from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"bad value {_short(node.value)}: {exc}", file=name,
                          line=node.start_mark.line + 1) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        # PyYAML's constructors let these through for explicit tags and impossible dates
        # (`!!int twelve`, `!!bool perhaps`, `2019-13-45`, a 5,000-digit integer)
        kind = node.tag.rpartition(":")[2]
        why = "too many digits" if "digits" in str(exc) else str(exc)
        detail = f": {why}" if isinstance(exc, ValueError) else ""
        raise CorpusError(f"bad value {_short(node.value)} (not a valid {kind}){detail}",
                          file=name, line=node.start_mark.line + 1) from None
    if isinstance(value, float) and not math.isfinite(value):
        raise CorpusError(f"{node.value!r} is not allowed in a corpus (numbers must be finite)",
                          file=name, line=node.start_mark.line + 1)
    if isinstance(value, float) and value == 0 and _UNDERFLOW.match(node.value):
        raise _underflow(node.value, name, node.start_mark.line + 1)
    if isinstance(value, str):
        _check_text(value, name, node.start_mark.line + 1)
    return value


def _short(text: Any, limit: int = 40) -> str:
    text = str(text)
    return repr(text if len(text) <= limit else text[:limit] + "…")


_TYPED = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                    "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"})


def _retypes(node: yaml.ScalarNode, value: Any) -> bool:
    """Whether YAML typed the plain scalar `node` so that its text changed."""
    if node.style or node.tag not in _TYPED:
        return False
    return isinstance(value, bool) or str(value) != node.value


def _build(root: yaml.Node, name: str, lines: dict[Path, int],
           retyped: dict[Path, str]) -> Any:
    """Construct plain data from `root`, recording each path's line (iteratively).

    Mapping keys are text: an unquoted key YAML would type (``NO:``, ``010:``) keeps its
    text as written.  Values YAML typed so that their text changed are recorded in
    `retyped` (path -> text as written).
    """
    lines[()] = root.start_mark.line + 1
    if isinstance(root, yaml.ScalarNode):
        return _scalar(root, name)
    result: Any = {} if isinstance(root, yaml.MappingNode) else []
    stack: list[tuple[yaml.Node, Any, Path]] = [(root, result, ())]
    while stack:
        node, target, path = stack.pop()
        if node.tag != _COLLECTION_TAGS[type(node)]:
            raise _refuse_tag(node, name)
        if isinstance(node, yaml.MappingNode):
            for knode, vnode in node.value:
                if not isinstance(knode, yaml.ScalarNode):
                    raise CorpusError("mapping keys must be plain text", file=name,
                                      line=knode.start_mark.line + 1)
                key = _scalar(knode, name)
                if not isinstance(key, str):
                    key = str(key) if knode.style else knode.value
                if key in target:
                    raise CorpusError(f"duplicate key `{key}`", file=name,
                                      line=knode.start_mark.line + 1,
                                      field=_dotted((*path, key)))
                child_path = (*path, key)
                lines[child_path] = knode.start_mark.line + 1
                target[key] = _place(vnode, name, stack, child_path, retyped)
        else:
            for index, vnode in enumerate(node.value):
                child_path = (*path, index)
                lines[child_path] = vnode.start_mark.line + 1
                target.append(_place(vnode, name, stack, child_path, retyped))
    return result


def _place(node: yaml.Node, name: str, stack: list[tuple[yaml.Node, Any, Path]],
           path: Path, retyped: dict[Path, str]) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value = _scalar(node, name)
        if node.tag in _TYPED and _retypes(node, value):
            retyped[path] = node.value
        return value
    container: Any = {} if isinstance(node, yaml.MappingNode) else []
    stack.append((node, container, path))
    return container


def _dotted(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
