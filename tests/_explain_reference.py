"""The messages of verdict findings as `checker.explain` made them before they were built
from parts (`verdict_parts`, `statement`): the oracle of tests/test_explain.py.  Kept as
it is; never optimise it."""

from __future__ import annotations

from collections.abc import Sequence

from checker.crosscheck import Check
from checker.explain import ClaimView, show

_BASIS = {"cited": "the source it cites", "references": "the reference",
          "others": "the other sources", "relations": "what the relations imply",
          "implied": "what the rest of the problem implies"}


def describe(view: ClaimView) -> str:
    """Return what a claim states, with its value."""
    if view.count is not None:
        n = show(view.interval)
        if view.count == "every row":
            return f"the table `{view.source}` has {n} rows"
        return f"the table `{view.source}` counts {n} rows with {view.count}"
    who = f"the report `{view.source}`" if view.kind == "primary" else f"`{view.source}`"
    words = view.says or "its value"
    value = show(view.interval)
    if view.unit == "percent" or value != words:
        return f"{who} says “{words}” ({value})"
    return f"{who} says “{words}”"


def explain_verdict(view: ClaimView, check: Check, against: Sequence[ClaimView]) -> str:
    """Return the message of a verdict finding (XCK003, XCK004, XCK005)."""
    basis = check.basis
    if basis == "none":
        return (f"{describe(view)} on {view.quantity} ({view.label}); no other source states "
                "it, so nothing corroborates it")
    bound = check.against_interval
    what = _BASIS.get(basis, "what it is compared with")
    if len(against) == 1:
        target = show(bound)
        others = describe(against[0])
    else:
        target = show(bound)
        if not against:
            return f"{describe(view)}; {what}: {target}"
        others = "; ".join(describe(a) for a in against)
    mine = view.interval
    if mine is not None and bound is not None:
        if bound.contains(mine):
            return (f"{describe(view)}, which asserts more than {what} supports: {others}; "
                    f"{show(mine)} lies strictly inside {target}: a hedge was dropped")
        return (f"{describe(view)}, less precise than {what}: {others}; "
                f"{show(mine)} contains {target}")
    return f"{describe(view)}; {what}: {others}"
