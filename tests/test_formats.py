"""The one table of output formats (`checker.formats`) and everything derived from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.cli import DEFAULT_NAMES, build_parser
from checker.config import Config
from checker.formats import FORMATS, Format, default_formats
from checker.reporters import FACTORIES, REPORTERS, check_registry, make_reporter

REPO = Path(__file__).resolve().parent.parent


def test_every_format_has_a_reporter_option_key_and_file() -> None:
    """The CLI options, config keys, default names and reporters all come from the table."""
    audit = build_parser()._subparsers._group_actions[0].choices["audit"]  # type: ignore[union-attr]
    options = {opt for action in audit._actions for opt in action.option_strings}
    for name, fmt in FORMATS.items():
        assert f"--{name}" in options
        assert DEFAULT_NAMES[name] == fmt.filename
        assert REPORTERS[name].name == name
        assert make_reporter(name, Config()).name == name
        config = Config().with_overrides(**{name: f"out/{fmt.filename}"})
        assert config.output(name) == f"out/{fmt.filename}"
    assert len({f.filename for f in FORMATS.values()}) == len(FORMATS)
    assert [f.name for f in default_formats()] == ["html", "json"]


def test_a_format_without_a_reporter_fails_loudly() -> None:
    """The registry check refuses a format table and reporters that differ."""
    extra = {**FORMATS, "yaml": Format("yaml", "YAML", "audit.yaml", False, "x")}
    with pytest.raises(RuntimeError, match="yaml"):
        check_registry(FACTORIES, extra)
    check_registry(FACTORIES, FORMATS)


def test_reports_doc_lists_every_format_as_the_table_says() -> None:
    """docs/reports.md's format table is the table, row for row."""
    text = (REPO / "docs" / "reports.md").read_text(encoding="utf-8")
    section = text[text.index("## Formats"):text.index("## The `report:` block")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "PATH`" in line]
    expected = [
        f"| {f.title} | `--{f.name} PATH`, `{f.name}` | `{f.filename}` | "
        f"{'yes' if f.default else 'no'} | {f.what} |" for f in FORMATS.values()]
    assert rows == expected


def test_configuration_doc_names_every_format_key() -> None:
    text = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `html`"))
    assert re.findall(r"`([a-z]+)`", row.split("|")[1]) == list(FORMATS)


def test_sarif_notes_option_reaches_the_reporter() -> None:
    """`--sarif-notes` / `sarif-notes` configure the SARIF reporter the CLI makes."""
    assert make_reporter("sarif", Config(sarif_notes=True)).notes is True  # type: ignore[attr-defined]
    assert make_reporter("sarif", Config()).notes is False  # type: ignore[attr-defined]
