"""Integration: the pre-commit hook, the GitHub Action's script, the bundled corpus's
coverage, and the copy-paste examples of docs/ci.md."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.cli import build_parser, main
from checker.config import Config
from checker.pipeline import audit
from tests._gatecorpus import gate_corpus
from tests.conftest import REPO, write_tree

HOOKS = REPO / ".pre-commit-hooks.yaml"
ACTION = REPO / "action.yml"
SCRIPT = REPO / "scripts" / "action.sh"
CI_DOC = REPO / "docs" / "ci.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository folder: pyproject.toml (no claimcheck table) and claims/ with one error."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    write_tree(tmp_path / "claims", gate_corpus())
    return tmp_path


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a subprocess that runs this checkout's claimcheck.

    A `claimcheck` executable (a shim for ``python -m checker``) comes first on PATH, as
    the console script would after ``pip install``.
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "claimcheck"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m checker "$@"\n',
                    encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GITHUB_", "INPUT_")) and k != "CLAIMCHECK"}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONPATH=str(REPO))
    env.update(extra)
    return env


# --- pre-commit ----------------------------------------------------------------------------


def _hook() -> dict[str, object]:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    hook = hooks[0]
    assert isinstance(hook, dict)
    return hook


def test_pre_commit_hook_definition() -> None:
    hook = _hook()
    assert hook["id"] == "claimcheck"
    assert hook["language"] == "python"  # pre-commit installs this repository
    assert hook["pass_filenames"] is False  # the whole corpus is audited, not the files
    assert shlex.split(str(hook["entry"])) == ["claimcheck", "audit", "--quiet", "--out", ""]
    files = re.compile(str(hook["files"]))
    for changed in ["claims/claims-news.yaml", "claims/sources/001_x.txt",
                    "claims/data/aigs-index-2019.csv", "claims/sub/more.yml",
                    "claims/big.json", "pyproject.toml", "claimcheck-baseline.yaml"]:
        assert files.search(changed), changed
    for unrelated in ["README.md", "checker/cli.py", "docs/claims.md", "tests/claims/x.yaml"]:
        assert not files.search(unrelated), unrelated


def test_pre_commit_entry_gates_through_main(project: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    argv = shlex.split(str(_hook()["entry"]))[1:]
    monkeypatch.chdir(project)
    assert main(argv) == 1  # the conflict in claims/
    write_tree(project / "claims", gate_corpus(huawei="at least 50"))
    assert main(argv) == 0
    assert sorted(p.name for p in project.iterdir()) == ["claims", "pyproject.toml"]


def test_pre_commit_entry_runs_as_pre_commit_would(project: Path, tmp_path: Path) -> None:
    # pre-commit splits `entry` with shlex and runs it without a shell, from the repo root.
    argv = shlex.split(str(_hook()["entry"]))
    env = _env(tmp_path)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, cwd=project, env=env, capture_output=True, text=True,
                              timeout=120, check=False)

    failed = run()
    assert failed.returncode == 1, failed.stderr
    assert "XCK002" in failed.stdout and "gate failed" in failed.stdout
    (project / "pyproject.toml").write_text(
        "[tool.claimcheck]\nfail-on = 'never'\n", encoding="utf-8")
    assert run().returncode == 0  # the hook honours [tool.claimcheck]
    (project / "claims" / "claims-news.yaml").write_text("claims: [oops\n", encoding="utf-8")
    broken = run()
    assert broken.returncode == 2 and "claims-news.yaml" in broken.stderr
    assert "Traceback" not in broken.stderr
    assert not (project / "reports").exists()


# --- the GitHub Action ---------------------------------------------------------------------


def _action() -> dict[str, object]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert isinstance(action, dict)
    return action


def test_action_is_a_composite_action_wired_to_the_script() -> None:
    action = _action()
    runs = action["runs"]
    assert isinstance(runs, dict) and runs["using"] == "composite"
    steps = runs["steps"]
    assert isinstance(steps, list)
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"  # composite run steps must name their shell
            assert "${{" not in step["run"], "inputs reach scripts through env, not the text"
    (audit_step,) = [s for s in steps if s.get("id") == "audit"]
    assert "scripts/action.sh" in audit_step["run"]
    inputs = action["inputs"]
    assert isinstance(inputs, dict)
    for name, value in audit_step["env"].items():
        match = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", value)
        assert match and match.group(1) in inputs, name
        assert name == "INPUT_" + match.group(1).upper().replace("-", "_")
    # Uploads run even when the audit step failed (the gate), but only with a report.
    for step in steps:
        if "uses" in step and "upload" in step["uses"]:
            assert "!cancelled()" in step["if"] and "steps.audit.outputs" in step["if"]
    outputs = action["outputs"]
    assert isinstance(outputs, dict)
    assert set(outputs) == {"status", "sarif", "html", "json", "markdown", "junit"}
    assert SCRIPT.is_file() and os.access(SCRIPT, os.X_OK)


def _run_script(project: Path, tmp_path: Path, **inputs: str
                ) -> tuple[subprocess.CompletedProcess[str], str, dict[str, str]]:
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    outputs = tmp_path / "github-output"
    outputs.write_text("", encoding="utf-8")
    env = _env(tmp_path, GITHUB_STEP_SUMMARY=str(summary), GITHUB_OUTPUT=str(outputs),
               **inputs)
    run = subprocess.run(["bash", str(SCRIPT)], cwd=project, env=env, capture_output=True,
                         text=True, timeout=180, check=False)
    pairs = dict(line.split("=", 1) for line in outputs.read_text().splitlines() if line)
    return run, summary.read_text(encoding="utf-8"), pairs


def test_action_script_failing_gate(project: Path, tmp_path: Path) -> None:
    run, summary, out = _run_script(project, tmp_path, INPUT_CORPUS="claims")
    assert run.returncode == 1, run.stderr
    assert summary.startswith("earlier step\n")  # appended, never overwritten
    markdown = (project / "claimcheck-report" / "summary.md").read_text(encoding="utf-8")
    assert summary == "earlier step\n" + markdown
    assert "claimcheck" in markdown and "XCK002" in markdown
    assert out["status"] == "1"
    report = project / "claimcheck-report"
    assert {k: out[k] for k in ("sarif", "html", "json", "markdown", "junit")} == {
        "sarif": "claimcheck-report/claimcheck.sarif", "html": "claimcheck-report/index.html",
        "json": "claimcheck-report/audit.json", "markdown": "claimcheck-report/summary.md",
        "junit": "claimcheck-report/junit.xml"}
    sarif = json.loads((report / "claimcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "XCK002" and result["level"] == "error"
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "claims/claims-news.yaml"  # a repository path: annotations land on it
    assert (report / "index.html").read_text(encoding="utf-8").lstrip().startswith("<!")
    assert "<testsuite" in (report / "junit.xml").read_text(encoding="utf-8")


def test_action_script_passing_gate_and_inputs(project: Path, tmp_path: Path) -> None:
    run, summary, out = _run_script(project, tmp_path, INPUT_FAIL_ON="never",
                                    INPUT_OUTPUT_DIR="out dir")
    assert run.returncode == 0, run.stderr
    assert out["status"] == "0" and out["html"] == "out dir/index.html"
    assert "XCK002" in summary
    run, _, out = _run_script(project, tmp_path, INPUT_ARGS="--ignore XCK002 --tolerance 5")
    assert run.returncode == 0 and out["status"] == "0", run.stderr


def test_action_script_with_a_baseline(project: Path, tmp_path: Path) -> None:
    baseline = project / "claimcheck-baseline.yaml"
    assert main(["baseline", str(project / "claims"), "-o", str(baseline)]) == 0
    text = baseline.read_text(encoding="utf-8").replace("reason: ''", "reason: known")
    baseline.write_text(text, encoding="utf-8")
    run, summary, out = _run_script(project, tmp_path, INPUT_CORPUS="claims",
                                    INPUT_BASELINE="claimcheck-baseline.yaml")
    assert run.returncode == 0, run.stderr
    assert "accepted" in summary
    sarif = json.loads((project / out["sarif"]).read_text(encoding="utf-8"))
    (result,) = sarif["runs"][0]["results"]
    assert result["suppressions"][0]["kind"] == "external"
    assert result["baselineState"] == "unchanged"


def test_action_script_cannot_run(project: Path, tmp_path: Path) -> None:
    # A stale report from an earlier run must not pass for this one's.
    stale = project / "claimcheck-report"
    stale.mkdir()
    (stale / "summary.md").write_text("stale: all good\n", encoding="utf-8")
    run, summary, out = _run_script(project, tmp_path, INPUT_CORPUS="no-such-folder")
    assert run.returncode == 2
    assert "could not run" in summary and "stale" not in summary
    assert out["status"] == "2" and out["sarif"] == "" and out["html"] == ""


# --- the bundled corpus --------------------------------------------------------------------


def test_bundled_corpus_has_no_uncovered_number() -> None:
    result = audit(REPO / "claims", Config())
    assert not [f.message for f in result.findings if f.code == "COV001"]
    texts = {s.id for s in result.sources if s.kind != "dataset"}
    assert {c.source for c in result.coverage} == texts
    for c in result.coverage:
        assert c.mentions > 0 and c.uncovered == 0, c
        assert c.mentions == c.claimed + c.ignored


def test_coverage_tally_counts_uncovered_mentions(tmp_path: Path) -> None:
    files = dict(gate_corpus())
    files["sources/news.txt"] += "In 2019, 12 engineers and seventy guards.\n"
    files["ignore.yaml"] = ("ignore:\n  - {source: news, says: '2019', "
                            "why: the year of the story}\n")
    result = audit(write_tree(tmp_path / "c", files), Config())
    news = next(c for c in result.coverage if c.source == "news")
    assert (news.mentions, news.claimed, news.ignored, news.uncovered) == (5, 2, 1, 2)
    assert len([f for f in result.findings if f.code == "COV001"]) == 2
    assert audit(tmp_path / "c", Config(coverage=False)).coverage == ()


# --- docs/ci.md ------------------------------------------------------------------------------


def _code_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"```(\w*)\n(.*?)```", text, flags=re.S)


def test_ci_doc_examples_parse() -> None:
    text = CI_DOC.read_text(encoding="utf-8")
    blocks = _code_blocks(text)
    yaml_blocks = [body for lang, body in blocks if lang == "yaml"]
    assert len(yaml_blocks) >= 4
    for body in yaml_blocks:
        yaml.safe_load(body)
    assert "reports:\n      junit: junit.xml" in text  # GitLab's JUnit report
    assert "claimcheck/claimcheck@" in text and "upload-sarif" in text


def test_ci_doc_commands_are_valid_command_lines() -> None:
    parser = build_parser()
    commands = []
    for _lang, body in _code_blocks(CI_DOC.read_text(encoding="utf-8")):
        body = body.replace("\\\n", " ")
        for line in body.splitlines():
            found = re.search(r"(?:^|\s|- )claimcheck ((?:audit|baseline|diff|extract)\b[^|>&]*)",
                              line)
            if found:
                commands.append(found.group(1).strip())
    assert len(commands) >= 6
    for command in commands:
        parser.parse_args(shlex.split(command))  # raises SystemExit(2) when invalid


def test_ci_doc_lists_every_action_input() -> None:
    text = CI_DOC.read_text(encoding="utf-8")
    inputs = _action()["inputs"]
    assert isinstance(inputs, dict)
    for name in inputs:
        assert f"`{name}`" in text, name
