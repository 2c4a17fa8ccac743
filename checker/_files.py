"""Read one input file within the limits (layer 1, private).

Every file claimcheck reads (claim files, snapshots, tables, baselines, `diff` inputs,
`extract` texts, ``pyproject.toml``) is read here, the same way: opened once, without
following a symlink and without blocking, then checked on the open file: only a regular
file (a named pipe would block the run, ``/dev/zero`` never ends, a folder cannot be
read), no larger than its limit, no NUL byte, UTF-8 text.  What is checked is what is
read: there is no window between a check by name and the read.  Each failure is one clear
error naming the file and, for bad UTF-8, the line.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from checker.errors import CheckerError

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20


def resolve_input(path: str | os.PathLike[str], shown: str, *,
                  error: type[CheckerError]) -> Path:
    """Return `path` with every symlink resolved, for `read_text_file`.

    Raise `error` naming `shown` for a path the operating system cannot name: a NUL
    character, a name or path too long, a symlink loop.
    """
    try:
        return Path(os.path.realpath(os.fspath(path), strict=False))
    except ValueError:
        raise error("the path contains a NUL character", file=shown) from None
    except OSError as exc:
        raise error(f"cannot read: {_reason(exc)}", file=shown) from None


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symlink loop, or a symlink where a file was checked"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return str(exc.strerror or exc)


def read_bytes_file(path: Path, shown: str, max_bytes: int, *, noun: str,
                    error: type[CheckerError]) -> bytes:
    """Return the bytes of the regular file at `path` (no symlink followed), at most
    `max_bytes` of them; raise `error` naming `shown` otherwise (see `read_text_file`)."""
    what = "" if noun == "file" else f" {noun}"
    try:
        fd = os.open(path, _FLAGS)
    except ValueError:
        raise error("the path contains a NUL character", file=shown) from None
    except OSError as exc:
        raise error(f"cannot read{what}: {_reason(exc)}", file=shown) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error("not a regular file", file=shown)
        if info.st_size > max_bytes:
            raise error(f"{noun} is larger than the limit of {max_bytes:,} bytes", file=shown)
        chunks: list[bytes] = []
        size = 0
        while True:  # the file may grow after fstat: read no more than the limit allows
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise error(f"{noun} is larger than the limit of {max_bytes:,} bytes",
                            file=shown)
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"cannot read{what}: {_reason(exc)}", file=shown) from None
    finally:
        os.close(fd)


def read_text_file(path: Path, shown: str, max_bytes: int, *, noun: str, kind: str,
                   error: type[CheckerError], bom: bool = False) -> tuple[str, bytes]:
    """Return the text and the bytes of the file at `path`, shown to users as `shown`.

    `path` is opened once, as given, without following a final symlink (pass a path
    that `resolve_input` or the corpus confinement resolved).  `noun` names the file in
    messages ("file", "snapshot", "table"), `kind` what it should have been ("a claim
    file"); `error` is the exception raised; `bom` drops a UTF-8 byte order mark.
    """
    subject = "" if noun == "file" else f"{noun} is "
    data = read_bytes_file(path, shown, max_bytes, noun=noun, error=error)
    if b"\x00" in data:
        raise error(f"binary file (NUL bytes), not {kind}", file=shown)
    try:
        text = data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{subject}not UTF-8 text", file=shown, line=line) from None
    return text, data
