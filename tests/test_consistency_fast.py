"""The consistency wiring's shortcuts change nothing but speed.

- REL002 looks only at variables whose bound no claim may state: a variable that
  `settle_determined` pinned by a claim of its one value (`Settled.stated`) is skipped
  unless a claim on it is set aside; the findings, messages and order are those of the
  check over every variable joined by a relation.
- What the claims say of a variable together is `intervals.meet` over them, the same as
  intersecting them one after another.
- Whether a claim states a bound (`_says`) compares the open ends before the bounds: the
  same answer as comparing each claim's interval with the bound.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import checker.consistency as consistency
from checker.config import Config
from checker.errors import CheckerError
from checker.intervals import Interval, meet
from checker.pipeline import audit
from checker.solver import Settled
from tests.test_pipeline import CLAIMS, _case_corpora

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _generated(tmp_path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate_fast", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate_fast"] = module
    spec.loader.exec_module(module)
    corpus = tmp_path / "generated"
    module.generate(corpus, 3000, "json", seed=5)
    return corpus


def _without_stated(*args: Any, **kwargs: Any) -> Settled:
    got = _settle(*args, **kwargs)
    return Settled(got.bounds, got.rest, set())


_settle = consistency.settle_determined


def test_rel002_over_the_stated_variables_skipped_is_the_full_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    roots = [CLAIMS, _generated(tmp_path), *_case_corpora(tmp_path)]
    compared = 0
    for root in roots:
        try:
            fast = audit(root, Config())
        except CheckerError:
            continue
        with monkeypatch.context() as m:
            m.setattr(consistency, "settle_determined", _without_stated)
            slow = audit(root, Config())
        assert fast.findings == slow.findings, root
        assert [f.message for f in fast.findings] == [f.message for f in slow.findings]
        compared += sum(f.code == "REL002" for f in fast.findings)
    assert compared > 20  # (the generated corpus has REL002 findings of its own)


def test_stated_variables_are_settled_by_a_claim_of_their_value(tmp_path: Path) -> None:
    # Every stated variable's bound is one of its claims, on the generated corpus too.
    got: list[tuple[Settled, Any]] = []

    def spy(problem: Any, max_component: int) -> Settled:
        settled = _settle(problem, max_component)
        got.append((settled, problem))
        return settled

    root = _generated(tmp_path)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(consistency, "settle_determined", spy)
        audit(root, Config())
    settled, problem = got[-1]
    assert len(settled.stated) > 100
    by_var: dict[str, list[Interval]] = {}
    for soft in problem.softs:
        by_var.setdefault(soft.var, []).append(soft.interval)
    for var in settled.stated:
        assert settled.bounds[var] in by_var[var], var


_ends = st.one_of(st.none(), st.integers(-6, 6), st.fractions(-6, 6, max_denominator=4))


@st.composite
def _intervals(draw: st.DrawFn) -> Interval:
    return Interval.of(draw(_ends), draw(_ends), draw(st.booleans()), draw(st.booleans()))


@given(st.lists(_intervals(), min_size=2, max_size=6))
def test_meet_is_intersection_one_after_another(ivs: list[Interval]) -> None:
    # (of two or more distinct intervals, as the wiring asks it: a lone interval is kept
    # as it is, where `meet` would make an empty one the canonical empty interval)
    chained = ivs[0]
    for iv in ivs[1:]:
        chained = chained.intersect(iv)
    got = meet(ivs)
    assert got == chained
    assert str(got) == str(chained)


@given(st.lists(_intervals(), max_size=6), _intervals(), st.booleans())
def test_says_is_any_claim_equal_to_the_bound(ivs: list[Interval], bound: Interval,
                                             shared: bool) -> None:
    # `_says` compares the open ends before the bounds: the same answer as `==` on each.
    from checker.crosscheck import Entry

    if shared and ivs:
        ivs[-1] = bound  # (the very interval, as a pinned variable's bound often is)
    claims = [Entry(f"c{i}", "s", "news", "q", iv, frozenset(), False)
              for i, iv in enumerate(ivs)]
    assert consistency._says(claims, bound) == any(iv == bound for iv in ivs)


@given(_intervals(), _intervals(), st.booleans())
def test_narrows_is_the_general_containment_check(mine: Interval, bound: Interval,
                                                  point: bool) -> None:
    # `_narrows` decides a bound of one value on its own: the same answer as comparing
    # the intervals (a part of `mine`, not empty, not all of it).
    if point and bound.lo is not None:
        bound = Interval.point(bound.lo)  # (the common case: a pinned value)
    general = not (bound.is_empty() or not mine.contains(bound) or bound.contains(mine))
    assert consistency._narrows(mine, bound) == general
