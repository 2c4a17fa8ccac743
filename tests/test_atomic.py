"""Reports appear atomically: complete or not at all, never half-written.

Every report is written to a temporary file in its destination folder and renamed over
the old one.  A failure at any point of the write (a full disk while writing, a failed
fsync, chmod or rename, an interrupt) leaves the previous report byte-identical and no
temporary file behind, and the run ends with status 2 and one line naming the file.  Two
audits writing to one folder at once never leave, nor let a reader see, a corrupt file.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from checker.cli import DEFAULT_NAMES, FORMATS, main
from checker.formats import default_formats
from tests.conftest import write_tree

REPO = Path(__file__).resolve().parent.parent


def tiny_corpus(root: Path, figure: str) -> Path:
    """Write a two-claim corpus (a news story checked against a report) whose report text
    depends on `figure`."""
    return write_tree(root, {
        "sources/a.txt": f"The report says {figure} countries use it.\n",
        "sources/b.txt": "In all, 63 countries use it.\n",
        "claims.yaml": (
            "sources:\n  - {id: a, title: A, kind: news, snapshot: sources/a.txt, cites: [b]}\n"
            "  - {id: b, title: B, kind: primary, snapshot: sources/b.txt}\n"
            "quantities:\n  - {id: q, label: Countries, unit: countries}\n"
            f"claims:\n  - {{id: a-q, source: a, quantity: q, quote: 'says {figure} "
            f"countries', says: '{figure}'}}\n"
            "  - {id: b-q, source: b, quantity: q, quote: '63 countries', says: '63'}\n"),
    })


def audit_argv(corpus: Path, out: Path) -> list[str]:
    """Arguments that write every format into the folder `out` under its default name."""
    argv = ["audit", str(corpus), "--out", str(out), "--quiet"]
    for fmt in FORMATS:
        if fmt not in {f.name for f in default_formats()}:  # --out writes those
            argv += [f"--{fmt}", str(out / DEFAULT_NAMES[fmt])]
    return argv


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file of `folder` by name (temporary files included)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@contextmanager
def patched(name: str, replacement: Callable[..., Any]) -> Iterator[None]:
    """Replace ``os.<name>`` only while the block runs (pytest itself uses os too)."""
    original = getattr(os, name)
    setattr(os, name, replacement)
    try:
        yield
    finally:
        setattr(os, name, original)


def test_every_report_is_renamed_into_place(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(audit_argv(tiny_corpus(tmp_path / "a", "63"), out)) in (0, 1)
    before = snapshot(out)
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        src, dst = os.fspath(src), os.fspath(dst)
        # at the moment of the rename the destination still holds the previous report
        assert Path(dst).read_bytes() == before[Path(dst).name]
        assert Path(src).parent == Path(dst).parent, "the temporary file is in the same folder"
        assert Path(src).name.startswith(".") and Path(src).name.endswith(".tmp")
        renames.append((src, dst))
        real_replace(src, dst, **kwargs)

    with patched("replace", replace):
        assert main(audit_argv(tiny_corpus(tmp_path / "b", "64"), out)) in (0, 1)
    assert sorted(Path(d).name for _, d in renames) == sorted(DEFAULT_NAMES.values())
    after = snapshot(out)
    assert set(after) == set(before)
    assert all(after[name] != before[name] for name in after), "every report was replaced"


def _disk_full(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _HalfWriter:
    """A file object that writes half of what it is given, then finds the disk full."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _half_fdopen(real: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: _HalfWriter(real(*args, **kwargs))


FAILURES = {
    "write": ("fdopen", _half_fdopen, "No space left on device"),
    "fsync": ("fsync", lambda real: _disk_full, "No space left on device"),
    "chmod": ("chmod", lambda real: _disk_full, "No space left on device"),
    "rename": ("replace", lambda real: _disk_full, "No space left on device"),
}


@pytest.fixture(params=["serial", "parallel"])
def render_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with the files rendered in one process, then split with a forked child."""
    import checker.reporters

    limit = 0 if request.param == "parallel" else 10**12
    monkeypatch.setattr(checker.reporters, "PARALLEL_CLAIMS", limit)
    return str(request.param)


@pytest.mark.parametrize("point", list(FAILURES))
def test_failure_while_writing_keeps_the_previous_report(
        point: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], render_mode: str) -> None:
    out = tmp_path / "out"
    assert main(audit_argv(tiny_corpus(tmp_path / "a", "63"), out)) in (0, 1)
    before = snapshot(out)
    capsys.readouterr()
    name, make, message = FAILURES[point]
    with patched(name, make(getattr(os, name))):
        status = main(audit_argv(tiny_corpus(tmp_path / "b", "64"), out))
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.startswith("claimcheck: error: ") and err.count("\n") == 1, err
    assert str(out) in err and message in err and "Traceback" not in err
    assert snapshot(out) == before, "the previous reports must be intact, with no temp file"


def test_interrupt_while_writing_leaves_no_temporary_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], render_mode: str) -> None:
    out = tmp_path / "out"
    assert main(audit_argv(tiny_corpus(tmp_path / "a", "63"), out)) in (0, 1)
    before = snapshot(out)

    def interrupt(*args: Any) -> None:
        raise KeyboardInterrupt

    with patched("fsync", interrupt):
        status = main(audit_argv(tiny_corpus(tmp_path / "b", "64"), out))
    assert status == 2
    assert "interrupted" in capsys.readouterr().err
    assert snapshot(out) == before


def test_unwritable_destination_is_a_clean_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tiny_corpus(tmp_path / "a", "63")
    (tmp_path / "taken").write_text("a file where a folder is needed\n", encoding="utf-8")
    (tmp_path / "folder.json").mkdir()
    for target in (tmp_path / "taken" / "audit.json", tmp_path / "folder.json"):
        status = main(["audit", str(corpus), "--out", "", "--json", str(target), "--quiet"])
        err = capsys.readouterr().err
        assert status == 2 and str(target) in err and "Traceback" not in err, err
    assert (tmp_path / "taken").read_text(encoding="utf-8").startswith("a file")


DRIVER = """\
import sys
from checker.cli import main
argv, rounds = sys.argv[1:-1], int(sys.argv[-1])
for _ in range(rounds):
    status = main(argv)
    if status not in (0, 1):
        sys.exit(f"status {status}")
"""


def test_concurrent_audits_never_leave_a_corrupt_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    corpora = [tiny_corpus(tmp_path / "a", "63"), tiny_corpus(tmp_path / "b", "sixty-four")]
    complete: dict[str, set[bytes]] = {name: set() for name in DEFAULT_NAMES.values()}
    for corpus in corpora:
        assert main(audit_argv(corpus, out)) in (0, 1)
        for name, data in snapshot(out).items():
            complete[name].add(data)
    assert all(len(versions) == 2 for versions in complete.values()), "the corpora must differ"

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", DRIVER, *audit_argv(corpus, out), "25"],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for corpus in corpora]
    reads = 0
    deadline = time.monotonic() + 120
    while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
        for name, versions in complete.items():
            try:
                data = (out / name).read_bytes()
            except FileNotFoundError:  # pragma: no cover - never, the files exist throughout
                pytest.fail(f"{name} vanished while being replaced")
            assert data in versions, f"a reader saw a partial or corrupt {name}"
            reads += 1
    for proc in procs:
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 0, stderr.decode()
    assert reads > 0
    final = snapshot(out)
    assert set(final) == set(complete), f"temporary files left behind: {sorted(final)}"
    for name, data in final.items():
        assert data in complete[name]
    json.loads(final["audit.json"])


@pytest.mark.parametrize("failing", ["sarif", "json"])
def test_a_failing_reporter_leaves_the_whole_set_as_it_was(
        failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], render_mode: str) -> None:
    from checker.reporters import REPORTERS

    out = tmp_path / "out"
    assert main(audit_argv(tiny_corpus(tmp_path / "a", "63"), out)) in (0, 1)
    before = snapshot(out)
    cls = type(REPORTERS[failing])  # the CLI makes its own reporter of each format
    real = cls.render

    def half_then_fail(self: Any, result: Any, stream: Any) -> None:
        real(self, result, stream)
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(cls, "render", half_then_fail)
    status = main(audit_argv(tiny_corpus(tmp_path / "b", "64"), out))
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    assert f"the {failing} report" in err, err
    # Other files were rendered before (or beside) the failing one: none of them may
    # have replaced its previous file, and no temporary file may remain.  In parallel
    # mode json is rendered here and sarif in the child, so both halves are covered.
    assert snapshot(out) == before


def _log_renders(pids: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every format's reporter write its name and process id to `pids` as it renders."""
    from checker.reporters import REPORTERS

    for name, reporter in REPORTERS.items():
        cls = type(reporter)  # the CLI makes its own reporter of each format

        def render(self: Any, result: Any, stream: Any, real: Any = cls.render,
                   name: str = name) -> None:
            with open(pids, "a", encoding="utf-8") as log:
                log.write(f"{name} {os.getpid()}\n")
            real(self, result, stream)

        monkeypatch.setattr(cls, "render", render)


def test_parallel_rendering_uses_a_child_and_writes_the_same_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.reporters
    from checker.reporters import REPORTERS

    corpus = tiny_corpus(tmp_path / "a", "63")
    monkeypatch.setattr(checker.reporters, "PARALLEL_CLAIMS", 10**12)
    assert main(audit_argv(corpus, tmp_path / "serial")) in (0, 1)
    pids = tmp_path / "pids"
    _log_renders(pids, monkeypatch)
    monkeypatch.setattr(checker.reporters, "PARALLEL_CLAIMS", 0)
    assert main(audit_argv(corpus, tmp_path / "parallel")) in (0, 1)
    assert snapshot(tmp_path / "parallel") == snapshot(tmp_path / "serial")
    where = dict(line.split() for line in pids.read_text(encoding="utf-8").splitlines())
    assert set(where) == set(REPORTERS)
    assert where["json"] == str(os.getpid())
    assert where["sarif"] != str(os.getpid()), "sarif should be rendered by the child"


def test_rendering_is_serial_from_serial_claims(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From `SERIAL_CLAIMS` claims no child renders reports (it would copy the heap)."""
    import checker.reporters
    from checker.reporters import REPORTERS

    corpus = tiny_corpus(tmp_path / "a", "63")
    pids = tmp_path / "pids"
    _log_renders(pids, monkeypatch)
    monkeypatch.setattr(checker.reporters, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(checker.reporters, "SERIAL_CLAIMS", 1)
    assert main(audit_argv(corpus, tmp_path / "out")) in (0, 1)
    where = dict(line.split() for line in pids.read_text(encoding="utf-8").splitlines())
    assert set(where) == set(REPORTERS)
    assert set(where.values()) == {str(os.getpid())}


class _SlowToSend:
    """A result whose pickling takes a while: it holds open the moment after the child's
    work is done and before its result has reached the parent."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import time

        time.sleep(0.6)
        return (_SlowToSend, (self.name,))


@pytest.mark.skipif(sys.platform != "linux", reason="the parallel path forks on Linux only")
def test_a_child_stopped_after_its_work_still_hands_back_its_result(tmp_path: Path) -> None:
    """A stop request between the child's work and its answer must not lose the answer:
    only the parent can then remove what the work made (the child's temporary files)."""
    import time

    from checker._parallel import in_child

    made = tmp_path / "made.tmp"

    def work() -> _SlowToSend:
        made.write_text("x", encoding="utf-8")
        return _SlowToSend(str(made))

    child = in_child(work)
    for _ in range(500):  # until the child has done its work (then it pickles for 0.6 s)
        if made.exists():
            break
        time.sleep(0.01)
    assert made.exists(), "the child never ran"
    time.sleep(0.1)
    done = child.stop()
    assert done is not None, "the result was lost: the parent cannot clean up after it"
    assert done[0].name == str(made)
