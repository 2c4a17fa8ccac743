"""`claimcheck extract`: numeric mentions of a text as draft claims (layer 3).

Every mention the scanner finds (`checker.mentions.iter_mentions`: digits, number words,
percentages, scales, with their qualifiers) becomes a draft claim: the sentence that holds
it as `quote`, the phrase as `says`, and a comment with its line, its character offsets
and the interval the words state.  Probable years and dates become draft `ignore` entries
instead.  The output is YAML for a person to complete: it does not load until each
``quantity: TODO`` names a quantity (on purpose: a draft is not a claim).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.mentions import Mention, iter_mentions
from checker.snapshots import NormalText

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


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence (or line) of `text` holding ``text[start:end]``.

    Sentences end at ``.``, ``!`` or ``?`` followed by a space (not after initials such as
    "U.S." or a known abbreviation such as "Dr."), and at every line break.  Leading and
    trailing whitespace is trimmed.
    """
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        if m.group() == "\n" or not _is_abbreviation(text, m.start()):
            lo = m.end()
    hi = len(text)
    for m in _SENTENCE_END.finditer(text, end):
        if m.group() == "\n" or not _is_abbreviation(text, m.start()):
            hi = m.end("close") if m.group("close") is not None else m.start()
            break
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


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
    for m in iter_mentions(text):
        lo, hi = sentence_span(text, m.start, m.end)
        yield Draft(m, text[quote_start(text, lo, m):hi], doc.line_of(m.start))


def _q(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar; whitespace runs become one
    # space, as quote matching does.
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


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
            ignores.append(f"  - source: {source}  # {where}\n    says: {_q(m.text)}\n"
                           f"    quote: {_q(d.sentence)}\n"
                           f"    why: \"probable {m.kind}; confirm, or make it a claim\"\n")
            continue
        value = str(m.stated.interval) if m.stated is not None else "?"
        if m.stated is not None and m.stated.percent:
            value += " percent (a quantity with unit: percent)"
        claims.append(f"  - source: {source}\n    quantity: TODO  # {where}: {value}\n"
                      f"    quote: {_q(d.sentence)}\n    says: {_q(m.text)}\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    found = _plural(len(claims), "numeric mention", "numeric mentions")
    dated = _plural(len(ignores), "probable year or date", "probable years or dates")
    head = (f"# Draft claims from {name}: {found}, {dated}.\n"
            "# For each claim: name its `quantity`, shorten the `quote` if you like (it must\n"
            "# still hold `says`), give it an `id`; delete the drafts that are not claims, or\n"
            "# move them to `ignore:` with a reason.  Confirm each `ignore` entry.\n"
            f"# sources:\n#   - id: {source}\n#     title: TODO\n#     kind: news\n"
            f"#     snapshot: {name}\n#     sha256: {digest}\n")
    out = head + "claims:" + ("\n" + "".join(claims) if claims else " []\n")
    if ignores:
        out += "ignore:\n" + "".join(ignores)
    return out


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def source_id(title: str | None, fallback: str, published: str | None = None) -> str:
    """Return a source id made from the first words of `title` (else `fallback`) and the
    year of `published`: ``global-expansion-ai-surveillance-2019``."""
    words = [w for w in _SLUG_DROP.split((title or "").lower()) if w]
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "its"}
    words = [w for w in words if w not in small][:5] or [
        w for w in _SLUG_DROP.split(fallback.lower()) if w][:5] or ["source"]
    year = published[:4] if published else None
    if year and year not in words:
        words.append(year)
    return "-".join(words)[:80].strip("-") or "source"


def render_source_stub(*, ident: str, title: str | None, fallback_title: str,
                       publisher: str | None, author: str | None, kind: str,
                       url: str | None, published: str | None, snapshot: str, sha256: str,
                       made_from: str, pages: int | None) -> str:
    """Return the YAML of a `sources:` entry for a snapshot made by `claimcheck snapshot`.

    Fields the page's metadata does not state are written as comments to fill in, never
    guessed; `kind` is the usual kind of such a document, marked to be checked.
    """
    def field(name: str, value: str | None, missing: str) -> str:
        if value is None:
            return f"    # {name}: {missing}\n"
        return f"    {name}: {_q(value)}\n"

    where = f"{pages} pages, separated by form feeds: quote positions give a page" \
        if pages is not None else "its main text"
    title_line = (f"    title: {_q(title)}\n" if title is not None else
                  f"    title: {_q(fallback_title)}  # the file name: no title in the "
                  "metadata; write the real one\n")
    return (
        f"# Source stub for {snapshot}, made from {made_from}\n# ({where}).\n"
        "# Check every field, then paste it under `sources:` in a claim file; `snapshot:`\n"
        "# is relative to that claim file.\n"
        "sources:\n"
        f"  - id: {ident}\n"
        + title_line
        + field("publisher", publisher, "not in the metadata")
        + field("author", author, "not in the metadata")
        + f"    kind: {kind}  # primary | news | dataset | reference: check it\n"
        + field("url", url, "not in the metadata: the page's address")
        + (f"    published: {published}\n" if published else
           "    # published: not in the metadata (YYYY-MM-DD)\n")
        + f"    snapshot: {_q(snapshot)}\n"
        f"    sha256: {sha256}\n"
    )
