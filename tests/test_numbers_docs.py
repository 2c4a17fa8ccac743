"""docs/numbers.md against the grammar: every example row is what the grammar reads, and
every phrase of every word table is listed (STYLE §10: a number form is one table row plus
its docs line)."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from checker import _numbers_forms as forms
from checker.numbers import Domain, SaysError, parse_says
from checker.units import UNIT_KINDS

DOCS = (Path(__file__).resolve().parent.parent / "docs" / "numbers.md").read_text(encoding="utf-8")
EXAMPLE_HEADER = "| words | on a quantity | interval |"
_ROW = re.compile(r"^\| `(?P<says>[^`]+)` \| (?P<spec>[^|]+) \| `(?P<interval>[^`]+)` \|$")


def _examples() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    inside = False
    for line in DOCS.splitlines():
        if line == EXAMPLE_HEADER:
            inside = True
            continue
        if inside and line.startswith("|---"):
            continue
        if inside and line.startswith("|"):
            m = _ROW.match(line)
            assert m is not None, f"malformed example row: {line}"
            rows.append((m["says"], m["spec"].strip(), m["interval"]))
            continue
        inside = False
    return rows


EXAMPLES = _examples()


def domain_of(spec: str) -> tuple[Domain, bool]:
    """Return the domain an example's second column names, and whether it is integer."""
    parts = [p.strip() for p in spec.split(",")]
    kind, flags = parts[0], set(parts[1:])
    assert kind in UNIT_KINDS and flags <= {"continuous", "signed", "either"}, spec
    integer = not UNIT_KINDS[kind].real and "continuous" not in flags
    return (
        Domain.of(
            kind,
            integer=integer,
            signed="signed" in flags,
            rounding="either" if "either" in flags else "half-up",
        ),
        integer,
    )


def test_docs_have_many_examples() -> None:
    assert len(EXAMPLES) >= 120


@pytest.mark.parametrize(
    ("says", "spec", "interval"), EXAMPLES, ids=[f"{s}|{q}" for s, q, _ in EXAMPLES]
)
def test_docs_example_is_the_grammars_reading(says: str, spec: str, interval: str) -> None:
    domain, integer = domain_of(spec)
    stated = parse_says(says, domain=domain)
    assert stated.mismatch is None
    got = stated.for_domain(integer)
    assert str(got) == interval


def _phrases() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in (
        "PREFIX_QUALIFIERS",
        "SUFFIX_QUALIFIERS",
        "UNIT_WORDS",
        "DIRECTIONS",
        "SHARE_WORDS",
    ):
        out += [(name, " ".join(p)) for p in getattr(forms, name)]
    for name in (
        "CURRENCIES",
        "MULTIPLIER_WORDS",
        "FRACTIONS",
        "SCALES",
        "SCALE_ABBREVIATIONS",
        "VAGUE",
        "AMBIGUOUS",
    ):
        out += [(name, word) for word in getattr(forms, name)]
    out += [("QUALIFIERS", name) for name in forms.QUALIFIERS]
    return out


@pytest.mark.parametrize(("table", "phrase"), _phrases(), ids=[f"{t}:{p}" for t, p in _phrases()])
def test_every_table_row_is_in_the_docs(table: str, phrase: str) -> None:
    # In a code span of its own, or as a whole word of one ("a few" lists "few").
    spans = re.findall(r"`([^`]+)`", DOCS)
    assert any(
        phrase == s.lower() or re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", s.lower())
        for s in spans
    ), f"{table} row {phrase!r} is not in docs/numbers.md"


@pytest.mark.parametrize("name", sorted(forms.QUALIFIERS))
def test_every_qualifier_rule_is_the_docs_rule(name: str) -> None:
    rule = forms.QUALIFIERS[name]
    rows = [line for line in DOCS.splitlines() if f"| `{name}` |" in line]
    assert rows, f"no docs row for qualifier {name}"
    assert all(rule.rule in row for row in rows), (name, rule.rule, rows)


def test_every_qualifier_of_the_tables_has_a_rule() -> None:
    from checker.numbers import qualify

    used = {
        *forms.PREFIX_QUALIFIERS.values(),
        *forms.SUFFIX_QUALIFIERS.values(),
        *(q for q, _, _ in forms.SHARE_WORDS.values()),
    }
    assert used <= set(forms.QUALIFIERS)
    for name in forms.QUALIFIERS:  # every rule is implemented (none falls through)
        qualify(name, Fraction(10), parse_says("10").interval, Fraction(1, 10), Fraction(0), None)


@pytest.mark.parametrize("kind", sorted(UNIT_KINDS))
def test_every_unit_kind_is_in_the_docs(kind: str) -> None:
    units = DOCS[DOCS.index("## Units") : DOCS.index("## Signs and changes")]
    if kind == "count":
        assert "is a count unless the quantity says" in units
        return
    first = UNIT_KINDS[kind].quantity_units[0]
    assert f"`{first}`" in units.lower(), kind


def test_refused_examples_name_their_word() -> None:
    # The "What is refused" table: each listed phrase is refused, naming itself.
    for says, word in [
        ("several", "several"),
        ("a few", "a few"),
        ("a handful", "handful"),
        ("a couple", "a couple"),
        ("5 pounds", "pounds"),
        ("quadrillion", "trillion"),
        ("ten times higher", "N times"),
        ("second", "ordinal"),
        ("5m", "million"),
        ("arround 50", "'around'"),
    ]:
        with pytest.raises(SaysError, match=re.escape(word)):
            parse_says(says, domain=Domain("count", True, True))


# -- every row of every table is read (a row without its implementation fails) ----------

SIGNED_PERCENT = Domain("percent", True, True)


@pytest.mark.parametrize("phrase", sorted(forms.PREFIX_QUALIFIERS), ids=" ".join)
def test_every_prefix_qualifier_is_read(phrase: tuple[str, ...]) -> None:
    qualifier = forms.PREFIX_QUALIFIERS[phrase]
    says = " ".join(phrase) + " 10 percent" + (" mark" if qualifier == "mark" else "")
    assert parse_says(says, domain=Domain("percent", True)).qualifier == qualifier


@pytest.mark.parametrize("phrase", sorted(forms.SUFFIX_QUALIFIERS), ids=" ".join)
def test_every_suffix_qualifier_is_read(phrase: tuple[str, ...]) -> None:
    qualifier = forms.SUFFIX_QUALIFIERS[phrase]
    says = ("the " if qualifier == "mark" else "") + "10" + ("" if phrase == ("+",) else " ") \
        + " ".join(phrase)
    assert parse_says(says, domain=Domain("count", False)).qualifier == qualifier


@pytest.mark.parametrize("phrase", sorted(forms.UNIT_WORDS), ids=" ".join)
def test_every_unit_word_states_its_unit(phrase: tuple[str, ...]) -> None:
    glued = phrase in (("x",), ("%",)) or not phrase[0][0].isalnum()
    says = "10" + ("" if glued else " ") + " ".join(phrase)
    assert parse_says(says).unit == forms.UNIT_WORDS[phrase]


@pytest.mark.parametrize("word", sorted(forms.CURRENCIES))
def test_every_currency_states_its_code(word: str) -> None:
    says = f"5 million {word}" if word.isalpha() and word not in ("usd", "eur", "gbp", "jpy") \
        else f"{word}5 million" if not word.isalpha() else f"{word} 5 million"
    assert parse_says(says).unit == forms.CURRENCIES[word]


@pytest.mark.parametrize("phrase", sorted(forms.DIRECTIONS), ids=" ".join)
def test_every_direction_word_gives_its_sign(phrase: tuple[str, ...]) -> None:
    stated = parse_says(" ".join(phrase) + " 5%", domain=SIGNED_PERCENT)
    assert stated.value == 5 * forms.DIRECTIONS[phrase]


@pytest.mark.parametrize("word", sorted(forms.MULTIPLIER_WORDS))
def test_every_multiplier_word_is_its_multiple(word: str) -> None:
    value, _ = forms.MULTIPLIER_WORDS[word]
    stated = parse_says(word, domain=Domain("times", True))
    assert stated.value == Fraction(value) and stated.unit == "times"


@pytest.mark.parametrize("word", sorted(forms.FRACTIONS))
def test_every_fraction_word_is_its_share(word: str) -> None:
    says = "half" if word == "half" else f"a {word}"
    stated = parse_says(says, domain=Domain("percent", True))
    assert stated.value == Fraction(100, forms.FRACTIONS[word])


@pytest.mark.parametrize("phrase", sorted(forms.SHARE_WORDS), ids=" ".join)
def test_every_share_word_is_its_bound(phrase: tuple[str, ...]) -> None:
    qualifier, k, n = forms.SHARE_WORDS[phrase]
    stated = parse_says(" ".join(phrase), domain=Domain("percent", True))
    assert stated.qualifier == qualifier and stated.value == Fraction(100 * k, n)


@pytest.mark.parametrize("word", sorted(forms.SCALE_ABBREVIATIONS))
def test_every_scale_abbreviation_is_its_factor(word: str) -> None:
    factor, _ = forms.SCALE_ABBREVIATIONS[word]
    assert parse_says(f"$3{word}").value == 3 * factor


@pytest.mark.parametrize("word", sorted(forms.AMBIGUOUS))
def test_every_ambiguous_word_is_refused_with_its_message(word: str) -> None:
    says = f"ten times {word}" if word in ("more", "higher", "larger") else f"a {word}"
    with pytest.raises(SaysError, match=re.escape(forms.AMBIGUOUS[word])):
        parse_says(says, domain=Domain("times", True))
