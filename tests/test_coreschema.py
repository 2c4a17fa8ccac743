"""The claim file's validator from the stored core schema (tests of layer 0).

`checker._coreschema` validates claim files with pydantic's core schema of `CorpusFile`
kept in ``checker/_coreschema_data.py`` while that is current, else with
`CorpusFile.model_validate`.  These tests fail when the models changed without the module
being regenerated, check that it holds exactly what the installed pydantic generates, and
that both validators give the same instances and the same errors on random claim files.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import types
from decimal import Decimal
from pathlib import Path
from typing import Any

import pydantic_core
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from pydantic.version import VERSION

from checker import _coreschema as cs
from checker import _coreschema_data as stored
from checker.models import CorpusFile

REGENERATE = "python -m checker._coreschema"
REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims"

same_pydantic = pytest.mark.skipif(
    (stored.PYDANTIC_VERSION, stored.PYDANTIC_CORE_VERSION)
    != (VERSION, pydantic_core.__version__),
    reason="stored by another pydantic: claim files are validated by pydantic's own "
           "validator (test_a_stale_schema_is_not_used covers that)")


def test_the_stored_schema_is_current() -> None:
    assert stored.SOURCES, "the stored schema names no module"
    for module, digest in stored.SOURCES.items():
        assert cs._source_digest(module) == digest, (
            f"{module} changed since the core schema was stored: run `{REGENERATE}`")


def _fresh(check: str) -> None:
    """Run `check` (Python statements) in a new interpreter: pydantic generates the core
    schema of `CorpusFile` in another form (wrapped in `definitions`) once the models'
    own schemas were built in the process (a JSON Schema, a dump), as in a CLI run they
    never are before the validator; so what this pydantic generates is asked of a process
    in the state of a run."""
    proc = subprocess.run([sys.executable, "-c", check], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@same_pydantic
def test_the_stored_module_is_what_this_pydantic_generates() -> None:
    _fresh("from checker import _coreschema as cs\n"
           "assert cs.DATA.read_text(encoding='utf-8') == cs.generate(), "
           f"'run `{REGENERATE}`'")


def _comparable(node: Any) -> Any:
    """`node` with each bound method as (function, module and name of its class)."""
    if isinstance(node, dict):
        return {k: _comparable(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return type(node)(_comparable(v) for v in node)
    if isinstance(node, types.MethodType):
        return ("method", node.__func__, node.__self__.__module__, node.__self__.__qualname__)
    return node


@same_pydantic
def test_the_stored_schema_is_the_one_pydantic_builds_the_validator_from() -> None:
    _fresh("from checker import _coreschema as cs, _coreschema_data as stored\n"
           "from checker.models import CorpusFile\n"
           "from tests.test_coreschema import _comparable\n"
           "schema, config = cs.generated_schema()\n"
           "assert _comparable(stored.schema()) == _comparable(schema)\n"
           "assert stored.CONFIG == config\n"
           "assert 'metadata' in str(CorpusFile.__pydantic_core_schema__)")  # (stripped)


def test_stored_form_keeps_fields_named_like_schema_keys() -> None:
    node = {"type": "model-fields", "metadata": {"x": 1},
            "fields": {"metadata": {"type": "model-field", "schema": {"type": "str"}},
                       "type": {"type": "model-field", "metadata": {},
                                "schema": {"type": "int"}}}}
    assert cs.stored_form(node) == {
        "type": "model-fields",
        "fields": {"metadata": {"type": "model-field", "schema": {"type": "str"}},
                   "type": {"type": "model-field", "schema": {"type": "int"}}}}


def test_stored_form_names_references_without_ids() -> None:
    node = {"type": "definitions", "schema": {"type": "definition-ref",
                                              "schema_ref": "m.A:123"},
            "definitions": [{"type": "model", "ref": "m.A:123", "cls": int}]}
    assert cs.stored_form(node) == {
        "type": "definitions", "schema": {"type": "definition-ref", "schema_ref": "m.A"},
        "definitions": [{"type": "model", "ref": "m.A", "cls": int}]}
    with pytest.raises(TypeError, match="two references"):
        cs.stored_form([{"type": "model", "ref": "m.A:1"}, {"type": "model", "ref": "m.A:2"}])


def test_the_writer_refuses_objects_it_cannot_name() -> None:
    writer = cs._Writer()
    with pytest.raises(TypeError, match="outside checker"):
        writer.emit(ValidationError)
    with pytest.raises(TypeError, match="cannot store"):
        writer.emit(object())
    with pytest.raises(TypeError, match="no address"):
        writer.emit(lambda: None)
    text = writer.emit({"a": (1, None, "x", Decimal("1.50"))}, 1)
    assert eval(text) == {"a": (1, None, "x", Decimal("1.50"))}  # noqa: S307


@same_pydantic
def test_validate_file_uses_the_stored_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cs, "_validate", None)
    data = yaml.safe_load((CLAIMS / "claims-report.yaml").read_text(encoding="utf-8"))
    got = cs.validate_file(data)
    assert got == CorpusFile.model_validate(data)
    assert cs._validate is not CorpusFile.model_validate
    assert isinstance(getattr(cs._validate, "__self__", None), pydantic_core.SchemaValidator)


def test_a_stale_schema_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored, "SOURCES", {**stored.SOURCES, "checker.models": "0" * 64})
    assert cs._stored_validator() is None
    monkeypatch.setattr(cs, "_validate", None)
    data = yaml.safe_load((CLAIMS / "claims-report.yaml").read_text(encoding="utf-8"))
    assert cs.validate_file(data) == CorpusFile.model_validate(data)
    assert cs._validate == CorpusFile.model_validate
    monkeypatch.undo()
    assert not cs.is_current("0.0", stored.PYDANTIC_CORE_VERSION, stored.SOURCES)
    assert not cs.is_current(stored.PYDANTIC_VERSION, "0.0", stored.SOURCES)


def test_a_bundled_run_builds_no_validator_and_reads_no_package_metadata(
        tmp_path: Path) -> None:
    probe = ("import json, sys\n"
             "import pydantic.plugin._schema_validator as sv\n"
             "built = []\n"
             "def refuse(schema, schema_type, *a, **k):\n"
             "    built.append(str(schema_type))\n"
             "    return original(schema, schema_type, *a, **k)\n"
             "original = sv.create_schema_validator\n"
             "import pydantic._internal._model_construction as mc\n"
             "mc.create_schema_validator = refuse\n"
             "from checker.cli import main\n"
             "status = main(sys.argv[1:])\n"
             "print(json.dumps({'status': status, 'built': built, 'loaded': [m for m in "
             "('importlib.metadata', 'pydantic.plugin._loader') if m in sys.modules]}))\n")
    if (stored.PYDANTIC_VERSION, stored.PYDANTIC_CORE_VERSION) != (
            VERSION, pydantic_core.__version__):
        pytest.skip("stored by another pydantic")
    proc = subprocess.run([sys.executable, "-c", probe, "audit", "claims", "--out",
                           str(tmp_path / "out"), "--sarif", str(tmp_path / "out.sarif"),
                           "--quiet"], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=False)
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got == {"status": 1, "built": [], "loaded": []}, proc.stderr[-2000:]


# -- the two validators agree ------------------------------------------------------------


def _bundled_files() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(CLAIMS.glob("*.yaml"))]


BUNDLED = _bundled_files()
JUNK = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30),
                 st.floats(allow_nan=True), st.text(max_size=8),
                 st.sampled_from(["", "x", "2019", "2019-02-30", "subset", "ratio", "news",
                                  "dataset", "1e999", "-1", "NaN", "a b", "Ok-id"]),
                 st.lists(st.text(max_size=3), max_size=3),
                 st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*path, i))
    return found


@st.composite
def claim_files(draw: st.DrawFn) -> Any:
    """A bundled claim file with a few random changes: values replaced by junk, keys
    dropped or added, items duplicated."""
    data = copy.deepcopy(draw(st.sampled_from(BUNDLED)))
    for _ in range(draw(st.integers(0, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["junk", "drop", "add", "copy"]))
        if action == "junk":
            parent[path[-1]] = draw(JUNK)
        elif action == "drop":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["id", "kind", "scale", "from", "to", "note",
                                         "value", "count", "extra"]))] = draw(JUNK)
        elif action == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
    return data


def _outcome(validate: Any, data: Any) -> Any:
    try:
        return ("ok", validate(data))
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        for e in errors:  # an exception equals only itself: compare its type and words
            if "error" in e.get("ctx", {}):
                e["ctx"]["error"] = (type(e["ctx"]["error"]), str(e["ctx"]["error"]))
        return ("error", exc.title, errors)


@same_pydantic
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_files())
def test_the_stored_validator_agrees_with_pydantics(data: Any) -> None:
    fast = pydantic_core.SchemaValidator(stored.schema(), stored.CONFIG).validate_python
    assert _outcome(fast, data) == _outcome(CorpusFile.model_validate, data)


def test_a_quantitys_within_is_the_subset_relation_validation_makes() -> None:
    from checker.consistency import build_relations
    from checker.models import Quantity, SubsetRelation

    quantities = {"a": Quantity(id="a", label="A", within="b"), "b": Quantity(id="b", label="B")}
    rels = build_relations(quantities, [], set(), {"a", "b"})
    assert rels, "no relation built"
    made = SubsetRelation.model_construct(kind="subset", part="a", whole="b")
    checked = SubsetRelation(kind="subset", part="a", whole="b")
    assert made == checked and hash(made) == hash(checked)
    assert made.__pydantic_fields_set__ == checked.__pydantic_fields_set__
    assert list(made.__dict__.items()) == list(checked.__dict__.items())


def test_the_version_is_the_packages_metadata() -> None:
    from importlib.metadata import version

    import checker
    from checker.cli import _version
    from checker.reporters.sarif import tool_version

    assert tool_version() == _version() == checker.__version__ == version("claimcheck")
