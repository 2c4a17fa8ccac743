"""The relation kinds are slotted pydantic dataclasses (memory), validated as the models
they were (hypothesis, with those models as oracle): the same items accepted with the
same values, the same errors in the same order, the same JSON Schema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Annotated, Any, Literal

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import (
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from checker._strict import Id, date_text
from checker._strict import Strict as _Strict
from checker._validation import Hints, word_error
from checker.kinds import KINDS, Relation, SumRelation


def _old_relation() -> Any:
    """The relation models as they were (pydantic models), by the same names."""

    class RelationBase(_Strict):
        """Fields every relation has: an optional `id` and the reason it holds (`why`)."""

        id: Id | None = None
        why: str | None = None

    def scale_ok(value: Decimal) -> Decimal:
        if not value.is_finite() or value <= 0:
            raise ValueError("scale must be a positive finite number")
        return value

    class SubsetRelation(RelationBase):
        """`part` ≤ `whole` (every member of the part is in the whole)."""

        kind: Literal["subset"]
        part: Id
        whole: Id

    class UnionRelation(RelationBase):
        """`whole` is the union of `parts`: max(parts) ≤ whole ≤ sum(parts)."""

        kind: Literal["union"]
        whole: Id
        parts: tuple[Id, ...] = Field(min_length=1)

    class SumRelation(RelationBase):
        """`total` = sum of `parts` (disjoint parts)."""

        kind: Literal["sum"]
        total: Id
        parts: tuple[Id, ...] = Field(min_length=1)

    class RatioRelation(RelationBase):
        """`value` = `scale` × `numerator` / `denominator`, with the denominator > 0."""

        kind: Literal["ratio"]
        value: Id
        numerator: Id
        denominator: Id
        scale: Decimal = Decimal(1)

        @field_validator("scale")
        @classmethod
        def _scale_positive(cls, value: Decimal) -> Decimal:
            return scale_ok(value)

    class EqualRelation(RelationBase):
        """All `quantities` are equal."""

        kind: Literal["equal"]
        quantities: tuple[Id, ...] = Field(min_length=2)

    class _Dated(RelationBase):
        """Two members given either as two quantities or as one `quantity` at two dates."""

        model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

        quantity: Id | None = None
        from_: str | None = Field(default=None, alias="from")
        to: str | None = None

        @field_validator("from_", "to", mode="before")
        @classmethod
        def _date_text(cls, value: Any) -> Any:
            return date_text(value)

        def _pair(self, first: Id | None, second: Id | None, names: tuple[str, str]) -> None:
            if (self.from_ is None) != (self.to is None):
                raise ValueError("`from` and `to` go together (the two dates compared)")
            if self.quantity is not None:
                if first is not None or second is not None:
                    raise ValueError(f"give either `quantity` with `from` and `to`, or "
                                     f"`{names[0]}` and `{names[1]}`, not both")
                if self.from_ is None:
                    raise ValueError("`quantity` needs `from` and `to` (the two dates compared)")
                if self.from_ == self.to:
                    raise ValueError("`from` and `to` are the same date")
            elif first is None or second is None:
                missing = names[0] if first is None else names[1]
                raise ValueError(f"missing `{missing}` (or give `quantity` with `from` and `to`)")

    class DifferenceRelation(_Dated):
        """`value` = `minuend` − `subtrahend` (or `quantity` at `to` minus at `from`)."""

        kind: Literal["difference"]
        value: Id
        minuend: Id | None = None
        subtrahend: Id | None = None

        @model_validator(mode="after")
        def _members(self) -> DifferenceRelation:
            self._pair(self.minuend, self.subtrahend, ("minuend", "subtrahend"))
            return self

    class ChangeRelation(_Dated):
        """`value` = `scale` × (new − old) / old with old > 0; `scale` 100 is a percent change.

        new and old are `new` and `old`, or `quantity` at the dates `to` and `from`.
        """

        kind: Literal["change"]
        value: Id
        new: Id | None = None
        old: Id | None = None
        scale: Decimal = Decimal(100)

        @field_validator("scale")
        @classmethod
        def _scale_positive(cls, value: Decimal) -> Decimal:
            return scale_ok(value)

        @model_validator(mode="after")
        def _members(self) -> ChangeRelation:
            self._pair(self.new, self.old, ("new", "old"))
            return self

    return Annotated[
        SubsetRelation | UnionRelation | SumRelation | RatioRelation | EqualRelation
        | DifferenceRelation | ChangeRelation,
        Field(discriminator="kind"),
    ]


OLD_RELATION = _old_relation()


def _outcome(model: Any, item: Any) -> tuple[Any, ...]:
    try:
        got = TypeAdapter(model).validate_python(item)
    except ValidationError as exc:  # as a message words it (`_validation.word_error`)
        return ("error", [(e["loc"], word_error(e, tuple(e["loc"]), Hints([], [])),
                           repr(e.get("input"))) for e in exc.errors(include_url=False)])
    fields = (got.model_dump() if hasattr(got, "model_dump")
              else {f.name: getattr(got, f.name) for f in dataclasses.fields(got)})
    return ("ok", type(got).__name__, fields)


KEYS = ["id", "why", "kind", "part", "whole", "parts", "total", "value", "numerator",
        "denominator", "scale", "quantities", "quantity", "from", "from_", "to", "minuend",
        "subtrahend", "new", "old", "extra"]
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 2030), st.text(max_size=3),
                   st.sampled_from(["a", "b", "Z", "2020", "2021-02-03", "0", "-1", "100"]),
                   st.sampled_from(list(KINDS)), st.decimals(allow_nan=True, places=2),
                   st.lists(st.sampled_from(["a", "b", "Z", 1]), max_size=3), st.dates(),
                   st.floats(allow_nan=True))


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=7)
       | st.builds(lambda kind, rest: {"kind": kind, **rest}, st.sampled_from(list(KINDS)),
                   st.dictionaries(st.sampled_from(KEYS[3:]), VALUES
                                   | st.sampled_from(["a", "b", "c", ["a", "b"]]),
                                   max_size=5))
       | st.sampled_from([None, 3, "sum", [], {"kind": "nope"}]))
def test_relations_validate_as_the_models_did(item: Any) -> None:
    assert _outcome(Relation, item) == _outcome(OLD_RELATION, item)


def test_every_kind_validates_as_its_model_did() -> None:
    """One valid item of each kind, and each with a wrong and a missing field."""
    items = [
        {"kind": "subset", "part": "a", "whole": "b", "why": "w"},
        {"kind": "union", "whole": "a", "parts": ["b", "c"], "id": "u1"},
        {"kind": "sum", "total": "a", "parts": ["b"]},
        {"kind": "ratio", "value": "p", "numerator": "a", "denominator": "b", "scale": 100},
        {"kind": "equal", "quantities": ["a", "b"]},
        {"kind": "difference", "value": "d", "minuend": "a", "subtrahend": "b"},
        {"kind": "difference", "value": "d", "quantity": "a", "from": 2020, "to": "2021"},
        {"kind": "change", "value": "g", "new": "a", "old": "b"},
        {"kind": "change", "value": "g", "quantity": "a", "from": dt.date(2020, 1, 2),
         "to": "2021", "scale": "1"},
    ]
    for item in items:
        assert _outcome(Relation, item)[0] == "ok", item
        assert _outcome(Relation, item) == _outcome(OLD_RELATION, item)
        for key in item:
            if key != "kind":
                less = {k: v for k, v in item.items() if k != key}
                assert _outcome(Relation, less) == _outcome(OLD_RELATION, less), less
                wrong = {**item, key: "BAD ID"}
                assert _outcome(Relation, wrong) == _outcome(OLD_RELATION, wrong), wrong
        assert _outcome(Relation, {**item, "extra": 1}) == _outcome(OLD_RELATION,
                                                                    {**item, "extra": 1})


def test_relations_have_the_json_schema_of_the_models() -> None:
    new = TypeAdapter(Relation).json_schema()
    old = TypeAdapter(OLD_RELATION).json_schema()
    assert json.dumps(new, indent=1) == json.dumps(old, indent=1)


def test_relations_are_slotted_and_frozen() -> None:
    rel = SumRelation(kind="sum", total="t", parts=("a", "b"))
    assert not hasattr(rel, "__dict__")
    assert sys.getsizeof(rel) < 120
    assert rel == SumRelation(kind="sum", total="t", parts=("a", "b"))
    assert hash(rel) == hash(SumRelation(kind="sum", total="t", parts=("a", "b")))
    try:
        rel.total = "x"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:  # pragma: no cover - the assertion's message
        raise AssertionError("a relation must be frozen")
