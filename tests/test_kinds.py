"""The table of relation kinds: completeness, and each kind's encoding against brute force.

`checker.kinds.KINDS` is the one home of a relation kind.  These tests fail when a row
lacks a part, when the corpus union and the table disagree, and when the solver's
encoding of a kind (its linear forms and product) disagrees with an independent
definition of the kind on small domains, with and without non-negativity.
"""

from __future__ import annotations

import itertools
import typing
from collections.abc import Callable, Sequence
from dataclasses import fields
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from checker.consistency import build_relations
from checker.intervals import Interval
from checker.kinds import KINDS, Kind, Relation, relation_id
from checker.models import Quantity
from checker.solver import Problem, Rel, Soft, Variable, solve

DOCS = Path(__file__).resolve().parent.parent / "docs"

# Independent definitions (not the table's `holds`): value first, as the kinds order members.
DEFINITIONS: dict[str, Callable[[Sequence[Fraction], Fraction], bool]] = {
    "subset": lambda x, s: x[0] <= x[1],
    "union": lambda x, s: max(x[1:]) <= x[0] <= sum(x[1:]),
    "sum": lambda x, s: x[0] == sum(x[1:]),
    "equal": lambda x, s: len(set(x)) == 1,
    "ratio": lambda x, s: x[2] > 0 and x[0] == s * x[1] / x[2],
    "difference": lambda x, s: x[0] == x[1] - x[2],
    "change": lambda x, s: x[2] > 0 and x[0] == s * (x[1] - x[2]) / x[2],
}

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_every_kind_is_complete() -> None:
    for name, kind in KINDS.items():
        assert kind.name == name
        for f in fields(Kind):
            assert getattr(kind, f.name) is not None, (name, f.name)
        literal = typing.get_type_hints(kind.model)["kind"]
        assert typing.get_args(literal) == (name,), name
        assert name in DEFINITIONS, f"no independent definition of `{name}` in this test"


def test_integral_kinds_give_whole_values_of_whole_members() -> None:
    # `integral` lets the solver declare such a value an integer: it must never be wrong.
    for name, kind in KINDS.items():
        for values in itertools.product(range(-2, 4), repeat=2):
            members = ("v", "a", "b")[:max(2, _arity(kind))]
            known = {m: Fraction(x) for m, x in zip(members[1:], values, strict=False)}
            got = kind.solve_for(members, Fraction(1), known, "v")
            if kind.integral:
                assert got is not None and got.denominator == 1, (name, values)
    assert {n for n, k in KINDS.items() if k.integral} == {"sum", "difference", "equal"}


def test_relation_union_is_the_table() -> None:
    union = typing.get_args(typing.get_args(Relation)[0])
    assert set(union) == {k.model for k in KINDS.values()}


def test_every_kind_is_documented() -> None:
    text = (DOCS / "relations.md").read_text(encoding="utf-8")
    for name in KINDS:
        assert f"### `{name}`" in text, name


def test_kind_loads_and_names_itself() -> None:
    adapter = TypeAdapter(Relation)
    change = adapter.validate_python(
        {"kind": "change", "value": "g", "quantity": "q", "from": 2021, "to": 2023})
    assert KINDS["change"].members(change) == (("g", None), ("q", "2023"), ("q", "2021"))
    assert relation_id(change) == "change:g"
    diff = adapter.validate_python({"kind": "difference", "value": "d", "minuend": "a",
                                    "subtrahend": "b"})
    assert KINDS["difference"].members(diff) == (("d", None), ("a", None), ("b", None))
    for bad in ({"kind": "change", "value": "g", "quantity": "q"},
                {"kind": "change", "value": "g", "new": "a"},
                {"kind": "change", "value": "g", "quantity": "q", "from": 2021, "to": 2021},
                {"kind": "difference", "value": "d", "quantity": "q", "minuend": "a",
                 "from": 1, "to": 2}):
        with pytest.raises(ValueError):
            adapter.validate_python(bad)


# -- each kind, encoded by the solver, against its definition --------------------------------

SMALL = [Fraction(n, 2) for n in range(-4, 9)]


def _arity(kind: Kind) -> int:
    lo, hi = kind.arity
    return 3 if hi is None or hi >= 3 else hi


@SETTINGS
@given(st.sampled_from(sorted(KINDS)), st.lists(st.sampled_from(SMALL), min_size=3, max_size=3),
       st.sampled_from([Fraction(1), Fraction(100), Fraction(1, 2)]), st.booleans())
@example("change", [Fraction(-1, 2), Fraction(1), Fraction(2)], Fraction(1), True)
@example("ratio", [Fraction(0), Fraction(0), Fraction(0)], Fraction(1), False)
def test_kind_encoding_matches_definition(name: str, values: list[Fraction], scale: Fraction,
                                          signed: bool) -> None:
    kind = KINDS[name]
    n = _arity(kind)
    names = [f"m{i}" for i in range(n)]
    values = values[:n]
    if name in ("ratio", "change"):  # the value is the product's result: any rational
        values[0] = values[0] * scale
    variables = {m: Variable(m, False, signed) for m in names}
    softs = [Soft(f"s{i}", m, Interval.point(v), 1) for i, (m, v) in enumerate(zip(names, values,
                                                                                  strict=True))]
    got = solve(Problem(variables, softs, [Rel("r", name, tuple(names), scale)]))
    in_domain = signed or all(v >= 0 for v in values)
    assert got.feasible == (in_domain and DEFINITIONS[name](values, scale))
    assert kind.holds(values, scale) == DEFINITIONS[name](values, scale)


# -- new kinds and non-negativity against brute force on small domains ---------------------

Case = tuple[str, Fraction, bool, bool, list[tuple[str, Interval, int]]]


@st.composite
def dated_problems(draw: st.DrawFn) -> Case:
    name = draw(st.sampled_from(["change", "difference", "ratio"]))
    scale = draw(st.sampled_from([Fraction(1), Fraction(100)])) if name != "difference" \
        else Fraction(1)
    signed = draw(st.booleans())
    signed_ints = draw(st.booleans())
    claims = []
    for _ in range(draw(st.integers(1, 4))):
        var = draw(st.sampled_from(["v", "a", "b"]))
        unit = scale if var == "v" and name != "difference" else Fraction(1)
        ends = st.integers(-6, 12).map(lambda k, u=unit: Fraction(k, 2) * u)
        lo, hi = draw(st.one_of(st.none(), ends)), draw(st.one_of(st.none(), ends))
        claims.append((var, Interval.of(lo, hi, draw(st.booleans()), draw(st.booleans())),
                       draw(st.integers(0, 2))))
    return name, scale, signed, signed_ints, claims


def _value(name: str, scale: Fraction, a: int, b: int) -> Fraction | None:
    if name == "difference":
        return Fraction(a - b)
    if b <= 0:
        return None
    return scale * (a - b) / b if name == "change" else scale * Fraction(a, b)


@SETTINGS
@given(dated_problems())
def test_value_kinds_match_brute_force(case: Case) -> None:
    # a and b are whole numbers (in 0..5, or -2..5 when signed), v the kind's value
    name, scale, signed, signed_ints, claims = case
    low = -2 if signed_ints else 0
    variables = {"a": Variable("a", True, signed_ints), "b": Variable("b", True, signed_ints),
                 "v": Variable("v", False, signed)}
    softs = [Soft("dom-a", "a", Interval.of(low, 5), 9),
             Soft("dom-b", "b", Interval.of(low, 5), 9)]
    softs += [Soft(f"s{i}", var, iv, rank) for i, (var, iv, rank) in enumerate(claims)]
    rows = []
    box = range(low, 6)
    for a, b in itertools.product(box, box):
        v = _value(name, scale, a, b)
        if v is None or (not signed and v < 0):
            continue
        x = {"a": Fraction(a), "b": Fraction(b), "v": v}
        rows.append((x, frozenset(s.id for s in softs if s.interval.contains_value(x[s.var]))))
    if not any({"dom-a", "dom-b"} <= sat for _, sat in rows):
        return  # the relation has no solution in the box: outside what this oracle covers
    got = solve(Problem(variables, softs, [Rel("r", name, ("v", "a", "b"), scale)]))
    everything = frozenset(s.id for s in softs)
    assert got.feasible == any(everything <= sat for _, sat in rows)
    ranks = sorted({s.rank for s in softs}, reverse=True)
    rank = {s.id: s.rank for s in softs}
    best = min(
        (tuple(sum(1 for r in removed if rank[r] == k) for k in ranks), removed)
        for n in range(len(claims) + 1)
        for removed in itertools.combinations(sorted(s.id for s in softs[2:]), n)
        if any(everything - set(removed) <= sat for _, sat in rows))
    assert got.suspects == best[1]
    kept = everything - set(got.suspects)
    sols = [x for x, sat in rows if kept <= sat]
    for var in ("a", "b", "v"):
        values = [x[var] for x in sols]
        assert got.implied[var] == Interval.of(min(values), max(values)), var


HALF = st.integers(0, 12).map(lambda k: Fraction(k, 2))


@SETTINGS
@given(st.lists(st.tuples(HALF, HALF), min_size=3, max_size=3), st.booleans())
@example([(Fraction(199, 2), Fraction(201, 2)), (Fraction(119, 2), Fraction(121, 2)),
          (Fraction(99, 2), Fraction(101, 2))], False)
def test_shares_never_negative_unless_signed(ends: list[tuple[Fraction, Fraction]],
                                             signed: bool) -> None:
    # total = a + b + rest over the reals, claims on total, a and b; rest unstated.
    total, a, b = (Interval.of(min(p), max(p)) for p in ends)
    variables = {k: Variable(k, False) for k in ("t", "a", "b")}
    variables["rest"] = Variable("rest", False, signed)
    softs = [Soft("st", "t", total, 1), Soft("sa", "a", a, 1), Soft("sb", "b", b, 1)]
    got = solve(Problem(variables, softs, [Rel("r", "sum", ("t", "a", "b", "rest"))]))
    # The oracle: rest = t − a − b by interval arithmetic, exact for independent intervals.
    assert total.lo is not None and total.hi is not None and a.hi is not None
    assert b.hi is not None and a.lo is not None and b.lo is not None
    rest = Interval.of(total.lo - a.hi - b.hi, total.hi - a.lo - b.lo)
    feasible = not rest.intersect(Interval.everything() if signed else Interval.of(0, None)) \
        .is_empty()
    assert got.feasible == feasible
    if feasible:
        want = rest if signed else rest.intersect(Interval.of(0, None))
        assert got.implied["rest"] == want


# -- relations across dates -------------------------------------------------------------------


def _quantities(*items: tuple[str, str | None]) -> dict[str, Quantity]:
    return {q: Quantity(id=q, label=q, unit="count", as_of=d) for q, d in items}


def test_relations_are_not_copied_to_dates_without_claims() -> None:
    from checker.models import SumRelation

    qs = _quantities(("t", "2019"), ("a", "2019"), ("b", "2019"), ("x", None), ("y", None))
    rels = [SumRelation(kind="sum", total="t", parts=("a", "b")),
            SumRelation(kind="sum", total="x", parts=("y",))]
    built = build_relations(qs, rels, {"2020"}, {"t@2019", "x@2020"})
    assert sorted(r.members for r in built) == [("t@2019", "a@2019", "b@2019"), ("x", "y"),
                                                   ("x@2020", "y@2020")]


def test_change_joins_one_quantity_at_two_dates() -> None:
    from checker.models import ChangeRelation

    qs = _quantities(("inv", None), ("growth", None))
    rel = ChangeRelation.model_validate(
        {"kind": "change", "value": "growth", "quantity": "inv", "from": 2021, "to": 2023})
    built = build_relations(qs, [rel], {"2021", "2023"}, {"inv@2021", "inv@2023", "growth"})
    assert [r.members for r in built] == [("growth", "inv@2023", "inv@2021")]


def test_quantity_dates_keep_the_problem_small(tmp_path: Path) -> None:
    # 45 quantities at five different dates, joined in 15 chains of three by subsets,
    # claims on every one; 10 chains carry a part larger than its whole.  No relation is
    # copied to another date: 45 variables, every error found, nothing left unsolved.
    from checker.config import Config
    from checker.pipeline import audit
    from tests.conftest import write_tree

    quantities, relations, claims, text = [], [], [], []
    for k in range(15):
        year = 2015 + k % 5
        ids = [f"c{k}-small", f"c{k}-mid", f"c{k}-big"]
        values = [30, 20, 40] if k < 10 else [10, 20, 40]
        for qid, n in zip(ids, values, strict=True):
            quantities.append(f"  - {{id: {qid}, label: {qid}, unit: countries, as_of: {year}}}")
            claims.append(f"  - {{id: r-{qid}, source: r, quantity: {qid}, "
                          f"quote: \"{qid} is {n}\", says: \"{n}\"}}")
            text.append(f"{qid} is {n}.")
        relations.append(f"  - {{kind: subset, part: {ids[0]}, whole: {ids[1]}}}")
        relations.append(f"  - {{kind: subset, part: {ids[1]}, whole: {ids[2]}}}")
    corpus = "\n".join([
        "sources:", "  - {id: r, title: R, kind: primary, snapshot: sources/r.txt}",
        "quantities:", *quantities, "relations:", *relations, "claims:", *claims, ""])
    root = write_tree(tmp_path / "corpus", {"corpus.yaml": corpus,
                                            "sources/r.txt": "\n".join(text) + "\n"})
    result = audit(root, Config(coverage=False))
    assert len(result.quantities) == 45
    assert not [f for f in result.findings if f.code == "REL003"]
    blamed = sorted(f.claims for f in result.findings if f.code == "REL001")
    assert blamed == sorted((f"r-c{k}-mid",) for k in range(10)) or \
        blamed == sorted((f"r-c{k}-small",) for k in range(10)), blamed


def test_nonlinear_answer_does_not_depend_on_what_was_solved_before() -> None:
    # A thousand unrelated z3 terms in the default context made z3's nonlinear search time
    # out on this chain of squares; every nonlinear component now starts a fresh context.
    import z3  # type: ignore[import-untyped]

    from tests.test_solver_exact import squares

    junk = z3.Solver()
    for i in range(1000):
        x, y = z3.Real(f"junk{i}"), z3.Int(f"jint{i}")
        junk.add(x * 2 >= z3.ToReal(y) + i, y >= 0, x <= 1000)
    assert junk.check() == z3.sat
    got = solve(squares(13))
    for i in range(5):
        assert got.implied[f"x{i:02d}"] == Interval.point(10 ** (2**i))


# -- the settling's arithmetic on ints and Fractions alike ----------------------------------


def _as_ints(values: dict[str, Fraction]) -> dict[str, Fraction | int]:
    # The settling passes whole values as ints (`_solver_settle.unique_solution`).
    return {k: v.numerator if v.denominator == 1 else v for k, v in values.items()}


@SETTINGS
@given(st.sampled_from(sorted(KINDS)), st.integers(2, 4),
       st.lists(st.sampled_from(SMALL), min_size=4, max_size=4),
       st.sampled_from([Fraction(1), Fraction(100), Fraction(1, 2)]), st.integers(0, 3))
def test_kind_arithmetic_is_the_same_on_ints(name: str, n: int, values: list[Fraction],
                                             scale: Fraction, missing: int) -> None:
    # `holds`, `solve_for` and `allowed` give the same values (and the same Interval
    # ends) with whole values as ints as with every value a Fraction (sums start at 0).
    kind = KINDS[name]
    lo, hi = kind.arity
    n = max(lo, min(n, hi if hi is not None else n))
    names = [f"m{i}" for i in range(n)]
    fracs = dict(zip(names, values[:n], strict=True))
    ints = _as_ints(fracs)
    assert kind.holds(list(ints.values()), scale) == kind.holds(list(fracs.values()), scale) \
        == DEFINITIONS[name](list(fracs.values()), scale)
    x = names[missing % n]
    for args in (fracs, ints):
        del args[x]
    try:
        exact = kind.solve_for(names, scale, fracs, x)
    except ZeroDivisionError:
        exact = None
    try:
        quick = kind.solve_for(names, scale, ints, x)  # type: ignore[arg-type]
    except ZeroDivisionError:
        quick = None
    assert quick == exact
    a = kind.allowed(names, scale, fracs, x)
    b = kind.allowed(names, scale, ints, x)  # type: ignore[arg-type]
    assert repr(a) == repr(b)


def test_relation_id_and_members_read_once() -> None:
    # `relation_id_members` is `relation_id` and the kind's `members`, for every kind,
    # with an id of its own and without (the bundled corpus's relations, and one of each).
    from checker.kinds import relation_id_members
    from checker.loader import load_corpus

    adapter = TypeAdapter(Relation)
    made = [adapter.validate_python(raw) for raw in (
        {"kind": "subset", "part": "a", "whole": "b"},
        {"kind": "subset", "id": "own", "part": "a", "whole": "b"},
        {"kind": "union", "whole": "w", "parts": ["a", "b", "c"]},
        {"kind": "sum", "total": "t", "parts": ["a", "b"]},
        {"kind": "ratio", "value": "v", "numerator": "n", "denominator": "d", "scale": 100},
        {"kind": "equal", "quantities": ["a", "b", "c"]},
        {"kind": "difference", "value": "d", "minuend": "a", "subtrahend": "b"},
        {"kind": "change", "value": "g", "quantity": "q", "from": 2021, "to": 2023})]
    bundled = load_corpus(Path(__file__).resolve().parent.parent / "claims").corpus.relations
    for rel in [*made, *bundled]:
        assert relation_id_members(rel) == (relation_id(rel), KINDS[rel.kind].members(rel))
