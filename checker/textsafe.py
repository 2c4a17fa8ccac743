"""Make untrusted corpus text safe to print on a terminal (layer 0: vocabulary).

Corpus text (quotes, titles, ids, messages that repeat them) may hold terminal escape
sequences, other control characters or bidirectional-control characters that reorder what
a reader sees.  `strip_controls` removes them, keeping newlines and tabs; the Unicode line
and paragraph separators (U+2028, U+2029), which some log viewers show as line breaks (a
forged "gate passed" line), become spaces.  Stdlib only.
"""

from __future__ import annotations

from checker import _regex

# ANSI escape sequences (CSI, OSC, and single-character escapes) first, then any other
# C0/C1 control character except tab and newline, then bidi controls and isolates.
_ESCAPES = _regex.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROLS = _regex.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Return `text` without escape sequences, control characters or bidi controls."""
    # Two `replace` calls, not `str.translate` with a dict: translate looks every character
    # up in the table (about 0.2 s per MB of text, which the reports pass through here).
    return _CONTROLS.sub("", _ESCAPES.sub("", text)).replace("\u2028", " ").replace(
        "\u2029", " ")
