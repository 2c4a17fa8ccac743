"""`claimcheck extract`: every figure of the seed texts, with its qualifier, as draft claims."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from checker.cli import main
from checker.extract import iter_drafts, render_drafts, sentence_span
from checker.loader import load_corpus
from checker.snapshots import NormalText, find_quote, find_section
from tests.conftest import REPO, write_tree

CLAIMS = REPO / "claims"
SEEDS = sorted((CLAIMS / "sources").glob("*.txt"))


def _bundled() -> dict[Path, list[tuple[str, str, str]]]:
    """Return, per snapshot, the (claim id, quote, says) of every quoted bundled claim."""
    loaded = load_corpus(CLAIMS)
    out: dict[Path, list[tuple[str, str, str]]] = defaultdict(list)
    for claim in loaded.corpus.claims:
        if claim.says is not None and claim.quote is not None:
            out[loaded.paths[claim.source]].append((claim.id or "", claim.quote, claim.says))
    return out


BUNDLED = _bundled()


def test_every_seed_text_is_encoded() -> None:
    assert SEEDS and set(BUNDLED) == set(SEEDS)


@pytest.mark.parametrize("snapshot", SEEDS, ids=[p.name for p in SEEDS])
def test_extract_finds_every_bundled_figure_with_its_qualifier(snapshot: Path) -> None:
    text = snapshot.read_text(encoding="utf-8")
    drafts = list(iter_drafts(text))
    doc = NormalText(text)
    for cid, quote, says in BUNDLED[snapshot]:
        match = find_quote(doc, quote)
        assert match is not None, cid
        # A mention whose phrase is exactly `says` (qualifier included) inside the quote.
        hits = [d for d in drafts if d.mention.text == says
                and match.start <= d.mention.start and d.mention.end <= match.end]
        assert hits, f"{cid}: {says!r} not extracted from its quote {quote!r}"
        assert hits[0].mention.kind == "number"


QUALIFIED = ["over 60", "At least 75", "at least 50", "at least 75", "more than 60",
             "2 million", "hundreds of", "millions of", "At least seventy-five",
             "at least fifty", "51 percent", "sixty-three", "thirty-six"]


def test_extract_attaches_qualifiers_scales_and_percentages() -> None:
    phrases = {d.mention.text for p in SEEDS
               for d in iter_drafts(p.read_text(encoding="utf-8"))}
    missing = [q for q in QUALIFIED if q not in phrases]
    assert not missing
    # The bare figure is never a mention of its own beside its qualified phrase.
    text = (CLAIMS / "sources" / "000_312a9d98b48a7554.txt").read_text(encoding="utf-8")
    assert [d.mention.text for d in iter_drafts(text) if d.mention.kind == "number"] == [
        "over 60", "75"]


@pytest.mark.parametrize("snapshot", SEEDS, ids=[p.name for p in SEEDS])
def test_extract_offsets_lines_and_sentences(snapshot: Path) -> None:
    text = snapshot.read_text(encoding="utf-8")
    for d in iter_drafts(text):
        m = d.mention
        assert text[m.start:m.end] == m.text
        assert m.start <= m.core_start < m.core_end <= m.end
        assert d.line == text.count("\n", 0, m.start) + 1
        assert m.text in d.sentence and "\n" not in d.sentence
        assert text.find(d.sentence) <= m.start  # the sentence is a slice of the text


def test_extract_marks_probable_years_and_dates() -> None:
    kinds = {}
    for p in SEEDS:
        for d in iter_drafts(p.read_text(encoding="utf-8")):
            kinds[(p.name, d.mention.text)] = d.mention.kind
    assert kinds[("000_312a9d98b48a7554.txt", "2018")] == "year"
    assert kinds[("carnegie-2019-key-findings.txt", "2018")] == "year"
    assert kinds[("carnegie-2019-key-findings.txt", "September 2019")] == "date"
    assert kinds[("001_3af9180b7f05d994.txt", "176")] == "number"


def test_render_drafts_is_yaml_with_claims_and_ignores() -> None:
    path = CLAIMS / "sources" / "carnegie-2019-key-findings.txt"
    text = path.read_text(encoding="utf-8")
    out = render_drafts(text, "carnegie-2019", path.name)
    data = yaml.safe_load(out)
    mentions = list(iter_drafts(text))
    numbers = [d for d in mentions if d.mention.kind == "number"]
    assert [c["says"] for c in data["claims"]] == [d.mention.text for d in numbers]
    assert {c["source"] for c in data["claims"]} == {"carnegie-2019"}
    assert all(c["quantity"] == "TODO" for c in data["claims"])
    assert all(c["says"] in c["quote"] for c in data["claims"])
    doc = NormalText(text)
    assert all(find_quote(doc, c["quote"]) is not None for c in data["claims"])
    # the year and the date are left out: one ignore entry by kind each (checker.triage)
    assert [(i["source"], i["kind"]) for i in data["ignore"]] == [
        ("carnegie-2019", "date"), ("carnegie-2019", "year")]
    assert all(i["why"].endswith("are not claims; confirm") for i in data["ignore"])
    assert "# date  # September 2019 (line 1)" not in out and "kind: date  # September 2019" \
        " (line 1)" in out
    # Offsets and the stated interval ride along as comments.
    first = numbers[0].mention
    assert f"chars {first.start}-{first.end}" in out
    assert "[75, ∞)" in out  # "At least seventy-five"
    assert hashlib.sha256(path.read_bytes()).hexdigest() in out


def test_render_drafts_of_a_text_without_numbers() -> None:
    data = yaml.safe_load(render_drafts("No figures here.\n", "s", "s.txt"))
    assert data["claims"] == [] and "ignore" not in data


@pytest.mark.parametrize(("text", "figure", "sentence"), [
    ("A report by a U.S. think tank counts 60 firms. Next.", "60",
     "A report by a U.S. think tank counts 60 firms."),
    ("Dr. Smith counts 12 cases. Then more.", "12", "Dr. Smith counts 12 cases."),
    ('He said "it is 5." Then 6.', "5", 'He said "it is 5."'),
    ("One line 7\nanother line", "7", "One line 7"),
    ("It fell 3.5 points. Good.", "3.5", "It fell 3.5 points."),
])
def test_sentence_span(text: str, figure: str, sentence: str) -> None:
    at = text.index(figure)
    lo, hi = sentence_span(text, at, at + len(figure))
    assert text[lo:hi] == sentence


def test_draft_quote_starts_after_an_earlier_occurrence_of_the_phrase() -> None:
    text = "In contrast, 41 percent of A, and 41 percent of B deploy it. Then 41 percent."
    quotes = [(d.mention.text, d.sentence) for d in iter_drafts(text)]
    assert quotes == [
        ("41 percent", "In contrast, 41 percent of A, and 41 percent of B deploy it."),
        ("41 percent", "of A, and 41 percent of B deploy it."),
        ("41 percent", "Then 41 percent."),
    ]


@pytest.mark.parametrize("name", ["001_3af9180b7f05d994.txt", "carnegie-2019-key-findings.txt"])
def test_drafts_complete_into_a_corpus_that_verifies(tmp_path: Path, name: str) -> None:
    """The workflow: extract, name the quantities, uncomment the source: quotes verify,
    and the drafted claims and ignore entries cover every number (no COV001)."""
    seed = CLAIMS / "sources" / name
    draft = render_drafts(seed.read_text(encoding="utf-8"), "story", "story.txt")
    lines = []
    for line in draft.splitlines():
        if re.match(r"# (sources:|  |    )", line):
            line = line[2:]  # the commented-out source stub
        lines.append(line.replace("title: TODO", "title: A story"))
    data = yaml.safe_load("\n".join(lines))
    quantities = []
    for i, claim in enumerate(data["claims"]):
        claim["quantity"] = f"q{i}"
        unit = "percent" if "percent" in claim["says"] else "things"
        quantities.append({"id": f"q{i}", "label": f"Q{i}", "unit": unit, "continuous": True})
    data["quantities"] = quantities
    root = write_tree(tmp_path / "corpus", {
        "story.txt": seed.read_bytes(), "draft.yaml": yaml.safe_dump(data, sort_keys=False)})
    out = tmp_path / "audit.json"
    assert main(["audit", str(root), "--out", "", "--json", str(out), "--quiet"]) in (0, 1)
    codes = {f["code"] for f in yaml.safe_load(out.read_text(encoding="utf-8"))["findings"]}
    assert not codes & {"PRV001", "PRV002", "PRV003", "PRV004", "COV001"}, codes


def test_cli_extract_prints_drafts(capsys: pytest.CaptureFixture[str]) -> None:
    seed = CLAIMS / "sources" / "000_312a9d98b48a7554.txt"
    assert main(["extract", str(seed), "--source", "seed-000"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert [c["says"] for c in data["claims"]] == ["over 60", "75"]
    assert data["ignore"] == [{"source": "seed-000", "kind": "year",
                               "why": "the years of this text are not claims; confirm"}]


def test_cli_extract_default_source_id(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tree(tmp_path, {"My Story (2019).txt": "Some 40 people came.\n"})
    assert main(["extract", str(path / "My Story (2019).txt")]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["claims"][0]["source"] == "my-story-2019"
    assert data["claims"][0]["says"] == "Some 40"


def test_cli_extract_errors_are_status_2(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine\nnot \xff utf-8\n")
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.txt:2" in err and "not UTF-8" in err and "Traceback" not in err


def test_sections_of_the_bundled_corpus_hold_their_claims() -> None:
    # The five stories of the shared snapshot: each claim's says is extracted inside the
    # section of its own source (coverage scans sections).
    loaded = load_corpus(CLAIMS)
    sources = {s.id: s for s in loaded.corpus.sources}
    for claim in loaded.corpus.claims:
        src = sources[claim.source]
        if src.section is None or claim.says is None or claim.quote is None:
            continue
        text = loaded.paths[src.id].read_text(encoding="utf-8")
        doc = NormalText(text)
        span = find_section(doc, src.section.from_, src.section.to)
        assert span is not None
        lo, hi = doc.to_original(span[0]), doc.to_original_end(span[1])
        phrases = {d.mention.text for d in iter_drafts(text[lo:hi])}
        assert claim.says in phrases, claim.id


def test_extract_drafts_keep_qualifiers_units_and_signs() -> None:
    text = ("Clean energy investment will reach more than $1.7 trillion, while fossil fuel "
            "investment shrank by 9.9%. Obesity was 11.5 versus 6.9 percent; one-in-three "
            "adults. Rates edged up to 9.9 percent.\n")
    out = render_drafts(text, "src", "energy.txt")
    claims = yaml.safe_load(out)["claims"]
    says = [c["says"] for c in claims]
    assert says == ["more than $1.7 trillion", "shrank by 9.9%", "11.5", "6.9 percent",
                    "one-in-three", "edged up to 9.9 percent"]
    assert "(1,700,000,000,000, ∞) usd (a quantity with unit: usd)" in out
    assert ("(-9.95, -9.85] percent (a quantity with unit: percent) "
            "(a quantity with signed: true)") in out
    assert "[11.45, 11.55) percent" in out
    assert "[9.85, 9.95) percent" in out  # the level, not "up to" [0, 9.9]
