"""Differential check: `solver.settle_determined` against the solver on random components.

    python bench/check_settle.py [--seed 1] [--cases 2000]

Each case is one component shaped like a generated family (a total and three parts in a
`sum`, users `within` the total and the `union` of two technologies, their share as a
`ratio`, an `equal` registry, a `subset`), with random claims around true values, some
off, some exact, some hedged, some open; whole-number or continuous at random.  Whenever
the fast path settles a component, the solver must find it feasible with the same bounds.
Prints the number of cases settled (and with a range rather than a point).
"""

from __future__ import annotations

import argparse
import random
import sys
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.intervals import Interval  # noqa: E402
from checker.solver import Problem, Rel, Soft, Variable, settle_determined, solve  # noqa: E402

NAMES = ("t", "a", "b", "c", "u", "x", "y", "p", "r", "s")
RELS = (Rel("sum", "sum", ("t", "a", "b", "c")), Rel("union", "union", ("u", "x", "y")),
        Rel("ratio", "ratio", ("p", "u", "t"), Fraction(100)), Rel("eq", "equal", ("t", "r")),
        Rel("sub", "subset", ("s", "a")), Rel("within", "subset", ("u", "t")))


def random_problem(rng: random.Random) -> Problem:
    total = rng.randint(5, 40)
    a = rng.randint(0, total)
    b = rng.randint(0, total - a)
    u = rng.randint(0, total)
    x = rng.randint((u + 1) // 2, u) if u else 0
    truth: dict[str, Fraction] = {k: Fraction(v) for k, v in {
        "t": total, "a": a, "b": b, "c": total - a - b, "u": u, "x": x,
        "y": rng.randint(max(0, u - x), u), "r": total, "s": rng.randint(0, a)}.items()}
    truth["p"] = Fraction(100 * u, total)
    softs = []
    for name in NAMES:
        for k in range(rng.randint(0, 3)):
            v = truth[name] + (rng.choice([1, -1, 3]) if rng.random() < 0.15 else 0)
            kind = rng.choice(["point", "point", "at-least", "at-most", "range", "open"])
            if kind == "point":
                iv = Interval.point(v)
            elif kind == "at-least":
                iv = Interval.of(v - rng.randint(0, 3), None)
            elif kind == "at-most":
                iv = Interval.of(None, v + rng.randint(0, 3))
            elif kind == "open":
                iv = Interval.of(v - rng.randint(0, 2), v + rng.randint(1, 3), True, True)
            else:
                iv = Interval.of(v - rng.randint(0, 4), v + rng.randint(0, 4))
            softs.append(Soft(f"{name}{k}", name, iv, rng.randint(0, 2)))
    variables = {n: Variable(n, n != "p" and rng.random() < 0.8) for n in NAMES}
    return Problem(variables, softs, list(RELS))


def check(seed: int, cases: int) -> tuple[int, int]:
    """Run `cases` random cases; return (settled, settled with a range); raise on a mismatch."""
    rng = random.Random(seed)
    settled_n = ranged = 0
    for case in range(cases):
        problem = random_problem(rng)
        settled = settle_determined(problem, 5000).bounds
        if not settled:
            continue
        settled_n += 1
        ranged += any(not iv.is_point() for iv in settled.values())
        solution = solve(problem)
        if solution.suspects or any(solution.implied[k] != iv for k, iv in settled.items()):
            raise AssertionError(f"seed {seed} case {case}: settled {settled}, solver "
                                 f"{solution.suspects} {dict(solution.implied)}")
    return settled_n, ranged


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--cases", type=int, default=2000)
    args = p.parse_args()
    settled, ranged = check(args.seed, args.cases)
    print(f"{args.cases} cases: {settled} settled without the solver ({ranged} with a range), "
          "every one as the solver has it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
