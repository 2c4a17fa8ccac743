"""`strip_controls` against a character-by-character oracle."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.textsafe import _CONTROLS, _ESCAPES, strip_controls

_ODD = "\x1b[31m\x1b]0;x\x07\x1b\\\x00\t\n\x7f\x85\u061c\u200e\u202e\u2066\u2028\u2029é“”"


def _oracle(text: str) -> str:
    # escape sequences removed first, then each character judged on its own
    kept = []
    for ch in _ESCAPES.sub("", text):
        if _CONTROLS.fullmatch(ch):
            continue
        kept.append(" " if ch in "\u2028\u2029" else ch)
    return "".join(kept)


@given(st.lists(st.sampled_from(list(_ODD) + ["a", " ", "1", "\x1b[", "\x1b]"]), max_size=40)
       .map("".join) | st.text(max_size=60))
def test_strip_controls_matches_the_oracle(text: str) -> None:
    assert strip_controls(text) == _oracle(text)


def test_line_and_paragraph_separators_become_spaces() -> None:
    assert strip_controls("a\u2028b\u2029c") == "a b c"
    assert strip_controls("x" * 10_000 + "\u2029") == "x" * 10_000 + " "
