"""The solver's fast path in `solver.settle_determined` changes nothing but speed.

Components settled without z3 must get exactly the answer `solver.solve` gives for them:
the same implied bounds, and no suspects (a settled component is feasible).  Checked
against the solver on random problems, with many exact claims so the fast path fires.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.intervals import Interval
from checker.kinds import KINDS as TABLE
from checker.solver import Problem, Rel, Soft, Variable, settle_determined, solve

KINDS = sorted(TABLE)  # every kind of the table: a new kind is checked here too
VALUE_KINDS = {"ratio": Fraction(100), "change": Fraction(100), "difference": Fraction(1)}


@st.composite
def pinned_problems(draw: st.DrawFn) -> Problem:
    ints = [f"x{i}" for i in range(draw(st.integers(2, 5)))]
    rels: list[Rel] = []
    reals: list[str] = []
    signed: set[str] = set()
    for j in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(KINDS))
        if kind in VALUE_KINDS:  # a real value of two whole numbers
            num, den = draw(st.lists(st.sampled_from(ints), min_size=2, max_size=2, unique=True))
            value = f"v{j}"
            reals.append(value)
            if kind != "ratio":
                signed.add(value)
            rels.append(Rel(f"r{j}", kind, (value, num, den), VALUE_KINDS[kind]))
            continue
        lo, hi = TABLE[kind].arity
        lo, hi = max(lo, 2), min(hi or 4, 4, len(ints))
        members = draw(st.lists(st.sampled_from(ints), min_size=lo, max_size=hi, unique=True))
        rels.append(Rel(f"r{j}", kind, tuple(members)))  # type: ignore[arg-type]
    softs: list[Soft] = []
    for i in range(draw(st.integers(1, 7))):
        var = draw(st.sampled_from(ints + reals))
        if var in ints:
            n = draw(st.integers(0, 12))
            iv = draw(st.sampled_from([Interval.point(n), Interval.of(n, None),
                                       Interval.of(0, n), Interval.of(n, n + 3)]))
        else:
            p = Fraction(draw(st.integers(-20 if var in signed else 0, 40)),
                         draw(st.integers(1, 4)))
            iv = draw(st.sampled_from([Interval.point(p), Interval.of(p - Fraction(1, 2),
                                                                      p + Fraction(1, 2),
                                                                      False, True)]))
        softs.append(Soft(f"s{i}", var, iv, draw(st.integers(0, 3))))
    variables = {x: Variable(x, True) for x in ints} | {
        v: Variable(v, False, v in signed) for v in reals}
    return Problem(variables, softs, rels)


@settings(max_examples=300, deadline=None)
@given(pinned_problems())
def test_settled_components_match_the_solver(problem: Problem) -> None:
    whole = solve(problem)
    settled, rest, stated = settle_determined(problem, max_component=2000)
    assert set(settled).isdisjoint(rest.variables)
    for var, bound in settled.items():
        assert whole.implied[var] == bound, (var, bound, whole.implied[var])
    settled_softs = {s.id for s in problem.softs if s.var in settled}
    assert not settled_softs & set(whole.suspects)
    part = solve(rest)
    assert part.suspects == tuple(s for s in whole.suspects if s not in settled_softs)
    for var in rest.variables:
        assert part.implied[var] == whole.implied[var]
    # the rest is every other variable, claim and relation
    assert set(rest.variables) == set(problem.variables) - set(settled)
    assert sorted(s.id for s in rest.softs) == sorted(
        s.id for s in problem.softs if s.var not in settled)
    assert sorted(r.id for r in rest.rels) == sorted(
        r.id for r in problem.rels if r.members[0] not in settled)
    # a variable said to be stated has a claim of exactly its bound
    assert stated <= set(settled)
    for var in stated:
        assert any(s.interval == settled[var] for s in problem.softs if s.var == var), var
    for var, bound in settled.items():  # and each one pinned by a claim of its value is
        if any(s.var == var and s.interval.is_point() and not s.interval.lo_open
               and s.interval.lo == bound.lo and bound.is_point() for s in problem.softs):
            assert var in stated, var


@settings(max_examples=60, deadline=None)
@given(pinned_problems())
def test_bounds_without_own_claims_match_the_solver(problem: Problem) -> None:
    # consistency's "what bears on a claim" is the solver's answer without that variable's
    # claims, and "the relations alone" its answer without any claim
    from checker.solver import bounds_without_own, components

    whole = solve(problem)
    softs = [s for s in problem.softs if s.id not in whole.suspects]
    for comp in components(Problem(problem.variables, softs, problem.rels)):
        if not comp.rels:
            continue
        local = {k: problem.variables[k] for k in comp.variables}
        got, alone = bounds_without_own(Problem(local, comp.softs, comp.rels), comp.variables)
        bare = solve(Problem(local, [], comp.rels))
        for var, bound in got.items():
            want = solve(Problem(local, [s for s in comp.softs if s.var != var], comp.rels))
            if not want.unsolved:
                assert bound == want.implied[var], var
            if not bare.unsolved:
                assert alone[var] == bare.implied[var], var
