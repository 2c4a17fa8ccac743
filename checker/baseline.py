"""Baseline files: accepted findings with their reasons (layer 1: inputs).

A baseline records the findings a team has accepted, by stable fingerprint (see
`Finding.fingerprint`: the rule code and the ids the finding names, never line numbers or
message wording), each with a `reason` a person wrote and an optional `expires` date.
Format (YAML, or JSON when the file name ends in ``.json``)::

    schema: claimcheck-baseline/1
    entries:
      - fingerprint: 3f2a9c01d4e5b6a7
        code: XCK001
        claims: [carnegie-smart-policing-52]
        message: the report says "fifty-two" ...   # for people; never matched
        reason: "report text vs its table; known erratum"
        expires: 2027-06-30

`code`, `claims` and `message` are there for people reading the file; only `fingerprint`
is matched.  `claimcheck baseline` writes the file with empty reasons; a baseline with an
empty reason is refused when it is used (`load_baseline`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from checker._files import read_text_file, resolve_input
from checker._frozen import record
from checker._yamlnodes import Limits, parse_text
from checker.errors import ConfigError, CorpusError
from checker.findings import Finding

SCHEMA = "claimcheck-baseline/1"
_KEYS = ("fingerprint", "code", "claims", "message", "reason", "expires")


@record
class Entry:
    """One accepted finding: its fingerprint, why it is accepted and until when."""

    fingerprint: str
    code: str
    claims: tuple[str, ...]
    reason: str
    expires: dt.date | None
    message: str = ""


@record
class Baseline:
    """The entries of one baseline file (`path` as given)."""

    path: str
    entries: tuple[Entry, ...]

    def by_fingerprint(self) -> dict[str, Entry]:
        """Return the entries keyed by fingerprint."""
        return {e.fingerprint: e for e in self.entries}


def load_baseline(path: str, *, require_reasons: bool = True) -> Baseline:
    """Read the baseline at `path` and return it.

    Raise `ConfigError` naming the file and the entry for any defect: not a baseline, an
    unknown key, a missing or repeated fingerprint, a bad `expires` date, and (unless
    `require_reasons` is False) every entry whose `reason` is empty.
    """
    data = read_structured(path, "baseline")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ConfigError(f"not a baseline file (expected `schema: {SCHEMA}`)", file=path)
    unknown = set(data) - {"schema", "entries"}
    if unknown:
        raise ConfigError(f"unknown key `{sorted(unknown)[0]}`", file=path)
    raw = data.get("entries")
    raw = [] if raw is None else raw
    if not isinstance(raw, list):
        raise ConfigError("`entries` must be a list", file=path, field="entries")
    entries = [_entry(item, i, path) for i, item in enumerate(raw)]
    seen: dict[str, int] = {}
    for i, e in enumerate(entries):
        if e.fingerprint in seen:
            raise ConfigError(f"fingerprint {e.fingerprint} is listed twice (also "
                              f"entries[{seen[e.fingerprint]}])", file=path,
                              field=f"entries[{i}].fingerprint")
        seen[e.fingerprint] = i
    if require_reasons:
        empty = [i for i, e in enumerate(entries) if not e.reason.strip()]
        if empty:
            e = entries[empty[0]]
            more = f" (and {len(empty) - 1} more)" if len(empty) > 1 else ""
            raise ConfigError(
                f"entry {e.fingerprint} ({e.code or '?'}) has no reason{more}: write why each "
                "finding is accepted", file=path, field=f"entries[{empty[0]}].reason")
    return Baseline(path, tuple(entries))


def read_structured(path: str, noun: str, *, json_format: bool | None = None) -> Any:
    """Return the data of the YAML or JSON file at `path` (JSON when it ends in ``.json``).

    Read like a claim file: through the bounded, regular-file-only reader, with the same
    limits on size, aliases and nesting, safe YAML constructors only and no tag outside
    the core schema.  Raise `ConfigError` naming the file (and line) for any defect.
    """
    limits = Limits()
    real = resolve_input(path, path, error=ConfigError)
    text, _ = read_text_file(real, path, limits.max_file_bytes, noun=noun,
                             kind=f"a {noun} file", error=ConfigError, bom=True)
    as_json = path.endswith(".json") if json_format is None else json_format
    try:
        return parse_text(text, path, as_json, limits).data
    except CorpusError as exc:
        detail = exc.message.removeprefix("invalid JSON: ")
        kind = "not JSON" if as_json else "not valid YAML"
        raise ConfigError(f"{noun} is {kind}: {detail}", file=path, line=exc.line) from None


def _entry(item: Any, i: int, path: str) -> Entry:
    where = f"entries[{i}]"
    if not isinstance(item, dict):
        raise ConfigError("each entry is a mapping", file=path, field=where)
    unknown = set(item) - set(_KEYS)
    if unknown:
        raise ConfigError(f"unknown key `{sorted(unknown)[0]}`", file=path, field=where)
    fp = item.get("fingerprint")
    if not isinstance(fp, str) or not fp.strip():
        raise ConfigError("missing `fingerprint`", file=path, field=f"{where}.fingerprint")
    reason = item.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ConfigError("`reason` must be text", file=path, field=f"{where}.reason")
    expires = item.get("expires")
    if isinstance(expires, dt.datetime):
        expires = expires.date()
    elif isinstance(expires, str):
        try:
            expires = dt.date.fromisoformat(expires.strip())
        except ValueError:
            raise ConfigError(f"`expires` {expires!r} is not a date (YYYY-MM-DD)", file=path,
                              field=f"{where}.expires") from None
    elif expires is not None and not isinstance(expires, dt.date):
        raise ConfigError("`expires` must be a date (YYYY-MM-DD)", file=path,
                          field=f"{where}.expires")
    claims = item.get("claims") or []
    if not isinstance(claims, list):
        raise ConfigError("`claims` must be a list of ids", file=path, field=f"{where}.claims")
    return Entry(fp.strip(), str(item.get("code") or ""), tuple(str(c) for c in claims),
                 reason or "", expires, str(item.get("message") or ""))


def render_baseline(findings: Sequence[Finding], previous: Mapping[str, Entry] | None = None,
                    *, as_json: bool = False, keep: Sequence[Entry] = ()) -> str:
    """Return a baseline file accepting `findings`.

    Each entry's `reason` is empty for a person to fill in, unless `previous` (entries of
    an earlier baseline, by fingerprint) already has one for that fingerprint: then its
    reason and `expires` are kept, so re-running ``claimcheck baseline`` never loses what
    people wrote.  `keep` are earlier entries written back as they were (those of rules
    this run did not check: it cannot tell whether they still occur).  The order is by
    code, claims and fingerprint (stable under edits that only move lines).  YAML with a
    comment header, or JSON when `as_json`.
    """
    previous = previous or {}
    rows: list[tuple[str, tuple[str, ...], str, dict[str, Any]]] = []
    seen: set[str] = set()
    for f in findings:
        if f.fingerprint in seen:
            continue
        seen.add(f.fingerprint)
        old = previous.get(f.fingerprint)
        expires = old.expires.isoformat() if old is not None and old.expires else None
        rows.append((f.code, f.claims, f.fingerprint, {
            "fingerprint": f.fingerprint, "code": f.code, "claims": list(f.claims),
            "message": " ".join(f.message.split()),
            "reason": old.reason if old is not None else "", "expires": expires}))
    for e in keep:
        if e.fingerprint in seen:
            continue
        seen.add(e.fingerprint)
        rows.append((e.code, e.claims, e.fingerprint, {
            "fingerprint": e.fingerprint, "code": e.code, "claims": list(e.claims),
            "message": " ".join(e.message.split()), "reason": e.reason,
            "expires": e.expires.isoformat() if e.expires else None}))
    entries = [row[3] for row in sorted(rows, key=lambda r: r[:3])]
    document = {"schema": SCHEMA, "entries": entries}
    if as_json:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    head = ("# claimcheck baseline: accepted findings, matched by fingerprint.\n"
            "# Fill in every `reason` (required: an empty reason is an error when the\n"
            "# baseline is used); `expires` (optional, YYYY-MM-DD) ends the acceptance:\n"
            "# after that date the finding fails the gate until it is fixed or renewed.\n")
    body: str = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return head + body
