"""Hand-built `AuditResult` fixtures for the reporter tests (and tests that they hang together).

`build_result()` is a small but complete audit: three sources (a dataset with a table, a
primary report that cites it, a news story that is a section of a shared snapshot and
cites the report), two quantities joined by a subset relation, five claims with verified
quote positions (two quotes overlap), an XCK001 conflict with evidence and `repeated_by`,
a REL001 with a relation, a REL002 implied bound, an accepted (baseline) warning, and a
finding that names no claim.  `hostile_result()` plants markup and `javascript:` URLs in
every corpus-text field.  Other test modules import these builders (pytest puts this
folder on `sys.path`).
"""

from __future__ import annotations

import dataclasses
import shutil
from fractions import Fraction
from pathlib import Path

from checker.findings import (
    AuditResult,
    ClaimResult,
    CoverageResult,
    Finding,
    Location,
    QuantityResult,
    QuotePosition,
    Severity,
    SourceResult,
    Verdict,
)
from checker.intervals import Interval
from checker.rules import RULES, finding

REPORT_TEXT = (
    "The Global Expansion of AI Surveillance (excerpt)\n"
    "\n"
    "More than fifty countries globally are actively using AI technologies for\n"
    "surveillance purposes. This includes smart policing (fifty-two countries).\n"
)
NEWS_TEXT = (
    "Markets: shares rose 3 percent on Tuesday.\n"
    "\n"
    "AI surveillance spreading\n"
    "A report says AI surveillance is used in at most 52 countries, fifty-two of them\n"
    "with smart policing, according to the think tank.\n"
    "End of story.\n"
    "\n"
    "Weather: 21 degrees.\n"
)
SUBSET = "subset:countries-smart-policing:countries-using"


def _position(text: str, quote: str, says: str, says_from: int = 0) -> QuotePosition:
    start = text.index(quote)
    says_start = text.index(says, start + says_from)
    return QuotePosition(
        verified=True, start=start, end=start + len(quote),
        line=text.count("\n", 0, start) + 1,
        says_start=says_start, says_end=says_start + len(says),
    )


def _claim(
    cid: str, source: str, quantity: str, says: str | None, quote: str | None,
    interval: Interval, verdict: Verdict, against: tuple[str, ...],
    against_interval: Interval | None, position: QuotePosition, line: int, file: str,
    **extra: object,
) -> ClaimResult:
    return ClaimResult(
        id=cid, source=source, quantity=quantity, variable=quantity, says=says, quote=quote,
        interval=interval, integer=True, verdict=verdict, against=against,
        against_interval=against_interval, position=position,
        location=Location(file, line), **extra,  # type: ignore[arg-type]
    )


def build_claims() -> tuple[ClaimResult, ...]:
    """Return the five claims of the fixture."""
    r_using = "More than fifty countries globally are actively using AI technologies"
    r_sp = "smart policing (fifty-two countries)"
    n_using = "AI surveillance is used in at most 52 countries"
    n_sp = "in at most 52 countries, fifty-two of them\nwith smart policing"
    return (
        _claim("aigs-smart-policing", "aigs-index-2019", "countries-smart-policing", None, None,
               Interval.point(53), Verdict.CONFLICTS, ("carnegie-smart-policing",),
               Interval.point(52), QuotePosition(verified=True), 5, "claims-table.yaml",
               count="smart_policing = 1", note="Counted rows: 53."),
        _claim("carnegie-smart-policing", "carnegie-2019", "countries-smart-policing",
               "fifty-two", r_sp, Interval.point(52), Verdict.CONFLICTS,
               ("aigs-smart-policing",), Interval.point(53),
               _position(REPORT_TEXT, r_sp, "fifty-two"), 12, "claims-report.yaml"),
        _claim("carnegie-using", "carnegie-2019", "countries-using", "More than fifty",
               r_using, Interval.of(51, None), Verdict.OVERLAPS, ("kyodo-using",),
               Interval.of(0, 52), _position(REPORT_TEXT, r_using, "More than fifty"), 6,
               "claims-report.yaml"),
        _claim("kyodo-smart-policing", "kyodo-2019", "countries-smart-policing", "fifty-two",
               n_sp, Interval.point(52), Verdict.AGREES, ("carnegie-smart-policing",),
               Interval.point(52), _position(NEWS_TEXT, n_sp, "fifty-two"), 10,
               "claims-news.yaml", repeats="carnegie-smart-policing"),
        _claim("kyodo-using", "kyodo-2019", "countries-using", "at most 52", n_using,
               Interval.of(0, 52), Verdict.OVERLAPS, ("carnegie-using",),
               Interval.of(51, None), _position(NEWS_TEXT, n_using, "at most 52"), 4,
               "claims-news.yaml"),
    )


def build_sources() -> tuple[SourceResult, ...]:
    """Return the three sources of the fixture (dataset, primary, news section)."""
    sec_start = NEWS_TEXT.index("AI surveillance spreading")
    sec_end = NEWS_TEXT.index("End of story.") + len("End of story.")
    return (
        SourceResult(
            id="aigs-index-2019", title="AI Global Surveillance (AIGS) Index", kind="dataset",
            publisher="Carnegie Endowment for International Peace",
            url="https://carnegieendowment.org/files/AI_Global_Surveillance_Index1.pdf",
            published="2019-09-17", cites=(), file="data/aigs-index-2019.csv",
            sha256="c95ddbdf673dc2b2ed0fd8d304da8b8c1fd95ad1f76ba1f0761a6224c6e06aa5",
            text=None, section=None, claims=("aigs-smart-policing",),
            author="Steven Feldstein"),
        SourceResult(
            id="carnegie-2019", title="The Global Expansion of AI Surveillance", kind="primary",
            publisher="Carnegie Endowment for International Peace",
            url="https://carnegieendowment.org/2019/09/17/global-expansion-of-ai-surveillance",
            published="2019-09-17", cites=("aigs-index-2019",),
            file="sources/carnegie-2019.txt",
            sha256="467541a077dbde5f707ef1daf83b6214a2c33477a92a3d8339c1209b32d42444",
            text=REPORT_TEXT, section=None,
            claims=("carnegie-smart-policing", "carnegie-using")),
        SourceResult(
            id="kyodo-2019", title="AI surveillance spreading", kind="news",
            publisher="The Japan Times", url=None, published=None,
            cites=("carnegie-2019",), file="sources/news.txt",
            sha256="3af9180b7f05d994aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            text=NEWS_TEXT, section=(sec_start, sec_end),
            claims=("kyodo-smart-policing", "kyodo-using")),
    )


def build_findings() -> tuple[Finding, ...]:
    """Return the findings of the fixture (errors, warnings, info; one accepted)."""
    conflict = finding(
        "XCK001",
        'carnegie-smart-policing says "fifty-two" = 52 but the table counts 53 '
        "(aigs-smart-policing): 52 ≠ 53",
        claims=("carnegie-smart-policing",), evidence=("aigs-smart-policing",),
        repeated_by=("kyodo-smart-policing",), quantities=("countries-smart-policing",),
        location=Location("claims-report.yaml", 12))
    relation = finding(
        "REL001",
        'kyodo-using says "at most 52" (≤ 52), but countries-smart-policing ≤ '
        "countries-using and aigs-smart-policing = 53 give countries-using ≥ 53",
        claims=("kyodo-using",), evidence=("aigs-smart-policing",),
        quantities=("countries-smart-policing", "countries-using"), relations=(SUBSET,),
        location=Location("claims-news.yaml", 4))
    implied = finding(
        "REL002", "relations narrow countries-using from [51, ∞) to [53, ∞)",
        evidence=("aigs-smart-policing", "carnegie-using"), quantities=("countries-using",),
        relations=(SUBSET,), location=Location("quantities.yaml", 3))
    ambiguous = dataclasses.replace(finding(
        "PRV005", 'the quote of kyodo-smart-policing occurs 2 times in section of kyodo-2019',
        claims=("kyodo-smart-policing",), location=Location("claims-news.yaml", 10)),
        accepted=True)
    unclaimed = finding(
        "COV001", 'sources/news.txt:1: "3 percent" is not claimed or ignored',
        location=Location("sources/news.txt", 1))
    return (conflict, relation, implied, ambiguous, unclaimed)


def build_result(**changes: object) -> AuditResult:
    """Return the complete hand-built audit (fields replaced by `changes`)."""
    result = AuditResult(
        root="claims",
        fingerprint="5e1f0c0ffee0000000000000000000000000000000000000000000000000beef",
        sources=build_sources(),
        quantities=(
            QuantityResult(
                id="countries-smart-policing", quantity="countries-smart-policing",
                label="Countries using smart policing", unit="countries", integer=True,
                as_of=None, claims=("aigs-smart-policing", "carnegie-smart-policing",
                                    "kyodo-smart-policing"),
                implied=Interval.point(53)),
            QuantityResult(
                id="countries-using", quantity="countries-using",
                label="Countries actively using AI surveillance", unit="countries",
                integer=True, as_of=None, claims=("carnegie-using", "kyodo-using"),
                implied=Interval.of(53, None)),
        ),
        claims=build_claims(),
        findings=build_findings(),
        relations=((SUBSET, "subset", "Smart policing is one of the techniques counted."),),
        fail_on="error",
        gate_failed=True,
        fixed=("00000000deadbeef",),
        baseline="baseline.yaml",
        coverage=(CoverageResult("carnegie-2019", 3, 2, 0),
                  CoverageResult("kyodo-2019", 3, 2, 0)),
    )
    return dataclasses.replace(result, **changes)  # type: ignore[arg-type]


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)> "q" \'a\' & javascript:alert(1)'


def _shift(p: QuotePosition, at: int, by: int) -> QuotePosition:
    """Return `p` with every offset at or after `at` moved by `by` (text inserted at `at`)."""
    def move(x: int | None) -> int | None:
        return x + by if x is not None and x >= at else x
    return dataclasses.replace(p, start=move(p.start), end=move(p.end),
                               says_start=move(p.says_start), says_end=move(p.says_end))


def hostile_result() -> AuditResult:
    """Return the fixture with markup and script URLs in titles, quotes, labels and messages.

    The hostile string is inserted into the news snapshot (outside its section), into the
    report's snapshot inside the quote of `carnegie-using`, and into titles, publishers,
    notes, quantity labels and finding messages; the news URL is ``javascript:`` and the
    report URL ``data:``.
    """
    base = build_result()
    inserts = {
        "kyodo-2019": (NEWS_TEXT.index("shares"), f"{HOSTILE} "),
        "carnegie-2019": (REPORT_TEXT.index("globally"), f"{HOSTILE} "),
    }
    sources = []
    for s in base.sources:
        if s.id in inserts and s.text is not None:
            at, extra = inserts[s.id]
            section = s.section
            if section is not None:
                section = (section[0] + len(extra), section[1] + len(extra))
            s = dataclasses.replace(s, text=s.text[:at] + extra + s.text[at:], section=section)
        if s.id == "kyodo-2019":
            s = dataclasses.replace(s, url="javascript:alert(1)", title=f"Title {HOSTILE}",
                                    publisher=HOSTILE)
        elif s.id == "carnegie-2019":
            s = dataclasses.replace(s, url="data:text/html,<script>alert(1)</script>")
        sources.append(s)
    texts = {s.id: s.text for s in sources}
    claims = []
    for c in base.claims:
        if c.source in inserts:
            at, extra = inserts[c.source]
            p = _shift(c.position, at, len(extra))
            text = texts[c.source]
            assert text is not None and p.start is not None and p.end is not None
            c = dataclasses.replace(c, position=p, quote=text[p.start:p.end], note=HOSTILE)
        claims.append(c)
    quantities = tuple(dataclasses.replace(q, label=f"{q.label} {HOSTILE}")
                       for q in base.quantities)
    findings = tuple(dataclasses.replace(f, message=f"{f.message} {HOSTILE}")
                     for f in base.findings)
    return dataclasses.replace(base, sources=tuple(sources), claims=tuple(claims),
                               quantities=quantities, findings=findings)


EDITED = "<!-- edited -->"


def edited_templates(folder: Path) -> Path:
    """Return a copy of the report's templates in `folder` with `EDITED` written into the
    page's body: templates changed since their compiled modules were made."""
    from checker.reporters import _templates as tpl

    templates = folder / "templates"
    shutil.copytree(tpl.TEMPLATES, templates)
    report = templates / "report.html.j2"
    report.write_text(report.read_text(encoding="utf-8").replace(
        "</body>", f"{EDITED}\n</body>"), encoding="utf-8")
    return templates


def test_fixture_references_resolve() -> None:
    """Every id a finding, quantity or source names exists; positions match the quotes."""
    for result in (build_result(), hostile_result()):
        claims = {c.id: c for c in result.claims}
        sources = {s.id: s for s in result.sources}
        for f in result.findings:
            assert set(f.claims) | set(f.evidence) | set(f.repeated_by) <= set(claims)
            assert f.rule == RULES[f.code].name
        for q in result.quantities:
            assert all(claims[c].quantity == q.id for c in q.claims)
        for c in claims.values():
            src = sources[c.source]
            assert c.id in src.claims
            p = c.position
            if c.quote is not None and src.text is not None:
                assert p.start is not None and p.end is not None
                assert src.text[p.start:p.end] == c.quote
                assert src.text[p.says_start:p.says_end] == c.says
                if src.section is not None:
                    assert src.section[0] <= p.start and p.end <= src.section[1]


def test_fixture_covers_every_severity() -> None:
    """The fixture exercises errors, warnings and info, accepted and claimless findings."""
    findings = build_result().findings
    assert {f.severity for f in findings} == set(Severity)
    assert any(f.accepted for f in findings)
    assert any(not f.claims for f in findings)
    assert any(f.repeated_by for f in findings)
    assert any(f.relations for f in findings)
    assert Fraction(53) == build_result().quantities[1].implied.lo  # type: ignore[union-attr]
