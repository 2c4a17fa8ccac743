"""The claims' side of the audit pipeline (layer 3, a part of `checker.pipeline`): the
run's context, and every claim's interval read from its words, its `value` or its table
count."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.config import Config
from checker.errors import CheckerError, CorpusError
from checker.explain import explain_unit_mismatch
from checker.findings import Finding, Location
from checker.intervals import Interval
from checker.loader import LoadedCorpus, shown_path
from checker.models import Claim, Quantity, Source
from checker.rules import finding
from checker.tables import Table, compile_filter, count_rows, describe_filter

UNASKED = object()
NON_NEGATIVE = Interval.of(0, None)


@dataclass
class Ctx:
    loaded: LoadedCorpus
    config: Config
    sources: dict[str, Source]
    quantities: dict[str, Quantity]
    revised: dict[str, str] = field(default_factory=dict)  # claim id -> the claim revising it
    located: dict[str, Location | None] = field(default_factory=dict)

    def where(self, cid: str) -> Location | None:
        """Return the location of claim `cid`, asked of the loader once per claim (a
        claim's result and each of its findings show it)."""
        got = self.located.get(cid, UNASKED)
        if got is UNASKED:
            got = self.located[cid] = self.loaded.location(cid)
        return got  # type: ignore[return-value]


def variable_of(claim: Claim, qty: Quantity) -> str:
    as_of = claim.as_of or qty.as_of
    return f"{qty.id}@{as_of}" if as_of else qty.id


def is_refused(iv: Interval, whole_numbers: bool, signed: bool) -> bool:
    """Return whether a claim's interval `iv` is refused: no whole number (on a quantity
    of whole numbers, `iv` already rounded to them) or nothing ≥ 0 (on an unsigned one)."""
    if whole_numbers:
        return iv.is_empty()
    return not signed and iv.intersect(NON_NEGATIVE).is_empty()


def claim_intervals(ctx: Ctx, tables: dict[str, Table], errors: list[CheckerError]
                     ) -> tuple[dict[str, Interval | None], dict[str, str], list[Finding]]:
    """Return every claim's interval, the wording of its `count:` filter, and the XCK007
    findings of claims whose words state another unit than their quantity's.

    A claim whose `says` or filter cannot be read adds its error to `errors`.
    """
    from checker.numbers import Domain, SaysError, parse_says, parse_whole
    from checker.units import unit_kind

    def refuse(error: CheckerError, cid: str) -> None:
        if error.file is not None:
            error.file = shown_path(ctx.loaded.root, error.file)
        errors.append(error)
        out[cid] = None

    out: dict[str, Interval | None] = {}
    counts: dict[str, str] = {}
    mismatches: list[Finding] = []
    # Many claims state the same words on the same domain: each is read once, and its
    # interval rounded to the whole numbers (when the domain takes only those) once.
    # (unit, whole numbers, signed, rounding) -> the domain and its number: a domain is
    # made of these alone, so quantities share them (a corpus has many quantities and
    # few units)
    domains: dict[tuple[str, bool, bool, str], tuple[Domain, int]] = {}
    # (says, domain number) -> the words' interval, the mismatch of their unit (None:
    # none), and whether the interval is refused
    said: dict[tuple[str, int], tuple[Interval, str | None, bool]] = {}
    wholes: dict[tuple[Interval, bool], Interval] = {}
    numbered: dict[Domain, int] = {}
    # The readings of most claims, taken at once: quantity (with the claim's rounding
    # when it gives one) -> its domain, the domain's number, and the words read on it
    # whose interval is kept as it is (no unit of another kind, not refused) -> that
    # interval.  A claim whose words are not there takes the way below, which adds them.
    accepted: dict[int, dict[str, Interval]] = {}  # domain number -> says -> interval
    ready: dict[object, tuple[Domain, int, dict[str, Interval]]] = {}
    tolerance, default_rounding = ctx.config.tolerance, ctx.config.rounding
    loc = ctx.loaded.location

    def domain_of(qty: Quantity, rounding: str) -> tuple[Domain, int, dict[str, Interval]]:
        whole_numbers = qty.is_integer
        at = (qty.unit, whole_numbers, qty.signed, rounding)
        known = domains.get(at)
        if known is None:
            domain = Domain.of(unit_kind(qty.unit), integer=whole_numbers,
                               signed=qty.signed, rounding=rounding)
            known = domains[at] = (domain, numbered.setdefault(domain, len(numbered)))
        kept = accepted.get(known[1])
        if kept is None:
            kept = accepted[known[1]] = {}
        return known[0], known[1], kept

    for claim in ctx.loaded.corpus.claims:
        if claim.count is None and claim.value is None:
            at: object = claim.quantity if claim.rounding is None else (claim.quantity,
                                                                        claim.rounding)
            on = ready.get(at)
            if on is None:
                on = ready[at] = domain_of(ctx.quantities[claim.quantity],
                                           claim.rounding or default_rounding)
            iv = on[2].get(claim.says)  # type: ignore[arg-type]
            if iv is not None:
                out[claim.id or ""] = iv
                continue
        cid = claim.id or ""
        qty = ctx.quantities[claim.quantity]
        if claim.count is not None:
            table = tables.get(claim.source)
            if table is None:
                out[cid] = None  # PRV004 reports the missing table
                continue
            try:
                predicate = compile_filter(claim.count, table.columns)
            except CorpusError as exc:
                where = loc(cid, "count")  # only now: a JSON file's field lines are costly
                refuse(exc.located(file=where.file if where else None,
                                   line=where.line if where else None,
                                   field=f"claim `{cid}`: count"), cid)
                continue
            n = count_rows(table, predicate)
            out[cid] = Interval.point(n)
            counts[cid] = describe_filter(claim.count)
            continue
        whole_numbers = qty.is_integer
        if claim.value is not None:
            v = claim.value
            iv = Interval.of(v.min, v.max, v.min_open, v.max_open)
            if whole_numbers:
                key = (iv, qty.signed)
                whole = wholes.get(key)
                if whole is None:  # the same interval recurs across claims: round it once
                    whole = wholes[key] = iv.integers(None if qty.signed else 0)
                iv = whole
        else:
            assert on is not None  # (this claim's: set above)
            domain, number, kept = on
            says = claim.says or ""
            read = said.get((says, number))
            if read is None:
                # (the domain takes whole numbers exactly when the quantity does, and
                # is signed exactly when it is)
                whole = parse_whole(says, tolerance=tolerance, domain=domain) \
                    if whole_numbers else None
                if whole is not None:  # the commonest words: a whole figure, kept
                    read = said[says, number] = (whole, None, False)
                else:
                    try:
                        stated = parse_says(says, tolerance=tolerance, domain=domain)
                    except SaysError as exc:
                        where = loc(cid, "says")
                        advice = "" if "value:" in str(exc) else (
                            "; write the interval with `value: {min: .., max: ..}`")
                        refuse(CorpusError(
                            f"cannot read says {short(claim.says)}: {exc}{advice}"
                            if short(claim.says)[1:-1] not in str(exc) else f"{exc}{advice}",
                            file=where.file if where else None,
                            line=where.line if where else None,
                            field=f"claim `{cid}`: says"), cid)
                        continue
                    iv = stated.interval
                    if whole_numbers:
                        iv = iv.integers(None if qty.signed else 0)
                    read = said[says, number] = (iv, stated.mismatch,
                                                 is_refused(iv, whole_numbers, qty.signed))
            iv, mismatch, refused = read
            if mismatch is None and not refused and claim.says is not None:
                kept[claim.says] = iv
            if mismatch is not None:
                # The words' unit is not the quantity's: usually the source's own slip,
                # so a finding on the claim (XCK007), and no interval in the problem.
                mismatches.append(finding(
                    "XCK007", explain_unit_mismatch(cid, says, mismatch, qty.id,
                                                    qty.unit),
                    claims=(cid,), quantities=(variable_of(claim, qty),), location=ctx.where(cid)))
                out[cid] = None
                continue
            if not refused:
                out[cid] = iv
                continue
        if whole_numbers:
            if iv.is_empty():
                where = loc(cid, "says" if claim.value is None else "value")
                what = "whole number" if qty.signed else "whole number ≥ 0"
                refuse(CorpusError(
                    f"{claim.says or 'value'!r} holds no {what}, but "
                    f"quantity `{qty.id}` counts whole things", file=where.file if where else None,
                    line=where.line if where else None,
                    field=f"claim `{cid}`: {'says' if claim.value is None else 'value'}"), cid)
                continue
        elif not qty.signed and iv.intersect(NON_NEGATIVE).is_empty():
            where = loc(cid, "says" if claim.value is None else "value")
            refuse(CorpusError(
                f"{claim.says or 'value'!r} is negative, but quantity "
                f"`{qty.id}` is never negative: give it `signed: true` if it can be (a change, "
                "a balance, an anomaly)", file=where.file if where else None,
                line=where.line if where else None,
                field=f"claim `{cid}`: {'says' if claim.value is None else 'value'}"), cid)
            continue
        out[cid] = iv
    return out, counts, mismatches


def short(text: str | None, limit: int = 80) -> str:
    """Return `text` quoted for a message, cut to `limit` characters."""
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
