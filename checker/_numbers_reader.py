"""The reading of a `says` on a quantity's domain (layer 2, a private part of
`checker.numbers`).

`Reader` walks the tokens of a `says` left to right: a direction word, a share or
fraction word, a qualifier, a currency, figures (one, a range, a frequency "k in n", a
ratio, "v ± d"), their scale and unit, a suffix qualifier; each step looks up a table of
`checker._numbers_forms`.  `rounding_range()` and `qualify()` are the interval rules of
docs/numbers.md ("Figures and rounding", "Qualifiers").  `Domain` and `Stated` are the
public values `checker.numbers` exports.  Imports only the stdlib, the grammar's private
parts, `checker.units` and `checker.intervals`.
"""

from __future__ import annotations

import difflib
from fractions import Fraction

from checker._frozen import record
from checker._numbers_forms import (
    AMBIGUOUS,
    CURRENCIES,
    DIRECTIONS,
    FRACTIONS,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    PREFIX_QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SHARE_JOINS,
    SHARE_WORDS,
    SUFFIX_QUALIFIERS,
    UNIT_WORDS,
    UNITS,
    VAGUE,
    Phrase,
)
from checker._numbers_words import SaysError, Token, exact, match, parse_number_words
from checker.intervals import Interval
from checker.units import UNIT_KINDS, accepts, describe_unit

ROUNDING_MODES = ("half-up", "either")

_VOCABULARY = sorted({w for table in (PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, UNIT_WORDS,
                                      DIRECTIONS, SHARE_WORDS) for p in table for w in p
                      if w.isalpha()}
                     | set(NUMBER_WORDS) | set(FRACTIONS) | set(MULTIPLIER_WORDS)
                     | set(VAGUE) | {w for w in CURRENCIES if w.isalpha()})

_TIMES_MORE = ("more", "higher", "larger")  # ambiguous only after "N times"

_SHARE_JOINS: dict[Phrase, bool] = dict.fromkeys(SHARE_JOINS, True)

@record
class Domain:
    """What the words are read on: the quantity's unit kind and number domain.

    `kind` is the quantity's unit kind (a key of `checker.units.UNIT_KINDS`), or `None`
    to read the words in the unit they state (the mention scanner's view); `continuous`
    says every written figure stands for its rounding range (percent and real-valued
    quantities); `signed` allows negative values and direction words; `rounding` is
    "half-up" or "either".
    """

    kind: str | None = None
    continuous: bool = False
    signed: bool = False
    rounding: str = "half-up"

    @classmethod
    def of(cls, unit_kind: str, *, integer: bool, signed: bool = False,
           rounding: str = "half-up") -> Domain:
        """Return the domain of a quantity of unit kind `unit_kind`."""
        return cls(unit_kind, not integer, signed, rounding)

DEFAULT = Domain()
"""The domain `parse_says` reads on by default: the words' own unit, figures exact."""

SCAN = Domain(None, False, True)
"""The domain of the mention scanner: the words' own unit, negative figures allowed."""

@record
class Stated:
    """What the words of a `says` state.

    `text` is the input; `value` the figure as written (75, 2000000, 12.5, −9.9; for a
    share the percentage or ratio it names, for "hundreds of" the unit, 100, for a range
    its lower figure); `percent` whether the words state a percentage; `qualifier` the
    normalised qualifier (a key of `QUALIFIERS`, "range", "dozens-of" ...) or `None` for a
    plain figure; `interval` the real-valued interval the words assert; `unit` the unit
    the words state (see `checker.units.WORD_UNITS`), `None` for a bare figure;
    `mismatch` why that unit does not fit the quantity, else `None`.
    """

    text: str
    value: Fraction
    percent: bool
    qualifier: str | None
    interval: Interval
    unit: str | None = None
    mismatch: str | None = None

    def for_domain(self, integer: bool) -> Interval:
        """Return the interval on the quantity's domain.

        For whole-number quantities (`integer` true) that is the closed hull of the
        integers in `interval` (``(60, ∞)`` becomes ``[61, ∞)``; it may be empty, as
        for "2.5"); for real-valued quantities the interval unchanged.
        """
        if not integer:
            return self.interval
        signed = self.interval.lo is None or self.interval.lo < 0
        return self.interval.integers(None if signed else 0)

@record
class _Figure:
    # A figure as written: its value, one unit of its last significant digit, and the
    # factor of its scale word (1: none).
    value: Fraction
    step: Fraction
    scale: int = 1

    @property
    def scaled(self) -> bool:
        return self.scale != 1

def rounding_range(value: Fraction, step: Fraction, domain: Domain,
             floor: Fraction | None) -> Interval:
    # The values a figure written `value` with last digit `step` stands for.  Half-up
    # rounds a tie away from zero (51.5 is written 52, −9.85 is written −9.9); "either"
    # takes both ends.
    half = step / 2
    lo, hi = value - half, value + half
    if domain.rounding == "either":
        iv = Interval.of(lo, hi)
    elif value > 0 or (value == 0 and floor is not None):
        iv = Interval.of(lo, hi, hi_open=True)
    elif value == 0:
        iv = Interval.of(lo, hi, lo_open=True, hi_open=True)
    else:
        iv = Interval.of(lo, hi, lo_open=True)
    if floor is not None and lo < floor:
        iv = Interval.of(floor, iv.hi, False, iv.hi_open)
    return iv

def qualify(qualifier: str, v: Fraction, rounded: Interval, t: Fraction,
             floor: Fraction | None, cap: Fraction | None) -> Interval:
    # The interval of figure `v` (written; `rounded` its rounding range) under `qualifier`
    # (a row of QUALIFIERS), above `floor` and below `cap` (None: unbounded).
    width = abs(v) * t if qualifier in ("just-over", "nearly", "about") else v
    if qualifier in ("at-least", "plus"):
        iv = Interval.of(v, cap)
    elif qualifier == "more-than":
        iv = Interval.of(v, cap, lo_open=True)
    elif qualifier == "just-over":
        iv = Interval.of(v, v + width, lo_open=True)
    elif qualifier == "at-most":
        iv = Interval.of(floor, v)
    elif qualifier == "fewer-than":
        iv = Interval.of(floor, v, hi_open=True)
    elif qualifier == "nearly":
        iv = Interval.of(v - width, v, hi_open=True) if v >= 0 else \
            Interval.of(v, v + width, lo_open=True)
    elif qualifier == "about":
        iv = Interval.of(v - width, v + width).hull(rounded)
    elif qualifier == "mark" or qualifier is None:
        iv = rounded
    else:  # pragma: no cover - the table and this function are tested to agree
        raise AssertionError(f"qualifier {qualifier!r} has no rule")
    if floor is not None and (iv.lo is None or iv.lo < floor):
        iv = iv.intersect(Interval.of(floor, None))
    if cap is not None and (iv.hi is None or iv.hi > cap):
        iv = iv.intersect(Interval.of(None, cap))
    return iv


class Reader:
    """One pass over the tokens of a `says`, left to right; `read()` returns the
    `Stated`, or raises `SaysError`."""

    def __init__(self, says: str, tokens: list[Token], t: Fraction, domain: Domain) -> None:
        self.says, self.tokens, self.t, self.domain = says, tokens, t, domain
        self.i = 0
        self.magnitude = False  # reading the size of a change ("fell by 2%": 2%)

    # -- small helpers ----------------------------------------------------------
    def peek(self, k: int = 0) -> str | None:
        j = self.i + k
        return self.tokens[j].text if j < len(self.tokens) else None

    def unknown(self, word: str) -> SaysError:
        if word in AMBIGUOUS:
            return SaysError(AMBIGUOUS[word])
        vague = [t.text for t in self.tokens if t.text in AMBIGUOUS and t.text not in _TIMES_MORE]
        if vague:  # "a few", "a handful": name the word that says no number
            return SaysError(AMBIGUOUS[vague[0]])
        near = difflib.get_close_matches(word, _VOCABULARY, n=1, cutoff=0.75)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return SaysError(f"unknown word {word!r}{hint} (give the claim a `value:`)")

    def floor(self) -> Fraction | None:
        return None if self.domain.signed else Fraction(0)

    # -- the whole phrase --------------------------------------------------------
    def read(self) -> Stated:
        if not self.tokens:
            raise SaysError("no figure")
        sign, self.i = match(self.tokens, 0, DIRECTIONS)
        if sign is not None and self.tokens[self.i - 1].text == "up" and self.peek() == "to" \
                and self.i == 1:
            sign, self.i = None, 0  # "up to 10" is a bound, "edged up to 10" a level
        if sign is None:
            return self.body(self.domain)
        if self.peek() == "to":  # "rose to 9.9 percent": the new level
            self.i += 1
            return self.body(self.domain)
        if self.peek() == "by":
            self.i += 1
        if not self.domain.signed:
            word = " ".join(t.text for t in self.tokens[: self.i])
            raise SaysError(f"{word!r} states a change: give the quantity `signed: true` "
                            "(or quote the level, 'rose to 5%')")
        # The size of the change, read as on an unsigned quantity, then given its sign.
        self.domain = Domain(self.domain.kind, self.domain.continuous, False,
                             self.domain.rounding)
        self.magnitude = True
        magnitude = self.body(self.domain)
        if sign == 1:
            return magnitude
        iv = magnitude.interval
        flipped = Interval.of(None if iv.hi is None else -iv.hi,
                              None if iv.lo is None else -iv.lo, iv.hi_open, iv.lo_open)
        return Stated(self.says, -magnitude.value, magnitude.percent, magnitude.qualifier,
                      flipped, magnitude.unit, magnitude.mismatch)

    def finish(self, value: Fraction, qualifier: str | None, iv: Interval,
               unit: str | None) -> Stated:
        if self.i < len(self.tokens):
            raise self.unknown(self.tokens[self.i].text)
        if iv.is_empty():
            raise SaysError("the words state an empty range")
        if not self.domain.signed and iv.lo is not None and iv.lo < 0:
            raise SaysError(f"a negative figure ({self.says.strip()!r}) needs a signed "
                            "quantity: give the quantity `signed: true`")
        mismatch = None
        if unit is not None and self.domain.kind is not None \
                and not accepts(self.domain.kind, unit):
            mismatch = f"the words state {describe_unit(unit)}"
        return Stated(self.says, value, unit == "percent", qualifier, iv, unit, mismatch)

    def body(self, domain: Domain) -> Stated:
        tok = self.peek()
        if tok is None:  # "rose", "fell by": a direction word and nothing after it
            raise SaysError("no figure after "
                            f"{' '.join(t.text for t in self.tokens[: self.i])!r}")
        if tok in VAGUE:
            return self.vague()
        share, j = match(self.tokens, self.i, SHARE_WORDS)
        if share is not None:
            bound, k, n = SHARE_WORDS[tuple(t.text for t in self.tokens[self.i: j])]
            self.i = j
            return self.share_value(bound, Fraction(k, n), None)
        prefix, self.i = match(self.tokens, self.i, PREFIX_QUALIFIERS)
        qualifier = prefix if isinstance(prefix, str) else None
        if qualifier == "mark" and "mark" not in [t.text for t in self.tokens]:
            raise self.unknown("the")
        if self.peek() == "between" or self.peek() == "from":
            if qualifier is not None:
                raise SaysError(f"a qualifier before {self.peek()!r}")
            self.i += 1
            return self.figures(domain, "range-word")
        if self.peek() in MULTIPLIER_WORDS:
            value, step = MULTIPLIER_WORDS[self.peek() or ""]
            self.i += 1
            fig = _Figure(Fraction(value), Fraction(step))
            return self.single(fig, qualifier, "times")
        fraction = self.fraction()
        if fraction is not None:
            return self.share_value(qualifier, fraction, "fraction")
        return self.figures(domain, qualifier)

    def vague(self) -> Stated:
        word = self.peek() or ""
        vague, unit, lo, hi = VAGUE[word]
        rest = [tok.text for tok in self.tokens[self.i + 1:]]
        if rest not in ([], ["of"]):
            extra = rest[1] if rest[0] == "of" else rest[0]
            raise SaysError(f"unknown word {extra!r} after {word!r}")
        self.i = len(self.tokens)
        return self.finish(Fraction(unit), vague, Interval.of(lo, hi), None)

    # -- shares ------------------------------------------------------------------
    def share_scale(self) -> Fraction:
        kind = self.domain.kind
        scale = UNIT_KINDS[kind].share_scale if kind is not None else None
        return Fraction(scale if scale is not None else 100)

    def fraction(self) -> Fraction | None:
        # "half", "a third", "two-thirds", "three quarters", "one-fifth" at the cursor.
        j, numerator = self.i, 1
        word = self.peek()
        if word in ("a", "an", "one") or (word in UNITS and 2 <= UNITS[word] <= 9):
            numerator = 1 if word in ("a", "an", "one") else UNITS[word or ""]
            j += 1
        if j >= len(self.tokens):
            return None
        name = self.tokens[j].text
        plural = name.endswith("s") and name[:-1] in FRACTIONS and name != "halfs"
        base = name[:-1] if plural else name
        if base not in FRACTIONS or (j == self.i and base != "half"):
            return None
        denominator = FRACTIONS[base]
        if plural != (numerator > 1) or numerator >= denominator:
            raise SaysError(f"{' '.join(t.text for t in self.tokens[self.i: j + 1])!r} "
                            "is not a fraction (write 'two-thirds', 'a quarter')")
        self.i = j + 1
        return Fraction(numerator, denominator)

    def share_value(self, qualifier: str | None, share: Fraction,
                    form: str | None) -> Stated:
        # A share named in words: as the percentage (or ratio) it names, at the precision
        # of a whole percentage.
        scale = self.share_scale()
        v = share * scale
        rounded = rounding_range(v, scale / 100, self.domain, Fraction(0))
        iv = qualify(qualifier, v, rounded, self.t, Fraction(0), scale) if qualifier \
            else rounded
        del form
        return self.finish(v, qualifier, iv, "share")

    def frequency(self, k: _Figure, n: _Figure, qualifier: str | None) -> Stated:
        # "1 in 5": the share 1/n with n rounded; "4 in 10": k rounded out of exactly n.
        scale = self.share_scale()
        if n.value <= 0 or k.value <= 0 or k.value > n.value:
            raise SaysError("a share 'k in n' needs 0 < k ≤ n")
        v = scale * k.value / n.value
        if k.value == 1:
            nr = rounding_range(n.value, n.step, self.domain, Fraction(0))
            assert nr.lo is not None and nr.hi is not None
            lo = scale / Fraction(nr.hi)
            hi = scale / Fraction(nr.lo) if nr.lo > 0 else None
            rounded = Interval.of(lo, hi, nr.hi_open, nr.lo_open)
        else:
            kr = rounding_range(k.value, k.step, self.domain, Fraction(0))
            assert kr.lo is not None and kr.hi is not None
            rounded = Interval.of(scale * kr.lo / n.value, scale * kr.hi / n.value,
                                  kr.lo_open, kr.hi_open)
        rounded = rounded.intersect(Interval.of(0, scale))
        iv = qualify(qualifier, v, rounded, self.t, Fraction(0), scale) if qualifier \
            else rounded
        return self.finish(v, qualifier, iv, "share")

    # -- figures -------------------------------------------------------------------
    def currency(self) -> str | None:
        word = self.peek()
        if word is not None and word in CURRENCIES and not word.isalpha() or word in (
                "usd", "eur", "gbp", "jpy"):
            self.i += 1
            return CURRENCIES[word or ""]
        return None

    def figure(self, money: bool) -> _Figure:
        # [-|minus] (digits | number words) [scale], at the cursor.
        negative = False
        if self.peek() in ("-", "minus", "+"):
            negative = self.peek() != "+"
            if self.magnitude:
                raise SaysError("a direction word and a signed figure ('fell by 2%', "
                                "not 'fell by -2%')")
            if not self.domain.signed:
                raise SaysError(f"a signed figure ({self.says.strip()!r}) needs a signed "
                                "quantity: give the quantity `signed: true`")
            self.i += 1
        if self.i >= len(self.tokens):
            raise SaysError("no figure after the qualifier")
        tok = self.tokens[self.i]
        if tok.kind == "num":
            value = exact(tok.text)
            decimals = tok.text.partition(".")[2]
            step = Fraction(1, 10 ** len(decimals))
            self.i += 1
            scale = self.scale(money)
            fig = _Figure(value, step)
            if scale is not None:
                fig = _scaled(value, step, scale, bool(decimals))
        else:
            end = self.i
            while end < len(self.tokens) and (self.tokens[end].text in NUMBER_WORDS
                                              or self.tokens[end].text in ("and", "a")):
                end += 1
            while end > self.i and self.tokens[end - 1].text in ("and", "a"):
                end -= 1  # "seventy-five and ..." : the "and" is not part of the number
            if end == self.i:
                raise self.unknown(tok.text)
            words = [t.text for t in self.tokens[self.i: end]]
            value = Fraction(parse_number_words(words))
            self.i = end
            if words[-1] in SCALES:
                scale = SCALES[words[-1]]
                fig = _scaled(value / scale, Fraction(1), scale, False)
            else:
                fig = _Figure(value, Fraction(1))
        return _Figure(-fig.value, fig.step, fig.scale) if negative else fig

    def scale(self, money: bool) -> int | None:
        word = self.peek()
        if word in SCALES:
            self.i += 1
            return SCALES[word or ""]
        if word in SCALE_ABBREVIATIONS:
            factor, needs_money = SCALE_ABBREVIATIONS[word or ""]
            if needs_money and not (money or self.currency_follows()):
                spelled = {"k": "thousand", "m": "million", "b": "billion"}[word or ""]
                raise SaysError(f"{word!r} may be a unit, not a scale: write {spelled!r}")
            self.i += 1
            return factor
        return None

    def currency_follows(self) -> bool:
        nxt = self.peek(1)
        return nxt is not None and nxt in CURRENCIES

    def unit_after(self) -> str | None:
        unit, self.i = match(self.tokens, self.i, UNIT_WORDS)
        if unit is not None:
            return str(unit)
        word = self.peek()
        if word is not None and word in CURRENCIES:
            self.i += 1
            return "money:" + CURRENCIES[word]
        return None

    def figures(self, domain: Domain, qualifier: str | None) -> Stated:
        # A figure, a range of two, a frequency "k in n", a ratio "a:b", or "v ± d".
        range_word = qualifier == "range-word"
        if range_word:
            qualifier = None
            opener = self.tokens[self.i - 1].text
        money = self.currency()
        first = self.figure(money is not None)
        unit1 = self.unit_after()
        join = self.peek()
        share_join, j = match(self.tokens, self.i, _SHARE_JOINS)
        if share_join and unit1 is None and money is None and not range_word:
            self.i = j
            second = self.figure(False)
            return self.frequency(first, second, qualifier)
        if join == ":" or (join == "to" and unit1 is None and money is None
                            and not range_word and self.ratio_to_one()):
            self.i += 1
            second = self.figure(False)
            if second.value <= 0:
                raise SaysError("a ratio 'a:b' needs b > 0")
            rounded = self.rounding_of(first, True, None)
            iv = Interval.of(Fraction(rounded.lo or 0) / second.value,
                             None if rounded.hi is None else Fraction(rounded.hi) / second.value,
                             rounded.lo_open, rounded.hi_open)
            v = first.value / second.value
            unit = self.unit_after()
            if unit is not None and unit != "times":
                raise SaysError("a ratio 'a:b' is a multiple, not "
                                f"{describe_unit(unit.removeprefix('money:'))}")
            final = qualify(qualifier, v, iv, self.t, self.floor(), None) if qualifier else iv
            return self.suffixed(v, qualifier, final, "times", iv, first)
        if join in ("-", "to") or (range_word and join in ("and", "to")):
            if range_word and join != ("and" if opener == "between" else "to"):
                raise SaysError(f"{opener!r} ... {join!r}: write 'between 40 and 50' or "
                                "'from 40 to 50'")
            if qualifier not in (None, "about"):
                raise SaysError(f"the qualifier {qualifier!r} before a range")
            self.i += 1
            money2 = self.currency()
            second = self.figure(money is not None or money2 is not None)
            unit2 = self.unit_after()
            if money2 is not None and money is not None and money2 != money:
                raise SaysError("the ends of the range are in different currencies")
            unit = self.combine(money or money2, unit2, unit1)
            if not first.scaled and second.scaled:  # "1-2 billion": one scale for both
                first = _scaled(first.value, first.step, second.scale, first.step < 1)
            return self.range(first, second, qualifier, unit)
        if join in ("±", "+/-"):
            self.i += 1
            margin = self.figure(money is not None)
            unit = self.combine(money, self.unit_after(), unit1)
            lo, hi = first.value - margin.value, first.value + margin.value
            return self.suffixed(first.value, "±", Interval.of(lo, hi), unit, None, first)
        if range_word:
            raise SaysError(f"{opener!r} needs a range: write 'between 40 and 50' or "
                            "'from 40 to 50'")
        return self.single(first, qualifier, self.combine(money, unit1, None))

    def single(self, fig: _Figure, qualifier: str | None, unit: str | None) -> Stated:
        # One figure with its unit: its rounding range under its qualifier.
        if fig.scaled and unit == "percent":
            raise SaysError("a scale word and a percentage do not go together")
        rounded = self.rounding_of(fig, unit is not None, unit)
        final = self.apply(qualifier, fig.value, rounded, unit)
        return self.suffixed(fig.value, qualifier, final, unit, rounded, fig)

    def ratio_to_one(self) -> bool:
        nxt = self.peek(1)
        return nxt in ("1", "one") and self.peek(2) in (None, "times")

    def combine(self, money: str | None, unit: str | None, earlier: str | None) -> str | None:
        # The one unit of a figure (or range): a currency before it, a unit after it (or
        # after the range's first end); two different ones are refused.
        units = {u.removeprefix("money:") for u in (unit, earlier) if u is not None}
        if money is not None:
            units.add(money)
        if len(units) > 1:
            raise SaysError("two units: " + " and ".join(describe_unit(u) for u in sorted(units)))
        return units.pop() if units else None

    def rounding_of(self, fig: _Figure, has_unit: bool, unit: str | None) -> Interval:
        # Figures stand for their rounding range on real-valued domains, with a scale
        # word, or with a unit of their own; counts written plainly are exact.
        if fig.scaled or has_unit or self.domain.continuous:
            return rounding_range(fig.value, fig.step, self.domain, self.floor())
        del unit
        return Interval.point(fig.value)

    def apply(self, qualifier: str | None, v: Fraction, rounded: Interval,
              unit: str | None) -> Interval:
        if qualifier is None:
            return rounded
        cap = None
        del unit
        return qualify(qualifier, v, rounded, self.t, self.floor(), cap)

    def range(self, a: _Figure, b: _Figure, qualifier: str | None,
              unit: str | None) -> Stated:
        ra = self.rounding_of(a, unit is not None, unit)
        rb = self.rounding_of(b, unit is not None, unit)
        if not a.value < b.value:
            raise SaysError("the ends of the range are out of order (write the lower first)")
        iv = Interval(ra.lo, rb.hi, ra.lo_open, rb.hi_open)
        if qualifier == "about":
            iv = Interval.of(a.value - abs(a.value) * self.t,
                             b.value + abs(b.value) * self.t).hull(iv)
        if self.i < len(self.tokens) and match(self.tokens, self.i, SUFFIX_QUALIFIERS)[0]:
            raise SaysError("a qualifier after a range")
        return self.finish(a.value, "range" if qualifier is None else "about-range", iv, unit)

    def suffixed(self, value: Fraction, qualifier: str | None, iv: Interval,
                 unit: str | None, rounded: Interval | None, fig: _Figure) -> Stated:
        # The suffix qualifier ("75 or more", "50+", "the 40 percent mark"), then the end.
        suffix, j = match(self.tokens, self.i, SUFFIX_QUALIFIERS)
        if isinstance(suffix, str):
            self.i = j
            if qualifier == "mark" and suffix == "mark":
                return self.finish(value, "mark", iv, unit)
            if suffix == "mark":
                raise SaysError("unknown word 'mark' (write 'the 40 percent mark')")
            if qualifier is not None:
                raise SaysError("two qualifiers")
            if rounded is None:
                raise SaysError(f"a qualifier after {self.tokens[j - 1].text!r}")
            iv = self.apply(suffix, value, rounded, unit)
            return self.finish(value, suffix, iv, unit)
        if qualifier == "mark":
            raise self.unknown("the")
        del fig
        if self.peek() in ("more", "higher", "larger") and unit == "times":
            raise SaysError(AMBIGUOUS[self.peek() or ""])
        return self.finish(value, qualifier, iv, unit)

def _scaled(value: Fraction, step: Fraction, scale: int, decimals: bool) -> _Figure:
    # A figure with a scale word: it stands for its rounding range at its last significant
    # digit.  Trailing zeros of a whole figure before a scale word are not significant
    # ("380 billion" may be a rounded 382 billion: one unit is 10 billion); written
    # decimals are ("3.80 billion": 0.01 billion).
    if not decimals:
        n = int(value)
        while n and n % 10 == 0:
            n //= 10
            step *= 10
    return _Figure(value * scale, step * scale, scale)
