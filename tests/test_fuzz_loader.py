"""Fuzz the loader through the command line with almost-valid corpora (hypothesis).

Start from a small valid corpus (a YAML claim file, a JSON claim file, a snapshot and a
table), mutate it — drop, duplicate, retype or rename keys, truncate a file at a random
point, splice in random bytes — and audit it.  Whatever comes in, the run must end with
status 0, 1 or 2, print no traceback, and when it cannot run (2) say so on one line that
names the file at fault.

The says grammar and the solver have their own property tests (tests/test_numbers.py:
random text through `parse_says` raises only `SaysError`; tests/test_solver_props.py:
random small problems against brute force).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.cli import main
from tests.conftest import hard_stop, write_tree

SNAPSHOT = ("AI surveillance report\n"
            "At least seventy-five out of 176 countries are using AI surveillance.\n"
            "Chinese companies supply the technology in 63 countries.\n")
TABLE = "country,huawei,safe_city\nA,1,yes\nB,0,no\nC,1,yes\n"
CLAIMS_YAML = {
    "sources": [
        {"id": "report", "title": "The report", "kind": "primary", "snapshot": "sources/a.txt",
         "url": "https://example.org/report", "published": "2019-09-17"},
        {"id": "table", "title": "The table", "kind": "dataset", "table": "data/t.csv"},
    ],
    "quantities": [
        {"id": "surveyed", "label": "Countries surveyed", "unit": "countries"},
        {"id": "using", "label": "Countries using", "unit": "countries", "within": "surveyed"},
        {"id": "huawei", "label": "Huawei countries", "unit": "countries"},
        {"id": "pct-using", "label": "Share using", "unit": "percent"},
    ],
    "relations": [
        {"kind": "subset", "part": "huawei", "whole": "using", "why": "a part"},
        {"kind": "ratio", "value": "pct-using", "numerator": "using",
         "denominator": "surveyed", "scale": 100},
    ],
    "claims": [
        {"id": "report-using", "source": "report", "quantity": "using",
         "quote": "At least seventy-five out of 176 countries",
         "says": "At least seventy-five"},
        {"source": "report", "quantity": "surveyed", "quote": "out of 176 countries",
         "says": "176", "value": {"min": 176, "max": 176}},
        {"source": "table", "quantity": "huawei", "count": {"huawei": 1}},
    ],
}
CLAIMS_JSON = {
    "claims": [
        {"source": "table", "quantity": "huawei",
         "count": {"any": [{"safe_city": "yes"}, {"not": {"huawei": 0}}]}},
    ],
    "ignore": [{"source": "report", "says": "63", "why": "not a quantity here"}],
}
FILES = {"claims.yaml", "more/extra.json", "sources/a.txt", "data/t.csv"}


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["report", "table", "using", "surveyed", "huawei", "pct-using",
                     "over 60", "51 percent", "nearly 32", "-5", "1e999", "2019-13-45",
                     "../a.txt", "/etc/passwd", "<script>alert(1)</script>"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)
OPS = st.sampled_from(["drop", "duplicate", "retype", "rename"])


@st.composite
def mutated_data(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """Return `base` with one to three structural mutations."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _parent(data, path), path[-1]
        op = draw(OPS)
        if op == "drop":
            del parent[last]
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif op == "rename" and isinstance(parent, dict):
            new = draw(st.sampled_from([last + "s", last.upper(), last[:-1], "id", "kind",
                                        "from", "<<"]) | st.text(max_size=8))
            parent[new] = parent.pop(last)
        else:
            parent[last] = draw(VALUES)
    return data


@st.composite
def mutated_text(draw: st.DrawFn, text: bytes) -> bytes:
    """Return `text` unchanged, truncated, or with random bytes spliced in."""
    how = draw(st.sampled_from(["keep", "keep", "truncate", "splice", "overwrite"]))
    if how == "keep" or not text:
        return text
    at = draw(st.integers(0, len(text)))
    if how == "truncate":
        return text[:at]
    noise = draw(st.binary(min_size=1, max_size=8)
                 | st.sampled_from([b"\x00", b"\xff\xfe", b"\t", b": ", b"- ", b"&a ", b"*a",
                                    b"{", b"]", b"'", b'"', b"\n  ", b"!!python/object "]))
    end = at + (len(noise) if how == "overwrite" else 0)
    return text[:at] + noise + text[end:]


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, bytes]:
    """An almost-valid corpus: the valid one with data and/or text mutations."""
    target = draw(st.sampled_from(["claims.yaml", "more/extra.json", "sources/a.txt",
                                   "data/t.csv", "claims.yaml"]))
    yaml_data, json_data = CLAIMS_YAML, CLAIMS_JSON
    if target == "claims.yaml" and draw(st.booleans()):
        yaml_data = draw(mutated_data(CLAIMS_YAML))
    if target == "more/extra.json" and draw(st.booleans()):
        json_data = draw(mutated_data(CLAIMS_JSON))
    files = {
        "claims.yaml": yaml.safe_dump(yaml_data, sort_keys=False, allow_unicode=True).encode(),
        "more/extra.json": json.dumps(json_data, indent=1, allow_nan=True).encode(),
        "sources/a.txt": SNAPSHOT.encode(),
        "data/t.csv": TABLE.encode(),
    }
    files[target] = draw(mutated_text(files[target]))
    return files


def audit_files(files: dict[str, bytes]) -> tuple[int, str, float]:
    """Write `files` as a corpus, audit it in-process; return (status, stderr, seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = write_tree(Path(tmp) / "corpus", dict(files))
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), hard_stop(60):
            status = main(["audit", str(root), "--out", "", "--json", str(Path(tmp) / "a.json"),
                           "--quiet"])
        return status, err.getvalue(), time.perf_counter() - started


def test_the_unmutated_corpus_is_valid() -> None:
    files = {name: text.encode() for name, text in {
        "claims.yaml": yaml.safe_dump(CLAIMS_YAML, sort_keys=False),
        "more/extra.json": json.dumps(CLAIMS_JSON), "sources/a.txt": SNAPSHOT,
        "data/t.csv": TABLE}.items()}
    status, err, _ = audit_files(files)
    assert status in (0, 1), err
    assert err == ""


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
@example({"claims.yaml": b"sources: [", "more/extra.json": b"{}", "sources/a.txt": b"",
          "data/t.csv": b""})
@example({"claims.yaml": b"claims:\n  - &a {source: x, quantity: y, note: [*a]}\n",
          "more/extra.json": b"{}", "sources/a.txt": b"", "data/t.csv": b"a\n"})
@example({"claims.yaml": b"quantities: " + b"[" * 100_000, "more/extra.json": b"{}",
          "sources/a.txt": b"", "data/t.csv": b""})
@example({"claims.yaml": b"quantities:\n- id: q\n  label: Q\n  unit: cou\x16ntries\n",
          "more/extra.json": b"{}", "sources/a.txt": b"", "data/t.csv": b""})  # ReaderError
@example({"claims.yaml": b"quantities:\n- id: q\n  label: Q\n  ? 'un|\n\n    it'\n  : x\n",
          "more/extra.json": b'{"claims": [], "claims": []}', "sources/a.txt": b"",
          "data/t.csv": b""})  # a key with a line break; a duplicate JSON key
def test_almost_valid_corpora_end_cleanly(files: dict[str, bytes]) -> None:
    status, err, seconds = audit_files(files)
    assert status in (0, 1, 2), err
    assert "Traceback" not in err
    if status == 2:
        lines = err.splitlines()
        errors = lines if len(lines) == 1 else lines[:-1]  # then "N errors in all"
        for line in errors:
            assert line.startswith("claimcheck: error: "), err
            named = line[len("claimcheck: error: "):].split(":", 1)[0]
            # the path as seen from the working directory: the corpus folder, then the file
            # (a snapshot or table path that names one of the corpus's folders is at fault
            # itself: "not a regular file")
            folders = {f.rsplit("/", 1)[0] for f in FILES if "/" in f}
            assert any(named.endswith(f"/corpus/{f}") for f in FILES) or (
                any(named.endswith(f"/corpus/{d}") for d in folders)
                and "not a regular file" in line), \
                f"the message must name the file at fault: {err!r}"
    else:
        assert err == "", err
