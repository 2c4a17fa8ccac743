"""Provenance checks PRV001–PRV005 (layer 2: pure analysis).

For every source: is its snapshot or table there (PRV004), is it the one that was
recorded (PRV003)?  For every quoted claim: is the quote in the source's snapshot or
section (PRV001), is `says` inside the quote (PRV002), is the quote unique (PRV005)?
Returns the findings and each verified quote's place; never prints.  On a large corpus
a forked worker checks the quotes of about half of the sources (`check_part`), and the
result is the same as in one process.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby, repeat
from operator import attrgetter, is_not, itemgetter
from typing import TYPE_CHECKING

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
    positions_of,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from checker._parallel import Worker

Locate = Callable[..., Location | None]
Qualifier = Callable[[str, int, int], str | None]
"""Given a quote (normalised) and the span of `says` in it, the qualifier phrase of the
number grammar that stands right before or after the span, or None."""


@record(slots=False)
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
    worker: Worker[Part, Packed] | None = None,
) -> ProvenanceResult:
    """Check every source's file and every quoted claim's quote.

    `texts` maps a source id to its snapshot or table as read; `locate(item_id, *fields)`
    gives the claim-file location of an item for findings; `qualifier` finds a qualifier
    of the grammar standing beside `says` in the quote (PRV006; not checked without it).
    `worker`, a child forked for it (`start_worker(check_part)`), checks about half of
    the quotes when there are `PARALLEL_QUOTES` or more; it is ended unused otherwise.
    The result is the same either way.
    """
    out, spans, sections = _check_files(sources, texts, locate)
    # The claims come in runs of one source (a claim file lists a source's claims
    # together): the quotes of a run are placed in one call (`NormalText.place_quotes`).
    runs = [(sid, _quoted(list(run))) for sid, run in groupby(claims, _SOURCE)]
    places: dict[str, _Place] = {}
    for sid, _ in runs:
        if sid not in places:
            places[sid] = _place(sources[sid], texts.get(sid), spans.get(sid))
    positions: dict[str, QuotePosition] = {}
    for (_, quoted), (placed, found) in zip(runs, _check_runs(runs, places, qualifier, worker),
                                            strict=True):
        positions.update(zip(quoted[0], placed, strict=True))
        out += [finding(code, message, claims=(cid,), quantities=(quantity,),
                        location=locate(cid, field))
                for code, message, cid, quantity, field in found]
    return ProvenanceResult(tuple(out), positions, sections)


_SOURCE = attrgetter("source")
_ID, _QUOTE, _SAYS, _QUANTITY, _VALUE = (attrgetter(name) for name in (
    "id", "quote", "says", "quantity", "value"))

_Quoted = tuple[list[str], list[str], list[str], list[str], list[bool]]
"""The quoted claims of a run (a quote and `says` both given), one list per field: their
ids, quotes, `says`, quantities, and whether each states its value by hand."""

_Place = tuple[NormalText | None, tuple[int, int] | None, tuple[str, str] | None, str,
               tuple[int, int] | None]
"""What the quotes of a source are checked against (`_place`): its snapshot (None when
missing), the normalised range to search in it (None for a section not there), its
section's ends (None without one), its file as shown, and its section's normalised span."""

_Raw = tuple[str, str, str, str, str]
"""A finding on a quoted claim: its code, message, claim id, quantity and the field of
the claim it is located at (made a `Finding` with the claim's location at the end)."""

Columns = tuple[Sequence[int], Sequence[int], Sequence[int], Sequence[int], Sequence[int],
                list[int | None]]
"""Places of verified quotes, one sequence per field of `QuotePosition` after `verified`
(from a child: the offsets and lines as arrays of machine ints, pickled as their bytes)."""

Packed = tuple[bytes, Columns]
"""What a forked child sends back (`check_part`): for each run, whether it is clean
(every quote verified, no finding: 1) or not (0, checked again by the parent, which makes
the messages), and the places of the quotes of the clean runs, one after the other."""

Part = tuple[Qualifier | None, list[tuple[_Quoted, _Place]]]
"""The runs a forked child checks (their quotes and `says`, the ids and quantities left
out: a run with a finding is checked again by the parent) and the qualifier."""

PARALLEL_QUOTES = 20_000
"""Quoted claims from which a forked child checks about half of them (`CHILD_SHARE`),
as the loader's child loads half of the claim files from about 20,000 claims: sending
the quotes with their snapshots and making their places again from the answer cost this
process about a fifth of what checking them here would."""

CHILD_SHARE = 0.5
"""The share of the work (`_cost`) the child does.  This process also reads the claims'
fields, sends them and makes the child's places again; the child unpickles its input
and packs its answer: at 100,000 claims the two finish at about the same time."""

QUOTE_CHARS = 4_000
"""The cost of checking one quote apart from searching its snapshot, in characters
searched (about 3 µs of Python, where `str.find` scans about a character a nanosecond)."""


def _quoted(run: list[Claim]) -> _Quoted:
    """Return the quoted claims of `run` as one list per field."""
    if None in map(_QUOTE, run) or None in map(_SAYS, run):  # (most runs: all quoted)
        run = [c for c in run if c.quote is not None and c.says is not None]
    ids = list(map(_ID, run))
    if None in ids:
        ids = [cid or "" for cid in ids]
    return (ids, list(map(_QUOTE, run)), list(map(_SAYS, run)),
            list(map(_QUANTITY, run)), list(map(is_not, map(_VALUE, run), repeat(None))))


def _check_runs(runs: list[tuple[str, _Quoted]], places: dict[str, _Place],
                qualifier: Qualifier | None, worker: Worker[Part, Packed] | None
                ) -> list[tuple[list[QuotePosition], list[_Raw]]]:
    """Return the places and findings of each run, in order: about `CHILD_SHARE` of the
    work (whole sources) done by `worker` when there are `PARALLEL_QUOTES` quotes or more.

    The child's runs are checked here instead, one by one, where its answer says they
    are not clean; all of them when it fails.  An error here ends the child, and every
    run is checked here again in order (the audit fails with the first error, as it would
    without the child).
    """
    sent: set[str] = set()
    if worker is not None and worker.forked:
        if sum(len(quoted[0]) for _, quoted in runs) >= PARALLEL_QUOTES:
            sent = _child_sources(runs, places)
        if not sent:
            worker.cancel()
    if not sent:
        return [_check_run(sid, quoted, places[sid], qualifier) for sid, quoted in runs]
    assert worker is not None
    theirs = [(sid, quoted, places[sid]) for sid, quoted in runs if sid in sent]

    def again() -> Packed:  # (the child failed)
        return check_part((qualifier, [(quoted, place) for _, quoted, place in theirs]))

    pending = worker.submit((qualifier, [(_blank(quoted), place)
                                         for _, quoted, place in theirs]), again)
    try:
        mine = [_check_run(sid, quoted, places[sid], qualifier)
                for sid, quoted in runs if sid not in sent]
    except Exception:
        pending.cancel()
        return [_check_run(sid, quoted, places[sid], qualifier) for sid, quoted in runs]
    except BaseException:
        pending.cancel()
        raise
    try:
        clean, columns = pending.result()
    except BaseException:
        pending.cancel()
        raise
    # (every source sent has a snapshot)
    made = positions_of(columns, max(len(place[0].text) for _, _, place in theirs
                                     if place[0] is not None))
    done = iter(mine)
    out: list[tuple[list[QuotePosition], list[_Raw]]] = []
    k = at = 0
    for sid, quoted in runs:
        if sid not in sent:
            out.append(next(done))
            continue
        if clean[k]:
            n = len(quoted[0])
            out.append((made[at:at + n], []))
            at += n
        else:
            out.append(_check_run(sid, quoted, places[sid], qualifier))
        k += 1
    return out


def _blank(quoted: _Quoted) -> _Quoted:
    """Return `quoted` without its ids and quantities (for a child: a run with a finding,
    where they are read, is checked again with them)."""
    none = [""] * len(quoted[0])
    return none, quoted[1], quoted[2], none, quoted[4]


def _cost(quoted: _Quoted, place: _Place) -> int:
    """Return about what checking the quotes of a run costs (`QUOTE_CHARS`)."""
    doc = place[0]
    return len(quoted[0]) * (QUOTE_CHARS + (len(doc.norm) if doc is not None else 0))


def _child_sources(runs: list[tuple[str, _Quoted]], places: dict[str, _Place]) -> set[str]:
    """Return the sources whose runs the child checks: about `CHILD_SHARE` of the cost,
    whole sources with a snapshot and a range to search, in the order of their ids (none
    when that would be every source)."""
    cost: dict[str, int] = dict.fromkeys(sorted(places), 0)
    for sid, quoted in runs:
        cost[sid] += _cost(quoted, places[sid])
    goal = sum(cost.values()) * CHILD_SHARE
    share = 0
    sent: set[str] = set()
    for sid, c in cost.items():
        if share >= goal:
            break
        if c and places[sid][1] is not None:  # (a snapshot and a range to search)
            sent.add(sid)
            share += c
    return sent if len(sent) < len(places) else set()


def check_part(part: Part) -> Packed:
    """Check the runs of `part` (in a forked child); return which are clean and the places
    of the quotes of those (`Packed`)."""
    qualifier, runs = part
    clean = bytearray()
    starts, ends, lines, says_starts, says_ends = (array("q") for _ in range(5))
    pages: list[int | None] = []
    for quoted, place in runs:
        placed, found = _check_run("", quoted, place, qualifier)
        ok = not found and all(map(_VERIFIED, placed))
        clean.append(ok)
        if ok:
            starts.extend(map(_START, placed))
            ends.extend(map(_END, placed))
            lines.extend(map(_LINE, placed))
            says_starts.extend(map(_SAYS_START, placed))
            says_ends.extend(map(_SAYS_END, placed))
            pages += map(_PAGE, placed)
    # (arrays: a few bytes each to pickle, and no int object in this process or the
    # parent until it makes the positions)
    return bytes(clean), (starts, ends, lines, says_starts, says_ends, pages)


_VERIFIED, _START, _END, _LINE, _SAYS_START, _SAYS_END, _PAGE = (attrgetter(name) for name in (
    "verified", "start", "end", "line", "says_start", "says_end", "page"))


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


def _check_run(sid: str, quoted: _Quoted, place: _Place, qualifier: Qualifier | None
               ) -> tuple[list[QuotePosition], list[_Raw]]:
    """Check the quotes and `says` of the quoted claims of a run of source `sid`, in the
    corpus's order; return each one's place and the run's findings, claim by claim.

    `place` is what `_place` returns for the source.
    """
    quotes: list[str] = []  # each quoted claim's quote, normalised
    says_at: list[int] = []  # where its `says` stands in it (normalised; -1: nowhere)
    says_len: list[int] = []
    found: list[tuple[int, _Raw]] = []  # (the claim's index in the run, the finding)
    ids, written, said, quantities, stated = quoted
    for k, (cid, quote, says) in enumerate(zip(ids, written, said, strict=True)):
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
        if not whole:
            if at < 0:
                message = f"says {says!r} is not inside the quote of `{cid}`"
            else:
                message = (f"says {says!r} stands in the quote of `{cid}` only inside a "
                           f"longer number or word ({_around(quote_norm, at, len(says_norm))}):"
                           " write the whole figure in `says`")
                at = -1
            found.append((k, ("PRV002", message, cid, quantities[k], "says")))
        elif qualifier is not None and not stated[k]:  # `value:` states it by hand
            phrase = qualifier(quote_norm, at, at + len(says_norm))
            if phrase is not None:
                found.append((k, (
                    "PRV006", f"the quote of `{cid}` reads {phrase!r} but says is "
                    f"{says!r}: the qualifier changes the number; say it in `says`",
                    cid, quantities[k], "says")))
        quotes.append(quote_norm)
        says_at.append(at)
        says_len.append(len(says_norm))
    doc, span, section, _, _ = place
    if doc is None:
        placed: list[QuotePosition | None] = [_UNVERIFIED] * len(ids)
        repeated: dict[int, int] = {}
    elif span is None:
        assert section is not None  # (the range is None only for a section not there)
        placed, repeated = [None] * len(ids), dict.fromkeys(range(len(ids)), 0)
    else:
        placed, repeated = doc.place_quotes(quotes, says_at, says_len, span[0], span[1])
    if not found and not repeated:  # (most runs: every quote placed, each found once)
        return placed, []  # type: ignore[return-value]
    for k, pos in enumerate(placed):
        if pos is None:
            found.append((k, _not_found(sid, ids[k], written[k], quantities[k], place)))
            placed[k] = _UNVERIFIED
        elif k in repeated:  # (more than once)
            found.append((k, (
                "PRV005", f"the quote of `{ids[k]}` occurs {repeated[k]} times in "
                f"`{sid}`; the first is used (line {pos.line}{_page(pos.page)})",
                ids[k], quantities[k], "quote")))
    found.sort(key=_FIRST)  # (stable: each claim's findings in the order made)
    return placed, [f for _, f in found]  # type: ignore[return-value]


_FIRST = itemgetter(0)


def _not_found(sid: str, cid: str, quote: str, quantity: str, place: _Place) -> _Raw:
    """Return the PRV001 finding of a quote not in its source's snapshot or section."""
    doc, _, section, shown, within = place
    assert doc is not None
    if section is not None and within is None:
        return ("PRV001",
                f"the quote of `{cid}` cannot be verified: the section of `{sid}` "
                f"(from {section[0]!r} to {section[1]!r}) is not in {shown}",
                cid, quantity, "quote")
    where = "the section of" if section is not None else "the snapshot of"
    inside = find_inside_word(doc, quote, within)
    why = "" if inside is None else (
        f": it stands there only inside a longer word or number (line "
        f"{doc.line_of(inside)}); start and end the quote on whole words")
    return ("PRV001", f"the quote of `{cid}` is not in {where} `{sid}` ({shown})"
            f"{why or _divergence(doc, quote, within)}", cid, quantity, "quote")


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


def _place(src: Source, read: SourceText | None, within: tuple[int, int] | None) -> _Place:
    """Return what the quotes of source `src` are checked against (`_Place`): `read` is
    its text as read, `within` the normalised span of its section (`_check_files`)."""
    doc = read.text if read is not None else None
    section = None if src.section is None else (src.section.from_, src.section.to)
    shown = read.shown if read is not None else ""
    if doc is None:
        return None, None, section, shown, within
    if section is not None:
        return doc, within, section, shown, within
    return doc, (0, len(doc.norm)), section, shown, within


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
