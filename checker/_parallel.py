"""Work handed to a forked child process on a second core (layer 0, stdlib only).

`in_child(fn)` starts `fn()` in a forked child and returns a `Pending` whose `result()`
waits for it; when the child fails in any way, `fn()` runs here instead, so the answer
never depends on whether the parallel path was taken.  `can_fork()` says when forking
is safe and worth it.  The reporters use it for rendering half of the output files of a
large audit, the solver for half of the components that need z3.

`start_worker(fn)` forks the child at once but gives it its input later (`submit(arg)`,
pickled through a pipe): a child forked while this process is still small shares few
pages with it.  A child forked late inherits the whole heap, and every page that either
process then writes, if only to change a reference count by reading an object, becomes
two copies.  The audit forks its coverage worker so, before the corpus is loaded, and
sends it only the snapshots and the spans of the verified `says`.
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
A = TypeVar("A")


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
        self.child_pid = pid  # kept after the child is waited for (None: no child)

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
        try:
            return self.child_result()
        except OSError:
            return None

    def cancel(self) -> None:
        """Stop the child, if any (the caller failed and will not ask for the result)."""
        if self._pid is None:
            return
        _kill(self._pid, self._read)
        self._pid = None


def _kill(pid: int, read: int) -> None:
    """Kill child `pid` at once, close the pipe of its result and wait for it."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.close(read)
        os.waitpid(pid, 0)
    except OSError:
        pass


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)
"""Held back across a fork until the child has its own handlers (`fork_held`)."""


def fork_held() -> tuple[int, set[int | signal.Signals]]:
    """`os.fork()` with SIGINT and SIGTERM held back across it; return the pid and the
    signal mask from before.

    The parent's mask is restored at once.  The child keeps them held until
    `_run_child` has installed its own handlers inside its ``try``: a SIGTERM sent to a
    child that has just been forked (a parent failing at once stops it) would otherwise
    run the parent's handler there, and its `KeyboardInterrupt` would carry the child
    out of `in_child` into the parent's code (its clean-ups, its messages, its exit).
    """
    before = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
    try:
        pid = os.fork()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
        raise
    if pid != 0:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    return pid, before


def _fork_with_pipes(count: int) -> tuple[int, set[int | signal.Signals], list[int]] | None:
    """Open `count` pipes, then fork (`fork_held`); return the pid, the signal mask from
    before and the pipes' ends (read, write, read, write, ...), or None when a pipe or
    the fork fails (every end opened is closed again)."""
    fds: list[int] = []
    try:
        for _ in range(count):
            fds += os.pipe()
        pid, mask = fork_held()
    except OSError:
        for fd in fds:
            os.close(fd)
        return None
    return pid, mask, fds


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
    forked = _fork_with_pipes(1)
    if forked is None:
        return Pending(fn)
    pid, mask, (read, write) = forked
    if pid == 0:  # the child
        os.close(read)
        _run_child(parent, fn, write, mask)
    os.close(write)
    return Pending(fn, pid, read)


def _run_child(parent: int, fn: Callable[[], T], write: int,
               mask: set[int | signal.Signals]) -> None:
    """In a forked child: compute `fn()`, send it pickled through `write`, end the process.

    Never returns: the child leaves with `os._exit` (status 0 once the result is sent).
    `mask` is the signal mask to restore once the child's handlers are in place (the
    fork held SIGINT and SIGTERM back: `fork_held`); a signal that came meanwhile is
    delivered then, inside the ``try``.
    """
    status = 1
    try:
        # The child is short-lived: a collection would only touch (and so copy) every
        # page it shares with the parent.
        gc.disable()
        _stop_with_parent(parent)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        value = fn()
        # Done: from here on a stop request must not lose the result, since only the
        # parent can then clean up what `fn()` made (its temporary files, say).
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


class Worker(Generic[A, T]):
    """A forked child waiting for the input of `fn` (`start_worker`).

    `submit(arg)` sends it `arg` and returns the `Pending` of `fn(arg)`; `cancel()` ends
    it unused.  Without a child (it could not fork, or the child is gone), `submit`
    returns a `Pending` that computes `fn(arg)` here.
    """

    def __init__(self, fn: Callable[[A], T], pid: int | None = None, send: int = -1,
                 read: int = -1) -> None:
        self._fn, self._pid, self._send, self._read = fn, pid, send, read

    @property
    def forked(self) -> bool:
        """Whether a child is waiting for the input."""
        return self._pid is not None

    def submit(self, arg: A, again: Callable[[], T] | None = None) -> Pending[T]:
        """Send `arg` to the child; return the pending `fn(arg)` (computed here if need be).

        The input is pickled straight into the pipe (no copy of it is built here); a
        child that died meanwhile leaves the work to this process.  `again`, when given,
        is what this process computes then instead of `fn(arg)` (the same answer, from
        inputs it makes again): the `Pending` holds `again` rather than `arg`, so the
        caller may free the input as soon as it is sent.
        """
        fn = self._fn

        def here() -> T:
            return fn(arg)

        if self._pid is None:
            return Pending(here)
        pid, read, send = self._pid, self._read, self._send
        self._pid = None
        try:
            with os.fdopen(send, "wb") as out:
                pickle.dump(arg, out, protocol=pickle.HIGHEST_PROTOCOL)
        except (OSError, pickle.PicklingError):
            _kill(pid, read)
            return Pending(here)
        except BaseException:  # interrupted: no child is left behind
            _kill(pid, read)
            raise
        if again is not None:
            del here, arg  # (the closure would keep the input alive)
            return Pending(again, pid, read)
        return Pending(here, pid, read)

    def cancel(self) -> None:
        """End the child unused (it holds nothing to clean up)."""
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        try:
            os.close(self._send)
        except OSError:
            pass
        _kill(pid, self._read)


def start_worker(fn: Callable[[A], T]) -> Worker[A, T]:
    """Fork a child now that will compute `fn(arg)` for the `arg` it is sent later.

    Fork it early, while this process holds little: the child shares only those pages
    with it, and the input it is sent is its own.  The child blocks until the input
    comes (`Worker.submit`) and leaves without a result when the pipe is closed before
    (or when it is cancelled, or its parent dies).  Without `can_fork()`, or when the
    fork fails, the worker has no child and `submit` computes here.
    """
    if not can_fork():
        return Worker(fn)
    parent = os.getpid()
    forked = _fork_with_pipes(2)
    if forked is None:
        return Worker(fn)
    pid, mask, (take, send, read, write) = forked
    if pid == 0:  # the child
        os.close(send)
        os.close(read)

        def job() -> T:
            with os.fdopen(take, "rb") as inp:
                try:
                    held: list[A] = [pickle.load(inp)]
                except EOFError:  # closed unused: leave without a result
                    os._exit(0)
            # The input is freed as soon as `fn` is done with it, before the result is
            # sent (the parent may take it only much later).
            return fn(held.pop())

        _run_child(parent, job, write, mask)
    os.close(take)
    os.close(write)
    _widen(read)
    return Worker(fn, pid, send, read)


PIPE_BYTES = 1 << 20
"""The capacity asked for the pipe of a worker's result (Linux's default is 64 KiB, its
limit for an unprivileged process 1 MiB): a result that fits is written at once, and the
worker ends and frees its memory then, however late the parent reads it."""


def _widen(fd: int) -> None:
    """Ask for `PIPE_BYTES` of capacity in pipe `fd` (best effort: Linux only)."""
    import fcntl  # noqa: PLC0415 - POSIX only, and only once a child is forked

    setsize = getattr(fcntl, "F_SETPIPE_SZ", 1031)
    try:
        fcntl.fcntl(fd, setsize, PIPE_BYTES)
    except OSError:
        pass
