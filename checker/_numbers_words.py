"""Words to tokens and number words to values (layer 2, a private part of `checker.numbers`).

`tokenize()` folds typographic variants and splits a `says` into figures, words and
symbols (joining hyphenated number words, keeping a sign or a range dash);
`parse_number_words()` reads English number words ("one hundred and seventy-six");
`match()` finds the longest phrase of a word table at a position.  `SaysError` is the one
error of the grammar.  Imports only the stdlib and `checker._numbers_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

from checker import _regex
from checker._frozen import record
from checker._numbers_forms import CURRENCIES, SCALE_ABBREVIATIONS, SCALES, TENS, UNITS, Phrase

DIGITS_OK = _regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")

_TOKEN = _regex.compile(
    r"(?P<space>\s+)|(?P<num>[0-9][0-9,.]*)|(?P<word>[a-z]+)"
    r"|(?P<sym>>=|<=|\+/-|[%+\-$€£¥><~≈±:°×≥≤])|.", re.DOTALL
)

# Typographic variants folded before tokenising: no-break spaces, Unicode hyphens, the
# minus sign and the dashes (an en dash joins a range, "40–50").
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2010": "-",
                       "\u2011": "-", "\u2212": "-", "\u2013": "-", "\u2014": "-"})

# Letters a figure may carry glued to it: "$382b", "€3bn", "10x", "5pp".
_GLUED = frozenset([*SCALE_ABBREVIATIONS, "x", "pp"])

class SaysError(ValueError):
    """The words of a `says` are not in the grammar; the message names the problem."""

@record
class Token:
    """One token of a `says`: a figure ("num"), a word or a symbol; `glued` when no space
    stands before it."""

    kind: str  # "num" | "word" | "sym"
    text: str
    glued: bool = False  # no space before it

def tokenize(says: str) -> list[Token]:
    """Return the tokens of `says` (lower-cased, folded); raise `SaysError` for a
    character or a figure the grammar does not know."""
    text = says.translate(_FOLD).lower()
    tokens: list[Token] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind is None:
            if m.group() == "/":
                raise SaysError("unexpected character '/': write a fraction in words "
                                "('two-thirds') or as a share ('2 in 3')")
            raise SaysError(f"unexpected character {m.group()!r}")
        glued = m.start() == prev_end
        prev_end = m.end()
        word = m.group()
        if kind == "num" and not DIGITS_OK.fullmatch(word):
            raise SaysError(f"malformed figure {word!r} (write 1,234 or 2.5)")
        tokens.append(Token(kind, word, glued))
        after = text[m.end(): m.end() + 1]
        if kind == "num" and after.isalpha():
            tail = re.match(r"[a-z]+", text[m.end():])
            if tail is None or tail.group() not in _GLUED:
                raise SaysError(f"figure glued to a word: {text[m.start():].split()[0]!r}")
    out: list[Token] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if tok.text == "-":
            prev = out[-1] if out else None
            if nxt is not None and nxt.glued and prev is not None and tok.glued and \
                    prev.kind in ("word", "num") and nxt.kind == "word":
                if prev.kind == "num" and nxt.text not in ("fold",):
                    raise SaysError(f"a hyphen joins a figure and {nxt.text!r}")
                continue  # "seventy-five", "two-thirds", "one-in-three", "5-fold"
            if nxt is not None and nxt.text in CURRENCIES and not nxt.text.isalpha() \
                    and (prev is None or not tok.glued) and nxt.glued \
                    and k + 2 < len(tokens) and tokens[k + 2].kind == "num":
                # "-$5 billion": the sign belongs to the figure after the currency.
                out.append(nxt)
                tokens[k + 1] = Token("sym", "-", True)
                continue
            if nxt is None or (prev is None and nxt.kind != "num"):
                raise SaysError("a hyphen must join number words, start a negative figure "
                                "('-0.3%') or join a range ('40-50')")
            if nxt.text == "-":
                raise SaysError("two hyphens in a row")
        if tok.text == "us" and nxt is not None and nxt.text == "$" and nxt.glued:
            out.append(Token("sym", "us$", tok.glued))
            continue
        if tok.text == "$" and out and out[-1].text == "us$":
            continue
        out.append(tok)
    return out

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

_PHRASE_INDEX: dict[int, dict[str, list[tuple[Phrase, object]]]] = {}

def match(tokens: list[Token], i: int, table: Mapping[Phrase, object]) -> tuple[object, int]:
    """Return the value of the longest phrase of `table` at ``tokens[i:]`` (None if no
    phrase stands there) and the index after it."""
    # Longest phrase of `table` at tokens[i:]; returns (its value or None, next index).
    if i >= len(tokens):
        return (None, i)
    index = _PHRASE_INDEX.get(id(table))
    if index is None:
        index = {}
        for phrase, value in table.items():
            index.setdefault(phrase[0], []).append((phrase, value))
        for phrases in index.values():
            phrases.sort(key=lambda item: -len(item[0]))
        _PHRASE_INDEX[id(table)] = index
    for phrase, value in index.get(tokens[i].text, ()):
        end = i + len(phrase)
        if end <= len(tokens) and all(tokens[i + k].text == w for k, w in enumerate(phrase)):
            return (value, end)
    return (None, i)

def exact(digits: str) -> Fraction:
    """Return the exact value of a figure in digits ("1,234", "2.5")."""
    # The exact value of a figure in digits ("1,234", "2.5"); whole ones skip the
    # string parser of `Fraction`, several times slower than `int`.
    plain = digits.replace(",", "")
    return Fraction(int(plain)) if "." not in plain else Fraction(plain)
