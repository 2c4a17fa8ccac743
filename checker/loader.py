"""Load a corpus folder (layer 1: inputs).

Finds every ``*.yaml``, ``*.yml`` and ``*.json`` below the corpus root, parses each with
line numbers, validates it against the models, merges the files, gives every claim an
id, and resolves every reference and path.  Anything wrong raises `CorpusError` naming
the file, the line and the field; nothing here prints.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from checker._files import read_text_file
from checker._yamlnodes import Limits, ParsedFile, dotted, parse_text
from checker.errors import CorpusError
from checker.findings import Location
from checker.kinds import KIND_NAMES
from checker.models import (
    Claim,
    Corpus,
    CorpusFile,
    Ignore,
    Quantity,
    Relation,
    Source,
    relation_id,
    relation_members,
)

SUFFIXES = (".yaml", ".yml", ".json")
SECTIONS = ("sources", "quantities", "relations", "claims", "ignore")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an item was written: a claim file (relative to the root) and its place in it."""

    file: str
    section: str
    index: int


@dataclass
class LoadedCorpus:
    """A validated, merged corpus with the origin of every item and its resolved paths."""

    root: Path
    corpus: Corpus
    origins: dict[str, Origin]
    files: dict[str, ParsedFile]
    paths: dict[str, Path]  # source id -> absolute snapshot or table path
    file_hashes: dict[str, str]  # claim file -> sha256 of its bytes
    ignore_origins: list[Origin] = field(default_factory=list)

    def line_of(self, origin: Origin, *fields: str | int) -> int | None:
        """Return the line of an item (or one of its fields) in its claim file."""
        parsed = self.files.get(origin.file)
        if parsed is None:
            return None
        return parsed.line((origin.section, origin.index, *fields))

    def location(self, item_id: str, *fields: str | int) -> Location | None:
        """Return the claim-file location of the item with id `item_id`."""
        origin = self.origins.get(item_id)
        if origin is None:
            return None
        return Location(origin.file, self.line_of(origin, *fields) or 1)


def iter_corpus_files(root: Path) -> list[Path]:
    """Return every claim file below `root`, sorted by relative path (hidden folders skipped)."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(SUFFIXES) and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_corpus(path: str | os.PathLike[str], limits: Limits | None = None) -> LoadedCorpus:
    """Load the corpus folder `path`: parse, validate, merge and resolve.

    Raises `CorpusError` (with file, line and field) for anything the user must fix.
    """
    limits = limits or Limits()
    root = Path(path)
    if not root.exists():
        raise CorpusError("corpus folder not found", file=str(path))
    if not root.is_dir():
        raise CorpusError("the corpus must be a folder of claim files", file=str(path))
    real_root = root.resolve()
    files = iter_corpus_files(root)
    if not files:
        raise CorpusError("no claim files (*.yaml, *.yml, *.json) in the corpus folder",
                          file=str(path))
    parsed: dict[str, ParsedFile] = {}
    hashes: dict[str, str] = {}
    per_file: list[tuple[str, CorpusFile]] = []
    for file in files:
        rel = file.relative_to(root).as_posix()
        _confine(file, real_root, rel, rel, None)
        text, digest = _read_text(file, rel, limits)
        hashes[rel] = digest
        pf = parse_text(text, rel, file.suffix == ".json", limits)
        parsed[rel] = pf
        per_file.append((rel, _validate_file(pf, rel)))
        pf.data = None  # validated: only its lines are needed from here on (memory)
    return _merge(root, real_root, per_file, parsed, hashes)


def _read_text(file: Path, rel: str, limits: Limits) -> tuple[str, str]:
    text, data = read_text_file(file, rel, limits.max_file_bytes, noun="file",
                                kind="a claim file", error=CorpusError, bom=True)
    return text, hashlib.sha256(data).hexdigest()


def _validate_file(pf: ParsedFile, rel: str) -> CorpusFile:
    data = pf.data
    if data is None:
        return CorpusFile()
    if not isinstance(data, dict):
        raise CorpusError("a claim file must be a mapping with keys " + ", ".join(SECTIONS),
                          file=rel, line=pf.line(()))
    for key in data:
        if key not in SECTIONS:
            raise CorpusError(f"unknown top-level key `{key}` (expected one of "
                              + ", ".join(SECTIONS) + ")", file=rel, line=pf.line((key,)),
                              field=str(key))
    try:
        return CorpusFile.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc, pf, rel) from None


def _explain(exc: ValidationError, pf: ParsedFile, rel: str) -> CorpusError:
    """Turn the first pydantic error into a `CorpusError` with file, line and field."""
    errors = exc.errors(include_url=False)
    described = []
    for err in errors:
        path = _data_path(err["loc"], pf.data)
        described.append((pf.line(path) or 1, path, err))
    described.sort(key=lambda item: item[0])
    line, path, err = described[0]
    message = _message(err, path)
    if len(described) > 1:
        message += f" (and {len(described) - 1} more error{'s' if len(described) > 2 else ''})"
    return CorpusError(message, file=rel, line=line, field=dotted(path) or None)


def _data_path(loc: Sequence[Any], data: Any) -> tuple[str | int, ...]:
    """Keep the parts of a pydantic error location that are keys of the data."""
    path: list[str | int] = []
    node = data
    for n, part in enumerate(loc):
        key: Any = "from" if part == "from_" else part
        if isinstance(node, dict) and key in node:
            path.append(key)
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            path.append(key)
            node = node[key]
        elif isinstance(node, dict) and isinstance(key, str) and n == len(loc) - 1:
            path.append(key)  # a missing key: name it, at its mapping's line
            node = None
    return tuple(path)


def _message(err: Any, path: tuple[str | int, ...]) -> str:
    kind = err["type"]
    last = path[-1] if path else ""
    if kind == "extra_forbidden":
        return f"unknown key `{last}`"
    if kind == "missing":
        return f"missing required key `{last}`"
    if kind == "union_tag_invalid":
        return f"unknown relation kind (expected one of: {', '.join(KIND_NAMES)})"
    if kind == "union_tag_not_found":
        return (f"a relation needs `kind:` ({', '.join(KIND_NAMES[:-1])} or "
                f"{KIND_NAMES[-1]})")
    if kind == "string_pattern_mismatch":
        return f"`{err.get('input')}` is not a valid id (lowercase letters, digits, '.', '_', '-')"
    msg = str(err["msg"])
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return msg


def _confine(target: Path, real_root: Path, shown: str, rel_file: str,
             line: int | None) -> Path:
    """Return `target` resolved, or raise if it leaves the corpus root (symlinks included)."""
    try:
        real = target.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        raise CorpusError(f"path `{shown}` is a symlink loop", file=rel_file, line=line) from None
    if real != real_root and real_root not in real.parents:
        raise CorpusError(f"path `{shown}` leaves the corpus folder", file=rel_file, line=line)
    return real


class _Namespace:
    """Every id of the corpus, with where it was first defined."""

    def __init__(self, line: Any) -> None:
        self.kinds: dict[str, str] = {}
        # Where each id was defined; lines are looked up only for an error message, so
        # that a JSON corpus never needs its full line map (composing it is slow).
        self.where: dict[str, tuple[Origin, tuple[str | int, ...]]] = {}
        self._line = line

    def add(self, ident: str, kind: str, origin: Origin, *fields: str | int) -> None:
        if ident in self.kinds:
            first, first_fields = self.where[ident]
            raise CorpusError(
                f"duplicate id `{ident}` (already the id of a {self.kinds[ident]} at "
                f"{first.file}:{self._line(first, *first_fields)})", file=origin.file,
                line=self._line(origin, *fields), field="id")
        self.kinds[ident] = kind
        self.where[ident] = (origin, fields)


def _merge(root: Path, real_root: Path, per_file: list[tuple[str, CorpusFile]],
           parsed: dict[str, ParsedFile], hashes: dict[str, str]) -> LoadedCorpus:
    ns = _Namespace(lambda origin, *fields: line(origin, *fields))
    origins: dict[str, Origin] = {}
    sources: list[Source] = []
    quantities: list[Quantity] = []
    relations: list[Relation] = []
    relation_origins: list[Origin] = []
    claims: list[tuple[Claim, Origin]] = []
    ignores: list[Ignore] = []
    ignore_origins: list[Origin] = []

    def line(origin: Origin, *fields: str | int) -> int | None:
        return parsed[origin.file].line((origin.section, origin.index, *fields))

    for rel, cf in per_file:
        for i, src in enumerate(cf.sources):
            o = Origin(rel, "sources", i)
            ns.add(src.id, "source", o, "id")
            origins[src.id] = o
            sources.append(src)
        for i, qty in enumerate(cf.quantities):
            o = Origin(rel, "quantities", i)
            ns.add(qty.id, "quantity", o, "id")
            origins[qty.id] = o
            quantities.append(qty)
        for i, relation in enumerate(cf.relations):
            o = Origin(rel, "relations", i)
            relations.append(relation)
            relation_origins.append(o)
            origins.setdefault(relation_id(relation), o)
            if relation.id:
                ns.add(relation.id, "relation", o, "id")
        for i, claim in enumerate(cf.claims):
            o = Origin(rel, "claims", i)
            if claim.id:
                ns.add(claim.id, "claim", o, "id")
            claims.append((claim, o))
        for i, ign in enumerate(cf.ignore):
            ignores.append(ign)
            ignore_origins.append(Origin(rel, "ignore", i))

    # default claim ids: "<source>.<quantity>", then ".2", ".3", ...
    named: list[Claim] = []
    for claim, o in claims:
        if claim.id is None:
            base = f"{claim.source}.{claim.quantity}"
            ident, n = base, 1
            while ident in ns.kinds:
                n += 1
                ident = f"{base}.{n}"
            ns.add(ident, "claim", o)
            claim = claim.model_copy(update={"id": ident})
        assert claim.id is not None
        origins[claim.id] = o
        named.append(claim)

    def expect(ident: str | None, kind: str, o: Origin, *fields: str | int) -> None:
        if ident is None:
            return
        found = ns.kinds.get(ident)
        if found != kind:
            what = f"is a {found}, not a {kind}" if found else f"is not a known {kind}"
            raise CorpusError(f"`{ident}` {what}", file=o.file, line=line(o, *fields),
                              field=dotted((o.section, o.index, *fields)))

    kinds = {s.id: s.kind for s in sources}
    for src in sources:
        o = origins[src.id]
        for j, cited in enumerate(src.cites):
            expect(cited, "source", o, "cites", j)
    for qty in quantities:
        expect(qty.within, "quantity", origins[qty.id], "within")
    _check_within_cycles(quantities, origins, line)
    seen_rel: dict[str, Origin] = {}
    for relation, o in zip(relations, relation_origins, strict=True):
        rid = relation_id(relation)
        if rid in seen_rel and seen_rel[rid] != o:
            raise CorpusError(f"duplicate relation `{rid}` (give one of them an `id:`)",
                              file=o.file, line=line(o))
        seen_rel[rid] = o
        for member in relation_members(relation):
            if ns.kinds.get(member) != "quantity":
                raise CorpusError(f"relation member `{member}` is not a known quantity",
                                  file=o.file, line=line(o), field=dotted((o.section, o.index)))
    for claim in named:
        o = origins[claim.id]  # type: ignore[index]
        expect(claim.source, "source", o, "source")
        expect(claim.quantity, "quantity", o, "quantity")
        expect(claim.attributed_to, "source", o, "attributed_to")
        is_dataset = kinds[claim.source] == "dataset"
        if claim.count is not None and not is_dataset:
            raise CorpusError(f"`count:` needs a dataset source; `{claim.source}` is "
                              f"{kinds[claim.source]}", file=o.file, line=line(o, "count"),
                              field=dotted((o.section, o.index, "count")))
        if claim.count is None and is_dataset:
            raise CorpusError(f"a claim from dataset `{claim.source}` must be a `count:`",
                              file=o.file, line=line(o), field=dotted((o.section, o.index)))
    for claim in named:
        expect(claim.revises, "claim", origins[claim.id or ""], "revises")
    _check_revisions(named, {s.id: s for s in sources}, origins, line)
    for ign, o in zip(ignores, ignore_origins, strict=True):
        expect(ign.source, "source", o, "source")
    _check_magnitudes(named, relations, origins, per_file, line)

    paths = _resolve_paths(root, real_root, sources, origins, parsed)
    corpus = Corpus(sources=tuple(sources), quantities=tuple(quantities),
                    relations=tuple(relations), claims=tuple(named), ignore=tuple(ignores))
    return LoadedCorpus(root, corpus, origins, parsed, paths, hashes, ignore_origins)


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
                      origins: dict[str, Origin], per_file: list[tuple[str, CorpusFile]],
                      line: Any) -> None:
    """Refuse values like ``1e99999999``: exact arithmetic on them never ends (a DoS)."""
    def refuse(number: Decimal, o: Origin, *fields: str) -> CorpusError:
        return CorpusError(f"{number:.3e} is out of range (at most {MAX_DIGITS} digits before "
                           f"and after the decimal point)", file=o.file, line=line(o, *fields),
                           field=dotted((o.section, o.index, *fields)))

    for claim in claims:
        if claim.value is None:
            continue
        for name in ("min", "max"):
            bound = getattr(claim.value, name)
            if bound is not None and _unreasonable(bound):
                raise refuse(bound, origins[claim.id or ""], "value", name)
    for i, relation in enumerate(relations):
        scale = getattr(relation, "scale", None)  # the kinds with a `scale` field
        if isinstance(scale, Decimal) and _unreasonable(scale):
            raise refuse(scale, _relation_origin(per_file, i), "scale")


def _relation_origin(per_file: list[tuple[str, CorpusFile]], index: int) -> Origin:
    for rel, cf in per_file:
        if index < len(cf.relations):
            return Origin(rel, "relations", index)
        index -= len(cf.relations)
    raise IndexError(index)  # pragma: no cover - index always valid


def _check_revisions(claims: Sequence[Claim], sources: dict[str, Source],
                     origins: dict[str, Origin], line: Any) -> None:
    """Refuse a `revises:` that is not a later estimate of the same figure by the same body.

    The revised claim must be on the same quantity, from the same source or a source of
    the same publisher, and earlier (by `as_of`, else the source's `published`) when both
    dates are known; revisions never form a cycle.
    """
    by_id = {c.id: c for c in claims}

    def date(c: Claim) -> str | None:
        published = sources[c.source].published
        return c.as_of or (published.isoformat() if published else None)

    for claim in claims:
        if claim.revises is None:
            continue
        o = origins[claim.id or ""]
        old = by_id[claim.revises]

        def refuse(why: str, o: Origin = o, new: Claim = claim, old: Claim = old
                   ) -> CorpusError:
            return CorpusError(f"claim `{new.id}` cannot revise `{old.id}`: {why}",
                               file=o.file, line=line(o, "revises"),
                               field=dotted((o.section, o.index, "revises")))

        if old.id == claim.id:
            raise refuse("a claim cannot revise itself")
        if old.quantity != claim.quantity:
            raise refuse(f"it is on quantity `{old.quantity}`, not `{claim.quantity}`")
        mine, theirs = sources[claim.source], sources[old.source]
        if mine.id != theirs.id and (mine.publisher is None or mine.publisher != theirs.publisher):
            raise refuse("a revision comes from the same source or the same publisher")
        new_date, old_date = date(claim), date(old)
        if new_date is not None and old_date is not None and not old_date < new_date:
            raise refuse(f"a revision is later ({new_date} is not after {old_date})")
        seen = [claim.id or ""]
        node: Claim | None = old
        while node is not None:
            if node.id in seen:
                raise refuse("revisions form a cycle: " + " → ".join([*seen, node.id or ""]))
            seen.append(node.id or "")
            node = by_id.get(node.revises) if node.revises else None


def _check_within_cycles(quantities: Iterable[Quantity], origins: dict[str, Origin],
                         line: Any) -> None:
    parent = {q.id: q.within for q in quantities if q.within}
    for start in sorted(parent):
        seen = [start]
        node = parent.get(start)
        while node is not None:
            if node in seen:
                o = origins[start]
                cycle = " → ".join([*seen[seen.index(node):], node])
                raise CorpusError(f"`within` forms a cycle: {cycle}", file=o.file,
                                  line=line(o, "within"), field="within")
            seen.append(node)
            node = parent.get(node)


def _resolve_paths(root: Path, real_root: Path, sources: Iterable[Source],
                   origins: dict[str, Origin], parsed: dict[str, ParsedFile]) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for src in sources:
        name = src.table if src.kind == "dataset" else src.snapshot
        if name is None:
            continue
        o = origins[src.id]
        key = "table" if src.kind == "dataset" else "snapshot"
        def ln(o: Origin = o, key: str = key) -> int | None:
            # The line only for an error: a JSON file's field lines cost a full compose.
            return parsed[o.file].line((o.section, o.index, key))

        pure = PurePosixPath(name.replace("\\", "/"))
        if pure.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            raise CorpusError(f"path `{name}` must be relative to the claim file",
                              file=o.file, line=ln(), field=key)
        if ".." in pure.parts:
            raise CorpusError(f"path `{name}` may not use `..`", file=o.file, line=ln(), field=key)
        target = (root / o.file).parent / Path(*pure.parts)
        try:
            _confine(target, real_root, name, o.file, None)
        except CorpusError as exc:
            raise exc.located(line=ln()) from None
        paths[src.id] = target
    return paths
