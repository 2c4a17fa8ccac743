"""`Source` and `Quantity` are slotted pydantic dataclasses (memory), validated as the
models they were (hypothesis, with those models as oracle): the same items accepted with
the same values, the same errors in the same order, the same JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated, Any, Literal

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field, TypeAdapter, ValidationError, field_validator, model_validator

from checker._strict import Id
from checker._strict import Strict as _Strict
from checker._strict import date_text as _date_text
from checker._validation import Hints, word_error
from checker.models import Quantity, Section, Source
from checker.units import UNIT_KINDS, unit_kind


class OldSource(_Strict):
    id: Id
    title: str = Field(min_length=1)
    publisher: str | None = None
    author: str | None = None
    kind: Literal["primary", "news", "dataset", "reference"]
    url: str | None = None
    published: dt.date | None = None
    snapshot: str | None = None
    table: str | None = None
    sha256: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")] | None = None
    section: Section | None = None
    cites: tuple[Id, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _files(self) -> OldSource:
        if self.kind == "dataset":
            if self.table is None:
                raise ValueError("a dataset source needs `table:` (a CSV file)")
        elif self.table is not None:
            raise ValueError("only a dataset source has `table:`")
        if self.section is not None and self.snapshot is None:
            raise ValueError("`section:` needs `snapshot:`")
        if self.id in self.cites:
            raise ValueError("a source cannot cite itself")
        return self


class OldQuantity(_Strict):
    id: Id
    label: str = Field(min_length=1)
    unit: str = "count"
    within: Id | None = None
    continuous: bool = False
    signed: bool = False
    as_of: str | None = None
    note: str | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of_text(cls, value: Any) -> Any:
        return _date_text(value)


def _outcome(model: Any, item: Any) -> tuple[Any, ...]:
    try:
        got = TypeAdapter(model).validate_python(item)
    except ValidationError as exc:  # as a message words it (`_validation.word_error`)
        return ("error", [(e["loc"], word_error(e, tuple(e["loc"]), Hints([], [])),
                           repr(e.get("input"))) for e in exc.errors(include_url=False)])
    # Both dumped by pydantic, so that a nested model (`section`) compares as its fields.
    return ("ok", TypeAdapter(model).dump_python(got))


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 2030), st.text(max_size=3),
                   st.sampled_from(["a", "b", "news", "dataset", "count", "percent",
                                    "2020-01-02", "x.csv", "a.txt", "0" * 64, "Z"]),
                   st.lists(st.sampled_from(["a", "b", "Z", 1]), max_size=2),
                   st.dates(), st.fixed_dictionaries({"from": st.just("x")},
                                                     optional={"to": st.just("y")}))
SOURCE_KEYS = ["id", "title", "publisher", "author", "kind", "url", "published",
               "snapshot", "table", "sha256", "section", "cites", "note", "extra"]
QUANTITY_KEYS = ["id", "label", "unit", "within", "continuous", "signed", "as_of", "note",
                 "unti"]


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(SOURCE_KEYS), VALUES, max_size=8)
       | st.fixed_dictionaries({"id": st.just("a"), "title": st.just("A"),
                                "kind": st.sampled_from(["news", "dataset"])},
                               optional={k: VALUES for k in SOURCE_KEYS[5:]}))
def test_sources_validate_as_the_model_did(item: dict[str, Any]) -> None:
    assert _outcome(Source, item) == _outcome(OldSource, item)


def test_a_section_compares_as_its_fields() -> None:
    """The example that once told the two apart only by how each was dumped."""
    item = {"id": "a", "title": "A", "kind": "news", "snapshot": "",
            "section": {"from": "x", "to": "y"}}
    ok, fields = _outcome(Source, item)
    assert ok == "ok" and fields["section"] == {"from_": "x", "to": "y"}
    assert _outcome(Source, item) == _outcome(OldSource, item)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(QUANTITY_KEYS), VALUES, max_size=7)
       | st.fixed_dictionaries({"id": st.just("q"), "label": st.just("Q")},
                               optional={k: VALUES for k in QUANTITY_KEYS[2:]})
       | st.sampled_from([None, 3, "q", []]))
def test_quantities_validate_as_the_model_did(item: Any) -> None:
    assert _outcome(Quantity, item) == _outcome(OldQuantity, item)
    if isinstance(item, dict) and _outcome(Quantity, item)[0] == "ok":
        new, old = Quantity(**item), OldQuantity(**item)
        assert new.is_integer == (not (old.continuous or UNIT_KINDS[unit_kind(old.unit)].real))


def test_compact_items_have_no_dict() -> None:
    """Slotted: no `__dict__` and no set of the fields given, per instance."""
    source = Source(id="a", title="A", kind="news")
    quantity = Quantity(id="q", label="Q")
    for item in (source, quantity):
        assert not hasattr(item, "__dict__")
        assert sys.getsizeof(item) < 200
