"""Extraction throughput: claimcheck's mention scanner and coverage rule against quantulum3.

    python bench/extraction.py CORPUS [--no-quantulum]

Prints one JSON line (bench/run.py puts it in RESULTS.md):

* the scanner (`checker.mentions.iter_mentions`, what `claimcheck extract` and the
  coverage rule run) over every snapshot of CORPUS, in MB/s of UTF-8 text;
* the coverage rule (`checker.coverage.check_coverage`: the scan plus matching every
  mention against claims and ignores) over the same snapshots, from the audit's own
  stage timing;
* quantulum3's ``parser.parse`` over a slice of the same text (it is much slower), and what
  each finds in the two seed texts (claims/sources/000_*.txt and 001_*.txt), compared by
  overlapping spans.

quantulum3 is installed into bench/out/pylib with pip (``--target``), never into the
project's environment and never as a project dependency.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PYLIB = BENCH / "out" / "pylib"
sys.path.insert(0, str(REPO))  # the checker of this checkout, installed or not
QUANTULUM_BYTES = 200_000  # quantulum3 runs at a few kB/s: a slice is enough for a rate


def texts_of(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((corpus / "sources").glob("*.txt"))]


def seeds() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8"))
            for p in sorted((REPO / "claims" / "sources").glob("0*_*.txt"))]


def scanner_rate(texts: list[str]) -> dict[str, Any]:
    from checker import mentions

    size = sum(len(t.encode("utf-8")) for t in texts)
    mentions._parse.cache_clear()
    start, cpu = time.perf_counter(), time.process_time()
    found = sum(1 for t in texts for _ in mentions.iter_mentions(t))
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"mb_s": size / 1e6 / took, "mb_s_cpu": size / 1e6 / cpu, "found": found,
            "seconds": took, "bytes": size}


def prose_rate(copies: int = 50) -> dict[str, Any]:
    """The scanner over the seed texts (news prose), each copy read cold (no cache)."""
    from checker import mentions

    texts = [t for _, t in seeds()] * copies
    size = sum(len(t.encode("utf-8")) for t in texts)
    took, cpu, found = 0.0, 0.0, 0
    for t in texts:
        mentions._parse.cache_clear()  # as if every copy were a new text
        start, cpu0 = time.perf_counter(), time.process_time()
        found += sum(1 for _ in mentions.iter_mentions(t))
        took += time.perf_counter() - start
        cpu += time.process_time() - cpu0
    return {"mb_s": size / 1e6 / took, "mb_s_cpu": size / 1e6 / cpu, "found": found,
            "seconds": took, "bytes": size}


class _CpuClock:
    perf_counter = staticmethod(time.process_time)


def coverage_rate(corpus: Path, size: int) -> dict[str, Any]:
    """The coverage stage of an audit, run in this process (not on a second core)."""
    import checker.pipeline
    from checker import mentions
    from checker.cli import GC_THRESHOLD
    from checker.config import Config

    checker.pipeline.PARALLEL_TEXT = 1 << 62  # type: ignore[attr-defined]  # inline, timed
    gc.set_threshold(*GC_THRESHOLD)  # as the CLI runs an audit
    rates = {}
    for name, clock in (("wall", time), ("cpu", _CpuClock)):
        mentions._parse.cache_clear()
        checker.pipeline.time = clock  # type: ignore[attr-defined]
        result = checker.pipeline.audit(corpus, Config(out=None))
        rates[name] = result.timings["coverage"]
    checker.pipeline.time = time  # type: ignore[attr-defined]
    found = sum(c.mentions for c in result.coverage) if result.coverage else 0
    return {"mb_s": size / 1e6 / rates["wall"], "mb_s_cpu": size / 1e6 / rates["cpu"],
            "found": found, "seconds": rates["wall"], "bytes": size}


def quantulum() -> Any:
    """Return quantulum3's parser, installing it into bench/out/pylib if needed."""
    sys.path.insert(0, str(PYLIB))
    try:
        from quantulum3 import parser
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target",
                        str(PYLIB), "quantulum3"], check=True)
        from quantulum3 import parser
    return parser


def quantulum_rate(parser: Any, texts: list[str]) -> dict[str, Any]:
    chunk, size = [], 0
    for t in texts:
        if size >= QUANTULUM_BYTES:
            break
        chunk.append(t)
        size += len(t.encode("utf-8"))
    parser.parse("warm up: 12 countries")  # loads its unit tables once, not timed
    start, cpu = time.perf_counter(), time.process_time()
    found = sum(len(parser.parse(t)) for t in chunk)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"mb_s": size / 1e6 / took, "mb_s_cpu": size / 1e6 / cpu, "found": found,
            "seconds": took, "bytes": size}


def compare_seeds(parser: Any) -> list[dict[str, Any]]:
    from checker.mentions import iter_mentions

    out = []
    for name, text in seeds():
        ours = [(m.start, m.end, m.text) for m in iter_mentions(text)]
        theirs = [(q.span[0], q.span[1], q.surface) for q in parser.parse(text)]

        def hit(a: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
            return any(a[0] < b[1] and b[0] < a[1] for b in others)

        out.append({"name": name, "ours": len(ours), "theirs": len(theirs),
                    "both": sum(1 for a in ours if hit(a, theirs)),
                    "only_ours": [a[2] for a in ours if not hit(a, theirs)],
                    "only_theirs": [b[2] for b in theirs if not hit(b, ours)]})
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--no-quantulum", action="store_true")
    args = p.parse_args()
    texts = texts_of(args.corpus)
    scan = scanner_rate(texts)
    report: dict[str, Any] = {
        "text": f"{len(texts):,} snapshots of {args.corpus.name}, "
                f"{scan['bytes'] / 1e6:.2f} MB",
        "throughput": {"claimcheck scanner (`extract`)": scan,
                       "claimcheck scanner on the seed texts (news prose, x50, cold)":
                           prose_rate(),
                       "claimcheck coverage rule (COV001)": coverage_rate(args.corpus,
                                                                          scan["bytes"])}}
    if not args.no_quantulum:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parser = quantulum()
                q = quantulum_rate(parser, texts)
                report["throughput"][f"quantulum3 parser.parse (first {q['bytes'] / 1e3:.0f} kB)"] \
                    = q
                report["seeds"] = compare_seeds(parser)
            report["quantulum_note"] = (
                "quantulum3 0.10 runs without its optional classifier (scikit-learn is not "
                "installed), which only disambiguates units; it reports years and dates as "
                "plain numbers, while claimcheck reports them as `year`/`date` mentions.")
        except Exception as exc:  # noqa: BLE001 - report any failure plainly
            report["quantulum_note"] = f"quantulum3 could not be run: {exc!r}"
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
