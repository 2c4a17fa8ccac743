"""Message wording that carries arithmetic: intervals keep their ends, blamed claims are named."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from checker.crosscheck import Check
from checker.explain import (
    ClaimView,
    RelationView,
    _describe,
    describe,
    explain_implied,
    explain_verdict,
    show,
)
from checker.findings import Verdict
from checker.intervals import Interval
from checker.kinds import KINDS


def _arith(kind: str, members: tuple[str, ...], values: dict[str, Interval],
           scale: Fraction = Fraction(1)) -> str:
    return KINDS[kind].arithmetic(members, scale, values)


def test_ratio_arithmetic_keeps_open_ends() -> None:
    # [11.5, 12.5) percent of 8 is [0.92, 1): the open end is why 1 does not fit
    text = _arith("ratio", ("pct", "n", "d"), {"pct": Interval.of("11.5", "12.5", hi_open=True),
                                               "d": Interval.point(8), "n": Interval.point(1)},
                  Fraction(100))
    assert "[11.5, 12.5) of 8 is [0.92, 1), but n is 1" in text
    # 20 is [50.5, 51.5) of (38.835, 39.604]: the ends swap and so does their openness
    text = _arith("ratio", ("pct", "n", "d"), {"pct": Interval.of("50.5", "51.5", hi_open=True),
                                               "n": Interval.point(20)}, Fraction(100))
    assert "20 is [50.5, 51.5) of (38.835, 39.604]" in text


def test_difference_and_change_arithmetic() -> None:
    text = _arith("difference", ("p", "a", "b"),
                  {"a": Interval.of("44.5", "45.5", hi_open=True),
                   "b": Interval.of("29.5", "30.5", hi_open=True), "p": Interval.point(25)})
    assert text == ("p = a − b: [44.5, 45.5) − [29.5, 30.5) = (14, 16), but p is 25")
    text = _arith("change", ("g", "new", "old"),
                  {"new": Interval.point(124), "old": Interval.point(100),
                   "g": Interval.of("39.5", "40.5", hi_open=True)}, Fraction(100))
    assert text == ("g = 100 × (new − old) / old: from 100 to 124 is 24, "
                    "but g is [39.5, 40.5)")
    text = _arith("change", ("g", "new", "old"),
                  {"old": Interval.point(100), "g": Interval.of("23.5", "24.5", hi_open=True)},
                  Fraction(100))
    assert text.endswith("[23.5, 24.5) from 100 is [123.5, 124.5)")


def test_every_kind_explains_unknown_members() -> None:
    for name, kind in KINDS.items():
        members = ("a", "b", "c")
        text = kind.arithmetic(members, Fraction(1), {})
        assert text and "None" not in text, name
        known = kind.arithmetic(members, Fraction(1), {"a": Interval.point(3)})
        assert "3" in known, name


def test_implied_bound_names_the_blamed_claims() -> None:
    view = RelationView("sum:t,a", "sum", ("t", "a"))
    plain = explain_implied("Total", "t", None, Interval.point(5), [view], {})
    assert plain.startswith("no claim states t (Total); the relations imply 5")
    blamed = explain_implied("Total", "t", None, Interval.point(5), [view], {}, ["news-7"])
    assert blamed.startswith("apart from the blamed claim `news-7`, no claim states t")
    both = explain_implied("Total", "t", Interval.of(0, 9), Interval.point(5), [view], {},
                           ["a-1", "b-2"])
    assert both.startswith("apart from the blamed claims `a-1`, `b-2`, the other claims on t")


_views = st.builds(
    ClaimView, st.sampled_from(["a", "b"]), st.sampled_from(["rep", "news-1"]),
    st.sampled_from(["primary", "news", "dataset"]), st.just("q"), st.just("Q"),
    st.sampled_from(["count", "percent"]), st.one_of(st.none(), st.sampled_from(["52", "about 5"])),
    st.one_of(st.none(), st.sampled_from(["every row", "x = 1"])),
    st.one_of(st.none(), st.builds(Interval.point, st.integers(0, 60)),
              st.just(Interval.of(Fraction(101, 2), Fraction(103, 2), hi_open=True))))


@given(_views, st.lists(_views, max_size=3),
       st.sampled_from(["none", "cited", "references", "others", "relations", "implied"]),
       st.one_of(st.none(), st.builds(Interval.point, st.integers(0, 60)),
                 st.just(Interval.of(50, 53))))
def test_described_once_says_what_describing_afresh_says(
        view: ClaimView, against: list[ClaimView], basis: str, target: Interval | None) -> None:
    """`describe` and `explain_verdict` keep each view's text: the same as made afresh."""
    check = Check(Verdict.WEAKER, tuple(a.id for a in against), target, basis)
    fresh = dataclasses.replace(view), [dataclasses.replace(a) for a in against]
    first = explain_verdict(view, check, against)
    assert view.described == _describe(view) and view.shown == show(view.interval)
    assert describe(view) is view.described  # asked again: the memo
    assert explain_verdict(view, check, against) == first == explain_verdict(*fresh[:1], check,
                                                                               fresh[1])
    assert view == fresh[0]  # the memo is no part of the value
    if against:  # compared with one claim's own interval: its text is that claim's
        alike = Check(Verdict.WEAKER, (against[0].id,), against[0].interval, basis)
        assert explain_verdict(view, alike, against[:1]) == explain_verdict(
            dataclasses.replace(view), alike, [dataclasses.replace(against[0])])


_bounds = st.one_of(st.none(), st.builds(Interval.point, st.integers(0, 60)),
                    st.just(Interval.of(50, 53)), st.just(Interval.of(40, None)),
                    st.just(Interval.of(Fraction(101, 2), Fraction(103, 2), hi_open=True)))


@given(_views, st.lists(_views, max_size=3),
       st.sampled_from(["none", "cited", "references", "others", "relations", "implied",
                        "unknown"]),
       _bounds, st.booleans(), st.sampled_from(list(Verdict)))
def test_verdict_messages_from_parts_equal_the_former_messages(
        view: ClaimView, against: list[ClaimView], basis: str, target: Interval | None,
        own_bound: bool, verdict: Verdict) -> None:
    """`explain_verdict` made of `describe`, `verdict_parts` and the claim's interval (and
    `describe` of `speaker` and `statement`) says what the former one said
    (tests/_explain_reference.py), the compared interval one claim's own or not."""
    from checker.explain import fits, statement, verdict_parts
    from tests import _explain_reference as ref

    if own_bound and against:
        target = against[0].interval
    check = Check(verdict, tuple(a.id for a in against), target, basis)
    want = ref.explain_verdict(view, check, against)
    assert explain_verdict(dataclasses.replace(view), check,
                           [dataclasses.replace(a) for a in against]) == want
    assert describe(dataclasses.replace(view)) == ref.describe(view)
    # from its parts, as the assembly of the results makes it
    head, tail = verdict_parts(check, [dataclasses.replace(a) for a in against], view.quantity,
                               view.label, fits(view.interval, target))
    value = show(view.interval)
    text = statement(view.source, view.kind, view.says, view.count, view.unit, value) + head
    assert (text if tail is None else text + value + tail) == want
