"""The provenance stage as it stood before its fast paths (`checker.provenance`).

The oracle of tests/test_provenance.py: `check_provenance` must return exactly the
findings, quote positions and sections this one returns.  Every offset goes through the
general maps of `NormalText` (`to_original`, `to_original_end`, `to_normal`), every quote
and `says` through the offset map, every boundary through `splits_word` without the
shortcuts.  Kept as it is; never optimise it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from checker.findings import Finding, Location, QuotePosition
from checker.models import Claim, Source
from checker.provenance import ProvenanceResult
from checker.rules import finding
from checker.snapshots import (
    Match,
    NormalText,
    SourceText,
    find_divergence,
    find_inside_word,
    find_section,
    normalize,
    splits_word,
)

Locate = Callable[..., Location | None]
Qualifier = Callable[[str, int, int], str | None]


def _on_boundaries(text: str, start: int, end: int) -> bool:
    return not splits_word(text, start) and not splits_word(text, end)


def find_normal_quote(doc: NormalText, q: str, span: tuple[int, int] | None = None
                      ) -> Match | None:
    if not q:
        return None
    lo, hi = span if span is not None else (0, len(doc.norm))
    first: tuple[int, int] | None = None
    count = 0
    at = doc.norm.find(q, lo, hi)
    while at >= 0:
        start = doc.to_original(at)
        end = doc.to_original_end(at + len(q))
        if _on_boundaries(doc.text, start, end):
            count += 1
            if first is None:
                first = (start, end)
        at = doc.norm.find(q, at + 1, hi)
    if first is None:
        return None
    return Match(first[0], first[1], doc.line_of(first[0]), count, doc.page_of(first[0]))


def find_normal_says(quote: str, target: str) -> tuple[int, bool] | None:
    if not target:
        return None
    doc = NormalText(quote)
    at = first = doc.norm.find(target)
    while at >= 0:
        if _on_boundaries(quote, doc.to_original(at), doc.to_original_end(at + len(target))):
            return at, True
        at = doc.norm.find(target, at + 1)
    return (first, False) if first >= 0 else None


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
