"""Third-party articles stay in ../shared: the project holds only what it writes about them.

A pasted sentence shares a long run of words with its source; the genre's fixed names
(an index's full name, "Ủy ban Mặt trận Tổ quốc Việt Nam") are lexicon entries in
patterns/ and are allowed.
"""
import re
from pathlib import Path

import yaml

from .conftest import DEV, ROOT, needs_shared

RUN = 12  # words; a fixed institution name is shorter unless it is a lexicon entry
# Not searched: tooling, the gold (facts about the articles), the owner's seed articles.
SKIP_DIRS = {".git", ".venv", "gold", "gold-second", "eval", "seeds", "__pycache__", "node_modules"}
SUFFIXES = {".py", ".yaml", ".yml", ".md", ".txt", ".json", ".cfg", ".html", ".jsonl"}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(text: str) -> set[str]:
    w = words(text)
    return {" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def lexicon_strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in lexicon_strings(k) + lexicon_strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in lexicon_strings(v)]
    return []


def project_files():
    for path in ROOT.rglob("*"):
        rel = path.relative_to(ROOT)
        if path.is_file() and path.suffix in SUFFIXES and not SKIP_DIRS & set(rel.parts[:-1]):
            yield path


@needs_shared
def test_no_dev_article_text_in_the_project():
    dev = set()
    for f in DEV.glob("*.txt"):
        dev |= runs(f.read_text(encoding="utf-8"))
    allowed = set()
    for f in (ROOT / "patterns").glob("*.yaml"):
        for s in lexicon_strings(yaml.safe_load(f.read_text(encoding="utf-8"))):
            allowed |= runs(s)
    found = {}
    for path in project_files():
        shared = runs(path.read_text(encoding="utf-8", errors="ignore")) & dev - allowed
        if shared:
            found[str(path.relative_to(ROOT))] = sorted(shared)[0]
    assert not found, "text copied from ../shared/corpus/dev: " + "; ".join(f"{k}: '{v}'" for k, v in found.items())
