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
    find_normal_quote,
    find_normal_says,
    find_section,
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
    for claim in claims:
        if claim.quote is None or claim.says is None:
            continue
        cid = claim.id or ""
        src = sources[claim.source]
        read = texts.get(claim.source)
        says_norm = normalize(claim.says)
        quote_norm = normalize(claim.quote)
        found = find_normal_says(claim.quote, says_norm)
        says_at = found[0] if found is not None and found[1] else -1
        if found is None:
            out.append(finding(
                "PRV002", f"says {claim.says!r} is not inside the quote of `{cid}`",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "says")))
        elif not found[1]:
            context = _around(quote_norm, found[0], len(says_norm))
            out.append(finding(
                "PRV002", f"says {claim.says!r} stands in the quote of `{cid}` only inside "
                f"a longer number or word ({context}): write the whole figure in `says`",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "says")))
        elif qualifier is not None and claim.value is None:  # `value:` states it by hand
            phrase = qualifier(quote_norm, says_at, says_at + len(says_norm))
            if phrase is not None:
                out.append(finding(
                    "PRV006", f"the quote of `{cid}` reads {phrase!r} but says is "
                    f"{claim.says!r}: the qualifier changes the number; say it in `says`",
                    claims=(cid,), quantities=(claim.quantity,),
                    location=locate(cid, "says")))
        if read is None or read.text is None:
            positions[cid] = QuotePosition(verified=False)
            continue
        doc = read.text
        if src.section is not None and spans.get(claim.source) is None:
            out.append(finding(
                "PRV001",
                f"the quote of `{cid}` cannot be verified: the section of `{claim.source}` "
                f"(from {src.section.from_!r} to {src.section.to!r}) is not in {read.shown}",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
            positions[cid] = QuotePosition(verified=False)
            continue
        match = find_normal_quote(doc, quote_norm, spans.get(claim.source))
        if match is None:
            where = "the section of" if src.section is not None else "the snapshot of"
            inside = find_inside_word(doc, claim.quote, spans.get(claim.source))
            why = "" if inside is None else (
                f": it stands there only inside a longer word or number (line "
                f"{doc.line_of(inside)}); start and end the quote on whole words")
            out.append(finding(
                "PRV001", f"the quote of `{cid}` is not in {where} `{claim.source}` "
                f"({read.shown})"
                f"{why or _divergence(doc, claim.quote, spans.get(claim.source))}",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
            positions[cid] = QuotePosition(verified=False)
            continue
        if match.occurrences > 1:
            out.append(finding(
                "PRV005", f"the quote of `{cid}` occurs {match.occurrences} times in "
                f"`{claim.source}`; the first is used (line {match.line}"
                f"{_page(match.page)})",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote")))
        says_start = says_end = None
        if says_at >= 0:
            q_norm_start = doc.to_normal(match.start)
            s_norm = q_norm_start + says_at
            says_start = doc.to_original(s_norm)
            says_end = doc.to_original_end(s_norm + len(says_norm))
        positions[cid] = QuotePosition(True, match.start, match.end, match.line,
                                       says_start, says_end, match.page)
    return ProvenanceResult(tuple(out), positions, sections)


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
