"""The HTML report in a real browser: Playwright driving Debian's Chromium (marker `browser`).

Checks what a static parse cannot: the page loads with no console error and no network
request, the CSP lets the stylesheet apply, every in-page link lands on an element, axe-core
finds no serious or critical accessibility violation (light and dark schemes), hostile
corpus text runs nothing, the no-script filters and the print stylesheet work, and the
skip link is the first stop of the keyboard.  Screenshots go to the git-ignored
``tests/artifacts/``.

Needs ``/usr/bin/chromium`` (``apt-get install -y chromium``), the Python package
``playwright`` (never ``playwright install``: the browser is Debian's) and axe-core from
npm: ``npm install --no-save axe-core@4`` at the repository root, or ``CLAIMCHECK_AXE``
naming an ``axe.min.js``.  Outside CI these tests skip when Chromium is absent; with
``CI`` set they must run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_reporters_fixture import HOSTILE, build_result, hostile_result

from checker.reporters import REPORTERS, write_report
from tests.conftest import corpus_result

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(reason: str) -> None:
    """Skip outside CI; fail in CI, where the browser tests must run."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Debian Chromium, launched once for the module."""
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    """The text of axe.min.js (CLAIMCHECK_AXE, or node_modules/axe-core under the repo)."""
    candidates = [os.environ.get("CLAIMCHECK_AXE", ""),
                  str(REPO / "node_modules" / "axe-core" / "axe.min.js")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    _unavailable("axe-core not found: run `npm install --no-save axe-core@4` at the repo root "
                 "or set CLAIMCHECK_AXE to an axe.min.js")
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The HTML reports of the fixture, the hostile fixture and the bundled corpus."""
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for name, make in (("fixture", build_result), ("hostile", hostile_result),
                       ("corpus", corpus_result)):
        path = folder / f"{name}.html"
        write_report(REPORTERS["html"], make(), str(path))
        out[name] = path
    return out


@dataclass
class Visit:
    """One loaded page and what happened while it loaded."""

    page: Any
    url: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    """Open a report: every request but the file itself is aborted and recorded."""
    contexts: list[Any] = []

    def open_report(path: Path, fragment: str = "", **context_args: Any) -> Visit:
        context = browser.new_context(viewport={"width": 1100, "height": 900},
                                      **context_args)
        contexts.append(context)
        page = context.new_page()
        url = path.resolve().as_uri()
        v = Visit(page, url)

        def route(r: Any) -> None:
            if r.request.url.split("#")[0] == url:
                r.continue_()
            else:
                v.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: v.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: v.page_errors.append(str(e)))
        page.on("dialog", lambda d: (v.dialogs.append(d.message), d.dismiss()))
        page.goto(url + fragment, wait_until="load")
        return v

    yield open_report
    for context in contexts:
        context.close()


def _screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.mark.parametrize("name", ["fixture", "hostile", "corpus"])
def test_report_loads_cleanly_offline(visit: Any, reports: dict[str, Path], name: str) -> None:
    """No console error, no script error, no request but the page; the CSS applies."""
    v = visit(reports[name])
    assert v.console_errors == [] and v.page_errors == []
    assert v.blocked == []
    background = v.page.eval_on_selector(".gate", "e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "CSP blocked the stylesheet"
    _screenshot(v.page, f"report-{name}.png")


@pytest.mark.parametrize("name", ["fixture", "corpus"])
def test_every_in_page_link_resolves(visit: Any, reports: dict[str, Path], name: str) -> None:
    """Every href="#..." (HTML and SVG links) names an element of the page."""
    v = visit(reports[name])
    missing = v.page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1))
        .filter(id => id && !document.getElementById(decodeURIComponent(id)))""")
    assert missing == []
    count = v.page.evaluate("() => document.querySelectorAll('a[href^=\"#\"]').length")
    assert count > 10


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["fixture", "corpus"])
def test_axe_finds_no_serious_violation(visit: Any, reports: dict[str, Path], axe_source: str,
                                        name: str, scheme: str) -> None:
    """axe-core (WCAG 2 A/AA rules) reports no serious or critical violation."""
    v = visit(reports[name], bypass_csp=True, color_scheme=scheme)
    v.page.add_script_tag(content=axe_source)
    result = v.page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations'],
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                            'best-practice']}});
        return r.violations.map(x => ({id: x.id, impact: x.impact, help: x.help,
            nodes: x.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    serious = [x for x in result if x["impact"] in ("serious", "critical")]
    assert serious == [], serious
    if scheme == "dark":
        _screenshot(v.page, f"report-{name}-dark.png")


def test_hostile_text_is_shown_and_never_run(visit: Any, reports: dict[str, Path]) -> None:
    """<script>, <img onerror> and javascript: in corpus text show as text; nothing runs."""
    v = visit(reports["hostile"])
    page = v.page
    page.wait_for_timeout(300)
    assert v.dialogs == [] and v.page_errors == []
    # The only script element is the ClaimReview data block, which a browser never runs.
    assert page.evaluate("() => [...document.scripts].map(s => s.type)") == [
        "application/ld+json"]
    assert page.evaluate("() => document.images.length") == 0
    hrefs = page.evaluate("() => [...document.querySelectorAll('[href]')]"
                          ".map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.lower().lstrip().startswith(("javascript:", "data:t"))]
    assert page.get_by_text(HOSTILE, exact=False).count() > 0
    assert page.get_by_text("javascript:alert(1)", exact=True).count() > 0
    for link in page.locator("a[href^='http']").all():
        link.click(modifiers=["Control"], no_wait_after=True)  # new tabs are aborted too
    assert v.dialogs == []


def test_filters_work_without_script(visit: Any, reports: dict[str, Path]) -> None:
    """Verdict and severity filters are plain links (CSS :target), with JavaScript off."""
    v = visit(reports["fixture"], "#claims-v-conflicts", java_script_enabled=False)
    page = v.page
    claims = page.locator("ol.items > li.claim")
    visible = [claims.nth(i).get_attribute("id") for i in range(claims.count())
               if claims.nth(i).is_visible()]
    assert visible == ["c-aigs-smart-policing", "c-carnegie-smart-policing"]
    page.goto(v.url + "#findings-only-warning")
    assert page.locator("section.fgroup.sev-warning").is_visible()
    assert not page.locator("section.fgroup.sev-error").is_visible()
    page.goto(v.url + "#claims")
    assert claims.count() == 5 and all(claims.nth(i).is_visible() for i in range(5))


def test_keyboard_reaches_skip_link_first(visit: Any, reports: dict[str, Path]) -> None:
    """Tab lands on the skip link, which shows itself and moves focus to the main region."""
    page = visit(reports["fixture"]).page
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.textContent, "
                            "document.activeElement.getAttribute('href'), "
                            "getComputedStyle(document.activeElement).outlineStyle]")
    assert focused[0] == "Skip to the report" and focused[1] == "#main"
    assert focused[2] != "none"
    assert page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main"


def test_print_stylesheet_shows_everything(visit: Any, reports: dict[str, Path]) -> None:
    """In print, navigation and filters are hidden and filtered-out claims come back."""
    page = visit(reports["fixture"], "#claims-v-agrees").page
    page.emulate_media(media="print")
    assert not page.locator("header nav").is_visible()
    assert not page.locator("#claims nav.filters").is_visible()
    claims = page.locator("ol.items > li.claim")
    assert all(claims.nth(i).is_visible() for i in range(claims.count()))
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"


def test_readme_screenshots(browser: Any, reports: dict[str, Path]) -> None:
    """The README's pictures of the corpus report: the top of the page (1200×900), the
    smart-policing conflict, and the top of the page on a phone (390×844).  Written to
    tests/artifacts/; with ``CLAIMCHECK_UPDATE_SCREENSHOTS=1`` also to docs/img/
    (overview.png, conflict.png, phone.png)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900},
                                  color_scheme="light")
    try:
        page = context.new_page()
        page.goto(reports["corpus"].resolve().as_uri(), wait_until="load")
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
        shots = {"overview.png": page.screenshot()}
        conflict = page.locator("#findings-error li.finding").filter(
            has_text="“fifty-two”").filter(has_text="XCK001")
        assert conflict.count() == 1
        shots["conflict.png"] = conflict.screenshot()
    finally:
        context.close()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="light",
                                device_scale_factor=1)
    try:
        page = phone.new_page()
        page.goto(reports["corpus"].resolve().as_uri(), wait_until="load")
        shots["phone.png"] = page.screenshot()
    finally:
        phone.close()
    for name, png in shots.items():
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 300_000, (name, len(png))
        (ARTIFACTS / f"readme-{name}").write_bytes(png)
        if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOTS"):
            (REPO / "docs" / "img" / name).write_bytes(png)


def test_a_very_long_word_wraps_instead_of_widening_the_page(
        visit: Any, tmp_path: Path) -> None:
    """A 20,000-character word in a title, a quote and a note keeps the page its width."""
    from checker.cli import main
    from tests.conftest import write_tree

    word = "x" * 20_000
    corpus = write_tree(tmp_path / "corpus", {
        "a.txt": f"It counts 63 {word} countries.\n",
        "claims.yaml": (
            "sources:\n"
            f"  - {{id: a, title: T{word}, kind: news, snapshot: a.txt, url: https://e.x/{word}}}\n"
            f"quantities:\n  - {{id: q, label: L{word}}}\n"
            f"claims:\n  - {{id: a-63, source: a, quantity: q, quote: 'counts 63 {word}', "
            f"says: '63', note: N{word}}}\n")})
    out = tmp_path / "out"
    assert main(["audit", str(corpus), "--out", str(out), "--quiet", "--no-coverage"]) == 0
    page = visit(out / "index.html").page
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 1100, f"the page is {width} px wide"


LAYOUT = """() => {
  const vw = document.documentElement.clientWidth;
  const out = {doc: document.documentElement.scrollWidth, vw, outside: [], chart: [],
               badges: [], lead: []};
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('.skip')) continue;
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    if (r.left < -0.5 || r.right > vw + 0.5) out.outside.push(el.tagName + ' ' +
        (el.id || el.getAttribute('class') || '') + ' ' + Math.round(r.left) + '..' +
        Math.round(r.right));
  }
  for (const t of document.querySelectorAll('svg.numberline text:not(.mk-glyph)')) {
    const svg = t.ownerSVGElement;
    if (getComputedStyle(svg).display === 'none') continue;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    out.chart.push(parseFloat(getComputedStyle(t).fontSize) * scale);
  }
  for (const b of document.querySelectorAll('.badge')) {
    const r = b.getBoundingClientRect();
    if (!r.width) continue;
    out.badges.push([parseFloat(getComputedStyle(b).fontSize), r.left, r.right]);
  }
  for (const a of document.querySelectorAll('.lead-link'))
    out.lead.push(parseFloat(getComputedStyle(a).fontSize));
  out.wide = [...document.querySelectorAll('svg.numberline.wide')]
    .filter(s => getComputedStyle(s).display !== 'none').length;
  out.narrow = [...document.querySelectorAll('svg.numberline.narrow')]
    .filter(s => getComputedStyle(s).display !== 'none').length;
  return out;
}"""


@pytest.mark.parametrize("width", [320, 390, 1280])
@pytest.mark.parametrize("name", ["fixture", "corpus"])
def test_layout_fits_phones_and_desktops(browser: Any, reports: dict[str, Path], name: str,
                                         width: int) -> None:
    """No horizontal scroll; no element box outside the viewport; charts, badges and the
    lead keep a legible size (a layout check in Chromium, not a look at a picture)."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(reports[name].resolve().as_uri(), wait_until="load")
        m = page.evaluate(LAYOUT)
        shot = page.screenshot(full_page=True)
    finally:
        context.close()
    assert m["vw"] == width and m["doc"] <= width, (m["doc"], width)
    assert m["outside"] == [], m["outside"][:5]
    phone = width < 640
    charts = m["narrow"] if phone else m["wide"]
    assert charts > 0 and (m["wide"] if phone else m["narrow"]) == 0
    assert min(m["chart"]) >= (10.5 if width < 390 else 11.5), min(m["chart"])
    assert all(size >= 12 and left >= 0 and right <= width for size, left, right in m["badges"])
    assert m["lead"] and min(m["lead"]) >= 16
    png_width = int.from_bytes(shot[16:20], "big")  # the PNG's IHDR width
    assert png_width == width  # the full page is no wider than the screen
    if name == "corpus" and width in (390, 1280):
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / f"layout-{width}.png").write_bytes(shot)


def test_lead_sentences_link_to_their_cards(visit: Any, reports: dict[str, Path]) -> None:
    """The lead shows sentences (codes only inside the closed details); each link lands on
    its finding card."""
    v = visit(reports["corpus"])
    page = v.page
    items = page.locator("ol.lead > li")
    assert items.count() == 7  # 3 errors, then the hedge dropped and 3 repeated figures
    visible = page.evaluate("() => document.querySelector('ol.lead').innerText")
    assert "the report says “fifty-two”; its own table counts 53." in visible
    assert not re_codes(visible), visible
    link = page.locator(".lead-link", has_text="“fifty-two”; its own table")
    href = link.get_attribute("href")
    link.click()
    assert page.evaluate("() => location.hash") == href
    card = page.locator(f"[id='{href[1:]}']")
    assert card.is_visible() and "XCK001" in card.inner_text()
    page.locator("ol.lead summary").first.click()
    assert re_codes(page.evaluate("() => document.querySelector('ol.lead').innerText"))
    gate = page.locator(".gate-line")
    assert gate.count() == 1 and "CI gate failed" in gate.inner_text()
    assert "\n" not in gate.inner_text().strip() or page.viewport_size["width"] < 640


def re_codes(text: str) -> list[str]:
    import re

    return re.findall(r"\b(?:PRV|XCK|REL|COV)\d{3}\b", text)


def test_claimreview_block_is_json_ld_that_the_browser_never_runs(
        visit: Any, reports: dict[str, Path]) -> None:
    """The data block parses as JSON in the page; each review's URL fragment is on it."""
    v = visit(reports["corpus"])
    data = v.page.evaluate("""() => JSON.parse(
        document.querySelector('script[type="application/ld+json"]').textContent)""")
    assert v.page_errors == [] and v.console_errors == []
    assert len(data) > 20 and all(r["@type"] == "ClaimReview" for r in data)
    missing = v.page.evaluate("""(urls) => urls.filter(u =>
        !document.getElementById(u.split('#')[1]))""", [r["url"] for r in data])
    assert missing == []
    assert all(r["url"].startswith("https://claimcheck.github.io/claimcheck/#c-") for r in data)


def test_print_keeps_the_lead_and_the_wide_charts(visit: Any, reports: dict[str, Path]) -> None:
    page = visit(reports["corpus"]).page
    page.set_viewport_size({"width": 390, "height": 800})
    page.emulate_media(media="print")
    assert page.locator("ol.lead").is_visible()
    assert page.locator("svg.numberline.wide").first.is_visible()
    assert not page.locator("svg.numberline.narrow").first.is_visible()
    assert page.locator("#findings-error li.finding").first.is_visible()
