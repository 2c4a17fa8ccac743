"""Validate claim-file items and word their errors for people (layer 1, private).

Each item of a section (a source, a quantity, a relation, a claim, an ignore entry) is
validated on its own, so that one bad item never hides the others: the loader reports
every error of every file in one run.  Pydantic's wording never reaches the user: each
error type is one row of `_WORDING`, and unknown keys, kinds and enum values get a
"did you mean" from the keys and values the format allows.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from checker._yamlnodes import Path, dotted
from checker.errors import did_you_mean
from checker.kinds import KINDS
from checker.models import (
    Claim,
    Ignore,
    Quantity,
    Relation,
    Report,
    Section,
    Source,
    Value,
)

ITEM_MODELS: dict[str, type[Any]] = {
    "sources": Source, "quantities": Quantity, "claims": Claim, "ignore": Ignore,
    "report": Report}
"""The model of one item of each section (relations: `RELATION_MODELS`, by kind; `report`
is one mapping, not a list); a pydantic model or a pydantic dataclass (`Claim`, `Source`,
`Quantity`)."""

RELATION_MODELS: dict[str, type[BaseModel]] = {name: k.model for name, k in KINDS.items()}
"""The model of each relation kind, from the one table of kinds."""

ITEM_NOUNS = {"sources": "source", "quantities": "quantity", "relations": "relation",
              "claims": "claim", "ignore": "ignore entry", "report": "report"}

# A field whose value is itself a mapping with keys of its own.
_NESTED: dict[tuple[type[Any], str], type[BaseModel]] = {
    (Source, "section"): Section, (Claim, "value"): Value}


@functools.cache
def _adapter(section: str) -> TypeAdapter[Any]:
    """The validator of one item of `section`, built on first use.

    Only a file with an error is validated item by item (a valid file is validated whole,
    as a `CorpusFile`), so a run on a valid corpus never builds these (start-up time).
    """
    return TypeAdapter(Relation if section == "relations" else ITEM_MODELS[section])


def validate_item(section: str, item: Any) -> tuple[Any, list[Any]]:
    """Return (`model`, []) for a valid `item` of `section`, else (None, pydantic errors)."""
    try:
        return _adapter(section).validate_python(item), []
    except ValidationError as exc:
        return None, list(exc.errors(include_url=False))


def item_label(section: str, index: int, item: Any) -> str:
    """Return how messages name an item: ``claim kyodo-63``, else its place ``claims[3]``."""
    noun = ITEM_NOUNS.get(section, section)
    if isinstance(item, dict):
        ident = item.get("id")
        if isinstance(ident, str) and ident:
            return f"{noun} `{ident}`"
        if section == "claims" and isinstance(item.get("source"), str) \
                and isinstance(item.get("quantity"), str):
            return f"{noun} `{item['source']}.{item['quantity']}`"
    return f"{section}[{index}]"


def data_path(loc: Sequence[Any], data: Any) -> Path:
    """Keep the parts of a pydantic error location that are keys of the data."""
    path: list[str | int] = []
    node = data
    for n, part in enumerate(loc):
        key: Any = "from" if part == "from_" else part
        if isinstance(node, dict) and key in node:
            path.append(key)
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            path.append(key)
            node = node[key]
        elif isinstance(node, dict) and isinstance(key, str) and n == len(loc) - 1:
            path.append(key)  # a missing key: name it, at its mapping's line
            node = None
    return tuple(path)


def allowed_keys(section: str, item: Any, inner: Path) -> list[str]:
    """Return the keys allowed in the mapping at `inner` (a path inside `item` of `section`)."""
    model: type[Any] | None
    if section == "relations":
        kind = item.get("kind") if isinstance(item, dict) else None
        model = RELATION_MODELS.get(kind) if isinstance(kind, str) else None
        if model is None:
            return sorted({k for m in RELATION_MODELS.values() for k in _keys(m)})
    else:
        model = ITEM_MODELS.get(section)
    for part in inner:
        if model is None:
            return []
        if isinstance(part, str):
            model = _NESTED.get((model, part))
    return _keys(model) if model is not None else []


def fields_of(model: type[Any]) -> dict[str, FieldInfo]:
    """Return the fields of a pydantic model or pydantic dataclass, by name."""
    fields = getattr(model, "model_fields", None)  # a model (a dataclass has none)
    return fields if fields is not None else model.__pydantic_fields__  # type: ignore[no-any-return]


def _keys(model: type[Any]) -> list[str]:
    return sorted(f.alias or name for name, f in fields_of(model).items())


def allowed_values(section: str, item: Any, field: str) -> list[str]:
    """Return the values a `Literal` field allows (a source's `kind`), else []."""
    model = ITEM_MODELS.get(section)
    info = fields_of(model).get(field) if model is not None else None
    if info is None or typing.get_origin(info.annotation) is not typing.Literal:
        return []
    return [str(v) for v in typing.get_args(info.annotation)]


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listed(words: Sequence[str]) -> str:
    return ", ".join(words)


Context = Mapping[str, Any]
Wording = Callable[[str, Any, Context, "Hints"], str]


class Hints:
    """What a message may suggest: the keys and values allowed where the error is."""

    def __init__(self, keys: list[str], values: list[str]) -> None:
        self.keys = keys
        self.values = values


def _enum(name: str, value: Any, ctx: Context, hints: Hints) -> str:
    choices = hints.values or [w.strip("'") for w in str(ctx.get("expected", "")).replace(
        " or ", ", ").split(", ") if w]
    return (f"`{_short(value)}` is not a valid {name} (expected one of: {_listed(choices)})"
            + did_you_mean(str(value), choices))


def _tag(name: str, value: Any, ctx: Context, hints: Hints) -> str:
    tag = str(ctx.get("tag", value))
    return (f"unknown relation kind `{_short(tag)}` (expected one of: "
            f"{_listed(list(RELATION_MODELS))})" + did_you_mean(tag, RELATION_MODELS))


def _pattern(name: str, value: Any, ctx: Context, hints: Hints) -> str:
    if name == "sha256":
        return f"`{_short(value)}` is not a sha256 (64 hexadecimal digits)"
    return f"`{_short(value)}` is not a valid id (lowercase letters, digits, '.', '_', '-')"


def _of_type(what: str) -> Wording:
    def word(name: str, value: Any, ctx: Context, hints: Hints) -> str:
        return f"`{_short(value)}` is not {what}"
    return word


def _expected(what: str) -> Wording:
    def word(name: str, value: Any, ctx: Context, hints: Hints) -> str:
        return f"expected {what}, not `{_short(value)}`"
    return word


def _unknown_key(name: str, value: Any, ctx: Context, hints: Hints) -> str:
    return f"unknown key `{name}`" + did_you_mean(name, hints.keys)


_WORDING: dict[str, Wording] = {
    "extra_forbidden": _unknown_key,
    "unexpected_keyword_argument": _unknown_key,  # the same, from a dataclass (`Claim`)
    "missing": lambda n, v, c, h: f"missing required key `{n}`",
    "literal_error": _enum,
    "union_tag_invalid": _tag,
    "union_tag_not_found": lambda n, v, c, h: (
        f"a relation needs `kind:` (one of: {_listed(list(RELATION_MODELS))})"),
    "string_pattern_mismatch": _pattern,
    "string_too_short": lambda n, v, c, h: f"`{n}` may not be empty",
    "string_too_long": lambda n, v, c, h: (
        f"`{n}` is longer than {c.get('max_length')} characters"),
    "string_type": _expected("text"),
    "bool_parsing": _of_type("true or false"),
    "bool_type": _of_type("true or false"),
    "int_parsing": _of_type("a whole number"),
    "int_type": _of_type("a whole number"),
    "int_from_float": _of_type("a whole number"),
    "float_parsing": _of_type("a number"),
    "float_type": _of_type("a number"),
    "decimal_parsing": _of_type("a number"),
    "decimal_type": _of_type("a number"),
    "finite_number": _of_type("a finite number"),
    "date_parsing": _of_type("a date (write YYYY-MM-DD)"),
    "date_from_datetime_parsing": _of_type("a date (write YYYY-MM-DD)"),
    "date_from_datetime_inexact": _of_type("a date without a time (write YYYY-MM-DD)"),
    "date_type": _of_type("a date (write YYYY-MM-DD)"),
    "list_type": _expected("a list"),
    "tuple_type": _expected("a list"),
    "dict_type": _expected("a mapping (key: value)"),
    "model_type": _expected("a mapping (key: value)"),
    "dataclass_type": _expected("a mapping (key: value)"),  # a `model_type`, from a dataclass
    "model_attributes_type": _expected("a mapping (key: value)"),
    "too_short": lambda n, v, c, h: f"`{n}` needs at least {c.get('min_length')} item(s)",
}


def word_error(err: Mapping[str, Any], path: Path, hints: Hints) -> str:
    """Return the message of one pydantic error at data `path`, in the project's words."""
    kind = str(err.get("type", ""))
    name = str(path[-1]) if path else ""
    value = err.get("input")
    wording = _WORDING.get(kind)
    if wording is not None:
        return wording(name, value, err.get("ctx") or {}, hints)
    msg = str(err.get("msg", "invalid value"))
    if msg.startswith("Value error, "):
        return msg[len("Value error, "):]
    if msg.startswith("Input should be "):  # a type no row words yet: keep only the gist
        return f"expected {msg[len('Input should be '):]}"
    return msg


def field_label(label: str, inner: Path) -> str:
    """Return the field shown in a message: ``claim kyodo-63: value.min``."""
    where = dotted(inner)
    return f"{label}: {where}" if where else label
