"""User-facing errors (layer 0: vocabulary).

Every error the user can cause is a `CheckerError`: it carries the file, line and field
it is about, and a docs anchor.  The CLI prints it on one line and exits with status 2;
nothing below the CLI prints.  Stdlib only.
"""

from __future__ import annotations

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


class SnapshotError(CheckerError):
    """A snapshot or table cannot be read (not UTF-8, too large, malformed CSV)."""

    anchor = "snapshot-error"


class ConfigError(CheckerError):
    """`[tool.claimcheck]` or a command-line option is invalid."""

    anchor = "config-error"


class OutputError(CheckerError):
    """A report file cannot be written."""

    anchor = "output-error"
