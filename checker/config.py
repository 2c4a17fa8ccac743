"""Run configuration (layer 1: inputs).

A frozen `Config` built from ``[tool.claimcheck]`` in ``pyproject.toml`` and then from
command-line overrides.  Precedence, lowest to highest: built-in defaults, the
``pyproject.toml`` of the current folder (or the nearest parent that has one, up to the
root of the repository the folder is in, never above it; outside a repository, the
current folder's only), options on
the command line (``--set KEY=VALUE`` first, then the named options such as ``--fail-on``,
which win).  Keys use dashes in TOML (``fail-on``) and may use underscores.  Paths written
in ``pyproject.toml`` are relative to the folder of that file.  docs/configuration.md
documents every key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import field, fields, replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from checker._files import read_text_file, resolve_input
from checker._frozen import record
from checker.errors import ConfigError
from checker.formats import FORMATS
from checker.models import ROUNDING_MODES, SOURCE_KINDS
from checker.rules import RULES

FAIL_ON = ("error", "warning", "info", "never")
MAX_SOLVER_BUDGET = 10**12  # z3 work units; about a day of solving
SEVERITIES = ("error", "warning", "info")


MAX_DEPTH_LIMIT = 500
"""The highest `max-depth` accepted: the C YAML parser stops at 1000 levels on its own."""


@record(slots=False)
class Config:
    """Everything a run needs to know besides the corpus itself."""

    corpus: str = "claims"
    out: str | None = "reports"
    outputs: dict[str, str] = field(default_factory=dict)  # format name -> path (FORMATS)
    sarif_notes: bool = False
    fail_on: str = "error"
    tolerance: Fraction = Fraction(1, 10)
    rounding: str = "half-up"
    trust: tuple[str, ...] = SOURCE_KINDS
    severity: dict[str, str] = field(default_factory=dict)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    baseline: str | None = None
    coverage: bool = True
    max_file_bytes: int = 64 * 1024 * 1024
    max_snapshot_bytes: int = 64 * 1024 * 1024
    max_aliases: int = 1000
    max_depth: int = 64
    solver_budget: int = 100_000_000
    max_component: int = 5_000
    settings_file: str | None = None  # the pyproject.toml read, if any (not a setting)

    def with_settings(self, pairs: list[str]) -> Config:
        """Return a copy with ``KEY=VALUE`` settings applied (values read as TOML, else text)."""
        raw: dict[str, Any] = {}
        severity: dict[str, Any] = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            key = key.strip()
            if not sep or not key:
                raise ConfigError(f"--set takes KEY=VALUE, not {pair!r}")
            try:
                parsed: Any = tomllib.loads(f"v = {value}")["v"]
            except tomllib.TOMLDecodeError:
                parsed = value
            except ValueError:  # an integer of thousands of digits
                raise ConfigError(f"`{key}` is out of range", file="--set") from None
            if isinstance(parsed, float) and key.replace("-", "_") == "tolerance":
                parsed = value  # read the tolerance from its text: 1e999999999 is no float
            if key.startswith("severity."):  # --set severity.COV001=error: one rule
                severity[key.partition(".")[2]] = parsed
            else:
                raw[key] = parsed
        if severity:
            raw["severity"] = {**dict(raw.get("severity", self.severity)), **severity}
        try:
            return validate(_apply(self, _coerce(raw, "--set")))
        except ConfigError as exc:
            raise exc.located(file="--set") from None

    def with_overrides(self, **overrides: Any) -> Config:
        """Return a copy with every override that is not None applied and validated."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return validate(_apply(self, _coerce(clean, "command line")))

    def output(self, fmt: str) -> str | None:
        """Return the path the format named `fmt` is also written to (None: not asked)."""
        return self.outputs.get(fmt) or None


_KEYS = {f.name for f in fields(Config)} - {"settings_file", "outputs"}
"""Setting names besides the formats: each format of `FORMATS` is a key of its own."""

LIMITS = {"max_file_bytes": 2**40, "max_snapshot_bytes": 2**40, "max_aliases": 10**7,
          "max_depth": MAX_DEPTH_LIMIT, "solver_budget": MAX_SOLVER_BUDGET,
          "max_component": 10**7}
"""The whole-number settings and the largest value each accepts (`max-depth` stays well
below where the YAML and JSON parsers give up)."""


def _apply(config: Config, values: dict[str, Any]) -> Config:
    """Return `config` with coerced `values`; format paths merge into `outputs`."""
    paths = values.pop("outputs", None)
    if paths:
        values["outputs"] = {**config.outputs, **paths}
    return replace(config, **values)


def _coerce(raw: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name == "solver_timeout_ms":
            raise ConfigError(
                f"`{key}` is no longer a setting: the solver is bounded by work, not time, so "
                "that every machine gets the same answer; use `solver-budget` (z3 work units "
                "for the whole run), see docs/configuration.md", file=where)
        if name in FORMATS:
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"`{key}` must be text (a path)", file=where)
            out.setdefault("outputs", {})[name] = value
            continue
        if name not in _KEYS:
            raise ConfigError(f"unknown setting `{key}`", file=where)
        if name in spelled:
            raise ConfigError(f"`{key}` and `{spelled[name]}` are the same setting: "
                              "keep one", file=where)
        spelled[name] = key
        if name == "tolerance":
            value = _tolerance(value, where)
        elif name in ("trust", "select", "ignore"):
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"`{key}` must be a list of names", file=where)
            value = tuple(value)
        elif name == "severity":
            if not isinstance(value, dict):
                raise ConfigError("`severity` must map rule codes to error|warning|info",
                                  file=where)
            value = dict(value)
        elif name in LIMITS:
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"`{key}` must be a positive whole number", file=where)
            if value > LIMITS[name]:
                raise ConfigError(f"`{key}` is out of range: at most {LIMITS[name]:,}",
                                  file=where)
        elif name == "rounding":
            if value not in ROUNDING_MODES:
                raise ConfigError(f"`{key}` must be one of {', '.join(ROUNDING_MODES)}, "
                                  f"not {value!r}", file=where)
        elif name in ("coverage", "sarif_notes"):
            if not isinstance(value, bool):
                raise ConfigError(f"`{key}` must be true or false", file=where)
        elif value is not None and not isinstance(value, str):
            raise ConfigError(f"`{key}` must be text", file=where)
        out[name] = value
    return out


def _tolerance(value: Any, where: str) -> Fraction:
    # Read from the text, range first: Fraction("1e999999999") would build a number of
    # a billion digits before any check could run.
    text = str(value).strip().rstrip("%").strip()
    shown = text if len(text) <= 40 else text[:40] + "…"
    if isinstance(value, bool):
        raise ConfigError(f"tolerance {value!r} is not a number of percent", file=where)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ConfigError(f"tolerance {shown!r} is not a number of percent",
                          file=where) from None
    if not number.is_finite():
        raise ConfigError(f"tolerance {shown!r} is not a number of percent", file=where)
    if not 0 <= number < 100:
        raise ConfigError("tolerance must be a percentage from 0 to below 100", file=where)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise ConfigError(f"tolerance {shown!r} has more than {MAX_DECIMALS} decimals",
                          file=where)
    return Fraction(number) / 100


MAX_DECIMALS = 40
"""A tolerance is written with at most this many decimals (as numbers in a corpus)."""


def validate(config: Config) -> Config:
    """Return `config` after checking every value; raise `ConfigError` otherwise."""
    if config.fail_on not in FAIL_ON:
        raise ConfigError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {config.fail_on!r}")
    if sorted(config.trust) != sorted(SOURCE_KINDS):
        raise ConfigError("trust must list every source kind once: " + ", ".join(SOURCE_KINDS))
    for code, sev in config.severity.items():
        if code not in RULES:
            raise ConfigError(f"severity: unknown rule code {code!r}")
        if sev not in SEVERITIES:
            raise ConfigError(f"severity of {code} must be error, warning or info, not {sev!r}")
    for name in ("select", "ignore"):
        for code in getattr(config, name):
            if not any(c.startswith(code) for c in RULES):
                raise ConfigError(f"{name}: {code!r} matches no rule code")
    return config


REPOSITORY_MARKERS = (".git", ".hg", ".svn")
"""What marks the root of a repository: the search for pyproject.toml stops there."""

MAX_PYPROJECT_BYTES = 1 << 20


def find_pyproject(start: Path) -> Path | None:
    """Return the nearest ``pyproject.toml`` at or above `start`, or None.

    The search stops at the root of the repository `start` is in (the first folder
    holding ``.git``, ``.hg`` or ``.svn``): a ``pyproject.toml`` above it belongs to
    someone else (a world-writable ``/tmp``).  Outside any repository, only `start`
    itself is looked at.
    """
    folders = (start, *start.parents)
    root = next((f for f in folders if any((f / m).exists() for m in REPOSITORY_MARKERS)),
                None)
    for folder in folders if root is not None else (start,):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
        if folder == root:
            break
    return None


def load_config(start: Path | None = None) -> Config:
    """Return the configuration from ``[tool.claimcheck]`` of the nearest pyproject.toml.

    The returned `Config` names the file read in `settings_file` (None when none was).
    """
    path = find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    raw, _ = read_text_file(resolve_input(path, str(path), error=ConfigError), str(path),
                            MAX_PYPROJECT_BYTES, noun="file", kind="a TOML file",
                            error=ConfigError)
    try:
        data = tomllib.loads(raw)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=str(path)) from None
    tool = data.get("tool", {})
    section = tool.get("claimcheck", {}) if isinstance(tool, dict) else None
    if not isinstance(section, dict):
        raise ConfigError("[tool.claimcheck] must be a table", file=str(path))
    values = _coerce(section, str(path))
    here = (start or Path.cwd()).resolve()
    for key in PATH_KEYS:
        if key in values:
            values[key] = _rebase(values[key], path.parent, here)
    if "outputs" in values:
        values["outputs"] = {fmt: _rebase(p, path.parent, here)
                             for fmt, p in values["outputs"].items()}
    if not (isinstance(tool, dict) and "claimcheck" in tool):
        return Config()
    try:
        return validate(_apply(Config(), {**values, "settings_file": str(path)}))
    except ConfigError as exc:
        raise exc.located(file=str(path), field="[tool.claimcheck]") from None


PATH_KEYS = ("corpus", "out", "baseline")
"""Settings that are paths besides the formats of `FORMATS` (each a path too): in
pyproject.toml, relative to the folder of that file."""


def _rebase(value: Any, folder: Path, here: Path) -> Any:
    # A relative path written in pyproject.toml means folder/value; say it relative to
    # `here` (the working folder), so that reports keep relative, repo-style paths.
    if not isinstance(value, str) or value in ("", "-") or Path(value).is_absolute():
        return value
    if folder == here:
        return value
    return os.path.relpath(folder / value, here)
