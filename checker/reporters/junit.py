"""The JUnit XML report: one test case per claim (layer 4: output).

One ``<testsuite name="claimcheck">``; one ``<testcase classname="<source>" name="<claim
id>">`` per claim, sorted by source then id.  A claim named (in `claims`) by an
error-severity finding that the baseline did not accept fails: its ``<failure>`` has the
first such finding's code as ``type`` and message, and lists all of them in its text.
Warnings, info and accepted findings go to the case's ``<system-out>``.  Findings that
name no claim (a missing snapshot, an unclaimed number) get a test case of their own,
classname ``claimcheck.findings``, name ``<code> <rule> <fingerprint>``.  The ``file``
attribute is the claim file as SARIF names it: the corpus folder as given joined with
the file (``claims/claims-news.yaml``), or the path inside the corpus when the corpus
was given as an absolute path (`checker.reporters._common.repo_path`).  Text is escaped
exactly as `xml.etree` escapes it (the report used to be written through it; the golden
files pin every byte); characters XML 1.0 cannot hold are dropped.  The XML is written
directly, one test case at a time, without building a tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import TextIO

from checker import _regex
from checker.findings import AuditResult, Finding, Location, Severity
from checker.reporters._common import (
    claims_by_id,
    joined_chunks,
    repo_path,
    sorted_claims,
    sorted_findings,
    xml_attr,
    xml_cdata,
    xml_text,
)

_LEVELS = {s: s.value.upper() for s in Severity}


# A finding as the test cases of the claims it names list it, made once: the finding,
# whether it fails a case (an error the baseline did not accept), and its line of the
# case's text escaped as character data (a plain tuple: made for every finding).
_Listed = tuple[Finding, bool, str]


def listed_all(findings: Sequence[Finding]) -> list[_Listed]:
    """Return each finding of `findings` as the cases list it (`_Listed`).

    A finding's line is ``LEVEL CODE RULE: message`` (with `_ACCEPTED` for a finding the
    baseline accepted), made XML-safe (`xml_text`) and escaped as character data
    (`xml_cdata`): both replace single characters, never a newline, so the lines joined
    are the escaped text of the joined lines.  When the lines joined are printable and
    hold no ``&``, ``<`` or ``>`` (one test over all of them: the usual case), each line
    is its own escaped text.
    """
    levels = _LEVELS
    lines = [f"{levels[f.severity]} {f.code} {f.rule}: {f.message}"
             f"{_ACCEPTED if f.accepted else ''}" for f in findings]
    joined = "".join(lines)
    if not (joined.isprintable() and "&" not in joined and "<" not in joined
            and ">" not in joined):
        lines = [xml_cdata(xml_text(line)) for line in lines]
    error = Severity.ERROR
    return [(f, f.severity is error and not f.accepted, line)
            for f, line in zip(findings, lines, strict=True)]


_ACCEPTED = " (accepted by the baseline)"


def _fails(f: Finding) -> bool:
    """Whether `f` fails the cases it is listed in: an error the baseline did not accept."""
    return f.severity is Severity.ERROR and not f.accepted


def _text(listed: Sequence[_Listed]) -> str:
    return "\n".join([text for _, _, text in listed]) + "\n"


# What `xml_text` drops or `xml_attr` escapes: text without any of it is its own value.
_NOT_PLAIN = _regex.compile('[&<>"\x00-\x1f\ufffe\uffff]')


def _attr(text: str) -> str:
    """Return `text` as an XML attribute value: characters XML cannot hold dropped, the
    rest escaped (an id, the common case, is already one)."""
    if _NOT_PLAIN.search(text) is None:
        return text
    return xml_attr(xml_text(text))


def _body(listed: Sequence[_Listed]) -> str:
    """Return what follows the attributes of a test case listing `listed`: `` />`` when
    nothing, else the rest of its start tag, its children and its end tag."""
    if not listed:
        return " />"
    failing = [item for item in listed if item[1]]
    if not failing:  # the common case: notes and warnings only
        return f">\n    <system-out>{_text(listed)}</system-out>\n  </testcase>"
    children: list[str] = []
    first = failing[0][0]
    extra = f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""
    message = xml_attr(xml_text(first.message + extra))
    children.append(f'<failure type="{xml_attr(first.code)}" message="{message}">'
                    f"{_text(failing)}</failure>")
    others = [item for item in listed if not item[1]]
    if others:
        children.append(f"<system-out>{_text(others)}</system-out>")
    return ">\n    " + "\n    ".join(children) + "\n  </testcase>"


def _rest(listed: Sequence[_Listed]) -> str:
    """Return `_body(listed)` (`listed` not empty); most claims with findings list one
    note or warning, written here."""
    if len(listed) == 1 and not listed[0][1]:
        return f">\n    <system-out>{listed[0][2]}\n</system-out>\n  </testcase>"
    return _body(listed)


def _case(classname: str, name: str, listed: Sequence[_Listed], loc: Location | None,
          files: dict[str, str]) -> str:
    """Return one ``<testcase>`` element, indented as a child of the suite.

    `classname` and `name` are escaped already (`_Escaped`); `files` maps a claim file
    (relative to the corpus) to its escaped ``file`` value.
    """
    attrs = f'classname="{classname}" name="{name}"'
    if loc is not None:
        attrs += f' file="{files[loc.file]}" line="{loc.line}"'
    return f"<testcase {attrs}{_body(listed)}"


class _Escaped(dict[str, str]):
    """Text → its escaped attribute value, computed once per text (class names)."""

    def __missing__(self, text: str) -> str:
        value = self[text] = _attr(text)
        return value


class _Files(dict[str, str]):
    """Claim file → its escaped ``file`` attribute, computed once per file."""

    def __init__(self, root: str) -> None:
        super().__init__()
        self.root = root

    def __missing__(self, file: str) -> str:
        value = _attr(repo_path(self.root, file)[0])
        self[file] = value
        return value


def write_suite(result: AuditResult, stream: TextIO) -> None:
    """Write the ``<testsuite>`` element of `result`, one test case at a time.

    Cases: one per claim (by source, then id), then one per finding that names no claim.
    The layout is that of ``ET.indent(suite, space="  ")`` then ``ET.tostring``: each case
    on its own line, children two deeper, an empty suite self-closed.  Only claims with
    findings get a list (few objects outlive a case: cheap for the garbage collector).
    The findings' lines are made a batch of cases at a time (`listed_all`, once per case
    that lists them), so no more than a batch of them is held at once.
    """
    claim_ids = claims_by_id(result)
    # claim id -> its finding, or its findings when it has more than one (most claims
    # with findings have one: a list each would be 400,000 lists at 1,000,000 claims)
    per_claim: dict[str, Finding | list[Finding]] = {}
    loose: list[Finding] = []
    listed_of = per_claim.get

    def add(cid: str, item: Finding) -> None:
        found = listed_of(cid)
        if found is None:
            per_claim[cid] = item
        elif isinstance(found, list):
            found.append(item)
        else:
            per_claim[cid] = [found, item]

    for item in sorted_findings(result.findings):
        claims_named = item.claims
        if len(claims_named) == 1:  # the usual case
            cid = claims_named[0]
            if cid not in claim_ids:
                loose.append(item)
                continue
            found = listed_of(cid)
            if found is None:
                per_claim[cid] = item
            else:
                add(cid, item)
            continue
        named = [cid for cid in dict.fromkeys(claims_named) if cid in claim_ids]
        for cid in named:
            add(cid, item)
        if not named:
            loose.append(item)
    claims = sorted_claims(result)  # by id (shared with the reports sorted so)
    claims.sort(key=attrgetter("source"))  # stable: by source, then id
    # A claim fails when a finding naming it fails; what follows the attributes of its
    # case is made as its batch is written (`_rest`), so no more than a batch of them is
    # held at once.
    failing_ids = [cid for cid, fs in per_claim.items()
                   if (any(map(_fails, fs)) if isinstance(fs, list) else _fails(fs))]
    if len(claim_ids) == len(claims):  # one claim per id
        failing = len(failing_ids)
    else:
        failing_set = set(failing_ids)
        failing = sum(1 for c in claims if c.id in failing_set)
    failures = failing + sum(map(_fails, loose))
    stream.write(f'<testsuite name="claimcheck" tests="{len(claims) + len(loose)}" '
                 f'failures="{failures}" errors="0" skipped="0"')
    if not claims and not loose:
        stream.write(" />")
        return
    stream.write(">")
    files = _Files(result.root)
    classes = _Escaped()
    # Corpus ids need no escaping: one search over all of them says so (it looks for
    # single characters, so the ids can be joined as they are, a chunk at a time; the
    # index holds each id).
    names = (_Escaped() if any(map(_NOT_PLAIN.search, joined_chunks(claim_ids)))
             else None)
    # The claims of one source stand together: the start of their cases up to the name
    # is made once per run of them.
    source: str | None = None
    start_tag = ""
    for start in range(0, len(claims), _BATCH):  # one write per batch of cases
        batch = []
        part = claims[start:start + _BATCH]
        of_part = [fs if fs is None or isinstance(fs, list) else [fs]
                   for fs in map(listed_of, map(_ID, part))]
        lines = iter(listed_all([f for fs in of_part if fs is not None for f in fs]))
        for c, fs in zip(part, of_part, strict=True):
            cid = c.id
            listed = None if fs is None else [next(lines) for _ in fs]
            loc = c.location
            name = cid if names is None else names[cid]
            if loc is None:
                batch.append("\n  " + _case(classes[c.source], name, listed or [], loc,
                                            files))
                continue
            # Every claim of a corpus has a location: `_case`, inlined.
            if c.source != source:
                source = c.source
                start_tag = f'\n  <testcase classname="{classes[source]}" name="'
            batch.append(f'{start_tag}{name}" file="{files[loc.file]}" line="{loc.line}"'
                         f'{" />" if listed is None else _rest(listed)}')
        stream.write("".join(batch))
    for entry in listed_all(loose):
        f = entry[0]
        stream.write("\n  " + _case(classes["claimcheck.findings"],
                                    _attr(f"{f.code} {f.rule} {f.fingerprint}"), [entry],
                                    f.location, files))
    stream.write("\n</testsuite>")


_BATCH = 1024
_ID = attrgetter("id")


class JunitReporter:
    """Render JUnit XML (UTF-8 declaration, two-space indent, trailing newline)."""

    name = "junit"

    def omitted(self, result: AuditResult) -> str:
        """Return "": every claim and finding is in the suite."""
        return ""

    def render(self, result: AuditResult, stream: TextIO) -> None:
        """Write the JUnit XML report of `result` to `stream`."""
        stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
        write_suite(result, stream)
        stream.write("\n")
