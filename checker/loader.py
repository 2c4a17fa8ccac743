"""Load a corpus folder (layer 1: inputs).

Finds every ``*.yaml``, ``*.yml`` and ``*.json`` below the corpus root, parses each with
line numbers, validates it against the models, merges the files, gives every claim an
id, and resolves every reference and path.  Every error of every file is collected and
raised at the end (`CorpusErrors`), each naming the file, the line, the item and the
field; nothing here prints.

Its private parts: `checker._loader_corpus` (the `LoadedCorpus` and the items' origins),
`checker._loader_merge` (merging the files' items, every reference checked) and
`checker._loader_paths` (the sources' paths, confined to the corpus folder).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker import _regex
from checker._coreschema import validate_file
from checker._files import read_text_file
from checker._loader_corpus import LoadedCorpus, Origin, Origins, Places
from checker._loader_merge import MAX_DIGITS, _merge
from checker._loader_parallel import FileLoad, load_in_child
from checker._loader_paths import _confine_in, shown_path
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
from checker.models import CorpusFile

__all__ = [
    "MAX_DIGITS", "SECTIONS", "SUFFIXES", "LoadedCorpus", "Origin", "Origins",
    "is_output", "iter_corpus_files", "load_corpus", "shown_path",
]

SUFFIXES = (".yaml", ".yml", ".json")
SECTIONS = ("report", "sources", "quantities", "relations", "claims", "ignore")


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
    # A large corpus has part of its claim files read and validated by a forked child on
    # the second core while this process loads the rest; each file's outcome is the same
    # either way, and they are taken in the files' order.
    def load(file: Path, rel: str) -> FileLoad:
        return _load_file(file, rel, root, real_root, limits, folders)

    def reread(file: Path, rel: str, digest: str) -> functools.partial[str] | None:
        *inner, last = rel.split("/")
        try:
            real = _confine_in(root, inner, last, file, real_root, rel, rel, folders)
        except CorpusError:
            return None  # (loaded again here, for its error)
        return functools.partial(_reread, real, rel, limits, digest)

    helped = load_in_child(files, root, limits, load)
    try:
        outcomes = {rel: load(file, rel) for file, rel in _relative(files, root)
                    if rel not in helped.rels}
    except BaseException:  # (a bug, an interrupt): no child is left waiting
        helped.cancel()
        raise
    outcomes.update(helped.outcomes(load, reread))
    for _, rel in _relative(files, root):
        done = outcomes.pop(rel)
        errors += done.errors
        for ident, kind in done.broken.items():
            broken.setdefault(ident, kind)
        unreadable |= done.unreadable
        if done.skipped is not None:
            skipped.append(done.skipped)
        if done.loaded is not None:
            hashes[rel], parsed[rel], cf, places = done.loaded
            per_file.append((rel, cf, places))
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


def _relative(files: list[Path], root: Path) -> list[tuple[Path, str]]:
    return [(file, file.relative_to(root).as_posix()) for file in files]


def _load_file(file: Path, rel: str, root: Path, real_root: Path, limits: Limits,
               folders: dict[tuple[Path, tuple[str, ...]], Path | None]) -> FileLoad:
    """Read, parse and validate the claim file `file` (`rel` below `root`) on its own."""
    errors: list[CheckerError] = []
    try:
        *inner, last = rel.split("/")
        real = _confine_in(root, inner, last, file, real_root, rel, rel, folders)
        text, data = _read_file(real, rel, limits)  # the path that was checked
        digest = hashlib.sha256(data).hexdigest()
        output = is_output(text)
        if output is not None:
            return FileLoad([], {}, False, (shown_path(root, rel), output), None)
        pf = parse_text(text, rel, file.suffix == ".json", limits,
                        functools.partial(_reread, real, rel, limits, digest),
                        encoded=None if data.startswith(codecs.BOM_UTF8) else data)
        del data
    except CorpusError as exc:
        return FileLoad([exc], {}, True, None, None)
    broken: dict[str, str] = {}
    cf, places = _validate_file(pf, rel, errors, broken)
    _check_filter_text(pf, rel, errors)
    pf.data = None  # validated: only its lines are needed from here on (memory)
    return FileLoad(errors, broken, False, None, (digest, pf, cf, places))


_OUTPUT = _regex.compile(r'\A(?:\s*#[^\n]*\n)*\s*\{?\s*(?:(?:"schema"|schema)\s*:\s*"?'
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


def _read_file(file: Path, rel: str, limits: Limits) -> tuple[str, bytes]:
    """Return the text of a claim file and its bytes (the UTF-8 of the text, after a
    byte order mark if there is one)."""
    return read_text_file(file, rel, limits.max_file_bytes, noun="file",
                          kind="a claim file", error=CorpusError, bom=True)


def _read_text(file: Path, rel: str, limits: Limits) -> tuple[str, str]:
    text, data = _read_file(file, rel, limits)
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


