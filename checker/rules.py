"""The catalogue of rule codes (layer 0: vocabulary).

One entry per code of DESIGN §5: its kebab-case rule name, default severity, a one-line
summary, the anchor of its entry in docs/rules.md, and `HELP`: a paragraph saying what it
means and what to do about it (SARIF's ``fullDescription`` and ``help``; every code has
one, `tests/test_reporters_sarif.py` checks it).  Codes are never renumbered or
reused.  `finding()` is the one way checks build a `Finding`, so a code can never be
paired with the wrong rule name or severity.
"""

from __future__ import annotations

from checker._frozen import record
from checker.findings import Finding, Location, Severity

DOCS_URL = "https://github.com/claimcheck/claimcheck/blob/main/docs/rules.md"


@record
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

    @property
    def description(self) -> str:
        """Return what the rule means, in a few sentences (`HELP`)."""
        return HELP[self.code][0]

    @property
    def fix(self) -> str:
        """Return what to do about a finding of the rule (`HELP`)."""
        return HELP[self.code][1]


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
        Rule("XCK006", "repeats-contradicted", _W,
             "A claim repeats a cited figure that more trusted evidence contradicts."),
        Rule("XCK007", "unit-mismatch", _E,
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


HOUSEKEEPING = frozenset({"COV001", "XCK005"})
"""Codes of housekeeping findings: the corpus is incomplete (a number no claim covers, a
claim nothing else states), not a figure in doubt.  Reports list them after every
discrepancy, so they never crowd one out."""

HELP: dict[str, tuple[str, str]] = {
    "PRV001": ("The claim's quote is not in its source's snapshot, or not inside the "
               "source's section. Matching folds whitespace, curly quotes and dashes and is "
               "otherwise exact and case-sensitive.",
               "Copy the quote again from the snapshot, word for word; check the source's "
               "section markers."),
    "PRV002": ("The words of `says` do not occur inside the claim's `quote`.",
               "Make `says` the exact words of the quote that state the value."),
    "PRV003": ("The sha256 of the snapshot or table differs from the one recorded in the "
               "source: the file changed since its claims were checked against it.",
               "Re-check the claims against the new file, then record its sha256."),
    "PRV004": ("The source names a snapshot or table file that is not there; its quotes "
               "stay unverified and its table claims are left out of the cross-check.",
               "Add the file, or correct the path in the source."),
    "PRV005": ("The quote occurs more than once in the snapshot or section, so its place is "
               "uncertain; the first occurrence is used.",
               "Lengthen the quote until it occurs once."),
    "PRV006": ("A qualifier of the number grammar stands right before or after `says` in the "
               "quote, but `says` leaves it out, so the claim states an exact figure where "
               "its source states a bound.",
               "Put the qualifier in `says` (\"at least 75\", not \"75\")."),
    "XCK001": ("Claims of the most trusted kinds (a dataset, a reference, a report's own "
               "text) on one quantity cannot all be true, with no relation involved: the "
               "report disagrees with itself or with its own table.",
               "Find which figure is right in the primary material; record the correction "
               "in a note, or accept the finding in a baseline with the reason."),
    "XCK002": ("A claim conflicts with the source it cites, or with the references of its "
               "quantity, with no relation involved.",
               "Check the figure against the cited source; correct the claim file if it "
               "was copied wrongly, else the publication misstates its source."),
    "XCK003": ("The claim asserts more than the source it cites supports: a qualifier or "
               "vague form of the cited words was dropped (\"75\" for \"at least "
               "seventy-five\").",
               "Keep the source's hedge in the publication, or say why the figure is "
               "exact."),
    "XCK004": ("The claim contains the interval it is checked against: true but less "
               "precise.", "Nothing is wrong; state the precise figure if it matters."),
    "XCK005": ("Nothing else states this quantity, so the claim cannot be checked.",
               "Add a source that states it (the report, its table, a reference)."),
    "XCK006": ("The claim repeats a figure of the source it cites, and more trusted "
               "evidence contradicts that figure (the cited claim is blamed): the "
               "repetition is not an agreement.",
               "Correct the figure where it is repeated, or note that it repeats a figure "
               "later contradicted."),
    "XCK007": ("The words of the claim state another unit than its quantity has (a "
               "percentage for a count, dollars for a BMI), so they are not read as a "
               "value of it.",
               "Check the source: usually its own slip. Otherwise give the claim a "
               "quantity in the unit it states, or a `value:`."),
    "REL001": ("A minimal set of claims cannot all be true once the relations between "
               "quantities are taken into account (a part larger than its whole, parts "
               "that do not add up, a percentage no whole count can produce).",
               "Check the suspects first: the least trusted claims whose removal makes "
               "everything consistent; then the relations' `why`."),
    "REL002": ("The relations narrow a quantity beyond what its own claims say.",
               "Nothing is wrong; the implied bound is information."),
    "REL003": ("A connected group of quantities was too large, or needed too much work, to "
               "solve exactly; its bounds come from propagation alone.",
               "Raise `max-component` or `solver-budget`, or split the group."),
    "COV001": ("A number in a snapshot is neither the `says` of a claim of that source nor "
               "an `ignore` entry.",
               "Encode the number as a claim, or add an `ignore` entry with the reason."),
}
"""Code → (description, what to do): the long help of each rule."""


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
    # (positional, in the order of `Finding`'s fields: quicker than keywords)
    return Finding(code, rule.name, rule.severity, message, claims, evidence, repeated_by,
                   quantities, relations, location, subject)
