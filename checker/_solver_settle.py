"""Components whose answer is plain, settled without the solver (layer 2, private to `solver`).

`settle_determined` takes out of a problem the feasible components whose variables are
pinned (by claims, or through relations from pinned ones) but for some that no relation
ties together: their bounds are a point times a box (`unique_solution`), exact, with no
suspects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import NamedTuple, cast

from checker._solver_problem import Component, Problem, Rel, Soft, Variable, components
from checker.intervals import Interval, Number
from checker.intervals import meet as meet_all
from checker.kinds import KINDS


class Settled(NamedTuple):
    """What `settle_determined` settled, and what it left for `solve`.

    `bounds` are the implied bounds of the settled variables; `rest` the problem of every
    other component; `stated` the settled variables whose bound is one of their own
    claims (a claim of that one value: no relation narrows what their claims say).
    """

    bounds: dict[str, Interval]
    rest: Problem
    stated: set[str]


def settle_determined(problem: Problem, max_component: int) -> Settled:
    """Settle, without the solver, the feasible components whose bounds are plain to see.

    A component (variables joined by relations) is settled when its variables are pinned
    to one value each (by a claim of that one value, or through a relation from pinned
    ones), except some that no relation ties to each other, and
    everything holds (`unique_solution`).  Its feasible set is then the pinned point
    times a box, so it has no suspects and its implied bounds are exact: what the solver
    would find, at a fraction of the cost (the solver's z3 start-up per component
    dominates large corpora, and most components of a real corpus agree).  Components with more than
    `max_component` claims and relations are left to the solver.  Return the implied bounds of
    the settled variables, the problem left for `solve` (the other components, as they
    were) and the settled variables one of whose claims states their bound.
    """
    settled: dict[str, Interval] = {}
    stated: set[str] = set()
    left: list[Component] = []
    for comp in components(problem):
        if not comp.rels or len(comp.softs) + len(comp.rels) > max_component:
            left.append(comp)  # no relation: the solver's own fast path; over the limit: REL003
            continue
        bounds = unique_solution(comp.variables, comp.softs, comp.rels, problem.variables,
                                 stated)
        if bounds is None:
            left.append(comp)
        else:
            settled.update(bounds)
    if not settled:
        return Settled(settled, problem, stated)
    known = problem.variables
    rest = Problem({k: known[k] for comp in left for k in comp.variables},
                   [s for comp in left for s in comp.softs],
                   [r for comp in left for r in comp.rels])
    return Settled(settled, rest, stated)


def unique_solution(names: Sequence[str], softs: Sequence[Soft], rels: Sequence[Rel],
                    variables: Mapping[str, Variable], stated: set[str] | None = None
                    ) -> dict[str, Interval] | None:
    """Return the exact bounds of a component whose free variables are independent, or None.

    Variables are pinned by a claim of one exact value (or claims that together leave one
    value), then through each kind's `solve_for` from pinned ones (`sum`, `equal`,
    `ratio`, `difference`, `change`).  If every relation
    then has at most one unpinned member, the feasible set is the pinned point times a
    box: each unpinned variable ranges over
    the intersection of its own claims and of what each relation allows it with the
    others fixed.  When the pinned values satisfy everything and no box is empty, those
    are the exact implied bounds (the feasible set is exactly that product); else None.
    With an answer, the variables pinned by a claim of their one value (so their bound
    equals that claim) are added to `stated` when it is given.
    """
    # What the claims say of each variable, once per interval (many claims share one),
    # in the claims' order.
    said: dict[str, dict[int, Interval]] = {}
    for s in softs:
        iv = s.interval
        known = said.get(s.var)
        if known is None:
            said[s.var] = {id(iv): iv}
        elif id(iv) not in known:
            known[id(iv)] = iv
    # (values as they are, an int when whole: ints compare several times faster)
    value: dict[str, Number] = {}
    exact: dict[str, Interval] = {}  # the claim of one exact value that pins a variable
    meet: dict[str, Interval] = {}  # the claims together, on the variables not pinned by one
    for var, ivs in said.items():
        for iv in ivs.values():  # a claim of one exact value pins its variable (checked below)
            lo = iv.lo  # (the open ends first: a `Fraction`'s `==` is a Python call)
            if lo is not None and not (iv.lo_open or iv.hi_open) and lo == iv.hi:
                value[var] = lo
                exact[var] = iv
                break
        else:  # no exact claim: the claims together may still leave one value
            got = next(iter(ivs.values())) if len(ivs) == 1 else \
                meet_all(list(ivs.values()))  # (`intersect` one after another, in one pass)
            meet[var] = got
            v = variables[var]
            got = got.integers(minimum=None if v.signed else 0) if v.integer else \
                got.intersect(v.domain)
            if got.is_point():
                value[var] = got.lo  # type: ignore[assignment]  # a point: never None
    for rel in rels:
        if len(set(rel.members)) != len(rel.members):
            return None  # a member twice: leave it to the solver
    # (the kinds' arithmetic takes ints as the rationals they are)
    values = cast("dict[str, Fraction]", value)
    # Pin through the relations one unpinned member at a time, in passes over the
    # relations with some member unpinned: a relation all of whose members are pinned
    # pins nothing more, and one whose one unpinned member it cannot solve for (its other
    # members fixed) never will.
    pending = list(rels)
    while pending and len(value) < len(names):
        left: list[Rel] = []
        for rel in pending:
            members = rel.members
            missing = [x for x in members if x not in value]
            if len(missing) == 1:
                found = KINDS[rel.kind].solve_for(members, rel.scale, values, missing[0])
                if found is not None:
                    value[missing[0]] = found.numerator if found.denominator == 1 else found
            elif missing:
                left.append(rel)
        if len(left) == len(pending):
            break  # (a pass that pinned nothing)
        pending = left
    for var, pinned in value.items():
        v = variables[var]
        if (v.integer and pinned.denominator != 1) or (not v.signed and pinned < 0):
            return None
    box: dict[str, Interval] = {}
    for var in names:
        if var not in value:
            v = variables[var]
            own = meet.get(var)
            box[var] = v.domain if own is None else own if v.signed else \
                own.intersect(v.domain)
    for var, ivs in said.items():
        if var not in box:
            x = value[var]
            pin = exact.get(var)
            for iv in ivs.values():
                if iv is pin:
                    continue
                lo, hi = iv.lo, iv.hi  # (`iv.contains_value(x)`, inline: asked most often)
                if lo is not None and (x < lo or (iv.lo_open and x == lo)):
                    return None
                if hi is not None and (x > hi or (iv.hi_open and x == hi)):
                    return None
    for rel in rels:
        kind = KINDS[rel.kind]
        free = [x for x in rel.members if x in box]
        if not free:
            if not kind.holds([values[m] for m in rel.members], rel.scale):
                return None
            continue
        if len(free) > 1:
            return None  # two unknowns tied together: the solver's job
        allowed = kind.allowed(rel.members, rel.scale, values, free[0])
        if allowed is None:
            return None
        box[free[0]] = box[free[0]].intersect(allowed)
    # (a variable pinned by a claim of its exact value keeps that very interval when it is
    # the one `Interval.point` makes: both ends ints, or both a Fraction that is not whole)
    bounds = {var: Interval.point(x) if (pin := exact.get(var)) is None or
              type(pin.hi) is not type(x) or (type(x) is not int and x.denominator == 1)
              else pin for var, x in value.items()}
    for var, iv in box.items():
        v = variables[var]
        iv = iv.integers(minimum=None if v.signed else 0) if v.integer else iv
        if iv.is_empty():
            return None
        bounds[var] = iv
    if stated is not None:
        stated.update(exact)
    return bounds
