"""Pydantic models of the corpus format (layer 0: vocabulary).

These models are the contract of DESIGN §3: `Source`, `Quantity`, the `Relation` variants
(a union tagged on `kind`), `Claim`, `Ignore`, the `Report` block and the merged `Corpus`.
Every model is strict about keys (unknown keys are errors: typos must not pass silently) and frozen.
`Claim`, `Quantity` and `Source`, of which a corpus holds the most, are slotted pydantic
dataclasses with the same settings (`CLAIM_CONFIG`) rather than models: same schema, same
errors, a fifth to a third of the memory, validated in about half the time.
Cross-field rules that need only one object live here as validators; rules that need the
whole corpus (ids, references, paths) live in `loader`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal, NewType

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass

from checker._strict import ID_PATTERN, ID_RE, Id
from checker._strict import Strict as _Strict
from checker._strict import date_text as _date_text
from checker.kinds import (
    ChangeRelation,
    DifferenceRelation,
    EqualRelation,
    RatioRelation,
    Relation,
    SubsetRelation,
    SumRelation,
    UnionRelation,
    relation_id,
    relation_members,
)
from checker.units import UNIT_KINDS, unit_kind

__all__ = [
    "ID_PATTERN", "ID_RE", "SOURCE_KINDS", "ChangeRelation", "Claim", "ClaimId", "Corpus",
    "CorpusFile", "DifferenceRelation", "EqualRelation", "Id", "Ignore", "Quantity",
    "QuantityName", "RatioRelation", "Relation", "Section", "Source", "SourceId",
    "SubsetRelation", "SumRelation", "UnionRelation", "Value", "relation_id",
    "relation_members",
]

ClaimId = NewType("ClaimId", str)
QuantityName = NewType("QuantityName", str)
SourceId = NewType("SourceId", str)

SOURCE_KINDS = ("dataset", "reference", "primary", "news")
"""Source kinds, most trusted first (the default trust order of DESIGN §5)."""


class Section(_Strict):
    """The part of a shared snapshot that belongs to one source: `from` … `to`, both included."""

    from_: str = Field(alias="from", min_length=1)
    to: str = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


CLAIM_CONFIG = _Strict.model_config.copy()
CLAIM_CONFIG.pop("frozen", None)  # (a dataclass is frozen by its decorator: see `Claim`)
"""The strict base's settings, for `Claim`, `Quantity` and `Source`: slotted dataclasses
rather than models, since a corpus holds many (a claim about 130 bytes instead of 760: no
`__dict__`, no per-instance set of the fields given), validated by the same schema with the
same errors.  (A required field is written ``= Field()`` when one after it has a `Field`:
pydantic then lists the required keys of the JSON Schema in the order of the fields, as
it does for a model.)"""


@pydantic_dataclass(frozen=True, slots=True, kw_only=True, config=CLAIM_CONFIG)
class Source:
    """A document or table that claims come from.

    Text sources have a `snapshot` (the text quotes are verified against), optionally
    narrowed by `section`; datasets have a `table` (CSV with a header row).  `sha256` pins
    the bytes.  `cites` names the sources this one reports on.
    """

    id: Id = Field()
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


@pydantic_dataclass(frozen=True, slots=True, kw_only=True, config=CLAIM_CONFIG)
class Quantity:
    """A number in the world that claims are about (a variable of the consistency problem).

    Whole numbers ≥ 0 unless `unit` is a unit with a meaning of its own that is
    real-valued (`percent`, `percentage points`, `times`, a currency code, a rate, degrees:
    `checker.units`) or `continuous` is true; `signed: true` allows negative values
    (changes, balances, growth rates, temperature anomalies).  `within` is shorthand for a
    subset relation.  `as_of` pins a date: claims at other dates are a different variable.
    """

    id: Id = Field()
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
        """Return whether the quantity takes whole numbers (≥ 0 unless `signed`).

        Asked once per claim and per variable: found once per unit (not a field: the
        JSON Schema and equality are unchanged)."""
        return not self.continuous and _WHOLE_UNITS[self.unit]


class _WholeUnits(dict[str, bool]):
    def __missing__(self, unit: str) -> bool:
        whole = self[unit] = not UNIT_KINDS[unit_kind(unit)].real
        return whole


_WHOLE_UNITS = _WholeUnits()
"""Unit -> whether a quantity in it takes whole numbers (unless `continuous`)."""


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


@pydantic_dataclass(frozen=True, slots=True, kw_only=True, config=CLAIM_CONFIG)
class Claim:
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
    revises: Id | None = None
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
    """Numbers in a snapshot that are not claims (a year, a date), with the reason.

    An entry selects mentions of its `source` by any of: `says` (the words, optionally
    only inside `quote`), `kind` (every year, date, time ... as `checker.triage` tells
    them), `pattern` (a regular expression the mention's words match in full) and
    `section` (the mentions between `from` and `to`); given several, a mention must
    match all of them.
    """

    source: Id
    says: str | None = Field(default=None, min_length=1)
    quote: str | None = None
    # the names of `checker.triage.KINDS` (a test keeps the two the same)
    kind: Literal["date", "span", "year", "time", "age", "ordinal", "name"] | None = None
    pattern: str | None = Field(default=None, min_length=1, max_length=200)
    section: Section | None = None
    why: str = Field(min_length=1)

    @model_validator(mode="after")
    def _selects(self) -> Ignore:
        if self.says is None and self.kind is None and self.pattern is None \
                and self.section is None:
            raise ValueError("an ignore entry needs `says`, `kind`, `pattern` or `section` "
                             "(what it ignores)")
        if self.quote is not None and self.says is None:
            raise ValueError("`quote:` narrows `says:`; give `says` too")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"`pattern` is not a regular expression: {exc}") from None
        return self


class Report(_Strict):
    """How the published audit presents itself (the ``report:`` block, in one file only).

    `title` heads the page and names it in the browser; `publisher` is the organisation
    that publishes the audit (the ClaimReview author); `summary` is the paragraph under the
    title; `language` the page's BCP 47 language tag; `url` the canonical address where the
    page is published (ClaimReview `url` values are that address plus a claim's anchor).
    """

    title: str = Field(min_length=1, max_length=300)
    publisher: str | None = Field(default=None, min_length=1, max_length=300)
    summary: str | None = Field(default=None, min_length=1, max_length=5000)
    language: Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")] = "en"
    url: Annotated[str, Field(pattern=r"^https?://[^\s]+$", max_length=2000)] | None = None


class Corpus(_Strict):
    """The merged corpus: every file's sources, quantities, relations, claims and ignores,
    and the one `report` block (None when no file has one)."""

    report: Report | None = None
    sources: tuple[Source, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    ignore: tuple[Ignore, ...] = ()


class CorpusFile(_Strict):
    """One claim file: any of the top-level keys of the corpus format."""

    report: Report | None = None
    sources: list[Source] = []
    quantities: list[Quantity] = []
    relations: list[Relation] = []
    claims: list[Claim] = []
    ignore: list[Ignore] = []
