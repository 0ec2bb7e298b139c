"""Stages by name, spaCy-style: the pipeline is a list of names, each a small module.

A stage (an extractor) is a callable taking a :class:`~extract.article.TokenizedArticle`
and appending facts (and warnings) to it.  Like a spaCy factory it declares what it reads
(``requires``: fact kinds, or the article layers the tokenizer gives, :data:`ARTICLE_LAYERS`)
and which fact kinds it makes (``assigns``, each declared in :mod:`extract.fact_kinds`, or
an internal layer of :data:`INTERNAL_LAYERS`, such as the named places), so
building a pipeline checks the order (:func:`check_order`) instead of a stage finding
nothing to read.  Adding one is a module with ``@register("name", requires=…, assigns=…)``
and a line in :data:`PIPELINE`.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable, Iterable

from .fact_kinds import kind_names

# Order matters: later stages read earlier facts (each declares which, see check_order).
PIPELINE: list[tuple[str, str]] = [
    ("place", "govfacts.extraction.place_names"),
    ("date", "govfacts.extraction.dates"),
    ("document_ref", "govfacts.extraction.document_refs"),
    ("relation", "govfacts.extraction.relations"),
    ("official", "govfacts.extraction.officials"),
    ("score", "govfacts.extraction.scores"),
    ("meeting", "govfacts.extraction.meetings"),
]

# What the tokenizer gives every article before the first stage (extract/tokenizer.py).
ARTICLE_LAYERS = ("text", "sentences", "tokens")

# What a stage may assign besides fact kinds: layers the later stages read, never stored nor
# output (the place stage's named places, ``TokenizedArticle.places``).
INTERNAL_LAYERS = ("place",)


@dataclass(frozen=True)
class Stage:
    """A registered stage: its function and its contract."""

    name: str
    function: Callable
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


class StageOrderError(ValueError):
    """A pipeline that runs a stage before what it reads, or names an undeclared kind; one line."""


_STAGES: dict[str, Stage] = {}


def register(name: str, *, requires: Iterable[str] = (),
             assigns: Iterable[str] | None = None) -> Callable[[Callable], Callable]:
    """Register a stage; ``assigns`` defaults to the one fact kind of its name."""
    def deco(fn: Callable) -> Callable:
        _STAGES[name] = Stage(name, fn, tuple(requires), tuple(assigns if assigns is not None else (name,)))
        fn.extractor_name = name
        return fn

    return deco


def unregister(name: str) -> None:
    """Remove a stage (tests that register a toy stage clean up with this)."""
    _STAGES.pop(name, None)


def stage(name: str) -> Stage:
    """The stage registered as ``name``, importing its module on first use."""
    if name not in _STAGES:
        modules = dict(PIPELINE)
        if name not in modules:
            raise KeyError(f"no extractor named {name!r}; known: {', '.join(modules)}")
        import_module(modules[name])
    return _STAGES[name]


def get(name: str) -> Callable:
    """The function of the stage registered as ``name``."""
    return stage(name).function


def default_names() -> list[str]:
    return [name for name, _ in PIPELINE]


def check_order(names: Iterable[str]) -> list[Stage]:
    """The stages of ``names``, in order, or :class:`StageOrderError` naming what is missing."""
    stages = [stage(name) for name in names]
    declared = set(kind_names()) | set(INTERNAL_LAYERS)
    have = set(ARTICLE_LAYERS)
    for st in stages:
        unknown = [k for k in st.assigns if k not in declared]
        if unknown:
            raise StageOrderError(f"stage {st.name!r} assigns {', '.join(unknown)}, which no fact kind declares "
                                  f"(extract/fact_kinds.py declare)")
        missing = [k for k in st.requires if k not in have]
        if missing:
            raise StageOrderError(f"stage {st.name!r} requires {', '.join(missing)}, which no stage before it "
                                  f"assigns: put {_makers(missing)} before {st.name!r}")
        have.update(st.assigns)
    return stages


def _makers(kinds: list[str]) -> str:
    """The stages that assign ``kinds`` (importing the default ones to learn their contracts)."""
    for name in default_names():
        stage(name)
    makers = [next((s.name for s in _STAGES.values() if k in s.assigns), None) for k in kinds]
    return ", ".join(repr(m) if m else f"a stage assigning {k!r}" for m, k in zip(makers, kinds))
