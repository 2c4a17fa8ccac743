"""Load a corpus folder (layer 1: inputs).

Finds every ``*.yaml``, ``*.yml`` and ``*.json`` below the corpus root, parses each with
line numbers, validates it against the models, merges the files, gives every claim an
id, and resolves every reference and path.  Every error of every file is collected and
raised at the end (`CorpusErrors`), each naming the file, the line, the item and the
field; nothing here prints.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import hashlib
import operator
import os
import re
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, compress, repeat
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from pydantic import ValidationError

from checker._coreschema import validate_file
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
from checker._yamlnodes import Limits, ParsedFile, TextChanged, parse_text
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


_PLACE_BITS = 32
_PLACE = (1 << _PLACE_BITS) - 1


class Origins(Mapping[str, Origin]):
    """Item id -> `Origin`, kept as one int per item: ``slot << 32 | place``.

    A corpus has an origin for every item, looked up for locations and error messages
    only: one int per item (and a list of the (file, section) slots) instead of a tuple
    each.  `slot` starts the codes of a section of a file (its first item's; add the
    place); an `Origin` is made only on lookup.  `codes` holds the ids of the corpus's
    namespace (so the section of an id's origin tells what kind of item it names: one
    entry per id); `defaults` the ids a relation without an `id:` is known by (its kind
    and members, ``sum:total``: never an id of the namespace).
    """

    __slots__ = ("codes", "defaults", "slots")

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.defaults: dict[str, int] = {}
        self.slots: list[tuple[str, str]] = []  # (file, section) of each slot

    def slot(self, file: str, section: str) -> int:
        """Return the code of the first item of `section` in `file` (add one per call)."""
        self.slots.append((file, section))
        return (len(self.slots) - 1) << _PLACE_BITS

    def origin(self, code: int) -> Origin:
        """Return the origin that `code` stands for."""
        file, section = self.slots[code >> _PLACE_BITS]
        return Origin(file, section, code & _PLACE)

    def code(self, ident: str) -> int | None:
        """Return the code of the origin of `ident` (None for no item's id)."""
        code = self.codes.get(ident)
        return self.defaults.get(ident) if code is None else code

    def kind(self, ident: str) -> str | None:
        """Return what an id of the namespace names (`source`, `quantity`, `relation`,
        `claim`), else None."""
        code = self.codes.get(ident)
        return None if code is None else ITEM_NOUNS[self.slots[code >> _PLACE_BITS][1]]

    def __getitem__(self, ident: str) -> Origin:
        code = self.code(ident)
        if code is None:
            raise KeyError(ident)
        return self.origin(code)

    def __contains__(self, ident: object) -> bool:
        return ident in self.codes or ident in self.defaults

    def __iter__(self) -> Iterator[str]:
        return chain(self.codes, self.defaults)

    def __len__(self) -> int:
        return len(self.codes) + len(self.defaults)


@dataclass
class LoadedCorpus:
    """A validated, merged corpus with the origin of every item and its resolved paths."""

    root: Path
    corpus: Corpus
    origins: Origins
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
        code = self.origins.codes.get(item_id)
        if code is None:
            code = self.origins.defaults.get(item_id)
            if code is None:
                return None
        file, section = self.origins.slots[code >> _PLACE_BITS]
        parsed = self.files.get(file)
        if parsed is None:
            return Location(file, 1)
        if not fields:  # an item's own line: asked for every claim (fast path)
            return Location(file, parsed.item_line(section, code & _PLACE) or 1)
        return Location(file, parsed.line((section, code & _PLACE, *fields)) or 1)


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
    folders: dict[tuple[Path, tuple[str, ...]], Path | None] = {}
    for file in files:
        rel = file.relative_to(root).as_posix()
        try:
            *inner, last = rel.split("/")
            real = _confine_in(root, inner, last, file, real_root, rel, rel, folders)
            text, digest = _read_text(real, rel, limits)  # the path that was checked
            output = is_output(text)
            if output is not None:
                skipped.append((shown_path(root, rel), output))
                continue
            pf = parse_text(text, rel, file.suffix == ".json", limits,
                            functools.partial(_reread, real, rel, limits, digest))
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


def _reread(file: Path, rel: str, limits: Limits, digest: str) -> str:
    """Return the text of a claim file read again (for the lines of its fields).

    Raise `TextChanged` when it is no longer the text that was loaded: its lines would
    not be those of the items loaded.
    """
    try:
        text, again = _read_text(file, rel, limits)
    except CorpusError:  # gone or unreadable since
        again, text = "", ""
    if again != digest:
        raise TextChanged("the file changed while it was audited", file=rel)
    return text


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
        return validate_file(known), {}
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
    return validate_file(good), places


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
_UNSEEN: Any = object()
# A relative path of plain names (none empty, none starting with a dot, no backslash, no
# drive): its parts are its names between slashes.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\Z")


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
                if relation.id:
                    if not ns.add(relation.id, code, "id"):
                        continue
                    relation_ids.append(relation.id)
                else:  # (a default id is no id of `ns`)
                    relation_ids.append(relation_id(relation))
                    origins.defaults.setdefault(relation_ids[-1], code)
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
    for relation, code, rid in zip(relations, relation_codes, relation_ids, strict=True):
        if rid in seen_rel and seen_rel[rid] != code:
            fail(f"duplicate relation `{rid}` (give one of them an `id:`)",
                 origins.origin(code), f"relation `{rid}`")
            continue
        seen_rel[rid] = code
        members = relation_members(relation)
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


def _resolve_paths(root: Path, real_root: Path, sources: Iterable[Source],
                   origins: Mapping[str, Origin], parsed: dict[str, ParsedFile],
                   errors: list[CheckerError]) -> tuple[dict[str, Path], dict[str, Path]]:
    paths: dict[str, Path] = {}
    real_paths: dict[str, Path] = {}
    folders: dict[tuple[Path, tuple[str, ...]], Path | None] = {}
    folders_of: dict[str, Path] = {}  # claim file -> its folder
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
        folder = folders_of.get(o.file)
        if folder is None:
            folder = folders_of[o.file] = (root / o.file).parent
        if _PLAIN_PATH.match(name):  # what PurePosixPath would make of it, and all is well
            parts: Sequence[str] = name.split("/")
        else:
            pure = PurePosixPath(name.replace("\\", "/"))
            if pure.is_absolute() or name.startswith(("/", "\\")) or (
                    len(name) > 1 and name[1] == ":"):
                errors.append(CorpusError(f"path `{name}` must be relative to the claim file",
                                          file=o.file, line=ln(), field=field))
                continue
            if ".." in pure.parts:
                errors.append(CorpusError(f"path `{name}` may not use `..`", file=o.file,
                                          line=ln(), field=field))
                continue
            parts = pure.parts
        target = folder.joinpath(*parts)
        try:
            if parts and "\x00" not in name:
                *inner, last = parts
                real_paths[src.id] = _confine_in(folder, inner, last, target, real_root,
                                                 name, o.file, folders)
            else:
                real_paths[src.id] = _confine(target, real_root, name, o.file, None)
        except CorpusError as exc:
            errors.append(exc.located(line=ln(), field=field))
            continue
        paths[src.id] = target
    return paths, real_paths


def _confine_in(folder: Path, inner: Sequence[str], last: str, target: Path,
                real_root: Path, shown: str, rel_file: str,
                folders: dict[tuple[Path, tuple[str, ...]], Path | None]) -> Path:
    """`_confine(target, ...)` for ``target = folder / *inner / last``, resolving each
    folder once: a corpus names thousands of snapshots in a few folders.

    When the folder resolves inside the corpus root and `last` is no symlink, the target
    resolves to the resolved folder joined with `last`, which is inside the root too;
    anything else (a symlink, a folder that fails) takes the general path, for its error.
    """
    key = (folder, tuple(inner))
    real_folder: Path | None = folders.get(key, _UNSEEN)
    if real_folder is _UNSEEN:
        try:
            real_folder = _confine(folder.joinpath(*inner), real_root, shown, rel_file, None)
        except CorpusError:
            real_folder = None
        folders[key] = real_folder
    if real_folder is None or os.path.islink(target):
        return _confine(target, real_root, shown, rel_file, None)
    return real_folder / last
