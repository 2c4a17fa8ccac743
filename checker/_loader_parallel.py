"""Claim files loaded on a second core (layer 1: a part of `checker.loader`).

A large corpus is mostly claim files, each read, parsed and validated on its own.  From
`PARALLEL_BYTES` of JSON, `load_in_child` forks a child that loads the first claim files
(about `CHILD_SHARE` of the JSON bytes) with the loader's own function while this process
loads the rest.  The child sends back only what a clean claim file gives: its sha256, the
lines of its items, and its claims as one list per field (lists of strings pickle at C
speed; the slotted `Claim`s themselves are pickled field by field in Python, four times
slower than loading them here).  This process makes each `Claim` again from its fields,
exactly as validation stored them (`tests/test_loader_parallel.py` compares them).  A file
with anything else (another section, an error, YAML, a layout the fast JSON reader does
not take) is sent back as None and loaded here, and a child that fails in any way leaves
all its files to this process: the outcome of every file, and so the corpus, its errors
and their order, never depend on which process loaded it.
"""

from __future__ import annotations

import dataclasses
import operator
import os
from collections import deque
from collections.abc import Callable, Sequence
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

from checker._coreschema import prepare_validator
from checker._loader_corpus import Places
from checker._parallel import Pending
from checker._yamlnodes import ItemLines, Limits, ParsedFile, json_lists_file
from checker.errors import CheckerError
from checker.models import Claim, CorpusFile

PARALLEL_BYTES = 4_000_000
"""Bytes of JSON claim files from which part of them is loaded by a forked child (about
20,000 claims: below, forking and sending the claims back cost more than they save)."""

CHILD_SHARE = 0.5
"""The share of the JSON bytes the child loads: this process loads the rest, then makes
the child's claims again from their fields (about a quarter of the cost of loading them),
so the two finish at about the same time."""


class FileLoad(NamedTuple):
    """What loading one claim file gave: its errors, the ids of its invalid items (id ->
    kind), whether it could not be read or parsed, the notice of a claimcheck output
    skipped, and for a file read: its sha256, parsed file, valid part and places."""

    errors: list[CheckerError]
    broken: dict[str, str]
    unreadable: bool
    skipped: tuple[str, str] | None
    loaded: tuple[str, ParsedFile, CorpusFile, Places] | None


LoadFile = Callable[[Path, str], FileLoad]
"""Load one claim file (its path, and its path relative to the corpus root)."""

Reread = Callable[[Path, str, str], Callable[[], str] | None]
"""The function that reads claim file (path, relative path, sha256) again, or None when
its path no longer resolves inside the corpus."""

_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))
_GETTERS = tuple(map(operator.attrgetter, _FIELDS))
_OWN = frozenset(("id", "count", "value"))  # fields no two claims share (or unhashable)
_SETTERS = tuple(Claim.__dict__[name].__set__ for name in _FIELDS)  # the slots' own
# A claim file as the child sends it back: its sha256, its items' lines, and its claims
# as one list per field of `Claim` (in `_FIELDS` order).
_Packed = tuple[str, ItemLines, list[list[Any]]]


class Helped:
    """The claim files a forked child loads (`rels`), and its pending answer."""

    def __init__(self, files: Sequence[tuple[Path, str]] = (),
                 pending: Pending[list[_Packed | None]] | None = None,
                 limits: Limits | None = None) -> None:
        self.files = list(files)
        self.rels = {rel for _, rel in self.files}
        self._pending = pending
        self._limits = limits or Limits()

    def cancel(self) -> None:
        """End the child without its answer (the load failed before asking for it)."""
        if self._pending is not None:
            self._pending.cancel()

    def outcomes(self, load: LoadFile, reread: Reread) -> dict[str, FileLoad]:
        """Return the outcome of each of the child's files (rel -> outcome): made again
        from what the child sent, else loaded here with `load`."""
        if self._pending is None:
            return {}
        sent = self._pending.result()
        done: dict[str, FileLoad] = {}
        for (file, rel), packed in zip(self.files, sent, strict=True):
            again = None if packed is None else reread(file, rel, packed[0])
            if packed is None or again is None:
                done[rel] = load(file, rel)
            else:
                done[rel] = _unpack(packed, rel, self._limits, again)
        return done


def load_in_child(files: list[Path], root: Path, limits: Limits, load: LoadFile) -> Helped:
    """Start loading the first JSON claim files (`CHILD_SHARE` of their bytes) in a forked
    child, with `load`; return the files it loads and its pending answer.

    Nothing is forked for a corpus of fewer than `PARALLEL_BYTES` of JSON, where forking
    is not possible (`checker._parallel.can_fork`), or when the sizes cannot be read.
    """
    sizes = []
    try:
        for file in files:
            sizes.append(os.lstat(file).st_size if file.suffix == ".json" else 0)
    except OSError:
        return Helped()
    total = sum(sizes)
    if total < PARALLEL_BYTES:
        return Helped()
    from checker._parallel import can_fork, in_child  # noqa: PLC0415 - (tests patch them)

    if not can_fork():
        return Helped()
    mine: list[tuple[Path, str]] = []
    share = 0
    for file, size in zip(files, sizes, strict=True):
        if size and share < total * CHILD_SHARE:
            mine.append((file, file.relative_to(root).as_posix()))
            share += size
    prepare_validator()  # built once, before the fork, for both processes
    import orjson  # noqa: F401, PLC0415 - (the JSON reader's, imported for both as well)

    def child() -> list[_Packed | None]:
        shared: dict[Any, Any] = {}
        return [_pack(load(file, rel), shared) for file, rel in mine]

    return Helped(mine, in_child(child), limits)


def _pack(done: FileLoad, shared: dict[Any, Any]) -> _Packed | None:
    """Return what the child sends of a clean claim file read by the fast JSON reader,
    else None (the parent loads the file itself)."""
    if done.errors or done.broken or done.unreadable or done.loaded is None:
        return None
    digest, pf, cf, places = done.loaded
    items = pf._items  # noqa: SLF001 - (the parsed file's own part)
    if (places or items is None or pf._lines is not None or pf.retyped  # noqa: SLF001
            or cf.report is not None or cf.sources or cf.quantities or cf.relations
            or cf.ignore or not cf.claims):
        return None
    claims = cf.claims
    share = shared.setdefault
    # Each repeated text (a source's id, a `says` phrase, a quote) as one object: pickled
    # once, and one string in this process's memory rather than one per claim.
    return digest, items, [list(map(get, claims)) if name in _OWN
                           else list(map(share, *repeat(list(map(get, claims)), 2)))
                           for name, get in zip(_FIELDS, _GETTERS, strict=True)]


def _unpack(packed: _Packed, rel: str, limits: Limits, again: Callable[[], str]) -> FileLoad:
    """Return the outcome of a claim file the child loaded, from what it sent."""
    digest, items, columns = packed
    claims = make_claims(columns)
    pf = json_lists_file(None, items, rel, limits, again)
    return FileLoad([], {}, False, None, (digest, pf, CorpusFile.model_construct(
        claims=claims), {}))


def make_claims(columns: list[list[Any]]) -> list[Claim]:
    """Return the claims whose fields are `columns` (one list per field, in the order of
    `dataclasses.fields(Claim)`), stored in their slots as validation stores them."""
    claims = list(map(object.__new__, repeat(Claim, len(columns[0]))))
    for store, values in zip(_SETTERS, columns, strict=True):
        deque(map(store, claims, values), maxlen=0)
    return claims
