"""Plain sentences for the findings a reader must see first (layer 4: output).

The HTML lead ("What disagrees") and the ClaimReview ratings say each discrepancy as a
sentence with the figures and the source of truth, without rule codes, claim ids or set
notation: ``Countries using smart policing: the report says “fifty-two”; its own table
counts 53.``  The sentences are built from the finished result (the finding's claims, its
evidence, their sources and the quantity's label); nothing is re-analysed, and the
finding's own message (with the arithmetic) stays in the details.

`lead_order` puts discrepancies first (errors, then warnings), and housekeeping findings
(`checker.rules.HOUSEKEEPING`: unclaimed numbers, uncorroborated claims) after every
discrepancy, so they can never crowd one out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter

from checker.findings import AuditResult, ClaimResult, Finding, Severity, SourceResult
from checker.reporters._common import (
    SEVERITIES,
    claims_by_id,
    show_interval,
    sorted_findings,
)
from checker.rules import HOUSEKEEPING

REPEATS_CONTRADICTED = frozenset({"XCK006"})
"""Codes whose finding says that a claim repeats a cited figure that more trusted evidence
contradicts: the sentence names the figure repeated and what contradicts it."""

DROPPED_HEDGE = frozenset({"XCK003"})
"""Codes whose finding says that a claim dropped its source's hedge ("at least 75" → "75"):
the sentence says so, and ClaimReview rates the claim Overstated."""

NOUNS = {"dataset": "table", "reference": "reference", "primary": "report",
         "news": "news story"}
"""What a reader calls each kind of source."""


def is_housekeeping(f: Finding) -> bool:
    """Return whether `f` is housekeeping (an unclaimed number, an uncorroborated claim)."""
    return f.code in HOUSEKEEPING


def lead_order(findings: Iterable[Finding],
               groups: Mapping[Severity, Sequence[Finding]] | None = None
               ) -> tuple[list[Finding], list[Finding]]:
    """Return the error and warning findings as (discrepancies, housekeeping).

    Each list is in severity order (errors first), then in report order; accepted
    findings come after the others of their severity.  `groups` is
    `findings_by_severity` of the same findings when the caller has it (the errors and
    warnings are then taken from it, in the same order, without a pass over the rest).
    """
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    if groups is None:
        serious = [f for f in sorted_findings(findings) if f.severity is not Severity.INFO]
    else:
        serious = [*groups[Severity.ERROR], *groups[Severity.WARNING]]
    serious.sort(key=lambda f: (rank[f.severity], f.accepted))
    return ([f for f in serious if not is_housekeeping(f)],
            [f for f in serious if is_housekeeping(f)])


_ID = attrgetter("id")
_LABEL = attrgetter("label")
_QUANTITY = attrgetter("quantity")


class Sentences:
    """Sentences about the findings of one result (claims and sources indexed once)."""

    def __init__(self, result: AuditResult) -> None:
        self.claims = claims_by_id(result)
        self.sources = {s.id: s for s in result.sources}
        quantities = result.quantities
        labels = list(map(_LABEL, quantities))
        # Each variable's label, then each quantity's (over any variable of that name).
        self.labels: dict[str, str] = dict(zip(map(_ID, quantities), labels, strict=True))
        self.labels.update(zip(map(_QUANTITY, quantities), labels, strict=True))
        self.primaries = sum(1 for s in result.sources if s.kind == "primary")
        self.why = {rid: (why or f"the {kind} relation") for rid, kind, why in result.relations}

    # -- naming ---------------------------------------------------------------------
    def who(self, source: SourceResult | None, *, start: bool) -> str:
        """Return how a sentence names `source`: ``the report``, ``The Japan Times``."""
        if source is None:
            return "A source" if start else "a source"
        noun = NOUNS.get(source.kind, "source")
        if source.kind == "primary" and self.primaries == 1:
            name = f"the {noun}"
        elif source.kind in ("news", "reference") and source.publisher:
            return f"{source.publisher} ({source.id})"
        elif source.kind == "news":
            name = f"the {noun} {source.id}"
        else:
            name = f"the {noun} “{source.title}”"
        return name[0].upper() + name[1:] if start else name

    def truth(self, subject: SourceResult | None, source: SourceResult | None) -> str:
        """Return how the sentence names the source of truth, relative to the subject's."""
        if source is None:
            return "a source"
        noun = NOUNS.get(source.kind, "source")
        if subject is not None and source.id in subject.cites:
            if source.kind == "dataset" and source.publisher == subject.publisher:
                return f"its own {noun}"
            return f"the {noun} it cites"
        if subject is not None:
            for cited in subject.cites:
                middle = self.sources.get(cited)
                if middle is not None and source.id in middle.cites:
                    return f"the {noun} of the {NOUNS.get(middle.kind, 'source')} it cites"
        if (subject is not None and source.kind == "dataset" and subject.publisher
                and source.publisher == subject.publisher):
            return f"the {noun} its publisher released"
        return self.who(source, start=False)

    @staticmethod
    def figure(c: ClaimResult) -> str:
        """Return what claim `c` states: ``says “fifty-two”`` or ``counts 53``."""
        if c.says:
            return f"says “{c.says}”"
        return f"counts {show_interval(c.interval, c.integer)}"

    def label(self, f: Finding, c: ClaimResult | None) -> str:
        """Return the quantity the sentence is about, as its label says it."""
        qid = c.quantity if c is not None else (f.quantities[0] if f.quantities else "")
        return self.labels.get(qid, qid)

    # -- sentences --------------------------------------------------------------------
    def sentence(self, f: Finding) -> str:
        """Return the plain sentence of finding `f` (no codes, ids only where unnamed)."""
        subject = self.claims.get(f.claims[0]) if f.claims else None
        evidence = [self.claims[e] for e in f.evidence if e in self.claims]
        if subject is None:
            return _plain(f.message)
        src = self.sources.get(subject.source)
        head = f"{self.label(f, subject)}: {self.who(src, start=False)} {self.figure(subject)}"
        if f.code in DROPPED_HEDGE and evidence:
            e = evidence[0]
            return (f"{head}, dropping the hedge of {self.truth(src, self.sources.get(e.source))}"
                    f", which {self.figure(e)}.")
        if f.code in REPEATS_CONTRADICTED and len(evidence) >= 2:
            cited = [e for e in evidence if src is not None and e.source in src.cites]
            repeated = cited[-1] if cited else evidence[-1]
            contrary = [e for e in evidence if e is not repeated][:2]
            rsrc = self.sources.get(repeated.source)
            contradicts = _join(f"{self.truth(src, self.sources.get(e.source))}, which "
                                f"{self.figure(e)}" for e in contrary)
            return (f"{head}, repeating {self.truth(src, rsrc)} (“{repeated.says}”), a figure "
                    f"contradicted by {contradicts}." if repeated.says else
                    f"{head}, repeating a figure contradicted by {contradicts}.")
        if f.relations:
            others = _join(f"{self.truth(src, self.sources.get(e.source))} {self.figure(e)}"
                           f" ({self.label(f, e)})" for e in evidence[:3])
            why = _join(self.why.get(r, r).rstrip(".") for r in f.relations[:3])
            against = f" together with {others}" if others else ""
            return f"{head}, which cannot hold{against}: {why}."
        if not evidence:
            return f"{head}: {_plain(f.message).rstrip('.')}."
        truths = _join(f"{self.truth(src, self.sources.get(e.source))} {self.figure(e)}"
                       for e in evidence[:3])
        return f"{head}; {truths}."

    def housekeeping(self, findings: Sequence[Finding]) -> str:
        """Return one sentence counting the housekeeping findings by rule ("" for none)."""
        counts: dict[str, int] = {}
        for f in findings:
            counts[f.rule] = counts.get(f.rule, 0) + 1
        if not counts:
            return ""
        words = {"unclaimed-number": ("number in a snapshot no claim covers",
                                      "numbers in the snapshots no claim covers"),
                 "uncorroborated": ("claim nothing else states", "claims nothing else states")}
        parts = []
        for rule, n in sorted(counts.items()):
            one, many = words.get(rule, (f"{rule} finding", f"{rule} findings"))
            parts.append(f"{n} {one if n == 1 else many}")
        return "Also listed under Findings: " + _join(parts) + "."


def _join(parts: Iterable[str]) -> str:
    items = list(parts)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plain(message: str) -> str:
    """Return a finding message without the backticks around the ids it names."""
    return message.replace("`", "")
