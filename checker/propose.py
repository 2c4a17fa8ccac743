"""Which existing quantity a mention most likely states (layer 3: orchestration).

`claimcheck extract SNAPSHOT --corpus DIR` audits the corpus once, then scores every
quantity for every mention of the snapshot from four kinds of evidence, each one term of
`score()`:

- **figures**: the claims other sources make on the quantity (a mention whose interval
  equals one of them is strong evidence, one that overlaps weaker evidence);
- **label words**: the quantity's label and id, and the words of its claims' quotes;
- **words near the figure**: the words around the mention (closer words weigh more, a
  word shared by many quantities, like "countries", weighs less), matched against the
  label words;
- **unit**: the word right after the figure ("63 *countries*") against the quantity's
  unit; a percentage only ever goes to a percent quantity and the reverse.

The best quantity is proposed when its score clears `PROPOSE_AT` and at least one word
near the figure is a word of the quantity (a figure alone proves nothing); otherwise the
draft
says ``quantity: TODO`` and lists the best candidates.  For a proposal, the verdict the
claim would get is previewed with the cross-check's own rules (`check_claims`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from checker import _regex
from checker._frozen import record
from checker.config import Config
from checker.crosscheck import Check, Entry, check_claims
from checker.findings import AuditResult
from checker.intervals import Interval, Relation
from checker.mentions import Mention
from checker.pipeline import audit

PROPOSE_AT = 2.0
"""The least score at which a quantity is proposed (below it: TODO and the candidates)."""

FIGURE_WEIGHT = {Relation.EQUAL: 3.0, Relation.INSIDE: 1.5, Relation.CONTAINS: 1.5,
                 Relation.OVERLAPS: 0.75, Relation.DISJOINT: 0.0}
"""How much a figure of another source on the quantity counts, by how the mention stands
to it (the mention equals it, lies inside it, contains it, overlaps it)."""

WORD_WEIGHT = 2.0  # of the words near the figure that are label words
UNIT_WEIGHT = 0.5  # of the unit word after the figure
NEAR = 8  # words looked at on each side of the figure
SENTENCE_WEIGHT = 0.2  # of any other word of the figure's sentence

_STOP = frozenset(
    "a an and are as at be been by for from has have in into is it its of on or that the "
    "their these this those to was were which who with than such also per cent percent "
    "said says say about some according report study found".split())
_WORD = _regex.compile(r"[A-Za-z][A-Za-z'’]*")


def stem(word: str) -> str:
    """Return the crude stem of `word`: lowercase, at most its first five letters."""
    return word.lower().replace("’", "'").split("'")[0][:5]


def tokens(text: str) -> list[str]:
    """Return the stems of the words of `text` that carry meaning (no stop words)."""
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 1]


@record
class QuantityProfile:
    """What a quantity is known by: label words, quote words, unit, its claims' intervals."""

    id: str
    label: str
    unit: str
    percent: bool
    integer: bool
    label_words: frozenset[str]
    quote_words: frozenset[str]
    figures: tuple[tuple[str, Interval], ...]  # (claim id, interval) of its claims


@record
class Candidate:
    """One quantity scored for one mention, with the evidence that made the score."""

    quantity: str
    score: float
    figures: tuple[str, ...]  # ids of the claims whose figure matches
    words: tuple[str, ...]  # the words near the figure that are label words
    unit: bool


@record
class Proposal:
    """The quantity proposed for a mention (None: no quantity clears `PROPOSE_AT`), the
    candidates in order of score, and the verdict preview of the proposed claim."""

    quantity: str | None
    candidates: tuple[Candidate, ...]
    preview: Check | None


class CorpusProfile:
    """An audited corpus, profiled for proposing quantities."""

    def __init__(self, result: AuditResult) -> None:
        self.result = result
        corpus = result.corpus
        assert corpus is not None
        self.kinds = {s.id: s.kind for s in result.sources}
        self.cites = {s.id: frozenset(s.cites) for s in result.sources}
        self.ids = {s.id for s in corpus.sources} | {q.id for q in corpus.quantities} \
            | {c.id for c in result.claims}
        self.trust = Config().trust
        attributed = {c.id: c.attributed_to for c in corpus.claims}
        self.entries = [
            Entry(c.id, c.source, self.kinds.get(c.source, "news"), c.variable, c.interval,
                  frozenset([a]) if (a := attributed.get(c.id)) else self.cites.get(
                      c.source, frozenset()))
            for c in result.claims if c.position.verified or c.count is not None]
        by_quantity: dict[str, list[tuple[str, Interval]]] = defaultdict(list)
        quote_words: dict[str, set[str]] = defaultdict(set)
        for c in result.claims:
            by_quantity[c.quantity].append((c.id, c.interval))
            if c.quote:
                quote_words[c.quantity].update(tokens(c.quote))
        self.profiles = [
            QuantityProfile(q.id, q.label, q.unit, q.unit == "percent", q.is_integer,
                            frozenset(tokens(q.label) + tokens(q.id.replace("-", " "))),
                            frozenset(quote_words[q.id]), tuple(by_quantity[q.id]))
            for q in corpus.quantities]
        df: dict[str, int] = defaultdict(int)
        for p in self.profiles:
            for w in p.label_words | p.quote_words:
                df[w] += 1
        n = max(1, len(self.profiles))
        self.idf = {w: math.log(1 + n / d) / math.log(1 + n) for w, d in df.items()}


def load(path: str, config: Config | None = None) -> CorpusProfile:
    """Audit the corpus at `path` (without the coverage rule) and profile its quantities."""
    from dataclasses import replace

    return CorpusProfile(audit(path, replace(config or Config(), coverage=False, baseline="")))


_SENTENCE = _regex.compile(r"[.!?]\s")
_CLAUSE = _regex.compile(
    r"[,;:]|\b(?:and|while|but|against|whereas|versus|vs|compared with)\b")


def context(text: str, mention: Mention, others: Sequence[Mention]) -> dict[str, float]:
    """Return the words near `mention` with their weights (1/(1 + distance in words)).

    The near words are those of its sentence up to the neighbouring mentions; words
    between two figures are shared at the clause break between them ("64 countries, and
    smart policing in 52": "countries" goes to 64, "smart policing" to 52).  Every other
    word of the sentence weighs `SENTENCE_WEIGHT`.
    """
    lo = max([m.end for m in others if m.end <= mention.start] + [0])
    hi = min([m.start for m in others if m.start >= mention.end] + [len(text)])
    left = _SENTENCE.split(text[lo:mention.start])
    right = _SENTENCE.split(text[mention.end:hi])
    before, after = left[-1], right[0]
    if len(left) == 1 and lo > 0:  # a figure before, in the same sentence
        before = _CLAUSE.split(before)[-1]
    if len(right) == 1 and hi < len(text):  # a figure after, in the same sentence
        after = _CLAUSE.split(after)[0]
    weights: dict[str, float] = defaultdict(float)
    # Every word of the sentence counts a little ("at least 75 of 176 countries using AI":
    # 75's own words stand after the next figure).
    start = max([m.end() for m in _SENTENCE.finditer(text, 0, mention.start)] + [0])
    stop = _SENTENCE.search(text, mention.end)
    for w in tokens(text[start:stop.start() if stop else len(text)]):
        weights[w] = SENTENCE_WEIGHT
    for d, w in enumerate(reversed(tokens(before)[-NEAR:])):
        weights[w] = max(weights[w], 1.0 / (1 + d))
    for d, w in enumerate(tokens(after)[:NEAR]):
        weights[w] = max(weights[w], 1.0 / (1 + d))
    return weights


def _unit_word(text: str, mention: Mention) -> str | None:
    m = _WORD.match(text, mention.end + 1) if text[mention.end:mention.end + 1] == " " else None
    return stem(m.group()) if m else None


def score(corpus: CorpusProfile, p: QuantityProfile, interval: Interval, near: Mapping[str, float],
          unit: str | None) -> Candidate:
    """Return quantity `p` scored for a mention stating `interval` with words `near`."""
    iv = interval.integers() if p.integer else interval
    figure, matched = 0.0, []
    for cid, other in p.figures:
        weight = FIGURE_WEIGHT[iv.relation(other)] if not iv.is_empty() else 0.0
        if weight:
            matched.append(cid)
        figure = max(figure, weight)
    words = [w for w in near if w in p.label_words or w in p.quote_words]
    word_score = sum(near[w] * corpus.idf.get(w, 1.0) * (1.0 if w in p.label_words else 0.4)
                     for w in words)
    unit_match = unit is not None and unit == stem(p.unit)
    total = figure + WORD_WEIGHT * word_score + (UNIT_WEIGHT if unit_match else 0.0)
    return Candidate(p.id, round(total, 6), tuple(sorted(matched)),
                     tuple(sorted(words)), unit_match)


def propose(corpus: CorpusProfile, text: str, mention: Mention, others: Sequence[Mention],
            source_kind: str = "news", cites: Iterable[str] = ()) -> Proposal:
    """Return the proposal for `mention` of `text` (`others`: the text's other mentions)."""
    stated = mention.stated
    if stated is None:
        return Proposal(None, (), None)
    near = context(text, mention, [m for m in others if m is not mention])
    unit = _unit_word(text, mention)
    scored = [score(corpus, p, stated.interval, near, unit) for p in corpus.profiles
              if p.percent == stated.percent]
    scored.sort(key=lambda c: (-c.score, c.quantity))
    # a figure alone is not enough: a proposal also needs a word of the quantity
    best = scored[0] if scored and scored[0].score >= PROPOSE_AT and scored[0].words \
        else None
    preview = None
    if best is not None:
        profile = next(p for p in corpus.profiles if p.id == best.quantity)
        iv = stated.interval.integers() if profile.integer else stated.interval
        draft = Entry("(draft)", "(draft)", source_kind, best.quantity, iv, frozenset(cites))
        same = [e for e in corpus.entries if e.variable == best.quantity]
        preview = check_claims([*same, draft], corpus.trust)["(draft)"]
    return Proposal(best.quantity if best else None, tuple(scored[:3]), preview)
