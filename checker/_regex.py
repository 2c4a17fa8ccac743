"""The checker's regular expressions, compiled ahead of time (layer 0: stdlib only).

`re` parses and compiles an expression in pure Python (`re._parser`, `re._compiler`):
for the checker's hundred or so, about a tenth of a small audit's start-up, most of it the
mention scanner's candidate expression (some 14,000 codes of the regular expression
engine) and the qualifier phrases.  What the compiler makes of an expression is a list
of integers for the engine (`_sre`), the same on every run of one version of Python.

`compile(pattern, flags)` returns exactly what ``re.compile(pattern, flags)`` does.  For
an expression whose compiled form is kept in ``checker/_regex_data.py`` (written by
``python -m checker._regex``) it hands that form to the engine (`_sre.compile`, what
`re._compiler.compile` ends with), skipping the parse and the compilation; it does so
only when the kept forms were made by this implementation and minor version of Python,
for this version of the engine's code (`_sre.MAGIC`, which Python changes with the
format), from the same text and flags, and the engine accepts the code (it checks it).
Otherwise the expression goes through `re.compile`, so a stale or foreign module can
only make start-up slower, never an expression different (`tests/test_regex.py`: every
kept form is what `re` compiles, the kept set is what the generator writes, and every
expression a bundled run compiles is kept).
"""

from __future__ import annotations

import re
import sys
from array import array
from binascii import a2b_base64, b2a_base64
from collections.abc import Callable
from typing import Any, AnyStr

try:
    import _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - an implementation without CPython's engine
    _sre = None

REQUESTED: dict[tuple[Any, int], None] = {}
"""Every (pattern, flags) `compile` was asked for in this process, in order (the
generator's list of what to keep)."""

_stored: dict[tuple[Any, int], tuple[Any, ...]] | None = None


def engine() -> tuple[Any, ...] | None:
    """Return what a kept compiled form depends on besides its text: the implementation,
    the minor version of Python, the engine's code format and the bytes of its code as
    kept (`array` of type ``I``); None without `_sre`."""
    if _sre is None:  # pragma: no cover
        return None
    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE,
            array("I").itemsize, sys.byteorder)


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:  # noqa: A001
    """Return ``re.compile(pattern, flags)``: from its kept compiled form when there is a
    current one, else through `re` (for an expression of the checker's own, defined once
    at import or first use; `re.compile` caches, this does not)."""
    REQUESTED[pattern, flags] = None
    made = _from_kept(pattern, flags)
    if made is not None:
        return made
    compiled: re.Pattern[AnyStr] = _re_compile(pattern, flags)
    return compiled


def _from_kept(pattern: AnyStr, flags: int) -> re.Pattern[AnyStr] | None:
    """Return the expression made from its kept form, or None without a current one."""
    form = _kept().get((pattern, flags))
    if form is not None:
        try:
            code = array("I", a2b_base64(form[1])).tolist()
            return _sre.compile(pattern, form[0], code, *form[2:])  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError):  # refused code
            pass
    return None


_re_compile: Callable[..., Any] = re.compile
"""`re`'s own `compile` (`install` replaces it in `re`)."""

SEEN_BY_RE: dict[tuple[Any, int], None] = {}
"""Every (pattern, flags) asked of `re.compile` since `install`, in order."""

_NOT_SEEDED = int(re.DEBUG) | 1
"""Flags under which `re` compiles an expression itself: DEBUG prints it, TEMPLATE (1)
warns."""


def install() -> bool:
    """Make `re.compile` take an expression's kept form too; return whether it does.

    For the expressions of other modules that a run imports (PyYAML's reader, `tomllib`,
    `gettext`, pydantic's): the command line's entry calls it first
    (`checker.__main__.run`).  `re.compile(pattern, flags)` then finds in `re`'s own cache
    the expression made from the kept form of that text and those flags, put there as
    `re` itself would have put the one it compiles (not under DEBUG or TEMPLATE, nor in a
    full cache: then `re` compiles it), and is otherwise unchanged.
    """
    if re.compile is not _re_compile or _sre is None:
        return False
    re.compile = _compile_seeded
    return True


def uninstall() -> None:
    """Give `re` its own `compile` back (for the tests)."""
    re.compile = _re_compile


def _compile_seeded(pattern: Any, flags: Any = 0) -> Any:
    """`re.compile`, with `re`'s cache given the kept form of `pattern` first."""
    if type(pattern) in (str, bytes) and (type(flags) is int
                                          or isinstance(flags, re.RegexFlag)):
        value = int(flags)
        SEEN_BY_RE[pattern, value] = None
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        key = (type(pattern), pattern, value)
        if (key not in cache and not value & _NOT_SEEDED
                and len(cache) < re._MAXCACHE):  # type: ignore[attr-defined]
            made = _from_kept(pattern, value)
            if made is not None:
                cache[key] = made
    return _re_compile(pattern, flags)


def _kept() -> dict[tuple[Any, int], tuple[Any, ...]]:
    """Return the kept compiled forms, (pattern, flags) → form, if they are current."""
    global _stored
    if _stored is not None:
        return _stored
    forms: dict[tuple[Any, int], tuple[Any, ...]] = {}
    try:
        from checker import _regex_data as data  # noqa: PLC0415
    except Exception:  # pragma: no cover - no generated module, or a broken one
        pass
    else:
        if data.ENGINE == engine():
            forms = data.FORMS
    _stored = forms
    return forms


# -- generating the kept forms -----------------------------------------------------------


def compiled_form(pattern: AnyStr, flags: int) -> tuple[Any, ...]:
    """Return what `re._compiler.compile` hands the engine for `pattern` with `flags`:
    the flags, the code (a tuple), the number of groups less one, the group names and
    the groups' names by number."""
    from importlib import import_module  # noqa: PLC0415

    _compiler, _parser = import_module("re._compiler"), import_module("re._parser")
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), tuple(map(int, code)), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def kept_form(pattern: AnyStr, flags: int) -> tuple[Any, ...]:
    """Return `compiled_form` as `_regex_data` keeps it: the code as the base64 text of
    its `array` of type ``I`` (one string literal, quick to read even uncompiled)."""
    final, code, *rest = compiled_form(pattern, flags)
    text = b2a_base64(array("I", code).tobytes(), newline=False).decode("ascii")
    return (final, text, *rest)


def requested_by_the_checker() -> list[tuple[Any, int]]:
    """Import every module of the checker and compile its expressions that are compiled
    at first use (`LAZY`); return every (pattern, flags) asked of `compile`, in order."""
    import importlib  # noqa: PLC0415

    import_every_module(skip=("checker._regex_data",))
    for name in LAZY:
        module, _, function = name.partition(":")
        getattr(importlib.import_module(module), function)()
    return list(REQUESTED)


def requested_by_a_bundled_run() -> list[tuple[Any, int]]:
    """Return every (pattern, flags) of text a run of the bundled corpus with every
    output asks of `re.compile` with `install` on: the expressions of the modules it
    imports."""
    from checker._dataclass_code import bundled_run  # noqa: PLC0415 - (the generator alone)

    asked = bundled_run(
        "from checker import _regex\n_regex.install()  # (first, as `checker.__main__.run` has it)",
        "[[p, f] for p, f in _regex.SEEN_BY_RE if isinstance(p, str)]")
    return [(p, f) for p, f in asked]


def requested() -> list[tuple[Any, int]]:
    """Return what ``_regex_data.py`` keeps: the checker's expressions
    (`requested_by_the_checker`), then those of a bundled run's other modules."""
    return list(dict.fromkeys([*requested_by_the_checker(), *requested_by_a_bundled_run()]))


def import_every_module(skip: tuple[str, ...] = ()) -> None:
    """Import every module of the checker but its entry and those of `skip` (for the
    generators of the modules kept ahead of time)."""
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    import checker  # noqa: PLC0415

    for info in pkgutil.walk_packages(checker.__path__, "checker."):
        if info.name != "checker.__main__" and info.name not in skip:
            importlib.import_module(info.name)


LAZY = ("checker.mentions:_scan", "checker._mentions_qualifier:_qualifier_only_before")
"""The functions that compile expressions at their first call (`module:function`)."""


def data_text(requested: list[tuple[Any, int]]) -> str:
    """Return the text of ``_regex_data.py`` keeping the compiled forms of `requested`."""
    from checker._dataclass_code import versions  # noqa: PLC0415 - (the generator alone)

    lines = [
        '"""The compiled forms of the checker\'s regular expressions (generated).',
        "",
        "Written by ``python -m checker._regex`` and used by `checker._regex` only on the",
        "Python and engine of `ENGINE`, for the same text and flags.  Never edit this file:",
        "change the expressions and regenerate it.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from typing import Any",
        "",
        f"ENGINE: Any = {engine()!r}",
        f"VERSIONS: Any = {versions()!r}",
        "FORMS: Any = {",
    ]
    for pattern, flags in sorted(requested, key=lambda k: (type(k[0]).__name__, k)):
        form = kept_form(pattern, flags)
        lines.append(f"    ({ascii(pattern)}, {int(flags)}): {ascii(form)},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_data() -> None:
    """Write ``checker/_regex_data.py`` for the checker's expressions on this Python."""
    from pathlib import Path  # noqa: PLC0415

    text = data_text(requested())
    (Path(__file__).resolve().parent / "_regex_data.py").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    # Through the imported module, whose `compile` the checker's modules call.
    from checker._regex import write_data as _write

    _write()
