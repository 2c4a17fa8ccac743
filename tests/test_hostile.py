"""Hostile corpus text, end to end: claim files on disk → CLI → terminal and HTML.

Quotes, titles, publishers, authors, URLs, labels, units, notes, `why`s, filter values,
table cells and snapshot text carry HTML, script, ``javascript:``/``data:``/``vbscript:``
URLs, template syntax, bidirectional-control characters and terminal escape sequences.
The terminal must show none of the control sequences (with and without colour); the HTML
must show the markup as text, make no dangerous link, and — in Debian's Chromium through
Playwright (marker ``browser``) — open no dialog, run no script and make no request.

(tests/test_browser.py checks a hand-built hostile `AuditResult`; this module starts from
files, so every field on the way from the loader to the page is covered.)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from tests.conftest import write_tree

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

SCRIPT = '<script>window.__pwned=1;alert("script")</script>'
IMG = '"><img src=x onerror="window.__pwned=2;alert(1)">'
ESC = "\x1b]0;pwned-title\x07\x1b[2J\x1b[31m"  # set the window title, clear, turn red
BIDI = "\u202egnp.exe\u202c"  # right-to-left override: shows as "exe.png"
TEMPLATE = "{{7*7}} ${7*7}"
SPOOF = "✓ gate passed (fail-on error): 0 errors, 0 warnings, 0 info"  # after a line break
QUOTE_1 = f"{SCRIPT} 63 countries {BIDI}"
QUOTE_2 = f"{IMG} at least 60 countries {ESC}done"
SNAPSHOT = (f"Headline {TEMPLATE}\n{QUOTE_1}\nMore text.\n{QUOTE_2}\n"
            f"End {ESC} of {BIDI} story.\n")
TABLE = ('country,firms\n"<script>alert(1)</script>","<b>Huawei</b>; ZTE"\n'
         '"Nowhere\x1b[2J","ZTE"\n')

CORPUS: dict[str, Any] = {
    "sources": [
        {"id": "a", "title": f"{SCRIPT} Title {ESC}{BIDI}", "publisher": IMG, "kind": "news",
         "url": "javascript:window.__pwned=3;alert(document.domain)",
         "snapshot": "sources/a.txt", "note": f"note {SCRIPT} {TEMPLATE}",
         "author": f"{ESC}Mallory{BIDI}", "cites": ["t"]},
        {"id": "b", "title": "A data URL", "kind": "primary",
         "url": "data:text/html,<script>alert(1)</script>", "snapshot": "sources/a.txt",
         "section": {"from": "More text.", "to": "done"}},
        {"id": "c", "title": "Mixed-case scheme", "kind": "reference",
         "url": " JaVaScRiPt:alert(1)", "snapshot": "sources/a.txt"},
        {"id": "t", "title": f"Table {SCRIPT}", "kind": "dataset", "table": "data/t.csv",
         "url": "vbscript:msgbox(1)"},
    ],
    "quantities": [
        {"id": "q", "label": f"Countries {SCRIPT}", "unit": "countries", "note": IMG},
        {"id": "r", "label": f"Firms {BIDI}\r\n{SPOOF}\u2028{SPOOF}\u2029{SPOOF}",
         "unit": f"<b>firms</b>{ESC}"},
    ],
    "relations": [{"kind": "subset", "part": "r", "whole": "q", "why": f"{SCRIPT}{ESC}"}],
    "claims": [
        {"id": "a-63", "source": "a", "quantity": "q", "quote": QUOTE_1, "says": "63",
         "note": f"{IMG}{ESC}"},
        {"id": "b-60", "source": "b", "quantity": "q", "quote": QUOTE_2, "says": "at least 60"},
        {"id": "c-63", "source": "c", "quantity": "q", "quote": "63 countries", "says": "63",
         "note": "javascript:alert(1)"},
        {"id": "t-zte", "source": "t", "quantity": "r", "count": {"firms": {"contains": "ZTE"}}},
        {"id": "t-x", "source": "t", "quantity": "q",
         "count": {"country": "<script>alert(1)</script>"}},
    ],
    "ignore": [{"source": "a", "says": "7", "why": SCRIPT}],
}

# Terminal: no escape sequence, other C0/C1 control, or bidi control may come out.
# ... and the Unicode line and paragraph separators, which log viewers show as line breaks
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                      "\u2028\u2029]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own colours, when colour is on
# rich's own progress display (shown when a run takes over a second, as on a busy machine):
# cursor hidden and shown, line erased, cursor moved up a line
RICH_CURSOR = re.compile(r"\x1b\[(?:\?25[lh]|2K|1A)")


def hostile_corpus(root: Path) -> Path:
    """Write the hostile corpus (JSON claim file, snapshot with raw escapes, CSV) to `root`."""
    return write_tree(root, {
        "sources/a.txt": SNAPSHOT, "data/t.csv": TABLE,
        "claims.json": json.dumps(CORPUS, indent=1),
    })


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report of the hostile corpus, written by the command line."""
    base = tmp_path_factory.mktemp("hostile")
    corpus = hostile_corpus(base / "corpus")
    status = main(["audit", str(corpus), "--out", "", "--html", str(base / "index.html"),
                   "--quiet"])
    assert status in (0, 1)
    return base / "index.html"


def test_the_hostile_corpus_loads_and_verifies(tmp_path: Path) -> None:
    """The hostile text really reaches the report: every quote is found in its snapshot."""
    corpus = hostile_corpus(tmp_path / "corpus")
    out = tmp_path / "audit.json"
    assert main(["audit", str(corpus), "--out", "", "--json", str(out), "--quiet"]) in (0, 1)
    data = json.loads(out.read_text(encoding="utf-8"))
    quoted = {c["id"]: c["quote"]["verified"] for c in data["claims"] if c.get("says")}
    assert quoted == {"a-63": True, "b-60": True, "c-63": True}


def test_terminal_shows_no_control_sequences(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    corpus = hostile_corpus(tmp_path / "corpus")
    status = main(["audit", str(corpus), "--out", "", "--json", str(tmp_path / "a.json")])
    out, err = capsys.readouterr()
    assert status in (0, 1), err
    assert "<script>alert(1)</script>" in out  # the hostile text is there, as text
    assert not CONTROLS.findall(out + err), sorted(set(CONTROLS.findall(out + err)))
    gate_lines = [line for line in out.splitlines() if line.lstrip().startswith(("✓", "✗"))]
    assert len(gate_lines) == 1 and "gate failed" in gate_lines[0], "a label spoofed the gate"


def test_coloured_terminal_shows_only_its_own_colours(tmp_path: Path) -> None:
    """With colour forced on, the only escape sequences are rich's own SGR colours."""
    corpus = hostile_corpus(tmp_path / "corpus")
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "120", "PYTHONPATH": str(REPO)}
    env.pop("NO_COLOR", None)
    proc = subprocess.run([sys.executable, "-m", "checker", "audit", str(corpus), "--out", ""],
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    assert SGR.search(proc.stdout), "colour was not forced on: the test would prove nothing"
    rest = RICH_CURSOR.sub("", SGR.sub("", proc.stdout + proc.stderr))
    assert not CONTROLS.findall(rest), sorted(set(CONTROLS.findall(rest)))


def test_progress_display_sends_only_the_cursor_sequences_the_test_allows() -> None:
    """The display a slow run shows: its sequences are exactly what the test above strips."""
    import io
    import time

    from checker.reporters.terminal import make_console, progress

    stream = io.StringIO()
    console = make_console(stream)
    console._force_terminal = True  # as under FORCE_COLOR
    with progress(console, delay=0.01) as step:
        step("solve")
        time.sleep(0.4)
    shown = stream.getvalue()
    assert RICH_CURSOR.search(shown), "no progress display: the test would prove nothing"
    rest = RICH_CURSOR.sub("", SGR.sub("", shown))
    assert not CONTROLS.findall(rest), sorted(set(CONTROLS.findall(rest)))
    assert "pwned-title" not in rest  # the OSC title sequence went with its payload


def test_load_error_with_hostile_text_is_clean(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", {"claims.json": json.dumps(
        {"quantities": [{"id": "q", "label": "Q", f"unit{ESC}{BIDI}\n{SCRIPT}": "x"}]})})
    assert main(["audit", str(corpus), "--out", "", "--quiet"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"claimcheck: error: {corpus / 'claims.json'}:") \
        and err.count("\n") == 1, err
    assert not CONTROLS.findall(out + err), sorted(set(CONTROLS.findall(out + err)))


class _Markup(HTMLParser):
    """Collect the tags and attributes of a page as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def test_html_holds_hostile_text_as_text(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    for raw in ("<script>window.__pwned", "<img src=x", "<b>Huawei</b>", "<b>firms</b>"):
        assert raw not in html, f"unescaped {raw!r}"
    assert "&lt;script&gt;window.__pwned=1" in html
    assert "&lt;img src=x onerror=" in html
    markup = _Markup()
    markup.feed(html)
    assert not {"img", "iframe", "object", "embed", "b"} & set(markup.tags)
    # The one script element is the ClaimReview data block: JSON, never run.
    assert markup.tags.count("script") <= 1
    assert ("type", "application/ld+json") in markup.attributes or "script" not in markup.tags
    assert not [name for name, _ in markup.attributes if name.startswith("on")]
    urls = [value.strip().lower() for name, value in markup.attributes
            if name in ("href", "src", "action", "formaction", "xlink:href")]
    assert not [u for u in urls if u.startswith(("javascript:", "vbscript:", "data:t"))], urls


def test_html_has_no_raw_control_characters(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    found = re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html)
    assert not found, sorted(set(found))


# -- Chromium ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright (never `playwright install`)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is absent; CI must run the browser tests")
        pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("the Python package playwright is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.browser
def test_chromium_runs_nothing_and_requests_nothing(browser: Any, report: Path) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        url = report.resolve().as_uri()
        requests: list[str] = []
        dialogs: list[str] = []
        errors: list[str] = []

        def route(r: Any) -> None:
            requests.append(r.request.url)
            if r.request.url.split("#")[0] == url:
                r.continue_()
            else:
                r.abort()

        page.route("**/*", route)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url, wait_until="load")
        page.wait_for_timeout(300)

        assert dialogs == [], dialogs
        assert errors == [], errors
        assert [r for r in requests if r.split("#")[0] != url] == []
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => document.querySelectorAll('script:not([type=\"application/"
                             "ld+json\"]), img, iframe, object, embed').length") == 0
        handlers = page.evaluate("() => [...document.querySelectorAll('*')].flatMap(e => "
                                 "[...e.attributes].map(a => a.name))"
                                 ".filter(n => n.startsWith('on'))")
        assert handlers == []
        hrefs = page.evaluate("() => [...document.querySelectorAll('[href]')]"
                              ".map(e => e.getAttribute('href').trim().toLowerCase())")
        assert not [h for h in hrefs if h.startswith(("javascript:", "vbscript:", "data:t"))]

        text = page.evaluate("() => document.body.innerText")
        for shown in ('<script>window.__pwned=1;alert("script")</script>', "<img src=x onerror=",
                      "javascript:window.__pwned=3", "<b>firms</b>", "{{7*7}}"):
            assert shown in text, f"{shown!r} is not shown as text"

        # following every in-page link runs nothing either (no other link may be dangerous)
        page.evaluate("() => document.querySelectorAll('a[href^=\"#\"]')"
                      ".forEach(a => a.dispatchEvent(new MouseEvent('click', {bubbles: true})))")
        page.wait_for_timeout(200)
        assert dialogs == [] and errors == []
        assert page.evaluate("() => window.__pwned") is None
    finally:
        context.close()
