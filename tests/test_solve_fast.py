"""The solve stage's fast paths give what their general forms give.

* the oracle scales a one-term constraint without the general loop (`_solver_wholeprop._scaled`);
* it checks a tried point's bounds as boxes (`Oracle._point`), against the sides they
  come from;
* a variable pinned by a claim of its exact value keeps that very interval as its bound
  (`_solver_settle.unique_solution`) only when it is the interval `Interval.point` makes;
* a claim repeating one that repeats nothing gets that claim as its root without the walk
  (`consistency._repetitions`), cycles included; asked for some roots only (the
  suspects), it gives theirs alone;
* the components join variables by merging the smaller group into the larger
  (`solver.components`) into the components a union-find gives.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from checker._solver_lin import Clause, Lin, Task, lcm_denominator
from checker._solver_oracle import Oracle, Undecided
from checker._solver_settle import unique_solution
from checker._solver_wholeprop import _scaled
from checker.consistency import _repetitions
from checker.crosscheck import Check
from checker.findings import Verdict
from checker.intervals import Interval
from checker.solver import Problem, Rel, Soft, Variable, components

_fractions = st.fractions(min_value=-50, max_value=50, max_denominator=6)
_OPS = st.sampled_from(["<=", "<", "=="])


def _scaled_reference(atom: Lin, index: dict[str, int]
                      ) -> tuple[tuple[tuple[int, int], ...], int, bool]:
    # The general form: every atom scaled by the lcm of its denominators.
    if atom.rhs.denominator == 1 and all(c.denominator == 1 for _, c in atom.terms):
        terms = tuple((index[v], c.numerator) for v, c in atom.terms)
        rhs = atom.rhs.numerator
    else:
        mult = lcm_denominator([c for _, c in atom.terms] + [atom.rhs])
        terms = tuple((index[v], int(c * mult)) for v, c in atom.terms)
        rhs = int(atom.rhs * mult)
    return terms, rhs - 1 if atom.op == "<" else rhs, atom.op == "=="


@settings(max_examples=300, deadline=None)
@given(coefs=st.lists(_fractions.filter(bool), min_size=1, max_size=3),
       rhs=_fractions, op=_OPS)
def test_scaled_is_the_general_scaling(coefs: list[Fraction], rhs: Fraction, op: str) -> None:
    index = {f"x{i}": i for i in range(len(coefs))}
    atom = Lin(tuple((f"x{i}", c) for i, c in enumerate(coefs)), op, rhs)  # type: ignore[arg-type]
    got = _scaled(atom, index)
    assert got == _scaled_reference(atom, index)
    assert all(type(a) is int for _, a in got[0]) and type(got[1]) is int


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_point_is_checked_as_every_side_says(data: st.DataObject) -> None:
    # A task of bounds (one term each, some equations) and sums; every point the oracle
    # keeps as a witness must satisfy each active clause, checked here from the clauses.
    n = data.draw(st.integers(1, 3))
    names = tuple(f"x{i}" for i in range(n))
    clauses = []
    for k in range(data.draw(st.integers(1, 6))):
        if data.draw(st.booleans()):
            terms: tuple[tuple[str, Fraction], ...] = (
                (data.draw(st.sampled_from(names)),
                 Fraction(data.draw(st.sampled_from([-2, -1, 1, 3])))),)
        else:
            terms = tuple((v, Fraction(1)) for v in names)
        rhs = Fraction(data.draw(st.integers(-5, 12)))
        clauses.append(Clause((f"s:{k}",), Lin(terms, data.draw(_OPS), rhs)))  # type: ignore[arg-type]
    task = Task(names, (), tuple((c.guard[0], 0) for c in clauses), (), tuple(clauses), ())
    oracle = Oracle(task)
    active = frozenset(c.guard[0] for c in clauses)
    try:
        oracle.feasible(active)
    except Undecided:  # a question the oracle leaves open: nothing to check
        return
    for at, broken in oracle.points:
        for clause in clauses:
            atom = clause.atom
            total = sum(c * at[v] for v, c in atom.terms)  # type: ignore[union-attr]
            holds = {"<=": total <= atom.rhs, "<": total < atom.rhs,  # type: ignore[union-attr]
                     "==": total == atom.rhs}[atom.op]  # type: ignore[union-attr]
            assert holds == (clause.guard not in broken)


def test_the_pinning_claim_is_the_bound_only_when_it_is_the_point_itself() -> None:
    whole = Interval.point(7)
    odd = Interval(Fraction(7), Fraction(7), False, False)  # whole ends kept as Fractions
    half = Interval.point(Fraction(7, 2))
    variables = {"a": Variable("a", True), "b": Variable("b", True),
                 "c": Variable("c", False)}
    rels = [Rel("r", "equal", ("a", "b"))]
    got = unique_solution(["a", "b"], [Soft("s1", "a", whole, 0)], rels, variables)
    assert got is not None and got["a"] is whole and got["b"] == whole
    got = unique_solution(["a", "b"], [Soft("s1", "a", odd, 0)], rels, variables)
    assert got is not None and got["a"] is not odd
    assert repr(got["a"]) == repr(Interval.point(7)) == repr(got["b"])
    rels = [Rel("r", "equal", ("c", "c2"))]
    variables["c2"] = Variable("c2", False)
    got = unique_solution(["c", "c2"], [Soft("s1", "c", half, 0)], rels, variables)
    assert got is not None and got["c"] is half and repr(got["c2"]) == repr(half)


def _roots_reference(checks: dict[str, Check]) -> dict[str, list[str]]:
    # The walk for every repeating claim (stopping where a claim comes round again).
    out: dict[str, list[str]] = {}
    for cid, check in checks.items():
        if check.repeats is None:
            continue
        seen: list[str] = []
        at = cid
        while checks[at].repeats is not None and at not in seen:
            seen.append(at)
            at = checks[at].repeats  # type: ignore[assignment]
        out.setdefault(at, []).append(cid)
    return out


@settings(max_examples=300, deadline=None)
@given(links=st.lists(st.one_of(st.none(), st.integers(0, 7)), min_size=1, max_size=8))
def test_repetitions_are_the_walk(links: list[int | None]) -> None:
    ids = [f"c{i}" for i in range(len(links))]
    checks = {cid: Check(Verdict.AGREES, (), None, "cited",
                         None if to is None or to >= len(ids) else ids[to])
              for cid, to in zip(ids, links, strict=True)}
    assert dict(_repetitions(checks)) == _roots_reference(checks)


@settings(max_examples=300, deadline=None)
@given(links=st.lists(st.one_of(st.none(), st.integers(0, 7)), min_size=1, max_size=8),
       picked=st.sets(st.integers(0, 8)))
def test_repetitions_of_some_roots_are_the_walk(links: list[int | None],
                                                picked: set[int]) -> None:
    # Asked for some claims (the suspects) only, the same lists for those, none for others.
    ids = [f"c{i}" for i in range(len(links))]
    checks = {cid: Check(Verdict.AGREES, (), None, "cited",
                         None if to is None or to >= len(ids) else ids[to])
              for cid, to in zip(ids, links, strict=True)}
    roots = {f"c{i}" for i in picked}
    expected = {r: got for r, got in _roots_reference(checks).items() if r in roots}
    assert dict(_repetitions(checks, roots)) == expected


def _components_by_union_find(problem: Problem) -> list[tuple[list[str], list[str], list[str]]]:
    # The general form: a union-find over the relations' members, each component's
    # variables, claims and relations sorted, the components by their least variable.
    parent = {k: k for k in problem.variables}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for rel in problem.rels:
        for m in rel.members[1:]:
            a, b = find(rel.members[0]), find(m)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for k in sorted(problem.variables):
        groups.setdefault(find(k), []).append(k)
    out = []
    for root in sorted(groups):
        names = groups[root]
        out.append((names, sorted(s.id for s in problem.softs if find(s.var) == root),
                    sorted(r.id for r in problem.rels if find(r.members[0]) == root)))
    return out


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_components_are_the_union_find_components(data: st.DataObject) -> None:
    names = [f"v{i}" for i in range(data.draw(st.integers(1, 12)))]
    variables = {n: Variable(n, True) for n in names}
    rels = [Rel(f"r{i}", "equal", tuple(data.draw(st.lists(st.sampled_from(names),
                                                            min_size=1, max_size=4))))
            for i in range(data.draw(st.integers(0, 10)))]
    softs = [Soft(f"s{i}", data.draw(st.sampled_from(names)), Interval.point(i), 0)
             for i in range(data.draw(st.integers(0, 10)))]
    got = components(Problem(variables, data.draw(st.permutations(softs)),
                             data.draw(st.permutations(rels))))
    assert [(c.variables, [s.id for s in c.softs], [r.id for r in c.rels]) for c in got] == \
        _components_by_union_find(Problem(variables, softs, rels))
