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
