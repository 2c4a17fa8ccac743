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

from collections.abc import Callable, Collection, Iterator, Sequence
from operator import attrgetter
from typing import Any, TextIO

from checker._frozen import record
from checker.findings import AuditResult, ClaimResult, Severity, SourceResult
from checker.reporters._common import (
    sorted_claims,
    source_date,
    strip_controls,
    strip_controls_all,
)
from checker.reporters._htmlmodel import VERDICT_HELP
from checker.reporters._htmltext import anchors, safe_href
from checker.reporters._jsonout import byte_writer, dumps
from checker.reporters._lead import DROPPED_HEDGE, Sentences

REVIEWED_KINDS = ("news", "primary")
"""Source kinds whose claims are reviewed (datasets and references are the evidence)."""


@record
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
    reviewing = {sid for sid, kind in kinds.items() if kind in REVIEWED_KINDS}
    if only is None:
        pool = sorted_claims(result)
    else:
        wanted = set(only)
        pool = sorted((c for c in result.claims if c.id in wanted), key=lambda c: c.id)
    return [c for c in pool if c.source in reviewing and c.verdict._value_ in VERDICT_RATINGS]


class _Reviews:
    """What the ClaimReviews of one result are made of, worked out once: the claims
    reviewed (`claims`, by id), their reviewed texts and anchors (`said` and `urls` of a
    run of them: made a chunk at a time, they are never all alive at once), the
    properties every review shares (`common`), and the ``Claim`` and ``Rating`` objects
    (`item`, `rating`: what depends only on the source, or on the verdict and the number
    of claims checked against, is one object shared by many reviews).

    `build_reviews` makes the review objects of it, `iter_review_bytes` their text.
    """

    def __init__(self, result: AuditResult, only: Collection[str] | None,
                 sentences: Sentences | None) -> None:
        self.sources = {s.id: s for s in result.sources}
        claims = self.claims = reviewed_claims(result, only)
        ids = list(map(_ID, claims))
        wanted = set(ids)
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
        self.blamed, self.overstated, self.explain = blamed, overstated, explain
        report = result.report
        base = self.base = report.url if report is not None and report.url else ""
        generated = source_date()
        text = self.text = _Texts()
        self.items: dict[str, dict[str, Any]] = {}
        self.plain: dict[tuple[str, int], str] = {}
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
        self.common = common
        # The rating object of a claim no finding names depends only on its verdict and
        # how many claims it was checked against: one object per pair, shared by those
        # reviews.
        self.unnamed: dict[tuple[str, int], dict[str, Any]] = {}
        self.spoken_of = explain.keys() | blamed.keys() | overstated  # claims findings name

    @staticmethod
    def said(claims: Sequence[ClaimResult]) -> list[str]:
        """Return the reviewed text of each of `claims`."""
        return strip_controls_all([c.quote or c.says or c.id for c in claims], newlines=False)

    @staticmethod
    def urls(claims: Sequence[ClaimResult]) -> list[str]:
        """Return the anchor of each of `claims` (`anchors`: each is the id's own)."""
        return anchors("c-", list(map(_ID, claims)))

    def item(self, source: str) -> dict[str, Any]:
        """Return the ``Claim`` object of the claims of `source` (one object per source)."""
        item = self.items.get(source)
        if item is None:
            item = self.items[source] = _item_reviewed(self.sources.get(source), self.text)
        return item

    def rating(self, c: ClaimResult) -> dict[str, Any]:
        """Return the ``Rating`` object of claim `c`: its own when a finding names it,
        else the one shared by the claims of its verdict and number checked against."""
        if c.id in self.spoken_of:
            why = self.explain.get(c.id)
            return _rating_object(rating_of(c, self.blamed, self.overstated),
                                  self.plain_why(c) if why is None else self.text(why))
        key = (c.verdict._value_, len(c.against))
        shared = self.unnamed.get(key)
        if shared is None:
            shared = self.unnamed[key] = _rating_object(
                rating_of(c, self.blamed, self.overstated), self.plain_why(c))
        return shared

    def plain_why(self, c: ClaimResult) -> str:
        """Return why unblamed claim `c` has its rating, made once per verdict and count."""
        key = (c.verdict._value_, len(c.against))
        why = self.plain.get(key)
        if why is None:
            why = self.plain[key] = self.text(_plain(c))
        return why


_ID = attrgetter("id")


def build_reviews(result: AuditResult, only: Collection[str] | None = None,
                  sentences: Sentences | None = None) -> list[dict[str, Any]]:
    """Return the ClaimReview objects of `result` (of the claims in `only`, if given).

    `sentences` may be the caller's `Sentences` of the same result (built once).
    """
    parts = _Reviews(result, only, sentences)
    base, common, item, rating = parts.base, parts.common, parts.item, parts.rating
    reviews = []
    claims = parts.claims
    for c, url, said in zip(claims, parts.urls(claims), parts.said(claims), strict=True):
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#{url}",
            "claimReviewed": said,
            "itemReviewed": item(c.source),
            "reviewRating": rating(c),
        }
        if common:
            review.update(common)
        reviews.append(review)
    return reviews


# The text of a review in the ClaimReview file (an element of the top-level array, indented
# by `dumps`): its first properties up to the url's base, what stands between the url and
# the reviewed text, and after the text the tail of its shared objects (`_tail`).
_HEAD = ('\n  {\n    "@context": "https://schema.org",\n    "@type": "ClaimReview",'
         '\n    "url": "')
_MID = b'",\n    "claimReviewed": "'
_CHUNK = 512
"""Reviews written in one call."""


def iter_review_bytes(result: AuditResult) -> Iterator[bytes]:
    """Yield the ClaimReview file of `result` in pieces of UTF-8: exactly `render_json_ld`
    of `build_reviews(result)` (indented) and a newline, without the review objects.

    Each review is its text filled in.  What depends only on its source and rating (the
    ``Claim`` and ``Rating`` objects, the report's properties) is encoded once per object
    and joined once per pair (`_Tails`).  A chunk of urls or reviewed texts is encoded to
    UTF-8 in one call (`_encoded`): when they hold nothing that JSON or a ``<script>``
    element escapes, each stands as it is, else each goes through the encoder (`_inner`).
    """
    parts = _Reviews(result, None, None)
    claims, urls, said = parts.claims, parts.urls, parts.said
    if not claims:
        yield b"[]\n"
        return
    head = (_HEAD + _inner(parts.base + "#")).encode("utf-8")
    item, rating, spoken_of = parts.item, parts.rating, parts.spoken_of
    # Each tail is followed by "," and the next review's head: both written at once.
    joint = b"," + head
    tail_of = _Tails(parts.common, joint)
    # (source, verdict, number checked against) -> the tail of the reviews no finding
    # names: their `Rating` object is shared by verdict and number (`_Reviews.rating`).
    tails: dict[tuple[str, str, int], bytes] = {}
    for start in range(0, len(claims), _CHUNK):
        chunk = claims[start:start + _CHUNK]
        url_bytes = _encoded(urls(chunk))
        said_bytes = _encoded(said(chunk))
        pieces: list[bytes] = [b"," + head if start else b"[" + head]
        add = pieces.append
        for c, url, text in zip(chunk, url_bytes, said_bytes, strict=True):
            if c.id in spoken_of:
                tail = tail_of(item(c.source), rating(c))
            else:
                key = (c.source, c.verdict._value_, len(c.against))
                found = tails.get(key)
                if found is None:
                    found = tails[key] = tail_of(item(c.source), rating(c))
                tail = found
            add(url)
            add(_MID)
            add(text)
            add(tail)
        # The last review is followed by nothing: its joint is cut off.
        yield b"".join(pieces)[:-len(joint)]
    yield b"\n]\n"


# The bytes JSON strings escape (`dumps`: controls, quote, backslash) and those escaped for
# a ``<script>`` element (`_escaped`).  UTF-8 holds them only as themselves: every byte of
# a character beyond ASCII is 0x80 or more.
_UNSAFE = bytes(range(0x20)) + b'"\\<>&'


def _encoded(texts: list[str]) -> list[bytes]:
    """Return each of `texts` as the UTF-8 of its escaped JSON string content (`_inner`).

    The texts are joined on NUL and encoded at once.  NUL is unsafe itself, so when the
    only unsafe bytes are the joints, each text is its own content.
    """
    try:
        data = "\x00".join(texts).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the encoder refuses it, as before
        return [_inner(text).encode("utf-8") for text in texts]
    if len(data) - len(data.translate(None, _UNSAFE)) == len(texts) - 1:
        return data.split(b"\x00")
    return [_inner(text).encode("utf-8") for text in texts]


def _inner(text: str) -> str:
    """Return `text` as a JSON string escaped for a ``<script>`` element, without its
    quotes."""
    return _escaped(dumps(text))[1:-1].decode("utf-8")


class _Tails:
    """The text of a review after its reviewed text, by its ``Claim`` and ``Rating``
    objects: the text's closing quote, the ``itemReviewed``, ``reviewRating`` and
    `common` properties, the review's closing brace, then `joint`.

    Each object's property is encoded once (found by identity: the objects are shared,
    and kept here so that their ids name no other object).
    """

    def __init__(self, common: dict[str, Any], joint: bytes) -> None:
        self.kept: list[dict[str, Any]] = []
        self.texts: dict[tuple[str, int], bytes] = {}
        self.end = (b"," + _properties(common) if common else b"") + b"\n  }" + joint

    def __call__(self, item: dict[str, Any], rating: dict[str, Any]) -> bytes:
        return (b'",' + self.property("itemReviewed", item) + b","
                + self.property("reviewRating", rating) + self.end)

    def property(self, key: str, value: dict[str, Any]) -> bytes:
        """Return the text of property `key` of a review, holding `value`."""
        text = self.texts.get((key, id(value)))
        if text is None:
            text = self.texts[key, id(value)] = _properties({key: value})
            self.kept.append(value)
        return text


def _properties(values: dict[str, Any]) -> bytes:
    """Return the properties of `values` as they stand in a review, each on a line of its
    own: `dumps` of the object without its braces, every line two spaces deeper (JSON
    text holds a newline only as layout)."""
    return _escaped(dumps(values))[1:-2].replace(b"\n", b"\n  ")


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
        for data in iter_review_bytes(result):
            write(data)
        done()
