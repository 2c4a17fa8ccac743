"""Read snapshots, find sections, quotes and `says` in them (layer 1: inputs).

Quote matching (DESIGN §3): runs of whitespace become one space, curly quotes and
apostrophes become straight ones, en and em dashes and ``--`` become one ``-``; the rest is
exact and case-sensitive, never fuzzy.  The normalised text and its map back to the
original offsets are `NormalText` (checker/_snapshots_text.py, importable from here).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from checker._files import read_text_file
from checker._frozen import record
from checker._snapshots_text import (
    NormalText,
    is_plain,
    normalize,
    on_boundaries,
    splits_word,
)
from checker.errors import SnapshotError

__all__ = [
    "Divergence", "Match", "NormalText", "Snapshot", "SourceText", "find_divergence",
    "find_inside_word", "find_normal_quote", "find_normal_says", "find_plain_says",
    "find_quote", "find_says", "find_section", "is_plain", "normalize", "on_boundaries",
    "read_snapshot", "splits_word",
]


@record
class Match:
    """Where a quote was found: original offsets, line, page (or None), how often it occurs."""

    start: int
    end: int
    line: int
    occurrences: int
    page: int | None = None


def find_section(doc: NormalText, start_text: str, end_text: str) -> tuple[int, int] | None:
    """Return the normalised span from the first `start_text` to the first `end_text` after it."""
    a = doc.norm.find(normalize(start_text))
    if a < 0:
        return None
    end_norm = normalize(end_text)
    b = doc.norm.find(end_norm, a)
    if b < 0:
        return None
    return a, b + len(end_norm)


def find_quote(doc: NormalText, quote: str, span: tuple[int, int] | None = None) -> Match | None:
    """Return where `quote` stands in `doc` (within the normalised `span`), or None.

    Only occurrences that start and end on word and number boundaries of the snapshot
    as written count (`on_boundaries`): "5 agencies" is not in "15 agencies".
    """
    return find_normal_quote(doc, normalize(quote), span)


def find_normal_quote(doc: NormalText, q: str, span: tuple[int, int] | None = None
                      ) -> Match | None:
    """Return where the normalised quote `q` stands in `doc`, as `find_quote` does."""
    lo, hi = span if span is not None else (0, len(doc.norm))
    placed = doc.place_quote(q, lo, hi)
    if placed is None:
        return None
    start, end, line, page, occurrences, _, _ = placed
    return Match(start, end, line, occurrences, page)


def find_inside_word(doc: NormalText, quote: str, span: tuple[int, int] | None = None
                     ) -> int | None:
    """Return the original offset of the first occurrence of `quote` in `doc` that
    `find_quote` refuses (it starts or ends inside a word or number), or None."""
    q = normalize(quote)
    lo, hi = span if span is not None else (0, len(doc.norm))
    at = doc.norm.find(q, lo, hi) if q else -1
    return doc.to_original(at) if at >= 0 else None


def find_says(quote: str, says: str) -> tuple[int, bool] | None:
    """Return where `says` stands in `quote` (a normalised offset) and whether on boundaries.

    The first occurrence on word and number boundaries of the quote as written wins
    ("15" is not in "150", "5" not in "-5" or "2015"); failing that the first occurrence
    at all, marked False; None when `says` is nowhere in the quote.
    """
    return find_normal_says(quote, normalize(says))


def find_normal_says(quote: str, target: str) -> tuple[int, bool] | None:
    """Return where the normalised `target` stands in `quote`, as `find_says` does."""
    if not target:
        return None
    if is_plain(quote):  # its own normal form: offsets need no map (most quotes)
        return find_plain_says(quote, target)
    doc = NormalText(quote)
    at = first = doc.norm.find(target)
    while at >= 0:
        if on_boundaries(quote, doc.to_original(at), doc.to_original_end(at + len(target))):
            return at, True
        at = doc.norm.find(target, at + 1)
    return (first, False) if first >= 0 else None


def find_plain_says(quote: str, target: str) -> tuple[int, bool] | None:
    """`find_normal_says` for a quote that `is_plain` and a non-empty `target`."""
    at = first = quote.find(target)
    while at >= 0:
        if on_boundaries(quote, at, at + len(target)):
            return at, True
        at = quote.find(target, at + 1)
    return (first, False) if first >= 0 else None


@record
class Divergence:
    """Where a quote that is not in a text parts from it.

    `matched` is the longest normalised prefix of the quote found in the text, `start` the
    original offset where that prefix starts (the first such place) and `line` its line;
    `quote_next` and `text_next` are what follows there in the quote and in the text.
    """

    matched: str
    start: int
    line: int
    quote_next: str
    text_next: str
    page: int | None = None


def find_divergence(doc: NormalText, quote: str, span: tuple[int, int] | None = None,
                    context: int = 30) -> Divergence | None:
    """Return where `quote` parts from `doc` (within normalised `span`), None if no word matches.

    The longest prefix of the normalised quote that occurs in the text is found by
    bisection (a prefix that occurs has every shorter prefix occur), so the search costs a
    few scans of the text whatever the quote's length; it is then cut back to the start of
    the word where quote and text differ.
    """
    q = normalize(quote)
    lo, hi = span if span is not None else (0, len(doc.norm))
    good, bad = 0, len(q) + 1
    while bad - good > 1:
        mid = (good + bad) // 2
        if doc.norm.find(q[:mid], lo, hi) >= 0:
            good = mid
        else:
            bad = mid
    if good == 0 or good >= len(q):
        return None
    # Part at the start of the word that differs ("in 6|4" reads better as "in |64").
    cut = good
    while cut > 0 and q[cut - 1].isalnum() and q[cut].isalnum():
        cut -= 1
    good = cut if cut > 0 else good
    at = doc.norm.find(q[:good], lo, hi)
    start = doc.to_original(at)
    end = at + good
    return Divergence(q[:good], start, doc.line_of(start), q[good:good + context],
                      doc.norm[end:min(end + context, hi)], doc.page_of(start))


@record(slots=False)
class SourceText:
    """A source's snapshot as read: sha256 of the bytes and the text (None when missing)."""

    sha256: str | None
    text: NormalText | None
    shown: str  # the path as users see it


@record
class Snapshot:
    """A snapshot file as read: its bytes' sha256 and its text (None when missing)."""

    path: Path
    sha256: str | None
    text: str | None


def read_snapshot(path: Path, shown: str, max_bytes: int) -> Snapshot:
    """Read the snapshot at `path` (shown to users as `shown`); a missing file is not an error.

    Raises `SnapshotError` for a file that is too large, unreadable, binary or not UTF-8.
    """
    if not path.exists():
        return Snapshot(path, None, None)
    text, data = read_text_file(path, shown, max_bytes, noun="snapshot",
                                kind="a text snapshot", error=SnapshotError)
    return Snapshot(path, hashlib.sha256(data).hexdigest(), text)
