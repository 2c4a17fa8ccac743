"""The strict base of every corpus model, and the id pattern (layer 0: vocabulary).

Shared by `models` (sources, quantities, claims) and `kinds` (the relation models), so
that both are strict about keys and frozen in the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from checker import _regex

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
ID_RE = _regex.compile(ID_PATTERN)

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]


class Strict(BaseModel):
    """Base of every corpus model: unknown keys are errors, instances are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False,
                              defer_build=True)


def date_text(value: Any) -> Any:
    """Accept a year or an ISO date for `as_of` (or a relation's `from`/`to`), kept as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, dt.date)):
        return str(value)
    return value
