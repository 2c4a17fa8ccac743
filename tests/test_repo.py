"""Repository contracts: the README's commands, .ci/run, the rule catalogue and its docs."""

from __future__ import annotations

import re
from pathlib import Path

from checker.rules import RULES

REPO = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_opens_with_the_audit_and_the_test_command() -> None:
    audit, tests = _readme_commands()
    assert "claimcheck audit" in audit
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, tests = _readme_commands()
    lines = [ln.strip() for ln in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert tests.strip() in lines


def test_every_rule_is_documented() -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert f"## {code} {rule.name}\n" in docs, code
        assert rule.help_uri.endswith(f"#{code.lower()}-{rule.name}")


def test_rule_codes_are_well_formed_and_unique() -> None:
    names = [r.name for r in RULES.values()]
    assert len(set(names)) == len(names)
    for code, rule in RULES.items():
        assert re.fullmatch(r"(PRV|XCK|REL|COV)\d{3}", code) and rule.code == code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
