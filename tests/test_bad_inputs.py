"""Hostile and broken corpora: tests/bad_inputs/<group>.yml.

Each case is a tiny corpus and what the command line must do with it: the exit status and a
fragment of the message (on stderr for status 2, in a finding of the JSON report
otherwise).  Whatever the input, the run must end cleanly: no traceback, no report written
when it cannot be made, and no more than a few seconds of wall-clock time.

A case is a mapping:

``name``
    readable id of the case (unique within its file).
``files``
    relative path → text (``!!binary`` for bytes; ``{{sha256:PATH}}`` as in tests/cases).
``symlinks``
    relative link path → target, written as given (``../outside/secret.txt`` points out
    of the corpus: the runner writes ``outside/secret.txt`` beside the corpus folder).
``dirs``, ``fifos``
    relative paths of empty folders and of named pipes to create.
``repeat``
    ``{PATH: {text: T, times: N}}``: a file whose content is ``T`` repeated N times
    (huge inputs without a huge case file); ``prefix`` and ``suffix`` wrap it, and
    ``middle`` then ``close`` repeated N times follow it (deep nesting that closes).
``corpus``
    the corpus argument relative to the case folder (default: the corpus folder).
``args``
    more command-line arguments.
``root_skip``
    a reason: skip the case when running as root (file permissions do not stop root).
``expect``
    ``exit`` (0, 1 or 2); ``contains`` (a message fragment); for status 2 ``file`` and
    optionally ``line`` (``file:line`` must appear in the message); otherwise ``codes``,
    rule codes that must be among the findings.
"""

from __future__ import annotations

import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.cli import main
from tests.conftest import hard_stop, write_tree

CASES = Path(__file__).parent / "bad_inputs"
HARD_STOP = 30  # a hung case is interrupted after this many seconds (speed is bench/'s)
SECRET = "63 countries, the secret outside the corpus\n"
# what must never reach the terminal: escape sequences, other controls, bidi controls
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = [case["name"] for case in doc["cases"]]
        assert len(names) == len(set(names)), f"duplicate case names in {path.name}"
        for case in doc["cases"]:
            params.append(pytest.param(case, id=f"{path.stem}-{case['name']}"))
    return params


PARAMS = _load_cases()


def build_case(case: dict[str, Any], base: Path) -> Path:
    """Write the case's corpus under `base` and return the corpus argument to audit."""
    root = base / "corpus"
    outside = base / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "claims.yaml").write_text("quantities:\n  - {id: secret, label: S}\n",
                                         encoding="utf-8")
    write_tree(root, case.get("files", {}))
    for name, spec in case.get("repeat", {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = (spec.get("prefix", "") + spec["text"] * spec["times"] + spec.get("middle", "")
                + spec.get("close", "") * spec["times"] + spec.get("suffix", ""))
        path.write_bytes(body.encode("utf-8"))
    for name in case.get("dirs", []):
        (root / name).mkdir(parents=True, exist_ok=True)
    for name in case.get("fifos", []):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / name)
    for name, target in case.get("symlinks", {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / name)
    return base / case.get("corpus", "corpus")


def run_case(case: dict[str, Any], base: Path, capsys: pytest.CaptureFixture[str]
             ) -> tuple[int, str, Path, float]:
    """Build and audit the case; return (status, stderr, JSON report path, seconds)."""
    corpus = build_case(case, base)
    out = base / "audit.json"
    argv = ["audit", str(corpus), "--out", "", "--json", str(out), "--quiet",
            *case.get("args", [])]
    started = time.perf_counter()
    with hard_stop(HARD_STOP):
        status = main(argv)
    elapsed = time.perf_counter() - started
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert not CONTROLS.search(captured.err + captured.out), "control characters printed"
    return status, captured.err, out, elapsed


@pytest.mark.parametrize("case", PARAMS)
def test_bad_input(case: dict[str, Any], tmp_path: Path,
                   capsys: pytest.CaptureFixture[str]) -> None:
    if case.get("root_skip") and os.geteuid() == 0:
        pytest.skip(f"running as root: {case['root_skip']}")
    status, err, out, elapsed = run_case(case, tmp_path, capsys)
    expect = case["expect"]
    assert status == expect["exit"], err
    if status == 2:
        assert err.startswith("claimcheck: error: "), err
        lines = err.splitlines()
        # one line per error (then the count, when there are several)
        assert all(line.startswith("claimcheck: error: ") for line in lines[:-1]), err
        assert len(lines) == 1 or lines[-1].startswith("claimcheck: "), err
        assert not out.exists(), "no report may be written when the run cannot be made"
        where = f"{expect['file']}:{expect['line']}" if "line" in expect else expect["file"]
        assert where in err, err
        assert expect["contains"] in err, err
        assert SECRET.strip() not in err
        return
    assert err == "", err
    data = json.loads(out.read_text(encoding="utf-8"))
    codes = {f["code"] for f in data["findings"]}
    missing = set(expect.get("codes", [])) - codes
    assert not missing, f"{sorted(missing)} not among {sorted(codes)}"
    if "contains" in expect:
        messages = [f["message"] for f in data["findings"]]
        assert any(expect["contains"] in m for m in messages), messages
    assert SECRET.strip() not in out.read_text(encoding="utf-8")


def test_bad_inputs_are_many_and_varied() -> None:
    """The issue asks for at least 40 cases; every group of inputs must be present."""
    assert len(PARAMS) >= 40
    groups = {p.id.split("-", 1)[0] for p in PARAMS}
    assert {"syntax", "schema", "references", "paths", "files", "limits", "values",
            "tables"} <= groups


def test_unreadable_file_without_permissions(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """chmod 000 stops a normal user (root reads anyway: see the OSError test below)."""
    if os.geteuid() == 0:
        pytest.skip("running as root: permissions do not stop root; "
                    "test_unreadable_file_oserror covers the same path")
    case = {"files": {"claims.yaml": "quantities:\n  - {id: q, label: Q}\n"}}
    corpus = build_case(case, tmp_path)
    (corpus / "claims.yaml").chmod(0)
    try:
        status = main(["audit", str(corpus), "--out", "", "--quiet"])
    finally:
        (corpus / "claims.yaml").chmod(stat.S_IRUSR | stat.S_IWUSR)
    err = capsys.readouterr().err
    assert status == 2 and "claims.yaml: cannot read" in err, err


@pytest.mark.parametrize("which", ["claims.yaml", "a.txt", "t.csv"])
def test_unreadable_file_oserror(which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A file the operating system refuses to read is a clean error naming it (any user)."""
    case = {"files": {
        "a.txt": "63 countries\n",
        "t.csv": "country,x\nA,1\n",
        "claims.yaml": (
            "sources:\n"
            "  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
            "  - {id: t, title: T, kind: dataset, table: t.csv}\n"
            "quantities:\n  - {id: q, label: Q}\n"
            "claims:\n"
            "  - {id: a-63, source: a, quantity: q, quote: 63 countries, says: '63'}\n"
            "  - {id: t-x, source: t, quantity: q, count: {x: 1}}\n"),
    }}
    corpus = build_case(case, tmp_path)
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.basename(os.fspath(path)) == which:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    status = main(["audit", str(corpus), "--out", "", "--quiet"])
    err = capsys.readouterr().err
    assert status == 2, err
    assert f"{which}: cannot read" in err and "Permission denied" in err, err
    assert "Traceback" not in err


LIMIT_CASES = [
    # setting, value, files, message fragment
    ("max-file-bytes", 50,
     {"claims.yaml": "quantities:\n  - {id: q, label: A label of some length}\n"},
     "claims.yaml: file is larger than the limit of 50 bytes"),
    ("max-snapshot-bytes", 5,
     {"a.txt": "63 countries\n",
      "claims.yaml": "sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt}\n"},
     "a.txt: snapshot is larger than the limit of 5 bytes"),
    ("max-aliases", 1, {"claims.yaml": "quantities:\n  - {id: q, label: &x Q, note: *x, "
                                        "unit: *x}\n"},
     "claims.yaml:2: more than 1 YAML aliases expanded"),
    ("max-depth", 2, {"claims.yaml": "quantities:\n  - {id: q, label: Q}\n"},
     "claims.yaml:2: nesting deeper than 2 levels"),
]


@pytest.mark.parametrize(("key", "value", "files", "message"), LIMIT_CASES,
                         ids=[c[0] for c in LIMIT_CASES])
def test_limits_from_pyproject_and_set(key: str, value: int, files: dict[str, str],
                                       message: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Every limit is read from [tool.claimcheck] and from --set, and --set wins."""
    corpus = write_tree(tmp_path / "corpus", files)
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    argv = ["audit", str(corpus), "--out", "", "--quiet", "--no-coverage"]
    assert main(argv) in (0, 1), capsys.readouterr().err  # the defaults let it through
    capsys.readouterr()

    (project / "pyproject.toml").write_text(f"[tool.claimcheck]\n{key} = {value}\n",
                                            encoding="utf-8")
    assert main(argv) == 2
    assert message in capsys.readouterr().err

    # --set overrides pyproject.toml, with dashes or underscores
    underscored = key.replace("-", "_")
    generous = 500 if key == "max-depth" else 100000  # max-depth has a ceiling of 500
    assert main([*argv, "--set", f"{underscored}={generous}"]) in (0, 1)
    capsys.readouterr()
    (project / "pyproject.toml").unlink()
    assert main([*argv, "--set", f"{key}={value}"]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["0", "-1", "1.5", "true", "'ten'"])
def test_limits_refuse_bad_values(bad: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", {"claims.yaml": "quantities: []\n"})
    for key in ("max-file-bytes", "max-snapshot-bytes", "max-aliases", "max-depth"):
        assert main(["audit", str(corpus), "--out", "", "--quiet", "--set", f"{key}={bad}"]) == 2
        err = capsys.readouterr().err
        assert f"`{key}` must be a positive whole number" in err, err
