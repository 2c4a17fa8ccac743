"""The regular expressions compiled ahead of time (tests of `checker._regex`).

Every kept compiled form must be what `re` compiles from its text on this Python, the
kept set what the generator writes now, and every expression an audit compiles kept;
a form is used only on the engine it was made for and for its own text and flags.
"""

from __future__ import annotations

import re
import subprocess
import sys
from array import array
from binascii import b2a_base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import _dataclass_code, _regex
from checker import _regex_data as data

REGENERATE = "python -m checker._regex"
REPO = Path(__file__).resolve().parent.parent

same_engine = pytest.mark.skipif(
    data.ENGINE != _regex.engine(),
    reason="kept for another Python: every expression goes through re.compile")
same_versions = pytest.mark.skipif(
    data.VERSIONS != _dataclass_code.versions(),
    reason="kept under other versions of the dependencies: what their modules compile "
           "may differ (an expression not kept goes through re.compile)")


def _same(a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]
          ) -> None:
    # Pattern equality is the text, the flags and the engine's code.
    assert a == b
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern, b.flags, b.groups, b.groupindex)


@same_engine
def test_every_kept_form_is_what_re_compiles() -> None:
    assert data.FORMS, "no expression kept"
    for (pattern, flags), form in data.FORMS.items():
        assert form == _regex.kept_form(pattern, flags), pattern
        _same(_regex.compile(pattern, flags), re.compile(pattern, flags))


@same_engine
@same_versions
def test_the_kept_forms_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from checker import _regex; "
         "sys.stdout.write(_regex.data_text(_regex.requested()))"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (REPO / "checker" / "_regex_data.py").read_text(
        encoding="utf-8"), f"the checker's expressions changed: run `{REGENERATE}`"


@same_engine
def test_a_bundled_run_compiles_nothing_through_re() -> None:
    """Every expression the bundled corpus's audit with every output asks of
    `_regex.compile` is kept (`LAZY` names those compiled at first use)."""
    missing = _dataclass_code.bundled_run(
        "from checker import _regex",
        "[repr(k) for k in _regex.REQUESTED if k not in _regex._kept()]")
    assert missing == []


@same_engine
@same_versions
def test_a_bundled_run_of_the_command_line_finds_every_expression_kept() -> None:
    """With `install` on, as the command line has it, every expression of text that the
    modules a bundled run imports ask of `re.compile` is kept (and put in `re`'s cache)."""
    asked, missing = _dataclass_code.bundled_run(
        "from checker import _regex\n_regex.install()",
        "[[repr(k) for k in _regex.SEEN_BY_RE if isinstance(k[0], str)],"
        " [repr(k) for k in _regex.SEEN_BY_RE"
        " if isinstance(k[0], str) and k not in _regex._kept()]]")
    assert missing == [], f"run `{REGENERATE}`"
    assert len(asked) >= 20


@pytest.fixture
def seeded(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[Any, int], tuple[Any, ...]]]:
    """`re.compile` as `install` makes it, with a kept table the test fills, and `re`'s
    cache emptied (restored after)."""
    kept: dict[tuple[Any, int], tuple[Any, ...]] = {}
    monkeypatch.setattr(_regex, "_stored", kept)
    saved = dict(re._cache)  # type: ignore[attr-defined]
    re.purge()
    installed = _regex.install()
    try:
        yield kept
    finally:
        if installed:
            _regex.uninstall()
        re.purge()
        re._cache.update(saved)  # type: ignore[attr-defined]


def _own_compile(pattern: Any, flags: Any) -> tuple[Any, dict[Any, Any]]:
    """Return `re`'s own `re.compile(pattern, flags)` from an empty cache, and its cache."""
    saved = dict(re._cache)  # type: ignore[attr-defined]
    re.purge()
    try:
        got = _regex._re_compile(pattern, flags)
        return got, dict(re._cache)  # type: ignore[attr-defined]
    finally:
        re.purge()
        re._cache.update(saved)  # type: ignore[attr-defined]


@same_engine
@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(st.sampled_from(
           ["a", "[a-c]", r"\d+", "(?P<g>x)?", "(y)", "é", "|", "(?i:b)"]),
           min_size=1, max_size=6),
       flags=st.sampled_from([0, re.IGNORECASE, re.I | re.X, re.ASCII, 2]),
       keep=st.booleans(), as_bytes=st.booleans())
def test_seeded_re_compile_is_re_compile(pieces: list[str], flags: Any, keep: bool,
                                         as_bytes: bool) -> None:
    pattern: Any = "".join(pieces)
    if as_bytes:
        pattern = pattern.replace("é", "e").encode()
    try:
        expected, expected_cache = _own_compile(pattern, flags)
    except (re.error, ValueError):
        return
    saved = dict(re._cache)  # type: ignore[attr-defined]
    saved_stored = _regex._stored
    _regex._stored = {(pattern, int(flags)): _regex.kept_form(pattern, int(flags))} if keep \
        and not int(flags) & re.DEBUG else {}
    re.purge()
    installed = _regex.install()
    try:
        got = re.compile(pattern, flags)
        cache = dict(re._cache)  # type: ignore[attr-defined]
    finally:
        if installed:
            _regex.uninstall()
        _regex._stored = saved_stored
        re.purge()
        re._cache.update(saved)  # type: ignore[attr-defined]
    _same(got, expected)
    assert cache.keys() == expected_cache.keys()
    for key, value in cache.items():
        _same(value, expected_cache[key])


@same_engine
def test_seeding_leaves_debug_and_a_full_cache_to_re(seeded: dict[Any, Any]) -> None:
    seeded[("x+", 0)] = _regex.kept_form("y", 0)  # a wrong form: seen if it is used
    assert re.compile("x+").match("y")  # used: put in the cache, then found there
    re.purge()
    for i in range(re._MAXCACHE):  # type: ignore[attr-defined]
        re._cache[str, f"filler{i}", 0] = None  # type: ignore[attr-defined]
    assert re.compile("x+").match("xx")  # a full cache: `re` compiles it itself
    re.purge()
    seeded[("x+", int(re.DEBUG))] = _regex.kept_form("y", 0)
    assert re.compile("x+", re.DEBUG).match("xx")  # DEBUG: `re` compiles (and prints) it
    seeded[("x", 1)] = _regex.kept_form("y", 0)
    with pytest.warns(DeprecationWarning):  # TEMPLATE: `re` compiles it, and warns
        assert re.compile("x", 1).match("x")


def test_install_replaces_re_compile_once() -> None:
    if re.compile is not _regex._re_compile:
        pytest.skip("installed")
    assert _regex.install()
    try:
        assert re.compile is _regex._compile_seeded
        assert not _regex.install()
    finally:
        _regex.uninstall()
    assert re.compile is _regex._re_compile


def test_a_form_for_another_engine_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_regex, "_stored", None)
    monkeypatch.setattr(data, "ENGINE", ("cpython", (2, 7), 0, 0))
    assert _regex._kept() == {}
    _same(_regex.compile(r"[a-z]+", re.IGNORECASE), re.compile(r"[a-z]+", re.IGNORECASE))


def test_a_kept_form_is_used_only_for_its_own_text_and_flags(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A wrong form kept under a key is what the engine runs for that key only.
    wrong = _regex.kept_form("b", 0)
    monkeypatch.setattr(_regex, "_stored", {("a", 0): wrong})
    assert _regex.compile("a", 0).match("b")  # the kept form, taken as it is
    _same(_regex.compile("a", re.IGNORECASE), re.compile("a", re.IGNORECASE))
    _same(_regex.compile(b"a", 0), re.compile(b"a", 0))


def test_refused_code_falls_back_to_re(monkeypatch: pytest.MonkeyPatch) -> None:
    flags, code, *rest = _regex.compiled_form("abc", 0)
    text = b2a_base64(array("I", (*code[:-3], 999, 999, 999)).tobytes(), newline=False)
    broken = (flags, text.decode("ascii"), *rest)
    monkeypatch.setattr(_regex, "_stored", {("abc", 0): broken})
    _same(_regex.compile("abc", 0), re.compile("abc", 0))


_PIECES = st.sampled_from([
    "a", "b", "[a-c]", "[^x]", r"\d", r"\s+", r"\w*", ".", "(?:ab|cd)", "(?P<g>x)?",
    "(y)", "x{2,3}", "(?=a)", "(?<!b)", r"\b", "é", "Ω", "(?>a+)", "a*?", "|"])


@same_engine
@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECES, min_size=1, max_size=8),
       flags=st.sampled_from([0, re.IGNORECASE, re.DOTALL | re.MULTILINE,
                              re.IGNORECASE | re.VERBOSE]),
       text=st.text(alphabet="abcdxyé Ω1\n", max_size=12))
def test_a_kept_form_matches_as_re_does(pieces: list[str], flags: int, text: str) -> None:
    pattern = "".join(pieces)
    try:
        expected = re.compile(pattern, flags)
    except re.error:
        return
    kept = _sre_compiled(pattern, flags)
    _same(kept, expected)
    assert [m.span() for m in kept.finditer(text)] == [
        m.span() for m in expected.finditer(text)]
    whole, expected_whole = kept.fullmatch(text), expected.fullmatch(text)
    assert (whole and whole.groups()) == (expected_whole and expected_whole.groups())


def _sre_compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """Return `pattern` compiled through a kept form made for it now."""
    saved = _regex._stored
    _regex._stored = {(pattern, flags): _regex.kept_form(pattern, flags)}
    try:
        return _regex.compile(pattern, flags)
    finally:
        _regex._stored = saved
