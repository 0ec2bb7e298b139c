"""What the officials' grammar finds: a role (title, body, place), a mention of a person,
a body as read."""
from __future__ import annotations

from dataclasses import dataclass, field

@dataclass
class Role:
    title: str
    org: str
    place: str
    start: int
    end: int
    text: str
    kind: str | None = None
    level: str | None = None
    org_kind: str | None = None
    explicit_place: bool = False
    former: bool = False
    rule: str = ""  # the patterns/official_rules.yaml rule that gave the role, if one did

    def key(self) -> tuple[str, str]:
        return (self.title, self.org)

    def to_json(self) -> dict:
        out = {"title": self.title, "org": self.org, "place": self.place, "text": self.text,
               "start": self.start, "end": self.end, "former": self.former}
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass
class Mention:
    """One place where a person is named: the name's own words and the whole phrase around them."""

    name: str
    start: int
    end: int
    span_start: int
    span_end: int
    honorific: str | None = None
    roles: list[Role] = field(default_factory=list)
    form: str = "full"  # full, short ("ông Vinh"), title ("đồng chí Chủ tịch UBND huyện")
    rule: str = ""
    confidence: float = 0.9
    group: int = -1  # mentions named together ("A và B được bầu …")

    def to_json(self, text: str) -> dict:
        s, e = (self.start, self.end) if self.form == "full" else (self.span_start, self.span_end)
        return {"start": s, "end": e, "text": text[s:e], "form": self.form, "rule": self.rule}


@dataclass
class BodyRead:
    name: str
    head: str | None
    kind: str | None
    level: str | None
    end: int
    subject_end: int | None = None
