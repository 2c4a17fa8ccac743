"""Helpers shared by the reporters (layer 4: output).

Everything here reads a finished `AuditResult` and turns parts of it into plain values:
deterministic orders, interval bounds for machine formats, the gate line, corpus text made
safe for terminals and XML, the `SOURCE_DATE_EPOCH` timestamp.  Nothing here analyses.

The JSON and XML writers here exist for speed at scale (reports of 100,000+ claims): the
indented JSON writer streams, and its typed pieces (`JsonRecords`, `json_str`,
`json_opt_str`, `json_int`, `json_bool`, `json_scalar`, `json_str_list`) let a reporter
render one record as one f-string; the XML escapes match `xml.etree.ElementTree` byte for
byte.  The golden files pin the reports; ``tests/test_reporters_writers.py`` pins these
pieces against ``json.dumps`` and `xml.etree`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter, itemgetter
from typing import Any, Generic, TypeVar

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


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class JsonRecords(Generic[T]):
    """A JSON array whose elements are rendered to text one at a time, as they are written.

    `render(item)` returns one element's JSON text exactly as it stands in the report:
    every line, the first included, indented by `indent`, the element's depth in the
    document (`write_indented` checks it).  The arrays that grow with the corpus (claims,
    findings, SARIF results) use this: no dict is built per element, and the report
    streams, one element per write.
    """

    items: Sequence[T]
    render: Callable[[T], str]
    indent: str


def dumps_indented(value: object) -> str:
    """Return `value` as JSON exactly like ``json.dumps(value, indent=2, ensure_ascii=False)``.

    The standard library falls back to its pure-Python encoder whenever `indent` is set,
    which costs seconds at 100,000 claims; this direct recursive writer is several times
    faster and byte-identical.  Values are JSON types only (dict keys strings), plus
    `JsonRecords` arrays.
    """
    out: list[str] = []
    _write(value, "\n", out.append)
    return "".join(out)


def write_indented(value: object, write: Callable[[str], object]) -> None:
    """Write `value` exactly as `dumps_indented` returns it, piece by piece to `write`.

    Each `JsonRecords` element is one piece, so a large report is never held twice.
    """
    _write(value, "\n", write)


def _write(value: object, nl: str, write: Callable[[str], object]) -> None:
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        write(scalar(value))
        return
    inner = nl + "  "
    if isinstance(value, JsonRecords):
        if value.indent != inner[1:]:
            raise ValueError(f"records rendered at indent {len(value.indent)} "
                             f"but written at {len(inner) - 1}")
        if not value.items:
            write("[]")
            return
        render = value.render
        head = "[\n"
        for item in value.items:
            write(head + render(item))
            head = ",\n"
        write(nl + "]")
    elif isinstance(value, dict):
        if not value:
            write("{}")
            return
        sep = "{" + inner
        for key, item in value.items():
            scalar = _SCALARS.get(type(item))
            if scalar is not None:  # inline: most values are scalars
                write(sep + _encode_str(key) + ": " + scalar(item))
            else:
                write(sep + _encode_str(key) + ": ")
                _write(item, inner, write)
            sep = "," + inner
        write(nl + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            write("[]")
            return
        sep = "[" + inner
        for item in value:
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                write(sep + scalar(item))
            else:
                write(sep)
                _write(item, inner, write)
            sep = "," + inner
        write(nl + "]")
    else:  # pragma: no cover - programming error
        raise TypeError(f"not a JSON value: {type(value).__name__}")


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite number: {value}")
    return float.__repr__(value)


def _decimal(value: Decimal) -> str:
    # A bound no float can hold (`to_json_number`): a JSON number in scientific notation.
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    return str(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: int.__repr__,
    float: _float,
    Decimal: _decimal,
    bool: lambda v: "true" if v else "false",
    type(None): lambda _v: "null",
}

# Typed pieces for records rendered as one f-string: each gives exactly what `_write`
# gives for a value of that type.

json_str: Callable[[str], str] = _encode_str
"""Return a string as a JSON string literal (C-accelerated, non-ASCII kept as is)."""


def json_scalar(value: str | int | float | Decimal | bool | None) -> str:
    """Return the JSON text of a scalar of any type (where the type varies, e.g. a `Bound`)."""
    scalar = _SCALARS.get(type(value))
    if scalar is None:  # pragma: no cover - programming error
        raise TypeError(f"not a JSON scalar: {type(value).__name__}")
    return scalar(value)


def json_opt_str(value: str | None) -> str:
    """Return a string, or ``null`` for None, as JSON text."""
    return "null" if value is None else _encode_str(value)


def json_int(value: int | None) -> str:
    """Return an integer, or ``null`` for None, as JSON text."""
    return "null" if value is None else int.__repr__(value)


def json_bool(value: bool) -> str:
    """Return ``true`` or ``false``."""
    return "true" if value else "false"


def json_str_list(items: Sequence[str], indent: str) -> str:
    """Return `items` as a JSON array of strings that opens on a line indented by `indent`.

    ``json_str_list(["a"], "  ")`` is ``'[\\n    "a"\\n  ]'``; an empty list is ``[]``.
    """
    if not items:
        return "[]"
    inner = "\n" + indent + "  "
    if len(items) == 1:  # the common case, without the join
        return "[" + inner + _encode_str(items[0]) + "\n" + indent + "]"
    return "[" + inner + ("," + inner).join(map(_encode_str, items)) + "\n" + indent + "]"


def sorted_claims(result: AuditResult) -> list[ClaimResult]:
    """Return the claims of `result` sorted by id."""
    return sorted(result.claims, key=attrgetter("id"))


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return `findings` in the deterministic order (file, line, code, claims, fingerprint)."""
    return sorted(findings, key=lambda f: (f.sort_key(), f.fingerprint))


def fingerprinted_findings(findings: Iterable[Finding]) -> list[tuple[Finding, str]]:
    """Return `findings` in the order of `sorted_findings`, each with its fingerprint.

    For reports that print every fingerprint: each (a hash) is computed once, for sorting
    and for output.
    """
    keyed = [(f.sort_key(), f.fingerprint, i, f) for i, f in enumerate(findings)]
    keyed.sort(key=itemgetter(0, 1, 2))  # the index keeps equal keys in input order
    return [(f, fingerprint) for _, fingerprint, _, f in keyed]


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
