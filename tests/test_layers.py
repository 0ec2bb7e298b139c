"""How the project's modules import each other.

The source keeps the owner's folders (extract/, db/, corpus/, patterns/); the installed
distribution holds them under the one name ``govfacts`` (extract/ as ``govfacts.extraction``).
A module that imports a folder by its bare name would load a second copy of it in a checkout
and fail once installed, so every import names ``govfacts.…`` or is relative.
"""
import ast

import pytest

from .conftest import ROOT

FOLDERS = ("extract", "db", "corpus", "patterns")
SOURCES = sorted(p for folder in FOLDERS + ("govfacts", "tests", "bench") for p in (ROOT / folder).rglob("*.py"))


def bare_imports(path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found += [f"line {node.lineno}: {n}" for n in names if n.split(".")[0] in FOLDERS]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_a_folder_by_its_bare_name(path):
    assert not bare_imports(path), "import govfacts.extraction / govfacts.db / govfacts.corpus / govfacts.patterns instead"


# ------------------------------------------------------------------ the import graph

PACKAGES = {"extract": "govfacts.extraction", "db": "govfacts.db", "corpus": "govfacts.corpus",
            "patterns": "govfacts.patterns", "govfacts": "govfacts"}
def project_modules() -> dict[str, "Path"]:
    """Every module of the installed package by its dotted name (the folders as setup.cfg maps them)."""
    out = {}
    for folder, package in PACKAGES.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join([package, *parts])] = path
    return out


MODULES = project_modules()


def _owner(name: str) -> str | None:
    """The project module a dotted name lies in (a module, or a name inside one)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) for every import of ``module`` into the
    project, at the top or inside a function, relative or absolute."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(owner, None, node.lineno) for a in node.names if (owner := _owner(a.name))]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(up + ([node.module] if node.module else []))
            for a in node.names:
                if f"{base}.{a.name}" in MODULES:
                    found.append((f"{base}.{a.name}", None, node.lineno))
                elif owner := _owner(base):
                    found.append((owner, a.name, node.lineno))
    return [(m, n, line) for m, n, line in found if m != module]


def import_graph(skip: frozenset = frozenset()) -> dict[str, set[str]]:
    return {m: {t for t, _n, _l in imports_of(m) if t not in skip} for m in MODULES if m not in skip}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_walk_sees_imports_inside_functions():
    assert "govfacts.db.store" in {t for t, _n, _l in imports_of("govfacts.extraction.ingest")}
    assert "govfacts.extraction.dask_engine" in import_graph()["govfacts.extraction.ingest"]  # inside ingest()


def test_circles_are_found():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    found = circles(graph)
    described = ["; ".join(f"{a} → {b}" for a in group for b in sorted(graph[a]) if b in group) for group in found]
    assert not found, "import circles:\n" + "\n".join(described)


def test_no_module_imports_a_private_name_of_another():
    crossing = [f"{m} line {line}: {name} from {t}" for m in MODULES
                for t, name, line in imports_of(m) if name and name.startswith("_") and not name.startswith("__")]
    assert not crossing, "private names imported across modules:\n" + "\n".join(crossing)


# ------------------------------------------------------------------ layers point one way

# Each module's layer, lowest first: a module imports its own layer or lower ones, never a
# higher one (docs/architecture.md draws them).  The first pattern a module matches decides.
LAYERS = [
    ("core", ["govfacts.extraction.model", "govfacts.extraction.text", "govfacts.extraction.places",
              "govfacts.extraction.article", "govfacts.extraction.registry", "govfacts.extraction.fact_kinds",
              "govfacts.extraction.grammar", "govfacts.extraction.rule_starts", "govfacts.extraction.rule_prefix",
              "govfacts.extraction.doc_from_offsets", "govfacts.extraction.terminal", "govfacts.patterns",
              "govfacts.corpus.limits"]),
    ("stages", ["govfacts.extraction.tokenizer", "govfacts.extraction.place_names", "govfacts.extraction.date*", "govfacts.extraction.document_refs",
                "govfacts.extraction.citation_*",
                "govfacts.extraction.relations", "govfacts.extraction.official*", "govfacts.extraction.linking",
                "govfacts.extraction.score*", "govfacts.extraction.meeting*"]),
    ("readers", ["govfacts.corpus.readers", "govfacts.corpus.read_errors", "govfacts.corpus.decoding",
                 "govfacts.corpus.article_text", "govfacts.corpus.html_reader", "govfacts.corpus.jsonl_reader"]),
    ("pipeline", ["govfacts.extraction.pipeline", "govfacts.extraction.spacy_doc", "govfacts.extraction.render"]),
    ("store", ["govfacts.db", "govfacts.db.*"]),
    ("engines and front ends", ["govfacts.extraction.batch", "govfacts.extraction.intake", "govfacts.extraction.workers", "govfacts.extraction.ingest",
                                "govfacts.extraction.dask_engine", "govfacts.extraction.cli*", "govfacts.extraction",
                                "govfacts.db.datasette.*", "govfacts.corpus.evaluate", "govfacts.corpus", "govfacts",
                                "govfacts.store"]),
]


def layer_of(module: str) -> int:
    from fnmatch import fnmatchcase

    # the front ends' patterns first: "govfacts.db.datasette.*" must win over "govfacts.db.*"
    for rank in sorted(range(len(LAYERS)), key=lambda r: -r):
        if any(fnmatchcase(module, p) for p in LAYERS[rank][1]):
            return rank
    raise AssertionError(f"{module} is in no layer of tests/test_layers.py LAYERS: add it to one")


def test_every_module_has_a_layer():
    for module in MODULES:
        layer_of(module)


def test_layers_point_one_way():
    upward = [f"{m} ({LAYERS[layer_of(m)][0]}) line {line} imports {t} ({LAYERS[layer_of(t)][0]})"
              for m in MODULES for t, _n, line in imports_of(m) if layer_of(t) > layer_of(m)]
    assert not upward, "imports pointing up the layers:\n" + "\n".join(upward)


def test_a_front_end_inside_a_lower_folder_is_a_front_end():
    assert layer_of("govfacts.db.datasette.plugins.govfacts_pages") > layer_of("govfacts.db.store")
    assert layer_of("govfacts.extraction.cli") > layer_of("govfacts.db.store") > layer_of("govfacts.extraction.pipeline")
    assert layer_of("govfacts.corpus.readers") > layer_of("govfacts.extraction.date_grammar")
    assert layer_of("govfacts.extraction.text") == 0


# --- sizes (issue 14): no module over 500 lines, no function over 80 -----------------------

MAX_MODULE_LINES, MAX_FUNCTION_LINES = 500, 80


def too_long(source: str) -> list[tuple[str, int]]:
    """The functions of ``source`` longer than the bar, with their lengths."""
    tree = ast.parse(source)
    return [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]


def test_a_long_function_is_seen():
    body = "\n".join(f"    x{i} = {i}" for i in range(90))
    assert too_long(f"def f():\n{body}\n") == [("f", 91)]


@pytest.mark.parametrize("name", sorted(MODULES), ids=str)
def test_modules_and_functions_stay_small(name):
    source = MODULES[name].read_text(encoding="utf-8")
    lines = source.count("\n")
    assert lines <= MAX_MODULE_LINES, f"{MODULES[name]}: {lines} lines (split it by what it holds)"
    assert not too_long(source), f"{MODULES[name]}: functions over {MAX_FUNCTION_LINES} lines: {too_long(source)}"
