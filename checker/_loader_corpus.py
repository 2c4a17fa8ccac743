"""The loaded corpus and where each of its items was written (layer 1: a part of
`checker.loader`).

`LoadedCorpus` is what loading returns: the merged corpus, the `Origins` of its items (one
int per item), the parsed files (for the lines of fields) and the resolved paths of the
sources' snapshots and tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from checker._frozen import quick_new
from checker._validation import ITEM_NOUNS
from checker._yamlnodes import _LINE_INTS, ParsedFile, _line_int
from checker.errors import CheckerError
from checker.findings import Location
from checker.models import Corpus


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
            return _new_location(file, 1)
        if not fields:  # an item's own line (every claim's, in a row: `locator`)
            return _new_location(file, parsed.item_line(section, code & _PLACE) or 1)
        return _new_location(file, parsed.line((section, code & _PLACE, *fields)) or 1)

    def locator(self) -> Callable[[str], Location | None]:
        """Return a function that returns ``location(item_id)``, an item's own line, with
        less work per item when items of one section of one file are asked for in a row
        (every claim, in the corpus's order: one per claim in the results' pass).

        The section's item lines are looked up once per run of its items, read directly
        (`ParsedFile.item_lines`, the JSON item lines; while no field's line has been
        found, those are `item_line`'s) and the `Location` made without its class's
        call; anything else (a YAML file, no item lines, an item line that `location`
        would change) is `location`'s own answer.
        """
        codes, slots, files, general = (self.origins.codes.get, self.origins.slots,
                                        self.files.get, self.location)
        ints = _LINE_INTS
        at = -1  # the slot whose lines are `lines`, in `parsed`, of `file`
        lines: Sequence[int] = ()
        parsed: ParsedFile | None = None
        file = ""

        def locate(item_id: str) -> Location | None:
            nonlocal at, lines, parsed, file
            code = codes(item_id)
            if code is None:
                return general(item_id)
            slot = code >> _PLACE_BITS
            if slot != at or parsed is None or parsed._lines is not None:  # (`item_lines`' proviso)
                at, parsed = -1, None
                file, section = slots[slot]
                got = files(file)
                known = got.item_lines(section) if got is not None else None
                if known is None:
                    return general(item_id)
                at, lines, parsed = slot, known, got
            place = code & _PLACE
            if place < len(lines):
                line = lines[place]
                if line > 0:  # (`location` says line 1 for none)
                    return _new_location(file, ints[line] if line < len(ints)
                                         else _line_int(line))
            return general(item_id)

        return locate


_new_location: Callable[[str, int], Location] = quick_new(Location)
"""`Location(file, line)`, made without the class's call (one per claim)."""

Places = dict[str, list[int]]
"""Section -> the index in the file of each valid item kept (empty: every item was valid)."""

