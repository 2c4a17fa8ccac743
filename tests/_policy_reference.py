"""`checker.policy.apply` as it stood before deciding once per rule code.

The oracle of tests/test_policy.py: every finding is checked against select/ignore and
the severity overrides one by one, every finding a live baseline entry matches is
copied, and the order is `Finding.sort_key()` then the fingerprint.  Kept as it is;
never optimise it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.baseline import Baseline
from checker.config import Config
from checker.findings import Finding, Severity
from checker.policy import PolicyResult, gate_failed, is_selected, today


def apply(findings: Iterable[Finding], config: Config, baseline: Baseline | None = None,
          *, on: dt.date | None = None) -> PolicyResult:
    """Return the findings of a run after `config`'s policy and `baseline`, and the gate.

    `on` is the date expiry is judged on (default: `today()`).  Baseline entries of rules
    that this run does not report (ignored, not selected, coverage off) are neither
    matched nor fixed: they are left alone.
    """
    out: list[Finding] = []
    selected: dict[str, bool] = {}  # by rule code: a run has tens of codes, many findings
    for f in findings:
        keep = selected.get(f.code)
        if keep is None:
            keep = selected[f.code] = is_selected(f.code, config)
        if not keep:
            continue
        sev = config.severity.get(f.code)
        if sev is not None and sev != f.severity.value:
            f = f.but(severity=Severity(sev))  # (the fingerprint stays: not recomputed)
        out.append(f)
    fixed: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()
    if baseline is not None:
        now = on or today()
        entries = [e for e in baseline.entries if not e.code or is_selected(e.code, config)]
        live = {e.fingerprint for e in entries if e.expires is None or e.expires >= now}
        lapsed = {e.fingerprint for e in entries} - live
        seen = {f.fingerprint for f in out}
        out = [f.but(accepted=True) if f.fingerprint in live else f for f in out]
        fixed = tuple(sorted({e.fingerprint for e in entries} - seen))
        expired = tuple(sorted(lapsed & seen))
    out.sort(key=lambda f: (f.sort_key(), f.fingerprint))
    return PolicyResult(tuple(out), gate_failed(out, config.fail_on, expired), fixed, expired)
