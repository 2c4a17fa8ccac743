"""The word tables of the `says` grammar (layer 2, a private part of `checker.numbers`).

Every number form the grammar reads is one row of one table here: qualifiers, shares and
fractions, multipliers, scales, currencies, units, direction words, the words it refuses.
The parser (`checker.numbers`) and the mention scanner (`checker.mentions`) are built from
these tables, and `tests/test_numbers_forms.py` checks that every row's phrase is listed
in docs/numbers.md, so a new form is one row here, its docs line and its tests.
Imports only the stdlib.
"""

from __future__ import annotations

from typing import TypeVar

from checker._frozen import record

Phrase = tuple[str, ...]
_T = TypeVar("_T")


@record
class QualifierRule:
    """How a qualifier turns the figure `v` into an interval (`rule`, as docs/numbers.md
    writes it); `rounded` whether the figure's rounding range is part of it (only for
    "about" and a plain figure: bound qualifiers take the figure as written)."""

    name: str
    rule: str
    rounded: bool = False


#: Every qualifier, by name.  `t` is the tolerance; the floor is 0 (−∞ on a signed quantity).
QUALIFIERS: dict[str, QualifierRule] = {
    q.name: q
    for q in (
        QualifierRule("at-least", "[v, ∞)"),
        QualifierRule("plus", "[v, ∞)"),
        QualifierRule("more-than", "(v, ∞)"),
        QualifierRule("just-over", "(v, v·(1+t)]"),
        QualifierRule("at-most", "[floor, v]"),
        QualifierRule("fewer-than", "[floor, v)"),
        QualifierRule("nearly", "[v·(1−t), v)"),
        QualifierRule("about", "[v·(1−t), v·(1+t)], widened to the rounding range", rounded=True),
        QualifierRule("mark", "the figure's reading", rounded=True),
    )
}


def _rows(names: str, value: _T) -> dict[Phrase, _T]:
    # "at least|no fewer than" -> {("at", "least"): value, ("no", "fewer", "than"): value}
    return {tuple(p.split()): value for p in names.split("|")}


#: Qualifier phrases before the figure (or before its currency symbol) → qualifier name.
PREFIX_QUALIFIERS: dict[Phrase, str] = {
    **_rows("at least|no fewer than|no less than|not less than|a minimum of|upwards of"
            "|equal to or greater than|greater than or equal to|equal to or more than"
            "|at or above|≥|>=", "at-least"),
    **_rows("over|more than|above|in excess of|greater than|well over|well above"
            "|exceeds|exceeding|>", "more-than"),
    **_rows("slightly more than|just over|slightly over|just above|slightly above"
            "|a little over|a little more than", "just-over"),
    **_rows("at most|up to|no more than|not more than|a maximum of"
            "|equal to or less than|less than or equal to|at or below|≤|<=", "at-most"),
    **_rows("fewer than|less than|under|below|<", "fewer-than"),
    **_rows("nearly|almost|just under|close to|slightly less than|slightly under"
            "|just below|a little under|a little less than", "nearly"),
    **_rows("about|around|roughly|some|approximately|an estimated|circa|~|≈|approx",
            "about"),
    **_rows("the", "mark"),  # "the 40 percent mark": with the suffix "mark" only
}
#: Qualifier phrases after the figure (and its unit) → qualifier name.
SUFFIX_QUALIFIERS: dict[Phrase, str] = {
    ("+",): "plus",
    **_rows("or more|or higher|or above|or greater|or over|and above|and over", "at-least"),
    **_rows("or fewer|or less|or lower|or below|and under|and below", "at-most"),
    **_rows("or so", "about"),
    **_rows("mark", "mark"),
}

#: Vague plurals ("hundreds of") → (qualifier, unit taken as the value, closed interval).
VAGUE: dict[str, tuple[str, int, int, int]] = {
    "dozens": ("dozens-of", 12, 24, 99),
    "hundreds": ("hundreds-of", 100, 200, 999),
    "thousands": ("thousands-of", 1000, 2000, 999_999),
    "millions": ("millions-of", 10**6, 2 * 10**6, 999_999_999),
}

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
#: Abbreviated scales → (factor, whether only after a currency).  "m", "b" and "k" alone
#: may be metres, bytes or a grade: the grammar reads them only in a sum of money.
SCALE_ABBREVIATIONS: dict[str, tuple[int, bool]] = {
    "bn": (10**9, False), "tn": (10**12, False), "trn": (10**12, False),
    "mn": (10**6, False), "mln": (10**6, False),
    "k": (10**3, True), "m": (10**6, True), "b": (10**9, True),
}
#: Every word that may appear inside a number written in words ("a" only before a scale).
NUMBER_WORDS: frozenset[str] = frozenset([*UNITS, *TENS, "hundred", *SCALES])

#: Currency symbols and codes (before or after the figure) and names (after it) → code.
CURRENCIES: dict[str, str] = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollars": "usd",
    "€": "eur", "eur": "eur", "euros": "eur",
    "£": "gbp", "gbp": "gbp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy",
}

#: Unit words after a figure → the unit they state (a key of `checker.units._WORD_UNITS`).
UNIT_WORDS: dict[Phrase, str] = {
    **_rows("%|percent|per cent", "percent"),
    **_rows("percentage points|percentage point|points|point|pp|pts", "points"),
    **_rows("times|x|×|fold", "times"),
    **_rows("per 1,000|per 1000|per thousand", "per 1000"),
    **_rows("per 100,000|per 100000", "per 100000"),
    **_rows("°c|° c|degrees celsius|degrees c", "degrees-c"),
    **_rows("°f|° f|degrees fahrenheit|degrees f", "degrees-f"),
    **_rows("degrees|°", "degrees"),
}

#: Fraction words → denominator ("a third", "two-thirds").  "second" is an ordinal, never
#: a fraction, so halves are written "half".
FRACTIONS: dict[str, int] = {
    "half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
#: Share words with a bound of their own → (qualifier, numerator, denominator).
SHARE_WORDS: dict[Phrase, tuple[str, int, int]] = {
    **_rows("a majority|the majority|most|majority", ("more-than", 1, 2)),
    **_rows("a minority|minority", ("fewer-than", 1, 2)),
}
#: The words between the parts of a frequency ("1 in 5", "three out of four").
SHARE_JOINS: tuple[Phrase, ...] = tuple(_rows("in|out of|of every|in every", ""))

#: Multiplier words → (value, one unit of its last digit): "twice" is "two times".
MULTIPLIER_WORDS: dict[str, tuple[int | str, int | str]] = {
    **dict.fromkeys(("twice", "double", "doubled", "doubling", "twofold"), (2, 1)),
    **dict.fromkeys(("triple", "tripled", "treble", "trebled", "threefold", "thrice"), (3, 1)),
    **dict.fromkeys(("quadruple", "quadrupled", "fourfold"), (4, 1)),
    **dict.fromkeys(("halved", "halving"), ("0.5", "0.1")),
}
#: The words of a ratio "a to b" / "a:b" ("1.7 to 1", "one-to-one").
RATIO_JOINS: tuple[str, ...] = (":", "to")

#: Direction words → the sign of the change they state ("fell by 2%" is −2).  Followed
#: by "to", they name the new level instead ("rose to 9.9 percent" is 9.9).
DIRECTIONS: dict[Phrase, int] = {
    **_rows("rose|up|increased|grew|climbed|gained|jumped|soared|edged up|rising|grown"
            "|increasing|growing|risen|went up|a rise of|an increase of|a gain of", 1),
    **_rows("fell|down|dropped|declined|shrank|shrunk|contracted|decreased|slipped|lost"
            "|plunged|slumped|edged down|falling|fallen|dropping|declining|went down"
            "|a fall of|a drop of|a decline of|a decrease of", -1),
}

#: Words that name no number, or more than one: refused with the supported form to use.
AMBIGUOUS: dict[str, str] = {
    "several": "'several' names no number: give the claim a `value:`",
    "few": "'a few' names no number: give the claim a `value:`",
    "many": "'many' names no number: give the claim a `value:`",
    "numerous": "'numerous' names no number: give the claim a `value:`",
    "handful": "'a handful' names no number: give the claim a `value:`",
    "couple": "'a couple' may be two or a few: write 'two', or give a `value:`",
    "fraction": "'a fraction' names no share: give the claim a `value:`",
    "pounds": "'pounds' may be money or weight: write '£' or 'GBP'",
    "more": "'N times more' may mean N times or N + 1 times as much: "
            "shorten `says` to 'N times', or give a `value:`",
    "higher": "'N times higher' may mean N times or N + 1 times as much: "
              "shorten `says` to 'N times', or give a `value:`",
    "larger": "'N times larger' may mean N times or N + 1 times as much: "
              "shorten `says` to 'N times', or give a `value:`",
    "quadrillion": "scale words above trillion are not read: give the claim a `value:`",
    "second": "'second' is an ordinal, not a fraction: write 'half'",
    "seconds": "'seconds' is an ordinal or a time, not a fraction: give a `value:`",
    "record": "'a record' names no number: give the claim a `value:`",
}
