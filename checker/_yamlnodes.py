"""Parse one claim file into plain data plus a map of line numbers (layer 1, private).

YAML is composed into nodes once (PyYAML's C parser when present); an iterative walk
checks the limits (alias expansion, nesting depth) *before* anything is constructed, so an
alias bomb or a deeply nested file is refused cheaply, then builds the Python data and a
map from each path (``("claims", 3, "says")``) to its 1-based line.  JSON is parsed with
the standard library; its lines are found only when needed (errors, findings), by
composing the same text as YAML, a superset of JSON for our purposes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from checker.errors import CorpusError

try:  # the C parser is much faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]


@dataclass(frozen=True)
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

    def line(self, path: Path) -> int | None:
        """Return the line of `path`, or of its nearest ancestor that has one."""
        if self._lines is None and self._compute_lines is not None:
            try:
                self._lines = self._compute_lines()
            except CorpusError:
                self._lines = {}
        lines = self._lines or {}
        p = tuple(path)
        while p:
            if p in lines:
                return lines[p]
            p = p[:-1]
        return lines.get((), 1)


def parse_text(text: str, name: str, json_format: bool, limits: Limits) -> ParsedFile:
    """Parse `text` of file `name` (YAML, or JSON when `json_format`) with line numbers."""
    if json_format:
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"invalid JSON: {exc.msg}", file=name, line=exc.lineno) from None
        except ValueError as exc:
            raise CorpusError(str(exc), file=name) from None
        except RecursionError:
            raise CorpusError(f"nesting deeper than {limits.max_depth} levels",
                              file=name) from None
        _check_json_depth(data, name, limits)
        return ParsedFile(data, None, lambda: _yaml_lines(text, name, limits))
    data, lines = _parse_yaml(text, name, limits)
    return ParsedFile(data, lines)


def _reject_constant(word: str) -> Any:
    raise ValueError(f"{word} is not allowed in a corpus (numbers must be finite)")


def _check_json_depth(data: Any, name: str, limits: Limits) -> None:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limits.max_depth:
            raise CorpusError(f"nesting deeper than {limits.max_depth} levels", file=name)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
        elif isinstance(item, float) and not math.isfinite(item):
            raise CorpusError("numbers must be finite", file=name)


def _compose(text: str, name: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise CorpusError(f"YAML syntax error: {problem}", file=name, line=line) from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"YAML error: {exc}", file=name) from None
    finally:
        loader.dispose()


def _yaml_lines(text: str, name: str, limits: Limits) -> dict[Path, int]:
    return _parse_yaml(text, name, limits)[1]


def _parse_yaml(text: str, name: str, limits: Limits) -> tuple[Any, dict[Path, int]]:
    root = _compose(text, name)
    if root is None:
        return None, {(): 1}
    _check_limits(root, name, limits)
    lines: dict[Path, int] = {}
    data = _build(root, name, lines)
    return data, lines


def _check_limits(root: yaml.Node, name: str, limits: Limits) -> None:
    """Refuse alias bombs and deep nesting before constructing anything (iteratively)."""
    seen: set[int] = set()
    aliases = 0
    expanded: dict[int, int] = {}
    # post-order walk computing the expanded size of every node, memoised by identity
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, done = stack.pop()
        if depth > limits.max_depth:
            raise CorpusError(f"nesting deeper than {limits.max_depth} levels",
                              file=name, line=node.start_mark.line + 1)
        key = id(node)
        if done:
            size = 1
            for child in _children(node):
                size += expanded[id(child)]
            if size > limits.max_nodes:
                raise CorpusError(
                    f"YAML aliases expand to more than {limits.max_nodes:,} nodes",
                    file=name, line=node.start_mark.line + 1)
            expanded[key] = size
            continue
        if key in seen:
            aliases += 1
            if aliases > limits.max_aliases:
                raise CorpusError(
                    f"more than {limits.max_aliases} YAML aliases expanded",
                    file=name, line=node.start_mark.line + 1)
            continue
        seen.add(key)
        stack.append((node, depth, True))
        for child in _children(node):
            stack.append((child, depth + 1, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        out: list[yaml.Node] = []
        for k, v in node.value:
            out.append(k)
            out.append(v)
        return out
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


_SCALARS = _Loader("")


def _scalar(node: yaml.ScalarNode, name: str) -> Any:
    ctor = _SCALARS.yaml_constructors.get(node.tag) or _SCALARS.yaml_constructors[None]
    try:
        value = ctor(_SCALARS, node)
    except yaml.YAMLError as exc:
        raise CorpusError(f"bad value: {exc}", file=name, line=node.start_mark.line + 1) from None
    if isinstance(value, float) and not math.isfinite(value):
        raise CorpusError(f"{node.value!r} is not allowed in a corpus (numbers must be finite)",
                          file=name, line=node.start_mark.line + 1)
    return value


def _build(root: yaml.Node, name: str, lines: dict[Path, int]) -> Any:
    """Construct plain data from `root`, recording each path's line (iteratively)."""
    lines[()] = root.start_mark.line + 1
    if isinstance(root, yaml.ScalarNode):
        return _scalar(root, name)
    result: Any = {} if isinstance(root, yaml.MappingNode) else []
    stack: list[tuple[yaml.Node, Any, Path]] = [(root, result, ())]
    while stack:
        node, target, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for knode, vnode in node.value:
                if not isinstance(knode, yaml.ScalarNode):
                    raise CorpusError("mapping keys must be plain text", file=name,
                                      line=knode.start_mark.line + 1)
                key = _scalar(knode, name)
                if not isinstance(key, str):
                    key = str(key)
                if key in target:
                    raise CorpusError(f"duplicate key `{key}`", file=name,
                                      line=knode.start_mark.line + 1,
                                      field=_dotted((*path, key)))
                child_path = (*path, key)
                lines[child_path] = knode.start_mark.line + 1
                target[key] = _place(vnode, name, stack, child_path)
        else:
            for index, vnode in enumerate(node.value):
                child_path = (*path, index)
                lines[child_path] = vnode.start_mark.line + 1
                target.append(_place(vnode, name, stack, child_path))
    return result


def _place(node: yaml.Node, name: str, stack: list[tuple[yaml.Node, Any, Path]],
           path: Path) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, name)
    container: Any = {} if isinstance(node, yaml.MappingNode) else []
    stack.append((node, container, path))
    return container


def _dotted(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
