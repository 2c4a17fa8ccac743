"""Turn a saved web page or a PDF into a text snapshot and its metadata (layer 1: inputs).

`claimcheck snapshot` is how a source gets into a corpus: the page or report a claim
appeared in, as its text.  Each input format is one row of `CAPTURERS` (file suffixes,
the first bytes that identify it, the function that reads it):

- HTML: the main text of the page (navigation, footers and comments left out) through
  trafilatura, one paragraph a line; title, site name, author, canonical URL and
  publication date from the page's own metadata (never guessed from its text).
- PDF: the text of every page through pypdf, pages separated by a form feed (U+000C,
  as pdftotext does), so that a quote's position has a page number; title and author
  from the document information.

The text is made stable: line breaks are ``\\n``, trailing spaces go, control
characters other than the line break and the form feed go, and it ends with one line
break.  The same input always gives the same bytes.  Both libraries are imported only
here and only when needed: an audit never loads them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from checker import _regex
from checker._files import read_bytes_file, resolve_input
from checker._frozen import record
from checker.errors import SnapshotError

PAGE_BREAK = "\f"
"""What separates the pages of a snapshot made from a PDF."""


@record
class Capture:
    """The text of a page or document and what its metadata says (None: not stated).

    `pages` is the number of pages (PDF), None for a web page; `published` an ISO date;
    `kind` the source kind a page of this format usually is (a person confirms it).
    """

    text: str
    title: str | None
    publisher: str | None
    author: str | None
    url: str | None
    published: str | None
    pages: int | None
    kind: str
    format: str


_CONTROLS = _regex.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
_TRAILING = _regex.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = _regex.compile(r"\n{3,}")


def stable_text(text: str) -> str:
    """Return `text` with ``\\n`` line breaks, no trailing spaces or stray controls, one
    final line break (form feeds, the page breaks, are kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n ") + "\n"


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(_CONTROLS.sub("", value).split())
    return value or None


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def capture_html(data: bytes, shown: str) -> Capture:
    """Return the main text and the metadata of the saved web page `data`."""
    import trafilatura
    from trafilatura.utils import load_html

    # Metadata dates from the markup only (published time, <time>, JSON-LD), never from
    # words in the text: a date must be stated, not guessed.
    dates = {"extensive_search": False, "original_date": True}
    try:
        tree = load_html(data)
        if tree is None:
            raise SnapshotError("not an HTML page (no markup found)", file=shown)
        meta = trafilatura.extract_metadata(tree, date_config=dates)
        body = trafilatura.extract(load_html(data), output_format="txt",
                                   include_comments=False, include_tables=True,
                                   include_images=False, include_links=False,
                                   deduplicate=False, with_metadata=False,
                                   date_extraction_params=dates)
    except SnapshotError:
        raise
    except Exception as exc:  # a parser's failure on a broken page: one clear error
        raise SnapshotError(f"cannot read the HTML page ({type(exc).__name__})",
                            file=shown) from None
    if not body or not body.strip():
        raise SnapshotError("no main text found in the HTML page", file=shown)
    return Capture(
        text=stable_text(body), title=_clean(meta.title), publisher=_clean(meta.sitename),
        author=_clean(meta.author), url=_clean(meta.url), published=_iso_date(meta.date),
        pages=None, kind="news", format="HTML page")


def capture_pdf(data: bytes, shown: str) -> Capture:
    """Return the text of every page of the PDF `data` (pages joined by `PAGE_BREAK`)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SnapshotError("the PDF is encrypted", file=shown)
        pages = [stable_text(page.extract_text() or "").rstrip("\n") for page in reader.pages]
        info: Mapping[str, Any] = reader.metadata or {}
        # (its /CreationDate is not a publication date: never used as `published`)
        title, author = info.get("/Title"), info.get("/Author")
    except SnapshotError:
        raise
    except Exception as exc:  # a parser's failure on a broken file: one clear error
        raise SnapshotError(f"cannot read the PDF ({type(exc).__name__})", file=shown) from None
    if not any(p.strip() for p in pages):
        raise SnapshotError("the PDF has no text layer (a scan?): no text to quote",
                            file=shown)
    text = ("\n" + PAGE_BREAK).join(pages) + "\n"
    return Capture(text=text, title=_clean(title), publisher=None, author=_clean(author),
                   url=None, published=None, pages=len(pages), kind="primary",
                   format="PDF")


@record
class Capturer:
    """One input format: its file suffixes, its magic bytes and its reader."""

    suffixes: tuple[str, ...]
    magic: tuple[bytes, ...]
    read: Callable[[bytes, str], Capture]


CAPTURERS: dict[str, Capturer] = {
    "pdf": Capturer((".pdf",), (b"%PDF-",), capture_pdf),
    "html": Capturer((".html", ".htm", ".xhtml"), (b"<!doctype html", b"<html"), capture_html),
}
"""Every format `claimcheck snapshot` reads, by name."""


def read_input(path: Path, shown: str, max_bytes: int) -> bytes:
    """Return the bytes of the regular file `path` (at most `max_bytes`), through the one
    bounded reader of input files (`checker._files`)."""
    real = resolve_input(path, shown, error=SnapshotError)
    return read_bytes_file(real, shown, max_bytes, noun="file", error=SnapshotError)


def capture_file(path: Path, shown: str, max_bytes: int) -> Capture:
    """Read the page or document at `path` with the capturer its suffix or first bytes name.

    Raises `SnapshotError` for a file of no known format, or one that cannot be read.
    """
    data = read_input(path, shown, max_bytes)
    head = data[:1024].lstrip().lower()
    for capturer in CAPTURERS.values():
        if path.suffix.lower() in capturer.suffixes or head.startswith(capturer.magic):
            return capturer.read(data, shown)
    names = ", ".join(s for c in CAPTURERS.values() for s in c.suffixes)
    raise SnapshotError(f"not a page or document claimcheck can read (expected {names})",
                        file=shown)
