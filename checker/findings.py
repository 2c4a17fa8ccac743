"""Immutable result values (layer 0: vocabulary).

`Finding` is one problem found (a rule code, a severity, the claims it blames, the
evidence, a message with the arithmetic, a location).  `ClaimResult`, `QuantityResult`,
`SourceResult` and `AuditResult` are the finished audit that every reporter reads.
Nothing here computes anything beyond trivial derived properties.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import field
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from checker._frozen import quick_init, quick_replace, record

if TYPE_CHECKING:  # pragma: no cover - typing only
    from checker.intervals import Interval
    from checker.models import Corpus


class Severity(str, Enum):
    """How bad a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info (higher is worse)."""
        return _RANKS[self._value_]


_RANKS = {"error": 3, "warning": 2, "info": 1}


class Verdict(str, Enum):
    """How a claim stands to what it was checked against (DESIGN §5)."""

    AGREES = "agrees"
    WEAKER = "weaker"
    STRONGER = "stronger"
    OVERLAPS = "overlaps"
    CONFLICTS = "conflicts"
    UNCORROBORATED = "uncorroborated"


@quick_init
@record
class Location:
    """A place in a claim file: `file` relative to the corpus root, 1-based `line`."""

    file: str
    line: int


@quick_init
@record
class Finding:
    """One problem: an immutable value, sorted by (location, code, claims)."""

    code: str
    rule: str
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    repeated_by: tuple[str, ...] = ()
    quantities: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    location: Location | None = None
    subject: str = ""  # what the finding is about when no claim is (COV001: source|text|n)
    accepted: bool = False  # matched by a baseline entry (still reported, never gates)
    # A stable id, independent of line numbers and message wording: computed once, as the
    # finding is made (policy, baselines, every reporter and `diff` read it).
    fingerprint: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        key = "|".join(
            [self.code, ",".join(self.claims), ",".join(self.evidence),
             ",".join(self.quantities), ",".join(self.relations), self.subject]
        )
        object.__setattr__(self, "fingerprint", fingerprint_of(key))

    def but(self, **changes: Any) -> Finding:
        """Return this finding with `changes` to fields its fingerprint is not made of
        (`severity`, `accepted`, `message`, `location`, `rule`, `repeated_by`), keeping
        the fingerprint instead of computing it again.

        Raise `ValueError` for a change to a field the fingerprint is made of (use
        `dataclasses.replace`, which computes it).
        """
        keyed = changes.keys() & _FINGERPRINTED
        if keyed:
            raise ValueError(f"`{sorted(keyed)[0]}` changes the fingerprint: use replace()")
        return quick_replace(self, **changes)

    def sort_key(self) -> tuple[str, int, str, tuple[str, ...]]:
        """Return the deterministic order of findings: file, line, code, claims."""
        loc = self.location
        return (loc.file if loc else "", loc.line if loc else 0, self.code, self.claims)


def fingerprint_of(key: str) -> str:
    """Return the fingerprint of a finding whose key is `key`: its code, then its claims,
    evidence, quantities and relations each joined by commas, then its subject, joined
    by ``|`` (`Finding.__post_init__`'s; a maker that knows the parts writes it so)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_FINGERPRINTED = frozenset({"code", "claims", "evidence", "quantities", "relations",
                            "subject", "fingerprint"})
"""The fields of a `Finding` its fingerprint is made of (and the fingerprint itself)."""


@quick_init
@record
class QuotePosition:
    """Where a verified quote stands in its snapshot (0-based offsets, 1-based line and page).

    `page` is None for a snapshot without pages (one not made from a PDF).
    """

    verified: bool
    start: int | None = None
    end: int | None = None
    line: int | None = None
    says_start: int | None = None
    says_end: int | None = None
    page: int | None = None


@quick_init
@record
class ClaimResult:
    """One claim as audited: its interval, verdict and what it was compared with."""

    id: str
    source: str
    quantity: str
    variable: str  # quantity id, or "quantity@as_of"
    says: str | None
    quote: str | None
    interval: Interval
    integer: bool
    verdict: Verdict
    against: tuple[str, ...]
    against_interval: Interval | None
    position: QuotePosition
    count: str | None = None  # the filter, written out, for table-derived claims
    as_of: str | None = None
    note: str | None = None
    location: Location | None = None
    repeats: str | None = None  # the cited source's claim this one repeats, if any
    revises: str | None = None  # the earlier claim this one revises, if any
    revised_by: str | None = None  # the later claim revising this one (it is history)
    interval_source: str | None = None  # "value": set by hand with `value:`, not read


@quick_init
@record
class QuantityResult:
    """One quantity (one variable, per `as_of`): its claims and implied bounds."""

    id: str
    quantity: str
    label: str
    unit: str
    integer: bool
    as_of: str | None
    claims: tuple[str, ...]
    implied: Interval | None  # None: not computed (the component was not solved exactly)
    solved: bool = True


@quick_init
@record
class SourceResult:
    """One source with the fingerprint of its snapshot or table."""

    id: str
    title: str
    kind: str
    publisher: str | None
    url: str | None
    published: str | None
    cites: tuple[str, ...]
    file: str | None  # snapshot or table path, relative to the corpus root
    sha256: str | None  # of the bytes actually read (None when missing)
    text: str | None  # the snapshot text (for reports), None for tables
    section: tuple[int, int] | None  # offsets of the section in `text`
    claims: tuple[str, ...]
    note: str | None = None
    author: str | None = None


@quick_init
@record
class CoverageResult:
    """How many numeric mentions of one text source are covered (the COV001 tally).

    `mentions` counts every mention the scanner found in the source's snapshot (its
    section, where it has one); `claimed` those inside the `says` of a verified claim,
    `ignored` those matched by an `ignore` entry.
    """

    source: str
    mentions: int
    claimed: int
    ignored: int

    @property
    def uncovered(self) -> int:
        """Return the number of mentions neither claimed nor ignored (COV001 findings)."""
        return self.mentions - self.claimed - self.ignored


@record
class Publication:
    """How the published audit presents itself: the corpus's ``report:`` block.

    `title` and `summary` head the page, `publisher` is the organisation publishing it
    (the ClaimReview author), `language` the page's language tag, `url` its canonical
    address (None: not published at a known address).
    """

    title: str
    publisher: str | None = None
    summary: str | None = None
    language: str = "en"
    url: str | None = None


@record(slots=False)
class AuditResult:
    """The finished audit of one corpus: what every reporter renders."""

    root: str  # the corpus folder as given (volatile: reporters print it only where asked)
    fingerprint: str  # sha256 over every corpus file and snapshot, in path order
    sources: tuple[SourceResult, ...]
    quantities: tuple[QuantityResult, ...]
    claims: tuple[ClaimResult, ...]
    findings: tuple[Finding, ...]
    relations: tuple[tuple[str, str, str], ...]  # (id, kind, why)
    fail_on: str = "error"
    gate_failed: bool = False
    fixed: tuple[str, ...] = ()  # baseline fingerprints that no longer match
    expired: tuple[str, ...] = ()  # expired baseline fingerprints still matched: gate fails
    baseline: str | None = None  # the baseline file used, as given (None: no baseline)
    coverage: tuple[CoverageResult, ...] = ()  # per text source, by id; () when skipped
    skipped: tuple[tuple[str, str], ...] = ()  # claimcheck outputs in the corpus: (file, what)
    report: Publication | None = None  # the corpus's `report:` block, if it has one
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    corpus: Corpus | None = field(default=None, compare=False, repr=False)

    def counts(self) -> dict[str, int]:
        """Return the number of findings by severity (accepted findings excluded)."""
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            if not f.accepted:
                out[f.severity._value_] += 1  # `_value_`: a plain attribute, unlike `value`
        return out

    def verdict_counts(self) -> dict[str, int]:
        """Return the number of claims by verdict, in the order of `Verdict`."""
        out = {v.value: 0 for v in Verdict}
        for value, n in Counter(map(attrgetter("verdict._value_"), self.claims)).items():
            out[value] = n
        return out
