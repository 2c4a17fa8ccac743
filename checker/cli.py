"""The command line: arguments → Config → audit → reporters → exit status (layer 5).

``claimcheck audit|extract|snapshot|schema|baseline|diff``; ``python -m checker`` is the
same program.  Exit status: 0 the gate passed, 1 it failed, 2 the run could not be made (bad
input, bad usage), 3 an internal error (a bug in claimcheck).  Errors are one line on stderr
naming the file, line and field; never a traceback, except an internal error's under
``--debug`` or ``CLAIMCHECK_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from checker.config import FAIL_ON, Config, load_config
from checker.errors import CheckerError, ConfigError, CorpusErrors
from checker.findings import AuditResult
from checker.formats import FORMATS as FORMAT_TABLE
from checker.formats import default_formats

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_ERROR = 2
EXIT_INTERNAL = 3

ISSUES_URL = "https://github.com/claimcheck/claimcheck/issues"
"""Where an internal error asks to be reported."""

FORMATS = tuple(FORMAT_TABLE)
"""The output formats, in the order of `checker.formats.FORMATS` (each an ``--NAME`` option)."""
DEFAULT_NAMES = {f.name: f.filename for f in FORMAT_TABLE.values()}
"""Format name → its file name in ``--out``."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors exit with status 2 and one clear line."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"claimcheck: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


class _VersionAction(argparse.Action):
    """``--version``: argparse's version action, with the version looked up when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS,
                 help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        sys.stdout.write(f"claimcheck {_version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    p = _Parser(prog="claimcheck", description="Numeric-claim fact-checking and consistency "
                "auditor: provenance, cross-validation and publishable reports.")
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("--debug", action="store_true", default=False,
                   help="on an internal error, print the traceback (or CLAIMCHECK_DEBUG=1)")
    # `--debug` after the command too; SUPPRESS keeps a subcommand from resetting it.
    debug = _Parser(add_help=False)
    debug.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="on an internal error, print the traceback")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("audit", help="audit a corpus folder and write reports",
                       parents=[debug])
    a.add_argument("corpus", nargs="?", help="corpus folder (default: claims/)")
    for f in FORMAT_TABLE.values():
        a.add_argument(f"--{f.name}", metavar="PATH", help=f"also write {f.title}, {f.what}, "
                       "to PATH ('-' for stdout)")
    written = " and ".join(f.filename for f in default_formats())
    a.add_argument("--out", metavar="DIR", help=f"folder for {written} (default: reports/); "
                   "--out '' writes none there")
    a.add_argument("--sarif-notes", action="store_true", default=None,
                   help="keep info findings as SARIF notes (default: only errors and "
                   "warnings, within GitHub code scanning's limits)")
    a.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that fails the gate")
    a.add_argument("--baseline", metavar="FILE", help="accepted findings (see `baseline`)")
    a.add_argument("--tolerance", metavar="PCT", help="tolerance of about/nearly, in percent")
    a.add_argument("--select", metavar="CODES", help="only these rule codes/prefixes")
    a.add_argument("--ignore", metavar="CODES", help="drop these rule codes/prefixes")
    a.add_argument("--no-coverage", action="store_true", help="skip the coverage rule COV001")
    a.add_argument("--quiet", "-q", action="store_true",
                   help="print only the errors and the gate line")
    a.add_argument("--verbose", "-v", action="store_true",
                   help="list every info finding (default: counted by rule)")
    a.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override any [tool.claimcheck] setting (repeatable), e.g. "
                   "--set max-component=500")

    e = sub.add_parser("extract", help="print the numeric mentions of texts as draft claims",
                       parents=[debug])
    e.add_argument("snapshot", nargs="+", help="one or more text files")
    e.add_argument("--source", metavar="ID", help="source id to put in the drafts (one text)")
    e.add_argument("--corpus", metavar="DIR", help="propose for each mention the quantity of "
                   "this corpus it most likely states, with an id and a verdict preview")
    e.add_argument("--all", action="store_true", dest="show_all",
                   help="also list the mentions that are not claims (years, dates, ...)")

    s = sub.add_parser("snapshot", help="make a text snapshot and a source stub from a saved "
                       "web page (HTML) or a PDF", parents=[debug])
    s.add_argument("page", metavar="PAGE", help="a saved web page (.html) or a PDF (.pdf)")
    s.add_argument("-o", "--output", metavar="PATH",
                   help="the text snapshot to write (default: PAGE with the suffix .txt)")
    s.add_argument("--id", metavar="ID", help="source id for the stub (default: from the title)")
    s.add_argument("--kind", choices=("primary", "news", "dataset", "reference"),
                   help="source kind for the stub (default: news for a page, primary for a PDF)")

    sub.add_parser("schema", help="print the JSON Schema of claim files", parents=[debug])

    b = sub.add_parser("baseline", help="record today's findings as accepted", parents=[debug])
    b.add_argument("corpus", nargs="?", help="corpus folder (default: claims/)")
    b.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="baseline file (YAML; JSON when it ends in .json); the reasons and "
                   "expiry dates of an existing file are kept")
    b.add_argument("--tolerance", metavar="PCT", help="tolerance of about/nearly, in percent")
    b.add_argument("--select", metavar="CODES", help="only these rule codes/prefixes")
    b.add_argument("--ignore", metavar="CODES", help="drop these rule codes/prefixes")
    b.add_argument("--no-coverage", action="store_true", help="skip the coverage rule COV001")
    b.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override any [tool.claimcheck] setting (repeatable)")

    d = sub.add_parser("diff", help="findings new, fixed and unchanged between two audits",
                       parents=[debug])
    d.add_argument("old", help="audit.json of before")
    d.add_argument("new", help="audit.json of after")
    d.add_argument("--fail-on", choices=FAIL_ON, default="error",
                   help="lowest severity of a new finding that makes the status 1 "
                   "(default: error)")
    return p


def _version() -> str:
    """Return the claimcheck version (`checker.__version__`, which the package's metadata
    is made from)."""
    import checker  # noqa: PLC0415

    return checker.__version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        with _fewer_collections(), _terminate_as_interrupt():
            status = _run(args)
            _flush_stdout()
            return status
    except CheckerError as exc:
        _print_errors(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("claimcheck: interrupted\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a status
        return _internal_error(exc, debug=args.debug or _debug_env())


def _debug_env() -> bool:
    return os.environ.get("CLAIMCHECK_DEBUG", "").strip().lower() not in ("", "0", "false", "no")


def _internal_error(exc: BaseException, *, debug: bool) -> int:
    """Report an unexpected exception as a bug: one line, or the traceback with `debug`.

    Reports are written all-or-nothing (`reporters.write_reports`), so an exception on the
    way leaves every previous report as it was.
    """
    if debug:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    detail = _clean(f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc)
                    else type(exc).__name__)[:300]
    sys.stderr.write(
        f"claimcheck: internal error (a bug in claimcheck {_version()}, not a problem with "
        f"your corpus): {detail}. No report was written. Please report it at {ISSUES_URL} "
        "with the command you ran"
        + ("" if debug else " and the traceback that `--debug` prints") + ".\n")
    return EXIT_INTERNAL


def _print_errors(exc: CheckerError) -> None:
    """Print one ``claimcheck: error:`` line per error, then the count when several."""
    errors = exc.errors if isinstance(exc, CorpusErrors) else (exc,)
    for e in errors:
        sys.stderr.write(f"claimcheck: error: {_clean(str(e))}\n")
    if isinstance(exc, CorpusErrors) and len(exc.lines()) > len(errors):
        sys.stderr.write(f"claimcheck: {_clean(exc.lines()[-1])}\n")


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Handle SIGTERM (CI cancellation, ``docker stop``) like Ctrl-C while the block runs.

    Both raise `KeyboardInterrupt`, so every temporary file is removed on the way out
    and a forked child is stopped; the previous handler is restored after.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _flush_stdout() -> None:
    """Flush stdout; a full disk or a closed pipe is an output error, not a traceback.

    On failure stdout is pointed at the null device, so that the interpreter's own
    flush at exit does not print a second error.
    """
    from checker.errors import OutputError

    try:
        sys.stdout.flush()
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"cannot write: {exc.strerror or exc}", file="<stdout>") from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


GC_THRESHOLD = (100_000, 50, 100)
"""The garbage collector's thresholds while a command runs (Python's default: 700, 10, 10).

An audit builds millions of long-lived objects and few cycles; at the default a large
corpus spends about a sixth of its time in collections that free nothing.
"""


_ENDS_PROCESS = False
"""Whether the process ends as `main()` returns (`entry`): what an audit built may then be
frozen out of the collector once its reports are written."""


def entry() -> NoReturn:
    """The program (`checker.__main__.run`, for ``claimcheck`` and ``python -m checker``):
    `main()`, then the process ends at once.

    The collector keeps `GC_THRESHOLD` to the end here: restoring Python's defaults as
    `main()` returns would start a full collection of everything the audit built, only
    for the process to exit right after.
    """
    global _ENDS_PROCESS
    gc.set_threshold(*GC_THRESHOLD)
    _ENDS_PROCESS = True
    status = main()
    # Every report is written, renamed and closed and stdout is flushed by `main()`: end
    # the process here, without the interpreter's teardown (freeing everything the audit
    # built one object at a time takes most of a second at 100,000 claims).
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # stdout already reported as unwritable, or closed
        pass
    os._exit(status)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect less often while the block runs; restore the previous thresholds after."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _run(args: argparse.Namespace) -> int:
    if args.command == "audit":
        return _audit(args)
    if args.command == "extract":
        return _extract(args)
    if args.command == "snapshot":
        return _snapshot(args)
    if args.command == "schema":
        return _schema()
    if args.command == "baseline":
        return _baseline(args)
    return _diff(args)


def _clean(text: str) -> str:
    """Drop control characters (terminal escapes, bidi controls) from a message."""
    from checker.textsafe import strip_controls

    return strip_controls(text)


def _config(args: argparse.Namespace) -> Config:
    """Return the run's configuration: defaults < pyproject.toml < --set < named options."""
    overrides: dict[str, Any] = {
        "corpus": args.corpus,
        "tolerance": getattr(args, "tolerance", None),
        "select": getattr(args, "select", None),
        "ignore": getattr(args, "ignore", None),
    }
    if getattr(args, "no_coverage", False):
        overrides["coverage"] = False
    if args.command == "audit":
        overrides.update(
            out=args.out, fail_on=args.fail_on, baseline=args.baseline,
            sarif_notes=args.sarif_notes, **{fmt: getattr(args, fmt) for fmt in FORMATS})
    config = load_config()
    if getattr(args, "set", None):
        config = config.with_settings(args.set)
    return config.with_overrides(**overrides)


def _targets(config: Config) -> list[tuple[str, str]]:
    """Return the (format, path) of every report to write; refuse two on one destination.

    Two reports to one file (or both to stdout) would clobber each other: a usage
    error, raised before any work is done.
    """
    targets: list[tuple[str, str, str]] = []  # (format, path, option that asked for it)
    if config.out:
        targets += [(f.name, str(Path(config.out) / f.filename), "--out")
                    for f in default_formats()]
    for fmt in FORMATS:
        path = config.output(fmt)
        if path:
            targets.append((fmt, path, f"--{fmt}"))
    seen: dict[str, tuple[str, str]] = {}
    for fmt, path, option in targets:
        try:
            key = "-" if path == "-" else os.path.realpath(path)
        except ValueError:
            raise ConfigError("the path contains a NUL character", file=path) from None
        if key in seen:
            other_fmt, other_option = seen[key]
            where = "stdout" if path == "-" else repr(path)
            raise ConfigError(f"the {other_fmt} report ({other_option}) and the {fmt} report "
                              f"({option}) would both be written to {where}: give each its "
                              "own destination")
        seen[key] = (fmt, option)
    return [(fmt, path) for fmt, path, _ in targets]


def _audit(args: argparse.Namespace) -> int:
    from checker.pipeline import audit
    from checker.reporters import collector_paused, make_reporter, write_reports
    from checker.reporters.terminal import (
        make_console,
        make_quiet_console,
        progress,
        render_terminal,
        render_written,
    )

    config = _config(args)
    targets = _targets(config)
    to_stdout = any(p == "-" for _, p in targets)
    # A report on stdout keeps stdout to itself: the terminal view goes to stderr.
    # (a quiet run prints only its error and gate lines: on a file, without rich)
    console = (make_quiet_console if args.quiet else make_console)(
        sys.stderr if to_stdout else sys.stdout)
    if config.settings_file and not args.quiet:
        shown = os.path.relpath(config.settings_file)
        shown = config.settings_file if shown.startswith("..") else shown
        sys.stderr.write(_clean(f"claimcheck: settings from {shown}") + "\n")
    # The audit and its reports run without the cycle collector (restored after): they
    # build millions of objects and almost no cycles (289 objects in cycles at 100,000
    # claims), so every collection would scan the audit's objects to free nothing (about
    # a tenth of the audit's CPU at 100,000 claims).
    with collector_paused():
        with progress(console, enabled=not args.quiet) as step:
            # (no report reads the corpus's models: they are freed before the reports)
            result = audit(config.corpus, config, progress=step, keep_corpus=False)
        # All reports or none: a reporter or a disk that fails leaves every file as it was.
        reporters = [(make_reporter(fmt, config), path) for fmt, path in targets]
        write_reports(result, reporters)
        # The objects made while paused are counted all the same: as the collector
        # resumes, the first container made would start a collection of everything the
        # run built and kept (0.2 s at 100,000 claims, 1.9 s at a million, to free next
        # to nothing), while the last lines are printed and the process ends.  When it
        # does end right after (`entry`), that is frozen instead (`gc.freeze`: splices,
        # and the count back to zero): never scanned, still freed by reference counting.
        # A caller of `main()` that goes on keeps its collector's generations as they are.
        if _ENDS_PROCESS:
            gc.freeze()
    quiet = args.quiet or to_stdout
    try:
        if not quiet:
            render_written(result, reporters, console)
        render_terminal(result, console, quiet=quiet, verbose=args.verbose)
    except OSError as exc:
        from checker.errors import OutputError

        _silence_stdout()
        raise OutputError(f"cannot write: {exc.strerror or exc}",
                          file="<stderr>" if to_stdout else "<stdout>") from None
    _report_skipped(result)
    _report_baseline(result)
    return EXIT_GATE_FAILED if result.gate_failed else EXIT_OK


def _report_skipped(result: AuditResult) -> None:
    """Print one line on stderr per claimcheck output found in the corpus (not read)."""
    for file, what in result.skipped:
        sys.stderr.write(_clean(f"claimcheck: skipped {file}: a claimcheck output ({what}), "
                                "not a claim file; keep outputs out of the corpus folder")
                         + "\n")


def _report_baseline(result: AuditResult) -> None:
    """Print one line on stderr per expired and per fixed baseline entry."""
    if result.baseline is None or not (result.expired or result.fixed):
        return
    from checker.baseline import load_baseline

    entries = load_baseline(result.baseline, require_reasons=False).by_fingerprint()

    def name(fp: str) -> str:
        e = entries.get(fp)
        what = f"{e.code} {', '.join(e.claims)}".strip() if e is not None else ""
        return f"{fp} ({what})" if what else fp

    for fp in result.expired:
        e = entries.get(fp)
        since = f" on {e.expires.isoformat()}" if e is not None and e.expires else ""
        sys.stderr.write(_clean(f"claimcheck: baseline entry {name(fp)} expired{since} and "
                                f"its finding still occurs: the gate fails until it is fixed "
                                f"or the entry renewed in {result.baseline}") + "\n")
    for fp in result.fixed:
        sys.stderr.write(_clean(f"claimcheck: baseline entry {name(fp)} no longer matches a "
                                f"finding (fixed): remove it from {result.baseline}") + "\n")


def _extract(args: argparse.Namespace) -> int:
    import re

    from checker._files import read_text_file, resolve_input
    from checker.extract import Section, Text, render_texts
    from checker.reporters import write_text

    if args.source is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", args.source):
        raise ConfigError(f"--source {args.source!r} is not a valid id (lowercase letters, "
                          "digits, '.', '_', '-')")
    if args.source and len(args.snapshot) > 1:
        raise ConfigError("--source names the source of one text; give one text, or none")
    corpus = None
    if args.corpus:
        from checker.propose import load

        corpus = load(args.corpus, _config(argparse.Namespace(
            command="extract", corpus=args.corpus)))
    texts = []
    for name in args.snapshot:
        path = Path(name)
        real = resolve_input(path, name, error=ConfigError)
        text, _ = read_text_file(real, name, Config().max_snapshot_bytes, noun="file",
                                 kind="a text file", error=ConfigError)
        known = _corpus_sources(corpus, path) if corpus is not None else []
        if len(known) == 1 and not args.source:
            s = known[0]
            texts.append(Text(name, text, s.id, s.kind, s.cites, in_corpus=True))
        elif known and not args.source and all(s.section for s in known):
            sections = tuple(Section(s.section[0], s.section[1], s.id, s.kind, s.cites)
                             for s in known)
            texts.append(Text(name, text, known[0].id, in_corpus=True, sections=sections))
        else:
            texts.append(Text(name if corpus is not None else path.name, text,
                              args.source or _default_source(path)))
    write_text("-", render_texts(texts, corpus, show_all=args.show_all), what="the drafts")
    return EXIT_OK


def _corpus_sources(corpus: Any, path: Path) -> list[Any]:
    """Return the sources of `corpus` whose snapshot is the file `path` (several: each
    one a section of it)."""
    root = Path(corpus.result.root)
    return [s for s in corpus.result.sources
            if s.file is not None and (root / s.file).resolve() == path.resolve()]


def _default_source(path: Path) -> str:
    import re

    stem = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-._")
    return stem or "source"


def _snapshot(args: argparse.Namespace) -> int:
    import hashlib

    from checker.capture import capture_file
    from checker.extract import render_source_stub, source_id
    from checker.reporters import write_text

    page = Path(args.page)
    output = Path(args.output) if args.output else page.with_suffix(".txt")
    if output.resolve() == page.resolve():
        raise ConfigError("the snapshot would overwrite the page itself: give -o PATH",
                          file=args.page)
    captured = capture_file(page, args.page, load_config().max_file_bytes)
    write_text(str(output), captured.text, what="the snapshot")
    digest = hashlib.sha256(captured.text.encode("utf-8")).hexdigest()
    ident = args.id or source_id(captured.title, page.stem, captured.published)
    sys.stdout.write(render_source_stub(
        ident=ident, title=captured.title, fallback_title=page.stem,
        publisher=captured.publisher, author=captured.author,
        kind=args.kind or captured.kind, url=captured.url, published=captured.published,
        snapshot=output.as_posix(), sha256=digest,
        made_from=f"{page.name}, {captured.format}", pages=captured.pages))
    sys.stderr.write(_clean(f"claimcheck: wrote {output.as_posix()} ({len(captured.text):,} "
                            "characters)") + "\n")
    return EXIT_OK


def _schema() -> int:
    from checker.models import CorpusFile

    schema = CorpusFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck claim file"
    from checker.reporters import write_text

    write_text("-", json.dumps(schema, indent=2, sort_keys=True) + "\n", what="the schema")
    return EXIT_OK


def _baseline(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from checker.baseline import Entry, load_baseline, render_baseline
    from checker.pipeline import audit

    config = replace(_config(args), baseline=None)
    previous: dict[str, Entry] = {}
    if Path(args.output).is_file():  # keep what people wrote: reasons and expiry dates
        previous = load_baseline(args.output, require_reasons=False).by_fingerprint()
    result = audit(config.corpus, config)
    _report_skipped(result)
    from checker.policy import is_selected

    # Entries of rules this run did not check (not selected, ignored, coverage off) are
    # kept as they are: the run cannot tell whether their findings still occur.
    unchecked = [e for e in previous.values() if e.code and not is_selected(e.code, config)]
    text = render_baseline(result.findings, previous, as_json=args.output.endswith(".json"),
                           keep=unchecked)
    from checker.reporters import write_text

    write_text(args.output, text, what="the baseline")
    fingerprints = {f.fingerprint for f in result.findings}
    kept = sum(1 for fp in fingerprints if fp in previous and previous[fp].reason.strip())
    untouched = {e.fingerprint for e in unchecked} - fingerprints
    dropped = len(set(previous) - fingerprints - untouched)
    sys.stderr.write(_clean(
        f"claimcheck: wrote {len(fingerprints) + len(untouched)} entries to {args.output} "
        f"({kept} with the reason kept, {len(fingerprints) - kept} to fill in"
        + (f", {len(untouched)} of rules not run kept as they were" if untouched else "")
        + (f"; {dropped} fixed entries dropped" if dropped else "") + ")\n"))
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from checker.diff import diff_audits, load_audit_json, new_failures, render_diff
    from checker.reporters import write_text

    old, new = load_audit_json(args.old), load_audit_json(args.new)
    result = diff_audits(old, new)
    write_text("-", _clean(render_diff(result)), what="the diff")
    return EXIT_GATE_FAILED if new_failures(result, args.fail_on) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
