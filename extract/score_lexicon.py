"""The score extractor's vocabulary: the lexicon and the named patterns built once from
``patterns/score_words.yaml`` and ``patterns/indexes.yaml`` (how an article is laid out and
read with them is extract/score_text.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from govfacts.patterns import alternation, load

from .places import level_of, unit_level_words  # the level words: patterns/place_rules.yaml
from .text import fold

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


# Syntax, not vocabulary: the glue between the lexicon's words.
TEXT_SHAPES = {
    "open_gap": regex.compile(r"\s*\(?\s*"),
    "dot_three": regex.compile(r"\d{1,3}\.\d{3}"),
    "leading_zero": regex.compile(r"0\d"),
    "paren_before": regex.compile(r"\(\s*$"),
    "word": regex.compile(r"\w+"),
    "plural": regex.compile(r"^(?:các|những)\s+"),
    "list_sep": regex.compile(r"[,;]"),
    "and_head": regex.compile(r"^và\s+"),
    "and": regex.compile(r"\s+và\s+"),
    "and_tail": regex.compile(r"(?:\s+(?:và|-|–|&))+$"),
    "is_head": regex.compile(r"^(?:vẫn\s+)?là\s+"),
    "own_year": regex.compile(r"\s*(?:của\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\d)"),
    "clause_stop": regex.compile(r"[;:()]|,(?!\d)"),
    "quote_gap": regex.compile(r"\s*[“”\"]\s*|\s+"),
}


def _alt(words) -> str:
    return alternation(words, boundary=True)


def _quotable(names) -> str:
    """Index names, longest first, each "chỉ số" of them followed by an opening quote mark or not
    ('Chỉ số “Cải cách hành chính”'), each comma in them written or not ("chỉ đạo, điều hành" or
    "chỉ đạo điều hành": ``index_key`` drops it)."""
    parts = sorted({n for n in names if n}, key=len, reverse=True)
    alt = "|".join(regex.escape(n).replace(r"chỉ\ số\ ", r"chỉ\ số\s+[“\"]?", 1).replace(r",\ ", r",?\s+")
                   for n in parts)
    return rf"(?<!\w)(?:{alt})(?!\w)"


def index_key(name: str) -> str:
    """An index name as the lexicon keys it: folded, commas dropped, spaces single."""
    return " ".join(fold(name).replace(",", " ").split())


def index_names(entry: dict) -> list[str]:
    """An index's names: its ``names``, and each ``compose`` head, optionally a ``between``
    word, then each body ("kết quả xếp hạng" + "công tác" + "cải cách hành chính")."""
    names = list(entry.get("names") or [])
    comp = entry.get("compose") or {}
    for head in comp.get("heads") or []:
        for mid in [""] + [m + " " for m in comp.get("between") or []]:
            names += [f"{head} {mid}{body}" for body in comp.get("bodies") or []]
    return names


@dataclass(frozen=True)
class Lexicon:
    index_code: dict  # folded name or exact acronym → code
    levels: dict  # folded level → level
    task_levels: dict  # folded phrase → level
    ordinals: dict
    cardinals: dict  # folded count word → number ("hai" → 2 in "tăng hai bậc")
    cue_kind: dict  # folded cue → kind
    first_not_after: frozenset
    first_not_before: tuple
    lead_words: frozenset
    collective: tuple


@cache
def lexicon() -> Lexicon:
    w = load("score_words")
    idx = load("indexes")
    codes: dict = {}
    for code, entry in idx["indexes"].items():
        for a in entry.get("acronyms") or []:
            codes[a] = code
        for n in index_names(entry):
            codes[index_key(n)] = code
    cue_kind = {}
    for kind, phrases in w["cues"].items():
        for p in phrases:
            cue_kind[fold(p)] = kind
    return Lexicon(
        index_code=codes,
        levels={fold(x): x for x in list(w["levels"]) + list(w["group_levels"])},
        task_levels={fold(k): v for k, v in w["task_levels"].items()},
        ordinals={fold(k): v for k, v in w["ordinals"].items()},
        cardinals={fold(k): v for k, v in w["cardinals"].items()},
        cue_kind=cue_kind,
        first_not_after=frozenset(fold(x) for x in w["first_not_after"]),
        first_not_before=tuple(fold(x) for x in w["first_not_before"]),
        lead_words=frozenset(fold(x) for x in w["lead_words"]),
        collective=tuple(w["collective"]),
    )


def _subject_shapes(w) -> dict[str, str]:
    """The regex text of a unit: a named place, an organisation, a person-like name, a bare level."""
    prefixes = alternation(w["subject_prefixes"])
    place = (rf"(?:(?:{prefixes})\s+)?(?i:{alternation(unit_level_words())})"
             rf"(?:\s*(?<=\.)|\s+)\p{{Lu}}[\p{{L}}]*(?:(?:\s+|\s*-\s*|\.)\p{{Lu}}[\p{{L}}]*)*")
    levels_word = rf"(?i:{alternation(unit_level_words())})(?!\w)"
    # "Sở Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện"; not "Sở Tư pháp và thành phố Tuyên Quang".
    org = (rf"(?<!\w)(?:{alternation(w['org_heads'])})(?=\s+\p{{Lu}})(?:\s+(?:và|-|–|&)\s+(?!{levels_word})\p{{Lu}}[\p{{L}}]*"
           rf"|\s+(?!(?i:{alternation(w['org_stops'])}|và)(?!\w))[\p{{L}}][\p{{L}}]*)+")
    # "UBND huyện", "của huyện": the article's own unit, named elsewhere.
    bare = (rf"(?:(?:{prefixes})\s+|(?<=của\s))(?P<level>{alternation(unit_level_words())})"
            rf"(?!\w)(?!\s*\p{{Lu}})")
    name2 = r"(?<!\w)\p{Lu}\p{Ll}*(?!\w)(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*(?!\w))+"
    return {"place": place, "org": org, "bare": bare, "name2": name2}


def _index_patterns(idx) -> dict[str, regex.Pattern]:
    """Index names: the lexicon's acronyms and names, words that are no index, generic words."""
    I = regex.IGNORECASE
    acronyms = [a for e in idx["indexes"].values() for a in e.get("acronyms") or []]
    names = [n for e in idx["indexes"].values() for n in index_names(e)]
    return {
        "acronym": regex.compile(rf"(?<![\w-])(?:{alternation(acronyms)})(?![\w-])"),
        "name": regex.compile(_quotable(names), I),
        "not_index": regex.compile(_alt(idx["not_indexes"]), I),
        "generic": regex.compile(_alt(idx["generic"]), I),
        # "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)": an index the lexicon does not know
        "open_index": regex.compile(
            rf"(?<!\w)(?i:{alternation(idx['open_index']['opens'])})(?:\s+[\p{{L}}&,./-]+){{1,{idx['open_index']['max_words']}}}?"
            rf"\s*\((?P<acr>[A-Z][A-Za-z]{{1,5}}[A-Z])\)"),
        # "Chỉ số Năng lực quản trị cấp xã năm 2023": an unknown index named without its acronym
        "open_named": regex.compile(
            rf"(?<!\w)(?i:{alternation(idx['open_index']['opens'])})\s+[“\"]?(?P<name>\p{{Lu}}\p{{Ll}}+"
            rf"(?:\s+(?!(?:{alternation(idx['open_index']['name_stops'])})(?!\w))\p{{Ll}}+){{1,{idx['open_index']['max_words']}}})"
            rf"(?!\w)"),
    }


def _score_patterns(w) -> dict[str, regex.Pattern]:
    """A number with a score unit, a score noun before a number, and the words that classify it."""
    I = regex.IGNORECASE
    points = alternation(w["points"])
    abbreviated = alternation(w["points_abbreviated"])
    return {
        "score": regex.compile(
            rf"(?<![\d.,/])(?P<num>{NUM})(?:\s*/\s*(?P<max>\d{{1,4}}(?:[.,]\d+)?))?\s*"
            rf"(?:(?P<pct>%|phần\s+trăm(?!\w))(?:\s*{points}(?!\w))?|(?P<pts>{points})(?!\w)"
            rf"|(?P<pts>(?-i:{abbreviated}))(?<=(?<![\d.,])\d{{1,3}}(?:,\d+)?(?:\s*/\s*\d{{1,3}})?\s?.)(?!\w))", I),
        "score_noun": regex.compile(
            rf"(?<!\w)(?P<noun>{alternation(w['score_nouns'])})(?:\s+(?:đạt được|đạt|là))?\s*:?\s+"
            rf"(?P<num>{NUM})(?:\s*/\s*(?P<max>\d{{1,4}}(?:[.,]\d+)?))?(?![\d]|[.,]\d|\s*(?:/|%|{points}))", I),
        "points_not_before": regex.compile(rf"\s*{_alt(w['points_not_before'])}", I),
        "percent_not_before": regex.compile(rf"\s*(?!{_alt(w['percent_of_points'])}){_alt(w['percent_not_before'])}", I),
        # not a year ("(năm 2022 - 80,1 điểm)"), nor a rank's number ("(hạng 1 - 92,5 điểm)")
        "range_before": regex.compile(r"(?<!\d{3})(?<!(?:hạng|thứ|vị\s+trí)\s+\d{0,2})\d\s*[-–]\s*$", I),
        "cue": regex.compile(_alt([c for v in w["cues"].values() for c in v]) + r"|(?P<paren>\()", I),
        "band_before": regex.compile(rf"(?P<word>{_alt(w['cues']['band'])})\s*(?:mức\s+)?$", I),
        "band_after": regex.compile(rf"\s*(?:{_alt(w['band_after'])}|[-–]\s*\d|đến\s+\d|tới\s+\d)", I),
        "comparison": regex.compile(_alt(w["comparison"]), I),
        "target": regex.compile(_alt(w["targets"]), I),
        "target_unless_met": regex.compile(rf"{_alt(w['targets_unless_met'])}(?![^.;\n]*{_alt(w['target_met'])})", I),
        "bare_value_clause": regex.compile(rf"\s*{_alt(w['bare_value_clause'])}\s*$", I),
        "statistic": regex.compile(rf"{_alt(w['statistics'])}(?!\s+{_alt(w['statistic_not_before'])})", I),
        "results": regex.compile(_alt(w["results_words"]), I),
        "far_result": regex.compile(_alt(w["far_result_words"]), I),
        "refers_back": regex.compile(rf"\s*{_alt(w['refers_back'])}", I),
    }


def _rank_patterns(w) -> dict[str, regex.Pattern]:
    """Rank positions ("xếp thứ 07/18"), lists of them, first and last places, moves, groups."""
    I = regex.IGNORECASE
    ords = alternation(w["ordinals"])
    out_of_before = alternation(w["out_of_before"])
    out_of_units = alternation(w["out_of_before_units"])
    group_list = alternation(w["group_list_words"])
    # "thứ ba" is 3, "thứ ba mươi" is no ordinal the lexicon reads
    tens = r"(?!\s+(?:mươi|mười|trăm)(?!\w))"
    item = rf"\d{{1,3}}(?:\s*/\s*\d{{1,3}})?(?![\d/])|{ords}"
    # a number of steps is no position: "tăng thứ hạng 3 bậc"
    rank_tail = (rf"(?:(?P<num>\d{{1,3}})(?:\s*/\s*(?P<out>\d{{1,3}}))?|(?P<ord>{ords}){tens})(?![\w/]|[.,]\d)"
                 rf"(?!\s+(?:{alternation(w['rank_change']['units'])})(?!\w))")
    return {
        "rank": regex.compile(
            rf"(?<!\w)(?P<head>(?:(?:xếp|đứng|nằm)(?:\s+ở)?\s+)?(?:vị\s+trí|vị\s+thứ|thứ\s+hạng|hạng)|xếp|đứng)"
            rf"(?:\s*:)?\s+(?:(?P<thu>thứ)(?:\s*:)?\s+|(?P<so>số)\s+)?{rank_tail}", I),
        # "xếp thứ 2, 3 và 4"; "lần lượt xếp thứ 2, 3, 4" (without "và" only after "lần lượt")
        # "lần lượt xếp thứ 2/18 và 3/18": each item with its total when the first has one
        "rank_more": regex.compile(rf"(?P<items>(?:\s*,\s*(?:thứ\s+)?(?:{item}))*)(?:\s+(?P<and>và)|\s*,)\s+(?:thứ\s+)?"
                                   rf"(?P<last>{item})(?![\w/]|[.,]\d)", I),
        "rank_item": regex.compile(item, I),
        # not a speech's points: "…, thứ hai là, …"
        "rank_clause": regex.compile(rf"(?<=[;,]\s*)thứ\s+(?:(?P<num>\d{{1,3}})|(?P<ord>{ords}))(?![\w/]|[.,]\d)"
                                     rf"(?!\s+là\s*,)", I),
        "first": regex.compile(_alt(w["first"]), I),
        "last": regex.compile(
            rf"(?<!\w)(?:xếp|đứng)(?:\s+ở)?(?:\s+(?:vị\s+trí|vị\s+thứ|hạng))?\s+(?:{alternation(w['last'])})"
            rf"\s+(?:{out_of_before})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)", I),
        "first_of": regex.compile(rf"\s+(?:(?:{out_of_before})\s+)?(?P<out>\d{{1,3}})\s+"
                                  rf"(?=(?:các\s+)?(?:{group_list})(?!\w))", I),
        "from_bottom": regex.compile(rf"\s*(?:,\s*)?{_alt(w['from_bottom'])}", I),
        "class_after": regex.compile(rf"\s*(?:{_alt(w['class_after'])})(?!\w)", I),
        "out_of_after": regex.compile(rf"\s+(?:(?:{out_of_before})\s+(?P<out>\d{{1,3}})(?![\d/]|[.,]\d)|(?:{out_of_units})"
                                      rf"\s+(?P<out>\d{{1,3}})(?=\s+(?:các\s+)?(?:{group_list})(?!\w)))", I),
        "rank_change": regex.compile(
            rf"(?<!\w)(?P<verb>{alternation(w['rank_change']['up'] + w['rank_change']['down'])})"
            rf"(?:\s+(?:được|thêm|hạng|thứ\s+hạng))?\s+(?P<n>\d{{1,3}}|{alternation(w['cardinals'])})\s+(?:{alternation(w['rank_change']['units'])})(?!\w)", I),
        "rank_down": regex.compile(_alt(w["rank_change"]["down"]), I),
        # on the rank's own line: "xếp thứ 1\nXã Ea Hồ: 88,2 điểm" is the next row's unit, no group
        "group": regex.compile(rf"[ \t]+(?:trong\s+)?(?P<g>(?:{alternation(w['group_starts'])})(?!\w)[^,;.()\n]{{0,60}}?"
                               rf"(?:,\s*(?:{group_list})(?!\w)[^,;.()\n]{{0,40}}?)*)"
                               rf"(?=\s*(?:[,;.()\n]|$|với\s|đạt\s|về\s|là\s|và\s+(?!(?:các\s+)?(?:{group_list})(?!\w))))", I),
        "from_rank": regex.compile(r"(?:từ|từ\s+vị\s+trí)\s*$", I),
    }


def _rating_patterns(w) -> dict[str, regex.Pattern]:
    """Ratings: a level ("xếp loại Tốt"), a group ("nhóm Khá"), a task level, a count of rated units."""
    I = regex.IGNORECASE
    levels = alternation(w["levels"])
    all_levels = alternation(list(w["levels"]) + list(w["group_levels"]))
    rated = alternation(w["rated_units"])
    return {
        "rating_from_to": regex.compile(
            rf"(?<!\w)từ\s+(?:xếp\s+)?loại\s+(?P<from>{levels})\s+lên\s+(?:xếp\s+)?loại\s+(?P<level>{levels})(?!\w)", I),
        "rating": regex.compile(rf"(?<!\w)(?:{alternation(w['level_intro'])})\s+(?P<level>{levels})(?!\w)", I),
        "rating_group": regex.compile(
            rf"(?<!\w)(?:{alternation(w['group_intro'])})(?:\s+[\p{{L}}]+){{0,4}}?\s+(?P<level>{all_levels})(?!\w)", I),
        "rating_task": regex.compile(
            rf"(?<!\w)(?:được\s+)?(?:đánh giá,?\s+)?(?:xếp loại|đánh giá|công nhận|đạt)\s+(?:là\s+|mức\s+)?"
            rf"(?P<task>{alternation(w['task_levels'])})(?!\w)", I),
        "rated_count": regex.compile(rf"(?<![\d.,])(?P<count>\d{{1,3}})\s+(?:{rated})\s+(?:được\s+)?(?:từ\s+)?$", I),
        "rating_not_after": regex.compile(_alt(w["rating_not_after"]), I),
        "rating_not_before": regex.compile(rf"\s*(?:{_alt(w['rating_not_before'])})", I),
        "paren_list": regex.compile(r"\s*\((?P<list>[^()\n]{1,600})\)"),
        "list_head": regex.compile(rf"(?:{alternation(w['org_heads'])}|(?i:{alternation(unit_level_words())})|"
                                   rf"{alternation(w['subject_prefixes'])})(?!\w)"),
    }


def _subject_and_layout_patterns(w) -> dict[str, regex.Pattern]:
    """Who a fact is about, the years, and the article's sentences, paragraphs and clauses."""
    I = regex.IGNORECASE
    sh = _subject_shapes(w)
    place, org, name2, bare = sh["place"], sh["org"], sh["name2"], sh["bare"]
    return {
        "subject": regex.compile(rf"(?P<place>{place})|(?P<org>{org})|(?P<name>{name2})|(?P<bare>{bare})"),
        "unit_reaches": regex.compile(rf"(?:{place}|{org})(?:\s+\p{{Ll}}+){{0,2}}?\s+(?:đạt(?:\s+được)?|là)\s+$"),
        "subject_after": regex.compile(rf"\s*(?:vẫn\s+)?(?:là\s+)?(?:(?P<place>{place})|(?P<org>{org})|(?P<name>{name2}))"
                                       rf"(?=\s*(?:[(,;.]|đạt|với|có|$))"),
        "year": regex.compile(r"(?<![\d/.\-–])(?P<nam>năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/]|\s*[-–]\s*(?:19|20)\d{2})", I),
        "year_not_after": regex.compile(rf"(?:{alternation(w['year_not_after'])})\s*(?:năm\s*)?$", I),
        "sentence_end": regex.compile(r"(?<=[.!?…|])\s+(?=\S)|\n\s*\n"),
        "paragraph_end": regex.compile(r"\n\s*\n"),
        "clause_sep": regex.compile(r"(?r)[;:]|,(?!\d)"),
        "subject_sep": regex.compile(r"(?r)[;:()]|,(?!\d)"),
        "lan_luot": regex.compile(r"(?<!\w)lần lượt(?!\w)", I),
        "lan_luot_after": regex.compile(r"\s*,?\s*(?:là\s+)?lần lượt(?!\w)", I),
    }


@cache
def patterns() -> dict[str, regex.Pattern]:
    """Every pattern the score stages read, by name, built once from the lexicons."""
    w = load("score_words")
    return {**_index_patterns(load("indexes")), **_score_patterns(w), **_rank_patterns(w),
            **_rating_patterns(w), **_subject_and_layout_patterns(w)}


def targeted(text: str, start: int, pos: int) -> bool:
    """Whether text[start:pos] sets a target for the number at ``pos`` ("phấn đấu đạt", or
    "chỉ tiêu" unless the sentence says it was met): a target is no result."""
    pats = patterns()
    return bool(pats["target"].search(text, start, pos) or pats["target_unless_met"].search(text, start, pos))


@cache
def gate_words(name: str) -> tuple[str, ...]:
    """Lower-case words of which one must occur for pattern ``name`` to match at all: a cheap
    ``in`` test spares most articles the scan."""
    w = load("score_words")
    words = {
        "first": w["first"],
        "last": w["last"],
        "rank_change": w["rank_change"]["units"],
        "rating_from_to": w["levels"],
        "rating": w["level_intro"],
        "rating_group": w["group_intro"],
        "rating_task": list(w["task_levels"]),
    }[name]
    return tuple(x.lower() for x in words)


@lru_cache(maxsize=4096)
def subject_key(subject: str | None) -> tuple[str, str]:
    """A unit as (name, level), without "UBND": "UBND huyện Nông Sơn" → ("nông sơn", "huyện"),
    "TP.Hải Phòng" → ("hải phòng", "thành phố"), "Sở Tư pháp" → ("sở tư pháp", "")."""
    if not subject:
        return "", ""
    prefix, level_word = _subject_patterns()
    key = prefix.sub("", fold(subject))
    m = level_word.match(key)
    if not m:
        return key, ""
    level = level_of(m.group("level"))
    return key[m.end():].strip() or key, level


@cache
def _subject_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """``subject_key``'s prefix ("UBND") and level word, compiled once (it was per new subject)."""
    w = load("score_words")
    return (regex.compile(rf"^(?:{alternation(fold(x) for x in w['subject_prefixes'])})\s+"),
            regex.compile(rf"(?P<level>{alternation(fold(x) for x in unit_level_words())})(?:\s+|(?<=\.))"))
