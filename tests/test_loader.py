"""The loader: merging, default ids, line numbers, JSON corpora, paths, the schema."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import CorpusError
from checker.loader import load_corpus
from checker.models import Claim, CorpusFile, Quantity, Source

MakeCorpus = Callable[[Mapping[str, str | bytes]], Path]
REPO = Path(__file__).resolve().parent.parent

BASE = """\
sources:
  - {id: a, title: A, kind: news, snapshot: a.txt}
quantities:
  - {id: q, label: Q}
claims:
  - source: a
    quantity: q
    quote: "63 countries"
    says: "63"
  - source: a
    quantity: q
    quote: "63 countries"
    says: "63"
"""


def test_loader_default_ids_and_lines(make_corpus: MakeCorpus) -> None:
    root = make_corpus({"a.txt": "63 countries\n", "claims.yaml": BASE})
    loaded = load_corpus(root)
    ids = [c.id for c in loaded.corpus.claims]
    assert ids == ["a.q", "a.q.2"]
    loc = loaded.location("a.q.2")
    assert loc is not None and (loc.file, loc.line) == ("claims.yaml", 10)
    assert loaded.location("a.q", "says") == loaded.location("a.q").__class__("claims.yaml", 9)


@pytest.mark.parametrize(("source", "named"), [
    ("{id: a, title: A, kind: news, snapshot: ''}", "snapshot"),
    ("{id: a, title: A, kind: news, snapshot: .}", "snapshot"),
    ("{id: a, title: A, kind: dataset, table: ''}", "table"),
    ("{id: a, title: A, kind: dataset, table: ./}", "table"),
])
def test_a_path_naming_no_file_is_refused_where_it_is_written(
        make_corpus: MakeCorpus, source: str, named: str) -> None:
    """An empty snapshot or table path (or ``.``) names the claim file's own folder: it is
    refused at its line and field, not read as a folder named after the corpus."""
    root = make_corpus({"b/sources.yaml": f"sources:\n  - {source}\n"})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    error = info.value
    assert error.file is not None and error.file.endswith("/b/sources.yaml")
    assert (error.line, error.field) == (2, f"source `a`: {named}")
    assert f"`{named}:` names no file" in str(error)
    assert ("a CSV file" if named == "table" else "a text file") in str(error)


def test_loader_merges_files_in_path_order(make_corpus: MakeCorpus) -> None:
    root = make_corpus({
        "a.txt": "63 countries\n",
        "b/sources.yaml": "sources:\n  - {id: a, title: A, kind: news, snapshot: ../a.txt}\n",
        "a.yml": "quantities:\n  - {id: q, label: Q}\n",
    })
    with pytest.raises(CorpusError, match="may not use"):
        load_corpus(root)
    root = make_corpus({
        "a.txt": "63 countries\n",
        "b/sources.yaml": "sources:\n  - {id: a, title: A, kind: news, snapshot: x.txt}\n",
        "a.yml": "quantities:\n  - {id: q, label: Q}\n",
    })
    loaded = load_corpus(root)
    assert loaded.paths["a"] == root / "b" / "x.txt"
    assert [q.id for q in loaded.corpus.quantities] == ["q"]


def test_loader_json_equals_yaml(make_corpus: MakeCorpus) -> None:
    data = yaml.safe_load(BASE)
    y = load_corpus(make_corpus({"a.txt": "63 countries\n", "c.yaml": BASE}))
    j = load_corpus(make_corpus({"a.txt": "63 countries\n", "c.json": json.dumps(data, indent=1)}))
    assert y.corpus == j.corpus
    loc = j.location("a.q.2")
    assert loc is not None and loc.file == "c.json" and loc.line > 1


def test_loader_refuses_symlink_out_of_the_corpus(make_corpus: MakeCorpus, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("63 countries\n", encoding="utf-8")
    root = make_corpus({"claims.yaml": BASE})
    os.symlink(outside, root / "a.txt")
    with pytest.raises(CorpusError, match="leaves the corpus folder") as info:
        load_corpus(root)
    assert info.value.file == str(root / "claims.yaml") and info.value.line == 2


def test_loader_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no claim files"):
        load_corpus(tmp_path)


def test_schema_validates_the_bundled_claim_files() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = CorpusFile.model_json_schema(by_alias=True)
    for path in sorted((REPO / "claims").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(_jsonable(data), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"claims": [{"source": "a", "quantity": "q", "colour": 1}]}, schema)


def _jsonable(data: object) -> object:
    return json.loads(json.dumps(data, default=str))


ids = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
texts = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF), min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    sources=st.lists(st.builds(Source, id=ids, title=texts, kind=st.sampled_from(
        ["primary", "news", "reference"]), snapshot=st.just("a.txt"),
        cites=st.just(())), max_size=3),
    quantities=st.lists(st.builds(Quantity, id=ids, label=texts,
                                  unit=st.sampled_from(["countries", "percent"])), max_size=3),
    claims=st.lists(st.builds(Claim, id=ids, source=ids, quantity=ids, quote=texts, says=texts),
                    max_size=3),
)
def test_models_round_trip_through_json(sources: list[Source], quantities: list[Quantity],
                                        claims: list[Claim]) -> None:
    original = CorpusFile(sources=sources, quantities=quantities, claims=claims)
    dumped = original.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    again = CorpusFile.model_validate(json.loads(json.dumps(dumped)))
    assert again == original


class _ParserWithOwnNestingLimit(yaml.SafeLoader):
    """A YAML parser that scans ahead and stops on a nesting limit of its own, in its words.

    Some builds of PyYAML's C parser do this (6.0.4 stops at 1000 flow levels), before the
    loader's event pass has seen the depth; others do not.  Standing in for such a build
    makes the test independent of the installed version.
    """

    def get_event(self) -> yaml.Event:
        event = super().get_event()
        if isinstance(event, yaml.SequenceStartEvent) and event.start_mark is not None:
            if event.start_mark.column > 20:
                raise yaml.scanner.ScannerError("while increasing flow level", None,
                                                "exceeded maximum nesting depth",
                                                event.start_mark)
        return event


@pytest.mark.parametrize("depth", [65, 200_000])
def test_loader_nesting_limit_in_its_own_words_whatever_the_parser(
        make_corpus: MakeCorpus, monkeypatch: pytest.MonkeyPatch, depth: int) -> None:
    from checker import _yamlnodes

    monkeypatch.setattr(_yamlnodes, "_Loader", _ParserWithOwnNestingLimit)
    root = make_corpus({"claims.yaml": "quantities: " + "[" * depth})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert "nesting deeper than 64 levels" in str(info.value)
    assert "maximum nesting depth" not in str(info.value)
    assert info.value.line == 1


def test_loader_syntax_error_stays_a_syntax_error_after_a_parser_limit(
        make_corpus: MakeCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker import _yamlnodes

    monkeypatch.setattr(_yamlnodes, "_Loader", _ParserWithOwnNestingLimit)
    # 30 levels (within claimcheck's limit), then a broken flow sequence
    root = make_corpus({"claims.yaml": "quantities: " + "[" * 30 + "a: b: c" + "]" * 30})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert "YAML syntax error" in str(info.value)
    assert "nesting deeper" not in str(info.value)


REPORT = """\
report:
  title: "Checking the figures"
  publisher: Example Desk
  summary: What this audit checks.
  language: en-GB
  url: https://example.org/audit/
"""


def test_loader_reads_the_report_block(make_corpus: MakeCorpus) -> None:
    """`report:` may stand in any one file, beside the other sections or alone."""
    loaded = load_corpus(make_corpus({"a.txt": "63 countries", "claims.yaml": BASE,
                                      "report.yaml": REPORT}))
    r = loaded.corpus.report
    assert r is not None
    assert (r.title, r.publisher, r.summary, r.language, r.url) == (
        "Checking the figures", "Example Desk", "What this audit checks.", "en-GB",
        "https://example.org/audit/")
    bare = load_corpus(make_corpus({"a.txt": "63 countries", "claims.yaml": BASE}))
    assert bare.corpus.report is None


def test_loader_refuses_a_second_report_block(make_corpus: MakeCorpus) -> None:
    """A corpus has one report block: the second names the file of the first."""
    root = make_corpus({"a.txt": "63 countries", "claims.yaml": REPORT + BASE,
                        "z.yaml": 'report:\n  title: "Again"\n'})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert Path(info.value.file).name == "z.yaml" and info.value.line == 1
    assert "claims.yaml" in str(info.value) and "report" in str(info.value)


@pytest.mark.parametrize(("body", "field"), [
    ('report:\n  title: "T"\n  titel: "typo"\n', "titel"),
    ('report:\n  publisher: "P"\n', "title"),
    ('report:\n  title: "T"\n  url: "javascript:alert(1)"\n', "url"),
    ('report:\n  title: "T"\n  language: "english please"\n', "language"),
])
def test_loader_names_the_bad_report_field(make_corpus: MakeCorpus, body: str,
                                           field: str) -> None:
    root = make_corpus({"a.txt": "63 countries", "claims.yaml": BASE, "r.yaml": body})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert Path(info.value.file).name == "r.yaml" and field in str(info.value)
