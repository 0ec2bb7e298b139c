"""Document references: the numbers of cited decisions, resolutions, plans, laws and standards.

Forms read (grammar in ../shared/reference/vietnamese-admin-conventions.md §1; type and
issuer codes in ``patterns/document_types.yaml`` and ``patterns/issuers.yaml``):

* state, no year ........ "Quyết định số 2370/QĐ-UBND ngày 19/8/2021", "05/BNV-VP"
* state, with a year .... "Nghị định 15/2020/NĐ-CP", "Thông tư 01/2021/TT-BNV"
* laws .................. "Luật số 80/2015/QH13"
* Party ................. "Nghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy"
* standards ............. "TCVN ISO 18091:2020", "QCVN 01:2019/BCT"
* bare numbers .......... "Quyết định 512" (canonical as written)
* lists ................. "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND" (the type word carries over)
* scraped variants ...... "QD-UBND", "Ð" for "Đ", "2370 / QĐ - UBND", "Số: 15- Nq/tw"

The genre's other phrasings are named rules in ``patterns/citation_rules.yaml`` (read through
extract/grammar.py; a fact's ``rule`` names the one that gave its number or date): numbers
sharing one symbol ("các Quyết định số 215, 216, 217/QĐ-UBND": three documents), a symbol
without a type code ("Kế hoạch số 282 /KHPH"), a download file name ("QD 713 UBND.pdf"), and
the issue date after the number, in brackets, after the signer ("do Chủ tịch UBND tỉnh ký
ngày …"), in the clause that issues it (its day written, or "Cùng ngày," the day reported just
before), in a clause that dates a set cited after it, or in the next sentence that takes the
document up by its type ("Kết luận do … ký ngày …").

Each fact carries the type word, the attached issue date ("ngày 19/8/2021", "ngày 19 tháng
8 năm 2021"), the issuer ("của Ủy ban nhân dân tỉnh Quảng Nam") and the subject ("về …",
"ban hành …").  An impossible date is kept with ``valid: false`` and a warning; a type word
that contradicts the code ("Quyết định số 1211/KH-UBND") gets a warning.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from .citation_issue_date import attach_issue_date
from .citation_later_mentions import short_names, taken_up_dates
from .citation_numbers import Lexicon, canonical_number, citation_rules, find_numbers, lexicon, patterns, rule_number
from .grammar import rule_set
from .model import Fact
from .place_names import named_places
from .registry import register
from .text import code_key

if TYPE_CHECKING:
    from .article import TokenizedArticle


def _issue_date_after(text: str, pos: int, reads: str = "date_after") -> tuple[regex.Match, str] | None:
    """The first issue-date rule that reads right after ``pos``, and its name."""
    for rule in citation_rules()[reads]:
        dm = rule.regex.match(text, pos, min(len(text), pos + 300))
        if dm:
            return dm, rule.name
    return None


def _issue_date_before(text: str, sent_start: int, start: int) -> tuple[regex.Match, str] | None:
    """The date of a clause that issues the document starting at ``start``, and its rule's name."""
    for rule in citation_rules()["date_before"]:
        if rule.data.get("at_sentence_start"):
            lead = rule.regex.match(text, sent_start, start)
        else:
            lead = rule.regex.search(text, sent_start, start)  # "$" is at `start`
        if lead:
            return lead, rule.name
    return None


@dataclass
class _Citation:
    """One number being read: where its citation starts and ends, the rule so far, its fields."""

    system: str
    m: regex.Match
    sent_start: int
    siblings: list
    start: int
    type_word: str | None
    rule: str
    canonical: str
    info: dict
    sys_name: str | None
    fields: dict = field(default_factory=dict)
    end: int = 0
    rest_at: int = 0
    dm: regex.Match | None = None

    @property
    def nstart(self) -> int:
        return self.m.start("num")

    @property
    def nend(self) -> int:
        return self.m.end("num")


class _Reading:
    """What one citation passes to the next in an article: the list it may continue, the clause
    that dated the last one, the set announced with its date before its numbers."""

    def __init__(self, tokenized: TokenizedArticle):
        self.tokenized = tokenized
        self.prev_end = -1
        self.prev_type_word = None
        self.list_run: list[dict] = []  # fields of the references of the current list ("số 11/…, 12/…")
        self.numbers, self.shared = find_numbers(tokenized.text)
        # "Ngày X, … đã ký các quyết định …": (date match, rule name, type word, end of the run so far)
        self.announced = [(m, r.name, m.group("tw").lower(), m.end())
                          for r in citation_rules()["announced_set"] for m in r.scan(tokenized.text)]
        self.announced.sort(key=lambda a: a[0].start())
        self.run = None
        self.clause = None  # (date match, rule name, sentence start) of the clause that issued the last citation
        self.clause_dated: set[int] = set()  # ids of the fields the clause's date dated, not their own


def _issuer_place_end(text: str, im: regex.Match) -> int:
    """Where an issuer's place ends: where the place stage's grammar ends the place after its
    level word ("của UBND huyện Nông Sơn", :func:`extract.place_names.named_places`; the level
    word alone when it names none), else after the capitalised words that follow the body
    ("của Tỉnh ủy Quảng Nam")."""
    start, end = im.end("issuer"), im.end("place")
    if not im.group("level"):
        return end
    named = next((m for m in named_places(text[start:start + 120]) if m.start == im.start("level") - start), None)
    return start + named.end if named else im.end("level")


@register("document_ref", requires=("sentences",), assigns=("document_ref",))
def extract_document_refs(tokenized: TokenizedArticle) -> None:
    """Add a ``document_ref`` fact for every cited document number in the article."""
    st = _Reading(tokenized)
    for system, m in st.numbers:
        c = _read_number(st, system, m)
        c.fields = _fields(c)
        _dates_and_issuer(st, c)
        _clause_date(st, c)
        _announced_date(st, c)
        sm = patterns()["subject_after"].match(tokenized.text, c.rest_at, min(len(tokenized.text), c.rest_at + 40))
        if sm:
            c.fields["subject"] = _subject(tokenized.text, sm.end(), tokenized)
        _warn(tokenized, c)
        _add_facts(tokenized, c)
        st.prev_end = c.nend
        st.prev_type_word = c.type_word
    taken_up_dates(tokenized)
    short_names(tokenized)


def _read_number(st: _Reading, system: str, m: regex.Match) -> _Citation:
    """The number's canonical form and parts, and the type word before it (or before its list)."""
    tokenized, text, regexes = st.tokenized, st.tokenized.text, patterns()
    nstart = m.start("num")
    sent_start = tokenized.sentences[tokenized.sentence_index(nstart)][0] if tokenized.sentences else 0
    siblings = st.shared.get(nstart, [])
    first_at = siblings[0].start() if siblings else nstart
    before = text[max(sent_start, first_at - 60):first_at]
    start = first_at
    type_word = None
    rule = system
    if system == "bare":
        type_word = m.group("tw")
        start = m.start()
        canonical = f"{type_word} {m.group('num')}"  # "Công văn số 468" → "Công văn 468"
        info = {"year": None, "type_code": None, "issuer_code": None, "unknown_codes": []}
        sys_name = None
    else:
        tw = regexes["type_word_before"].search(before)
        if tw:
            type_word = tw.group("tw")
            start = first_at - (len(before) - tw.start())
        elif st.prev_type_word and st.prev_end >= 0 and regexes["list_gap"].match(text[st.prev_end:first_at]):
            type_word = st.prev_type_word
            rule += "+list"
        else:
            so = regexes["so_before"].search(before)
            if so:
                start = first_at - (len(before) - so.start())
        if system in ("standard", "normative", "party", "state"):
            canonical, info = canonical_number(m.group("num"), system)
            sys_name = "standard" if system == "standard" else "party" if system == "party" else "state"
        else:  # a number form of citation_rules.yaml
            canonical, info = rule_number(m, system)
            sys_name = info.pop("system")
    return _Citation(system, m, sent_start, siblings, start, type_word, rule, canonical, info, sys_name,
                     end=m.end("num"), rest_at=m.end("num"))


def _fields(c: _Citation) -> dict:
    """The fact's fields from the number; the type name from the code, else from the word before it."""
    lex, info = lexicon(), c.info
    fields = {
        "canonical": c.canonical,
        "number": c.m.group("n") if c.system not in ("standard", "bare") else c.m.group("num"),
        "year": info["year"],
        "type_code": info["type_code"],
        "type_name": None,
        "type_word": c.type_word,
        "issuer_code": info["issuer_code"],
        "issuer": None,
        "issued_on": None,
        "valid": None,
        "subject": None,
        "system": c.sys_name,
    }
    table = lex.party_types if c.system == "party" else lex.state_types
    if info["type_code"] and info["type_code"] in table:
        fields["type_name"] = table[info["type_code"]]["name"]
    elif c.type_word:  # laws of the Quốc hội ("80/2015/QH13") have no type code
        fields["type_name"] = c.type_word[0].upper() + c.type_word[1:].lower()
    return fields


def _dated_by(tokenized: TokenizedArticle, c: _Citation, dated: tuple[regex.Match, str], *,
              always: bool = False) -> None:
    """The issue date a rule read after the number: the fact ends after it and names the rule."""
    c.dm, date_rule = dated
    attach_issue_date(tokenized, c.fields, c.dm, c.info["year"], c.canonical)
    c.end = c.rest_at = c.dm.end()
    if always or date_rule != "date_after_number":
        c.rule += "+" + date_rule


def _dates_and_issuer(st: _Reading, c: _Citation) -> None:
    """The issue date, the issuer and the subject after the number; the date may also follow
    the issuer ("Nghị quyết 07 của Ban Thường vụ Huyện ủy ngày 20/5/2019")."""
    tokenized, regexes, lex, fields, nend = st.tokenized, patterns(), lexicon(), c.fields, c.nend
    text = tokenized.text
    # A list is also documents joined with their own type words ("Quyết định số 12/QĐ-UBND và Quyết định
    # số 13/QĐ-UBND cùng ngày 5/3/2024"): "cùng ngày" dates each.
    joined = _date_carry(text, st, c) is not None
    st.list_run = st.list_run + [fields] if "+list" in c.rule or joined else [fields]
    dated = _issue_date_after(text, nend)
    if dated:
        _dated_by(tokenized, c, dated)
        # "các Quyết định số 11/QĐ-UBND, 12/QĐ-UBND cùng ngày 08/01/2024"; a list that carries one type
        # word dated once after its last number ("Quyết định số 1101/QĐ-UBND, 1102/QĐ-UBND ngày 12/8/2024")
        # The list's own date beats a clause's ("Ngày 15/8, UBND huyện ban hành các Quyết định số 1101/QĐ-UBND,
        # 1102/QĐ-UBND ngày 12/8/2024": both 12/8).
        if c.dm.groupdict().get("same") or "+list" in c.rule:
            for other in st.list_run[:-1]:
                if other["issued_on"] is None or id(other) in st.clause_dated:
                    other.update({k: fields[k] for k in ("issued_on", "valid", "issued_year_source")})
    elif same := regexes["same_day"].match(text, nend, min(len(text), nend + 40)):
        earlier = [f for f in tokenized.of_kind("document_ref") if f.get("issued_on")]
        if earlier:
            fields.update({k: earlier[-1].fields.get(k) for k in ("issued_on", "valid", "issued_year_source")})
            c.end = c.rest_at = same.end()
            c.rule += "+same_day"
    im = regexes["issuer_after"].match(text, c.rest_at, min(len(text), c.rest_at + 120))
    if im:
        place_end = _issuer_place_end(text, im)
        fields["issuer"] = lex.issuer_names[_name_key(im.group("issuer"), lex)] + text[im.end("issuer"):place_end]
        c.end = c.rest_at = place_end
        if not c.dm and (dated := _issue_date_after(text, c.rest_at)):
            _dated_by(tokenized, c, dated)
    if not c.dm and not fields["issued_on"]:
        # "… của Sở Giáo dục và Đào tạo ngày 5/3/2023": an issuer the lexicon does not list.
        dated = _issue_date_after(text, nend, "date_after_named_issuer")
        if dated:
            _dated_by(tokenized, c, dated, always=True)
            if not im:
                fields["issuer"] = c.dm.group("who").strip(" ,")
    if not fields["issuer"] and c.info["issuer_code"]:
        codes = lex.party_issuers if c.system == "party" else lex.state_issuers
        head = regex.sub(r"\d+$", "", c.info["issuer_code"].split("-")[0])
        if head in codes:
            fields["issuer"] = codes[head]


def _clause_date(st: _Reading, c: _Citation) -> None:
    """A date that opens the clause issuing the document ("Ngày 3/4/2023, Chủ tịch UBND huyện
    đã ký ban hành Quyết định số …"), or the clause's date carried to the next document of it."""
    text = st.tokenized.text
    if c.dm or c.fields["issued_on"]:
        st.clause = None
        return
    lead = _issue_date_before(text, c.sent_start, c.start)
    if lead and _own_date_of_earlier(st.tokenized, lead[0]):
        lead = None  # "… tại Tờ trình số 45/TTr-PNV ngày 2/3/2024, UBND huyện ban hành …": the submission's day
    if lead is None and st.clause is not None and st.clause[2] == c.sent_start:
        # "… ban hành Quyết định số 88/QĐ-UBND và Kế hoạch số 89/KH-UBND": one clause, one date.
        carry = _date_carry(text, st, c)
        if carry is not None:
            lead = (st.clause[0], carry.name)
    if lead:
        attach_issue_date(st.tokenized, c.fields, lead[0], c.info["year"], c.canonical)
        st.clause_dated.add(id(c.fields))
        c.rule += "+" + lead[1]
    elif (same := _same_day_issue(st.tokenized, c)) is not None:
        day, name = same
        c.fields.update(issued_on=day["value"], valid=day.get("valid"), issued_year_source="context")
        c.rule += "+" + name
    st.clause = (lead[0], lead[1], c.sent_start) if lead else None


def _same_day_issue(tokenized: TokenizedArticle, c: _Citation) -> tuple[Fact, str] | None:
    """A clause opening on "Cùng ngày," ("Cũng trong ngày", "Chiều cùng ngày") that issues the
    document: the day reported just before it, the last day written before the sentence that is no
    cited document's own (rule ``same_day_then_issue``); None when no such clause or day."""
    rule = next((r for r in citation_rules()["same_day_before"] if r.regex.match(tokenized.text, c.sent_start, c.start)),
                None)
    if rule is None:
        return None
    cited = [f.span for f in tokenized.of_kind("document_ref")]
    days = [d for d in tokenized.of_kind("date") if d.span.end <= c.sent_start and d.get("granularity") == "day"
            and d.get("value") and not d.get("end_value") and not any(s.start <= d.span.start < s.end for s in cited)]
    if not days or _on_dateline(tokenized.text, days[-1].span):
        return None  # "Ngày cập nhật 21/06/2024" is the page's day, not one the text reported
    return days[-1], rule.name


def _on_dateline(text: str, span) -> bool:
    """The day stands on a line of its own: a page's date line ("Ngày cập nhật 21/06/2024")."""
    start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    line = text[start:end if end >= 0 else len(text)]
    return len((line[:span.start - start] + line[span.end - start:]).split()) < 4


def _date_carry(text: str, st: _Reading, c: _Citation):
    """The ``date_carry`` rule that the words between the previous citation and this one are
    ("… và", "… cùng"): one date then goes to both; None if they are no such joint."""
    if st.prev_end < 0:
        return None
    return next((r for r in citation_rules()["date_carry"] if r.regex.fullmatch(text, st.prev_end, c.start)), None)


def _own_date_of_earlier(tokenized: TokenizedArticle, lead: regex.Match) -> bool:
    """Whether the clause's date is one an earlier citation of the sentence already took as its own."""
    at = lead.start() + lead.group(0).lower().find("ngày")
    return any(f.span.start < at < f.span.end for f in tokenized.of_kind("document_ref"))


def _announced_date(st: _Reading, c: _Citation) -> None:
    """A set dated before its numbers: this citation continues the run, or closes it."""
    while st.announced and st.announced[0][0].end() <= c.start:
        st.run = list(st.announced.pop(0))
    if st.run is None:
        return
    run = st.run
    if not c.fields["issued_on"] and c.type_word and c.type_word.lower() == run[2] and c.start - run[3] <= 400:
        attach_issue_date(st.tokenized, c.fields, run[0], c.info["year"], c.canonical)
        c.rule += "+" + run[1]
        run[3] = c.end
    else:
        st.run = None


def _warn(tokenized: TokenizedArticle, c: _Citation) -> None:
    """A type word against its code; a Party issuer code in a state number."""
    lex, info, type_word = lexicon(), c.info, c.type_word
    if type_word and info["type_code"]:
        codes = lex.word_to_codes.get(type_word.lower(), set())
        if codes and info["type_code"] not in {code for _, code in codes}:
            tokenized.warn("type_mismatch", c.start, c.nend,
                    f"'{type_word}' names a different type than the code {info['type_code']} in {c.canonical}")
    if c.system == "state" and info["issuer_code"] and code_key(info["issuer_code"]) in {
        code_key(code) for code in ("TU", "HU", "TW", "ĐU", "QU")
    } and info["type_code"] in lex.party_types:
        tokenized.warn("party_code_in_state_form", c.nstart, c.nend,
                f"{c.canonical} has a Party issuer code in state form (Party numbers read N-TYPE/ISSUER)")


def _add_facts(tokenized: TokenizedArticle, c: _Citation) -> None:
    """The fact, and one for each number sharing its symbol ("215, 216, 217/QĐ-UBND"): each its
    own document, with this one's symbol, date, issuer and subject; its span runs to this one's end."""
    fields, info = c.fields, c.info
    if info["unknown_codes"]:
        fields["unknown_codes"] = info["unknown_codes"]
    confidence = 0.98 if c.system != "bare" else 0.75
    if c.system == "state" and not info["type_code"] and not c.type_word:
        confidence = 0.85
    for i, sib in enumerate(c.siblings):
        n = sib.group(0)
        sib_fields = dict(fields, canonical=n + c.canonical[len(fields["number"]):], number=n)
        span = tokenized.span(c.start if i == 0 else sib.start(), c.end)
        tokenized.facts.append(Fact("document_ref", span, "document_ref", confidence, c.rule + "+shared_symbol_list",
                                    sib_fields))
    span = tokenized.span(c.start if not c.siblings else c.nstart, c.end)
    tokenized.facts.append(Fact("document_ref", span, "document_ref", confidence, c.rule, fields))


def _name_key(written: str, lex: Lexicon) -> str:
    if written in lex.issuer_names:
        return written
    for k in lex.issuer_names:
        if k.lower() == written.lower():
            return k
    return written  # pragma: no cover - the alternation only matches lexicon names


def _subject(text: str, pos: int, tokenized: TokenizedArticle) -> str | None:
    """The subject after "về"/"ban hành", up to the end of the clause or the next citation."""
    send = tokenized.sentences[tokenized.sentence_index(pos)][1] if tokenized.sentences else len(text)
    limit = min(send, pos + 200)
    rules = rule_set("citation_rules")
    stop = rules.rule("subject_stop").regex.search(text, pos, limit)
    end = stop.start() if stop else limit
    m = rules.rule("subject_next_citation").regex.search(text, pos, end)
    if m:
        end = m.start()
    subject = text[pos:end].strip(" ,")
    return subject or None
