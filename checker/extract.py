"""`claimcheck extract`: numeric mentions of a text as draft claims (layer 3).

Every mention the scanner finds (`checker.mentions.iter_mentions`: digits, number words,
percentages, scales, with their qualifiers) becomes a draft claim: the sentence that holds
it as `quote`, the phrase as `says`, and a comment with its line, its character offsets
and the interval the words state.  Probable years and dates become draft `ignore` entries
instead.  The output is YAML for a person to complete: it does not load until each
``quantity: TODO`` names a quantity (on purpose: a draft is not a claim).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.mentions import Mention, iter_mentions
from checker.snapshots import NormalText
from checker.units import quantity_unit_for

# A sentence ends at . ! ? (then any closing quotes or brackets) before whitespace, at a
# blank line, or at a line break; see `_is_abbreviation` for the full stops that do not.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"'\u201d\u2019)\]]*)[^\S\n]+|\n")
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st no nos vs e.g i.e jr sr fig approx".split())
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+\Z")  # "U.S.", "J.", "e.g."


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention, the sentence it stands in (its draft quote) and the 1-based line of its
    start."""

    mention: Mention
    sentence: str
    line: int


def _is_abbreviation(text: str, stop: int) -> bool:
    # Whether the full stop right before `stop` is not a sentence end: it closes initials
    # ("U.S.", "J.") or a known abbreviation ("Dr."), or a lowercase word follows it.
    if text[stop - 1] != ".":
        return False
    word = re.search(r"[A-Za-z.]+\Z", text[max(0, stop - 16):stop])
    if word is not None and (word.group().rstrip(".").lower() in _ABBREVIATIONS
                             or _INITIALS.search(word.group())):
        return True
    after = text[stop:stop + 40].lstrip(" \t\"'\u201c\u2018(")
    return after[:1].islower()


class Sentences:
    """The sentence ends of one text, found once: `span` is then a binary search.

    Scanning from the start of the text for every mention made `extract` quadratic in
    the text's size; the ends are the same for every mention.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._after: list[int] = []  # where the next sentence may start (match end)
        self._at: list[int] = []  # where the match starts
        self._close: list[int] = []  # where the sentence before it ends
        for m in _SENTENCE_END.finditer(text):
            if m.group() == "\n" or not _is_abbreviation(text, m.start()):
                self._after.append(m.end())
                self._at.append(m.start())
                self._close.append(m.end("close") if m.group("close") is not None
                                   else m.start())

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the sentence holding ``text[start:end]`` (see `sentence_span`)."""
        text = self.text
        i = bisect.bisect_right(self._after, start) - 1
        lo = self._after[i] if i >= 0 else 0
        j = bisect.bisect_left(self._at, end)
        hi = self._close[j] if j < len(self._at) else len(text)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return lo, hi


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence (or line) of `text` holding ``text[start:end]``.

    Sentences end at ``.``, ``!`` or ``?`` followed by a space (not after initials such as
    "U.S." or a known abbreviation such as "Dr."), and at every line break.  Leading and
    trailing whitespace is trimmed.  (For many mentions of one text, use `Sentences`.)
    """
    return Sentences(text).span(start, end)


MAX_QUOTE = 400
"""A draft quote longer than this many characters (a text without sentence ends) is cut
to the words around its mention, so the drafts grow with the text, not with its square."""


def _window(text: str, lo: int, hi: int, mention: Mention) -> tuple[int, int]:
    """Narrow the sentence ``[lo, hi)`` to about `MAX_QUOTE` characters around `mention`,
    cutting only at whitespace."""
    if hi - lo <= MAX_QUOTE:
        return lo, hi
    room = max(0, MAX_QUOTE - (mention.end - mention.start)) // 2
    a = max(lo, mention.start - room)
    b = min(hi, mention.end + room)
    while a > lo and a < mention.start and not text[a - 1].isspace():
        a += 1
    while b < hi and b > mention.end and not text[b].isspace():
        b -= 1
    return a, b


def quote_start(text: str, lo: int, mention: Mention) -> int:
    """Return where the quote of `mention` starts: `lo` (its sentence's start), or later.

    A claim's `says` is found at its first occurrence in the quote, so when the phrase
    already occurs earlier in the sentence ("41 percent of ..., and 41 percent of ...")
    the quote starts at the first word after that earlier occurrence.
    """
    start = lo
    at = text.find(mention.text, start)
    while 0 <= at < mention.start:
        after = at + len(mention.text)
        start = after if after <= mention.start else at + 1
        at = text.find(mention.text, start)
    if start == lo:
        return lo
    while start < mention.start and not (text[start - 1].isspace()
                                         and not text[start].isspace()):
        start += 1
    return start


def iter_drafts(text: str) -> Iterator[Draft]:
    """Yield every mention of `text` with its quote and line, in order of position.

    The quote is the mention's sentence (`sentence_span`), cut at the front where needed
    so that the phrase's first occurrence in it is this mention (`quote_start`).
    """
    doc = NormalText(text)
    sentences = Sentences(text)
    for m in iter_mentions(text):
        lo, hi = _window(text, *sentences.span(m.start, m.end), m)
        yield Draft(m, text[quote_start(text, lo, m):hi], doc.line_of(m.start))


# Characters a YAML double-quoted scalar must not hold as such: line and paragraph
# separators and NEL (YAML reads them as line breaks), other C1 controls, bidi controls
# (they reorder what a reviewer sees), the byte order mark, lone surrogates.
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _q(text: str) -> str:
    """Return `text` as a YAML double-quoted scalar (a JSON string, every unsafe
    character escaped); whitespace runs become one space, as quote matching does."""
    return _UNSAFE.sub(_escape, json.dumps(" ".join(text.split()), ensure_ascii=False))


def _comment(text: str) -> str:
    """Return `text` safe inside a ``#`` comment: on one line, nothing unsafe."""
    inner = _q(text)[1:-1]
    return inner if inner == text else _q(text)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def render_drafts(text: str, source: str, name: str) -> str:
    """Return draft claim YAML for every numeric mention of `text`.

    `source` is the source id written into every draft, `name` the file name shown in the
    header (and in a commented-out `sources:` stub with the text's sha256, for a text that
    is not in the corpus yet).
    """
    claims: list[str] = []
    ignores: list[str] = []
    for d in iter_drafts(text):
        m = d.mention
        where = f"line {d.line}, chars {m.start}-{m.end}"
        if m.kind in ("year", "date"):
            ignores.append(f"  - source: {_q(source)}  # {where}\n    says: {_q(m.text)}\n"
                           f"    quote: {_q(d.sentence)}\n"
                           f"    why: \"probable {m.kind}; confirm, or make it a claim\"\n")
            continue
        value = str(m.stated.interval) if m.stated is not None else "?"
        if m.stated is not None and m.stated.unit is not None:
            unit = quantity_unit_for(m.stated.unit)
            value += f" {unit} (a quantity with unit: {unit})"
        if m.stated is not None and (m.stated.interval.lo is None or m.stated.interval.lo < 0):
            value += " (a quantity with signed: true)"
        claims.append(f"  - source: {_q(source)}\n    quantity: TODO  # {where}: {value}\n"
                      f"    quote: {_q(d.sentence)}\n    says: {_q(m.text)}\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    found = _plural(len(claims), "numeric mention", "numeric mentions")
    dated = _plural(len(ignores), "probable year or date", "probable years or dates")
    head = (f"# Draft claims from {_comment(name)}: {found}, {dated}.\n"
            "# For each claim: name its `quantity`, shorten the `quote` if you like (it must\n"
            "# still hold `says`), give it an `id`; delete the drafts that are not claims, or\n"
            "# move them to `ignore:` with a reason.  Confirm each `ignore` entry.\n"
            f"# sources:\n#   - id: {_q(source)}\n#     title: TODO\n#     kind: news\n"
            f"#     snapshot: {_q(name)}\n#     sha256: {digest}\n")
    out = head + "claims:" + ("\n" + "".join(claims) if claims else " []\n")
    if ignores:
        out += "ignore:\n" + "".join(ignores)
    return out
