"""Misuse of the command line: outputs, signals, stdout, extract (issue 17, classes 4–7).

Each test pins one way a run used to crash, hang or clobber a file: every one must now end
with a normal result or exit status 2 and one line, and never rely on how fast the
machine is.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker import extract
from checker._parallel import in_child
from checker.cli import main
from checker.extract import MAX_QUOTE, iter_drafts, render_drafts
from checker.reporters import REPORTERS, STALE_SECONDS, remove_stale
from checker.textsafe import strip_controls
from tests._gatecorpus import gate_corpus
from tests.conftest import REPO, write_tree


def _cli(*args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=REPO, text=True,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=120, check=False)


# -- stdout that cannot be written ------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["schema"],
    ["extract", "claims/sources/carnegie-2019-key-findings.txt"],
    ["diff", "reports/audit.json", "reports/audit.json"],
    ["audit", "claims", "--out", ""],
    ["audit", "claims", "--out", "", "--json", "-"],
], ids=["schema", "extract", "diff", "audit-terminal", "audit-json-to-stdout"])
def test_full_disk_on_stdout_is_one_line_exit_2(args: list[str]) -> None:
    quiet = ["--quiet"] if args[0] == "audit" else []
    with open("/dev/full", "w") as full:
        run = _cli(*args, *quiet, stdout=full)
    assert run.returncode == 2, run.stderr
    lines = [line for line in run.stderr.splitlines() if not line.startswith("claimcheck: "
                                                                             "settings")]
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: <std"), run.stderr
    assert "No space left on device" in lines[0]
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr


# -- outputs ----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--out", "", "--json", "OUT/a", "--sarif", "OUT/a"],
    ["--out", "", "--json", "-", "--markdown", "-"],
    ["--out", "OUT", "--json", "OUT/audit.json"],
    ["--out", "", "--html", "OUT/link", "--junit", "OUT/target"],
], ids=["one-file", "both-stdout", "out-and-json", "symlink-to-the-other"])
def test_two_reports_to_one_destination_is_a_usage_error(
        args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Refused before any work: even a corpus that does not exist is never looked at."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "target").write_text("before", encoding="utf-8")
    os.symlink(out / "target", out / "link")
    argv = [a.replace("OUT", str(out)) for a in args]
    assert main(["audit", str(tmp_path / "no-such-corpus"), "--quiet", *argv]) == 2
    err = capsys.readouterr().err
    assert "would both be written to" in err and err.count("\n") == 1, err
    assert sorted(p.name for p in out.iterdir()) == ["link", "target"]
    assert (out / "target").read_text(encoding="utf-8") == "before"


def test_device_destination_is_written_in_place(tmp_path: Path) -> None:
    """`--json /dev/null` (as root in a CI container) stays a device."""
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    assert main(["audit", str(corpus), "--out", "", "--quiet", "--json", "/dev/null"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_fifo_destination_is_written_in_place(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    try:
        status = main(["audit", str(corpus), "--out", "", "--quiet", "--json", str(fifo)])
    finally:
        reader.join(timeout=60)
    assert status == 0
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["schema"] == "claimcheck-audit/1"


def test_symlink_destination_keeps_the_link(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "audit.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "audit.json"
    os.symlink(target, link)
    assert main(["audit", str(corpus), "--out", "", "--quiet", "--json", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "claimcheck-audit/1"
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["audit.json"]  # no temp left


def test_stale_temporary_files_of_our_pattern_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    old = time.time() - STALE_SECONDS - 60
    names = {
        "stale": f".audit.json.{dead.pid}-abc123.tmp",  # process gone, old: removed
        "recent": f".audit.json.{dead.pid}-def456.tmp",  # process gone, new: kept
        "alive": f".audit.json.{os.getpid()}-ghi789.tmp",  # process running: kept
        "other": ".audit.json.notours.tmp",  # not the pattern: kept
        "another-file": f".summary.md.{dead.pid}-jkl012.tmp",  # another report's: kept
    }
    for key, name in names.items():
        (tmp_path / name).write_text("partial", encoding="utf-8")
        if key != "recent":
            os.utime(tmp_path / name, (old, old))
    removed = remove_stale(str(tmp_path / "audit.json"))
    assert removed == [str(tmp_path / names["stale"])]
    left = {p.name for p in tmp_path.iterdir()}
    assert left == set(names.values()) - {names["stale"]}


def test_a_run_removes_stale_temporary_files(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".audit.json.{dead.pid}-x1y2z3.tmp"
    stale.write_text("partial", encoding="utf-8")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    assert main(["audit", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["audit.json", "index.html"]


# -- SIGTERM ----------------------------------------------------------------------------

def test_sigterm_while_writing_removes_temporary_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM (CI cancellation) arriving mid-render is handled like Ctrl-C."""
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    out = tmp_path / "out"
    assert main(["audit", str(corpus), "--out", str(out), "--quiet"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    html = REPORTERS["html"]
    real_render = type(html).render

    def render_then_terminated(self: Any, result: Any, stream: Any) -> None:
        stream.write("<!doctype html> partial")
        os.kill(os.getpid(), signal.SIGTERM)
        real_render(self, result, stream)

    monkeypatch.setattr(type(html), "render", render_then_terminated)
    capsys.readouterr()
    assert main(["audit", str(corpus), "--out", str(out), "--quiet"]) == 2
    assert "interrupted" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # restored


def _block_forever() -> None:
    os.read(os.open(os.devnull, os.O_RDONLY), 1)  # returns at once: then wait on a pipe
    read, _write = os.pipe()
    os.read(read, 1)


def test_forked_child_stops_when_asked() -> None:
    pending = in_child(_block_forever)
    assert pending.stop() is None  # interrupted, not finished


def test_forked_child_stops_when_its_parent_dies(tmp_path: Path) -> None:
    """A child whose parent is killed (even by SIGKILL) is sent SIGTERM by the kernel."""
    if sys.platform != "linux":
        pytest.skip("parent-death signal is Linux only")
    pid_file = tmp_path / "child.pid"
    parent = os.fork()
    if parent == 0:  # the parent-to-be-killed
        try:
            pending = in_child(_block_forever)
            pid_file.write_text(str(pending._pid), encoding="utf-8")
            signal.pause()
        finally:
            os._exit(0)
    deadline = time.monotonic() + 60  # a bound on a hang, not a speed requirement
    while not pid_file.exists() or not pid_file.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    child = int(pid_file.read_text(encoding="utf-8"))
    os.kill(parent, signal.SIGKILL)
    os.waitpid(parent, 0)
    while _running(child):
        assert time.monotonic() < deadline, "the child outlived its parent"
        time.sleep(0.01)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


# -- extract ----------------------------------------------------------------------------

class _Counting:
    """Stands in for a compiled pattern and counts the characters each scan may cover."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.scanned += (len(text) if endpos is None else endpos) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


@pytest.mark.parametrize("sentences", [200, 2000])
def test_extract_scans_the_text_a_bounded_number_of_times(
        sentences: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentence ends are found once, not once per mention (it was quadratic)."""
    counting = _Counting(extract._SENTENCE_END)
    monkeypatch.setattr(extract, "_SENTENCE_END", counting)
    text = "".join(f"In {i + 3} countries, {i + 7} firms sold it. " for i in range(sentences))
    drafts = list(iter_drafts(text))
    assert len(drafts) >= 2 * sentences
    assert counting.scanned <= 2 * len(text)


def test_extract_quotes_stay_short_in_a_text_without_sentence_ends() -> None:
    text = " ".join(f"item {i} of" for i in range(3000))  # 3,000 mentions, one "sentence"
    drafts = list(iter_drafts(text))
    assert len(drafts) >= 3000
    assert max(len(d.sentence) for d in drafts) <= MAX_QUOTE
    assert all(d.mention.text in d.sentence for d in drafts)
    assert len(render_drafts(text, "s", "t.txt")) < (MAX_QUOTE + 200) * len(drafts)


def test_extract_drafts_escape_names_sources_and_text(tmp_path: Path) -> None:
    """A line break in a file name, U+2028 and bidi controls never become live YAML."""
    text = "It names 63\u2028countries and \u202e41 firms.\n"
    out = render_drafts(text, "src", "evil\nclaims: [injected]\n#.txt")
    data = yaml.safe_load(out)
    assert set(data) == {"claims"}
    assert len(data["claims"]) == 2 and all(c["source"] == "src" for c in data["claims"])
    assert "\u2028" not in out and "\u202e" not in out  # a separator folds like a space
    assert "\\u202e" in out
    assert not any(line.startswith("claims: [injected]") for line in out.splitlines())


def test_extract_refuses_a_source_that_is_not_an_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snap = tmp_path / "a.txt"
    snap.write_text("63 countries\n", encoding="utf-8")
    assert main(["extract", str(snap), "--source", "a\nclaims: x"]) == 2
    assert "is not a valid id" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_extract_reads_only_regular_files(kind: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "text.txt"
    if kind == "fifo":
        os.mkfifo(odd)
    else:
        os.symlink("/dev/zero", odd)
    assert main(["extract", str(odd)]) == 2
    assert "text.txt: not a regular file" in capsys.readouterr().err


# -- terminal and settings ---------------------------------------------------------------

def test_line_separators_never_reach_the_terminal() -> None:
    forged = "12\u2028\u2713 gate passed\u2029\u202eok\x1b[2K"
    assert strip_controls(forged) == "12 \u2713 gate passed ok"


def test_the_settings_file_used_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", gate_corpus(huawei="at least 50"))
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nfail-on = 'warning'\n",
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["audit", str(corpus), "--out", ""])
    assert "claimcheck: settings from pyproject.toml" in capsys.readouterr().err


# -- check-then-read ---------------------------------------------------------------------

@pytest.mark.parametrize("which", ["claims.yaml", "a.txt"])
def test_a_symlink_swapped_in_after_the_check_is_never_read(
        which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The file is read by the path that was confined, without following a symlink: one
    swapped in between the check and the read cannot put an outside file in a report."""
    from checker import _loader_paths, loader

    secret = tmp_path / "secret.txt"
    secret.write_text("63 countries, the secret\n", encoding="utf-8")
    corpus = write_tree(tmp_path / "corpus", {
        "a.txt": "It says 63 countries.\n",
        "claims.yaml": ("sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
                        "quantities:\n  - {id: q, label: Q}\n"
                        "claims:\n  - {id: a-63, source: a, quantity: q, "
                        "quote: 63 countries, says: '63'}\n")})
    def then_swap(check: Any) -> Any:
        def checked_then_swapped(*args: Any) -> Path:
            real: Path = check(*args)
            if real.name == which:
                real.unlink()
                os.symlink(secret, real)  # the attacker's swap, right after the check
            return real
        return checked_then_swapped

    # both checks: the general one, and the one that resolves each folder once
    monkeypatch.setattr(_loader_paths, "_confine", then_swap(_loader_paths._confine))
    monkeypatch.setattr(_loader_paths, "_confine_in", then_swap(_loader_paths._confine_in))
    monkeypatch.setattr(loader, "_confine_in", then_swap(loader._confine_in))
    out = tmp_path / "audit.json"
    status = main(["audit", str(corpus), "--out", "", "--json", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert status == 2, err
    assert f"{which}: cannot read" in err and "symlink" in err, err
    assert "secret" not in err and not out.exists()
