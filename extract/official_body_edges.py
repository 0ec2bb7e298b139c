"""Where a body's name ends: a level word, a clause word, a department, a governing body, the
holder's name, a place written after the name ("Sở Tài chính| Lào Cai", "Trường THCS Nguyễn
Du| Lò Văn Sinh").

A part of :class:`extract.official_parser.RoleParser`."""
from __future__ import annotations

import regex

from .official_lexicon import fold_cached, normal_tones
from .places import level_of, village_levels


class BodyEdgeReading:
    """Where bodies' names end (mixed into :class:`~extract.official_parser.RoleParser`)."""

    def _person_inside(self, s: int, piece: str) -> int | None:
        """Where, inside a glued token after a body's name, a person of three or four syllables
        starts: "Tân Lạc| Hà Văn Thành" (a place, then the holder), "Hòa An| Thào Seo Lử"; a
        Highland name of two syllables or more also: "Trung học| Ksor Nhứt", "Trung học| Y Khuê Mlô"; a Khmer one of three: "Trung học| Thạch Thị Mỹ"."""
        for m in regex.finditer(r" (?=\p{Lu})", piece):
            sylls = self.syllables_at(s + m.end())
            words = [self._syl(x) for x in sylls[:4]]
            if (3 <= len(sylls) <= 4 and (words[0] in self.lex.common or words[0] in self.lex.khmer_family)
                    and fold_cached(self.norm[sylls[0][0]:sylls[1][1]]) not in self.lex.known_places):
                return m.start()
            if len(words) >= 2 and (words[0] in self.lex.highland_family_first or any(
                    self.lex.is_highland_name(words[:k]) for k in range(2, len(words) + 1))):
                return m.start()
        return None

    def _holder_glued(self, spans: list, s: int, person_named: bool) -> bool:
        """The holder's name opens a token the segmenter glued to the clause verb after it: it
        is no part of the body's name ("Sở Nội vụ| Trần Thị Mai dự| hội nghị", "Trường THCS
        Nguyễn Du| Lò Thị Mai dự"), where "Sở Nội vụ Lào Cai| cho biết" keeps its place."""
        return self._starts_person(s) and (not person_named or self._namesake_read(spans))

    def _namesake_read(self, spans: list) -> bool:
        """A body named after a person has its namesake (or place) already: two capitalised
        syllables besides its kind ("THCS", "Tiểu học", ``person_named_kinds``), so a person
        after them is its head: "Trường THCS Nguyễn Du| Lò Văn Sinh", "Trường Tiểu học Nà Hẩu| Hà Thị Pằn"."""
        if not spans:
            return False
        written = self.regexes.person_named_kind.sub(" ", self.norm[spans[0][0]:spans[-1][1]])
        words = [w for w in written.split() if w[:1].isupper() and normal_tones(w) not in self.lex.name_abbr]
        return len(words) >= 2

    def _head_inside(self, spans: list, s: int, piece: str) -> int | None:
        """Where, inside a glued token of a body named after a person, its head's name starts
        once the namesake is read (:meth:`_namesake_read`): "Kim Đồng| Hà Thị Pằn" → 9."""
        for m in regex.finditer(r" (?=\p{Lu})", piece):
            if self._starts_person(s + m.end()) and self._namesake_read([*spans, (s, s + m.start())]):
                return m.start()
        return None

    def _place_after_name(self, spans: list, pos: int, piece: str) -> bool:
        """A capitalised word right after a sentence-case word of the name, with no "và" or
        dash between, or after an abbreviated name, is the place of a department
        (``place_after_name_heads``): "Sở Tài chính| Lào Cai", "Sở GD&ĐT| Hà Nội", where "Trường Đại học Tây Nguyên" is a name;
        a noun of ``name_vocabulary``, a body ("Ban Thường trực Quốc hội") and a word before a
        level word or a lower-case noun go on ("Trung tâm Phát triển Quỹ đất huyện"); a place
        comes before a clause verb ("Sở Nội vụ Lào Cai| cho biết")."""
        if not spans or not (" " + fold_cached(self.norm[max(0, spans[0][0] - 12):spans[0][0]])).endswith(
                self.lex.place_after_name_heads):
            return False
        words = self.norm[spans[-1][0]:spans[-1][1]].split()  # "Nội vụ", a glued "và Phát triển nông thôn"
        written = self.norm[spans[0][0]:spans[-1][1]].replace(" ", "")
        abbreviated = normal_tones(written) in self.lex.name_abbr  # "Sở GD&ĐT| Lào Cai", "Sở LĐ-TB & XH| Sơn La"
        if not abbreviated and (len(words) < 2 or not any(w[:1].isupper() for w in words)
                                or not words[-1][:1].islower()):
            return False
        if (self.regexes.name_vocab.match(fold_cached(piece).lower()) or self.regexes.body.match(self.norm, pos)
                or self.regexes.generic.match(self.norm, pos)):
            return False  # "Phòng Giao dịch| Ngân hàng Chính sách xã hội": a body inside the name, no place
        after = self.skip_ws(pos + len(piece))
        if self._level_at(after):
            return False
        low = self.norm[after:after + 1].islower()
        return not low or self._chain_stop_at(after) or fold_cached(self.norm[after:after + 12]).split(" ")[0] in self.lex.lowercase_stops

    def _place_inside(self, spans: list, s: int, piece: str) -> int | None:
        """Where, inside a token the segmenter glued, a department's place starts after a
        sentence-case word of its name (:meth:`_place_after_name`): "HTX| Nông nghiệp Tả| Phìn
        Cao| cho biết" → 11 (the place Tả Phìn Cao, no part of the org)."""
        for m in regex.finditer(r"(?<=\p{Ll}) (?=\p{Lu})", piece):
            if self._place_after_name([*spans, (s, s + m.start())], s + m.end(), piece[m.end():]):
                return m.start()
        return None

    def _name_goes_on(self, pos: int) -> bool:
        """A capitalised word at ``pos`` goes on a body's name after a dash: no title, body,
        level word or person starts there ("– Thương binh và Xã hội", not "– Chủ tịch …")."""
        norm = self.norm
        return (norm[pos:pos + 1].isupper() and not self.regexes.title.match(norm, pos) and not self._level_at(pos)
                and not self._starts_person(pos) and not self._governing_body_at(pos) and not self.regexes.body.match(norm, pos))

    def _level_at(self, pos: int) -> bool:
        """A level word starts at ``pos``, not the first syllable of a noun ("Xã hội")."""
        return bool(self.regexes.level.match(self.norm, pos)) and not self.regexes.level_lookalike.match(self.norm, pos)

    def _department_at(self, pos: int) -> bool:
        """A department ("Sở", ``article_body_heads``) starts at ``pos``: the parent of the body
        named before it, not its name ("Phòng Giáo dục Mầm non| Sở GD&ĐT")."""
        g = self.regexes.generic.match(self.norm, pos)
        return bool(g) and self.lex.generic_heads[fold_cached(g.group(0))] in self.lex.article_body_heads

    def _governing_body_at(self, pos: int) -> bool:
        """A council, committee or Party committee at ``pos``: it ends a body's name
        ("Sở Nội vụ UBND tỉnh"), where "Quốc hội" in "Ban Thường trực Quốc hội" does not."""
        m = self.regexes.body.match(self.norm, pos)
        if not m:
            return False
        entry = self.lex.bodies.get(m.group(0)) or self.lex.bodies.get(fold_cached(m.group(0)))
        return entry is not None and (entry.governing or bool(entry.level))

    def _chain_stop_at(self, pos: int) -> bool:
        """A clause word starts at ``pos``, even one the segmenter split ("đồng | chủ trì")."""
        low = fold_cached(self.norm[pos:pos + 24])
        return any(low.startswith(st) and (len(low) == len(st) or not low[len(st)].isalnum())
                   for st in self.lex.chain_stops)

    def _level_inside(self, s: int, piece: str) -> int | None:
        """Where a level word that ends a glued token of a body's name starts ("Kinh tế thị xã"
        → 7), in lower case ("Quàng Văn Tỉnh" is a name); a village's ("thôn", "bản") is a noun's
        syllable there: "Nông thôn mới", "Văn bản"."""
        for m in regex.finditer(r" ", piece):
            lv = self.regexes.level.match(self.norm, s + m.end())
            if lv and lv.group(0)[:1].islower() and lv.end() == s + len(piece) and self._level_at(s + m.end()) and (
                    level_of(lv.group(0)) not in village_levels()):
                return m.start()
        return None

    def _department_inside(self, s: int, piece: str) -> int | None:
        """Where a department's head word that ends a glued token of a unit's name starts
        ("Tôn giáo Sở" → 8): the unit's parent, read after its name ("Ban Tôn giáo| Sở Nội vụ")."""
        for m in regex.finditer(r" (?=\p{Lu})", piece):
            g = self.regexes.generic.match(self.norm, s + m.end())
            if g and g.end() == s + len(piece) and self._department_at(s + m.end()):
                return m.start()
        return None

    def _stop_inside(self, piece: str) -> int | None:
        """Where a clause word starts inside a multi-word token ("Nội phát biểu" → 4), if any."""
        if " " not in piece:
            return None
        low = fold_cached(piece)
        for m in regex.finditer(r" ", low):
            if any(low.startswith(st, m.end()) and (len(low) == m.end() + len(st) or low[m.end() + len(st)] == " ")
                   for st in self.lex.chain_stops):
                return m.start()
        return None

    def _holder_at(self, pos: int) -> bool:
        """A person starts at ``pos``, a Khmer name of three or four syllables too ("Thạch Thị Mỹ")."""
        sylls = self.syllables_at(pos)
        return self._starts_person(pos) or 3 <= len(sylls) <= 4 and self._syl(sylls[0]) in self.lex.khmer_family

    def _starts_person(self, pos: int) -> bool:
        sylls = self.syllables_at(pos)
        if len(sylls) >= 2 and self._syl(sylls[0]) in self.lex.common:
            return True
        words = [self._syl(x) for x in sylls[:4]]
        if len(words) >= 2 and any(self.lex.is_highland_name(words[:k]) for k in range(2, len(words) + 1)):
            return True  # "Báo Nà Hẩu| H'Yâm Knul": an Ê Đê name opens with no family name
        return fold_cached(self.norm[pos:pos + 40]).startswith(tuple(self.known)) if self.known else False
