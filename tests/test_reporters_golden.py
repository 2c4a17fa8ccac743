"""Golden files for every output format (tests of layer 4: output).

Each case (the hand-built fixture, the hostile fixture, the bundled corpus) is rendered in
every format and compared byte for byte with ``tests/golden/<format>/<case>.<ext>``.  On a
mismatch the actual output is written to the git-ignored ``tests/actual/`` for diffing.
Updating is deliberate: ``CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest
tests/test_reporters_golden.py`` (see tests/golden/README.md).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from test_reporters_fixture import build_result, hostile_result

from checker.findings import AuditResult
from checker.reporters import REPORTERS, render_to_string
from checker.reporters.terminal import render_terminal
from tests.conftest import corpus_result

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
GOLDEN = TESTS / "golden"
ACTUAL = TESTS / "actual"
EXTENSIONS = {"json": "json", "html": "html", "sarif": "sarif", "junit": "xml",
              "markdown": "md", "claimreview": "json", "terminal": "txt"}


CASES: dict[str, Callable[[], AuditResult]] = {
    "fixture": build_result, "hostile": hostile_result, "corpus": corpus_result,
}


def render(fmt: str, result: AuditResult) -> str:
    """Return `result` in format `fmt` (``terminal`` is the plain-text console view)."""
    if fmt == "terminal":
        buffer = io.StringIO()
        console = Console(file=buffer, width=100, color_system=None, force_terminal=False,
                          highlight=False, emoji=False, markup=False, legacy_windows=False)
        render_terminal(result, console)
        return buffer.getvalue()
    return render_to_string(REPORTERS[fmt], result)


def check_golden(fmt: str, case: str, actual: str) -> None:
    """Compare `actual` with its golden file; update it when CLAIMCHECK_UPDATE_GOLDEN is set."""
    name = f"{case}.{EXTENSIONS[fmt]}"
    golden = GOLDEN / fmt / name
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual.encode("utf-8"))
        return
    expected = golden.read_bytes().decode("utf-8") if golden.exists() else None
    if expected == actual:
        return
    out = ACTUAL / fmt / name
    out.parent.mkdir(parents=True, exist_ok=True)
    (ACTUAL / ".gitignore").write_text("*\n", encoding="utf-8")
    out.write_bytes(actual.encode("utf-8"))
    if expected is None:
        pytest.fail(f"no golden file {golden.relative_to(REPO)}; actual output in "
                    f"{out.relative_to(REPO)} (see tests/golden/README.md)")
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    first = next((i for i, (a, b) in enumerate(zip(exp_lines, act_lines, strict=False)) if a != b),
                 min(len(exp_lines), len(act_lines)))
    pytest.fail(
        f"{golden.relative_to(REPO)} differs from the output at line {first + 1}:\n"
        f"  golden: {exp_lines[first] if first < len(exp_lines) else '<end>'!r}\n"
        f"  actual: {act_lines[first] if first < len(act_lines) else '<end>'!r}\n"
        f"actual output written to {out.relative_to(REPO)}; if the change is intended, "
        "update the goldens (tests/golden/README.md)")


@pytest.fixture(scope="module")
def results() -> dict[str, AuditResult]:
    """Every case's result, built once per module."""
    return {}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_golden_output_matches(
    fmt: str, case: str, results: dict[str, AuditResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format of each case equals its golden file byte for byte."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if case not in results:
        results[case] = CASES[case]()
    check_golden(fmt, case, render(fmt, results[case]))


def test_golden_readme_documents_update_command() -> None:
    """The golden README says how to regenerate the files."""
    text = (GOLDEN / "README.md").read_text(encoding="utf-8")
    assert "CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_reporters_golden.py" in text


def test_every_format_has_golden_files() -> None:
    """Each format of the table (and the terminal view) is pinned by golden files."""
    from checker.formats import FORMATS

    assert set(EXTENSIONS) == {*FORMATS, "terminal"}
