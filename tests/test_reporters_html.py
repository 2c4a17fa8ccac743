"""The HTML report: view model, escaping, links, CSP, size (tests of layer 4: output).

Static checks on the rendered file; tests/test_browser.py loads it in Chromium.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_reporters_fixture import HOSTILE, build_result, hostile_result

from checker.findings import AuditResult
from checker.intervals import Interval
from checker.reporters import REPORTERS, render_to_string
from checker.reporters import _htmlmodel as vm
from checker.reporters._htmlpage import build_page
from checker.reporters._htmltext import (
    QuoteMark,
    anchor,
    safe_href,
    segment_text,
    text_fragment_url,
)
from checker.reporters._numberline import Row, build_number_line

TEMPLATES = Path(__file__).resolve().parent.parent / "checker" / "templates"
VOID = {"meta", "link", "br", "hr", "img", "input", "wbr", "area", "base", "col", "source"}
SVG_SELF_CLOSING = {"line", "circle", "polygon", "path", "rect"}


class _Page(HTMLParser):
    """Collect tags, attributes, ids and hrefs; check that non-void tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if "href" in a:
            self.hrefs.append(a["href"] or "")
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in SVG_SELF_CLOSING and tag not in VOID:
            self.errors.append(f"unexpected self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _html(result: AuditResult | None = None) -> str:
    return render_to_string(REPORTERS["html"], result or build_result())


@pytest.mark.parametrize("make", [build_result, hostile_result], ids=["fixture", "hostile"])
def test_html_is_well_formed_and_links_resolve(make: object) -> None:
    """Tags nest, ids are unique, and every in-page link names an element on the page."""
    page = _parse(_html(make()))  # type: ignore[operator]
    assert not page.errors, page.errors[:5]
    assert not page.stack
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    missing = {h for h in page.hrefs if h.startswith("#") and h[1:] not in page.ids}
    assert not missing


def test_html_is_self_contained_with_strict_csp() -> None:
    """No external resource: only http(s) links and anchors; the CSP pins the stylesheet."""
    html = _html()
    page = _parse(html)
    for tag, attrs in page.tags:
        assert tag not in ("script", "iframe", "object", "embed", "img", "form", "base")
        assert "src" not in attrs and "srcset" not in attrs and "style" not in attrs
        if tag == "link":
            assert attrs.get("href") == "data:,"
    for href in page.hrefs:
        assert href.startswith(("#", "https://", "http://", "data:,")), href
    assert "@import" not in page.style and "url(" not in page.style
    csp = next(a["content"] for t, a in page.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert csp == (f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; "
                   "base-uri 'none'; form-action 'none'")
    assert "@media print" in page.style and "prefers-color-scheme: dark" in page.style
    first_link = next(a for t, a in page.tags if t == "a")
    assert first_link.get("href") == "#main"  # the skip link comes first


def test_html_escapes_hostile_text() -> None:
    """Markup in quotes, titles, labels and messages is shown as text, never parsed."""
    html = _html(hostile_result())
    page = _parse(html)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    for tag, attrs in page.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert tag not in ("script", "img")
    for href in page.hrefs:
        assert not href.lower().startswith(("javascript:", "data:text")), href
    # Inside a highlighted quote, in the claim's blockquote and in the source text.
    assert re.search(r"<blockquote><strong class=\"says\">More than fifty</strong> countries "
                     r"&lt;script&gt;alert\(1\)&lt;/script&gt;", html)
    assert re.search(r"<mark[^>]*>\s*countries &lt;script&gt;", html)
    # The javascript: URL is shown, as text.
    assert "<code>javascript:alert(1)</code>" in html
    assert "not an http(s) address" in html
    assert HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&#34;").replace("'", "&#39;") in html


def test_html_shows_sections_quotes_and_text_fragments() -> None:
    """A sectioned source shows its section only; quotes are highlighted and linked."""
    html = _html()
    assert "AI surveillance spreading" in html and "Weather: 21 degrees" not in html
    assert "Markets: shares rose" not in html
    assert 'id="s-kyodo-using" href="#c-kyodo-using"' in html
    assert 'href="#s-kyodo-using"' in html  # and back from the claim
    assert '<mark class="says multi"' in html  # overlapping quotes stay well formed
    assert ("https://carnegieendowment.org/2019/09/17/global-expansion-of-ai-surveillance"
            "#:~:text=More%20than%20fifty%20countries,actively%20using%20AI%20technologies") in html


def test_html_shows_provenance_and_arithmetic() -> None:
    """The chain news → report → table, and each claim's working, are on the page."""
    page = build_page(build_result())
    assert [[link.text for link in chain] for chain in page.chains] == [
        ["kyodo-2019 (news)", "carnegie-2019 (primary)", "aigs-index-2019 (dataset)"]]
    claims = {c.id: c for c in page.claims}
    assert claims["kyodo-using"].arithmetic == (
        "“at most 52” → [0, 52]; checked against carnegie-using: [0, 52] ∩ [51, ∞) ≠ ∅, "
        "neither contains the other → overlaps")
    assert claims["carnegie-smart-policing"].arithmetic.endswith("52 ∩ 53 = ∅ → conflicts")
    assert claims["kyodo-smart-policing"].repeats == vm.Link(
        "carnegie-smart-policing", "#c-carnegie-smart-policing")
    assert (claims["kyodo-using"].quote_before, claims["kyodo-using"].quote_says,
            claims["kyodo-using"].quote_after) == (
        "AI surveillance is used in ", "at most 52", " countries")
    finding = next(f for g in page.groups for f in g.findings if f.code == "REL001")
    assert [link.text for link in finding.suspects] == ["kyodo-using"]
    assert finding.relations[0][0].startswith("subset:")


def test_view_model_fields_are_documented_and_used() -> None:
    """Every view-model field is named in its class docstring and printed by a template."""
    templates = "\n".join(p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.j2"))
    unused_ok = {("Page", "extra"), ("Page", "accepted"), ("Page", "title"),
                 ("ClaimView", "id"), ("FindingView", "severity")}
    for cls in (vm.ClaimView, vm.QuantityView, vm.SourceView, vm.FindingView,
                vm.FindingGroup, vm.Page, vm.Link, vm.Count):
        doc = cls.__doc__ or ""
        for f in dataclasses.fields(cls):
            assert f"`{f.name}`" in doc, f"{cls.__name__}.{f.name} is not documented"
            if (cls.__name__, f.name) not in unused_ok and cls not in (vm.Link, vm.Count):
                assert re.search(rf"\.{f.name}\b", templates), f"{cls.__name__}.{f.name} unused"


def test_segment_text_splits_overlaps() -> None:
    """Overlapping, nested and clipped quotes become flat, non-overlapping segments."""
    text = "0123456789"
    marks = [QuoteMark("a", 1, 1, 6, 2, 3, "s-a", "#c-a"),
             QuoteMark("b", 2, 4, 9, 7, 8, "s-b", "#c-b"),
             QuoteMark("c", 3, 4, 5, None, None, "s-c", None),
             QuoteMark("out", 4, 0, 1, None, None, "s-out", None)]
    segs = segment_text(text, 1, 9, marks)
    assert "".join(s.text for s in segs) == text[1:9]
    assert [(s.text, s.claims, s.says) for s in segs] == [
        ("1", ("a",), False), ("2", ("a",), True), ("3", ("a",), False),
        ("4", ("a", "b", "c"), False), ("5", ("a", "b"), False), ("6", ("b",), False),
        ("7", ("b",), True), ("8", ("b",), False)]
    assert [m.claim for s in segs for m in s.refs] == ["a", "b", "c"]
    clipped = segment_text(text, 3, 5, marks)
    assert [m.claim for s in clipped for m in s.refs] == ["a", "b", "c"]
    assert "".join(s.text for s in clipped) == "34"


def test_safe_href_and_text_fragments() -> None:
    """Only absolute http(s) URLs link; fragments percent-encode reserved characters."""
    assert safe_href("https://example.org/a?b=c") == "https://example.org/a?b=c"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "//x.org/",
                "/relative", "file:///etc/passwd", "https://x.org/\nfoo", "http:///nohost",
                "vbscript:x", None, ""):
        assert safe_href(bad) is None, bad
    url = text_fragment_url("https://x.org/p#old", "fifty-two, or 52 & more")
    assert url == "https://x.org/p#:~:text=fifty%2Dtwo%2C%20or%2052%20%26%20more"
    long = text_fragment_url("https://x.org/", "one two three four five six seven eight nine")
    assert long == "https://x.org/#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine"
    assert text_fragment_url("javascript:x", "q") is None
    assert anchor("c-", "ok.id_1") == "c-ok.id_1"
    assert re.fullmatch(r"c-x[0-9a-f]{16}", anchor("c-", '"><script>'))


def test_number_line_draws_open_closed_and_rays() -> None:
    """Ends are closed dots, open rings or rays; integer axes get integer ticks."""
    rows = [Row("a", Interval.of("50.5", "51.5", hi_open=True), "overlaps", "#c-a"),
            Row("b", Interval.of(51, None), "weaker", None),
            Row("c", Interval.of(None, 50), "conflicts", "#c-c"),
            Row("d", Interval.empty(), "conflicts", None)]
    chart = build_number_line("pct", rows, Interval.point(51), integer=False)
    kinds = [(b.label.split()[1].rstrip(":"), b.lo, b.hi) for b in chart.bars]
    assert kinds == [("implied", "closed", "closed"), ("a", "closed", "open"),
                     ("b", "closed", "ray"), ("c", "ray", "closed"), ("d", "none", "none")]
    assert chart.bars[4].empty and "∅" in chart.bars[4].label
    assert all(b.label.endswith(f"({b.verdict})") for b in chart.bars[1:])
    ints = build_number_line("n", [Row("x", Interval.of(52, 53), "agrees", None)], None, True)
    assert all("." not in t.label for t in ints.ticks)
    many = build_number_line("n", [Row(str(i), Interval.point(i), "agrees", None)
                                   for i in range(50)], None, True, limit=40)
    assert many.more == 10 and len(many.bars) == 40


def test_html_limits_keep_big_results_small() -> None:
    """With limits hit, the page says what it left out and links only to what it shows."""
    result = build_result()
    page = build_page(result, vm.Limits(claims=2, sources=1, quantities=1, findings=1))
    assert len(page.claims) == 2 and len(page.sources) == 1 and len(page.quantities) == 1
    assert any("shows 2 of 5 claims" in n for n in page.notes)
    shown = {c.id for c in page.claims}
    # Claims blamed by errors come first.
    assert shown == {"carnegie-smart-policing", "kyodo-using"}
    html = render_to_string(REPORTERS["html"].__class__(
        vm.Limits(claims=2, sources=1, quantities=1, findings=1)), result)
    parsed = _parse(html)
    assert not {h for h in parsed.hrefs if h.startswith("#") and h[1:] not in parsed.ids}


def test_html_is_deterministic() -> None:
    """The same result renders to the same bytes."""
    assert _html(build_result()) == _html(build_result())
