"""claimcheck: numeric-claim fact-checking and consistency auditor.

The library API is `audit(path, config=None) -> AuditResult`; see `checker.audit`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["audit", "__version__"]
__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from checker.audit import audit


def __getattr__(name: str) -> Any:
    # Lazy: `import checker` stays cheap; the audit machinery loads on first use.
    if name == "audit":
        from checker.audit import audit

        return audit
    raise AttributeError(name)
