"""The grammar engine's shortcut (extract/rule_starts.py) finds exactly what the rule's regex finds.

A rule is tried only where the strings its matches begin with occur; these tests hold that to
``finditer`` on every rule of every rule file, over a text of all the file's examples between
sentences of the genre, as written and in capitals, and on texts whose case folding is odd.
"""
import re

import pytest
import regex

from govfacts.extraction.grammar import rule_files, rule_set
from govfacts.extraction.rule_starts import DIGIT, LINE_START, RUN_DIGIT, WORD_DIGIT, finditer, scan, starts

FILLER = (
    "Sáng nay, UBND huyện tổ chức hội nghị sơ kết công tác quý III. ",
    "Theo báo cáo, các xã đã hoàn thành kế hoạch đề ra; một số chỉ tiêu còn chậm. ",
    "Đồng chí Phó Chủ tịch đề nghị các phòng, ban tiếp tục rà soát, đôn đốc.\n",
)


def _article(file: str) -> str:
    parts = []
    for i, rule in enumerate(rule_set(file).rules):
        for ex in rule.examples:
            parts += [FILLER[i % 3], ex, " ", ex.upper(), ". "]
    return "".join(parts)


def spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("file", rule_files())
def test_the_shortcut_finds_what_the_regex_finds(file):
    text = _article(file)
    for rule in rule_set(file).rules:
        assert spans(rule.scan(text)) == spans(rule.regex.finditer(text)), f"{file}: {rule.name}"
        for ex in rule.examples:
            assert spans(rule.scan(ex)) == spans(rule.regex.finditer(ex)), f"{file}: {rule.name}"


def test_most_rules_get_a_shortcut():
    for file, least in (("score_rules", 30), ("meeting_rules", 15)):
        rules = rule_set(file).rules
        assert sum(r.heads is not None for r in rules) >= least, file


def test_the_start_strings_of_a_pattern():
    assert starts(r"(?<!\w)(?:xếp|đứng)\s+thứ\s+\d+") == ("xếp", "đứng")
    # a lookbehind takes no character; an optional word adds what follows it as a start
    assert starts(r"(?<=đánh\s+giá\s*)(?:cùng\s+)?năm\s+\d{4}") == ("cùng", "năm")
    assert starts(r"(?:Hội\s+nghị|hội\s+thảo|Hội)") == ("hội",)  # "hội nghị" begins with "hội"
    assert starts(r"Kỳ\s+họp") == ("kỳ",)


@pytest.mark.parametrize("pattern", [
    r"(?:các\s+)?\w+\s+dẫn\s+đầu",  # any word may start it
    r"x?",  # may match nothing
    r"(?P<a>\w)(?P=a)",  # a back reference after a word character: any start
    r"[[:alpha:]]+ab",  # a POSIX class: read otherwise by the standard parser
])
def test_no_shortcut_where_the_start_is_unbounded(pattern):
    assert starts(pattern) is None


def test_a_back_reference_ends_the_start_strings_and_a_day_starts_at_a_number():
    # "(?P=sep)" matches what its group did: the strings end there ("ngày 5/7/2024", "ngày 5-7-2024")
    assert starts(r"(?P<w>ngày)\s+\d+(?P<sep>[/-])\d+(?P=sep)\d{4}") == ("ngày",)
    assert starts(r"(?:Tp|[:h]x)\s+\d") == (":x", "hx", "tp")  # a set opening on ":" is no POSIX class
    # a day that no digit stands before is tried at the first digit of each number, not at each digit
    day = r"(?=\d)(?<![\d.,/:])(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)\d{4}"
    assert starts(day) == (RUN_DIGIT,)
    assert starts(r"(?<![^\d])\d+") == (DIGIT,)  # a look behind that asks for a digit rules none out
    rx = regex.compile(day, regex.IGNORECASE)
    text = "Ngày 29/7/2024 và 130.5.2024; từ 05.01.2025 đến 31/12/2025, số 2024/1/12/2025."
    assert spans(scan(rx, starts(day), text)) == spans(rx.finditer(text)) != []


@pytest.mark.parametrize("text", [
    "Công văn ſố 12 về xếp hạng",  # "ſ" matches "s" case-insensitively but lowers to itself
    "İstanbul xếp thứ nhất; XẾP THỨ HAI",  # "İ" lowers to two characters: offsets would shift
    "Xếp thứ 3/11 huyện; xếp thứ 5; đứng thứ 2 và ĐỨNG THỨ 1",
])
def test_odd_case_folding_still_finds_every_match(text):
    for pattern in (r"(?<!\w)(?:xếp|đứng)\s+thứ\s+\w+", r"(?<!\w)số\s+\d+"):
        rx = regex.compile(pattern, regex.IGNORECASE)
        assert spans(scan(rx, starts(pattern), text)) == spans(rx.finditer(text))
    rx = regex.compile(r"số\s+\d+", regex.IGNORECASE)
    assert [m.group(0) for m in scan(rx, starts(rx.pattern), "Công văn ſố 12")] == ["ſố 12"]


def test_any_compiled_pattern_gets_the_shortcut_and_finds_what_finditer_finds():
    # the meetings' event words (meeting_lexicon.event_re), read over every meeting rule's examples
    from govfacts.extraction.meeting_lexicon import lexicon
    from govfacts.extraction.rule_starts import finditer

    event_re = lexicon().event_re
    assert starts(event_re.pattern) is not None
    text = _article("meeting_rules") + "Phòng họp số 2. LỄ KHAI MẠC KỲ HỌP THỨ 7 HĐND HUYỆN. A.B.C.v.v." * 3
    assert spans(finditer(event_re, text)) == spans(event_re.finditer(text)) != []
    unbounded = regex.compile(r"\w+ họp")
    assert spans(finditer(unbounded, text)) == spans(unbounded.finditer(text))


def test_rules_picked_by_what_their_entry_says():
    rs = rule_set("meeting_rules")
    joins = rs.where("does", "join_units")
    assert joins and joins == tuple(r for r in rs.rules if r.get("does") == "join_units")
    assert rs.where("does", "join_units") is joins  # picked once
    assert rs.where("does", "no such thing") == ()


@pytest.mark.parametrize("name,text", [
    ("name", "Công bố Chỉ số cải cách hành chính (PAR INDEX) năm 2023; chỉ số SIPAS và Bộ chỉ số "
             "đánh giá chuyển đổi số. KẾT QUẢ CHẤM ĐIỂM CCHC của các xã, thị trấn."),
    ("bare", "Thực hiện Kế hoạch 125 và Kế hoạch số 37/KH-UBND; theo Quyết định số 12, Công văn 408 "
             "và BÁO CÁO SỐ 9 của UBND huyện, Kế hoạch 2024."),
])
def test_stage_scans_over_the_whole_text_find_what_finditer_finds(name, text):
    # the scored indexes' names (score_text) and the bare numbers after a type word (citation_numbers)
    from govfacts.extraction.citation_numbers import patterns as citation_patterns
    from govfacts.extraction.rule_starts import finditer
    from govfacts.extraction.score_lexicon import patterns as score_patterns

    pattern = (score_patterns() if name == "name" else citation_patterns())[name]
    assert starts(pattern.pattern) is not None
    assert spans(finditer(pattern, text)) == spans(pattern.finditer(text)) != []


def test_one_pass_finds_every_place_of_every_start_string():
    # start strings that begin one another ("xã", "xã hội") and overlap ("ủy ban ủy"), known
    # before the text is read and asked for only after
    from govfacts.extraction.rule_starts import Scan, _KNOWN

    _KNOWN.add(("xã", "xã hội", "hội", "ủy ban", "ban ủy", "ủy"))
    text = "Ủy ban xã hội hóa; xã Hội An, Ban Ủy viên ủy ban ủy quyền; XÃ HỘI"
    low = text.lower()
    scan_ = Scan(text)
    for s in ("xã hội", "xã", "hội", "ủy", "ban ủy", "ủy ban", "an", "hội an", "quyền"):
        assert scan_.places(s) == [i for i in range(len(low)) if low.startswith(s, i)], s
    assert scan_.starts(("hội", "xã")) == sorted(scan_.places("hội") + scan_.places("xã"))


@pytest.mark.parametrize("name", ["title", "body", "level"])
def test_a_regex_said_not_to_start_somewhere_matches_nothing_there(name):
    # the officials' titles, bodies and level words, tried at every place of a text of their rules' examples
    from govfacts.extraction.official_patterns import patterns
    from govfacts.extraction.rule_starts import can_start

    pattern = getattr(patterns(), name)
    text = _article("official_rules") + " Ông Lê Văn An, PCT UBND huyện, Bí thư Đảng ủy xã; TP. Tam Kỳ, Q.1"
    ruled_out = [p for p in range(len(text)) if not can_start(pattern, text, p)]
    assert len(ruled_out) > len(text) // 2
    assert all(pattern.match(text, p) is None for p in ruled_out)
    assert any(can_start(pattern, text, p) and pattern.match(text, p) for p in range(len(text)))


@pytest.mark.parametrize("pattern,start", [
    (r"\d+\s+điểm", DIGIT),  # any digit may start it
    (r"(?<!\w)(?:\d{1,3}|hai|ba)\s+hội\s+nghị", WORD_DIGIT),  # a digit no word character stands before
    (r"(?<!\w)(?P<d>3[01]|[12]\d|0?[1-9])/\d{1,2}", WORD_DIGIT),  # single digits: any digit stands for them
])
def test_a_number_opens_a_match_where_a_digit_stands(pattern, start):
    text = ("Xã A12 đạt 85,5 điểm, 2 hội nghị và hai hội nghị, ngày 05/6 và 31/12; mã 1234 điểm; "
            "HAI HỘI NGHỊ; x3 hội nghị; ٣ điểm; ²9/1")
    assert start in starts(pattern)
    rx = regex.compile(pattern, regex.IGNORECASE)
    assert spans(scan(rx, starts(rx.pattern), text)) == spans(rx.finditer(text)) != []


def test_an_article_s_scan_outlives_the_short_texts_asked_about_between_stages():
    from govfacts.extraction.rule_starts import SHORT_TEXT, scan_of

    article = "Sáng ngày 12/3, UBND tỉnh tổ chức hội nghị tổng kết công tác năm. " * 8
    assert len(article) >= SHORT_TEXT
    first = scan_of(article)
    for i in range(40):  # the place stage asks about each name it reads
        scan_of(f"huyện Tên {i}")
    assert scan_of(article) is first


def test_fold_of_a_short_text_is_kept_and_of_a_long_one_the_same():
    from govfacts.extraction.text import fold

    assert fold("Ủy ban  Nhân dân\u200b Hoà") is fold("Ủy ban  Nhân dân\u200b Hoà")
    long_text = "Hoà  Bình " * 40
    assert fold(long_text) == ("hòa bình " * 40).strip()


@pytest.mark.parametrize("pattern", [
    regex.compile(r"x ế p \s+ hạng  # spaces and a comment, read as nothing", regex.VERBOSE),
    regex.compile(r"(?<=\d)hạng", regex.REVERSE),
    regex.compile(r"(?<!\w)\d+", regex.ASCII),
    re.compile(r"x ế p \s+ hạng  # spaces", re.VERBOSE),
])
def test_a_pattern_whose_flags_change_how_its_text_reads_is_run_as_it_is(pattern):
    from govfacts.extraction.rule_starts import can_start, finditer

    text = "Tỉnh xếp hạng 12; xếphạng ở vị trí é5 và 7"
    assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert all(can_start(pattern, text, m.start()) for m in pattern.finditer(text))


@pytest.mark.parametrize("file", rule_files())
def test_the_places_of_a_rule_s_start_strings_are_each_found_once_and_in_order(file):
    from govfacts.extraction.rule_starts import scan_of

    text = _article(file)
    for rule in rule_set(file).rules:
        if rule.heads:
            places = scan_of(text).starts(rule.heads)
            assert places == sorted(set(places)), f"{file}: {rule.name}"


LINED = ("Bảng tổng hợp kết quả năm nay\nĐơn vị | Điểm\nXã Tân Hòa | 88,5\n"
         "  Đơn vị | Điểm\nở giữa dòng Đơn vị | Điểm\n\nĐơn vị | Điểm")


@pytest.mark.parametrize("pattern", [r"(?<=^|\n)[ \t]*Đơn vị \| Điểm", r"(?<!\w)(?<=\n|^)\s*đơn vị"])
def test_a_match_that_opens_a_line_is_tried_at_line_starts_only(pattern):
    assert starts(pattern) == (LINE_START,)
    compiled = regex.compile(pattern, regex.IGNORECASE)
    assert spans(finditer(compiled, LINED)) == spans(compiled.finditer(LINED))
    assert spans(finditer(compiled, LINED.upper())) == spans(compiled.finditer(LINED.upper()))
    assert starts(pattern.replace("^|", "").replace("|^", "")) != (LINE_START,)  # after a break only: not so


def test_the_table_heading_of_its_own_line_is_read_at_line_starts():
    assert rule_set("score_rules").rule("table_heading_no_number").heads == (LINE_START,)
