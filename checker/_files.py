"""Read one input file within the limits (layer 1, private).

Claim files, snapshots and tables are read the same way: only a regular file (a named
pipe would block the run, a folder cannot be read), no larger than its limit, no NUL
byte, UTF-8 text.  Each failure is one clear error naming the file and, for bad UTF-8,
the line.
"""

from __future__ import annotations

import stat
from pathlib import Path

from checker.errors import CheckerError


def read_text_file(path: Path, shown: str, max_bytes: int, *, noun: str, kind: str,
                   error: type[CheckerError], bom: bool = False) -> tuple[str, bytes]:
    """Return the text and the bytes of the file at `path`, shown to users as `shown`.

    `noun` names the file in messages ("file", "snapshot", "table"), `kind` what it should
    have been ("a claim file"); `error` is the exception raised; `bom` drops a UTF-8 byte
    order mark.
    """
    subject = "" if noun == "file" else f"{noun} is "
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise error("not a regular file", file=shown)
        if info.st_size > max_bytes:
            raise error(f"{noun} is larger than the limit of {max_bytes:,} bytes", file=shown)
        data = path.read_bytes()
    except OSError as exc:
        what = "" if noun == "file" else f" {noun}"
        raise error(f"cannot read{what}: {exc.strerror or exc}", file=shown) from None
    if b"\x00" in data:
        raise error(f"binary file (NUL bytes), not {kind}", file=shown)
    try:
        text = data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{subject}not UTF-8 text", file=shown, line=line) from None
    return text, data
