"""The Markdown job summary: gate, counts tables, findings by severity, escaping (layer 4)."""

from __future__ import annotations

import dataclasses

from test_reporters_fixture import build_result, hostile_result

from checker.reporters import REPORTERS, render_to_string
from checker.reporters.markdown import MAX_ROWS, escape


def test_markdown_has_gate_counts_and_groups() -> None:
    """Gate heading, severity and verdict tables, and one table per severity present."""
    text = render_to_string(REPORTERS["markdown"], build_result())
    assert text.startswith("## claimcheck: ❌ gate failed (fail-on error): 2 errors")
    assert "| error | 2 |" in text and "| conflicts | 2 |" in text
    assert "### Error (2)" in text and "### Warning (1, 1 accepted)" in text
    assert "### Info (1)" in text
    assert "| XCK001 | conflict | carnegie-smart-policing (vs aigs-smart-policing) |" in text
    assert "<" not in text.replace("&lt;", "")
    passed = render_to_string(REPORTERS["markdown"], build_result(gate_failed=False))
    assert passed.startswith("## claimcheck: ✅ gate passed")


def test_markdown_escapes_pipes_markup_and_newlines() -> None:
    """Cell text cannot break the table, open HTML, links or emphasis."""
    assert escape("a | b\nc") == r"a \| b c"
    assert escape("<script>") == "&lt;script&gt;"
    assert escape("[x](javascript:alert(1))") == r"\[x\](javascript:alert(1))"
    assert escape("*bold* _it_ `code`") == r"\*bold\* \_it\_ \`code\`"
    text = render_to_string(REPORTERS["markdown"], hostile_result())
    assert "<script>" not in text and "<img" not in text
    for line in text.splitlines():
        if line.startswith("| ") and line.count("|") > 3:
            # Every table row keeps its column count: pipes in text are escaped.
            assert line.replace(r"\|", "").count("|") in (3, 6)


def test_markdown_caps_long_groups() -> None:
    """A severity with more than MAX_ROWS findings is cut with a note."""
    base = build_result()
    info = next(f for f in base.findings if f.code == "REL002")
    many = tuple(dataclasses.replace(info, message=f"m{i}") for i in range(MAX_ROWS + 5))
    text = render_to_string(REPORTERS["markdown"], dataclasses.replace(base, findings=many))
    assert "… and 5 more" in text
    assert text.count("| REL002 |") == MAX_ROWS


def test_markdown_renders_ids_as_code_spans_not_literal_backticks() -> None:
    """A message's backticked ids become code spans; other backticked text is plain."""
    from checker.reporters.markdown import message

    assert message("`carnegie-2019` says “52”") == "`carnegie-2019` says “52”"
    assert message("`a|b` and `x y`") == "a\\|b and x y"
    assert message("a `<b>` c") == "a &lt;b&gt; c"
    base = build_result()
    f = dataclasses.replace(base.findings[0], message="`carnegie-2019` says it")
    text = render_to_string(REPORTERS["markdown"], dataclasses.replace(base, findings=(f,)))
    assert "| `carnegie-2019` says it |" in text and "\\`" not in text
