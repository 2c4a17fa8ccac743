"""Build the HTML view model (`Page`) from a finished `AuditResult` (layer 4: output).

Reads the result only; never re-analyses.  Chooses what one page shows under `Limits`
(claims blamed by errors first, then warnings, info, the rest), makes every link point at
something on the page, splits snapshots into highlighted segments, and lays out the
number lines.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter
from typing import TypeVar

from checker.findings import (
    AuditResult,
    ClaimResult,
    Finding,
    QuantityResult,
    Severity,
    SourceResult,
)
from checker.reporters._common import (
    SEVERITIES,
    claims_by_id,
    findings_by_severity,
    gate_detail,
    gate_line,
    show_interval,
    source_date,
)
from checker.reporters._htmlmodel import (
    VERDICT_HELP,
    ClaimView,
    CompactFinding,
    Count,
    FindingGroup,
    FindingView,
    LeadView,
    Limits,
    Link,
    MemberView,
    Page,
    Piece,
    QuantityView,
    SourceView,
    arithmetic,
)
from checker.reporters._htmltext import (
    QuoteMark,
    Segment,
    anchor,
    safe_href,
    segment_text,
    shows,
    split_code,
    text_fragment_url,
)
from checker.reporters._lead import Sentences, lead_order
from checker.reporters._numberline import (
    MARKERS,
    NARROW,
    WIDE,
    Row,
    build_number_lines,
    legend,
)
from checker.reporters.claimreview import build_reviews, render_json_ld
from checker.rules import RULES

KIND_ORDER = {"dataset": 0, "reference": 1, "primary": 2, "news": 3}
KIND_NOUNS = {"dataset": "table", "reference": "reference", "primary": "report",
              "news": "news story"}
"""What a reader calls each kind of source ("from the report carnegie-2019")."""


_RANKS = {s: 2 * s.rank for s in Severity}
"""Severity → the rank of the claims a finding of it blames (its evidence: one less)."""

_ID = attrgetter("id")
_CLAIMS = attrgetter("claims")
_UNIT = attrgetter("unit")
_ACCEPTED = attrgetter("accepted")  # a bool: summed, the number accepted


def claim_ranks(groups: Mapping[Severity, Sequence[Finding]]) -> dict[str, int]:
    """Return the rank of every claim some finding names: the highest of `_RANKS` of a
    finding that blames it, or one less for one it backs (evidence, repeated by).

    `groups` holds every finding by severity (`findings_by_severity`).  Made a tier at a
    time from the lowest (the evidence of info findings, 1) to the highest (claims blamed
    by errors, 6), each tier's ids collected in one pass over its findings and written
    over the lower ones: a claim keeps its highest, as taking the maximum finding by
    finding would.
    """
    rank: dict[str, int] = {}
    for severity in reversed(SEVERITIES):
        backing: list[str] = []
        named: list[str] = []
        for f in groups[severity]:
            if f.evidence:
                backing += f.evidence
            if f.repeated_by:
                backing += f.repeated_by
            named += f.claims
        worse = _RANKS[severity]
        rank.update(dict.fromkeys(backing, worse - 1))
        rank.update(dict.fromkeys(named, worse))
    return rank


def rank_tiers(rank: Mapping[str, int]) -> list[list[str]]:
    """Return the ids of `rank` by rank, highest first (each tier in the order of `rank`)."""
    tiers: dict[int, list[str]] = {}
    for cid, value in rank.items():
        tier = tiers.get(value)
        if tier is None:
            tiers[value] = [cid]
        else:
            tier.append(cid)
    return [tiers[value] for value in sorted(tiers, reverse=True)]


def first_claims(claims: Sequence[ClaimResult], rank: Mapping[str, int], n: int,
                 index: Mapping[str, ClaimResult] | None = None,
                 tiers: list[list[str]] | None = None) -> list[ClaimResult]:
    """Return the first `n` of `claims` by rank (highest first, unranked last), then id.

    What ``sorted(claims, key=lambda c: (-rank.get(c.id, 0), c.id))[:n]`` gives, without
    a key of every claim of a large corpus: every ranked claim (ranks are positive)
    comes before every unranked one, and the unranked are taken by id alone.  When no two
    claims share an id (`index`, the claims by id, has one entry per claim), the ranked
    ones are taken a rank at a time, highest first (`tiers`: `rank_tiers` of `rank`),
    each rank's ids sorted, without a pass over the claims unless the ranked ones are
    fewer than `n`.
    """
    if index is None:
        index = dict(zip(map(_ID, claims), claims, strict=True))
    if len(index) != len(claims):  # two claims of one id: they keep their order
        ranked = [c for c in claims if c.id in rank]
        get = rank.__getitem__
        chosen = heapq.nsmallest(n, ranked, key=lambda c: (-get(c.id), c.id))
    else:
        chosen = []
        for tier in (rank_tiers(rank) if tiers is None else tiers) if n > 0 else ():
            ids = sorted(filter(index.__contains__, tier))
            chosen += map(index.__getitem__, ids[: n - len(chosen)])
            if len(chosen) >= n:
                return chosen
    if len(chosen) < n:
        unranked = [c for c in claims if c.id not in rank]
        chosen += heapq.nsmallest(n - len(chosen), unranked, key=_ID)
    return chosen


_Item = TypeVar("_Item", QuantityResult, SourceResult)


def first_items(items: Sequence[_Item], rank: Mapping[str, int], shown: Collection[str],
                n: int, tiers: list[list[str]] | None = None) -> list[_Item]:
    """Return the first `n` quantities or sources of `items` by the claims they hold.

    What ``sorted(items, key=score)[:n]`` gives for the score (the highest `rank` of its
    claims, highest first; then the number of its claims in `shown`, most first; then its
    id): the items are taken a rank at a time, highest first (`tiers`: `rank_tiers` of
    `rank`); those holding a claim of that rank and none higher are ordered by their
    claims shown, then id (then their order in `items`).  Once `n` are chosen no lower
    rank is looked at: an audit's errors and their evidence usually fill the page, so the
    claims of most items are read once, by one test against the highest rank's ids.
    What no ranked claim reaches is ordered by the claims shown, then by id alone.
    """
    chosen: list[_Item] = []
    if n <= 0:
        return chosen
    lists = list(map(_CLAIMS, items))
    seen = shown.__contains__
    left: Sequence[int] = range(len(items))  # the positions not placed yet, in order

    def take(positions: list[int]) -> bool:
        """Add the items at `positions` (in order, all of one rank) by claims shown, then
        id; return whether `n` are chosen."""
        positions.sort(key=lambda i: (-sum(map(seen, lists[i])), items[i].id))
        chosen.extend(items[i] for i in positions[: n - len(chosen)])
        return len(chosen) >= n

    for tier in rank_tiers(rank) if tiers is None else tiers:
        disjoint = set(tier).isdisjoint
        here = [i for i in left if not disjoint(lists[i])]
        if here:
            if take(here):
                return chosen
            left = [i for i in left if disjoint(lists[i])]
    # The items without a ranked claim: those holding a shown claim first.
    disjoint = set(shown).isdisjoint
    if take([i for i in left if not disjoint(lists[i])]):
        return chosen
    rest = [items[i] for i in left if disjoint(lists[i])]
    chosen += heapq.nsmallest(n - len(chosen), rest, key=_ID)
    return chosen


class _Builder:
    """One use: `build()` returns the `Page` of `result` under `limits`."""

    def __init__(self, result: AuditResult, limits: Limits) -> None:
        self.r = result
        self.relations = {rid: (rid, kind, why) for rid, kind, why in result.relations}
        self.limits = limits
        self.claims = claims_by_id(result)
        self.sources = {s.id: s for s in result.sources}
        self.sentences = Sentences(result)
        self.notes: list[str] = []
        self.notes_sources = 0  # sources whose claim list was cut
        # What to show first: claims blamed by errors, then their evidence, then warnings...
        self.groups_src = findings_by_severity(result)
        self.rank = rank = claim_ranks(self.groups_src)
        self.tiers = rank_tiers(rank)
        chosen = first_claims(result.claims, rank, limits.claims, self.claims, self.tiers)
        self.shown_claims = {c.id for c in chosen}
        self.claim_order = sorted(chosen, key=lambda c: (c.variable, c.id))
        self._choose_quantities()
        self._choose_sources()
        self._choose_findings()
        self.marked: set[str] = set()  # claims whose quote marker is on the page
        quantities = result.quantities
        self.units = dict(zip(map(_ID, quantities), map(_UNIT, quantities), strict=True))
        self.cited_by: dict[str, list[str]] = {}
        for s in sorted(result.sources, key=lambda s: s.id):
            for cited in s.cites:
                self.cited_by.setdefault(cited, []).append(s.id)

    # -- choosing what is shown -----------------------------------------------------
    def _choose_quantities(self) -> None:
        chosen = first_items(self.r.quantities, self.rank, self.shown_claims,
                             self.limits.quantities, self.tiers)
        self.quantity_order = sorted(chosen, key=lambda q: q.id)
        self.shown_quantities = {q.id for q in chosen}
        # Claims name `quantity`; quantity results are per variable: link claims to the
        # first variable of their quantity that is shown.
        self.quantity_anchor: dict[str, str] = {}
        for q in self.quantity_order:
            self.quantity_anchor.setdefault(q.quantity, anchor("q-", q.id))
            self.quantity_anchor[q.id] = anchor("q-", q.id)

    def _choose_sources(self) -> None:
        chosen = first_items(self.r.sources, self.rank, self.shown_claims, self.limits.sources,
                             self.tiers)
        self.source_order = sorted(chosen, key=lambda s: (KIND_ORDER.get(s.kind, 9), s.id))
        self.shown_sources = {s.id for s in chosen}

    def _choose_findings(self) -> None:
        self.finding_anchor: dict[int, str] = {}
        self.claim_findings: dict[str, list[tuple[Link, str]]] = {}
        used: set[str] = set()
        for severity in SEVERITIES:
            for f in self.groups_src[severity][: self.cap(severity)]:
                base = anchor("f-", f"{f.code.lower()}-{f.fingerprint}")
                name, n = base, 1
                while name in used:
                    n += 1
                    name = f"{base}-{n}"
                used.add(name)
                self.finding_anchor[id(f)] = name
                link = Link(f"{f.code} {f.rule}", "#" + name)
                for cid in dict.fromkeys((*f.claims, *f.evidence, *f.repeated_by)):
                    self.claim_findings.setdefault(cid, []).append((link, severity.value))

    def cap(self, severity: Severity) -> int:
        """Return how many findings of `severity` get a card (errors: all of them)."""
        if severity is Severity.ERROR:
            return len(self.groups_src[severity])
        return self.limits.findings

    # -- links ------------------------------------------------------------------------
    def claim_link(self, cid: str) -> Link:
        return Link(cid, "#" + anchor("c-", cid) if cid in self.shown_claims else None)

    def source_link(self, sid: str) -> Link:
        return Link(sid, "#" + anchor("src-", sid) if sid in self.shown_sources else None)

    def quantity_link(self, qid: str) -> Link:
        target = self.quantity_anchor.get(qid)
        return Link(qid, "#" + target if target else None)

    # -- views ------------------------------------------------------------------------
    def source_view(self, s: SourceResult, budget: int) -> tuple[SourceView, int]:
        claims = [self.claims[c] for c in sorted(s.claims) if c in self.claims]
        rows = tuple((self.claim_link(c.id), c.verdict.value, c.says or c.count or "",
                      MARKERS[c.verdict.value]) for c in claims[: self.limits.source_rows])
        segments: list[Segment] = []
        truncated = 0
        if s.text is not None:
            lo, hi = s.section if s.section is not None else (0, len(s.text))
            lo, hi = max(0, lo), min(len(s.text), hi)
            end = min(hi, lo + min(self.limits.source_chars, budget))
            truncated = hi - end
            # Every verified quote has its number; a mark is made only for those drawn in
            # the text shown (`segment_text` leaves the others out).
            marks: list[QuoteMark] = []
            number = 0
            for c in sorted(claims, key=lambda c: (c.position.start or 0, c.id)):
                p = c.position
                if p.verified and p.start is not None and p.end is not None:
                    number += 1
                    if not shows(p.start, p.end, lo, end):
                        continue
                    href = "#" + anchor("c-", c.id) if c.id in self.shown_claims else None
                    marks.append(QuoteMark(c.id, number, p.start, p.end, p.says_start,
                                           p.says_end, anchor("s-", c.id), href))
            segments = segment_text(s.text, lo, end, marks)
            for seg in segments:
                self.marked.update(m.claim for m in seg.refs)
            budget -= end - lo
        cited_by = self.cited_by.get(s.id, [])
        href = safe_href(s.url)
        view = SourceView(
            anchor=anchor("src-", s.id), id=s.id, title=s.title, kind=s.kind,
            publisher=s.publisher, author=s.author, published=s.published,
            url_href=href, url_text=s.url if s.url and href is None else None,
            file=s.file, sha256=s.sha256,
            cites=tuple(self.source_link(x) for x in s.cites),
            cited_by=tuple(self.source_link(x) for x in cited_by),
            claims=rows, segments=tuple(segments), has_text=s.text is not None,
            section=s.section is not None, truncated=truncated, note=s.note)
        if len(claims) > self.limits.source_rows:
            self.notes_sources += 1
        return view, budget

    def quote_parts(self, c: ClaimResult) -> tuple[str, str, str]:
        """Return the quote of `c` as (before, says, after); all empty for a table claim."""
        src = self.sources.get(c.source)
        p = c.position
        text = src.text if src is not None else None
        if (text is not None and p.verified and p.start is not None and p.end is not None):
            ss = p.says_start if p.says_start is not None else p.start
            se = p.says_end if p.says_end is not None else p.start
            return text[p.start:ss], text[ss:se], text[se:p.end]
        if c.quote:
            i = c.quote.find(c.says) if c.says else -1
            if i < 0:
                return c.quote, "", ""
            return c.quote[:i], c.says or "", c.quote[i + len(c.says or ""):]
        return "", "", ""

    def claim_view(self, c: ClaimResult) -> ClaimView:
        src = self.sources.get(c.source)
        p = c.position
        before, says, after = self.quote_parts(c)
        found = self.claim_findings.get(c.id, [])
        in_source = (Link(f"in {c.source}", "#" + anchor("s-", c.id))
                     if c.id in self.marked else None)
        return ClaimView(
            anchor=anchor("c-", c.id), id=c.id, source=self.source_link(c.source),
            publisher=src.publisher if src else None, published=src.published if src else None,
            kind=src.kind if src else "", quantity=self.quantity_link(c.variable),
            unit=self.units.get(c.variable, ""),
            says=c.says, count=c.count, interval=show_interval(c.interval, c.integer),
            verdict=c.verdict.value, verdict_symbol=MARKERS[c.verdict.value],
            verdict_help=VERDICT_HELP[c.verdict.value],
            against=tuple(self.claim_link(a) for a in c.against),
            against_interval=(show_interval(c.against_interval, c.integer)
                              if c.against_interval is not None else None),
            arithmetic=arithmetic(c), quote_before=before, quote_says=says, quote_after=after,
            verified=p.verified, line=p.line, page=p.page, in_source=in_source,
            original=text_fragment_url(src.url if src else None, before + says + after),
            repeats=self.claim_link(c.repeats) if c.repeats else None,
            findings=tuple(link for link, _ in found),
            severities=tuple(sorted({sev for _, sev in found})),
            location=f"{c.location.file}:{c.location.line}" if c.location else None,
            note=c.note, set_by_hand=c.interval_source == "value",
            revises=self.claim_link(c.revises) if c.revises else None,
            revised_by=self.claim_link(c.revised_by) if c.revised_by else None)

    def member_view(self, cid: str, role: str) -> MemberView | None:
        """Return claim `cid` of a finding as a readable member (None: unknown claim)."""
        c = self.claims.get(cid)
        if c is None:
            return None
        src = self.sources.get(c.source)
        before, says, after = self.quote_parts(c)
        if cid in self.marked:
            where = Link(f"quote in {c.source}", "#" + anchor("s-", cid))
        else:
            what = "table" if c.count else "source"
            where = Link(f"{what} {c.source}", self.source_link(c.source).href)
        return MemberView(
            role=role, claim=self.claim_link(cid), source=self.source_link(c.source),
            kind=KIND_NOUNS.get(src.kind, src.kind) if src else "source",
            publisher=src.publisher if src else None,
            published=src.published if src else None, says=c.says, count=c.count,
            quote_before=before, quote_says=says, quote_after=after,
            interval=show_interval(c.interval, c.integer), verdict=c.verdict.value,
            verdict_symbol=MARKERS[c.verdict.value], where=where)

    def message(self, text: str) -> tuple[Piece, ...]:
        """Return `text` in pieces: backticked ids become code, linked when shown."""
        out = []
        for run, code in split_code(text):
            href = None
            if code:
                for link in (self.source_link, self.claim_link, self.quantity_link):
                    if (href := link(run).href) is not None:
                        break
            out.append(Piece(run, code, href))
        return tuple(out)

    def compact_view(self, f: Finding) -> CompactFinding:
        """Return `f` as one line: past `Limits.findings`, errors are listed compactly."""
        return CompactFinding(
            anchor=self.finding_anchor[id(f)], code=f.code, rule=f.rule,
            suspects=tuple(self.claim_link(c) for c in f.claims),
            message=self.message(f.message),
            location=f"{f.location.file}:{f.location.line}" if f.location else None)

    def finding_view(self, f: Finding) -> FindingView:
        members = [self.member_view(c, "suspect") for c in f.claims]
        members += [self.member_view(c, "evidence") for c in f.evidence if c not in f.claims]
        return FindingView(
            anchor=self.finding_anchor[id(f)], code=f.code, rule=f.rule,
            severity=f.severity.value, message=self.message(f.message),
            suspects=tuple(self.claim_link(c) for c in f.claims),
            evidence=tuple(self.claim_link(c) for c in f.evidence),
            members=tuple(m for m in members if m is not None),
            repeated_by=tuple(self.claim_link(c) for c in f.repeated_by),
            quantities=tuple(self.quantity_link(q) for q in f.quantities),
            relations=tuple(self.relations.get(r, (r, "", "")) for r in f.relations),
            location=f"{f.location.file}:{f.location.line}" if f.location else None,
            help_uri=RULES[f.code].help_uri if f.code in RULES else "",
            accepted=f.accepted, fingerprint=f.fingerprint)

    def quantity_views(self) -> list[QuantityView]:
        per_q: dict[str, list[Link]] = {}
        for severity in SEVERITIES:
            for f in self.groups_src[severity][: self.cap(severity)]:
                for qid in f.quantities:
                    per_q.setdefault(qid, []).append(Link(f"{f.code} {f.rule}",
                                                        "#" + self.finding_anchor[id(f)]))
        views = []
        for q in self.quantity_order:
            claims = sorted((self.claims[c] for c in q.claims if c in self.claims),
                            key=lambda c: (-self.rank.get(c.id, 0), c.id))
            rows = [Row(c.id, c.interval, c.verdict.value, self.claim_link(c.id).href)
                    for c in claims]
            chart, narrow = build_number_lines(q.id, rows, q.implied, q.integer,
                                               self.limits.rows, (WIDE, NARROW))
            implied = show_interval(q.implied, q.integer) if q.solved and q.implied else (
                "not computed (component too large to solve exactly)"
                if not q.solved else "not computed")
            views.append(QuantityView(
                anchor=anchor("q-", q.id), id=q.id, label=q.label, unit=q.unit,
                implied=implied,
                claims=tuple((self.claim_link(c.id), c.verdict.value,
                              show_interval(c.interval, c.integer), MARKERS[c.verdict.value])
                             for c in claims[: self.limits.rows]),
                chart=chart, chart_narrow=narrow, findings=tuple(per_q.get(q.quantity, []) + (
                    per_q.get(q.id, []) if q.id != q.quantity else [])),
                more=max(0, len(claims) - self.limits.rows)))
        return views

    def chains(self) -> list[tuple[Link, ...]]:
        cited = {c for s in self.r.sources for c in s.cites}
        out: list[tuple[Link, ...]] = []

        def walk(path: list[str]) -> None:
            if len(out) >= self.limits.chains:
                return
            src = self.sources.get(path[-1])
            nexts = [c for c in (src.cites if src else ()) if c not in path]
            if not nexts:
                if len(path) > 1:
                    out.append(tuple(self._chain_link(s) for s in path))
                return
            for nxt in nexts:
                walk(path + [nxt])

        for s in sorted(self.r.sources, key=lambda s: (KIND_ORDER.get(s.kind, 9) * -1, s.id)):
            if s.id not in cited:
                walk([s.id])
        return out

    def _chain_link(self, sid: str) -> Link:
        src = self.sources.get(sid)
        link = self.source_link(sid)
        return Link(f"{sid} ({src.kind})" if src else sid, link.href)

    def lead(self, groups: tuple[FindingGroup, ...]
             ) -> tuple[tuple[LeadView, ...], int, int, str]:
        """Return the lead sentences, the discrepancies past them with a card on the page
        and without one, and the housekeeping sentence."""
        views = {id(f): v for g in groups for f, v in zip(
            self.groups_src[Severity(g.severity)], g.findings, strict=False)}
        discrepancies, housekeeping = lead_order(self.r.findings, self.groups_src)
        sentences = self.sentences
        lead: list[LeadView] = []
        on_page = elsewhere = 0
        for f in discrepancies:
            view = views.get(id(f))
            if id(f) not in self.finding_anchor:
                elsewhere += 1
            elif view is not None and len(lead) < self.limits.headline:
                lead.append(LeadView(sentences.sentence(f), f.severity.value,
                                     Link(f"{f.code} {f.rule}", "#" + view.anchor), view))
            else:
                on_page += 1
        return tuple(lead), on_page, elsewhere, sentences.housekeeping(housekeeping)

    # -- the page -----------------------------------------------------------------------
    def build(self) -> Page:
        r, limits = self.r, self.limits
        budget = limits.total_chars
        sources = []
        for s in self.source_order:
            view, budget = self.source_view(s, max(0, budget))
            sources.append(view)
        claims = [self.claim_view(c) for c in self.claim_order]
        groups = tuple(
            FindingGroup(sev.value, f"findings-{sev.value}",
                         tuple(self.finding_view(f)
                               for f in self.groups_src[sev][: limits.findings]),
                         len(self.groups_src[sev]),
                         tuple(self.compact_view(f) for f in
                               self.groups_src[sev][limits.findings: self.cap(sev)]))
            for sev in SEVERITIES)
        counts = r.counts()
        lead, lead_more, lead_elsewhere, housekeeping = self.lead(groups)
        for label, total, shown in (
            ("claims", len(r.claims), len(claims)),
            ("quantities", len(r.quantities), len(self.quantity_order)),
            ("sources", len(r.sources), len(sources)),
        ):
            if shown < total:
                self.notes.insert(0, f"This page shows {shown} of {total} {label} (the ones "
                                     "named by findings first); audit.json has them all.")
        for g in groups:
            left = g.total - len(g.findings) - len(g.compact)
            if left:
                self.notes.append(f"{left} more {g.severity} findings are only in "
                                  "audit.json.")
        if self.notes_sources:
            self.notes.append(f"{self.notes_sources} sources list only their first "
                              f"{limits.source_rows} claims.")
        if budget <= 0 or any(s.truncated for s in sources):
            self.notes.append("Some snapshot texts are cut to keep this page small.")
        report = r.report
        detail = gate_detail(r, counts)
        heading = report.title if report is not None else "claimcheck audit"
        reviews = build_reviews(r, self.shown_claims, self.sentences)
        return Page(
            title=heading if report is not None else
            f"claimcheck audit: gate {'failed' if r.gate_failed else 'passed'}",
            heading=heading, summary=report.summary if report else None,
            publisher=report.publisher if report else None,
            language=report.language if report else "en",
            canonical=safe_href(report.url) if report else None,
            gate="fail" if r.gate_failed else "pass", gate_line=gate_line(r, detail),
            gate_detail=detail, lead=lead, lead_more=lead_more,
            lead_elsewhere=lead_elsewhere, housekeeping=housekeeping,
            claimreview=render_json_ld(reviews, compact=True) if reviews else "",
            fingerprint=r.fingerprint, generated_at=source_date(),
            totals=(("sources", len(r.sources)), ("quantities", len(r.quantities)),
                    ("claims", len(r.claims))),
            severities=tuple(Count(s.value, counts[s.value], f"#findings-only-{s.value}")
                             for s in SEVERITIES),
            verdicts=tuple(Count(v, n, f"#claims-v-{v}", MARKERS[v])
                           for v, n in r.verdict_counts().items()),
            groups=groups, quantities=tuple(self.quantity_views()), claims=tuple(claims),
            sources=tuple(sources), chains=tuple(self.chains()),
            source_filters=tuple(self.source_link(s.id) for s in self.source_order),
            relations=tuple(sorted(r.relations))[: limits.quantities],
            accepted=sum(map(_ACCEPTED, r.findings)), fixed=len(r.fixed),
            expired=len(r.expired),
            coverage=tuple((self.source_link(c.source), c.mentions, c.claimed, c.ignored,
                            c.uncovered) for c in sorted(r.coverage, key=lambda c: c.source)
                           [: limits.sources]),
            notes=tuple(self.notes), legend=legend())


def build_page(result: AuditResult, limits: Limits | None = None) -> Page:
    """Return the view model of `result`, showing at most what `limits` allows.

    Without `limits`, `Limits.for_size` picks them from the number of claims.
    """
    return _Builder(result, limits or Limits.for_size(len(result.claims))).build()
