"""How `NormalText` folded every text before its fast path for texts whose only pieces
are runs of newlines (`checker.snapshots`).

The oracle of tests/test_snapshots.py: the normalised text and the map of folded pieces
must be exactly these for every text.  Kept as it is; never optimise it.
"""

from __future__ import annotations

from checker._snapshots_text import _FOLD, _replacement


def fold(text: str) -> tuple[str, list[int], list[int], list[int]]:
    """Return the normalised `text` and, for each folded piece, its normalised position,
    original start and original length."""
    parts: list[str] = []
    norm_at: list[int] = []
    orig_at: list[int] = []
    orig_len: list[int] = []
    last = norm_len = 0
    for m in _FOLD.finditer(text):
        start, end = m.span()
        if start > last:
            parts.append(text[last:start])
            norm_len += start - last
        norm_at.append(norm_len)
        orig_at.append(start)
        orig_len.append(end - start)
        parts.append(_replacement(m.group()))
        norm_len += 1
        last = end
    parts.append(text[last:])
    return "".join(parts), norm_at, orig_at, orig_len
