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
    split_code,
    text_fragment_url,
)
from checker.reporters._numberline import (
    MARKERS,
    SHAPES,
    Row,
    build_number_line,
    describe,
    legend,
)
from checker.reporters.html import render_page

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
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{"type": "application/ld+json"}]  # data, never run (no script-src)
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "object", "embed", "img", "form", "base")
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
    data = '<script type="application/ld+json">'
    assert html.lower().count("<script") == html.count(data) == 1
    block = html[html.index(data) + len(data):html.index("</script>")]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003cscript\\u003ealert(1)" in block  # the hostile quote, escaped, as data
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    for tag, attrs in page.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert tag != "img" and (tag != "script" or attrs == {"type": "application/ld+json"})
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
                vm.FindingGroup, vm.Page, vm.Link, vm.Count, vm.MemberView, vm.Piece,
                vm.LeadView, vm.CompactFinding):
        doc = cls.__doc__ or ""
        names = (cls._fields if issubclass(cls, tuple)  # the views are named tuples
                 else [f.name for f in dataclasses.fields(cls)])  # the page a dataclass
        for name in names:
            assert f"`{name}`" in doc, f"{cls.__name__}.{name} is not documented"
            if (cls.__name__, name) not in unused_ok and cls not in (vm.Link, vm.Count,
                                                                     vm.Piece):
                assert re.search(rf"\.{name}\b", templates), f"{cls.__name__}.{name} unused"


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
    kinds = [(b.label.split()[0].rstrip(":"), b.lo, b.hi) for b in chart.bars]
    assert kinds == [("implied", "none", "none"), ("a", "closed", "open"),
                     ("b", "closed", "ray"), ("c", "ray", "closed"), ("d", "none", "none")]
    assert chart.bars[4].empty and "∅" in chart.bars[4].label
    assert all(b.label.endswith(f"({b.verdict})") for b in chart.bars[1:])
    ints = build_number_line("n", [Row("x", Interval.of(52, 53), "agrees", None)], None, True)
    assert all("." not in t.label for t in ints.ticks)
    many = build_number_line("n", [Row(str(i), Interval.point(i), "agrees", None)
                                   for i in range(50)], None, True, limit=40)
    assert many.more == 10 and len(many.bars) == 40
    assert many.desc.endswith("10 more claims are not drawn.")


def test_number_line_marks_verdicts_by_shape_and_reads_out() -> None:
    """Every verdict has its own marker shape (chart, legend, badges); single values are
    drawn as that shape; the implied bounds are a band; the SVG text reads each row."""
    assert len(set(SHAPES.values())) == len(SHAPES)
    assert len(set(MARKERS.values())) == len(MARKERS)
    verdicts = [v for v in SHAPES if v != "implied"]
    rows = [Row(v, Interval.point(50 + i), v, None) for i, v in enumerate(verdicts)]
    rows.append(Row("range", Interval.of(40, 60, lo_open=True), "weaker", None))
    chart = build_number_line("n", rows, Interval.of(52, 54), integer=False)
    implied, *claims = chart.bars
    assert implied.band is not None and implied.point is None and chart.band is not None
    assert implied.marker.shape == "band"
    for bar, verdict in zip(claims, verdicts, strict=False):
        assert bar.point is not None and bar.point.shape == SHAPES[verdict]
        assert bar.marker.shape == SHAPES[verdict] and bar.lo == bar.hi == "none"
    last = claims[-1]
    assert last.point is None and (last.lo, last.hi) == ("open", "closed")
    assert claims[verdicts.index("uncorroborated")].marker.glyph == "?"
    # The band spans the implied bounds [52, 54], behind every row.
    x52 = claims[verdicts.index("stronger")].x1
    assert chart.band[0] == x52 and chart.band[1] < claims[0].y < chart.band[1] + chart.band[3]
    assert chart.title == "Number line of n"
    assert chart.desc.startswith("Implied bounds: at least 52 and at most 54. agrees: "
                                 "exactly 50, agrees.")
    assert "range: more than 40 and at most 60, weaker." in chart.desc
    assert describe(Interval.of(None, 5, hi_open=True)) == "less than 5"
    assert describe(Interval.everything()) == "any value"
    assert describe(Interval.empty()) == "no value at all (empty)"
    keyed = {text: m.shape for m, text, _ in legend()}
    assert {keyed[v] for v in verdicts} == {SHAPES[v] for v in verdicts}
    assert {"dot", "ring", "arrow", "band"} <= set(keyed.values())


def test_html_draws_markers_legend_and_accessible_charts() -> None:
    """The page has the legend, one marker path per row, and <title>/<desc> per chart."""
    html = _html()
    page = _parse(html)
    svgs = [a for t, a in page.tags if t == "svg" and a.get("class") == "numberline wide"]
    narrow = [a for t, a in page.tags if t == "svg" and a.get("class") == "numberline narrow"]
    assert len(svgs) == len(narrow) == 2  # one per quantity, and one for phones
    for a in svgs:
        assert a.get("aria-labelledby", "").endswith("-svg")
        assert a.get("aria-describedby", "").endswith("-desc")
    for a in narrow:
        assert a.get("aria-labelledby", "").endswith("-svg-n")
        assert a.get("viewbox", "").startswith("0 0 320 ")  # HTMLParser lowercases names
    assert "<desc id=\"q-countries-smart-policing-desc\">Implied bounds: exactly 53. " in html
    assert "carnegie-smart-policing: exactly 52, conflicts." in html
    assert '<ul class="legend" aria-label="Key to the number lines">' in html
    assert html.count('class="mk mk-cross"') >= 3  # legend + two conflicting claims
    assert '<span class="badge v-conflicts">✕ conflicts</span>' in html


def _contrast(a: str, b: str) -> float:
    def lum(h: str) -> float:
        c = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_meet_wcag_aa_in_both_schemes() -> None:
    """Verdict colours: 3:1 as graphics on every background they are drawn on; badge and
    body text 4.5:1; in the light and the dark palette (print uses the light one)."""
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    dark_at = css.index("@media screen and (prefers-color-scheme: dark)")
    light = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css[:dark_at]))
    dark = {**light, **dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})",
                                       css[dark_at:css.index("}", css.index("{", dark_at) + 1)]))}
    for palette in (light, dark):
        for v in ("agrees", "weaker", "stronger", "overlaps", "conflicts", "uncorroborated",
                  "implied"):
            for ground in ("bg", "panel", "band-bg"):
                assert _contrast(palette[v], palette[ground]) >= 3, (v, ground)
            if f"{v}-fg" in palette:
                assert _contrast(palette[f"{v}-fg"], palette[f"{v}-bg"]) >= 4.5, v
        for text in ("fg", "muted", "link"):
            for ground in ("bg", "panel"):
                assert _contrast(palette[text], palette[ground]) >= 4.5, (text, ground)
        assert _contrast(palette["bg"], palette["uncorroborated"]) >= 4.5  # the "?" glyph
        assert _contrast(palette["fg"], palette["says"]) >= 4.5


def test_top_of_page_says_what_disagrees() -> None:
    """The lead: each discrepancy as a sentence linking to its card, codes folded in
    details, housekeeping counted after them, the gate as one line."""
    page = build_page(build_result())
    assert [(lv.finding.code, lv.severity, lv.finding.accepted) for lv in page.lead] == [
        ("REL001", "error", False), ("XCK001", "error", False), ("PRV005", "warning", True)]
    assert page.lead_more == 0 and page.lead_elsewhere == 0
    assert "1 number in a snapshot no claim covers" in page.housekeeping
    assert all(lv.card.href == f"#{lv.finding.anchor}" for lv in page.lead)
    for lv in page.lead:  # a sentence, not an internal code or set notation
        assert not re.search(r"[A-Z]{3}\d{3}|∩|∅|⊊|⊋|`", lv.sentence), lv.sentence
    html = _html()
    top = html[html.index('id="overview"'):html.index("Findings by severity")]
    assert "What disagrees" in top
    assert 'href="#s-carnegie-smart-policing">quote in carnegie-2019</a>' in top
    assert 'href="#src-aigs-index-2019">table aigs-index-2019</a>' in top
    assert (f'<a class="lead-link" href="#{page.lead[1].finding.anchor}">'
            f"{page.lead[1].sentence}</a>") in top
    assert "<summary>Details and arithmetic</summary>" in top
    assert "<code>XCK001</code> conflict: " in top
    assert top.count('class="gate-line"') == 1
    assert "accepted by the baseline" in top
    assert "REL002" not in top  # info stays in Findings
    assert top.index("lead-link") < top.index("housekeeping") < top.index("gate-line")
    capped = build_page(build_result(), vm.Limits(headline=1))
    assert len(capped.lead) == 1 and capped.lead_more == 2
    assert "2 more discrepancies have their cards" in render_page(capped)
    quiet = build_page(build_result(findings=()))
    assert quiet.lead == () and quiet.housekeeping == ""
    assert "Nothing disagrees" in render_to_string(REPORTERS["html"], build_result(findings=()))


def test_findings_show_each_member_with_source_quote_and_interval() -> None:
    """The minimal conflicting set is readable without clicking."""
    page = build_page(build_result())
    f = next(f for g in page.groups for f in g.findings if f.code == "XCK001")
    suspect, evidence = f.members
    assert (suspect.role, suspect.claim.text, suspect.source.text, suspect.kind) == (
        "suspect", "carnegie-smart-policing", "carnegie-2019", "report")
    assert (suspect.quote_before, suspect.quote_says, suspect.quote_after) == (
        "smart policing (", "fifty-two", " countries)")
    assert suspect.interval == "52" and suspect.where.href == "#s-carnegie-smart-policing"
    assert (evidence.role, evidence.count, evidence.interval, evidence.kind) == (
        "evidence", "smart_policing = 1", "53", "table")
    assert evidence.where == vm.Link("table aigs-index-2019", "#src-aigs-index-2019")
    html = _html()
    item = html[html.index(f'id="{f.anchor}"'):]
    item = item[:item.index('<li class="item')]
    assert ('<blockquote>smart policing (<strong class="says">fifty-two</strong> '
            "countries)</blockquote>") in item
    assert "counts the rows where <code>smart_policing = 1</code> → " in item


def test_messages_show_backticked_ids_as_linked_code() -> None:
    """`ids` in a message become code, linked to what they name when it is shown."""
    assert split_code("a `b` c") == [("a ", False), ("b", True), (" c", False)]
    assert split_code("`x` and `y") == [("x", True), (" and `y", False)]
    assert split_code("plain") == [("plain", False)]
    result = build_result()
    conflict = dataclasses.replace(result.findings[0],
                                   message="the report `carnegie-2019` says `nowhere`")
    page = build_page(build_result(findings=(conflict,)))
    pieces = page.groups[0].findings[0].message
    assert pieces == (vm.Piece("the report ", False, None),
                      vm.Piece("carnegie-2019", True, "#src-carnegie-2019"),
                      vm.Piece(" says ", False, None), vm.Piece("nowhere", True, None))


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


def test_html_omitted_says_what_a_large_page_leaves_out() -> None:
    """The console line of the HTML report counts what the page does not show."""
    from checker.reporters.html import HtmlReporter

    result = build_result()
    assert HtmlReporter().omitted(result) == ""
    small = HtmlReporter(vm.Limits(claims=2, findings=0))
    text = small.omitted(result)
    assert text.startswith(f"shows 2 of {len(result.claims)} claims")
    assert "warning and info findings only in audit.json" in text
    page = build_page(result, vm.Limits(claims=2, findings=0))
    assert any(f"shows 2 of {len(result.claims)} claims" in n for n in page.notes)


REVISED = {
    "sources/a.txt": "The agency estimated 120 cases.\n",
    "sources/b.txt": "The agency now estimates 135 cases.\n",
    "corpus.yaml": """\
sources:
  - {id: first, title: First, publisher: Agency, kind: reference, snapshot: sources/a.txt,
     published: 2020-03-01}
  - {id: second, title: Second, publisher: Agency, kind: reference, snapshot: sources/b.txt,
     published: 2021-03-01}
quantities:
  - {id: cases, label: Cases, unit: cases}
claims:
  - {id: est-120, source: first, quantity: cases, quote: "estimated 120 cases", says: "120"}
  - {id: est-135, source: second, quantity: cases, quote: "now estimates 135 cases",
     says: "135", revises: est-120}
""",
}


def test_html_shows_a_revised_figure_as_history(make_corpus: object) -> None:
    from checker.config import Config
    from checker.pipeline import audit

    root = make_corpus(REVISED)  # type: ignore[operator]
    html = render_to_string(REPORTERS["html"], audit(root, Config(out=None)))
    old = html[html.index('id="c-est-120"'):]
    old = old[:old.index("</li>")]
    new = html[html.index('id="c-est-135"'):]
    new = new[:new.index("</li>")]
    assert "<dt>History</dt>" in old and 'href="#c-est-135"' in old and "revised by" in old
    assert "<dt>Revises</dt>" in new and 'href="#c-est-120"' in new
    assert "<dt>History</dt>" not in new and "<dt>Revises</dt>" not in old


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 50])
def test_page_chooses_what_a_full_sort_would(n: int) -> None:
    """The claims, quantities and sources shown are the first `n` of the full sort (the
    page takes them with `heapq.nsmallest`): the order of the old code, as a reference."""
    from checker.reporters._htmlpage import _Builder  # noqa: PLC0415

    for result in (build_result(), hostile_result()):
        b = _Builder(result, vm.Limits(claims=n, quantities=n, sources=n))
        rank: dict[str, int] = {}
        for f in result.findings:
            for cid in (*f.evidence, *f.repeated_by):
                rank[cid] = max(rank.get(cid, 0), 2 * f.severity.rank - 1)
            for cid in f.claims:
                rank[cid] = max(rank.get(cid, 0), 2 * f.severity.rank)
        assert b.rank == rank
        claims = sorted(result.claims, key=lambda c: (-rank.get(c.id, 0), c.id))[:n]
        assert b.shown_claims == {c.id for c in claims}

        def score(item_id: str, members: tuple[str, ...], rank: dict[str, int] = rank,
                  shown: set[str] = b.shown_claims) -> tuple[int, int, str]:
            ranks = [rank.get(c, 0) for c in members]
            return (-max(ranks, default=0), -sum(c in shown for c in members), item_id)
        quantities = sorted(result.quantities, key=lambda q: score(q.id, q.claims))[:n]
        assert b.shown_quantities == {q.id for q in quantities}
        sources = sorted(result.sources, key=lambda s: score(s.id, s.claims))[:n]
        assert b.shown_sources == {s.id for s in sources}
