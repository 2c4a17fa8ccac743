"""`checker._parallel`: the worker forked early and sent its input later, and the coverage
rule run by it (the same findings and tallies as run in this process)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checker import _parallel
from checker._parallel import Worker, start_worker

pytestmark = pytest.mark.skipif(sys.platform != "linux" or not _parallel.can_fork(),
                                reason="the worker forks on Linux with a second core only")

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def _where(arg: list[int]) -> tuple[int, int]:
    """The worker's function: the sum of `arg` and the process that computed it."""
    return sum(arg), os.getpid()


def _fails_in_a_child(arg: int) -> tuple[int, int]:
    if os.getpid() != arg:  # in the child: fail (the parent computes it instead)
        raise RuntimeError("boom")
    return arg, os.getpid()


def _gone(pid: int) -> bool:
    """Return whether process `pid` is gone (and reaped: no zombie is left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_worker_computes_in_its_child_what_it_is_sent_later() -> None:
    worker: Worker[list[int], tuple[int, int]] = start_worker(_where)
    assert worker.forked
    pid = worker._pid
    big = list(range(200_000))  # made after the fork: the child has it only by the pipe
    pending = worker.submit(big)
    assert not worker.forked
    total, where = pending.result()
    assert total == sum(big)
    assert where == pid != os.getpid()
    assert pending.child_pid == pid
    assert _gone(pid)
    worker.cancel()  # harmless once submitted


def test_worker_whose_child_fails_computes_here() -> None:
    worker: Worker[int, tuple[int, int]] = start_worker(_fails_in_a_child)
    assert worker.forked
    assert worker.submit(os.getpid()).result() == (os.getpid(), os.getpid())


def test_worker_whose_child_is_gone_computes_here() -> None:
    worker: Worker[list[int], tuple[int, int]] = start_worker(_where)
    pid = worker._pid
    assert pid is not None
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    # A large input: the write to the pipe of a dead child fails (no reader).
    assert worker.submit(list(range(100_000))).result() == (sum(range(100_000)), os.getpid())


def test_worker_cancelled_unused_leaves_no_process() -> None:
    worker: Worker[list[int], tuple[int, int]] = start_worker(_where)
    pid = worker._pid
    assert pid is not None
    worker.cancel()
    assert not worker.forked and _gone(pid)
    assert worker.submit([1, 2]).result() == (3, os.getpid())  # computed here


def test_worker_without_fork_computes_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_parallel, "can_fork", lambda: False)
    worker: Worker[list[int], tuple[int, int]] = start_worker(_where)
    assert not worker.forked
    assert worker.submit([4, 5]).result() == (9, os.getpid())


def test_coverage_in_the_worker_equals_coverage_here(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    """The audit forks its coverage worker before loading the corpus and sends it the
    texts and spans (`coverage.texts_to_scan`), each text as read and not its normal form
    (`TextToScan.to_send`: the worker makes it as it scans); its findings and tallies are
    those of the rule run in this process."""
    import checker.loader
    import checker.pipeline
    from checker.config import Config
    from checker.pipeline import audit

    forked: list[int] = []
    real_start = _parallel.start_worker

    scanned = tmp_path / "scanned-by"

    def start(fn: Callable[[Any], Any]) -> Worker[Any, Any]:
        assert not loaded, "the worker is forked before the corpus is loaded"

        def scan(items: Any) -> Any:
            kinds = sorted({type(item.doc).__name__ for item in items})
            scanned.write_text(f"{os.getpid()} {' '.join(kinds)}", encoding="utf-8")
            return fn(items)

        worker = real_start(scan)
        forked.append(worker._pid or 0)
        return worker

    loaded: list[bool] = []
    real_load = checker.loader.load_corpus

    def load(*args: object, **kwargs: object) -> object:
        loaded.append(True)
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checker.pipeline, "load_corpus", load)
    monkeypatch.setattr(_parallel, "start_worker", start)
    monkeypatch.setattr(checker.pipeline, "EARLY_WORKER_BYTES", 1)
    config = Config(corpus=str(CLAIMS))
    monkeypatch.setattr(checker.pipeline, "PARALLEL_TEXT", 10**12)  # here
    here = audit(CLAIMS, config)
    assert forked and forked[-1] and _gone(forked[-1])  # forked, then ended unused
    loaded.clear()
    monkeypatch.setattr(checker.pipeline, "PARALLEL_TEXT", 0)  # in the worker
    there = audit(CLAIMS, config)
    assert len(forked) == 2 and _gone(forked[-1])
    # (scanned in the worker, sent the texts alone)
    assert scanned.read_text(encoding="utf-8") == f"{forked[-1]} str"
    assert here.coverage and there.coverage == here.coverage
    cov = [f for f in here.findings if f.code.startswith("COV")]
    assert [f for f in there.findings if f.code.startswith("COV")] == cov
    assert there.findings == here.findings


def test_small_corpus_forks_no_early_worker(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """Below `EARLY_WORKER_BYTES` of claim files no worker is forked before loading; with
    snapshots over `PARALLEL_TEXT`, coverage runs in a child forked when it starts."""
    import checker.pipeline
    from checker.config import Config
    from checker.pipeline import audit

    def start(fn: Callable[[Any], Any]) -> Worker[Any, Any]:
        raise AssertionError("no early worker for a small corpus")

    monkeypatch.setattr(_parallel, "start_worker", start)
    config = Config(corpus=str(CLAIMS))
    here = audit(CLAIMS, config)
    scanned = tmp_path / "scanned-by"
    real_scan = checker.pipeline._scan_texts

    def scan(items: Any) -> Any:
        scanned.write_text(str(os.getpid()), encoding="utf-8")
        return real_scan(items)

    monkeypatch.setattr(checker.pipeline, "_scan_texts", scan)
    monkeypatch.setattr(checker.pipeline, "PARALLEL_TEXT", 0)
    there = audit(CLAIMS, config)
    assert scanned.read_text(encoding="utf-8") != str(os.getpid())  # in a child
    assert there.coverage == here.coverage and there.findings == here.findings


class _Interrupting:
    """An input whose pickling is interrupted (Ctrl-C while it is sent)."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        raise KeyboardInterrupt


def test_worker_interrupted_while_sent_leaves_no_process() -> None:
    worker: Worker[Any, tuple[int, int]] = start_worker(_where)
    pid = worker._pid
    assert pid is not None
    with pytest.raises(KeyboardInterrupt):
        worker.submit([_Interrupting()])
    assert _gone(pid)


class _Input(list[int]):
    """A list that can be referred to weakly (to see when it is freed)."""


def test_worker_sent_its_input_with_again_keeps_no_input() -> None:
    """With `again`, the pending result holds `again` instead of the input (which the
    caller may then free); a child that fails has `again()` computed here."""
    import weakref

    worker: Worker[int, tuple[int, int]] = start_worker(_fails_in_a_child)
    assert worker.forked
    # (the child fails: it was sent another process's id)
    assert worker.submit(-1, lambda: (6, -1)).result() == (6, -1)  # `again`, here

    worker = start_worker(_where)
    big = _Input(range(1000))
    ref = weakref.ref(big)
    pending2 = worker.submit(big, lambda: (0, 0))
    del big
    assert ref() is None  # sent, and held by nothing here
    assert pending2.result() == (sum(range(1000)), pending2.child_pid)


def test_coverage_worker_frees_the_normal_texts_and_remakes_them_on_failure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the coverage worker is sent its input, the snapshots' normal forms are freed
    (no later stage reads them); a worker that fails has its input made again here, from
    the texts as read, with the same findings and tallies."""
    import weakref

    import checker.pipeline
    from checker.config import Config
    from checker.pipeline import audit

    monkeypatch.setattr(checker.pipeline, "EARLY_WORKER_BYTES", 1)
    monkeypatch.setattr(checker.pipeline, "PARALLEL_TEXT", 10**12)  # here
    config = Config(corpus=str(CLAIMS))
    here = audit(CLAIMS, config)

    monkeypatch.setattr(checker.pipeline, "PARALLEL_TEXT", 0)  # in the worker ...
    parent = os.getpid()
    real_scan = checker.pipeline._scan_texts

    def scan(items: Any) -> Any:
        if os.getpid() != parent:
            raise RuntimeError("the worker fails")  # ... which fails: made again here
        return real_scan(items)

    monkeypatch.setattr(checker.pipeline, "_scan_texts", scan)
    refs: list[weakref.ref[Any]] = []
    real_start = checker.pipeline._start_coverage

    def start(ctx: Any, texts: Any, prov: Any, worker: Any) -> Any:
        refs.extend(weakref.ref(t.text) for t in texts.values() if t.text is not None)
        return real_start(ctx, texts, prov, worker)

    alive: list[int] = []
    real_entries = checker.pipeline.claim_entries

    def entries(*args: Any) -> Any:
        alive.append(sum(r() is not None for r in refs))
        return real_entries(*args)

    monkeypatch.setattr(checker.pipeline, "_start_coverage", start)
    monkeypatch.setattr(checker.pipeline, "claim_entries", entries)
    there = audit(CLAIMS, config)
    assert refs and alive == [0]  # every normal form freed before the cross-check
    assert here.coverage and there.coverage == here.coverage
    assert there.findings == here.findings


_EARLY_SIGTERM = """
import os, signal, sys
from checker import _parallel

def interrupt(signum, frame):  # the CLI's handler (`_terminate_as_interrupt`)
    raise KeyboardInterrupt

signal.signal(signal.SIGTERM, interrupt)
parent = os.getpid()
real_close = os.close

def close(fd):
    # The child's first step after the fork: SIGTERM arrives before its own handlers.
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGTERM)
    real_close(fd)

os.close = close
try:
    if sys.argv[1] == "in_child":
        answer = _parallel.in_child(lambda: os.getpid()).result()
    else:
        worker = _parallel.start_worker(lambda arg: (arg, os.getpid()))
        answer = worker.submit(parent).result()[1]
    print("answer", "here" if answer == parent else "child")
except KeyboardInterrupt:
    print("escaped", "child" if os.getpid() != parent else "parent")
sys.stdout.flush()
os._exit(0)
"""


@pytest.mark.parametrize("start", ["in_child", "start_worker"])
def test_sigterm_before_the_childs_handlers_never_lets_it_out(start: str) -> None:
    """A child stopped right after the fork (a parent failing at once) ends there: the
    signal waits until the child's own handlers are in place, and the work is done here.

    Run in a subprocess: a child that escaped would go on running this test session.
    """
    done = subprocess.run([sys.executable, "-c", _EARLY_SIGTERM, start], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "answer here\n", done.stdout


def test_fork_held_restores_the_parents_mask() -> None:
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    pending = _parallel.in_child(lambda: 7)
    assert pending.result() == 7
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before


_PROBE = """
import os


def test_escapes():
    if os.fork() == 0:
        return  # the child comes back into the session, as an escaped one would
    os.wait()


def test_after():
    pass
"""


def test_a_child_back_in_the_test_session_fails_the_run(tmp_path: Path) -> None:
    """The suite's guard (`conftest._no_escaped_child`): a forked child that returns into
    the test session is ended there, and the session fails naming the test."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_probe.py").write_text(_PROBE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "conftest",
         "--rootdir", str(tmp_path), str(tmp_path / "test_probe.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "returned into the test session" in done.stdout
    assert "test_probe.py::test_escapes" in done.stdout
    assert "2 passed" in done.stdout  # (the child ran nothing after its test)
