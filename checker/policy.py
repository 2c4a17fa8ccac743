"""Policy: severities, select/ignore, baselines and the gate (layer 2).

Checks report everything; this module decides once what is shown and what fails:
severity overrides and select/ignore from the configuration, then the baseline
(accepted findings stay in the report, marked, and never fail the gate; an expired entry
does not accept), then `gate_failed()`, a pure function of the findings and the threshold.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace

from checker.baseline import Baseline
from checker.config import Config
from checker.findings import Finding, Severity

THRESHOLDS = {"error": 3, "warning": 2, "info": 1, "never": 99}


def gate_failed(findings: Iterable[Finding], fail_on: str) -> bool:
    """Return whether any finding not accepted by a baseline reaches the `fail_on` threshold."""
    limit = THRESHOLDS[fail_on]
    return any(not f.accepted and f.severity.rank >= limit for f in findings)


def _selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    if select and not any(code.startswith(s) for s in select):
        return False
    return not any(code.startswith(i) for i in ignore)


def today() -> dt.date:
    """Return today's date, or the date of SOURCE_DATE_EPOCH when it is set (reproducible)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def apply(findings: Iterable[Finding], config: Config, baseline: Baseline | None = None
          ) -> tuple[tuple[Finding, ...], bool, tuple[str, ...]]:
    """Return the findings after policy, whether the gate failed, and the fixed baseline entries.

    Fixed entries are the fingerprints of baseline entries that match no finding any more.
    """
    out: list[Finding] = []
    for f in findings:
        if not _selected(f.code, config.select, config.ignore):
            continue
        sev = config.severity.get(f.code)
        if sev is not None and sev != f.severity.value:
            f = replace(f, severity=Severity(sev))
        out.append(f)
    fixed: tuple[str, ...] = ()
    if baseline is not None:
        now = today()
        live = {e.fingerprint: e for e in baseline.entries
                if e.expires is None or e.expires >= now}
        seen = {f.fingerprint for f in out}
        out = [replace(f, accepted=True) if f.fingerprint in live else f for f in out]
        fixed = tuple(sorted(e.fingerprint for e in baseline.entries if e.fingerprint not in seen))
    out.sort(key=Finding.sort_key)
    return tuple(out), gate_failed(out, config.fail_on), fixed
