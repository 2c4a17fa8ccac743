"""Configuration: [tool.claimcheck] in pyproject.toml, --set, options, and their precedence."""

from __future__ import annotations

import json
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from checker.cli import main
from checker.config import Config, find_pyproject, load_config
from checker.errors import ConfigError
from tests._gatecorpus import gate_corpus
from tests.conftest import write_tree


def _pyproject(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n\n" + textwrap.dedent(body), encoding="utf-8")
    return path


def test_defaults_without_a_claimcheck_table(tmp_path: Path) -> None:
    _pyproject(tmp_path, "")
    assert load_config(tmp_path) == Config()
    config = Config()
    assert (config.corpus, config.out, config.fail_on, config.tolerance) == (
        "claims", "reports", "error", Fraction(1, 10))


def test_every_documented_key_is_read(tmp_path: Path) -> None:
    _pyproject(tmp_path, """\
        [tool.claimcheck]
        corpus = "corpus"
        out = "public/audit"
        html = "site/index.html"
        json = "audit.json"
        sarif = "audit.sarif"
        junit = "junit.xml"
        markdown = "summary.md"
        claimreview = "claimreview.json"
        sarif-notes = true
        fail-on = "warning"
        tolerance = 5
        trust = ["dataset", "primary", "reference", "news"]
        select = ["XCK", "REL001"]
        ignore = "XCK005, REL002"
        baseline = "claimcheck-baseline.yaml"
        coverage = false

        [tool.claimcheck.severity]
        XCK004 = "warning"
        COV001 = "error"
        """)
    c = load_config(tmp_path)
    assert (c.corpus, c.out, *(c.output(f) for f in ("html", "json", "sarif", "junit",
                                                      "markdown"))) == (
        "corpus", "public/audit", "site/index.html", "audit.json", "audit.sarif",
        "junit.xml", "summary.md")
    assert c.output("claimreview") == "claimreview.json" and c.sarif_notes is True
    assert c.fail_on == "warning" and c.tolerance == Fraction(1, 20)
    assert c.trust == ("dataset", "primary", "reference", "news")
    assert c.select == ("XCK", "REL001") and c.ignore == ("XCK005", "REL002")
    assert c.severity == {"XCK004": "warning", "COV001": "error"}
    assert c.baseline == "claimcheck-baseline.yaml" and c.coverage is False


def test_pyproject_above_the_repository_root_is_not_read(tmp_path: Path) -> None:
    """A pyproject.toml in a parent folder of the repository (a shared /tmp) is ignored."""
    _pyproject(tmp_path, "[tool.claimcheck]\nfail-on = 'never'\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sub").mkdir()
    assert find_pyproject(repo / "sub") is None
    assert load_config(repo / "sub").fail_on == "error"
    assert load_config(repo / "sub").settings_file is None


def test_outside_a_repository_only_the_folder_itself(tmp_path: Path) -> None:
    _pyproject(tmp_path, "[tool.claimcheck]\nfail-on = 'never'\n")
    (tmp_path / "sub").mkdir()
    assert find_pyproject(tmp_path) == tmp_path / "pyproject.toml"
    assert find_pyproject(tmp_path / "sub") is None


@pytest.mark.parametrize("kind", ["fifo", "dir", "device"])
def test_pyproject_not_a_regular_file_is_never_read(tmp_path: Path, kind: str) -> None:
    import os

    if kind == "fifo":
        os.mkfifo(tmp_path / "pyproject.toml")
    elif kind == "device":
        os.symlink("/dev/zero", tmp_path / "pyproject.toml")
    else:
        (tmp_path / "pyproject.toml").mkdir()
    assert load_config(tmp_path).settings_file is None  # never opened: no hang


def test_underscored_keys_work_too(tmp_path: Path) -> None:
    _pyproject(tmp_path, "[tool.claimcheck]\nfail_on = 'info'\n")
    assert load_config(tmp_path).fail_on == "info"


def test_nearest_pyproject_and_paths_relative_to_it(tmp_path: Path) -> None:
    _pyproject(tmp_path, "[tool.claimcheck]\ncorpus = 'claims'\nout = ''\n"
                         "baseline = 'ci/baseline.yaml'\nsarif = '/abs/a.sarif'\n")
    (tmp_path / ".git").mkdir()
    deep = tmp_path / "docs" / "notes"
    deep.mkdir(parents=True)
    assert find_pyproject(deep) == tmp_path / "pyproject.toml"
    c = load_config(deep)
    assert c.settings_file == str(tmp_path / "pyproject.toml")
    assert c.corpus == str(Path("..") / ".." / "claims")
    assert c.baseline == str(Path("..") / ".." / "ci" / "baseline.yaml")
    assert c.out == "" and c.output("sarif") == "/abs/a.sarif"
    here = load_config(tmp_path)
    assert here.corpus == "claims" and here.baseline == "ci/baseline.yaml"


@pytest.mark.parametrize(("body", "fragment"), [
    ("fail-on = 'sometimes'", "fail-on must be one of"),
    ("falil-on = 'error'", "unknown setting `falil-on`"),
    ("tolerance = 'lots'", "not a number of percent"),
    ("tolerance = 150", "from 0 to below 100"),
    ("select = ['XYZ']", "matches no rule code"),
    ("severity = {XCK999 = 'error'}", "unknown rule code"),
    ("severity = {XCK004 = 'fatal'}", "must be error, warning or info"),
    ("trust = ['news']", "trust must list every source kind"),
    ("coverage = 'yes'", "true or false"),
    ("fail-on = 'error'\nfail_on = 'never'", "are the same setting"),
    ("solver-budget = 1000000000001", "out of range"),
    ("solver-timeout-ms = 10000", "use `solver-budget`"),
    ("max-depth = 1000000", "out of range: at most 500"),
    ("tolerance = '1e999999999'", "from 0 to below 100"),
    ("tolerance = '1e-999999999'", "more than 40 decimals"),
    ("tolerance = 1e999", "not a number of percent"),
    ("max-component = 0", "positive whole number"),
    ("corpus = 3", "must be text"),
])
def test_bad_settings_are_config_errors(tmp_path: Path, body: str, fragment: str) -> None:
    _pyproject(tmp_path, f"[tool.claimcheck]\n{body}\n")
    with pytest.raises(ConfigError, match=fragment.replace("(", r"\(")):
        load_config(tmp_path)


def test_unreadable_pyproject_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    assert info.value.file == str(tmp_path / "pyproject.toml")


def test_with_settings_reads_values_as_toml_else_text() -> None:
    c = Config().with_settings(["fail-on=warning", "tolerance=2.5", "select=XCK,PRV",
                                "ignore=[\"XCK005\"]", "coverage=false", "out=",
                                "max-component=50"])
    assert c.fail_on == "warning" and c.tolerance == Fraction(1, 40)
    assert c.select == ("XCK", "PRV") and c.ignore == ("XCK005",)
    assert c.coverage is False and c.out == "" and c.max_component == 50


def test_with_settings_severity_one_rule_at_a_time() -> None:
    c = Config(severity={"XCK004": "warning"}).with_settings(
        ["severity.COV001=error", "severity.XCK005=warning"])
    assert c.severity == {"XCK004": "warning", "COV001": "error", "XCK005": "warning"}
    c = Config(severity={"XCK004": "warning"}).with_settings(["severity={COV001='info'}"])
    assert c.severity == {"COV001": "info"}


@pytest.mark.parametrize("pair", ["fail-on", "=error", "colour=blue", "severity.XCK002=fatal"])
def test_with_settings_rejects(pair: str) -> None:
    with pytest.raises(ConfigError):
        Config().with_settings([pair])


def test_with_overrides_skips_none_and_validates() -> None:
    c = Config().with_overrides(fail_on=None, tolerance="7", select="XCK")
    assert c.fail_on == "error" and c.tolerance == Fraction(7, 100) and c.select == ("XCK",)
    with pytest.raises(ConfigError):
        Config().with_overrides(fail_on="often")


# --- precedence through the command line: defaults < pyproject < --set < options -------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with pyproject.toml and a corpus whose one finding is a warning (XCK003)."""
    write_tree(tmp_path / "claims", gate_corpus(huawei="50"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(project: Path, body: str, *args: str) -> tuple[int, dict[str, object]]:
    _pyproject(project, body)
    out = project / "out.json"
    out.unlink(missing_ok=True)
    status = main(["audit", "--quiet", "--json", str(out), *args])
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return status, data


def test_precedence_defaults(project: Path) -> None:
    status, data = _run(project, "", "--out", "")
    assert status == 0  # a warning does not fail at the default fail-on error
    assert data["summary"]["fail_on"] == "error"  # type: ignore[index]


def test_precedence_pyproject_over_defaults(project: Path) -> None:
    status, _ = _run(project, "[tool.claimcheck]\nfail-on = 'warning'\nout = ''\n")
    assert status == 1
    assert not (project / "reports").exists()  # out = '' from pyproject: no default reports


def test_precedence_set_over_pyproject(project: Path) -> None:
    body = "[tool.claimcheck]\nfail-on = 'warning'\nout = ''\n"
    assert _run(project, body, "--set", "fail-on=error")[0] == 0
    assert _run(project, body, "--set", "severity.XCK003=info")[0] == 0
    assert _run(project, body, "--set", "ignore=XCK003")[0] == 0


def test_precedence_named_option_over_set_and_pyproject(project: Path) -> None:
    body = "[tool.claimcheck]\nfail-on = 'never'\nout = ''\n"
    assert _run(project, body)[0] == 0
    assert _run(project, body, "--fail-on", "warning")[0] == 1
    assert _run(project, body, "--set", "fail-on=error", "--fail-on", "warning")[0] == 1
    assert _run(project, body, "--set", "fail-on=warning", "--fail-on", "error")[0] == 0


def test_pyproject_severity_and_select_apply(project: Path) -> None:
    status, data = _run(project, "[tool.claimcheck]\nout = ''\n"
                        "[tool.claimcheck.severity]\nXCK003 = 'error'\n")
    assert status == 1
    assert [f["severity"] for f in data["findings"]] == ["error"]  # type: ignore[index]
    status, data = _run(project, "[tool.claimcheck]\nout = ''\nselect = ['PRV']\n")
    assert status == 0 and data["findings"] == []


def test_pyproject_corpus_and_outputs(project: Path) -> None:
    (project / "claims").rename(project / "corpus")
    _pyproject(project, "[tool.claimcheck]\ncorpus = 'corpus'\nout = 'public'\n"
                        "markdown = 'public/summary.md'\n")
    assert main(["audit", "--quiet"]) == 0
    assert sorted(p.name for p in (project / "public").iterdir()) == [
        "audit.json", "index.html", "summary.md"]


def test_bad_configuration_is_status_2(project: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    assert _run(project, "[tool.claimcheck]\nfail-on = 'sometimes'\n")[0] == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and "fail-on" in err and "Traceback" not in err
    assert _run(project, "", "--set", "nonsense")[0] == 2
    assert "KEY=VALUE" in capsys.readouterr().err
    assert _run(project, "", "--tolerance", "x")[0] == 2
