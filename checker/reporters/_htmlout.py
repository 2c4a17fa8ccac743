"""What the HTML page's compiled templates print through (layer 4: output).

The templates of ``checker/templates`` are translated into plain Python
(`checker.reporters._htmlcode` writes ``checker/reporters/_compiled/html_page.py``), so
that a run renders the page without jinja2's runtime.  That code prints every value
through `out` and applies the filters here, each doing what jinja2 does with the report's
environment (`checker.reporters._templates.make_environment`: autoescaped, with its
`finalize`): ``tests/test_htmlcode.py`` holds the two renderings equal.  Imports
markupsafe only (jinja2's own escaping, in C).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import markupsafe
from markupsafe import Markup, soft_str

from checker.reporters._common import strip_all

_ESCAPE_INNER: Callable[[str], str] | None = getattr(markupsafe, "_escape_inner", None)


def finalize(value: Any) -> Any:
    """Strip control characters from every text a template prints (never from markup).

    Corpus text may hold terminal escapes, bidi controls or other C0/C1 characters; a
    browser would not run them, but the report's text must not carry them either.
    (`strip_controls`, with its test for printable text inlined: this runs for every
    value a page prints.)
    """
    if type(value) is str or (isinstance(value, str) and not isinstance(value, Markup)):
        return value if value.isprintable() else strip_all(value)
    return value


def _escape_general(value: Any) -> str:
    return str.__str__(markupsafe.escape(finalize(value)))


def _escape_plain(value: str) -> str:
    return str.__str__(markupsafe.escape(value))


_escape_str: Callable[[str], str] = _ESCAPE_INNER or _escape_plain


def out(value: Any) -> str:
    """Return `value` as a template prints it: ``escape(finalize(value))``, as plain text.

    A plain `str` (nearly every value) is escaped by markupsafe's C function directly;
    an `int` or a `float` (the number lines' coordinates, every count) is its `str`, which
    holds nothing to escape; markup (``|safe``, the stylesheet) is printed as it is,
    anything else (None, booleans, `str` subclasses, objects with ``__html__``) through
    ``markupsafe.escape``.
    """
    kind = type(value)
    if kind is str:
        return _escape_str(value if value.isprintable() else strip_all(value))
    if kind is int or kind is float:
        # (the number lines' coordinates, the counts) their text has nothing to escape:
        # digits, "-", ".", "e", "+", "inf", "nan"
        return str(value)
    return _escape_general(value)


def join(value: Iterable[Any], d: str = "") -> Any:
    """jinja2's ``join`` filter under autoescape: markup when an item is markup."""
    if hasattr(d, "__html__"):
        return soft_str(d).join(map(soft_str, value))
    items = list(value)
    do_escape = False
    for i, item in enumerate(items):
        if hasattr(item, "__html__"):
            do_escape = True
        else:
            items[i] = str(item)
    if do_escape:
        return markupsafe.escape(d).join(items)
    return str(d).join(items)


def capitalize(s: Any) -> Any:
    """jinja2's ``capitalize`` filter."""
    return soft_str(s).capitalize()


def safe(value: Any) -> Markup:
    """jinja2's ``safe`` filter: `value` as markup, printed unescaped."""
    return Markup(value)


def length(value: Any) -> int:
    """jinja2's ``length`` filter."""
    return len(value)
