"""The reporters' general paths as they were before their fast paths: the oracles of
``tests/test_reporters_fast.py``.

Each function here is the earlier code of a report, kept verbatim but for its name: the
reports must give exactly the same objects and bytes.  Not imported by `checker`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from checker.findings import AuditResult, ClaimResult, Severity
from checker.reporters._common import source_date
from checker.reporters._htmltext import anchor
from checker.reporters._lead import DROPPED_HEDGE, Sentences
from checker.reporters.claimreview import (
    BEST,
    REVIEWED_KINDS,
    VERDICT_RATINGS,
    WORST,
    _item_reviewed,
    _plain,
    _Texts,
    rating_of,
)

# -- ClaimReview (checker/reporters/claimreview.py) ---------------------------------------


def reviewed_claims_reference(result: AuditResult, only: Collection[str] | None = None
                              ) -> list[ClaimResult]:
    """Return the claims that get a ClaimReview (of those in `only`, if given), by id."""
    kinds = {s.id: s.kind for s in result.sources}
    if only is None:
        pool = sorted(result.claims, key=lambda c: c.id)
    else:
        wanted = set(only)
        pool = sorted((c for c in result.claims if c.id in wanted), key=lambda c: c.id)
    return [c for c in pool
            if kinds.get(c.source) in REVIEWED_KINDS and c.verdict._value_ in VERDICT_RATINGS]



def build_reviews_reference(result: AuditResult, only: Collection[str] | None = None,
                            sentences: Sentences | None = None) -> list[dict[str, Any]]:
    """Return the ClaimReview objects of `result` (of the claims in `only`, if given).

    `sentences` may be the caller's `Sentences` of the same result (built once).
    """
    sources = {s.id: s for s in result.sources}
    claims = reviewed_claims_reference(result, only)
    wanted = {c.id for c in claims}
    blamed: dict[str, Severity] = {}
    overstated: set[str] = set()
    explain: dict[str, str] = {}
    sentences = sentences or Sentences(result)
    for f in result.findings:
        if f.severity is Severity.INFO:
            continue
        named = [cid for cid in (*f.claims, *f.repeated_by) if cid in wanted]
        if not named:
            continue  # a sentence only for the findings of a reviewed claim
        said = sentences.sentence(f)
        for cid in named:
            if blamed.get(cid) is not Severity.ERROR:
                blamed[cid] = f.severity
            explain.setdefault(cid, said if cid in f.claims else
                               f"It repeats a figure in doubt. {said}")
        if f.code in DROPPED_HEDGE:
            overstated.update(f.claims)
    report = result.report
    base = report.url if report is not None and report.url else ""
    generated = source_date()
    text = _Texts()
    # What depends only on the source, the report or the verdict is made once and shared:
    # the same objects stand in many reviews.
    items: dict[str, dict[str, Any]] = {}
    plain: dict[tuple[str, int], str] = {}
    common: dict[str, Any] = {}
    if report is not None:
        common["name"] = text(report.title)
        common["inLanguage"] = report.language
        if report.publisher:
            common["author"] = {"@type": "Organization", "name": text(report.publisher)}
            if base:
                common["author"]["url"] = base
    if generated:
        common["datePublished"] = generated[:10]
    reviews = []
    for c in claims:
        item = items.get(c.source)
        if item is None:
            item = items[c.source] = _item_reviewed(sources.get(c.source), text)
        rating = rating_of(c, blamed, overstated)
        why = explain.get(c.id)
        if why is None:
            key = (c.verdict._value_, len(c.against))
            why = plain.get(key)
            if why is None:
                why = plain[key] = text(_plain(c))
        else:
            why = text(why)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#{anchor('c-', c.id)}",
            "claimReviewed": text(c.quote or c.says or c.id),
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating.value,
                "bestRating": BEST,
                "worstRating": WORST,
                "alternateName": rating.name,
                "name": rating.name,
                "ratingExplanation": why,
            },
        }
        if common:
            review.update(common)
        reviews.append(review)
    return reviews
