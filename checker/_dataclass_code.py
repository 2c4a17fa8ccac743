"""The methods `dataclasses` writes for a run's dataclasses, compiled ahead of time (layer 0:
stdlib only).

Creating a dataclass, `dataclasses` writes the source of each method it adds (`__init__`,
`__repr__`, `__eq__`, `__hash__`, the frozen `__setattr__` and `__delattr__`, the
orderings) and compiles each with `exec` (`dataclasses._create_fn`).  The checker's own
records skip that (`checker._frozen`), but a run also imports some two hundred methods of
other dataclasses: those of pydantic's model layer (`pydantic.types`,
`pydantic._internal._decorators`, `pydantic._internal._generate_schema`), of
`annotated_types`, and of the models' and relations' classes (about 18 ms of CPU of the
bundled corpus's run, compiling the same texts on every start).

`install()` (the command line's entry calls it first, `checker.__main__.run`) makes
`dataclasses._create_fn` take the code of a method's text from ``checker/_dataclass_code_data.py``
(written by ``python -m checker._dataclass_code``): the code object ``compile`` makes of exactly
that text, kept with `marshal` and used only by the Python that wrote it (the same
`importlib.util.MAGIC_NUMBER`, so the same bytecode and `marshal` format) with the same
optimisation level.  ``exec`` of that code is what ``exec`` of the text does (it compiles
the text, then runs the code: the same globals, the same namespace); a text not kept goes
to `dataclasses`' own function.  So a stale module can only make start-up slower, never a
method different (`tests/test_dataclass_code.py`: every kept code is what the text compiles
to, a bundled run finds every text it writes, and classes made through it are the ones
`dataclasses` makes).  On a Python other than 3.11, whose `_create_fn` this writes the
text of, `install` does nothing.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
from binascii import a2b_base64, b2a_base64
from collections.abc import Callable, Iterable
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "_dataclass_code_data.py"
"""The generated module (`write_data` writes it)."""

_SAME_AS = (3, 11)
"""The Python whose `dataclasses._create_fn` `_create_fn` writes the text of."""

SEEN: dict[str, None] = {}
"""Every text `_create_fn` was asked for since `install`, in order (the generator's
list of what to keep)."""

_original: Callable[..., Any] | None = None
_kept: dict[str, str] = {}


def install() -> bool:
    """Make `dataclasses` take the methods it writes from the kept code; return whether it
    does (not on another Python, nor twice)."""
    global _original, _kept
    if _original is not None or sys.version_info[:2] != _SAME_AS:
        return False
    dc: Any = dataclasses
    _kept = _current()
    _original = dc._create_fn
    dc._create_fn = _create_fn
    return True


def uninstall() -> None:
    """Give `dataclasses` its own `_create_fn` back (for the tests and the generator)."""
    global _original
    if _original is not None:
        dc: Any = dataclasses
        dc._create_fn = _original
        _original = None


def _current() -> dict[str, str]:
    """Return the kept code, text → its base64 `marshal` form, if made by this Python."""
    try:
        from checker import _dataclass_code_data as data  # noqa: PLC0415
    except Exception:  # pragma: no cover - no generated module, or a broken one
        return {}
    if data.MAGIC != MAGIC_NUMBER.hex() or data.OPTIMIZE != sys.flags.optimize:
        return {}
    kept: dict[str, str] = data.CODE
    return kept


def _create_fn(name: str, args: list[str], body: list[str], *, globals: Any = None,  # noqa: A002
               locals: dict[str, Any] | None = None,  # noqa: A002
               return_type: Any = dataclasses.MISSING) -> Any:
    """`dataclasses._create_fn` (Python 3.11), with the code of its text taken from the
    kept module when it holds it."""
    text = source(name, args, body, locals, return_type)
    SEEN[text] = None
    form = _kept.get(text)
    if form is None:
        assert _original is not None
        return _original(name, args, body, globals=globals, locals=locals,
                         return_type=return_type)
    if locals is None:
        locals = {}  # noqa: A001
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
    ns: dict[str, Any] = {}
    exec(marshal.loads(a2b_base64(form)), globals, ns)  # noqa: S102 - `text`, compiled
    return ns["__create_fn__"](**locals)


def source(name: str, args: Iterable[str], body: Iterable[str],
           locals: dict[str, Any] | None,  # noqa: A002
           return_type: Any = dataclasses.MISSING) -> str:
    """Return the text `dataclasses._create_fn` (3.11) compiles for these arguments."""
    names = list(locals or ())
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        if "_return_type" not in names:
            names.append("_return_type")
        return_annotation = "->_return_type"
    lines = "\n".join(f"  {b}" for b in body)
    inner = f" def {name}({','.join(args)}){return_annotation}:\n{lines}"
    return f"def __create_fn__({', '.join(names)}):\n{inner}\n return {name}"


def compiled(text: str) -> Any:
    """Return the code ``exec(text)`` runs (in `dataclasses`, which has no future
    imports: no flags inherited)."""
    return compile(text, "<string>", "exec", dont_inherit=True)  # noqa: S102


# -- generating the kept module ----------------------------------------------------------

DEPENDENCIES = ("pydantic", "pydantic-core", "annotated-types", "typing-extensions",
                "PyYAML", "Jinja2", "MarkupSafe", "rich", "orjson")
"""The distributions whose code writes dataclasses or regular expressions in a bundled
run: what a kept module holds of other modules' texts depends on their versions."""


def versions() -> dict[str, str | None]:
    """Return the installed version of each of `DEPENDENCIES` (None: not installed), as
    the kept modules record them (`VERSIONS`): their tests that compare a bundled run
    with what is kept skip under other versions, where a text not kept is only compiled."""
    from importlib import metadata  # noqa: PLC0415 - (for the generators and tests alone)

    out: dict[str, str | None] = {}
    for name in DEPENDENCIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def data_text(texts: Iterable[str]) -> str:
    """Return the text of ``_dataclass_code_data.py`` keeping the code of `texts`."""
    lines = [
        '"""The code of the methods `dataclasses` writes in a run, compiled ahead of time',
        "(generated).",
        "",
        "Written by ``python -m checker._dataclass_code``; `checker._dataclass_code` uses a code",
        "only for exactly the text it is keyed by, on the Python that compiled it.",
        "Never edit this file.",
        '"""',
        "",
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "",
        f"MAGIC = {MAGIC_NUMBER.hex()!r}",
        f"OPTIMIZE = {sys.flags.optimize!r}",
        f"VERSIONS = {versions()!r}",
        "CODE = {",
    ]
    for text in sorted(set(texts)):
        form = b2a_base64(marshal.dumps(compiled(text)), newline=False).decode("ascii")
        lines.append(f"    {text!r}:\n        {form!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


_BUNDLED_RUN = """
import sys
{before}
import json, tempfile
from checker.cli import main
with tempfile.TemporaryDirectory() as out:
    main(["audit", "claims", "--out", out, "--sarif", out + "/audit.sarif", "--junit",
          out + "/junit.xml", "--markdown", out + "/summary.md", "--claimreview",
          out + "/claimreview.json", "--quiet"])
sys.stdout = sys.__stdout__
print("\\n" + json.dumps({after}))
"""


def bundled_run(before: str, after: str) -> Any:
    """Run the bundled corpus's audit with every output in a new process, from the
    repository's folder: the statements `before` first (the imports after them are the
    run's), then the audit; return the value of the expression `after`, as JSON makes it.

    (For the generators of the kept modules and their tests: what a run asks of them.)
    """
    import json  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    repo = Path(__file__).resolve().parent.parent
    code = _BUNDLED_RUN.format(before=before, after=after)
    proc = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True,
                          text=True, timeout=300, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"the bundled run failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bundled_texts() -> list[str]:
    """Return the texts a run of the bundled corpus with every output writes."""
    texts: list[str] = bundled_run(
        "from checker import _dataclass_code\n"
        "_dataclass_code.install()  # (first, as `checker.__main__.run` has it)\n"
        "_dataclass_code._kept.clear()", "list(_dataclass_code.SEEN)")
    return texts


def write_data(path: Path = DATA) -> Path:
    """Write the kept module for the texts of a bundled run to `path`; return it."""
    path.write_text(data_text(bundled_texts()), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.stdout.write(f"wrote {write_data()}\n")
