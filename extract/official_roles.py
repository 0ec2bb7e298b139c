"""Roles for the officials' grammar: one title with its body and place, chains of them after
a name, and the posts a clause gives ("được bầu giữ chức …", "tham gia Ban Chấp hành …").

A part of :class:`extract.official_parser.RoleParser`."""
from __future__ import annotations

import regex

from .official_lexicon import fold_cached, lexicon, normal_tones
from .official_mentions import BodyRead, Role
from .official_patterns import ad_hoc_tasks, board_named_before, official_rules
from .places import level_of
from .rule_starts import can_start


class RoleReading:
    """Reading roles (mixed into :class:`~extract.official_parser.RoleParser`)."""

    def parse_role(self, pos: int) -> Role | None:
        """One role at ``pos``: title, body, place ("Phó Chủ tịch HĐND huyện khóa XI")."""
        lex, regexes, norm = self.lex, self.regexes, self.norm
        former = False
        rule = ""
        start = pos
        fm = regexes.former.match(norm, pos)
        if fm:  # "nguyên Chủ tịch UBND tỉnh": a past post
            former, pos = True, fm.end()
        elif regexes.former_before.search(norm, max(0, pos - 8), pos):
            former = True
        elif nm := official_rules().rule("new_holder_prefix").regex.match(norm, pos):
            rule, pos = "new_holder_prefix", nm.end()  # "tân Chủ tịch UBND xã": the post just taken
        m = regexes.title.match(norm, pos) if can_start(regexes.title, norm, pos) else None
        if not m:
            return None
        written = m.group(0)
        entry = lex.titles.get(written) or lex.titles.get(fold_cached(written))
        if entry is None:
            return None
        org = self._body_of_head_in_title(entry, m) if entry.head_in_title else None
        if org is None and entry.head_in_title in lex.ad_hoc_heads and self._task_after(entry.head_in_title, m.end()):
            pass  # "Trưởng đoàn| thanh tra": the delegation's task (read below), not the body "Thanh tra"
        elif org is None:
            q = self.skip_ws(m.end())
            if q > m.end() or written.endswith("."):
                org = self.parse_org(q)
                if org is None and (pw := regexes.parent_word.match(norm, q)):
                    org = self.parse_org(self.skip_ws(pw.end()))  # "Ủy viên BTV| Trung ương| Hội Nông dân Việt Nam"
            elif norm.startswith(".", q) and not any(c.islower() for c in written):
                org = self.parse_org(self.skip_ws(q + 1))  # "PBT. Đảng ủy", "CT.HĐND xã": a dot after an abbreviation
        title = entry.title
        if entry.org and org is not None and org.kind in ("mass", "front") and org.name != entry.org:
            title = self._committee_of(written) or title  # "Ủy viên BCH Trung ương| Hội LHPN Việt Nam"
        if entry.template:
            head = org.head if org and org.head else entry.head_in_title
            if head not in lex.template_heads:
                return None
            title = entry.title if head in lex.bare_template_heads else entry.template.format(head=head)
            if (org is None or not org.name) and head in lex.ad_hoc_heads:
                org = self._task_after(head, m.end()) or org
                named = "" if org is not None and org.name else self.ad_hoc_body(head, pos)
                if named:
                    org = BodyRead(named, head, None, None, org.end if org else m.end())
        if (org is None or not org.name) and title in (board_named_before().get("titles") or ()) and (
                board := self.board_before(pos)):
            board.end = org.end if org is not None else m.end()
            org, rule = board, rule or "board_named_before"  # "… Ban Chỉ đạo … làm Trưởng ban"
        if org is not None and (qm := regexes.qualifier_after_body.match(norm, org.end)):
            # "Phó Trưởng BCĐ thường trực": the qualifier is the title's, the subject (if any) follows it
            qualifier = fold_cached(qm.group("q"))
            if not title.endswith(qualifier):
                title = f"{title} {qualifier}"
            org.end = qm.end()
            if org.subject_end is not None:
                org.subject_end = self._subject_end(org.end)
        org_name = org.name if org else (entry.org or "")
        org_kind = org.kind if org else ("party" if entry.org else None)
        level = org.level if org else (self._body_level(entry.org) if entry.org else None)
        end = (org.subject_end or org.end) if org else m.end()
        if org:
            am = regexes.abbr_in_brackets.match(norm, end)  # "Hội đồng nhân dân (HĐND) huyện"
            if am:
                end = am.end()
        place, level, end, explicit = self._written_place(org, entry.org, level, end)
        if org is None and entry.names_place and (named_unit := self._bare_place(end)):
            place, end, explicit = *named_unit, True  # "Trưởng thôn| Nà Hẩu| Lò Văn Sinh"
        tm = regexes.term.match(norm, end)
        if tm:
            end = tm.end()
        if not explicit:
            place = self.resolve_place(level, org_name, pos) if (org_name or level) else ""
        start = fm.start() if fm else start
        return Role(title, org_name, place, start, end, self.text[start:end], entry.kind, level, org_kind, explicit,
                    former, rule)

    def _committee_of(self, written: str) -> str | None:
        """The committee title inside a central-committee title written before a mass body's
        name: "Ủy viên Ban Chấp hành Trung ương| Hội Nông dân" → ủy viên ban chấp hành (of the
        association's central committee, not the Party's)."""
        head = regex.sub(r"\s+(?i:trung\s+ương)(?:\s+(?i:đảng))?$", "", written)
        entry = self.lex.titles.get(fold_cached(head)) if head != written else None
        return entry.title if entry is not None and not entry.org else None

    def _body_of_head_in_title(self, entry, m) -> BodyRead | None:
        """The body of a title that holds its head word (``m`` the title as matched): "Trưởng Ban
        Dân vận" (the head word starts the body's name), "Phó Trưởng ban| BCĐ" (the head written
        twice, a named body), "Trưởng phòng| Phòng Nội vụ", "Trưởng ban| Ban Quản lý …" (the head
        written again: the body starts there); None when no body follows."""
        if named := self._named_body_of_head(entry.head_in_title, m.end()):
            return named
        written = m.group(0)
        if (head := entry.head_in_title) in self.lex.parent_heads and not fold_cached(written).endswith(head):
            # "CVP| UBND huyện", "PCVP| HĐND và UBND", a qualifier after the head: "Phó Chánh Văn
            # phòng Thường trực| UBND tỉnh"
            org = BodyRead(head, head, None, None, m.end())
            return org if self._skip_parent(org, any_body=True) else None
        head_words = written.split()[-len(entry.head_in_title.split()):]
        head_at = m.start() + written.rfind(head_words[0])
        if self._head_again(entry.head_in_title, m.end()) > m.end():
            head_at = self.skip_ws(m.end())
        org = self.parse_org(head_at, lower_case=False)
        return None if org is not None and org.end <= m.end() and not org.name else org

    def _written_place(self, org: BodyRead | None, entry_org: str | None, level: str | None,
                       end: int) -> tuple[str, str | None, int, bool]:
        """The level and place a role writes after its body ("… UBND huyện Nông Sơn", "… của
        huyện", "Huyện ủy Thạch An"): (place, level, end, explicit); ("", level, end, False) if none."""
        regexes, norm = self.regexes, self.norm
        place = ""
        explicit = False
        q = self.skip_ws(end)
        if org is not None and (region := self._region_after(end)):
            place, end = region  # "Kho bạc Nhà nước| khu vực VIII", "Thuế| cơ sở 3| tỉnh A"
            explicit, q = True, self.skip_ws(end)
        if org is not None and q > end and (council := self._council_after(q)):
            end, q = council, self.skip_ws(council)  # "Trưởng Ban Pháp chế| HĐND| huyện Mường Khương"
        lm = regexes.level.match(norm, q) if org or entry_org or q > end else None  # "công chức Tư pháp xã"
        if lm is None and org is not None and (of := regexes.of_word.match(norm, q)):
            lm = regexes.level.match(norm, of.end())  # "… của huyện"
        if lm:
            level = level_of(lm.group(0))
            end = lm.end()
            sylls = self.syllables_at(self.skip_ws(end)) if self.skip_ws(end) > end else []
            k = self.place_length(sylls)
            if k:
                place = self.text[sylls[0][0]:sylls[k - 1][1]]
                end = sylls[k - 1][1]
                explicit = True
        elif org is not None and org.kind in ("party", "mass") and org.level and q > end:  # "Huyện đoàn Bảo Yên"
            sylls = self.syllables_at(q)
            k = self.place_length(sylls)
            if k and org.kind == "mass" and not self._place_not_name(sylls, k):
                k = 0  # "Bí thư Huyện đoàn Siu Hlim": the holder, not a place
            if k:
                place = self.text[sylls[0][0]:sylls[k - 1][1]]
                end = sylls[k - 1][1]
                explicit = True
        elif org is not None and q > end and (k_sylls := self._bare_place_after(org, q)):
            k, sylls = k_sylls
            place, end, explicit = self.text[sylls[0][0]:sylls[k - 1][1]], sylls[k - 1][1], True
        return place, level, end, explicit

    def _region_after(self, end: int) -> tuple[str, int] | None:
        """The area of a regional unit after its body (rule ``region_after_body``): its number or
        the place its capitalised syllables name, and where it ends."""
        m = official_rules().rule("region_after_body").regex.match(self.norm, end)
        if m is None:
            return None
        if m.group("number"):
            return m.group("number"), m.end("number")
        sylls = self.syllables_at(m.end())
        k = self.place_length(sylls)
        return (self.text[sylls[0][0]:sylls[k - 1][1]], sylls[k - 1][1]) if k else None

    def _bare_place(self, end: int) -> tuple[str, int] | None:
        """The unit a title names written bare after it (its place and end): "Trưởng thôn| Nà
        Hẩu"; none before a name alone ("Trưởng thôn Lò Văn Sinh")."""
        q = self.skip_ws(end)
        sylls = self.syllables_at(q) if q > end else []
        k = self.place_length(sylls)
        return (self.text[sylls[0][0]:sylls[k - 1][1]], sylls[k - 1][1]) if k else None

    def _named_body_of_head(self, head: str, end: int) -> BodyRead | None:
        """A named body right after a title that holds its head word, with the same head:
        "Phó Trưởng ban| BCĐ" → ban chỉ đạo (not "ban bcđ")."""
        q = self.skip_ws(end)
        if q == end or not self.regexes.body.match(self.norm, q):
            return None
        org = self.parse_org(q)
        return org if org is not None and org.head == head else None

    def _council_after(self, q: int) -> int | None:
        """Where a council written after a board of its own ends, when a level word follows it:
        "Ban Pháp chế| HĐND| huyện", "Ban Kinh tế - Xã hội| HĐND| tỉnh" (its level is the role's)."""
        m = self.regexes.body.match(self.norm, q)
        if not m:
            return None
        entry = self.lex.bodies.get(m.group(0)) or self.lex.bodies.get(fold_cached(m.group(0)))
        if entry is None or not entry.governing or not self.regexes.level.match(self.norm, self.skip_ws(m.end())):
            return None
        return m.end()

    def _bare_place_after(self, org: BodyRead, q: int) -> tuple[int, list] | None:
        """A department's place written bare after its name (``place_after_name_heads``), when
        it is a known place or a name follows it in the same run: "Sở Tài chính Sơn La| cho
        biết", "Giám đốc Sở Tài chính Ea Súp| Lù Văn Chiến"; "Sở Tài chính Lê Hùng", "… Nguyễn Lâm
        Thị Tú Anh" are names."""
        if not org.name or not (" " + fold_cached(org.head or "")).endswith(self.lex.place_after_name_heads):
            return None
        sylls = self.syllables_at(q)
        k = self.place_length(sylls)
        return (k, sylls) if k and self._place_not_name(sylls, k) else None

    def _place_not_name(self, sylls: list, k: int) -> bool:
        """The first ``k`` syllables of a run written bare after a body are its place, not its
        holder's name: a known place, a place before the apposition ("Ea Súp|, ông A"), or one
        that starts with no family name ("Ea Súp| Lù Văn Chiến", "Bảo Yên| cho biết")."""
        if fold_cached(self.norm[sylls[0][0]:sylls[k - 1][1]]) in self.lex.known_places:
            return True
        if k == len(sylls) and official_rules().rule("title_comma_honorific_name").regex.match(self.norm, sylls[-1][1]):
            return True
        if self.lex.opens_with_marker([self._syl(sylls[0])]) and len(sylls) == k:
            return False  # "Sở Nội vụ| Y Blao": an Ê Đê name without its family name
        return not self.lex.is_surname(self._syl(sylls[0]), rare=False)  # "Siu Hlim", "Nguyễn Lâm Thị Tú Anh": a person

    def ad_hoc_body(self, head: str, near: int) -> str:
        """The body a bare "Trưởng đoàn" heads: the "Đoàn …" the article names nearest to it
        ("Đoàn kiểm tra do ông A … làm Trưởng đoàn" → đoàn kiểm tra)."""
        cache = self.__dict__.setdefault("_ad_hoc", {})
        if head not in cache:
            found = []
            for m in regex.finditer(rf"(?<![\p{{L}}])(?i:{regex.escape(normal_tones(head))})(?![\p{{L}}])", self.norm):
                if self.regexes.body.match(self.norm, m.start()):
                    continue
                words, _ = self._name_words(m.end())
                tasks = [w for w in ad_hoc_tasks() if words == w or words.startswith(w + " ")]
                if tasks:  # the task, not the words after it: "Đoàn thanh tra| gồm 5 thành viên"
                    found.append((m.start(), f"{head} {max(tasks, key=len)}"))
            cache[head] = found
        best = min(cache[head], key=lambda x: abs(x[0] - near), default=None)
        return best[1] if best else ""

    def _task_after(self, head: str, end: int) -> BodyRead | None:
        """Rule ``delegation_task_after_title``: the task of a delegation written in lower case
        right after its head's title, and the body that sent it: "Trưởng đoàn| giám sát| của
        HĐND huyện| Lò Văn Sinh" → đoàn giám sát (the sender is read, not kept)."""
        rule = official_rules().rule("delegation_task_after_title")
        m = rule.regex.match(self.norm, end)
        if not m:
            return None
        stop = m.end()
        if m.group("of"):
            sender = self.parse_org(m.end())
            if sender is None:
                stop = m.start("of")
            else:
                self._skip_parent(sender)  # "của Ban Thường vụ| Tỉnh ủy"
                stop = self._written_place(sender, None, sender.level, sender.end)[2]
        return BodyRead(f"{head} {' '.join(m.group('task').split())}", head, None, None, stop)

    def _body_level(self, name: str | None) -> str | None:
        for e in self.lex.bodies.values():
            if e.name == name:
                return e.level
        return None

    def parse_chain(self, pos: int, *, first: bool = True, before_name: bool = False) -> tuple[list[Role], int]:
        """Roles after a name, joined by commas, dashes, "kiêm" or "và"; ";" and "cùng" end it.
        A role written right before another full name is that name's ("A, Trưởng Ban Tổ chức
        Tỉnh ủy B"), unless the chain itself leads to a name (``before_name``)."""
        roles: list[Role] = []
        p = pos
        if first:
            bm = self.regexes.bracket_after_name.match(self.norm, p)  # "cụ A (1889 - 1969), Trưởng ban …"
            if bm and not self.regexes.title.match(self.norm, self.skip_ws(self.norm.index("(", p) + 1)):
                p = bm.end()
        opened = dash_opened = False
        while True:
            sep = (self.regexes.sep_first if first and not roles else self.regexes.sep_next).match(self.norm, p)
            if not sep or sep.end() == p:
                break
            role = self.parse_role(sep.end())
            if role is None:
                break
            joined_by_and = " và " in f" {sep.group(0).strip()} " or sep.group(0).strip() == "và"
            if (joined_by_and or not before_name and "(" not in sep.group(0)) and self._name_follows(role.end):
                break  # "… và Chủ tịch UBND huyện B", "A, Trưởng Ban Tổ chức Tỉnh ủy B": B's title, not ours
            if (len(roles) == 1 and dash_opened and roles[0].title == role.title and roles[0].org != role.org
                    and not _is_dash(sep.group(0))):
                break  # "A – Phó Chủ tịch UBND huyện, Phó Chủ tịch UBMTTQ huyện, …": the next attendee (but
                # "A, Phó Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ xã" is one person's chain)
            dash_opened = dash_opened if roles else _is_dash(sep.group(0))
            opened = opened or "(" in sep.group(0)
            roles.append(role)
            p = role.end
        if opened:
            q = self.skip_ws(p)
            if self.norm.startswith(")", q):
                p = q + 1
        borrow_party_org(roles)
        self.borrow_rank_org(roles)
        return roles, p

    def delegate_group(self, roles: list[Role], pos: int) -> tuple[list[Role], int]:
        """Rule ``delegate_group_after_name``: "Đại biểu A (Tổ đại biểu huyện B)" → the bare
        "đại biểu" before the name is of the group written after it; returns the roles and
        where the name's own words end."""
        rule = official_rules().rule("delegate_group_after_name")
        bare = [r for r in roles if r.title == rule.get("title") and not r.org]
        m = rule.regex.match(self.norm, pos) if bare else None
        org = self.parse_org(m.end()) if m else None
        if org is None or org.name not in (rule.get("bodies") or ()):
            return roles, pos
        place, level, end, explicit = self._written_place(org, None, org.level, org.end)
        if "(" in m.group(0) and self.norm.startswith(")", self.skip_ws(end)):
            end = self.skip_ws(end) + 1
        out = []
        for r in roles:
            if r in bare:
                r = Role(r.title, org.name, place, r.start, r.end, r.text, r.kind, level, org.kind, explicit,
                         r.former, "delegate_group_after_name")
            out.append(r)
        return out, end

    def borrow_rank_org(self, roles: list[Role]) -> None:
        """Rules ``rank_title_of_next_body`` ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the
        minister's rank) and ``association_title_of_next_body`` ("Phó Chủ tịch kiêm Tổng Thư ký
        Hội Luật gia"): a bare title is of the body the next title names."""
        for name in ("rank_title_of_next_body", "association_title_of_next_body"):
            rule = official_rules().rule(name)
            ranks = set(rule.get("ranks") or ())
            for r, nxt in zip(roles, roles[1:]):
                if r.title in ranks and not r.org and nxt.org and rule.regex.match(self.norm, r.start):
                    r.org, r.org_kind, r.level, r.place = nxt.org, nxt.org_kind, nxt.level, nxt.place
                    r.rule = r.rule or name

    def _name_follows(self, pos: int) -> bool:
        m = self.regexes.title_to_name.match(self.norm, pos)
        q = m.end() if m else pos
        sylls = self.syllables_at(q)
        return len(sylls) >= 2 and self.lex.is_surname(self._syl(sylls[0]))

    def parse_predicates(self, pos: int) -> tuple[list[Role], int]:
        """The posts a clause after a name and its roles gives: committee memberships ("tham gia
        Ban Chấp hành, Ban Thường vụ Huyện ủy") and new posts ("và giữ chức Phó Bí thư …"),
        in any order; an org-less membership takes the Party body of the post after it."""
        roles: list[Role] = []
        end = pos
        by = official_rules().rule("appointing_body_before_verb")
        if ap := official_rules().rule("apposition_before_predicate").regex.match(self.norm, pos):
            end = ap.end()  # "A, cán bộ hưu trí thôn Nặm Cáy, được … cử giữ chức …"
        for _ in range(4):
            bm = by.regex.match(self.norm, end)  # "được Ban Thường vụ Tỉnh ủy chuẩn y …"
            q = bm.end() if bm else end
            got, e = self.parse_membership(q)
            if not got:
                got, e = self.parse_appointment(q)
            if not got:
                got, e = self.parse_past_posts(end)
            if not got:
                break
            roles += got
            end = e
        borrow_party_org(roles)
        return roles, end if roles else pos

    def parse_membership(self, pos: int) -> tuple[list[Role], int]:
        """Rule ``committee_membership``: "tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy"."""
        rule = official_rules().rule("committee_membership")
        q = _LEAD_COMMA.match(self.norm, pos).end()
        m = rule.regex.match(self.norm, q)
        if not m:
            return [], pos
        end = m.end()
        org, level = "", None
        if m.group("dang_bo"):
            org = "đảng bộ"
        else:
            q2 = self.skip_ws(end)
            o = self.parse_org(q2) if q2 > end else None
            if o is not None and o.kind == "party" and o.level:
                org, level, end = o.name, o.level, o.end
        titles = rule.get("titles") or {}
        out = []
        for part in regex.split(r"\s*,\s*|\s+và\s+", m.group("committees")):
            title = titles.get(fold_cached(" ".join(part.split())))
            if title and all(r.title != title for r in out):
                place = self.resolve_place(level, org, m.start()) if level else ""
                out.append(Role(title, org, place, m.start(), end, self.text[m.start():end], "party", level,
                                "party" if org else None, False, False, "committee_membership"))
        return out, end

    def parse_past_posts(self, pos: int) -> tuple[list[Role], int]:
        """Rule ``past_posts_listed``: "từng giữ các chức vụ Trưởng phòng Giá, Trưởng phòng
        Ngân sách (Sở Tài chính), …": every title of the list, each a past post."""
        rule = official_rules().rule("past_posts_listed")
        m = rule.regex.match(self.norm, pos)
        if not m:
            return [], pos
        roles, end = self.roles_listed(m.end(), regex.compile(rule.get("next"), regex.IGNORECASE))
        for role in roles:
            role.former, role.rule = True, "past_posts_listed"
        borrow_party_org(roles)
        return roles, end

    def roles_listed(self, pos: int, joint: regex.Pattern, limit: int = 8) -> tuple[list[Role], int]:
        """The roles of a list from ``pos``, ``joint`` between two ("Trưởng phòng Giá, Trưởng phòng
        Ngân sách", "Chủ tịch, Phó Chủ tịch HĐND xã"), and where the last ends."""
        roles: list[Role] = []
        end = pos
        for _ in range(limit):
            role = self.parse_role(pos)
            if role is None:
                break
            roles.append(role)
            end = role.end
            n = joint.match(self.norm, end)
            if not n:
                break
            pos = n.end()
        return roles, end

    def parse_appointment(self, pos: int) -> tuple[list[Role], int]:
        """A new post after a name and its roles: "được bầu giữ chức vụ Chủ tịch UBND huyện",
        also after a transfer (rule ``transfer_before_post``: "được điều động về nhận công tác tại
        … và chỉ định giữ chức …")."""
        m = self.regexes.appoint.match(self.norm, pos)
        if not m and (tm := official_rules().rule("transfer_before_post").regex.match(self.norm, pos)):
            m = self.regexes.appoint.match(self.norm, tm.end())
        if not m:
            return [], pos
        role = self.parse_role(m.end())
        if role is None:
            return [], pos
        roles, end = self.parse_chain(role.end, first=False)
        roles = [role] + roles
        borrow_party_org(roles)
        return roles, end


def _is_dash(sep: str) -> bool:
    """A dash joins the roles: "Chủ tịch UBND huyện – Chủ tịch Hội đồng nghĩa vụ quân sự
    huyện" is one person's, where a comma list may move on to the next attendee."""
    return sep.strip() in ("-", "–", "—")


_LEAD_COMMA = regex.compile(r"\s*,?\s*(?:và\s+)?")


def share_places(roles: list[Role]) -> None:
    """A role of one person written without its place takes the place another of their
    roles names at the same level (a bare "Đảng ủy" that of their commune role): "Bí thư Đảng ủy, Chủ tịch UBND xã Tân An" → both in
    Tân An."""
    named = {r.level: r.place for r in roles if r.explicit_place and r.level}
    for r in roles:
        if not r.explicit_place and r.level in named:
            r.place = named[r.level]
    commune = next((r.place for r in roles if r.level in lexicon().commune_levels and r.place), None)
    for r in roles:
        if r.level == "commune" and commune:  # "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": one commune
            r.place = commune


def borrow_party_org(roles: list[Role]) -> None:
    """An org-less Party title takes the Party body of the next title in the chain:
    "Huyện ủy viên… làm Ủy viên BCH, Ủy viên BTV Huyện ủy" → both of the huyện ủy;
    "Phó Bí thư, Chủ tịch UBND xã" leaves phó bí thư without an org."""
    for i, r in enumerate(roles):
        if r.org or r.kind != "party":
            continue
        for nxt in roles[i + 1:]:
            if nxt.org:
                if nxt.org_kind == "party" and nxt.kind == "party":
                    r.org, r.place, r.level, r.org_kind = nxt.org, nxt.place, nxt.level, "party"
                break
            if nxt.kind != "party":
                break


# ------------------------------------------------------------------ the recogniser
