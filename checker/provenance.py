"""Provenance checks PRV001–PRV005 (layer 2: pure analysis).

For every source: is its snapshot or table there (PRV004), is it the one that was
recorded (PRV003)?  For every quoted claim: is the quote in the source's snapshot or
section (PRV001), is `says` inside the quote (PRV002), is the quote unique (PRV005)?
Returns the findings and each verified quote's place; never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from checker.findings import Finding, Location, QuotePosition
from checker.models import Claim, Source
from checker.rules import finding
from checker.snapshots import (
    NormalText,
    SourceText,
    find_divergence,
    find_inside_word,
    find_normal_says,
    find_plain_says,
    find_section,
    is_plain,
    normalize,
)

Locate = Callable[..., Location | None]
Qualifier = Callable[[str, int, int], str | None]
"""Given a quote (normalised) and the span of `says` in it, the qualifier phrase of the
number grammar that stands right before or after the span, or None."""


@dataclass(frozen=True)
class ProvenanceResult:
    """What the provenance checks found: findings, quote places, section spans."""

    findings: tuple[Finding, ...]
    positions: Mapping[str, QuotePosition]
    sections: Mapping[str, tuple[int, int]]  # source id -> original offsets of its section


def check_provenance(
    sources: Mapping[str, Source],
    claims: list[Claim],
    texts: Mapping[str, SourceText],
    locate: Locate,
    qualifier: Qualifier | None = None,
) -> ProvenanceResult:
    """Check every source's file and every quoted claim's quote.

    `texts` maps a source id to its snapshot or table as read; `locate(item_id, *fields)`
    gives the claim-file location of an item for findings; `qualifier` finds a qualifier
    of the grammar standing beside `says` in the quote (PRV006; not checked without it).
    """
    out: list[Finding] = []
    spans: dict[str, tuple[int, int] | None] = {}
    sections: dict[str, tuple[int, int]] = {}
    for sid in sorted(sources):
        src = sources[sid]
        read = texts.get(sid)
        name = src.table if src.kind == "dataset" else src.snapshot
        if name is None:
            continue
        what = "table" if src.kind == "dataset" else "snapshot"
        if read is None or read.sha256 is None:
            out.append(finding(
                "PRV004", f"the {what} of source `{sid}` is missing: {name}",
                location=locate(sid, what)))
            continue
        if src.sha256 is not None and src.sha256.lower() != read.sha256:
            out.append(finding(
                "PRV003",
                f"the {what} of source `{sid}` has changed: its sha256 is now {read.sha256}, "
                f"the corpus records {src.sha256.lower()}; check the quotes against the new "
                f"{what}, then accept it by writing `sha256: {read.sha256}` for `{sid}`",
                location=locate(sid, "sha256")))
        if read.text is not None and src.section is not None:
            span = find_section(read.text, src.section.from_, src.section.to)
            spans[sid] = span
            if span is not None:
                sections[sid] = (read.text.to_original(span[0]),
                                 read.text.to_original_end(span[1]))
    positions: dict[str, QuotePosition] = {}
    unverified = QuotePosition(verified=False)
    # per source: the source, its text as read, the snapshot, the normalised range to
    # search (None when its section is not there)
    places: dict[str, tuple[Source, SourceText | None, NormalText | None,
                            tuple[int, int] | None]] = {}
    for claim in claims:
        quote, says = claim.quote, claim.says
        if quote is None or says is None:
            continue
        cid = claim.id or ""
        sid = claim.source
        plain = is_plain(quote)  # (most quotes): its own normal form, offset for offset
        quote_norm = quote if plain else normalize(quote)
        # `says` as written inside a plain quote is plain too (most claims): its own
        # normal form, with no test of its own.
        found = find_plain_says(quote, says) if plain and says else None
        if found is not None:
            says_norm = says
        else:
            says_norm = says if is_plain(says) else normalize(says)
            found = (find_plain_says(quote, says_norm) if plain and says_norm
                     else find_normal_says(quote, says_norm))
        says_at = found[0] if found is not None and found[1] else -1
        if found is None:
            out.append(finding(
                "PRV002", f"says {says!r} is not inside the quote of `{cid}`",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "says")))
        elif not found[1]:
            context = _around(quote_norm, found[0], len(says_norm))
            out.append(finding(
                "PRV002", f"says {says!r} stands in the quote of `{cid}` only inside "
                f"a longer number or word ({context}): write the whole figure in `says`",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "says")))
        elif qualifier is not None and claim.value is None:  # `value:` states it by hand
            phrase = qualifier(quote_norm, says_at, says_at + len(says_norm))
            if phrase is not None:
                out.append(finding(
                    "PRV006", f"the quote of `{cid}` reads {phrase!r} but says is "
                    f"{says!r}: the qualifier changes the number; say it in `says`",
                    claims=(cid,), quantities=(claim.quantity,),
                    location=locate(cid, "says")))
        place = places.get(sid)
        if place is None:
            place = places[sid] = _place(sid, sources[sid], texts.get(sid), spans)
        src, read, doc, span = place
        if read is None or doc is None:
            positions[cid] = unverified
            continue
        if span is None:
            section = src.section
            assert section is not None  # (the range is None only for a section not there)
            out.append(finding(
                "PRV001",
                f"the quote of `{cid}` cannot be verified: the section of `{sid}` "
                f"(from {section.from_!r} to {section.to!r}) is not in {read.shown}",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
            positions[cid] = unverified
            continue
        match = doc.place_quote(quote_norm, span[0], span[1], says_at, len(says_norm))
        if match is None:
            within = spans.get(sid)
            where = "the section of" if src.section is not None else "the snapshot of"
            inside = find_inside_word(doc, quote, within)
            why = "" if inside is None else (
                f": it stands there only inside a longer word or number (line "
                f"{doc.line_of(inside)}); start and end the quote on whole words")
            out.append(finding(
                "PRV001", f"the quote of `{cid}` is not in {where} `{sid}` ({read.shown})"
                f"{why or _divergence(doc, quote, within)}",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
            positions[cid] = unverified
            continue
        start, end, line, page, occurrences, says_start, says_end = match
        if occurrences > 1:
            out.append(finding(
                "PRV005", f"the quote of `{cid}` occurs {occurrences} times in "
                f"`{sid}`; the first is used (line {line}{_page(page)})",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
        positions[cid] = QuotePosition(True, start, end, line, says_start, says_end, page)
    return ProvenanceResult(tuple(out), positions, sections)


def _place(sid: str, src: Source, read: SourceText | None,
           spans: Mapping[str, tuple[int, int] | None]
           ) -> tuple[Source, SourceText | None, NormalText | None, tuple[int, int] | None]:
    """Return what the quotes of source `sid` are checked against: the source, its text as read,
    the snapshot (None when missing) and the normalised range to search in it (the
    section's, the whole text's, or None when the section is not in the snapshot)."""
    doc = read.text if read is not None else None
    if doc is None:
        return src, read, None, None
    if src.section is not None:
        return src, read, doc, spans.get(sid)
    return src, read, doc, (0, len(doc.norm))


def _page(page: int | None) -> str:
    """Return ", page N" for a snapshot with pages, else ""."""
    return f", page {page}" if page is not None else ""


def _divergence(doc: NormalText, quote: str, span: tuple[int, int] | None) -> str:
    """Return where a quote not found parts from the snapshot, for the PRV001 message."""
    d = find_divergence(doc, quote, span)
    if d is None:
        return "; not even its first character is there"
    tail = d.matched[-40:]
    lead = "…" if len(d.matched) > len(tail) else ""
    return (f"; its first {len(d.matched)} characters match at line {d.line}{_page(d.page)} "
            f"(“{lead}{tail}”), then the quote has “{d.quote_next}…” where the snapshot has "
            f"“{d.text_next}…”")


def _around(text: str, at: int, length: int, context: int = 12) -> str:
    """Return `text` around ``text[at:at + length]`` for a message: ``'…in 2015 the…'``."""
    lo, hi = max(0, at - context), min(len(text), at + length + context)
    piece = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return repr(piece)
