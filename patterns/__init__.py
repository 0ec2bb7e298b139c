"""Lexicons and rules as data.

Every word list the extractors use lives here as a YAML file, loaded through
:func:`load`, so that adding a document type, a title or a date word is a data
change (as reporters-db is for eyecite and the resource files for HeidelTime).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
import unicodedata

import yaml

HERE = Path(__file__).resolve().parent
# libyaml's loader when PyYAML was built with it: the same data, ten times faster to parse.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PatternError(ValueError):
    """A pattern file is missing or malformed."""


@lru_cache(maxsize=None)
def load(name: str):
    """Return the parsed contents of ``patterns/<name>.yaml`` (NFC-normalised)."""
    path = HERE / f"{name}.yaml"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - packaging error
        raise PatternError(f"{path}: cannot read pattern file ({exc.strerror})") from exc
    try:
        data = yaml.load(unicodedata.normalize("NFC", raw), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise PatternError(f"{path}: not valid YAML ({exc})") from exc
    if data is None:
        raise PatternError(f"{path}: empty pattern file")
    return data


def alternation(words, *, boundary: bool = False) -> str:
    """A regex alternation of literal words, longest first (so 'Phó Chủ tịch' wins over 'Chủ tịch')."""
    import regex

    parts = sorted({w for w in words if w}, key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in parts)
    return rf"(?<!\w)(?:{alt})(?!\w)" if boundary else f"(?:{alt})"
