"""Merge the claim files' valid items into one corpus (layer 1: a part of `checker.loader`).

Every id goes into one namespace; every reference (a claim's source and quantity, a
relation's members, `within`, `cites`, `attributed_to`, `revises`) must name a kept item of
the right kind; an item with an error is left out with everything that refers to it, so
the merged corpus is consistent however many errors there were.  A clean corpus is kept a
list at a time (`_add_all`, `_keep_all_claims`), one C call per step; anything else takes
the item-by-item loop that words each error.
"""

from __future__ import annotations

import dataclasses
import operator
import types
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import compress, repeat
from pathlib import Path
from typing import Any

from checker._loader_corpus import _PLACE_BITS, LoadedCorpus, Origin, Origins, Places
from checker._loader_paths import _resolve_paths, shown_path
from checker._validation import ITEM_NOUNS, field_label
from checker._yamlnodes import ParsedFile
from checker.errors import CheckerError, CorpusError, did_you_mean
from checker.kinds import relation_id_members
from checker.models import (
    Claim,
    Corpus,
    CorpusFile,
    Ignore,
    Quantity,
    Relation,
    Report,
    Source,
    relation_id,
)

_ID_FIELD = ("id",)


class _Namespace:
    """Every id of the corpus, with where it was first defined (and so its kind)."""

    def __init__(self, origins: Origins, line: Any, show: Any,
                 errors: list[CheckerError]) -> None:
        # Where each id was defined: the corpus's origins.  Lines are looked up only for
        # an error message, so that a JSON corpus never needs its full line map
        # (composing it is slow).  The field of the definition is `id` unless `fields`
        # says otherwise.
        self.origins = origins
        self.codes = origins.codes
        self.kind = origins.kind
        self.fields: dict[str, tuple[str | int, ...]] = {}
        self._line = line
        self._show = show
        self._errors = errors

    def add(self, ident: str, code: int, *fields: str | int) -> bool:
        """Record `ident` (defined at origin `code`); return False (and add an error) when
        it is already taken."""
        if ident in self.codes:
            first = self.origins[ident]
            first_fields = self.fields.get(ident, _ID_FIELD)
            origin = self.origins.origin(code)
            self._errors.append(CorpusError(
                f"duplicate id `{ident}` (already the id of a {self.kind(ident)} at "
                f"{self._show(first.file)}:{self._line(first, *first_fields)})",
                file=origin.file, line=self._line(origin, *fields),
                field=f"{ITEM_NOUNS[origin.section]} `{ident}`: id"))
            return False
        self.codes[ident] = code
        if fields != _ID_FIELD:
            self.fields[ident] = fields
        return True

    def of_kind(self, kind: str) -> list[str]:
        """Return every id of `kind` (for "did you mean")."""
        slots = {n for n, (_, section) in enumerate(self.origins.slots)
                 if ITEM_NOUNS[section] == kind}
        return [i for i, code in self.codes.items() if code >> _PLACE_BITS in slots]


_ID = operator.attrgetter("id")
_SOURCE = operator.attrgetter("source")
_QUANTITY = operator.attrgetter("quantity")
_COUNT = operator.attrgetter("count")
_ATTRIBUTED = operator.attrgetter("attributed_to")
_REVISES = operator.attrgetter("revises")
_VALUE = operator.attrgetter("value")


def _add_all(taken: dict[str, int], items: Sequence[Any], codes: Iterable[int],
             kept: list[Any]) -> bool:
    """Record the ids of `items` (at origin `codes`) in `taken` and keep them all, when each
    has an id of its own that no item before has and no other item of `items` repeats.

    What the item-by-item loop of `_merge` does for such items, with one C call per step
    instead of Python steps per item; return False, changing nothing, for anything else
    (the loop then records them one by one, with their errors).
    """
    ids = list(map(_ID, items))
    if not taken.keys().isdisjoint(ids):
        return False
    before = len(taken)
    taken.update(zip(ids, codes, strict=True))
    if len(taken) != before + len(ids) or None in taken or "" in taken:
        for ident in ids:  # one repeats, or has none: as it was
            taken.pop(ident, None)
        return False
    kept.extend(items)
    return True


def _keep_all_claims(claims: list[Claim], sources: dict[str, str], datasets: set[str],
                     quantities: dict[str, str], kind_of: Callable[[str], str | None]
                     ) -> tuple[list[Claim], list[Claim]] | None:
    """Keep every claim when each refers only to kept items of the right kind: its source
    (one of `sources`, one of `datasets` exactly when the claim is a `count:`), its
    quantity (one of `quantities`) and its `attributed_to` (an id of a source, by
    `kind_of`).  `sources` and `quantities` map each id to the item's own string.

    What the claim-by-claim loop of `_merge` does for such claims (each then shares the
    strings of its source's and quantity's ids), with one C call per step instead of
    Python steps per claim.  Return the claims with a `revises:` and those with a
    `value:`, or None when any claim is not kept so (the loop then finds its errors; a
    claim may already share the strings of the ids it names, which are equal).
    """
    try:  # share the ids' strings, which finds any unknown id
        deque(map(_SET_SOURCE, claims, map(sources.__getitem__, map(_SOURCE, claims))),
              maxlen=0)
        deque(map(_SET_QUANTITY, claims,
                  map(quantities.__getitem__, map(_QUANTITY, claims))), maxlen=0)
    except KeyError:
        return None
    if list(map(operator.is_not, map(_COUNT, claims), repeat(None))) \
            != list(map(datasets.__contains__, map(_SOURCE, claims))):
        return None  # a `count:` from a text, or a dataset's claim that is no count
    attributed = set(map(_ATTRIBUTED, claims))
    attributed.discard(None)
    if any(kind_of(ident) != "source" for ident in attributed):
        return None
    return ([*compress(claims, map(_REVISES, claims))],  # (an id is never empty)
            [*compress(claims, map(operator.is_not, map(_VALUE, claims), repeat(None)))])


def _slot_setter(cls: type[Any], name: str) -> Callable[[Any, Any], None]:
    """Return a function that sets field `name` of an instance of the frozen `cls`
    (before anyone has seen it): its slot's own setter when it has one."""
    slot = cls.__dict__.get(name)
    if isinstance(slot, types.MemberDescriptorType):
        return slot.__set__
    return lambda instance, value: object.__setattr__(instance, name, value)


_SET_SOURCE = _slot_setter(Claim, "source")
_SET_QUANTITY = _slot_setter(Claim, "quantity")
_SAYS = operator.attrgetter("says")
_QUOTE = operator.attrgetter("quote")
_SET_SAYS = _slot_setter(Claim, "says")
_SET_QUOTE = _slot_setter(Claim, "quote")


def _share_texts(claims: list[Claim]) -> None:
    """Make the claims that quote the same words (`says`, `quote`) share one string.

    A corpus repeats its figures: at 100,000 claims 15,600 distinct `says` and 75,000
    distinct quotes, each read as a string of its own per claim (tens of megabytes at a
    million claims).  One C call per step; no one has seen the claims yet.
    """
    shared: dict[str | None, str | None] = {}
    share = shared.setdefault
    for get, store in ((_SAYS, _SET_SAYS), (_QUOTE, _SET_QUOTE)):
        texts = list(map(get, claims))
        deque(map(store, claims, map(share, texts, texts)), maxlen=0)


def _merge(root: Path, real_root: Path, per_file: list[tuple[str, CorpusFile, Places]],
           parsed: dict[str, ParsedFile], hashes: dict[str, str],
           errors: list[CheckerError], broken: dict[str, str], *,
           complete: bool = True) -> LoadedCorpus:
    """Merge the files' valid items; add an error for each clash or dangling reference.

    Without `complete` (a claim file could not be parsed, so the ids it defines are
    unknown), a reference to an unknown id is not reported: it may well be defined there.

    An item with an error is left out (with everything that refers to it), so that the
    returned corpus is consistent however many errors there were.
    """
    origins = Origins()
    ns = _Namespace(origins, lambda origin, *fields: line(origin, *fields),
                    lambda rel: shown_path(root, rel), errors)
    sources: list[Source] = []
    quantities: list[Quantity] = []
    relations: list[Relation] = []
    relation_codes: list[int] = []
    relation_ids: list[str] = []
    relation_members_of: list[tuple[str, ...]] = []  # (`relation_members` of each)
    claims: list[Claim] = []
    unnamed: list[tuple[int, int]] = []  # (index in `claims`, origin code): no `id:` given
    ignores: list[Ignore] = []
    ignore_origins: list[Origin] = []
    report: tuple[str, Report] | None = None  # (file, block): one file only

    def line(origin: Origin, *fields: str | int) -> int | None:
        return parsed[origin.file].line((origin.section, origin.place, *fields))

    def fail(message: str, o: Origin, label: str, *fields: str | int) -> None:
        errors.append(CorpusError(message, file=o.file, line=line(o, *fields),
                                  field=field_label(label, fields)))

    taken = ns.codes
    for rel, cf, places in per_file:
        def at(section: str, items: Sequence[Any], places: Places = places,
               rel: str = rel) -> Iterable[int]:
            """The origin code of each item of `section` (kept ones only: `places`)."""
            base = origins.slot(rel, section)
            kept = places.get(section)
            return [base + k for k in kept] if kept else range(base, base + len(items))

        if cf.report is not None:
            if report is not None:
                errors.append(CorpusError(
                    f"a second `report:` block (the first is in {report[0]}); the corpus "
                    "has one, in one file", file=rel, line=parsed[rel].line(("report",)),
                    field="report"))
            else:
                report = (rel, cf.report)
        if cf.sources:
            for code, src in zip(at("sources", cf.sources), cf.sources, strict=True):
                if ns.add(src.id, code, "id"):
                    sources.append(src)
        if cf.quantities and not _add_all(
                taken, cf.quantities, item_codes := at("quantities", cf.quantities),
                quantities):
            for code, qty in zip(item_codes, cf.quantities, strict=True):
                if ns.add(qty.id, code, "id"):
                    quantities.append(qty)
        if cf.relations:
            for code, relation in zip(at("relations", cf.relations), cf.relations, strict=True):
                # (the id and the members read once: most default ids are the members)
                rid, refs = relation_id_members(relation)
                if relation.id:
                    if not ns.add(rid, code, "id"):
                        continue
                else:  # (a default id is no id of `ns`)
                    origins.defaults.setdefault(rid, code)
                relation_ids.append(rid)
                relation_members_of.append(tuple([q for q, _ in refs]))
                relations.append(relation)
                relation_codes.append(code)
        if cf.claims and not _add_all(taken, cf.claims, item_codes := at("claims", cf.claims),
                                      claims):
            for code, claim in zip(item_codes, cf.claims, strict=True):
                ident = claim.id
                if ident:
                    if not ns.add(ident, code, "id"):
                        continue
                else:
                    unnamed.append((len(claims), code))
                claims.append(claim)
        if cf.ignore:
            ignore_origins.extend(map(origins.origin, at("ignore", cf.ignore)))
            ignores.extend(cf.ignore)

    # default claim ids: "<source>.<quantity>", then ".2", ".3", ...
    for index, code in unnamed:
        claim = claims[index]
        default = f"{claim.source}.{claim.quantity}"
        name, n = default, 1
        while name in taken or name in broken:
            n += 1
            name = f"{default}.{n}"
        ns.add(name, code)
        claims[index] = dataclasses.replace(claim, id=name)

    def expect(ident: str | None, kind: str, o: Origin, label: str, *fields: str | int) -> bool:
        """Return whether `ident` (if given) is a valid id of `kind`; add an error if not."""
        if ident is None:
            return True
        found = ns.kind(ident)
        if found == kind:
            return True
        if found is None and (broken.get(ident) == kind or not complete):
            return False  # defined with an error of its own, or perhaps in an unread file
        what = (f"is a {found}, not a {kind}" if found else f"is not a known {kind}"
                + did_you_mean(ident, ns.of_kind(kind)))
        fail(f"`{ident}` {what}", o, label, *fields)
        return False

    kinds = {s.id: s.kind for s in sources}
    kept_sources = []
    for src in sources:
        o = origins[src.id]
        ok = [expect(c, "source", o, f"source `{src.id}`", "cites", j)
              for j, c in enumerate(src.cites)]
        if all(ok):
            kept_sources.append(src)
        else:
            kinds.pop(src.id)
    sources = kept_sources
    kept_quantities = [q for q in quantities
                       if q.within is None or expect(q.within, "quantity", origins[q.id],
                                                     f"quantity `{q.id}`", "within")]
    quantities = kept_quantities if _check_within_cycles(kept_quantities, origins, line,
                                                         errors) else []
    qids = {q.id for q in quantities}
    seen_rel: dict[str, int] = {}  # relation id -> the origin code of its first relation
    kept_relations: list[Relation] = []
    for relation, code, rid, members in zip(relations, relation_codes, relation_ids,
                                            relation_members_of, strict=True):
        if rid in seen_rel and seen_rel[rid] != code:
            fail(f"duplicate relation `{rid}` (give one of them an `id:`)",
                 origins.origin(code), f"relation `{rid}`")
            continue
        seen_rel[rid] = code
        if qids.issuperset(members):
            kept_relations.append(relation)
            continue
        members_ok = True
        for member in members:
            if member in qids:
                continue
            members_ok = False
            if not complete or broken.get(member) == "quantity" \
                    or ns.kind(member) == "quantity":
                continue
            fail(f"relation member `{member}` is not a known quantity"
                 + did_you_mean(member, ns.of_kind("quantity")), origins.origin(code),
                 f"relation `{rid}`")
        if members_ok:
            kept_relations.append(relation)
    relations = kept_relations
    kind_of = ns.kind
    # id -> the same id: the source's or quantity's own string, which the claims then share
    # (one string per id, not one per claim: memory)
    source_by_id = {s.id: s for s in sources if s.id in kinds}
    same_quantity_of = {q.id: q.id for q in quantities}
    kept_all = _keep_all_claims(
        claims, {i: i for i in source_by_id},
        {i for i, s in source_by_id.items() if s.kind == "dataset"}, same_quantity_of, kind_of)
    if kept_all is not None:
        kept_claims = claims
        revising, valued = kept_all
    else:
        kept_claims, revising, valued = [], [], []
    keep = kept_claims.append
    source_of = {s.id: (s.id, s.kind) for s in source_by_id.values()}.get
    quantity_of = same_quantity_of.get
    set_field = object.__setattr__  # (the claims are frozen; no one has seen them yet)
    for claim in claims if kept_all is None else ():
        source, quantity, attributed_to = claim.source, claim.quantity, claim.attributed_to
        known = source_of(source)
        same_quantity = quantity_of(quantity)
        if known is None or same_quantity is None or (
                attributed_to is not None and kind_of(attributed_to) != "source"):
            # find each error (a kept source and quantity are known ids of their kind)
            if not (kind_of(source) == "source" and kind_of(quantity) == "quantity"
                    and (attributed_to is None or kind_of(attributed_to) == "source")):
                o = origins[claim.id]  # type: ignore[index]
                label = f"claim `{claim.id}`"
                ok = [expect(source, "source", o, label, "source"),
                      expect(quantity, "quantity", o, label, "quantity"),
                      expect(attributed_to, "source", o, label, "attributed_to")]
                if not all(ok):
                    continue
            if known is None or same_quantity is None:
                continue  # its source or quantity was left out for an error of its own
        same_source, source_kind = known
        if (claim.count is None) == (source_kind == "dataset"):
            o = origins[claim.id]  # type: ignore[index]
            label = f"claim `{claim.id}`"
            if claim.count is not None:
                fail(f"`count:` needs a dataset source; `{source}` is {source_kind}", o,
                     label, "count")
            else:
                fail(f"a claim from dataset `{source}` must be a `count:`", o, label)
            continue
        keep(claim)
        if same_source is not source:
            set_field(claim, "source", same_source)
        if same_quantity is not quantity:
            set_field(claim, "quantity", same_quantity)
        if claim.revises is not None:
            revising.append(claim)
        if claim.value is not None:
            valued.append(claim)
    named = kept_claims
    if revising:
        kept_ids = {k.id for k in named}
        revising = [c for c in revising
                    if expect(c.revises, "claim", origins[c.id or ""], f"claim `{c.id}`",
                              "revises")
                    and c.revises in kept_ids]
    if revising:
        _check_revisions(named, revising, {s.id: s for s in sources}, origins, line, errors)
    kept_ignores: list[Ignore] = []
    kept_ignore_origins: list[Origin] = []
    for ign, o in zip(ignores, ignore_origins, strict=True):
        if expect(ign.source, "source", o, f"ignore[{o.place}]", "source") \
                and ign.source in kinds:
            kept_ignores.append(ign)
            kept_ignore_origins.append(o)
    out_of_range = _check_magnitudes(valued, relations, origins, line, errors)
    if out_of_range:
        named = [c for c in named if c.id not in out_of_range]
        relations = [r for r in relations if relation_id(r) not in out_of_range]

    _share_texts(named)
    paths, real_paths = _resolve_paths(root, real_root, sources, origins, parsed, errors)
    corpus = Corpus.model_construct(
        report=report[1] if report else None, sources=tuple(sources),
        quantities=tuple(quantities), relations=tuple(relations), claims=tuple(named),
        ignore=tuple(kept_ignores))
    return LoadedCorpus(root, corpus, origins, parsed, paths, hashes, kept_ignore_origins,
                        real_paths=real_paths)


MAX_DIGITS = 40
"""Numbers written in a corpus have at most this many digits before and after the point."""


def _unreasonable(number: Decimal) -> bool:
    """Return whether exact arithmetic on `number` could be made to take unbounded time."""
    if not number.is_finite() or number.is_zero():
        return False
    exponent = number.as_tuple().exponent
    return number.adjusted() >= MAX_DIGITS or (isinstance(exponent, int)
                                                and exponent < -MAX_DIGITS)


def _check_magnitudes(claims: Iterable[Claim], relations: Sequence[Relation],
                      origins: Mapping[str, Origin], line: Any,
                      errors: list[CheckerError]) -> set[str]:
    """Refuse values like ``1e99999999``: exact arithmetic on them never ends (a DoS).

    Return the ids of the claims and relations refused.
    """
    refused: set[str] = set()

    def refuse(number: Decimal, o: Origin, label: str, *fields: str) -> None:
        refused.add(label.split("`")[1])
        errors.append(CorpusError(
            f"{number:.3e} is out of range (at most {MAX_DIGITS} digits before and after "
            f"the decimal point)", file=o.file, line=line(o, *fields),
            field=field_label(label, fields)))

    for claim in claims:
        if claim.value is None:
            continue
        for name in ("min", "max"):
            bound = getattr(claim.value, name)
            if bound is not None and _unreasonable(bound):
                refuse(bound, origins[claim.id or ""], f"claim `{claim.id}`", "value", name)
    for relation in relations:
        # the kinds with a `scale` field (from the instance's fields: a pydantic model is
        # slow to find an attribute missing)
        scale = vars(relation).get("scale")
        if isinstance(scale, Decimal) and _unreasonable(scale):
            rid = relation_id(relation)  # every relation's id has an origin
            refuse(scale, origins[rid], f"relation `{rid}`", "scale")
    return refused


def _check_revisions(claims: Sequence[Claim], revising: Sequence[Claim],
                     sources: dict[str, Source], origins: Mapping[str, Origin], line: Any,
                     errors: list[CheckerError]) -> None:
    """Refuse a `revises:` that is not a later estimate of the same figure by the same body.

    The revised claim must be on the same quantity, from the same source or a source of
    the same publisher, and earlier (by `as_of`, else the source's `published`) when both
    dates are known; revisions never form a cycle.  `revising` are the claims with a
    `revises:` that names a loaded claim; an error for each bad one goes to `errors`.
    """
    by_id = {c.id: c for c in claims}

    def date(c: Claim) -> str | None:
        published = sources[c.source].published
        return c.as_of or (published.isoformat() if published else None)

    def why_not(claim: Claim, old: Claim) -> str | None:
        if old.id == claim.id:
            return "a claim cannot revise itself"
        if old.quantity != claim.quantity:
            return f"it is on quantity `{old.quantity}`, not `{claim.quantity}`"
        mine, theirs = sources[claim.source], sources[old.source]
        if mine.id != theirs.id and (mine.publisher is None
                                     or mine.publisher != theirs.publisher):
            return "a revision comes from the same source or the same publisher"
        new_date, old_date = date(claim), date(old)
        if new_date is not None and old_date is not None and not old_date < new_date:
            return f"a revision is later ({new_date} is not after {old_date})"
        seen = [claim.id or ""]
        node: Claim | None = old
        while node is not None:
            if node.id in seen:
                return "revisions form a cycle: " + " → ".join([*seen, node.id or ""])
            seen.append(node.id or "")
            node = by_id.get(node.revises) if node.revises else None
        return None

    for claim in revising:
        o = origins[claim.id or ""]
        why = why_not(claim, by_id[claim.revises or ""])
        if why is not None:
            errors.append(CorpusError(f"claim `{claim.id}` cannot revise `{claim.revises}`: "
                                      f"{why}", file=o.file, line=line(o, "revises"),
                                      field=field_label(f"claim `{claim.id}`", ("revises",))))


def _check_within_cycles(quantities: Iterable[Quantity], origins: Mapping[str, Origin],
                         line: Any, errors: list[CheckerError]) -> bool:
    """Return whether `within` is free of cycles; add an error for each cycle found."""
    parent = {q.id: q.within for q in quantities if q.within}
    reported: set[str] = set()
    for start in sorted(parent):
        seen = [start]
        node = parent.get(start)
        while node is not None:
            if node in seen:
                members = seen[seen.index(node):]
                if not reported & set(members):
                    o = origins[start]
                    cycle = " → ".join([*members, node])
                    errors.append(CorpusError(f"`within` forms a cycle: {cycle}", file=o.file,
                                              line=line(o, "within"),
                                              field=f"quantity `{start}`: within"))
                    reported |= set(members)
                break
            seen.append(node)
            node = parent.get(node)
    return not reported

