"""ClaimReview: schema.org fact-check markup of the checked claims (layer 4: output).

Every claim of a news or primary source that was checked against something (its verdict
is not ``uncorroborated``) gets one ``ClaimReview`` object: `claimReviewed` is its quote
(or its stated words), `itemReviewed` the ``Claim`` with the source's author or
publisher, date and address (``appearance``), `reviewRating` the rating of `RATINGS`,
`author` the publisher of the corpus's ``report:`` block and `url` the page's canonical
address with the claim's anchor (relative ``#c-<id>`` when the block gives no address).
The same JSON-LD array is embedded in the HTML page and written by ``--claimreview``;
``<``, ``>`` and ``&`` are escaped so the text can stand inside a ``<script>`` element.

The rating is decided from the finished result, never re-analysed: a claim blamed (or
repeated) by an error finding is ``Contradicted`` whatever its verdict; one blamed by a
warning about a dropped hedge is ``Overstated``; otherwise its verdict decides.
docs/reports.md has the table.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, TextIO

from checker.findings import AuditResult, ClaimResult, Severity, SourceResult
from checker.reporters._common import (
    sorted_claims,
    source_date,
    strip_controls,
    strip_controls_all,
)
from checker.reporters._htmlmodel import VERDICT_HELP
from checker.reporters._htmltext import anchors, safe_href
from checker.reporters._jsonout import Records, byte_writer, dumps, write_json
from checker.reporters._lead import DROPPED_HEDGE, Sentences

REVIEWED_KINDS = ("news", "primary")
"""Source kinds whose claims are reviewed (datasets and references are the evidence)."""


@dataclass(frozen=True, slots=True)
class Rating:
    """One step of the rating scale: `value` from `WORST` to `BEST`, `name` as shown."""

    value: int
    name: str
    meaning: str


BEST, WORST = 5, 1
RATINGS: dict[str, Rating] = {
    "contradicted": Rating(1, "Contradicted",
                           "blamed or repeated by an error finding, or conflicts with what "
                           "it was checked against"),
    "overstated": Rating(2, "Overstated",
                         "asserts more than its source supports (a hedge dropped), or is "
                         "strictly inside what it was checked against"),
    "partly": Rating(3, "Partly supported", "overlaps what it was checked against"),
    "imprecise": Rating(4, "Accurate but imprecise",
                        "contains what it was checked against: true but less precise"),
    "accurate": Rating(5, "Accurate", "states the same interval as what it was checked "
                                      "against"),
}
"""The rating scale, worst to best (docs/reports.md prints this table)."""

VERDICT_RATINGS = {"conflicts": "contradicted", "stronger": "overstated",
                   "overlaps": "partly", "weaker": "imprecise", "agrees": "accurate"}
"""Verdict → rating, for a claim no error or dropped-hedge warning names."""

_VERDICT_RATING = {verdict: RATINGS[rating] for verdict, rating in VERDICT_RATINGS.items()}

_ESCAPES = {b"<": b"\\u003c", b">": b"\\u003e", b"&": b"\\u0026"}


def rating_of(c: ClaimResult, blamed: dict[str, Severity], overstated: set[str]) -> Rating:
    """Return the rating of claim `c` (see the module docstring)."""
    if blamed.get(c.id) is Severity.ERROR:
        return RATINGS["contradicted"]
    if c.id in overstated:
        return RATINGS["overstated"]
    return _VERDICT_RATING[c.verdict._value_]  # `_value_`: `value` without its descriptor


def reviewed_claims(result: AuditResult, only: Collection[str] | None = None
                    ) -> list[ClaimResult]:
    """Return the claims that get a ClaimReview (of those in `only`, if given), by id."""
    kinds = {s.id: s.kind for s in result.sources}
    if only is None:
        pool = sorted_claims(result)
    else:
        wanted = set(only)
        pool = sorted((c for c in result.claims if c.id in wanted), key=lambda c: c.id)
    return [c for c in pool
            if kinds.get(c.source) in REVIEWED_KINDS and c.verdict._value_ in VERDICT_RATINGS]


def build_reviews(result: AuditResult, only: Collection[str] | None = None,
                  sentences: Sentences | None = None) -> list[dict[str, Any]]:
    """Return the ClaimReview objects of `result` (of the claims in `only`, if given).

    `sentences` may be the caller's `Sentences` of the same result (built once).
    """
    sources = {s.id: s for s in result.sources}
    claims = reviewed_claims(result, only)
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
    # The rating object of a claim no finding names depends only on its verdict and how
    # many claims it was checked against: one object per pair, shared by those reviews.
    unnamed: dict[tuple[str, int], dict[str, Any]] = {}
    spoken_of = explain.keys() | blamed.keys() | overstated  # claims some finding names
    reviewed = strip_controls_all([c.quote or c.says or c.id for c in claims], newlines=False)
    urls = anchors("c-", [c.id for c in claims])
    reviews = []
    for c, url, said in zip(claims, urls, reviewed, strict=True):
        if c.id in spoken_of:
            why = explain.get(c.id)
            rated = _rating_object(rating_of(c, blamed, overstated),
                                   _plain_why(c, plain, text) if why is None else text(why))
        else:
            key = (c.verdict._value_, len(c.against))
            shared = unnamed.get(key)
            if shared is None:
                shared = unnamed[key] = _rating_object(rating_of(c, blamed, overstated),
                                                       _plain_why(c, plain, text))
            rated = shared
        item = items.get(c.source)
        if item is None:
            item = items[c.source] = _item_reviewed(sources.get(c.source), text)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#{url}",
            "claimReviewed": said,
            "itemReviewed": item,
            "reviewRating": rated,
        }
        if common:
            review.update(common)
        reviews.append(review)
    return reviews


def _rating_object(rating: Rating, why: str) -> dict[str, Any]:
    """Return the ``Rating`` object of a review: `rating`, explained by `why`."""
    return {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": BEST,
        "worstRating": WORST,
        "alternateName": rating.name,
        "name": rating.name,
        "ratingExplanation": why,
    }


def _plain_why(c: ClaimResult, plain: dict[tuple[str, int], str],
               text: Callable[[str], str]) -> str:
    """Return why unblamed claim `c` has its rating, made once per verdict and count."""
    key = (c.verdict._value_, len(c.against))
    why = plain.get(key)
    if why is None:
        why = plain[key] = text(_plain(c))
    return why


def _item_reviewed(src: SourceResult | None, text: Callable[[str], str]) -> dict[str, Any]:
    """Return the ``Claim`` object of a claim of `src` (the same for all its claims)."""
    claim: dict[str, Any] = {"@type": "Claim"}
    if src is not None:
        if src.author:
            claim["author"] = {"@type": "Person", "name": text(src.author)}
        elif src.publisher:
            claim["author"] = {"@type": "Organization", "name": text(src.publisher)}
        if src.published:
            claim["datePublished"] = src.published
        work: dict[str, Any] = {"@type": "CreativeWork", "headline": text(src.title)}
        if src.publisher:
            work["publisher"] = {"@type": "Organization", "name": text(src.publisher)}
        href = safe_href(src.url)
        if href:
            work["url"] = href
        claim["appearance"] = work
    return claim


def render_json_ld(reviews: list[dict[str, Any]], *, compact: bool = False) -> str:
    """Return `reviews` as JSON-LD text safe inside a ``<script>`` element (indented, or
    on one line with `compact`)."""
    return _escaped(dumps(reviews, indent=not compact)).decode("utf-8")


def _escaped(data: bytes) -> bytes:
    # "<", ">" and "&" stand only inside JSON strings: escaping them in the text is
    # escaping them in the strings.
    for char, escaped in _ESCAPES.items():
        if char in data:
            data = data.replace(char, escaped)
    return data


def _plain(c: ClaimResult) -> str:
    """Return why an unblamed claim has its rating, without set notation."""
    n = len(c.against)
    what = "the claim" if n == 1 else f"the {n} claims"
    meaning = VERDICT_HELP[c.verdict.value]
    return f"{meaning[0].upper()}{meaning[1:]} (checked against {what} it cites or the references)."


class _Texts(dict[str, str]):
    """Corpus text made safe for one line (`strip_controls`), each distinct text once."""

    def __call__(self, value: str) -> str:
        got = self.get(value)
        if got is None:
            got = self[value] = strip_controls(value, newlines=False)
        return got


class ClaimReviewReporter:
    """Render the ClaimReview JSON-LD array of every reviewed claim (indent 2)."""

    name = "claimreview"

    def omitted(self, result: AuditResult) -> str:
        """Return "": every reviewed claim is in the file."""
        return ""

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the ClaimReview JSON-LD of `result` to `stream`, a chunk at a time."""
        write, done = byte_writer(stream)
        write_json(Records(build_reviews(result), _same),
                   lambda data: write(_escaped(bytes(data))))
        write(b"\n")
        done()


def _same(review: dict[str, Any]) -> dict[str, Any]:
    return review
