"""The verdicts' side of the audit pipeline (layer 3, a part of `checker.pipeline`): the
cross-check's entries, the claims' views, the verdicts that see the whole problem, and
every claim's and quantity's result."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Mapping
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

from checker import policy
from checker._frozen import quick_new
from checker._pipeline_claims import NON_NEGATIVE, UNASKED, Ctx, variable_of
from checker.crosscheck import Check, Entry, new_entry, reconcile, set_aside
from checker.explain import (
    ClaimView,
    explain_repeat,
    fits,
    show,
    speaker,
    statement,
    verdict_parts,
)
from checker.findings import (
    ClaimResult,
    Finding,
    QuantityResult,
    QuotePosition,
    Verdict,
    fingerprint_of,
)
from checker.intervals import Interval
from checker.models import Claim
from checker.rules import RULES

if TYPE_CHECKING:  # pragma: no cover - typing only
    from checker.consistency import Consistency


def entry_of(ctx: Ctx, claim: Claim, interval: Interval | None) -> Entry:
    """Return the cross-check's view of `claim` (`claim_entries` makes the same, faster)."""
    src = ctx.sources[claim.source]
    cites = frozenset([claim.attributed_to]) if claim.attributed_to else frozenset(src.cites)
    assert interval is not None
    cid = claim.id or ""
    return Entry(cid, claim.source, src.kind,
                 variable_of(claim, ctx.quantities[claim.quantity]), interval, cites,
                 cid in ctx.revised)


def claim_entries(ctx: Ctx, intervals: dict[str, Interval | None]) -> list[Entry]:
    """Return the `entry_of` of every claim that has an interval, in the corpus's order.

    Claims share their source's set of cites, and a variable's name, instead of making
    one of each per claim (most claims of a source cite the same sources).
    """
    out: list[Entry] = []
    append = out.append
    sources, quantities, revised = ctx.sources, ctx.quantities, ctx.revised
    # (source, attributed_to) -> the source's kind and the cites; (quantity, as_of) ->
    # the variable; keyed by the source or quantity alone in the common case.
    cited: dict[object, tuple[str, frozenset[str]]] = {}
    names: dict[object, str] = {}
    interval_of = intervals.get
    for claim in ctx.loaded.corpus.claims:
        cid = claim.id or ""
        iv = interval_of(cid)
        if iv is None:
            continue
        source, attributed = claim.source, claim.attributed_to
        key: object = source if attributed is None else (source, attributed)
        known = cited.get(key)
        if known is None:
            src = sources[source]
            known = cited[key] = (src.kind, frozenset([attributed]) if attributed
                                  else frozenset(src.cites))
        at: object = claim.quantity if claim.as_of is None else (claim.quantity, claim.as_of)
        variable = names.get(at)
        if variable is None:
            variable = names[at] = variable_of(claim, quantities[claim.quantity])
        append(new_entry(cid, source, known[0], variable, iv, known[1], cid in revised))
    return out


_dict_get = dict.get


class _Said(Protocol):
    """What a claim's view is made of: a `Claim` or its `ClaimResult`."""

    @property
    def id(self) -> str | None: ...

    @property
    def source(self) -> str: ...

    @property
    def quantity(self) -> str: ...

    @property
    def says(self) -> str | None: ...


class Views(dict[str, ClaimView]):
    """Claim id → `ClaimView`, each built when a message first asks for it.

    Only the claims that findings name need a view (about half of them in a large
    corpus), so the others are never built.  A message names the figure of a report in
    every claim citing it: a view once built is a plain dict entry (`__missing__` builds
    it), so asking again costs no Python call, until `forget` drops the views built (as
    the claims' results are made, every `SHARED_RUN` claims).  Every claim has one: `in`,
    `len`, `get` and iteration are over all claims.
    """

    def __init__(self, ctx: Ctx, intervals: dict[str, Interval | None],
                 counts: dict[str, str]) -> None:
        super().__init__()
        # (a claim, or what stands in for it: its result, as the results are made)
        self._claims: dict[str, _Said] = {claim.id or "": claim
                                          for claim in ctx.loaded.corpus.claims}
        self._ctx, self._intervals, self._counts = ctx, intervals, counts
        self._kinds: dict[str, str] = {}  # source id -> its kind (a source has many claims)
        # the claims without an interval whose results stand in for them (`no_interval`)
        self._none: set[str] = set()

    def __missing__(self, cid: str) -> ClaimView:
        claim = self._claims[cid]  # KeyError for an id that is no claim
        interval = self._intervals.get(cid, _DROPPED)
        if interval is _DROPPED:
            # Not in the intervals: a claim without one, or one whose result stands in
            # for it and holds its interval (dropped by `assemble_claims`).
            interval = (claim.interval if isinstance(claim, ClaimResult)
                        and cid not in self._none else None)
        return self.of(claim, interval)

    def no_interval(self, cid: str) -> None:
        """Record that claim `cid`, whose result stands in for it, has no interval (its
        result holds the whole line instead)."""
        self._none.add(cid)

    def intervals_left(self) -> dict[str, Interval | None]:
        """Copy the intervals not dropped yet into a dict of their size, empty the one
        they were in (its table was sized for every claim), and return the copy: the
        dict `assemble_claims` drops the next intervals from."""
        left = dict(self._intervals)
        self._intervals.clear()
        self._intervals = left
        return left

    def of(self, claim: _Said, interval: Interval | None) -> ClaimView:
        """Return the view of `claim`, whose interval is `interval`: `self[claim.id]`
        without looking the claim up."""
        cid = claim.id or ""
        view = _dict_get(self, cid)
        if view is None:
            source, quantity = claim.source, claim.quantity
            kind = self._kinds.get(source)
            if kind is None:
                kind = self._kinds[source] = self._ctx.sources[source].kind
            qty = self._ctx.quantities[quantity]
            view = self[cid] = _new_view(cid, source, kind, quantity, qty.label, qty.unit,
                                         claim.says, self._counts.get(cid), interval)
        return view

    def get(self, cid: str, default: Any = None) -> Any:
        return self[cid] if cid in self._claims else default

    def forget(self) -> None:
        """Drop every view built so far (each is built again when next asked for): what
        the messages of claims far apart in the corpus's order rarely share."""
        super().clear()

    def close(self) -> None:
        """Drop every view and what stands in for every claim: nothing is asked after."""
        super().clear()
        self._claims.clear()
        self._intervals.clear()
        self._none.clear()

    def stand_in(self) -> Callable[[str, _Said], None]:
        """Return the function that makes a view of claim `cid` read `said` (the claim's
        result, say) instead of its model: once each claim's result stands in for it,
        nothing here holds the claims' models."""
        return self._claims.__setitem__

    def __contains__(self, cid: object) -> bool:
        return cid in self._claims

    def __iter__(self) -> Iterator[str]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    # The views of a mapping over every claim (a dict's own would show only those built).
    keys = Mapping.keys  # type: ignore[assignment]
    items = Mapping.items  # type: ignore[assignment]
    values = Mapping.values  # type: ignore[assignment]
    __eq__ = Mapping.__eq__
    __hash__ = None


_new_view: Callable[..., ClaimView] = quick_new(ClaimView)  # (`ClaimView(...)`, quicker)
_DROPPED: Any = object()  # (`Views.__missing__`: a claim not in the intervals)


def views_of(ctx: Ctx, intervals: dict[str, Interval | None],
           counts: dict[str, str]) -> Mapping[str, ClaimView]:
    return Views(ctx, intervals, counts)


_BASIS = attrgetter("basis")
_ENTRY_ID = attrgetter("id")
_BLAMED = Check(Verdict.CONFLICTS, (), None, "blamed")  # (no verdict: read for its basis)


def whole_verdicts(ctx: Ctx, entries: list[Entry], checks: dict[str, Check],
                    solved: Consistency, bounds: Callable[..., dict[str, Interval]]
                    ) -> tuple[dict[str, Check], Mapping[str, str]]:
    """Return the verdicts that see the whole problem (`crosscheck.reconcile`), and the
    blamed claims, each with the suspect it is or repeats (`crosscheck.set_aside`)."""
    aside = set_aside(entries, checks, ctx.config.trust, solved.suspects)
    blamed, alone = aside  # which claims have nothing to compare with, the blamed set aside
    # (the bases of the second verdicts read in C: a blamed claim's is none of them)
    bases = map(_BASIS, map(alone.get, map(_ENTRY_ID, entries), repeat(_BLAMED)))
    wanted = {e.variable for e, basis in zip(entries, bases, strict=True) if basis == "none"}
    bearing = bounds(solved, wanted, ctx.config)
    # Only the blamed claims' variables and those with a bearing need their domain.
    needed = set(bearing)
    if blamed:
        needed |= {e.variable for e in entries if e.id in blamed}
    domains: dict[str, Interval] = {}
    for var in needed:
        qty = ctx.quantities[var.partition("@")[0]]
        domains[var] = Interval.everything() if qty.signed else NON_NEGATIVE
    return reconcile(entries, checks, ctx.config.trust, solved.suspects, solved.evidence,
                     solved.implied, bearing, domains, aside), blamed


def assemble_claims(ctx: Ctx, claims: list[Claim], entries: list[Entry],
                     intervals: dict[str, Interval | None],
                     checks: dict[str, Check], lone: Container[str],
                     blamed: Mapping[str, str], views: Views,
                     positions: dict[str, QuotePosition], counts: dict[str, str]
                     ) -> tuple[list[Finding], tuple[ClaimResult, ...]]:
    """Return the findings of the claims' verdicts and every claim's result (sorted by
    id), in one pass over the claims in the corpus's order.

    The findings are XCK003 (stronger than the source it cites), XCK004 (weaker than it
    or than the references), XCK005 (a single-source quantity: a claim left with nothing
    to compare once the blamed claims are set aside gets the verdict but not the
    finding, the blamed claims having findings of their own), then XCK006 for each claim
    that repeats a cited figure the problem blames.  `blamed` gives each blamed claim
    the suspect it is or repeats (`set_aside`: the repetitions stay those of the first
    verdicts, so they are those of `checks`); `lone` holds the claims whose first
    verdict had nothing to compare with (basis "none").

    `claims` are the corpus's claims in its order and `entries` the cross-check's
    (`claim_entries`), in the same order: both lists are emptied as the results are
    made, so that each claim's model and entry can go as soon as its result is made (the
    run's peak of memory is as the last results are made).  `checks` and `positions`
    are emptied too, first: their values are taken into lists in the claims' order,
    popped as the claims are, so that their tables go before the results are made and
    each claim's verdict goes with its model (a claim's result keeps its verdict's parts,
    not the `Check`).  `intervals` is emptied as the results are made (a claim's result
    holds its interval and stands in for it in `views`, which read the same dict), and
    `views` once every result is made (nothing reads them after).  Walked beside the
    claims, each entry gives its claim's variable and interval, so that only the claims
    without an interval are looked up in `intervals`.  A claim's location is asked for once, for
    its findings and its result alike; a finding is made directly (`rules.finding` would
    look its rule up each time), and only of a rule the run reports
    (`policy.is_selected`; policy itself decides everything else).

    A verdict finding's message is `explain_verdict`'s, made of its parts: the claim's
    own statement (`explain.statement`, from the claim at hand: no view of it is made),
    its interval's text, and what `explain.verdict_parts` says around them, made once
    for the claims that share their check (news stories citing one report's figure
    alike share one `Check`), the sentence (`explain.fits`) and, for a claim nothing
    corroborates, the quantity.
    """
    verdicts: list[Finding] = []
    repeats: list[Finding] = []
    out: list[ClaimResult] = []
    append = out.append
    quantities, sources = ctx.quantities, ctx.sources
    # (a finding of a rule this run does not report is never made: policy would drop it)
    rules = {code: (RULES[code].name, RULES[code].severity)
             for code in ("XCK003", "XCK004", "XCK005", "XCK006")
             if policy.is_selected(code, ctx.config)}
    repeating = bool(blamed) and "XCK006" in rules
    stronger, weaker, alone = Verdict.STRONGER, Verdict.WEAKER, Verdict.UNCORROBORATED
    no_ids: tuple[str, ...] = ()
    # The locations that findings of earlier stages asked for already (XCK007), then
    # the rest (not kept: nothing asks for them again).
    located, locate = ctx.located.get, ctx.loaded.locator()
    asked = bool(ctx.located)
    revised_by, count_of = ctx.revised.get, counts.get
    revised = bool(ctx.revised)
    everything = Interval.everything()
    unverified, counted = QuotePosition(verified=False), QuotePosition(verified=True)
    unchecked = Check(Verdict.UNCORROBORATED, (), None, "none")  # a claim with no interval
    # quantity id -> (whole numbers, its as_of, unit, label); (quantity, as_of) -> variable
    shared: dict[str, tuple[bool, str | None, str, str]] = {}
    names: dict[tuple[str, str | None], str] = {}
    # What verdict messages share: (the check's id, `fits`) or, for a claim nothing
    # corroborates, its quantity -> `verdict_parts`; an
    # interval's id -> its text (the intervals live as long as this call, in the results;
    # a check goes with its last claim, so those whose ids are keys of `parts` are held
    # in `keyed` while they are: no id of a dead check can come back as a live one's).
    # Claims that share parts stand together in the corpus's order (the stories citing a
    # report follow it), so they are emptied every `SHARED_RUN` claims, with the claims'
    # views built so far: kept to the end, they would be alive at the run's peak of
    # memory (about 130 bytes a claim, and a view of one claim in five).  The
    # intervals' texts are few and shared across the corpus: they are kept.
    parts: dict[object, tuple[str, str | None]] = {}
    keyed: list[Check] = []
    texts: dict[int, str] = {}
    speakers: dict[str, str] = {}  # source id -> who says it (`explain.speaker`)
    own, stand_in, forget, no_interval = (views.of, views.stand_in(), views.forget,
                                          views.no_interval)
    # Both lists are emptied as the results are made, in the claims' order: each claim's
    # model and entry goes as its result is made (its result stands in for it in
    # `views`), unless something else holds it.
    ids = [claim.id or "" for claim in claims]
    ids.reverse()
    verdict_of = list(map(checks.get, ids, repeat(unchecked)))
    place_of = list(map(positions.get, ids))
    del ids
    checks.clear()
    positions.clear()
    claims.reverse()
    entries.reverse()
    take, next_entry = claims.pop, entries.pop
    next_check, next_position = verdict_of.pop, place_of.pop
    entry = next_entry() if entries else None
    # Each claim in the cross-check has its interval dropped once its result stands in
    # for it (the result holds it); the intervals left are copied into a smaller dict
    # each time they are down to half, so that the table sized for every claim goes
    # half-way through and what is left at the end is the claims without an interval.
    if views._intervals is not intervals:  # (the same dict: `intervals_left` copies it)
        raise AssertionError("the claims' views read other intervals than these")
    drop, shrink_at = intervals.pop, len(intervals) // 2
    while claims:
        claim = take()
        got_check, pos = next_check(), next_position()
        if not len(claims) & _SHARED_MASK:
            parts.clear()
            keyed.clear()
            forget()
        cid = claim.id or ""
        qid, as_of = claim.quantity, claim.as_of
        known = shared.get(qid)
        if known is None:
            qty = quantities[qid]
            known = shared[qid] = (qty.is_integer, qty.as_of, qty.unit, qty.label)
        if asked:
            where: Any = located(cid, UNASKED)
            if where is UNASKED:
                where = locate(cid)
        else:
            where = locate(cid)
        if entry is not None and entry.id == cid:
            variable, iv, chk, checked = entry.variable, entry.interval, got_check, True
            if chk is unchecked:  # (every claim in the cross-check has its verdict)
                raise AssertionError(f"claim {cid!r} has no verdict")
            entry = next_entry() if entries else None
            if repeating and chk.repeats is not None:
                root = blamed.get(cid)
                if root is not None:
                    name, severity = rules["XCK006"]
                    repeats.append(new_finding(
                        "XCK006", name, severity,
                        explain_repeat(own(claim, iv), views[root], chk,
                                       [views[a] for a in chk.against if a != root]),
                        (cid,), chk.against, no_ids, (variable,), no_ids, where, "",
                        fingerprint=fingerprint_of(
                            f"XCK006|{cid}|{','.join(chk.against)}|{variable}||")))
            verdict = chk.verdict  # (compared by identity: an enum's hash is a Python call)
            code = None
            if verdict is stronger:
                if chk.basis == "cited":
                    code = "XCK003"
            elif verdict is weaker:
                if chk.basis == "cited" or chk.basis == "references":
                    code = "XCK004"
            elif verdict is alone and cid in lone:
                code = "XCK005"
            if code is not None and code in rules:
                inside = fits(iv, chk.against_interval)
                key: object = qid if chk.basis == "none" else (id(chk), inside)
                around = parts.get(key)
                if around is None:
                    if key is not qid:
                        keyed.append(chk)
                    around = parts[key] = verdict_parts(
                        chk, [views[a] for a in chk.against], qid, known[3], inside)
                value = texts.get(id(iv))
                if value is None:
                    value = texts[id(iv)] = show(iv)
                source, says = claim.source, claim.says
                if claim.count is None:  # `statement` of a quoted claim, in one text
                    who = speakers.get(source)
                    if who is None:
                        who = speakers[source] = speaker(source, sources[source].kind)
                    words = says or "its value"
                    tail = around[1]
                    if known[2] == "percent" or value != words:
                        text = (f"{who} says “{words}” ({value}){around[0]}" if tail is None
                                else f"{who} says “{words}” ({value}){around[0]}{value}{tail}")
                    else:
                        text = (f"{who} says “{words}”{around[0]}" if tail is None
                                else f"{who} says “{words}”{around[0]}{value}{tail}")
                else:
                    text = statement(source, sources[source].kind, says, count_of(cid),
                                     known[2], value) + around[0]
                    if around[1] is not None:
                        text += value + around[1]
                name, severity = rules[code]
                against = chk.against
                verdicts.append(new_finding(
                    code, name, severity, text, (cid,), against, no_ids, (variable,), no_ids,
                    where, "", fingerprint=fingerprint_of(
                        f"{code}|{cid}|{','.join(against)}|{variable}||")))
        else:  # no interval: not in the cross-check
            at = (qid, as_of)
            named = names.get(at)
            if named is None:
                named = names[at] = variable_of(claim, quantities[qid])
            variable = named
            got = intervals.get(cid)
            iv = everything if got is None else got
            chk, checked = got_check, False
        if pos is None:
            pos = counted if claim.count is not None else unverified
        # positional, in the order of `ClaimResult`'s fields (a third faster than keywords);
        # made without the class's call (`new_result`, as `new_finding` above)
        made = new_result(
            cid, claim.source, qid, variable, claim.says, claim.quote, iv, known[0],
            chk.verdict, chk.against, chk.against_interval, pos,
            None if claim.count is None else count_of(cid), as_of or known[1], claim.note,
            where, chk.repeats, claim.revises, revised_by(cid) if revised else None,
            "value" if claim.value is not None else None)
        append(made)
        stand_in(cid, made)  # (a later message's view of this claim reads its result)
        if checked:
            drop(cid, None)
            if len(intervals) <= shrink_at:
                intervals = views.intervals_left()
                drop, shrink_at = intervals.pop, len(intervals) // 2
        else:
            no_interval(cid)
    ctx.located.clear()
    # Every message is made: the claims' views go before the results are sorted (the
    # sort's keys and the tuple are made at the run's peak of memory).
    views.close()
    verdicts += repeats
    out.sort(key=_result_id)
    return verdicts, tuple(out)


_result_id = attrgetter("id")
# A claim's result and a verdict finding, made without the class's call (`_frozen.quick_new`:
# the same instances, about half the cost of the call; one per claim, and for a third of
# them), the finding given its fingerprint, whose key is written from what is at hand
new_result: Callable[..., ClaimResult] = quick_new(ClaimResult)
new_finding: Callable[..., Finding] = quick_new(Finding, derived=True)

SHARED_RUN = 4096
"""Claims between two emptyings of `assemble_claims`'s shared message parts (a power of
2: 318 more `verdict_parts` calls than 19,171 at 100,000 claims)."""
_SHARED_MASK = SHARED_RUN - 1


def quantity_results(ctx: Ctx, entries: list[Entry], implied: dict[str, Interval],
                      unsolved: set[str]) -> tuple[QuantityResult, ...]:
    """Return the result of every variable: each quantity at its default date (its own
    `as_of`) and every variable of a claim or of an implied bound, sorted by id."""
    by_var: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        by_var[e.variable].append(e.id)
    quantities = ctx.quantities
    variables = set(by_var)
    variables.update(implied)
    variables.update([f"{q.id}@{q.as_of}" if q.as_of else q.id for q in quantities.values()])
    out: list[QuantityResult] = []
    append, claims_of, implied_of = out.append, by_var.get, implied.get
    for var in sorted(variables):
        qid, _, as_of = var.partition("@")
        qty = quantities[qid]
        claims = claims_of(var)
        if claims:
            claims.sort()
        append(new_quantity(var, qid, qty.label, qty.unit, qty.is_integer, as_of or qty.as_of,
                            tuple(claims) if claims else (), implied_of(var),
                            var not in unsolved))
    return tuple(out)


new_quantity: Callable[..., QuantityResult] = quick_new(QuantityResult)
