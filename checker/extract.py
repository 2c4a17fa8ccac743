"""`claimcheck extract`: numeric mentions of a text as draft claims (layer 3).

Every mention the scanner finds (`checker.mentions.iter_mentions`: digits, number words,
percentages, scales, with their qualifiers) becomes a draft claim: the sentence that holds
it as `quote`, the phrase as `says`, and a comment with its line, its character offsets
and the interval the words state.  Mentions that are clearly not claims (`checker.triage`)
become one draft `ignore` entry per kind instead.  With a corpus (`--corpus`), each draft
names the quantity it most likely states (`checker.propose`), an id and the verdict it
would get.  The output is YAML for a person to check: a draft whose quantity is unknown
does not load until its ``quantity: TODO`` names one (on purpose: a draft is not a
claim).  `render_source_stub` writes the `sources:` entry of `claimcheck snapshot`.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterator

from checker import _regex
from checker._frozen import record
from checker.mentions import Mention, iter_mentions
from checker.propose import Candidate, CorpusProfile, Proposal, propose
from checker.snapshots import NormalText
from checker.triage import BY_NAME, classify
from checker.units import quantity_unit_for

# A sentence ends at . ! ? (then any closing quotes or brackets) before whitespace, at a
# blank line, or at a line break; see `_is_abbreviation` for the full stops that do not.
_SENTENCE_END = _regex.compile(r"(?<=[.!?])(?P<close>[\"'\u201d\u2019)\]]*)[^\S\n]+|\n")
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st no nos vs e.g i.e jr sr fig approx".split())
_INITIALS = _regex.compile(r"^(?:[A-Za-z]\.)+\Z")  # "U.S.", "J.", "e.g."


@record
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
_UNSAFE = _regex.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
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


@record
class Text:
    """One text to draft claims from: its name (as shown), its content, its source id."""

    name: str
    text: str
    source: str
    kind: str = "news"  # the source's kind, for the verdict preview
    cites: tuple[str, ...] = ()  # the sources it reports on, for the verdict preview
    in_corpus: bool = False  # the text is a snapshot of the corpus (no stub needed)
    # A snapshot that several sources of the corpus share, each a section of it: the
    # original offsets of each section with its source (id, kind, cites).
    sections: tuple[Section, ...] = ()

    def source_at(self, offset: int) -> tuple[str, str, tuple[str, ...]] | None:
        """Return the source (id, kind, cites) of the text at `offset`; None outside
        every section of a shared snapshot."""
        if not self.sections:
            return self.source, self.kind, self.cites
        for sec in self.sections:
            if sec.start <= offset < sec.end:
                return sec.source, sec.kind, sec.cites
        return None


@record
class Section:
    """A source's section of a shared snapshot: original offsets, id, kind, cites."""

    start: int
    end: int
    source: str
    kind: str
    cites: tuple[str, ...]


@record
class _Item:
    text: Text
    source: str
    draft: Draft
    nonclaim: str | None
    proposal: Proposal | None


def render_drafts(text: str, source: str, name: str) -> str:
    """Return draft claim YAML for every numeric mention of `text` (see `render_texts`)."""
    return render_texts([Text(name, text, source)])


def render_texts(texts: list[Text], corpus: CorpusProfile | None = None,
                 show_all: bool = False) -> str:
    """Return draft claim YAML for every numeric mention of `texts`.

    Each mention that states a figure becomes a draft claim: the sentence that holds it
    as `quote`, the phrase as `says`, a comment with its line, offsets and interval.  With
    a `corpus`, each draft names the quantity it most likely states (`checker.propose`),
    an id, and the verdict it would get; drafts of the same figure on the same quantity
    are grouped, across all `texts`.  Mentions that are clearly not claims (years,
    dates, times, ages, spans of years, ranks, names with digits: `checker.triage`) are
    left out; one `ignore` entry per kind and text is drafted instead, and `show_all`
    lists each of them as a commented-out draft.
    """
    items: list[_Item] = []
    for t in texts:
        drafts = list(iter_drafts(t.text))
        mentions = [d.mention for d in drafts]
        for d in drafts:
            owner = t.source_at(d.mention.start)
            if owner is None:
                continue  # outside every source's section: no claim can be made of it
            source, source_kind, cites = owner
            kind = classify(t.text, d.mention)
            proposal = None
            if corpus is not None and kind is None and d.mention.stated is not None:
                proposal = propose(corpus, t.text, d.mention, mentions, source_kind, cites)
            items.append(_Item(t, source, d, kind, proposal))
    claims = [i for i in items if i.nonclaim is None]
    skipped = [i for i in items if i.nonclaim is not None]
    taken = set(corpus.ids) if corpus is not None else set()
    out = _header(texts, len(claims), skipped, corpus is not None, show_all)
    out += "claims:" + ("\n" if claims else " []\n")
    for group in _groups(claims):
        if len(group) > 1:
            where = ", ".join(f"{_comment(i.text.name)} line {i.draft.line}" for i in group)
            first = group[0]
            target = (first.proposal.quantity if first.proposal and first.proposal.quantity
                      else "TODO")
            out += (f"  # {_q(first.draft.mention.text)[1:-1]} → {target}: {len(group)} "
                    f"mentions ({where})\n")
        for item in group:
            out += _claim(item, taken, corpus is not None)
    out += _ignores(texts, skipped)
    if show_all and skipped:
        out += ("# Not claims, left out (uncomment one under `claims:` if it is a claim after"
                " all):\n")
        for item in skipped:
            m = item.draft.mention
            out += (f"#  - source: {_q(item.source)}  # {_comment(item.text.name)} line "
                    f"{item.draft.line}: a {BY_NAME[item.nonclaim or 'year'].noun}\n"
                    f"#    quote: {_q(item.draft.sentence)}\n#    says: {_q(m.text)}\n")
    return out


def _header(texts: list[Text], n_claims: int, skipped: list[_Item], proposed: bool,
            show_all: bool) -> str:
    names = ", ".join(_comment(t.name) for t in texts)
    found = _plural(n_claims, "numeric mention", "numeric mentions")
    left = _plural(len(skipped), "mention that is not a claim", "mentions that are not claims")
    head = f"# Draft claims from {names}: {found}; {left}"
    head += " (listed at the end).\n" if show_all else " left out (see --all).\n"
    if proposed:
        head += ("# Each draft names the quantity of the corpus it most likely states, with "
                 "the evidence\n# and the verdict it would get: check each one; a draft "
                 "whose quantity is TODO\n# matched none well enough (its best candidates "
                 "are listed).\n")
    else:
        head += "# For each claim: name its `quantity` and give it an `id`.\n"
    head += ("# Shorten a `quote` if you like (it must still hold `says`); delete the drafts "
             "that are\n# not claims, or move them to `ignore:` with a reason.  Confirm each "
             "`ignore` entry.\n")
    for t in texts:
        if t.in_corpus:
            continue
        digest = hashlib.sha256(t.text.encode("utf-8")).hexdigest()
        head += (f"# sources:\n#   - id: {_q(t.source)}\n#     title: TODO\n#     kind: news\n"
                 f"#     snapshot: {_q(t.name)}\n#     sha256: {digest}\n")
    return head


def _groups(items: list[_Item]) -> list[list[_Item]]:
    """Group the drafts of one figure proposed for one quantity, in order of first
    appearance; a draft without a proposed quantity stands alone."""
    groups: dict[tuple[str, ...], list[_Item]] = {}
    for n, item in enumerate(items):
        m = item.draft.mention
        quantity = item.proposal.quantity if item.proposal is not None else None
        key = (quantity, str(m.stated.interval) if m.stated else m.text) if quantity \
            else (str(n),)
        groups.setdefault(key, []).append(item)
    return list(groups.values())


def _claim(item: _Item, taken: set[str], with_ids: bool) -> str:
    d, p, source = item.draft, item.proposal, item.source
    m = d.mention
    where = f"line {d.line}, chars {m.start}-{m.end}"
    value = str(m.stated.interval) if m.stated is not None else "?"
    if m.stated is not None and m.stated.unit is not None:
        unit = quantity_unit_for(m.stated.unit)
        value += f" {unit} (a quantity with unit: {unit})"
    if m.stated is not None and (m.stated.interval.lo is None or m.stated.interval.lo < 0):
        value += " (a quantity with signed: true)"
    lines = f"  - source: {_q(source)}\n"
    if with_ids and p is not None:
        quantity = p.quantity or "TODO"
        base = f"{source}.{quantity}" if p.quantity else f"{source}.line{d.line}"
        ident, n = base, 1
        while ident in taken:
            n += 1
            ident = f"{base}.{n}"
        taken.add(ident)
        lines = f"  - id: {_q(ident)}\n    source: {_q(source)}\n"
        lines += f"    quantity: {quantity}  # {where}: {value}\n"
        lines += _evidence(p)
    else:
        lines += f"    quantity: TODO  # {where}: {value}\n"
    return lines + f"    quote: {_q(d.sentence)}\n    says: {_q(m.text)}\n"


def _evidence(p: Proposal) -> str:
    """Return the comment lines that say why a quantity is proposed, and its verdict."""
    def why(c: Candidate) -> str:
        parts = []
        if c.figures:
            parts.append("figure of " + ", ".join(c.figures[:3])
                         + (" ..." if len(c.figures) > 3 else ""))
        if c.words:
            parts.append("words " + ", ".join(c.words[:5]))
        if c.unit:
            parts.append("unit")
        return f"{c.quantity} ({c.score:.1f}: {'; '.join(parts) or 'no evidence'})"

    if p.quantity is None:
        best = "; ".join(why(c) for c in p.candidates) or "no quantity of this unit"
        return f"    # candidates: {best}\n"
    out = f"    # proposed: {why(p.candidates[0])}\n"
    if len(p.candidates) > 1:
        out += "    # next: " + "; ".join(why(c) for c in p.candidates[1:]) + "\n"
    if p.preview is not None:
        pv = p.preview
        against = ", ".join(pv.against[:4]) + (" ..." if len(pv.against) > 4 else "")
        basis = {"cited": "the cited source", "references": "the references",
                 "others": "the other claims", "none": "nothing"}.get(pv.basis, pv.basis)
        target = f" {pv.against_interval}" if pv.against_interval is not None else ""
        out += (f"    # would be: {pv.verdict.value}" + (f" against {basis}{target} "
                f"({against})" if pv.against else " (no other claim on it)") + "\n")
    return out


def _ignores(texts: list[Text], skipped: list[_Item]) -> str:
    """Return one `ignore` entry per text and kind of non-claim found in it."""
    by: dict[tuple[str, str], list[_Item]] = {}
    for item in skipped:
        by.setdefault((item.source, item.nonclaim or ""), []).append(item)
    if not by:
        return ""
    out = "ignore:\n"
    for (source, kind), found in by.items():
        shown = ", ".join(f"{_q(i.draft.mention.text)[1:-1]} (line {i.draft.line})"
                          for i in found[:6]) + (" ..." if len(found) > 6 else "")
        out += (f"  - source: {_q(source)}\n    kind: {kind}  # {shown}\n"
                f"    why: \"the {BY_NAME[kind].plural} of this text are not claims; "
                "confirm\"\n")
    return out


_SLUG_DROP = _regex.compile(r"[^a-z0-9]+")


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
        f"# Source stub for {_comment(snapshot)}, made from {_comment(made_from)}\n"
        f"# ({where}).\n"
        "# Check every field, then paste it under `sources:` in a claim file; `snapshot:`\n"
        "# is relative to that claim file.\n"
        "sources:\n"
        f"  - id: {_q(ident)}\n"
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
