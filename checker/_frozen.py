"""Quick construction of frozen slotted dataclasses (layer 0: vocabulary, stdlib only).

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

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_MISSING = dataclasses.MISSING


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


def quick_new(cls: type[T]) -> Callable[..., T]:
    """Return a function of the signature of `cls`'s `__init__` that makes an instance
    without the class's call: the instance is made as the draft class, every field
    stored, then given its own class (about half the cost of ``cls(...)``; for records
    made by the hundred thousand).  `cls` must have been given `quick_init`."""
    if "__dataclass_draft__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} was not given quick_init")
    new = _generated(cls, f"new_{cls.__name__}", ["    self = _new(_draft)"],
                     ["    return self"], method=False)
    new.__qualname__ = new.__name__
    return new  # type: ignore[no-any-return]


def _generated(cls: type[Any], name: str, head: list[str], tail: list[str], *,
               method: bool = True) -> Any:
    """Return the function `name` that stores every field of `cls` (a `quick_init`
    class) as its `__init__` would, between the lines `head` and `tail`: `self` (a
    method) or a new instance (`self` made by `head`) wears the draft class meanwhile."""
    names: dict[str, Any] = {"_set": object.__setattr__, "_new": object.__new__,
                             "_draft": cls.__dataclass_draft__, "_cls": cls}
    positional: list[str] = []
    keywords: list[str] = []
    body = list(head)
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is not _MISSING:
            names[f"_d{i}"] = f.default
        elif f.default_factory is not _MISSING:
            names[f"_f{i}"] = f.default_factory
        if not f.init:
            if f.default is not _MISSING:
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
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    body += tail
    params = [*positional, *(["*", *keywords] if keywords else [])]
    signature = ", ".join(["self", *params] if method else params)
    source = f"def {name}({signature}):\n" + "\n".join(body) + "\n"
    exec(source, names)  # noqa: S102 - generated from the class's own field names
    return names[name]


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
