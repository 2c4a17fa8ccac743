"""The documented library API, each form in a fresh interpreter (no import order helps it)."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import checker

REPO = Path(__file__).resolve().parent.parent

FORMS = {
    "from-import": (
        "from checker import audit\n"
        "r = audit('claims')\n"
        "print(len(r.claims))\n"),
    "attribute-twice": (
        "import checker\n"
        "a = checker.audit('claims')\n"
        "b = checker.audit('claims')\n"
        "print(len(a.claims) if len(a.claims) == len(b.claims) else -1)\n"),
    "after-the-cli-is-imported": (
        "import checker.cli, checker.pipeline, checker.reporters\n"
        "import checker\n"
        "print(len(checker.audit('claims').claims))\n"),
    "result-type": (
        "import checker\n"
        "r = checker.audit('claims', checker.Config())\n"
        "assert isinstance(r, checker.AuditResult), type(r)\n"
        "print(len(r.claims))\n"),
}


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def bundled_claims() -> int:
    data = json.loads((REPO / "reports" / "audit.json").read_text(encoding="utf-8"))
    return len(data["claims"])


@pytest.mark.parametrize("form", sorted(FORMS))
def test_api_form_works_in_a_fresh_interpreter(form: str, bundled_claims: int) -> None:
    run = _run(FORMS[form])
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(bundled_claims)


def test_api_import_checker_loads_no_analysis() -> None:
    run = _run("import sys, checker\n"
               "print(sorted(m for m in sys.modules if m.startswith(('checker.', 'pydantic'))))")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_api_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        checker.no_such_name  # noqa: B018


def test_api_no_submodule_shadows_a_lazy_name() -> None:
    """An imported submodule becomes a package attribute and would hide the lazy name."""
    submodules = {info.name for info in pkgutil.iter_modules(checker.__path__)}
    assert submodules, "no submodules found"
    assert not submodules & set(checker._LAZY), submodules & set(checker._LAZY)
    assert set(checker.__all__) - {"__version__"} == set(checker._LAZY)


def test_api_readme_example_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.+?)\n```", readme, flags=re.S)
    assert blocks, "the README shows no library example"
    for block in blocks:
        run = _run(block)
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip(), "the example prints nothing"
