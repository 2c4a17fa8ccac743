"""Exact bounds of eliminated ratio values (layer 2, private to `solver`).

A ratio ``value = scale*num/den`` whose value occurs in no other relation is linearised,
so its value is no z3 variable: its bounds are the extremes of the linear-fractional
function ``scale*num/den`` over the component.  All-real components use the
Charnes–Cooper transformation (one LP per end).  Components with integers first find
the supremum over recession rays (an LP over the homogenised system), then run
Dinkelbach's method above it, which terminates for integer numerator and denominator.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from checker._solver_engine import (
    Approximate,
    Engine,
    Unknown,
    num,
    optimize,
    upper,
)
from checker._solver_lin import Lin, RatioView, lcm_denominator

DINKELBACH_ROUNDS = 200  # iterations of Dinkelbach before a ratio bound counts as approximate

Sup = tuple[Fraction | None, bool]  # (supremum or None for +inf, open)


class RatioBounds:
    """Suprema of ``scale*num/den`` over one fixed set of active items.

    The solvers over the active constraints are built once, on first use, and shared by
    every ratio of the component (each query pushes and pops its own constraints).
    """

    def __init__(self, engine: Engine, active: frozenset[str]) -> None:
        self.engine = engine
        self.z3 = engine.z3
        self.atoms = engine.task.active_atoms(active)
        self.lins = [a for a in self.atoms if isinstance(a, Lin)]
        self._solver: Any = None
        self._opt: Any = None
        self._cone: tuple[dict[str, Any], Any, Any] | None = None
        self._cc: tuple[dict[str, Any], Any] | None = None

    def sup(self, view: RatioView, scale: Fraction, bounded: bool) -> Sup:
        """Return (sup, open) of ``scale*num/den`` (negate `scale` for the infimum).

        `bounded` says numerator and denominator are known to be bounded, so no ray
        needs checking.  Raise `Approximate` when Dinkelbach meets a supremum of its
        subproblem that is not attained (real numerator or denominator among integers).
        """
        if not self.engine.task.ints:
            return self._charnes_cooper(view, scale)
        engine = self.engine
        s = self._fixed()
        s.push()
        try:
            ray = None if bounded else self._ray_sup(view, scale)
            if ray == "unbounded":
                return None, True
            if isinstance(ray, Fraction):
                s.push()
                s.add(self._excess(engine.vars, view, scale, ray) > 0)
                above = engine.check([], s)
                if not above:
                    s.pop()
                    s.add(self._excess(engine.vars, view, scale, ray) >= 0)
                    return ray, not engine.check([], s)
            elif not engine.check([], s):
                raise Unknown("component infeasible without suspects")
            t = self._ratio_at(s.model(), view, scale)
        finally:
            s.pop(s.num_scopes())
        return self._dinkelbach(view, scale, t)

    # -- pieces ---------------------------------------------------------------------
    def _fixed(self) -> Any:
        if self._solver is None:
            self._solver = self.z3.Solver(ctx=self.engine.ctx)
            self._solver.add(self.engine.exprs(self.atoms))
        return self._solver

    def _excess(self, vs: dict[str, Any], view: RatioView, scale: Fraction, t: Fraction) -> Any:
        # scale*num - t*den as a z3 term.
        rational = self.engine.rational
        return rational(scale) * vs[view.num] - rational(t) * vs[view.den]

    def _ratio_at(self, model: Any, view: RatioView, scale: Fraction) -> Fraction:
        x = self.engine.vars
        n = num(model.eval(x[view.num], model_completion=True))
        d = num(model.eval(x[view.den], model_completion=True))
        return scale * n / d

    def _dinkelbach(self, view: RatioView, scale: Fraction, t: Fraction) -> Sup:
        # t is attained; maximise scale*num - t*den until its optimum is 0.
        engine = self.engine
        if self._opt is None:
            self._opt = optimize(engine)
            self._opt.add(engine.exprs(self.atoms))
        opt = self._opt
        for _ in range(DINKELBACH_ROUNDS):
            opt.push()
            try:
                handle = opt.maximize(self._excess(engine.vars, view, scale, t))
                if engine.run(opt) != self.z3.sat:
                    raise Unknown("component infeasible without suspects")
                best, best_open = upper(handle.upper_values())
                model = opt.model()
            finally:
                opt.pop()
            if best is None or best_open:
                raise Approximate(view.value)
            if best <= 0:
                return t, False
            t_new = self._ratio_at(model, view, scale)
            if t_new <= t:
                raise Approximate(view.value)
            t = t_new
        raise Approximate(view.value)

    def _ray_sup(self, view: RatioView, scale: Fraction) -> Fraction | str | None:
        # Sup of scale*dn/dd over recession directions d with dd > 0: "unbounded", a
        # number, or None when no direction has dd > 0.
        z3, engine = self.z3, self.engine
        if self._cone is None:
            d = {v: z3.Real(f"d!{v}", engine.ctx) for v in engine.vars}
            cone = [
                engine.linear(a.terms, "==" if a.op == "==" else "<=", Fraction(0), d)
                for a in self.lins
            ]
            ray, opt = z3.Solver(ctx=engine.ctx), optimize(engine)
            ray.add(*cone)
            opt.add(*cone)
            self._cone = (d, ray, opt)
        d, ray, opt = self._cone
        gain = self._excess(d, view, scale, Fraction(0))
        ray.push()
        try:
            ray.add(d[view.den] == 0, gain >= 1)
            if engine.check([], ray):
                return "unbounded"
        finally:
            ray.pop()
        opt.push()
        try:
            opt.add(d[view.den] == 1)
            handle = opt.maximize(gain)
            result = engine.run(opt)
            return upper(handle.upper_values())[0] if result == z3.sat else None
        finally:
            opt.pop()

    def _charnes_cooper(self, view: RatioView, scale: Fraction) -> Sup:
        # x = y/s with s = 1/den > 0: the ratio becomes the linear scale*y_num, y_den = 1.
        z3 = self.z3
        if self._cc is None:
            y = {v: z3.Real(f"y!{v}", self.engine.ctx) for v in self.engine.vars}
            s = z3.Real("y!scale", self.engine.ctx)
            opt = optimize(self.engine)
            opt.add(s > 0)
            for atom in self.lins:
                if not atom.terms:  # a constant constraint, true since the set is feasible
                    continue
                mult = lcm_denominator([c for _, c in atom.terms] + [atom.rhs])
                real_val = self.engine.real_val
                lhs = z3.Sum([real_val(int(c * mult)) * y[v] for v, c in atom.terms])
                rhs = real_val(int(atom.rhs * mult)) * s
                opt.add({"<=": lhs <= rhs, "<": lhs < rhs, "==": lhs == rhs}[atom.op])
            self._cc = (y, opt)
        y, opt = self._cc
        opt.push()
        try:
            opt.add(y[view.den] == 1)
            handle = opt.maximize(self.engine.rational(scale) * y[view.num])
            if self.engine.run(opt) != z3.sat:
                raise Unknown("component infeasible without suspects")
            return upper(handle.upper_values())
        finally:
            opt.pop()
