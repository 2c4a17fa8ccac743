"""The JSON report's contract fields (DESIGN §6) and number types (tests of layer 4)."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction

import pytest
from test_reporters_fixture import build_result

from checker.findings import QuantityResult
from checker.intervals import Interval
from checker.reporters import REPORTERS, render_to_string
from checker.reporters.json import SCHEMA

CONTRACT = {
    "top": {"schema", "summary", "quantities", "claims", "findings"},
    "summary": {"sources", "quantities", "claims", "findings", "gate"},
    "summary.findings": {"error", "warning", "info"},
    "quantity": {"id", "label", "unit", "claims", "implied"},
    "implied": {"min", "max"},
    "claim": {"id", "source", "quantity", "says", "interval", "verdict", "against", "quote"},
    "interval": {"min", "max", "min_open", "max_open"},
    "quote": {"verified", "start", "end", "line"},
    "finding": {"code", "rule", "severity", "message", "claims", "evidence", "repeated_by",
                "quantities", "relations", "location"},
    "location": {"file", "line"},
}


def _doc(**changes: object) -> dict:  # type: ignore[type-arg]
    return json.loads(render_to_string(REPORTERS["json"], build_result(**changes)))


def test_json_has_every_contract_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every field DESIGN §6 names is present (extra fields are allowed, never fewer)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    doc = _doc()
    assert CONTRACT["top"] <= set(doc)
    assert doc["schema"] == SCHEMA == "claimcheck-audit/1"
    assert CONTRACT["summary"] <= set(doc["summary"])
    assert set(doc["summary"]["findings"]) == CONTRACT["summary.findings"]
    assert doc["summary"]["gate"] in ("pass", "fail")
    for q in doc["quantities"]:
        assert CONTRACT["quantity"] <= set(q) and CONTRACT["implied"] <= set(q["implied"])
    for c in doc["claims"]:
        assert CONTRACT["claim"] <= set(c)
        assert CONTRACT["interval"] <= set(c["interval"])
        assert CONTRACT["quote"] <= set(c["quote"])
    for f in doc["findings"]:
        assert CONTRACT["finding"] <= set(f)
        assert f["location"] is None or CONTRACT["location"] <= set(f["location"])
    assert "generated_at" not in doc


def test_json_summary_counts_match_the_result() -> None:
    """Counts exclude accepted findings; the gate follows the result."""
    doc = _doc()
    assert doc["summary"]["sources"] == 3 and doc["summary"]["claims"] == 5
    assert doc["summary"]["findings"] == {"error": 2, "warning": 1, "info": 1}
    assert doc["summary"]["gate"] == "fail"
    assert _doc(gate_failed=False)["summary"]["gate"] == "pass"


def test_json_bounds_types() -> None:
    """Whole-number bounds are ints, infinite bounds null, open ends closed on integers."""
    doc = _doc()
    claims = {c["id"]: c for c in doc["claims"]}
    assert claims["carnegie-using"]["interval"] == {
        "min": 51, "max": None, "min_open": False, "max_open": False}
    assert type(claims["aigs-smart-policing"]["interval"]["min"]) is int
    using = next(q for q in doc["quantities"] if q["id"] == "countries-using")
    assert using["implied"]["min"] == 53 and using["implied"]["max"] is None


def test_json_open_integer_end_becomes_closed() -> None:
    """``over 60`` on a whole-number quantity is {min: 61, max: null} (DESIGN §4)."""
    result = build_result()
    claims = tuple(dataclasses.replace(c, interval=Interval.of(60, None, lo_open=True))
                   if c.id == "carnegie-using" else c for c in result.claims)
    doc = json.loads(render_to_string(REPORTERS["json"],
                                      dataclasses.replace(result, claims=claims)))
    got = next(c for c in doc["claims"] if c["id"] == "carnegie-using")["interval"]
    assert got == {"min": 61, "max": None, "min_open": False, "max_open": False}


def test_json_percent_bounds_are_numbers() -> None:
    """Percentage bounds are JSON numbers with their open ends kept."""
    result = build_result()
    claims = tuple(dataclasses.replace(c, interval=Interval.of(Fraction("50.5"),
                                                               Fraction("51.5"), hi_open=True),
                                       integer=False)
                   if c.id == "carnegie-using" else c for c in result.claims)
    quantities = tuple(dataclasses.replace(q, integer=False, unit="percent",
                                           implied=Interval.point(Fraction(2000, 39)))
                       if q.id == "countries-using" else q for q in result.quantities)
    doc = json.loads(render_to_string(REPORTERS["json"], dataclasses.replace(
        result, claims=claims, quantities=quantities)))
    got = next(c for c in doc["claims"] if c["id"] == "carnegie-using")["interval"]
    assert got == {"min": 50.5, "max": 51.5, "min_open": False, "max_open": True}
    q = next(q for q in doc["quantities"] if q["id"] == "countries-using")
    assert isinstance(q["implied"]["min"], float)
    assert q["implied"]["min"] == pytest.approx(51.282, abs=1e-3)


def test_json_unsolved_quantity_has_null_bounds() -> None:
    """A quantity whose component was not solved has null bounds and solved: false."""
    result = build_result()
    q0: QuantityResult = result.quantities[0]
    quantities = (dataclasses.replace(q0, implied=None, solved=False), *result.quantities[1:])
    doc = json.loads(render_to_string(REPORTERS["json"],
                                      dataclasses.replace(result, quantities=quantities)))
    assert doc["quantities"][0]["implied"]["min"] is None
    assert doc["quantities"][0]["solved"] is False


def test_json_is_sorted_and_formatted() -> None:
    """Lists are sorted; indent 2, UTF-8 (not \\u escapes), trailing newline."""
    text = render_to_string(REPORTERS["json"], build_result())
    doc = json.loads(text)
    assert text.endswith("}\n") and text.startswith('{\n  "schema"')
    assert "≠" in text and "\\u2260" not in text
    assert [c["id"] for c in doc["claims"]] == sorted(c["id"] for c in doc["claims"])
    assert [q["id"] for q in doc["quantities"]] == sorted(q["id"] for q in doc["quantities"])
    keys = [(f["location"]["file"], f["location"]["line"], f["code"]) for f in doc["findings"]]
    assert keys == sorted(keys)


def test_json_extra_fields() -> None:
    """Fingerprints, accepted flags and table filters ride along as documented extras."""
    doc = _doc()
    accepted = [f for f in doc["findings"] if f["accepted"]]
    assert [f["code"] for f in accepted] == ["PRV005"]
    assert all(len(f["fingerprint"]) == 16 for f in doc["findings"])
    table = next(c for c in doc["claims"] if c["id"] == "aigs-smart-policing")
    assert table["count"] == "smart_policing = 1" and table["says"] is None
    assert doc["coverage"][0] == {"source": "carnegie-2019", "mentions": 3, "claimed": 2,
                                  "ignored": 0, "uncovered": 1}


def test_json_source_date_epoch_adds_one_named_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """SOURCE_DATE_EPOCH gives exactly one timestamp field, `generated_at`."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc = _doc()
    assert doc["generated_at"] == "2023-11-14T22:13:20Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not-a-number")
    assert "generated_at" not in _doc()


def test_json_claims_carry_their_quote_text() -> None:
    """`claims[].quote.text` is the quote as written (null for a table claim)."""
    result = build_result()
    doc = _doc()
    by_id = {c.id: c for c in result.claims}
    for claim in doc["claims"]:
        assert claim["quote"]["text"] == by_id[claim["id"]].quote
    assert any(c["quote"]["text"] is None for c in doc["claims"])
    assert any(c["quote"]["text"] for c in doc["claims"])
