"""`claimcheck extract --corpus`: the quantity each mention most likely states.

The acceptance test: a new article about the bundled Carnegie report
(tests/extract/article-carnegie-2019.txt, written for this test) gets the right quantity
for every figure the bundled corpus already has, and its non-claims are left out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from checker.cli import main
from checker.extract import Text, render_texts
from checker.mentions import Mention, iter_mentions
from checker.models import Claim
from checker.propose import SENTENCE_WEIGHT, CorpusProfile, context, load, propose
from checker.snapshots import normalize
from checker.triage import classify
from tests.conftest import REPO, write_tree

ARTICLE = REPO / "tests" / "extract" / "article-carnegie-2019.txt"

# (says, the quantity of the bundled corpus it states, the verdict it would get)
EXPECTED = [
    ("Seventy-five", "countries-using", "agrees"),
    ("75", "countries-using", "agrees"),
    ("176", "countries-surveyed", "agrees"),
    ("56", "countries-safe-city", "agrees"),
    ("64", "countries-facial-recognition", "agrees"),
    ("52", "countries-smart-policing", "conflicts"),  # the table counts 53
    ("63", "countries-chinese-tech", "agrees"),
    ("36", "countries-chinese-tech-bri", "agrees"),
    ("at least 50", "countries-huawei", "conflicts"),  # the table names Huawei in 49 rows
    ("14", "countries-nec", "agrees"),
    ("51 percent", "pct-ld-using", "agrees"),
    ("37 percent", "pct-ca-using", "agrees"),
    ("41 percent", "pct-ea-using", "agrees"),
    ("41 percent", "pct-ed-using", "agrees"),
    ("fifty", "milex-top50", "agrees"),
    ("forty", "milex-top50-using", "agrees"),
]


@pytest.fixture(scope="module")
def bundled() -> Iterator[CorpusProfile]:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        yield load("claims")
    finally:
        os.chdir(cwd)


def test_new_article_gets_the_right_quantity_for_every_known_figure(bundled: CorpusProfile) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    data = yaml.safe_load(render_texts([Text("article.txt", text, "article")], bundled))
    claims = data["claims"]
    known = [(c["says"], c["quantity"]) for c in claims if c["quantity"] != "TODO"]
    assert known == [(says, quantity) for says, quantity, _ in EXPECTED]
    # the one figure the corpus does not have ("2 years" of research) is left to a person
    assert [c["says"] for c in claims if c["quantity"] == "TODO"] == ["2"]
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids)) and "article.countries-using.2" in ids
    assert {(i["kind"]) for i in data["ignore"]} == {"date", "year", "time", "name"}


def test_previews_use_the_cross_check(bundled: CorpusProfile) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    mentions = list(iter_mentions(text))
    verdicts = []
    for m in mentions:
        if classify(text, m) is not None:
            continue
        p = propose(bundled, text, m, mentions)
        if p.quantity is not None and p.preview is not None:
            verdicts.append((m.text, p.quantity, p.preview.verdict.value))
    assert verdicts == EXPECTED


def test_words_between_figures_go_to_the_nearer_one() -> None:
    text = "Facial recognition is in use in 64 countries, and smart policing tools in 52."
    ms = list(iter_mentions(text))
    def near(m: Mention, others: list[Mention]) -> set[str]:
        return {w for w, x in context(text, m, others).items() if x > SENTENCE_WEIGHT}

    assert near(ms[0], ms[1:]) == {"facia", "recog", "use", "count"}
    assert near(ms[1], ms[:1]) == {"smart", "polic", "tools"}
    assert set(context(text, ms[0], ms[1:])) == {"facia", "recog", "use", "count", "smart",
                                                 "polic", "tools"}  # the sentence, a little


def test_a_figure_alone_is_not_a_proposal(bundled: CorpusProfile) -> None:
    text = "The meeting lasted 63 minutes."
    [m] = list(iter_mentions(text))
    p = propose(bundled, text, m, [m])
    assert p.quantity is None and p.candidates[0].figures  # 63 is a known figure


def test_a_percentage_goes_only_to_a_percent_quantity(bundled: CorpusProfile) -> None:
    text = "Some 75 percent of them did."
    [m] = list(iter_mentions(text))
    p = propose(bundled, text, m, [m])
    assert all(c.quantity.startswith("pct-") for c in p.candidates)


def test_same_figure_across_snapshots_is_grouped(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    other = write_tree(tmp_path, {"wire.txt": (
        "Chinese firms have supplied AI surveillance technology to 63 countries, the "
        "Carnegie report says.\n")}) / "wire.txt"
    assert main(["extract", str(ARTICLE), str(other), "--corpus", "claims"]) == 0
    out = capsys.readouterr().out
    assert (f"  # 63 → countries-chinese-tech: 2 mentions ({ARTICLE} line 9, {other} line 1)"
            in out)
    data = yaml.safe_load(out)
    sixty_three = [c for c in data["claims"] if c["says"] == "63"]
    assert [(c["source"], c["quantity"]) for c in sixty_three] == [
        ("article-carnegie-2019", "countries-chinese-tech"),
        ("wire", "countries-chinese-tech")]


def test_a_corpus_snapshot_keeps_its_source(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    snapshot = "claims/sources/000_312a9d98b48a7554.txt"
    assert main(["extract", snapshot, "--corpus", "claims", "--all"]) == 0
    out = capsys.readouterr().out
    data = yaml.safe_load(out)
    assert {c["source"] for c in data["claims"]} == {"seed-000"}
    assert "# sources:" not in out  # it is already a source of the corpus
    assert "#  - source: \"seed-000\"  # " + snapshot + " line 3: a year" in out
    assert '#    says: "2018"' in out
    assert [c["quantity"] for c in data["claims"]] == ["countries-chinese-tech",
                                                       "countries-using"]
    assert "# would be: weaker against the cited source 63" in out


def test_extract_corpus_errors_are_status_2(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    text = write_tree(tmp_path, {"a.txt": "63 countries\n"}) / "a.txt"
    assert main(["extract", str(text), "--corpus", str(tmp_path / "nowhere")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
    assert main(["extract", str(text), str(text), "--source", "x"]) == 2
    assert "--source names the source of one text" in capsys.readouterr().err


def test_extract_corpus_is_deterministic_whatever_the_hash_seed() -> None:
    import subprocess
    import sys

    outs = {subprocess.run(
        [sys.executable, "-m", "checker", "extract", str(ARTICLE), "--corpus", "claims",
         "--all"], cwd=REPO, capture_output=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "99", "4242")}
    assert len(outs) == 1


def test_a_shared_snapshot_drafts_each_section_for_its_own_source(
        bundled: CorpusProfile, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The five stories of the bundled shared snapshot: every figure the corpus encodes
    from them is drafted for its own story, on the quantity the corpus gives it."""
    monkeypatch.chdir(REPO)
    snapshot = "claims/sources/001_3af9180b7f05d994.txt"
    assert main(["extract", snapshot, "--corpus", "claims"]) == 0
    drafts = yaml.safe_load(capsys.readouterr().out)["claims"]
    corpus = bundled.result.corpus
    assert corpus is not None
    sources = {s.id for s in bundled.result.sources if s.file == snapshot[len("claims/"):]}
    encoded = [c for c in corpus.claims if c.source in sources]
    assert len(sources) == 5 and len(encoded) >= 20

    def drafted(c: Claim) -> list[str]:  # the draft of the same words in the same sentence
        return [d["quantity"] for d in drafts if d["source"] == c.source
                and d["says"] == c.says and normalize(c.quote or "")[:40] in d["quote"]]

    wrong = [(c.id, c.quantity, drafted(c)) for c in encoded if drafted(c) != [c.quantity]]
    assert not wrong
