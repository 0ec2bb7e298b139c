"""The compiled patterns of the officials' grammar, built from its lexicons, and its named
rules (``patterns/official_rules.yaml``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from govfacts.patterns import load

from .grammar import rule_set
from .official_lexicon import CAPS_SYL, SYL, WORD_END, lexicon, normal_tones
from .text import fold

def word_alternation(words, *, flexible_space: bool = True) -> str:
    """Longest-first alternation of literal words (tone placement normalised, as the text it
    is matched against); a space matches any run of whitespace."""
    parts = sorted({normal_tones(w) for w in words if w}, key=len, reverse=True)
    esc = (regex.escape(w) for w in parts)
    if flexible_space:
        esc = (e.replace("\\ ", r"\s+") for e in esc)
    return "(?:" + "|".join(esc) + ")"


@dataclass(frozen=True)
class OfficialPatterns:
    title: regex.Pattern
    title_forms_scan: re.Pattern
    title_abbr_scan: re.Pattern
    body: regex.Pattern
    generic: regex.Pattern
    level: regex.Pattern
    parent_word: regex.Pattern
    level_at_end: regex.Pattern
    abbr_in_brackets: regex.Pattern
    bracket_after_name: regex.Pattern
    holder_before: regex.Pattern
    holder_before_acting: regex.Pattern  # "giao| quyền Giám đốc … cho ông A"
    former: regex.Pattern
    former_before: regex.Pattern
    holder_bridge: regex.Pattern
    run: regex.Pattern
    syl: regex.Pattern
    honorific_before: regex.Pattern
    plural_before: regex.Pattern
    sep_first: regex.Pattern
    sep_next: regex.Pattern
    title_to_name: regex.Pattern
    list_next: regex.Pattern
    appoint: regex.Pattern
    term: regex.Pattern
    subject_stop: regex.Pattern
    byline: regex.Pattern
    credit: regex.Pattern
    place_before: regex.Pattern
    of_word: regex.Pattern
    plural_quantifier: regex.Pattern
    name_vocab: regex.Pattern
    country_after: regex.Pattern  # "Hội LHPN| Việt Nam": the country closing a mass body's name
    period_after: regex.Pattern  # "… viên chức| năm 2024": a year or term after a lower-case name
    level_lookalike: regex.Pattern
    qualifier_after_body: regex.Pattern
    plural_list_next: regex.Pattern
    roman: regex.Pattern
    person_named_kind: regex.Pattern


def _forms(entries: list, key: str) -> list[str]:
    return [normal_tones(f) for e in entries for f in e.get(key) or []]


def _caps_first(lex) -> str:
    """A byline's first word in capitals: a syllable, or an Ê Đê name's gender marker alone
    or glued by its apostrophe ("Y KHUÊ MLÔ", "H’YÂM KNUL"; ``highland_given_markers``)."""
    glued = [regex.escape(m.upper()) for m in lex.highland_markers if m[-1:] in "'’"]
    alone = [regex.escape(m.upper()) for m in lex.highland_markers if m[-1:] not in "'’"]
    prefix = f"(?:{'|'.join(glued)})?" if glued else ""
    return "(?:" + "|".join([prefix + CAPS_SYL, *alone]) + ")"


def _spaced(names: list[str]) -> str:
    """``names`` as an alternation whose spaces are runs of spaces or no-break spaces, on one line."""
    return "|".join(regex.escape(n).replace("\\ ", r"[ \u00a0]+") for n in names)


@cache
def honorific_alternation() -> str:
    """Every written form of every honorific of honorifics.yaml ("ông", "đồng chí", "Đ/c", …) as
    one alternation, longest first (read before a name by every reader of names)."""
    return word_alternation([f for forms in load("honorifics")["honorifics"].values() for f in forms])


@cache
def patterns() -> OfficialPatterns:
    lex = lexicon()
    tit_all = load("titles")
    tit = tit_all["titles"]
    bod = load("organisations")["bodies"]
    org = load("organisations")
    hon = load("honorifics")
    lb = r"(?<![\p{L}\p{N}/])"
    abbr_end = r"(?![\p{L}\p{N}/]|-\p{L})"
    title = regex.compile(
        rf"{lb}(?:(?i:{word_alternation(_forms(tit, 'forms'))}){WORD_END}|{word_alternation(_forms(tit, 'abbr'))}{abbr_end})")
    body = regex.compile(
        rf"{lb}(?:(?i:{word_alternation(_forms(bod, 'forms'))}){WORD_END}|{word_alternation(_forms(bod, 'abbr'))}{abbr_end})")
    generic = regex.compile(rf"{lb}(?i:{word_alternation(normal_tones(h) for h in org['generic_heads'])}){WORD_END}")
    places = load("place_rules")["lists"]  # the level words are the place stage's (patterns/place_rules.yaml)
    level_words, level_abbr = list(places["level_words"]), list(places["level_abbreviations"])
    level = regex.compile(rf"{lb}(?:(?i:{word_alternation(level_words)}){WORD_END}|{word_alternation(level_abbr)}(?!\p{{L}}))")
    honor = rf"(?i:{honorific_alternation()}){WORD_END}"
    degree = word_alternation(hon["degrees"])
    plural = rf"(?i:{word_alternation(hon['plural'])}){WORD_END}"
    honorific_before = regex.compile(
        rf"(?:(?<![\p{{L}}\p{{N}}])(?P<hon>{honor})\s*(?:(?P<deg>{degree})\s*)?|(?P<deg2>{degree})\s*)(?::\s*)?$")
    plural_before = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<plural>{plural})\s*(?::\s*)?$")
    app = lex.appointment
    appoint = regex.compile(
        rf"\s*,?\s*(?:và\s+)?(?:(?:{word_alternation(app['adverbs'])})\s+)*(?:được\s+)?(?:(?:{word_alternation(app['adverbs'])})\s+)*"
        rf"(?:(?:{word_alternation(app['verbs'])})(?:\s*,\s*|\s+và\s+|\s+))*(?P<post>{word_alternation(app['posts'])})\s*:?\s+", regex.IGNORECASE)
    return OfficialPatterns(
        title=title,
        title_forms_scan=re.compile(r"(?<![\w/])" + word_alternation(f.lower() for f in _forms(tit, "forms")) + r"(?!\w)"),
        title_abbr_scan=re.compile(r"(?<![\w/])" + word_alternation(_forms(tit, "abbr")) + r"(?![\w/]|-[^\W\d_])"),
        body=body,
        generic=generic,
        level=level,
        level_at_end=regex.compile(rf"(?<=\s)(?:(?i:{word_alternation(level_words)}){WORD_END}|{word_alternation(level_abbr)})$"),
        parent_word=regex.compile(rf"(?i:{word_alternation(org['parent_words'])}){WORD_END}"),
        former=regex.compile(rf"(?i:{word_alternation(tit_all['former_prefixes'])})\s+"),
        former_before=regex.compile(rf"(?<![\p{{L}}])(?i:{word_alternation(tit_all['former_prefixes'])})\s+$"),
        holder_before=regex.compile(rf"(?i:{word_alternation(tit_all['holder_bridge']['before_title'])})\s+$"),
        holder_before_acting=regex.compile(
            rf"(?<![\p{{L}}])(?i:{word_alternation(tit_all['holder_bridge']['before_acting_title'])})\s+$"),
        holder_bridge=regex.compile(
            rf"\s*(?:,?\s*(?i:{word_alternation(tit_all['tenure_words'])})\s+\d{{4}}\s*[-–]\s*\d{{4}})?\s*,?\s*"
            rf"(?i:{word_alternation(tit_all['holder_bridge']['words'])})\s+"),
        bracket_after_name=regex.compile(r"\s*\([^()\n]{1,40}\)(?=\s*[,–-])"),
        abbr_in_brackets=regex.compile(r"\s*\(\s*[\p{Lu}&.\-]{2,12}\s*\)"),
        run=regex.compile(rf"(?<![\p{{L}}\p{{N}}&/.'’\-]){SYL}(?:[ \u00a0]{SYL})*{WORD_END}"),
        syl=regex.compile(SYL + WORD_END),
        honorific_before=honorific_before,
        plural_before=plural_before,
        # after a name: ", " "- " " – " "(" or a plain space before a title
        sep_first=regex.compile(r"\s*(?:[,:(]|\s[-–—]|[-–—]\s|[-–—])\s*|\s+"),
        sep_next=regex.compile(r"\s*(?:,\s*(?:kiêm\s+)?|\s[-–—]\s*|[-–—]\s*|\s+kiêm\s+|\s+và\s+)"),
        # between a title and the name it precedes: " ", ": ", " – ", an honorific
        title_to_name=regex.compile(rf"(?:\s*[:–—-]\s*|[ \t\u00a0]+)(?:(?P<hon>{honor})\s+)?"),  # no bare line break
        list_next=regex.compile(rf"\s*(?:,|;|\s+và|\s+cùng)\s*(?:(?P<hon>{honor})\s+)?"),
        appoint=appoint,
        term=regex.compile(rf"\s*,?\s*(?i:{word_alternation(tit_all['term_words'])})\s+[IVXLC]+\b"),
        subject_stop=regex.compile(
            rf"[,;.:()\n]|\s[-–—]\s|\s(?:{word_alternation(lex.chain_stops)}){WORD_END}|\s(?:{honor})\s"),
        byline=regex.compile(
            rf"^[\s(]*(?:(?i:{word_alternation(lex.byline_prefixes)})\s*:\s*)?(?P<name>{SYL}(?: {SYL}){{1,3}}|{_caps_first(lex)}(?: {CAPS_SYL}){{1,3}})"
            rf"\s*(?:[,\-–(].{{0,60}})?[\s)]*$"),
        credit=regex.compile(rf"(?i:{word_alternation(hon['credit_prefixes'])})\s*:\s*(?P<name>{SYL}(?: {SYL}){{1,3}})\s*[.)]?\s*$"),
        place_before=regex.compile(rf"(?<![\p{{L}}]){word_alternation(_place_context())}[ \t\u00a0]*\Z"),  # on one line
        of_word=regex.compile(rf"(?i:{word_alternation(org['of_words'])})\s+"),
        plural_quantifier=regex.compile(rf"(?<![\p{{L}}])(?i:{word_alternation(hon['plural_quantifiers'])})\s+$"),
        name_vocab=regex.compile(rf"{word_alternation(org['name_vocabulary'])}{WORD_END}"),
        country_after=regex.compile(rf"[ \u00a0]+(?:{_spaced(org['country_names'])})(?![\p{{L}}\p{{N}}])"),
        period_after=regex.compile(rf"(?:{'|'.join(map(regex.escape, org['period_words']))})\s+\d{{1,4}}(?:\s*[-–]\s*\d{{4}})?(?!\p{{N}})",
                                   regex.IGNORECASE),
        level_lookalike=regex.compile(rf"{word_alternation(org['level_lookalikes'])}{WORD_END}"),
        qualifier_after_body=regex.compile(rf"\s+(?P<q>(?i:{word_alternation(tit_all['qualifiers_after_body'])})){WORD_END}"),
        # between the names of a list a plural title governs, after each one's own roles:
        # "các đại biểu HĐND tỉnh A, Tỉnh ủy viên, …; và B, Phó Giám đốc Sở …"
        plural_list_next=regex.compile(rf"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:(?P<hon>{honor})\s+)?"),
        roman=regex.compile(r"[IVXLC]+$"),
        person_named_kind=regex.compile(
            rf"(?<![\p{{L}}])(?i:{word_alternation(org.get('person_named_kinds') or ['-'])}){WORD_END}"),
    )


def _place_context() -> list[str]:
    words = load("surnames")["place_context"]
    return sorted({w for x in words for w in (x, x[:1].upper() + x[1:])})


# ------------------------------------------------------------------ results


@cache
def official_rules():
    """The phrasings of patterns/official_rules.yaml."""
    return rule_set("official_rules")


@cache
def ad_hoc_tasks() -> tuple[str, ...]:
    return tuple(fold(w) for w in load("organisations").get("ad_hoc_tasks") or ())


@cache
def board_named_before() -> dict:
    """organisations.yaml ``board_named_before``: which bare titles take the board named before."""
    return dict(load("organisations").get("board_named_before") or {})
