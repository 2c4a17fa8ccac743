"""The output-file helper and the registry (tests of layer 4: output)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import TextIO

import pytest
from test_reporters_fixture import build_result

from checker.errors import OutputError
from checker.findings import AuditResult
from checker.formats import FORMATS
from checker.reporters import REPORTERS, Reporter, render_to_string, write_report, write_text


def test_registry_names_every_format() -> None:
    """The registry maps every format of the table to a reporter that follows the protocol."""
    assert list(REPORTERS) == list(FORMATS)
    assert sorted(REPORTERS) == ["claimreview", "html", "json", "junit", "markdown", "sarif"]
    for name, reporter in REPORTERS.items():
        assert isinstance(reporter, Reporter) and reporter.name == name


def test_write_report_creates_parents_and_replaces(tmp_path: Path) -> None:
    """Parent folders are created; the file holds exactly the rendered text; no temp left."""
    target = tmp_path / "a" / "b" / "audit.json"
    write_report(REPORTERS["json"], build_result(), str(target))
    assert target.read_text(encoding="utf-8") == render_to_string(REPORTERS["json"],
                                                                  build_result())
    write_report(REPORTERS["json"], build_result(gate_failed=False), str(target))
    assert '"gate": "pass"' in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["audit.json"]
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o444 == 0o444 or os.name == "nt"


def test_write_report_dash_is_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """``-`` writes the report to standard output."""
    write_report(REPORTERS["markdown"], build_result(), "-")
    assert capsys.readouterr().out.startswith("## claimcheck:")


class _Broken:
    name = "broken"

    def render(self, result: AuditResult, stream: TextIO) -> None:
        stream.write("partial")
        raise RuntimeError("boom")


def test_failed_render_leaves_old_file_alone(tmp_path: Path) -> None:
    """A reporter that fails half-way writes nothing: the old file stays, no temp file."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_report(_Broken(), build_result(), str(target))
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_unwritable_target_raises_output_error(tmp_path: Path) -> None:
    """File-system errors become OutputError naming the path; temp files are removed."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as err:
        write_text(str(blocker / "sub" / "out.json"), "{}")
    assert err.value.file == str(blocker / "sub" / "out.json")
    with pytest.raises(OutputError):
        write_text(str(tmp_path), "{}")  # a directory
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_failed_replace_removes_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final rename fails, the temporary file is deleted."""
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="Permission denied"):
        write_text(str(tmp_path / "out.html"), "<html>")
    assert list(tmp_path.iterdir()) == []


def test_render_to_string_keeps_newlines() -> None:
    """Rendering keeps ``\\n`` line ends as written (no platform translation)."""
    buffer = io.StringIO()
    REPORTERS["junit"].render(build_result(), buffer)
    assert "\r" not in buffer.getvalue()


def test_no_collection_runs_while_reports_render(tmp_path: Path) -> None:
    """The cycle collector is paused while the reports render, and its state restored."""
    import gc

    from checker.reporters import write_reports

    collections: list[int] = []
    rendering = [False]

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and rendering[0]:
            collections.append(info["generation"])

    class Making:
        """A reporter that makes enough containers to run collections at threshold 10."""

        name = "json"

        def render(self, result: AuditResult, stream: TextIO) -> None:
            rendering[0] = True
            made = [[i] for i in range(1000)]
            rendering[0] = False
            stream.write(str(len(made)))

        def omitted(self, result: AuditResult) -> str:
            return ""

    result = build_result()
    targets: list[tuple[Reporter, str]] = [(Making(), str(tmp_path / "a.json")),
                                           (REPORTERS["markdown"], str(tmp_path / "s.md"))]
    before = gc.get_threshold()
    gc.callbacks.append(seen)
    try:
        gc.set_threshold(10)
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            write_reports(result, targets, parallel=False)
            assert collections == []
            assert gc.isenabled() is enabled
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*before)
        gc.enable()
