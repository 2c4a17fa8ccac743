"""Mutation check of the verdict code: flip each comparison and see the tests fail.

For every comparison operator in the verdict code (`checker/crosscheck.py`, and the
verdict-finding functions of `checker/_pipeline_results.py`), write a copy of the
repository in which that one operator is replaced by its opposite (``==`` ↔ ``!=``,
``<`` ↔ ``>=``, ``<=`` ↔ ``>``, ``is`` ↔ ``is not``, ``in`` ↔ ``not in``), run the tests
that guard verdicts in the copy, and report which mutants survive (the tests still pass).
Exit status 1 when any survives, 2 when the tests fail on the unmutated copy.

    python scripts/mutate_verdicts.py            # from the repository root
    python scripts/mutate_verdicts.py --root DIR --jobs 2

The copy is imported first (``PYTHONPATH``), so an editable install of the repository
itself is not used.  Nothing in the repository is modified.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

# file -> the functions whose comparisons are mutated (None: the whole file)
TARGETS: dict[str, tuple[str, ...] | None] = {
    "checker/crosscheck.py": None,
    "checker/_pipeline_results.py": ("assemble_claims", "whole_verdicts"),
}
TESTS = ("tests/test_crosscheck.py", "tests/test_cases.py", "tests/test_bundled.py",
         "tests/test_pipeline.py",
         "tests/test_reporters_golden.py")
FLIP: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.GtE, ast.GtE: ast.Lt,
    ast.LtE: ast.Gt, ast.Gt: ast.LtE, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.In: ast.NotIn, ast.NotIn: ast.In,
}
SYMBOL = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.GtE: ">=", ast.LtE: "<=",
          ast.Gt: ">", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}


@dataclass(frozen=True)
class Mutant:
    """One flipped operator: the file, its line, and the operator before and after."""

    path: str
    index: int  # which comparison operator of the file (in `ast.walk` order)
    line: int
    before: str
    after: str


def _scopes(tree: ast.Module, names: tuple[str, ...] | None) -> list[ast.AST]:
    if names is None:
        return [tree]
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in names]


def iter_mutants(root: Path) -> Iterator[Mutant]:
    """Yield every mutant of the targets, in file and position order."""
    for path, names in TARGETS.items():
        tree = ast.parse((root / path).read_text(encoding="utf-8"))
        index = 0
        # Operator nodes are shared singletons in an ast: select by the comparison node.
        wanted = {id(node) for scope in _scopes(tree, names) for node in ast.walk(scope)
                  if isinstance(node, ast.Compare)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            for op in node.ops:
                if id(node) in wanted and type(op) in FLIP:
                    yield Mutant(path, index, node.lineno, SYMBOL[type(op)],
                                 SYMBOL[FLIP[type(op)]])
                index += 1


def mutated_source(root: Path, mutant: Mutant) -> str:
    """Return the source of `mutant.path` with the one operator flipped."""
    tree = ast.parse((root / mutant.path).read_text(encoding="utf-8"))
    index = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if index == mutant.index:
                    node.ops[i] = FLIP[type(op)]()
                    return ast.unparse(tree) + "\n"
                index += 1
    raise IndexError(mutant)


def killed(root: Path, mutant: Mutant | None, tests: tuple[str, ...]) -> bool:
    """Return whether the tests fail on a copy of `root` carrying `mutant` (None: none)."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-mutant-") as tmp:
        copy = Path(tmp) / "repo"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "__pycache__", "actual", "reports", "bench"))
        if mutant is not None:
            (copy / mutant.path).write_text(mutated_source(root, mutant), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
             *tests], cwd=copy, env=env, capture_output=True, text=True,
            timeout=900, check=False)
        return run.returncode != 0


def main(argv: list[str] | None = None) -> int:
    """Run the mutation check; return 1 when a mutant survives."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--tests", nargs="*", default=list(TESTS))
    args = parser.parse_args(argv)
    root = args.root.resolve()
    tests = tuple(t for t in args.tests if (root / t).exists())
    mutants = list(iter_mutants(root))
    if killed(root, None, tests):
        print("the tests fail without any mutant: fix them first")
        return 2
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda m: killed(root, m, tests), mutants))
    survivors = [m for m, k in zip(mutants, results, strict=True) if not k]
    for m in survivors:
        print(f"survived: {m.path}:{m.line}: {m.before} -> {m.after}")
    rate = len(survivors) / len(mutants) if mutants else 0.0
    print(f"{len(mutants)} mutants, {len(mutants) - len(survivors)} killed, "
          f"{len(survivors)} survived ({rate:.0%}); tests: {' '.join(tests)}")
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main())
