"""Pydantic models of the corpus format (layer 0: vocabulary).

These models are the contract of DESIGN §3: `Source`, `Quantity`, the `Relation` variants
(a union tagged on `kind`), `Claim`, `Ignore` and the merged `Corpus`.  Every model is
strict about keys (unknown keys are errors: typos must not pass silently) and frozen.
Cross-field rules that need only one object live here as validators; rules that need the
whole corpus (ids, references, paths) live in `loader`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal, NewType

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from checker.units import UNIT_KINDS, unit_kind

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
ID_RE = re.compile(ID_PATTERN)

ClaimId = NewType("ClaimId", str)
QuantityName = NewType("QuantityName", str)
SourceId = NewType("SourceId", str)

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]

SOURCE_KINDS = ("dataset", "reference", "primary", "news")
"""Source kinds, most trusted first (the default trust order of DESIGN §5)."""


class _Strict(BaseModel):
    """Base of every corpus model: unknown keys are errors, instances are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Section(_Strict):
    """The part of a shared snapshot that belongs to one source: `from` … `to`, both included."""

    from_: str = Field(alias="from", min_length=1)
    to: str = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Source(_Strict):
    """A document or table that claims come from.

    Text sources have a `snapshot` (the text quotes are verified against), optionally
    narrowed by `section`; datasets have a `table` (CSV with a header row).  `sha256` pins
    the bytes.  `cites` names the sources this one reports on.
    """

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
    def _files(self) -> Source:
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


class Quantity(_Strict):
    """A number in the world that claims are about (a variable of the consistency problem).

    Whole numbers ≥ 0 unless `unit` is a unit with a meaning of its own that is
    real-valued (`percent`, `percentage points`, `times`, a currency code, a rate, degrees:
    `checker.units`) or `continuous` is true; `signed: true` allows negative values
    (changes, balances, growth rates, temperature anomalies).  `within` is shorthand for a
    subset relation.  `as_of` pins a date: claims at other dates are a different variable.
    """

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

    @property
    def is_integer(self) -> bool:
        """Return whether the quantity takes whole numbers (≥ 0 unless `signed`)."""
        return not (self.continuous or UNIT_KINDS[unit_kind(self.unit)].real)


class _RelationBase(_Strict):
    id: Id | None = None
    why: str | None = None


class SubsetRelation(_RelationBase):
    """`part` ≤ `whole` (every member of the part is in the whole)."""

    kind: Literal["subset"]
    part: Id
    whole: Id


class UnionRelation(_RelationBase):
    """`whole` is the union of `parts`: max(parts) ≤ whole ≤ sum(parts)."""

    kind: Literal["union"]
    whole: Id
    parts: tuple[Id, ...] = Field(min_length=1)


class SumRelation(_RelationBase):
    """`total` = sum of `parts` (disjoint parts)."""

    kind: Literal["sum"]
    total: Id
    parts: tuple[Id, ...] = Field(min_length=1)


class RatioRelation(_RelationBase):
    """`value` = `scale` × `numerator` / `denominator`, with the denominator > 0."""

    kind: Literal["ratio"]
    value: Id
    numerator: Id
    denominator: Id
    scale: Decimal = Decimal(1)

    @field_validator("scale")
    @classmethod
    def _positive(cls, value: Decimal) -> Decimal:
        if not value.is_finite() or value <= 0:
            raise ValueError("scale must be a positive finite number")
        return value


class EqualRelation(_RelationBase):
    """All `quantities` are equal."""

    kind: Literal["equal"]
    quantities: tuple[Id, ...] = Field(min_length=2)


Relation = Annotated[
    SubsetRelation | UnionRelation | SumRelation | RatioRelation | EqualRelation,
    Field(discriminator="kind"),
]


def relation_members(rel: Relation) -> tuple[str, ...]:
    """Return the quantity ids a relation joins, in its own order (first the whole/total/value)."""
    if isinstance(rel, SubsetRelation):
        return (rel.part, rel.whole)
    if isinstance(rel, (UnionRelation,)):
        return (rel.whole, *rel.parts)
    if isinstance(rel, SumRelation):
        return (rel.total, *rel.parts)
    if isinstance(rel, RatioRelation):
        return (rel.value, rel.numerator, rel.denominator)
    return tuple(rel.quantities)


def relation_id(rel: Relation) -> str:
    """Return the relation's id: its own `id`, else the kind and the members (`ratio:pct-ld`)."""
    if rel.id:
        return rel.id
    if isinstance(rel, RatioRelation):
        return f"ratio:{rel.value}"
    return f"{rel.kind}:" + ",".join(relation_members(rel))


class Value(_Strict):
    """An explicit interval for a claim whose words alone cannot say it."""

    min: Decimal | None = None
    max: Decimal | None = None
    min_open: bool = False
    max_open: bool = False

    @model_validator(mode="after")
    def _finite(self) -> Value:
        for name in ("min", "max"):
            bound = getattr(self, name)
            if bound is not None and not bound.is_finite():
                raise ValueError(f"`{name}` must be a finite number (leave it out for no bound)")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("`min` is greater than `max`")
        return self


ROUNDING_MODES = ("half-up", "either")
"""How a written figure was rounded: `half-up` (a tie went up: 51.5 is written 52, so 51
stands for [50.5, 51.5)) or `either` (a tie may have gone either way, as the GRIM test's
protocol accepts: 51 stands for [50.5, 51.5])."""

Rounding = Literal["half-up", "either"]


class Claim(_Strict):
    """A numeric claim: a quoted statement (`quote` + `says`) or a table count (`count`).

    `rounding` overrides the corpus's rounding mode (`[tool.claimcheck] rounding`) for
    this claim's words.
    """

    id: Id | None = None
    source: Id
    quantity: Id
    quote: str | None = Field(default=None, min_length=1)
    says: str | None = Field(default=None, min_length=1)
    count: dict[str, Any] | None = None
    value: Value | None = None
    attributed_to: Id | None = None
    as_of: str | None = None
    rounding: Rounding | None = None
    note: str | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of_text(cls, value: Any) -> Any:
        return _date_text(value)

    @model_validator(mode="after")
    def _quoted_or_counted(self) -> Claim:
        if self.count is not None:
            if self.quote is not None or self.says is not None or self.value is not None:
                raise ValueError("a claim is either quoted (`quote` + `says`) or counted "
                                 "(`count`), never both")
        else:
            if self.quote is None or self.says is None:
                missing = "quote" if self.quote is None else "says"
                raise ValueError(f"a quoted claim needs `{missing}` (or give `count:` "
                                 "for a table count)")
        return self


class Ignore(_Strict):
    """A number in a snapshot that is not a claim (a year, a date), with the reason."""

    source: Id
    says: str = Field(min_length=1)
    why: str = Field(min_length=1)
    quote: str | None = None


class Corpus(_Strict):
    """The merged corpus: every file's sources, quantities, relations, claims and ignores."""

    sources: tuple[Source, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    ignore: tuple[Ignore, ...] = ()


class CorpusFile(_Strict):
    """One claim file: any of the top-level keys of the corpus format."""

    sources: list[Source] = []
    quantities: list[Quantity] = []
    relations: list[Relation] = []
    claims: list[Claim] = []
    ignore: list[Ignore] = []


def _date_text(value: Any) -> Any:
    """Accept a year or an ISO date for `as_of` and keep it as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, dt.date)):
        return str(value)
    return value
