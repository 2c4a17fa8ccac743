"""When the audit's memory peaks: the process tree's PSS through one CLI audit, by stage.

    python bench/timeline.py CORPUS [--out DIR] [--every 0.05]

Runs ``claimcheck audit CORPUS`` with every output (as `bench/run.py` does) in this
process, the stages marked as they start and end (the pipeline's and each report's), while
a sampler process reads the PSS of this process and of its children (the coverage worker,
the loader's child, a report half) every ``--every`` seconds from /proc.  Prints the peak,
the PSS at each mark, and the highest sample between each mark and the next: which stage
sets the peak, and by how much each stands above the others.  Linux only (/proc).  The
numbers are of this process's run (the CLI's `main`, not a fresh `python -m checker`), so
compare runs of this script with each other; `bench/run.py` gives the target's figure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SAMPLER = r"""
import os, sys, time
sys.path.insert(0, sys.argv[4])
from run import _tree_rss_kb  # (bench/run.py's sum of the tree's PSS)
pid, me, every, out = int(sys.argv[1]), os.getpid(), float(sys.argv[2]), open(sys.argv[3], "w")
while os.path.exists(f"/proc/{pid}"):
    # (this sampler is a child of the audit's process: its own PSS is not the audit's)
    out.write(f"{time.time():.3f} {_tree_rss_kb(pid) - _tree_rss_kb(me)}\n")
    out.flush()
    time.sleep(every)
"""

PIPELINE_STAGES = ("load_corpus", "check_provenance", "claim_intervals", "claim_entries",
                   "check_claims", "whole_verdicts", "quantity_results", "assemble_claims")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--out", type=Path, default=Path("bench/out/timeline"))
    p.add_argument("--every", type=float, default=0.05, help="seconds between samples")
    args = p.parse_args(argv)
    if not Path("/proc/self/smaps_rollup").exists():
        print("timeline: needs Linux's /proc/PID/smaps_rollup", file=sys.stderr)
        return 2
    samples = args.out.with_suffix(".samples")
    args.out.mkdir(parents=True, exist_ok=True)
    sampler = subprocess.Popen([sys.executable, "-c", SAMPLER, str(os.getpid()),
                                str(args.every), str(samples), str(Path(__file__).parent)])
    marks: list[tuple[float, str]] = []
    _mark_stages(marks)
    from run import audit_cmd  # (bench/run.py's command, every output)

    from checker.cli import main as cli

    time.sleep(3 * args.every)  # (the sampler's first samples: the baseline)
    marks.append((time.time(), "start"))
    status = cli(audit_cmd(args.corpus, args.out)[3:])
    marks.append((time.time(), "end"))
    time.sleep(3 * args.every)
    sampler.terminate()
    sampler.wait()
    rows = [(float(t), int(kb) / 1024) for t, kb in
            (line.split() for line in samples.read_text(encoding="utf-8").splitlines()
             if line.strip())]
    print(report(rows, marks))
    return 0 if status in (0, 1) else status


def _mark_stages(marks: list[tuple[float, str]]) -> None:
    """Wrap the pipeline's stages and each report's rendering to append their marks."""
    import checker.consistency as consistency
    import checker.pipeline as pipeline
    import checker.reporters as reporters

    def wrap(module: Any, name: str, label: Callable[..., str] | None = None) -> None:
        real = getattr(module, name)

        def marked(*a: Any, **k: Any) -> Any:
            what = label(*a) if label is not None else name
            marks.append((time.time(), what + ">"))
            try:
                return real(*a, **k)
            finally:
                marks.append((time.time(), what + "<"))

        setattr(module, name, marked)

    for name in PIPELINE_STAGES:
        wrap(pipeline, name)  # (an AttributeError when the pipeline renames a stage)
    wrap(consistency, "check_consistency")  # (imported by the pipeline as it runs)
    wrap(reporters, "_render_to_temp", lambda reporter, *_: f"report:{reporter.name}")


def report(rows: list[tuple[float, float]], marks: list[tuple[float, str]]) -> str:
    """Return the peak, the PSS at each mark and the highest sample after each (MB)."""
    if not rows or not marks:
        return "timeline: no samples"
    t0 = marks[0][0]
    peak_t, peak = max(rows, key=lambda r: r[1])
    before = [name for t, name in marks if t <= peak_t]
    lines = [f"peak {peak:,.0f} MB at {peak_t - t0:.1f} s, after "
             f"{before[-1] if before else 'start'}", "",
             f"{'s':>7}  {'mark':24} {'MB at':>8} {'max to next':>12}"]
    for i, (t, name) in enumerate(marks):
        upto = marks[i + 1][0] if i + 1 < len(marks) else float("inf")
        at = [mb for s, mb in rows if s <= t]
        seg = [mb for s, mb in rows if t <= s < upto]
        highest = f"{max(seg):12,.0f}" if seg else f"{'-':>12}"  # (no sample before the next)
        lines.append(f"{t - t0:7.1f}  {name:24} {at[-1] if at else 0:8,.0f} {highest}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
