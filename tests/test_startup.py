"""What a run imports: nothing its command does not use (docs/performance.md, "Start-up")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
from checker.cli import main
status = main(sys.argv[1:])
watched = ("rich.console", "rich.progress", "rich.table", "jinja2", "z3")
print(json.dumps({"status": status, "loaded": [m for m in watched if m in sys.modules]}))
"""


def _loaded(*argv: str) -> dict[str, object]:
    # (without the settings under which rich may colour a pipe, as a CI runner may set)
    env = {k: v for k, v in os.environ.items()
           if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    proc = subprocess.run([sys.executable, "-c", _PROBE, *argv], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def test_a_quiet_audit_on_a_file_imports_no_rich(tmp_path: Path) -> None:
    got = _loaded("audit", "claims", "--out", str(tmp_path / "out"), "--quiet")
    assert got["status"] == 1  # the bundled corpus holds real errors
    # None of them: its error lines go to a pipe, printed without rich
    # (`terminal.PlainConsole`), the HTML page is rendered by the templates' generated
    # code (`reporters._htmlcode`), without jinja2, and z3 is not needed (every component
    # of the bundled corpus, and what bears on its claims, is decided without it)
    assert got["loaded"] == []


def test_the_full_terminal_summary_imports_rich(tmp_path: Path) -> None:
    got = _loaded("audit", "claims", "--out", str(tmp_path / "out"))
    assert "rich.console" in got["loaded"]  # type: ignore[operator]


def test_the_full_terminal_summary_imports_its_table(tmp_path: Path) -> None:
    got = _loaded("audit", "claims", "--out", str(tmp_path / "out"))
    assert "rich.table" in got["loaded"]  # type: ignore[operator]
    assert "rich.progress" not in got["loaded"]  # type: ignore[operator]  # not a terminal


_MODULES = """
import json, sys
from checker.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "loaded": sorted(
    m for m in sys.modules if m.startswith(("checker.reporters.", "jinja2", "orjson")))}))
"""


def _modules(*argv: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", _MODULES, *argv], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    data: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def test_a_run_imports_only_the_reporters_it_writes(tmp_path: Path) -> None:
    """Each format's module loads when its report is written, and no other's."""
    got = _modules("audit", "claims", "--out", "", "--markdown", str(tmp_path / "s.md"),
                   "--quiet")
    loaded = set(got["loaded"])  # type: ignore[call-overload]
    assert "checker.reporters.markdown" in loaded
    for other in ("html", "json", "sarif", "junit", "claimreview", "_templates",
                  "_htmlpage", "_htmlmodel", "_numberline", "_jsonout", "_htmlcode",
                  "_htmlout", "_compiled.html_page"):
        assert f"checker.reporters.{other}" not in loaded
    assert not any(m.startswith(("jinja2", "orjson")) for m in loaded)
    got = _modules("audit", "claims", "--out", "", "--json", str(tmp_path / "a.json"),
                   "--quiet")
    loaded = set(got["loaded"])  # type: ignore[call-overload]
    assert {"checker.reporters.json", "checker.reporters._jsonout", "orjson"} <= loaded
    assert "checker.reporters.html" not in loaded and "jinja2" not in loaded


_COLLECTIONS = """
import gc, os, sys
collections = [0]
gc.callbacks.append(lambda phase, info: collections.__setitem__(
    0, collections[0] + (phase == "start")))
real_exit = os._exit


def report(status):
    sys.stdout.write(f"{status} {collections[0]} {gc.get_freeze_count()}\\n")
    sys.stdout.flush()
    real_exit(0)


os._exit = report  # `entry` ends the process with it
sys.argv = ["claimcheck", *sys.argv[1:]]
from checker.__main__ import run
run()
"""


def test_the_program_imports_without_collections_and_freezes_what_it_built(
        tmp_path: Path) -> None:
    """`checker.__main__.run` (``claimcheck``, ``python -m checker``): the imports run
    without the cycle collector (at Python's defaults, some forty collections), and what
    they built is frozen out of the collections of the run."""
    proc = subprocess.run([sys.executable, "-c", _COLLECTIONS, "audit", "claims", "--out",
                           str(tmp_path / "out"), "--quiet"], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False)
    status, collections, frozen = map(int, proc.stdout.splitlines()[-1].split())
    assert status == 1, proc.stderr[-2000:]  # the bundled corpus holds real errors
    assert collections < 10
    assert frozen > 10_000


def test_the_console_script_is_the_program() -> None:
    import tomllib

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["scripts"]
    assert scripts == {"claimcheck": "checker.__main__:run"}
