"""Units with a meaning of their own (layer 0: vocabulary).

A quantity's `unit` is free text ("countries", "people", "kg/m²"), but some units mean
something to the `says` grammar and to the solver's domain (DESIGN.md §3): `percent`;
`percentage points` (a difference of percentages); `times` (a multiple); currency codes;
rates per 1,000 or per 100,000; degrees.  `unit_kind()` names the kind of a quantity's
unit, and `UNIT_KINDS` is the one table of those kinds: which units of the words each
accepts (`accepts()`), and whether its values are real numbers.  The grammar's words for
units (`%`, `$`, `points`, `°C` ...) live in `checker._numbers_forms`; the kinds they
state are the keys of this table.  Stdlib only.
"""

from __future__ import annotations

from checker import _regex
from checker._frozen import record

__all__ = ["CURRENCY_CODES", "UNIT_KINDS", "UnitKind", "accepts", "describe_unit",
           "quantity_unit_for", "unit_kind"]


@record
class UnitKind:
    """One kind of unit: its `name`, the quantity units that have it, whether it is real-valued
    and what shares and multipliers mean on it (`share_scale`: 100 for a percentage, 1 for a
    ratio, `None` where a share is not a value of the quantity)."""

    name: str
    quantity_units: tuple[str, ...]
    real: bool
    share_scale: int | None
    doc: str


#: ISO 4217 codes a quantity may use as its unit (the words' symbols map onto them).
CURRENCY_CODES = ("usd", "eur", "gbp", "jpy", "cny", "inr", "cad", "aud", "chf")

UNIT_KINDS: dict[str, UnitKind] = {
    k.name: k
    for k in (
        UnitKind("count", (), False, None,
                 "any other unit (countries, people, kg/m²): the words state a bare figure"),
        UnitKind("percent", ("percent", "%", "per cent"), True, 100,
                 "a percentage: shares read as percentages (`1 in 5` is about 20)"),
        UnitKind("points", ("percentage points", "percentage point", "points", "pp"), True,
                 None, "a difference of percentages, never a percentage"),
        UnitKind("times", ("times", "ratio", "multiple"), True, 1,
                 "a multiple: `twice`, `1:1`, `ten times`; shares read as ratios"),
        *(UnitKind(code, (code,), True, None, f"money in {code.upper()}")
          for code in CURRENCY_CODES),
        UnitKind("per 1000", ("per 1000", "per 1,000", "per thousand"), True, None,
                 "a rate per 1,000"),
        UnitKind("per 100000", ("per 100000", "per 100,000", "per 100 000"), True, None,
                 "a rate per 100,000"),
        UnitKind("degrees-c", ("°c", "degrees c", "degrees celsius", "celsius"), True, None,
                 "a temperature (or anomaly) in degrees Celsius"),
        UnitKind("degrees-f", ("°f", "degrees f", "degrees fahrenheit", "fahrenheit"), True,
                 None, "a temperature (or anomaly) in degrees Fahrenheit"),
    )
}

_BY_UNIT = {u: k.name for k in UNIT_KINDS.values() for u in k.quantity_units}
# "deaths per 100,000 people": a rate, whatever it counts.
_RATE = _regex.compile(r"\bper (1,?000|100,?000|100 000|thousand)\b")

#: The units the words may state, each with the kinds of quantity that accept it.  A
#: bare figure (no unit in the words) fits every quantity.
_WORD_UNITS: dict[str, frozenset[str]] = {
    "percent": frozenset({"percent"}),
    "points": frozenset({"points"}),
    "times": frozenset({"times"}),
    "share": frozenset(k.name for k in UNIT_KINDS.values() if k.share_scale is not None),
    "degrees": frozenset({"degrees-c", "degrees-f"}),
    "degrees-c": frozenset({"degrees-c"}),
    "degrees-f": frozenset({"degrees-f"}),
    "per 1000": frozenset({"per 1000"}),
    "per 100000": frozenset({"per 100000"}),
    **{code: frozenset({code}) for code in CURRENCY_CODES},
}
WORD_UNITS = tuple(_WORD_UNITS)


def unit_kind(unit: str) -> str:
    """Return the kind (a key of `UNIT_KINDS`) of a quantity's `unit` text.

    Case and runs of spaces do not matter; a unit naming a rate ("deaths per 100,000") is a
    rate; any unit not in the table is a "count" (its values whole unless the quantity says
    `continuous: true`).
    """
    text = " ".join(unit.lower().split())
    kind = _BY_UNIT.get(text)
    if kind is not None:
        return kind
    m = _RATE.search(text)
    if m is not None:
        return "per 1000" if m.group(1) in ("1000", "1,000", "thousand") else "per 100000"
    return "count"


def accepts(kind: str, word_unit: str | None) -> bool:
    """Return whether a quantity of unit kind `kind` takes a figure the words state in
    `word_unit` (`None`: a bare figure, which fits every quantity)."""
    return word_unit is None or kind in _WORD_UNITS[word_unit]


def describe_unit(word_unit: str) -> str:
    """Return the words' unit as a reader names it ("a percentage", "money in USD")."""
    names = {"percent": "a percentage", "points": "percentage points", "times": "a multiple",
             "share": "a share (a fraction of a whole)", "degrees": "degrees",
             "degrees-c": "degrees Celsius", "degrees-f": "degrees Fahrenheit",
             "per 1000": "a rate per 1,000", "per 100000": "a rate per 100,000"}
    return names.get(word_unit, f"money in {word_unit.upper()}")


def quantity_unit_for(word_unit: str) -> str:
    """Return the `unit:` a quantity needs to take a figure the words state in `word_unit`
    (for drafts: "percent" for a share, "°C" for degrees)."""
    if word_unit == "share":
        return "percent"
    if word_unit == "degrees":
        return "°C"
    kind = UNIT_KINDS[word_unit]
    return kind.quantity_units[0] if word_unit not in ("per 1000", "per 100000") \
        else kind.quantity_units[1]
