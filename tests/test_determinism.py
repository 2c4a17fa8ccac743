"""Byte-identical outputs across hash seeds, working folders and file-listing orders.

The bundled corpus is copied twice (its files created in opposite orders, at different
depths) and audited by ``python -m checker`` in separate processes that differ in
``PYTHONHASHSEED``, in the working folder, and in the order the file system lists folders
(a ``sitecustomize`` shim on ``PYTHONPATH`` reverses or shuffles ``os.scandir`` and
``os.listdir``).  Every output file (HTML, JSON, SARIF, JUnit, Markdown) and the terminal
text must be the same bytes.

SARIF paths are relative to the working folder when the corpus is inside it (that is what
code scanning needs), so runs are compared in two groups: the corpus named relatively from
its parent folder, and the corpus named by an absolute path from an unrelated folder.
Within a group everything must match; across groups everything but SARIF must.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from checker.cli import DEFAULT_NAMES, FORMATS

REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims"

SHIM = '''\
"""Test shim: list folders in another order (CLAIMCHECK_TEST_LISTING=reverse|shuffle:SEED)."""
import os
import random

_ORDER = os.environ.get("CLAIMCHECK_TEST_LISTING", "")
_scandir, _listdir = os.scandir, os.listdir


def _arrange(items):
    items = list(items)
    if _ORDER == "reverse":
        items.sort(key=lambda e: getattr(e, "name", e), reverse=True)
    elif _ORDER.startswith("shuffle:"):
        random.Random(_ORDER).shuffle(items)
    return items


class _Entries:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def scandir(path="."):
    with _scandir(path) as it:
        return _Entries(_arrange(it))


def listdir(path="."):
    return _arrange(_listdir(path))


if _ORDER:
    os.scandir = scandir
    os.listdir = listdir
'''


def copy_corpus(src: Path, dst: Path, reverse: bool) -> Path:
    """Copy the corpus folder `src` to `dst`, creating its files in sorted or reverse order."""
    files = sorted(p for p in src.rglob("*") if p.is_file())
    for path in reversed(files) if reverse else files:
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return dst


def run_audit(cwd: Path, corpus: str, out: Path, seed: str, listing: str, shim: Path
              ) -> subprocess.Popen[bytes]:
    """Start ``python -m checker audit`` writing every format into `out`."""
    out.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("SOURCE_DATE_EPOCH", "COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR")}
    env.update(PYTHONHASHSEED=seed, CLAIMCHECK_TEST_LISTING=listing, COLUMNS="100",
               PYTHONPATH=os.pathsep.join([str(shim), str(REPO)]), TERM="dumb")
    argv = [sys.executable, "-m", "checker", "audit", corpus, "--out", ""]
    for fmt in FORMATS:
        argv += [f"--{fmt}", str(out / DEFAULT_NAMES[fmt])]
    return subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def test_the_listing_shim_takes_effect(tmp_path: Path) -> None:
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
    code = ("import os, sys; print(','.join(e.name for e in os.scandir(sys.argv[1]) "
            "if len(e.name) == 1))")
    env = {**os.environ, "PYTHONPATH": str(shim), "CLAIMCHECK_TEST_LISTING": "reverse"}
    listed = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env,
                            capture_output=True, text=True, check=True).stdout.strip()
    assert listed == "c,b,a"


def test_outputs_are_byte_identical(tmp_path: Path) -> None:
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    first = copy_corpus(CLAIMS, tmp_path / "one" / "corpus", reverse=False)
    second = copy_corpus(CLAIMS, tmp_path / "two" / "deeper" / "path" / "corpus", reverse=True)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "sub").mkdir(parents=True)
    runs = {
        # group "relative": the corpus named as `corpus` from its parent folder
        "rel-a": (first.parent, "corpus", "0", ""),
        "rel-b": (second.parent, "corpus", "4242", "reverse"),
        "rel-c": (first.parent, "./corpus", "random", "shuffle:1"),
        # group "absolute": the corpus named by an absolute path from elsewhere
        "abs-a": (elsewhere, str(first), "1", "shuffle:2"),
        "abs-b": (elsewhere / "sub", str(second), "random", "reverse"),
    }
    procs = {name: run_audit(cwd, corpus, tmp_path / "out" / name, seed, listing, shim)
             for name, (cwd, corpus, seed, listing) in runs.items()}
    results = {}
    for name, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode in (0, 1), stderr.decode()
        assert b"Traceback" not in stderr
        # The "Wrote ... report to PATH" lines name each run's own folder.
        stdout = stdout.replace(str(tmp_path / "out" / name).encode(), b"OUT")
        results[name] = (proc.returncode, stdout, stderr)

    outputs = {name: {fmt: (tmp_path / "out" / name / DEFAULT_NAMES[fmt]).read_bytes()
                      for fmt in FORMATS} for name in runs}
    reference = "rel-a"
    for name in runs:
        assert results[name] == results[reference], f"{name}: exit status or terminal differ"
        for fmt in FORMATS:
            # SARIF and JUnit name claim files as the corpus was given (relative or not).
            if fmt in ("sarif", "junit") and name.split("-")[0] != reference.split("-")[0]:
                continue
            assert outputs[name][fmt] == outputs[reference][fmt], f"{name}: {fmt} differs"
    assert outputs["abs-a"]["sarif"] == outputs["abs-b"]["sarif"]
    assert outputs["abs-a"]["junit"] == outputs["abs-b"]["junit"]
    assert b"Wrote HTML report to OUT" in results[reference][1]
    assert outputs[reference]["json"].startswith(b"{")


def test_outputs_name_no_absolute_path(tmp_path: Path) -> None:
    """No output names where the corpus happened to be (that would break byte identity)."""
    from checker.cli import main

    corpus = copy_corpus(CLAIMS, tmp_path / "somewhere-unusual" / "corpus", reverse=False)
    argv = ["audit", str(corpus), "--out", "", "--quiet"]
    for fmt in FORMATS:
        argv += [f"--{fmt}", str(tmp_path / "out" / DEFAULT_NAMES[fmt])]
    assert main(argv) in (0, 1)
    for fmt in FORMATS:
        text = (tmp_path / "out" / DEFAULT_NAMES[fmt]).read_text(encoding="utf-8")
        assert "somewhere-unusual" not in text, fmt
        assert str(tmp_path) not in text, fmt
