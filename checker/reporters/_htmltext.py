"""Text helpers of the HTML report: anchors, safe links, text fragments, highlights (layer 4).

Pure functions over strings and offsets, shared by the HTML view model.  Nothing here
escapes markup: the templates autoescape every value; these helpers decide only *what*
becomes a link and how a snapshot splits into highlighted segments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import quote, urldefrag, urlsplit

from checker import _regex
from checker.reporters._common import strip_controls

_ANCHOR_RE = _regex.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,150}")


def anchor(prefix: str, ident: str) -> str:
    """Return an HTML id for `ident` under `prefix` (``c-``, ``src-`` ...).

    Corpus ids already are valid fragment identifiers; anything else (a hand-built result,
    a hostile id) is replaced by a hash so an id can never break an attribute or a link.
    """
    if _ANCHOR_RE.fullmatch(ident):
        return prefix + ident
    return prefix + "x" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


_ANCHORS_RE = _regex.compile(r"(?:[A-Za-z0-9][A-Za-z0-9._:-]{0,150}\n)*")
"""`_ANCHOR_RE` for each line of a text of lines."""


def anchors(prefix: str, idents: Sequence[str]) -> list[str]:
    """Return ``[anchor(prefix, i) for i in idents]``.

    Corpus ids are all valid fragment identifiers: one match over the ids joined line by
    line says so (a line break in an id adds a line, so the count of lines is checked
    too), and then each anchor is the prefix and the id.  Otherwise every id goes
    through `anchor`.
    """
    text = "\n".join(idents) + "\n"
    if text.count("\n") == len(idents) and _ANCHORS_RE.fullmatch(text):
        return [prefix + ident for ident in idents]
    return [anchor(prefix, ident) for ident in idents]


def safe_href(url: str | None) -> str | None:
    """Return `url` when it is an absolute http(s) URL, else None (shown as text, not linked).

    ``javascript:``, ``data:``, ``file:``, scheme-relative and relative URLs, and URLs holding
    whitespace or control characters are never made links.
    """
    if not url:
        return None
    if any(ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _fragment_part(text: str) -> str:
    # Text-fragment directives reserve "-", "," and "&": percent-encode everything.
    return quote(text, safe="").replace("-", "%2D")


def text_fragment_url(url: str | None, quote_text: str | None, words: int = 4) -> str | None:
    """Return `url` with a ``#:~:text=`` fragment that finds `quote_text`, or None.

    Short quotes (at most ``2 * words`` words) are matched whole; longer ones by their first
    and last `words` words (``textStart,textEnd``).  Only safe http(s) URLs get one.
    """
    href = safe_href(url)
    if href is None or not quote_text:
        return None
    tokens = strip_controls(quote_text, newlines=False).split()
    if not tokens:
        return href
    base = urldefrag(href).url
    if len(tokens) <= 2 * words:
        directive = _fragment_part(" ".join(tokens))
    else:
        directive = (_fragment_part(" ".join(tokens[:words])) + ","
                     + _fragment_part(" ".join(tokens[-words:])))
    return f"{base}#:~:text={directive}"


class QuoteMark(NamedTuple):
    """A quote to highlight in a snapshot: offsets into the whole text (0-based, end excluded).

    `claim` is the claim id, `number` the quote's number within its source, `anchor` the id
    of the back-link marker placed where the quote starts, `href` the link to the claim.
    """

    claim: str
    number: int
    start: int
    end: int
    says_start: int | None
    says_end: int | None
    anchor: str
    href: str | None


class Segment(NamedTuple):
    """A run of snapshot text with one highlighting state.

    `text` is the (control-character-free) text; `quote` whether any quote covers it;
    `multi` whether two or more do;
    `says` whether the `says` words of a covering quote cover it; `claims` the ids of the
    covering quotes (for the tooltip); `refs` the quotes that start here, whose numbered
    back-link markers precede the text.
    """

    text: str
    quote: bool
    multi: bool
    says: bool
    claims: tuple[str, ...]
    refs: tuple[QuoteMark, ...]


def shows(start: int, end: int, lo: int, hi: int) -> bool:
    """Return whether a quote at ``[start, end)`` is drawn in `segment_text` of ``[lo, hi)``:
    it overlaps the range, or it is empty and starts inside it."""
    return start < hi and end > lo or (start == end and lo <= start < hi)


def segment_text(text: str, lo: int, hi: int, marks: list[QuoteMark]) -> list[Segment]:
    """Split `text[lo:hi]` into non-overlapping segments at every quote and `says` edge.

    Overlapping and nested quotes become consecutive segments, so the markup stays well
    formed whatever the offsets.  Quotes outside ``[lo, hi)`` are ignored; quotes reaching
    past it are clipped.  Markers of quotes that start inside the range precede the first
    segment at their start.
    """
    inside = [m for m in marks if shows(m.start, m.end, lo, hi)]
    cuts = {lo, hi}
    for m in inside:
        cuts.update((max(lo, m.start), min(hi, m.end)))
        if m.says_start is not None and m.says_end is not None:
            cuts.update((min(hi, max(lo, m.says_start)), min(hi, max(lo, m.says_end))))
    points = sorted(cuts)
    starts: dict[int, list[QuoteMark]] = {}
    for m in sorted(inside, key=lambda m: (m.start, -m.end, m.number)):
        starts.setdefault(max(lo, m.start), []).append(m)
    segments: list[Segment] = []
    pending = sorted(inside, key=lambda m: m.start)
    active: dict[int, QuoteMark] = {}
    nxt = 0
    for a, b in zip(points, points[1:] + [hi], strict=True):
        refs = tuple(starts.get(a, ()))
        if a >= b and not refs:
            continue
        while nxt < len(pending) and pending[nxt].start <= a:
            active[id(pending[nxt])] = pending[nxt]
            nxt += 1
        for key in [k for k, m in active.items() if m.end <= a]:
            del active[key]
        cover = sorted(active.values(), key=lambda m: m.number) if a < b else []
        says = any(m.says_start is not None and m.says_end is not None
                   and m.says_start <= a and b <= m.says_end for m in cover)
        segments.append(Segment(strip_controls(text[a:b]) if a < b else "", bool(cover),
                                len(cover) > 1, says,
                                tuple(m.claim for m in cover), refs))
    return segments


def split_code(text: str) -> list[tuple[str, bool]]:
    """Split `text` at backticks into runs ``(text, is_code)``; empty runs are dropped.

    Messages write ids in backticks (```carnegie-2019` says ...``); a backtick without its
    pair stays in the text as it is.
    """
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: the last one is literal
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]
