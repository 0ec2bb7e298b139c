"""Scores, rankings and ratings of the reform indexes: what a unit achieved, on which index, for which year.

Forms read (index names in ``patterns/indexes.yaml``, the phrasing in ``patterns/score_words.yaml``,
background in ../shared/reference/vietnamese-admin-conventions.md §5):

* score with a maximum .. "đạt 80,28/100 điểm", "40,62/80 điểm"
* score ................. "đạt 79,08%", "là 84,05 điểm", "SIPAS đạt 86,72%", "(91,77% điểm)",
                          "Hải Phòng (70,61 điểm)", "có tổng số điểm đạt được 92.83 điểm",
                          "với số điểm 73,02", "với tổng điểm 88,64/100", "với tỷ lệ hài lòng 84,17%",
                          a list going on bare ("xã A đạt 90,1 điểm; xã B 88,2"), table rows (extract/score_tables.py);
                          an English-style "91.651" on a 100-point scale is 91.651
* score change .......... "tăng 2,30 điểm … so với năm 2020" → ``change: 2.3`` on the score before it
* ranking ............... "xếp thứ 07/18 huyện, thị xã, thành phố", "xếp vị thứ 2/9 khối cấp huyện",
                          "xếp hạng 25/63", "đứng thứ 51/63", "xếp vị trí thứ 9", "xếp thứ nhì",
                          "đứng ở vị trí 51/63", "lần lượt xếp thứ 2 và 3", "…; thứ 3 tỉnh Hải Dương",
                          "xếp thứ 3 của 18 huyện", "xếp thứ mười hai"; a total written once goes to
                          the ranks of its own sentence only (corpus/ANNOTATION.md)
* first place ........... "đứng đầu toàn tỉnh", "dẫn đầu khu vực Tây Nguyên", "đứng vị trí thứ nhất"
* rank change ........... "tăng 02 bậc", "giảm 3 bậc", "tăng 1 hạng"; "từ vị trí thứ 5 … lên vị trí thứ 1",
                          "từ vị trí 5 còn vị trí 8"
* rank of anything ...... every rank position, whatever it ranks (FACTS.md): an emulation result ("xếp thứ
                          nhì trong Cụm thi đua …"), an exam average, a contest ("xếp thứ ba toàn đoàn"),
                          a statistic ("tăng trưởng GRDP xếp thứ 5/63"), a count ("… về số xã đạt chuẩn")
* rating ................ "thuộc nhóm Khá", "05 đơn vị xếp loại xuất sắc (Quảng Thái, Quảng Thọ, …)",
                          "từ xếp loại khá lên loại tốt", "được xếp loại hoàn thành tốt nhiệm vụ"

Each fact names its ``subject`` (the unit scored: "huyện Nông Sơn", "Sở Tư pháp"), its ``index``
(PAR, SIPAS, PAPI, PCI, DDCI, DTI, ICT, PGI or null) and the ``year`` it measures ("Chỉ số cải
cách hành chính năm 2021" → 2021, never the "so với năm 2020" of a comparison).

Not read: targets ("phấn đấu đạt từ 98% trở lên"), increases alone ("tăng 7,57% so với năm
2020"), bands ("05 xã đạt từ 80-90%"), economic statistics ("tỷ lệ … đạt 70,88%"), counts,
"người đứng đầu" (the head of a body), "top dẫn đầu" (a leading group), "thứ 2 từ dưới lên",
"do đồng chí … dẫn đầu" (who leads a delegation), a queue's or a photo's place ("đứng thứ 3 trong hàng chờ",
"(thứ 2, từ trái sang)"), a class held ("Bệnh viện … được xếp hạng 2", "giáo viên hạng 2", "3 sao").
A number is read as a score only near an index name (in its sentence, earlier in its
paragraph or in the paragraph before, in the 400 characters before it, or in the next sentence when
that one looks back: "Đây là kết quả Chỉ số CCHC …"), or, in an article whose title (else opening:
a short first line, the lead, the paragraphs of its first 500 characters) names an index, or that
named one anywhere before it, in a
sentence that ranks units ("Ở khối xã, xã A dẫn đầu với 91,4 điểm" far below it) or states points
("Kết quả, huyện đạt 85,12 điểm"; a % only where its sentence calls it the result). Nor read: a
criterion's maximum ("điểm tối đa … 12 điểm"), a contest's points ("đạt giải Ba: 12,5 điểm"), an
order's class ("hạng Ba"), a prize ("đạt giải Nhì").
Points with the rating they earned ("đạt 98,5/100 điểm, xếp loại xuất sắc") need no index: their words
name the assessment. The lexicon names by what they measure the satisfaction survey ("tỷ lệ hài lòng
của người dân"), the OCOP appraisal ("đánh giá, phân hạng sản phẩm") and the emulation marking ("chấm
điểm thi đua", "Cụm thi đua"), whose points are assessed scores too (corpus/ANNOTATION.md).
An index the lexicon does not know counts when named with its acronym ("Chỉ số … (PII)") or with a
capital after "Chỉ số" ("Chỉ số Năng lực quản trị cấp xã"): its code is the acronym or the name.
"""
from __future__ import annotations

from functools import lru_cache

from govfacts.patterns import load

from .model import Fact
from . import score_rules
from .places import last_named, level_of, unit_level_words
from .registry import register
from .score_ratings import read_ratings
from .score_read import merge_repeats, read_rankings, read_scores
from .score_lexicon import TEXT_SHAPES, index_key, lexicon, patterns
from .score_lexicon import subject_key  # noqa: F401  (read by db/scores.py and the charts from here)
from .score_text import Candidate, Layout, first_year, has_context, index_for, last_year, layout
from .text import fold
from .article import TokenizedArticle

EXTRACTOR = "score"


# ---------------------------------------------------------------- subjects, indexes, years


def _subjects_in(text: str, start: int, end: int, lay: Layout) -> list[str]:
    """Unit names in text[start:end], in order, without index names or opening words."""
    pats = patterns()
    lex = lexicon()
    names = []
    for m in pats["subject"].finditer(text, start, end):
        if any(x.start < m.end() and m.start() < x.end for x in lay.mentions_between(m.start() - 60, m.end())
               if not x.generic):
            continue
        name = m.group(0).strip()
        if m.group("place"):
            name = _stage_place(lay, m.start(), m.end())
            if name is None:
                continue  # no place by the place stage: a person's name, a term, a line break
        elif m.group("bare"):
            name = _named_place(lay, m.start(), m.group("level"), name)
            if name is None:
                continue
        elif m.group("name"):
            words = name.split()
            while words:
                if fold(" ".join(words[:2])) in lex.lead_words:
                    words = words[2:]
                elif fold(words[0]) in lex.lead_words:
                    words = words[1:]
                else:
                    break
            if len(words) < 2:
                continue
            name = _with_level(lay, " ".join(words))
        elif m.group("org"):
            name = TEXT_SHAPES["and_tail"].sub("", name)
        names.append(name)
    return names


def _stage_place(lay: Layout, start: int, end: int) -> str | None:
    """A unit written with its level word in text[start:end], to the end of the place stage's
    mention ("UBND huyện Nông Sơn", "TP.Hải Phòng"): the stage says where the place ends (not
    at a person's name, a term or a line break); None when it names no place there."""
    m = next((p for p in lay.places if start <= p.start < end), None)
    return None if m is None else lay.text[start:m.end]


def _with_level(lay: Layout, name: str) -> str:
    """"Nông Sơn" → "huyện Nông Sơn" when the article names the place with its level (the place
    stage's mentions)."""
    key = fold(name)
    for m in lay.places:
        if m.level in _unit_levels() and fold(m.name) == key:
            return lay.text[m.start:m.end]
    return name


@lru_cache(maxsize=1)
def _unit_levels() -> frozenset:
    """The levels of a scored unit (no village): the canonical levels of patterns/place_rules.yaml's unit level words."""
    return frozenset(level_of(x) for x in unit_level_words())


def _named_place(lay: Layout, pos: int, level: str, written: str) -> str | None:
    """"UBND huyện" → the place of that level the article named last before it, else first after it
    ("UBND huyện Quảng Điền tổ chức …" earlier in the article; :func:`extract.places.last_named`)."""
    wanted = level_of(level)
    found = [m for m in lay.places if m.level == wanted]
    if not found:
        return None
    m = last_named(found, [m.end for m in found], pos)
    place = lay.text[m.start:m.end]
    return ("UBND " + place) if written.startswith("UBND") else place


def _resolve_subject(text: str, lay: Layout, c: Candidate, previous: Candidate | None, lists: dict) -> None:
    """Who is scored: a unit named in the fact's clause ("huyện Nông Sơn đạt …"), else right after a
    ranking ("xếp thứ nhì Bộ Tư pháp"), else one named since the previous fact of the sentence, else
    the previous fact's unit, else one named earlier in the sentence, else the paragraph's last."""
    pats = patterns()
    lex = lexicon()
    s, _e = lay.sentence(c.start)
    if c.kind == "rating" and c.subjects_after_list:
        c.fields["subjects"] = c.subjects_after_list
        return
    if c.kind == "rating" and c.fields.get("count"):
        return  # "07 xã xếp loại tốt": a count of units not named
    sep = pats["subject_sep"].search(text, s, c.anchor)
    seg_start = sep.end() if sep else s
    names = _subjects_in(text, seg_start, c.anchor, lay)
    subject = None
    if c.respectively is not None:
        # "Bắc Ninh và Hải Phòng lần lượt xếp thứ 2 và 3"
        if c.respectively == 0 and pats["lan_luot"].search(text, seg_start, c.anchor):
            lists[c.anchor] = names
        listed = lists.get(c.anchor) or []
        if c.respectively < len(listed):
            subject = listed[c.respectively]
    if subject is None and names:
        subject = names[-1]
    if subject is None and c.kind == "ranking":
        sa = pats["subject_after"].match(text, c.after)
        if sa and sa.group("place"):
            subject = _stage_place(lay, sa.start("place"), sa.end("place"))
        elif sa:
            subject = TEXT_SHAPES["is_head"].sub("", sa.group(0).strip())
    if subject is None:
        seg = text[seg_start:c.anchor].lower()
        subject = next((w for w in lex.collective if w in seg), None)
    same_sentence = previous is not None and previous.start >= s
    if subject is None:
        since = _subjects_in(text, previous.end if same_sentence else s, c.anchor, lay)
        if since:
            subject = since[-1]
        elif same_sentence:
            subject = _subject_of(previous)
    if subject is None and previous is not None and lay.paragraph_start(previous.start) == lay.paragraph_start(c.start):
        subject = _subject_of(previous)
    if c.kind == "rating":
        c.fields["subjects"] = [subject] if subject else []
    else:
        c.fields["subject"] = subject


def _subject_of(c: Candidate) -> str | None:
    return c.fields.get("subject") or (c.fields.get("subjects") or [None])[0]


def _ranks_a_statistic(text: str, lay: Layout, pos: int) -> bool:
    """Whether the rank at ``pos`` is a statistic's: its sentence names one before it and no index
    ("Tỷ lệ hộ nghèo … giảm còn 3,1%, xếp thứ 2 toàn tỉnh"). It is a ranking all the same, of no index."""
    s, _e = lay.sentence(pos)
    return not lay.mentions_between(s, pos) and bool(patterns()["statistic"].search(text, s, pos))


def _resolve_index_year(text: str, lay: Layout, c: Candidate, title_year: int | None) -> None:
    mention = index_for(lay, c.start)
    if c.fields.pop("_no_index", False) and not (mention and lay.sentence(mention.start) == lay.sentence(c.start)):
        mention = None
    if c.kind == "ranking" and (not has_context(lay, c.start, c.end, rank=True) or _ranks_a_statistic(text, lay, c.start)):
        mention = None  # a rank far from any index, or a statistic's, ranks something else than an index
    code = mention.code if mention else None
    c.fields["index"] = code
    s, _e = lay.sentence(c.start)
    # 1. the fact's own year: "vị trí thứ 1 của năm 2016", "xuống vị trí thứ 7 năm 2016"
    own = TEXT_SHAPES["own_year"].match(text, c.end, c.end + 20)
    year = int(own.group("y")) if own else None
    # 2. the year of the index named before it in its sentence: "Chỉ số CCHC năm 2021 của huyện …"
    if year is None and mention is not None and s <= mention.start < c.start:
        year = mention.year
    # 3. a year written earlier in the sentence: "Năm 2016, giá trị trung bình …"
    if year is None:
        year = last_year(text, s, c.start)
    # 4. the year of the index named elsewhere
    if year is None and mention is not None:
        year = mention.year or next((m.year for m in reversed(lay.mentions_between(0, c.start))
                                     if m.code == code and m.year), None)
        if year is None:
            year = next((m.year for m in lay.mentions if m.code == code and m.year), None)
    # 5. a year earlier in the paragraph, then the title's
    if year is None:
        year = last_year(text, lay.paragraph_start(c.start), s)
    if year is None:
        year = title_year
    c.fields["year"] = year


def _attach_changes(text: str, lay: Layout, cands: list[Candidate], changes: list[tuple]) -> None:
    """A change belongs to the nearest fact of its kind before it (same unit, nothing between)."""
    for kind, pos, amount, unit in changes:
        s, e = lay.sentence(pos)
        pool = [c for c in cands if c.kind == kind and (unit is None or c.fields.get("unit") == unit)]
        before = [c for c in pool if c.end <= pos and c.start >= max(0, pos - 300)
                  and lay.paragraph_start(c.start) == lay.paragraph_start(pos)]
        target = None
        if before:
            cand = before[-1]
            between = text[cand.end:pos]
            if cand.start >= s or ";" not in between:
                names = _subjects_in(text, cand.end, pos, lay)
                if not names or (cand.fields.get("subject") and all(n == cand.fields["subject"] for n in names)):
                    target = cand
        if target is None and kind == "ranking":
            after = [c for c in pool if c.start > pos and c.start < e]
            # "tăng 5 bậc, từ vị trí thứ 8 lên vị trí thứ 3": the move's later rank has the change already
            moved_from = {c.fields.get("previous_rank") for c in after}
            after = [c for c in after if c.fields["rank"] not in moved_from]
            target = after[0] if after else None
        if target is not None and target.fields.get("change") is None:
            target.fields["change"] = round(amount, 4) if isinstance(amount, float) else amount


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` as this extractor reads it: lines wrapped inside a sentence
    are joined ("Hà Nội\n(68,6 điểm)."), so a quote shows the whole list it came from."""
    s, e = layout(text).sentence(pos)
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def index_code(name: str) -> str | None:
    """The code of an index written as a code or a name: "par", "PAR INDEX", "chỉ số CCHC" → "PAR"."""
    key = fold(name or "")
    if not key:
        return None
    codes = load("indexes")["indexes"]
    for code in codes:
        if key == code.lower():
            return code
    wanted = index_key(key)
    for written, code in lexicon().index_code.items():
        if index_key(written) == wanted:
            return code
    return None


@register(EXTRACTOR, requires=("text", "place"), assigns=("score", "ranking", "rating"))
def extract_scores(ta: TokenizedArticle) -> None:
    """Add ``score``, ``ranking`` and ``rating`` facts for the index results an article reports."""
    text = ta.text
    if not text:
        return
    lay = layout(text)
    lay.places = ta.places
    cands: list[Candidate] = []
    changes: list[tuple] = []
    # every article: a rank position is a ranking whatever it ranks (FACTS.md's "every rank
    # position"), index or none; a score needs an index near it (has_context), so in an article
    # naming none (most of them) the score forms and the rules of scores are not even scanned
    ranks_only = not lay.mentions
    score_rules.mark(text, lay, ranks_only=ranks_only)
    read_rankings(text, lay, cands, changes)
    lay.rank_sentences = {lay.sentence(c.start)[0] for c in cands if c.kind == "ranking"}
    if not ranks_only:
        read_scores(text, lay, cands, changes)
    score_rules.read(text, lay, cands, changes, ranks_only=ranks_only)
    read_ratings(text, lay, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    title_end = text.find("\n")
    title_year = first_year(text, 0, title_end if title_end > 0 else len(text))
    previous = None
    lists: dict = {}
    for c in cands:
        _resolve_subject(text, lay, c, previous, lists)
        _resolve_index_year(text, lay, c, title_year)
        previous = c
    _attach_changes(text, lay, cands, changes)
    merge_repeats(cands, lay)
    for c in cands:
        ta.facts.append(Fact(c.kind, ta.span(c.start, c.end), EXTRACTOR, c.confidence, c.rule, c.fields))
