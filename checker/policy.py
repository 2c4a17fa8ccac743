"""Policy: severities, select/ignore, baselines and the gate (layer 2: analysis).

Checks report everything; this module decides once what is shown and what fails, in this
order:

1. select/ignore (rule codes or prefixes) drop findings; per-rule severity overrides
   replace the catalogue's default severity;
2. the baseline: a finding whose fingerprint has a live entry is *accepted* (still
   reported, marked, never fails the gate); an entry past its `expires` date accepts
   nothing and its finding, if it still occurs, fails the gate whatever its severity; an
   entry that matches no finding is *fixed* (reported so that it can be removed);
3. `gate_failed()`, a pure function of the findings, the threshold and the expired
   entries.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from checker._frozen import record
from checker.baseline import Baseline
from checker.config import Config
from checker.findings import Finding, Severity

THRESHOLDS = {"error": 3, "warning": 2, "info": 1, "never": 99}
"""`--fail-on` value → the lowest `Severity.rank` that fails the gate."""


@record
class PolicyResult:
    """The findings after policy and what the gate made of them.

    `findings` are sorted; `fixed` holds the fingerprints of baseline entries that match
    no finding any more; `expired` those of entries past their date whose finding still
    occurs (each one fails the gate).
    """

    findings: tuple[Finding, ...]
    gate_failed: bool
    fixed: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()


def gate_failed(findings: Iterable[Finding], fail_on: str, expired: Sequence[str] = ()) -> bool:
    """Return whether the gate fails.

    It fails when any finding not accepted by a baseline has a severity at or above
    `fail_on` (``error``, ``warning``, ``info``), or when an expired baseline entry still
    matches a finding (`expired` non-empty).  ``never`` never fails.
    """
    if fail_on == "never":
        return False
    if expired:
        return True
    limit = THRESHOLDS[fail_on]
    return any(not f.accepted and f.severity.rank >= limit for f in findings)


def is_selected(code: str, config: Config) -> bool:
    """Return whether rule `code` is reported under `config` (select, ignore, coverage)."""
    if code == "COV001" and not config.coverage:
        return False
    if config.select and not any(code.startswith(s) for s in config.select):
        return False
    return not any(code.startswith(i) for i in config.ignore)


def today() -> dt.date:
    """Return today's date, or the date of SOURCE_DATE_EPOCH when it is set (reproducible)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def apply(findings: Iterable[Finding], config: Config, baseline: Baseline | None = None,
          *, on: dt.date | None = None) -> PolicyResult:
    """Return the findings of a run after `config`'s policy and `baseline`, and the gate.

    `on` is the date expiry is judged on (default: `today()`).  Baseline entries of rules
    that this run does not report (ignored, not selected, coverage off) are neither
    matched nor fixed: they are left alone.

    What to do with a finding is decided once per rule code (a run has tens of codes and
    many findings); only the findings whose severity or acceptance changes are copied.
    """
    out = list(findings)
    codes = {f.code for f in out}
    dropped = {code for code in codes if not is_selected(code, config)}
    overridden = {code: Severity(config.severity[code]) for code in codes - dropped
                  if code in config.severity}
    if dropped or overridden:
        kept: list[Finding] = []
        for f in out:
            code = f.code
            if code in dropped:
                continue
            sev = overridden.get(code)
            if sev is not None and sev is not f.severity:
                f = f.but(severity=sev)  # (the fingerprint stays: not recomputed)
            kept.append(f)
        out = kept
    fixed: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()
    if baseline is not None:
        now = on or today()
        entries = [e for e in baseline.entries if not e.code or is_selected(e.code, config)]
        live = {e.fingerprint for e in entries if e.expires is None or e.expires >= now}
        lapsed = {e.fingerprint for e in entries} - live
        seen = {f.fingerprint for f in out}
        if live & seen:
            for i, f in enumerate(out):
                if f.fingerprint in live and not f.accepted:
                    out[i] = f.but(accepted=True)
        fixed = tuple(sorted({e.fingerprint for e in entries} - seen))
        expired = tuple(sorted(lapsed & seen))
    out.sort(key=_order)
    return PolicyResult(tuple(out), gate_failed(out, config.fail_on, expired), fixed, expired)


def _order(f: Finding) -> tuple[str, int, str, tuple[str, ...], str]:
    """Return the key of the findings' order: `Finding.sort_key()`, then the fingerprint
    (flat: the same order as the pair, without a method call per finding)."""
    loc = f.location
    if loc is None:
        return ("", 0, f.code, f.claims, f.fingerprint)
    return (loc.file, loc.line, f.code, f.claims, f.fingerprint)
