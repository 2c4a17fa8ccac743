"""The reporters at 100,000 claims: the HTML stays small and usable (tests of layer 4).

DESIGN §8: the HTML report stays usable with tens of thousands of claims; its first page
is under 2 MB at 100k claims.  The result is synthetic (built by hand: 100,000 claims,
20,000 quantities, 2,000 sources with snapshot texts, 2,000 planted conflicts).
"""

from __future__ import annotations

import time
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
    """The HTML is one file under 2 MB that says what it left out, and renders quickly."""
    start = time.perf_counter()
    html = render_to_string(REPORTERS["html"], big)
    elapsed = time.perf_counter() - start
    size = len(html.encode("utf-8"))
    assert size < 2_000_000, size
    assert f"of {N_CLAIMS} claims" in html and "audit.json has them all" in html
    assert elapsed < 20, elapsed  # generous: a guard against quadratic work, not a benchmark

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
