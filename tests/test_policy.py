"""Policy: the gate as a table, severity overrides, select/ignore, baseline acceptance."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.baseline import Baseline, Entry
from checker.config import Config
from checker.findings import Finding, Location, Severity
from checker.policy import PolicyResult, apply, gate_failed, is_selected, today
from checker.rules import finding

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741


def _f(severity: Severity, *, accepted: bool = False, code: str = "XCK002",
       claims: tuple[str, ...] = ("a",)) -> Finding:
    return Finding(code=code, rule="r", severity=severity, message="m", claims=claims,
                   accepted=accepted)


# (findings as (severity, accepted), threshold, expired entries, gate failed)
GATE_TABLE = [
    ([], "error", (), False),
    ([], "info", (), False),
    ([(E, False)], "error", (), True),
    ([(E, False)], "warning", (), True),
    ([(E, False)], "info", (), True),
    ([(E, False)], "never", (), False),
    ([(W, False)], "error", (), False),
    ([(W, False)], "warning", (), True),
    ([(W, False)], "info", (), True),
    ([(I, False)], "error", (), False),
    ([(I, False)], "warning", (), False),
    ([(I, False)], "info", (), True),
    ([(I, False), (W, False)], "warning", (), True),
    ([(E, True)], "error", (), False),  # accepted by the baseline: never gates
    ([(E, True)], "info", (), False),
    ([(E, True), (W, False)], "error", (), False),
    ([(E, True), (W, False)], "warning", (), True),
    ([(I, False)], "error", ("fp",), True),  # an expired entry fails whatever the severity
    ([], "error", ("fp",), True),
    ([(E, False)], "never", ("fp",), False),  # never means never
]


@pytest.mark.parametrize(("findings", "threshold", "expired", "failed"), GATE_TABLE)
def test_gate_failed_table(findings: list[tuple[Severity, bool]], threshold: str,
                           expired: tuple[str, ...], failed: bool) -> None:
    values = [_f(sev, accepted=acc, claims=(str(i),)) for i, (sev, acc) in enumerate(findings)]
    assert gate_failed(values, threshold, expired) is failed


def test_gate_failed_is_pure() -> None:
    values = (_f(E), _f(I, accepted=True))
    assert gate_failed(values, "error") is gate_failed(values, "error") is True
    assert values == (_f(E), _f(I, accepted=True))


def _findings() -> list[Finding]:
    return [
        finding("XCK002", "news contradicts", claims=("n1",), evidence=("r1",),
                location=Location("c.yaml", 9)),
        finding("XCK004", "less precise", claims=("n2",), location=Location("c.yaml", 3)),
        finding("COV001", "unclaimed", subject="s|12|1", location=Location("s.yaml", 1)),
        finding("PRV005", "ambiguous", claims=("n3",), location=Location("c.yaml", 5)),
    ]


def test_apply_sorts_and_gates() -> None:
    result = apply(_findings(), Config())
    assert isinstance(result, PolicyResult)
    assert [f.code for f in result.findings] == ["XCK004", "PRV005", "XCK002", "COV001"]
    assert result.gate_failed and result.fixed == () and result.expired == ()


def test_apply_severity_override_changes_the_gate() -> None:
    config = Config(severity={"XCK002": "warning", "XCK004": "error"}, ignore=("PRV", "COV"))
    result = apply(_findings(), config)
    sev = {f.code: f.severity for f in result.findings}
    assert sev == {"XCK002": W, "XCK004": E}
    assert result.gate_failed  # XCK004 is an error now
    assert not apply(_findings(), Config(severity={"XCK002": "info"}, ignore=("XCK004",),
                                         fail_on="warning", select=("XCK",))).gate_failed


@pytest.mark.parametrize(("select", "ignore", "codes"), [
    ((), (), {"XCK002", "XCK004", "COV001", "PRV005"}),
    (("XCK",), (), {"XCK002", "XCK004"}),
    (("XCK", "PRV005"), ("XCK004",), {"XCK002", "PRV005"}),
    ((), ("COV", "PRV"), {"XCK002", "XCK004"}),
])
def test_apply_select_and_ignore_prefixes(select: tuple[str, ...], ignore: tuple[str, ...],
                                          codes: set[str]) -> None:
    result = apply(_findings(), Config(select=select, ignore=ignore))
    assert {f.code for f in result.findings} == codes


def test_is_selected_drops_coverage_when_off() -> None:
    assert is_selected("COV001", Config())
    assert not is_selected("COV001", Config(coverage=False))
    assert is_selected("XCK002", Config(coverage=False))


def _baseline(*entries: tuple[Finding, dt.date | None]) -> Baseline:
    return Baseline("b.yaml", tuple(Entry(f.fingerprint, f.code, f.claims, "known", exp)
                                    for f, exp in entries))


DAY = dt.date(2030, 6, 15)


def test_apply_baseline_accepts_reports_and_passes() -> None:
    found = _findings()
    xck002 = found[0]
    result = apply(found, Config(), _baseline((xck002, None)), on=DAY)
    accepted = [f for f in result.findings if f.accepted]
    assert [f.code for f in accepted] == ["XCK002"]  # still reported, marked
    assert len(result.findings) == len(found)
    assert not result.gate_failed


def test_apply_baseline_new_finding_fails_alone() -> None:
    found = _findings()
    base = _baseline((found[0], None))
    planted = finding("XCK002", "new", claims=("n9",), evidence=("r1",))
    result = apply([*found, planted], Config(), base, on=DAY)
    failing = [f for f in result.findings if not f.accepted and f.severity is E]
    assert [f.claims for f in failing] == [("n9",)]
    assert result.gate_failed


def test_apply_expired_entry_fails_the_gate_whatever_the_severity() -> None:
    found = _findings()
    info = found[1]  # XCK004, info: would never fail at fail-on error
    base = _baseline((found[0], None), (info, DAY - dt.timedelta(days=1)))
    result = apply(found, Config(ignore=("COV", "PRV")), base, on=DAY)
    assert result.expired == (info.fingerprint,)
    assert result.gate_failed
    assert not next(f for f in result.findings if f.code == "XCK004").accepted
    # Under fail-on never nothing fails, expired or not.
    assert not apply(found, Config(fail_on="never"), base, on=DAY).gate_failed


def test_apply_entry_expiring_today_still_accepts() -> None:
    found = _findings()[:1]
    result = apply(found, Config(), _baseline((found[0], DAY)), on=DAY)
    assert result.findings[0].accepted and not result.gate_failed and result.expired == ()


def test_apply_unmatched_entries_are_fixed_not_expired() -> None:
    found = _findings()
    gone = finding("XCK002", "gone", claims=("old",))
    lapsed = finding("XCK003", "gone too", claims=("older",))
    base = _baseline((found[0], None), (gone, None), (lapsed, dt.date(2000, 1, 1)))
    result = apply(found, Config(ignore=("COV", "PRV", "XCK004")), base, on=DAY)
    assert result.fixed == tuple(sorted([gone.fingerprint, lapsed.fingerprint]))
    assert result.expired == ()
    assert not result.gate_failed


def test_apply_leaves_entries_of_unreported_rules_alone() -> None:
    found = _findings()
    cov = found[2]
    base = _baseline((cov, None))
    assert apply(found, Config(coverage=False), base, on=DAY).fixed == ()
    assert apply(found, Config(ignore=("COV",)), base, on=DAY).fixed == ()
    assert apply(found, Config(select=("XCK",)), base, on=DAY).fixed == ()
    assert apply([], Config(), base, on=DAY).fixed == (cov.fingerprint,)


def test_today_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")  # 2000-01-01T00:00:00Z
    assert today() == dt.date(2000, 1, 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    assert today() == dt.date.today()


def test_policy_keeps_each_fingerprint_and_equals_replace(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import dataclasses

    made = [_f(E, code="XCK002", claims=("a",)), _f(W, code="XCK003", claims=("b",))]
    base = Baseline("b.yaml", (Entry(made[1].fingerprint, "XCK003", ("b",), "known", None),))
    config = Config(severity={"XCK002": "warning"})
    computed: list[str] = []
    post_init = Finding.__post_init__

    def counting(self: Finding) -> None:
        computed.append(self.code)
        post_init(self)

    monkeypatch.setattr(Finding, "__post_init__", counting)
    got = apply(made, config, base)
    assert computed == []  # an override and an acceptance compute no fingerprint again
    monkeypatch.undo()
    want = [dataclasses.replace(made[0], severity=W), dataclasses.replace(made[1], accepted=True)]
    assert list(got.findings) == want
    assert [f.fingerprint for f in got.findings] == [f.fingerprint for f in want]


def test_finding_but_refuses_a_change_of_what_the_fingerprint_is_made_of() -> None:
    f = _f(E)
    assert f.but(message="other", severity=I) == Finding(
        code="XCK002", rule="r", severity=I, message="other", claims=("a",))
    for name in ("code", "claims", "evidence", "quantities", "relations", "subject",
                 "fingerprint"):
        with pytest.raises(ValueError):
            f.but(**{name: ("x",)})


def test_apply_decided_per_code_equals_the_finding_by_finding_reference() -> None:
    """`apply` (decided once per rule code, copying only the findings it changes, one
    flat sort key) returns exactly what the reference returns: the findings in order,
    the gate, the fixed and the expired entries, over random findings, select/ignore,
    severity overrides and baselines."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker.findings import Location
    from tests._policy_reference import apply as reference

    codes = ["XCK002", "XCK003", "XCK004", "REL001", "REL002", "COV001", "PRV001"]
    sev = st.sampled_from([E, W, I])
    one = st.builds(
        lambda code, s, claims, line, located, accepted: Finding(
            code=code, rule="r", severity=s, message="m", claims=claims, accepted=accepted,
            location=Location("a.yaml", line) if located else None),
        st.sampled_from(codes), sev,
        st.lists(st.sampled_from("abc"), max_size=2, unique=True).map(tuple),
        st.integers(1, 3), st.booleans(), st.booleans())
    prefixes = st.lists(st.sampled_from(["XCK", "REL", "XCK004", "COV001", "PRV"]),
                        max_size=2, unique=True).map(tuple)
    overrides = st.dictionaries(st.sampled_from(codes),
                                st.sampled_from(["error", "warning", "info"]), max_size=3)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(one, max_size=12), prefixes, prefixes, overrides, st.booleans(),
           st.sampled_from(["error", "warning", "info", "never"]),
           st.lists(st.tuples(st.integers(0, 11), st.booleans(), st.booleans()), max_size=4),
           st.booleans())
    def check(findings: list[Finding], select: tuple[str, ...], ignore: tuple[str, ...],
              severity: dict[str, str], coverage: bool, fail_on: str,
              picks: list[tuple[int, bool, bool]], with_baseline: bool) -> None:
        config = Config(select=select, ignore=ignore, severity=severity, coverage=coverage,
                        fail_on=fail_on)
        entries = []
        for i, expired, stale in picks:  # entries of some findings (expired or not), or none
            fp = findings[i].fingerprint if i < len(findings) and not stale else f"gone{i}"
            if fp in {e.fingerprint for e in entries}:
                continue
            code = findings[i].code if i < len(findings) else ""
            entries.append(Entry(fp, code, (), "why",
                                 dt.date(2000, 1, 1) if expired else None))
        base = Baseline("b.yaml", tuple(entries)) if with_baseline else None
        on = dt.date(2020, 1, 1)
        got, want = apply(findings, config, base, on=on), reference(findings, config, base, on=on)
        assert got == want
        assert [f.accepted for f in got.findings] == [f.accepted for f in want.findings]

    check()
