"""User-facing errors (layer 0: vocabulary).

Every error the user can cause is a `CheckerError`: it carries the file, line and field
it is about, and a docs anchor.  The CLI prints it on one line and exits with status 2;
nothing below the CLI prints.  Stdlib only.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

DOCS = "https://github.com/claimcheck/claimcheck/blob/main/docs/errors.md"


# An error is one line: line breaks that corpus text (a key, a value) carries into a
# message are shown escaped, never output as such.
_ONE_LINE = {0x0A: "\\n", 0x0D: "\\r", 0x0B: "\\v", 0x0C: "\\f", 0x85: "\\x85",
             0x2028: "\\u2028", 0x2029: "\\u2029"}


class CheckerError(Exception):
    """Base of every error that stops a run with exit status 2.

    `message` says what is wrong; `file`, `line` and `field` say where (each optional);
    `anchor` names the section of docs/errors.md that explains the error.
    """

    anchor = "checker-error"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def located(self, *, file: str | None = None, line: int | None = None,
                field: str | None = None) -> CheckerError:
        """Return this error with missing location parts filled in from the arguments."""
        self.file = self.file or file
        self.line = self.line or line
        self.field = self.field or field
        return self

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line:
            where += f":{self.line}"
        parts = [p for p in (where, self.field) if p]
        head = ": ".join(parts)
        text = f"{head}: {self.message}" if head else self.message
        return text.translate(_ONE_LINE)



class CorpusError(CheckerError):
    """The corpus cannot be loaded: syntax, schema, ids, references or paths."""

    anchor = "corpus-error"


MAX_ERRORS = 100
"""At most this many load errors are reported by one run (the rest are counted)."""


class CorpusErrors(CorpusError):
    """Every load error of one run (up to `MAX_ERRORS`), sorted by file and line.

    `errors` holds each error; `total` how many there were (more than shown when the
    limit was reached).  ``str()`` gives one line per error.
    """

    def __init__(self, errors: Sequence[CheckerError], total: int | None = None) -> None:
        ordered = sorted(errors, key=_error_order)
        total = len(ordered) if total is None else total
        first = ordered[0] if ordered else None
        super().__init__(first.message if first else "the corpus cannot be loaded",
                         file=first.file if first else None,
                         line=first.line if first else None,
                         field=first.field if first else None)
        self.errors = tuple(ordered[:MAX_ERRORS])
        self.total = max(total, len(self.errors))

    def lines(self) -> list[str]:
        """Return one line per error, then a summary line when there was more than one."""
        out = [str(e) for e in self.errors]
        if self.total > len(self.errors):
            out.append(f"{self.total} errors in all; the first {len(self.errors)} are shown "
                       f"(the limit of one run)")
        elif self.total > 1:
            out.append(f"{self.total} errors in all")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _error_order(error: CheckerError) -> tuple[str, int, str]:
    return (error.file or "", error.line or 0, error.message)


def raise_all(errors: Sequence[CheckerError]) -> None:
    """Raise `errors`: nothing when empty, the error itself when alone, else `CorpusErrors`."""
    if not errors:
        return
    if len(errors) == 1:
        raise errors[0]
    flat: list[CheckerError] = []
    for e in errors:
        flat.extend(e.errors if isinstance(e, CorpusErrors) else [e])
    raise CorpusErrors(flat)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return " (did you mean `x`?)" for the choice nearest to `word`, or "" when none is near."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close and word.lower() != word:
        close = difflib.get_close_matches(word.lower(), options, n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


class SnapshotError(CheckerError):
    """A snapshot or table cannot be read (not UTF-8, too large, malformed CSV)."""

    anchor = "snapshot-error"


class ConfigError(CheckerError):
    """`[tool.claimcheck]` or a command-line option is invalid."""

    anchor = "config-error"


class OutputError(CheckerError):
    """A report file cannot be written."""

    anchor = "output-error"
