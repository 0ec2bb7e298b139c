"""Document numbers: the type and issuer lexicons, the number forms (state, Party, normative,
standards, the rules of ``patterns/citation_rules.yaml``) and each number's canonical spelling.

The grammar :mod:`extract.document_refs` reads citations with; light (no stage imported), so
the store's queries (db/queries.py) spell a typed number the way the extractor does.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from govfacts.patterns import alternation, load

from .grammar import rule_set
from .places import unit_level_words
from .rule_starts import finditer
from .text import DASHES as ANY_DASH, code_key

L = r"A-Za-zĐđÐð"  # code letters; Ð (eth) is a scraping variant of Đ
SEP_SLASH = r"\s?/\s?"
DASHES = regex.escape(ANY_DASH)  # for a character class: text.DASHES, the hyphen escaped
SEP_DASH = rf"\s?[{DASHES}]\s?"
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
    named_boards: list
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
        named_boards=issuers["named_boards"],
        place_words=list(unit_level_words()),  # the level words of patterns/place_rules.yaml
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
    qualifiers = "|".join(regex.escape(w) for w in load("document_types")["type_qualifiers"])
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
        # Before a number: "Quyết định số", "Kế hoạch", "Số:", "văn bản số", a list "các Quyết định: số", a
        # type with what it is for ("Quyết định thanh tra số", "Kết luận kiểm tra số", "Nghị quyết chuyên đề số").
        "type_word_before": regex.compile(
            rf"(?P<tw>{alternation(type_words)})(?:\s+(?:{qualifiers}))?\s*(?::\s*(?=số|Số))?(?:(?:số|Số)\s*:?\s*)?$",
            regex.IGNORECASE,
        ),
        "so_before": regex.compile(r"(?<!\w)(?:Số|số)\s*:?\s*$"),
        # After a number, before the next one of a list: ", ", " và ", ", số ".
        "list_gap": regex.compile(r"^\s*(?:,|;|và|hoặc)\s*(?:(?:các|số)\s+)*$", regex.IGNORECASE),
        # "… cùng ngày" with no date: the day of the document cited just before.
        "same_day": regex.compile(r"\s*,?\s*(?:(?:được\s+)?ban hành\s+)?cùng ngày(?!\s*\d)", regex.IGNORECASE),
        # a board's purpose before its level ("của Ban Chỉ đạo diễn tập huyện"): part of its name
        "issuer_after": regex.compile(
            rf"\s*,?\s*của\s+(?P<issuer>{alternation(lex.issuer_names)})"
            rf"(?P<place>(?:(?<=(?:{alternation(lex.named_boards)}))(?:\s+(?!(?:về|việc|tại|của|theo|nhằm|để)(?!\w)|số\s*\d)"
            rf"[^\s.;:()⟨]+){{1,10}}?(?=\s+(?:{alternation(lex.place_words)})(?!\w)))?"
            rf"(?:\s+(?P<level>{alternation(lex.place_words)}))?(?:\s+\p{{Lu}}\p{{Ll}}*)*)",
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
    compact = regex.sub(rf"\s*([/:{DASHES}])\s*", r"\1", raw)
    compact = regex.sub(rf"[{DASHES}]", "-", compact)
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
                            "date_carry": [], "not_a_number": [], "date_before": [], "announced_set": [],
                            "taken_up_date": [], "same_day_before": [], "subject_stop": [],
                            "subject_next_citation": []}
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


def find_numbers(text: str) -> tuple[list[tuple[str, regex.Match]], dict[int, list[regex.Match]]]:
    """Every number in the text, most specific form first; later forms skip claimed characters.

    Also the lists of bare numbers that share the symbol of a number found here, by the
    start of that number ("215, 216, 217/QĐ-UBND": 217 → the matches of 215 and 216).
    """
    regexes = patterns()
    rules = citation_rules()
    claimed = bytearray(len(text))
    found = []

    def claim(s: int, e: int) -> bool:
        if any(claimed[s:e]):
            return False
        claimed[s:e] = b"\x01" * (e - s)
        return True

    for system in ("standard", "normative", "party", "state"):
        for m in regexes[system].finditer(text):
            if claim(*m.span("num")):
                found.append((system, m))
    for rule in rules["number"]:
        cue = _line_cue(rule.name)
        for m in rule.scan(text):
            if cue is not None and not _line_has(text, m.start(), cue):
                continue
            if rule.data.get("needs_type_word") and not _after_type_word(text, m.start("num"), so=False):
                continue
            if claim(*m.span("num")):
                found.append((rule.name, m))
    starts = {m.start("num"): m for system, m in found if system != "standard"}
    shared: dict[int, list[regex.Match]] = {}
    for rule in rules["shared_symbol"]:
        for m in rule.scan(text):
            if m.end() in starts and _after_type_word(text, m.start("list")) and claim(*m.span("list")):
                nums = list(regex.finditer(r"\d{1,5}[a-zA-Z]?", text[:m.end("list")], pos=m.start("list")))
                shared[m.end()] = nums
    for m in finditer(regexes["bare"], text):  # exactly its finditer, tried only after a type word
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
    regexes = patterns()
    return bool(regexes["type_word_before"].search(before) or so and regexes["so_before"].search(before))


def rule_number(m: regex.Match, name: str) -> tuple[str, dict]:
    """Canonical form and parts of a number read by a rule of citation_rules.yaml."""
    info: dict = {"year": None, "type_code": None, "issuer_code": None, "unknown_codes": [], "system": None}
    rule = next(r for r in citation_rules()["number"] if r.name == name)
    if rule.data.get("canonical") == "symbol":
        canonical, parts = canonical_number(m.group("num"), "state")
        info.update(parts, system="state")
        return canonical, info
    return m.group("num"), info  # as written ("QD 713 UBND")
