"""Helpers shared by the reporters (layer 4: output).

Everything here reads a finished `AuditResult` and turns parts of it into plain values:
deterministic orders, interval bounds for machine formats, the gate line, corpus text made
safe for terminals and XML, the `SOURCE_DATE_EPOCH` timestamp.  Nothing here analyses.

The XML escapes here exist for speed at scale (reports of 100,000+ claims) and match
`xml.etree.ElementTree` byte for byte; the JSON reports are written by
`checker.reporters._jsonout`.  The golden files pin the reports;
``tests/test_reporters_writers.py`` pins these pieces against `xml.etree`.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from itertools import islice
from operator import attrgetter, itemgetter

from checker import _regex
from checker.findings import AuditResult, ClaimResult, Finding, Severity
from checker.intervals import Interval, to_json_number
from checker.textsafe import strip_controls as _strip

SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)
"""Severities, worst first (the order of every grouped listing)."""

# Characters XML 1.0 forbids outright (JUnit is XML 1.0).
_XML_BAD_RE = _regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def strip_controls(text: str, *, newlines: bool = True) -> str:
    """Return `text` without terminal escape sequences or control characters.

    Escape sequences, C0 (except tab and newline), DEL and C1 controls, and bidirectional
    controls are removed (`checker.textsafe`), so corpus text can neither drive a terminal
    nor reorder what a reader sees; CR and CRLF become newlines first.  With
    `newlines=False`, newlines and tabs become single spaces (for one-line cells).
    """
    if text.isprintable():
        # The common case: every character `strip_all` removes or changes (controls,
        # escapes, bidi controls, line and paragraph separators, tabs, newlines) is
        # unprintable, so printable text comes back as it is (tests/test_reporters_writers.py
        # checks every printable character).
        return text
    return strip_all(text, newlines=newlines)


def strip_controls_all(texts: list[str], *, newlines: bool = True) -> list[str]:
    """Return ``[strip_controls(t, newlines=newlines) for t in texts]``.

    When the texts together are printable (one test over them joined, a chunk at a time:
    a text is printable when all its characters are), every one comes back as it is:
    `texts` itself.
    """
    if all(chunk.isprintable() for chunk in joined_chunks(texts)):
        return texts
    return [strip_controls(text, newlines=newlines) for text in texts]


def joined_chunks(texts: Iterable[str], size: int = 4096) -> Iterator[str]:
    """Yield `texts` joined, `size` of them at a time (the last chunk may be shorter).

    A test of single characters (`str.isprintable`, a search of a character class) holds
    for all the texts joined when it holds for every chunk: this asks it without one
    string of every text (at 1,000,000 claims their ids joined are 30 MB, their quotes
    about 80 MB).
    """
    it = iter(texts)
    while chunk := list(islice(it, size)):
        yield "".join(chunk)


_BLANKS_RE = _regex.compile(r"[\n\t]+")


def strip_all(text: str, *, newlines: bool = True) -> str:
    """Return `strip_controls(text, newlines=newlines)`, passing every text through the
    patterns (the general path, without the shortcut for printable text)."""
    text = _strip(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not newlines:
        text = _BLANKS_RE.sub(" ", text)
    return text


def xml_text(text: str) -> str:
    """Return `text` with the characters XML 1.0 cannot hold removed (C1 kept as is)."""
    if text.isprintable():  # the common case: no control character at all, nothing to drop
        return text
    return _XML_BAD_RE.sub("", text)


def xml_cdata(text: str) -> str:
    """Return `text` escaped as XML character data: ``&``, ``<`` and ``>``.

    Byte for byte what `xml.etree.ElementTree` writes for an element's text (the JUnit
    report used to be written through it; its golden files pin this).
    """
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def xml_attr(text: str) -> str:
    """Return `text` escaped as an XML attribute value (without the quotes).

    Byte for byte what `xml.etree.ElementTree` writes: ``&``, ``<``, ``>``, ``"`` as
    entities, and CR, LF and tab as character references so they survive parsing.
    """
    text = xml_cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


Bound = int | float | Decimal | None
"""One end of an interval in a machine format: a number, or None when infinite."""


def interval_bounds(interval: Interval, integer: bool) -> tuple[Bound, Bound, bool, bool]:
    """Return ``(min, max, min_open, max_open)`` of `interval` for machine formats.

    Whole-number intervals are shown on the integers they contain (``over 60`` is
    ``(61, None, False, False)``, ends closed); infinite ends are ``None``.  (Computed
    on numerators and denominators rather than through `Interval.integers`: this runs
    once per claim.)
    """
    lo, hi = interval.lo, interval.hi
    if integer:
        # Fractions are normalised: a whole number has denominator 1.  Open ends move
        # to the next integer inside.
        ilo: int | None
        ihi: int | None
        if lo is None:
            ilo = None
        elif lo.denominator == 1:
            ilo = lo.numerator + 1 if interval.lo_open else lo.numerator
        else:
            ilo = -(-lo.numerator // lo.denominator)
        if hi is None:
            ihi = None
        elif hi.denominator == 1:
            ihi = hi.numerator - 1 if interval.hi_open else hi.numerator
        else:
            ihi = hi.numerator // hi.denominator
        # An empty interval (lo > hi) always has ilo > ihi, so it never returns here.
        if ilo is None or ihi is None or ilo <= ihi:
            return ilo, ihi, False, False
    return (
        to_json_number(lo, integer),
        to_json_number(hi, integer),
        bool(interval.lo_open and lo is not None),
        bool(interval.hi_open and hi is not None),
    )


def show_interval(iv: Interval | None, integer: bool) -> str:
    """Return `iv` as people read it; whole-number intervals on their integers."""
    if iv is None:
        return "not computed"
    if iv.is_empty():
        return "∅"
    return str(iv.integers(minimum=None) if integer else iv)


def sorted_claims(result: AuditResult) -> list[ClaimResult]:
    """Return the claims of `result` sorted by id (a new list each call).

    The order of a tuple of claims is remembered for the next call with the same tuple
    (the next report of the same result: the JSON report and ClaimReview both list the
    claims by id).
    """
    claims = result.claims
    if _LAST_ORDER and _LAST_ORDER[0][0] is claims:
        return list(_LAST_ORDER[0][1])
    ordered = sorted(claims, key=attrgetter("id"))
    if isinstance(claims, tuple):
        _LAST_ORDER[:] = [(claims, tuple(ordered))]
    return ordered


# The order of the last tuple of claims sorted (immutable: the same object always has
# the same order).
_LAST_ORDER: list[tuple[tuple[ClaimResult, ...], tuple[ClaimResult, ...]]] = []


# The index of the last tuple of claims asked for: every report of a result asks for the
# same tuple (immutable, so the same object always has the same index).
_LAST_INDEX: list[tuple[tuple[ClaimResult, ...], Mapping[str, ClaimResult]]] = []


def claims_by_id(result: AuditResult) -> Mapping[str, ClaimResult]:
    """Return the claims of `result` by id (of two claims with one id, the later one).

    Made once per tuple of claims and shared by the reports of the result; read it, never
    change it.
    """
    claims = result.claims
    if _LAST_INDEX and _LAST_INDEX[0][0] is claims:
        return _LAST_INDEX[0][1]
    index = dict(zip(map(_ID, claims), claims, strict=True))
    if isinstance(claims, tuple):
        _LAST_INDEX[:] = [(claims, index)]
    return index


_ID = attrgetter("id")


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return `findings` in the deterministic order (file, line, code, claims, fingerprint)."""
    return [f for f, _ in fingerprinted_findings(findings)]


# The order of the last tuple of findings sorted: every report of a result sorts the same
# tuple (a tuple of immutable findings: the same object always has the same order).
_LAST_SORTED: list[tuple[tuple[Finding, ...], tuple[tuple[Finding, str], ...]]] = []


def fingerprinted_findings(findings: Iterable[Finding]) -> list[tuple[Finding, str]]:
    """Return `findings` in the order of `sorted_findings`, each with its fingerprint.

    For reports that print every fingerprint: each (a hash) is computed once, for sorting
    and for output.  The order of a tuple is remembered for the next call with the same
    tuple (the next report of the same result).
    """
    if isinstance(findings, tuple) and _LAST_SORTED and _LAST_SORTED[0][0] is findings:
        return list(_LAST_SORTED[0][1])
    keyed = [(f.sort_key(), f.fingerprint, i, f) for i, f in enumerate(findings)]
    keyed.sort(key=itemgetter(0, 1, 2))  # the index keeps equal keys in input order
    ordered = [(f, fingerprint) for _, fingerprint, _, f in keyed]
    if isinstance(findings, tuple):
        _LAST_SORTED[:] = [(findings, tuple(ordered))]
    return ordered


def findings_by_severity(result: AuditResult) -> dict[Severity, list[Finding]]:
    """Return the findings of `result` grouped by severity, worst first, each group sorted."""
    groups: dict[Severity, list[Finding]] = {s: [] for s in SEVERITIES}
    for f in sorted_findings(result.findings):
        groups[f.severity].append(f)
    return groups


def gate_word(result: AuditResult) -> str:
    """Return ``"fail"`` when the gate failed, else ``"pass"``."""
    return "fail" if result.gate_failed else "pass"


def plural(n: int, word: str) -> str:
    """Return ``"1 error"`` / ``"2 errors"``, ``"2 quantities"``; "info" never takes an s."""
    if n == 1 or word == "info":
        return f"{n} {word}"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return f"{n} {word[:-1]}ies"
    return f"{n} {word}s"


def gate_detail(result: AuditResult, counts: Mapping[str, int] | None = None) -> str:
    """Return what the gate saw: ``fail-on error: 2 errors, 1 warning, 0 info; ...``.

    `counts` is ``result.counts()`` when the caller has it already.
    """
    if counts is None:
        counts = result.counts()
    parts = ", ".join(plural(counts[s.value], s.value) for s in SEVERITIES)
    accepted = sum(1 for f in result.findings if f.accepted)
    extra = f"; {accepted} accepted by the baseline" if accepted else ""
    if result.expired:
        extra += f"; {plural(len(result.expired), 'expired baseline entry')}"
    return f"fail-on {result.fail_on}: {parts}{extra}"


def gate_line(result: AuditResult, detail: str | None = None) -> str:
    """Return the one-line gate summary, e.g. ``gate failed (fail-on error): 2 errors, ...``.

    `detail` is `gate_detail` of `result` when the caller has it already.
    """
    state = "failed" if result.gate_failed else "passed"
    if detail is None:
        detail = gate_detail(result)
    return f"gate {state} ({detail.replace(':', '):', 1)}"


def baseline_used(result: AuditResult) -> bool:
    """Return whether the audit was compared with a baseline.

    `AuditResult.baseline` names the baseline file; a hand-built result without it still
    shows a baseline through accepted findings or fixed fingerprints.
    """
    if result.baseline is not None:
        return True
    return bool(result.fixed) or any(f.accepted for f in result.findings)


def source_date() -> str | None:
    """Return the UTC time of `SOURCE_DATE_EPOCH` in ISO 8601, or None when unset/invalid.

    This is the only timestamp any report carries (reproducible-builds convention).
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    moment = dt.datetime.fromtimestamp(int(raw), tz=dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def repo_path(root: str, file: str) -> tuple[str, bool]:
    """Return (`file` joined under the corpus `root`, whether it is relative to the repo).

    `root` is the corpus folder as the user gave it.  A relative root is joined and
    normalised (``claims/`` + ``a.yaml`` is ``claims/a.yaml``).  An absolute root is never
    written out (no absolute paths in reports): then `file` alone is returned, relative to
    the corpus, and the flag is False.
    """
    root = root.replace("\\", "/")
    file = file.replace("\\", "/")
    if not root or posixpath.isabs(root) or re.match(r"^[A-Za-z]:/", root):
        return posixpath.normpath(file), False
    joined = posixpath.normpath(posixpath.join(root, file))
    if joined.startswith("../") or joined == "..":
        return posixpath.normpath(file), False
    return joined, True
