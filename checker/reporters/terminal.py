"""The rich terminal summary and progress display (layer 4: output).

The only module besides `checker.cli` that imports rich.  `render_written` lists the
report files written ("Wrote HTML report to reports/index.html", with what each leaves
out).  `render_terminal` prints a table of claims by quantity (verdict counts, implied
bounds), then the findings from the least to the most severe, so that what matters is
what stays on screen: info findings counted by rule (listed with `verbose`), warnings,
the summary line, every error, and the gate line last; with `quiet`, only the error
findings and the gate line.  Lines wrap between words, so an id is never split.
Corpus text is data, never markup: every string is stripped of control characters
(escape sequences, C1, bidirectional controls) and handed to rich as `Text`, which is never
parsed for markup or emoji.  Colour follows rich's console, which honours ``NO_COLOR``.
`progress` shows a transient progress display only when a run takes over a second.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import attrgetter
from typing import TYPE_CHECKING, Protocol, TextIO

from rich.console import Console
from rich.markup import escape as _escape_markup
from rich.text import Text

if TYPE_CHECKING:  # imported where used: a quiet run draws neither a table nor a bar
    from rich.progress import Progress, TaskID
    from rich.table import Table

from checker.findings import AuditResult, Finding, QuantityResult, Severity
from checker.formats import FORMATS
from checker.reporters._common import (
    SEVERITIES,
    claims_by_id,
    findings_by_severity,
    gate_line,
    plural,
    show_interval,
    strip_controls,
)

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
VERDICT_STYLES = {"agrees": "green", "weaker": "blue", "stronger": "yellow",
                  "overlaps": "magenta", "conflicts": "bold red", "uncorroborated": "dim"}
SYMBOLS = {
    "agrees": "=", "weaker": "⊃", "stronger": "⊂", "overlaps": "≈", "conflicts": "✗",
    "uncorroborated": "?", "implied": "◆",
}
"""A mathematical glyph per verdict (the summary table's column heads)."""


def clean(text: str | None) -> str:
    """Return corpus `text` fit for one terminal line: no control or bidi characters."""
    return strip_controls(text or "", newlines=False)


def escape(text: str | None) -> str:
    """Return `text` cleaned and with rich markup escaped (for callers that build markup)."""
    return _escape_markup(clean(text))


_TROUBLE = ("conflicts", "stronger", "overlaps")
"""The verdicts that rank a quantity for the table, worst first."""


def table_rows(result: AuditResult, max_rows: int
               ) -> list[tuple[QuantityResult, dict[str, int]]]:
    """Return the quantities of the table (at most `max_rows`), by id, each with the
    number of its claims of each verdict.

    Past `max_rows`, those with the most trouble are kept: the most conflicting claims,
    then stronger, then overlapping, then by id.  Only the quantities holding a claim of
    those verdicts are counted to choose (one test of their ids against each quantity's
    claims), the others come by id; the rows kept are then counted in full.
    """
    by_id = claims_by_id(result)
    quantities = result.quantities

    def counted(q: QuantityResult) -> dict[str, int]:
        counts = dict.fromkeys(VERDICT_STYLES, 0)
        for cid in q.claims:
            if cid in by_id:
                counts[by_id[cid].verdict._value_] += 1  # `value`, without its descriptor
        return counts

    if len(quantities) <= max_rows:
        chosen = list(quantities)
    else:
        troubled = {cid for cid, c in by_id.items() if c.verdict._value_ in _TROUBLE}
        disjoint = troubled.isdisjoint
        ranked = [q for q in quantities if not disjoint(q.claims)]
        keys = {}
        for q in ranked:
            trouble = dict.fromkeys(_TROUBLE, 0)
            for cid in q.claims:
                if cid in troubled:
                    trouble[by_id[cid].verdict._value_] += 1
            keys[id(q)] = (-trouble["conflicts"], -trouble["stronger"], -trouble["overlaps"],
                           q.id)
        ranked.sort(key=lambda q: keys[id(q)])
        chosen = ranked[:max_rows]
        if len(chosen) < max_rows:  # the rest have no trouble: by id
            rest = [q for q in quantities if disjoint(q.claims)]
            chosen += heapq.nsmallest(max_rows - len(chosen), rest, key=attrgetter("id"))
    rows = [(q, counted(q)) for q in chosen]
    rows.sort(key=lambda r: r[0].id)
    return rows


def _quantity_table(result: AuditResult, max_rows: int) -> Table:
    verdicts = list(VERDICT_STYLES)
    rows = table_rows(result, max_rows)
    from rich.table import Table

    table = Table(title=Text("Claims by quantity"), title_justify="left", expand=False)
    # The id column is as wide as the longest id (up to 40): an id is never split.
    widest = max((len(clean(q.id)) for q, _ in rows), default=8)
    table.add_column(Text("quantity"), overflow="fold", min_width=min(widest, 40))
    table.add_column(Text("claims"), justify="right")
    for v in verdicts:  # symbols keep the table narrow; the legend names them
        table.add_column(Text(SYMBOLS[v], style=VERDICT_STYLES[v]), justify="right")
    table.add_column(Text("implied"), overflow="fold")
    for q, counts in rows:
        cells = [Text(str(counts[v]) if counts[v] else "·",
                      style=VERDICT_STYLES[v] if counts[v] else "dim") for v in verdicts]
        table.add_row(Text(clean(q.id)), Text(str(len(q.claims))), *cells,
                      Text(clean(show_interval(q.implied, q.integer) if q.solved
                                 else "not solved")))
    legend = Text("  ".join(f"{SYMBOLS[v]} {v}" for v in verdicts))
    if len(result.quantities) > len(rows):
        legend.append(f"\n… {len(result.quantities) - len(rows)} more quantities "
                      "(see the JSON or HTML report)")
    table.caption = legend
    table.caption_justify = "left"
    return table


def _finding_line(f: Finding) -> Text:
    line = Text("  ")
    line.append(f.code, style=STYLES[f.severity])
    line.append(f" {clean(f.rule)}", style="dim")
    if f.claims:
        line.append(" " + clean(", ".join(f.claims)), style="bold")
    if f.accepted:
        line.append(" (accepted)", style="dim")
    line.append(": " + clean(f.message))
    if f.location is not None:
        line.append(f"  [{clean(f.location.file)}:{f.location.line}]", style="dim")
    return line


def _gate(result: AuditResult) -> Text:
    if result.gate_failed:
        return Text("✗ " + gate_line(result), style="bold red")
    return Text("✓ " + gate_line(result), style="bold green")


def _counted(group: list[Finding]) -> Text:
    """Return the info findings of `group` as counts by rule, on one line."""
    counts: dict[tuple[str, str], int] = {}
    for f in group:
        counts[(f.code, f.rule)] = counts.get((f.code, f.rule), 0) + 1
    line = Text("  ")
    for i, ((code, rule), n) in enumerate(sorted(counts.items())):
        if i:
            line.append(", ")
        line.append(code, style=STYLES[Severity.INFO])
        line.append(f" {clean(rule)} {n}")
    line.append(" (--verbose lists them)", style="dim")
    return line


def _summary(result: AuditResult) -> Text:
    counts = result.counts()
    return Text(
        f"claimcheck: {plural(len(result.claims), 'claim')} on "
        f"{plural(len(result.quantities), 'quantity')} from "
        f"{plural(len(result.sources), 'source')}: "
        + ", ".join(plural(counts[s.value], s.value) if s is not Severity.INFO
                    else f"{counts[s.value]} info" for s in SEVERITIES), style="bold")


def render_terminal(
    result: AuditResult, console: Console, quiet: bool = False, *, verbose: bool = False,
    max_quantities: int = 50, max_per_severity: int = 50,
) -> None:
    """Print the summary of `result` on `console`.

    Without `quiet`: the table of claims by quantity (at most `max_quantities` rows, the
    most troubled first), the info findings counted by rule (each listed with `verbose`,
    at most `max_per_severity`), the warnings (at most `max_per_severity`), the summary
    line, every error, then the gate line.  With `quiet`: only the error findings not
    accepted by the baseline, then the gate line.
    """
    groups = findings_by_severity(result)
    if quiet:
        for f in groups[Severity.ERROR]:
            if not f.accepted:
                console.print(_finding_line(f))
        console.print(_gate(result))
        return
    if result.quantities:
        console.print(_quantity_table(result, max_quantities))
    for severity in reversed(SEVERITIES):
        group = groups[severity]
        if severity is Severity.ERROR:
            console.print(_summary(result))
        if not group:
            continue
        accepted = sum(1 for f in group if f.accepted)
        extra = f", {accepted} accepted" if accepted else ""
        console.print(Text(f"{severity.value.capitalize()} ({len(group) - accepted}{extra})",
                           style=STYLES[severity]))
        if severity is Severity.INFO and not verbose:
            console.print(_counted(group))
            continue
        limit = len(group) if severity is Severity.ERROR else max_per_severity
        for f in group[:limit]:
            console.print(_finding_line(f))
        if len(group) > limit:
            console.print(Text(f"  … {len(group) - limit} more {severity.value} findings "
                               "(see the JSON or HTML report)", style="dim"))
    console.print(_gate(result))


class _Written(Protocol):
    name: str

    def omitted(self, result: AuditResult) -> str: ...


def render_written(result: AuditResult, written: Sequence[tuple[_Written, str]],
                   console: Console) -> None:
    """Print one line per report file written: ``Wrote HTML report to PATH``.

    What a report leaves out (SARIF's info findings, the page's cut at scale) follows
    in parentheses; reports written to stdout are not listed.
    """
    for reporter, path in written:
        if path == "-":
            continue
        line = Text(f"Wrote {FORMATS[reporter.name].title} report to {clean(path)}")
        cut = reporter.omitted(result)
        if cut:
            line.append(f" ({clean(cut)})", style="dim")
        console.print(line, soft_wrap=True)  # one line: a path is never wrapped apart


def make_console(stream: TextIO | None = None) -> Console:
    """Return the console the CLI prints on: `stream` (default stdout), no markup/emoji.

    Colour follows rich's detection: off when `stream` is not a terminal, when
    ``NO_COLOR`` is set, or ``TERM=dumb``; ``FORCE_COLOR`` forces it on.
    """
    return Console(file=stream, highlight=False, emoji=False, markup=False,
                   soft_wrap=False)


class ProgressHandle:
    """What `progress` yields: call it (or `update`) with the name of the current stage."""

    def __init__(self) -> None:
        self.description = "Auditing"
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._lock = threading.Lock()

    def __call__(self, description: str) -> None:
        """Show `description` as the current stage (the `checker.pipeline` progress callback)."""
        self.update(description)

    def update(self, description: str) -> None:
        """Show `description` as the current step (kept even before the display appears)."""
        with self._lock:
            self.description = clean(description)
            if self._progress is not None and self._task is not None:
                self._progress.update(self._task, description=self.description)


@contextmanager
def progress(
    console: Console, delay: float = 1.0, *, enabled: bool = True
) -> Iterator[ProgressHandle]:
    """Show a transient progress display on `console` if the block runs over `delay` seconds.

    Nothing is shown when not `enabled` (``--quiet``), on a console that is not a
    terminal, or for quick runs; the display is removed when the block ends.  Yields a
    `ProgressHandle`, a callable taking the name of the current stage.
    """
    handle = ProgressHandle()
    started = threading.Event()
    finished = threading.Event()

    def start() -> None:
        with handle._lock:
            if finished.is_set():
                return
            bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                           BarColumn(), TimeElapsedColumn(), console=console, transient=True)
            handle._task = bar.add_task(handle.description, total=None)
            bar.start()
            handle._progress = bar
            started.set()

    shown = enabled and console.is_terminal
    if shown:  # imported here, in this thread, and only for a display that can appear
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
    timer = threading.Timer(delay, start) if shown else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield handle
    finally:
        with handle._lock:
            finished.set()
            if timer is not None:
                timer.cancel()
            if handle._progress is not None:
                handle._progress.stop()
                handle._progress = None
