"""The HTML report's templates translated into plain Python (layer 4: output).

A run renders the page with the code this module writes, from jinja2's parse of the
templates, into ``checker/reporters/_compiled/html_page.py``
(``python -m checker.reporters._templates`` writes it with the precompiled templates):
one function per template and per macro, appending text to one list, each value printed
through `checker.reporters._htmlout.out` (``escape(finalize(value))``, as the report's
jinja2 environment prints it).  The run then imports neither jinja2 nor its runtime
(environment, context, loop and macro objects), and the page is the same text: the
module is used only while it was generated from the current text of every template
(`is_current`), and ``tests/test_htmlcode.py`` checks that the module is what this
generator writes and that its pages equal jinja2's, on the test results and on random
view models.

Only the part of the template language the report's templates use is translated
(output, ``if``/``elif``/``else``, ``for`` with ``else`` and ``loop.first``/``loop.last``/
``loop.index``/``loop.length``, ``set``, macros with constant defaults, ``from … import``,
``include``, attributes, subscripts and slices, comparisons, ``and``/``or``/``not``,
``+``, conditional expressions and the filters ``length``, ``join``, ``capitalize`` and
``safe``); anything else stops the generator with `UnsupportedTemplate`, so a template
never renders differently through this code: a new construct needs its translation here
first.  A macro's result is printed only where it is called (``{{ link(l) }}``), as
jinja2 prints the markup a macro returns.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""Package data: ``report.html.j2``, its ``_*.html.j2`` partials and ``report.css``."""
MODULE = Path(__file__).resolve().parent / "_compiled" / "html_page.py"
"""The generated module (`generate` writes its text)."""
ROOT = "report.html.j2"


class UnsupportedTemplate(Exception):
    """A template uses a construct this generator does not translate."""


def template_sources(folder: Path | None = None) -> dict[str, str]:
    """Return the text of every template in `folder` (default `TEMPLATES`) by name,
    sorted by name."""
    paths = sorted((TEMPLATES if folder is None else folder).glob("*.j2"))
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def digests(sources: dict[str, str]) -> dict[str, str]:
    """Return the sha256 of each template text of `sources`."""
    return {name: hashlib.sha256(text.encode("utf-8")).hexdigest()
            for name, text in sources.items()}


def is_current(recorded: dict[str, str], folder: Path | None = None) -> bool:
    """Return whether `recorded` (a generated module's ``SOURCES``) matches the templates."""
    return recorded == digests(template_sources(folder))


_OPS = {"eq": "==", "ne": "!=", "gt": ">", "lt": "<", "gteq": ">=", "lteq": "<=",
        "in": "in", "notin": "not in"}
_FILTERS = {"length": "_length", "join": "_join", "capitalize": "_capitalize",
            "safe": "_safe"}
_LOOP = {"first": "({i} == 0)", "last": "({i} == {n} - 1)", "index": "({i} + 1)",
         "index0": "{i}", "length": "{n}"}


def _ident(template: str) -> str:
    return re.sub(r"\W", "_", template.removesuffix(".html.j2").lstrip("_"))


class _Loop:
    """The names of a loop's position and length in the generated code."""

    __slots__ = ("index", "length")

    def __init__(self, index: str, length: str) -> None:
        self.index = index
        self.length = length


class _Scope:
    """Template names → Python names; `loop` for a loop's body that uses ``loop``."""

    __slots__ = ("names", "loop")

    def __init__(self, names: dict[str, str], loop: _Loop | None = None) -> None:
        self.names = names
        self.loop = loop


class _Writer:
    """The code of one function being generated."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 1
        self.counter = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def fresh(self, name: str) -> str:
        self.counter += 1
        return f"{name}_{self.counter}"


def _literal(text: str) -> str:
    """Return `text` as a Python string literal (one line)."""
    return repr(text)


class _Generator:
    """Translate the templates of `sources` (parsed by `env`) into one module's text."""

    def __init__(self, env: Any, sources: dict[str, str]) -> None:
        import jinja2.nodes  # noqa: PLC0415 - the generator's own dependency

        self.nodes = jinja2.nodes
        self.env = env
        self.sources = sources
        self.trees = {name: env.parse(text, name, name) for name, text in sources.items()}
        self.functions: list[str] = []
        self.macros: dict[str, dict[str, str]] = {}  # template -> macro name -> function
        self.done: set[str] = set()

    # -- templates and macros --------------------------------------------------------
    def template(self, name: str) -> str:
        """Generate the function of template `name` (once); return its name."""
        fn = f"t_{_ident(name)}"
        if name in self.done:
            return fn
        if name not in self.trees:
            raise UnsupportedTemplate(f"no template {name!r}")
        self.done.add(name)
        tree = self.trees[name]
        macros = self.macros.setdefault(name, {})
        top = [n for n in tree.body if isinstance(n, self.nodes.Macro)]
        for m in top:
            macros[m.name] = f"m_{_ident(name)}_{m.name}"
        for m in top:
            self.macro(name, m, dict(macros))
        scope = _Scope({"page": "page", **macros})
        w = _Writer()
        self.body(w, name, [n for n in tree.body if not isinstance(n, self.nodes.Macro)],
                  [scope])
        self.functions.append("\n".join([f"def {fn}(page, w):", *(w.lines or ["    pass"])]))
        return fn

    def macro(self, template: str, node: Any, names: dict[str, str]) -> None:
        """Generate the function of macro `node` of `template`."""
        nodes = self.nodes
        if getattr(node, "caller", None) or _uses(node, nodes, ("caller", "varargs",
                                                                  "kwargs")):
            raise UnsupportedTemplate(f"{template}: macro {node.name} uses caller/varargs")
        params = [a.name for a in node.args]
        defaults = node.defaults
        if not all(isinstance(d, nodes.Const) for d in defaults):
            raise UnsupportedTemplate(f"{template}: macro {node.name}: a default not constant")
        args = []
        first_default = len(params) - len(defaults)
        local = {}
        for i, p in enumerate(params):
            py = f"a_{p}"
            local[p] = py
            args.append(py if i < first_default
                        else f"{py}={_literal(defaults[i - first_default].value)}")
        w = _Writer()
        w.line("_b = []")
        w.line("w = _b.append")
        scope = _Scope({**names, **local})
        self.body(w, template, node.body, [scope])
        w.line("return ''.join(_b)")
        fn = names[node.name]
        self.functions.append("\n".join([f"def {fn}({', '.join(args)}):", *w.lines]))

    # -- statements -------------------------------------------------------------------
    def body(self, w: _Writer, template: str, nodes_: list[Any], scopes: list[_Scope]) -> None:
        for node in nodes_:
            self.statement(w, template, node, scopes)

    def statement(self, w: _Writer, template: str, node: Any, scopes: list[_Scope]) -> None:
        n = self.nodes
        if isinstance(node, n.Output):
            self.output(w, node, scopes)
        elif isinstance(node, n.If):
            self.if_(w, template, node, scopes)
        elif isinstance(node, n.For):
            self.for_(w, template, node, scopes)
        elif isinstance(node, n.Assign):
            if not isinstance(node.target, n.Name):
                raise UnsupportedTemplate(f"{template}: set of several names")
            value = self.expr(node.node, scopes)
            py = w.fresh(f"v_{node.target.name}")
            w.line(f"{py} = {value}")
            scopes[-1].names[node.target.name] = py
        elif isinstance(node, n.FromImport):
            other = self.const_template(node.template, template)
            self.template(other)
            for item in node.names:
                name, alias = item if isinstance(item, tuple) else (item, item)
                if name not in self.macros[other]:
                    raise UnsupportedTemplate(f"{template}: {other} has no macro {name}")
                scopes[-1].names[alias] = self.macros[other][name]
        elif isinstance(node, n.Include):
            if node.ignore_missing or not node.with_context:
                raise UnsupportedTemplate(f"{template}: include without context")
            fn = self.template(self.const_template(node.template, template))
            w.line(f"{fn}({self.name('page', scopes)}, w)")
        else:
            raise UnsupportedTemplate(f"{template}: {type(node).__name__} not translated")

    def const_template(self, node: Any, template: str) -> str:
        if not isinstance(node, self.nodes.Const) or not isinstance(node.value, str):
            raise UnsupportedTemplate(f"{template}: a template named by an expression")
        return str(node.value)

    def output(self, w: _Writer, node: Any, scopes: list[_Scope]) -> None:
        n = self.nodes
        parts: list[tuple[bool, str]] = []  # (is text, the text or an expression of str)
        for child in node.nodes:
            if isinstance(child, n.TemplateData):
                if parts and parts[-1][0]:
                    parts[-1] = (True, parts[-1][1] + child.data)
                elif child.data:
                    parts.append((True, child.data))
            elif isinstance(child, n.Call):
                parts.append((False, self.call(child, scopes)))  # a macro's markup, as it is
            elif isinstance(child, n.CondExpr) and child.expr2 is None:
                # Without an else, jinja2 prints its `Undefined` when the test fails: ''
                parts.append((False, f"(_out({self.expr(child.expr1, scopes)}) if "
                                     f"{self.expr(child.test, scopes)} else '')"))
            else:
                parts.append((False, f"_out({self.expr(child, scopes)})"))
        for is_text, part in parts:
            w.line(f"w({_literal(part) if is_text else part})")

    def if_(self, w: _Writer, template: str, node: Any, scopes: list[_Scope]) -> None:
        w.line(f"if {self.expr(node.test, scopes)}:")
        self.block(w, template, node.body, scopes)
        for elif_ in node.elif_:
            w.line(f"elif {self.expr(elif_.test, scopes)}:")
            self.block(w, template, elif_.body, scopes)
        if node.else_:
            w.line("else:")
            self.block(w, template, node.else_, scopes)

    def block(self, w: _Writer, template: str, nodes_: list[Any], scopes: list[_Scope],
              scope: _Scope | None = None) -> None:
        w.depth += 1
        start = len(w.lines)
        # A jinja2 block of an `if` shares its enclosing scope; a loop body has its own.
        self.body(w, template, nodes_, [*scopes, scope] if scope is not None else scopes)
        if len(w.lines) == start:
            w.line("pass")
        w.depth -= 1

    def for_(self, w: _Writer, template: str, node: Any, scopes: list[_Scope]) -> None:
        n = self.nodes
        if node.recursive or node.test is not None:
            raise UnsupportedTemplate(f"{template}: recursive or filtered loop")
        iterable = self.expr(node.iter, scopes)
        targets = ([node.target] if isinstance(node.target, n.Name)
                   else list(node.target.items) if isinstance(node.target, n.Tuple) else None)
        if not targets or not all(isinstance(t, n.Name) for t in targets):
            raise UnsupportedTemplate(f"{template}: loop target not names")
        names = {t.name: w.fresh(f"v_{t.name}") for t in targets}
        target = ", ".join(names.values()) + ("," if len(targets) > 1 else "")
        if isinstance(node.target, n.Tuple) and len(targets) == 1:
            target = f"{names[targets[0].name]},"
        loop = _Loop(w.fresh("_i"), w.fresh("_n"))
        uses_loop = _uses_loop(node.body, n)
        empty = w.fresh("_empty") if node.else_ else None
        if uses_loop:
            seq = w.fresh("_seq")
            w.line(f"{seq} = _sequence({iterable})")
            w.line(f"{loop.length} = len({seq})")
            head = f"for {loop.index}, ({target}) in enumerate({seq}):"
        else:
            head = f"for {target} in {iterable}:"
        if empty:
            w.line(f"{empty} = True")
        w.line(head)
        if empty:
            w.depth += 1
            w.line(f"{empty} = False")
            w.depth -= 1
        self.block(w, template, node.body, scopes, _Scope(names, loop if uses_loop else None))
        if empty:
            w.line(f"if {empty}:")
            self.block(w, template, node.else_, scopes, _Scope({}))

    # -- expressions ------------------------------------------------------------------
    def name(self, name: str, scopes: list[_Scope]) -> str:
        for scope in reversed(scopes):
            if name in scope.names:
                return scope.names[name]
        raise UnsupportedTemplate(f"the name {name!r} is not defined where it is used")

    def call(self, node: Any, scopes: list[_Scope]) -> str:
        n = self.nodes
        if (not isinstance(node.node, n.Name) or node.kwargs or node.dyn_args
                or node.dyn_kwargs):
            raise UnsupportedTemplate("only macros are called, with positional arguments")
        fn = self.name(node.node.name, scopes)
        if not fn.startswith("m_"):
            raise UnsupportedTemplate(f"{node.node.name} is not a macro")
        return f"{fn}({', '.join(self.expr(a, scopes) for a in node.args)})"

    def expr(self, node: Any, scopes: list[_Scope]) -> str:
        n = self.nodes
        if isinstance(node, n.Name):
            if node.name == "loop":
                raise UnsupportedTemplate("`loop` used other than as loop.first/last/...")
            py = self.name(node.name, scopes)
            if py.startswith("m_"):
                raise UnsupportedTemplate(f"the macro {node.name} used as a value")
            return py
        if isinstance(node, n.Const):
            if not isinstance(node.value, (str, int, float, bool, type(None))):
                raise UnsupportedTemplate(f"constant {node.value!r}")
            return _literal(node.value) if isinstance(node.value, str) else repr(node.value)
        if isinstance(node, n.Getattr):
            if isinstance(node.node, n.Name) and node.node.name == "loop":
                return self.loop_attr(node.attr, scopes)
            if not node.attr.isidentifier() or node.attr.startswith("_"):
                raise UnsupportedTemplate(f"attribute {node.attr!r}")
            return f"{self.expr(node.node, scopes)}.{node.attr}"
        if isinstance(node, n.Getitem):
            if isinstance(node.arg, n.Slice):
                s = node.arg
                parts = [self.expr(x, scopes) if x is not None else ""
                         for x in (s.start, s.stop)]
                step = f":{self.expr(s.step, scopes)}" if s.step is not None else ""
                return f"{self.expr(node.node, scopes)}[{parts[0]}:{parts[1]}{step}]"
            if not (isinstance(node.arg, n.Const) and type(node.arg.value) is int):
                raise UnsupportedTemplate("only constant integer subscripts")
            return f"{self.expr(node.node, scopes)}[{node.arg.value!r}]"
        if isinstance(node, n.Not):
            return f"(not {self.expr(node.node, scopes)})"
        if isinstance(node, n.And):
            return f"({self.expr(node.left, scopes)} and {self.expr(node.right, scopes)})"
        if isinstance(node, n.Or):
            return f"({self.expr(node.left, scopes)} or {self.expr(node.right, scopes)})"
        if isinstance(node, n.Add):
            return f"({self.expr(node.left, scopes)} + {self.expr(node.right, scopes)})"
        if isinstance(node, n.Compare):
            text = self.expr(node.expr, scopes)
            for op in node.ops:
                if op.op not in _OPS:
                    raise UnsupportedTemplate(f"comparison {op.op}")
                text += f" {_OPS[op.op]} {self.expr(op.expr, scopes)}"
            return f"({text})"
        if isinstance(node, n.CondExpr):
            if node.expr2 is None:
                raise UnsupportedTemplate("a conditional expression without else")
            return (f"({self.expr(node.expr1, scopes)} if {self.expr(node.test, scopes)} "
                    f"else {self.expr(node.expr2, scopes)})")
        if isinstance(node, n.Filter):
            if (node.name not in _FILTERS or node.kwargs or node.dyn_args
                    or node.dyn_kwargs or node.node is None):
                raise UnsupportedTemplate(f"filter {node.name}")
            args = [self.expr(node.node, scopes), *(self.expr(a, scopes) for a in node.args)]
            return f"{_FILTERS[node.name]}({', '.join(args)})"
        if isinstance(node, n.Call):
            raise UnsupportedTemplate("a macro's result used inside an expression")
        raise UnsupportedTemplate(f"expression {type(node).__name__} not translated")

    def loop_attr(self, attr: str, scopes: list[_Scope]) -> str:
        for scope in reversed(scopes):
            if scope.loop is not None:
                if attr not in _LOOP:
                    raise UnsupportedTemplate(f"loop.{attr}")
                return _LOOP[attr].format(i=scope.loop.index, n=scope.loop.length)
        raise UnsupportedTemplate("`loop` outside a loop")

    # -- the module ----------------------------------------------------------------
    def module(self) -> str:
        self.template(ROOT)
        unused = sorted(set(self.trees) - self.done)
        if unused:
            raise UnsupportedTemplate(f"templates neither included nor imported: {unused}")
        sources = digests(self.sources)
        head = [
            '"""The HTML report\'s templates as plain Python (layer 4: output; generated).',
            "",
            "Written by ``python -m checker.reporters._templates``",
            "(`checker.reporters._htmlcode`) from the templates of ``checker/templates``;",
            "used while ``SOURCES`` matches them.  Never edit this file: change the",
            "template and regenerate it.",
            '"""',
            "",
            "from checker.reporters._htmlout import capitalize as _capitalize",
            "from checker.reporters._htmlout import join as _join",
            "from checker.reporters._htmlout import length as _length",
            "from checker.reporters._htmlout import out as _out",
            "from checker.reporters._htmlout import safe as _safe",
            "",
            "SOURCES = {",
            *(f"    {name!r}: {digest!r}," for name, digest in sources.items()),
            "}",
            "",
            "",
            "def _sequence(items):",
            "    return items if type(items) in (tuple, list) else list(items)",
            "",
            "",
            "def render(page):",
            '    """Return the HTML of the view model `page`."""',
            "    parts = []",
            f"    {self.template(ROOT)}(page, parts.append)",
            "    return ''.join(parts)",
        ]
        return "\n".join([*head, *("\n\n" + f for f in self.functions)]) + "\n"


def _uses(node: Any, nodes: Any, names: tuple[str, ...]) -> bool:
    return any(x.name in names for x in node.find_all(nodes.Name))


def _uses_loop(body: list[Any], nodes: Any) -> bool:
    """Return whether `body` (a loop's) names ``loop`` outside any inner loop."""
    for node in body:
        if isinstance(node, nodes.For):
            if _uses_loop([node.iter], nodes) or _uses_loop(node.else_, nodes):
                return True
            continue
        if isinstance(node, nodes.Name) and node.name == "loop":
            return True
        if _uses_loop(list(node.iter_child_nodes()), nodes):
            return True
    return False


def generate(env: Any, folder: Path | None = None) -> str:
    """Return the text of the generated module for the templates of `folder` (default
    `TEMPLATES`), parsed by the jinja2 environment `env` (the report's:
    `_templates.make_environment`)."""
    return _Generator(env, template_sources(folder)).module()
