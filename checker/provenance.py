"""Provenance checks PRV001–PRV005 (layer 2: pure analysis).

For every source: is its snapshot or table there (PRV004), is it the one that was
recorded (PRV003)?  For every quoted claim: is the quote in the source's snapshot or
section (PRV001), is `says` inside the quote (PRV002), is the quote unique (PRV005)?
Returns the findings and each verified quote's place; never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import groupby
from operator import attrgetter, itemgetter

from checker._frozen import record
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
    on_boundaries,
)

Locate = Callable[..., Location | None]
Qualifier = Callable[[str, int, int], str | None]
"""Given a quote (normalised) and the span of `says` in it, the qualifier phrase of the
number grammar that stands right before or after the span, or None."""


@record(slots=False)
class ProvenanceResult:
    """What the provenance checks found: findings, quote places, section spans."""

    findings: tuple[Finding, ...]
    positions: dict[str, QuotePosition]  # (the audit empties it as the results are made)
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
    out, spans, sections = _check_files(sources, texts, locate)
    positions: dict[str, QuotePosition] = {}
    places: dict[str, tuple[Source, SourceText | None, NormalText | None,
                            tuple[int, int] | None]] = {}
    # The claims come in runs of one source (a claim file lists a source's claims
    # together): the quotes of a run are placed in one call (`NormalText.place_quotes`).
    for sid, run in groupby(claims, _SOURCE):
        place = places.get(sid)
        if place is None:
            place = places[sid] = _place(sid, sources[sid], texts.get(sid), spans)
        _check_run(sid, list(run), place, spans, locate, qualifier, positions, out)
    return ProvenanceResult(tuple(out), positions, sections)


_SOURCE = attrgetter("source")


def _check_files(sources: Mapping[str, Source], texts: Mapping[str, SourceText],
                 locate: Locate
                 ) -> tuple[list[Finding], dict[str, tuple[int, int] | None],
                            dict[str, tuple[int, int]]]:
    """Return the findings on the sources' files (PRV003, PRV004), the normalised span of
    each sectioned source's section (None when it is not there) and its original offsets."""
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
    return out, spans, sections


def _check_run(sid: str, run: list[Claim],
               place: tuple[Source, SourceText | None, NormalText | None,
                            tuple[int, int] | None],
               spans: Mapping[str, tuple[int, int] | None], locate: Locate,
               qualifier: Qualifier | None, positions: dict[str, QuotePosition],
               out: list[Finding]) -> None:
    """Check the quotes and `says` of `run`, claims of source `sid` in the corpus's order.

    Each quoted claim's place goes into `positions`, its findings onto `out`, claim by
    claim.  `place` is what `_place` returns for the source.
    """
    quoted: list[Claim] = []
    ids: list[str] = []
    quotes: list[str] = []  # each quoted claim's quote, normalised
    says_at: list[int] = []  # where its `says` stands in it (normalised; -1: nowhere)
    says_len: list[int] = []
    found: list[tuple[int, Finding]] = []  # (the claim's index in `quoted`, the finding)
    for claim in run:
        quote, says = claim.quote, claim.says
        if quote is None or says is None:
            continue
        if quote.isascii() and quote.isprintable() and "  " not in quote and "--" not in quote:
            # (`is_plain`, most quotes): its own normal form, offset for offset; `says`
            # as written inside it, at its first occurrence, on boundaries (most claims)
            # is plain too, with no test of its own
            quote_norm = says_norm = quote
            at = quote.find(says) if says else -1
            end = at + len(says)
            if at >= 0 and ((at == 0 or quote[at - 1] == " " or quote[at] == " ")
                            and (end >= len(quote) or quote[end - 1] == " "
                                 or quote[end] == " ") or on_boundaries(quote, at, end)):
                says_norm = says
                whole = True
            else:
                says_norm, hit = _find_says(quote, says, True)
                at, whole = hit if hit is not None else (-1, False)
        else:
            quote_norm = normalize(quote)
            says_norm, hit = _find_says(quote, says, False)
            at, whole = hit if hit is not None else (-1, False)
        cid = claim.id or ""
        if not whole:
            if at < 0:
                message = f"says {says!r} is not inside the quote of `{cid}`"
            else:
                message = (f"says {says!r} stands in the quote of `{cid}` only inside a "
                           f"longer number or word ({_around(quote_norm, at, len(says_norm))}):"
                           " write the whole figure in `says`")
                at = -1
            found.append((len(quoted), finding(
                "PRV002", message, claims=(cid,), quantities=(claim.quantity,),
                location=locate(cid, "says"))))
        elif qualifier is not None and claim.value is None:  # `value:` states it by hand
            phrase = qualifier(quote_norm, at, at + len(says_norm))
            if phrase is not None:
                found.append((len(quoted), finding(
                    "PRV006", f"the quote of `{cid}` reads {phrase!r} but says is "
                    f"{says!r}: the qualifier changes the number; say it in `says`",
                    claims=(cid,), quantities=(claim.quantity,),
                    location=locate(cid, "says"))))
        quoted.append(claim)
        ids.append(cid)
        quotes.append(quote_norm)
        says_at.append(at)
        says_len.append(len(says_norm))
    src, read, doc, span = place
    if read is None or doc is None:
        placed: list[QuotePosition | None] = [_UNVERIFIED] * len(quoted)
        repeated: dict[int, int] = {}
    elif span is None:
        section = src.section
        assert section is not None  # (the range is None only for a section not there)
        placed, repeated = [None] * len(quoted), dict.fromkeys(range(len(quoted)), 0)
    else:
        placed, repeated = doc.place_quotes(quotes, says_at, says_len, span[0], span[1])
    if not found and not repeated:  # (most runs: every quote placed, each found once)
        positions.update(zip(ids, placed, strict=True))  # type: ignore[arg-type]
        return
    for k, (claim, cid, pos) in enumerate(zip(quoted, ids, placed, strict=True)):
        if pos is None:
            found.append((k, _not_found(sid, claim, cid, src, read, doc, spans, locate)))
            pos = _UNVERIFIED
        elif k in repeated:  # (more than once)
            found.append((k, finding(
                "PRV005", f"the quote of `{cid}` occurs {repeated[k]} times in "
                f"`{sid}`; the first is used (line {pos.line}{_page(pos.page)})",
                claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote"))))
        positions[cid] = pos
    found.sort(key=_FIRST)  # (stable: each claim's findings in the order made)
    out += [f for _, f in found]


_FIRST = itemgetter(0)


def _not_found(sid: str, claim: Claim, cid: str, src: Source, read: SourceText | None,
               doc: NormalText | None, spans: Mapping[str, tuple[int, int] | None],
               locate: Locate) -> Finding:
    """Return the PRV001 finding of a quote not in its source's snapshot or section."""
    assert read is not None and doc is not None and claim.quote is not None
    quote = claim.quote
    within = spans.get(sid)
    if src.section is not None and within is None:
        section = src.section
        return finding(
            "PRV001",
            f"the quote of `{cid}` cannot be verified: the section of `{sid}` "
            f"(from {section.from_!r} to {section.to!r}) is not in {read.shown}",
            claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote"))
    where = "the section of" if src.section is not None else "the snapshot of"
    inside = find_inside_word(doc, quote, within)
    why = "" if inside is None else (
        f": it stands there only inside a longer word or number (line "
        f"{doc.line_of(inside)}); start and end the quote on whole words")
    return finding(
        "PRV001", f"the quote of `{cid}` is not in {where} `{sid}` ({read.shown})"
        f"{why or _divergence(doc, quote, within)}",
        claims=(cid,), quantities=(claim.quantity,), location=locate(cid, "quote"))


_UNVERIFIED = QuotePosition(verified=False)


def _find_says(quote: str, says: str, plain: bool) -> tuple[str, tuple[int, bool] | None]:
    """Return `says` normalised and where it stands in the quote (`find_normal_says`), for
    a quote that `is_plain` (`plain`) or not."""
    if plain and says:
        hit = find_plain_says(quote, says)
        if hit is not None:
            return says, hit
    says_norm = says if is_plain(says) else normalize(says)
    return says_norm, (find_plain_says(quote, says_norm) if plain and says_norm
                       else find_normal_says(quote, says_norm))


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
