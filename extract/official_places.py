"""Places for the officials' grammar: the named places of the place stage by level
("huyện Tiên Phước"), the unit the article is about, and the place a role written without
one means.  A part of :class:`extract.official_parser.RoleParser`."""
from __future__ import annotations

from .place_names import bare_level_places, levels, place_length
from .places import PlaceMention, article_place, last_named


class PlaceReading:
    """Places for the role grammar (mixed into :class:`~extract.official_parser.RoleParser`)."""

    def _read_places(self, mentions: list[PlaceMention]) -> None:
        """The named places of the place stage, by level; the unit the article is about is the
        first its title names, else the most frequent (:func:`extract.places.article_place`
        counts them, once)."""
        for m in mentions:
            self.place_hits.setdefault(m.level, []).append((m.start, m.name))
        title_end = self.norm.find("\n")
        self.home = article_place(mentions, len(self.norm) if title_end < 0 else title_end, levels())

    def place_length(self, sylls: list[tuple[int, int]]) -> int:
        """How many syllables after a level word are the place (:func:`extract.place_names.place_length`:
        an Ê Đê or M'nông name after it is none), a run the article names as a person being no place."""
        return place_length(self.norm, sylls, self.known, bare_level_places(self.norm))

    def resolve_place(self, level: str | None, org: str, pos: int = 0) -> str:
        """The place of a role written without one: the unit of that level the article names
        last before ``pos`` (else first after it); a body with no level word ("PCT UBND")
        takes the last unit named before it (else the unit the article is about), a bare
        "Đảng ủy" the last commune named, a "Sở" the province."""
        if level == "commune" or (level is None and org and not org.startswith("sở")):
            levels = self.lex.commune_levels if level == "commune" else self.place_hits
            before = [h for lv in levels for h in self.place_hits.get(lv, ()) if h[0] < pos]
            return max(before)[1] if before else self.home[1] if self.home else ""
        if level is None and org.startswith("sở"):
            level = "tỉnh"
        hits = self.place_hits.get(level or "")
        if not hits:
            return ""
        return last_named(hits, [offset for offset, _place in hits], pos)[1]
