"""Places for the officials' grammar: the units an article names after a level word
("huyện Tiên Phước"), the unit it is about, and the place a role written without one means.

A part of :class:`extract.official_parser.RoleParser` (it reads the parser's syllables)."""
from __future__ import annotations

from collections import Counter

from .official_lexicon import fold_cached
from .places import last_named


class PlaceReading:
    """Finding and resolving places (mixed into :class:`~extract.official_parser.RoleParser`)."""

    def _find_places(self) -> None:
        """Count the places written after a level word ("huyện Tiên Phước"); the first in the
        title, else the most frequent, is the unit the article is about."""
        first_line_end = self.norm.find("\n")
        first_line_end = len(self.norm) if first_line_end < 0 else first_line_end
        for m in self.regexes.level.finditer(self.norm):
            level = self._level_of(m.group(0))
            sylls = self.syllables_at(self.skip_ws(m.end()))
            if not sylls or self.skip_ws(m.end()) == m.end():
                continue
            k = self.place_length(sylls, use_known=False)
            if not k:
                continue
            name = self.text[sylls[0][0]:sylls[k - 1][1]]
            self.places.setdefault(level, Counter())[name] += 1
            self.place_hits.setdefault(level, []).append((m.start(), name))
            if self.home is None and m.start() < first_line_end:
                self.home = (level, name)
        if self.home is None:
            best = None
            for level in self.lex.levels.values():
                for name, n in (self.places.get(level) or {}).items():
                    if best is None or n > best[0]:
                        best = (n, level, name)
            if best:
                self.home = (best[1], best[2])

    def _level_of(self, written: str) -> str:
        w = " ".join(written.split())
        return self.lex.levels.get(w) or self.lex.levels.get(fold_cached(w), fold_cached(w))

    def place_length(self, sylls: list[tuple[int, int]], *, use_known: bool = True) -> int:
        """How many syllables after a level word are the place; the rest start a name.

        "UBND huyện Nông Sơn" → 2 (place); "UBND tỉnh Võ Văn Bình" → 0 (a name);
        "UBND huyện Hà Nam Nguyễn Văn A" → 2.  A two-syllable run is a place unless the
        article names that person elsewhere; a known place stays one ("TP. Hồ Chí Minh").
        """
        n = len(sylls)
        if n == 0:
            return 0
        words = [self._syl(s) for s in sylls]
        if words[0] in self.lex.not_place_words:
            return 0
        if words[0] in self.lex.not_place_alone and (n == 1 or self.regexes.roman.match(words[1])):
            return 0  # "tỉnh Kỳ họp", "HĐND tỉnh Kỳ II"; but "Huyện ủy Kỳ Sơn"
        if n == 1 and self.norm[sylls[0][1]:sylls[0][1] + 2].strip()[:1].islower():
            return 0  # "tỉnh Thông tin …": a capitalised word, not a one-syllable place
        if use_known:
            for j in range(n):
                for ln in (4, 3, 2):
                    if j + ln <= n and fold_cached(" ".join(words[j:j + ln])) in self.known:
                        return j
        for ln in (3, 4, 2):
            if ln <= n and fold_cached(" ".join(words[:ln])) in self.lex.known_places:
                return ln
        if 3 <= n <= 4 and words[1] in self.lex.middle_names:
            return 0  # "Huyện ủy Kăn Thị Đoan": "Thị", "Văn" second is a person's middle name
        if 3 <= n <= 4 and words[0] in self.lex.common:
            return 0  # "tỉnh Võ Văn Bình", "huyện Trần Hoàng An": a middle name may be a family name too
        splits = [j for j in range(1, min(n, 4)) if words[j] in self.lex.common and 2 <= n - j <= 4
                  and not (j == 1 and words[0] in self.lex.place_prefixes)]  # "Đắk | Rơ Lang" is one place
        if splits:
            return next((j for j in splits if n - j == 3), splits[0])
        return min(n, 4)

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
