"""Baseline files: accepted findings with their reasons (layer 1: inputs).

A baseline records the findings a team has accepted, by stable fingerprint (independent
of line numbers and message wording), each with a `reason` a person wrote and an optional
`expires` date.  Format (YAML or JSON)::

    schema: claimcheck-baseline/1
    entries:
      - {fingerprint: 3f2a..., code: XCK001, claims: [carnegie-smart-policing],
         reason: "report text vs its table; known erratum", expires: 2027-06-30}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.errors import ConfigError
from checker.findings import Finding

SCHEMA = "claimcheck-baseline/1"


@dataclass(frozen=True, slots=True)
class Entry:
    """One accepted finding."""

    fingerprint: str
    code: str
    claims: tuple[str, ...]
    reason: str
    expires: dt.date | None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Baseline:
    """The entries of a baseline file, by fingerprint."""

    path: str
    entries: tuple[Entry, ...]


def load_baseline(path: str, *, require_reasons: bool = True) -> Baseline:
    """Read the baseline at `path`; raise `ConfigError` naming the entry for any defect."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline: {exc}", file=path) from None
    try:
        data = json.loads(text) if path.endswith(".json") else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"baseline is not valid YAML/JSON: {exc}", file=path) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ConfigError(f"not a baseline file (expected `schema: {SCHEMA}`)", file=path)
    raw = data.get("entries") or []
    if not isinstance(raw, list):
        raise ConfigError("`entries` must be a list", file=path)
    entries = []
    for i, item in enumerate(raw):
        entries.append(_entry(item, i, path, require_reasons))
    return Baseline(path, tuple(entries))


def _entry(item: Any, i: int, path: str, require_reasons: bool) -> Entry:
    where = f"entries[{i}]"
    if not isinstance(item, dict):
        raise ConfigError("each entry is a mapping", file=path, field=where)
    unknown = set(item) - {"fingerprint", "code", "claims", "reason", "expires", "message"}
    if unknown:
        raise ConfigError(f"unknown key `{sorted(unknown)[0]}`", file=path, field=where)
    fp = item.get("fingerprint")
    if not isinstance(fp, str) or not fp:
        raise ConfigError("missing `fingerprint`", file=path, field=where)
    reason = item.get("reason") or ""
    if require_reasons and not str(reason).strip():
        raise ConfigError(f"entry {fp} ({item.get('code', '?')}) has no reason: write why "
                          "the finding is accepted", file=path, field=f"{where}.reason")
    expires = item.get("expires")
    if isinstance(expires, str):
        try:
            expires = dt.date.fromisoformat(expires)
        except ValueError:
            raise ConfigError(f"`expires` {expires!r} is not an ISO date", file=path,
                              field=f"{where}.expires") from None
    elif expires is not None and not isinstance(expires, dt.date):
        raise ConfigError("`expires` must be an ISO date", file=path, field=f"{where}.expires")
    claims = item.get("claims") or []
    return Entry(fp, str(item.get("code", "")), tuple(str(c) for c in claims), str(reason),
                 expires, str(item.get("message", "")))


def render_baseline(findings: Sequence[Finding]) -> str:
    """Return a baseline file (YAML) accepting `findings`, each with an empty reason."""
    entries = []
    for f in sorted(findings, key=lambda f: (f.code, f.claims, f.fingerprint)):
        entries.append({"fingerprint": f.fingerprint, "code": f.code, "claims": list(f.claims),
                        "message": f.message, "reason": "", "expires": None})
    head = ("# claimcheck baseline: accepted findings. Fill in every `reason` (required);\n"
            "# `expires` (optional, YYYY-MM-DD) makes the acceptance lapse.\n")
    body = yaml.safe_dump({"schema": SCHEMA, "entries": entries}, sort_keys=False,
                          allow_unicode=True, width=100)
    return head + body
