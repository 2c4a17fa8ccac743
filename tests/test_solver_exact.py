"""Numbers cross between Python and z3 exactly, whatever their size, and whatever the hash seed.

Python refuses to turn an `int` of more than 4,300 digits into decimal text (or back), and
z3 speaks decimal text: a model value of 10**8192 used to crash the audit with
``ValueError: Exceeds the limit (4300 digits) for integer string conversion``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker._solver_engine import Engine, int_of_text, int_text, num
from checker._solver_lin import Task
from checker.intervals import Interval
from checker.solver import Problem, Rel, Soft, Variable, solve

ROOT = Path(__file__).resolve().parent.parent


@given(st.integers(-(10**700), 10**700))
def test_int_text_matches_python_below_the_limit(n: int) -> None:
    assert int_text(n) == str(n)
    assert int_of_text(str(n)) == n


@pytest.mark.parametrize("digits", [599, 600, 601, 1800, 4300, 4301, 9000, 20001])
def test_int_text_round_trips_beyond_the_limit(digits: int) -> None:
    n = 10 ** (digits - 1) + 7 * 10 ** (digits // 2) + 3
    text = int_text(n)
    assert len(text) == digits
    assert text[0] == "1" and text[-1] == "3" and text[-(digits // 2) - 1] == "7"
    assert text.count("0") == digits - 3
    assert int_of_text(text) == n
    assert int_of_text("-" + text) == -n == -int_of_text(int_text(n))


def test_rational_reaches_z3_and_comes_back_exactly() -> None:
    engine = Engine(Task(ints=(), reals=(), softs=(), rels=(), clauses=(), ratios=()), 1000)
    value = Fraction(3**9000 + 1, 7**5000)
    assert num(engine.rational(value)) == value
    assert num(engine.rational(-value)) == -value
    assert num(engine.int_val(-(10**5000))) == -(10**5000)


def squares(n: int) -> Problem:
    # x[i+1] = x[i]**2 (a ratio whose value is its own denominator), x[0] = 10: x[n] has
    # 2**n + 1 digits, so z3's model of x[13] is 10**8192.
    xs = [f"x{i:02d}" for i in range(n + 1)]
    rels = [Rel(f"sq{i:02d}", "ratio", (xs[i], xs[i + 1], xs[i])) for i in range(n)]
    return Problem({x: Variable(x, True) for x in xs},
                   [Soft("ten", "x00", Interval.point(10), 1)], rels)


def test_solve_reads_a_model_value_of_eight_thousand_digits() -> None:
    got = solve(squares(13))
    assert got.feasible and got.suspects == ()
    for i in range(5):  # small enough to be bounded exactly
        assert got.implied[f"x{i:02d}"] == Interval.point(10 ** (2**i))
    for i in range(13):
        assert got.implied[f"x{i:02d}"].contains_value(10 ** (2**i))


# Solved in a fresh interpreter for each hash seed: the chain of squares, and ratios at three
# dates sharing their values (the products of a corpus with `as_of` and percentages).
_SCRIPT = """
from fractions import Fraction
from checker.intervals import Interval
from checker.solver import Problem, Rel, Soft, Variable, solve
from tests.test_solver_exact import squares
print(repr(solve(squares(13))))
variables, softs, rels = {}, [], []
for date in ("2019", "2020", "2021"):
    n, m, d, p = (f"{k}@{date}" for k in ("n", "m", "d", "p"))
    variables |= {n: Variable(n, True), m: Variable(m, True), d: Variable(d, True),
                  p: Variable(p, False)}
    rels += [Rel(f"share@{date}", "ratio", (p, n, d), Fraction(100)),
             Rel(f"other@{date}", "ratio", (p, m, d), Fraction(50)),
             Rel(f"part@{date}", "subset", (n, d))]
    pct = Interval.of(Fraction(41, 2), Fraction(43, 2), hi_open=True)
    softs += [Soft(f"pct@{date}", p, pct, 1),
              Soft(f"den@{date}", d, Interval.of(10, 40), 2),
              Soft(f"num@{date}", n, Interval.point(9 + int(date[-1])), 0)]
print(repr(solve(Problem(variables, softs, rels))))
"""


def test_solve_is_the_same_under_every_hash_seed() -> None:
    outputs = []
    for seed in ("0", "1", "2", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=600, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        outputs.append(run.stdout)
    assert "Exceeds the limit" not in outputs[0]
    assert outputs[0].count("Solution(") == 2
    assert "suspects=('num@2019', 'num@2020', 'num@2021')" in outputs[0]
    assert all(out == outputs[0] for out in outputs[1:])
