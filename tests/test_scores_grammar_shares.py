"""Scores by grammar: the satisfaction survey's result named by what it measures, no index name in the
article ("Tỷ lệ hài lòng của người dân đối với xã A đạt 92,5%"): the SIPAS result in % (FACTS.md
`scores`, "tỷ lệ hài lòng 85,2%"). The near misses put the same nouns around no result: who else is
satisfied (patients, tourists), targets, thresholds, a raise to a level, a goal phrase beside a share of
files. Units, names and numbers are invented (tests/test_scores_grammar.py holds the first slots)."""
import pytest

from tests.test_scores_grammar import S, check, facts, rotate

UNITS = ["xã Ea Tóh", "UBND huyện Krông Năng", "Sở Tư pháp", "thị trấn Phước An", "Bộ phận Một cửa huyện Cư Kuin"]
# the survey's result as the genre names it (capitalised where it opens a sentence)
SHARES = ["tỷ lệ hài lòng của người dân", "tỷ lệ hài lòng của người dân, tổ chức", "mức độ hài lòng của người dân",
          "mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", "tỷ lệ hài lòng chung",
          "mức độ hài lòng chung", "tỉ lệ hài lòng của tổ chức, cá nhân", "mức độ hài lòng về sự phục vụ hành chính",
          "kết quả khảo sát sự hài lòng của người dân", "tỷ lệ người dân hài lòng", "sự hài lòng của người dân, doanh nghiệp"]
FRAMES = ["Năm 2023, {N} đối với {U} đạt {V}.", "{N} năm 2023 tại {U} đạt {V}.",
          "Theo kết quả khảo sát năm 2023, {N} đối với {U} là {V}.",
          "Năm 2023, {N} đối với {U} đạt {V}, tăng 1,2% so với năm 2022.",
          "Năm 2023, {U} giải quyết 1.250 hồ sơ; {N} đạt {V}."]
VALUES = [("92,5%", 92.5), ("88,01%", 88.01), ("95 %", 95.0)]


def _sentence(words: str) -> str:
    return words[0].upper() + words[1:]


def _rows():
    rows = []
    for k, (noun, frame) in enumerate(rotate(SHARES, FRAMES, 2)):
        written, value = VALUES[k % len(VALUES)]
        rows.append((_sentence(frame.format(N=noun, U=UNITS[k % len(UNITS)], V=written)), [S(value, unit="%")]))
    return rows


NEAR_MISSES = [
    "Năm 2023, tỷ lệ hài lòng của người bệnh đối với Trung tâm Y tế {U} đạt 95,2%.",
    "Mức độ hài lòng của du khách khi đến {U} đạt 90,5%.",
    "Năm 2024, {U} phấn đấu tỷ lệ hài lòng của người dân đạt trên 95%.",
    "Mục tiêu đến năm 2025, mức độ hài lòng của người dân đối với {U} đạt 98%.",
    "Các đơn vị có tỷ lệ hài lòng của người dân dưới 80% phải xây dựng kế hoạch khắc phục, trong đó có {U}.",
    "Để nâng cao sự hài lòng của người dân, {U} đã tiếp nhận 1.250 hồ sơ, đạt 100% kế hoạch.",
    "Nhằm nâng cao mức độ hài lòng của người dân, tỷ lệ hồ sơ trực tuyến của {U} đạt 65,4%.",
    "Tỷ lệ hài lòng của người dân đối với {U} đạt 92,5%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.",
]


# the one near miss holding a result beside the share of files after it
RESULT_BESIDE = "Tỷ lệ hài lòng của người dân đối với"
ROWS = _rows() + [(m.format(U=UNITS[k % len(UNITS)]), [S(92.5, unit="%")] if m.startswith(RESULT_BESIDE) else [])
                  for k, m in enumerate(NEAR_MISSES)]


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"h{k:03d}" for k in range(len(ROWS))])
def test_satisfaction_share(text, expected):
    check(facts(text), expected)


def test_each_noun_and_unit_is_written():
    assert all(v.lower() in "\n".join(t for t, _ in ROWS).lower() for v in SHARES + UNITS)
