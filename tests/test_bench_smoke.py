"""Smoke test of the benchmark scripts: a small generated corpus, every planted conflict found.

Not a timed test: it keeps bench/generate.py and the audit in step (the benchmark's
corpora, bench/run.py's conflict check) so the scripts do not rot.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from checker.config import Config
from checker.pipeline import audit

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _bench_module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module


def _generate_module():  # type: ignore[no-untyped-def]
    return _bench_module("generate")


def test_generated_corpus_finds_every_planted_conflict(tmp_path: Path) -> None:
    gen = _generate_module()
    corpus = tmp_path / "corpus"
    manifest = gen.generate(corpus, 200, "json", seed=3)
    assert gen.manifest_path(corpus).parent == tmp_path  # beside the corpus, never inside
    assert manifest["claims"] == 200 and len(manifest["planted"]) >= 4
    files = {p.relative_to(corpus).parts[0] for p in corpus.rglob("*") if p.is_file()}
    assert files <= {"sources", "data"} | {p.name for p in corpus.glob("*.json")}

    result = audit(corpus, Config(out=None))

    found = {(f.code, c) for f in result.findings for c in f.claims}
    planted = {(p["code"], p["claim"]) for p in manifest["planted"]}
    assert planted <= found
    errors = [f for f in result.findings if f.severity.value == "error"]
    assert len(errors) == len(planted)  # nothing else is wrong in the corpus
    assert not [f for f in result.findings if f.code == "COV001"]  # every number covered
    assert len(result.claims) == 200


def test_generator_is_deterministic(tmp_path: Path) -> None:
    gen = _generate_module()
    a, b = tmp_path / "a", tmp_path / "b"
    gen.generate(a, 120, "yaml", seed=5)
    gen.generate(b, 120, "yaml", seed=5)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes()
    ma = json.loads(gen.manifest_path(a).read_text())
    mb = json.loads(gen.manifest_path(b).read_text())
    assert ma == mb


def test_settled_components_agree_with_the_solver() -> None:
    # The benchmark's fast path (consistency.settle_determined) against z3, on random
    # components: bench/check_settle.py, a few thousand cases in about two seconds.
    settled, ranged = _bench_module("check_settle").check(seed=7, cases=3000)
    assert settled > 20 and ranged > 10  # the cases do reach the fast path
