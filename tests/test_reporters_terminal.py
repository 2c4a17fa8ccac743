"""The rich terminal summary and progress helper (tests of layer 4: output)."""

from __future__ import annotations

import dataclasses
import io
import time

import pytest
from rich.console import Console
from test_reporters_fixture import build_result

from checker.findings import AuditResult
from checker.reporters.terminal import clean, escape, make_console, progress, render_terminal

ESC = "\x1b"


def _render(result: AuditResult, *, quiet: bool = False, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=color,
                      color_system="truecolor" if color else None, highlight=False)
    render_terminal(result, console, quiet=quiet)
    return buffer.getvalue()


def test_terminal_summary_shows_table_findings_and_gate() -> None:
    """Quantities with verdict counts and implied bounds, findings by severity, gate line."""
    text = _render(build_result())
    assert "Claims by quantity" in text and "countries-using" in text and "[53, ∞)" in text
    assert "Error (2)" in text and "Warning (1, 1 accepted)" in text and "Info (1)" in text
    assert "52 ≠ 53" in text
    assert text.rstrip().endswith(
        "✗ gate failed (fail-on error): 2 errors, 1 warning, 1 info; 1 accepted by the baseline")


def test_terminal_quiet_prints_errors_and_gate_only() -> None:
    """--quiet: the error findings, then the gate line; no table, no warnings or info."""
    lines = _render(build_result(), quiet=True).rstrip().splitlines()
    starts = [line.split()[0] for line in lines if line.startswith("  ")]
    assert starts == ["REL001", "XCK001"]
    assert lines[-1].startswith("✗ gate failed")
    assert not any(code in "\n".join(lines) for code in ("XCK003", "REL002", "Claims by"))
    passed = _render(build_result(gate_failed=False, findings=()), quiet=True)
    assert passed.strip() == "✓ gate passed (fail-on error): 0 errors, 0 warnings, 0 info"


def test_terminal_honours_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR set, even a forced terminal gets no colour codes."""
    coloured = _render(build_result(), color=True)
    assert f"{ESC}[31" in coloured or f"{ESC}[1;31" in coloured or f"{ESC}[38" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _render(build_result(), color=True)
    for code in ("[31", "[32", "[33", "[36", "[38;", "[91"):
        assert f"{ESC}{code}" not in plain


def test_terminal_strips_escape_sequences_and_bidi() -> None:
    """Corpus text cannot drive the terminal: C0/C1 controls and bidi controls are dropped."""
    assert clean("a\x1b]0;pwned\x07b\u202ec\x9bd\ne\x1b[31mf") == "abcd ef"
    assert escape("[bold]x[/bold]") == r"\[bold]x\[/bold]"
    base = build_result()
    nasty = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, message=f.message + " \x1b[2J\x1b]8;;http://x\x07[red]boom[/]"
                            "\u202egnp.exe")
        for f in base.findings))
    text = _render(nasty)
    assert ESC not in text and "\x07" not in text and "\u202e" not in text
    assert "[red]boom[/]" in text  # shown literally, never parsed as markup


def test_make_console_is_plain_for_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI console on a non-terminal stream prints no escape codes."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    buffer = io.StringIO()
    render_terminal(build_result(), make_console(buffer))
    assert ESC not in buffer.getvalue()


def test_progress_is_silent_for_quick_runs_and_non_terminals() -> None:
    """No progress output for a non-terminal console, however long the run."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=False)
    with progress(console, delay=0.01) as step:
        step("load")
        time.sleep(0.05)
    assert buffer.getvalue() == ""


def test_progress_appears_after_the_delay_and_is_transient() -> None:
    """On a terminal the display appears only after `delay` and is removed at the end."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=80, color_system=None)
    with progress(console, delay=60) as step:  # a quick run: nothing shown
        step("load")
    assert "load" not in buffer.getvalue()
    with progress(console, delay=0.01) as step:
        step("solve")
        time.sleep(0.3)
    assert "solve" in buffer.getvalue()
    with progress(console, delay=0.01, enabled=False) as step:
        step("quiet-stage")
        time.sleep(0.1)
    assert "quiet-stage" not in buffer.getvalue()


def test_terminal_ends_with_summary_errors_and_gate() -> None:
    """The least severe first: info counted, warnings, the summary, errors, the gate."""
    lines = _render(build_result()).rstrip().splitlines()
    at = {name: next(i for i, line in enumerate(lines) if line.startswith(name))
          for name in ("Claims by quantity", "Info (1)", "Warning (", "claimcheck: ",
                       "Error (2)", "✗ gate")}
    assert list(at.values()) == sorted(at.values())
    assert at["✗ gate"] == len(lines) - 1
    assert lines[at["Info (1)"] + 1].strip() == "REL002 implied-bound 1 (--verbose lists them)"
    assert "relations narrow" not in "\n".join(lines)  # info messages collapsed
    assert lines[at["claimcheck: "]].startswith(
        "claimcheck: 5 claims on 2 quantities from 3 sources: 2 errors, 1 warning, 1 info")


def test_terminal_verbose_lists_every_info_finding() -> None:
    buffer = io.StringIO()
    render_terminal(build_result(), Console(file=buffer, width=120), verbose=True)
    assert "relations narrow countries-using" in buffer.getvalue()


def test_terminal_never_splits_an_id_at_80_columns() -> None:
    """Lines wrap between words: every claim and quantity id stays whole on one line."""
    result = build_result()
    long_id = "a-rather-long-claim-identifier-that-fills-much-of-the-line-2019"
    claim = dataclasses.replace(result.claims[0], id=long_id)
    f = dataclasses.replace(result.findings[0], claims=(long_id,),
                            message=f"`{long_id}` says “52” but the table says 53 " * 2)
    result = dataclasses.replace(result, claims=(claim, *result.claims[1:]),
                                 findings=(f, *result.findings[1:]))
    buffer = io.StringIO()
    render_terminal(result, Console(file=buffer, width=80), verbose=True)
    text = buffer.getvalue()
    ids = [long_id, *(c.id for c in result.claims), *(q.id for q in result.quantities)]
    lines = text.splitlines()
    split = []  # an id whose head ends one line and whose tail starts the next
    for above, below in zip(lines, lines[1:], strict=False):
        if not above.strip() or not below.strip():
            continue
        head, tail = above.split()[-1].lstrip("`(["), below.split()[0]
        split += [ident for ident in ids if ident != head and ident.startswith(head)
                  and tail.startswith(ident[len(head):])]
    assert split == []
    assert all(ident in text for ident in (long_id, "countries-smart-policing"))
    assert all(len(line) <= 80 for line in text.splitlines())


def test_written_lines_name_each_file_and_what_it_leaves_out() -> None:
    from checker.reporters import REPORTERS
    from checker.reporters.terminal import render_written

    buffer = io.StringIO()
    render_written(build_result(), [(REPORTERS["html"], "reports/index.html"),
                                    (REPORTERS["sarif"], "reports/audit.sarif"),
                                    (REPORTERS["json"], "-")], Console(file=buffer, width=200))
    assert buffer.getvalue().splitlines() == [
        "Wrote HTML report to reports/index.html",
        "Wrote SARIF 2.1.0 report to reports/audit.sarif (1 info finding left out, "
        "--sarif-notes keeps them as notes)"]
