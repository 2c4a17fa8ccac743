"""Smoke test of the benchmark scripts: a small generated corpus, every planted conflict found.

Not a timed test: it keeps bench/generate.py and the audit in step (the benchmark's
corpora, bench/run.py's conflict check) so the scripts do not rot.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
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
    # The benchmark's fast path (solver.settle_determined) against z3, on random
    # components: bench/check_settle.py, a few thousand cases in about two seconds.
    settled, ranged = _bench_module("check_settle").check(seed=7, cases=3000)
    assert settled > 20 and ranged > 10  # the cases do reach the fast path


def test_quick_benchmark_runs_and_finds_every_planted_conflict(tmp_path: Path) -> None:
    # `python bench/run.py --quick` as CI runs it: tiny corpora, every stage of the
    # benchmark (start-up, imports, end to end with the floor beside it, stages,
    # extraction), no timing asserted.
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--work", str(tmp_path),
         "--results", str(results)],
        capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads((tmp_path / "out" / "results.json").read_text())
    sizes = data["sizes"]
    assert [row["n"] for row in sizes] == list(_bench_module("run").QUICK_SIZES)
    for row in sizes:
        assert "failed" not in row, row.get("failed")
        assert row["planted"] > 0 and row["missed"] == []
        assert row["errors"] == row["planted"]
        floor = row["floor"]
        assert "failed" not in floor, floor.get("failed")
        assert floor["claims"] == row["claims"]
        assert floor["components"] >= 1
        assert set(floor["cpu"]) == {"parse", "lines", "snapshots", "z3", "write"}
        assert row["stages"]["audit"] > 0
    assert data["machine"]["python_loop"] > 0
    text = results.read_text()
    assert "beside the floor" in text and "x floor" in text
    assert "the host's Python speed: " in text and "of CPU for a loop of 10,000,000" in text
    assert "planted conflicts not found" not in proc.stderr


def test_floor_finds_every_item_line_and_quote(tmp_path: Path) -> None:
    # The floor's own work is checked, so that its figures are of the work it claims.
    gen, floor = _generate_module(), _bench_module("floor")
    corpus = tmp_path / "corpus"
    manifest = gen.generate(corpus, 150, "json", seed=2)
    sections, texts = floor.parse(corpus)
    lines = floor.item_lines(texts)
    for name, text in texts.items():
        rows = text.split("\n")
        # generate.py writes one item per list entry at two spaces of indentation
        expected = [i + 1 for i, row in enumerate(rows) if row.startswith(("  {", '  "'))]
        assert lines[name] == expected
    found = floor.snapshots(corpus, sections)
    quoted = [c for c in sections["claims"] if c.get("quote")]
    assert len(found) == len(quoted) and all(found.values())  # every quote once, says in it
    comps = floor.conflicting_components(sections, manifest["planted"])
    planted_qty = {c["quantity"] for c in sections["claims"]
                   if c["id"] in {p["claim"] for p in manifest["planted"]}}
    assert planted_qty <= {q for comp in comps for q in comp}
    assert all(len(comp) == 10 for comp in comps)  # one family: one component of 10
    assert floor.solve(sections, comps) >= 1


def test_memory_timeline_marks_every_stage_and_finds_the_peak(tmp_path: Path) -> None:
    # `python bench/timeline.py CORPUS`: the audit with every output in process, the
    # tree's PSS sampled from outside, each stage's marks (an error when the pipeline
    # renames a stage the tool wraps).
    corpus = tmp_path / "corpus"
    _generate_module().generate(corpus, 200, "json", seed=3)
    out = tmp_path / "timeline"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "timeline.py"), str(corpus), "--out", str(out),
         "--every", "0.01"], capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert any(line.startswith("peak ") for line in proc.stdout.splitlines())
    for mark in ("start", "load_corpus>", "check_consistency<", "assemble_claims<",
                 "report:json>", "report:junit<", "end"):
        assert f"  {mark} " in proc.stdout, mark
    assert (out / "audit.json").is_file() and (out / "junit.xml").is_file()


def test_memory_timeline_report_names_the_stage_of_the_peak() -> None:
    timeline = _bench_module("timeline")
    rows = [(0.0, 10.0), (1.0, 50.0), (2.0, 80.0), (3.0, 30.0), (4.0, 20.0)]
    marks = [(0.0, "start"), (0.5, "a>"), (1.5, "a<"), (1.6, "b>"), (3.5, "b<"), (3.6, "c>"),
             (3.7, "c<"), (4.5, "end")]
    text = timeline.report(rows, marks)
    assert text.splitlines()[0] == "peak 80 MB at 2.0 s, after b>"
    by_mark = {line.split()[1]: line.split()[2:] for line in text.splitlines()[3:]}
    assert by_mark["a>"] == ["10", "50"]  # (the PSS at the mark, the highest until the next)
    assert by_mark["b>"] == ["50", "80"] and by_mark["b<"] == ["30", "-"]
    assert by_mark["c<"] == ["30", "20"]  # (no sample between b< and c>, nor c> and c<)


def test_results_without_the_python_speed_say_it_was_not_measured() -> None:
    # `bench/run.py --rewrite` reads a results.json that may predate the figure.
    run = _bench_module("run")
    assert run._loop_text(None) == "not measured in this run"
    assert run._loop_text(1.5).startswith("1.50 s of CPU for a loop of 10,000,000 additions")
