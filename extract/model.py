"""The objects the pipeline passes around and prints (see ../shared/FACTS.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
import hashlib
from typing import Any


@dataclass(frozen=True)
class Span:
    """Provenance: ``text[start:end] == span.text`` in the stored (NFC) article text."""

    start: int
    end: int
    text: str
    sentence: int = 0

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}


@dataclass
class Fact:
    """One extracted fact. ``fields`` holds the kind's own fields (FACTS.md table)."""

    kind: str
    span: Span
    extractor: str
    confidence: float = 0.9
    rule: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    def to_json(self) -> dict:
        out = {
            "id": self.id,
            "kind": self.kind,
            "span": self.span.to_json(),
            "extractor": self.extractor,
            "rule": self.rule,
            "confidence": self.confidence,
        }
        out.update(self.fields)
        return out


@dataclass
class ArticleWarning:
    """Something a reader should check: an impossible date, a type word that contradicts a code."""

    code: str
    span: Span
    message: str

    def to_json(self) -> dict:
        return {"code": self.code, "span": self.span.to_json(), "message": self.message}


@dataclass
class Article:
    """A stored article. ``text`` is NFC; every offset indexes it."""

    text: str
    source: str = ""
    title: str = ""
    published: str | None = None
    url: str | None = None
    # Character ranges of site chrome (menus, "Tin liên quan", counters): no facts there.
    chrome: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Stable for the same text, so the same article is stored once."""
        return self.text_sha256[:16]

    def in_chrome(self, start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in self.chrome)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "text_sha256": self.text_sha256,
        }
