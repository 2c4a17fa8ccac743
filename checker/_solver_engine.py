"""The z3 encoding of one component (layer 2, private to `solver`).

Owns the bridge to z3: one variable per quantity, one assumption literal per claim or
relation, exact rational coefficients (integers after scaling, or "p/q" values), the
time budget, and the reading of optimisation results (infinity and epsilon terms).  z3
is imported lazily, so a corpus whose components never need it never loads it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

from checker._solver_lin import Atom, Prod, Task, lcm_denominator


class Unknown(Exception):
    """z3 answered unknown (timeout, nonlinear arithmetic) or the deadline passed."""


class Approximate(Exception):
    """An exact bound could not be established; the caller falls back to propagation."""


def _z3() -> Any:
    import z3  # type: ignore[import-untyped]  # noqa: PLC0415  (lazy: loaded on demand)

    return z3


def num(value: Any) -> Fraction:
    """Return a z3 numeral (integer or rational) as a `Fraction`."""
    z3 = _z3()
    if z3.is_int_value(value):
        return Fraction(value.as_long())
    if not z3.is_rational_value(value):  # an algebraic number: no exact rational bound
        raise Approximate(str(value))
    return Fraction(value.numerator_as_long(), value.denominator_as_long())


class Engine:
    """z3 encoding of a `Task`: one variable per quantity and one literal per item."""

    def __init__(self, task: Task, deadline: float) -> None:
        self.z3 = _z3()
        z3 = self.z3
        self.task = task
        self.deadline = deadline
        self.ints = frozenset(task.ints)
        self.vars: dict[str, Any] = {v: z3.Int(f"v!{v}") for v in task.ints}
        self.vars.update({v: z3.Real(f"v!{v}") for v in task.reals})
        items = [s for s, _ in task.softs] + list(task.rels)
        self.lits: dict[str, Any] = {item: z3.Bool(f"b!{item}") for item in items}
        self.by_lit = {str(lit): item for item, lit in self.lits.items()}
        self._exprs: dict[Atom, Any] = {}
        self._solver: Any = None

    @property
    def solver(self) -> Any:
        """Return the solver holding every clause under its guard literals (built once)."""
        if self._solver is None:
            z3 = self.z3
            self._solver = z3.Solver()
            for clause in self.task.clauses:
                expr = self.expr(clause.atom)
                if clause.guard:
                    expr = z3.Implies(z3.And([self.lits[g] for g in clause.guard]), expr)
                self._solver.add(expr)
        return self._solver

    # -- encoding ------------------------------------------------------------------
    def expr(self, atom: Atom, variables: dict[str, Any] | None = None) -> Any:
        """Return `atom` as a z3 formula over `variables` (default: the engine's)."""
        if variables is None:
            cached = self._exprs.get(atom)
            if cached is None:
                cached = self._exprs[atom] = self.expr(atom, self.vars)
            return cached
        vs = variables
        if isinstance(atom, Prod):
            p, q = atom.scale.numerator, atom.scale.denominator
            return q * vs[atom.value] * vs[atom.den] == p * vs[atom.num]
        return self.linear(atom.terms, atom.op, atom.rhs, vs)

    def linear(
        self, terms: Sequence[tuple[str, Fraction]], op: str, rhs: Fraction, vs: dict[str, Any]
    ) -> Any:
        """Return ``sum(terms) op rhs`` with integer coefficients (scaled by their lcm)."""
        z3 = self.z3
        if not terms:
            return z3.BoolVal({"<=": 0 <= rhs, "<": 0 < rhs, "==": rhs == 0}[op])
        mult = lcm_denominator([c for _, c in terms] + [rhs])
        all_int = all(v in self.ints and vs is self.vars for v, _ in terms)
        val = z3.IntVal if all_int else z3.RealVal
        lhs = z3.Sum([val(int(c * mult)) * vs[v] for v, c in terms])
        right = val(int(rhs * mult))
        return {"<=": lhs <= right, "<": lhs < right, "==": lhs == right}[op]

    # -- checking ------------------------------------------------------------------
    def remaining_ms(self) -> int:
        """Return the milliseconds left before the deadline; raise `Unknown` when none."""
        left = int((self.deadline - time.monotonic()) * 1000)
        if left <= 0:
            raise Unknown("deadline")
        return left

    def check(self, active: Iterable[str], solver: Any = None) -> bool:
        """Return whether the items in `active` (and nothing else forced) are satisfiable."""
        z3 = self.z3
        s = self.solver if solver is None else solver
        s.set("timeout", self.remaining_ms())
        result = s.check([self.lits[i] if isinstance(i, str) else i for i in active])
        if result == z3.unknown:
            raise Unknown(s.reason_unknown())
        return bool(result == z3.sat)

    def core(self) -> set[str]:
        """Return the items of the last unsat core."""
        return {
            self.by_lit[str(lit)] for lit in self.solver.unsat_core() if str(lit) in self.by_lit
        }

    def fixed_solver(self, active: frozenset[str]) -> Any:
        """Return a fresh solver with the atoms of the `active` items asserted."""
        s = self.z3.Solver()
        for atom in self.task.active_atoms(active):
            s.add(self.expr(atom))
        return s


def optimize(engine: Engine) -> Any:
    """Return a fresh z3 Optimize bounded by the engine's deadline."""
    opt = engine.z3.Optimize()
    opt.set("timeout", engine.remaining_ms())
    return opt


def upper(values: Any) -> tuple[Fraction | None, bool]:
    """Return (sup, open) from z3's [infinity, value, epsilon] triple of a maximisation."""
    inf, value, eps = (num(v) for v in values)
    if inf > 0:
        return None, True
    return value, eps < 0


def lower(values: Any) -> tuple[Fraction | None, bool]:
    """Return (inf, open) from z3's triple of a minimisation."""
    inf, value, eps = (num(v) for v in values)
    if inf < 0:
        return None, True
    return value, eps > 0


def rational(value: Fraction) -> Any:
    """Return `value` as an exact z3 real ("p/q", never a float)."""
    return _z3().RealVal(f"{value.numerator}/{value.denominator}")
