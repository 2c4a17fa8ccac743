"""The reporters at 100,000 claims: the HTML stays small and usable (tests of layer 4).

DESIGN §8: the HTML report stays usable with tens of thousands of claims; its first page
is under 2 MB at 100k claims.  The result is synthetic (built by hand: 100,000 claims,
20,000 quantities, 2,000 sources with snapshot texts, 2,000 planted conflicts).
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from checker.findings import (
    AuditResult,
    ClaimResult,
    Finding,
    Location,
    QuantityResult,
    QuotePosition,
    SourceResult,
    Verdict,
)
from checker.intervals import Interval
from checker.reporters import REPORTERS, render_to_string
from checker.rules import finding

N_CLAIMS, N_QUANTITIES, N_SOURCES, N_CONFLICTS = 100_000, 20_000, 2_000, 2_000


def big_result() -> AuditResult:
    """Return a synthetic audit of N_CLAIMS claims with planted conflicts."""
    per_source = N_CLAIMS // N_SOURCES
    claims: list[ClaimResult] = []
    sources: list[SourceResult] = []
    findings: list[Finding] = []
    for s in range(N_SOURCES):
        sid = f"src-{s:04d}"
        parts: list[str] = []
        ids: list[str] = []
        offset = 0
        for k in range(per_source):
            i = s * per_source + k
            cid, q = f"c{i:06d}", f"q{i % N_QUANTITIES:05d}"
            value = 100 + (i % N_QUANTITIES) + (1 if i < N_CONFLICTS * 5 and i % 5 == 4 else 0)
            sentence = f"Officials said {value} sites were counted in region {i}. "
            says_at = offset + len("Officials said ")
            pos = QuotePosition(True, offset, offset + len(sentence) - 1, 1, says_at,
                                says_at + len(str(value)))
            offset += len(sentence)
            parts.append(sentence)
            conflict = i < N_CONFLICTS * 5 and i % 5 == 4
            claims.append(ClaimResult(
                id=cid, source=sid, quantity=q, variable=q, says=str(value),
                quote=sentence[:-1], interval=Interval.point(value), integer=True,
                verdict=Verdict.CONFLICTS if conflict else Verdict.AGREES,
                against=(), against_interval=None, position=pos,
                location=Location(f"claims-{s:04d}.json", 3 + 8 * k)))
            ids.append(cid)
            if conflict:
                findings.append(finding("XCK002", f"{cid} says {value}; others say {value - 1}",
                                        claims=(cid,), quantities=(q,),
                                        location=Location(f"claims-{s:04d}.json", 3 + 8 * k)))
        sources.append(SourceResult(
            id=sid, title=f"Source {s}", kind="news" if s % 2 else "primary",
            publisher="Example", url=f"https://example.org/{s}", published=None,
            cites=(f"src-{s - 1:04d}",) if s % 2 else (), file=f"sources/{s}.txt",
            sha256="0" * 64, text="".join(parts), section=None, claims=tuple(ids)))
    by_q: dict[str, list[str]] = {}
    for c in claims:
        by_q.setdefault(c.quantity, []).append(c.id)
    quantities = [QuantityResult(id=q, quantity=q, label=f"Quantity {q}", unit="sites",
                                 integer=True, as_of=None, claims=tuple(ids),
                                 implied=Interval.point(100 + int(q[1:])))
                  for q, ids in sorted(by_q.items())]
    return AuditResult(root="bench/corpus", fingerprint="f" * 64, sources=tuple(sources),
                       quantities=tuple(quantities), claims=tuple(claims),
                       findings=tuple(findings), relations=(), gate_failed=True)


@pytest.fixture(scope="module")
def big() -> AuditResult:
    """The synthetic 100k-claim result, built once."""
    return big_result()


def test_html_first_page_under_2mb_at_100k_claims(big: AuditResult) -> None:
    """The HTML is one file under 2 MB that says what it left out (its speed: bench/)."""
    html = render_to_string(REPORTERS["html"], big)
    size = len(html.encode("utf-8"))
    assert size < 2_000_000, size
    assert f"of {N_CLAIMS} claims" in html and "audit.json has them all" in html

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.ids: set[str] = set()
            self.hrefs: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = dict(attrs)
            if a.get("id"):
                self.ids.add(a["id"] or "")
            if (a.get("href") or "").startswith("#"):
                self.hrefs.add((a["href"] or "")[1:])

    links = Links()
    links.feed(html)
    assert not links.hrefs - links.ids
    # The planted conflicts come first: the first shown claims are the blamed ones.
    assert 'class="item claim v-conflicts s-error"' in html


@pytest.mark.parametrize("name", ["json", "sarif", "junit", "markdown"])
def test_machine_formats_keep_everything_at_100k(big: AuditResult, name: str) -> None:
    """Machine-readable formats are never cut (Markdown caps rows per severity)."""
    text = render_to_string(REPORTERS[name], big)
    if name == "json":
        assert text.count('"verdict": ') == N_CLAIMS
    elif name == "sarif":
        assert text.count('"ruleId": ') == N_CONFLICTS
    elif name == "junit":
        assert text.count("<testcase ") == N_CLAIMS and f'failures="{N_CONFLICTS}"' in text
    else:
        assert len(text) < 1_000_000


def test_every_error_is_on_the_page_and_every_count_is_true(big: AuditResult) -> None:
    """Each of the 2,000 errors has its anchor (a card or a line); the lead's counts add up."""
    from checker.reporters._htmlpage import build_page

    page = build_page(big)
    errors = next(g for g in page.groups if g.severity == "error")
    assert errors.total == N_CONFLICTS == len(errors.findings) + len(errors.compact)
    assert len(page.lead) + page.lead_more + page.lead_elsewhere == N_CONFLICTS
    assert page.lead_elsewhere == 0
    html = render_to_string(REPORTERS["html"], big)
    anchors = [f.anchor for f in errors.findings] + [c.anchor for c in errors.compact]
    assert len(set(anchors)) == N_CONFLICTS
    assert all(f'id="{a}"' in html for a in anchors)
    assert f"{page.lead_more} more discrepancies have their cards" in html
    assert "more error findings" not in html


def test_large_limits_are_the_ones_docs_quote() -> None:
    """docs/reports.md's table of page limits is `Limits.for_size` of a large corpus."""
    import dataclasses
    import re
    from pathlib import Path

    from checker.reporters._htmlmodel import Limits

    text = (Path(__file__).resolve().parent.parent / "docs" / "reports.md").read_text(
        encoding="utf-8")
    section = text[text.index("### Large corpora"):text.index("### View model")]
    rows = dict(re.findall(r"^\| `(\w+)` \| (\d+) \|", section, re.M))
    large = Limits.for_size(Limits.LARGE + 1)
    assert {k: int(v) for k, v in rows.items()} == {
        f.name: getattr(large, f.name) for f in dataclasses.fields(large)}
    assert f"Up to {Limits.LARGE:,} claims" in section
