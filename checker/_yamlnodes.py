"""Parse one claim file into plain data plus a map of line numbers (layer 1, private).

A flat pass over the parser's events first checks the limits (aliases, their expanded
size, nesting depth), so an alias bomb or a deeply nested file is refused cheaply and
before PyYAML's recursive composer sees it; then the text is composed into nodes (the C
parser when present) and an iterative walk builds the Python data and a map from each
path (``("claims", 3, "says")``) to its 1-based line.  JSON is read by
`checker._jsonnodes` at C speed when it is a mapping of lists (what a claim file is),
with the line of every item; anything else is parsed as a whole here.  A field's own line
is found only when needed (errors, findings), by composing the same text as YAML, a
superset of JSON for our purposes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from checker import _regex
from checker._frozen import record
from checker._jsonnodes import (
    _UNDERFLOW,
    ItemLines,
    Path,
    WrittenFloat,
    _check_json_depth,
    _check_text,
    _DuplicateKey,
    _json_float,
    _json_int,
    _json_item_lines,
    _json_object,
    _parse_json_indented,
    _parse_json_lists,
    _reject_constant,
    _underflow,
)
from checker.errors import CorpusError

__all__ = ["ItemLines", "Limits", "ParsedFile", "Path", "TextChanged", "WrittenFloat",
           "dotted", "json_lists_file", "parse_text"]

try:  # the C parser is much faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_PURE_LOADER: Any = yaml.SafeLoader  # streams events with no nesting limit of its own


@record(slots=False)
class Limits:
    """Bounds on what one claim file may make the loader do."""

    max_file_bytes: int = 64 * 1024 * 1024
    max_aliases: int = 1000
    max_nodes: int = 20_000_000
    max_depth: int = 64



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
                line = lines[place]
                # (one int object per line number, shared by every location on it)
                if line < len(_LINE_INTS):
                    return _LINE_INTS[line]
                return _line_int(line)
        return self.line((section, place))

    def item_lines(self, section: str) -> Sequence[int] | None:
        """Return the lines `item_line` reads directly for the items of `section` (the
        JSON item lines: ``item_line(section, i) == item_lines(section)[i]`` for every
        index of it while ``_lines`` is None, no field's line found yet), else None
        (then ask `item_line`)."""
        items = self._items
        if items is None or self._lines is not None:
            return None
        return items.items.get(section)

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
               reread: Callable[[], str] | None = None, *,
               encoded: bytes | None = None) -> ParsedFile:
    """Parse `text` of file `name` (YAML, or JSON when `json_format`) with line numbers.

    A JSON file's field lines are found only when asked for, from its text: with
    `reread` (which returns the same text again, or raises `CorpusError`: `TextChanged`
    when the file changed), the text is read again then instead of being kept (a corpus's
    text is a quarter of its memory).  `encoded`, when given, is ``text.encode()``: the
    bytes the text was decoded from, which the JSON reader parses.
    """
    if json_format:
        again = reread or (lambda: text)
        fast = (_parse_json_indented(text, limits.max_depth, encoded)
                or _parse_json_lists(text, limits.max_depth))
        if fast is not None:  # a mapping of lists, checked and with its items' lines
            return json_lists_file(fast[0], fast[1], name, limits, again)
        return _parse_json(text, name, limits, again)
    retyped: dict[Path, str] = {}
    data, lines = _parse_yaml(text, name, limits, retyped)
    return ParsedFile(data, lines, retyped=retyped)


def json_lists_file(data: Any, items: ItemLines, name: str, limits: Limits,
                    again: Callable[[], str]) -> ParsedFile:
    """Return the `ParsedFile` of a JSON file that is a mapping of lists, read at C speed:
    its `data`, the lines of its `items`, and its fields' lines composed, when asked for,
    from the text `again` returns."""
    return ParsedFile(data, None, lambda: _yaml_lines(again(), name, limits), _items=items)


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
    _check_json_depth(data, name, limits.max_depth)
    lists = isinstance(data, dict) and all(isinstance(v, list) for v in data.values())
    return ParsedFile(data, None, lambda: _yaml_lines(again(), name, limits),
                      lambda: _json_item_lines(again()) if lists else None)


_LINE_BREAKS = _regex.compile("\r\n|[\n\r\x85\u2028\u2029]")


class TextChanged(CorpusError):
    """A claim file read again (for the lines of its fields) is not the text loaded."""




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


_LINE_INTS: list[int] = []
"""The ints 0, 1, 2, ... up to the longest claim file's last item line read so far (at
most `_LINE_INTS_MAX`): every claim's `Location` keeps one of these rather than an int
object of its own (32 bytes a claim)."""
_LINE_INTS_MAX = 1 << 17


def _line_int(line: int) -> int:
    """Return `line`, as the shared int of `_LINE_INTS` (grown to it) below the cap."""
    have = len(_LINE_INTS)
    if line >= have and have < _LINE_INTS_MAX:
        _LINE_INTS.extend(range(have, min(max(line + 1, 2 * have), _LINE_INTS_MAX)))
    return _LINE_INTS[line] if 0 <= line < len(_LINE_INTS) else line
