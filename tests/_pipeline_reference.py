"""The assembly of claim findings and claim results as it stood before its one-pass
forms (`checker.pipeline`).

The oracle of tests/test_pipeline.py: `_claim_findings` must return exactly the findings
these two passes return (`verdict_findings` then `repeat_findings`), and `_claim_results`
exactly the results `claim_results` returns, with every claim looked up by id in each
mapping and every repetition followed with `root_of`; `quantity_results` those of the
variables.  Kept as it is; never optimise it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Mapping
from typing import Any

from checker.crosscheck import Check, Entry, root_of
from checker.explain import ClaimView, explain_repeat, explain_verdict
from checker.findings import ClaimResult, Finding, QuantityResult, QuotePosition, Verdict
from checker.intervals import Interval
from checker.rules import finding


def repeat_findings(ctx: Any, entries: list[Entry], checks: dict[str, Check],
                    views: Mapping[str, ClaimView], suspects: frozenset[str]) -> list[Finding]:
    """Return XCK006 for each claim that repeats a cited figure the problem blames."""
    out: list[Finding] = []
    for e in entries:
        chk = checks[e.id]
        if chk.repeats is None:
            continue
        root = root_of(e.id, checks)
        if root not in suspects:
            continue
        out.append(finding(
            "XCK006", explain_repeat(views[e.id], views[root], chk,
                                     [views[a] for a in chk.against if a != root]),
            claims=(e.id,), evidence=chk.against, quantities=(e.variable,),
            location=ctx.where(e.id)))
    return out


def verdict_findings(ctx: Any, entries: list[Entry], checks: dict[str, Check],
                     views: Mapping[str, ClaimView], lone: Container[str]) -> list[Finding]:
    """Return XCK003, XCK004 and XCK005 of the claims' verdicts (`lone`: the claims whose
    first verdict had nothing to compare with)."""
    out: list[Finding] = []
    for e in entries:
        chk = checks[e.id]
        if chk.verdict is Verdict.STRONGER:
            if chk.basis != "cited":
                continue
            code = "XCK003"
        elif chk.verdict is Verdict.WEAKER:
            if chk.basis not in ("cited", "references"):
                continue
            code = "XCK004"
        elif chk.verdict is Verdict.UNCORROBORATED:
            if e.id not in lone:
                continue
            code = "XCK005"
        else:
            continue
        out.append(finding(
            code, explain_verdict(views[e.id], chk, [views[a] for a in chk.against]),
            claims=(e.id,), evidence=chk.against, quantities=(e.variable,),
            location=ctx.where(e.id)))
    return out


def claim_results(ctx: Any, intervals: dict[str, Interval | None], checks: dict[str, Check],
                  positions: Mapping[str, QuotePosition], counts: dict[str, str]
                  ) -> tuple[ClaimResult, ...]:
    """Return every claim's result, sorted by id."""
    out = []
    unchecked = Check(Verdict.UNCORROBORATED, (), None, "none")
    for claim in ctx.loaded.corpus.claims:
        cid = claim.id or ""
        qty = ctx.quantities[claim.quantity]
        chk = checks.get(cid, unchecked)
        iv = intervals.get(cid)
        pos = positions.get(cid)
        if pos is None:
            pos = QuotePosition(verified=claim.count is not None)
        as_of = claim.as_of or qty.as_of
        out.append(ClaimResult(
            id=cid, source=claim.source, quantity=claim.quantity,
            variable=f"{qty.id}@{as_of}" if as_of else qty.id,
            says=claim.says, quote=claim.quote,
            interval=Interval.everything() if iv is None else iv, integer=qty.is_integer,
            verdict=chk.verdict, against=chk.against, against_interval=chk.against_interval,
            position=pos, count=counts.get(cid), as_of=as_of, note=claim.note,
            location=ctx.where(cid), repeats=chk.repeats, revises=claim.revises,
            revised_by=ctx.revised.get(cid),
            interval_source="value" if claim.value is not None else None))
    ctx.located.clear()
    return tuple(sorted(out, key=lambda r: r.id))


def quantity_results(ctx: Any, entries: list[Entry], implied: dict[str, Interval],
                     unsolved: set[str]) -> tuple[QuantityResult, ...]:
    """The variables' results as the pipeline made them before `quantity_results` sorted
    each variable's claims in place and made the records without the class's call."""
    by_var: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        by_var[e.variable].append(e.id)
    out = []
    defaults = {f"{q.id}@{q.as_of}" if q.as_of else q.id for q in ctx.quantities.values()}
    variables = set(by_var) | set(implied) | defaults
    for var in sorted(variables):
        qid, _, as_of = var.partition("@")
        qty = ctx.quantities[qid]
        claims = by_var.get(var)
        out.append(QuantityResult(
            var, qid, qty.label, qty.unit, qty.is_integer, as_of or qty.as_of,
            tuple(sorted(claims)) if claims else (), implied.get(var), var not in unsolved))
    return tuple(out)
