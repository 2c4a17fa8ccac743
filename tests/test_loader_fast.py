"""The loader's fast paths against the loader they replaced (hypothesis, as oracle).

`tests/_loader_reference.py` is the loader before its merge kept each origin as one int
(`Origins`), looked up an item's own line directly (`LoadedCorpus.location`,
`ParsedFile.item_line`) and resolved each snapshot folder once (`_confine_in`).  For
random almost-valid corpora — the fuzz corpora, and corpora of clashing, dangling,
unnamed and revising items — both must give the same errors (message, file, line, field,
in the same order), the same corpus and the same location for every item and field.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import _loader_merge, _loader_paths, loader
from checker.errors import CheckerError, CorpusError
from tests import _loader_reference as reference
from tests.conftest import write_tree
from tests.test_fuzz_loader import corpora

IDS = ["a", "b", "c", "q", "r", "a.q", "a.q.2", "t"]
SNAPSHOT_NAMES = ["s/a.txt", "s/../a.txt", "/abs", "missing.txt", "s/a.txt", "s//a.txt",
                  "./s/a.txt", "s/a.txt/", "s\\a.txt", "C:a.txt", ".hidden", "s/.", "",
                  "s", "t.csv", "s/a.txt\x00", "é.txt", "s/-a.txt", "s/a..txt"]


def _errors(errors: list[CheckerError]) -> list[tuple[Any, ...]]:
    return [(type(e).__name__, str(e), e.file, getattr(e, "line", None),
             getattr(e, "field", None)) for e in errors]


def _load(module: Any, root: Path) -> tuple[Any, list[tuple[Any, ...]]]:
    try:
        got = module.load_corpus(root, partial=True)
    except CorpusError as exc:
        return None, _errors([exc])
    return got, _errors(got.errors)


def assert_same_load(root: Path) -> None:
    new, new_errors = _load(loader, root)
    old, old_errors = _load(reference, root)
    assert new_errors == old_errors
    if old is None:
        assert new is None
        return
    assert new.corpus == old.corpus
    assert dict(new.origins) == old.origins
    assert new.paths == old.paths and new.real_paths == old.real_paths
    assert new.ignore_origins == old.ignore_origins
    locate = new.locator()  # (asked before any field's line, then after: both paths)
    for ident in [*old.origins, "no-such-item"]:
        assert locate(ident) == new.location(ident) == old.location(ident), ident
    for ident in [*old.origins, "no-such-item"]:
        assert new.location(ident) == old.location(ident), ident
        for fields in (("id",), ("says",), ("count", "x"), ("value", "min"), (0,)):
            assert new.location(ident, *fields) == old.location(ident, *fields)
        assert locate(ident) == new.location(ident), ident


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
def test_fuzz_corpora_load_as_before(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same_load(write_tree(Path(folder), files))


ident = st.sampled_from(IDS)
maybe_ident = st.none() | ident


@st.composite
def clashing_corpora(draw: st.DrawFn) -> dict[str, str]:
    """Corpora whose ids clash and dangle: few ids, drawn again and again, in two files."""
    files: dict[str, str] = {"s/a.txt": "It says 63 countries.\n", "t.csv": "x\n1\n"}
    for name in ("one.json", "two/more.yaml", "three.json"):
        data: dict[str, list[Any]] = {}
        if draw(st.booleans()):
            data["sources"] = [
                {"id": draw(ident), "title": "T", "kind": kind,
                 **({"table": "t.csv"} if kind == "dataset" else
                    {"snapshot": draw(st.sampled_from(SNAPSHOT_NAMES))}),
                 **({"cites": [draw(ident)]} if draw(st.booleans()) else {})}
                for kind in draw(st.lists(st.sampled_from(["news", "dataset", "primary"]),
                                          max_size=3))]
        if draw(st.booleans()):
            data["quantities"] = [
                {"id": draw(ident), "label": "L",
                 **({"within": draw(ident)} if draw(st.booleans()) else {})}
                for _ in range(draw(st.integers(0, 3)))]
        if draw(st.booleans()):
            data["relations"] = [
                {"kind": "subset", "part": draw(ident), "whole": draw(ident),
                 **({"id": draw(ident)} if draw(st.booleans()) else {})}
                for _ in range(draw(st.integers(0, 2)))]
        if draw(st.booleans()):
            claims = []
            for _ in range(draw(st.integers(0, 4))):
                claim: dict[str, Any] = {"source": draw(ident), "quantity": draw(ident)}
                if draw(st.booleans()):
                    claim["id"] = draw(ident)
                if draw(st.booleans()):
                    claim["count"] = {"x": 1}
                else:
                    claim.update(quote="63 countries", says="63")
                    if draw(st.booleans()):
                        claim["value"] = {"min": draw(st.sampled_from([1, "1e99", 63]))}
                for key in ("revises", "attributed_to"):
                    if draw(st.integers(0, 3)) == 0:
                        claim[key] = draw(ident)
                if draw(st.integers(0, 5)) == 0:
                    claim["bad-key"] = 1
                claims.append(claim)
            data["claims"] = claims
        if draw(st.booleans()):
            data["ignore"] = [{"source": draw(ident), "says": "63", "why": "w"}]
        if data:
            files[name] = json.dumps(data, indent=1)
    return files


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(clashing_corpora())
def test_clashing_corpora_load_as_before(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same_load(write_tree(Path(folder), files))


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["s", "s/d", "out", "loop", "link", "s/e"]),
                          st.sampled_from(["file", "dir", "in-link", "out-link", "loop"])),
                max_size=6),
       st.lists(st.sampled_from(["s/a.txt", "s/d/a.txt", "link/a.txt", "out/x", "loop",
                                 "s/e", "s/e/x", "link", "s/./a.txt", "missing/x"]),
                min_size=1, max_size=6))
def test_each_folder_resolved_once_confines_as_before(
        tree: list[tuple[str, str]], names: list[str]) -> None:
    """`_confine_in` (each folder once) returns or refuses as `_confine` does."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        root, outside = base / "corpus", base / "outside"
        root.mkdir()
        outside.mkdir()
        for rel, what in tree:
            path = root / rel
            if path.exists() or path.is_symlink():
                continue
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:  # a file or a loop on the way
                continue
            if what == "file":
                path.write_text("x")
            elif what == "dir":
                path.mkdir()
            elif what == "in-link":
                path.symlink_to(root / "s")
            elif what == "out-link":
                path.symlink_to(outside)
            else:
                path.symlink_to(path)
        real_root = root.resolve()
        folders: dict[Any, Any] = {}
        for name in names:
            parts = Path(name).parts
            *inner, last = parts
            target = root.joinpath(*parts)

            def run(check: Any, *args: Any) -> Any:
                try:
                    return check(*args)
                except CorpusError as exc:
                    return str(exc)

            confine, confine_in = _loader_paths._confine, _loader_paths._confine_in
            assert run(confine_in, root, inner, last, target, real_root, name, "c.yaml",
                       folders) == run(confine, target, real_root, name, "c.yaml", None)


def test_a_valid_corpus_builds_no_item_validator(tmp_path: Path) -> None:
    """The items are validated one by one only in a file with an error (start-up)."""
    from checker import _validation

    _validation._adapter.cache_clear()
    loader.load_corpus(Path(__file__).parent.parent / "claims")
    assert _validation._adapter.cache_info().currsize == 0
    write_tree(tmp_path, {"c.yaml": "quantities:\n  - {id: q}\n"})
    with pytest.raises(CorpusError, match="label"):
        loader.load_corpus(tmp_path)
    assert _validation._adapter.cache_info().currsize == 1


def _two_claims(tmp_path: Path) -> Path:
    return write_tree(tmp_path, {
        "a.txt": "It says 63 countries.\n",
        "c.json": json.dumps({
            "sources": [{"id": "a", "title": "A", "kind": "news", "snapshot": "a.txt"}],
            "quantities": [{"id": "q", "label": "Q"}],
            "claims": [{"id": f"c{i}", "source": "a", "quantity": "q",
                        "quote": "63 countries", "says": "63"} for i in range(2)]},
            indent=1)})


def test_a_json_file_is_parsed_from_its_bytes_unless_they_open_with_a_bom(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON reader gets the bytes the text was decoded from (not encoded again); a
    file with a byte order mark, whose text has none, gets no bytes, and loads the same."""
    from checker import _yamlnodes

    handed: list[bytes | None] = []
    real_parse = _yamlnodes.parse_text

    def spy(text: str, *args: Any, encoded: bytes | None = None) -> Any:
        handed.append(encoded)
        assert encoded is None or encoded == text.encode()
        return real_parse(text, *args, encoded=encoded)

    monkeypatch.setattr(loader, "parse_text", spy)
    root = _two_claims(tmp_path)
    plain = loader.load_corpus(root)
    assert handed == [(root / "c.json").read_bytes()]
    (root / "c.json").write_bytes(b"\xef\xbb\xbf" + (root / "c.json").read_bytes())
    with_bom = loader.load_corpus(root)
    assert handed[1:] == [None]
    assert with_bom.corpus == plain.corpus
    assert with_bom.location("c1") == plain.location("c1")


def test_json_text_is_read_again_for_field_lines(tmp_path: Path) -> None:
    """A JSON file's text is not kept: its field lines read it again, and a file changed
    since it was loaded gives no lines of another text (nor an error): its items' lines."""
    loaded = loader.load_corpus(_two_claims(tmp_path))
    assert loaded.location("c1", "says") == loaded.location("c1").__class__("c.json", 29)
    (tmp_path / "c.json").write_text("\n" + (tmp_path / "c.json").read_text())
    again = loader.load_corpus(tmp_path)
    assert again.location("c1").line == 25  # type: ignore[union-attr]
    (tmp_path / "c.json").write_text("{}\n")
    assert again.location("c1", "says").line == 25  # type: ignore[union-attr]  # its item
    assert again.location("c0").line == 18  # type: ignore[union-attr]
    (tmp_path / "c.json").unlink()
    assert again.location("c0", "says").line == 18  # type: ignore[union-attr]


def test_claims_share_the_strings_of_their_source_and_quantity(tmp_path: Path) -> None:
    """One string per id (memory), whatever file each claim was read from."""
    corpus = loader.load_corpus(_two_claims(tmp_path)).corpus
    source, quantity = corpus.sources[0], corpus.quantities[0]
    for claim in corpus.claims:
        assert claim.source is source.id and claim.quantity is quantity.id


@st.composite
def clean_corpora(draw: st.DrawFn) -> dict[str, str]:
    """Corpora whose ids are all distinct and whose references mostly hold, with at most
    one flaw: what merging keeps whole (`_loader_merge._add_all`,
    `_loader_merge._keep_all_claims`), or nearly so."""
    n_sources, n_quantities = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    files: dict[str, str] = {"s/a.txt": "It says 63 countries.\n", "t.csv": "x\n1\n"}
    kinds = [draw(st.sampled_from(["news", "dataset", "primary"])) for _ in range(n_sources)]
    sources = [{"id": f"s{i}", "title": "T", "kind": kind,
                **({"table": "t.csv"} if kind == "dataset" else {"snapshot": "s/a.txt"})}
               for i, kind in enumerate(kinds)]
    quantities = [{"id": f"q{i}", "label": "L"} for i in range(n_quantities)]
    claims: list[dict[str, Any]] = []
    for n in range(draw(st.integers(0, 6))):
        s = draw(st.integers(0, n_sources - 1))
        claim: dict[str, Any] = {"source": f"s{s}",
                                 "quantity": f"q{draw(st.integers(0, n_quantities - 1))}"}
        if draw(st.integers(0, 4)):
            claim["id"] = f"c{n}"
        if kinds[s] == "dataset":
            claim["count"] = {"x": 1}
        else:
            claim.update(quote="63 countries", says="63")
            if draw(st.booleans()):
                claim["value"] = {"min": 63}
        if draw(st.integers(0, 3)) == 0:
            claim["attributed_to"] = f"s{draw(st.integers(0, n_sources - 1))}"
        if n and draw(st.integers(0, 3)) == 0:
            claim["revises"] = f"c{draw(st.integers(0, n - 1))}"
        claims.append(claim)
    flaw = draw(st.sampled_from([None, None, "source", "quantity", "kind", "attributed",
                                 "repeat", "self", "invalid"]))
    if claims and flaw is not None:
        claim = claims[draw(st.integers(0, len(claims) - 1))]
        if flaw == "source":
            claim["source"] = "nowhere"
        elif flaw == "quantity":
            claim["quantity"] = "s0"
        elif flaw == "kind":
            claim["count" if "count" not in claim else "quote"] = {"x": 1}
        elif flaw == "attributed":
            claim["attributed_to"] = "q0"
        elif flaw == "repeat":
            claim["id"] = "q0"
        elif flaw == "invalid":  # an item left out by validation: the others' places
            claim["rounding"] = "sideways"
        else:
            claim["id"] = claims[0].get("id", "c0")
    split = draw(st.integers(0, len(claims)))
    files["a.json"] = json.dumps({"claims": claims[:split], "quantities": quantities},
                                 indent=draw(st.sampled_from([None, 1, 2])))
    files["b.json"] = json.dumps({"claims": claims[split:], "sources": sources}, indent=1)
    return files


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(clean_corpora())
def test_clean_corpora_load_as_before(files: dict[str, str]) -> None:
    """Where merging keeps whole lists at once (and where one flaw sends it back to the
    loop), the corpus, its errors and its locations are the loader's of before."""
    with tempfile.TemporaryDirectory() as folder:
        assert_same_load(write_tree(Path(folder), files))


def test_a_clean_corpus_is_merged_a_list_at_a_time(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast paths of merging are taken (and agree) on a corpus without a flaw."""
    taken: list[str] = []
    add_all, keep_all = _loader_merge._add_all, _loader_merge._keep_all_claims

    def spy_add(*args: Any) -> bool:
        taken.append(f"add:{add_all(*args)}")
        return taken[-1] == "add:True"

    def spy_keep(*args: Any) -> Any:
        got = keep_all(*args)
        taken.append(f"keep:{got is not None}")
        return got

    monkeypatch.setattr(_loader_merge, "_add_all", spy_add)
    monkeypatch.setattr(_loader_merge, "_keep_all_claims", spy_keep)
    assert_same_load(_two_claims(tmp_path))
    assert taken == ["add:True", "add:True", "keep:True"]


def test_a_slot_is_set_by_its_own_setter() -> None:
    """`_slot_setter` sets a frozen record's field, by its slot or else by `object`."""
    from dataclasses import FrozenInstanceError, dataclass

    @dataclass(frozen=True)
    class Plain:  # no slots: set through `object.__setattr__`
        source: str = "a"

    from checker.models import Claim
    claim = Claim(source="a", quantity="q", quote="x", says="1")
    _loader_merge._slot_setter(Claim, "source")(claim, "b")
    plain = Plain()
    _loader_merge._slot_setter(Plain, "source")(plain, "b")
    assert claim.source == "b" and plain.source == "b"
    with pytest.raises(FrozenInstanceError):
        claim.source = "c"  # type: ignore[misc]


def test_claims_share_their_repeated_texts(tmp_path: Path) -> None:
    """Claims that quote the same words hold one string for them, across files (memory)."""
    claim = {"source": "s", "quantity": "q", "quote": "about 63 countries", "says": "about 63"}
    write_tree(tmp_path, {
        "a.json": json.dumps({
            "sources": [{"id": "s", "title": "T", "kind": "news", "snapshot": "a.txt"}],
            "quantities": [{"id": "q", "label": "Q"}], "claims": [claim]}, indent=1),
        "b.yaml": "claims:\n  - {source: s, quantity: q, quote: about 63 countries, "
                  "says: about 63}\n  - {source: s, quantity: q, quote: 'about 63', "
                  "says: about 63}\n",
        "a.txt": "about 63 countries"})
    first, second, third = loader.load_corpus(tmp_path).corpus.claims
    assert first.says is second.says is third.says == "about 63"
    assert first.quote is second.quote == "about 63 countries"
    assert third.quote == "about 63"


def test_claims_on_the_same_line_of_two_files_share_one_int(tmp_path: Path) -> None:
    """A claim's line is one of the shared ints (`_yamlnodes._LINE_INTS`): claims on the
    same line of two claim files keep one int object, a line beyond the table its own,
    and every location is the one the lines give."""
    from checker import _yamlnodes

    claim = {"source": "a", "quantity": "q", "quote": "63 countries", "says": "63"}
    write_tree(tmp_path, {
        "a.txt": "It says 63 countries.\n",
        "c.json": json.dumps({
            "sources": [{"id": "a", "title": "A", "kind": "news", "snapshot": "a.txt"}],
            "quantities": [{"id": "q", "label": "Q"}]}, indent=1),
        **{f"{n}.json": json.dumps({"claims": [{"id": f"{n}{i}", **claim}
                                               for i in range(60)]}, indent=1)
           for n in ("x", "y")}})
    loaded = loader.load_corpus(tmp_path)
    for i in range(60):
        x, y = loaded.location(f"x{i}"), loaded.location(f"y{i}")
        assert x is not None and y is not None
        assert (x.file, y.file) == ("x.json", "y.json") and x.line == y.line == 3 + 7 * i
        assert x.line is y.line
    assert x.line > 256  # (beyond CPython's own shared small ints)
    big = _yamlnodes._LINE_INTS_MAX + 5
    assert _yamlnodes._line_int(big) == big
    assert _yamlnodes._line_int(300) is _yamlnodes._line_int(int("300"))


def test_the_locator_gives_each_items_location_in_any_order(tmp_path: Path) -> None:
    """`LoadedCorpus.locator()` answers as `location` for every item, asked in the
    corpus's order, backwards, shuffled, unknown ids among them, before and after a
    field's line is found (which makes a JSON file's lines those of the full compose),
    in JSON and YAML claim files, each line one of the shared ints."""
    import random

    from checker import _yamlnodes

    claim = {"source": "a", "quantity": "q", "quote": "63 countries", "says": "63"}
    write_tree(tmp_path, {
        "a.txt": "It says 63 countries.\n",
        "c.json": json.dumps({
            "sources": [{"id": "a", "title": "A", "kind": "news", "snapshot": "a.txt"}],
            "quantities": [{"id": "q", "label": "Q"}],
            "claims": [{"id": f"c{i}", **claim} for i in range(5)]}, indent=2),
        **{f"{n}.json": json.dumps({"claims": [{"id": f"{n}{i}", **claim}
                                               for i in range(40)]}, indent=1)
           for n in ("x", "y")},
        "z.yaml": "claims:\n" + "".join(
            f"  - {{id: z{i}, source: a, quantity: q, quote: 63 countries, says: '63'}}\n"
            for i in range(7))})
    loaded = loader.load_corpus(tmp_path)
    ids = [c.id or "" for c in loaded.corpus.claims] + ["a", "q", "no-such-item"]
    want = {ident: loaded.location(ident) for ident in ids}
    shuffled = random.Random(7).sample(ids, len(ids))
    for order in (ids, ids[::-1], shuffled):
        locate = loaded.locator()
        for ident in order:
            got = locate(ident)
            assert got == want[ident], ident
            if got is not None and got.line < len(_yamlnodes._LINE_INTS):
                assert got.line is _yamlnodes._LINE_INTS[got.line]
    locate = loaded.locator()
    assert locate("x3") == want["x3"]
    assert loaded.location("x5", "says") is not None  # x.json's every field line now
    for ident in ids:
        assert locate(ident) == want[ident] == loaded.location(ident), ident


@pytest.mark.parametrize("layout", ["indent", "compact", "yaml"])
def test_an_items_own_location_is_its_line_before_and_after_the_fields_lines(
        tmp_path: Path, layout: str) -> None:
    """`LoadedCorpus.location(id)` reads a JSON item's line inline from the lines found
    while parsing: the same `Location` as `ParsedFile.item_line` and as the reference
    loader, before a field's line composes the file's lines and after."""
    claims = [{"id": f"c{i}", "source": "a", "quantity": "q", "quote": "63 countries",
               "says": "63"} for i in range(5)]
    data = {"sources": [{"id": "a", "title": "A", "kind": "news", "snapshot": "a.txt"}],
            "quantities": [{"id": "q", "label": "Q"}], "claims": claims}
    name, text = ("c.yaml", "".join(
        f"{key}:\n" + "".join(f"  - {json.dumps(item)}\n" for item in items)
        for key, items in data.items())) if layout == "yaml" else (
        "c.json", json.dumps(data, indent=2 if layout == "indent" else None))
    root = write_tree(tmp_path, {"a.txt": "It says 63 countries.\n", name: text})
    new, old = loader.load_corpus(root), reference.load_corpus(root)
    ids = [*old.origins, "no-such-item"]

    def general(ident: str) -> object:
        origin = new.origins.get(ident)
        if origin is None:
            return None
        line = new.files[origin.file].item_line(origin.section, origin.place)
        return type(new.location("c0"))(origin.file, line or 1)

    parsed = new.files[name]
    fast = layout != "yaml"  # (a JSON file's item lines come with the parse)
    assert (parsed._items is not None and parsed._lines is None) is fast
    before = [new.location(ident) for ident in ids]
    assert before == [old.location(ident) for ident in ids] == [general(i) for i in ids]
    assert new.location("c3", "says") == old.location("c3", "says")  # (composes the lines)
    assert parsed._lines is not None
    assert [new.location(ident) for ident in ids] == before == [general(i) for i in ids]
