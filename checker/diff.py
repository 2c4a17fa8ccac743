"""`claimcheck diff`: findings new, fixed and unchanged between two audits (layer 3).

Reads two JSON audits (``claimcheck-audit/1``) and matches findings by fingerprint, so
moved lines and reworded messages do not count as changes.  A finding without a
``fingerprint`` field gets one computed as `Finding.fingerprint` does.  The CLI exits 1
when a new finding that is not accepted by a baseline reaches ``--fail-on`` (error).
"""

from __future__ import annotations

import hashlib
from typing import Any

from checker._frozen import record
from checker.baseline import read_structured
from checker.errors import ConfigError
from checker.policy import THRESHOLDS

SCHEMA = "claimcheck-audit/1"


@record(slots=False)
class AuditDiff:
    """Findings (as JSON objects) by what happened to them."""

    new: tuple[dict[str, Any], ...]
    fixed: tuple[dict[str, Any], ...]
    unchanged: tuple[dict[str, Any], ...]


def load_audit_json(path: str) -> list[dict[str, Any]]:
    """Return the findings of the JSON audit at `path`; raise `ConfigError` when it is not one."""
    data = read_structured(path, "audit", json_format=True)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ConfigError(f"not a claimcheck audit (expected schema {SCHEMA!r})", file=path)
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
        raise ConfigError("`findings` must be a list of objects", file=path, field="findings")
    for i, f in enumerate(findings):
        _check_finding(f, f"findings[{i}]", path)
    return findings


_TEXT_FIELDS = ("code", "severity", "message", "subject", "fingerprint")
_LIST_FIELDS = ("claims", "evidence", "quantities", "relations")


def _check_finding(f: dict[str, Any], where: str, path: str) -> None:
    """Refuse a finding whose fields have the wrong type (they are read as the JSON
    report writes them: text, lists of text, a location object, a boolean)."""
    def refuse(name: str, what: str) -> ConfigError:
        return ConfigError(f"`{name}` must be {what}", file=path, field=f"{where}.{name}")

    for name in _TEXT_FIELDS:
        if f.get(name) is not None and not isinstance(f[name], str):
            raise refuse(name, "text")
    for name in _LIST_FIELDS:
        value = f.get(name)
        if value is not None and not (isinstance(value, list)
                                      and all(isinstance(v, str) for v in value)):
            raise refuse(name, "a list of ids")
    loc = f.get("location")
    if loc is not None and not (isinstance(loc, dict)
                                and isinstance(loc.get("file", ""), str)
                                and isinstance(loc.get("line", 0), int)
                                and not isinstance(loc.get("line", 0), bool)):
        raise refuse("location", "an object with `file` (text) and `line` (a number)")
    if f.get("accepted") is not None and not isinstance(f["accepted"], bool):
        raise refuse("accepted", "true or false")


def fingerprint(f: dict[str, Any]) -> str:
    """Return the finding's fingerprint (recomputed the same way when absent)."""
    if isinstance(f.get("fingerprint"), str):
        return str(f["fingerprint"])
    def ids(name: str) -> str:
        value = f.get(name) or []
        return ",".join(str(v) for v in value) if isinstance(value, list) else str(value)

    key = "|".join([str(f.get("code", "")), ids("claims"), ids("evidence"), ids("quantities"),
                    ids("relations"), str(f.get("subject", ""))])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def diff_audits(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> AuditDiff:
    """Return the findings of `new` not in `old`, of `old` not in `new`, and of both."""
    before = {fingerprint(f): f for f in old}
    after = {fingerprint(f): f for f in new}

    def pick(keys: set[str], src: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], ...]:
        return tuple(src[k] for k in sorted(keys, key=lambda k: (str(src[k].get("code", "")), k)))

    return AuditDiff(pick(set(after) - set(before), after), pick(set(before) - set(after), before),
                     pick(set(after) & set(before), after))


def new_failures(d: AuditDiff, fail_on: str = "error") -> tuple[dict[str, Any], ...]:
    """Return the new findings that fail at `fail_on`: severity at or above it, not accepted.

    Uses the gate's thresholds (`checker.policy.THRESHOLDS`); ``never`` returns nothing.
    """
    limit = THRESHOLDS[fail_on]
    ranks = {"error": 3, "warning": 2, "info": 1}
    return tuple(f for f in d.new
                 if not f.get("accepted") and ranks.get(str(f.get("severity")), 0) >= limit)


def _line(f: dict[str, Any]) -> str:
    claims = ",".join(str(c) for c in f.get("claims") or []) or "-"
    loc = f.get("location")
    where = (f" ({loc.get('file')}:{loc.get('line')})"
             if isinstance(loc, dict) and loc.get("file") else "")
    flag = " [accepted]" if f.get("accepted") else ""
    message = " ".join(str(f.get("message", "")).split())
    return (f"  {str(f.get('severity', '?')):7} {f.get('code', '?')} {claims}{where}{flag}: "
            f"{message}")


def render_diff(d: AuditDiff) -> str:
    """Return the diff as text: a count line, then one line per finding under New, Fixed
    and Unchanged (severity, code, claims, location, message)."""
    lines = [f"{len(d.new)} new, {len(d.fixed)} fixed, {len(d.unchanged)} unchanged"]
    for title, items in (("New", d.new), ("Fixed", d.fixed), ("Unchanged", d.unchanged)):
        if items:
            lines.append(f"\n{title}:")
            lines += [_line(f) for f in items]
    return "\n".join(lines) + "\n"
