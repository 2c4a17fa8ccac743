"""The catalogue of rule codes (layer 0: vocabulary).

One entry per code of DESIGN §5: its kebab-case rule name, default severity, a one-line
summary and the anchor of its entry in docs/rules.md.  Codes are never renumbered or
reused.  `finding()` is the one way checks build a `Finding`, so a code can never be
paired with the wrong rule name or severity.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.findings import Finding, Location, Severity

DOCS_URL = "https://github.com/claimcheck/claimcheck/blob/main/docs/rules.md"


@dataclass(frozen=True, slots=True)
class Rule:
    """One catalogue entry."""

    code: str
    name: str
    severity: Severity
    summary: str

    @property
    def help_uri(self) -> str:
        """Return the URL of the rule's entry in docs/rules.md."""
        return f"{DOCS_URL}#{self.code.lower()}-{self.name}"


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule("PRV001", "quote-not-found", _E,
             "The quote is not in the source's snapshot (section)."),
        Rule("PRV002", "says-not-in-quote", _E, "`says` is not inside `quote`."),
        Rule("PRV003", "snapshot-changed", _E, "The snapshot's sha256 does not match."),
        Rule("PRV004", "snapshot-missing", _E, "The snapshot or table file is absent."),
        Rule("PRV005", "quote-ambiguous", _W, "The quote occurs more than once in the section."),
        Rule("PRV006", "qualifier-outside-says", _E,
             "The quote qualifies the figure (\"at least 75\") but `says` leaves it out."),
        Rule("XCK001", "conflict", _E,
             "Reference claims on one quantity are disjoint (e.g. report text vs its own table)."),
        Rule("XCK002", "contradicts-source", _E,
             "A claim conflicts with the source it cites, or with the references."),
        Rule("XCK003", "overstates-source", _W,
             "A claim is stronger than the claim of the source it cites (a hedge dropped)."),
        Rule("XCK004", "less-precise", _I, "A claim is weaker than the reference."),
        Rule("XCK005", "uncorroborated", _I, "Single-source quantity: nothing to check against."),
        Rule("XCK006", "unit-mismatch", _E,
             "The words state another unit than the claim's quantity has (a percentage for "
             "a count, dollars for a BMI)."),
        Rule("REL001", "constraint-violation", _E,
             "A minimal conflicting set that involves relations; subjects are its suspects."),
        Rule("REL002", "implied-bound", _I,
             "Relations narrow a quantity beyond the intersection of its own claims."),
        Rule("REL003", "not-solved", _W,
             "A component was too large to solve exactly; bounds from propagation only."),
        Rule("COV001", "unclaimed-number", _W,
             "A number in a snapshot that no claim or `ignore` covers."),
    )
}


def finding(
    code: str,
    message: str,
    *,
    claims: tuple[str, ...] = (),
    evidence: tuple[str, ...] = (),
    repeated_by: tuple[str, ...] = (),
    quantities: tuple[str, ...] = (),
    relations: tuple[str, ...] = (),
    location: Location | None = None,
    subject: str = "",
) -> Finding:
    """Return a `Finding` of rule `code` with its catalogue name and default severity."""
    rule = RULES[code]
    return Finding(
        code=code, rule=rule.name, severity=rule.severity, message=message,
        claims=claims, evidence=evidence, repeated_by=repeated_by,
        quantities=quantities, relations=relations, location=location, subject=subject,
    )
