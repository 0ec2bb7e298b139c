"""Scores by grammar, the unit written other ways (issue #19): points abbreviated "đ" right after the
number ("đạt 85,5đ", "85,5/100đ", "Xã A: 90,5đ"), a share in words ("85,12 phần trăm"), and the
maximum after the points ("trên tổng số 100 điểm", "trên thang điểm 100", "(tối đa 100)"). The near
misses put the same slots around money, where "đ" is the currency ("500.000đ", "1.500.000 đ",
"20 triệu đ", "85 đồng"). Units, names and numbers are invented."""
import pytest

from tests.test_scores_grammar import INDEX, UNIT, S, check, facts, rotate

# (the value as written, the score read)
ABBREVIATED = [("85,5đ", S(85.5)), ("85,5 đ", S(85.5)), ("92đ", S(92.0)), ("85,5/100đ", S(85.5, 100.0)),
               ("71,34/80 đ", S(71.34, 80.0))]
IN_WORDS = [("85,12 phần trăm", S(85.12, unit="%"))]
MAXIMA_AFTER = [("85,5 điểm trên tổng số 100 điểm", S(85.5, 100.0)), ("85,5 điểm trên thang điểm 100", S(85.5, 100.0)),
                ("85,5 điểm (tối đa 100)", S(85.5, 100.0)), ("85,5 điểm (tối đa 100 điểm)", S(85.5, 100.0))]
FRAMES = ["{I} của {U} đạt {V}.", "Năm 2023, {U} đạt {V} về {I}, xếp thứ 3/18.", "{I}:\n- Xã Ea Tóh: {V};\n- Xã Ea Hồ: 80,1 điểm."]
# money beside an index result: no score
MONEY = ["thưởng 500.000đ", "hỗ trợ 1.500.000 đ", "chi 20 triệu đ", "giá 85 đồng", "kinh phí 2,5 tỷ đ"]


def _expected(frame: str, fact) -> list:
    return ([fact] + ([("ranking", {"rank": 3, "out_of": 18, "change": None})] if "3/18" in frame else [])
            + ([S(80.1)] if "80,1" in frame else []))


ROWS = [(f.format(I=INDEX, U=UNIT, V=v), _expected(f, fact))
        for (v, fact), f in rotate(ABBREVIATED + IN_WORDS + MAXIMA_AFTER, FRAMES, 3)]
ROWS += [(f"{INDEX} của {UNIT} đạt 85,12 điểm; đơn vị {m} cho khen thưởng.", [S(85.12)]) for m in MONEY]
ROWS += [(f"{INDEX}:\n- Xã Ea Tóh: 90,5 điểm, {m};\n- Xã Ea Hồ: 80,1 điểm.", [S(90.5), S(80.1)]) for m in MONEY]


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"u{k:02d}" for k in range(len(ROWS))])
def test_a_unit_written_other_ways(text, expected):
    check(facts(text), expected)
