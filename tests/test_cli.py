"""The command line end to end: subcommands, exit status 0/1/2, --fail-on as a table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, EXIT_GATE_FAILED, EXIT_INTERNAL, EXIT_OK, main
from tests._gatecorpus import gate_corpus
from tests.conftest import REPO, write_tree


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty project folder (its own pyproject.toml, no [tool.claimcheck])."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_exit_constants_match_the_design() -> None:
    assert (EXIT_OK, EXIT_GATE_FAILED, EXIT_ERROR, EXIT_INTERNAL) == (0, 1, 2, 3)


def _break_the_solver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inject a bug: the consistency step raises an exception no code expects."""
    import checker.consistency

    def broken(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("injected fault")

    monkeypatch.setattr(checker.consistency, "check_consistency", broken)


@pytest.mark.parametrize("debug", ["", "--debug", "after", "env"])
def test_internal_error_is_status_3_one_line_and_no_report(
        here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        debug: str) -> None:
    root = write_tree(here / "claims", gate_corpus())
    out = here / "reports"
    assert main(["audit", str(root), "--out", str(out), "--quiet"]) == EXIT_GATE_FAILED
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    _break_the_solver(monkeypatch)
    argv = ["audit", str(root), "--out", str(out), "--json", str(here / "new.json")]
    if debug == "--debug":
        argv = ["--debug", *argv]
    elif debug == "after":
        argv = [*argv, "--debug"]
    elif debug == "env":
        monkeypatch.setenv("CLAIMCHECK_DEBUG", "1")
    else:
        monkeypatch.delenv("CLAIMCHECK_DEBUG", raising=False)
    assert main(argv) == EXIT_INTERNAL
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("claimcheck: internal error (a bug")
    assert "ZeroDivisionError: injected fault" in last and "report it at" in last
    if debug:
        assert "Traceback (most recent call last)" in err
    else:
        assert err.strip().count("\n") == 0 and "Traceback" not in err
        assert "--debug" in last
    # nothing written, nothing lost
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not (here / "new.json").exists()


def test_internal_error_of_every_command_is_status_3(
        here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import checker.cli

    def broken(args: object) -> int:
        raise RuntimeError("injected")

    monkeypatch.setattr(checker.cli, "_schema", lambda: broken(None))
    assert main(["schema"]) == EXIT_INTERNAL
    assert "internal error" in capsys.readouterr().err


# (news figure for Huawei, the finding it gives) against the report's "at least fifty"
CORPORA = {"clean": "at least 50", "info": "over 40", "warning": "50", "error": "45"}
# (corpus, --fail-on, exit status)
FAIL_ON_TABLE = [
    ("clean", "error", 0), ("clean", "warning", 0), ("clean", "info", 0), ("clean", "never", 0),
    ("info", "error", 0), ("info", "warning", 0), ("info", "info", 1), ("info", "never", 0),
    ("warning", "error", 0), ("warning", "warning", 1), ("warning", "info", 1),
    ("warning", "never", 0),
    ("error", "error", 1), ("error", "warning", 1), ("error", "info", 1), ("error", "never", 0),
]


@pytest.mark.parametrize(("corpus", "fail_on", "status"), FAIL_ON_TABLE)
def test_fail_on_table(here: Path, corpus: str, fail_on: str, status: int) -> None:
    root = write_tree(here / corpus, gate_corpus(huawei=CORPORA[corpus]))
    assert main(["audit", str(root), "--out", "", "--quiet", "--fail-on", fail_on]) == status


def test_default_fail_on_is_error(here: Path) -> None:
    for corpus, expected in (("warning", 0), ("error", 1)):
        root = write_tree(here / corpus, gate_corpus(huawei=CORPORA[corpus]))
        assert main(["audit", str(root), "--out", "", "--quiet"]) == expected


def test_audit_writes_reports_to_out(here: Path) -> None:
    root = write_tree(here / "claims", gate_corpus())
    assert main(["audit", "--quiet"]) == 1  # default corpus claims/, default out reports/
    assert sorted(p.name for p in (here / "reports").iterdir()) == ["audit.json", "index.html"]
    assert main(["audit", str(root), "--quiet", "--out", "elsewhere"]) == 1
    assert (here / "elsewhere" / "index.html").is_file()


def test_audit_json_to_stdout(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(here / "c", gate_corpus())
    assert main(["audit", str(root), "--out", "", "--json", "-"]) == 1
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["schema"] == "claimcheck-audit/1" and data["summary"]["gate"] == "fail"
    assert "gate failed" in captured.err  # the terminal view moved to stderr


def test_quiet_ends_with_the_gate_line(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(here / "c", gate_corpus(huawei="50"))
    main(["audit", str(root), "--out", "", "--quiet"])
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "gate passed" in out[0]  # warnings are not listed when quiet
    main(["audit", str(root), "--out", "", "--quiet", "--fail-on", "warning"])
    out = capsys.readouterr().out.strip().splitlines()
    assert "gate failed" in out[-1]
    assert not any("Claims by quantity" in line for line in out)


def test_select_ignore_and_no_coverage_options(here: Path) -> None:
    files = dict(gate_corpus())
    files["sources/news.txt"] += "Also 12 engineers.\n"  # an unclaimed number: COV001
    root = write_tree(here / "c", files)
    out = here / "a.json"

    def codes(*args: str) -> list[str]:
        main(["audit", str(root), "--out", "", "--quiet", "--json", str(out), *args])
        return sorted(f["code"] for f in json.loads(out.read_text())["findings"])

    assert codes() == ["COV001", "XCK002"]
    assert codes("--no-coverage") == ["XCK002"]
    assert codes("--select", "COV") == ["COV001"]
    assert codes("--ignore", "XCK,COV") == []
    assert main(["audit", str(root), "--out", "", "--quiet", "--ignore", "XCK"]) == 0


@pytest.mark.parametrize(("argv", "fragment"), [
    ([], "usage"),
    (["frobnicate"], "invalid choice"),
    (["audit", "--fail-on", "sometimes"], "invalid choice"),
    (["audit", "--no-such-option"], "unrecognized arguments"),
    (["diff", "only-one.json"], "the following arguments are required"),
    (["extract"], "the following arguments are required"),
])
def test_usage_errors_are_status_2(here: Path, argv: list[str], fragment: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err


def test_input_errors_are_status_2_with_file_and_line(here: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    assert main(["audit", str(here / "missing"), "--out", "", "--quiet"]) == 2
    assert "missing" in capsys.readouterr().err
    files = dict(gate_corpus())
    files["claims-news.yaml"] = files["claims-news.yaml"].replace("    says:", "    sayz:", 1)
    root = write_tree(here / "c", files)
    assert main(["audit", str(root), "--out", "", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "claims-news.yaml:" in err and "Traceback" not in err
    assert not (here / "reports").exists()


def test_missing_baseline_is_status_2(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(here / "c", gate_corpus())
    assert main(["audit", str(root), "--out", "", "--baseline", "nope.yaml"]) == 2
    assert "nope.yaml" in capsys.readouterr().err


def test_version_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimcheck ")
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "claimcheck claim file"
    assert {"sources", "quantities", "relations", "claims", "ignore"} <= set(schema["properties"])


def test_python_dash_m_is_the_same_program(here: Path) -> None:
    root = write_tree(here / "c", gate_corpus())
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-m", "checker", "audit", str(root), "--out", "",
                          "--quiet"], cwd=here, env=env, capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 1, run.stderr
    assert "gate failed" in run.stdout
    run = subprocess.run([sys.executable, "-m", "checker", "audit", "--bogus"], cwd=here,
                         env=env, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 2 and "Traceback" not in run.stderr


def test_collector_thresholds_are_raised_during_a_command_and_restored(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    import checker.cli

    seen: list[tuple[int, int, int]] = []

    def schema() -> int:
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(checker.cli, "_schema", schema)
    before = gc.get_threshold()
    assert checker.cli.main(["schema"]) == 0
    assert seen == [checker.cli.GC_THRESHOLD]
    assert gc.get_threshold() == before


def test_an_audit_and_its_reports_run_without_the_collector(
        here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import checker.pipeline
    import checker.reporters

    seen: list[tuple[str, bool]] = []
    real_audit, real_write = checker.pipeline.audit, checker.reporters.write_reports

    def audit(*args: object, **kwargs: object) -> object:
        seen.append(("audit", gc.isenabled()))
        return real_audit(*args, **kwargs)  # type: ignore[arg-type]

    def write_reports(*args: object, **kwargs: object) -> None:
        seen.append(("reports", gc.isenabled()))
        real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checker.pipeline, "audit", audit)
    monkeypatch.setattr(checker.reporters, "write_reports", write_reports)
    root = write_tree(here / "claims", gate_corpus())
    assert gc.isenabled()
    assert main(["audit", str(root), "--out", "out", "--quiet"]) == 1
    assert seen == [("audit", False), ("reports", False)]
    assert gc.isenabled()
    assert (here / "out" / "audit.json").is_file()
    # restored after a failure too
    assert main(["audit", str(here / "missing"), "--out", "", "--quiet"]) == 2
    assert gc.isenabled()


def test_no_collection_scans_the_audit_as_the_collector_resumes(
        here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the reports, the collector resumes without a collection of what the audit
    built (frozen: the process ends right after), at a threshold the audit's objects pass
    many times over; the collector is enabled again, as before."""
    import gc

    import checker.cli
    import checker.reporters

    collections: list[int] = []
    after = [False]
    real_write = checker.reporters.write_reports

    def write_reports(*args: object, **kwargs: object) -> None:
        real_write(*args, **kwargs)  # type: ignore[arg-type]
        after[0] = True

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and after[0]:
            collections.append(info["generation"])

    monkeypatch.setattr(checker.reporters, "write_reports", write_reports)
    monkeypatch.setattr(checker.cli, "GC_THRESHOLD", (500, 50, 100))
    monkeypatch.setattr(checker.cli, "_ENDS_PROCESS", True)  # as `entry` has it
    root = write_tree(here / "claims", gate_corpus())
    gc.callbacks.append(seen)
    try:
        assert main(["audit", str(root), "--out", "out", "--quiet"]) == 1
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
    assert after[0] and collections == []
    assert gc.isenabled()


def test_a_caller_that_goes_on_keeps_its_collectors_generations(here: Path) -> None:
    """`main()` called by a process that goes on (not `entry`) freezes nothing."""
    import gc

    root = write_tree(here / "claims", gate_corpus())
    frozen = gc.get_freeze_count()
    assert main(["audit", str(root), "--out", "out", "--quiet"]) == 1
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()


def test_the_console_script_and_module_end_without_teardown(tmp_path: Path) -> None:
    # `entry()` (the `claimcheck` script and `python -m checker`) flushes its output and
    # ends the process with main's status at once: no interpreter teardown (atexit
    # handlers do not run), and nothing printed is lost.
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('TEARDOWN'))\n"
            "sys.argv = ['claimcheck', 'schema']\n"
            "from checker.cli import entry\n"
            "entry()\n"
            "print('NOT REACHED')\n")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert got.returncode == 0, got.stderr
    assert "TEARDOWN" not in got.stdout and "NOT REACHED" not in got.stdout
    schema = json.loads(got.stdout)  # all of it arrived through the pipe
    assert schema["title"] == "claimcheck claim file"
    module = subprocess.run([sys.executable, "-m", "checker", "audit", "no-such-folder"],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert module.returncode == EXIT_ERROR and "no-such-folder" in module.stderr


def test_audit_lists_the_files_it_wrote_and_ends_with_the_gate(
        here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`Wrote <format> report to PATH` for every file; the gate line is the last line."""
    root = write_tree(here / "c", gate_corpus())
    assert main(["audit", str(root), "--out", "out", "--sarif", "out/a.sarif",
                 "--claimreview", "out/cr.json"]) == 1
    lines = capsys.readouterr().out.rstrip().splitlines()
    wrote = [line for line in lines if line.startswith("Wrote ")]
    assert wrote[0] == f"Wrote HTML report to {Path('out') / 'index.html'}"
    assert wrote[1] == f"Wrote JSON report to {Path('out') / 'audit.json'}"
    assert wrote[2].startswith("Wrote SARIF 2.1.0 report to out/a.sarif")
    assert wrote[3] == "Wrote ClaimReview JSON-LD report to out/cr.json"
    assert lines[-1].startswith("✗ gate failed")
    assert json.loads((here / "out" / "cr.json").read_text(encoding="utf-8")) is not None


def test_sarif_notes_and_verbose_options(here: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`--sarif-notes` keeps info results; `--verbose` lists the info findings."""
    root = write_tree(here / "c", gate_corpus(nec="about 14"))  # an XCK004 info finding
    main(["audit", str(root), "--out", "", "--sarif", "plain.sarif"])
    short = capsys.readouterr().out
    main(["audit", str(root), "--out", "", "--sarif", "notes.sarif", "--sarif-notes",
          "--verbose"])
    long = capsys.readouterr().out
    plain = json.loads((here / "plain.sarif").read_text(encoding="utf-8"))["runs"][0]
    notes = json.loads((here / "notes.sarif").read_text(encoding="utf-8"))["runs"][0]
    assert {r["level"] for r in plain["results"]} <= {"error", "warning"}
    infos = plain["properties"]["omitted"]["note"]
    assert infos > 0 and len(notes["results"]) == len(plain["results"]) + infos
    assert "--verbose lists them" in short and "--verbose lists them" not in long
    assert len(long.splitlines()) > len(short.splitlines())
    assert "info finding" in short and "left out" in short
