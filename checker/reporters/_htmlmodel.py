"""The view model of the HTML report: plain dataclasses the templates print (layer 4).

`checker.reporters._htmlpage.build_page` fills them from an `AuditResult`: every string the
template prints and every link it draws is decided there, so the templates do no
computation.  Each dataclass documents its fields; `tests/test_reporters_html.py` checks
them.

Large results stay usable: `Limits` caps how many claims, quantities, sources, findings and
snapshot characters one page shows (the most important first: claims blamed by errors,
then warnings, ...), and says so in `Page.notes`.  A link is only drawn to something that
is on the page (`Link.href` is None otherwise), so every in-page link resolves.
"""

from __future__ import annotations

from dataclasses import field
from typing import NamedTuple

from checker._frozen import record
from checker.findings import ClaimResult, Verdict
from checker.reporters._common import show_interval
from checker.reporters._htmltext import Segment
from checker.reporters._numberline import Marker, NumberLine

VERDICT_HELP = {
    "agrees": "same interval as what it was checked against",
    "weaker": "contains it: true but less precise",
    "stronger": "strictly inside it: asserts more than the reference supports",
    "overlaps": "partly compatible",
    "conflicts": "disjoint: both cannot be true",
    "uncorroborated": "nothing to check against",
}


@record(slots=False)
class Limits:
    """How much one page shows; the rest is counted in `Page.notes` (see docs/reports.md).

    `claims`, `quantities`, `sources` cap the items shown (the most troubled first);
    `findings` caps the warnings and the info findings (errors are never cut: every error
    has its card on the page); `rows` the bars of a number line and the claims listed
    per quantity; `source_rows` the claims listed per source; `source_chars` the snapshot
    characters per source and `total_chars` in all; `chains` the provenance paths;
    `headline` the sentences of the lead ("What disagrees").  `for_size` picks the
    limits; docs/reports.md quotes them (``tests/test_reporters_scale.py`` checks it).
    """

    claims: int = 2000
    quantities: int = 2000
    sources: int = 500
    findings: int = 1000
    rows: int = 40
    source_rows: int = 200
    source_chars: int = 50_000
    total_chars: int = 2_000_000
    chains: int = 500
    headline: int = 30

    LARGE = 2000  # more claims than this: a large corpus, shown in part

    @classmethod
    def for_size(cls, claims: int) -> Limits:
        """Return generous limits up to `LARGE` claims (everything shown), else compact
        ones that keep the page under 2 MB at 100,000 claims."""
        if claims <= cls.LARGE:
            return cls()
        return cls(claims=300, quantities=80, sources=25, findings=90, rows=12,
                   source_rows=20, source_chars=3000, total_chars=60_000, chains=100,
                   headline=15)


class Link(NamedTuple):
    """`text` linking to `href` (``#anchor``); `href` is None when the target is not shown."""


    text: str
    href: str | None


class Count(NamedTuple):
    """One cell of a counts table: `key` (verdict or severity), its `count`, a filter `href`,
    and the verdict `symbol` (empty for severities)."""

    key: str
    count: int  # type: ignore[assignment]  # a field: shadows tuple.count
    href: str
    symbol: str = ""


class Piece(NamedTuple):
    """A run of a finding's message: `text`, whether it is `code` (written in backticks in
    the message: a source id, say), and `href` when it names something on the page."""

    text: str
    code: bool
    href: str | None


class MemberView(NamedTuple):
    """One claim of a finding's minimal conflicting set, readable without clicking.

    `role` is ``suspect`` (blamed) or ``evidence``; `claim` links to the claim, `source`
    to its source, whose `kind` is in words (report, table, news story), from `publisher`
    on `published`; `quote_before`,
    `quote_says`, `quote_after` the quote split around the `says` words (all empty for
    a table claim, which has `count`, the filter of its rows); `interval` what it states
    as an interval, `verdict` and `verdict_symbol` its verdict; `where` links to the
    quote highlighted in its source (or to the table), None-href when not on the page.
    """

    role: str
    claim: Link
    source: Link
    kind: str
    publisher: str | None
    published: str | None
    says: str | None
    count: str | None  # type: ignore[assignment]  # a field: shadows tuple.count
    quote_before: str
    quote_says: str
    quote_after: str
    interval: str
    verdict: str
    verdict_symbol: str
    where: Link


class ClaimView(NamedTuple):
    """One claim: provenance, the quote split around `says`, verdict and arithmetic.

    `anchor` is the element id and `id` the claim id; `source`/`quantity` links and
    `unit` the quantity's unit; `publisher`, `published`, `kind` describe the source;
    `says` the stated words (None for table claims, which have `count`, the filter);
    `interval` the interval as text; `verdict` its value, `verdict_symbol` its glyph and
    `verdict_help` its meaning; `against` links to the claims it was compared with and
    `against_interval` their intersection; `arithmetic` one line of working;
    `quote_before`/`quote_says`/`quote_after` the quote in three parts (all empty for
    table claims); `verified` whether the quote was found, `line` its snapshot line and
    `page` its page (snapshots with pages only);
    `in_source` the link to its highlight in the source text; `original` a link to the
    original page with a text fragment (None without a safe URL); `repeats` the cited
    claim it repeats; `findings` links to findings that name it; `severities` the
    severities of those (for the severity filter); `location` ``file:line``; `note`;
    `set_by_hand` whether the interval is the claim's own `value:`, not the grammar's
    reading of `says` (the card says so, with the note); `revises` the earlier claim this
    one revises and `revised_by` the later claim revising this one (then this figure is
    history: never blamed against its revision).
    """

    anchor: str
    id: str
    source: Link
    publisher: str | None
    published: str | None
    kind: str
    quantity: Link
    unit: str
    says: str | None
    count: str | None  # type: ignore[assignment]  # a field: shadows tuple.count
    interval: str
    verdict: str
    verdict_symbol: str
    verdict_help: str
    against: tuple[Link, ...]
    against_interval: str | None
    arithmetic: str
    quote_before: str
    quote_says: str
    quote_after: str
    verified: bool
    line: int | None
    page: int | None
    in_source: Link | None
    original: str | None
    repeats: Link | None
    findings: tuple[Link, ...]
    severities: tuple[str, ...]
    location: str | None
    note: str | None
    set_by_hand: bool = False
    revises: Link | None = None
    revised_by: Link | None = None


class QuantityView(NamedTuple):
    """One quantity: `anchor` (element id), `id`, `label`, `unit`, `implied` bounds as text
    (or why not), its `claims` (link, verdict, interval, verdict glyph), the `chart` (labels
    beside the bars) and `chart_narrow` (labels above them, for phones), links to
    `findings` naming it, and `more` claims not listed."""

    anchor: str
    id: str
    label: str
    unit: str
    implied: str
    claims: tuple[tuple[Link, str, str, str], ...]  # (claim, verdict, interval, glyph)
    chart: NumberLine
    chart_narrow: NumberLine
    findings: tuple[Link, ...]
    more: int


class SourceView(NamedTuple):
    """One source: metadata, its claims, and its snapshot (or section) with quotes marked.

    `anchor` (element id), `id`, `title`, `kind`, `publisher`, `author`, `published`,
    `file` and `sha256` (of the bytes read; None when missing), `note`; `claims` rows
    (link, verdict, says or count, verdict glyph); `has_text` whether it has a snapshot;
    `url_href` is the link to the original (only http/https) and `url_text` the URL as
    text when it is not linkable; `segments` the highlighted text (empty for tables or a
    missing snapshot); `section` whether only a section of a shared snapshot is shown;
    `truncated` characters of the text not shown; `cites`/`cited_by` provenance links.
    """

    anchor: str
    id: str
    title: str
    kind: str
    publisher: str | None
    author: str | None
    published: str | None
    url_href: str | None
    url_text: str | None
    file: str | None
    sha256: str | None
    cites: tuple[Link, ...]
    cited_by: tuple[Link, ...]
    claims: tuple[tuple[Link, str, str, str], ...]  # (claim, verdict, says/count, glyph)
    segments: tuple[Segment, ...]
    has_text: bool
    section: bool
    truncated: int
    note: str | None


class FindingView(NamedTuple):
    """One finding: `anchor` (element id), `code`, `rule`, `severity`, `message` (pieces:
    the ids it quotes in backticks become code, linked when on the page); `suspects` (the
    claims it blames), `evidence` (rest of the minimal conflicting set, or the reference),
    `members` every suspect and piece of evidence with its source, quote and interval,
    `repeated_by`, `quantities`, `relations` (id, kind, why); `location`, `help_uri` (the
    rule's docs), `accepted` (by the baseline), `fingerprint`."""

    anchor: str
    code: str
    rule: str
    severity: str
    message: tuple[Piece, ...]
    suspects: tuple[Link, ...]
    evidence: tuple[Link, ...]
    members: tuple[MemberView, ...]
    repeated_by: tuple[Link, ...]
    quantities: tuple[Link, ...]
    relations: tuple[tuple[str, str, str], ...]
    location: str | None
    help_uri: str
    accepted: bool
    fingerprint: str


class LeadView(NamedTuple):
    """One sentence of the lead: a discrepancy as a reader says it.

    `sentence` has the figures and the source of truth, no codes or set notation;
    `severity` orders it; `card` links to the finding's card (None-href when the card is
    not on the page); `finding` is that card's view, whose code, message and members the
    lead shows folded, under "details".
    """

    sentence: str
    severity: str
    card: Link
    finding: FindingView


class CompactFinding(NamedTuple):
    """A finding on one line (errors past `Limits.findings`, so that every error is on the
    page): `anchor`, `code`, `rule`, the `suspects`, the `message` pieces, `location`."""

    anchor: str
    code: str
    rule: str
    suspects: tuple[Link, ...]
    message: tuple[Piece, ...]
    location: str | None


class FindingGroup(NamedTuple):
    """The findings of one `severity`: `anchor` of the group, the `findings` shown as cards,
    `total`, and `compact`: the rest of the errors, one line each (empty for warnings and
    info, whose rest are counted in `Page.notes`)."""

    severity: str
    anchor: str
    findings: tuple[FindingView, ...]
    total: int
    compact: tuple[CompactFinding, ...] = ()


@record(slots=False)
class Page:
    """Everything the report template prints.

    `title` of the document, `heading` its ``<h1>``, `summary` the paragraph under it,
    `publisher` who publishes it, `language` the page's language tag and `canonical` its
    published address (from the corpus's ``report:`` block; None when absent); `gate` is
    ``pass``/``fail``, `gate_line` its one line for CI readers and `gate_detail` the
    threshold and counts behind it; `lead` the discrepancies as sentences (errors, then
    warnings), `lead_more` how many more discrepancies have their card under Findings and
    `lead_elsewhere` how many are only in audit.json; `housekeeping` one sentence counting
    the housekeeping findings (unclaimed numbers, uncorroborated claims) listed after them;
    `claimreview` the ClaimReview JSON-LD of the claims shown (escaped for a ``<script>``
    element; empty for none); `fingerprint` of the corpus;
    `totals` (sources, quantities, claims); `severities`/`verdicts` counts with filter
    links; `groups` findings by severity; `quantities`, `claims`, `sources` the shown
    items; `chains` provenance paths (news → report → table); `source_filters` links to each source;
    `relations` (id, kind, why); `accepted` findings, `fixed` and `expired` baseline
    entries (counts); `extra` free-form strings for embedders;
    `notes` what was left out; `generated_at` only with ``SOURCE_DATE_EPOCH``;
    `coverage` per text source (id link, mentions, claimed, ignored, uncovered); `legend`
    the key of the number lines (marker, text, verdict or ``end``); `css` and `csp` are
    filled in by the reporter.
    """

    title: str
    heading: str
    summary: str | None
    publisher: str | None
    language: str
    canonical: str | None
    gate: str
    gate_line: str
    gate_detail: str
    lead: tuple[LeadView, ...]
    lead_more: int
    lead_elsewhere: int
    housekeeping: str
    claimreview: str
    fingerprint: str
    generated_at: str | None
    totals: tuple[tuple[str, int], ...]
    severities: tuple[Count, ...]
    verdicts: tuple[Count, ...]
    groups: tuple[FindingGroup, ...]
    quantities: tuple[QuantityView, ...]
    claims: tuple[ClaimView, ...]
    sources: tuple[SourceView, ...]
    chains: tuple[tuple[Link, ...], ...]
    source_filters: tuple[Link, ...]
    relations: tuple[tuple[str, str, str], ...]
    accepted: int
    fixed: int
    expired: int
    coverage: tuple[tuple[Link, int, int, int, int], ...]
    notes: tuple[str, ...]
    legend: tuple[tuple[Marker, str, str], ...]
    css: str = ""
    csp: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def arithmetic(c: ClaimResult) -> str:
    """Return one line of working: the stated words, their interval, the comparison."""
    mine = show_interval(c.interval, c.integer)
    stated = f"“{c.says}” → {mine}" if c.says else (
        f"rows where {c.count} → {mine}" if c.count else mine)
    if c.verdict is Verdict.UNCORROBORATED or c.against_interval is None:
        return f"{stated}; nothing to check against → uncorroborated"
    theirs = show_interval(c.against_interval, c.integer)
    ops = {
        "agrees": f"{mine} = {theirs}",
        "weaker": f"{mine} ⊋ {theirs}",
        "stronger": f"{mine} ⊊ {theirs}",
        "overlaps": f"{mine} ∩ {theirs} ≠ ∅, neither contains the other",
        "conflicts": f"{mine} ∩ {theirs} = ∅",
    }
    against = ", ".join(c.against)
    return f"{stated}; checked against {against}: {ops[c.verdict.value]} → {c.verdict.value}"
