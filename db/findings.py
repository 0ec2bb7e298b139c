"""What an audit rule returns: a finding with its level, message and evidence (the quoted words).

Shared by the citation audit (db/audit.py), the relation audit (db/relation_audit.py) and the
posts audit (db/posts.py), so that each rule module stands alone and none imports another.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Iterable

import regex

from .models import ArticleRow, FactRow

LEVELS = ("info", "warning", "error")


@dataclass
class Evidence:
    """One citation (or meeting) behind a finding: where it is and the words it came from."""

    article_id: str
    source: str
    published: str | None
    quote: str
    start: int
    end: int
    sentence: str
    claim: str = ""  # what this citation says that the finding is about: "issued 2021-11-31"


@dataclass
class Finding:
    code: str
    level: str
    subject: str
    message: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article_id for e in self.evidence})

    def to_json(self) -> dict:
        return {"code": self.code, "level": self.level, "subject": self.subject, "message": self.message,
                "articles": self.articles, "evidence": [asdict(e) for e in self.evidence]}


def at_or_above(findings: Iterable[Finding], level: str) -> list[Finding]:
    """The findings at ``level`` or more serious (for ``--fail-on``)."""
    floor = LEVELS.index(level)
    return [f for f in findings if LEVELS.index(f.level) >= floor]


# The columns a finding's evidence is read from (select them beside the rule's own).
EVIDENCE = (ArticleRow.id.label("article_id"), ArticleRow.source, ArticleRow.published, FactRow.quote,
            FactRow.start, FactRow.end, FactRow.sentence)


def evidence(row, claim: str = "") -> Evidence:
    return Evidence(row.article_id, row.source, row.published, row.quote, row.start, row.end, row.sentence or row.quote,
                    claim)


def show_date(iso: str | None) -> str:
    """'2021-11-31' → '31/11/2021' (as the articles write it); other values unchanged."""
    if iso and regex.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"
    return iso or "?"
