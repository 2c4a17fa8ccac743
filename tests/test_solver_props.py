"""Property tests of `checker.solver` against brute-force enumeration on small problems.

Integer variables get a domain 0..6 through "dom" claims of rank 10 (above every random
claim), and problems whose relations do not fit that domain are discarded, so the
suspects never include a domain claim and every question about the problem without the
suspects is answered exactly by enumerating 0..6.  Ratio values are reals computed
exactly from their numerator and denominator; a real no ratio defines is free, but never
negative (no variable here is signed).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from checker.intervals import Interval
from checker.solver import Problem, Rel, Soft, Solution, Variable, solve

DOMAIN = range(7)
DOM_RANK = 10
KINDS = ["subset", "union", "sum", "ratio", "equal"]
SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)


# -- strategies -------------------------------------------------------------------------------


@st.composite
def _interval(draw: st.DrawFn, ends: st.SearchStrategy[Fraction]) -> Interval:
    lo = draw(st.one_of(st.none(), ends))
    hi = draw(st.one_of(st.none(), ends))
    if lo is not None and hi is not None and lo > hi and draw(st.booleans()):
        lo, hi = hi, lo  # mostly non-empty, sometimes empty
    return Interval.of(lo, hi, draw(st.booleans()), draw(st.booleans()))


HALVES = st.integers(-2, 14).map(lambda n: Fraction(n, 2))


def _ratio_ends(scale: Fraction) -> st.SearchStrategy[Fraction]:
    return st.builds(lambda p, q: scale * Fraction(p, q), st.integers(-1, 37), st.integers(1, 6))


@st.composite
def problems(draw: st.DrawFn, shared_value: bool = False) -> Problem:
    ints = [f"x{i}" for i in range(draw(st.integers(2, 4)))]
    rels: list[Rel] = []
    scales: dict[str, Fraction] = {}
    for j in range(draw(st.integers(1 if shared_value else 0, 3))):
        kind = "ratio" if shared_value and j < 2 else draw(st.sampled_from(KINDS))
        if kind == "ratio":
            num, den = draw(st.lists(st.sampled_from(ints), min_size=2, max_size=2, unique=True))
            scale = draw(st.sampled_from([Fraction(1), Fraction(2), Fraction(1, 2), Fraction(3)]))
            value = "v0" if shared_value else f"v{j}"
            scales.setdefault(value, scale)
            rels.append(Rel(f"r{j}", "ratio", (value, num, den), scale))
            continue
        size = {"subset": (2, 2), "equal": (2, 3)}.get(kind, (2, 4))
        members = draw(
            st.lists(
                st.sampled_from(ints),
                min_size=size[0],
                max_size=min(size[1], len(ints)),
                unique=True,
            )
        )
        rels.append(Rel(f"r{j}", kind, tuple(members)))  # type: ignore[arg-type]
    reals = sorted(scales)
    softs = [Soft(f"dom{x}", x, Interval.of(0, 6), DOM_RANK) for x in ints]
    for i in range(draw(st.integers(1, 6))):
        var = draw(st.sampled_from(ints + reals))
        ends = HALVES if var in ints else _ratio_ends(scales[var])
        softs.append(Soft(f"s{i}", var, draw(_interval(ends)), draw(st.integers(0, 3))))
    variables = {x: Variable(x, True) for x in ints} | {v: Variable(v, False) for v in reals}
    return Problem(variables, softs, rels)


# -- brute force ----------------------------------------------------------------------------


@dataclass
class _Check:
    needs: frozenset[str]
    holds: Callable[[dict[str, int]], bool]


def _values(problem: Problem, rels: Sequence[Rel], a: dict[str, int]) -> dict[str, Fraction] | None:
    # Real values from the first ratio defining them; None when a ratio fails.
    out: dict[str, Fraction] = {k: Fraction(v) for k, v in a.items()}
    for rel in rels:
        if rel.kind == "ratio":
            value, num, den = rel.members
            if a[den] <= 0:
                return None
            q = rel.scale * a[num] / a[den]
            if out.setdefault(value, q) != q:
                return None
    return out


def _rel_holds(rel: Rel, x: dict[str, Fraction]) -> bool:
    m = [x[k] for k in rel.members]
    if rel.kind == "subset":
        return m[0] <= m[1]
    if rel.kind == "union":
        return max(m[1:]) <= m[0] <= sum(m[1:])
    if rel.kind == "sum":
        return m[0] == sum(m[1:])
    if rel.kind == "equal":
        return all(v == m[0] for v in m)
    return True  # ratios hold by construction in _values


def _needs(problem: Problem, rels: Sequence[Rel], var: str) -> frozenset[str]:
    if problem.variables[var].integer:
        return frozenset({var})
    return frozenset(
        k for r in rels if r.kind == "ratio" and r.members[0] == var for k in r.members[1:]
    )


def feasible(problem: Problem, softs: Iterable[Soft], rels: Iterable[Rel], wide: int = 6) -> bool:
    """Return whether the claims and relations have a solution in the box.

    Integers range over 0..6 when a domain claim of theirs is present, else 0..`wide`;
    reals are ratio values (or free, when no ratio defines them).
    """
    softs, rels = list(softs), list(rels)
    defined = {r.members[0] for r in rels if r.kind == "ratio"}
    free_meet: dict[str, Interval] = {}
    checks: list[_Check] = []
    for s in softs:
        if not problem.variables[s.var].integer and s.var not in defined:
            start = problem.variables[s.var].domain  # reals are never negative unless signed
            free_meet[s.var] = free_meet.get(s.var, start).intersect(s.interval)
            continue
        checks.append(_Check(_needs(problem, rels, s.var), _soft_check(problem, rels, s)))
    if any(iv.is_empty() for iv in free_meet.values()):
        return False
    for r in rels:
        ints = frozenset(k for k in r.members if problem.variables[k].integer)
        needs = ints.union(*(_needs(problem, rels, k) for k in r.members))
        checks.append(_Check(needs, _rel_check(problem, rels, r)))
    order = sorted(frozenset().union(*(c.needs for c in checks)))
    doms = {s.var for s in softs if s.id.startswith("dom")}
    ranges = {k: DOMAIN if k in doms else range(wide + 1) for k in order}

    def search(i: int, a: dict[str, int]) -> bool:
        if i == len(order):
            return True
        for value in ranges[order[i]]:
            a[order[i]] = value
            ready = [c for c in checks if order[i] in c.needs and c.needs <= a.keys()]
            if all(c.holds(a) for c in ready) and search(i + 1, a):
                return True
            del a[order[i]]
        return False

    return search(0, {})


def _soft_check(
    problem: Problem, rels: Sequence[Rel], soft: Soft
) -> Callable[[dict[str, int]], bool]:
    def holds(a: dict[str, int]) -> bool:
        return _eval(problem, rels, a, lambda x: soft.interval.contains_value(x[soft.var]))

    return holds


def _rel_check(problem: Problem, rels: Sequence[Rel], rel: Rel) -> Callable[[dict[str, int]], bool]:
    def holds(a: dict[str, int]) -> bool:
        return _eval(problem, rels, a, lambda x: _rel_holds(rel, x))

    return holds


def _eval(
    problem: Problem,
    rels: Sequence[Rel],
    a: dict[str, int],
    pred: Callable[[dict[str, Fraction]], bool],
) -> bool:
    relevant = [r for r in rels if r.kind == "ratio" and set(r.members[1:]) <= a.keys()]
    x = _values(problem, relevant, a)
    return x is not None and pred(x)


def z3_feasible(problem: Problem, softs: Sequence[Soft], rels: Sequence[Rel]) -> bool:
    """Return whether z3 finds a witness, encoding the problem directly (products kept).

    The witnesses of nonlinear ratios can lie far outside any box worth enumerating
    (x2 = 15*x1, x0 = 5*x2); this independent encoding finds them.
    """
    import z3  # type: ignore[import-untyped]  # noqa: PLC0415

    x = {k: z3.Int(k) if v.integer else z3.Real(k) for k, v in problem.variables.items()}
    s = z3.Solver()
    s.set("timeout", 5000)
    s.add(*(x[k] >= 0 for k, v in problem.variables.items() if not v.signed))
    for soft in softs:
        iv, var = soft.interval, x[soft.var]
        if iv.lo is not None:
            lo = z3.RealVal(str(iv.lo))
            s.add(var > lo if iv.lo_open else var >= lo)
        if iv.hi is not None:
            hi = z3.RealVal(str(iv.hi))
            s.add(var < hi if iv.hi_open else var <= hi)
    for rel in rels:
        m = [x[k] for k in rel.members]
        if rel.kind == "subset":
            s.add(m[0] <= m[1])
        elif rel.kind == "union":
            s.add(*(p <= m[0] for p in m[1:]), m[0] <= z3.Sum(m[1:]))
        elif rel.kind == "sum":
            s.add(m[0] == z3.Sum(m[1:]))
        elif rel.kind == "equal":
            s.add(*(p == m[0] for p in m[1:]))
        else:
            s.add(m[2] > 0, m[0] * m[2] == z3.RealVal(str(rel.scale)) * m[1])
    return bool(s.check() == z3.sat)


def _solutions(problem: Problem) -> list[tuple[dict[str, Fraction], frozenset[str]]]:
    # Every assignment of the box satisfying all relations, with the claims it satisfies.
    ints = sorted(k for k, v in problem.variables.items() if v.integer)
    out = []
    for combo in itertools.product(DOMAIN, repeat=len(ints)):
        a = dict(zip(ints, combo, strict=True))
        x = _values(problem, problem.rels, a)
        if x is None or not all(_rel_holds(r, x) for r in problem.rels):
            continue
        out.append(
            (
                x,
                frozenset(
                    s.id
                    for s in problem.softs
                    if s.var in x and s.interval.contains_value(x[s.var])
                ),
            )
        )
    return out


def _best_removal(
    problem: Problem, sols: list[tuple[dict[str, Fraction], frozenset[str]]]
) -> tuple[str, ...]:
    ranks = sorted({s.rank for s in problem.softs}, reverse=True)
    rank = {s.id: s.rank for s in problem.softs}
    random = [s.id for s in problem.softs if not s.id.startswith("dom")]
    everything = frozenset(s.id for s in problem.softs)
    best: tuple[tuple[int, ...], tuple[str, ...]] | None = None
    for n in range(len(random) + 1):
        for removed in itertools.combinations(sorted(random), n):
            kept = everything - set(removed)
            if any(kept <= sat for _, sat in sols):
                key = (tuple(sum(1 for r in removed if rank[r] == k) for k in ranks), removed)
                best = key if best is None or key < best else best
    assert best is not None
    return best[1]


def check_against_brute_force(problem: Problem, solution: Solution) -> None:
    sols = _solutions(problem)
    everything = frozenset(s.id for s in problem.softs)
    assert solution.feasible == any(everything <= sat for _, sat in sols)
    assert solution.suspects == _best_removal(problem, sols)
    kept = everything - set(solution.suspects)
    rows = [x for x, sat in sols if kept <= sat]
    skip = {v for u in solution.unsolved for v in u.variables}
    for key in problem.variables:
        if key in skip:
            continue
        values = [x[key] for x in rows]
        assert solution.implied[key] == Interval.of(min(values), max(values)), key
    by_id = {s.id: s for s in problem.softs}
    rel_by_id = {r.id: r for r in problem.rels}
    for conflict in solution.conflicts:
        assert conflict.suspect in conflict.softs
        assert set(conflict.softs) <= kept | {conflict.suspect}
        softs = [by_id[i] for i in conflict.softs]
        rels = [rel_by_id[i] for i in conflict.rels]
        assert not feasible(problem, softs, rels, wide=10)
        for drop in [*conflict.softs, *conflict.rels]:
            rest_s = [s for s in softs if s.id != drop]
            rest_r = [r for r in rels if r.id != drop]
            assert (
                feasible(problem, rest_s, rest_r)
                or feasible(problem, rest_s, rest_r, 40)
                or z3_feasible(problem, rest_s, rest_r)
            ), (conflict, drop)


def _relations_fit(problem: Problem) -> bool:
    doms = frozenset(s.id for s in problem.softs if s.id.startswith("dom"))
    return any(doms <= sat for _, sat in _solutions(problem))


# -- properties -------------------------------------------------------------------------------


@SETTINGS
@given(problems())
def test_solve_matches_brute_force(problem: Problem) -> None:
    assume(_relations_fit(problem))
    solution = solve(problem)
    assert not solution.unsolved
    check_against_brute_force(problem, solution)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(problems(shared_value=True))
def test_solve_nonlinear_ratio_matches_brute_force(problem: Problem) -> None:
    assume(_relations_fit(problem))
    solution = solve(problem)
    assume(not any(u.reason in ("timeout", "unknown") for u in solution.unsolved))
    check_against_brute_force(problem, solution)


@SETTINGS
@given(
    st.booleans(), st.lists(st.tuples(_interval(HALVES), st.integers(0, 3)), min_size=1, max_size=7)
)
def test_solve_single_variable_sweep_matches_general(
    integer: bool, claims: list[tuple[Interval, int]]
) -> None:
    softs = [Soft(f"s{i}", "x", iv, rank) for i, (iv, rank) in enumerate(claims)]
    plain = Problem({"x": Variable("x", integer)}, softs, [])
    forced = Problem(plain.variables, softs, [Rel("same", "equal", ("x",))])
    fast, general = solve(plain), solve(forced)
    assert fast.feasible == general.feasible
    assert fast.suspects == general.suspects
    assert fast.implied == general.implied
    for a, b in zip(fast.conflicts, general.conflicts, strict=True):
        assert (a.suspect, a.softs) == (b.suspect, b.softs)
