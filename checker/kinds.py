"""Relation kinds: one table row per kind (layer 0: vocabulary).

Every kind of relation between quantities is one `Kind` in `KINDS`, and nothing else in
the package knows what a kind means:

* its **fields**: the pydantic model of the corpus format (`Relation` is their union);
* its **members**: the quantities it joins, in a fixed order, each optionally pinned to
  an `as_of` date (a `change` joins one quantity at two dates);
* its **constraint**: linear forms over the member variables, plus at most one product
  ``(value + shift) · den = scale · num`` with ``den > 0`` (ratios and changes);
* its **propagation**: the value of one member when the others are known, what a member
  may take when the others are fixed, whether known values satisfy it;
* its **explanation**: the formula and the arithmetic a message shows.

`tests/test_kinds.py` checks that every row is complete and agrees with its own
`holds` on small domains, so a half-added kind fails there, never at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal, cast

from pydantic import ConfigDict, Field, field_validator, model_validator

from checker._strict import Id, Strict, date_text
from checker.intervals import Interval, format_number

Member = tuple[str, str | None]
"""A relation member: a quantity id and the `as_of` date it is pinned to (None: the
date of the relation's instance)."""

Values = Mapping[str, Fraction]
Op = Literal["<=", "<", "=="]
LinearForm = tuple[dict[str, Fraction], Op, Fraction]
"""``sum(coef · var) op rhs`` over member variables (coefficients of a repeated member add)."""

ONE, ZERO = Fraction(1), Fraction(0)


@dataclass(frozen=True)
class Product:
    """The nonlinear part of a kind: ``(value + shift) · den = scale · num`` with den > 0."""

    value: str
    num: str
    den: str
    scale: Fraction
    shift: Fraction


# -- fields: the corpus models --------------------------------------------------------------


class RelationBase(Strict):
    """Fields every relation has: an optional `id` and the reason it holds (`why`)."""

    id: Id | None = None
    why: str | None = None


def _scale_ok(value: Decimal) -> Decimal:
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
        return _scale_ok(value)


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
        return _scale_ok(value)

    @model_validator(mode="after")
    def _members(self) -> ChangeRelation:
        self._pair(self.new, self.old, ("new", "old"))
        return self


# -- the arithmetic a message shows ----------------------------------------------------------


def _show(values: Mapping[str, Interval], var: str) -> str:
    return str(values[var]) if var in values else "?"


def _known(members: Sequence[str], values: Mapping[str, Interval]) -> str:
    known = ", ".join(f"{p} = {_show(values, p)}" for p in dict.fromkeys(members) if p in values)
    return f": {known}" if known else ""


def _add(a: Interval, b: Interval) -> Interval:
    lo = None if a.lo is None or b.lo is None else a.lo + b.lo
    hi = None if a.hi is None or b.hi is None else a.hi + b.hi
    return Interval.of(lo, hi, a.lo_open or b.lo_open, a.hi_open or b.hi_open)


def _neg(a: Interval) -> Interval:
    return Interval.of(None if a.hi is None else -a.hi, None if a.lo is None else -a.lo,
                       a.hi_open, a.lo_open)


def _times(c: Fraction, a: Interval) -> Interval:
    """Return c · a for c > 0, keeping which ends are open."""
    return Interval.of(None if a.lo is None else c * a.lo, None if a.hi is None else c * a.hi,
                       a.lo_open, a.hi_open)


def _inverse_times(c: Fraction, a: Interval) -> Interval | None:
    """Return c / a for c > 0 and a > 0 (None when a reaches 0): the ends swap."""
    if a.lo is None or a.lo <= 0:
        return None
    return Interval.of(c / a.hi if a.hi is not None else 0, c / a.lo,
                       a.hi_open, a.lo_open)


def _arith_subset(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    return f"{m[0]} ≤ {m[1]}: {_show(values, m[0])} ≤ {_show(values, m[1])}"


def _arith_union(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    parts = ", ".join(m[1:])
    return f"max({parts}) ≤ {m[0]} ≤ sum({parts})" + _known(m, values)


def _arith_sum(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    text = f"{m[0]} = " + " + ".join(m[1:])
    if all(p in values for p in m[1:]):
        total = Interval.point(0)
        for p in m[1:]:
            total = _add(total, values[p])
        text += ": " + " + ".join(_show(values, p) for p in m[1:]) + f" = {total}"
        return text + (f", but {m[0]} is {_show(values, m[0])}" if m[0] in values else "")
    return text + _known(m, values)


def _arith_equal(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    return " = ".join(f"{p} ({_show(values, p)})" for p in m)


def _arith_ratio(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    val, num, den = m
    text = f"{val} = {format_number(scale)} × {num} / {den}"
    iv = values.get(val)
    if iv is not None and den in values and values[den].is_point():
        d = values[den].lo
        assert d is not None
        if d > 0:
            text += f": {iv} of {format_number(d)} is {_times(d / scale, iv)}"
            return text + (f", but {num} is {_show(values, num)}" if num in values else "")
    if iv is not None and num in values and values[num].is_point():
        n = values[num].lo
        assert n is not None
        whole = _inverse_times(n * scale, iv) if n > 0 else None
        if whole is not None:
            text += f": {format_number(n)} is {iv} of {whole}"
            return text + (f", but {den} is {_show(values, den)}" if den in values else "")
    return text + _known(m, values)


def _arith_difference(m: Sequence[str], scale: Fraction,
                      values: Mapping[str, Interval]) -> str:
    val, a, b = m
    text = f"{val} = {a} − {b}"
    if a in values and b in values:
        text += f": {values[a]} − {values[b]} = {_add(values[a], _neg(values[b]))}"
        return text + (f", but {val} is {_show(values, val)}" if val in values else "")
    return text + _known(m, values)


def _arith_change(m: Sequence[str], scale: Fraction, values: Mapping[str, Interval]) -> str:
    val, new, old = m
    text = f"{val} = {format_number(scale)} × ({new} − {old}) / {old}"
    if new in values and old in values and values[old].is_point():
        o = values[old].lo
        assert o is not None
        if o > 0:
            got = _add(_times(scale / o, values[new]), Interval.point(-scale))
            text += f": from {format_number(o)} to {values[new]} is {got}"
            return text + (f", but {val} is {_show(values, val)}" if val in values else "")
    if val in values and old in values and values[old].is_point():
        o = values[old].lo
        assert o is not None
        if o > 0:
            new_iv = _times(o / scale, _add(values[val], Interval.point(scale)))
            text += f": {values[val]} from {format_number(o)} is {new_iv}"
            return text + (f", but {new} is {_show(values, new)}" if new in values else "")
    return text + _known(m, values)


# -- constraints and propagation --------------------------------------------------------------


def _terms(pairs: Sequence[tuple[str, Fraction]]) -> dict[str, Fraction]:
    out: dict[str, Fraction] = {}
    for var, coef in pairs:
        out[var] = out.get(var, ZERO) + coef
    return out


def _positive(den: str, integer: Callable[[str], bool]) -> LinearForm:
    # den > 0 (den >= 1 for a whole number, the same set, stated so for propagation)
    if integer(den):
        return ({den: -ONE}, "<=", -ONE)
    return ({den: -ONE}, "<", ZERO)


def _lin_subset(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
                ) -> list[LinearForm]:
    return [(_terms([(m[0], ONE), (m[1], -ONE)]), "<=", ZERO)]


def _lin_union(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
               ) -> list[LinearForm]:
    below: list[LinearForm] = [(_terms([(p, ONE), (m[0], -ONE)]), "<=", ZERO) for p in m[1:]]
    return [*below, (_terms([(m[0], ONE)] + [(p, -ONE) for p in m[1:]]), "<=", ZERO)]


def _lin_sum(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
             ) -> list[LinearForm]:
    return [(_terms([(m[0], ONE)] + [(p, -ONE) for p in m[1:]]), "==", ZERO)]


def _lin_equal(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
               ) -> list[LinearForm]:
    return [(_terms([(m[0], ONE), (p, -ONE)]), "==", ZERO) for p in m[1:]]


def _lin_difference(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
                    ) -> list[LinearForm]:
    return [(_terms([(m[0], ONE), (m[1], -ONE), (m[2], ONE)]), "==", ZERO)]


def _lin_den(index: int) -> Callable[[Sequence[str], Fraction, Callable[[str], bool]],
                                     list[LinearForm]]:
    def linear(m: Sequence[str], scale: Fraction, integer: Callable[[str], bool]
               ) -> list[LinearForm]:
        return [_positive(m[index], integer)]
    return linear


def _no_product(m: Sequence[str], scale: Fraction) -> Product | None:
    return None


def _prod_ratio(m: Sequence[str], scale: Fraction) -> Product | None:
    return Product(m[0], m[1], m[2], scale, ZERO)


def _prod_change(m: Sequence[str], scale: Fraction) -> Product | None:
    # value·old = scale·(new − old)  ⇔  (value + scale)·old = scale·new
    return Product(m[0], m[1], m[2], scale, scale)


def _total(values: Iterable[Fraction]) -> Fraction:
    """Return the exact sum of `values`, started from the int 0: the settling of plain
    components passes whole values as ints (they compare and add several times faster
    than `Fraction`s), and from `Fraction(0)` every one of them would be added as one."""
    # (an int is a rational too: typed as ints for `sum`, the total as a `Fraction`)
    return cast(Fraction, sum(cast("Iterable[int]", values), 0))


def _solve_none(m: Sequence[str], scale: Fraction, value: Values, x: str) -> Fraction | None:
    return None


def _solve_sum(m: Sequence[str], scale: Fraction, value: Values, x: str) -> Fraction | None:
    total, parts = m[0], m[1:]
    if x == total:
        return _total(value[p] for p in parts)
    return value[total] - _total(value[p] for p in parts if p != x)


def _solve_equal(m: Sequence[str], scale: Fraction, value: Values, x: str) -> Fraction | None:
    return value[next(p for p in m if p != x)]


def _solve_difference(m: Sequence[str], scale: Fraction, value: Values, x: str
                      ) -> Fraction | None:
    v, a, b = m
    if x == v:
        return value[a] - value[b]
    if x == a:
        return value[v] + value[b]
    return value[a] - value[v]


def _solve_product(shifted: bool) -> Callable[[Sequence[str], Fraction, Values, str],
                                              Fraction | None]:
    def solve_for(m: Sequence[str], scale: Fraction, value: Values, x: str) -> Fraction | None:
        # (v + shift)·d = scale·n with d > 0
        v, n, d = m
        shift = scale if shifted else ZERO
        if x == v:
            return scale * value[n] / value[d] - shift if value[d] != 0 else None
        if x == n:
            return (value[v] + shift) * value[d] / scale
        w = value[v] + shift
        return scale * value[n] / w if w != 0 else None
    return solve_for


def _allowed_none(m: Sequence[str], scale: Fraction, value: Values, x: str
                  ) -> Interval | None:
    return None


def _allowed_subset(m: Sequence[str], scale: Fraction, value: Values, x: str
                    ) -> Interval | None:
    return Interval.of(None, value[m[1]]) if x == m[0] else Interval.of(value[m[0]], None)


def _allowed_union(m: Sequence[str], scale: Fraction, value: Values, x: str
                   ) -> Interval | None:
    whole, parts = m[0], m[1:]
    if x == whole:
        fixed = [value[p] for p in parts]
        return Interval.of(max(fixed), _total(fixed))
    others = [value[p] for p in parts if p != x]
    if any(o > value[whole] for o in others):
        return None  # a fixed part over the whole: infeasible whatever x is
    return Interval.of(value[whole] - _total(others), value[whole])


def _allowed_product(shifted: bool) -> Callable[[Sequence[str], Fraction, Values, str],
                                                Interval | None]:
    def allowed(m: Sequence[str], scale: Fraction, value: Values, x: str) -> Interval | None:
        # (v + shift)·d = scale·n: with v + shift = 0 and n = 0, any positive d
        v, n, d = m
        shift = scale if shifted else ZERO
        if x == d and value[v] + shift == 0:
            return Interval.of(0, None, lo_open=True) if value[n] == 0 else None
        return None
    return allowed


def _holds_subset(x: Sequence[Fraction], scale: Fraction) -> bool:
    return x[0] <= x[1]


def _holds_union(x: Sequence[Fraction], scale: Fraction) -> bool:
    return max(x[1:]) <= x[0] <= _total(x[1:])


def _holds_sum(x: Sequence[Fraction], scale: Fraction) -> bool:
    return x[0] == _total(x[1:])


def _holds_equal(x: Sequence[Fraction], scale: Fraction) -> bool:
    return all(v == x[0] for v in x)


def _holds_ratio(x: Sequence[Fraction], scale: Fraction) -> bool:
    return x[2] > 0 and x[0] * x[2] == scale * x[1]


def _holds_difference(x: Sequence[Fraction], scale: Fraction) -> bool:
    return x[0] == x[1] - x[2]


def _holds_change(x: Sequence[Fraction], scale: Fraction) -> bool:
    return x[2] > 0 and x[0] * x[2] == scale * (x[1] - x[2])


# -- members and ids --------------------------------------------------------------------------


def _members_dated(first: str, second: str) -> Callable[[Any], tuple[Member, ...]]:
    def members(rel: Any) -> tuple[Member, ...]:
        a = getattr(rel, first) or rel.quantity
        b = getattr(rel, second) or rel.quantity
        return ((rel.value, None), (a, rel.to), (b, rel.from_))
    return members


def _undated(*names: str) -> Callable[[Any], tuple[Member, ...]]:
    def members(rel: Any) -> tuple[Member, ...]:
        out: list[Member] = []
        for name in names:
            got = getattr(rel, name)
            out += [(q, None) for q in got] if isinstance(got, tuple) else [(got, None)]
        return tuple(out)
    return members


def _unit_scale(rel: Any) -> Fraction:
    return ONE


def _own_scale(rel: Any) -> Fraction:
    scale = rel.scale
    got = _SCALES.get(scale)
    if got is None:
        got = _SCALES[scale] = Fraction(str(scale))
    return got


_SCALES: dict[Decimal, Fraction] = {}
"""A relation's scale (a `Decimal`) -> that number as a `Fraction`: a corpus writes a
few scales (100, 1,000) on thousands of relations, and reading a `Fraction` from text
is slow."""


def _id_by_value(rel: Any) -> str:
    return f"{rel.kind}:{rel.value}"


def _id_by_members(rel: Any) -> str:
    return f"{rel.kind}:" + ",".join(q for q, _ in KINDS[rel.kind].members(rel))


# -- the table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """Everything about one relation kind; see the module docstring for each part."""

    name: str
    model: type[RelationBase]
    arity: tuple[int, int | None]
    formula: str
    members: Callable[[Any], tuple[Member, ...]]
    default_id: Callable[[Any], str]
    scale: Callable[[Any], Fraction]
    linear: Callable[[Sequence[str], Fraction, Callable[[str], bool]], list[LinearForm]]
    product: Callable[[Sequence[str], Fraction], Product | None]
    solve_for: Callable[[Sequence[str], Fraction, Values, str], Fraction | None]
    allowed: Callable[[Sequence[str], Fraction, Values, str], Interval | None]
    holds: Callable[[Sequence[Fraction], Fraction], bool]
    arithmetic: Callable[[Sequence[str], Fraction, Mapping[str, Interval]], str]
    integral: bool
    """Whether the first member is a whole number whenever the others are."""


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("subset", SubsetRelation, (2, 2), "part ≤ whole", _undated("part", "whole"),
         _id_by_members, _unit_scale, _lin_subset, _no_product, _solve_none,
         _allowed_subset, _holds_subset, _arith_subset, False),
    Kind("union", UnionRelation, (2, None), "max(parts) ≤ whole ≤ sum(parts)",
         _undated("whole", "parts"), _id_by_members, _unit_scale, _lin_union, _no_product,
         _solve_none, _allowed_union, _holds_union, _arith_union, False),
    Kind("sum", SumRelation, (2, None), "total = sum(parts)", _undated("total", "parts"),
         _id_by_members, _unit_scale, _lin_sum, _no_product, _solve_sum, _allowed_none,
         _holds_sum, _arith_sum, True),
    Kind("ratio", RatioRelation, (3, 3), "value = scale × numerator / denominator",
         _undated("value", "numerator", "denominator"), _id_by_value, _own_scale,
         _lin_den(2), _prod_ratio, _solve_product(False), _allowed_product(False),
         _holds_ratio, _arith_ratio, False),
    Kind("equal", EqualRelation, (1, None), "all equal", _undated("quantities"),
         _id_by_members, _unit_scale, _lin_equal, _no_product, _solve_equal, _allowed_none,
         _holds_equal, _arith_equal, True),
    Kind("difference", DifferenceRelation, (3, 3), "value = minuend − subtrahend",
         _members_dated("minuend", "subtrahend"), _id_by_value, _unit_scale,
         _lin_difference, _no_product, _solve_difference, _allowed_none, _holds_difference,
         _arith_difference, True),
    Kind("change", ChangeRelation, (3, 3), "value = scale × (new − old) / old",
         _members_dated("new", "old"), _id_by_value, _own_scale, _lin_den(2), _prod_change,
         _solve_product(True), _allowed_product(True), _holds_change, _arith_change, False),
)}
"""Every relation kind, by name."""

Relation = Annotated[
    SubsetRelation | UnionRelation | SumRelation | RatioRelation | EqualRelation
    | DifferenceRelation | ChangeRelation,
    Field(discriminator="kind"),
]
"""A relation of the corpus format: the union of the table's models (checked by a test)."""

KIND_NAMES = tuple(KINDS)


def kind_of(rel: Any) -> Kind:
    """Return the table row of a relation model (or of a solver relation's `kind` name)."""
    return KINDS[rel if isinstance(rel, str) else rel.kind]


def relation_members(rel: Any) -> tuple[str, ...]:
    """Return the quantity ids a relation joins, in its kind's order (dates left out)."""
    return tuple(q for q, _ in KINDS[rel.kind].members(rel))


def relation_id(rel: Any) -> str:
    """Return the relation's id: its own `id`, else the kind and the members (`ratio:pct-ld`)."""
    return rel.id or KINDS[rel.kind].default_id(rel)


def relation_id_members(rel: Any) -> tuple[str, tuple[Member, ...]]:
    """Return `relation_id(rel)` and its kind's `members(rel)`, the members read once.

    (A relation's default id is most often made of its members: the solver's wiring
    needs both for every relation.)
    """
    spec = KINDS[rel.kind]
    refs = spec.members(rel)
    ident = rel.id
    if not ident:
        ident = f"{rel.kind}:" + ",".join([q for q, _ in refs]) \
            if spec.default_id is _id_by_members else spec.default_id(rel)
    return ident, refs
