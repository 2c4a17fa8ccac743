"""Messages that show the numbers and the arithmetic (layer 2: pure analysis).

Every finding's message is built here from plain views of the claims involved, so the
wording lives in one place: "the report says “fifty-two” (52); the table counts 53 rows
with smart_policing = 1".  Imports only layer 0 and `intervals`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from fractions import Fraction
from typing import Protocol

from checker._frozen import quick_init, record
from checker.intervals import Interval
from checker.kinds import kind_of


@quick_init
@record
class ClaimView:
    """What a message needs to know of a claim."""

    id: str
    source: str
    kind: str
    quantity: str
    label: str
    unit: str
    says: str | None
    count: str | None  # the table filter written out, for counted claims
    interval: Interval | None
    # What `describe` says of it, once it has been asked (a report's figure is described
    # in the message of every claim citing it): not a field of the view's value.
    described: str | None = field(default=None, init=False, repr=False, compare=False)
    shown: str | None = field(default=None, init=False, repr=False, compare=False)  # interval's


class _Check(Protocol):
    @property
    def basis(self) -> str: ...

    @property
    def against_interval(self) -> Interval | None: ...


@quick_init
@record
class RelationView:
    """A relation as a message shows it: its id, kind and members (variables)."""

    id: str
    kind: str
    members: tuple[str, ...]
    scale: Fraction = Fraction(1)


def show(iv: Interval | None) -> str:
    """Return an interval as a message shows it: 53, [61, ∞), [50.5, 51.5)."""
    return "unknown" if iv is None else str(iv)


def describe(view: ClaimView) -> str:
    """Return what a claim states, with its value: `a` says “at least 50” ([50, ∞))."""
    text = view.described
    if text is None:
        text = _describe(view)
        object.__setattr__(view, "described", text)  # (a memo: the view is a value)
    return text


def _shown(view: ClaimView) -> str:
    """Return `show(view.interval)`, made once per view."""
    text = view.shown
    if text is None:
        text = show(view.interval)
        object.__setattr__(view, "shown", text)
    return text


def _describe(view: ClaimView) -> str:
    # `describe` without its memo (tests compare the two).
    return statement(view.source, view.kind, view.says, view.count, view.unit, _shown(view))


def statement(source: str, kind: str, says: str | None, count: str | None, unit: str,
              value: str) -> str:
    """Return what a claim states, with its value: `describe` of a claim from its parts.

    `source` and `kind` are its source's id and kind, `says` its words, `count` its
    table filter written out (None for a quoted claim), `unit` its quantity's unit and
    `value` its interval's text (`show`).  A quoted claim's words are followed by that
    text unless they are that text already and not a percentage.
    """
    if count is not None:
        if count == "every row":
            return f"the table `{source}` has {value} rows"
        return f"the table `{source}` counts {value} rows with {count}"
    who = speaker(source, kind)
    words = says or "its value"
    if unit == "percent" or value != words:
        return f"{who} says “{words}” ({value})"
    return f"{who} says “{words}”"


def speaker(source: str, kind: str) -> str:
    """Return who says a quoted claim of source `source` of kind `kind` (`statement`)."""
    return f"the report `{source}`" if kind == "primary" else f"`{source}`"


_BASIS = {"cited": "the source it cites", "references": "the reference",
          "others": "the other sources", "relations": "what the relations imply",
          "implied": "what the rest of the problem implies"}


def explain_repeat(view: ClaimView, root: ClaimView, check: _Check,
                   evidence: Sequence[ClaimView]) -> str:
    """Return the message of XCK006: a claim repeats a cited figure that is blamed."""
    target = show(check.against_interval)
    others = "; ".join(describe(a) for a in evidence)
    text = (f"{describe(view)}, the figure it cites ({describe(root)}), which the more "
            f"trusted evidence contradicts")
    text += f" ({others})" if others else ""
    return text + f"; the rest of the problem implies {target}"


def explain_verdict(view: ClaimView, check: _Check, against: Sequence[ClaimView]) -> str:
    """Return the message of a verdict finding (XCK003, XCK004, XCK005)."""
    head, tail = verdict_parts(check, against, view.quantity, view.label,
                               fits(view.interval, check.against_interval))
    text = describe(view) + head
    return text if tail is None else text + _shown(view) + tail


def fits(mine: Interval | None, bound: Interval | None) -> bool | None:
    """Return whether `bound` contains `mine` (None when either is unknown): which
    sentence a verdict's message is (`verdict_parts`)."""
    if mine is None or bound is None:
        return None
    return bound.contains(mine)


def verdict_parts(check: _Check, against: Sequence[ClaimView], quantity: str, label: str,
                  inside: bool | None) -> tuple[str, str | None]:
    """Return the message of a verdict finding around what the claim itself says.

    The message is ``describe(view) + head``, then, when `tail` is not None, the text of
    the claim's interval (`show`) and `tail`: `against` are the views of
    `check.against`; `quantity` and `label` those of the claim's quantity; `inside` is
    `fits(claim's interval, check.against_interval)`.  Everything but the claim's own
    statement and interval is here, so that claims standing alike to one claim (the
    same `check`, `inside` and quantity) share it.
    """
    basis = check.basis
    if basis == "none":
        return (f" on {quantity} ({label}); no other source states it, so nothing "
                "corroborates it"), None
    bound = check.against_interval
    what = _BASIS.get(basis, "what it is compared with")
    if len(against) == 1:  # (the common case: one claim, often the very interval shown)
        first = against[0]
        target = _shown(first) if first.interval is bound else show(bound)
        others = describe(first)
    else:
        target = show(bound)
        if not against:
            return f"; {what}: {target}", None
        others = "; ".join(describe(a) for a in against)
    if inside is None:
        return f"; {what}: {others}", None
    if inside:
        return (f", which asserts more than {what} supports: {others}; ",
                f" lies strictly inside {target}: a hedge was dropped")
    return f", less precise than {what}: {others}; ", f" contains {target}"


def _arith(rel: RelationView, values: Mapping[str, Interval]) -> str:
    """Return the relation's formula with what the claims say of its members (its kind's)."""
    return kind_of(rel.kind).arithmetic(rel.members, rel.scale, values)


def explain_conflict(suspect: ClaimView, members: Sequence[ClaimView],
                     relations: Sequence[RelationView], variables: Mapping[str, str]) -> str:
    """Return the message of a conflict: each member's statement and the relations' arithmetic.

    `members` is the minimal conflicting set without the suspect; `variables` maps each
    claim id to its variable.
    """
    parts = [describe(suspect)] + [describe(m) for m in members]
    text = "; ".join(parts)
    if not relations:
        return text + ": both cannot be true" if len(members) == 1 else text + \
            ": they cannot all be true"
    values: dict[str, Interval] = {}
    for view in [suspect, *members]:
        var = variables[view.id]
        if view.interval is not None:
            values[var] = values[var].intersect(view.interval) if var in values else view.interval
    arith = "; ".join(f"{r.id}: {_arith(r, values)}" for r in relations)
    return f"{text}; {arith}: these cannot all hold"


def explain_relation_conflict(relations: Sequence[RelationView]) -> str:
    """Return the message of relations that contradict each other without any claim."""
    arith = "; ".join(f"{r.id}: {_arith(r, {})}" for r in relations)
    return (f"these relations cannot all hold, whatever the figures ({arith}): "
            "one of them is declared wrong")


def explain_implied(label: str, var: str, own: Interval | None, implied: Interval,
                    relations: Sequence[RelationView], values: Mapping[str, Interval],
                    blamed: Sequence[str] = ()) -> str:
    """Return the message of an implied bound (REL002), with each relation's arithmetic.

    `values` holds what the claims not blamed say of each variable (the intersection of
    its claims); `blamed` names the claims on `var` set aside as suspects.
    """
    via = "; ".join(f"{r.id}: {_arith(r, values)}" for r in relations) or "the relations"
    apart = ""
    if blamed:
        names = ", ".join(f"`{b}`" for b in blamed)
        apart = (f"apart from the blamed claim {names}, " if len(blamed) == 1
                 else f"apart from the blamed claims {names}, ")
    if own is None:
        return (f"{apart}no claim states {var} ({label}); the relations imply "
                f"{show(implied)} ({via})")
    claims = "the other claims" if apart else "the claims"
    return (f"{apart}{claims} on {var} ({label}) say {show(own)}; the relations narrow it to "
            f"{show(implied)} ({via})")


def explain_unit_mismatch(claim: str, says: str, stated: str, quantity: str, unit: str) -> str:
    """Return the message of XCK007: the words of claim `claim` state a unit (`stated`,
    as `checker.numbers.Stated.mismatch` words it) that quantity `quantity` of `unit`
    does not have."""
    return (f"claim {claim} says {says!r}: {stated}, but quantity {quantity} is in "
            f"{unit!r}; the claim is left out of the checks until the unit is resolved")
