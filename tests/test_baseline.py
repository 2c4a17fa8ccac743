"""Baselines: the file format, fingerprints, and the accept → plant → fix round trip."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.baseline import Entry, load_baseline, render_baseline
from checker.cli import main
from checker.errors import ConfigError
from checker.findings import Finding, Location, Severity
from checker.rules import finding
from tests._gatecorpus import gate_corpus, news_claims
from tests.conftest import write_tree


def _finding(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(claims=("news-huawei",), evidence=("report-huawei",),
                                quantities=("huawei",), location=Location("c.yaml", 4))
    base.update(kw)
    return finding("XCK002", base.pop("message", "45 against at least 50"), **base)


# --- fingerprints ------------------------------------------------------------------------


def test_fingerprint_ignores_line_message_and_severity() -> None:
    a = _finding()
    b = _finding(location=Location("other.yaml", 99), message="reworded entirely")
    assert a.fingerprint == b.fingerprint
    assert a.fingerprint == Finding(**{**_as_dict(a), "severity": Severity.INFO}).fingerprint


def test_fingerprint_changes_with_what_the_finding_is_about() -> None:
    a = _finding()
    assert a.fingerprint != _finding(claims=("news-nec",)).fingerprint
    assert a.fingerprint != _finding(evidence=("table-huawei",)).fingerprint
    assert a.fingerprint != finding("XCK001", "m", claims=a.claims, evidence=a.evidence,
                                    quantities=a.quantities).fingerprint
    assert len(a.fingerprint) == 16 and int(a.fingerprint, 16) >= 0


def _as_dict(f: Finding) -> dict[str, Any]:
    return {name: getattr(f, name) for name in f.__slots__}  # type: ignore[attr-defined]


# --- the file format ---------------------------------------------------------------------


def test_render_then_load_round_trip(tmp_path: Path) -> None:
    findings = [_finding(), finding("COV001", "unclaimed", subject="s|7|1")]
    path = tmp_path / "b.yaml"
    path.write_text(render_baseline(findings), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# claimcheck baseline")
    loaded = load_baseline(str(path), require_reasons=False)
    assert {e.fingerprint for e in loaded.entries} == {f.fingerprint for f in findings}
    entry = loaded.by_fingerprint()[findings[0].fingerprint]
    assert (entry.code, entry.claims, entry.reason, entry.expires) == (
        "XCK002", ("news-huawei",), "", None)
    assert [e.code for e in loaded.entries] == ["COV001", "XCK002"]  # ordered by code


def test_render_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(render_baseline([_finding()], as_json=True), encoding="utf-8")
    assert json.loads(path.read_text())["schema"] == "claimcheck-baseline/1"
    assert load_baseline(str(path), require_reasons=False).entries[0].code == "XCK002"


def test_render_keeps_reasons_and_expiry_of_previous_entries() -> None:
    f, g = _finding(), _finding(claims=("news-nec",))
    previous = {f.fingerprint: Entry(f.fingerprint, "XCK002", f.claims, "known erratum",
                                     dt.date(2031, 1, 2))}
    data = yaml.safe_load(render_baseline([f, g], previous))
    by_fp = {e["fingerprint"]: e for e in data["entries"]}
    assert by_fp[f.fingerprint]["reason"] == "known erratum"
    assert by_fp[f.fingerprint]["expires"] in ("2031-01-02", dt.date(2031, 1, 2))
    assert by_fp[g.fingerprint]["reason"] == ""


def _write(tmp_path: Path, body: str, name: str = "b.yaml") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return str(path)


def test_load_accepts_dates_written_as_text_or_yaml_dates(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
        schema: claimcheck-baseline/1
        entries:
          - {fingerprint: aaaa, reason: r, expires: 2030-01-31}
          - {fingerprint: bbbb, reason: r, expires: "2030-02-28"}
          - {fingerprint: cccc, reason: r}
        """)
    entries = load_baseline(path).entries
    assert [e.expires for e in entries] == [dt.date(2030, 1, 31), dt.date(2030, 2, 28), None]


@pytest.mark.parametrize(("body", "field", "fragment"), [
    ("schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: aaaa, reason: ''}\n",
     "entries[0].reason", "has no reason"),
    ("schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: aaaa, reason: ok}\n"
     "  - {fingerprint: bbbb}\n  - {fingerprint: cccc, reason: '  '}\n",
     "entries[1].reason", "and 1 more"),
    ("schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: aaaa, reason: r, "
     "expires: 31/12/2030}\n", "entries[0].expires", "not a date"),
    ("schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: aaaa, reason: r, why: x}\n",
     "entries[0]", "unknown key `why`"),
    ("schema: claimcheck-baseline/1\nentries:\n  - {reason: r}\n",
     "entries[0].fingerprint", "missing `fingerprint`"),
    ("schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: aaaa, reason: r}\n"
     "  - {fingerprint: aaaa, reason: r}\n", "entries[1].fingerprint", "listed twice"),
    ("schema: claimcheck-baseline/1\nentries: {}\n", "entries", "must be a list"),
    ("entries: []\n", None, "not a baseline file"),
    ("schema: [unclosed\n", None, "not valid YAML"),
    ("- " * 200_000 + "x\n", None, "nesting deeper than 64 levels"),
    ("schema: claimcheck-baseline/1\nentries: !!python/object/apply:os.system [ls]\n", None,
     "YAML tag '!!python/object/apply:os.system' is not allowed"),
    ("a: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     + "".join(f"c{i}: &c{i} [{', '.join(['*' + ('b' if i == 0 else f'c{i - 1}')] * 10)}]\n"
               for i in range(8)), None, "YAML aliases"),
], ids=["empty-reason", "reasons-counted", "bad-date", "unknown-key", "no-fingerprint",
        "duplicate", "entries-not-list", "no-schema", "bad-yaml", "deep", "python-tag",
        "alias-bomb"])
def test_load_rejects_defects_naming_the_entry(tmp_path: Path, body: str, field: str | None,
                                               fragment: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        load_baseline(path)
    assert info.value.file == path
    assert info.value.field == field
    assert fragment in str(info.value)


def test_load_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read baseline"):
        load_baseline(str(tmp_path / "nope.yaml"))


def test_empty_reasons_pass_when_not_required(tmp_path: Path) -> None:
    path = _write(tmp_path, "schema: claimcheck-baseline/1\nentries:\n  - {fingerprint: a}\n")
    assert load_baseline(path, require_reasons=False).entries[0].reason == ""


# --- the round trip through the command line ----------------------------------------------


def _audit(root: Path, tmp_path: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    out = tmp_path / "audit.json"
    status = main(["audit", str(root), "--out", "", "--json", str(out), "--quiet", *args])
    doc = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return status, doc, ""


def _fill_reasons(path: Path, reason: str = "known erratum", **extra: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry["reason"] = reason
        entry.update(extra)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _errors(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["severity"] == "error" and not f["accepted"]]


def test_baseline_round_trip_accept_plant_fix(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(tmp_path / "corpus", gate_corpus())
    baseline = tmp_path / "claimcheck-baseline.yaml"

    # Today's audit fails on the known conflict.
    status, doc, _ = _audit(root, tmp_path)
    assert status == 1 and [f["claims"] for f in _errors(doc)] == [["news-huawei"]]

    # Accept it: the command leaves the reason empty, and an empty reason is an error.
    assert main(["baseline", str(root), "-o", str(baseline)]) == 0
    assert "fill in" in capsys.readouterr().err
    status, _, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    err = capsys.readouterr().err
    assert status == 2 and "no reason" in err and "Traceback" not in err
    _fill_reasons(baseline)

    # With the baseline the finding is still reported, marked accepted, and the gate passes.
    status, doc, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    assert status == 0
    accepted = [f for f in doc["findings"] if f["accepted"]]
    assert [f["claims"] for f in accepted] == [["news-huawei"]]

    # SARIF: the accepted result carries a suppression; every result a baselineState.
    sarif = tmp_path / "audit.sarif"
    main(["audit", str(root), "--out", "", "--sarif", str(sarif), "--quiet",
          "--baseline", str(baseline)])
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["suppressions"][0]["kind"] for r in results] == ["external"]
    assert [r["baselineState"] for r in results] == ["unchanged"]

    # Plant a new conflict: the gate fails on it alone.
    write_tree(root, {"sources/news.txt": "Huawei supplies 45 countries. NEC supplies 15 "
                      "countries.\n", "claims-news.yaml": news_claims("45", "15")})
    status, doc, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    assert status == 1
    assert [f["claims"] for f in _errors(doc)] == [["news.nec"]]
    assert [f["claims"] for f in doc["findings"] if f["accepted"]] == [["news-huawei"]]
    main(["audit", str(root), "--out", "", "--sarif", str(sarif), "--quiet",
          "--baseline", str(baseline)])
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    states = {r["properties"]["claims"][0]: r["baselineState"] for r in results}
    assert states == {"news-huawei": "unchanged", "news.nec": "new"}
    capsys.readouterr()

    # Fix both: the accepted entry is reported fixed, on stderr and in the JSON.
    write_tree(root, gate_corpus(huawei="at least 50"))
    status, doc, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    err = capsys.readouterr().err
    (entry,) = load_baseline(str(baseline)).entries
    assert status == 0
    assert doc["findings"] == []
    assert doc["summary"]["fixed"] == [entry.fingerprint]
    assert f"baseline entry {entry.fingerprint} (XCK002 news-huawei) no longer matches" in err


def test_expired_waiver_fails_the_gate(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(tmp_path / "corpus", gate_corpus())
    baseline = tmp_path / "b.yaml"
    assert main(["baseline", str(root), "-o", str(baseline)]) == 0
    _fill_reasons(baseline, expires="2999-12-31")
    assert _audit(root, tmp_path, "--baseline", str(baseline))[0] == 0
    capsys.readouterr()

    _fill_reasons(baseline, expires="2001-01-01")
    status, doc, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    err = capsys.readouterr().err
    assert status == 1
    assert not any(f["accepted"] for f in doc["findings"])
    assert "expired on 2001-01-01" in err and "news-huawei" in err


def test_expired_waiver_of_an_info_finding_fails_at_fail_on_error(tmp_path: Path) -> None:
    # "over 40" is weaker than the report's "at least fifty": XCK004, info.
    root = write_tree(tmp_path / "corpus", gate_corpus(huawei="over 40"))
    status, doc, _ = _audit(root, tmp_path)
    assert status == 0 and [f["code"] for f in doc["findings"]] == ["XCK004"]
    baseline = tmp_path / "b.yaml"
    main(["baseline", str(root), "-o", str(baseline)])
    _fill_reasons(baseline, expires="2001-01-01")
    assert _audit(root, tmp_path, "--baseline", str(baseline))[0] == 1
    assert _audit(root, tmp_path, "--baseline", str(baseline), "--fail-on", "never")[0] == 0


def test_baseline_survives_reordering_and_reindenting(tmp_path: Path) -> None:
    files = dict(gate_corpus(nec="15"))  # two conflicts, one with an implicit claim id
    root = write_tree(tmp_path / "corpus", files)
    baseline = tmp_path / "b.yaml"
    main(["baseline", str(root), "-o", str(baseline)])
    _fill_reasons(baseline)
    status, before, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    assert status == 0 and len(before["findings"]) == 2

    # Reverse the claims of every file, re-indent them, add comments and blank lines,
    # and move the news claims to a file of another name.
    def reorder(text: str) -> str:
        blocks = text.split("\n  - ")
        head, items = blocks[0], blocks[1:]
        out = [head.replace("claims:", "# moved around\nclaims:\n")]
        for item in reversed(items):
            lines = item.strip("\n").split("\n")
            first, rest = lines[0], [ln.strip() for ln in lines[1:]]
            out.append("\n      - " + first + "".join("\n        " + r for r in rest) + "\n")
        return "".join(out)

    news = files["claims-news.yaml"]
    write_tree(root, {"claims-report.yaml": reorder(files["claims-report.yaml"])})
    (root / "claims-news.yaml").unlink()
    write_tree(root, {"zz-news-moved.yaml": reorder(news)})

    status, after, _ = _audit(root, tmp_path, "--baseline", str(baseline))
    assert status == 0, after
    assert after["summary"]["fixed"] == []
    assert {f["fingerprint"] for f in after["findings"]} == {
        f["fingerprint"] for f in before["findings"]}
    assert all(f["accepted"] for f in after["findings"])
    # The findings really moved: other files and lines.
    assert [f["location"] for f in after["findings"]] != [f["location"]
                                                          for f in before["findings"]]


def test_baseline_command_keeps_reasons_on_rerun(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(tmp_path / "corpus", gate_corpus())
    baseline = tmp_path / "b.yaml"
    main(["baseline", str(root), "-o", str(baseline)])
    _fill_reasons(baseline, reason="erratum acknowledged by the publisher")
    write_tree(root, {"sources/news.txt": "Huawei supplies 45 countries. NEC supplies 15 "
                      "countries.\n", "claims-news.yaml": news_claims("45", "15")})
    capsys.readouterr()
    assert main(["baseline", str(root), "-o", str(baseline)]) == 0
    assert "1 with the reason kept, 1 to fill in" in capsys.readouterr().err
    reasons = {e.claims: e.reason for e in load_baseline(str(baseline), require_reasons=False)
               .entries}
    assert reasons == {("news-huawei",): "erratum acknowledged by the publisher",
                       ("news.nec",): ""}


def test_baseline_command_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["baseline", "claims"]) == 2
    assert "-o" in capsys.readouterr().err


def test_baseline_command_bad_corpus_is_status_2(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["baseline", str(tmp_path / "missing"), "-o", str(tmp_path / "b.yaml")]) == 2
    assert not (tmp_path / "b.yaml").exists()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_cli_baseline_reads_only_regular_files(tmp_path: Path, kind: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`--baseline /dev/zero` or a named pipe is refused at once, never read."""
    import os

    corpus = write_tree(tmp_path / "corpus", {"claims.yaml": "quantities: []\n"})
    odd = tmp_path / "baseline.yaml"
    if kind == "fifo":
        os.mkfifo(odd)
    else:
        os.symlink("/dev/zero", odd)
    assert main(["audit", str(corpus), "--out", "", "--quiet", "--baseline", str(odd)]) == 2
    assert "baseline.yaml: not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("narrower", [["--no-coverage"], ["--select", "XCK"],
                                      ["--ignore", "COV"]])
def test_baseline_command_keeps_entries_of_rules_it_did_not_run(
        tmp_path: Path, narrower: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Re-recording with a narrower run never deletes the reasons of rules it skipped."""
    root = write_tree(tmp_path / "corpus", gate_corpus())
    write_tree(root, {"sources/news.txt": "Huawei supplies 45 countries. NEC supplies 14 "
                      "countries, from 7 offices.\n"})  # 7 is a COV001
    baseline = tmp_path / "b.yaml"
    assert main(["baseline", str(root), "-o", str(baseline)]) == 0
    _fill_reasons(baseline, reason="accepted")
    before = {e.fingerprint: e for e in load_baseline(str(baseline)).entries}
    assert any(e.code == "COV001" for e in before.values())
    capsys.readouterr()
    assert main(["baseline", str(root), "-o", str(baseline), *narrower]) == 0
    assert "of rules not run kept as they were" in capsys.readouterr().err
    after = {e.fingerprint: e for e in load_baseline(str(baseline)).entries}
    assert after == before  # every entry with its reason, nothing dropped or added
