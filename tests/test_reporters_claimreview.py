"""ClaimReview JSON-LD: Google's fact-check properties, the rating scale, escaping.

Google's fact-check markup documentation (developers.google.com/search/docs/appearance/
structured-data/factcheck) *requires* on a ``ClaimReview`` the properties
``claimReviewed``, ``reviewRating`` and ``url`` (on the domain of the page), and on its
``Rating`` an ``alternateName``; it *recommends* ``author`` and ``itemReviewed`` (a
``Claim`` with ``author``, ``datePublished`` and ``appearance``/``firstAppearance``), and
on the rating ``ratingValue``, ``bestRating``, ``worstRating`` and ``name``.
`google_problems` checks exactly those.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from test_reporters_fixture import build_result, hostile_result

from checker.findings import Publication, Verdict
from checker.reporters import REPORTERS, render_to_string
from checker.reporters.claimreview import (
    BEST,
    RATINGS,
    VERDICT_RATINGS,
    WORST,
    build_reviews,
    reviewed_claims,
)
from tests.conftest import corpus_result

REPO = Path(__file__).resolve().parent.parent
PUBLICATION = Publication(title="Checking the figures", publisher="Example Desk",
                          summary="What this audit checks.", language="en",
                          url="https://example.org/audit/")


def google_problems(review: dict[str, Any], page_url: str | None) -> list[str]:
    """Return how `review` misses the properties Google requires or recommends."""
    out = []
    if review.get("@context") != "https://schema.org" or review.get("@type") != "ClaimReview":
        out.append("not a schema.org ClaimReview")
    if not isinstance(review.get("claimReviewed"), str) or not review["claimReviewed"].strip():
        out.append("claimReviewed")
    url = review.get("url", "")
    if page_url is not None:
        if urlsplit(url).netloc != urlsplit(page_url).netloc or not url.startswith("https://"):
            out.append("url not on the page's domain")
    elif not url.startswith("#"):
        out.append("url")
    rating = review.get("reviewRating", {})
    if rating.get("@type") != "Rating" or not rating.get("alternateName"):
        out.append("reviewRating.alternateName")
    for key in ("ratingValue", "bestRating", "worstRating", "name"):
        if key not in rating:
            out.append(f"reviewRating.{key}")
    if not rating.get("worstRating", 0) <= rating.get("ratingValue", -1) <= rating.get(
            "bestRating", -2):
        out.append("ratingValue outside the scale")
    item = review.get("itemReviewed", {})
    if item.get("@type") != "Claim":
        out.append("itemReviewed")
    if page_url is not None:
        author = review.get("author", {})
        if author.get("@type") != "Organization" or not author.get("name"):
            out.append("author")
    return out


def test_bundled_corpus_reviews_meet_googles_properties() -> None:
    """Every news and report claim checked in claims/ has a complete ClaimReview."""
    result = corpus_result()
    assert result.report is not None and result.report.url
    reviews = json.loads(render_to_string(REPORTERS["claimreview"], result))
    assert len(reviews) == len(list(reviewed_claims(result))) > 20
    for review in reviews:
        assert google_problems(review, result.report.url) == [], review["url"]
        item = review["itemReviewed"]
        assert item["appearance"]["@type"] == "CreativeWork"
    by_url = {r["url"].rsplit("#", 1)[1]: r for r in reviews}
    policing = by_url["c-carnegie-smart-policing-52"]["reviewRating"]
    assert (policing["ratingValue"], policing["alternateName"]) == (1, "Contradicted")
    assert policing["ratingExplanation"] == (
        "Countries using smart policing: the report says “fifty-two”; its own table "
        "counts 53.")
    carnegie = by_url["c-carnegie-smart-policing-52"]["itemReviewed"]
    assert carnegie["author"] == {"@type": "Person", "name": "Steven Feldstein"}
    assert carnegie["datePublished"] == "2019-09-17"
    assert carnegie["appearance"]["url"].startswith("https://carnegieendowment.org/")


def test_only_checked_news_and_report_claims_are_reviewed() -> None:
    result = build_result()
    kinds = {s.id: s.kind for s in result.sources}
    reviewed = {c.id for c in reviewed_claims(result)}
    expected = {c.id for c in result.claims if kinds[c.source] in ("news", "primary")
                and c.verdict is not Verdict.UNCORROBORATED}
    assert reviewed == expected and reviewed
    assert all(kinds[c.source] != "dataset" for c in reviewed_claims(result))


def test_rating_follows_findings_then_verdicts() -> None:
    """An error finding makes a claim Contradicted whatever its verdict; else the verdict."""
    result = build_result(report=PUBLICATION)
    reviews = {r["url"].rsplit("#c-", 1)[1]: r["reviewRating"] for r in build_reviews(result)}
    errors = {c for f in result.findings if f.severity.value == "error"
              for c in (*f.claims, *f.repeated_by)}
    verdicts = {c.id: c.verdict.value for c in result.claims}
    for cid, rating in reviews.items():
        want = RATINGS["contradicted"] if cid in errors else RATINGS[VERDICT_RATINGS[
            verdicts[cid]]]
        assert (rating["ratingValue"], rating["alternateName"]) == (want.value, want.name), cid
    assert "kyodo-smart-policing" in reviews and reviews["kyodo-smart-policing"][
        "ratingValue"] == 1  # it agrees with the report, which its table contradicts
    assert reviews["kyodo-smart-policing"]["ratingExplanation"].startswith("It repeats")
    no_findings = build_reviews(build_result(findings=(), report=PUBLICATION))
    for r in no_findings:
        assert "∩" not in r["reviewRating"]["ratingExplanation"]


def test_rating_scale_is_documented() -> None:
    """docs/reports.md prints the rating table as `RATINGS` holds it."""
    text = (REPO / "docs" / "reports.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d) \| ([A-Za-z ]+) \| ", text, re.M)
    assert [(int(v), n) for v, n in rows] == [(r.value, r.name) for r in RATINGS.values()]
    assert sorted(r.value for r in RATINGS.values()) == list(range(WORST, BEST + 1))
    assert set(VERDICT_RATINGS) == {v.value for v in Verdict} - {"uncorroborated"}


def test_without_a_report_block_urls_are_relative_and_no_author() -> None:
    for review in build_reviews(build_result()):
        assert google_problems(review, None) == []
        assert review["url"].startswith("#c-") and "author" not in review


def test_hostile_text_cannot_close_the_script_element() -> None:
    text = render_to_string(REPORTERS["claimreview"], hostile_result())
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003cscript\\u003e" in text
    data = json.loads(text)  # still plain JSON
    assert any("<script>" in r["claimReviewed"] for r in data)


def test_page_embeds_the_reviews_of_the_claims_it_shows() -> None:
    """The HTML block holds the same objects as the file, for the claims on the page."""
    result = dataclasses.replace(build_result(), report=PUBLICATION)
    html = render_to_string(REPORTERS["html"], result)
    start = '<script type="application/ld+json">'
    block = html[html.index(start) + len(start):html.index("</script>")]
    assert json.loads(block) == json.loads(render_to_string(REPORTERS["claimreview"], result))
    assert '<html lang="en">' in html
    assert '<link rel="canonical" href="https://example.org/audit/">' in html
    assert "<title>Checking the figures</title>" in html and "<h1>Checking the figures</h1>" in html
    for review in json.loads(block):
        assert f'id="{review["url"].rsplit("#", 1)[1]}"' in html  # each url lands on its card


@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_date_published_only_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch,
                                                    epoch: str | None) -> None:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    reviews = build_reviews(build_result(report=PUBLICATION))
    dates = {r.get("datePublished") for r in reviews}
    assert dates == ({None} if epoch is None else {"2023-11-14"})



@pytest.mark.parametrize("chunk", [1, 2, 3, 512])
def test_reviews_written_a_chunk_at_a_time_are_the_reviews_encoded_whole(
        monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """The file's reviewed texts and anchors are made a chunk of claims at a time (never
    all alive at once): in chunks of any size the file is `render_json_ld` of
    `build_reviews`, hostile texts and ids included."""
    import checker.reporters.claimreview as claimreview

    monkeypatch.setattr(claimreview, "_CHUNK", chunk)
    for result in (corpus_result(), hostile_result(), build_result(report=PUBLICATION)):
        whole = claimreview.render_json_ld(build_reviews(result)) + "\n"
        assert b"".join(claimreview.iter_review_bytes(result)).decode("utf-8") == whole
        assert render_to_string(REPORTERS["claimreview"], result) == whole
