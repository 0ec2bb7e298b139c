"""Scores by grammar: points a unit earned when assessed against a national set of criteria or a
standard, its assessment named in the clause ("Trạm Y tế xã A đạt 92/100 điểm theo Bộ tiêu chí quốc
gia về y tế xã", "xã A đạt 88 điểm, được công nhận đạt chuẩn tiếp cận pháp luật"): an assessed score
(FACTS.md `scores`, "every assessed score"; corpus/ANNOTATION.md, issue #19), in an article naming no
index. The near misses put the same articles around criteria counts, a threshold and a target.
Units, names and numbers are invented."""
import pytest

from tests.test_scores_grammar import S, check, facts

ASSESSED = [  # (the clause, the score)
    ("Trạm Y tế xã Ea Tóh đạt 92/100 điểm theo Bộ tiêu chí quốc gia về y tế xã", S(92.0, 100.0)),
    ("Trạm Y tế phường Tân Lợi đạt 88,5 điểm theo bộ tiêu chí quốc gia về y tế", S(88.5)),
    ("xã Ea Hồ đạt 88 điểm, được công nhận đạt chuẩn tiếp cận pháp luật", S(88.0)),
    ("thị trấn Phước An đạt 91,5/100 điểm, đạt chuẩn tiếp cận pháp luật", S(91.5, 100.0)),
    ("Trạm Y tế xã Cư Suê được chấm 85 điểm theo Bộ tiêu chí quốc gia", S(85.0)),
]
NEAR_MISSES = [
    "Xã Ea Tóh đạt 19/19 tiêu chí theo Bộ tiêu chí quốc gia về xã nông thôn mới",
    "Trạm Y tế xã phải đạt từ 70 điểm trở lên theo Bộ tiêu chí quốc gia về y tế xã",
    "Xã đạt chuẩn tiếp cận pháp luật khi có tổng điểm từ 75 điểm trở lên",
    "Phấn đấu đến năm 2025 có 100% trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã",
    "Năm 2024, 12/15 xã đạt chuẩn tiếp cận pháp luật",
]
FRAMES = ["Năm 2024, {C}.", "Theo kết quả đánh giá của Sở Y tế, năm 2024, {C}."]
ROWS = ([(f.format(C=c), [fact]) for c, fact in ASSESSED for f in FRAMES]
        + [(f.format(C=c[0].lower() + c[1:]), []) for c in NEAR_MISSES for f in FRAMES])


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"c{k:02d}" for k in range(len(ROWS))])
def test_points_against_a_set_of_criteria(text, expected):
    check(facts(text), expected)
