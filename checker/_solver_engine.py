"""The z3 encoding of one component (layer 2, private to `solver`).

Owns the bridge to z3: one variable per quantity, one assumption literal per claim or
relation, exact rational coefficients (integers after scaling, or "p/q" values), the
work budget (z3's own count of the work it does, in a z3 context of the component's own,
so that the same component always gets the same answer), and the reading of
optimisation results (infinity and epsilon terms).  z3 is imported lazily, so a corpus
whose components never need it never loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

from checker._solver_lin import Atom, Prod, Task, lcm_denominator


class Unknown(Exception):
    """z3 answered unknown (nonlinear arithmetic) or the work budget is spent."""


BUDGET_SPENT = "budget"
"""The message of `Unknown` when the component's work budget is spent."""

_RLIMIT_MAX = 2**32 - 1  # z3 reads its "rlimit" parameter as an unsigned 32-bit number


class Approximate(Exception):
    """An exact bound could not be established; the caller falls back to propagation."""


def _z3() -> Any:
    import z3  # type: ignore[import-untyped]  # noqa: PLC0415  (lazy: loaded on demand)

    return z3


# Python refuses to convert between `int` and decimal text beyond
# `sys.get_int_max_str_digits()` digits (4300 by default, 640 at least), and z3 takes and
# gives numerals as decimal text: so every numeral crosses in pieces of fewer digits.
_PIECE_DIGITS = 600


def int_text(value: int) -> str:
    """Return the decimal text of `value`, whatever its number of digits."""
    if value < 0:
        return "-" + int_text(-value)
    if value.bit_length() <= _PIECE_DIGITS * 3:  # 2**1800 < 10**600: one piece
        return str(value)
    half = value.bit_length() * 3 // 20  # about half the digits (log10(2) > 3/10)
    high, low = divmod(value, 10**half)
    return int_text(high) + int_text(low).rjust(half, "0")


def int_of_text(text: str) -> int:
    """Return the integer written in decimal `text`, whatever its number of digits."""
    if text.startswith("-"):
        return -int_of_text(text[1:])
    if len(text) <= _PIECE_DIGITS:
        return int(text)
    half = len(text) // 2
    shift: int = 10**half
    return int_of_text(text[:-half]) * shift + int_of_text(text[-half:])


def num(value: Any) -> Fraction:
    """Return a z3 numeral (integer or rational) as a `Fraction`, exactly.

    Raise `Approximate` for an algebraic (irrational) number: it has no exact rational
    value.
    """
    z3 = _z3()
    if z3.is_int_value(value):
        return Fraction(int_of_text(value.as_string()))
    if not z3.is_rational_value(value):  # an algebraic number: no exact rational bound
        raise Approximate(str(value))
    return Fraction(int_of_text(value.numerator().as_string()),
                    int_of_text(value.denominator().as_string()))


class Engine:
    """z3 encoding of a `Task`: one variable per quantity and one literal per item."""

    def __init__(self, task: Task, budget: int) -> None:
        self.z3 = _z3()
        z3 = self.z3
        # A z3 context of its own: z3's search, and so the work it counts, depends on the
        # terms made before in its context.  In a fresh one, the work of a component is a
        # function of the component alone, whichever process solves it after whatever else.
        self.ctx = ctx = z3.Context()
        self.task = task
        self.budget = budget
        self._meter = z3.Solver(ctx=ctx)
        self._start = self._count()
        self._charged = 0  # work done for this engine in other contexts
        self.ints = frozenset(task.ints)
        # z3 names are short and made here ("v3", "b17"), so any id is safe in SMT-LIB text.
        self._names: dict[str, str] = {}
        self.vars: dict[str, Any] = {}
        for i, v in enumerate((*task.ints, *task.reals)):
            self._names[v] = name = f"v{i}"
            self.vars[v] = z3.Int(name, ctx) if v in self.ints else z3.Real(name, ctx)
        items = [s for s, _ in task.softs] + list(task.rels)
        self.lits: dict[str, Any] = {}
        for i, item in enumerate(items):
            self._names[item] = name = f"b{i}"
            self.lits[item] = z3.Bool(name, ctx)
        self.by_lit = {str(lit): item for item, lit in self.lits.items()}
        self._declare = "".join(
            [f"(declare-const {self._names[v]} Int)" for v in task.ints]
            + [f"(declare-const {self._names[v]} Real)" for v in task.reals]
            + [f"(declare-const {self._names[i]} Bool)" for i in items])
        self._texts: dict[Atom, str] = {}
        self._solver: Any = None

    @property
    def solver(self) -> Any:
        """Return the solver holding every clause under its guard literals (built once)."""
        if self._solver is None:
            self._solver = self.z3.Solver(ctx=self.ctx)
            parts = []
            for clause in self.task.clauses:
                text = self.text(clause.atom)
                guard = [self._names[g] for g in clause.guard]
                if len(guard) > 1:
                    text = f"(=> (and {' '.join(guard)}) {text})"
                elif guard:
                    text = f"(=> {guard[0]} {text})"
                parts.append(text)
            self._solver.add(self._parse(parts))
        return self._solver

    def exprs(self, atoms: Iterable[Atom]) -> Any:
        """Return the atoms as z3 formulas over the engine's variables, parsed in one go."""
        return self._parse([self.text(atom) for atom in atoms])

    def _parse(self, texts: list[str]) -> Any:
        # Building formulas term by term through z3's Python API costs a Python object per
        # node; one SMT-LIB string per batch is parsed in C.
        if not texts:
            return []
        # Declared by name and sort, the constants are the very terms of `vars` and `lits`.
        return self.z3.parse_smt2_string(
            self._declare + "".join(f"(assert {t})" for t in texts), ctx=self.ctx)

    def text(self, atom: Atom) -> str:
        """Return `atom` as SMT-LIB text over the engine's variables (cached)."""
        cached = self._texts.get(atom)
        if cached is None:
            cached = self._texts[atom] = self._text(atom)
        return cached

    def _text(self, atom: Atom) -> str:
        names = self._names
        if isinstance(atom, Prod):
            real = (not all(v in self.ints for v in atom.variables())
                    or atom.shift.denominator != 1)
            value, den, num_ = (_var(names[v], v in self.ints, real)
                                for v in (atom.value, atom.den, atom.num))
            p, q = atom.scale.numerator, atom.scale.denominator
            if atom.shift:  # (value + shift) * den == scale * num, over the reals
                value = _shifted(value, atom.shift, real)
            return f"(= (* {_const(q, real)} {value} {den}) (* {_const(p, real)} {num_}))"
        op = {"<=": "<=", "<": "<", "==": "="}[atom.op]
        if not atom.terms:
            return "true" if {"<=": 0 <= atom.rhs, "<": 0 < atom.rhs,
                              "==": atom.rhs == 0}[atom.op] else "false"
        mult = lcm_denominator([c for _, c in atom.terms] + [atom.rhs])
        real = not all(v in self.ints for v, _ in atom.terms)
        terms = [f"(* {_const(int(c * mult), real)} {_var(names[v], v in self.ints, real)})"
                 for v, c in atom.terms]
        lhs = terms[0] if len(terms) == 1 else f"(+ {' '.join(terms)})"
        return f"({op} {lhs} {_const(int(atom.rhs * mult), real)})"

    # -- encoding ------------------------------------------------------------------
    def linear(
        self, terms: Sequence[tuple[str, Fraction]], op: str, rhs: Fraction, vs: dict[str, Any]
    ) -> Any:
        """Return ``sum(terms) op rhs`` over the real variables `vs` (not the engine's).

        Coefficients are scaled by their lcm to whole numbers.  The engine's own atoms go
        through `text` and `exprs`; this builds constraints on other variables, such as the
        recession directions of `_solver_ratio`.
        """
        z3 = self.z3
        if not terms:
            return z3.BoolVal({"<=": 0 <= rhs, "<": 0 < rhs, "==": rhs == 0}[op], self.ctx)
        mult = lcm_denominator([c for _, c in terms] + [rhs])
        lhs = z3.Sum([self.real_val(int(c * mult)) * vs[v] for v, c in terms])
        right = self.real_val(int(rhs * mult))
        return {"<=": lhs <= right, "<": lhs < right, "==": lhs == right}[op]

    # -- checking: every call to z3 goes through `check` or `run`, within the budget ------
    def _count(self) -> int:
        # z3 counts the work done in a context ("rlimit count"): deterministic, unlike time.
        return int(self._meter.statistics().get_key_value("rlimit count"))

    def spent(self) -> int:
        """Return the work units z3 has spent on this engine."""
        return self._count() - self._start + self._charged

    def charge(self, units: int) -> None:
        """Count `units` of work done for this engine in another context."""
        self._charged += units

    def left(self) -> int:
        """Return the work units left of the budget; raise `Unknown` when none are."""
        left = self.budget - self.spent()
        if left <= 0:
            raise Unknown(BUDGET_SPENT)
        return left

    def limit(self, z3_object: Any) -> None:
        """Give a z3 solver or optimizer what is left of the budget as its work limit."""
        z3_object.set("rlimit", min(self.left(), _RLIMIT_MAX))

    def unknown(self, reason: str) -> Unknown:
        """Return the `Unknown` of z3's `reason` (the budget spent, or another reason)."""
        # z3 says "max. resource limit exceeded" or "canceled" when the limit stops it.
        if self.budget - self.spent() <= 0 or "resource" in reason or reason == "canceled":
            return Unknown(BUDGET_SPENT)
        return Unknown(reason)

    def check(self, active: Iterable[str], solver: Any = None) -> bool:
        """Return whether the items in `active` (and nothing else forced) are satisfiable."""
        z3 = self.z3
        s = self.solver if solver is None else solver
        self.limit(s)
        if isinstance(active, (set, frozenset)):
            # The order of assumptions steers z3's search (and so its models, its work and
            # what it learns for the next check): never the order of a set, which changes
            # with PYTHONHASHSEED.
            active = sorted(active)
        result = s.check([self.lits[i] if isinstance(i, str) else i for i in active])
        if result == z3.unknown:
            raise self.unknown(s.reason_unknown())
        return bool(result == z3.sat)

    def run(self, opt: Any) -> Any:
        """Return the result of `opt.check()` (sat or unsat) within the budget.

        Raise `Unknown` when z3 answers unknown.
        """
        self.limit(opt)
        result = opt.check()
        if result == self.z3.unknown:
            raise self.unknown(opt.reason_unknown())
        return result

    def core(self) -> set[str]:
        """Return the items of the last unsat core."""
        return {
            self.by_lit[str(lit)] for lit in self.solver.unsat_core() if str(lit) in self.by_lit
        }

    def fixed_solver(self, active: frozenset[str]) -> Any:
        """Return a fresh solver with the atoms of the `active` items asserted."""
        s = self.z3.Solver(ctx=self.ctx)
        s.add(self.exprs(self.task.active_atoms(active)))
        return s

    def rational(self, value: Fraction) -> Any:
        """Return `value` as an exact z3 real ("p/q", never a float)."""
        return self.z3.RealVal(f"{int_text(value.numerator)}/{int_text(value.denominator)}",
                               self.ctx)

    def real_val(self, value: int) -> Any:
        """Return the whole number `value` as an exact z3 real."""
        return self.z3.RealVal(int_text(value), self.ctx)

    def int_val(self, value: int) -> Any:
        """Return `value` as an exact z3 integer."""
        return self.z3.IntVal(int_text(value), self.ctx)


def _const(value: int, real: bool) -> str:
    # An SMT-LIB numeral: no negative literals, and reals written with a decimal point.
    text = f"{int_text(abs(value))}.0" if real else int_text(abs(value))
    return f"(- {text})" if value < 0 else text


def _shifted(term: str, shift: Fraction, real: bool) -> str:
    # term + shift as SMT-LIB (a product's shift: a change's scale)
    if real:
        lit = f"(/ {_const(shift.numerator, True)} {_const(shift.denominator, True)})"
    else:
        lit = _const(int(shift), False)
    return f"(+ {term} {lit})"


def _var(name: str, integer: bool, real: bool) -> str:
    # A variable in an integer or a real context (an integer is cast in a real one).
    return f"(to_real {name})" if integer and real else name


def optimize(engine: Engine) -> Any:
    """Return a fresh z3 Optimize in the engine's context (check it with `Engine.run`)."""
    return engine.z3.Optimize(ctx=engine.ctx)


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
