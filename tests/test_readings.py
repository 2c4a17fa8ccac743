"""End-to-end readings of `says` on real quantities: signed quantities, the rounding mode
(corpus and claim), hand-set `value:` marked in JSON and HTML, units and domains."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from checker.cli import main
from checker.models import Quantity
from checker.units import UNIT_KINDS, accepts, unit_kind

SNAPSHOT = (
    "Clean investment rose to $1.7 trillion, more than $1.7 trillion in all. "
    "Fossil investment shrank by 9.9% while the share was 51%. Growth was -0.3%. "
    "About 1 in 5 adults.\n"
)


def _corpus(extra_claims: str = "", quantities: str = "") -> dict[str, str]:
    files = {
        "sources/a.txt": SNAPSHOT,
        "corpus.yaml": (
            "sources:\n  - {id: a, title: A, kind: news, snapshot: sources/a.txt}\n"
            "quantities:\n"
            "  - {id: change, label: Change, unit: percent, signed: true}\n"
            "  - {id: share, label: Share, unit: percent}\n"
            "  - {id: money, label: Clean investment, unit: usd}\n" + quantities + "claims:\n"
            '  - {id: a-change, source: a, quantity: change, quote: "shrank by 9.9%",'
            ' says: "shrank by 9.9%"}\n'
            '  - {id: a-growth, source: a, quantity: change, quote: "Growth was -0.3%",'
            ' says: "-0.3%"}\n'
            '  - {id: a-share, source: a, quantity: share, quote: "the share was 51%",'
            ' says: "51%"}\n'
            '  - {id: a-money, source: a, quantity: money, quote: "more than $1.7 trillion in'
            ' all", says: "more than $1.7 trillion"}\n' + extra_claims
        ),
    }
    return files


def _audit(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path],
    files: dict[str, str],
    tmp_path: Path,
    *args: str,
) -> tuple[dict, Path]:  # type: ignore[type-arg]
    root = make_corpus(files)
    out = tmp_path / "out"
    status = main(["audit", str(root), "--out", str(out), "--quiet", "--no-coverage", *args])
    assert status in (0, 1)
    return json.loads((out / "audit.json").read_text(encoding="utf-8")), out


def _claims(doc: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {c["id"]: c for c in doc["claims"]}


def test_signed_quantity_reads_negative_figures_and_direction_words(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path], tmp_path: Path
) -> None:
    doc, _ = _audit(make_corpus, _corpus(), tmp_path)
    claims = _claims(doc)
    assert claims["a-change"]["interval"] == {
        "min": -9.95,
        "max": -9.85,
        "min_open": True,
        "max_open": False,
    }
    assert claims["a-growth"]["interval"]["min"] == -0.35
    assert claims["a-share"]["interval"] == {
        "min": 50.5,
        "max": 51.5,
        "min_open": False,
        "max_open": True,
    }
    assert claims["a-money"]["interval"]["min"] == 1.7e12
    assert claims["a-money"]["interval"]["min_open"] is True
    assert "source" not in claims["a-share"]["interval"]


def test_rounding_either_from_the_corpus_settings_and_per_claim(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path], tmp_path: Path
) -> None:
    extra = (
        '  - {id: a-share-either, source: a, quantity: share, quote: "the share was'
        ' 51%", says: "51%", rounding: either}\n'
    )
    doc, _ = _audit(make_corpus, _corpus(extra), tmp_path)
    claims = _claims(doc)
    assert claims["a-share"]["interval"]["max_open"] is True
    assert claims["a-share-either"]["interval"] == {
        "min": 50.5,
        "max": 51.5,
        "min_open": False,
        "max_open": False,
    }
    doc, _ = _audit(make_corpus, _corpus(), tmp_path / "2", "--set", "rounding=either")
    assert _claims(doc)["a-share"]["interval"]["max_open"] is False
    assert _claims(doc)["a-change"]["interval"]["min_open"] is False


def test_rounding_setting_is_validated(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_corpus(_corpus())
    status = main(["audit", str(root), "--out", "", "--quiet", "--set", "rounding=down"])
    err = capsys.readouterr().err
    assert status == 2 and "`rounding` must be one of half-up, either" in err
    assert "Traceback" not in err


def test_claim_rounding_is_validated(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    extra = (
        '  - {id: a-bad, source: a, quantity: share, quote: "the share was 51%",'
        ' says: "51%", rounding: sideways}\n'
    )
    root = make_corpus(_corpus(extra))
    status = main(["audit", str(root), "--out", "", "--quiet"])
    err = capsys.readouterr().err
    assert status == 2 and "rounding" in err and "corpus.yaml:" in err


def test_hand_set_value_is_marked_in_json_and_html(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path], tmp_path: Path
) -> None:
    extra = (
        '  - {id: a-adults, source: a, quantity: share, quote: "About 1 in 5 adults",'
        ' says: "About 1 in 5", value: {min: 15, max: 25},'
        ' note: "the survey\'s own margin"}\n'
    )
    doc, out = _audit(make_corpus, _corpus(extra), tmp_path)
    claims = _claims(doc)
    assert claims["a-adults"]["interval"] == {
        "min": 15,
        "max": 25,
        "min_open": False,
        "max_open": False,
        "source": "value",
    }
    html = (out / "index.html").read_text(encoding="utf-8")
    card = html[html.index('id="c-a-adults"') :]
    card = card[: card.index("</li>")]
    assert "set by hand with <code>value:</code>: the survey&#39;s own margin" in card
    other = html[html.index('id="c-a-share"') :]
    assert "set by hand" not in other[: other.index("</li>")]


def test_share_reads_as_a_percentage_on_a_percent_quantity(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path], tmp_path: Path
) -> None:
    extra = (
        '  - {id: a-adults, source: a, quantity: share, quote: "About 1 in 5 adults",'
        ' says: "About 1 in 5"}\n'
    )
    doc, _ = _audit(make_corpus, _corpus(extra), tmp_path)
    iv = _claims(doc)["a-adults"]["interval"]
    assert (iv["min"], iv["max"]) == (18, 22.222222222222221)


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("percent", "percent"),
        ("Percent", "percent"),
        ("percentage points", "points"),
        ("pp", "points"),
        ("times", "times"),
        ("USD", "usd"),
        ("eur", "eur"),
        ("per 100,000", "per 100000"),
        ("deaths per 100,000 people", "per 100000"),
        ("per 1,000 births", "per 1000"),
        ("°C", "degrees-c"),
        ("degrees  Celsius", "degrees-c"),
        ("countries", "count"),
        ("kg/m²", "count"),
        ("people", "count"),
    ],
)
def test_unit_kind_of_quantity_units(unit: str, kind: str) -> None:
    assert unit_kind(unit) == kind
    real = UNIT_KINDS[kind].real
    assert Quantity(id="q", label="Q", unit=unit).is_integer is not real


def test_units_accept_their_own_words_only() -> None:
    assert accepts("percent", "percent") and accepts("percent", "share")
    assert accepts("times", "share") and not accepts("points", "share")
    assert not accepts("points", "percent") and not accepts("count", "usd")
    assert accepts("degrees-f", "degrees") and not accepts("degrees-f", "degrees-c")
    assert all(accepts(kind, None) for kind in UNIT_KINDS)


def test_rounding_either_from_pyproject(
    make_corpus: Callable[[Mapping[str, str | bytes]], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_corpus(_corpus())
    work = tmp_path / "work"
    work.mkdir()
    (work / "pyproject.toml").write_text('[tool.claimcheck]\nrounding = "either"\n',
                                         encoding="utf-8")
    monkeypatch.chdir(work)
    out = tmp_path / "out-pyproject"
    assert main(["audit", str(root), "--out", str(out), "--quiet", "--no-coverage"]) in (0, 1)
    doc = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert _claims(doc)["a-share"]["interval"] == {"min": 50.5, "max": 51.5,
                                                   "min_open": False, "max_open": False}
