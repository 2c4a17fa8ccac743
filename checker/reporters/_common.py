"""Helpers shared by the reporters (layer 4: output).

Everything here reads a finished `AuditResult` and turns parts of it into plain values:
deterministic orders, interval bounds for machine formats, the gate line, corpus text made
safe for terminals and XML, the `SOURCE_DATE_EPOCH` timestamp.  Nothing here analyses.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import posixpath
import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

from checker.findings import AuditResult, ClaimResult, Finding, Severity
from checker.intervals import Interval, to_json_number
from checker.textsafe import strip_controls as _strip

SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)
"""Severities, worst first (the order of every grouped listing)."""

_encode_str = json.encoder.encode_basestring  # C-accelerated
# Characters XML 1.0 forbids outright (JUnit is XML 1.0).
_XML_BAD_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def strip_controls(text: str, *, newlines: bool = True) -> str:
    """Return `text` without terminal escape sequences or control characters.

    Escape sequences, C0 (except tab and newline), DEL and C1 controls, and bidirectional
    controls are removed (`checker.textsafe`), so corpus text can neither drive a terminal
    nor reorder what a reader sees; CR and CRLF become newlines first.  With
    `newlines=False`, newlines and tabs become single spaces (for one-line cells).
    """
    text = _strip(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not newlines:
        text = re.sub(r"[\n\t]+", " ", text)
    return text


def xml_text(text: str) -> str:
    """Return `text` with the characters XML 1.0 cannot hold removed (C1 kept as is)."""
    return _XML_BAD_RE.sub("", text)


def _ceil_lo(lo: Fraction, is_open: bool) -> int:
    c = math.ceil(lo)
    return c + 1 if is_open and c == lo else c


def _floor_hi(hi: Fraction, is_open: bool) -> int:
    f = math.floor(hi)
    return f - 1 if is_open and f == hi else f


def json_interval(interval: Interval, integer: bool) -> dict[str, object]:
    """Return `{min, max, min_open, max_open}` of `interval` for machine formats.

    Whole-number intervals are shown on the integers they contain (``over 60`` is
    ``{min: 61, max: null}``, ends closed); infinite ends are ``None``.  (Computed directly
    rather than through `Interval.integers`: this runs once per claim.)
    """
    lo, hi = interval.lo, interval.hi
    if integer and not (lo is not None and hi is not None and lo > hi):
        ilo = None if lo is None else _ceil_lo(lo, interval.lo_open)
        ihi = None if hi is None else _floor_hi(hi, interval.hi_open)
        if ilo is None or ihi is None or ilo <= ihi:
            return {"min": ilo, "max": ihi, "min_open": False, "max_open": False}
    return {
        "min": to_json_number(lo, integer),
        "max": to_json_number(hi, integer),
        "min_open": bool(interval.lo_open and lo is not None),
        "max_open": bool(interval.hi_open and hi is not None),
    }


def dumps_indented(value: object) -> str:
    """Return `value` as JSON exactly like ``json.dumps(value, indent=2, ensure_ascii=False)``.

    The standard library falls back to its pure-Python encoder whenever `indent` is set,
    which costs seconds at 100,000 claims; this direct recursive writer is several times
    faster and byte-identical (tested).  Values are JSON types only (dict keys strings).
    """
    out: list[str] = []
    _write(value, "\n", out)
    return "".join(out)


def _write(value: object, nl: str, out: list[str]) -> None:
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        out.append(scalar(value))
        return
    inner = nl + "  "
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        sep = "{" + inner
        for key, item in value.items():
            scalar = _SCALARS.get(type(item))
            if scalar is not None:  # inline: most values are scalars
                out.append(sep + _encode_str(key) + ": " + scalar(item))
            else:
                out.append(sep + _encode_str(key) + ": ")
                _write(item, inner, out)
            sep = "," + inner
        out.append(nl + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        sep = "[" + inner
        for item in value:
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(sep + scalar(item))
            else:
                out.append(sep)
                _write(item, inner, out)
            sep = "," + inner
        out.append(nl + "]")
    else:  # pragma: no cover - programming error
        raise TypeError(f"not a JSON value: {type(value).__name__}")


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite number: {value}")
    return float.__repr__(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: int.__repr__,
    float: _float,
    bool: lambda v: "true" if v else "false",
    type(None): lambda _v: "null",
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


def gate_detail(result: AuditResult) -> str:
    """Return what the gate saw: ``fail-on error: 2 errors, 1 warning, 0 info; ...``."""
    counts = result.counts()
    parts = ", ".join(plural(counts[s.value], s.value) for s in SEVERITIES)
    accepted = sum(1 for f in result.findings if f.accepted)
    extra = f"; {accepted} accepted by the baseline" if accepted else ""
    if result.expired:
        extra += f"; {plural(len(result.expired), 'expired baseline entry')}"
    return f"fail-on {result.fail_on}: {parts}{extra}"


def gate_line(result: AuditResult) -> str:
    """Return the one-line gate summary, e.g. ``gate failed (fail-on error): 2 errors, ...``."""
    state = "failed" if result.gate_failed else "passed"
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
