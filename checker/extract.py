"""`claimcheck extract`: numeric mentions of a text as draft claims (layer 3).

Every mention the scanner finds becomes a draft claim (the sentence as `quote`, the phrase
as `says`) for a person to complete with a quantity; probable years and dates become draft
`ignore` entries instead.  The output is YAML that `claimcheck` can load once the
`quantity:` placeholders are filled in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.mentions import Mention, iter_mentions
from checker.snapshots import NormalText

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention with the sentence it stands in."""

    mention: Mention
    sentence: str
    line: int


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence (or line) holding text[start:end]."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    nxt = _SENTENCE_END.search(text, end)
    hi = nxt.start() if nxt else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def iter_drafts(text: str) -> Iterator[Draft]:
    """Yield every mention of `text` with its sentence and line."""
    doc = NormalText(text)
    for m in iter_mentions(text):
        lo, hi = sentence_span(text, m.start, m.end)
        yield Draft(m, text[lo:hi], doc.line_of(m.start))


def _q(text: str) -> str:
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def render_drafts(text: str, source: str, name: str) -> str:
    """Return draft claim YAML for every mention of `text` (source id `source`)."""
    claims: list[str] = []
    ignores: list[str] = []
    for d in iter_drafts(text):
        m = d.mention
        if m.kind in ("year", "date"):
            ignores.append(f"  - source: {source}\n    says: {_q(m.text)}\n"
                           f"    quote: {_q(d.sentence)}\n"
                           f"    why: \"probable {m.kind} (line {d.line}); confirm or make "
                           "it a claim\"\n")
            continue
        stated = m.stated
        value = f"{stated.interval}" if stated is not None else "?"
        claims.append(f"  - source: {source}\n    quantity: TODO  # line {d.line}, "
                      f"offset {m.start}: {value}\n"
                      f"    quote: {_q(d.sentence)}\n    says: {_q(m.text)}\n")
    head = (f"# Draft claims from {name}: {len(claims)} numeric mention"
            f"{'' if len(claims) == 1 else 's'}, {len(ignores)} probable year"
            f"{'' if len(ignores) == 1 else 's'} or date{'' if len(ignores) == 1 else 's'}.\n"
            "# Fill in each `quantity`, shorten quotes as needed, and give ids.\n")
    out = head + "claims:\n" + ("".join(claims) if claims else "  []\n")
    if ignores:
        out += "ignore:\n" + "".join(ignores)
    return out
