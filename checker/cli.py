"""The command line: arguments → Config → audit → reporters → exit status (layer 5).

``claimcheck audit|extract|schema|baseline|diff``; ``python -m checker`` is the same
program.  Exit status: 0 the gate passed, 1 it failed, 2 the run could not be made (bad
input, bad usage).  Errors are one line on stderr naming the file, line and field; never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker.config import FAIL_ON, Config, load_config
from checker.errors import CheckerError, ConfigError

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_ERROR = 2

FORMATS = ("html", "json", "sarif", "junit", "markdown")
DEFAULT_NAMES = {"html": "index.html", "json": "audit.json", "sarif": "audit.sarif",
                 "junit": "junit.xml", "markdown": "summary.md"}


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors exit with status 2 and one clear line."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"claimcheck: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    p = _Parser(prog="claimcheck", description="Numeric-claim fact-checking and consistency "
                "auditor: provenance, cross-validation and publishable reports.")
    p.add_argument("--version", action="version", version=f"claimcheck {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("audit", help="audit a corpus folder and write reports")
    a.add_argument("corpus", nargs="?", help="corpus folder (default: claims/)")
    for fmt in FORMATS:
        a.add_argument(f"--{fmt}", metavar="PATH", help=f"also write the {fmt} report to PATH "
                       "('-' for stdout)")
    a.add_argument("--out", metavar="DIR", help="folder for index.html and audit.json "
                   "(default: reports/); --out '' writes none there")
    a.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that fails the gate")
    a.add_argument("--baseline", metavar="FILE", help="accepted findings (see `baseline`)")
    a.add_argument("--tolerance", metavar="PCT", help="tolerance of about/nearly, in percent")
    a.add_argument("--select", metavar="CODES", help="only these rule codes/prefixes")
    a.add_argument("--ignore", metavar="CODES", help="drop these rule codes/prefixes")
    a.add_argument("--no-coverage", action="store_true", help="skip the coverage rule COV001")
    a.add_argument("--quiet", "-q", action="store_true", help="print only the gate line")

    e = sub.add_parser("extract", help="print the numeric mentions of a text as draft claims")
    e.add_argument("snapshot", help="a text file")
    e.add_argument("--source", metavar="ID", help="source id to put in the drafts")

    sub.add_parser("schema", help="print the JSON Schema of claim files")

    b = sub.add_parser("baseline", help="record today's findings as accepted")
    b.add_argument("corpus", nargs="?", help="corpus folder (default: claims/)")
    b.add_argument("-o", "--output", metavar="FILE", required=True, help="baseline file")
    b.add_argument("--tolerance", metavar="PCT")

    d = sub.add_parser("diff", help="findings new, fixed and unchanged between two audits")
    d.add_argument("old", help="audit.json of before")
    d.add_argument("new", help="audit.json of after")
    return p


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


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
        if args.command == "audit":
            return _audit(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "schema":
            return _schema()
        if args.command == "baseline":
            return _baseline(args)
        return _diff(args)
    except CheckerError as exc:
        sys.stderr.write(f"claimcheck: error: {_clean(str(exc))}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.stderr.write("claimcheck: interrupted\n")
        return EXIT_ERROR


def _clean(text: str) -> str:
    """Drop control characters (terminal escapes, bidi controls) from a message."""
    from checker.textsafe import strip_controls

    return strip_controls(text)


def _config(args: argparse.Namespace) -> Config:
    overrides: dict[str, Any] = {
        "corpus": args.corpus,
        "tolerance": getattr(args, "tolerance", None),
    }
    if args.command == "audit":
        overrides.update(
            out=args.out, fail_on=args.fail_on, baseline=args.baseline,
            select=args.select, ignore=args.ignore,
            **{fmt: getattr(args, fmt) for fmt in FORMATS})
        if args.no_coverage:
            overrides["coverage"] = False
    return load_config().with_overrides(**overrides)


def _audit(args: argparse.Namespace) -> int:
    from checker.audit import audit
    from checker.reporters import REPORTERS, write_report
    from checker.reporters.terminal import make_console, progress, render_terminal

    config = _config(args)
    console = make_console(sys.stdout)
    with progress(console, enabled=not args.quiet) as step:
        result = audit(config.corpus, config, progress=step)
    targets: list[tuple[str, str]] = []
    if config.out:
        targets += [("html", str(Path(config.out) / DEFAULT_NAMES["html"])),
                    ("json", str(Path(config.out) / DEFAULT_NAMES["json"]))]
    for fmt in FORMATS:
        path = getattr(config, fmt)
        if path:
            targets.append((fmt, path))
    # Render everything first, then write: no half-written set of reports on error.
    for fmt, path in targets:
        write_report(REPORTERS[fmt], result, path)
    render_terminal(result, console, quiet=args.quiet or any(p == "-" for _, p in targets))
    return EXIT_GATE_FAILED if result.gate_failed else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from checker.extract import render_drafts

    path = Path(args.snapshot)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", file=args.snapshot) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError("not UTF-8 text", file=args.snapshot, line=line) from None
    source = args.source or _default_source(path)
    sys.stdout.write(render_drafts(text, source, path.name))
    return EXIT_OK


def _default_source(path: Path) -> str:
    import re

    stem = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-._")
    return stem or "source"


def _schema() -> int:
    from checker.models import CorpusFile

    schema = CorpusFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck claim file"
    sys.stdout.write(json.dumps(schema, indent=2, sort_keys=True) + "\n")
    return EXIT_OK


def _baseline(args: argparse.Namespace) -> int:
    from checker.audit import audit
    from checker.baseline import render_baseline
    from checker.reporters import write_text

    config = _config(args).with_overrides(baseline=None)
    result = audit(config.corpus, config)
    write_text(args.output, render_baseline([f for f in result.findings]))
    sys.stderr.write(f"claimcheck: wrote {len(result.findings)} entries to {args.output}; "
                     "fill in every `reason`\n")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from checker.diff import diff_audits, load_audit_json, render_diff

    old, new = load_audit_json(args.old), load_audit_json(args.new)
    result = diff_audits(old, new)
    sys.stdout.write(render_diff(result))
    return EXIT_GATE_FAILED if any(f["severity"] == "error" for f in result.new) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
