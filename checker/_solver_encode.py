"""A component encoded as linear atoms and products over its items (layer 2, private to
`solver`).

`encode` turns a component into the `Task` that propagation, the exact search of
`_solver_decide` and z3 all read: one clause per bound of a claim (guarded by its item,
``s:`` and its id), per linear form of a relation (``r:`` and its id), and per product of
a ratio, with a ratio value that occurs nowhere else eliminated (its claims become linear
constraints on numerator and denominator).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from checker._solver_lin import Clause, Lin, Prod, RatioView, Task, interval_lins, lin, view_lins
from checker._solver_problem import Component, Rel, Variable, own_interval
from checker.kinds import KINDS


def encode(comp: Component, variables: Mapping[str, Variable]) -> Task:
    """Return the `Task` of `comp`: its variables (whole-number ones as integers), claims,
    relations and clauses."""
    whole = _integral(comp, variables)
    ints = [v for v in comp.variables if v in whole]
    reals = [v for v in comp.variables if v not in whole]
    uses: dict[str, int] = {}
    for rel in comp.rels:
        for member in rel.members:
            uses[member] = uses.get(member, 0) + 1
    views: dict[str, RatioView] = {}  # value variable -> its linearised product
    clauses = [Clause((), lin({v: Fraction(-1)}, "<=", Fraction(0)))
               for v in (*ints, *reals) if not variables[v].signed]
    for rel in comp.rels:
        item = "r:" + rel.id
        kind = KINDS[rel.kind]
        clauses += [Clause((item,), a) for a in _rel_atoms(rel, variables)]
        prod = kind.product(rel.members, rel.scale)
        if prod is None:
            continue
        value, num, den = prod.value, prod.num, prod.den
        # A real value in no other relation is eliminated: its claims become linear
        # constraints on numerator and denominator.  Anything else is a product.
        if not variables[value].integer and uses[value] == 1 and value not in (num, den):
            views[value] = view = RatioView(item, value, num, den, prod.scale, prod.shift)
            if not variables[value].signed and (prod.shift or variables[num].signed):
                # value >= 0 is a constraint on numerator and denominator too
                clauses += [Clause((item,), a) for a in view_lins(view, variables[value].domain)]
        else:
            clauses.append(Clause((item,), Prod(value, num, den, prod.scale, prod.shift)))
    for soft in comp.softs:
        item = "s:" + soft.id
        own = own_interval(soft, variables[soft.var])
        clauses += [Clause((item,), a) for a in interval_lins(soft.var, own)]
        seen = views.get(soft.var)
        if seen is not None:
            clauses += [Clause((item, seen.rel), a) for a in view_lins(seen, own)]
    return Task(
        ints=tuple(ints),
        reals=tuple(reals),
        softs=tuple(("s:" + s.id, s.rank) for s in comp.softs),
        rels=tuple("r:" + r.id for r in comp.rels),
        clauses=tuple(clauses),
        ratios=tuple(views[v] for v in sorted(views)),
    )


def _integral(comp: Component, variables: Mapping[str, Variable]) -> set[str]:
    """Return the variables that only take whole numbers: the integer ones, and reals a kind
    makes whole (the value of a `sum`, `difference` or `equal` of whole numbers).

    Declaring them integers changes no answer (they can take no other value) and spares
    z3 a search it may not finish: a real difference of two unbounded counts in (0, 1).
    """
    whole = {v for v in comp.variables if variables[v].integer}
    changed = True
    while changed:
        changed = False
        for rel in comp.rels:
            first = rel.members[0]
            # (an `equal` of one member says nothing: it makes nothing whole)
            if first not in whole and KINDS[rel.kind].integral and len(rel.members) > 1 \
                    and all(m in whole for m in rel.members[1:]):
                whole.add(first)
                changed = True
    return whole


def _rel_atoms(rel: Rel, variables: Mapping[str, Variable]) -> list[Lin]:
    # The linear part of a relation (a product is added apart, or linearised).
    forms = KINDS[rel.kind].linear(rel.members, rel.scale, lambda v: variables[v].integer)
    return [lin(terms, op, rhs) for terms, op, rhs in forms]
