"""docs/format.md documents every key of the corpus format, from the models themselves."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from checker import models
from checker._validation import fields_of

DOC = (Path(__file__).resolve().parent.parent / "docs" / "format.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    """Return the text under `## heading` up to the next `## ` heading."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", DOC, flags=re.M | re.S)
    assert match, f"docs/format.md has no section `## {heading}`"
    return match.group(1)


def _keys(model: type[Any]) -> list[str]:
    return [f.alias or name for name, f in fields_of(model).items()]


def _relation_models() -> list[type[BaseModel]]:
    union = typing.get_args(models.Relation)[0]
    return list(typing.get_args(union))


SECTIONS: dict[str, list[type[Any]]] = {
    "Report": [models.Report],
    "Source": [models.Source, models.Section],
    "Quantity": [models.Quantity],
    "Claim": [models.Claim, models.Value],
    "Ignore": [models.Ignore],
}


@pytest.mark.parametrize("heading", sorted(SECTIONS))
def test_format_doc_names_every_field(heading: str) -> None:
    text = _section(heading)
    for model in SECTIONS[heading]:
        for key in _keys(model):
            assert f"`{key}`" in text, f"{model.__name__}.{key} is not in docs/format.md"


def test_format_doc_names_every_top_level_key() -> None:
    for key in _keys(models.CorpusFile):
        assert re.search(rf"^\| `{key}` \|", DOC, flags=re.M), key


def test_format_doc_has_a_row_for_every_relation_kind() -> None:
    text = _section("Relation")
    variants = _relation_models()
    assert len(variants) >= 5
    for model in variants:
        kind = typing.get_args(model.model_fields["kind"].annotation)[0]
        row = re.search(rf"^\| `{kind}` \|(.*)$", text, flags=re.M)
        assert row, f"relation kind `{kind}` has no row in docs/format.md"
        for key in _keys(model):
            if key not in ("kind", "id", "why"):
                assert f"`{key}`" in row.group(1), f"{kind}.{key} is not in its row"
    assert "`id`" in text and "`why`" in text
