"""Helpers shared by the reporters (layer 4: output).

Everything here reads a finished `AuditResult` and turns parts of it into plain values:
deterministic orders, interval bounds for machine formats, the gate line, corpus text made
safe for terminals and XML, the `SOURCE_DATE_EPOCH` timestamp.  Nothing here analyses.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
from collections.abc import Iterable

from checker.findings import AuditResult, ClaimResult, Finding, Severity
from checker.intervals import Interval, to_json_number

SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)
"""Severities, worst first (the order of every grouped listing)."""

# C0 controls except tab and newline, DEL, C1 controls.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional controls (Trojan Source) and other invisible format characters that
# can reorder or hide what a terminal shows.
_BIDI_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Characters XML 1.0 forbids outright (JUnit is XML 1.0).
_XML_BAD_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def strip_controls(text: str, *, bidi: bool = True, newlines: bool = True) -> str:
    """Return `text` without control characters.

    C0 (except tab and newline), DEL and C1 controls are removed, so an escape sequence in
    corpus text cannot drive a terminal; `bidi` also removes bidirectional controls.  With
    `newlines=False`, newlines and tabs become spaces (for one-line cells).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    if bidi:
        text = _BIDI_RE.sub("", text)
    if not newlines:
        text = re.sub(r"[\n\t]+", " ", text)
    return text


def xml_text(text: str) -> str:
    """Return `text` with the characters XML 1.0 cannot hold removed (C1 kept as is)."""
    return _XML_BAD_RE.sub("", text)


def json_interval(interval: Interval, integer: bool) -> dict[str, object]:
    """Return `{min, max, min_open, max_open}` of `interval` for machine formats.

    Whole-number intervals are shown on the integers they contain (``over 60`` is
    ``{min: 61, max: null}``, ends closed); infinite ends are ``None``.
    """
    iv = interval.integers(minimum=None) if integer and not interval.is_empty() else interval
    return {
        "min": to_json_number(iv.lo, integer),
        "max": to_json_number(iv.hi, integer),
        "min_open": bool(iv.lo_open and iv.lo is not None),
        "max_open": bool(iv.hi_open and iv.hi is not None),
    }


def sorted_claims(result: AuditResult) -> list[ClaimResult]:
    """Return the claims of `result` sorted by id."""
    return sorted(result.claims, key=lambda c: c.id)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return `findings` in the deterministic order (file, line, code, claims, fingerprint)."""
    return sorted(findings, key=lambda f: (f.sort_key(), f.fingerprint))


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


def gate_line(result: AuditResult) -> str:
    """Return the one-line gate summary, e.g. ``gate failed (fail-on error): 2 errors, ...``."""
    counts = result.counts()
    parts = ", ".join(plural(counts[s.value], s.value) for s in SEVERITIES)
    state = "failed" if result.gate_failed else "passed"
    accepted = sum(1 for f in result.findings if f.accepted)
    extra = f"; {accepted} accepted by the baseline" if accepted else ""
    return f"gate {state} (fail-on {result.fail_on}): {parts}{extra}"


def baseline_used(result: AuditResult) -> bool:
    """Return whether the audit was compared with a baseline.

    `AuditResult` records no flag of its own (yet); a baseline shows through accepted
    findings or fixed fingerprints.
    """
    return bool(result.fixed) or any(f.accepted for f in result.findings)


def source_date() -> str | None:
    """Return the UTC time of `SOURCE_DATE_EPOCH` in ISO 8601, or None when unset/invalid.

    This is the only timestamp any report carries (reproducible-builds convention).
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    moment = dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)
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
