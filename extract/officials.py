"""Officials: every named person, with every role the text gives them.

Forms read (lexicons in ``patterns/surnames.yaml``, ``honorifics.yaml``, ``titles.yaml``,
``organisations.yaml``; a role is a title, its body and its place):

* name, then roles ........ "đồng chí Trầm Quế Hương, Phó bí thư Huyện ủy, Chủ tịch UBND huyện"
* dashes, brackets ........ "Ông Võ Văn Vinh – PCT UBND, Phó Trưởng BCĐ CCHC&CĐS",
                            "Nguyễn Văn Hòa- CT UBND huyện", "Lê Văn An Tỉnh ủy viên, Bí thư …"
* title, then name ........ "Chủ tịch UBND huyện Nguyễn Văn Hòa", "Chủ tịch UBND thị xã – Trần Bình",
                            "đồng chí Chủ tịch UBND huyện Nguyễn Văn Hòa", "Đại biểu Quốc hội bà …"
* one title, several names  "các Phó Chủ tịch UBND huyện: Lê An, Trần Văn Bình"
* several names, one list . "Các đồng chí: Lê Văn An, UVBTV Huyện ủy, …; Trần Bình, Phó Chủ tịch …",
                            "hai đồng chí A và B cùng được bầu làm Ủy viên Ban Thường vụ"
* a new post .............. "ông A, Trưởng phòng Nội vụ được bầu làm Phó Chủ tịch UBND xã",
                            "chuẩn y bà C … giữ chức Bí thư Đảng ủy", "tái đắc cử Chủ tịch HĐND"
* a post held, a past post  "miễn nhiệm chức vụ Phó Chủ tịch UBND xã đối với ông A",
                            "cụ B (1900 - 1975), nguyên Chủ tịch UBND tỉnh" (``former``)
* one role, several names . "ông A và bà B, đại biểu HĐND tỉnh"
* a body named elsewhere .. "Đoàn kiểm tra … do ông A … làm Trưởng đoàn" → trưởng đoàn / đoàn kiểm tra
* a title before a list ... "các đại biểu HĐND tỉnh A, Tỉnh ủy viên, …; và B, Phó Giám đốc Sở …" (each)
* a qualifier after a body  "Phó Trưởng BCĐ thường trực" → phó trưởng ban thường trực / ban chỉ đạo
* bylines, photo credits .. "Tác giả: La Thị Ngân", "CTV: An Nguyễn" (not "TVTrọng", not the pen
                            name "Thu Hà"), "Tin: Hồng Vân - Ảnh: Trịnh Quốc Bảo"
* a name in capitals ...... "ông NGUYỄN VĂN AN, Chủ tịch UBND xã" (:mod:`extract.official_name_forms`)
* a board named before .... "kiện toàn Ban Chỉ đạo … ông A … làm Trưởng ban" → trưởng ban / ban chỉ đạo
* posts shared by several . "bầu ông A giữ chức Chủ tịch và bà B giữ chức Phó Chủ tịch Hội …",
                            "A và B lần lượt giữ chức Chủ tịch, Phó Chủ tịch HĐND xã"
                            (:mod:`extract.official_shared_posts`)

Each ``official`` fact has ``name`` (as first written), ``honorific`` ("đồng chí" for
"đ/c", "ông", "TS.", … or null), ``roles`` (``title``, ``org``, ``place``, ``text`` and its
``start``/``end``, ``former``) and ``mentions`` (``start``, ``end``, ``text``, ``form``:
full / short / title, ``rule``); its span is the first full mention with its roles.

A capitalised run that starts with a family name is a person only with an honorific, a
title or a role beside it, or on a byline line: "xã Hà Lâm", "huyện Hà Nam", "Đoàn TNCS
Hồ Chí Minh" stay places and bodies.  Abbreviations are expanded in the role ("PCT UBND" →
phó chủ tịch / ủy ban nhân dân) and the place is resolved from the article ("UBND huyện"
in an article about huyện Tiên Phước → place "Tiên Phước").  Later mentions ("ông Vinh",
"đồng chí Chủ tịch UBND huyện") and the merging into one official per person are in
:mod:`extract.linking`.

Where each part lives: the lexicons in :mod:`extract.official_lexicon`, the compiled patterns
and the named rules in :mod:`extract.official_patterns`; the grammar over one article
(:class:`~extract.official_parser.RoleParser`) reads places (:mod:`extract.official_places`),
bodies (:mod:`extract.official_bodies`) and roles (:mod:`extract.official_roles`); the full
mentions are found by :mod:`extract.official_recogniser` and :mod:`extract.official_bylines`.
"""
from __future__ import annotations

from .article import TokenizedArticle
from .linking import link
from .official_parser import RoleParser
from .official_recogniser import recognise
from .registry import register


# ------------------------------------------------------------------ the extractor

@register("official", requires=("tokens", "place"), assigns=("official",))
def extract_officials(tokenized: TokenizedArticle) -> None:
    """Add one ``official`` fact per person named in the article (see module docstring)."""
    parser = RoleParser(tokenized.text, tokenized.tokens, tokenized.places)
    mentions = recognise(parser)
    for person in link(parser, mentions):
        tokenized.facts.append(person.to_fact(tokenized))
