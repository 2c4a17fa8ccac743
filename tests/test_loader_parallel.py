"""Claim files loaded by a forked child (`checker._loader_parallel`) against the loader
loading every file itself, and against the loader of before (`tests/_loader_reference.py`).

The child sends a clean claim file back as its claims' fields and this process makes the
claims again: every corpus, error (message, file, line, field, order), origin and
location must be what loading each file here gives, whether the child runs (a real
fork), is run in this process (the fallback of a child that failed) or is not used.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import _loader_parallel, _parallel, loader
from checker._coreschema import validate_file
from checker.models import Claim
from tests.conftest import write_tree
from tests.test_fuzz_loader import corpora
from tests.test_loader_fast import _load, assert_same_load, clashing_corpora

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


def _typed(value: Any) -> Any:
    """`value` with the type of every part (a `WrittenFloat` equals its float)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_typed(v) for v in value]
    return (type(value).__name__, getattr(value, "written", None), repr(value))


def _claim_state(claim: Claim) -> list[Any]:
    return [(f.name, _typed(getattr(claim, f.name))) for f in dataclasses.fields(claim)]


def _no_fork(fn: Any) -> _parallel.Pending[Any]:
    return _parallel.Pending(fn)  # what a child that could not run leaves: fn() here


def _help_always(monkeypatch: pytest.MonkeyPatch, share: float = 1.0) -> None:
    monkeypatch.setattr(_loader_parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(_loader_parallel, "CHILD_SHARE", share)
    monkeypatch.setattr(_parallel, "can_fork", lambda: True)


def _state(root: Path) -> Any:
    got, errors = _load(loader, root)
    if got is None:
        return None, errors
    lines = {ident: [got.location(ident, *fields)
                     for fields in ((), ("id",), ("says",), ("count", "x"), ("value", "min"))]
             for ident in got.origins}
    return ([_claim_state(c) for c in got.corpus.claims], got.corpus, errors,
            dict(got.origins), got.file_hashes, got.skipped, got.paths, lines)


text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1,
               max_size=12)
ident = st.sampled_from(["a", "b", "q", "a.q", "n-1", "s"])


@st.composite
def claim_files(draw: st.DrawFn) -> dict[str, str]:
    """A corpus whose claim files hold claims only (what the child sends back), with
    every optional field, floats written as Python would not, and now and then a flaw."""
    files = {"defs.json": json.dumps({
        "sources": [{"id": "s", "title": "T", "kind": "news", "snapshot": "a.txt"},
                    {"id": "d", "title": "D", "kind": "dataset", "table": "t.csv"}],
        "quantities": [{"id": "q", "label": "Q"}, {"id": "r", "label": "R"}]}, indent=2),
        "a.txt": "63 countries", "t.csv": "x\n1\n"}
    for n in range(draw(st.integers(1, 4))):
        claims = []
        for _ in range(draw(st.integers(0, 5))):
            claim: dict[str, Any] = {"source": "s", "quantity": draw(st.sampled_from("qr"))}
            if draw(st.booleans()):
                claim["id"] = draw(ident) + f"-{n}-{len(claims)}"
            if draw(st.integers(0, 4)) == 0:
                claim.update(source="d", count={"x": draw(st.sampled_from(
                    [1, 1.5, "1", {"in": ["1", 2.0]}]))})
            else:
                claim.update(quote=draw(text), says=draw(st.sampled_from(["63", "about 63"])))
                if draw(st.integers(0, 3)) == 0:
                    claim["value"] = {"min": draw(st.sampled_from([1, 2.5, 63])),
                                      "max_open": draw(st.booleans())}
            for key, values in (("as_of", [2019, "2019-09", "2020-01-01"]),
                                ("rounding", ["half-up", "either"]),
                                ("note", ["n", "é"]), ("attributed_to", ["s", "q"])):
                if draw(st.integers(0, 3)) == 0:
                    claim[key] = draw(st.sampled_from(values))
            if draw(st.integers(0, 12)) == 0:
                claim["bad-key"] = 1
            claims.append(claim)
        layout = draw(st.sampled_from([1, 2, 4, None]))
        body = json.dumps({"claims": claims}, indent=layout)
        if draw(st.integers(0, 6)) == 0:  # a number written as Python would not
            body = body.replace('"x": 1.5', '"x": 1.50')
        files[f"c{n}.json"] = body
    return files


@SETTINGS
@given(claim_files())
def test_claim_files_sent_back_load_as_here(files: dict[str, str]) -> None:
    """Each claim file made again from what the child sent is the file loaded here."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as mp:
        root = write_tree(Path(folder), files)
        alone = _state(root)
        _help_always(mp)
        mp.setattr(_parallel, "in_child", _no_fork)
        assert _state(root) == alone


@SETTINGS
@given(clashing_corpora(), st.sampled_from([0.5, 1.0]))
def test_clashing_corpora_helped_load_as_before(files: dict[str, str], share: float) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as mp:
        _help_always(mp, share)
        mp.setattr(_parallel, "in_child", _no_fork)
        assert_same_load(write_tree(Path(folder), files))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
def test_fuzz_corpora_helped_load_as_before(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as mp:
        _help_always(mp)
        mp.setattr(_parallel, "in_child", _no_fork)
        assert_same_load(write_tree(Path(folder), files))


def test_a_forked_child_loads_the_first_claim_files(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With a real fork: the child's files are made again here (none loaded here), and
    the corpus, errors and lines are those of loading every file here."""
    files = {"defs.json": json.dumps({
        "sources": [{"id": "s", "title": "T", "kind": "news", "snapshot": "a.txt"}],
        "quantities": [{"id": f"q{i}", "label": "Q"} for i in range(40)]}, indent=1),
        "a.txt": "63 countries"}
    for n in range(6):
        files[f"c{n}.json"] = json.dumps({"claims": [
            {"source": "s", "quantity": f"q{i}", "quote": "63 countries", "says": "63",
             **({"as_of": 2019} if i % 3 else {})} for i in range(40)]}, indent=1)
    files["c3.json"] = files["c3.json"].replace('"says": "63"', '"says": 63', 1)  # an error
    files["z.yaml"] = "claims:\n  - {source: s, quantity: q1, quote: '63 countries', says: '63'}\n"
    if not _parallel.can_fork():
        pytest.skip("no second core, or no fork here")
    root = write_tree(tmp_path, files)
    alone = _state(root)
    _help_always(monkeypatch, 0.8)
    here: list[str] = []
    real_load = loader._load_file

    def counted(file: Path, rel: str, *args: Any) -> Any:
        here.append(rel)
        return real_load(file, rel, *args)

    unpacked: list[str] = []
    real_unpack = _loader_parallel._unpack

    def unpack(packed: Any, rel: str, *args: Any) -> Any:
        unpacked.append(rel)
        return real_unpack(packed, rel, *args)

    monkeypatch.setattr(_loader_parallel, "_unpack", unpack)
    monkeypatch.setattr(loader, "_load_file", counted)  # (the child forks with it too)
    assert _state(root) == alone
    assert unpacked == ["c0.json", "c1.json", "c2.json", "c4.json", "c5.json"]
    assert sorted(here) == ["c3.json", "defs.json", "z.yaml"]  # the flawed one again here
    assert alone[2]  # (the error is there, the same)


def test_make_claims_stores_what_validation_stores() -> None:
    """A claim made from its fields is the validated claim, slot for slot, and behaves
    as one (equality, hashing of its fields, `replace`, pickling, frozen)."""
    data = {"claims": [
        {"source": "s", "quantity": "q", "quote": "about 63", "says": "about 63",
         "as_of": 2019, "rounding": "either", "value": {"min": 60}},
        {"id": "c", "source": "d", "quantity": "q", "count": {"x": {"in": ["1", 2.0]}}},
    ]}
    claims = validate_file(data).claims
    fields = [f.name for f in dataclasses.fields(Claim)]
    made = _loader_parallel.make_claims([[getattr(c, f) for c in claims] for f in fields])
    assert [_claim_state(c) for c in made] == [_claim_state(c) for c in claims]
    assert made == claims and [type(c) for c in made] == [Claim, Claim]
    assert pickle.loads(pickle.dumps(made)) == claims
    assert dataclasses.replace(made[0], id="x") == dataclasses.replace(claims[0], id="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].id = "y"  # type: ignore[misc]


def test_a_load_that_fails_ends_its_child(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception while this process loads its files cancels the child (none is left
    waiting on its pipe)."""
    files = {f"c{n}.json": json.dumps({"claims": []}) for n in range(4)}
    root = write_tree(tmp_path, files)
    _help_always(monkeypatch, 0.5)
    cancelled: list[bool] = []
    real_cancel = _loader_parallel.Helped.cancel

    def cancel(self: Any) -> None:
        cancelled.append(self._pending is not None)
        real_cancel(self)

    def fail(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(_loader_parallel.Helped, "cancel", cancel)
    monkeypatch.setattr(_parallel, "in_child", _no_fork)
    monkeypatch.setattr(loader, "_load_file", fail)
    with pytest.raises(RuntimeError, match="a bug"):
        loader.load_corpus(root)
    assert cancelled == [True]
