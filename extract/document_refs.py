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
ngày …"), in the clause that issues it, or in a clause that dates a set cited after it.

Each fact carries the type word, the attached issue date ("ngày 19/8/2021", "ngày 19 tháng
8 năm 2021"), the issuer ("của Ủy ban nhân dân tỉnh Quảng Nam") and the subject ("về …",
"ban hành …").  An impossible date is kept with ``valid: false`` and a warning; a type word
that contradicts the code ("Quyết định số 1211/KH-UBND") gets a warning.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from govfacts.patterns import alternation, load

from .date_grammar import date_parts, day_value
from .date_year import context_year
from .dates import date_fact_overlaps
from .grammar import rule_set
from .model import Fact
from .registry import register
from .text import code_key

if TYPE_CHECKING:
    from .article import TokenizedArticle

L = r"A-Za-zĐđÐð"  # code letters; Ð (eth) is a scraping variant of Đ
SEP_SLASH = r"\s?/\s?"
SEP_DASH = r"\s?[-–]\s?"
NUM = r"\d{1,5}[a-zA-Z]?"
# Not inside a longer token, except glued to "số" as scraped text writes it ("số1444/UBND-VP").
START = r"(?:(?<=[Ss]ố)|(?<![\w/]))"


@dataclass(frozen=True)
class Lexicon:
    state_types: dict
    party_types: dict
    state_issuers: dict
    party_issuers: dict
    issuer_names: dict
    place_words: list
    untyped_words: list
    parliament: list
    word_to_codes: dict  # folded type word → set of (system, code)


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    types = load("document_types")
    issuers = load("issuers")
    word_to_codes: dict[str, set] = {}
    for system in ("state", "party"):
        for code, entry in types[system].items():
            for word in entry.get("words") or []:
                word_to_codes.setdefault(word.lower(), set()).add((system, code))
    return Lexicon(
        state_types=types["state"],
        party_types=types["party"],
        state_issuers=issuers["state"],
        party_issuers=issuers["party"],
        issuer_names=issuers["names"],
        place_words=issuers["place_words"],
        untyped_words=types["untyped_words"],
        parliament=types["parliament_issuers"],
        word_to_codes=word_to_codes,
    )


def restore(code: str, table: dict) -> tuple[str, bool]:
    """The lexicon's spelling of ``code`` ('QD' → 'QĐ', 'Nq' → 'NQ') and whether it is known.

    An exact spelling wins, then a case-insensitive one, then one equal once Đ is folded to D
    (so 'HD' stays Hướng dẫn and is never turned into 'HĐ', Hợp đồng).
    """
    code = code.replace("Ð", "Đ").replace("ð", "đ")
    if code in table:
        return code, True
    upper = {c.upper(): c for c in table}
    if code.upper() in upper:
        return upper[code.upper()], True
    folded = {}
    for c in table:
        folded.setdefault(code_key(c), []).append(c)
    cands = folded.get(code_key(code), [])
    if len(cands) == 1 and not any(c.upper() == code.upper() for c in table):
        return cands[0], True
    return code.upper() if code.isupper() or code.islower() else code, False


@lru_cache(maxsize=None)
def patterns() -> dict[str, regex.Pattern]:
    lex = lexicon()
    type_words = sorted(
        {w for e in list(lex.state_types.values()) + list(lex.party_types.values()) for w in e.get("words") or []}
        | set(lex.untyped_words),
        key=len,
        reverse=True,
    )
    party_codes = alternation(_variants(lex.party_types))
    return {
        "standard": regex.compile(
            r"(?<![\w])(?P<num>(?:TCVN|QCVN)(?:\s+ISO(?:/IEC)?)?\s+\d{1,5}(?:-\d+)*:(?:19|20)\d{2}(?:/[A-ZĐ]+)?)"
        ),
        "normative": regex.compile(
            rf"{START}(?P<num>(?P<n>{NUM}){SEP_SLASH}(?P<year>(?:19|20)\d{{2}}){SEP_SLASH}"
            rf"(?P<code>[{L}]{{1,10}}\d{{0,2}}(?:{SEP_DASH}[{L}0-9&]{{1,15}})*))(?![\w/])"
        ),
        "party": regex.compile(
            rf"{START}(?P<num>(?P<n>{NUM}){SEP_DASH}(?P<type>{party_codes}){SEP_SLASH}"
            rf"(?P<issuer>[{L}]{{1,10}}\d{{0,2}}(?:-[{L}]{{1,10}})?))(?![\w/])",
            regex.IGNORECASE,
        ),
        "state": regex.compile(
            rf"{START}(?P<num>(?P<n>{NUM}){SEP_SLASH}(?P<code>[{L}]{{1,8}}\d{{0,2}}(?:{SEP_DASH}[{L}0-9&]{{1,15}})+))(?![\w/])"
        ),
        "bare": regex.compile(
            rf"(?<!\w)(?P<tw>{alternation(type_words)})\s+(?:(?P<so>số)\s*)?(?P<num>\d{{1,5}}[abc]?)(?!\d)(?![/\-.,:]?\w)",
            regex.IGNORECASE,
        ),
        # Before a number: "Quyết định số", "Kế hoạch", "Số:", "văn bản số".
        "type_word_before": regex.compile(
            rf"(?P<tw>{alternation(type_words)})(?:\s+(?:liên tịch|quy phạm pháp luật))?\s*(?:(?:số|Số)\s*:?\s*)?$",
            regex.IGNORECASE,
        ),
        "so_before": regex.compile(r"(?<!\w)(?:Số|số)\s*:?\s*$"),
        # After a number, before the next one of a list: ", ", " và ", ", số ".
        "list_gap": regex.compile(r"^\s*(?:,|;|và|hoặc)\s*(?:(?:các|số)\s+)*$", regex.IGNORECASE),
        # "… cùng ngày" with no date: the day of the document cited just before.
        "same_day": regex.compile(r"\s*,?\s*(?:(?:được\s+)?ban hành\s+)?cùng ngày(?!\s*\d)", regex.IGNORECASE),
        "issuer_after": regex.compile(
            rf"\s*,?\s*của\s+(?P<issuer>{alternation(lex.issuer_names)})"
            rf"(?P<place>(?:\s+(?:{alternation(lex.place_words)}))?(?:\s+\p{{Lu}}\p{{Ll}}*)*)",
        ),
        "subject_after": regex.compile(rf"\s*,?\s*(?P<conn>{alternation(load('document_types')['subject_connectors'])})\s+"),
    }


def _variants(table: dict) -> list[str]:
    out = set()
    for code in table:
        out |= {code, code.replace("Đ", "D").replace("đ", "d")}
    return sorted(out)


def canonical_number(raw: str, system: str) -> tuple[str, dict]:
    """Canonical form and its parts: no spaces around '/' and '-', codes in lexicon spelling."""
    lex = lexicon()
    compact = regex.sub(r"\s*([/\-–:])\s*", r"\1", raw).replace("–", "-")
    compact = compact.replace("Ð", "Đ").replace("ð", "đ")
    info: dict = {"year": None, "type_code": None, "issuer_code": None, "unknown_codes": []}
    if system == "standard":
        info["year"] = int(compact.rsplit(":", 1)[1][:4])
        return compact, info
    if system == "party":
        n, rest = compact.split("-", 1)
        type_code, issuer = rest.split("/", 1)
        type_code, _ = restore(type_code, lex.party_types)
        parts = issuer.split("-")
        head, known = restore(parts[0], lex.party_issuers)
        if not known:
            info["unknown_codes"].append(parts[0])
        issuer = "-".join([head] + [p.upper() for p in parts[1:]])
        info.update(type_code=type_code, issuer_code=issuer)
        return f"{n}-{type_code}/{issuer}", info
    pieces = compact.split("/")
    n = pieces[0]
    if len(pieces) == 3:
        info["year"] = int(pieces[1])
    codes = pieces[-1].split("-")
    out_codes = []
    first, known_type = restore(codes[0], lex.state_types)
    parliament = code_key(regex.sub(r"\d+$", "", codes[0])) in {code_key(p) for p in lex.parliament}
    if parliament:
        # "QH13", "UBTVQH14": the issuer with its term, no type code.
        m = regex.match(r"([A-Za-z]+)(\d*)$", codes[0])
        iss, _ = restore(m.group(1), lex.state_issuers)
        info["issuer_code"] = iss + m.group(2)
        out_codes = [info["issuer_code"]] + [c.upper() for c in codes[1:]]
    elif known_type and len(codes) > 1:
        info["type_code"] = first
        out_codes.append(first)
        for c in codes[1:]:
            iss, known = restore(c, lex.state_issuers)
            if not known and not out_codes[1:]:
                info["unknown_codes"].append(c)
            out_codes.append(iss if known else c)
        info["issuer_code"] = out_codes[1]
    else:
        # A công văn: ISSUER-UNIT, no type code.
        for c in codes:
            iss, known = restore(c, lex.state_issuers)
            out_codes.append(iss if known else c)
        info["issuer_code"] = out_codes[0]
        if not restore(codes[0], lex.state_issuers)[1]:
            info["unknown_codes"].append(codes[0])
    head = f"{n}/{pieces[1]}/" if len(pieces) == 3 else f"{n}/"
    return head + "-".join(out_codes), info


@lru_cache(maxsize=None)
def citation_rules() -> dict[str, list]:
    """The rules of ``patterns/citation_rules.yaml`` by what the extractor reads them for."""
    out: dict[str, list] = {"number": [], "shared_symbol": [], "date_after": [], "date_after_named_issuer": [],
                            "date_carry": [], "not_a_number": [], "date_before": [], "announced_set": []}
    rs = rule_set("citation_rules")
    for rule in rs.rules:
        out[rule.data["reads"]].append(rule)
    return out


@lru_cache(maxsize=None)
def _line_cue(name: str) -> regex.Pattern | None:
    rule = next(r for r in citation_rules()["number"] if r.name == name)
    cue = rule.data.get("line_cue")
    return rule_set("citation_rules").compile(cue) if cue else None


def _line_has(text: str, pos: int, cue: regex.Pattern) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return cue.search(text, start, len(text) if end < 0 else end) is not None


def _find_numbers(text: str) -> tuple[list[tuple[str, regex.Match]], dict[int, list[regex.Match]]]:
    """Every number in the text, most specific form first; later forms skip claimed characters.

    Also the lists of bare numbers that share the symbol of a number found here, by the
    start of that number ("215, 216, 217/QĐ-UBND": 217 → the matches of 215 and 216).
    """
    pats = patterns()
    rules = citation_rules()
    claimed = bytearray(len(text))
    found = []

    def claim(s: int, e: int) -> bool:
        if any(claimed[s:e]):
            return False
        claimed[s:e] = b"\x01" * (e - s)
        return True

    for system in ("standard", "normative", "party", "state"):
        for m in pats[system].finditer(text):
            if claim(*m.span("num")):
                found.append((system, m))
    for rule in rules["number"]:
        cue = _line_cue(rule.name)
        for m in rule.regex.finditer(text):
            if cue is not None and not _line_has(text, m.start(), cue):
                continue
            if rule.data.get("needs_type_word") and not _after_type_word(text, m.start("num"), so=False):
                continue
            if claim(*m.span("num")):
                found.append((rule.name, m))
    starts = {m.start("num"): m for system, m in found if system != "standard"}
    shared: dict[int, list[regex.Match]] = {}
    for rule in rules["shared_symbol"]:
        for m in rule.regex.finditer(text):
            if m.end() in starts and _after_type_word(text, m.start("list")) and claim(*m.span("list")):
                nums = list(regex.finditer(r"\d{1,5}[a-zA-Z]?", text[:m.end("list")], pos=m.start("list")))
                shared[m.end()] = nums
    for m in pats["bare"].finditer(text):
        s, e = m.span("num")
        n = m.group("num")
        if any(claimed[m.start():e]):
            continue
        if not m.group("so") and regex.fullmatch(r"(?:19|20)\d{2}", n):
            continue  # "Kế hoạch 2022" is a year, not a number
        if not m.group("so") and any(r.regex.match(text, e) for r in rules["not_a_number"]):
            continue  # "Báo cáo 6 tháng đầu năm" is a count
        found.append(("bare", m))
    found.sort(key=lambda x: x[1].start("num"))
    return found, shared


def _after_type_word(text: str, pos: int, so: bool = True) -> bool:
    """Whether a type word ("Quyết định số"), or with ``so`` a bare "số", stands right before ``pos``."""
    before = text[max(0, pos - 60):pos]
    pats = patterns()
    return bool(pats["type_word_before"].search(before) or so and pats["so_before"].search(before))


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


@register("document_ref")
def extract_document_refs(ta: TokenizedArticle) -> None:
    """Add a ``document_ref`` fact for every cited document number in the article."""
    text = ta.text
    pats = patterns()
    lex = lexicon()
    prev_end = -1
    prev_type_word = None
    list_run: list[dict] = []  # fields of the references of the current list ("số 11/…, 12/…")
    numbers, shared = _find_numbers(text)
    # "Ngày X, … đã ký các quyết định …": (date match, rule name, type word, end of the run so far)
    announced = [(m, r.name, m.group("tw").lower(), m.end())
                 for r in citation_rules()["announced_set"] for m in r.regex.finditer(text)]
    announced.sort(key=lambda a: a[0].start())
    run = None
    clause = None  # (date match, rule name, sentence start) of the clause that issued the last citation
    for system, m in numbers:
        nstart, nend = m.span("num")
        sent_start = ta.sentences[ta.sentence_index(nstart)][0] if ta.sentences else 0
        siblings = shared.get(nstart, [])
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
            tw = pats["type_word_before"].search(before)
            if tw:
                type_word = tw.group("tw")
                start = first_at - (len(before) - tw.start())
            elif prev_type_word and prev_end >= 0 and pats["list_gap"].match(text[prev_end:first_at]):
                type_word = prev_type_word
                rule += "+list"
            else:
                so = pats["so_before"].search(before)
                if so:
                    start = first_at - (len(before) - so.start())
            if system in ("standard", "normative", "party", "state"):
                canonical, info = canonical_number(m.group("num"), system)
                sys_name = "standard" if system == "standard" else "party" if system == "party" else "state"
            else:  # a number form of citation_rules.yaml
                canonical, info = _rule_number(m, system)
                sys_name = info.pop("system")
        end = nend
        fields = {
            "canonical": canonical,
            "number": m.group("n") if system not in ("standard", "bare") else m.group("num"),
            "year": info["year"],
            "type_code": info["type_code"],
            "type_name": None,
            "type_word": type_word,
            "issuer_code": info["issuer_code"],
            "issuer": None,
            "issued_on": None,
            "valid": None,
            "subject": None,
            "system": sys_name,
        }
        # Type name: from the code, else from the word before it.
        table = lex.party_types if system == "party" else lex.state_types
        if info["type_code"] and info["type_code"] in table:
            fields["type_name"] = table[info["type_code"]]["name"]
        elif type_word:  # laws of the Quốc hội ("80/2015/QH13") have no type code
            fields["type_name"] = type_word[0].upper() + type_word[1:].lower()
        # The issue date, the issuer and the subject after the number; the date may also
        # follow the issuer ("Nghị quyết 07 của Ban Thường vụ Huyện ủy ngày 20/5/2019") or
        # open the clause ("Ngày 3/4/2023, Chủ tịch UBND huyện đã ký ban hành Quyết định số …").
        rest_at = nend
        list_run = list_run + [fields] if "+list" in rule else [fields]
        dated = _issue_date_after(text, nend)
        dm = None
        if dated:
            dm, date_rule = dated
            _attach_date(ta, fields, dm, info["year"], canonical)
            end = rest_at = dm.end()
            if date_rule != "date_after_number":
                rule += "+" + date_rule
            if dm.groupdict().get("same"):  # "các Quyết định số 11/QĐ-UBND, 12/QĐ-UBND cùng ngày 08/01/2024"
                for other in list_run[:-1]:
                    if other["issued_on"] is None:
                        other.update({k: fields[k] for k in ("issued_on", "valid", "issued_year_source")})
        elif same := pats["same_day"].match(text, nend, min(len(text), nend + 40)):
            earlier = [f for f in ta.of_kind("document_ref") if f.get("issued_on")]
            if earlier:
                fields.update({k: earlier[-1].fields.get(k) for k in ("issued_on", "valid", "issued_year_source")})
                end = rest_at = same.end()
                rule += "+same_day"
        im = pats["issuer_after"].match(text, rest_at, min(len(text), rest_at + 120))
        if im:
            issuer = lex.issuer_names[_name_key(im.group("issuer"), lex)] + im.group("place").rstrip()
            fields["issuer"] = issuer
            end = rest_at = im.end("place") if im.group("place").strip() else im.end("issuer")
            if not dm:
                dated = _issue_date_after(text, rest_at)
                if dated:
                    dm, date_rule = dated
                    _attach_date(ta, fields, dm, info["year"], canonical)
                    end = rest_at = dm.end()
                    if date_rule != "date_after_number":
                        rule += "+" + date_rule
        if not dm and not fields["issued_on"]:
            # "… của Sở Giáo dục và Đào tạo ngày 5/3/2023": an issuer the lexicon does not list.
            dated = _issue_date_after(text, nend, "date_after_named_issuer")
            if dated:
                dm, date_rule = dated
                _attach_date(ta, fields, dm, info["year"], canonical)
                end = rest_at = dm.end()
                rule += "+" + date_rule
                if not im:
                    fields["issuer"] = dm.group("who").strip(" ,")
        if not fields["issuer"] and info["issuer_code"]:
            codes = lex.party_issuers if system == "party" else lex.state_issuers
            head = regex.sub(r"\d+$", "", info["issuer_code"].split("-")[0])
            if head in codes:
                fields["issuer"] = codes[head]
        if not dm and not fields["issued_on"]:
            lead = _issue_date_before(text, sent_start, start)
            if lead is None and clause is not None and clause[2] == sent_start:
                # "… ban hành Quyết định số 88/QĐ-UBND và Kế hoạch số 89/KH-UBND": one clause, one date.
                carry = next((r for r in citation_rules()["date_carry"] if r.regex.fullmatch(text, prev_end, start)),
                             None)
                if carry is not None:
                    lead = (clause[0], carry.name)
            if lead:
                _attach_date(ta, fields, lead[0], info["year"], canonical)
                rule += "+" + lead[1]
            clause = (lead[0], lead[1], sent_start) if lead else None
        else:
            clause = None
        # A set dated before its numbers: this citation continues the run, or closes it.
        while announced and announced[0][0].end() <= start:
            run = list(announced.pop(0))
        if run is not None:
            if (not fields["issued_on"] and type_word and type_word.lower() == run[2]
                    and start - run[3] <= 400):
                _attach_date(ta, fields, run[0], info["year"], canonical)
                rule += "+" + run[1]
                run[3] = end
            else:
                run = None
        sm = pats["subject_after"].match(text, rest_at, min(len(text), rest_at + 40))
        if sm:
            fields["subject"] = _subject(text, sm.end(), ta)
        # Type word against the code.
        if type_word and info["type_code"]:
            codes = lex.word_to_codes.get(type_word.lower(), set())
            if codes and info["type_code"] not in {c for _, c in codes}:
                ta.warn("type_mismatch", start, nend,
                        f"'{type_word}' names a different type than the code {info['type_code']} in {canonical}")
        if system == "state" and info["issuer_code"] and code_key(info["issuer_code"]) in {
            code_key(c) for c in ("TU", "HU", "TW", "ĐU", "QU")
        } and info["type_code"] in lex.party_types:
            ta.warn("party_code_in_state_form", nstart, nend,
                    f"{canonical} has a Party issuer code in state form (Party numbers read N-TYPE/ISSUER)")
        if info["unknown_codes"]:
            fields["unknown_codes"] = info["unknown_codes"]
        confidence = 0.98 if system != "bare" else 0.75
        if system == "state" and not info["type_code"] and not type_word:
            confidence = 0.85
        # Numbers sharing this symbol ("215, 216, 217/QĐ-UBND"): each its own document, with
        # this one's symbol, date, issuer and subject; its span runs from it to this one's end.
        for i, sib in enumerate(siblings):
            n = sib.group(0)
            sib_fields = dict(fields, canonical=n + canonical[len(fields["number"]):], number=n)
            ta.facts.append(Fact("document_ref", ta.span(start if i == 0 else sib.start(), end), "document_ref",
                                 confidence, rule + "+shared_symbol_list", sib_fields))
        ta.facts.append(Fact("document_ref", ta.span(start if not siblings else nstart, end), "document_ref",
                             confidence, rule, fields))
        prev_end = nend
        prev_type_word = type_word


def _rule_number(m: regex.Match, name: str) -> tuple[str, dict]:
    """Canonical form and parts of a number read by a rule of citation_rules.yaml."""
    info: dict = {"year": None, "type_code": None, "issuer_code": None, "unknown_codes": [], "system": None}
    rule = next(r for r in citation_rules()["number"] if r.name == name)
    if rule.data.get("canonical") == "symbol":
        canonical, parts = canonical_number(m.group("num"), "state")
        info.update(parts, system="state")
        return canonical, info
    return m.group("num"), info  # as written ("QD 713 UBND")


def _attach_date(ta: TokenizedArticle, fields: dict, dm: regex.Match, number_year: int | None,
                 canonical: str) -> None:
    """Set ``issued_on`` from a date match; a missing year comes from the number, else the article."""
    d, mo, y = date_parts(dm)
    year_source = "explicit"
    if y is None:
        if not 1 <= mo <= 12:
            return  # "ngày 15/13" without a year: no day to look a year up for
        y = number_year or context_year(ta, dm.start(), mo, d)[0]
        year_source = "context"
    if y is None:
        return
    # A written month past 12 ("ngày 15/13/2021") is kept as written with valid: false, as
    # "31/11/2021" is: the audit reports it rather than the citation losing its date.
    value, valid = day_value(d, mo, y)
    fields.update(issued_on=value, valid=valid, issued_year_source=year_source)
    if not valid:
        written = dm.group(0).strip(" ,")
        at = dm.start() + dm.group(0).index(written)
        seen = date_fact_overlaps(ta, at, at + len(written))
        if seen is None or seen.get("valid") is not False:  # else the date extractor warned
            ta.warn("invalid_date", at, at + len(written),
                    f"{canonical} is cited as issued on {written}, a day that does not exist")


def _name_key(written: str, lex: Lexicon) -> str:
    if written in lex.issuer_names:
        return written
    for k in lex.issuer_names:
        if k.lower() == written.lower():
            return k
    return written  # pragma: no cover - the alternation only matches lexicon names


# Where a subject ends because the next citation starts: ", Kế hoạch số 12/…", " và Quyết định …".
_NEXT_CITATION = regex.compile(
    r",\s*(?:và\s+)?(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+(?:số\s+)?\d)|\s+và\s+(?=\p{Lu}\p{Ll}+ \p{Ll}+ (?:số )?\d)"
)
_SUBJECT_STOP = regex.compile(r"[;…\n]|\.(?:\s|$)|\(")


def _subject(text: str, pos: int, ta: TokenizedArticle) -> str | None:
    """The subject after "về"/"ban hành", up to the end of the clause or the next citation."""
    send = ta.sentences[ta.sentence_index(pos)][1] if ta.sentences else len(text)
    limit = min(send, pos + 200)
    stop = _SUBJECT_STOP.search(text, pos, limit)
    end = stop.start() if stop else limit
    m = _NEXT_CITATION.search(text, pos, end)
    if m:
        end = m.start()
    subject = text[pos:end].strip(" ,")
    return subject or None
