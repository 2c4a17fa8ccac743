"""Tests of checker._frozen: the quick `__init__` against the one `dataclasses` generates."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker import _solver_lin, crosscheck, explain, findings, intervals
from checker._frozen import quick_init, quick_new

QUICK = [obj for module in (findings, crosscheck, explain, intervals, _solver_lin)
         for obj in vars(module).values()
         if isinstance(obj, type) and "__dataclass_init__" in vars(obj)]
_values = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5),
                    st.tuples(st.text(max_size=3)))


def _value(field: dataclasses.Field[Any]) -> st.SearchStrategy[Any]:
    """Values for `field`: of its type where a `__post_init__` may read it, else anything."""
    kind = str(field.type)
    if kind == "str":
        return st.text(max_size=5)
    if kind.startswith("tuple[str"):
        return st.lists(st.text(max_size=3), max_size=3).map(tuple)
    return _values


def _state(obj: Any) -> tuple[Any, ...]:
    """Every slot of `obj`, set or not (a slot never set reads as a marker)."""
    return tuple(getattr(obj, name, "<unset>") for name in type(obj).__slots__)


def test_the_records_of_an_audit_are_quick() -> None:
    names = {cls.__name__ for cls in QUICK}
    assert {"Finding", "ClaimResult", "Location", "QuotePosition", "Entry", "Check",
            "ClaimView", "Interval"} <= names


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
@given(data=st.data())
def test_quick_init_makes_what_the_generated_init_makes(cls: type, data: st.DataObject) -> None:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = [f for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]
    given_args = [data.draw(_value(f)) for f in required]
    # Some of the optional fields too, by keyword.
    optional = {f.name: data.draw(_value(f)) for f in fields
                if f not in required and data.draw(st.booleans())}
    quick = cls(*given_args, **optional)
    slow = object.__new__(cls)
    cls.__dataclass_init__(slow, *given_args, **optional)  # type: ignore[attr-defined]
    assert type(quick) is cls
    assert _state(quick) == _state(slow)
    assert all(a is b for a, b in zip(_state(quick), _state(slow), strict=True)
               if not isinstance(a, str))
    assert repr(quick) == repr(slow)


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_quick_records_stay_frozen_dataclasses(cls: type) -> None:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    args = {f.name: (f"v{i}",) if str(f.type).startswith("tuple") else f"v{i}"
            for i, f in enumerate(fields)}
    obj = cls(**args)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, fields[0].name, "other")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(obj, fields[0].name)
    changed = dataclasses.replace(obj, **{fields[0].name: "other"})
    assert getattr(changed, fields[0].name) == "other" and type(changed) is cls
    assert pickle.loads(pickle.dumps(obj)) == obj == copy.copy(obj) == copy.deepcopy(obj)
    assert not hasattr(obj, "__dict__")


def test_quick_init_keeps_defaults_factories_keywords_and_post_init() -> None:
    made: list[str] = []

    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Rec:
        a: int
        b: list[int] = dataclasses.field(default_factory=list)
        c: str = dataclasses.field(default="c", init=False)
        d: int = dataclasses.field(default=0, kw_only=True)
        e: int = dataclasses.field(init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            made.append(type(self).__name__)
            object.__setattr__(self, "e", self.a + self.d)

    r = Rec(1, d=2)
    assert (r.a, r.b, r.c, r.d, r.e) == (1, [], "c", 2, 3) and made == ["Rec"]
    assert Rec(1).b is not Rec(1).b  # a fresh list each time
    assert Rec(1, [5]).b == [5]
    with pytest.raises(TypeError):
        Rec(1, [], 3)  # type: ignore[misc]  # `d` is keyword-only


def test_quick_init_refuses_what_it_cannot_serve() -> None:
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class InitOnly:
        a: int
        b: dataclasses.InitVar[int]

    for cls in (Mutable, NoSlots, InitOnly):
        with pytest.raises(TypeError):
            quick_init(cls)


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
@given(data=st.data())
def test_quick_new_makes_what_the_class_makes(cls: type, data: st.DataObject) -> None:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = [f for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]
    given_args = [data.draw(_value(f)) for f in required]
    optional = {f.name: data.draw(_value(f)) for f in fields
                if f not in required and data.draw(st.booleans())}
    made = quick_new(cls)(*given_args, **optional)
    want = cls(*given_args, **optional)
    assert type(made) is cls
    assert _state(made) == _state(want)
    assert all(a is b for a, b in zip(_state(made), _state(want), strict=True)
               if not isinstance(a, str))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(fields[0].name, None)


def test_quick_new_keeps_defaults_factories_keywords_and_post_init() -> None:
    made: list[str] = []

    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Rec:
        a: int
        b: list[int] = dataclasses.field(default_factory=list)
        c: str = dataclasses.field(default="c", init=False)
        d: int = dataclasses.field(default=0, kw_only=True)
        e: int = dataclasses.field(init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            made.append(type(self).__name__)
            object.__setattr__(self, "e", self.a + self.d)

    new = quick_new(Rec)
    r = new(1, d=2)
    assert type(r) is Rec and r == Rec(1, d=2)
    assert (r.a, r.b, r.c, r.d, r.e) == (1, [], "c", 2, 3) and made == ["Rec", "Rec"]
    assert new(1).b is not new(1).b
    with pytest.raises(TypeError):
        new(1, [], 3)  # `d` is keyword-only

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        a: int

    with pytest.raises(TypeError, match="quick_init"):
        quick_new(Plain)

    # `derived`: the field `__post_init__` derives is given (as a keyword), and it is
    # not run; the fields with a default stay as they were
    given = quick_new(Rec, derived=True)
    made.clear()
    r = given(1, d=2, e=3)
    assert type(r) is Rec and r == Rec(1, d=2) and made == ["Rec"]  # (only `Rec`'s own)
    assert (r.a, r.b, r.c, r.d, r.e) == (1, [], "c", 2, 3)
    with pytest.raises(TypeError):
        given(1, d=2)  # `e` must be given


def test_a_finding_given_its_fingerprint_equals_the_one_made_by_its_class() -> None:
    """`quick_new(Finding, derived=True)` with the fingerprint `fingerprint_of` gives for
    the key written out as `Finding.__post_init__` writes it makes the class's finding."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker.findings import Finding, Location, Severity, fingerprint_of

    new = quick_new(Finding, derived=True)
    ids = st.lists(st.text(min_size=0, max_size=8), max_size=3).map(tuple)

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=6), ids, ids, ids, ids, st.text(max_size=6))
    def check(code: str, claims: tuple[str, ...], evidence: tuple[str, ...],
              quantities: tuple[str, ...], relations: tuple[str, ...], subject: str) -> None:
        where = Location("c.json", 3)
        want = Finding(code, "rule", Severity.WARNING, "m", claims, evidence, (),
                       quantities, relations, where, subject)
        key = (f"{code}|{','.join(claims)}|{','.join(evidence)}|{','.join(quantities)}|"
               f"{','.join(relations)}|{subject}")
        got = new(code, "rule", Severity.WARNING, "m", claims, evidence, (), quantities,
                  relations, where, subject, fingerprint=fingerprint_of(key))
        assert type(got) is Finding and got == want
        assert got.fingerprint == want.fingerprint and got.accepted is False

    check()


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_quick_replace_copies_every_slot_and_changes_only_those_given(cls: type) -> None:
    from checker._frozen import quick_replace

    fields = [f for f in dataclasses.fields(cls) if f.init]
    args = {f.name: (f"v{i}",) if str(f.type).startswith("tuple") else f"v{i}"
            for i, f in enumerate(fields)}
    obj = cls(**args)
    name = fields[-1].name
    changed = quick_replace(obj, **{name: "new"})
    assert type(changed) is cls and getattr(changed, name) == "new"
    assert all(getattr(changed, s) is getattr(obj, s) for s in cls.__slots__
               if s != name and hasattr(obj, s))
    assert quick_replace(obj) == obj
    with pytest.raises(TypeError):
        quick_replace(obj, no_such_field=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(changed, name, "again")
