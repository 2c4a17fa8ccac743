"""`claimcheck diff OLD.json NEW.json`: findings new, fixed and unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from checker.diff import diff_audits, fingerprint, new_failures, render_diff
from checker.findings import Location
from checker.rules import finding
from tests._gatecorpus import gate_corpus
from tests.conftest import write_tree


def _f(code: str, claims: list[str], severity: str = "error", *, line: int = 1,
       message: str = "m", accepted: bool = False) -> dict[str, Any]:
    f = {"code": code, "rule": "r", "severity": severity, "message": message,
         "claims": claims, "evidence": [], "repeated_by": [], "quantities": [],
         "relations": [], "location": {"file": "c.yaml", "line": line}, "accepted": accepted}
    f["fingerprint"] = fingerprint(f)
    return f


def test_diff_sorts_findings_into_new_fixed_unchanged() -> None:
    old = [_f("XCK002", ["a"]), _f("XCK004", ["b"], "info")]
    new = [_f("XCK004", ["b"], "info", line=40, message="reworded"), _f("XCK001", ["c"])]
    d = diff_audits(old, new)
    assert [f["claims"] for f in d.new] == [["c"]]
    assert [f["claims"] for f in d.fixed] == [["a"]]
    assert [f["claims"] for f in d.unchanged] == [["b"]]
    assert d.unchanged[0]["message"] == "reworded"  # shown as it is now


def test_fingerprint_is_recomputed_like_finding_fingerprint() -> None:
    f = finding("XCK002", "m", claims=("a", "b"), evidence=("r",), quantities=("q",),
                relations=("subset:q,w",), location=Location("x.yaml", 3))
    as_json = {"code": "XCK002", "claims": ["a", "b"], "evidence": ["r"],
               "quantities": ["q"], "relations": ["subset:q,w"]}
    assert fingerprint(as_json) == f.fingerprint
    assert fingerprint({**as_json, "fingerprint": "given"}) == "given"


@pytest.mark.parametrize(("new", "fail_on", "fails"), [
    ([_f("XCK002", ["n"])], "error", True),
    ([_f("XCK002", ["n"], accepted=True)], "error", False),
    ([_f("XCK003", ["n"], "warning")], "error", False),
    ([_f("XCK003", ["n"], "warning")], "warning", True),
    ([_f("XCK004", ["n"], "info")], "warning", False),
    ([_f("XCK004", ["n"], "info")], "info", True),
    ([_f("XCK002", ["n"])], "never", False),
    ([], "info", False),
])
def test_new_failures(new: list[dict[str, Any]], fail_on: str, fails: bool) -> None:
    assert bool(new_failures(diff_audits([], new), fail_on)) is fails


def test_render_diff_lists_each_group() -> None:
    text = render_diff(diff_audits([_f("XCK002", ["a"])], [_f("XCK001", ["c"], line=7)]))
    lines = text.splitlines()
    assert lines[0] == "1 new, 1 fixed, 0 unchanged"
    assert "New:" in lines and "Fixed:" in lines and "Unchanged:" not in lines
    assert any("XCK001 c (c.yaml:7)" in line for line in lines)


def _audit_json(root: Path, out: Path) -> Path:
    assert main(["audit", str(root), "--out", "", "--json", str(out), "--quiet"]) in (0, 1)
    return out


def test_cli_diff_between_two_real_audits(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    clean = write_tree(tmp_path / "clean", gate_corpus(huawei="at least 50"))
    broken = write_tree(tmp_path / "broken", gate_corpus(nec="15"))
    before = _audit_json(clean, tmp_path / "before.json")
    after = _audit_json(broken, tmp_path / "after.json")
    capsys.readouterr()

    assert main(["diff", str(before), str(after)]) == 1  # new errors
    out = capsys.readouterr().out
    assert out.startswith("2 new, 0 fixed, 0 unchanged")
    assert "XCK002 news-huawei" in out and "XCK002 news.nec" in out

    assert main(["diff", str(after), str(before)]) == 0  # only fixes
    assert capsys.readouterr().out.startswith("0 new, 2 fixed, 0 unchanged")

    assert main(["diff", str(after), str(after)]) == 0
    assert capsys.readouterr().out.startswith("0 new, 0 fixed, 2 unchanged")

    assert main(["diff", str(before), str(after), "--fail-on", "never"]) == 0


def test_cli_diff_new_warning_fails_only_at_fail_on_warning(tmp_path: Path) -> None:
    clean = write_tree(tmp_path / "clean", gate_corpus(huawei="at least 50"))
    hedge = write_tree(tmp_path / "hedge", gate_corpus(huawei="50"))  # XCK003, a warning
    before = _audit_json(clean, tmp_path / "before.json")
    after = _audit_json(hedge, tmp_path / "after.json")
    assert main(["diff", str(before), str(after)]) == 0
    assert main(["diff", str(before), str(after), "--fail-on", "warning"]) == 1


@pytest.mark.parametrize(("content", "fragment"), [
    ("{not json", "not JSON"),
    ('{"schema": "something-else/1", "findings": []}', "not a claimcheck audit"),
    ('{"schema": "claimcheck-audit/1", "findings": {}}', "findings"),
    (b"\xff\xfe", "not UTF-8"),
    ("[" * 200_000, "nesting"),
    ('{"schema": "claimcheck-audit/1", "findings": [{"code": 1' + "0" * 5000 + "}]}",
     "5,001 digits"),
    ('{"schema": "claimcheck-audit/1", "findings": [{"code": "X", "claims": 5}]}',
     "findings[0].claims"),
    ('{"schema": "claimcheck-audit/1", "findings": [{"code": "X", "location": "here"}]}',
     "findings[0].location"),
    ('{"schema": "claimcheck-audit/1", "findings": [{"code": ["X"]}]}', "findings[0].code"),
    ('{"schema": "claimcheck-audit/1", "findings": [{"code": "X", "accepted": "no"}]}',
     "findings[0].accepted"),
])
def test_cli_diff_rejects_what_is_not_an_audit(tmp_path: Path, content: str | bytes,
                                               fragment: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"schema": "claimcheck-audit/1", "findings": []}))
    bad = tmp_path / "bad.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content)
    assert main(["diff", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and fragment in err and "Traceback" not in err
    assert main(["diff", str(good), str(tmp_path / "missing.json")]) == 2


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_cli_diff_reads_only_regular_files(tmp_path: Path, kind: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A named pipe or /dev/zero as a diff input is refused at once, never read."""
    import os

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"schema": "claimcheck-audit/1", "findings": []}))
    odd = tmp_path / "odd.json"
    if kind == "fifo":
        os.mkfifo(odd)
    elif kind == "device":
        os.symlink("/dev/zero", odd)
    else:
        odd.mkdir()
    assert main(["diff", str(good), str(odd)]) == 2
    err = capsys.readouterr().err
    assert "odd.json: not a regular file" in err, err
