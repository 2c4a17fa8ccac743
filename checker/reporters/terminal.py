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

A quiet run on a stream that is not a terminal prints only the error lines and the gate
line, without colour: `make_quiet_console` gives it a `PlainConsole`, which wraps those
lines exactly as rich would (its word wrap, at its width) without importing rich (about
30 ms of a small audit's start-up).  Only lines whose every character rich counts as one
cell are wrapped there (`NARROW`); any other line, and any environment that could make
rich colour or call the stream a terminal, goes to rich itself.
``tests/test_reporters_terminal.py`` holds the two to the same text.
"""

from __future__ import annotations

import builtins
import heapq
import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import attrgetter
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:  # imported where used: a quiet run on a file imports no rich at all
    from rich.console import Console
    from rich.progress import Progress, TaskID
    from rich.table import Table
    from rich.text import Text

from checker import _regex
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
    from rich.markup import escape as escape_markup

    return escape_markup(clean(text))


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
    from rich.text import Text

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


Parts = list[tuple[str, str | None]]
"""A line as its pieces of text, each with its style (None: the line's own)."""


def _text(parts: Parts, style: str = "") -> Text:
    """Return the rich `Text` of a line's `parts`, the whole line in `style`."""
    from rich.text import Text

    line = Text(style=style)
    for piece, piece_style in parts:
        line.append(piece, style=piece_style)
    return line


def _finding_parts(f: Finding) -> Parts:
    parts: Parts = [("  ", None), (f.code, STYLES[f.severity]), (f" {clean(f.rule)}", "dim")]
    if f.claims:
        parts.append((" " + clean(", ".join(f.claims)), "bold"))
    if f.accepted:
        parts.append((" (accepted)", "dim"))
    parts.append((": " + clean(f.message), None))
    if f.location is not None:
        parts.append((f"  [{clean(f.location.file)}:{f.location.line}]", "dim"))
    return parts


def _finding_line(f: Finding) -> Text:
    return _text(_finding_parts(f))


def _gate_parts(result: AuditResult) -> tuple[Parts, str]:
    if result.gate_failed:
        return [("✗ " + gate_line(result), None)], "bold red"
    return [("✓ " + gate_line(result), None)], "bold green"


def _gate(result: AuditResult) -> Text:
    return _text(*_gate_parts(result))


def _counted(group: list[Finding]) -> Text:
    """Return the info findings of `group` as counts by rule, on one line."""
    from rich.text import Text

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
    from rich.text import Text

    counts = result.counts()
    return Text(
        f"claimcheck: {plural(len(result.claims), 'claim')} on "
        f"{plural(len(result.quantities), 'quantity')} from "
        f"{plural(len(result.sources), 'source')}: "
        + ", ".join(plural(counts[s.value], s.value) if s is not Severity.INFO
                    else f"{counts[s.value]} info" for s in SEVERITIES), style="bold")


def render_terminal(
    result: AuditResult, console: Console | PlainConsole, quiet: bool = False, *,
    verbose: bool = False, max_quantities: int = 50, max_per_severity: int = 50,
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
                _print(console, _finding_parts(f))
        _print(console, *_gate_parts(result))
        return
    if isinstance(console, PlainConsole):
        console = console.rich()
    from rich.text import Text

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


def _print(console: Console | PlainConsole, parts: Parts, style: str = "") -> None:
    """Print one line of `parts` on `console`."""
    if isinstance(console, PlainConsole):
        console.print_line(parts, style)
    else:
        console.print(_text(parts, style))


def render_written(result: AuditResult, written: Sequence[tuple[_Written, str]],
                   console: Console | PlainConsole) -> None:
    """Print one line per report file written: ``Wrote HTML report to PATH``.

    What a report leaves out (SARIF's info findings, the page's cut at scale) follows
    in parentheses; reports written to stdout are not listed.
    """
    from rich.text import Text

    if isinstance(console, PlainConsole):
        console = console.rich()
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
    from rich.console import Console

    return Console(file=stream, highlight=False, emoji=False, markup=False,
                   soft_wrap=False)


# -- a quiet run on a file: rich's plain output without rich ------------------------------

NARROW = _regex.compile("[\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u2030-\u205e"
                        "\u2190-\u21ff\u2200-\u22ff\u2713\u2717\u25c6]*")
"""Text made only of characters that rich counts as one cell each, in every version
(printable ASCII, Latin-1 but the soft hyphen, Latin Extended, general punctuation,
arrows, mathematical operators, ✓ ✗ ◆): no control, combining, zero-width or wide one
(a test asks rich about each)."""

_WORD = _regex.compile(r"\s*\S+\s*")  # rich's word: the word and the blanks around it
_TRAILING = _regex.compile(r"\s+$")
_COLOUR_SETTINGS = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
"""Environment variables under which rich may colour, or call a file a terminal."""


def plain_width(environ: Mapping[str, str] = os.environ) -> int | None:
    """Return the width rich's console takes for a stream that is not a terminal (not in
    Jupyter, not on Windows): ``COLUMNS`` if it is a number, else the size of the first
    of stdin, stdout and stderr that is a terminal, else 80.  None for a width that rich
    would use as given but that `wrap_plain` does not serve (0, or digits that are not
    ASCII)."""
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns) if columns.isascii() and int(columns) > 0 else None
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        return width or 80
    return 80


def wrap_plain(text: str, width: int) -> str:
    """Return `text` (one line, every character `NARROW`) as rich prints it without colour
    at `width` cells: wrapped between words, a word longer than a line folded, trailing
    blanks past the width dropped, then a newline."""
    breaks: list[int] = []  # rich's `divide_line`, with one cell per character
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            chunks = [word[i:i + width] for i in range(0, len(word), width)]
            for chunk in chunks[:-1]:
                if start:
                    breaks.append(start)
                start += len(chunk)
            if start:
                breaks.append(start)
            offset = len(chunks[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    lines = []
    for begin, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
        line = text[begin:end]
        if len(line) > width:  # `rstrip_end`, then `truncate`
            blanks = _TRAILING.search(line)
            if blanks is not None:
                line = line[:len(line) - min(len(blanks.group()), len(line) - width)]
            line = line[:width]
        lines.append(line)
    return "\n".join(lines) + "\n"


class PlainConsole:
    """The error and gate lines of a quiet run, printed on a stream that is not a terminal
    as rich's console would print them there, without importing rich."""

    def __init__(self, stream: TextIO, width: int) -> None:
        self.file = stream
        self.width = width
        self._rich: Console | None = None

    def rich(self) -> Console:
        """Return the rich console on the same stream (made on first use)."""
        if self._rich is None:
            self._rich = make_console(self.file)
        return self._rich

    def print_line(self, parts: Parts, style: str = "") -> None:
        """Print one line of `parts` (styles have no effect without colour)."""
        text = "".join(piece for piece, _ in parts)
        if NARROW.fullmatch(text) is None:
            self.rich().print(_text(parts, style))
            return
        self.file.write(wrap_plain(text, self.width))
        self.file.flush()  # as rich does after each print


def make_quiet_console(stream: TextIO | None = None) -> Console | PlainConsole:
    """Return the console of a quiet run on `stream` (default stdout): a `PlainConsole`
    when rich would print there without colour at a width it serves, else
    `make_console`'s."""
    stream = sys.stdout if stream is None else stream
    width = plain_width()
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = True  # (a closed or odd stream: rich decides)
    if (terminal or width is None or sys.platform == "win32"
            or hasattr(builtins, "get_ipython")
            or any(name in os.environ for name in _COLOUR_SETTINGS)
            or getattr(sys.stdin, "__module__", "").startswith("idlelib")):
        return make_console(stream)
    return PlainConsole(stream, width)


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
    console: Console | PlainConsole, delay: float = 1.0, *, enabled: bool = True
) -> Iterator[ProgressHandle]:
    """Show a transient progress display on `console` if the block runs over `delay` seconds.

    Nothing is shown when not `enabled` (``--quiet``), on a console that is not a
    terminal, or for quick runs; the display is removed when the block ends.  Yields a
    `ProgressHandle`, a callable taking the name of the current stage.
    """
    handle = ProgressHandle()
    if isinstance(console, PlainConsole):  # never a terminal: no display
        yield handle
        return
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
