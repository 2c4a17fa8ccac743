"""Records made by `checker._frozen.record` against the dataclasses they stand for.

Every class `record` made (`_frozen.RECORDS`, all of the checker's once every module is
imported) is compared with what ``@dataclass(frozen=True, slots=...)`` makes of the same
class statement: the class's attributes, fields, signature and docstring, and the
behaviour of instances made with the same arguments (repr, equality, hash, frozen
assignment and deletion, `replace`, pickling, copying).  The kept functions of
``checker/_frozen_data.py`` must be what the generator writes now.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import _frozen
from checker._frozen import quick_init, record
from checker._regex import import_every_module

REPO = Path(__file__).resolve().parent.parent
REGENERATE = "python -m checker._frozen"

import_every_module(skip=("checker._frozen_data",))
RECORDS = sorted(_frozen.RECORDS.items(), key=lambda kv: (kv[0].__module__, kv[0].__qualname__))

same_python = pytest.mark.skipif(sys.version_info[:2] != _frozen._SAME_AS,
                                 reason="record is dataclasses.dataclass on this Python")


def _oracle(cls: type, statement: dict[str, Any], slots: bool) -> type:
    """Return ``@dataclass(frozen=True, slots=slots)`` of the class statement of `cls`."""
    ns = {k: v for k, v in statement.items() if k not in ("__dict__", "__weakref__")}
    twin = types.new_class(cls.__name__, (), exec_body=lambda body: body.update(ns))
    twin.__qualname__ = cls.__qualname__
    made = dataclasses.dataclass(frozen=True, slots=slots)(twin)
    return quick_init(made) if "__dataclass_init__" in vars(cls) else made


def _described(cls: type) -> dict[str, Any]:
    """Return what can be told of `cls` as a class, apart from its identity."""
    out: dict[str, Any] = {
        "keys": list(vars(cls)), "signature": str(inspect.signature(cls)),
        "doc": cls.__doc__, "params": repr(cls.__dataclass_params__),  # type: ignore[attr-defined]
        "slots": vars(cls).get("__slots__"), "match_args": cls.__match_args__,  # type: ignore[attr-defined]
        "init_annotations": cls.__init__.__annotations__,
        "init_defaults": cls.__init__.__defaults__,  # type: ignore[misc]
        "init_kwdefaults": cls.__init__.__kwdefaults__,  # type: ignore[misc]
        "has_dict": "__dict__" in vars(cls), "mro": [c.__name__ for c in cls.__mro__],
    }
    for name, value in vars(cls).items():
        if isinstance(value, types.FunctionType):
            out[f"fn {name}"] = (value.__name__, value.__qualname__, value.__module__,
                                 getattr(getattr(value, "__wrapped__", None), "__qualname__",
                                         None))
        elif name not in ("__dict__", "__weakref__", "__dataclass_fields__",
                          "__dataclass_params__", "__init__") and not isinstance(
                              value, types.MemberDescriptorType):
            out[f"attr {name}"] = ((value.__qualname__, vars(value).get("__slots__"))
                                   if isinstance(value, type) else value)
    out["fields"] = [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash,
                      f.compare, dict(f.metadata), f.kw_only, f._field_type)  # type: ignore[attr-defined]
                     for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    return out


def test_the_checker_s_records_are_made_by_record() -> None:
    names = {cls.__name__ for cls, _ in RECORDS}
    assert {"Finding", "ClaimResult", "Interval", "Config", "Rule", "Page"} <= names
    assert len(RECORDS) >= 50


@same_python
@pytest.mark.parametrize(("cls", "made"), RECORDS, ids=lambda x: getattr(x, "__qualname__", ""))
def test_a_record_is_the_dataclass_of_its_statement(cls: type, made: tuple[dict[str, Any], bool]
                                                     ) -> None:
    statement, slots = made
    twin = _oracle(cls, statement, slots)
    assert _described(cls) == _described(twin)
    assert "__init__" not in statement  # the decorator wrote it


_values = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=3),
                    st.tuples(st.integers(0, 2)))


def _build(cls: type, args: dict[str, Any]) -> Any:
    """Return an instance of `cls` with `args`, or the exception its `__init__` raised."""
    try:
        return cls(**args)
    except Exception as error:  # noqa: BLE001 - compared with the oracle's
        return error


def _outcome(fn: Any) -> Any:
    try:
        return ("ok", fn())
    except Exception as error:  # noqa: BLE001 - compared with the oracle's
        return (type(error).__name__, str(error))


@same_python
@pytest.mark.parametrize(("cls", "made"), RECORDS, ids=lambda x: getattr(x, "__qualname__", ""))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_record_behaves_as_its_dataclass(cls: type, made: tuple[dict[str, Any], bool],
                                           data: st.DataObject) -> None:
    statement, slots = made
    twin = _oracle(cls, statement, slots)
    fields = [f for f in dataclasses.fields(cls) if f.init]  # type: ignore[arg-type]
    args = {f.name: data.draw(_values) for f in fields
            if (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
            or data.draw(st.booleans())}
    ours, theirs = _build(cls, args), _build(twin, args)
    if isinstance(theirs, Exception):  # a __post_init__ refused the values
        assert type(ours) is type(theirs) and str(ours) == str(theirs)
        return
    assert repr(ours).replace(cls.__qualname__, "") == repr(theirs).replace(cls.__qualname__, "")
    assert _outcome(lambda: hash(ours)) == _outcome(lambda: hash(theirs))
    assert (ours == copy.copy(ours)) == (theirs == copy.copy(theirs))
    assert (ours == theirs) is False and ours != theirs
    assert ours.__eq__(object()) is NotImplemented
    for name in [*(f.name for f in fields[:1]), "not_a_field"]:
        for obj in (ours, theirs):
            assert _outcome(lambda o=obj, n=name: setattr(o, n, 1))[0] != "ok"
        assert _outcome(lambda n=name: setattr(ours, n, 1)) == _outcome(
            lambda n=name: setattr(theirs, n, 1))
        assert _outcome(lambda n=name: delattr(ours, n)) == _outcome(
            lambda n=name: delattr(theirs, n))
    assert [getattr(ours, f.name, None) for f in dataclasses.fields(cls)] == [  # type: ignore[arg-type]
        getattr(theirs, f.name, None) for f in dataclasses.fields(twin)]  # type: ignore[arg-type]
    if fields:
        changed = _outcome(lambda: dataclasses.replace(ours, **{fields[0].name: 0}))
        expected = _outcome(lambda: dataclasses.replace(theirs, **{fields[0].name: 0}))
        assert changed[0] == expected[0]
    if cls.__module__ in sys.modules and getattr(sys.modules[cls.__module__], cls.__name__,
                                                 None) is cls:
        back = _outcome(lambda: pickle.loads(pickle.dumps(ours)))
        if back[0] == "ok":
            assert back[1] == ours
    assert _outcome(lambda: copy.deepcopy(ours) == ours)[0] == _outcome(
        lambda: copy.deepcopy(theirs) == theirs)[0]


def test_a_class_record_cannot_serve_is_a_plain_dataclass() -> None:
    class Base:
        pass

    @record
    class Child(Base):
        x: int

    @record(slots=False)
    class Own:
        x: int

        def __repr__(self) -> str:
            return "own"

    assert Child not in _frozen.RECORDS and Own not in _frozen.RECORDS
    assert Child.__slots__ == ("x",) and repr(Own(1)) == "own"
    with pytest.raises(ValueError, match="mutable default"):
        @record
        class Mutable:
            x: list[int] = []  # noqa: RUF012


@same_python
def test_a_record_without_kept_functions_is_compiled_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_frozen, "_stored", {})

    @record
    class Point:
        """A point."""

        x: int
        y: int = 2
        tags: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    assert Point in _frozen.RECORDS
    assert (Point(1), Point(1, 3)) == (Point(1, 2), Point(1, 3, ("a",)))
    assert repr(Point(1)) == "test_a_record_without_kept_functions_is_compiled_the_same." \
        "<locals>.Point(x=1, y=2, tags=())"
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'x'"):
        Point(1).x = 2  # type: ignore[misc]


def test_a_kept_function_is_used_only_for_its_own_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def wrong(**_: Any) -> tuple[Any, ...]:
        raise AssertionError("a kept function taken for another text")

    monkeypatch.setattr(_frozen, "_stored", {"def __create_fn__(): pass\n": wrong})

    @record
    class Other:
        """Another."""

        a: int

    assert Other(1).a == 1


@same_python
def test_the_kept_functions_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from checker import _frozen; "
         "from checker._regex import import_every_module; "
         "import_every_module(skip=('checker._frozen_data',)); "
         "sys.stdout.write(_frozen.data_text(_frozen.WANTED))"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (REPO / "checker" / "_frozen_data.py").read_text(
        encoding="utf-8"), f"the checker's records changed: run `{REGENERATE}`"


def test_every_kept_function_is_its_source_compiled() -> None:
    from checker import _frozen_data

    for source, made in _frozen_data.MADE.items():
        ns: dict[str, Any] = {}
        exec(source, ns)  # noqa: S102 - the kept text itself
        assert made.__code__.co_code == ns["__create_fn__"].__code__.co_code
        assert made.__code__.co_varnames == ns["__create_fn__"].__code__.co_varnames
