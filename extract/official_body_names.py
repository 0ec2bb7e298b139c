"""The name of a body after its head word, read from the segmented tokens ("Sở| Nội vụ",
"Phòng| Tài nguyên và Môi trường", "phòng| tài chính - kế hoạch", "Quân khu| 5").

A part of :class:`extract.official_parser.RoleParser`."""
from __future__ import annotations

import regex

from .article import TokenRun
from .official_lexicon import fold_cached, normal_tones
from .official_patterns import official_rules


_VOCAB_JOINT = regex.compile(r"\s*(?:và|-|–|&)\s*|\s+")


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


class BodyNameReading:
    """Reading a body's name (mixed into :class:`~extract.official_parser.RoleParser`)."""

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
        m = official_rules().rule("unit_number").regex.match(self.norm, end)
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
        if cut is None and piece[:1].isupper() and (lv := self._level_inside(s, piece) or self._department_inside(s, piece)):
            cut = lv  # a glued token: "Kinh tế| thị xã", "Tôn giáo| Sở"
        if cut is not None:  # a glued token: "Nội phát biểu"
            if cut and piece[0].isupper() and not (spans and self._holder_glued(spans, s, pieces.person_named)):
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
        elif piece[0].isupper() and not pieces.person_named and (cut := self._place_inside(spans, s, piece)):
            spans.append((s, s + cut))  # a glued token: "Nông nghiệp| Tả", the place after the name
            return "stop", i, lowered
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

    def _expand(self, name: str) -> str:
        """A body's written name in the gold style: abbreviations expanded, lower case."""
        out = []
        for w in regex.split(r"(\s+)", name):
            out.append(self.lex.name_abbr.get(normal_tones(w), w))
        return " ".join("".join(out).lower().split())
