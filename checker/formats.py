"""The output formats of ``claimcheck audit``: one table (layer 0: vocabulary).

Each `Format` row is everything outside its reporter that knows the format: its name (the
``--NAME PATH`` option of ``claimcheck audit`` and the ``NAME = "PATH"`` key of
``[tool.claimcheck]``), the file it gets in ``--out`` and whether it is written there by
default, and the words the help text and docs/reports.md use.  `checker.config`,
`checker.cli` and `checker.reporters` derive their lists from `FORMATS`; the reporter
registry fails at import when a row lacks a reporter or a reporter lacks a row, and
``tests/test_formats.py`` checks that docs/reports.md lists every row as it is here.
Adding a format is a row here, its reporter module and its tests.
"""

from __future__ import annotations

from checker._frozen import record


@record
class Format:
    """One output format.

    `name` is the option (``--name``) and the configuration key; `title` the format as
    people name it; `filename` its file in the ``--out`` folder; `default` whether
    ``audit`` writes it there without being asked; `what` one line for ``--help`` and
    the docs.
    """

    name: str
    title: str
    filename: str
    default: bool
    what: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("html", "HTML", "index.html", True,
               "the self-contained, publishable report page"),
        Format("json", "JSON", "audit.json", True,
               "every claim, quantity and finding (schema claimcheck-audit/1)"),
        Format("sarif", "SARIF 2.1.0", "audit.sarif", False,
               "code-scanning annotations on the claim-file lines"),
        Format("junit", "JUnit XML", "junit.xml", False, "one test case per claim"),
        Format("markdown", "Markdown", "summary.md", False,
               "a job summary ($GITHUB_STEP_SUMMARY)"),
        Format("claimreview", "ClaimReview JSON-LD", "claimreview.json", False,
               "schema.org ClaimReview of every checked news and report claim"),
    )
}
"""Format name → `Format`, in the order options and docs list them."""


def default_formats() -> tuple[Format, ...]:
    """Return the formats ``audit`` writes into ``--out`` without being asked."""
    return tuple(f for f in FORMATS.values() if f.default)
