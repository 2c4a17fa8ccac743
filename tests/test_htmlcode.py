"""The HTML report's templates as plain Python (tests of layer 4: output).

`checker.reporters._htmlcode` translates the templates into
``checker/reporters/_compiled/html_page.py``, which renders the page without jinja2 while
it matches every template.  These tests fail when the module is not what the generator
writes from the current templates, and check that its pages are jinja2's: on the test
results, on the bundled corpus, and on random view models (any text, markup and control
characters in every field, empty and missing values, every branch of the templates).
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from test_reporters_fixture import EDITED, build_result, edited_templates, hostile_result

from checker.reporters import _htmlcode, _htmlmodel, _htmlout, _htmltext, _numberline
from checker.reporters import _templates as tpl
from checker.reporters._compiled import html_page
from checker.reporters._htmlpage import build_page
from checker.reporters.html import compiled_renderer, content_security_policy, render_page

REGENERATE = "python -m checker.reporters._templates"


def _env() -> jinja2.Environment:
    return tpl.make_environment(jinja2.FileSystemLoader(str(tpl.TEMPLATES)))


def _jinja2_page(page: _htmlmodel.Page) -> str:
    """The page as jinja2 renders the templates from their source (the oracle)."""
    return _env().get_template("report.html.j2").render({"page": page})


def _with_css(page: _htmlmodel.Page) -> _htmlmodel.Page:
    css = "body { color: #111 }\n"
    return replace(page, css=Markup(css), csp=content_security_policy(css))


def test_the_generated_module_is_current() -> None:
    assert _htmlcode.is_current(html_page.SOURCES), f"a template changed: run `{REGENERATE}`"
    assert compiled_renderer() is html_page.render


def test_the_generated_module_is_what_the_generator_writes() -> None:
    assert _htmlcode.MODULE.read_text(encoding="utf-8") == _htmlcode.generate(_env()), (
        f"run `{REGENERATE}`")


def test_write_compiled_writes_the_generated_module(tmp_path: Path) -> None:
    written = tpl.write_compiled(tmp_path)
    assert tmp_path / _htmlcode.MODULE.name in written
    assert (tmp_path / _htmlcode.MODULE.name).read_text(encoding="utf-8") == (
        _htmlcode.MODULE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("make", [build_result, hostile_result])
def test_the_generated_code_renders_what_jinja2_renders(make: Any) -> None:
    page = _with_css(build_page(make()))
    assert html_page.render(page) == _jinja2_page(page)


def test_render_page_takes_the_generated_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page of `render_page` is the generated code's, and it imports no jinja2."""
    calls: list[object] = []
    real = html_page.render
    monkeypatch.setattr(html_page, "render", lambda page: calls.append(page) or real(page))
    page = build_page(build_result())
    html = render_page(page)
    assert len(calls) == 1
    monkeypatch.setattr(tpl, "_ENV", None)
    monkeypatch.setattr(_htmlcode, "is_current", lambda recorded, folder=None: False)
    assert render_page(page) == html  # jinja2's, from the precompiled templates


def test_a_stale_module_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A template edited after the module was generated is rendered by jinja2."""
    templates = edited_templates(tmp_path)
    monkeypatch.setattr(_htmlcode, "TEMPLATES", templates)
    monkeypatch.setattr(tpl, "TEMPLATES", templates)
    monkeypatch.setattr(tpl, "_ENV", None)
    assert compiled_renderer() is None
    assert EDITED in render_page(build_page(build_result()))


@pytest.mark.parametrize("text", [
    "{% for x in page.claims recursive %}{{ x }}{% endfor %}",
    "{{ page.title|upper }}",
    "{{ page.title ~ 'x' }}",
    "{{ nothing }}",
    "{% macro m(a) %}{{ a }}{% endmacro %}{{ m(page.title) ~ '' }}",
    "{{ page.claims[page.lead_more] }}",
    "{{ page._private }}",
    "{% for x in page.claims if x %}{% endfor %}",
    "{% include page.title %}",
])
def test_a_construct_not_translated_stops_the_generator(tmp_path: Path, text: str) -> None:
    (tmp_path / "report.html.j2").write_text(text, encoding="utf-8")
    with pytest.raises(_htmlcode.UnsupportedTemplate):
        _htmlcode.generate(_env(), tmp_path)


def test_a_template_neither_included_nor_imported_stops_the_generator(tmp_path: Path) -> None:
    (tmp_path / "report.html.j2").write_text("{{ page.title }}", encoding="utf-8")
    (tmp_path / "_stray.html.j2").write_text("x", encoding="utf-8")
    with pytest.raises(_htmlcode.UnsupportedTemplate, match="_stray"):
        _htmlcode.generate(_env(), tmp_path)


# -- random view models ------------------------------------------------------------------

_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "<b>&amp;</b>", "\"'", "a\u202eb\x1b[31m", "\x00\r\n\x85",
                     "{{ x }}", "é ‘’ “”", "javascript:alert(1)", "#c-x"]),
)
_OPT_TEXT = st.one_of(st.none(), _TEXT)
_INT = st.integers(min_value=-3, max_value=3)


def _strategy(tp: Any) -> st.SearchStrategy[Any]:
    """A strategy of the view-model type `tp` (its annotations as they are written)."""
    return st.deferred(lambda: _for_hint(tp))


def _for_hint(hint: Any) -> st.SearchStrategy[Any]:
    import typing

    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is str:
        return _TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return _INT
    if hint is float:
        return st.floats(min_value=-5, max_value=500, allow_nan=False).map(
            lambda x: round(x, 1))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(_for_hint(args[0]), max_size=3).map(tuple)
        return st.tuples(*(_for_hint(a) for a in args))
    if origin is dict:
        return st.just({})
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return st.one_of(*(_for_hint(a) for a in args))
    if hint is type(None):
        return st.none()
    if isinstance(hint, type) and (hasattr(hint, "__dataclass_fields__")
                                   or hasattr(hint, "_fields")):
        hints = typing.get_type_hints(hint, vars(_MODULES[hint.__module__]))
        names = (hint._fields if hasattr(hint, "_fields")  # a named tuple (the views)
                 else [f.name for f in fields(hint)])  # a dataclass (the page)
        return st.builds(hint, **{name: _field(hint, name, hints[name]) for name in names})
    raise AssertionError(f"no strategy for {hint!r}")


_MODULES = {m.__name__: m for m in (_htmlmodel, _htmltext, _numberline)}


def _field(cls: type, name: str, hint: Any) -> st.SearchStrategy[Any]:
    """Fields whose values the templates test against fixed words take those words."""
    if name in ("lo", "hi") and cls is _numberline.Bar:
        return st.sampled_from(["ray", "none", "dot", "ring"])
    if name == "css":
        return st.sampled_from(["", "p{}"]).map(Markup)
    if name == "gate":
        return st.sampled_from(["pass", "fail"])
    if name == "claimreview":
        return st.sampled_from(["", '{"a": "<\\/script>"}'])
    return _for_hint(hint)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(_strategy(_htmlmodel.Page))
def test_the_generated_code_renders_what_jinja2_renders_for_any_page(
        page: _htmlmodel.Page) -> None:
    assert html_page.render(page) == _jinja2_page(page)


class _Html:
    def __html__(self) -> str:
        return "<b>kept</b>"


class _Text(str):
    """A `str` subclass (as the severities and verdicts are): not a plain `str`."""


_VALUES = st.one_of(st.text(), st.sampled_from(["", "<&>\"'", "a\u202eb", "\x00", "\r\n"]),
                    st.integers(), st.none(), st.floats(), st.booleans(),
                    st.text().map(Markup), st.text().map(_Text), st.just(_Html()))


@given(_VALUES)
def test_out_prints_as_jinja2_prints(value: object) -> None:
    got = _htmlout.out(value)
    assert type(got) is str
    assert got == markupsafe.escape(tpl._finalize(value))


@given(st.one_of(st.integers(), st.floats()))
def test_out_prints_numbers_without_markupsafe(value: float) -> None:
    # The fast path of ints and floats: their text, never through markupsafe's escape
    # (the general path's), and the same text as jinja2's.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_htmlout, "_escape_general", _no_general_path)
        got = _htmlout.out(value)
    assert type(got) is str
    assert got == markupsafe.escape(tpl._finalize(value))


def _no_general_path(value: object) -> str:
    raise AssertionError(f"{value!r} took the general path")


@given(st.lists(_VALUES, max_size=4), st.sampled_from(["", ", ", "<&>", Markup("<br>")]))
def test_join_is_jinja2s_join(items: list[object], d: str) -> None:
    env = _env()
    expected = env.from_string("{{ items|join(d) }}").render(items=items, d=d)
    assert _htmlout.out(_htmlout.join(items, d)) == expected


@given(_VALUES.filter(lambda v: isinstance(v, str)))
def test_capitalize_is_jinja2s(value: str) -> None:
    expected = _env().from_string("{{ v|capitalize }}").render(v=value)
    assert str(markupsafe.escape(tpl._finalize(_htmlout.capitalize(value)))) == expected
