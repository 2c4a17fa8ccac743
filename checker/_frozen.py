"""Frozen dataclasses made quickly, and quick construction of their instances (layer 0:
vocabulary, stdlib only).

`record` is ``@dataclass(frozen=True, slots=True)`` (``record(slots=False)``: without
slots) without compiling the class's methods at import.  `dataclasses` writes the source
of a class's `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` and compiles each with `exec` when the class is created: about 0.5 ms a
class, some 30 ms of a small audit's start-up over the sixty records of a run.  `record`
writes the same source (`_record_source`), one function making all six, and takes that
function from ``checker/_frozen_data.py`` (written by ``python -m checker._frozen``,
bytecode cached like any module) when it holds one for exactly that text, else compiles
it once; everything else is `dataclasses`' own (its fields, `_add_slots`, the docstring,
`__match_args__`, pickling), so the class is the one ``@dataclass`` makes
(`tests/test_records.py` compares every record with the dataclass of the same class
statement).  On a Python other than the one this was checked against (`_SAME_AS`), or for
a class this does not handle (a base class, `ClassVar`, `InitVar`, `KW_ONLY`, a method
of its own the decorator would write), `record` is `dataclasses.dataclass`.

A frozen dataclass refuses assignment in its own `__setattr__`, so the `__init__` that
`dataclasses` generates stores each field through `object.__setattr__`: a call per field,
about a quarter of a microsecond each.  An audit makes hundreds of thousands of these
records (a claim's result has twenty fields), and their construction was the largest
single cost of assembling a result.

`quick_init(cls)` gives such a class an `__init__` of the same signature that stores each
field with one plain slot store instead: for the length of the call the new instance
wears a *draft* class with the same slots and no `__setattr__` of its own, and it takes
its own class back before `__post_init__` runs.  Nothing else changes: the class is the
same dataclass (`fields`, `replace`, equality, hashing, pickling, `FrozenInstanceError`
on assignment), and a finished instance can never be told from one the generated
`__init__` made (`tests/test_frozen.py` compares the two on every class it is used on).
"""

from __future__ import annotations

import abc
import dataclasses
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")

_MISSING = dataclasses.MISSING
_SAME_AS = (3, 11)
"""The Python whose `dataclasses` `record` was checked against (the generated methods'
text and the private helpers it uses)."""

RECORDS: dict[type[Any], tuple[dict[str, Any], bool]] = {}
"""Every class `record` made: the namespace of its class statement (as the decorator
received it) and whether it has slots (the tests' oracle is ``@dataclass`` on the same)."""

WANTED: dict[str, None] = {}
"""The source of every function `_made` was asked for in this process, in order (what
``python -m checker._frozen`` keeps)."""

_stored: dict[str, Callable[..., tuple[Any, ...]]] | None = None
_OWN_METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
                "__match_args__", "__slots__", "__getstate__", "__setstate__", "__lt__",
                "__le__", "__gt__", "__ge__")


@overload
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, slots: bool = True) -> Callable[[type[T]], type[T]]: ...
def record(cls: type[T] | None = None, /, *, slots: bool = True) -> Any:
    """Return `cls` made a frozen dataclass, as ``@dataclass(frozen=True, slots=slots)``
    makes it (used bare or as ``@record(slots=False)``)."""
    def wrap(cls: type[T]) -> type[T]:
        made = _made_record(cls, slots)
        if made is None:
            return dataclasses.dataclass(frozen=True, slots=slots)(cls)
        return made
    return wrap if cls is None else wrap(cls)


def _made_record(cls: type[T], slots: bool) -> type[T] | None:
    """Return the dataclass of `cls` with its methods from `_made`, or None when `cls`
    is not a class `record` makes itself (then `dataclasses` makes it)."""
    ns = cls.__dict__
    if (sys.version_info[:2] != _SAME_AS or type(cls) is not type
            or cls.__bases__ != (object,) or any(name in ns for name in _OWN_METHODS)):
        return None
    dc: Any = dataclasses
    annotations = ns.get("__annotations__", {})
    if "self" in annotations or any(isinstance(value, dataclasses.Field)
                                    and name not in annotations for name, value in ns.items()):
        return None
    statement = dict(ns)
    fields: dict[str, Any] = {}
    try:
        for name, kind in annotations.items():
            if not isinstance(kind, str) or dc._is_type(kind, cls, dataclasses,
                                                        dataclasses.KW_ONLY, dc._is_kw_only):
                return None
            f = dc._get_field(cls, name, kind, False)
            if f._field_type is not dc._FIELD:
                return None
            fields[name] = f
    except (TypeError, ValueError):  # dataclasses raises it again, with its message
        return None
    std = [f for f in fields.values() if f.init and not f.kw_only]
    seen_default = False
    for f in std:
        if not (f.default is _MISSING and f.default_factory is _MISSING):
            seen_default = True
        elif seen_default:
            return None
    cls.__dataclass_params__ = dc._DataclassParams(  # type: ignore[attr-defined]
        True, True, True, False, False, True)
    for f in fields.values():
        if isinstance(getattr(cls, f.name, None), dataclasses.Field):
            if f.default is _MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    cls.__dataclass_fields__ = fields  # type: ignore[attr-defined]
    post_init = hasattr(cls, "__post_init__")
    lines, names = _record_source(list(fields.values()), slots, post_init)
    names.update(cls=cls, __dataclass_builtins_object__=object,
                 FrozenInstanceError=dataclasses.FrozenInstanceError,
                 _HAS_DEFAULT_FACTORY=dc._HAS_DEFAULT_FACTORY)
    init, rep, eq, setattr_, delattr_, hash_ = _made(lines, names, _RECORD_METHODS)(**names)
    init.__annotations__ = {f.name: f.type for f in fields.values() if f.init}
    init.__annotations__["return"] = None
    for fn in (init, rep, eq, setattr_, delattr_, hash_):
        fn.__module__ = cls.__module__
    rep = dc._recursive_repr(rep)
    for fn in (init, rep, eq, setattr_, delattr_, hash_):
        fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    cls.__init__ = init  # type: ignore[method-assign]
    cls.__repr__ = rep  # type: ignore[method-assign]
    cls.__eq__ = eq  # type: ignore[method-assign]
    cls.__setattr__ = setattr_  # type: ignore[method-assign]
    cls.__delattr__ = delattr_  # type: ignore[method-assign]
    cls.__hash__ = hash_  # type: ignore[method-assign]
    if not cls.__doc__:
        import inspect  # noqa: PLC0415

        try:
            text_sig = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):  # pragma: no cover - as dataclasses does
            text_sig = ""
        cls.__doc__ = cls.__name__ + text_sig
    cls.__match_args__ = tuple(f.name for f in std)  # type: ignore[attr-defined, misc, unused-ignore]
    if slots:
        cls = dc._add_slots(cls, True, False)
    abc.update_abstractmethods(cls)
    RECORDS[cls] = (statement, slots)
    return cls


_RECORD_METHODS = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__",
                   "__hash__")


def _record_source(fields: list[Any], slots: bool, post_init: bool
                   ) -> tuple[list[str], dict[str, Any]]:
    """Return the lines of the six methods `dataclasses` writes for a frozen class of
    `fields` (the same text, as its `_init_fn`, `_repr_fn`, `_cmp_fn`,
    `_frozen_get_del_attr` and `_hash_fn` write it) and the defaults they name."""
    names: dict[str, Any] = {}
    params: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    for f in fields:
        dflt = f"_dflt_{f.name}"
        if f.default_factory is not _MISSING:
            names[dflt] = f.default_factory
            value = f"{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}" if f.init \
                else f"{dflt}()"
        elif f.init:
            if f.default is not _MISSING:
                names[dflt] = f.default
            value = f.name
        elif slots and f.default is not _MISSING:
            names[dflt] = f.default
            value = dflt
        else:
            value = ""
        if value:
            body.append(f"__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})")
        if f.init:
            default = ("" if f.default is _MISSING and f.default_factory is _MISSING
                       else f"=_dflt_{f.name}" if f.default is not _MISSING
                       else "=_HAS_DEFAULT_FACTORY")
            (keywords if f.kw_only else params).append(f"{f.name}{default}")
    if post_init:
        body.append("self.__post_init__()")
    signature = ",".join(["self", *params, *(["*", *keywords] if keywords else [])])
    shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)

    def tuple_of(obj: str, chosen: Iterable[Any]) -> str:
        listed = [f"{obj}.{f.name}" for f in chosen]
        return f"({','.join(listed)},)" if listed else "()"

    compared = [f for f in fields if f.compare]
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    all_names = f"({','.join(repr(f.name) for f in fields)},)" if fields else "()"
    lines = [
        f"def __init__({signature}):", *(f" {line}" for line in body or ["pass"]),
        "def __repr__(self):",
        f' return self.__class__.__qualname__ + f"({shown})"',
        "def __eq__(self,other):",
        " if other.__class__ is self.__class__:",
        f"  return {tuple_of('self', compared)}=={tuple_of('other', compared)}",
        " return NotImplemented",
        "def __setattr__(self,name,value):",
        f" if type(self) is cls or name in {all_names}:",
        '  raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        " super(cls, self).__setattr__(name, value)",
        "def __delattr__(self,name):",
        f" if type(self) is cls or name in {all_names}:",
        '  raise FrozenInstanceError(f"cannot delete field {name!r}")',
        " super(cls, self).__delattr__(name)",
        "def __hash__(self):",
        f" return hash({tuple_of('self', hashed)})",
    ]
    return lines, names


def _made(lines: list[str], params: Iterable[str], returned: tuple[str, ...]
          ) -> Callable[..., tuple[Any, ...]]:
    """Return the function of `params` that defines the functions of `lines` (their
    text, unindented) with those names bound and returns the functions `returned`: from
    the kept module when it holds one of exactly this text, else compiled now."""
    source = (f"def __create_fn__({', '.join(params)}):\n"
              + "".join(f" {line}\n" for line in lines)
              + f" return {', '.join(returned)},\n")
    WANTED[source] = None
    made = _kept().get(source)
    if made is None:
        ns: dict[str, Any] = {}
        exec(source, ns)  # noqa: S102 - written from a class's own field names
        made = ns["__create_fn__"]
    return made


def _kept() -> dict[str, Callable[..., tuple[Any, ...]]]:
    """Return the kept functions of ``checker/_frozen_data.py``, by their source."""
    global _stored
    if _stored is None:
        try:
            from checker import _frozen_data  # noqa: PLC0415
        except Exception:  # pragma: no cover - no generated module, or a broken one
            _stored = {}
        else:
            _stored = _frozen_data.MADE
    return _stored


def quick_init(cls: type[T]) -> type[T]:
    """Give the frozen slotted dataclass `cls` a quicker `__init__`; return `cls`.

    The generated `__init__` stays reachable as `cls.__dataclass_init__` (the tests'
    oracle).  Raise `TypeError` for a class this cannot serve: not a frozen dataclass
    with `slots=True` directly on `object`, or with an init-only (`InitVar`) field.
    """
    params = getattr(cls, "__dataclass_params__", None)
    slots = cls.__dict__.get("__slots__")
    if params is None or not params.frozen or slots is None or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__} is not a frozen slotted dataclass on object")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} has init-only or class fields")
    draft = type(f"_{cls.__name__}Draft", (), {"__slots__": slots})
    cls.__dataclass_draft__ = draft  # type: ignore[attr-defined]
    init = _generated(cls, "__init__", ["    _set(self, '__class__', _draft)"], [])
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__dataclass_init__ = cls.__init__  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def quick_new(cls: type[T], *, derived: bool = False) -> Callable[..., T]:
    """Return a function of the signature of `cls`'s `__init__` that makes an instance
    without the class's call: the instance is made as the draft class, every field
    stored, then given its own class (about half the cost of ``cls(...)``; for records
    made by the hundred thousand).  `cls` must have been given `quick_init`.

    With `derived`, the fields that `__post_init__` derives (those not in `__init__`,
    without a default) are given too, as keywords, and `__post_init__` is not run: for
    a caller that computes them more cheaply, exactly as `__post_init__` would (its
    tests compare the two)."""
    if "__dataclass_draft__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} was not given quick_init")
    suffix = "_derived" if derived else ""
    new = _generated(cls, f"new_{cls.__name__}{suffix}", ["    self = _new(_draft)"],
                     ["    return self"], method=False, derived=derived)
    new.__qualname__ = new.__name__
    return new  # type: ignore[no-any-return]


def _generated(cls: type[Any], name: str, head: list[str], tail: list[str], *,
               method: bool = True, derived: bool = False) -> Any:
    """Return the function `name` that stores every field of `cls` (a `quick_init`
    class) as its `__init__` would, between the lines `head` and `tail`: `self` (a
    method) or a new instance (`self` made by `head`) wears the draft class meanwhile.
    With `derived` (`quick_new`'s), the fields without a default outside `__init__`
    are keyword parameters, and `__post_init__` is not called."""
    names: dict[str, Any] = {"_set": object.__setattr__, "_new": object.__new__,
                             "_draft": cls.__dataclass_draft__, "_cls": cls}
    positional: list[str] = []
    keywords: list[str] = []
    given: list[str] = []  # (the derived fields, with `derived`)
    body = list(head)
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is not _MISSING:
            names[f"_d{i}"] = f.default
        elif f.default_factory is not _MISSING:
            names[f"_f{i}"] = f.default_factory
        if not f.init:
            if derived and f.default is _MISSING and f.default_factory is _MISSING:
                given.append(f.name)
                body.append(f"    self.{f.name} = {f.name}")
            elif f.default is not _MISSING:
                body.append(f"    self.{f.name} = _d{i}")
            elif f.default_factory is not _MISSING:
                body.append(f"    self.{f.name} = _f{i}()")
            continue
        if f.default is not _MISSING:
            param = f"{f.name}=_d{i}"
        elif f.default_factory is not _MISSING:
            names["_factory_missing"] = _FACTORY
            param = f"{f.name}=_factory_missing"
            body.append(f"    if {f.name} is _factory_missing: {f.name} = _f{i}()")
        else:
            param = f.name
        (keywords if f.kw_only else positional).append(param)
        body.append(f"    self.{f.name} = {f.name}")
    body.append("    self.__class__ = _cls")
    if hasattr(cls, "__post_init__") and not derived:
        body.append("    self.__post_init__()")
    body += tail
    keywords += given
    params = [*positional, *(["*", *keywords] if keywords else [])]
    signature = ", ".join(["self", *params] if method else params)
    lines = [f"def {name}({signature}):", *body]
    made = _made(lines, names, (name,))(**names)[0]
    made.__module__ = cls.__module__
    return made


def quick_replace(obj: T, **changes: Any) -> T:
    """Return a copy of `obj` (of a `quick_init` class) with `changes`, without running
    `__init__` or `__post_init__`: every other slot, derived ones too, is copied as it is.

    For a change that leaves what `__post_init__` derives as it was (the caller knows
    which); `dataclasses.replace` is the general way.  Raise `TypeError` for a name that
    is not a field.
    """
    cls = type(obj)
    slots = cls.__slots__  # type: ignore[attr-defined]
    unknown = changes.keys() - set(slots)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    new = object.__new__(cls.__dataclass_draft__)  # type: ignore[attr-defined]
    for name in slots:
        setattr(new, name, changes[name] if name in changes else getattr(obj, name))
    new.__class__ = cls
    return new  # type: ignore[no-any-return]


class _Factory:
    """The default of a field made by a factory (a marker, never a value)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


# -- generating the kept functions -------------------------------------------------------


def data_text(sources: Iterable[str]) -> str:
    """Return the text of ``_frozen_data.py`` keeping the functions of `sources`."""
    lines = [
        '"""The methods of the checker\'s records, compiled ahead of time (generated).',
        "",
        "Written by ``python -m checker._frozen``; `checker._frozen` takes a function",
        "from `MADE` only for exactly the source it is keyed by.  Never edit this file.",
        '"""',
        "",
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "from typing import Any",
        "",
        "MADE: Any = {}",
    ]
    for source in sorted(sources):
        lines += ["", "", source.rstrip("\n"), f"MADE[{source!r}] = __create_fn__"]
    return "\n".join(lines) + "\n"


def write_data() -> None:
    """Write ``checker/_frozen_data.py`` for every record of the checker."""
    from pathlib import Path  # noqa: PLC0415

    from checker._regex import import_every_module  # noqa: PLC0415

    import_every_module(skip=("checker._frozen_data",))
    text = data_text(WANTED)
    (Path(__file__).resolve().parent / "_frozen_data.py").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    # Through the imported module, which the checker's records were made by.
    from checker._frozen import write_data as _write

    _write()
