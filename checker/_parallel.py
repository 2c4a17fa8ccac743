"""Work handed to a forked child process on a second core (layer 0, stdlib only).

`in_child(fn)` starts `fn()` in a forked child and returns a `Pending` whose `result()`
waits for it; when the child fails in any way, `fn()` runs here instead, so the answer
never depends on whether the parallel path was taken.  `can_fork()` says when forking
is safe and worth it.  The audit uses it for the coverage rule, the reporters for
rendering half of the output files of a large audit.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Return whether work may be handed to a forked child process.

    Only on Linux (fork is the cheap, copy-on-write start there), with a second core, and
    while this process runs a single thread (forking a threaded process is unsafe, and
    the CLI's progress bar runs a thread: large audits get the parallel path with
    ``--quiet``).
    """
    return (sys.platform == "linux" and (os.cpu_count() or 1) > 1
            and threading.active_count() == 1 and hasattr(os, "fork"))


class Pending(Generic[T]):
    """A result being computed, maybe in a forked child: `result()` waits for it."""

    def __init__(self, fn: Callable[[], T], pid: int | None = None, read: int = -1) -> None:
        self._fn, self._pid, self._read = fn, pid, read

    def result(self) -> T:
        """Return the result: the child's, or `fn()` computed here if the child failed."""
        if self._pid is None:
            return self._fn()
        done = self.child_result()
        return self._fn() if done is None else done[0]

    def child_result(self) -> tuple[T] | None:
        """Wait for the child; return its result in a 1-tuple, or None if it failed.

        Never computes `fn()` here (for a caller that only needs to clean up after it).
        """
        if self._pid is None:
            return None
        with os.fdopen(self._read, "rb") as inp:
            data = inp.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status != 0 or not data:
            return None
        result: T = pickle.loads(data)
        return (result,)

    def stop(self) -> tuple[T] | None:
        """Ask the child to stop (SIGTERM: it cleans up after itself) and wait for it.

        Return its result if it had already finished, else None; never computes `fn()`.
        """
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGTERM)
            except OSError:
                pass
        return self.child_result()

    def cancel(self) -> None:
        """Stop the child, if any (the caller failed and will not ask for the result)."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
            os.close(self._read)
            os.waitpid(self._pid, 0)
        except OSError:
            pass
        self._pid = None


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_with_parent(parent: int) -> None:
    """In the child: SIGTERM interrupts it (so its `finally` blocks remove what it wrote),
    and on Linux the kernel sends it SIGTERM when the parent dies, even by SIGKILL."""
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    if sys.platform == "linux":
        try:
            import ctypes  # noqa: PLC0415

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl: best effort
            pass
    if os.getppid() != parent:  # the parent died before the line above
        raise KeyboardInterrupt


def in_child(fn: Callable[[], T]) -> Pending[T]:
    """Start `fn()` in a forked child process; return its `Pending` result.

    The child inherits everything (nothing is pickled on the way in) and sends back the
    pickled result; it never writes anywhere else and leaves with `os._exit`, so no
    buffer or exit handler of the parent runs twice.  If the child fails in any way,
    `Pending.result` runs `fn()` itself: the result is the same, only later.  A caller
    that fails before asking for the result must `cancel()` it (the child would wait
    forever on a full pipe).
    """
    parent = os.getpid()
    try:
        read, write = os.pipe()
        pid = os.fork()
    except OSError:
        return Pending(fn)
    if pid == 0:  # the child
        status = 1
        try:
            # The child is short-lived: a collection would only touch (and so copy) every
            # page it shares with the parent.
            gc.disable()
            _stop_with_parent(parent)
            os.close(read)
            data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return Pending(fn, pid, read)
