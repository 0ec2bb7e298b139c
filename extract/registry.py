"""Extractors by name, spaCy-style: the pipeline is a list of names, each a small module.

An extractor is a callable taking a :class:`~extract.article.TokenizedArticle` and
appending facts (and warnings) to it; it reads the facts of the extractors before it.
Adding one is a module with ``@register("name")`` and a line in :data:`PIPELINE`.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

# Order matters: later extractors read earlier facts (a meeting reads dates and officials).
PIPELINE: list[tuple[str, str]] = [
    ("date", "govfacts.extraction.dates"),
    ("document_ref", "govfacts.extraction.document_refs"),
    ("relation", "govfacts.extraction.relations"),  # reads the document_ref facts of each sentence
    ("official", "govfacts.extraction.officials"),
    ("score", "govfacts.extraction.scores"),
    ("meeting", "govfacts.extraction.meetings"),  # last: reads the date and official facts
]

_REGISTRY: dict[str, Callable] = {}


def register(name: str) -> Callable[[Callable], Callable]:
    def deco(fn: Callable) -> Callable:
        _REGISTRY[name] = fn
        fn.extractor_name = name
        return fn

    return deco


def get(name: str) -> Callable:
    """The extractor registered as ``name``, importing its module on first use."""
    if name not in _REGISTRY:
        modules = dict(PIPELINE)
        if name not in modules:
            raise KeyError(f"no extractor named {name!r}; known: {', '.join(modules)}")
        import_module(modules[name])
    return _REGISTRY[name]


def default_names() -> list[str]:
    return [name for name, _ in PIPELINE]
