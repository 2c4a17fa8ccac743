"""`claimcheck snapshot`: text snapshots and source stubs from small HTML pages and PDFs.

The pages and PDFs are made here (tests/_pdf.py writes a PDF without any library); the
page numbers of quotes are checked in the JSON and HTML reports and in the terminal.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.capture import PAGE_BREAK, capture_file, stable_text
from checker.cli import main
from checker.errors import SnapshotError
from checker.extract import source_id
from tests._pdf import make_pdf

PAGE = """<!doctype html><html lang="en"><head>
<title>Seventy-five countries use AI surveillance | Example News</title>
<meta property="og:title" content="Seventy-five countries use AI surveillance">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2019-09-18T10:00:00Z">
<link rel="canonical" href="https://news.example.org/2019/09/18/ai-surveillance">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Top 10 stories</nav>
<article><h1>Seventy-five countries use AI surveillance</h1>
<p>At least seventy-five out of 176 countries globally are actively using AI technologies
for surveillance purposes, a report by the Carnegie Endowment found.</p>
<p>Chinese companies supply AI surveillance technology in 63 countries, the report said.
Huawei alone is responsible for providing the technology to at least fifty countries.</p>
</article>
<footer>Copyright 2019 Example News. Call 555 1234.</footer></body></html>
"""

PDF_PAGES = [
    ["The Global Expansion of AI Surveillance", "Key findings"],
    ["At least seventy-five out of 176 countries globally are",
     "actively using AI technologies for surveillance purposes."],
    ["Chinese companies supply AI surveillance technology in 63 countries."],
]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    html = tmp_path / "page.html"
    html.write_text(PAGE, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(PDF_PAGES, title="The Global Expansion of AI Surveillance"))
    return html, pdf


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html, _ = _write(tmp_path)
    c = capture_file(html, "page.html", 10**6)
    assert "At least seventy-five out of 176 countries globally" in c.text
    assert "Huawei alone" in c.text
    assert "Home" not in c.text and "Top 10" not in c.text and "Copyright" not in c.text
    assert (c.title, c.publisher, c.author, c.url, c.published, c.pages, c.kind) == (
        "Seventy-five countries use AI surveillance", "Example News", "Jane Doe",
        "https://news.example.org/2019/09/18/ai-surveillance", "2019-09-18", None, "news")
    assert c.text.endswith("\n") and "\r" not in c.text and PAGE_BREAK not in c.text


def test_html_without_metadata_states_none(tmp_path: Path) -> None:
    page = tmp_path / "bare.html"
    page.write_text("<html><body><article><p>In 2019 the report counted 63 countries in "
                    "all, and more than half of them bought Chinese systems.</p></article>"
                    "</body></html>", encoding="utf-8")
    c = capture_file(page, "bare.html", 10**6)
    assert "63 countries" in c.text
    assert (c.publisher, c.author, c.url, c.published) == (None, None, None, None)


def test_pdf_keeps_page_boundaries(tmp_path: Path) -> None:
    _, pdf = _write(tmp_path)
    c = capture_file(pdf, "report.pdf", 10**6)
    pages = c.text.split(PAGE_BREAK)
    assert c.pages == len(pages) == 3
    assert "Key findings" in pages[0] and "176 countries" in pages[1] and "63" in pages[2]
    assert c.title == "The Global Expansion of AI Surveillance" and c.kind == "primary"
    assert c.published is None  # a PDF's creation date is not its publication date


@pytest.mark.parametrize(("name", "data", "error"), [
    ("broken.pdf", b"%PDF-1.4\nthis is not a PDF\n", "cannot read the PDF"),
    ("empty.pdf", make_pdf([[]]), "no text layer"),
    ("notes.docx", b"PK\x03\x04 a zip file", "not a page or document"),
    ("empty.html", b"<html><body></body></html>", "no main text"),
])
def test_unreadable_inputs_are_clear_errors(tmp_path: Path, name: str, data: bytes,
                                            error: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SnapshotError, match=error):
        capture_file(path, name, 10**6)


def test_size_limit_and_folders(tmp_path: Path) -> None:
    _, pdf = _write(tmp_path)
    with pytest.raises(SnapshotError, match="larger than the limit"):
        capture_file(pdf, "report.pdf", 100)
    with pytest.raises(SnapshotError, match="not a regular file"):
        capture_file(tmp_path, "folder", 100)


def test_stable_text() -> None:
    assert stable_text("a  \r\nb\t\r\n\n\n\nc\x00\u200b\fd") == "a\nb\n\nc\fd\n"


def test_source_id() -> None:
    assert source_id("The Global Expansion of AI Surveillance", "x", "2019-09-17") == \
        "global-expansion-ai-surveillance-2019"
    assert source_id(None, "Report_Final (2)", None) == "report-final-2"
    assert source_id("¡¿", "", None) == "source"


def test_cli_writes_the_snapshot_and_prints_a_stub_that_loads(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path)
    assert main(["snapshot", "report.pdf", "-o", "corpus/sources/report.txt"]) == 0
    out, err = capsys.readouterr()
    snap = tmp_path / "corpus/sources/report.txt"
    assert err.startswith("claimcheck: wrote corpus/sources/report.txt")
    stub = yaml.safe_load(out)["sources"][0]
    assert stub == {"id": "global-expansion-ai-surveillance",
                    "title": "The Global Expansion of AI Surveillance", "kind": "primary",
                    "snapshot": "corpus/sources/report.txt",
                    "sha256": hashlib.sha256(snap.read_bytes()).hexdigest()}
    assert "# publisher: not in the metadata" in out
    assert main(["snapshot", "page.html", "--id", "example-2019", "--kind", "reference"]) == 0
    stub = yaml.safe_load(capsys.readouterr().out)["sources"][0]
    assert (stub["id"], stub["kind"], stub["publisher"], stub["published"]) == (
        "example-2019", "reference", "Example News", __import__("datetime").date(2019, 9, 18))
    assert (tmp_path / "page.txt").is_file()


def test_cli_refuses_to_overwrite_the_page(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<html></html>", encoding="utf-8")
    assert main(["snapshot", str(page)]) == 2
    assert "would overwrite the page itself" in capsys.readouterr().err


def test_snapshot_is_deterministic_whatever_the_hash_seed(tmp_path: Path) -> None:
    html, pdf = _write(tmp_path)
    runs = []
    for n, seed in enumerate(("0", "1234")):
        where = tmp_path / f"run{n}"
        where.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for page in (html, pdf):
            run = subprocess.run(
                [sys.executable, "-m", "checker", "snapshot", str(page), "-o",
                 f"{page.stem}.txt"], capture_output=True, env=env, cwd=where, check=True)
            runs.append((page.stem, run.stdout, (where / f"{page.stem}.txt").read_bytes()))
    assert runs[:2] == runs[2:]


def test_page_numbers_reach_json_html_and_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path)
    assert main(["snapshot", "report.pdf", "-o", "corpus/sources/report.txt"]) == 0
    stub = capsys.readouterr().out.replace("corpus/sources/report.txt", "sources/report.txt")
    (tmp_path / "corpus/claims.yaml").write_text(
        stub + "quantities:\n  - {id: countries-using, label: Using, unit: countries}\n"
        "  - {id: countries-surveyed, label: Surveyed, unit: countries}\n"
        "claims:\n"
        "  - {id: c-75, source: global-expansion-ai-surveillance, quantity: countries-using,\n"
        "     quote: 'At least seventy-five out of 176 countries globally are actively using',"
        "\n     says: At least seventy-five}\n"
        "  - {id: c-176, source: global-expansion-ai-surveillance,\n"
        "     quantity: countries-surveyed, quote: 'out of 176 countries', says: '176'}\n",
        encoding="utf-8")
    status = main(["audit", "corpus", "--out", "out", "--fail-on", "never"])
    terminal = capsys.readouterr().out
    assert status == 0
    report = json.loads((tmp_path / "out/audit.json").read_text(encoding="utf-8"))
    pages = {c["id"]: c["quote"]["page"] for c in report["claims"]}
    assert pages == {"c-75": 2, "c-176": 2}
    html = (tmp_path / "out/index.html").read_text(encoding="utf-8")
    assert "line 3 (page 2) of the snapshot" in html
    # the uncovered "63" on page 3 is a COV001 finding; the terminal names its page
    assert "sources/report.txt line 5, page 3" in " ".join(terminal.split())
