"""Exact solving of one component with z3 (layer 2, private to `solver`).

Owns the z3 side of the consistency problem: feasibility under assumption literals, the
lexicographic choice of suspects, minimal conflicting sets, and implied bounds (z3
Optimize for variables, Dinkelbach or Charnes–Cooper for eliminated ratio values).  z3
is imported lazily, so a corpus whose components never need it never loads it.  All
numbers cross the boundary as exact rationals ("p/q" strings), never floats.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any

from checker._solver_lin import Atom, Lin, Prod, RatioView, Task, lcm_denominator
from checker.intervals import Interval

DINKELBACH_ROUNDS = 200  # iterations of Dinkelbach before a ratio bound counts as approximate
IMPROVE_ROUNDS = 16  # improvement steps for a real bound in a nonlinear component
INT_CAP = 2**64  # nonlinear components: an integer that can pass this is taken as unbounded
CORE_AFTER = 12  # conflicting sets larger than this are first cut down with an unsat core


class Unknown(Exception):
    """z3 answered unknown (timeout, nonlinear arithmetic) or the deadline passed."""


class Approximate(Exception):
    """An exact bound could not be established; the caller falls back to propagation."""


def _z3() -> Any:
    import z3  # noqa: PLC0415  (lazy: only components that need it load z3)

    return z3


def _num(value: Any) -> Fraction:
    # A z3 numeral (int or rational) as a Fraction.
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
        self.solver = z3.Solver()
        for clause in task.clauses:
            expr = self.expr(clause.atom)
            if clause.guard:
                expr = z3.Implies(z3.And([self.lits[g] for g in clause.guard]), expr)
            self.solver.add(expr)

    # -- encoding ------------------------------------------------------------------
    def expr(self, atom: Atom, variables: dict[str, Any] | None = None) -> Any:
        """Return `atom` as a z3 formula over `variables` (default: the engine's)."""
        z3 = self.z3
        vs = self.vars if variables is None else variables
        if isinstance(atom, Prod):
            p, q = atom.scale.numerator, atom.scale.denominator
            return q * vs[atom.value] * vs[atom.den] == p * vs[atom.num]
        return self.linear(atom.terms, atom.op, atom.rhs, vs)

    def linear(self, terms: Sequence[tuple[str, Fraction]], op: str, rhs: Fraction,
               vs: dict[str, Any]) -> Any:
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
        return {self.by_lit[str(lit)] for lit in self.solver.unsat_core()
                if str(lit) in self.by_lit}

    def fixed_solver(self, active: frozenset[str]) -> Any:
        """Return a fresh solver with the atoms of the `active` items asserted."""
        s = self.z3.Solver()
        for atom in self.task.active_atoms(active):
            s.add(self.expr(atom))
        return s


# -- suspects -----------------------------------------------------------------------------


def choose_suspects(engine: Engine) -> tuple[str, ...]:
    """Return the lexicographically best set of soft items whose removal is feasible.

    Minimise the number removed at the highest rank, then the next rank down, and so
    on; among the optimal sets return the one whose sorted items are smallest.  The
    caller has checked that the relations alone are feasible.
    """
    z3 = engine.z3
    task = engine.task
    rels = list(task.rels)
    ranks = sorted({r for _, r in task.softs}, reverse=True)
    by_rank = {r: [s for s, rank in task.softs if rank == r] for r in ranks}
    s = engine.solver
    s.push()
    depth = 1
    limits: dict[int, int] = {}
    for rank in ranks:
        removed = [(z3.Not(engine.lits[i]), 1) for i in by_rank[rank]]
        k = 0
        while True:
            s.push()
            s.add(z3.PbLe(removed, k))
            if engine.check(rels):
                break
            s.pop()
            k += 1
        limits[rank] = k  # the scope stays pushed: the count is now fixed
        depth += 1
    # Tie-break by id: take the smallest next id that some optimal set can still remove.
    rank_of = dict(task.softs)
    decided: list[Any] = []
    chosen: list[str] = []
    left = dict(limits)
    for item in sorted(rank_of):
        if not any(left.values()):
            break
        rank = rank_of[item]
        lit = engine.lits[item]
        if left[rank] and engine.check([*rels, *decided, z3.Not(lit)]):
            decided.append(z3.Not(lit))
            chosen.append(item)
            left[rank] -= 1
        else:
            decided.append(lit)
    s.pop(depth)
    return tuple(chosen)


# -- minimal conflicting sets ---------------------------------------------------------------


def minimal_conflict(engine: Engine, suspect: str, others: Sequence[str],
                     key: Callable[[str], Any]) -> tuple[str, ...]:
    """Return a minimal infeasible set of items containing `suspect`.

    `others` are the soft items kept after removing the suspects (feasible together with
    every relation).  A set without relations is preferred; then the softs with the
    smallest `key` (the shortest infeasible prefix in `key` order); then deletion-based
    shrinking, trying relations first and softs worst-key first, guarantees minimality.
    """
    rels = list(engine.task.rels)
    use_rels = [] if not engine.check([suspect, *others]) else rels
    order = sorted(others, key=key)

    def infeasible(k: int) -> bool:
        return not engine.check([suspect, *order[:k], *use_rels])

    # Gallop to an infeasible prefix length, then bisect: prefix lo is feasible, hi is not.
    lo, hi = -1, 0
    while not infeasible(hi):
        if hi == len(order):
            raise Unknown("suspect not in conflict")  # cannot happen for optimal suspects
        lo, hi = hi, min(len(order), max(1, 2 * hi))
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if infeasible(mid):
            hi = mid
        else:
            lo = mid
    members = [suspect, *order[:hi], *use_rels]
    if len(members) > CORE_AFTER and not engine.check(members):
        core = engine.core() | {suspect}
        members = [m for m in members if m in core]
    candidates = [*sorted(r for r in use_rels), *reversed(order[:hi])]
    for item in candidates:
        if item not in members:
            continue
        trial = [m for m in members if m != item]
        if not engine.check(trial):
            members = trial
    return tuple(members)


def minimal_rel_conflict(engine: Engine) -> tuple[str, ...]:
    """Return a minimal set of relation items infeasible on their own (deletion-based)."""
    members = list(engine.task.rels)
    for item in sorted(members):
        trial = [m for m in members if m != item]
        if not engine.check(trial):
            members = trial
    return tuple(members)


# -- implied bounds ----------------------------------------------------------------------------


def _optimize(engine: Engine) -> Any:
    opt = engine.z3.Optimize()
    opt.set("timeout", engine.remaining_ms())
    return opt


def _upper(values: Any) -> tuple[Fraction | None, bool]:
    # (sup, open) from z3's [infinity, value, epsilon] triple of a maximisation.
    inf, value, eps = (_num(v) for v in values)
    if inf > 0:
        return None, True
    return value, eps < 0


def _lower(values: Any) -> tuple[Fraction | None, bool]:
    inf, value, eps = (_num(v) for v in values)
    if inf < 0:
        return None, True
    return value, eps > 0


def linear_bounds(engine: Engine, active: frozenset[str]) -> tuple[dict[str, Interval],
                                                                   set[str]]:
    """Return exact bounds of every variable over the `active` items (linear task).

    Also return the eliminated ratio values whose bounds could not be made exact (their
    bound is then left unlimited for the caller to replace).
    """
    z3 = engine.z3
    task = engine.task
    eliminated = {view.value for view in task.ratios}
    keys = [v for v in (*task.ints, *task.reals) if v not in eliminated]
    opt = _optimize(engine)
    opt.set(priority="box")
    for atom in task.active_atoms(active):
        opt.add(engine.expr(atom))
    handles = [(v, opt.maximize(engine.vars[v]), opt.minimize(engine.vars[v])) for v in keys]
    result = opt.check()
    if result != z3.sat:
        raise Unknown(opt.reason_unknown())
    out: dict[str, Interval] = {}
    for var, hmax, hmin in handles:
        hi, hi_open = _upper(hmax.upper_values())
        lo, lo_open = _lower(hmin.lower_values())
        out[var] = Interval.of(lo, hi, lo_open, hi_open)
    inexact: set[str] = set()
    for view in task.ratios:
        try:
            hi, hi_open = ratio_sup(engine, active, view, view.scale)
            neg, lo_open = ratio_sup(engine, active, view, -view.scale)
        except Approximate:
            inexact.add(view.value)
            out[view.value] = Interval.everything()
            continue
        out[view.value] = Interval.of(None if neg is None else -neg, hi, lo_open, hi_open)
    return out, inexact


def _ratio_at(engine: Engine, model: Any, view: RatioView, scale: Fraction) -> Fraction:
    num = _num(model.eval(engine.vars[view.num], model_completion=True))
    den = _num(model.eval(engine.vars[view.den], model_completion=True))
    return scale * num / den


def ratio_sup(engine: Engine, active: frozenset[str], view: RatioView,
              scale: Fraction) -> tuple[Fraction | None, bool]:
    """Return (sup, open) of ``scale*num/den`` over the `active` items of a linear task.

    All-real components use the Charnes–Cooper transformation (one exact LP).  Otherwise
    the supremum over recession rays is found first (an LP over the homogenised system);
    above it Dinkelbach's method maximises ``scale*num - t*den`` until the optimum is 0.
    Raise `Approximate` when Dinkelbach meets a supremum that is not attained.
    """
    z3 = engine.z3
    atoms = [a for a in engine.task.active_atoms(active) if isinstance(a, Lin)]
    if not engine.task.ints:
        return _charnes_cooper(engine, atoms, view, scale)
    # Rays: d in the recession cone of the relaxation.
    d = {v: z3.Real(f"d!{v}") for v in engine.vars}
    cone = [engine.linear(a.terms, "==" if a.op == "==" else "<=", Fraction(0), d)
            for a in atoms]
    ray = z3.Solver()
    ray.set("timeout", engine.remaining_ms())
    ray.add(*cone, d[view.den] == 0, _lin_expr(engine, d, view, scale, Fraction(0)) >= 1)
    if ray.check() == z3.sat:
        return None, True
    opt = _optimize(engine)
    opt.add(*cone, d[view.den] == 1)
    handle = opt.maximize(_lin_expr(engine, d, view, scale, Fraction(0)))
    result = opt.check()
    if result == z3.unknown:
        raise Unknown(opt.reason_unknown())
    ray_sup = _upper(handle.upper_values())[0] if result == z3.sat else None
    s = engine.fixed_solver(active)
    if ray_sup is not None:
        s.push()
        s.add(_lin_expr(engine, engine.vars, view, scale, ray_sup) > 0)
        if not engine.check([], s):
            s.pop()
            s.add(_lin_expr(engine, engine.vars, view, scale, ray_sup) >= 0)
            return ray_sup, not engine.check([], s)
    elif not engine.check([], s):
        raise Unknown("component infeasible without suspects")
    t = _ratio_at(engine, s.model(), view, scale)
    for _ in range(DINKELBACH_ROUNDS):
        opt = _optimize(engine)
        for atom in atoms:
            opt.add(engine.expr(atom))
        handle = opt.maximize(_lin_expr(engine, engine.vars, view, scale, t))
        if opt.check() != z3.sat:
            raise Unknown(opt.reason_unknown())
        best, best_open = _upper(handle.upper_values())
        if best is None or best_open:
            raise Approximate(view.value)
        if best <= 0:
            return t, False
        t_new = _ratio_at(engine, opt.model(), view, scale)
        if t_new <= t:
            raise Approximate(view.value)
        t = t_new
    raise Approximate(view.value)


def _lin_expr(engine: Engine, vs: dict[str, Any], view: RatioView, scale: Fraction,
              t: Fraction) -> Any:
    # scale*num - t*den as a z3 term (rational coefficients).
    z3 = engine.z3
    return (z3.RealVal(f"{scale.numerator}/{scale.denominator}") * vs[view.num]
            - z3.RealVal(f"{t.numerator}/{t.denominator}") * vs[view.den])


def _charnes_cooper(engine: Engine, atoms: list[Lin], view: RatioView,
                    scale: Fraction) -> tuple[Fraction | None, bool]:
    # x = y/s with s = 1/den > 0: the ratio becomes the linear scale*y_num with y_den = 1.
    z3 = engine.z3
    y = {v: z3.Real(f"y!{v}") for v in engine.vars}
    s = z3.Real("y!scale")
    opt = _optimize(engine)
    opt.add(s > 0, y[view.den] == 1)
    for atom in atoms:
        mult = lcm_denominator([c for _, c in atom.terms] + [atom.rhs])
        lhs = z3.Sum([z3.RealVal(int(c * mult)) * y[v] for v, c in atom.terms]) \
            if atom.terms else z3.RealVal(0)
        rhs = z3.RealVal(int(atom.rhs * mult)) * s
        opt.add({"<=": lhs <= rhs, "<": lhs < rhs, "==": lhs == rhs}[atom.op])
    handle = opt.maximize(z3.RealVal(f"{scale.numerator}/{scale.denominator}") * y[view.num])
    if opt.check() != z3.sat:
        raise Unknown(opt.reason_unknown())
    return _upper(handle.upper_values())


def nonlinear_bounds(engine: Engine, active: frozenset[str]) -> tuple[dict[str, Interval],
                                                                      set[str]]:
    """Return bounds over the `active` items of a task with products, and the inexact vars.

    Integers: galloping and bisection on feasibility (exact up to `INT_CAP`).  Reals:
    improvement steps until no larger value exists (exact when they stop within
    `IMPROVE_ROUNDS`, else the variable is returned as inexact).
    """
    s = engine.fixed_solver(active)
    for view in engine.task.ratios:
        s.add(engine.expr(Prod(view.value, view.num, view.den, view.scale)))
    if not engine.check([], s):
        raise Unknown("component infeasible without suspects")
    start = s.model()
    out: dict[str, Interval] = {}
    inexact: set[str] = set()
    for var, x in engine.vars.items():
        m = _num(start.eval(x, model_completion=True))
        try:
            if var in engine.ints:
                hi = _int_extreme(engine, s, x, int(m), +1)
                lo = _int_extreme(engine, s, x, int(m), -1)
                out[var] = Interval.of(lo, hi)
            else:
                hi_r = _real_extreme(engine, s, x, m, +1)
                lo_r = _real_extreme(engine, s, x, m, -1)
                out[var] = Interval.of(lo_r, hi_r)
        except Approximate:
            inexact.add(var)
            out[var] = Interval.everything()
    return out, inexact


def _feasible_with(engine: Engine, s: Any, cond: Any) -> Any:
    # The model of s ∧ cond, or None when infeasible.
    s.push()
    try:
        s.add(cond)
        return s.model() if engine.check([], s) else None
    finally:
        s.pop()


def _int_extreme(engine: Engine, s: Any, x: Any, start: int, sign: int) -> int | None:
    best, step = start, 1
    bad: int | None = None
    while bad is None:
        if abs(best) > INT_CAP:
            return None
        target = best + sign * step
        model = _feasible_with(engine, s, x >= target if sign > 0 else x <= target)
        if model is None:
            bad = target
        else:
            best = int(_num(model.eval(x, model_completion=True)))
            step *= 2
    while abs(bad - best) > 1:
        mid = (best + bad) // 2
        model = _feasible_with(engine, s, x >= mid if sign > 0 else x <= mid)
        if model is None:
            bad = mid
        else:
            best = int(_num(model.eval(x, model_completion=True)))
    return best


def _real_extreme(engine: Engine, s: Any, x: Any, start: Fraction, sign: int) -> Fraction:
    best = start
    for _ in range(IMPROVE_ROUNDS):
        bound = engine.z3.RealVal(f"{best.numerator}/{best.denominator}")
        model = _feasible_with(engine, s, x > bound if sign > 0 else x < bound)
        if model is None:
            return best
        best = _num(model.eval(x, model_completion=True))
    raise Approximate(str(x))
