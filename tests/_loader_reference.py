"""The loader as it was before its merge kept origins as ints and resolved each folder
once: the oracle of tests/test_loader_fast.py (a test-only copy, never imported by the
checker).
"""
# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from pydantic import ValidationError

from checker._files import read_text_file
from checker._validation import (
    ITEM_NOUNS,
    Hints,
    allowed_keys,
    allowed_values,
    data_path,
    field_label,
    item_label,
    validate_item,
    word_error,
)
from checker._yamlnodes import Limits, ParsedFile, parse_text
from checker.errors import CheckerError, CorpusError, did_you_mean, raise_all
from checker.findings import Location
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
    relation_members,
)

SUFFIXES = (".yaml", ".yml", ".json")
SECTIONS = ("report", "sources", "quantities", "relations", "claims", "ignore")


class Origin(NamedTuple):
    """Where an item was written: a claim file (relative to the root) and its place in it.

    A named tuple: one is made for every item of the corpus, and a tuple is the cheapest
    immutable record to make.
    """

    file: str
    section: str
    place: int  # the index of the item in its section


@dataclass
class LoadedCorpus:
    """A validated, merged corpus with the origin of every item and its resolved paths."""

    root: Path
    corpus: Corpus
    origins: dict[str, Origin]
    files: dict[str, ParsedFile]
    paths: dict[str, Path]  # source id -> snapshot or table path as named (below root)
    file_hashes: dict[str, str]  # claim file -> sha256 of its bytes
    ignore_origins: list[Origin] = field(default_factory=list)
    errors: list[CheckerError] = field(default_factory=list)  # with `partial` only
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, what it is)
    real_paths: dict[str, Path] = field(default_factory=dict)  # ... resolved and confined

    def line_of(self, origin: Origin, *fields: str | int) -> int | None:
        """Return the line of an item (or one of its fields) in its claim file."""
        parsed = self.files.get(origin.file)
        if parsed is None:
            return None
        return parsed.line((origin.section, origin.place, *fields))

    def location(self, item_id: str, *fields: str | int) -> Location | None:
        """Return the claim-file location of the item with id `item_id`."""
        origin = self.origins.get(item_id)
        if origin is None:
            return None
        parsed = self.files.get(origin.file)
        line = None if parsed is None else parsed.line((origin.section, origin.place,
                                                        *fields))
        return Location(origin.file, line or 1)


def iter_corpus_files(root: Path) -> list[Path]:
    """Return every claim file below `root`, sorted by relative path (hidden folders skipped)."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(SUFFIXES) and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_corpus(path: str | os.PathLike[str], limits: Limits | None = None, *,
                partial: bool = False) -> LoadedCorpus:
    """Load the corpus folder `path`: parse, validate, merge and resolve.

    Every error of every file is collected (up to `MAX_ERRORS`), each with its file (as
    seen from the working directory), line and field, and raised at the end as one
    `CorpusError` (a `CorpusErrors` when there are several).  With `partial`, nothing is
    raised for the corpus's content: the items without errors are returned, with the
    errors in `LoadedCorpus.errors` (the audit adds the errors of the later stages and
    reports them all together).
    """
    limits = limits or Limits()
    root = Path(path)
    if "\x00" in str(path):
        raise CorpusError("the path contains a NUL character", file=str(path))
    try:
        if not root.exists():
            raise CorpusError("corpus folder not found", file=str(path))
        if not root.is_dir():
            raise CorpusError("the corpus must be a folder of claim files", file=str(path))
        real_root = root.resolve()
    except (OSError, RuntimeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise CorpusError(f"cannot open the corpus folder: {why}", file=str(path)) from None
    files = iter_corpus_files(root)
    if not files:
        raise CorpusError("no claim files (*.yaml, *.yml, *.json) in the corpus folder",
                          file=str(path))
    errors: list[CheckerError] = []
    parsed: dict[str, ParsedFile] = {}
    hashes: dict[str, str] = {}
    per_file: list[tuple[str, CorpusFile, Places]] = []
    broken: dict[str, str] = {}
    skipped: list[tuple[str, str]] = []
    unreadable = False  # a claim file could not be read or parsed: its ids are unknown
    for file in files:
        rel = file.relative_to(root).as_posix()
        try:
            real = _confine(file, real_root, rel, rel, None)
            text, digest = _read_text(real, rel, limits)  # the path that was checked
            output = is_output(text)
            if output is not None:
                skipped.append((shown_path(root, rel), output))
                continue
            pf = parse_text(text, rel, file.suffix == ".json", limits)
        except CorpusError as exc:
            errors.append(exc)
            unreadable = True
            continue
        hashes[rel] = digest
        parsed[rel] = pf
        per_file.append((rel, *_validate_file(pf, rel, errors, broken)))
        _check_filter_text(pf, rel, errors)
        pf.data = None  # validated: only its lines are needed from here on (memory)
    loaded = _merge(root, real_root, per_file, parsed, hashes, errors, broken,
                    complete=not unreadable)
    for e in errors:  # every one names a corpus file, relative to the root
        if e.file is not None:
            e.file = shown_path(root, e.file)
    loaded.errors = errors
    loaded.skipped = skipped
    if not per_file and not errors:
        raise CorpusError("no claim files (*.yaml, *.yml, *.json) in the corpus folder, only "
                          "claimcheck outputs", file=str(path))
    if not partial:
        raise_all(loaded.errors)
    return loaded


_OUTPUT = re.compile(r'\A(?:\s*#[^\n]*\n)*\s*\{?\s*(?:(?:"schema"|schema)\s*:\s*"?'
                     r'(claimcheck-[a-z]+/[0-9]+)|"\$schema"\s*:\s*"https://json\.schemastore'
                     r'\.org/sarif)')


def is_output(text: str) -> str | None:
    """Return what a file is when it is one of claimcheck's outputs, else None.

    An audit report (``schema: claimcheck-audit/1``), a baseline
    (``claimcheck-baseline/1``) or a SARIF log written inside the corpus folder is never
    read back as a claim file: it is skipped, with a notice.  Only the file's start is
    looked at.
    """
    m = _OUTPUT.search(text[:2048])
    if m is None:
        return None
    return m.group(1) or "a SARIF log"


def shown_path(root: str | os.PathLike[str], rel: str) -> str:
    """Return corpus file `rel` as seen from the working directory (to click or open).

    The corpus folder as given (``claims``, ``../beat``, an absolute path) joined with
    `rel`; an absolute path inside the working directory is made relative to it.
    """
    joined = os.path.normpath(os.path.join(os.fspath(root), rel))
    if os.path.isabs(joined):
        try:
            inside = os.path.relpath(joined)
        except ValueError:  # pragma: no cover - another drive (Windows)
            return joined
        if not inside.startswith(".."):
            return inside
    return joined


def _read_text(file: Path, rel: str, limits: Limits) -> tuple[str, str]:
    text, data = read_text_file(file, rel, limits.max_file_bytes, noun="file",
                                kind="a claim file", error=CorpusError, bom=True)
    return text, hashlib.sha256(data).hexdigest()


Places = dict[str, list[int]]
"""Section -> the index in the file of each valid item kept (empty: every item was valid)."""


def _validate_file(pf: ParsedFile, rel: str, errors: list[CheckerError],
                   broken: dict[str, str]) -> tuple[CorpusFile, Places]:
    """Return the valid part of one file and where its items stand in the file.

    An error for each invalid item goes to `errors`; the ids of invalid items go to
    `broken` (id -> kind) so that references to them are not reported a second time as
    unknown ids.
    """
    data = pf.data
    if data is None:
        return CorpusFile(), {}
    if not isinstance(data, dict):
        errors.append(CorpusError("a claim file must be a mapping with keys "
                                  + ", ".join(SECTIONS), file=rel, line=pf.line(())))
        return CorpusFile(), {}
    known = {}
    for key, value in data.items():
        if key in SECTIONS:
            known[key] = value
        else:
            errors.append(CorpusError(
                f"unknown top-level key `{key}` (expected one of " + ", ".join(SECTIONS)
                + ")" + did_you_mean(str(key), SECTIONS), file=rel, line=pf.line((key,)),
                field=str(key)))
    try:
        return CorpusFile.model_validate(known), {}
    except ValidationError:
        pass  # find every bad item, one at a time (the fast path above is all or nothing)
    good: dict[str, list[Any]] = {}
    places: Places = {}
    for section, items in known.items():
        if items is None:
            continue
        if section == "report":  # one mapping, not a list of items
            model, problems = validate_item(section, items)
            if model is not None:
                good[section] = model
            for err in problems:
                inner = data_path(err["loc"], items)
                hints = Hints(allowed_keys(section, items, inner[:-1]),
                              allowed_values(section, items, str(inner[-1]) if inner else ""))
                errors.append(CorpusError(word_error(err, inner, hints), file=rel,
                                          line=pf.line((section, *inner)) or 1,
                                          field=field_label("report", inner)))
            continue
        if not isinstance(items, list):
            errors.append(CorpusError(f"`{section}` must be a list of items",
                                      file=rel, line=pf.line((section,)), field=section))
            continue
        good[section], places[section] = [], []
        for i, item in enumerate(items):
            model, problems = validate_item(section, item)
            if model is not None:
                good[section].append(model)
                places[section].append(i)
                continue
            label = item_label(section, i, item)
            for err in problems:
                inner = data_path(err["loc"], item)
                path = (section, i, *inner)
                hints = Hints(allowed_keys(section, item, inner[:-1]),
                              allowed_values(section, item, str(inner[-1]) if inner else ""))
                errors.append(CorpusError(word_error(err, inner, hints), file=rel,
                                          line=pf.line(path) or 1,
                                          field=field_label(label, inner)))
            ident = item.get("id") if isinstance(item, dict) else None
            if isinstance(ident, str) and ident:
                broken.setdefault(ident, ITEM_NOUNS[section])
    return CorpusFile.model_validate(good), places


def _check_filter_text(pf: ParsedFile, rel: str, errors: list[CheckerError]) -> None:
    """Refuse an unquoted `count:` filter value that YAML reads as something else.

    Filters match the cell text as written; YAML 1.1 reads an unquoted ``NO`` as false,
    ``010`` as 8, ``1:30`` as 90 and ``1.50`` as 1.5, which would then match other cells.
    """
    for path in sorted(pf.retyped, key=lambda p: pf.line(p) or 0):
        if len(path) > 3 and path[0] == "claims" and path[2] == "count":
            text = pf.retyped[path]
            value = _typed_value(pf.data, path)
            errors.append(CorpusError(
                f"{text} in a `count:` filter is read by YAML as {value}, not as the text "
                f"{text!r}: quote it ('{text}') to match the cell as written",
                file=rel, line=pf.line(path),
                field=field_label(item_label("claims", int(path[1]),
                                             pf.data["claims"][path[1]]), path[2:])))


def _typed_value(data: Any, path: tuple[str | int, ...]) -> str:
    node = data
    for part in path:
        node = node[part]
    if isinstance(node, bool):
        return "true" if node else "false"
    return repr(node) if not isinstance(node, (int, float)) else str(node)


def _confine(target: Path, real_root: Path, shown: str, rel_file: str,
             line: int | None) -> Path:
    """Return `target` resolved, or raise if it leaves the corpus root (symlinks included)."""
    try:
        real = target.resolve()
    except RuntimeError:  # a symlink loop (RuntimeError before Python 3.13)
        raise CorpusError(f"path `{shown}` is a symlink loop", file=rel_file, line=line) from None
    except ValueError:
        raise CorpusError(f"path {shown!r} contains a NUL character", file=rel_file,
                          line=line) from None
    except OSError as exc:
        why = ("is a symlink loop" if exc.errno == errno.ELOOP
               else f"cannot be resolved: {exc.strerror or exc}")
        raise CorpusError(f"path `{shown}` {why}", file=rel_file, line=line) from None
    if real != real_root and real_root not in real.parents:
        raise CorpusError(f"path `{shown}` leaves the corpus folder", file=rel_file, line=line)
    return real


_ID_FIELD = ("id",)


class _Namespace:
    """Every id of the corpus, with where it was first defined."""

    def __init__(self, line: Any, show: Any, errors: list[CheckerError]) -> None:
        self.kinds: dict[str, str] = {}
        # Where each id was defined; lines are looked up only for an error message, so
        # that a JSON corpus never needs its full line map (composing it is slow).
        self.where: dict[str, tuple[Origin, tuple[str | int, ...]]] = {}
        self._line = line
        self._show = show
        self._errors = errors

    def add(self, ident: str, kind: str, origin: Origin, *fields: str | int) -> bool:
        """Record `ident`; return False (and add an error) when it is already taken."""
        if ident in self.kinds:
            first, first_fields = self.where[ident]
            self._errors.append(CorpusError(
                f"duplicate id `{ident}` (already the id of a {self.kinds[ident]} at "
                f"{self._show(first.file)}:{self._line(first, *first_fields)})",
                file=origin.file, line=self._line(origin, *fields),
                field=f"{ITEM_NOUNS[origin.section]} `{ident}`: id"))
            return False
        self.kinds[ident] = kind
        self.where[ident] = (origin, fields)
        return True

    def of_kind(self, kind: str) -> list[str]:
        """Return every id of `kind` (for "did you mean")."""
        return [i for i, k in self.kinds.items() if k == kind]


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
    ns = _Namespace(lambda origin, *fields: line(origin, *fields),
                    lambda rel: shown_path(root, rel), errors)
    origins: dict[str, Origin] = {}
    sources: list[Source] = []
    quantities: list[Quantity] = []
    relations: list[Relation] = []
    relation_origins: list[Origin] = []
    relation_ids: list[str] = []
    claims: list[tuple[Claim, Origin]] = []
    ignores: list[Ignore] = []
    ignore_origins: list[Origin] = []
    report: tuple[str, Report] | None = None  # (file, block): one file only

    def line(origin: Origin, *fields: str | int) -> int | None:
        return parsed[origin.file].line((origin.section, origin.place, *fields))

    def fail(message: str, o: Origin, label: str, *fields: str | int) -> None:
        errors.append(CorpusError(message, file=o.file, line=line(o, *fields),
                                  field=field_label(label, fields)))

    taken, where = ns.kinds, ns.where
    for rel, cf, places in per_file:
        def at(section: str, n: int, places: Places = places) -> int:
            kept = places.get(section)
            return kept[n] if kept else n

        kept_claim_places = places.get("claims")
        if cf.report is not None:
            if report is not None:
                errors.append(CorpusError(
                    f"a second `report:` block (the first is in {report[0]}); the corpus "
                    "has one, in one file", file=rel, line=parsed[rel].line(("report",)),
                    field="report"))
            else:
                report = (rel, cf.report)
        for i, src in enumerate(cf.sources):
            o = Origin(rel, "sources", at("sources", i))
            if ns.add(src.id, "source", o, "id"):
                origins[src.id] = o
                sources.append(src)
        for i, qty in enumerate(cf.quantities):
            o = Origin(rel, "quantities", at("quantities", i))
            if ns.add(qty.id, "quantity", o, "id"):
                origins[qty.id] = o
                quantities.append(qty)
        for i, relation in enumerate(cf.relations):
            o = Origin(rel, "relations", at("relations", i))
            if relation.id and not ns.add(relation.id, "relation", o, "id"):
                continue
            relations.append(relation)
            relation_origins.append(o)
            relation_ids.append(relation_id(relation))
            origins.setdefault(relation_ids[-1], o)
        for i, claim in enumerate(cf.claims):
            o = Origin(rel, "claims", kept_claim_places[i] if kept_claim_places else i)
            ident = claim.id
            if ident:
                if ident in taken:
                    ns.add(ident, "claim", o, "id")  # the error
                    continue
                taken[ident] = "claim"  # what `ns.add` does for a new id, inline (speed)
                where[ident] = (o, _ID_FIELD)
            claims.append((claim, o))
        for i, ign in enumerate(cf.ignore):
            ignores.append(ign)
            ignore_origins.append(Origin(rel, "ignore", at("ignore", i)))

    # default claim ids: "<source>.<quantity>", then ".2", ".3", ...
    named: list[Claim] = []
    for claim, o in claims:
        if claim.id is None:
            base = f"{claim.source}.{claim.quantity}"
            ident, n = base, 1
            while ident in ns.kinds or ident in broken:
                n += 1
                ident = f"{base}.{n}"
            ns.add(ident, "claim", o)
            claim = dataclasses.replace(claim, id=ident)
        assert claim.id is not None
        origins[claim.id] = o
        named.append(claim)

    def expect(ident: str | None, kind: str, o: Origin, label: str, *fields: str | int) -> bool:
        """Return whether `ident` (if given) is a valid id of `kind`; add an error if not."""
        if ident is None:
            return True
        found = ns.kinds.get(ident)
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
                       if expect(q.within, "quantity", origins[q.id], f"quantity `{q.id}`",
                                 "within")]
    quantities = kept_quantities if _check_within_cycles(kept_quantities, origins, line,
                                                         errors) else []
    qids = {q.id for q in quantities}
    seen_rel: dict[str, Origin] = {}
    kept_relations: list[Relation] = []
    for relation, o, rid in zip(relations, relation_origins, relation_ids, strict=True):
        label = f"relation `{rid}`"
        if rid in seen_rel and seen_rel[rid] != o:
            fail(f"duplicate relation `{rid}` (give one of them an `id:`)", o, label)
            continue
        seen_rel[rid] = o
        members_ok = True
        for member in relation_members(relation):
            if member in qids:
                continue
            members_ok = False
            if not complete or broken.get(member) == "quantity" \
                    or ns.kinds.get(member) == "quantity":
                continue
            fail(f"relation member `{member}` is not a known quantity"
                 + did_you_mean(member, ns.of_kind("quantity")), o, label)
        if members_ok:
            kept_relations.append(relation)
    relations = kept_relations
    kept_claims: list[Claim] = []
    kind_of = ns.kinds.get
    for claim in named:
        if not (kind_of(claim.source) == "source" and kind_of(claim.quantity) == "quantity"
                and (claim.attributed_to is None
                     or kind_of(claim.attributed_to) == "source")):  # else find each error
            o = origins[claim.id]  # type: ignore[index]
            label = f"claim `{claim.id}`"
            ok = [expect(claim.source, "source", o, label, "source"),
                  expect(claim.quantity, "quantity", o, label, "quantity"),
                  expect(claim.attributed_to, "source", o, label, "attributed_to")]
            if not all(ok):
                continue
        source_kind = kinds.get(claim.source)
        if source_kind is None or claim.quantity not in qids:
            continue
        is_dataset = source_kind == "dataset"
        if (claim.count is None) != is_dataset:
            kept_claims.append(claim)
            continue
        o = origins[claim.id]  # type: ignore[index]
        label = f"claim `{claim.id}`"
        if claim.count is not None and not is_dataset:
            fail(f"`count:` needs a dataset source; `{claim.source}` is "
                 f"{kinds[claim.source]}", o, label, "count")
            continue
        if claim.count is None and is_dataset:
            fail(f"a claim from dataset `{claim.source}` must be a `count:`", o, label)
            continue
        kept_claims.append(claim)
    named = kept_claims
    kept_ids = {k.id for k in named}
    revising = [c for c in named if c.revises is not None
                and expect(c.revises, "claim", origins[c.id or ""], f"claim `{c.id}`", "revises")
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
    out_of_range = _check_magnitudes(named, relations, relation_origins, origins, line, errors)
    if out_of_range:
        named = [c for c in named if c.id not in out_of_range]
        relations = [r for r in relations if relation_id(r) not in out_of_range]

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
                      relation_origins: Sequence[Origin], origins: dict[str, Origin],
                      line: Any, errors: list[CheckerError]) -> set[str]:
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
    by_relation = {id(r): o for r, o in zip(relations, relation_origins, strict=False)}
    for relation in relations:
        scale = getattr(relation, "scale", None)  # the kinds with a `scale` field
        if isinstance(scale, Decimal) and _unreasonable(scale):
            o = origins.get(relation_id(relation)) or by_relation[id(relation)]
            refuse(scale, o, f"relation `{relation_id(relation)}`", "scale")
    return refused


def _check_revisions(claims: Sequence[Claim], revising: Sequence[Claim],
                     sources: dict[str, Source], origins: dict[str, Origin], line: Any,
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


def _check_within_cycles(quantities: Iterable[Quantity], origins: dict[str, Origin],
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


def _resolve_paths(root: Path, real_root: Path, sources: Iterable[Source],
                   origins: dict[str, Origin], parsed: dict[str, ParsedFile],
                   errors: list[CheckerError]) -> tuple[dict[str, Path], dict[str, Path]]:
    paths: dict[str, Path] = {}
    real_paths: dict[str, Path] = {}
    for src in sources:
        name = src.table if src.kind == "dataset" else src.snapshot
        if name is None:
            continue
        o = origins[src.id]
        key = "table" if src.kind == "dataset" else "snapshot"
        def ln(o: Origin = o, key: str = key) -> int | None:
            # The line only for an error: a JSON file's field lines cost a full compose.
            return parsed[o.file].line((o.section, o.place, key))

        field = f"source `{src.id}`: {key}"
        pure = PurePosixPath(name.replace("\\", "/"))
        if pure.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            errors.append(CorpusError(f"path `{name}` must be relative to the claim file",
                                      file=o.file, line=ln(), field=field))
            continue
        if ".." in pure.parts:
            errors.append(CorpusError(f"path `{name}` may not use `..`", file=o.file,
                                      line=ln(), field=field))
            continue
        if not pure.parts:  # (refused since: a path naming no file)
            noun = "a CSV file" if key == "table" else "a text file"
            errors.append(CorpusError(
                f"`{key}:` names no file ({name!r}): give the path of {noun}, "
                "relative to the claim file", file=o.file, line=ln(), field=field))
            continue
        target = (root / o.file).parent / Path(*pure.parts)
        try:
            real_paths[src.id] = _confine(target, real_root, name, o.file, None)
        except CorpusError as exc:
            errors.append(exc.located(line=ln(), field=field))
            continue
        paths[src.id] = target
    return paths, real_paths
