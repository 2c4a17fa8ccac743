"""Data-driven rule and load-error cases: tests/cases/<CODE>.yml.

Each case is a tiny corpus (``files``) and what must come out (``expect``): the exit
status, the findings that must be present (code, subject claims, file and line), codes
that must be absent, or for load errors the file, line and a fragment of the message.
Message wording is never asserted beyond the fragment a case names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.cli import main
from tests.conftest import write_tree

CASES = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in doc["cases"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}-{case['name']}"))
    return params


@pytest.mark.parametrize(("code", "case"), _load_cases())
def test_case(code: str, case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
              ) -> None:
    root = write_tree(tmp_path / "corpus", case["files"])
    out = tmp_path / "audit.json"
    argv = ["audit", str(root), "--out", "", "--json", str(out), "--quiet",
            *case.get("args", [])]
    status = main(argv)
    expect = case["expect"]
    err = capsys.readouterr().err
    assert status == expect["exit"], err
    assert "Traceback" not in err
    if "error" in expect:
        e = expect["error"]
        assert not out.exists(), "no report may be written when the run cannot be made"
        assert f"{e['file']}:{e['line']}" in err if "line" in e else e["file"] in err, err
        assert e["contains"] in err, err
        return
    data = json.loads(out.read_text(encoding="utf-8"))
    findings = data["findings"]
    for want in expect.get("findings", []):
        matches = [f for f in findings if f["code"] == want["code"]
                   and ("claims" not in want or f["claims"] == want["claims"])
                   and ("evidence" not in want or f["evidence"] == want["evidence"])
                   and ("relations" not in want or f["relations"] == want["relations"])
                   and ("file" not in want or (f["location"] or {}).get("file") == want["file"])
                   and ("line" not in want or (f["location"] or {}).get("line") == want["line"])]
        assert matches, f"{want} not among {json.dumps(findings, indent=1)}"
    codes = {f["code"] for f in findings}
    for absent in expect.get("absent", []):
        assert absent not in codes, f"{absent} reported: {findings}"
    verdicts = {c["id"]: c["verdict"] for c in data["claims"]}
    for cid, verdict in expect.get("verdicts", {}).items():
        assert verdicts[cid] == verdict, (cid, verdicts[cid])
    implied = {q["id"]: q["implied"] for q in data["quantities"]}
    for qid, bounds in expect.get("implied", {}).items():
        got = {k: implied[qid][k] for k in bounds}
        assert got == bounds, (qid, implied[qid])


def test_every_rule_has_a_case_file() -> None:
    from checker.rules import RULES

    missing = [code for code in RULES if not (CASES / f"{code}.yml").exists()]
    assert not missing, missing
