"""The shape of the code: the library never imports the interface, small imports stay
small, no two modules import each other (even for type checking), no file grows past
what one reader holds in mind."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MOST_LINES = 400


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys; {code}; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return {name.split(".")[0] for name in done.stdout.split()}


def test_the_library_never_imports_textual() -> None:
    loaded = _loaded_after("import search, search.index, search.entities, search.cleaning; from search import Index; "
                           "Index.search; import search.index.store, search.index.snapshot")
    assert "textual" not in loaded


@pytest.mark.parametrize("module", ["search.text", "search.query", "search.dates", "search.question"])
def test_small_imports_stay_small(module: str) -> None:
    loaded = _loaded_after(f"import {module}")
    assert not {"whoosh", "textual", "rich"} & loaded, f"{module} loads {sorted({'whoosh', 'textual', 'rich'} & loaded)}"


def test_the_package_face_loads_names_on_first_use() -> None:
    loaded = _loaded_after("import search; search.Question; search.DateRange")
    assert "whoosh" not in loaded
    assert "whoosh" in _loaded_after("import search; search.Index")


def _imports(path: Path, package: str) -> set[str]:
    """Modules of ours that `path` imports, TYPE_CHECKING blocks and function bodies included."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    if module.endswith(".__init__"):
        module = module[: -len(".__init__")]
        here = module
    else:
        here = module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [target] + [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name for name in names if name.split(".")[0] in ("search", "tui")
                     and (ROOT / Path(*name.split("."))).with_suffix(".py").exists()
                     or (ROOT / Path(*name.split(".")) / "__init__.py").exists() and name.split(".")[0] in ("search", "tui"))
    found.discard(module)
    return found


def _modules() -> dict[str, set[str]]:
    graph = {}
    for package in ("search", "tui"):
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            graph[name] = _imports(path, package)
    return graph


def test_no_two_modules_import_each_other() -> None:
    graph = _modules()
    assert "tui.app" in graph and "tui.screens.reader" in graph["tui.app"]  # the graph is read at all
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            if target.startswith(f"{name}."):  # a package's face naming its own modules lazily
                continue
            if state.get(target) == 1:
                cycles.append(path[path.index(target):] + [target] if target in path else [name, target])
            elif target not in state:
                visit(target, path + [target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in cycles)


def test_no_source_file_is_too_long() -> None:
    long = {str(path.relative_to(ROOT)): n for package in ("search", "tui") for path in (ROOT / package).rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES}
    assert not long, f"over {MOST_LINES} lines: {long}"


def test_the_interface_holds_no_whoosh() -> None:
    uses = [str(path.relative_to(ROOT)) for path in (ROOT / "tui").rglob("*.py")
            if "whoosh" in path.read_text(encoding="utf-8")]
    assert not uses
