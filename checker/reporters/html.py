"""The self-contained HTML report (layer 4: output).

`HtmlReporter` builds the view model (`checker.reporters._htmlpage.build_page`), then
renders ``templates/report.html.j2``: through the templates' generated code, which needs
no jinja2 at run time (`checker.reporters._htmlcode`), while it was made from their
current text, else with jinja2 (the environment, autoescaped, is
`checker.reporters._templates`).  The CSS is read from package data and inlined; the page
carries a strict Content-Security-Policy that allows exactly that stylesheet (by its
sha256), ``data:`` images and nothing else: no script, no font, no request of any kind.
The same result always gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from checker.findings import AuditResult
from checker.reporters._htmlmodel import Limits, Page
from checker.reporters._htmlpage import build_page

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""Package data: ``report.html.j2``, its ``_*.html.j2`` partials and ``report.css``."""


def stylesheet() -> str:
    """Return the report's CSS (package data), safe to inline in a ``<style>`` element."""
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    if re.search(r"</style", css, re.IGNORECASE):  # pragma: no cover - our own file
        raise ValueError("report.css must not contain </style")
    return css


def content_security_policy(css: str) -> str:
    """Return the CSP of a page whose only inline resource is the stylesheet `css`."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def render_page(page: Page) -> str:
    """Return the HTML of the view model `page` (CSS and CSP filled in here)."""
    from markupsafe import Markup

    css = stylesheet()
    # The stylesheet is our own package data, inlined verbatim (Markup: not escaped) so
    # that the hash in the CSP matches the bytes of the <style> element.
    page = replace(page, css=Markup(css), csp=content_security_policy(css))
    render = compiled_renderer()
    if render is not None:
        return render(page)
    context: dict[str, Any] = {"page": page}
    from checker.reporters._templates import environment  # lazy: it imports jinja2

    return environment().get_template("report.html.j2").render(context)


def compiled_renderer() -> Callable[[Page], str] | None:
    """Return the templates' generated code (`checker.reporters._htmlcode`) when it was
    made from their current text, else None (then jinja2 renders them)."""
    from checker.reporters._htmlcode import is_current

    try:
        from checker.reporters._compiled import html_page
    except ImportError:  # pragma: no cover - a package without the generated module
        return None
    render: Callable[[Page], str] = html_page.render
    return render if is_current(html_page.SOURCES) else None


class HtmlReporter:
    """Render one self-contained HTML file (see `checker.reporters._htmlmodel.Limits`)."""

    name = "html"

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits  # None: chosen per result by `Limits.for_size`

    def omitted(self, result: AuditResult) -> str:
        """Return what the page leaves out of `result` ("" when it shows everything).

        Counted from the sizes alone (the page is not built a second time): the claims,
        quantities and sources past `Limits`, and the warnings and info findings past
        their cards (every error is on the page).
        """
        limits = self.limits or Limits.for_size(len(result.claims))
        parts = [f"shows {limits_n} of {total} {label}" for label, total, limits_n in (
            ("claims", len(result.claims), min(len(result.claims), limits.claims)),
            ("quantities", len(result.quantities),
             min(len(result.quantities), limits.quantities)),
            ("sources", len(result.sources), min(len(result.sources), limits.sources)),
        ) if limits_n < total]
        counts = {"warning": 0, "info": 0}
        for f in result.findings:
            if f.severity.value in counts:
                counts[f.severity.value] += 1
        left = sum(max(0, n - limits.findings) for n in counts.values())
        if left:
            parts.append(f"{left} warning and info findings only in audit.json")
        return "; ".join(parts)

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the HTML report of `result` to `stream`."""
        stream.write(render_page(build_page(result, self.limits)))
