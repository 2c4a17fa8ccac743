"""Which mentions are not claims (checker.triage), and the ignore rules built on it."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from checker.config import Config
from checker.mentions import iter_mentions
from checker.models import Ignore
from checker.pipeline import audit
from checker.triage import KIND_NAMES, KINDS, classify
from tests.conftest import write_tree


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, classify(text, m)) for m in iter_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2018 it rose", [("2018", "year")]),
    ("on 17 September 2019 it", [("17 September 2019", "date")]),
    ("At 10:30 a.m. on Monday", [("10", "time"), ("30", "time")]),
    ("by 9 pm", [("9", "time")]),
    ("people aged 20-39 say", [("20-39", "age")]),  # one range mention, an age band
    ("a 25-year-old man", [("25", "age")]),
    ("in 2017-18 and 2019/20", [("2017", "span"), ("18", "span"), ("2019", "span"),
                                ("20", "span")]),
    ("ranked No. 1 and #3", [("1", "ordinal"), ("3", "ordinal")]),
    ("Covid-19 and G-20 and Article 5 and Table 2",
     [("19", "name"), ("20", "name"), ("5", "name"), ("2", "name")]),
    ("63 countries, at least fifty of them, 5-year plans",
     [("63", None), ("at least fifty", None), ("5", None)]),
])
def test_classify(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _kinds(text) == expected


def test_classify_honours_the_offset_of_a_section() -> None:
    text = "Intro. Covid-19 spread to 63 countries."
    section = text[7:]
    found = [(m.text, classify(text, m, 7)) for m in iter_mentions(section)]
    assert found == [("19", "name"), ("63", None)]


def test_ignore_kinds_are_the_triage_kinds() -> None:
    """The `kind:` values of an ignore entry are exactly the rows of triage.KINDS."""
    annotation = Ignore.model_fields["kind"].annotation
    literal = next(a for a in typing.get_args(annotation) if a is not type(None))
    assert set(typing.get_args(literal)) == set(KIND_NAMES)
    assert len(KINDS) == len(KIND_NAMES) == len(set(KIND_NAMES))


@pytest.mark.parametrize(("entry", "error"), [
    ({"source": "a", "why": "nothing"}, "needs `says`, `kind`, `pattern` or `section`"),
    ({"source": "a", "quote": "x", "kind": "year", "why": "w"}, "give `says` too"),
    ({"source": "a", "pattern": "(", "why": "w"}, "not a regular expression"),
])
def test_ignore_entry_must_select_something(entry: dict[str, str], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        Ignore.model_validate(entry)


def _cov(tmp_path: Path, text: str, ignore: str) -> list[str]:
    root = write_tree(tmp_path / "c", {"a.txt": text, "claims.yaml": (
        "sources:\n  - {id: a, title: A, kind: news, snapshot: a.txt}\n"
        "quantities:\n  - {id: q, label: Q}\n" + ignore)})
    return [f.message for f in audit(root, Config()).findings if f.code == "COV001"]


def test_cov001_names_the_rule_that_would_silence_a_mention(tmp_path: Path) -> None:
    messages = _cov(tmp_path, "In 2019, 63 countries at 10:30.\n", "")
    assert len(messages) == 4
    by_text = {m.split("“")[1].split("”")[0]: m for m in messages}
    year, number, hour, minute = (by_text[t] for t in ("2019", "63", "10", "30"))
    assert "the year “2019”" in year
    assert "`{source: a, kind: year, why: ...}` would ignore all the years of `a`" in year
    assert '`{source: a, says: "63", why: ...}` would ignore it' in number
    assert "kind: time" in hour and "kind: time" in minute


def test_rules_combine_kind_and_section(tmp_path: Path) -> None:
    text = "Story: in 2019 there were 63.\nRelated: 2020 and 2021 and 7 more.\n"
    ignore = ("ignore:\n  - {source: a, kind: year, section: {from: 'Related:', to: 'more.'},"
              " why: navigation}\n")
    messages = _cov(tmp_path, text, ignore)
    assert sorted(m.split("“")[1].split("”")[0] for m in messages) == ["2019", "63", "7"]


def test_a_rule_whose_section_is_missing_ignores_nothing(tmp_path: Path) -> None:
    ignore = "ignore:\n  - {source: a, section: {from: 'Nope', to: 'never'}, why: w}\n"
    assert len(_cov(tmp_path, "63 countries\n", ignore)) == 1
