"""The published audit in reports/ is the audit of claims/ as the code makes it now.

Regenerate with the command in the README (and CONTRIBUTING.md):
    claimcheck audit claims --out reports --sarif reports/audit.sarif \
        --junit reports/junit.xml --markdown reports/summary.md \
        --claimreview reports/claimreview.json
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli import main

REPO = Path(__file__).resolve().parent.parent
FILES = ("index.html", "audit.json", "audit.sarif", "junit.xml", "summary.md",
         "claimreview.json")


def test_published_reports_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "reports"
    status = main(["audit", "claims", "--quiet", "--out", str(out),
                   "--sarif", str(out / "audit.sarif"), "--junit", str(out / "junit.xml"),
                   "--markdown", str(out / "summary.md"),
                   "--claimreview", str(out / "claimreview.json")])
    assert status == 1  # the bundled corpus holds real errors
    stale = [name for name in FILES
             if (REPO / "reports" / name).read_bytes() != (out / name).read_bytes()]
    assert not stale, (f"reports/ is stale ({', '.join(stale)}): regenerate it with the "
                       "command in the README")
