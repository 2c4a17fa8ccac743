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
    lines = _render(build_result(), quiet=True).strip().splitlines()
    assert len(lines) == 3
    assert lines[0].lstrip().startswith("REL001") and lines[1].lstrip().startswith("XCK001")
    assert lines[2].startswith("✗ gate failed")
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
