"""The jinja2 environment of the HTML report, and its templates precompiled (layer 4: output).

Compiling the templates (parsing them and generating their Python code) is most of what
the first HTML page of a process costs: about 0.1 s, a large part of a small audit's
start-up.  So the code jinja2 generates for each template of ``checker/templates`` is kept
in the package, one module per template in ``checker/reporters/_compiled`` (written by
``python -m checker.reporters._templates``), and Python caches its bytecode like any
module's.  A precompiled template is used only when it was generated from the template's
current text (its sha256) by the jinja2 version installed; otherwise the template is
compiled from its source as usual, so a stale or foreign module can never change a page.
``tests/test_templates.py`` fails when a template changed without its module, and checks
that the modules hold exactly what this jinja2 generates.

Filters are registered here and nowhere else.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from markupsafe import Markup

from checker.reporters._common import strip_all

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""Package data: ``report.html.j2``, its ``_*.html.j2`` partials and ``report.css``."""
COMPILED = Path(__file__).resolve().parent / "_compiled"
"""The precompiled templates: one module per template (see `module_name`)."""
PACKAGE = "checker.reporters._compiled"

_ENV: jinja2.Environment | None = None


def environment() -> jinja2.Environment:
    """Return the (cached) jinja2 environment: autoescaped, strict, filters registered."""
    global _ENV
    if _ENV is None:
        _ENV = make_environment(PrecompiledLoader())
    return _ENV


def make_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """Return a new environment of the report's settings that loads through `loader`."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["plural"] = _plural
    return env


def _finalize(value: Any) -> Any:
    """Strip control characters from every text a template prints (never from markup).

    Corpus text may hold terminal escapes, bidi controls or other C0/C1 characters; a
    browser would not run them, but the report's text must not carry them either.
    (`strip_controls`, with its test for printable text inlined: this runs for every
    value a page prints.)
    """
    if type(value) is str or (isinstance(value, str) and not isinstance(value, Markup)):
        return value if value.isprintable() else strip_all(value)
    return value


_ESCAPE_INNER: Callable[[str], str] | None = getattr(markupsafe, "_escape_inner", None)
_NEW_STR = str.__new__


def quick_escape(value: Any) -> Markup:
    """Return ``markupsafe.escape(value)``, quicker for a plain `str`.

    The code jinja2 generates prints every value through ``escape`` (about 75,000 calls
    for the page of a large corpus, nearly all of them plain text).  markupsafe 3 escapes
    a `str` in C but wraps the result through `Markup`'s constructor, written in Python;
    this builds the same `Markup` directly (``str.__new__``).  Anything else (markup,
    numbers, objects with ``__html__``), and every value with a markupsafe that has no
    ``_escape_inner`` (whose ``escape`` is all in C), goes to ``markupsafe.escape``.
    ``tests/test_templates.py`` holds the two equal.
    """
    if type(value) is str and _ESCAPE_INNER is not None:
        return _NEW_STR(Markup, _ESCAPE_INNER(value))
    return markupsafe.escape(value)


def _quicken(template: jinja2.Template) -> jinja2.Template:
    """Make `template`'s code print through `quick_escape`, and return it.

    Its functions look ``escape`` up in the namespace its module ran in (the name is
    imported there from ``jinja2.runtime``); that name is replaced.
    """
    template.root_render_func.__globals__["escape"] = quick_escape
    return template


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def module_name(template: str) -> str:
    """Return the module of the precompiled `template` (``report.html.j2`` →
    ``t_report_html_j2``)."""
    return "t_" + re.sub(r"\W", "_", template.lstrip("_"))


def template_names() -> list[str]:
    """Return the names of the report's templates, sorted."""
    return sorted(p.name for p in TEMPLATES.glob("*.j2"))


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def generate(env: jinja2.Environment, template: str) -> str:
    """Return the text of the precompiled module of `template` under `env`.

    The code is jinja2's own (``Environment.compile`` with ``raw`` and ``defer_init``, as
    jinja2's ``compile_templates`` writes it); the lines after it record what it was made
    from.  Nothing goes before the code, so its line numbers stay those jinja2 maps to
    template lines in tracebacks.
    """
    source = (TEMPLATES / template).read_text(encoding="utf-8")
    code = env.compile(source, template, template, raw=True, defer_init=True)
    return (f"{code}\n\n"
            f"# Generated by `python -m checker.reporters._templates` from\n"
            f"# checker/templates/{template}: do not edit.\n"
            f"SOURCE_SHA256 = {_digest(source)!r}\n"
            f"JINJA2_VERSION = {jinja2.__version__!r}\n")


class PrecompiledLoader(jinja2.BaseLoader):
    """Load each template from its precompiled module when that is current, else compile
    it from ``checker/templates`` (`TEMPLATES`)."""

    def __init__(self) -> None:
        self.files = jinja2.FileSystemLoader(str(TEMPLATES))
        self.precompiled: list[str] = []  # the templates loaded precompiled, for tests

    def get_source(self, environment: jinja2.Environment, template: str
                   ) -> tuple[str, str | None, Callable[[], bool] | None]:
        """Return the source of `template` (jinja2's `FileSystemLoader`)."""
        return self.files.get_source(environment, template)

    def load(self, environment: jinja2.Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        """Return `name` from its precompiled module when current, else compiled."""
        namespace = self._precompiled(environment, name)
        if namespace is None:
            return _quicken(super().load(environment, name, globals))
        self.precompiled.append(name)
        return _quicken(environment.template_class.from_module_dict(environment, namespace,
                                                                    globals or {}))

    def _precompiled(self, environment: jinja2.Environment, name: str
                     ) -> dict[str, Any] | None:
        """Return the namespace of `name`'s precompiled code, or None when not current."""
        source, filename, _ = self.files.get_source(environment, name)
        spec = importlib.util.find_spec(f"{PACKAGE}.{module_name(name)}")
        if spec is None or spec.loader is None or not hasattr(spec.loader, "get_code"):
            return None
        code = spec.loader.get_code(spec.name)  # from Python's bytecode cache when it can
        if code is None:  # pragma: no cover - a module without code
            return None
        # A fresh namespace per environment: the template's functions find it as their
        # globals (`environment` among them), so two environments never share one.
        namespace: dict[str, Any] = {"__name__": spec.name, "__file__": filename}
        exec(code, namespace)
        if (namespace.get("SOURCE_SHA256") != _digest(source)
                or namespace.get("JINJA2_VERSION") != jinja2.__version__):
            return None
        return namespace


def write_compiled(folder: Path = COMPILED) -> list[Path]:
    """Write the precompiled module of every template into `folder`; return their paths.

    Modules of templates that no longer exist are removed.
    """
    env = make_environment(jinja2.FileSystemLoader(str(TEMPLATES)))
    folder.mkdir(exist_ok=True)
    written = []
    names = template_names()
    for template in names:
        path = folder / f"{module_name(template)}.py"
        path.write_text(generate(env, template), encoding="utf-8")
        written.append(path)
    keep = {f"{module_name(t)}.py" for t in names} | {"__init__.py"}
    for old in folder.glob("t_*.py"):
        if old.name not in keep:
            old.unlink()
    return written


def main() -> int:
    """Regenerate the precompiled templates (``python -m checker.reporters._templates``)."""
    for path in write_compiled():
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
