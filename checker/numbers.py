"""The `says` grammar: what a stated number means (layer 2, analysis).

`parse_says()` turns the words of a claim that state its value ("at least seventy-five",
"over 60", "51 percent", "2.5 million", "hundreds of") into a `Stated`: the figure as
written, its qualifier, and the real-valued `Interval` the words assert (DESIGN.md §4).
`Stated.for_domain()` restricts that interval to whole numbers for counts.

The grammar is small, strict and table-driven: digits with thousands separators and
decimals, English number words up to the trillions, the scale words thousand to trillion,
percent signs and words, and the qualifier phrases in `PREFIX_QUALIFIERS`,
`SUFFIX_QUALIFIERS` and `VAGUE`.  Anything else is a `SaysError` naming the word it does
not know; the loader turns that into a load error asking for `value:`.  docs/numbers.md
documents the grammar.  Imports only the stdlib and `checker.intervals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from checker.intervals import Interval

__all__ = [
    "MAX_SAYS_LENGTH",
    "NUMBER_WORDS",
    "PREFIX_QUALIFIERS",
    "SCALES",
    "SUFFIX_QUALIFIERS",
    "VAGUE",
    "SaysError",
    "Stated",
    "parse_says",
    "parse_number_words",
]

MAX_SAYS_LENGTH = 200

UNITS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    word: 10 * n
    for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
#: Every word that may appear inside a number written in words ("a" only before a scale).
NUMBER_WORDS: frozenset[str] = frozenset([*UNITS, *TENS, "hundred", *SCALES])

#: Qualifier phrases before the figure → normalised qualifier.
PREFIX_QUALIFIERS: dict[tuple[str, ...], str] = {
    **dict.fromkeys(
        [("at", "least"), ("no", "fewer", "than"), ("no", "less", "than"),
         ("not", "less", "than"), ("a", "minimum", "of")],
        "at-least",
    ),
    **dict.fromkeys(
        [("over",), ("more", "than"), ("above",), ("in", "excess", "of"), ("greater", "than")],
        "more-than",
    ),
    **dict.fromkeys(
        [("at", "most"), ("up", "to"), ("no", "more", "than"), ("not", "more", "than"),
         ("a", "maximum", "of")],
        "at-most",
    ),
    **dict.fromkeys([("fewer", "than"), ("less", "than"), ("under",), ("below",)], "fewer-than"),
    **dict.fromkeys([("nearly",), ("almost",), ("just", "under"), ("close", "to")], "nearly"),
    **dict.fromkeys(
        [("about",), ("around",), ("roughly",), ("some",), ("approximately",),
         ("an", "estimated"), ("circa",)],
        "about",
    ),
}
#: Qualifier phrases after the figure → normalised qualifier.
SUFFIX_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("+",): "plus",
    ("or", "more"): "at-least",
    ("or", "fewer"): "at-most",
    ("or", "less"): "at-most",
    ("or", "so"): "about",
}
#: Vague plurals ("hundreds of") → (qualifier, unit taken as the value, closed interval).
VAGUE: dict[str, tuple[str, int, int, int]] = {
    "dozens": ("dozens-of", 12, 24, 99),
    "hundreds": ("hundreds-of", 100, 200, 999),
    "thousands": ("thousands-of", 1000, 2000, 999_999),
    "millions": ("millions-of", 10**6, 2 * 10**6, 999_999_999),
}

_DIGITS_OK = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
# A lower-case qualifier phrase and a plain figure, single-spaced: read without the grammar.
_QUALIFIED_FIGURE = re.compile(
    r"([a-z]+(?: [a-z]+){0,2}) ([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)")
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<num>[0-9][0-9,.]*)|(?P<word>[a-z]+)|(?P<sym>[%+-])|.", re.DOTALL
)
# Typographic variants folded before tokenising (no-break spaces, Unicode hyphens).
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2010": "-",
                       "\u2011": "-"})


class SaysError(ValueError):
    """The words of a `says` are not in the grammar; the message names the problem."""


@dataclass(frozen=True, slots=True)
class Stated:
    """What the words of a `says` state.

    `text` is the input; `value` the figure as written (75, 2000000, 12.5; for "hundreds
    of" the unit, 100); `percent` whether it is a percentage; `qualifier` the normalised
    qualifier ("at-least", "more-than", "at-most", "fewer-than", "nearly", "about",
    "dozens-of", "hundreds-of", "thousands-of", "millions-of", "plus") or `None` for a
    plain figure; `interval` the real-valued interval the words assert.
    """

    text: str
    value: Fraction
    percent: bool
    qualifier: str | None
    interval: Interval

    def for_domain(self, integer: bool) -> Interval:
        """Return the interval on the quantity's domain.

        For whole-number quantities (`integer` true) that is the closed hull of the
        integers ≥ 0 in `interval` (``(60, ∞)`` becomes ``[61, ∞)``; it may be empty, as
        for "2.5"); for real-valued quantities the interval unchanged.
        """
        return self.interval.integers() if integer else self.interval


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num" | "word" | "sym"
    text: str


def _tokenize(says: str) -> list[_Token]:
    text = says.translate(_FOLD).lower()
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind is None:
            raise SaysError(f"unexpected character {m.group()!r}")
        tokens.append(_Token(kind, m.group()))
        if kind == "num" and not _DIGITS_OK.fullmatch(m.group()):
            raise SaysError(f"malformed figure {m.group()!r} (write 1,234 or 2.5)")
        after = text[m.end() : m.end() + 1]
        if kind == "num" and after.isalpha():
            raise SaysError(f"figure glued to a word: {text[m.start():].split()[0]!r}")
        if m.group() == "-":
            before = text[m.start() - 1 : m.start()]
            if not (before.isalpha() and after.isalpha()):
                raise SaysError("a hyphen may only join number words (negative numbers "
                                "and ranges are not supported)")
    return [t for t in tokens if t.text != "-"]


def parse_number_words(words: list[str]) -> int:
    """Return the value of an English number written in `words` ("one hundred and six").

    `words` are lower-case, without hyphens.  Accepts "and" after a hundred or a scale
    word and "a" for one before "hundred" or a scale word; scales must decrease ("a
    thousand million" is refused).  Raises `SaysError` when the words are not a number.
    """
    if words == ["zero"]:
        return 0
    total, i, n = 0, 0, len(words)
    previous_scale: int | None = None
    while True:
        group, i = _below_thousand(words, i)
        if i < n and words[i] in SCALES:
            scale = SCALES[words[i]]
            if previous_scale is not None and scale >= previous_scale:
                raise SaysError(f"scale words out of order at {words[i]!r}")
            total, previous_scale, i = total + group * scale, scale, i + 1
            if i == n:
                return total
            if words[i] in SCALES:
                raise SaysError(f"{words[i - 1]!r} followed by {words[i]!r}")
            if words[i] == "and":
                i += 1
                if i == n:
                    raise SaysError("number words end in 'and'")
            continue
        if i != n:
            raise SaysError(f"unexpected word {words[i]!r} in a number")
        return total + group


def _below_thousand(words: list[str], i: int) -> tuple[int, int]:
    # One group below a thousand: [unit|a] hundred [and] [below-hundred] | below-hundred.
    n = len(words)
    if i >= n:
        raise SaysError("number words end early")
    if words[i] == "a" and i + 1 < n and (words[i + 1] == "hundred" or words[i + 1] in SCALES):
        if words[i + 1] in SCALES:
            return 1, i + 1
        hundreds, i = 1, i + 1
    elif i + 1 < n and words[i + 1] == "hundred" and 1 <= UNITS.get(words[i], 0) <= 9:
        hundreds, i = UNITS[words[i]], i + 1
    else:
        return _below_hundred(words, i)
    i += 1  # the word "hundred"
    if i < n and words[i] == "and":
        if i + 1 == n:
            raise SaysError("number words end in 'and'")
        rest, i = _below_hundred(words, i + 1)
        return hundreds * 100 + rest, i
    if i < n and (words[i] in TENS or 1 <= UNITS.get(words[i], 0)):
        rest, i = _below_hundred(words, i)
        return hundreds * 100 + rest, i
    return hundreds * 100, i


def _below_hundred(words: list[str], i: int) -> tuple[int, int]:
    word = words[i]
    if word in TENS:
        if i + 1 < len(words) and 1 <= UNITS.get(words[i + 1], 0) <= 9:
            return TENS[word] + UNITS[words[i + 1]], i + 2
        return TENS[word], i + 1
    if word in UNITS and word != "zero":
        return UNITS[word], i + 1
    raise SaysError(f"{word!r} is not a number word here")


def _by_first_word(table: dict[tuple[str, ...], str]
                   ) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    # The phrases of `table` by their first word, longest first (in table order within a
    # length, as the search below needs).
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, qualifier in table.items():
        out.setdefault(phrase[0], []).append((phrase, qualifier))
    for phrases in out.values():
        phrases.sort(key=lambda item: -len(item[0]))
    return out


_PHRASES_BY_TABLE: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


def _match_phrase(tokens: list[_Token], i: int,
                  table: dict[tuple[str, ...], str]) -> tuple[str | None, int]:
    # Longest phrase of `table` at tokens[i:]; returns (qualifier, next index).
    if i >= len(tokens):
        return (None, i)
    index = _PHRASES_BY_TABLE.get(id(table))
    if index is None:
        index = _PHRASES_BY_TABLE[id(table)] = _by_first_word(table)
    for phrase, qualifier in index.get(tokens[i].text, ()):
        end = i + len(phrase)
        if end <= len(tokens) and all(tokens[i + k].text == w for k, w in enumerate(phrase)):
            return (qualifier, end)
    return (None, i)


def _exact(digits: str) -> Fraction:
    # The exact value of a figure in digits ("1,234", "2.5"); whole ones skip the
    # string parser of `Fraction`, several times slower than `int`.
    plain = digits.replace(",", "")
    return Fraction(int(plain)) if "." not in plain else Fraction(plain)


def parse_says(says: str, *, tolerance: Fraction = Fraction(1, 10)) -> Stated:
    """Parse the words `says` of a claim into a `Stated` (DESIGN.md §4).

    `tolerance` is the relative tolerance t of "about" ([v(1−t), v(1+t)]) and "nearly"
    ([v(1−t), v)), between 0 and 1.  Matching is case-insensitive and ignores surrounding
    whitespace.  Raises `SaysError` (never another exception) when `says` is empty, longer
    than `MAX_SAYS_LENGTH`, holds a word the grammar does not know, or states nothing.
    """
    if not isinstance(says, str):
        raise SaysError(f"says must be text, not {type(says).__name__}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | Fraction) \
            or not 0 <= tolerance < 1:
        raise SaysError(f"tolerance must be a Fraction in [0, 1), not {tolerance!r}")
    tolerance = Fraction(tolerance)
    if len(says) > MAX_SAYS_LENGTH:
        raise SaysError(f"says is longer than {MAX_SAYS_LENGTH} characters")
    if _DIGITS_OK.fullmatch(says):  # a plain figure ("63", "1,234", "2.5"): exact
        value = _exact(says)
        return Stated(says, value, False, None, Interval.point(value))
    quick = _QUALIFIED_FIGURE.fullmatch(says)  # "more than 1,234": the commonest phrase
    if quick is not None:
        qualifier = PREFIX_QUALIFIERS.get(tuple(quick.group(1).split(" ")))
        if qualifier is not None:
            value = _exact(quick.group(2))
            interval = _interval(value, None, qualifier, tolerance)
            if not interval.is_empty():
                return Stated(says, value, False, qualifier, interval)
    try:
        return _parse(says, _tokenize(says), tolerance)
    except SaysError as exc:
        raise SaysError(f"cannot read {says.strip()!r}: {exc}") from None


def _parse(says: str, tokens: list[_Token], t: Fraction) -> Stated:
    if not tokens:
        raise SaysError("no figure")
    if tokens[0].text in VAGUE:
        vague, unit, lo, hi = VAGUE[tokens[0].text]
        rest = [tok.text for tok in tokens[1:]]
        if rest not in ([], ["of"]):
            extra = rest[1] if rest[0] == "of" else rest[0]
            raise SaysError(f"unknown word {extra!r} after {tokens[0].text!r}")
        return Stated(says, Fraction(unit), False, vague, Interval.of(lo, hi))
    prefix, i = _match_phrase(tokens, 0, PREFIX_QUALIFIERS)
    value, step, scaled, i = _figure(tokens, i)
    percent, i = _match_percent(tokens, i)
    if percent and scaled:
        raise SaysError("a scale word and a percentage do not go together")
    suffix, i = _match_phrase(tokens, i, SUFFIX_QUALIFIERS)
    if i < len(tokens):
        raise SaysError(f"unknown word {tokens[i].text!r} (give the claim a `value:`)")
    if prefix is not None and suffix is not None:
        raise SaysError("two qualifiers")
    qualifier = prefix or suffix
    # Percentages and scaled figures stand for their rounding range; other figures are exact.
    interval = _interval(value, step if percent or scaled else None, qualifier, t)
    if interval.is_empty():
        raise SaysError("the words state an empty range")
    return Stated(says, value, percent, qualifier, interval)


def _figure(tokens: list[_Token], i: int) -> tuple[Fraction, Fraction, bool, int]:
    # The figure at tokens[i:]: (value, one unit in its last digit written, whether it
    # has a scale word, next index).
    if i >= len(tokens):
        raise SaysError("no figure after the qualifier")
    tok = tokens[i]
    if tok.kind == "num":
        value = _exact(tok.text)
        decimals = tok.text.partition(".")[2]
        step = Fraction(1, 10 ** len(decimals))
        i += 1
        if i < len(tokens) and tokens[i].text in SCALES:
            scale = SCALES[tokens[i].text]
            return value * scale, step * scale, True, i + 1
        return value, step, False, i
    end = i
    while end < len(tokens) and (tokens[end].text in NUMBER_WORDS
                                 or tokens[end].text in ("and", "a")):
        end += 1
    while end > i and tokens[end - 1].text in ("and", "a"):
        end -= 1  # "seventy-five and ..." : the "and" is not part of the number
    if end == i:
        raise SaysError(f"unknown word {tok.text!r} (give the claim a `value:`)")
    words = [t.text for t in tokens[i:end]]
    value = Fraction(parse_number_words(words))
    if words[-1] in SCALES:
        return value, Fraction(SCALES[words[-1]]), True, end
    return value, Fraction(1), False, end


def _match_percent(tokens: list[_Token], i: int) -> tuple[bool, int]:
    # "%", "percent" or "per cent" at tokens[i:]: (found, next index).
    texts = [t.text for t in tokens[i : i + 2]]
    if texts[:1] in (["%"], ["percent"]):
        return True, i + 1
    if texts == ["per", "cent"]:
        return True, i + 2
    return False, i


def _interval(value: Fraction, step: Fraction | None, qualifier: str | None,
              t: Fraction) -> Interval:
    rounded = (
        Interval.of(max(Fraction(0), value - step / 2), value + step / 2, hi_open=True)
        if step is not None
        else Interval.point(value)
    )
    if qualifier is None:
        return rounded
    if qualifier in ("at-least", "plus"):
        return Interval.of(value, None)
    if qualifier == "more-than":
        return Interval.of(value, None, lo_open=True)
    if qualifier == "at-most":
        return Interval.of(0, value)
    if qualifier == "fewer-than":
        return Interval.of(0, value, hi_open=True)
    if qualifier == "nearly":
        return Interval.of(value * (1 - t), value, hi_open=True)
    # "about": the tolerance, widened to the rounding range where that is wider.
    return Interval.of(value * (1 - t), value * (1 + t)).hull(rounded)
