"""The Markdown summary, fit for a GitHub job summary (layer 4: output).

A heading with the gate, a line of totals, counts tables by severity and by verdict, then
the findings grouped by severity as tables (code, rule, claims, message).  Corpus text is
escaped: pipes, Markdown punctuation and ``<``, ``>``, ``&`` cannot open markup, links or
HTML; newlines become spaces.  The ids a message names in backticks become code spans
(rendered as code, not as literal backticks) when they can hold no markup.  Long groups
stop at `MAX_ROWS` rows with a note (a job summary is limited to 1 MiB).
"""

from __future__ import annotations

from typing import TextIO

from checker import _regex
from checker.findings import AuditResult, Finding
from checker.reporters._common import (
    SEVERITIES,
    findings_by_severity,
    gate_line,
    plural,
    strip_controls,
)
from checker.reporters._htmltext import split_code

MAX_ROWS = 200
"""Findings shown per severity; the rest are counted in a note."""

_MD_SPECIAL = _regex.compile(r"([\\`*_\[\]|~])")
_CODE_SPAN = _regex.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@/+-]*$")
"""Text that is safe as a code span in a table cell (no backtick, pipe or space)."""


def escape(text: str) -> str:
    """Return `text` safe inside a Markdown table cell: one line, no markup, no HTML."""
    text = strip_controls(text, newlines=False)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def message(text: str) -> str:
    """Return a finding's message for a table cell: backticked ids as code spans."""
    out = []
    for run, code in split_code(text):
        clean = strip_controls(run, newlines=False)
        out.append(f"`{clean}`" if code and _CODE_SPAN.match(clean) else escape(run))
    return "".join(out)


def _row(f: Finding) -> str:
    claims = ", ".join(escape(c) for c in f.claims) or "—"
    if f.evidence:
        claims += " (vs " + ", ".join(escape(c) for c in f.evidence) + ")"
    flag = " *(accepted)*" if f.accepted else ""
    where = f"{escape(f.location.file)}:{f.location.line}" if f.location else "—"
    return (f"| {escape(f.code)} | {escape(f.rule)}{flag} | {claims} | {message(f.message)} "
            f"| {where} |")


def render_markdown(result: AuditResult) -> str:
    """Return the Markdown summary of `result`."""
    counts = result.counts()
    mark = "❌" if result.gate_failed else "✅"
    lines = [
        f"## claimcheck: {mark} {escape(gate_line(result))}",
        "",
        f"{plural(len(result.claims), 'claim')} on {plural(len(result.quantities), 'quantity')}"
        f" from {plural(len(result.sources), 'source')}; corpus fingerprint "
        f"{escape(result.fingerprint[:16])}.",
        "",
        "| severity | findings |",
        "|---|---:|",
    ]
    lines += [f"| {s.value} | {counts[s.value]} |" for s in SEVERITIES]
    lines += ["", "| verdict | claims |", "|---|---:|"]
    lines += [f"| {v} | {n} |" for v, n in result.verdict_counts().items()]
    groups = findings_by_severity(result)
    for severity in SEVERITIES:
        group = groups[severity]
        if not group:
            continue
        accepted = sum(1 for f in group if f.accepted)
        title = f"{severity.value.capitalize()} ({len(group) - accepted}"
        title += f", {accepted} accepted)" if accepted else ")"
        lines += ["", f"### {title}", "",
                  "| code | rule | claims | message | location |", "|---|---|---|---|---|"]
        lines += [_row(f) for f in group[:MAX_ROWS]]
        if len(group) > MAX_ROWS:
            lines += ["", f"… and {len(group) - MAX_ROWS} more; see the JSON or HTML report."]
    if result.fixed:
        lines += ["", f"{plural(len(result.fixed), 'baseline entry')} no longer found (fixed)."]
    return "\n".join(lines) + "\n"


class MarkdownReporter:
    """Render the Markdown job summary."""

    name = "markdown"

    def omitted(self, result: AuditResult) -> str:
        """Return how many findings the summary leaves out (`MAX_ROWS` per severity)."""
        groups = findings_by_severity(result)
        cut = sum(max(0, len(groups[s]) - MAX_ROWS) for s in SEVERITIES)
        return f"{plural(cut, 'finding')} past {MAX_ROWS} per severity left out" if cut else ""

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the Markdown summary of `result` to `stream`."""
        stream.write(render_markdown(result))
