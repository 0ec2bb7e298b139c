"""The place stage: real phrasings of the genre → the named places it gives the later stages
(level, name, exact span), and the pipeline refuses the officials before it."""
import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline, StageOrderError
from govfacts.extraction.place_names import named_places

# phrasing → [(level, level word as written, name)], in text order
PHRASINGS = [
    ("Sáng 12/3, UBND huyện Nông Sơn tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
     [("huyện", "huyện", "Nông Sơn")]),
    ("Đoàn công tác của tỉnh làm việc tại xã Quế Trung và thị trấn Trung Phước.",
     [("xã", "xã", "Quế Trung"), ("thị trấn", "thị trấn", "Trung Phước")]),
    ("Chủ tịch UBND TP. Tam Kỳ chủ trì buổi làm việc với phường An Mỹ.",
     [("thành phố", "TP.", "Tam Kỳ"), ("phường", "phường", "An Mỹ")]),
    ("UBND TP Hội An ban hành kế hoạch cải cách hành chính.", [("thành phố", "TP", "Hội An")]),
    ("Năm 2023, thị xã Hòa Xuân xếp thứ 2/9 huyện, thị xã, thành phố về Chỉ số DDCI.",
     [("thị xã", "thị xã", "Hòa Xuân")]),
    ("Kết quả, Huyện Lạc Phong đạt 85,12 điểm.", [("huyện", "Huyện", "Lạc Phong")]),
    ("Đoàn đến thăm xã Ia Rơ Mah, huyện Chư Pưh.", [("xã", "xã", "Ia Rơ Mah"), ("huyện", "huyện", "Chư Pưh")]),
    # a title word that names no post here ends no place; one that does, does
    ("Đoàn kiểm tra làm việc tại xã Tân Chánh (huyện Cần Đước).",
     [("xã", "xã", "Tân Chánh"), ("huyện", "huyện", "Cần Đước")]),
    ("Lãnh đạo UBND huyện Nông Sơn Chánh Thanh tra huyện báo cáo kết quả.", [("huyện", "huyện", "Nông Sơn")]),
    # "TP." glued to the city's name, a city as its acronym
    ("Dẫn đầu là TP.Hải Phòng, tiếp đến TP.Đà Nẵng và tỉnh Quảng Ninh.",
     [("thành phố", "TP.", "Hải Phòng"), ("thành phố", "TP.", "Đà Nẵng"), ("tỉnh", "tỉnh", "Quảng Ninh")]),
    ("Năm nay TP.HCM tăng hai bậc, UBND TP HCM đề ra mục tiêu mới.",
     [("thành phố", "TP.", "HCM"), ("thành phố", "TP", "HCM")]),
    # a one-syllable start and a two-syllable family-name tail are one place; "Quý" only alone is none
    ("Đoàn làm việc với xã Tân Lộc Đông về chuyển đổi số.", [("xã", "xã", "Tân Lộc Đông")]),
    ("Hội nghị diễn ra tại xã Quý Hòa; báo cáo của UBND tỉnh Quý I được thông qua.", [("xã", "xã", "Quý Hòa")]),
    # a person's name after the place is no part of it, an Ê Đê or M'nông name too
    ("Chủ tịch UBND xã Ea Tu Y Khuê Niê phát biểu tại hội nghị.", [("xã", "xã", "Ea Tu")]),
    ("Bí thư Đảng ủy xã Cư Suê H'Linh Êban dự lễ khai giảng.", [("xã", "xã", "Cư Suê")]),
    ("Phó Chủ tịch UBND huyện Tiên Phước Trần Văn Mẫn dự hội nghị.", [("huyện", "huyện", "Tiên Phước")]),
    ("Thay mặt lãnh đạo UBND huyện Hà Nam Nguyễn Văn An phát biểu.", [("huyện", "huyện", "Hà Nam")]),
    # no place: a name, a session, a term, a party body, level words alone
    ("Ông Lê Văn Bình, Chủ tịch UBND tỉnh Võ Văn Bình dự họp.", []),
    ("HĐND tỉnh Kỳ họp thứ 15 diễn ra trong hai ngày.", []),
    ("HĐND xã Khóa V họp phiên thường kỳ tháng 8.", []),
    ("Huyện ủy Đắk Rơ Lang triển khai Nghị quyết của Tỉnh ủy.", []),
    ("Phổ Yên – Học Tập Chuyên Đề Năm 2024 Của Tỉnh Ủy Và Huyện Ủy", []),  # a title-case headline's committees
    ("Các xã, thị trấn trên địa bàn huyện đều hoàn thành chỉ tiêu.", []),
]


@pytest.mark.parametrize("text,expected", PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_named_places_of_a_phrasing(text, expected):
    found = named_places(text)
    assert [(m.level, m.written, m.name) for m in found] == expected
    for m in found:  # exact spans: the level word as written, then the name
        assert text[m.start:m.level_end] == m.written and text[m.name_start:m.end] == m.name


def test_the_stage_gives_the_article_its_places_once():
    art = make_article("Huyện Nông Sơn họp\n\nSáng nay, UBND huyện Nông Sơn làm việc với xã Quế Lộc.", "<test>")
    tokenized = Pipeline(["place"]).process(art)
    assert [(m.level, m.name) for m in tokenized.places] == [("huyện", "Nông Sơn"), ("huyện", "Nông Sơn"),
                                                             ("xã", "Quế Lộc")]
    assert tokenized.facts == []  # internal: no fact kind, nothing stored or output


def test_officials_without_the_place_stage_before_them_is_a_one_line_error():
    with pytest.raises(StageOrderError) as err:
        Pipeline(["official"])
    assert str(err.value) == ("stage 'official' requires place, which no stage before it assigns: "
                              "put 'place' before 'official'")


@pytest.mark.parametrize("text,subject", [
    # "của huyện" is the district the article names, not a person named after a level word
    ("Huyện Thạch Phong tổng kết năm 2022\n\nNăm 2022, kinh tế của huyện Thạch Phong tăng trưởng khá. Đồng chí "
     "Lê Minh Tâm đánh giá cao kết quả đạt được: Chỉ số CCHC năm 2022 của huyện đạt 84,7 điểm, xếp thứ 6/13 "
     "huyện, thị xã, thành phố.", "huyện Thạch Phong"),
    # the unit as the place stage reads it: "TP." glued, a one-syllable start before a family name
    ("Chỉ số PAPI năm 2023\n\nNăm 2023, Chỉ số PAPI của TP.Đà Nẵng đạt 45,2 điểm, xếp thứ 3/63 tỉnh, thành phố.",
     "TP.Đà Nẵng"),
    ("Chỉ số CCHC của xã năm 2023\n\nNăm 2023, Chỉ số CCHC của xã Tân Lộc Đông đạt 86,4 điểm, xếp thứ 3/17 xã, "
     "thị trấn.", "xã Tân Lộc Đông"),
    ("Xã Tân An họp kỳ thứ nhất\n\nHĐND xã Tân An khóa mới họp. Năm 2020, Chỉ số CCHC của xã đạt 72,36 điểm, "
     "xếp thứ 16/18 xã, thị trấn của huyện.", "xã Tân An"),
])
def test_a_scored_level_word_means_the_place_the_article_names(text, subject):
    facts = Pipeline(["place", "score"])(make_article(text, "<test>"))["facts"]
    assert {f["subject"] for f in facts if f["kind"] in ("score", "ranking")} == {subject}


@pytest.mark.parametrize("text,place", [
    # the organiser's place, its level word in lower case even where the sentence opens with it
    ("Xã Trà Giang tổ chức hội nghị đối thoại với nhân dân\n\nSáng 14/3, UBND xã Trà Giang tổ chức "
     "hội nghị đối thoại với nhân dân. Ông Lê Văn Tín, Chủ tịch UBND xã chủ trì hội nghị.", "xã Trà Giang"),
    ("Huyện Tân Yên họp tổng kết năm\n\nChiều 20/12, Huyện Tân Yên tổ chức hội nghị tổng kết công tác "
     "năm 2023. Ông Phạm Văn Hòa, Chủ tịch UBND huyện chủ trì hội nghị.", "huyện Tân Yên"),
    # an abbreviation as written
    ("Sáng 5/4, UBND TP. Tam Kỳ tổ chức hội nghị triển khai nhiệm vụ quý II. Bà Trần Thị Lan, "
     "Chủ tịch UBND thành phố chủ trì hội nghị.", "TP. Tam Kỳ"),
])
def test_a_meeting_takes_its_place_from_the_place_stage(text, place):
    facts = Pipeline()(make_article(text, "<test>"))["facts"]
    assert [f["place"] for f in facts if f["kind"] == "meeting"] == [place]


def test_a_place_as_a_field_value_writes_its_level_word_in_lower_case():
    m = named_places("Huyện Nông Sơn và TP. Tam Kỳ")
    assert [p.level_and_name for p in m] == ["huyện Nông Sơn", "TP. Tam Kỳ"]


class _Watched(list):
    """The named places, noting the stage that reads them."""

    def __init__(self, places, stage, readers):
        super().__init__(places)
        self.stage, self.readers = stage, readers

    def __iter__(self):
        self.readers.add(self.stage)
        return super().__iter__()

    def __getitem__(self, i):
        self.readers.add(self.stage)
        return super().__getitem__(i)

    def __len__(self):
        self.readers.add(self.stage)
        return super().__len__()


def test_only_the_stages_that_require_place_read_the_places():
    """The contract is what the stages do: on the sample articles, a stage that does not
    require ``place`` never reads ``tokenized.places``, and the officials do."""
    from govfacts.corpus.readers import read_paths
    from govfacts.extraction import registry
    from govfacts.extraction.model import Article
    from govfacts.extraction.tokenizer import tokenize

    from .conftest import SEEDS

    stages = registry.check_order(registry.default_names())
    readers: set[str] = set()
    for art in [a for a in read_paths([SEEDS]) if isinstance(a, Article)]:
        tokenized = tokenize(art)
        for st in stages:
            places = tokenized.places
            if st.name != "place":
                tokenized.places = _Watched(places, st.name, readers)
            st.function(tokenized)
            if st.name != "place":
                tokenized.places = places
    requiring = {st.name for st in stages if "place" in st.requires}
    assert readers <= requiring and "official" in readers


@pytest.mark.parametrize("sentence,issuer", [
    # every level word of patterns/place_rules.yaml may follow an issuer, "TP" and "Tp." too
    ("Thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND TP Hội An về cải cách hành chính.",
     "Ủy ban nhân dân TP Hội An"),
    ("Căn cứ Kế hoạch số 45/KH-UBND ngày 3/4/2024 của UBND Tp. Hội An.", "Ủy ban nhân dân Tp. Hội An"),
    ("Căn cứ Kế hoạch số 46/KH-UBND ngày 5/4/2024 của UBND thị xã Điện Bàn.", "Ủy ban nhân dân thị xã Điện Bàn"),
    # the place ends where the place stage ends it: before a title, at a line's end; "K'Bang" is one syllable
    ("Căn cứ Quyết định số 15/QĐ-UBND ngày 5/1/2024 của UBND tỉnh Kon Tum Phó Chủ tịch UBND tỉnh ký.",
     "Ủy ban nhân dân tỉnh Kon Tum"),
    ("Thực hiện Quyết định số 7/QĐ-UBND ngày 2/2/2024 của UBND huyện\nCác xã triển khai ngay.", "Ủy ban nhân dân huyện"),
    ("Theo Quyết định số 9/QĐ-UBND ngày 2/2/2024 của UBND huyện K'Bang.", "Ủy ban nhân dân huyện K'Bang"),
    ("Theo Nghị quyết số 04-NQ/TU ngày 2/2/2024 của Tỉnh ủy Quảng Nam.", "Tỉnh ủy Quảng Nam"),
])
def test_a_cited_issuer_takes_its_place_after_any_level_word(sentence, issuer):
    from govfacts.extraction.pipeline import extract_text

    refs = [f for f in extract_text("Tin cải cách hành chính\n\n" + sentence)["facts"] if f["kind"] == "document_ref"]
    assert [f["issuer"] for f in refs] == [issuer]


def test_the_audit_reads_an_issuers_level_as_the_place_stage_does():
    from govfacts.db.issuers import issuer_parts

    assert issuer_parts("Ủy ban nhân dân TP. Tam Kỳ") == issuer_parts("Ủy ban nhân dân thành phố Tam Kỳ") \
        == ("ủy ban nhân dân", "thành phố", "tam kỳ")
    assert issuer_parts("Ủy ban nhân dân xã Tam Lãnh") == ("ủy ban nhân dân", "xã", "tam lãnh")
