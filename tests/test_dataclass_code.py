"""The dataclasses' methods kept compiled (`checker._dataclass_code`) against `dataclasses`.

Every kept code must be what its text compiles to on this Python; a bundled run must find
every text it writes kept (else ``python -m checker._dataclass_code`` regenerates the module);
the text `_dataclass_code.source` writes must be the one `dataclasses._create_fn` compiles; and a
class made with every method taken from kept code must be the class `dataclasses` makes
of the same statement (the methods' code, globals, closures, defaults and annotations,
and the instances' behaviour).
"""

from __future__ import annotations

import dataclasses
import keyword
import marshal
import sys
import types
from binascii import a2b_base64, b2a_base64
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import _dataclass_code

REGENERATE = "python -m checker._dataclass_code"

same_python = pytest.mark.skipif(sys.version_info[:2] != _dataclass_code._SAME_AS,
                                 reason="install() does nothing on this Python")


def _same_versions() -> bool:
    from checker import _dataclass_code_data  # noqa: PLC0415

    return bool(_dataclass_code_data.VERSIONS == _dataclass_code.versions())


same_versions = pytest.mark.skipif(
    not _same_versions(),
    reason="kept under other versions of the dependencies: the texts their dataclasses "
           "write may differ (a text not kept is compiled)")


def _kept_module() -> Any:
    from checker import _dataclass_code_data  # noqa: PLC0415

    return _dataclass_code_data


@same_python
def test_every_kept_code_is_what_its_text_compiles_to() -> None:
    data = _kept_module()
    assert data.MAGIC == _dataclass_code.MAGIC_NUMBER.hex(), f"stale: run {REGENERATE}"
    assert data.OPTIMIZE == 0
    assert len(data.CODE) > 100
    for text, form in data.CODE.items():
        assert marshal.loads(a2b_base64(form)) == _dataclass_code.compiled(text), text


@same_python
@same_versions
def test_a_bundled_run_finds_every_text_it_writes_kept() -> None:
    texts = _dataclass_code.bundled_texts()
    assert len(texts) > 100  # pydantic's model layer, annotated_types, the models
    missing = [t for t in texts if t not in _kept_module().CODE]
    assert not missing, f"{len(missing)} texts not kept: run {REGENERATE}\n{missing[0]}"


@contextmanager
def _through_kept(kept: dict[str, str] | None = None) -> Iterator[list[str]]:
    """Make dataclasses through `_create_fn` with `kept` (default: none kept); yield the
    texts it was asked for."""
    installed = _dataclass_code.install()
    assert installed or _dataclass_code._original is not None
    before = dict(_dataclass_code._kept)
    _dataclass_code._kept = dict(kept or {})
    _dataclass_code.SEEN.clear()
    try:
        yield list(_dataclass_code.SEEN)  # (a snapshot: read SEEN itself after)
    finally:
        _dataclass_code._kept = before
        if installed:
            _dataclass_code.uninstall()


@contextmanager
def _texts_compiled_by_dataclasses() -> Iterator[list[str]]:
    """Record the texts `dataclasses._create_fn` itself passes to ``exec``."""
    texts: list[str] = []

    def recording_exec(text: Any, *args: Any) -> None:
        texts.append(text)
        # (as `dataclasses` compiles it: this module's future import not inherited)
        exec(compile(text, "<string>", "exec", dont_inherit=True), *args)  # noqa: S102

    dataclasses.exec = recording_exec  # type: ignore[attr-defined]  # shadows the builtin
    try:
        yield texts
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]


_names = st.text("abcdefgxyz_", min_size=1, max_size=6).filter(
    lambda n: n.isidentifier() and not keyword.iskeyword(n) and not n.startswith("__"))
_values = st.one_of(st.integers(-5, 5), st.text("ab", max_size=2), st.none(),
                    st.tuples(st.integers(0, 3)))


@st.composite
def _statements(draw: st.DrawFn) -> tuple[list[tuple[str, str, Any]], dict[str, bool]]:
    names = draw(st.lists(_names, min_size=0, max_size=6, unique=True))
    fields: list[tuple[str, str, Any]] = []
    defaulted = False
    for name in names:
        kind = draw(st.sampled_from(["plain", "default", "factory", "field"]))
        if kind == "plain" and defaulted:
            kind = "default"
        if kind != "plain":
            defaulted = True
        fields.append((name, kind, draw(_values)))
    options = {"frozen": draw(st.booleans()), "eq": draw(st.booleans()),
               "order": draw(st.booleans()), "unsafe_hash": draw(st.booleans()),
               "slots": draw(st.booleans()), "kw_only": draw(st.booleans())}
    if options["order"]:
        options["eq"] = True
    return fields, options


def _make(fields: list[tuple[str, str, Any]], options: dict[str, bool]) -> type:
    """Return the dataclass of one class statement of `fields`."""
    ns: dict[str, Any] = {"__annotations__": {}, "__module__": __name__}
    for name, kind, value in fields:
        ns["__annotations__"][name] = "int" if kind == "plain" else "object"
        if kind == "default":
            ns[name] = value
        elif kind == "factory":
            ns[name] = dataclasses.field(default_factory=list)
        elif kind == "field":
            ns[name] = dataclasses.field(default=value, repr=False, compare=value is None)
    cls = types.new_class("Made", (), exec_body=lambda body: body.update(ns))
    return dataclasses.dataclass(**options)(cls)  # type: ignore[call-overload, no-any-return]


def _methods(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, fn in vars(cls).items():
        fn = getattr(fn, "__wrapped__", fn)  # (`__repr__` is wrapped by _recursive_repr)
        if isinstance(fn, types.FunctionType):
            out[name] = (fn.__code__, fn.__globals__ is sys.modules[__name__].__dict__,
                         fn.__name__, fn.__qualname__, fn.__defaults__, fn.__kwdefaults__,
                         fn.__annotations__,
                         # (the class statement's class: `cls`, or the one before slots)
                         ["<the class>" if isinstance(c.cell_contents, type)
                          and c.cell_contents.__qualname__ == cls.__qualname__
                          else c.cell_contents for c in fn.__closure__ or ()])
    return out


def _behaviour(cls: type, values: list[Any]) -> list[Any]:
    out: list[Any] = []
    fields = [f for f in dataclasses.fields(cls) if f.init]
    try:
        a = cls(**{f.name: v for f, v in zip(fields, values, strict=False)})
        b = cls(**{f.name: v for f, v in zip(fields, values, strict=False)})
    except TypeError as exc:
        return [type(exc), str(exc)]
    out += [repr(a), a == b, a != b, vars(cls).get("__hash__") is None]
    try:
        out.append(hash(a) == hash(b))
    except TypeError as exc:  # no `__hash__`, or a field of a list
        out.append(str(exc))
    try:
        out.append(a < b)  # type: ignore[operator]
    except TypeError as exc:
        out.append(str(exc))
    for f in fields[:1]:
        try:
            setattr(a, f.name, 1)
            out.append(getattr(a, f.name))
        except dataclasses.FrozenInstanceError as exc:
            out.append(str(exc))
    return out


@same_python
@settings(max_examples=300, deadline=None)
@given(_statements(), st.lists(_values, max_size=6))
def test_classes_made_from_kept_code_are_the_ones_dataclasses_makes(
        statement: tuple[list[tuple[str, str, Any]], dict[str, bool]],
        values: list[Any]) -> None:
    fields, options = statement
    oracle = _make(fields, options)  # dataclasses alone
    with _texts_compiled_by_dataclasses() as compiled_texts:
        _make(fields, options)
    # the text `source` writes is the one dataclasses compiles, call for call
    with _through_kept():
        missed = _make(fields, options)  # nothing kept: dataclasses' own function
        asked = list(_dataclass_code.SEEN)
    assert asked == list(dict.fromkeys(compiled_texts))
    kept = {t: b2a_base64(marshal.dumps(_dataclass_code.compiled(t)), newline=False).decode()
            for t in asked}
    with _texts_compiled_by_dataclasses() as compiled_again, _through_kept(kept):
        made = _make(fields, options)
    assert compiled_again == []  # every method from the kept code
    for cls in (missed, made):
        assert _methods(cls) == _methods(oracle)
        assert _behaviour(cls, values) == _behaviour(oracle, values)


@same_python
def test_install_replaces_dataclasses_function_once() -> None:
    if _dataclass_code._original is not None:  # installed by this process already
        pytest.skip("installed")
    own = dataclasses._create_fn  # type: ignore[attr-defined]
    assert _dataclass_code.install()
    try:
        assert dataclasses._create_fn is _dataclass_code._create_fn  # type: ignore[attr-defined]
        assert not _dataclass_code.install()
    finally:
        _dataclass_code.uninstall()
    assert dataclasses._create_fn is own  # type: ignore[attr-defined]
