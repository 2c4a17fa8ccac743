"""claimcheck: numeric-claim fact-checking and consistency auditor.

The library API is `checker.audit(path, config=None) -> AuditResult` (the pipeline lives in
`checker.pipeline`); `checker.AuditResult` and `checker.Config` are the result and the
settings.  `import checker` loads nothing else: the names load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["AuditResult", "Config", "audit", "__version__"]
__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from checker.config import Config
    from checker.findings import AuditResult
    from checker.pipeline import audit

# name -> the module it lives in.  No submodule of the package may share one of these
# names: an imported submodule becomes an attribute of the package and would shadow it.
_LAZY = {"audit": "checker.pipeline", "AuditResult": "checker.findings",
         "Config": "checker.config"}


def __getattr__(name: str) -> Any:
    # Lazy: `import checker` stays cheap; the audit machinery loads on first use.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
