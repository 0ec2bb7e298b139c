"""Bodies for the officials' grammar: a named body ("UBND", "Ban Dân vận"), a head word and
its name from the segmented tokens ("Sở Nội vụ"), the Party committee it belongs to.

A part of :class:`extract.official_parser.RoleParser`."""
from __future__ import annotations

import regex

from .article import TokenRun
from .official_lexicon import fold_cached, normal_tones
from .official_mentions import BodyRead
from .official_patterns import board_named_before, official_rules
from .places import level_of


_VOCAB_JOINT = regex.compile(r"\s*(?:và|-|–|&)\s*|\s+")
_VILLAGE_LEVELS = ("thôn", "bản")
_UNIT_NUMBER = regex.compile(r"[ \u00a0]\d{1,2}(?![\p{L}\p{N}/.,]\p{N}|[\p{L}\p{N}/%])")


class _Pieces:
    """The word tokens from a body's head word on, each as (start, end, stripped text), the
    first cut to start at ``pos``; ``has(j)`` segments the next sentence when needed."""

    def __init__(self, run: TokenRun, pos: int, norm: str, person_named: bool = False):
        self.run, self.pos, self.norm = run, pos, norm
        self.has = run.has
        self.person_named = person_named  # the head is named after people: "Trường THCS Nguyễn Du"

    def at(self, j: int) -> tuple[int, int, str]:
        s = max(self.run.starts[j], self.pos)
        raw = self.norm[s:self.run.ends[j]]
        lead = len(raw) - len(raw.lstrip())
        return s + lead, self.run.ends[j], raw.strip()


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
        ``board_named_before``): the body of that head the article names last before ``pos``
        ("kiện toàn Ban Chỉ đạo … Theo đó, ông A … làm Trưởng ban" → ban chỉ đạo)."""
        cfg = board_named_before()
        last = None
        for m in self.regexes.body.finditer(self.norm, max(0, pos - int(cfg.get("reach", 800))), pos):
            org = self.parse_org(m.start())
            if org is not None and org.head == cfg.get("head") and org.name not in (cfg.get("not_boards") or ()):
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
        if any_body and (g := self.regexes.generic.match(self.norm, q)) and self.norm[q].isupper() and (
                self.lex.generic_heads[fold_cached(g.group(0))] in self.lex.article_body_heads):
            org.end = self._name_words(g.end(), lower_case=False)[1] or g.end()  # "Văn phòng| Sở", "Văn phòng| Sở Nội vụ"
            return True
        m = self.regexes.body.match(self.norm, q)
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

    def _name_words(self, pos: int, *, lower_case: bool = True, person_named: bool = False) -> tuple[str, int]:
        """The name of a body after its head word, from the segmented tokens.

        Capitalised words (and "và", "-", "&" between them) when the first is capitalised:
        "Sở Nội vụ đánh giá" → "nội vụ", "Sở Văn hoá-Thể thao làm" → "văn hóa-thể thao",
        "Văn phòng Điều phối nông thôn mới huyện" → "điều phối nông thôn mới"; then, in sentence case,
        the lower-case nouns of ``name_vocabulary`` only: "Viện Nghiên cứu kinh tế và chính sách,"
        → "nghiên cứu kinh tế và chính sách", "Sở Tư pháp cho biết" → "tư pháp"; else (``lower_case``) up to three
        lower-case words before a level word or a clause verb: "Hội đồng tư vấn tỉnh" →
        "tư vấn".  Abbreviations are expanded ("GD&ĐT" → giáo dục và đào tạo).
        """
        run = self.tokens.run_from(pos) if self.tokens is not None else TokenRun()
        if not run.has(0):
            return "", pos
        norm, lex = self.norm, self.lex
        pieces = _Pieces(run, pos, norm, person_named)
        i = run.index_at(pos)
        if i < 0 or run.ends[i] <= pos:
            i += 1
        spans: list[tuple[int, int]] = []
        mode = None
        lowered = False  # the capitalised name went on in lower case: it takes no capitals again
        while pieces.has(i) and len(spans) < 10:
            s, e, piece = pieces.at(i)
            if not piece:
                i += 1
                continue
            if spans and "\n" in norm[spans[-1][1]:s]:
                break
            if mode is None:
                if piece[0].isupper() or normal_tones(piece) in lex.name_abbr:
                    mode = "cap"
                elif piece[0].isalpha() and lower_case:
                    mode = "low"
                    if (long_end := self._lower_run_to_level(pieces, i)) is not None:
                        return self._expand(self.text[s:long_end]), long_end  # "Hội đồng phối hợp …, … huyện"
                elif (v_end := self._vocab_run(s)) is not None:
                    return self._expand(self.text[s:v_end]), v_end  # "Trưởng phòng tài chính - kế hoạch huyện"
                else:
                    break
            if mode == "cap":
                action, i, lowered = self._capitalised_step(pieces, i, spans, lowered)
                if action == "stop":
                    break
                if action == "jump":
                    continue
            else:
                if (not piece[0].islower() or self._level_at(s) or len(spans) >= 3 or self.regexes.period_after.match(norm, s)
                        or fold_cached(piece) in lex.lowercase_stops or self._chain_stop_at(s)  # "Sở| đồng chủ trì"
                        or spans and fold_cached(piece) in lex.name_object_words):
                    break
                spans.append((s, e))
            i += 1
        while spans and norm[spans[-1][0]:spans[-1][1]] in ("và", "&", "-", "–"):
            spans.pop()
        if not spans:
            return "", pos
        end = self._number_after(spans[-1][1]) if mode == "cap" else spans[-1][1]
        name = self._expand(self.text[spans[0][0]:end].replace(" – ", " - "))
        if mode != "cap" and (ym := self.regexes.period_after.match(norm, self.skip_ws(end))):
            end = ym.end()  # the holder may follow the year: "… viên chức năm 2024| Nguyễn Văn Toàn"
        return name, end

    def _lower_run_to_level(self, pieces: _Pieces, i: int) -> int | None:
        """Where a long lower-case name ends when it runs up to a level word: more than three
        words or two joined, none a clause word, "và" or a comma only between two of them ("Hội đồng phối hợp
        phổ biến, giáo dục pháp luật| huyện", "Hội đồng giáo dục quốc phòng và an ninh| tỉnh");
        None otherwise (shorter names are read word by word, up to three)."""
        norm, lex = self.norm, self.lex
        end, words, joined, j = None, 0, False, i
        while pieces.has(j) and words <= 8:
            s, e, piece = pieces.at(j)
            if end is not None and "\n" in norm[end:s]:
                return None
            if piece and self._level_at(s):  # "bảo trợ xã hội| huyện": "xã hội" is a noun
                return end if words > 3 or joined else None
            joint = piece in (",", "và") and end is not None and pieces.has(j + 1) and pieces.at(j + 1)[2][:1].islower()
            joined = joined or joint
            if piece and not joint:
                if (not piece[0].islower() or fold_cached(piece) in lex.lowercase_stops or self._chain_stop_at(s)
                        or fold_cached(piece) in lex.name_object_words):
                    return None
                end, words = e, words + 1
            j += 1
        return None

    def _number_after(self, end: int) -> int:
        """Past a unit's number written bare after its capitalised name, where the name ends
        ("Phòng Nghiệp vụ 2 làm Trưởng đoàn", "Đội Cảnh sát giao thông 3,"); "Cụm thi đua số 2"
        and "Phòng Nội vụ 2 năm" keep their name without it."""
        m = _UNIT_NUMBER.match(self.norm, end)
        if not m:
            return end
        after = self.skip_ws(m.end())
        if (after >= len(self.norm) or self.norm[after] in ",;.:)\n–-" or self._chain_stop_at(after)
                or self._starts_person(after)):
            return m.end()  # "… Quân khu 5| Cà Văn Lả cho biết": the holder after the number
        return end

    def _capitalised_step(self, pieces: _Pieces, i: int, spans: list, lowered: bool) -> tuple[str, int, bool]:
        """One token of a capitalised body name: ("go", i, lowered) to read the next token,
        ("jump", j, lowered) to go on at token ``j``, ("stop", i, lowered) when the name ends."""
        norm, lex = self.norm, self.lex
        s, e, piece = pieces.at(i)
        vm = self.regexes.name_vocab.match(norm, s)
        cut = None if vm and vm.end() >= e else self._stop_inside(piece)  # "việc làm" is a name's noun
        if cut is None and piece[:1].isupper() and (lv := self._level_inside(s, piece)):
            cut = lv  # a glued token: "Kinh tế| thị xã"
        if cut is not None:  # a glued token: "Nội phát biểu"
            if cut and piece[0].isupper():
                spans.append((s, s + cut))
            return "stop", i, lowered
        head, _sp, rest = piece.partition(" ")
        if not spans and rest[:1].isupper() and normal_tones(head) in lex.name_abbr:  # a glued "GD&ĐT Ea Súp"
            spans.append((s, s + len(head)))
            rest_at = self.skip_ws(s + len(head))
            if self._place_after_name(spans, rest_at, self.norm[rest_at:e]):
                return "stop", i, lowered
            spans[-1] = (s, e)
            return "go", i, lowered
        if normal_tones(piece) in lex.name_abbr or piece in ("và", "&", "-", "–") and pieces.has(i + 1) and (
                pieces.at(i + 1)[2][:1].isupper() and not lowered or lowered and self._vocab_at(pieces, i + 1)):
            spans.append((s, e))
        elif spans and (v_end := self._vocab_at(pieces, i)) is not None:
            spans.append((s, v_end))  # "Phòng Cải cách hành chính", "Viện Nghiên cứu kinh tế và chính sách"
            return "jump", pieces.run.index_from(v_end), True
        elif piece.split(" ", 1)[0] in ("và", "&") and piece.partition(" ")[2][:1].isupper():
            spans.append((s, e))  # a glued token: "và Công nghệ"
        elif spans and not lowered and piece.split(" ", 1)[0] in ("-", "–") and self._name_goes_on(s + len(piece) - len(piece.partition(" ")[2])):
            spans.append((s, e))  # a glued token: "Phòng Lao động – Thương binh và Xã hội"
        elif piece == "," and spans and not lowered and (en := self._enumeration_at(s)):
            spans.append((s, en))  # "Sở Lao động, Thương binh và Xã hội"
            return "stop", pieces.run.index_from(en), lowered
        elif piece[0].isupper() and pieces.person_named and (cut := self._head_inside(spans, s, piece)):
            spans.append((s, s + cut))  # a glued token: "Kim Đồng Hà Thị Pằn", the namesake then the head
            return "stop", i, lowered
        elif piece[0].isupper() and spans and not pieces.person_named and (cut := self._person_inside(s, piece)):
            if not self._place_after_name(spans, s, piece[:cut]):
                spans.append((s, s + cut))  # "Công ty TNHH| Hòa An| Thào Seo Lử": the name, then its head
            return "stop", i, lowered  # "Sở Tài chính| Tân Lạc| Hà Văn Thành": the place, then the head
        elif piece[0].isupper():
            if (lowered or self._level_at(s) or self._starts_person(s) and (
                    not pieces.person_named or self._namesake_read(spans))
                    or self.regexes.title.match(norm, s)
                    or spans and self._governing_body_at(s) or self._place_after_name(spans, s, piece)
                    or self._department_at(s)):
                return "stop", i, lowered
            spans.append((s, e))
        elif (spans and piece[0].islower() and " " not in piece and fold_cached(piece) not in lex.lowercase_stops
              and not self._chain_stop_at(s) and not self._level_at(s) and self._ends_name(pieces, i + 1)):
            spans.append((s, e))  # "… nông thôn mới huyện"
            return "stop", i, lowered
        else:
            return "stop", i, lowered
        return "go", i, lowered

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

    def _name_goes_on(self, pos: int) -> bool:
        """A capitalised word at ``pos`` goes on a body's name after a dash: no title, body,
        level word or person starts there ("– Thương binh và Xã hội", not "– Chủ tịch …")."""
        norm = self.norm
        return (norm[pos:pos + 1].isupper() and not self.regexes.title.match(norm, pos) and not self._level_at(pos)
                and not self._starts_person(pos) and not self._governing_body_at(pos) and not self.regexes.body.match(norm, pos))

    def _ends_name(self, pieces: _Pieces, j: int) -> bool:
        """Nothing of a name follows token ``j``: end, punctuation, a level word, a verb, or the
        holder's name after a title ("Trung tâm Phát triển Quỹ đất| Nguyễn Văn Toàn cho biết")."""
        if not pieces.has(j):
            return True
        s, _e, p = pieces.at(j)
        return (not p or not p[0].isalnum() or "\n" in self.norm[pieces.run.ends[j - 1]:s]
                or self._level_at(s) or fold_cached(p) in self.lex.lowercase_stops
                or self._stop_inside(p) == 0 or p[0].isupper() and self._holder_at(s))

    def _vocab_at(self, pieces: _Pieces, j: int) -> int | None:
        """Where a lower-case noun of a body's name starting token ``j`` ends ("hành chính")."""
        if not pieces.has(j):
            return None
        s, _e, p = pieces.at(j)
        if not p[:1].islower():
            return None
        vm = self.regexes.name_vocab.match(self.norm, s)
        return vm.end() if vm else None

    def _vocab_run(self, pos: int) -> int | None:
        """Where a name written all in lower case after a title's head word ends, when it is
        nouns of ``name_vocabulary`` only, joined by "và", "-" or "–": "phòng| nội vụ| huyện",
        "phòng| tài chính - kế hoạch| huyện", "ban| kinh tế - xã hội| HĐND"; None otherwise."""
        vm = self.regexes.name_vocab.match(self.norm, pos)
        end = None
        while vm:
            end = vm.end()
            jm = _VOCAB_JOINT.match(self.norm, end)
            vm = self.regexes.name_vocab.match(self.norm, jm.end()) if jm else None
        return end

    def _enumeration_at(self, pos: int) -> int | None:
        """Where a body's name that goes on over the comma at ``pos`` ends (rule
        ``body_name_enumeration``): "Sở Văn hóa|, Thể thao và Du lịch|"; not before a title,
        a body, a level word or a person ("Sở Nội vụ, Trưởng ban …")."""
        m = official_rules().rule("body_name_enumeration").regex.match(self.norm, pos)
        if not m:
            return None
        q = self.skip_ws(pos + 1)
        if (self.regexes.title.match(self.norm, q) or self.regexes.body.match(self.norm, q) or self._level_at(q)
                or self._starts_person(q)):
            return None
        return m.end()

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

    def _expand(self, name: str) -> str:
        """A body's written name in the gold style: abbreviations expanded, lower case."""
        out = []
        for w in regex.split(r"(\s+)", name):
            out.append(self.lex.name_abbr.get(normal_tones(w), w))
        return " ".join("".join(out).lower().split())

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
                    level_of(lv.group(0)) not in _VILLAGE_LEVELS):
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
