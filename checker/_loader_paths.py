"""Paths named by a corpus, confined to its folder (layer 1: a part of `checker.loader`).

A claim file's snapshot and table paths are relative to the file and must stay inside the
corpus root: no absolute path, no `..`, no symlink out.  Each path is resolved once, each
folder once for all the files it holds; every refusal is a `CorpusError` naming the claim
file, the line and the field.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from checker import _regex
from checker._loader_corpus import Origin
from checker._yamlnodes import ParsedFile
from checker.errors import CheckerError, CorpusError
from checker.models import Source


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



_UNSEEN: Any = object()
# A relative path of plain names (none empty, none starting with a dot, no backslash, no
# drive): its parts are its names between slashes.
_PLAIN_PATH = _regex.compile(
    r"[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\Z")


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
            if not parts:  # "" or ".": the claim file's own folder, never a file
                noun = "a CSV file" if key == "table" else "a text file"
                errors.append(CorpusError(
                    f"`{key}:` names no file ({name!r}): give the path of {noun}, "
                    "relative to the claim file", file=o.file, line=ln(), field=field))
                continue
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
