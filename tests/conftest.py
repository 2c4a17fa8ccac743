"""Shared fixtures: a builder for temporary corpus trees, and the audit of the bundled corpus."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

# No hypothesis example may fail for taking long: speed is measured in bench/, never in a
# test (on a loaded 2-core machine a 200 ms deadline failed examples that were correct).
settings.register_profile("claimcheck", deadline=None)
# CI (`.ci/run` sets HYPOTHESIS_PROFILE=ci): the same examples on every run of the same
# versions, so the gate's answer never depends on a random draw.  Exploring new examples is
# done by hand (`--hypothesis-seed`, see CONTRIBUTING.md) before changes land.
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "claimcheck"))

if TYPE_CHECKING:  # typing only: importing the checker here would slow every test start
    from checker.findings import AuditResult

REPO = Path(__file__).resolve().parent.parent

_SESSION_PID = os.getpid()
_ESCAPED = Path(tempfile.gettempdir()) / f"claimcheck-tests-escaped-{_SESSION_PID}"
"""Where a forked child that came back into the test session names its test
(`_no_escaped_child`), for the session's own process to fail the run."""
_ESCAPED.unlink(missing_ok=True)  # (left by an earlier session of the same pid)


@pytest.fixture(autouse=True)
def _no_escaped_child(request: pytest.FixtureRequest) -> Iterator[None]:
    """End a forked child of the checker that returned into the test session.

    A child forked by `checker._parallel` must leave by `os._exit`; one that got out of
    it (an exception raised before its own ``try``) would run every later test a second
    time and print a second summary, while the session's own result stayed green.  It
    is stopped here, after the test it came back through, and that test is named for
    `pytest_sessionfinish` to fail the run.
    """
    yield
    if os.getpid() != _SESSION_PID:
        with open(_ESCAPED, "a", encoding="utf-8") as out:
            out.write(request.node.nodeid + "\n")
        os._exit(70)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.getpid() != _SESSION_PID or not _ESCAPED.exists():
        return
    names = _ESCAPED.read_text(encoding="utf-8")
    _ESCAPED.unlink()
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
    print(f"\nA forked child returned into the test session (it must end with "
          f"os._exit) in:\n{names}")


_SHA = re.compile(r"\{\{sha256:([^}]+)\}\}")


def corpus_result() -> AuditResult:
    """Return the audit of the bundled corpus ``claims/`` (run from the repository root)."""
    from checker.config import Config
    from checker.pipeline import audit

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return audit("claims", Config())
    finally:
        os.chdir(cwd)


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write `files` (relative path → text or bytes) under `root`; return `root`.

    Text may say ``{{sha256:PATH}}`` to stand for the sha256 of another file of the tree
    (written first, as given).
    """
    root.mkdir(parents=True, exist_ok=True)
    plain = {k: v for k, v in files.items() if isinstance(v, bytes) or not _SHA.search(v)}
    for name, content in [*plain.items(), *[(k, v) for k, v in files.items() if k not in plain]]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = _SHA.sub(
                lambda m: hashlib.sha256((root / m.group(1)).read_bytes()).hexdigest(), content)
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return root


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    """Return a function that writes a corpus tree under tmp_path and returns its folder."""
    counter = iter(range(1000))

    def make(files: Mapping[str, str | bytes]) -> Path:
        return write_tree(tmp_path / f"corpus{next(counter)}", files)

    return make


@contextmanager
def hard_stop(seconds: int) -> Iterator[None]:
    """Interrupt the block with `TimeoutError` after `seconds` (a hang must fail, not block CI)."""

    def _raise(signum: int, frame: Any) -> None:
        raise TimeoutError(f"case still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
