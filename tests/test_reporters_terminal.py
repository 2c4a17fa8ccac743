"""The rich terminal summary and progress helper (tests of layer 4: output)."""

from __future__ import annotations

import dataclasses
import io
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from test_reporters_fixture import build_result, hostile_result

from checker.findings import AuditResult
from checker.reporters import terminal
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


# -- a quiet run on a file: `PlainConsole` prints what rich would --------------------------


def _rich_plain(text: str, width: int) -> str:
    from rich.text import Text

    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, highlight=False, emoji=False,
            markup=False, soft_wrap=False).print(Text(text))
    return buffer.getvalue()


def test_every_narrow_character_is_one_cell_for_rich() -> None:
    from rich.cells import cell_len
    from rich.text import Text

    narrow = [chr(c) for c in range(0x110000) if terminal.NARROW.fullmatch(chr(c))]
    assert len(narrow) > 900 and "“" in narrow and "∞" in narrow and "✗" in narrow
    assert "\xad" not in narrow and "\t" not in narrow and "\u200b" not in narrow
    wide = [c for c in narrow if cell_len(c) != 1 or Text(c).plain != c]
    assert not wide, [hex(ord(c)) for c in wide]


WORDS = st.text(alphabet="ab“∞✗-", min_size=1, max_size=14)
BLANKS = st.text(alphabet="  \xa0", min_size=0, max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(BLANKS, WORDS), max_size=12), BLANKS, st.integers(1, 40))
def test_wrap_plain_is_riches_wrap(words: list[tuple[str, str]], tail: str,
                                   width: int) -> None:
    text = "".join(b + w for b, w in words) + tail
    assert terminal.wrap_plain(text, width) == _rich_plain(text, width)


def test_wrap_plain_folds_long_words_and_drops_blanks_past_the_width() -> None:
    for text in ("", " ", "abcdefghij", "  abcdefghijkl  mn", "ab    ", "a " * 9 + "b" * 11,
                 "x" * 5 + " " * 9 + "y"):
        for width in (1, 3, 5, 80):
            assert terminal.wrap_plain(text, width) == _rich_plain(text, width), (text, width)


@pytest.mark.parametrize("columns", [None, "57", "1", "0", "x", "+9", "٣"])
def test_plain_width_is_riches_width(monkeypatch: pytest.MonkeyPatch,
                                     columns: str | None) -> None:
    monkeypatch.delenv("LINES", raising=False)
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    width = terminal.plain_width()
    if columns in ("0", "٣"):
        assert width is None  # served by rich itself
    else:
        assert width == Console(file=io.StringIO()).width


def test_a_quiet_console_is_plain_only_where_rich_prints_plain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    assert isinstance(terminal.make_quiet_console(io.StringIO()), terminal.PlainConsole)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(terminal.make_quiet_console(Tty()), Console)
    for name, value in (("FORCE_COLOR", "1"), ("FORCE_COLOR", ""), ("TTY_COMPATIBLE", "1"),
                        ("TTY_INTERACTIVE", "0"), ("COLUMNS", "0")):
        with monkeypatch.context() as m:
            m.setenv(name, value)
            assert isinstance(terminal.make_quiet_console(io.StringIO()), Console), name


@pytest.mark.parametrize("width", ["80", "33", "200"])
def test_a_quiet_summary_is_the_same_plain_or_through_rich(
        monkeypatch: pytest.MonkeyPatch, width: str) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", width)
    for result in (build_result(), hostile_result()):
        plain, through_rich = io.StringIO(), io.StringIO()
        console = terminal.make_quiet_console(plain)
        assert isinstance(console, terminal.PlainConsole)
        render_terminal(result, console, quiet=True)
        render_terminal(result, make_console(through_rich), quiet=True)
        assert plain.getvalue() == through_rich.getvalue()
        assert plain.getvalue().count("\n") >= 2
    # a line rich counts otherwise (wide, combining, zero-width characters) goes to rich
    odd = "  日本語のテキスト e\u0301 a\u200bb " * 6
    console.print_line([(odd, "bold")])
    assert console._rich is not None
    assert plain.getvalue().endswith(_rich_plain(odd, int(width)))
