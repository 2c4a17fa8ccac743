"""Generate a synthetic claimcheck corpus of a given size, with planted conflicts.

    python bench/generate.py OUT_DIR --claims 100000 [--format json|yaml] [--seed 1]

Writes OUT_DIR/ (claim files, ``sources/*.txt`` snapshots, ``data/*.csv`` tables: nothing
else) and OUT_DIR.manifest.json beside it (never inside: the corpus folder holds only corpus
files) listing the planted conflicts as ``{code, claim}`` pairs the audit must report.

Shape (per 1,000 claims: 20 families, 200 quantities, 20 sources, 1 planted conflict):

* a *family* is 10 quantities about one place: a total, three district parts (``sum``),
  the users (``within`` the total), two technologies (``union`` of the users), the users'
  share in percent (``ratio``), a registry count (``equal`` to the total) and a night-service
  count (``subset`` of the northern part).  One family is one solver component.
* five families form a *group*: one primary report and four news stories that cite it;
  every tenth family is also in a dataset table (CSV), counted by ``count:`` claims that
  the report cites.  Each snapshot is prose of about 5 KB: one sentence per claim, filler
  sentences without numbers, and a dated byline covered by an ``ignore`` entry, so the
  coverage rule has nothing to report.
* most claims agree (exact figures, number words, hedges, rounded percentages, "about",
  "nearly", "more than" ...); planted conflicts, spread evenly, are of five kinds:
  news-vs-report (XCK002), report-vs-its-table (XCK001), a total that is not the sum of its
  parts, a part over its whole, a percentage that does not match its counts (REL001).

Deterministic: the same arguments give byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

FAMILY_CLAIMS = 50  # claims per family (10 quantities x 5 claims)
GROUP = 5  # families per primary report
NEWS = 4  # news stories per group
TABLE_EVERY = 10  # every tenth family is also in a dataset table
TABLE_FAMILIES = 10  # families per CSV table
CHUNK = 1000  # items per claim file

QTYS = ("total", "part-a", "part-b", "part-c", "using", "tech-alpha", "tech-beta", "pct",
        "registry", "sub")
PLANTS = ("news-contradicts", "text-vs-table", "sum-mismatch", "part-over-whole",
          "ratio-mismatch")
PLANT_CODE = {"news-contradicts": "XCK002", "text-vs-table": "XCK001",
              "sum-mismatch": "REL001", "part-over-whole": "REL001",
              "ratio-mismatch": "REL001"}

TOPICS = ("sites", "clinics", "schools", "stations", "depots", "farms", "libraries",
          "workshops", "markets", "shelters", "ports", "mills")
MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December")
SYLLABLES = ("ka", "lo", "ver", "mi", "dun", "sa", "tor", "bel", "ra", "quin", "zo", "har",
             "pel", "wick", "nor", "ash", "gle", "tam", "cor", "vin", "bra", "lis", "mon",
             "fen", "dal", "rue", "ost", "kel", "pra", "sil")
FILLER = (
    "Officials said the figures were compiled from site visits and interviews.",
    "The authors caution that coverage varies between districts.",
    "Critics argue that the survey methods deserve closer scrutiny.",
    "Local groups welcomed the publication of the data.",
    "The findings were shared with regional planners before release.",
    "Several operators declined to comment on the results.",
    "The report does not name individual operators.",
    "Researchers visited each district during the spring.",
    "Independent observers have not yet reviewed the underlying records.",
    "The ministry said it would study the recommendations carefully.",
    "Funding for the survey came from a mix of public and private donors.",
    "Residents interviewed for the study described mixed experiences.",
    "The authors say further work is needed to confirm the trends.",
    "Data collection followed the same protocol in every district.",
    "Some records were incomplete and were checked against local archives.",
)
WORDS_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve "
               "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
WORDS_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = set(WORDS_UNITS) | set(WORDS_TENS) | {"hundred", "thousand", "million",
                                                        "billion", "trillion", "dozens",
                                                        "hundreds", "thousands", "millions"}


def words(n: int) -> str:
    """Return `n` (0..99) in English words ("seventy-five")."""
    if n < 20:
        return WORDS_UNITS[n]
    tens, unit = divmod(n, 10)
    return WORDS_TENS[tens - 2] + ("-" + WORDS_UNITS[unit] if unit else "")


def digits(n: int) -> str:
    """Return `n` with thousands separators."""
    return f"{n:,}"


def round_half_up(x: Fraction, places: int) -> Fraction:
    """Return `x` rounded half up to `places` decimals."""
    scale = 10**places
    return Fraction(int((x * scale + Fraction(1, 2)) // 1), scale)


def fmt_decimal(x: Fraction, places: int) -> str:
    """Return the decimal `x` with exactly `places` decimals."""
    if places == 0:
        return str(int(x))
    scaled = int(x * 10**places)
    return f"{scaled // 10**places}.{scaled % 10**places:0{places}d}"


# -- the world: values of one family -------------------------------------------------------


@dataclass
class Family:
    """Ten quantities about one place, their true values, and the sentences about them."""

    index: int
    fid: str
    place: str
    topic: str
    table: bool
    plant: str | None
    values: dict[str, int] = field(default_factory=dict)
    pct: Fraction = Fraction(0)


def place_name(index: int) -> str:
    """Return a unique capitalised place name (no number words, no digits)."""
    n = index
    parts = []
    while True:
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
        if n == 0:
            break
        n -= 1
    name = "".join(reversed(parts))
    if len(name) < 5:
        name += "ham"
    name = name.capitalize()
    assert name.lower() not in NUMBER_WORDS
    return name


def make_family(index: int, seed: int, plant: str | None) -> Family:
    rng = random.Random(f"{seed}:family:{index}")
    table = (index % TABLE_EVERY == 3 and plant is None) or plant == "text-vs-table"
    fam = Family(index, f"f{index:06d}", place_name(index), rng.choice(TOPICS), table, plant)
    total = rng.randint(30, 120) if table else rng.randint(150, 4000)
    cut1, cut2 = sorted(rng.sample(range(1, total), 2))
    parts = (cut1, cut2 - cut1, total - cut2)
    using = rng.randint(max(1, (3 * total) // 10), max(1, (9 * total) // 10))
    alpha = rng.randint((using + 1) // 2, using)
    beta = rng.randint(max(1, using - alpha), using)
    sub = rng.randint(0, parts[0])
    fam.values = {"total": total, "part-a": parts[0], "part-b": parts[1], "part-c": parts[2],
                  "using": using, "tech-alpha": alpha, "tech-beta": beta,
                  "registry": total, "sub": sub}
    fam.pct = Fraction(100 * using, total)
    return fam


def quantities_of(fam: Family) -> list[dict[str, Any]]:
    p, t, f = fam.place, fam.topic, fam.fid
    labels = {
        "total": f"{t.capitalize()} surveyed in {p}",
        "part-a": f"{t.capitalize()} in the northern district of {p}",
        "part-b": f"{t.capitalize()} in the central district of {p}",
        "part-c": f"{t.capitalize()} in the southern district of {p}",
        "using": f"{t.capitalize()} in {p} using the new system",
        "tech-alpha": f"{t.capitalize()} in {p} with Alpha equipment",
        "tech-beta": f"{t.capitalize()} in {p} with Beta equipment",
        "pct": f"Share of surveyed {t} in {p} using the new system",
        "registry": f"{t.capitalize()} listed in the {p} registry",
        "sub": f"{t.capitalize()} offering night service in the northern district of {p}",
    }
    out = []
    for q in QTYS:
        item: dict[str, Any] = {"id": f"{f}-{q}", "label": labels[q],
                                "unit": "percent" if q == "pct" else t}
        if q == "using":
            item["within"] = f"{f}-total"
        out.append(item)
    return out


def relations_of(fam: Family) -> list[dict[str, Any]]:
    f = fam.fid
    return [
        {"kind": "sum", "total": f"{f}-total",
         "parts": [f"{f}-part-a", f"{f}-part-b", f"{f}-part-c"],
         "why": "every surveyed site lies in exactly one district"},
        {"kind": "union", "whole": f"{f}-using", "parts": [f"{f}-tech-alpha", f"{f}-tech-beta"],
         "why": "the new system runs on Alpha or Beta equipment"},
        {"kind": "ratio", "value": f"{f}-pct", "numerator": f"{f}-using",
         "denominator": f"{f}-total", "scale": 100},
        {"kind": "equal", "quantities": [f"{f}-total", f"{f}-registry"],
         "why": "the registry lists every surveyed site"},
        {"kind": "subset", "part": f"{f}-sub", "whole": f"{f}-part-a"},
    ]


# -- what sources say -----------------------------------------------------------------------

PRIMARY_SENTENCES = {
    "total": "The survey covered {S} {t} across {p}.",
    "part-a": "In the northern district of {p}, the survey counted {S} {t}.",
    "part-b": "The central district of {p} accounted for {S} {t}.",
    "part-c": "The southern district of {p} held {S} of the {t}.",
    "using": "Of those, {S} {t} in {p} now use the new system.",
    "tech-alpha": "Alpha equipment was installed at {S} {t} in {p}.",
    "tech-beta": "Beta equipment was found at {S} {t} in {p}.",
    "pct": "In {p}, {S} of surveyed {t} use the new system.",
    "registry": "The {p} registry lists {S} {t}.",
    "sub": "Night service is offered by {S} {t} in the northern district of {p}.",
}
NEWS_SENTENCES = {
    "total": "Researchers surveyed {S} {t} in {p}, the report says.",
    "part-a": "The northern district of {p} has {S} {t}, according to the study.",
    "part-b": "Another {S} {t} are in the central district of {p}.",
    "part-c": "The southern district of {p} is home to {S} of them.",
    "using": "The new system is already in use at {S} {t} in {p}.",
    "tech-alpha": "Alpha supplied equipment to {S} {t} in {p}.",
    "tech-beta": "Beta equipment turned up at {S} {t} in {p}.",
    "pct": "That is {S} of the {t} surveyed in {p}.",
    "registry": "Official records for {p} list {S} {t}.",
    "sub": "In the north of {p}, {S} {t} stay open at night.",
}


def primary_says(q: str, value: int, rng: random.Random, exact: bool) -> str:
    """Return how the report states `value` (count quantities)."""
    r = rng.random()
    if not exact and r < 0.08:
        return f"at least {digits(value) if value >= 100 else words(value)}"
    if value < 100 and r < 0.4:
        return words(value)
    return digits(value)


def percent_says(x: Fraction, rng: random.Random, offset: int = 0) -> str:
    """Return a percentage stating `x` (rounded half up; shifted by `offset` points)."""
    places = 1 if rng.random() < 0.3 else 0
    v = round_half_up(x, places) + offset
    sign = "%" if rng.random() < 0.5 else " percent"
    return fmt_decimal(v, places) + sign


def news_says(value: int, rng: random.Random) -> str:
    """Return a news phrasing of `value` that holds (contains the true value)."""
    r = rng.random()
    if r < 0.35:
        return digits(value)
    if r < 0.5 and value >= 3:
        return f"more than {digits(value - rng.randint(1, min(5, value - 1)))}"
    if r < 0.62 and value >= 60:
        x = int(round_half_up(Fraction(value, 10), 0)) * 10
        return f"about {digits(x)}"
    if r < 0.72 and value >= 20:
        return f"nearly {digits(value + 1)}"
    if r < 0.82:
        return f"fewer than {digits(value + rng.randint(1, 6))}"
    if r < 0.9 and value >= 2:
        return f"at least {digits(value - rng.randint(0, 1))}"
    if value < 100:
        return words(value)
    return f"{digits(value - rng.randint(0, 3))}+" if value >= 4 else digits(value)


def news_percent(x: Fraction, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return percent_says(x, rng)
    if r < 0.75 and x >= 10:
        return f"about {int(round_half_up(x, 0))} percent"
    return f"more than {max(0, int(x) - rng.randint(1, 3))} percent"


@dataclass
class Sentence:
    claim: dict[str, Any]
    text: str


@dataclass
class Group:
    index: int
    families: list[Family]
    primary: list[Sentence] = field(default_factory=list)
    news: list[list[Sentence]] = field(default_factory=lambda: [[] for _ in range(NEWS)])


def source_ids(g: int) -> tuple[str, list[str]]:
    return f"report-g{g:05d}", [f"news-g{g:05d}-{k}" for k in range(1, NEWS + 1)]


def claim_sentences(group: Group, seed: int, planted: list[dict[str, str]]) -> None:
    """Fill the sentences (and claims) of the group's report and news stories."""
    report, news = source_ids(group.index)
    for fam in group.families:
        rng = random.Random(f"{seed}:claims:{fam.index}")
        p, t, f = fam.place, fam.topic, fam.fid
        stated: dict[str, str] = {}
        for q in QTYS:
            exact = fam.plant is not None or fam.table
            if q == "pct":
                offset = 5 if fam.plant == "ratio-mismatch" else 0
                says = percent_says(fam.pct, rng, offset)
            else:
                value = fam.values[q]
                if fam.plant == "text-vs-table" and q == "part-a":
                    value += 1
                elif fam.plant == "sum-mismatch" and q == "total":
                    value += rng.randint(2, 9)
                elif fam.plant == "part-over-whole" and q == "sub":
                    value = fam.values["part-a"] + rng.randint(2, 9)
                says = primary_says(q, value, rng, exact or q in ("total", "registry"))
            stated[q] = says
            cid = f"{report}.{f}-{q}"
            text = PRIMARY_SENTENCES[q].format(S=says, t=t, p=p)
            text = text[0].upper() + text[1:]
            group.primary.append(Sentence(
                {"id": cid, "source": report, "quantity": f"{f}-{q}", "quote": text,
                 "says": says}, text))
        plant = fam.plant
        if plant is not None:
            q = {"news-contradicts": "total", "text-vs-table": "part-a",
                 "sum-mismatch": "total", "part-over-whole": "sub",
                 "ratio-mismatch": "pct"}[plant]
            sid = report if plant != "news-contradicts" else news[0]
            planted.append({"code": PLANT_CODE[plant], "claim": f"{sid}.{f}-{q}",
                            "kind": plant, "family": f})
        for k, nid in enumerate(news):
            for q in QTYS:
                if fam.table and k == NEWS - 1 and q in ("total", "part-a", "using",
                                                          "tech-alpha"):
                    continue  # table families: the table's claims stand in for these
                if (plant, q) in (("sum-mismatch", "total"), ("part-over-whole", "sub"),
                                  ("ratio-mismatch", "pct")):
                    says = stated[q]  # the news repeat the report's wrong figure
                elif q == "pct":
                    says = news_percent(fam.pct, rng)
                elif plant == "news-contradicts" and q == "total" and k == 0:
                    says = digits(fam.values["total"] + max(3, fam.values["total"] // 10))
                elif (plant is None or q not in ("total", "part-a", "sub")) \
                        and rng.random() < 0.3 and not stated[q].startswith(("at least",)):
                    says = stated[q]  # a copy of the report's figure
                else:
                    says = news_says(fam.values[q], rng)
                if plant == "ratio-mismatch" and q == "using" and k == 0:
                    says = f"fewer than {digits(fam.values['using'] + 2)}"
                text = NEWS_SENTENCES[q].format(S=says, t=t, p=p)
                text = text[0].upper() + text[1:]
                group.news[k].append(Sentence(
                    {"id": f"{nid}.{f}-{q}", "source": nid, "quantity": f"{f}-{q}",
                     "quote": text, "says": says}, text))


def snapshot(title: str, byline: str, sentences: list[Sentence], rng: random.Random) -> str:
    """Return prose holding every sentence once, with filler and a dated byline."""
    order = list(sentences)
    rng.shuffle(order)
    lines = [title, "", byline, ""]
    para: list[str] = []
    for i, s in enumerate(order):
        para.append(s.text)
        if rng.random() < 0.12:
            para.append(rng.choice(FILLER))
        if len(para) >= rng.randint(4, 7) or i == len(order) - 1:
            lines.append(" ".join(para))
            lines.append("")
            para = []
    return "\n".join(lines)


# -- writing -------------------------------------------------------------------------------


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


def _yaml_item(item: dict[str, Any], indent: str) -> list[str]:
    out = []
    first = True
    for key, value in item.items():
        lead = indent + ("- " if first else "  ")
        first = False
        if isinstance(value, list):
            out.append(f"{lead}{key}: [" + ", ".join(_yaml_scalar(v) for v in value) + "]")
        elif isinstance(value, dict):
            out.append(f"{lead}{key}: " + json.dumps(value))
        else:
            out.append(f"{lead}{key}: {_yaml_scalar(value)}")
    return out


def render_file(sections: dict[str, list[dict[str, Any]]], fmt: str) -> str:
    """Return one claim file holding `sections` in JSON or block-style YAML."""
    if fmt == "json":
        return json.dumps(sections, indent=1, ensure_ascii=False) + "\n"
    lines = ["# generated by bench/generate.py"]
    for name, items in sections.items():
        lines.append(f"{name}:")
        for item in items:
            lines += _yaml_item(item, "  ")
    return "\n".join(lines) + "\n"


def write(path: Path, text: str | bytes) -> str:
    """Write `text` to `path` and return the sha256 of its bytes."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def plant_positions(families: int, claims: int) -> dict[int, str]:
    """Return family index -> kind of the planted conflict (one per 1,000 claims, >= 5)."""
    k = min(families, max(len(PLANTS), claims // 1000))
    return {int((i + 0.5) * families / k): PLANTS[i % len(PLANTS)] for i in range(k)}


def generate(out: Path, claims: int, fmt: str = "json", seed: int = 1) -> dict[str, Any]:
    """Write a corpus of about `claims` claims to `out`; return its manifest."""
    if out.exists():
        shutil.rmtree(out)
    n_fam = max(1, -(-claims // FAMILY_CLAIMS))
    plants = plant_positions(n_fam, claims)
    families = [make_family(i, seed, plants.get(i)) for i in range(n_fam)]
    planted: list[dict[str, str]] = []
    sources: list[dict[str, Any]] = []
    all_claims: list[dict[str, Any]] = []
    ignores: list[dict[str, Any]] = []
    quantities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    ext = "json" if fmt == "json" else "yaml"

    # dataset tables: TABLE_FAMILIES table families per CSV
    table_fams = [f for f in families if f.table]
    table_of: dict[str, str] = {}
    for t0 in range(0, len(table_fams), TABLE_FAMILIES):
        tid = f"table-{t0 // TABLE_FAMILIES + 1:04d}"
        rows = ["family,site,district,system,equipment"]
        for fam in table_fams[t0:t0 + TABLE_FAMILIES]:
            table_of[fam.fid] = tid
            v = fam.values
            districts = ["north"] * v["part-a"] + ["central"] * v["part-b"] + \
                ["south"] * v["part-c"]
            rng = random.Random(f"{seed}:table:{fam.index}")
            rng.shuffle(districts)
            overlap = v["tech-alpha"] + v["tech-beta"] - v["using"]
            kit = (["Alpha; Beta"] * overlap + ["Alpha"] * (v["tech-alpha"] - overlap)
                   + ["Beta"] * (v["tech-beta"] - overlap))
            for i, district in enumerate(districts):
                uses = i < v["using"]
                rows.append(f"{fam.fid},{fam.fid}-{i + 1:04d},{district},{int(uses)},"
                            f"\"{kit[i] if uses else ''}\"")
            f = fam.fid
            for q, spec in (("total", {"family": f}),
                            ("part-a", {"all": [{"family": f}, {"district": "north"}]}),
                            ("using", {"family": f, "system": "1"}),
                            ("tech-alpha", {"family": f, "equipment": {"contains": "Alpha"}})):
                all_claims.append({"id": f"{tid}.{f}-{q}", "source": tid,
                                   "quantity": f"{f}-{q}", "count": spec})
        digest = write(out / "data" / f"{tid}.csv", "\n".join(rows) + "\n")
        sources.append({"id": tid, "title": f"Site register, part {t0 // TABLE_FAMILIES + 1:,}",
                        "publisher": "Survey Institute", "kind": "dataset",
                        "table": f"data/{tid}.csv", "sha256": digest})

    for g0 in range(0, n_fam, GROUP):
        group = Group(g0 // GROUP, families[g0:g0 + GROUP])
        claim_sentences(group, seed, planted)
        report, news = source_ids(group.index)
        rng = random.Random(f"{seed}:group:{group.index}")
        places = ", ".join(f.place for f in group.families)
        year = 2015 + group.index % 8
        month = MONTHS[group.index % len(MONTHS)]
        cites = sorted({table_of[f.fid] for f in group.families if f.fid in table_of})
        text = snapshot(f"Survey of public services in {places}",
                        f"Survey Institute, {month} {year}.", group.primary, rng)
        path = f"sources/{report}.txt"
        src: dict[str, Any] = {"id": report, "title": f"Survey of public services in {places}",
                               "publisher": "Survey Institute", "kind": "primary",
                               "snapshot": path, "sha256": write(out / path, text)}
        if cites:
            src["cites"] = cites
        sources.append(src)
        ignores.append({"source": report, "says": f"{month} {year}",
                        "why": "publication month in the byline"})
        all_claims.extend(s.claim for s in group.primary)
        for k, nid in enumerate(news):
            day = 1 + (group.index + k) % 28
            byline = f"By staff writers, {month} {day}, {year + 1}."
            text = snapshot(f"New figures on services in {places}", byline, group.news[k], rng)
            path = f"sources/{nid}.txt"
            sources.append({"id": nid, "title": f"New figures on services ({k + 1:,})",
                            "publisher": f"Daily Courier of {group.families[0].place}",
                            "kind": "news", "snapshot": path, "sha256": write(out / path, text),
                            "cites": [report]})
            ignores.append({"source": nid, "says": f"{month} {day}, {year + 1}",
                            "why": "date of the byline"})
            all_claims.extend(s.claim for s in group.news[k])
        for fam in group.families:
            quantities += quantities_of(fam)
            relations += relations_of(fam)

    # trim to exactly `claims` claims, never a planted one or one its check depends on
    keep = {p["claim"] for p in planted}
    planted_fams = {p["family"] for p in planted}
    excess = len(all_claims) - claims
    if excess > 0:
        drop: set[int] = set()
        for i in range(len(all_claims) - 1, -1, -1):
            c = all_claims[i]
            if len(drop) == excess:
                break
            if c["id"] in keep or c["quantity"].split("-")[0] in planted_fams \
                    or c["source"].startswith(("report", "table")):
                continue
            drop.add(i)
        all_claims = [c for i, c in enumerate(all_claims) if i not in drop]

    def chunks(name: str, items: list[dict[str, Any]], size: int = CHUNK) -> None:
        for n, i in enumerate(range(0, len(items), size)):
            write(out / f"{name}-{n + 1:05d}.{ext}", render_file({name: items[i:i + size]}, fmt))

    chunks("sources", sources)
    chunks("quantities", quantities)
    chunks("relations", relations)
    chunks("claims", all_claims)
    chunks("ignore", ignores)
    manifest = {"format": fmt, "seed": seed, "claims": len(all_claims),
                "quantities": len(quantities), "sources": len(sources),
                "relations": len(relations), "families": n_fam,
                "planted": sorted(planted, key=lambda p: p["claim"])}
    manifest_path(out).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def manifest_path(out: Path) -> Path:
    """Return where the manifest of corpus `out` goes: beside it, never inside."""
    return out.parent / (out.name + ".manifest.json")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--format", choices=("json", "yaml"), default="json")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    m = generate(args.out, args.claims, args.format, args.seed)
    sys.stdout.write(f"{args.out}: {m['claims']:,} claims, {m['quantities']:,} quantities, "
                     f"{m['sources']:,} sources, {len(m['planted'])} planted conflicts; "
                     f"manifest {manifest_path(args.out)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
