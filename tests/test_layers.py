"""The layering rule of CONTRIBUTING.md, enforced on the import graph (ast-based)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "checker"

LAYERS: dict[str, int] = {
    # 0 vocabulary
    "errors": 0, "models": 0, "_strict": 0, "kinds": 0, "_coreschema": 0,
    "_coreschema_data": 0, "findings": 0, "rules": 0,
    "intervals": 0, "_frozen": 0, "textsafe": 0, "_parallel": 0, "formats": 0, "units": 0,
    "_regex": 0, "_regex_data": 0, "_frozen_data": 0, "_dataclass_code": 0,
    "_dataclass_code_data": 0, "_memory": 0,
    # 1 inputs
    "config": 1, "loader": 1, "_loader_corpus": 1, "_loader_merge": 1, "_loader_paths": 1,
    "_loader_parallel": 1,
    "_yamlnodes": 1, "_jsonnodes": 1, "_validation": 1, "_files": 1, "snapshots": 1,
    "_snapshots_text": 1, "tables": 1, "baseline": 1, "capture": 1,
    # 2 pure analysis
    "numbers": 2, "_numbers_forms": 2, "_numbers_words": 2, "_numbers_reader": 2,
    "provenance": 2, "crosscheck": 2, "solver": 2, "_solver_lin": 2,
    "_solver_z3": 2, "_solver_engine": 2, "_solver_decide": 2, "_solver_oracle": 2,
    "_solver_ratio": 2, "_solver_problem": 2, "_solver_encode": 2, "_solver_general": 2,
    "_solver_settle": 2, "_solver_bearing": 2, "_solver_wholeprop": 2,
    "mentions": 2, "_mentions_expr": 2, "_mentions_qualifier": 2, "policy": 2,
    "explain": 2, "coverage": 2, "triage": 2,
    # 3 orchestration
    "pipeline": 3, "_pipeline_claims": 3, "_pipeline_results": 3,
    "consistency": 3, "extract": 3, "diff": 3, "propose": 3,
    # 4 output
    "reporters": 4,
    # 5 entry
    "cli": 5, "__main__": 5, "__init__": 5,
}
# Sideways imports allowed within layer 2 (besides a module's own private parts), by
# family: a private part may import what its public module may.
SIDEWAYS = {("mentions", "numbers"), ("coverage", "mentions"), ("triage", "mentions"),
            ("coverage", "triage")}
THIRD_PARTY_ONLY_IN = {"rich": {"reporters", "cli"}, "jinja2": {"reporters"},
                       "argparse": {"cli"}}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _family(name: str) -> str:
    """Return the public module a private part belongs to (`_solver_z3` → `solver`)."""
    for public in ("solver", "numbers", "pipeline", "loader", "snapshots", "mentions"):
        if name.startswith(f"_{public}"):
            return public
    return name


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == "checker":
                found |= {f"checker.{alias.name}" for alias in node.names}
    return found


def test_every_module_has_a_layer() -> None:
    names = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    assert names <= set(LAYERS), sorted(names - set(LAYERS))


def test_imports_follow_the_layers() -> None:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = _module_name(path)
        for imported in sorted(_imports(path)):
            top = imported.split(".")[0]
            if top in THIRD_PARTY_ONLY_IN and me not in THIRD_PARTY_ONLY_IN[top]:
                bad.append(f"{path.name} imports {imported}")
            if top != "checker" or imported == "checker":
                continue
            other = imported.split(".")[1]
            if other == me or _family(other) == _family(me):
                continue
            if other == "cli" and me != "__main__":
                bad.append(f"{path.name} imports the CLI")
            mine, theirs = LAYERS[me], LAYERS[other]
            if theirs > mine:
                bad.append(f"{path.name} (layer {mine}) imports {other} (layer {theirs})")
            elif theirs == mine == 2 and other != "intervals" and (
                    _family(me), _family(other)) not in SIDEWAYS:
                bad.append(f"{path.name} imports {other} sideways in layer 2")
    assert not bad, "\n".join(bad)


def test_analysis_never_prints() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        if LAYERS[_module_name(path)] > 3:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and n.func.id == "print"]
        assert not calls, f"{path.name} prints"
