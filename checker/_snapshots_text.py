"""Normalised text: the fold of DESIGN §3 and the map back to the text as written
(layer 1: inputs; a private part of `checker.snapshots`).

Quote matching (DESIGN §3): runs of whitespace become one space, curly quotes and
apostrophes become straight ones, en and em dashes and ``--`` become one ``-``; the rest is
exact and case-sensitive, never fuzzy.  `NormalText` keeps a map back to the original
offsets so a verified quote reports its place in the snapshot as written; `on_boundaries`
tells whether a place starts and ends on word and number boundaries.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress, count, repeat
from operator import add, sub

from checker import _regex
from checker._frozen import quick_new
from checker.findings import QuotePosition

_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DASHES = "\u2012\u2013\u2014\u2015\u2212"
# Every character of `str.isspace` (and of the expressions' `\s`) but the space (a test
# checks the list against every code point).
_BREAKS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
           "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# A folded piece: a run of two or more whitespace characters, one whitespace character
# other than the space, one curly quote, two or more hyphens, a run of dashes.  Written
# as one character class and then what must follow it (the look-behinds name the
# character the class took), so the regular expression engine skips straight to the
# characters a piece can start with instead of trying every alternative everywhere.
_FOLD_TAIL = (rf"(?:(?<=\s)\s+|(?<=[^\S ])|(?<=[{_DOUBLE_QUOTES}{_SINGLE_QUOTES}])|(?<=-)-+"
              rf"|(?<=[{_DASHES}])[{_DASHES}]*)")
_FOLD = _regex.compile(rf"[\s{_DOUBLE_QUOTES}{_SINGLE_QUOTES}{_DASHES}-]{_FOLD_TAIL}")
# In a text where no space is followed by whitespace no piece starts with a space: the
# same pieces, with the spaces (the commonest character of prose) skipped as well.
_FOLD_NO_SPACE = _regex.compile(
    rf"[{_BREAKS}{_DOUBLE_QUOTES}{_SINGLE_QUOTES}{_DASHES}-]{_FOLD_TAIL}")
_SPACE_THEN_WHITESPACE = _regex.compile(r" \s")
_LINE_BREAK = _regex.compile("\r\n|[\n\r\x85\u2028\u2029]")
_NEWLINE = _regex.compile("\n")  # the only break of a text without "\r" and `_OTHER_BREAK`
_OTHER_BREAK = _regex.compile("[\x85\u2028\u2029]")
_DOUBLE = frozenset(_DOUBLE_QUOTES)
_SINGLE = frozenset(_SINGLE_QUOTES)


def _fold_pattern(text: str) -> re.Pattern[str]:
    """Return the expression that finds the folded pieces of `text` fastest."""
    return _FOLD if _SPACE_THEN_WHITESPACE.search(text) else _FOLD_NO_SPACE


def _replacement(piece: str) -> str:
    first = piece[0]
    if first.isspace():
        return " "
    if first in _DOUBLE:
        return '"'
    if first in _SINGLE:
        return "'"
    return "-"


def is_plain(text: str) -> bool:
    """Return whether `text` has nothing to fold (it is its own normal form, offset for offset).

    Printable ASCII without a double space or "--": every curly quote and dash folded is
    outside ASCII, and other whitespace is not printable.
    """
    return text.isascii() and text.isprintable() and "  " not in text and "--" not in text


def normalize(text: str) -> str:
    """Return `text` with whitespace runs, quotation marks and dashes folded."""
    if is_plain(text):
        return text
    return _fold_pattern(text).sub(lambda m: _replacement(m.group()), text)


class NormalText:
    """A text and its normalised form, with offsets mapped back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        # breakpoints: normalised position of each folded piece, its original start and length
        self._norm_at: list[int] = []
        self._orig_at: list[int] = []
        self._orig_len: list[int] = []
        self._newlines: list[int] | None = None
        self._pages: list[int] | None = None
        self._shift: list[int] | None = None
        if is_plain(text):
            self.norm = text
        elif not self._fold_lines(text):
            self._fold(text)

    def _fold_lines(self, text: str) -> bool:
        """Fold a text whose only folded pieces are its runs of newlines; return False
        (and fold nothing) for any other text.

        That is a text that, with each run of newlines made one space, `is_plain`: no
        character outside printable ASCII but the newline, no double space, no "--", no
        space beside a newline (most snapshots made by programs).  It is split on its
        newlines instead of searched with the fold expression.
        """
        lines = text.split("\n")
        kept = list(filter(None, lines))
        if not kept:
            return False
        lead, trail = lines[0] == "", lines[-1] == ""
        norm = " " * lead + " ".join(kept) + " " * trail
        if not is_plain(norm):
            return False
        # The pieces are the gaps between the lines kept (and before the first, after the
        # last): from the end of one to the start of the next, each one space in `norm`.
        widths = list(map(len, lines))
        starts = list(compress(accumulate(map(add, widths, repeat(1)), initial=0), widths))
        kept_widths = list(filter(None, widths))
        ends = list(map(add, starts, kept_widths))
        orig_at = ends[:-1]
        orig_len = list(map(sub, starts[1:], orig_at))
        norm_at = list(map(add, accumulate(kept_widths[:-1]), count(lead)))
        if lead:
            orig_at.insert(0, 0)
            orig_len.insert(0, starts[0])
            norm_at.insert(0, 0)
        if trail:
            orig_at.append(ends[-1])
            orig_len.append(len(text) - ends[-1])
            norm_at.append(len(norm) - 1)
        self.norm, self._norm_at, self._orig_at, self._orig_len = norm, norm_at, orig_at, orig_len
        return True

    def _fold(self, text: str) -> None:
        """Fold `text` with the fold expression (any text that is not plain)."""
        parts: list[str] = []
        last = 0
        norm_len = 0
        for m in _fold_pattern(text).finditer(text):
            start, end = m.span()
            if start > last:
                parts.append(text[last:start])
                norm_len += start - last
            self._norm_at.append(norm_len)
            self._orig_at.append(start)
            self._orig_len.append(end - start)
            parts.append(_replacement(m.group()))
            norm_len += 1
            last = end
        parts.append(text[last:])
        self.norm = "".join(parts)

    def to_original(self, pos: int) -> int:
        """Return the original offset of normalised position `pos` (start of that character)."""
        i = bisect.bisect_right(self._norm_at, pos) - 1
        if i < 0:
            return pos
        if pos == self._norm_at[i]:
            return self._orig_at[i]
        return self._orig_at[i] + self._orig_len[i] + (pos - self._norm_at[i] - 1)

    def to_original_end(self, end: int) -> int:
        """Return the original offset just past normalised character `end - 1`."""
        if end <= 0:
            return 0
        i = bisect.bisect_right(self._norm_at, end - 1) - 1
        if i >= 0 and self._norm_at[i] == end - 1:
            return self._orig_at[i] + self._orig_len[i]
        return self.to_original(end - 1) + 1

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return ``(to_original(start), to_original_end(end))`` for a span with end > start.

        One bisection for both ends when no folded piece starts inside the span (most
        quotes): past the last piece at or before a position the two texts run in step,
        at a fixed distance (`_shift`), so the end needs no second look-up.
        """
        norm_at = self._norm_at
        if not norm_at:
            return start, end
        shift = self._shift or self._shifts()
        i = bisect.bisect_right(norm_at, start) - 1
        if i < 0:
            orig = start
        elif norm_at[i] == start:
            orig = self._orig_at[i]
        else:
            orig = start + shift[i]
        j = i
        if i + 1 < len(norm_at) and norm_at[i + 1] < end:  # a piece starts inside the span
            j = bisect.bisect_right(norm_at, end - 1, i + 1) - 1
        return orig, end + shift[j] if j >= 0 else end

    def to_normal(self, pos: int) -> int:
        """Return the normalised position of original offset `pos` (inside a fold: its start)."""
        i = bisect.bisect_right(self._orig_at, pos) - 1
        if i < 0:
            return pos
        if pos < self._orig_at[i] + self._orig_len[i]:
            return self._norm_at[i]
        return self._norm_at[i] + 1 + (pos - self._orig_at[i] - self._orig_len[i])

    def line_of(self, offset: int) -> int:
        """Return the 1-based line of original offset `offset`.

        Lines end where the YAML loader ends them: at LF, CR, CRLF (one break), NEL and
        the Unicode line and paragraph separators.
        """
        newlines = self._newlines
        if newlines is None:
            newlines = self._line_ends()
        return bisect.bisect_right(newlines, offset - 1) + 1

    def _line_ends(self) -> list[int]:
        """Return (and keep) the original offset of the last character of every line break."""
        text = self.text
        if "\r" not in text and (text.isascii() or not _OTHER_BREAK.search(text)):
            self._newlines = [m.start() for m in _NEWLINE.finditer(text)]  # (faster)
        else:
            self._newlines = [m.end() - 1 for m in _LINE_BREAK.finditer(text)]
        return self._newlines

    def page_of(self, offset: int) -> int | None:
        """Return the 1-based page of original offset `offset`, None for a text without pages.

        A snapshot made from a PDF (`claimcheck snapshot`) separates its pages with a form
        feed (U+000C), as pdftotext does; a text without one has no page numbers.
        """
        pages = self._pages
        if pages is None:
            pages = self._pages = [m.start() for m in re.finditer("\f", self.text)]
        if not pages:
            return None
        return bisect.bisect_right(pages, offset - 1) + 1

    def place_quote(self, q: str, lo: int, hi: int, says_at: int = -1, says_len: int = 0
                    ) -> tuple[int, int, int, int | None, int, int | None, int | None] | None:
        """Return where the normalised quote `q` first stands on word and number
        boundaries of the text as written (`on_boundaries`) in ``norm[lo:hi]``, and where
        `says` stands in it.

        The answer is ``(start, end, line, page, occurrences, says_start, says_end)``:
        original offsets, line and page of the start, how many occurrences there are on
        boundaries, and the original span of the quote's normalised characters
        ``says_at:says_at + says_len`` (None, None when `says_at` is negative).  None when
        `q` is empty or not there; `ValueError` for a `says` span that is empty or not
        inside `q`.  One call places a quote and its `says` (`find_normal_quote` is this
        without `says`), for the many quotes of a corpus.
        """
        if not q:
            return None
        if says_at >= 0 and not 0 < says_len <= len(q) - says_at:
            raise ValueError(f"says at {says_at}:{says_at + says_len} is not inside the quote "
                             f"of {len(q)} characters")
        norm = self.norm
        at = norm.find(q, lo, hi)
        if at < 0:
            return None
        text, n = self.text, len(q)
        pieces = self._norm_at
        i = bisect_right(pieces, at)  # pieces[:i] start at or before `at`
        shift: int | None = None
        if (i == len(pieces) or pieces[i] >= at + n) and (i == 0 or pieces[i - 1] != at):
            # No folded piece starts inside the quote (most quotes): as written it is the
            # normalised span shifted by what the pieces before it folded away.
            shift = (self._shift or self._shifts())[i - 1] if i else 0
            start = at + shift
            end = start + n
        else:
            start, end = self.span_to_original(at, at + n)
        size = len(text)
        # (`on_boundaries`, its first test inline: both ends beside a space, a newline or
        # an end of the text; `start` < `size` and `end` > 0 for a quote found)
        if (start == 0 or text[start - 1] in _GAPS or text[start] in _GAPS) and (
                end >= size or text[end - 1] in _GAPS or text[end] in _GAPS) or \
                on_boundaries(text, start, end):
            count, first = 1, at
        else:
            count, first = 0, -1
        nxt = norm.find(q, at + 1, hi)
        while nxt >= 0:
            s, e = self.span_to_original(nxt, nxt + n)
            if on_boundaries(text, s, e):
                count += 1
                if first < 0:
                    first, start, end = nxt, s, e
            nxt = norm.find(q, nxt + 1, hi)
        if first < 0:
            return None
        newlines = self._newlines
        if newlines is None:
            newlines = self._line_ends()
        line = bisect_right(newlines, start - 1) + 1
        pages = self._pages
        page = None if pages is not None and not pages else self.page_of(start)
        # Every offset and the line are at most len(text): shared ints where the table
        # reaches that far (a text longer than the table: ints of their own).
        offsets = _OFFSETS if len(_OFFSETS) > size else _shared_offsets(size + 1)
        if says_at < 0:
            if len(offsets) <= size:
                return start, end, line, page, count, None, None
            return offsets[start], offsets[end], offsets[line], page, count, None, None
        if first == at and shift is not None:  # (`says` is inside the quote: no piece either)
            says_start = start + says_at
            says_end = says_start + says_len
        else:
            says_start, says_end = self.span_to_original(first + says_at,
                                                         first + says_at + says_len)
        if len(offsets) <= size:
            return start, end, line, page, count, says_start, says_end
        return (offsets[start], offsets[end], offsets[line], page, count, offsets[says_start],
                offsets[says_end])

    def place_quotes(self, quotes: Sequence[str], says_at: Sequence[int],
                     says_len: Sequence[int], lo: int, hi: int
                     ) -> tuple[list[QuotePosition | None], dict[int, int]]:
        """Return where each normalised quote of `quotes` stands in ``norm[lo:hi]``, as
        `place_quote` finds it, and how often the quotes not found once occur.

        The `says` of quote ``k`` is its span ``says_at[k]:says_at[k] + says_len[k]``
        (none when `says_at[k]` is negative).  The answer is one verified
        `QuotePosition` per quote (None for a quote not there) and a dict from the index
        of each quote not there (0) or there several times on boundaries to the number
        of its occurrences.  One call
        places the quotes of a snapshot: a quote that stands there once, starts and ends
        beside a space, a newline or an end of the text as written, and holds no folded
        piece (most quotes) is placed here, its two searches made in bulk; any other is
        placed by `place_quote`.
        """
        norm, text, size = self.norm, self.text, len(self.text)
        pieces = self._norm_at
        shift = self._shift or self._shifts()
        count = len(pieces)
        newlines = self._newlines
        if newlines is None:
            newlines = self._line_ends()
        if self._pages is None:
            self.page_of(0)
        pages = self._pages
        offsets = _OFFSETS if len(_OFFSETS) > size else _shared_offsets(size + 1)
        if len(offsets) <= size:  # (a text longer than the table: ints of their own)
            offsets = range(size + 1)  # type: ignore[assignment]
        find = norm.find
        # Each quote's first occurrence, then the next one: the searches in bulk.
        firsts = list(map(find, quotes, repeat(lo), repeat(hi)))
        again = list(map(find, quotes, map(add, firsts, repeat(1)), repeat(hi)))
        out: list[QuotePosition | None] = []
        repeated: dict[int, int] = {}
        position, gaps = _new_position, _GAPS
        for q, at, nxt, sa, sn in zip(quotes, firsts, again, says_at, says_len, strict=True):
            n = len(q)
            if at >= 0 and nxt < 0 and n and (sa < 0 or 0 < sn <= n - sa):
                i = bisect_right(pieces, at)  # pieces[:i] start at or before `at`
                if (i == count or pieces[i] >= at + n) and (i == 0 or pieces[i - 1] != at):
                    # No folded piece starts inside the quote: as written it is the
                    # normalised span shifted by what the pieces before it folded away.
                    start = at + shift[i - 1] if i else at
                    end = start + n
                    if (start == 0 or text[start - 1] in gaps or text[start] in gaps) and (
                            end >= size or text[end - 1] in gaps or text[end] in gaps):
                        line = offsets[bisect_right(newlines, start - 1) + 1]
                        page = bisect_right(pages, start - 1) + 1 if pages else None
                        out.append(position(
                            True, offsets[start], offsets[end], line,
                            offsets[start + sa] if sa >= 0 else None,
                            offsets[start + sa + sn] if sa >= 0 else None, page))
                        continue
            # (the index of this quote is the number placed so far)
            out.append(self._placed(len(out), q, lo, hi, sa, sn, repeated))
        return out, repeated

    def _placed(self, k: int, q: str, lo: int, hi: int, says_at: int, says_len: int,
                repeated: dict[int, int]) -> QuotePosition | None:
        """Return `place_quote` of quote `k` as a position, noting in `repeated` its
        occurrences when they are not one."""
        placed = self.place_quote(q, lo, hi, says_at, says_len)
        if placed is None:
            repeated[k] = 0
            return None
        start, end, line, page, occurrences, says_start, says_end = placed
        if occurrences > 1:
            repeated[k] = occurrences
        return QuotePosition(True, start, end, line, says_start, says_end, page)

    def _shifts(self) -> list[int]:
        """Return (and keep) how far the original text runs ahead of the normalised one
        after each folded piece: ``to_original(p) == p + shift[i]`` for a position `p`
        past piece `i` (not its start) and before the next."""
        shift = self._shift
        if shift is None:
            shift = self._shift = [o + n - p - 1 for p, o, n in
                                   zip(self._norm_at, self._orig_at, self._orig_len, strict=True)]
        return shift


_new_position = quick_new(QuotePosition)
"""`QuotePosition(verified, start, end, line, says_start, says_end, page)`, made without
the class's call (one per quoted claim)."""

_OFFSETS: list[int] = []
"""The ints 0, 1, 2, ... up to the longest text placed so far (at most `_OFFSETS_MAX`),
shared by every place `NormalText.place_quote` returns: a quote position keeps one of
these rather than an int object of its own (32 bytes each, four per quoted claim)."""
_OFFSETS_MAX = 1 << 16


def _shared_offsets(size: int) -> list[int]:
    """Return `_OFFSETS` grown to hold the ints below `size` (below `_OFFSETS_MAX`)."""
    have = len(_OFFSETS)
    if have < size and have < _OFFSETS_MAX:
        _OFFSETS.extend(range(have, min(size, _OFFSETS_MAX)))
    return _OFFSETS


# Characters that join what stands on both sides into one word or figure: a hyphen
# ("seventy-five", "COVID-19"), an en dash between figures ("40–50"); a sign before a
# figure ("-5", "−5"); a decimal point or thousands comma between digits ("2.5", "1,500").
_JOINERS = frozenset("-\u2010\u2011\u2013")
_SIGNS = frozenset("-+\u2212")


def splits_word(text: str, i: int) -> bool:
    """Return whether offset `i` of `text` falls inside a word or a number.

    True between two letters or digits, beside a hyphen that joins two of them
    ("seventy-five", "40-50"), between a sign and its figure ("-5" when no letter or
    digit stands before the sign), and beside a decimal point or thousands comma between
    digits ("2.5", "1,500").  The ends of `text` are always boundaries.
    """
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if a == " " or b == " ":  # the commonest boundary: a space joins nothing (every test fails)
        return False
    if a.isalnum() and b.isalnum():
        return True
    before = text[i - 2] if i >= 2 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if b.isalnum() and a in _JOINERS and before.isalnum():
        return True
    if a.isalnum() and b in _JOINERS and after.isalnum():
        return True
    if b.isdigit() and a in _SIGNS and not before.isalnum():
        return True
    if b.isdigit() and a in ".," and before.isdigit():
        return True
    return a.isdigit() and b in ".," and after.isdigit()


def on_boundaries(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` neither starts nor ends inside a word or number."""
    n = len(text)
    if (start <= 0 or start >= n or text[start - 1] in _GAPS or text[start] in _GAPS) and (
            end <= 0 or end >= n or text[end - 1] in _GAPS or text[end] in _GAPS):
        return True  # both ends beside a space, a newline or an end of the text
    return not splits_word(text, start) and not splits_word(text, end)


# Whitespace joins nothing: every test of `splits_word` needs a letter, digit, joiner, sign,
# point or comma on both sides.  The space and the newline, the commonest, are tested by
# `on_boundaries` before it calls `splits_word`.
_GAPS = " \n"
