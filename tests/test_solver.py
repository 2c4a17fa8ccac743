"""Hand-written cases for `checker.solver`: sums, subsets, ratios, ranks and fallbacks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

import pytest

from checker import _solver_decide, _solver_general
from checker.intervals import Interval
from checker.solver import (
    BUDGET,
    TOO_LARGE,
    Conflict,
    Problem,
    Rel,
    Soft,
    Solution,
    Variable,
    solve,
)

HALF = Fraction(1, 2)


def problem(
    ints: Sequence[str], reals: Sequence[str], softs: Sequence[Soft], rels: Sequence[Rel] = ()
) -> Problem:
    variables = {k: Variable(k, True) for k in ints} | {k: Variable(k, False) for k in reals}
    return Problem(variables, list(softs), list(rels))


def point(sid: str, var: str, value: int | str, rank: int = 1) -> Soft:
    return Soft(sid, var, Interval.point(Fraction(value)), rank)


def percent(sid: str, var: str, value: int | str, rank: int = 1) -> Soft:
    """A percentage as written, rounded to whole numbers: 51 → [50.5, 51.5)."""
    v = Fraction(value)
    return Soft(sid, var, Interval.of(v - HALF, v + HALF, hi_open=True), rank)


def closed(lo: int | Fraction, hi: int | Fraction) -> Interval:
    return Interval.of(lo, hi)


# -- sums and subsets ----------------------------------------------------------------------


def sum_problem(last: int) -> Problem:
    softs = [
        point("total", "t", 176, 2),
        point("a", "pa", 39),
        point("b", "pb", 61),
        point("c", "pc", 49),
        point("d", "pd", last),
    ]
    return problem(
        ["t", "pa", "pb", "pc", "pd"],
        [],
        softs,
        [Rel("parts", "sum", ("t", "pa", "pb", "pc", "pd"))],
    )


def test_solve_sum_that_adds_up_is_feasible() -> None:
    got = solve(sum_problem(27))
    assert got.feasible
    assert got.suspects == ()
    assert got.conflicts == ()
    assert got.implied["t"] == closed(176, 176)
    assert got.implied["pd"] == closed(27, 27)


def test_solve_sum_that_does_not_add_up_blames_a_part() -> None:
    got = solve(sum_problem(28))
    assert not got.feasible
    # Parts (rank 1) are blamed before the total (rank 2); among them, the smallest id.
    assert got.suspects == ("a",)
    assert got.conflicts == (Conflict("a", ("a", "b", "c", "d", "total"), ("parts",)),)
    assert got.implied["pa"] == closed(38, 38)


def test_solve_part_larger_than_its_whole() -> None:
    softs = [point("part", "p", 120, 1), point("whole", "w", 100, 2)]
    got = solve(problem(["p", "w"], [], softs, [Rel("in", "subset", ("p", "w"))]))
    assert got.suspects == ("part",)
    assert got.conflicts == (Conflict("part", ("part", "whole"), ("in",)),)
    assert got.implied["p"] == closed(0, 100)


def test_solve_union_bounds_the_whole() -> None:
    softs = [point("a", "a", 10), point("b", "b", 15)]
    got = solve(problem(["u", "a", "b"], [], softs, [Rel("either", "union", ("u", "a", "b"))]))
    assert got.implied["u"] == closed(15, 25)


# -- ratios -----------------------------------------------------------------------------------


def ratio_problem(softs: Sequence[Soft]) -> Problem:
    return problem(
        ["n", "d"], ["pct"], softs, [Rel("share", "ratio", ("pct", "n", "d"), Fraction(100))]
    )


def test_solve_percentage_no_count_can_produce() -> None:
    # 37.5% of 70: 26/70 = 37.14%, 27/70 = 38.57%.
    softs = [
        Soft("pct", "pct", Interval.of(Fraction("37.45"), Fraction("37.55"), hi_open=True), 1),
        point("total", "d", 70, 2),
    ]
    got = solve(ratio_problem(softs))
    assert not got.feasible
    assert got.suspects == ("pct",)
    assert got.conflicts == (Conflict("pct", ("pct", "total"), ("share",)),)


@pytest.mark.parametrize(
    ("pct", "num", "den"), [(51, 20, 39), (37, 10, 27), (41, 20, 49), (41, 25, 61)]
)
def test_solve_ratio_implies_the_denominator(pct: int, num: int, den: int) -> None:
    got = solve(ratio_problem([percent("p", "pct", pct), point("n", "n", num)]))
    assert got.feasible
    assert got.implied["d"] == closed(den, den)
    assert got.implied["pct"] == Interval.point(Fraction(100 * num, den))


def test_solve_implied_denominators_add_up_to_a_total() -> None:
    cases = [(51, 20), (37, 10), (41, 20), (41, 25)]
    softs: list[Soft] = [point("total", "t", 176)]
    rels: list[Rel] = []
    for i, (pct, num) in enumerate(cases):
        softs += [percent(f"p{i}", f"pct{i}", pct), point(f"n{i}", f"n{i}", num)]
        rels.append(Rel(f"share{i}", "ratio", (f"pct{i}", f"n{i}", f"d{i}"), Fraction(100)))
    rels.append(Rel("parts", "sum", ("t", "d0", "d1", "d2", "d3")))
    ints = ["t"] + [f"{k}{i}" for i in range(4) for k in "nd"]
    got = solve(problem(ints, [f"pct{i}" for i in range(4)], softs, rels))
    assert got.feasible
    assert [got.implied[f"d{i}"] for i in range(4)] == [closed(v, v) for v in (39, 27, 49, 61)]


def test_solve_ratio_value_alone_keeps_its_claim() -> None:
    # Unbounded counts reach every rational of the claim: 37.45 exactly (749/2000), never 37.55.
    got = solve(
        ratio_problem(
            [Soft("p", "pct", Interval.of(Fraction("37.45"), Fraction("37.55"), hi_open=True), 1)]
        )
    )
    assert got.implied["pct"] == Interval.of(Fraction("37.45"), Fraction("37.55"), hi_open=True)
    assert got.implied["d"] == Interval.of(8, None)  # 3/8 = 37.5%


def test_solve_ratio_with_unbounded_denominator_approaches_zero() -> None:
    got = solve(ratio_problem([Soft("n", "n", closed(1, 5), 1)]))
    assert got.implied["pct"] == Interval.of(0, 500, lo_open=True)


def test_solve_ratio_of_reals_has_open_and_closed_ends() -> None:
    softs = [
        Soft("n", "n", Interval.of(1, 2, hi_open=True), 1),
        Soft("d", "d", Interval.of(1, 4, lo_open=True), 1),
    ]
    got = solve(problem([], ["q", "n", "d"], softs, [Rel("q", "ratio", ("q", "n", "d"))]))
    assert got.implied["q"] == Interval.of(Fraction(1, 4), 2, hi_open=True)


def test_solve_ratio_value_shared_by_two_ratios() -> None:
    # The same percentage of two groups: a nonlinear component.
    softs = [percent("p", "pct", 25), point("n1", "n1", 3), point("d2", "d2", 8)]
    rels = [
        Rel("r1", "ratio", ("pct", "n1", "d1"), Fraction(100)),
        Rel("r2", "ratio", ("pct", "n2", "d2"), Fraction(100)),
    ]
    got = solve(problem(["n1", "d1", "n2", "d2"], ["pct"], softs, rels))
    assert got.feasible
    assert not got.unsolved
    assert got.implied["d1"] == closed(12, 12)
    assert got.implied["n2"] == closed(2, 2)
    assert got.implied["pct"] == Interval.point(25)


def _shared_ratio_problem() -> Problem:
    # v = 3·x2/x0 = x1/x2 over whole numbers 0..6: v is at least 1 (x2 = 1, x0 = 3, x1 = 1),
    # though the relaxation over the reals reaches 1/2.  Found by hypothesis on z3 5.1.
    box = [Soft(f"dom{k}", k, closed(0, 6), 10) for k in ("x0", "x1", "x2")]
    rels = [
        Rel("r0", "ratio", ("v", "x2", "x0"), Fraction(3)),
        Rel("r1", "ratio", ("v", "x1", "x2"), Fraction(1)),
    ]
    return problem(["x0", "x1", "x2"], ["v"], box, rels)


def test_solve_nonlinear_bounds_are_exact_over_whole_numbers() -> None:
    got = solve(_shared_ratio_problem())
    if got.unsolved:  # a z3 release whose model broke a clause: sound, and said so
        assert got.unsolved[0].reason == "inexact-bounds"
        assert got.implied["v"].contains_value(1) and got.implied["v"].contains_value(3)
    else:
        assert got.implied["v"] == closed(1, 3)
        assert got.implied["x2"] == closed(1, 2)


def test_solve_never_steps_a_bound_along_a_model_that_breaks_a_clause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A z3 that answers sat with a model breaking the clauses (every variable 0, against
    # x0 >= 1): the bounds it would give are never used; the variables are inexact, with
    # propagated bounds that still hold every solution.
    from checker._solver_engine import Engine

    real = Engine.fixed_solver

    class Lying:
        def __init__(self, inner: object, ctx: object) -> None:
            self.inner, self.ctx = inner, ctx

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def model(self) -> object:
            import z3

            empty = z3.Solver(ctx=self.ctx)
            empty.check()
            return empty.model()

    def lying_solver(self: Engine, active: frozenset[str]) -> object:
        return Lying(real(self, active), self.ctx)

    monkeypatch.setattr(Engine, "fixed_solver", lying_solver)
    got = solve(_shared_ratio_problem())
    assert got.unsolved and {u.reason for u in got.unsolved} == {"inexact-bounds"}
    assert set(got.unsolved[0].variables) == {"v", "x0", "x1", "x2"}
    truth = {"v": (1, 3), "x0": (1, 6), "x1": (1, 6), "x2": (1, 2)}
    for var, (lo, hi) in truth.items():
        assert got.implied[var].contains_value(lo) and got.implied[var].contains_value(hi), var


# -- ranks, ties and conflicting sets ---------------------------------------------------------


def test_solve_blames_the_lower_rank() -> None:
    softs = [point("news", "x", 65, 0), point("table", "x", 64, 3)]
    got = solve(problem(["x"], [], softs))
    assert got.suspects == ("news",)
    assert got.conflicts == (Conflict("news", ("news", "table"), ()),)
    assert got.implied["x"] == closed(64, 64)


def test_solve_equal_ranks_blame_the_fewest_then_the_smallest_id() -> None:
    fewest = [
        Soft("a", "x", closed(1, 2), 0),
        Soft("b", "x", closed(5, 6), 0),
        Soft("c", "x", closed(5, 7), 0),
    ]
    assert solve(problem(["x"], [], fewest)).suspects == ("a",)
    tie = [point("b", "x", 1, 0), point("a", "x", 2, 0)]
    assert solve(problem(["x"], [], tie)).suspects == ("a",)


def test_solve_blames_many_less_trusted_before_one_more_trusted() -> None:
    softs = [point("ref", "x", 1, 2), point("n1", "x", 5, 1), point("n2", "x", 5, 1)]
    got = solve(problem(["x"], [], softs))
    assert got.suspects == ("n1", "n2")


def test_solve_uncorroborated_claim_stands() -> None:
    got = solve(problem(["x"], [], [Soft("news", "x", Interval.of(60, None, lo_open=True), 0)]))
    assert got.feasible
    assert got.implied["x"] == Interval.of(61, None)


def test_solve_conflict_prefers_the_smallest_evidence_key() -> None:
    softs = [point("s", "x", 1, 0), point("u", "x", 5, 2), point("v", "x", 5, 1)]
    prob = problem(["x"], [], softs)
    assert solve(prob).conflicts == (Conflict("s", ("s", "u"), ()),)
    prefer_v = solve(prob, evidence_key=lambda suspect, soft: (soft != "v", soft))
    assert prefer_v.conflicts == (Conflict("s", ("s", "v"), ()),)


def test_solve_conflict_prefers_a_set_without_relations() -> None:
    softs = [point("n", "a", 10, 0), point("ref", "a", 12, 2), point("b", "b", 12, 2)]
    got = solve(problem(["a", "b"], [], softs, [Rel("same", "equal", ("a", "b"))]))
    assert got.suspects == ("n",)
    assert got.conflicts == (Conflict("n", ("n", "ref"), ()),)


def test_solve_empty_claim_conflicts_alone() -> None:
    softs = [Soft("half", "x", Interval.of(Fraction(1, 3), Fraction(2, 3)), 0)]
    got = solve(problem(["x"], [], softs))
    assert got.conflicts == (Conflict("half", ("half",), ()),)
    assert got.implied["x"] == Interval.of(0, None)


# -- reals, free variables, fallbacks -------------------------------------------------------------


def test_solve_real_bounds_keep_open_ends() -> None:
    softs = [
        Soft("a", "x", Interval.of(1, 3, lo_open=True), 0),
        Soft("b", "y", Interval.of(2, 5, hi_open=True), 0),
    ]
    got = solve(
        problem(
            [],
            ["x", "y", "z"],
            softs,
            [Rel("same", "equal", ("x", "y")), Rel("add", "sum", ("z", "x", "y"))],
        )
    )
    assert got.implied["x"] == closed(2, 3)
    assert got.implied["z"] == closed(4, 6)
    open_sum = solve(
        problem(
            [],
            ["x", "y", "t"],
            [
                Soft("a", "x", Interval.of(0, 1, hi_open=True), 0),
                Soft("b", "y", Interval.of(0, 1, lo_open=True), 0),
            ],
            [Rel("s", "sum", ("t", "x", "y"))],
        )
    )
    assert open_sum.implied["t"] == Interval.of(0, 2, lo_open=True, hi_open=True)


def test_solve_free_variables_get_their_domain() -> None:
    got = solve(problem(["n"], ["r"], []))
    assert got.implied == {"n": Interval.of(0, None), "r": Interval.of(0, None)}
    signed = {"n": Variable("n", True, signed=True), "r": Variable("r", False, signed=True)}
    got = solve(Problem(signed, [], []))
    assert got.implied == {"n": Interval.everything(), "r": Interval.everything()}


def test_solve_too_large_component_uses_propagation() -> None:
    got = solve(sum_problem(27), max_component=3)
    assert [(u.reason, u.variables) for u in got.unsolved] == [
        (TOO_LARGE, ("pa", "pb", "pc", "pd", "t"))
    ]
    assert got.suspects == ()
    assert got.implied["t"] == closed(176, 176)


def test_solve_too_large_contradiction_is_still_a_conflict() -> None:
    # Propagation alone proves the parts do not add up: the least trusted claim of the
    # set it traces (a part, rank 1; the smallest id) is blamed, as the exact solver does.
    got = solve(sum_problem(28), max_component=3)
    assert not got.feasible
    assert [u.reason for u in got.unsolved] == [TOO_LARGE]
    assert got.suspects == ("a",)
    assert got.conflicts == (Conflict("a", ("a", "b", "c", "d", "total"), ("parts",)),)
    assert got.implied["t"] == closed(176, 176)
    assert got.implied["pa"] == closed(38, 38)


def test_solve_out_of_budget_gives_unsolved_and_keeps_the_conflict(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_solver_decide, "DECIDE_WITHOUT_Z3", False)  # the component goes to z3
    got = solve(sum_problem(28), budget=1)
    assert [u.reason for u in got.unsolved] == [BUDGET]
    assert got.suspects == ("a",)
    assert got.conflicts == solve(sum_problem(28)).conflicts


def test_solve_component_decided_without_z3_needs_no_budget() -> None:
    # Propagation and a small exact search settle it: z3's work units are not needed.
    got = solve(sum_problem(28), budget=1)
    assert got.unsolved == ()
    assert got == solve(sum_problem(28))


def test_solve_relations_that_contradict_each_other() -> None:
    # x = x + d forces d = 0, but d is a denominator.
    rels = [Rel("loop", "sum", ("x", "x", "d")), Rel("share", "ratio", ("p", "n", "d"))]
    got = solve(problem(["x", "n", "d"], ["p"], [point("x", "x", 3)], rels))
    assert not got.feasible
    assert got.rel_conflicts == (("loop", "share"),)
    assert got.suspects == ()


def test_solve_is_deterministic() -> None:
    first: Solution = solve(sum_problem(28))
    assert all(solve(sum_problem(28)) == first for _ in range(3))


@pytest.mark.parametrize(
    "rel",
    [Rel("r", "subset", ("x",)), Rel("r", "ratio", ("x", "y")), Rel("r", "sum", ("x", "nope"))],
)
def test_solve_rejects_malformed_relations(rel: Rel) -> None:
    with pytest.raises(ValueError, match="relation"):
        solve(problem(["x", "y"], [], [], [rel]))


def test_solve_rejects_unknown_variable() -> None:
    with pytest.raises(ValueError, match="unknown variable"):
        solve(problem(["x"], [], [point("a", "y", 1)]))


def test_engine_smt_text_handles_negative_and_mixed_sort_constraints() -> None:
    # a - r/2 <= -3 (a integer, r real), r <= 4, a >= 0: any two hold, not all three.
    from checker._solver_engine import Engine, _const, _var
    from checker._solver_lin import Clause, Task, lin

    assert (_const(-3, False), _const(2, True), _const(-2, True)) == ("(- 3)", "2.0", "(- 2.0)")
    assert (_var("v0", True, True), _var("v0", True, False)) == ("(to_real v0)", "v0")
    task = Task(
        ints=("a",), reals=("r",), softs=(("s:x", 1), ("s:y", 1), ("s:z", 1)), rels=(),
        clauses=(
            Clause(("s:x",), lin({"a": Fraction(1), "r": Fraction(-1, 2)}, "<=", Fraction(-3))),
            Clause(("s:y",), lin({"r": Fraction(1)}, "<=", Fraction(4))),
            Clause(("s:z",), lin({"a": Fraction(-1)}, "<=", Fraction(0))),
        ),
        ratios=())
    engine = Engine(task, 10**7)
    assert not engine.check(["s:x", "s:y", "s:z"])
    for pair in (["s:x", "s:y"], ["s:x", "s:z"], ["s:y", "s:z"]):
        assert engine.check(pair), pair
    fixed = engine.fixed_solver(frozenset({"s:x", "s:y"}))
    assert engine.check([], fixed)
    fixed.add(engine.vars["a"] >= 0)
    assert not engine.check([], fixed)


def _many_components(n: int) -> Problem:
    # n components for z3: a part over its whole (a subset), a hedged claim, a ratio.
    ints: list[str] = []
    softs: list[Soft] = []
    rels: list[Rel] = []
    for i in range(n):
        a, b, p = f"a{i:02}", f"b{i:02}", f"p{i:02}"
        ints += [a, b]
        softs += [point(f"s{i:02}-a", a, 5 + i % 3, 1), point(f"s{i:02}-b", b, 4 + i % 4, 2),
                  Soft(f"s{i:02}-h", a, Interval.of(3, None), 0), percent(f"s{i:02}-p", p, 50)]
        rels += [Rel(f"sub{i:02}", "subset", (a, b)),
                 Rel(f"pct{i:02}", "ratio", (p, a, b), Fraction(100))]
    return problem(ints, [f"p{i:02}" for i in range(n)], softs, rels)


def test_parallel_solve_gives_the_same_solution_and_uses_a_child(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import checker.solver as solver_module

    prob = _many_components(30)
    serial = solve(prob)
    assert not serial.feasible and len({c.suspect for c in serial.conflicts}) >= 15
    # The process and the component of each solve in this process (the child's stay
    # there); a split component's piece may hold all its variables, hence the set.
    calls: set[tuple[int, tuple[str, ...]]] = set()
    real = solver_module._solve_component
    top = {tuple(c.variables) for c in solver_module.components(prob)}

    def spy(comp: solver_module.Component, *args: object, z3: bool = True,
            **kwargs: object) -> object:
        # (not the smaller pieces of a split component, nor the tries without z3)
        if tuple(comp.variables) in top and z3:
            calls.add((os.getpid(), tuple(comp.variables)))
        return real(comp, *args, z3=z3, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(solver_module, "_solve_component", spy)
    monkeypatch.setattr(solver_module, "PARALLEL_COMPONENTS", 4)
    # Decided without z3, every component is solved here, before any is shared out.
    assert solve(prob, parallel=True) == serial
    assert calls == set()
    monkeypatch.setattr(_solver_decide, "DECIDE_WITHOUT_Z3", False)  # now all need z3
    assert solve(prob, parallel=True) == serial
    assert {pid for pid, _ in calls} == {os.getpid()}
    assert len(calls) == 15, "half of the components go to the child"
    calls.clear()
    monkeypatch.setattr(solver_module, "PARALLEL_COMPONENTS", 31)  # too few: one process
    assert solve(prob, parallel=True) == serial
    assert len(calls) == 30


def test_every_reason_for_not_solving_has_its_wording() -> None:
    from checker import solver

    reasons = {v for k, v in vars(solver).items()
               if k in ("TOO_LARGE", "BUDGET", "UNKNOWN", "INEXACT")}
    assert len(reasons) == 4 and set(solver.UNSOLVED_WHY) == reasons


def test_a_component_for_z3_is_encoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tried without z3 first (undecided there: real quantities), then with z3: the
    # encoding and the propagation of the first try serve the second.
    import checker.solver as solver_module

    variables = {k: Variable(k, False) for k in ("t", "a", "b")}
    softs = [Soft("t", "t", Interval.of(10, 12), 1), Soft("a", "a", Interval.of(3, None), 1),
             Soft("b", "b", Interval.of(2, 4, False, True), 0)]
    problem = Problem(variables, softs, [Rel("s", "sum", ("t", "a", "b"))])
    encoded: list[int] = []
    real = _solver_general.encode

    def spy(comp: solver_module.Component, known: Mapping[str, Variable]) -> object:
        encoded.append(1)
        return real(comp, known)

    monkeypatch.setattr(_solver_general, "encode", spy)
    got = solve(problem)
    assert len(encoded) == 1
    assert got.feasible and got.unsolved == ()
    assert got.implied["a"] == Interval.of(6, 10, True, False)
