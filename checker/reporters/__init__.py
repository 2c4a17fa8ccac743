"""Reporters: one finished `AuditResult` in, one output format out (layer 4: output).

`Reporter` is the protocol every format implements; `FACTORIES` maps each format of
`checker.formats.FORMATS` to the function that makes its reporter from the run's
`Config` (the table is checked against the formats at import: a format without a
reporter, or a reporter without a format, fails loudly); `REPORTERS` holds them made
with the default configuration; `write_reports` is the one helper that owns output
files (``-`` is stdout, parent folders are created, the file appears atomically or not
at all).  Reporters read the finished result and never re-run analysis; every format is
byte-deterministic.

The terminal view (`checker.reporters.terminal`) is not in the registry: it draws on a
rich console rather than a text stream, and only the CLI imports it.
"""

from __future__ import annotations

import gc
import io
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Protocol, TextIO, runtime_checkable

from checker.config import Config
from checker.errors import OutputError
from checker.findings import AuditResult
from checker.formats import FORMATS

__all__ = ["FACTORIES", "REPORTERS", "Reporter", "make_reporter", "render_to_string",
           "write_report", "write_reports", "write_text"]


@runtime_checkable
class Reporter(Protocol):
    """One output format: a `name` and a `render` that writes the whole report to `stream`.

    `render` must not write anything else anywhere, must not read the clock or the
    environment except `SOURCE_DATE_EPOCH`, and must give the same text for the same result.
    """

    name: str

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the report of `result` to `stream`."""

    def omitted(self, result: AuditResult) -> str:
        """Return what the report of `result` leaves out, in words ("" when nothing)."""


# Each reporter's module is imported when a reporter of its format is first made: a run
# imports only the formats it writes (the HTML page's, jinja2 among them, only for HTML).


def _html(config: Config) -> Reporter:
    from checker.reporters.html import HtmlReporter  # noqa: PLC0415

    return HtmlReporter()


def _json(config: Config) -> Reporter:
    from checker.reporters.json import JsonReporter  # noqa: PLC0415

    return JsonReporter()


def _sarif(config: Config) -> Reporter:
    from checker.reporters.sarif import SarifReporter  # noqa: PLC0415

    return SarifReporter(notes=config.sarif_notes)


def _junit(config: Config) -> Reporter:
    from checker.reporters.junit import JunitReporter  # noqa: PLC0415

    return JunitReporter()


def _markdown(config: Config) -> Reporter:
    from checker.reporters.markdown import MarkdownReporter  # noqa: PLC0415

    return MarkdownReporter()


def _claimreview(config: Config) -> Reporter:
    from checker.reporters.claimreview import ClaimReviewReporter  # noqa: PLC0415

    return ClaimReviewReporter()


FACTORIES: dict[str, Callable[[Config], Reporter]] = {
    "html": _html,
    "json": _json,
    "sarif": _sarif,
    "junit": _junit,
    "markdown": _markdown,
    "claimreview": _claimreview,
}
"""Format name → the reporter of that format for a run's configuration."""


def check_registry(factories: Mapping[str, Callable[[Config], Reporter]],
                   formats: Mapping[str, object]) -> None:
    """Raise `RuntimeError` unless `factories` has one entry per format, in order."""
    if list(factories) != list(formats):
        raise RuntimeError("checker.reporters.FACTORIES must list the formats of "
                           f"checker.formats.FORMATS in order: {list(factories)} != "
                           f"{list(formats)}")


check_registry(FACTORIES, FORMATS)  # at import: a format without a reporter fails loudly

class _Defaults(Mapping[str, Reporter]):
    """Format name → its reporter under the default configuration, each made (and its
    module imported) when first looked up."""

    def __init__(self) -> None:
        self._made: dict[str, Reporter] = {}

    def __getitem__(self, name: str) -> Reporter:
        reporter = self._made.get(name)
        if reporter is None:
            reporter = self._made[name] = FACTORIES[name](Config())
        return reporter

    def __iter__(self) -> Iterator[str]:
        return iter(FACTORIES)

    def __len__(self) -> int:
        return len(FACTORIES)


REPORTERS: Mapping[str, Reporter] = _Defaults()
"""Format name → its reporter under the default configuration."""


def make_reporter(name: str, config: Config) -> Reporter:
    """Return the reporter of format `name` configured by `config`."""
    reporter = FACTORIES[name](config)
    if reporter.name != name:  # pragma: no cover - caught by any test run
        raise RuntimeError(f"the reporter of format {name!r} calls itself {reporter.name!r}")
    return reporter


def render_to_string(reporter: Reporter, result: AuditResult) -> str:
    """Return the whole report of `result` by `reporter` as one string."""
    buffer = io.StringIO(newline="")
    reporter.render(result, buffer)
    return buffer.getvalue()


def write_report(reporter: Reporter, result: AuditResult, path: str) -> None:
    """Render `result` with `reporter` and write it to `path` (``-`` is stdout).

    See `write_reports`: the file appears complete or not at all.
    """
    write_reports(result, [(reporter, path)])


PARALLEL_CLAIMS = 20_000
"""From this many claims, a second core renders about half of the report files."""

SERIAL_CLAIMS = 300_000
"""From this many claims, every report file is rendered here again, one after another.

The forked child reads the whole result, and reading an object writes its reference
count: every page it reads becomes its own copy, and so does every page this process
writes meanwhile.  At 200,000 claims that is about 300 MB more (the tree's proportional
memory 545 MB without the child, 820 MB with it) for about 1.5 s of CPU on the second
core; at a million claims 1.6 GB for about 8 s."""

# Rough relative cost of each format, to split the files evenly between two processes:
# CPU time in units of about 0.05 s at 100,000 claims (bench/run.py --stages).  With all
# six, JSON and ClaimReview are written here (0.9 s), the HTML page, JUnit, SARIF and
# Markdown in the child (0.8 s).
_COST = {"html": 8, "json": 11, "sarif": 1, "junit": 7, "markdown": 1, "claimreview": 6}


def write_reports(result: AuditResult, targets: Sequence[tuple[Reporter, str]], *,
                  parallel: bool | None = None) -> None:
    """Write every report of `targets` (reporter, path) as one set: all of them or none.

    Each file report is rendered straight into a temporary file beside its destination
    (so memory stays flat however large the report), and only when every one of them has
    rendered are they renamed over their destinations; a reporter or a disk that fails
    leaves every previous report as it was and no temporary file behind.  Reports for
    ``-`` go to stdout last.  Raise `OutputError` naming the path the file system refused.

    A large result (`PARALLEL_CLAIMS`, below `SERIAL_CLAIMS`) with several files has
    about half of them rendered by a forked child process on a second core; `parallel`
    forces the choice.
    The bytes written are the same either way.  The cycle collector does not run
    meanwhile (`collector_paused`).
    """
    with collector_paused():
        _write_reports(result, targets, parallel)


def _write_reports(result: AuditResult, targets: Sequence[tuple[Reporter, str]],
                   parallel: bool | None) -> None:
    files: list[tuple[Reporter, str]] = []  # written atomically: (reporter, real path)
    in_place: list[tuple[Reporter, str, str]] = []  # devices and pipes: (reporter, real, path)
    shown: dict[str, str] = {}  # real path -> the path as given, for messages
    for reporter, path in targets:
        if path == "-":
            continue
        real, special = destination(path)
        shown[real] = path
        if special:
            in_place.append((reporter, real, path))
        else:
            files.append((reporter, real))
    if parallel is None:
        parallel = len(files) > 1 and PARALLEL_CLAIMS <= len(result.claims) < SERIAL_CLAIMS
    pending: list[tuple[str, str]] = []  # (temporary file, destination)
    try:
        pending = _render_split(result, files) if parallel else _render_all(result, files)
        to_stdout = [render_to_string(reporter, result)
                     for reporter, path in targets if path == "-"]
        for tmp_name, path in pending:
            try:
                os.replace(tmp_name, path)
            except OSError as exc:
                raise OutputError(f"cannot write the report: {exc.strerror or exc}",
                                  file=shown.get(path, path)) from exc
        pending = []
    except OutputError as exc:
        exc.file = shown.get(exc.file or "", exc.file)
        raise
    finally:
        if pending or sys.exc_info()[0] is not None:
            _unlink_all(pending)
            remove_own_temps([path for _, path in files], os.getpid())
    for reporter, real, path in in_place:
        _write_in_place(real, path, f"the {reporter.name} report", _renderer(reporter, result))
    for text in to_stdout:
        write_text("-", text)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cycle collector from running while the block runs (restored after).

    Reports make few reference cycles, but many objects: the collections their objects
    trigger would each scan what the audit left in the younger generations too (at
    200,000 claims a collection of the middle generation took 0.6 s inside one report),
    at whichever report a counter happened to run over.  Their garbage is freed by
    reference counting as it goes; the few cycles wait for the next collection after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _renderer(reporter: Reporter, result: AuditResult) -> Callable[[TextIO], object]:
    def write(handle: TextIO) -> None:
        reporter.render(result, handle)

    return write


def destination(path: str) -> tuple[str, bool]:
    """Return where a report for `path` goes, and whether it is written in place.

    A symlink is followed (the link stays, its target is replaced); a regular file or a
    new name is written atomically (a temporary file renamed over it); an existing
    character device or named pipe (``/dev/null``, ``/dev/stdout``, a process
    substitution) is written in place, never renamed over.  Raise `OutputError` for a
    folder, a socket, or a path the operating system cannot name.
    """
    try:
        real = os.path.realpath(path)
        info = os.stat(real)
    except FileNotFoundError:
        return real, False
    except ValueError:
        raise OutputError("the path contains a NUL character", file=path) from None
    except OSError as exc:
        raise OutputError(f"cannot write the report: {exc.strerror or exc}",
                          file=path) from None
    if stat.S_ISREG(info.st_mode):
        return real, False
    if stat.S_ISDIR(info.st_mode):
        raise OutputError("cannot write the report: is a directory", file=path)
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return real, True
    raise OutputError("cannot write the report: not a regular file, device or named pipe",
                      file=path)


def _write_in_place(real: str, path: str, what: str, write: Callable[[TextIO], object]) -> None:
    try:
        with open(real, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    except OSError as exc:
        raise OutputError(f"cannot write {what}: {exc.strerror or exc}", file=path) from exc


def _render_all(result: AuditResult, files: Sequence[tuple[Reporter, str]]
                ) -> list[tuple[str, str]]:
    """Render every file into its temporary file; on failure remove those already done."""
    done: list[tuple[str, str]] = []
    try:
        for reporter, path in files:
            done.append((_render_to_temp(reporter, result, path), path))
    except BaseException:
        _unlink_all(done)
        raise
    return done


def _render_split(result: AuditResult, files: Sequence[tuple[Reporter, str]]
                  ) -> list[tuple[str, str]]:
    """Render the files in two halves, one of them in a forked child when it can fork.

    A child that fails or is refused hands its half back (it is rendered here, so an
    error is raised from this process with the same message); whichever half fails, the
    temporary files of the other are removed.
    """
    from checker._parallel import can_fork, in_child  # noqa: PLC0415

    halves: tuple[list[int], list[int]] = ([], [])
    load = [0, 0]
    for i in sorted(range(len(files)), key=lambda i: (-_COST.get(files[i][0].name, 1), i)):
        side = 0 if load[0] <= load[1] else 1
        halves[side].append(i)
        load[side] += _COST.get(files[i][0].name, 1)
    if not halves[1] or not can_fork():
        return _render_all(result, files)
    here = [files[i] for i in halves[0]]
    there = [files[i] for i in halves[1]]
    child = in_child(lambda: _render_all(result, there))

    def stop_child() -> None:
        # The child stops (it removes its own temporary files on the way out); whatever
        # a signal cut short there, the files of its pattern are removed here once it
        # has ended.
        done = child.stop()
        _unlink_all(done[0] if done else [])
        if child.child_pid is not None:
            remove_own_temps([path for _, path in there], child.child_pid)

    try:
        mine = _render_all(result, here)
    except BaseException:
        stop_child()
        raise
    try:
        theirs = child.result()
    except BaseException:
        _unlink_all(mine)
        stop_child()
        raise
    rendered = dict(zip([*halves[0], *halves[1]], [*mine, *theirs], strict=True))
    return [rendered[i] for i in range(len(files))]


def _unlink_all(pending: Sequence[tuple[str, str]]) -> None:
    for tmp_name, _path in pending:
        _unlink(tmp_name)


def _unlink(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _render_to_temp(reporter: Reporter, result: AuditResult, path: str) -> str:
    """Render into a new temporary file in `path`'s folder and return its name."""
    return _write_temp(path, f"the {reporter.name} report",
                       lambda handle: reporter.render(result, handle))


STALE_SECONDS = 3600
"""A temporary file of this writer's pattern whose process is gone is removed once it is
this old (a run killed by SIGKILL or a power cut leaves it behind)."""


def _temp_prefix(path: str) -> str:
    return f".{os.path.basename(path)}."


def remove_stale(path: str, *, now: float | None = None) -> list[str]:
    """Remove the stale temporary files beside `path` and return their names.

    Only files of this writer's own pattern (``.NAME.PID-XXXX.tmp``, written by
    `_write_temp`) are candidates: one whose process no longer runs and that is older
    than `STALE_SECONDS`.  Files of a process still running are never touched.
    """
    import time  # noqa: PLC0415

    folder = os.path.dirname(os.path.abspath(path))
    prefix = _temp_prefix(path)
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid_text, dash, _ = name[len(prefix):].partition("-")
        if not dash or not pid_text.isdigit():
            continue
        full = os.path.join(folder, name)
        try:
            if _alive(int(pid_text)) or now - os.lstat(full).st_mtime < STALE_SECONDS:
                continue
            os.unlink(full)
            removed.append(full)
        except OSError:
            continue
    return removed


def remove_own_temps(paths: Sequence[str], pid: int) -> None:
    """Remove every temporary file process `pid` may have left beside `paths`.

    Called once that process is known to be done writing them (this process, failing;
    a forked child that was stopped), so a signal that cut `_write_temp` short between
    creating a file and recording its name leaves nothing behind.
    """
    for path in paths:
        folder = os.path.dirname(os.path.abspath(path))
        prefix = f"{_temp_prefix(path)}{pid}-"
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp"):
                _unlink(os.path.join(folder, name))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2**22  # a process of another user (or no such pid at all)
    return True


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while the block runs (delivered as it ends)."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - no sigmask here
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _write_temp(path: str, what: str, write: Callable[[TextIO], object]) -> str:
    """Call `write` on a new temporary file beside `path` (UTF-8, newlines as given).

    The folder is created if needed, and stale temporary files of earlier runs are
    removed from it (`remove_stale`); the file is flushed to disk and given the mode a
    new file would have.  Return its name; on any failure remove it and raise
    `OutputError` naming `path` (for an `OSError`) or let the exception through.
    """
    folder = os.path.dirname(os.path.abspath(path))
    tmp_name: str | None = None
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(21, "is a directory")
        os.makedirs(folder, exist_ok=True)
        remove_stale(path)
        with _signals_held():  # an interrupt here would leave a file no name points to
            fd, tmp_name = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}-",
                                            suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_UMASK)
        done, tmp_name = tmp_name, None
        return done
    except OSError as exc:
        raise OutputError(f"cannot write {what}: {exc.strerror or exc}", file=path) from exc
    finally:
        if tmp_name is not None:
            _unlink(tmp_name)


def write_text(path: str, text: str, *, what: str = "the report") -> None:
    """Write `text` (UTF-8, ``\n`` newlines as given) to `path`; ``-`` is stdout.

    A file is written to a temporary file in the destination folder (created if needed)
    and renamed over `path`, so readers see either the old file or the complete new one;
    the temporary file is removed on any failure.  Raise `OutputError` naming `path`
    when the file system refuses.
    """
    if path == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {what}: {exc.strerror or exc}",
                              file="<stdout>") from exc
        return
    real, special = destination(path)
    if special:
        _write_in_place(real, path, what, lambda handle: handle.write(text))
        return
    shown, path = path, real
    try:
        tmp_name = _write_temp(path, what, lambda handle: handle.write(text))
    except OutputError as exc:
        raise exc.located(file=shown) from None
    moved = False
    try:
        os.replace(tmp_name, path)
        moved = True
    except OSError as exc:
        raise OutputError(f"cannot write {what}: {exc.strerror or exc}", file=shown) from exc
    finally:
        if not moved:
            _unlink(tmp_name)


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
