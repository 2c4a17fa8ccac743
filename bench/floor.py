"""Measure the floor: the work an audit of a JSON corpus cannot avoid, at a given size.

    python bench/floor.py CORPUS [--like AUDIT_DIR] [--out DIR]

Prints one JSON line: the CPU seconds (``time.process_time``) and wall seconds of each
part, and their sums.  bench/run.py runs it beside each end-to-end audit, in the same run,
so every target is shown next to what the machine needs at that size.  The parts:

* **parse**: read every claim file and parse it (orjson if it is installed, else the
  standard library's C decoder);
* **lines**: the line of every item of every top-level list (what a finding's location
  and SARIF need): each item decoded once more where it stands (``raw_decode``) and the
  newlines before it counted (``str.count``);
* **snapshots**: read every snapshot, check its sha256, fold its whitespace, quotation
  marks and dashes; for every quoted claim, fold the quote and find it (``str.find``, and
  once more for a second occurrence), and `says` in the quote;
* **z3**: import z3, then one ``check`` per conflicting component (the solver components,
  quantities joined by relations, that hold a conflict the corpus's manifest plants): one
  integer per quantity, the linear relations (a ratio is left out), and each claim of the
  component whose `says` starts with a plain figure as an assumption ``x == figure`` (a
  minimal encoding: the figure read with a regular expression, no number grammar);
* **write**: encode one small record per claim (id, source, quantity, file, line, whether
  its quote was found) with the same JSON encoder, then write as many bytes as the audit's
  output files hold (``--like``: an audit's output folder; without it, the encoded records
  once as JSON and once as SARIF-sized JSON).

Nothing here is claimcheck's code: the floor imports only the standard library, z3 and,
if present, orjson.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None

ENCODER = "orjson" if orjson is not None else "json"
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                       "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'",
                       "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
                       "\u2212": "-"})
_FIGURE = re.compile(r"\d[\d,]*")
_DECODER = json.JSONDecoder()


def _loads(data: bytes) -> Any:
    return orjson.loads(data) if orjson is not None else json.loads(data)


def _dumps(obj: Any) -> bytes:
    if orjson is not None:
        return orjson.dumps(obj)  # type: ignore[no-any-return]
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def fold(text: str) -> str:
    """Return `text` with whitespace runs, quotation marks and dashes folded."""
    folded = " ".join(text.split())
    return folded if folded.isascii() else folded.translate(_FOLD)


class Clock:
    """Laps of CPU and wall time, one per part."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self._c, self._w = time.process_time(), time.perf_counter()

    def lap(self, name: str) -> None:
        c, w = time.process_time(), time.perf_counter()
        self.cpu[name] = c - self._c
        self.wall[name] = w - self._w
        self._c, self._w = c, w


def parse(corpus: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Return every top-level list of the corpus's JSON files, and each file's text."""
    sections: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    for path in sorted(corpus.glob("*.json")):
        data = path.read_bytes()
        doc = _loads(data)
        texts[path.name] = data.decode("utf-8")
        for key, items in doc.items():
            for item in items:
                item["\0file"] = path.name
            sections.setdefault(key, []).extend(items)
    return sections, texts


def item_lines(texts: dict[str, str]) -> dict[str, list[int]]:
    """Return the line of every item of every top-level list, per file."""
    lines: dict[str, list[int]] = {}
    for name, text in texts.items():
        out: list[int] = []
        line, last = 1, 0
        pos = text.index("{") + 1
        n = len(text)
        while pos < n:
            colon = text.index(":", pos)
            pos = text.index("[", colon) + 1
            while True:
                while text[pos] in " \t\r\n,":
                    pos += 1
                if text[pos] == "]":
                    pos += 1
                    break
                line += text.count("\n", last, pos)
                last = pos
                out.append(line)
                _, pos = _DECODER.raw_decode(text, pos)
            while pos < n and text[pos] in " \t\r\n,":
                pos += 1
            if pos >= n or text[pos] == "}":
                break
        lines[name] = out
    return lines


def snapshots(corpus: Path, sections: dict[str, list[dict[str, Any]]]) -> dict[str, bool]:
    """Read, hash and fold every snapshot; find every quote (and `says` in it)."""
    docs: dict[str, str] = {}
    for src in sections.get("sources", []):
        path = src.get("snapshot")
        if path is None:
            continue
        data = (corpus / path).read_bytes()
        if src.get("sha256") and hashlib.sha256(data).hexdigest() != src["sha256"]:
            raise SystemExit(f"{path}: sha256 differs from the corpus")
        docs[src["id"]] = fold(data.decode("utf-8"))
    found: dict[str, bool] = {}
    for claim in sections.get("claims", []):
        quote = claim.get("quote")
        if quote is None:
            continue
        q = fold(quote)
        doc = docs.get(claim["source"], "")
        at = doc.find(q)
        unique = at >= 0 and doc.find(q, at + 1) < 0
        says = claim.get("says")
        inside = says is None or q.find(fold(says)) >= 0
        found[claim["id"]] = unique and inside
    return found


def conflicting_components(sections: dict[str, list[dict[str, Any]]],
                           planted: list[dict[str, Any]]) -> list[list[str]]:
    """Return the quantities of each component that holds a planted conflict."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for rel in sections.get("relations", []):
        names = _relation_quantities(rel)
        for other in names[1:]:
            parent[find(other)] = find(names[0])
    of_claim = {c["id"]: c["quantity"] for c in sections.get("claims", [])}
    roots = sorted({find(of_claim[p["claim"]]) for p in planted if p["claim"] in of_claim})
    members: dict[str, list[str]] = {r: [] for r in roots}
    for q in list(parent):
        r = find(q)
        if r in members:
            members[r].append(q)
    for p in planted:  # a conflict on a quantity no relation names: its own component
        q = of_claim.get(p["claim"])
        if q is not None and q not in parent:
            members.setdefault(q, [q])
    return [sorted(v) for _, v in sorted(members.items())]


def _relation_quantities(rel: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for key in ("total", "whole", "part", "value", "numerator", "denominator"):
        if isinstance(rel.get(key), str):
            names.append(rel[key])
    for key in ("parts", "quantities"):
        names += [q for q in rel.get(key, []) if isinstance(q, str)]
    return names


def solve(sections: dict[str, list[dict[str, Any]]], components: list[list[str]]) -> int:
    """Import z3 and check each component once; return how many were unsatisfiable."""
    import z3

    by_qty: dict[str, list[dict[str, Any]]] = {}
    for c in sections.get("claims", []):
        by_qty.setdefault(c["quantity"], []).append(c)
    rels: dict[str, list[dict[str, Any]]] = {}
    for rel in sections.get("relations", []):
        names = _relation_quantities(rel)
        if names:
            rels.setdefault(names[0], []).append(rel)
    unsat = 0
    for comp in components:
        x = {q: z3.Int(f"q{i}") for i, q in enumerate(comp)}
        s = z3.Solver()
        for v in x.values():
            s.add(v >= 0)
        for q in comp:
            for rel in rels.get(q, []):
                s.add(_relation(rel, x, z3))
        assumptions = []
        for q in comp:
            for k, c in enumerate(by_qty.get(q, [])):
                m = _FIGURE.match(c.get("says") or "")
                if m is None:
                    continue
                a = z3.Bool(f"a{len(assumptions)}_{k}")
                s.add(z3.Implies(a, x[q] == int(m.group().replace(",", ""))))
                assumptions.append(a)
        if s.check(*assumptions) == z3.unsat:
            unsat += 1
            s.unsat_core()
    return unsat


def _relation(rel: dict[str, Any], x: dict[str, Any], z3: Any) -> Any:
    kind = rel.get("kind")
    if kind == "sum":
        return x[rel["total"]] == z3.Sum([x[p] for p in rel["parts"]])
    if kind == "union":
        parts = [x[p] for p in rel["parts"]]
        return z3.And(*[p <= x[rel["whole"]] for p in parts], x[rel["whole"]] <= z3.Sum(parts))
    if kind == "equal":
        qs = [x[q] for q in rel["quantities"]]
        return z3.And(*[q == qs[0] for q in qs[1:]])
    if kind in ("subset", "within"):
        return x[rel["part"]] <= x[rel["whole"]]
    return z3.BoolVal(True)


def write(sections: dict[str, list[dict[str, Any]]], lines: dict[str, list[int]],
          found: dict[str, bool], like: Path | None, out: Path) -> int:
    """Encode one record per claim and write the outputs' bytes; return the bytes written."""
    index: dict[str, int] = {}
    records = []
    for c in sections.get("claims", []):
        f = c["\0file"]
        k = index.get(f, 0)
        index[f] = k + 1
        records.append({"id": c["id"], "source": c["source"], "quantity": c["quantity"],
                        "file": f, "line": lines[f][k], "quote": found.get(c["id"])})
    encoded = _dumps({"claims": records})
    if like is not None:
        sizes = {p.name: p.stat().st_size for p in sorted(like.iterdir()) if p.is_file()}
    else:
        sizes = {"audit.json": len(encoded), "audit.sarif": len(encoded)}
    total = 0
    for name, size in sizes.items():
        with open(out / name, "wb") as fh:
            left = size
            while left > 0:
                chunk = encoded[:left] if left < len(encoded) else encoded
                fh.write(chunk)
                left -= len(chunk)
            total += size
    return total


def floor(corpus: Path, like: Path | None, out: Path) -> dict[str, Any]:
    """Measure each part of the floor on `corpus`; return the laps and their sums."""
    manifest = corpus.parent / (corpus.name + ".manifest.json")
    planted = json.loads(manifest.read_text())["planted"] if manifest.exists() else []
    clock = Clock()
    sections, texts = parse(corpus)
    clock.lap("parse")
    lines = item_lines(texts)
    clock.lap("lines")
    found = snapshots(corpus, sections)
    clock.lap("snapshots")
    components = conflicting_components(sections, planted)
    unsat = solve(sections, components)
    clock.lap("z3")
    written = write(sections, lines, found, like, out)
    clock.lap("write")
    items = sum(len(v) for v in lines.values())
    return {"cpu": clock.cpu, "wall": clock.wall, "cpu_total": sum(clock.cpu.values()),
            "wall_total": sum(clock.wall.values()), "encoder": ENCODER,
            "claims": len(sections.get("claims", [])), "items": items,
            "quotes": len(found), "components": len(components), "unsat": unsat,
            "bytes_written": written}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--like", type=Path, help="an audit's output folder: write as many bytes")
    p.add_argument("--out", type=Path, help="where to write (default: a temporary folder)")
    args = p.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        got = floor(args.corpus, args.like, args.out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            got = floor(args.corpus, args.like, Path(tmp))
    sys.stdout.write(json.dumps(got) + "\n")
    sys.stdout.flush()
    os._exit(0)  # like the audit's CLI: no interpreter teardown


if __name__ == "__main__":
    sys.exit(main())
