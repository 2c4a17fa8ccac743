"""A small corpus for the gate, baseline, diff and CI tests (not a test module).

A report (primary) and a news story that cites it, each stating how many countries Huawei
and NEC supply.  `gate_corpus()` writes the figures the news story states, so a test can
plant a conflict (Huawei 45 against the report's "at least fifty") and fix it again.
"""

from __future__ import annotations

from collections.abc import Mapping

REPORT = "Huawei supplies at least fifty countries. NEC supplies fourteen countries.\n"

SOURCES = """\
sources:
  - {id: report, title: The report, kind: primary, snapshot: sources/report.txt}
  - {id: news, title: The story, kind: news, snapshot: sources/news.txt, cites: [report]}
quantities:
  - {id: huawei, label: Countries Huawei supplies, unit: countries}
  - {id: nec, label: Countries NEC supplies, unit: countries}
"""

REPORT_CLAIMS = """\
claims:
  - id: report-huawei
    source: report
    quantity: huawei
    quote: "Huawei supplies at least fifty countries."
    says: "at least fifty"
  - source: report
    quantity: nec
    quote: "NEC supplies fourteen countries."
    says: "fourteen"
"""


def news_claims(huawei: str, nec: str) -> str:
    """Return the news claim file for the figures `huawei` and `nec` (as written)."""
    return f"""\
claims:
  - id: news-huawei
    source: news
    quantity: huawei
    quote: "Huawei supplies {huawei} countries."
    says: "{huawei}"
  - source: news
    quantity: nec
    quote: "NEC supplies {nec} countries."
    says: "{nec}"
"""


def gate_corpus(huawei: str = "45", nec: str = "14") -> Mapping[str, str]:
    """Return the files of the corpus (for `write_tree`) with the news figures given.

    The defaults give exactly one error: XCK002 on `news-huawei` (45 against at least
    fifty).  ``huawei="at least 50"`` agrees with the report; ``nec="15"`` plants a second
    conflict, on the implicitly named claim `news.nec`.
    """
    return {
        "sources/report.txt": REPORT,
        "sources/news.txt": f"Huawei supplies {huawei} countries. NEC supplies {nec} countries.\n",
        "sources.yaml": SOURCES,
        "claims-report.yaml": REPORT_CLAIMS,
        "claims-news.yaml": news_claims(huawei, nec),
    }
