"""Bodies for the officials' grammar: a named body ("UBND", "Ban Dân vận"), a head word and
its name ("Sở Nội vụ"), the Party committee or department it belongs to.

A part of :class:`extract.official_parser.RoleParser`; the name after a head word is
:mod:`extract.official_body_names`', where it ends :mod:`extract.official_body_edges`'."""
from __future__ import annotations

import regex

from .official_lexicon import fold_cached, normal_tones
from .official_mentions import BodyRead
from .official_patterns import board_named_before
from .places import level_of


class BodyReading:
    """Reading bodies (mixed into :class:`~extract.official_parser.RoleParser`)."""

    def parse_org(self, pos: int, *, lower_case: bool = True) -> BodyRead | None:
        """A body at ``pos``: a named one ("UBND", "Ban Dân vận", "BCĐ …") or a head word
        with a name ("Sở Nội vụ", "Phòng Tài nguyên và Môi trường", "Hội đồng tư vấn").

        The Party committee a body belongs to is read but not kept, as the gold does:
        "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy" → ủy ban kiểm tra, "Chánh Văn phòng Tỉnh ủy" →
        văn phòng, "Phó Trưởng Ban Tổ chức Trung ương" → ban tổ chức.
        """
        lex, regexes, norm = self.lex, self.regexes, self.norm
        m = regexes.body.match(norm, pos)
        if m:
            entry = lex.bodies.get(m.group(0)) or lex.bodies.get(fold_cached(m.group(0)))
            if entry is None:
                return None
            org = BodyRead(entry.name, entry.head, entry.kind, entry.level, m.end())
            if entry.kind in ("mass", "front") and (vn := regexes.country_after.match(norm, m.end())):
                org.end = vn.end()  # "Hội LHPN| Việt Nam": the country's name closes a mass body's name
            if entry.parent:
                self._skip_parent(org)
            if entry.owner_after and (q := self.skip_ws(org.end)) > org.end and (g := regexes.generic.match(norm, q)):
                org.end = self._name_words(g.end(), lower_case=False)[1] or org.end  # "HĐQT| Công ty CP X"
            if entry.subject:
                org.subject_end = self._subject_end(org.end)
                lv = regexes.level_at_end.search(norm, org.end, org.subject_end)
                if lv:  # "BCĐ CCHC xã", "Ban Chỉ đạo … của huyện"
                    org.level = level_of(lv.group(0).strip())
            return org
        g = regexes.generic.match(norm, pos)
        if not g:
            return None
        head = lex.generic_heads[fold_cached(g.group(0))]
        if head in lex.parent_heads:
            org = BodyRead(head, head, None, None, self._head_again(head, g.end()))  # "Chánh Văn phòng| VP HĐND"
            if self._skip_parent(org, any_body=True):
                return org
        words, end = self._name_words(g.end(), lower_case=lower_case, person_named=head in lex.person_named_heads)
        if not words and (n_end := self._number_after(g.end())) > g.end():
            words, end = norm[g.end():n_end].strip(), n_end  # "Quân khu 5", "Tổ 3": a unit by its number
        name = f"{head} {words}" if words else head if head in lex.complete_heads else ""
        if not words and head in lex.article_body_heads:
            name = self.article_body(head)  # "Giám đốc Sở" in an article about one sở
        org = BodyRead(name, head, None, None, end if words else g.end())
        return self._skip_department(org) if words else org

    def _skip_department(self, org: BodyRead) -> BodyRead:
        """Past the department a named unit belongs to, written right after its name, so the
        holder after it is read: "Phòng Giáo dục Trung học| Sở GD&ĐT| Y Khuê Mlô cho biết"."""
        q = self.skip_ws(org.end)
        if q > org.end and self.norm[q:q + 1].isupper() and self._department_at(q):
            g = self.regexes.generic.match(self.norm, q)
            org.end = self._name_words(g.end(), lower_case=False)[1] or g.end()
        return org

    def board_before(self, pos: int) -> BodyRead | None:
        """The board a bare "Trưởng ban", "Phó Trưởng ban thường trực" heads (organisations.yaml
        ``board_named_before``): the steering board of its ``boards`` the article names last
        before ``pos`` ("kiện toàn Ban Chỉ đạo … Theo đó, ông A … làm Trưởng ban" → ban chỉ đạo)."""
        cfg = board_named_before()
        last = None
        for m in self.regexes.body.finditer(self.norm, max(0, pos - int(cfg.get("reach", 800))), pos):
            org = self.parse_org(m.start())
            if org is not None and org.head == cfg.get("head") and org.name in (cfg.get("boards") or ()):
                last = org
        return BodyRead(last.name, last.head, last.kind, last.level, pos) if last else None

    def _head_again(self, head: str, end: int) -> int:
        """Past the head word written again after a title that holds it: "Chánh Văn phòng| Văn
        phòng HĐND và UBND", "Chánh Văn phòng| VP HĐND&UBND" (``end`` if it is not)."""
        q = self.skip_ws(end)
        g = self.regexes.generic.match(self.norm, q) if q > end else None
        return g.end() if g and self.lex.generic_heads[fold_cached(g.group(0))] == head else end

    def article_body(self, head: str) -> str:
        """The body a bare head ("Sở", ``article_body_heads``) means: the one of that head the
        article is about, named in its title, else named most often (the first of equals):
        "Sở Nông nghiệp và Môi trường tổ chức … ông A, Giám đốc Sở" → sở nông nghiệp và môi
        trường, though the Sở Nội vụ that ranked it is named too."""
        cache = self.__dict__.setdefault("_article_bodies", {})
        if head not in cache:
            found: list[tuple[int, str]] = []
            for m in regex.finditer(rf"(?<![\p{{L}}])(?i:{regex.escape(normal_tones(head))})(?![\p{{L}}])", self.norm):
                words, _ = self._name_words(m.end(), lower_case=False)
                if words:
                    found.append((m.start(), f"{head} {words}"))
            title_end = self.norm.find("\n")
            titled = [name for at, name in found if at < title_end]
            names = [name for _at, name in found]
            cache[head] = titled[0] if titled else max(names, key=names.count) if names else ""
        return cache[head]

    def _skip_parent(self, org: BodyRead, *, any_body: bool = False) -> bool:
        """Read the body ``org`` belongs to ("… Huyện ủy", "… Trung ương", and after a
        generic office any body: "Văn phòng HĐND&UBND"); its level becomes the org's."""
        q = self.skip_ws(org.end)
        if q == org.end:
            return False
        pm = self.regexes.parent_word.match(self.norm, q)
        if pm:
            org.end = pm.end()
            return True
        m = self.regexes.body.match(self.norm, q)
        if any_body and not m and (g := self.regexes.generic.match(self.norm, q)) and self.norm[q].isupper() and (
                self.lex.generic_heads[fold_cached(g.group(0))] in self.lex.office_parent_heads):
            org.end = self._name_words(g.end(), lower_case=False)[1] or g.end()  # "Văn phòng| Sở Nội vụ", "… Ban Chỉ huy"
            return True
        if not m:
            return False
        entry = self.lex.bodies.get(m.group(0)) or self.lex.bodies.get(fold_cached(m.group(0)))
        if entry is None or not (any_body or (entry.kind == "party" and entry.level)):
            return False
        org.level = entry.level
        org.kind = org.kind or entry.kind
        org.end = m.end()
        return True

    def _subject_end(self, pos: int) -> int:
        """The end of a Ban Chỉ đạo's subject: the next comma, dash, clause verb or honorific."""
        limit = min(len(self.norm), pos + 160)
        m = self.regexes.subject_stop.search(self.norm, pos, limit)
        end = m.start() if m else limit
        while end > pos and self.norm[end - 1].isspace():
            end -= 1
        return end
