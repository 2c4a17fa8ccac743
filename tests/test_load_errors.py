"""All load errors in one run: ids, fields, "did you mean", paths from the working directory.

Also the messages of PRV003 (the full new sha256 and the line to write) and PRV001 (where a
quote parts from its snapshot).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from checker import errors as errors_module
from checker.cli import main
from checker.errors import CorpusError, CorpusErrors
from checker.loader import load_corpus
from tests.conftest import write_tree

# Sixteen mistakes in two files, each of the kinds new users make.
SOURCES = """\
sources:
  - {id: a, title: A, kind: news, snapshot: a.txt}
  - {id: b, title: B, kind: blog, snapshot: a.txt}
  - {id: c, title: C, kind: news, snapshott: a.txt}
  - {id: d, title: D, kind: news, snapshot: ../outside.txt}
  - {id: e, title: E, kind: news, cites: [carnegie]}
  - {id: f, title: F, kind: news, sha256: abc}
quantities:
  - {id: countries-using, label: Using, unit: countries}
  - {id: countries-surveyed, label: Surveyed, unit: countries}
  - {id: Bad Id, label: Bad}
  - {id: q-bool, label: B, continuous: maybe}
"""
CLAIMS = """\
claims:
  - id: ok-63
    source: a
    quantity: countries-using
    quote: "63 countries"
    says: "63"
  - id: typo-quantity
    source: a
    quantity: countries-usin
    quote: "63 countries"
    says: "63"
  - id: min-max
    source: a
    quantity: countries-using
    quote: "63 countries"
    says: "63"
    value: {min: 70, max: 60}
  - id: unknown-says
    source: a
    quantity: countries-using
    quote: "umpteen countries"
    says: "umpteen"
  - id: no-source
    source: nowhere
    quantity: countries-using
    quote: "63 countries"
    says: "63"
  - id: ok-63
    source: a
    quantity: countries-using
    quote: "63 countries"
    says: "63"
  - id: quoted-and-counted
    source: a
    quantity: countries-using
    quote: "63 countries"
    says: "63"
    count: {x: 1}
  - id: extra-key
    source: a
    quantity: countries-using
    quote: "63 countries"
    says: "63"
    atributed_to: a
relations:
  - {kind: subset, part: countries-using, whole: countries-surveyd}
  - {kind: subsett, part: countries-using, whole: countries-surveyed}
ignore:
  - {source: a, says: "2019", why: a year, quoet: x}
"""

LEAKS = re.compile(r"Input should|validation error|pydantic|Field required|type=|"
                   r"Extra inputs|For further information", re.IGNORECASE)


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    write_tree(tmp_path / "beat", {"a.txt": "63 countries, umpteen countries\n",
                                   "sources.yaml": SOURCES, "claims.yaml": CLAIMS})
    (tmp_path / "outside.txt").write_text("63\n", encoding="utf-8")
    status = main(["audit", "beat", "--out", "", "--quiet"])
    return status, capsys.readouterr().err.splitlines()


def test_every_error_is_reported_with_its_item_and_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, lines = _run(tmp_path, capsys)
    assert status == 2
    *errors, summary = lines
    assert summary == f"claimcheck: {len(errors)} errors in all"
    assert all(e.startswith("claimcheck: error: beat/") for e in errors), lines
    body = "\n".join(errors)
    assert not LEAKS.search(body), body
    expected = [
        ("beat/claims.yaml:9", "claim `typo-quantity`: quantity",
         "`countries-usin` is not a known quantity (did you mean `countries-using`?)"),
        ("beat/claims.yaml:17", "claim `min-max`: value", "`min` is greater than `max`"),
        ("beat/claims.yaml:22", "claim `unknown-says`: says", "umpteen"),
        ("beat/claims.yaml:24", "claim `no-source`: source", "`nowhere` is not a known source"),
        ("beat/claims.yaml:28", "claim `ok-63`: id", "duplicate id `ok-63` (already the id of "
         "a claim at beat/claims.yaml:2)"),
        ("beat/claims.yaml:33", "claim `quoted-and-counted`", "either quoted"),
        ("beat/claims.yaml:44", "claim `extra-key`: atributed_to",
         "unknown key `atributed_to` (did you mean `attributed_to`?)"),
        ("beat/claims.yaml:46", "relation `subset:countries-using,countries-surveyd`",
         "`countries-surveyd` is not a known quantity (did you mean `countries-surveyed`?)"),
        ("beat/claims.yaml:47", "relations[1]",
         "unknown relation kind `subsett` (expected one of: subset, union, sum, ratio, equal, "
         "difference, change)"
         " (did you mean `subset`?)"),
        ("beat/claims.yaml:49", "ignore[0]: quoet", "unknown key `quoet` (did you mean `quote`?)"),
        ("beat/sources.yaml:3", "source `b`: kind", "`blog` is not a valid kind (expected one "
         "of: primary, news, dataset, reference)"),
        ("beat/sources.yaml:4", "source `c`: snapshott",
         "unknown key `snapshott` (did you mean `snapshot`?)"),
        ("beat/sources.yaml:5", "source `d`: snapshot", "may not use `..`"),
        ("beat/sources.yaml:6", "source `e`: cites[0]", "`carnegie` is not a known source"),
        ("beat/sources.yaml:7", "source `f`: sha256", "`abc` is not a sha256"),
        ("beat/sources.yaml:11", "quantity `Bad Id`: id", "`Bad Id` is not a valid id"),
        ("beat/sources.yaml:12", "quantity `q-bool`: continuous",
         "`maybe` is not true or false"),
    ]
    assert len(errors) == len(expected), body
    for line, (where, field, what) in zip(errors, expected, strict=True):
        assert line.startswith(f"claimcheck: error: {where}: {field}"), (line, where, field)
        assert what in line, (line, what)


def test_errors_are_sorted_by_file_and_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, lines = _run(tmp_path, capsys)
    places = [re.match(r"claimcheck: error: ([^:]+):(\d+):", e) for e in lines[:-1]]
    keys = [(m.group(1), int(m.group(2))) for m in places if m is not None]
    assert len(keys) == len(lines) - 1 and keys == sorted(keys)


def test_library_raises_every_error_at_once(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "beat", {"a.txt": "63\n", "sources.yaml": SOURCES,
                                          "claims.yaml": CLAIMS})
    with pytest.raises(CorpusErrors) as info:
        load_corpus(root)
    assert info.value.total == len(info.value.errors) >= 14
    assert str(info.value).count("\n") == len(info.value.errors)  # one line each + the count


def test_one_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(tmp_path / "c", {
        "claims.yaml": "quantities:\n  - {id: q, label: Q, unti: x}\n"})
    assert main(["audit", str(root), "--out", "", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown key `unti` (did you mean `unit`?)" in err
    assert f"{root / 'claims.yaml'}:2: quantity `q`: unti" in err


def test_errors_beyond_the_limit_are_counted(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors_module, "MAX_ERRORS", 5)
    items = "".join(f"  - {{id: q{i}, label: Q, colour: red}}\n" for i in range(12))
    root = write_tree(tmp_path / "c", {"claims.yaml": "quantities:\n" + items})
    assert main(["audit", str(root), "--out", "", "--quiet"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 6
    assert lines[-1] == ("claimcheck: 12 errors in all; the first 5 are shown "
                         "(the limit of one run)")
    assert [re.search(r"claims.yaml:(\d+)", x).group(1) for x in lines[:5]] == [  # type: ignore[union-attr]
        "2", "3", "4", "5", "6"]


def test_errors_of_several_files_and_stages_come_together(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A YAML syntax error in one file, a bad CSV, an unknown column and a bad `says`."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "c", {
        "a.txt": "63 countries\n",
        "bad.yaml": "sources: [\n",
        "t.csv": "country,x\nA,1,2\n",
        "u.csv": "country,region\nA,Asia\n",
        "claims.yaml": (
            "sources:\n"
            "  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
            "  - {id: t, title: T, kind: dataset, table: t.csv}\n"
            "  - {id: u, title: U, kind: dataset, table: u.csv}\n"
            "quantities:\n  - {id: q, label: Q}\n"
            "claims:\n"
            "  - {id: c1, source: a, quantity: q, quote: 63 countries, says: sixty-thre}\n"
            "  - {id: c2, source: u, quantity: q, count: {regoin: Asia}}\n")})
    assert main(["audit", "c", "--out", "", "--quiet"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert [x.split(": ")[2].split(":")[0] for x in lines[:-1]] == [
        "c/bad.yaml", "c/claims.yaml", "c/claims.yaml", "c/t.csv"], lines
    assert "unknown column `regoin`" in lines[2] and "(did you mean `region`?)" in lines[2]
    assert lines[-1] == "claimcheck: 4 errors in all"


def test_json_corpus_errors_name_ids_too(tmp_path: Path) -> None:
    data = {"quantities": [{"id": "q", "label": "Q", "unitt": "x"}],
            "claims": [{"id": "c", "source": "s", "quantity": "q", "quote": "1", "says": "1"}]}
    root = write_tree(tmp_path / "c", {"claims.json": json.dumps(data, indent=1)})
    with pytest.raises(CorpusErrors) as info:
        load_corpus(root)
    fields = [e.field for e in info.value.errors]
    assert fields == ["quantity `q`: unitt", "claim `c`: source"]


def test_reference_to_a_broken_item_is_not_reported_twice(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"claims.yaml": (
        "sources:\n  - {id: s, title: S, kind: magazine}\n"
        "quantities:\n  - {id: q, label: Q}\n"
        "claims:\n  - {id: c, source: s, quantity: q, quote: '1', says: '1'}\n")})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert not isinstance(info.value, CorpusErrors), str(info.value)
    assert "`magazine` is not a valid kind" in info.value.message


def test_sha256_mismatch_prints_the_full_hash_and_the_line_to_write(tmp_path: Path) -> None:
    from checker.pipeline import audit

    text = "The report counts 63 countries.\n"
    new = hashlib.sha256(text.encode()).hexdigest()
    root = write_tree(tmp_path / "c", {"a.txt": text, "claims.yaml": (
        "sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt, sha256: '" + "0" * 64
        + "'}\nquantities:\n  - {id: q, label: Q}\n")})
    [f] = [f for f in audit(root).findings if f.code == "PRV003"]
    assert f"its sha256 is now {new}, the corpus records {'0' * 64}" in f.message
    assert f"`sha256: {new}` for `a`" in f.message


def test_quote_not_found_says_where_it_parts_from_the_snapshot(tmp_path: Path) -> None:
    from checker.pipeline import audit

    text = "Intro.\nChinese companies supply AI surveillance technology in 63 countries.\n"
    root = write_tree(tmp_path / "c", {"a.txt": text, "claims.yaml": (
        "sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
        "quantities:\n  - {id: q, label: Q}\n"
        "claims:\n  - {id: c, source: a, quantity: q, says: '64',\n"
        "     quote: 'Chinese companies supply AI surveillance technology in 64 countries'}\n")})
    [f] = [f for f in audit(root).findings if f.code == "PRV001"]
    assert "its first 55 characters match at line 2" in f.message, f.message
    assert "then the quote has “64 countries…” where the snapshot has “63 countries. …”" \
        in f.message, f.message


def test_outputs_inside_the_corpus_are_skipped_with_a_notice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "c", {"a.txt": "63 countries\n", "claims.yaml": (
        "sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
        "quantities:\n  - {id: q, label: Q}\n"
        "claims:\n  - {id: c, source: a, quantity: q, quote: 63 countries, says: '63'}\n")})
    args = ["audit", "c", "--out", "", "--quiet", "--json", "c/audit.json",
            "--sarif", "c/out/audit.sarif.json"]
    assert main(args) == 0
    first = (tmp_path / "c/audit.json").read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""
    assert main([*args[:-4], "--json", "second.json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "claimcheck: skipped c/audit.json: a claimcheck output (claimcheck-audit/1), not a "
        "claim file; keep outputs out of the corpus folder",
        "claimcheck: skipped c/out/audit.sarif.json: a claimcheck output (a SARIF log), not a "
        "claim file; keep outputs out of the corpus folder"]
    assert (tmp_path / "second.json").read_text(encoding="utf-8") == first
    assert main(["baseline", "c", "-o", "c/baseline.yaml"]) == 0
    capsys.readouterr()
    assert main([*args[:-4], "--json", "third.json"]) == 0
    assert "skipped c/baseline.yaml: a claimcheck output (claimcheck-baseline/1)" in \
        capsys.readouterr().err


def test_a_corpus_of_outputs_only_is_an_error(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"audit.json": '{"schema": "claimcheck-audit/1"}'})
    with pytest.raises(CorpusError, match="only claimcheck outputs"):
        load_corpus(root)


def test_did_you_mean_for_a_source_kind(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"claims.yaml": (
        "sources:\n  - {id: s, title: S, kind: primay}\n")})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert info.value.message == ("`primay` is not a valid kind (expected one of: primary, "
                                  "news, dataset, reference) (did you mean `primary`?)")


@pytest.mark.parametrize(("item", "expected"), [
    ("{id: s, title: 5, kind: news}", "source `s`: title: expected text, not `5`"),
    ("{id: s, title: [a], kind: news}", "source `s`: title: expected text, not `['a']`"),
    ("{id: s, title: S, kind: news, published: someday}",
     "source `s`: published: `someday` is not a date (write YYYY-MM-DD)"),
    ("{id: s, title: S, kind: news, cites: carnegie}",
     "source `s`: cites: expected a list, not `carnegie`"),
    ("{id: s, title: S, kind: news, section: here}",
     "source `s`: section: expected a mapping (key: value), not `here`"),
    ("{id: s, title: S, kind: news, section: {from: a, till: b}}",
     "source `s`: section.till: unknown key `till`"),
    ("{id: s, title: '', kind: news}", "source `s`: title: `title` may not be empty"),
    ("{id: s, title: S, kind: news, snapshot: a.txt, section: {from: a, to: b}, "
     "sha256: '12'}", "source `s`: sha256: `12` is not a sha256"),
    ("just text", "sources[0]: expected a mapping (key: value), not `just text`"),
])
def test_every_error_type_is_worded_by_the_project(tmp_path: Path, item: str,
                                                   expected: str) -> None:
    root = write_tree(tmp_path / "c", {"claims.yaml": f"sources:\n  - {item}\n"})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    text = str(info.value)
    assert expected in text, text
    assert not LEAKS.search(text), text


@pytest.mark.parametrize(("item", "expected"), [
    ("just text", "claims[0]: expected a mapping (key: value), not `just text`"),
    ("[s, q]", "claims[0]: expected a mapping (key: value), not `['s', 'q']`"),
    ("{id: c, source: s, quantity: q, quote: '63', says: '63', sayz: '64'}",
     "claim `c`: sayz: unknown key `sayz` (did you mean `says`?)"),
    ("{id: c, source: s, quantity: q, quote: '63', says: 63}",
     "claim `c`: says: expected text, not `63`"),
    ("{id: c, source: s, quote: '63', says: '63'}",
     "claim `c`: quantity: missing required key `quantity`"),
    ("{id: c, source: s, quantity: q, quote: '63', says: '63', value: {minimum: 3}}",
     "claim `c`: value.minimum: unknown key `minimum`"),
])
def test_claim_errors_are_worded_as_every_item_s(tmp_path: Path, item: str,
                                                 expected: str) -> None:
    """A claim is a slotted dataclass, not a model: pydantic names some of its errors
    differently (an unknown key is an unexpected keyword argument); the words are the same."""
    root = write_tree(tmp_path / "c", {"claims.yaml": f"claims:\n  - {item}\n"})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    text = str(info.value)
    assert expected in text, text
    assert not LEAKS.search(text), text


def test_a_loaded_claim_is_slotted() -> None:
    from checker.models import Claim

    claim = Claim(source="s", quantity="q", quote="63", says="63")
    assert not hasattr(claim, "__dict__")
    with pytest.raises(AttributeError):
        claim.says = "64"  # type: ignore[misc]


def test_a_file_that_does_not_parse_causes_no_unknown_id_errors(tmp_path: Path) -> None:
    """Its ids are unknown, so references to them are not blamed (no cascade of errors)."""
    root = write_tree(tmp_path / "c", {
        "sources.yaml": "sources:\n  - {id: a, title: A, kind: news\n",
        "claims.yaml": ("quantities:\n  - {id: q, label: Q, colour: red}\n"
                        "claims:\n" + "".join(
                            f"  - {{id: c{i}, source: a, quantity: q, quote: '1', says: '1'}}\n"
                            for i in range(20)))})
    with pytest.raises(CorpusErrors) as info:
        load_corpus(root)
    assert [(e.file, e.message.split(":")[0]) for e in info.value.errors] == [
        (str(root / "claims.yaml"), "unknown key `colour`"),
        (str(root / "sources.yaml"), "YAML syntax error")]
