"""Scores by grammar: a product's points in the OCOP appraisal (Bộ tiêu chí đánh giá, phân hạng sản
phẩm), an assessed score in điểm (FACTS.md `scores`, "every assessed score"); its star class is no
score and no rank (corpus/ANNOTATION.md). The appraisal named in the title or the lead, the points in
a later paragraph; the near misses put the same articles around stars, bands, counts of products and
a business's growth. Products, names and numbers are invented."""
import pytest

from govfacts.corpus.readers import make_article
from tests.test_scores_grammar import PIPE, S, check, rotate

TITLES = ["Huyện Mường Khương đánh giá, phân hạng sản phẩm OCOP năm 2024",
          "Hội đồng huyện Bảo Yên chấm điểm, phân hạng 9 sản phẩm OCOP"]
LEADS = ["Sáng 20/9, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện họp xét 9 sản phẩm của 4 hợp tác xã "
         "và 3 hộ sản xuất trên địa bàn.",
         "Ngày 20/9, UBND huyện tổ chức hội nghị đánh giá, phân hạng sản phẩm thuộc Chương trình mỗi xã một sản phẩm "
         "đợt 2 năm 2024 với sự tham gia của các thành viên Hội đồng."]
FILLER = ("Các chủ thể lần lượt giới thiệu quy trình sản xuất, nguồn nguyên liệu, bao bì và kênh tiêu thụ; các thành "
          "viên Hội đồng xem xét hồ sơ, kiểm tra mẫu và góp ý để sản phẩm hoàn thiện hơn trước khi đưa ra thị trường.")
RESULTS = [("Sản phẩm trà hoa vàng đạt số điểm cao nhất với 86/100 điểm.", [S(86.0, 100.0)]),
           ("Kết quả, sản phẩm gạo nếp tan đạt 82 điểm, được đề nghị công nhận 4 sao.", [S(82.0)]),
           ("Mật ong rừng của HTX Bản Lầu được chấm 78,5 điểm.", [S(78.5)]),
           ("Cao nhất là sản phẩm miến dong với 84 điểm, thấp nhất là tương ớt với 52 điểm.", [S(84.0), S(52.0)])]
NEAR_MISSES = ["Có 5 sản phẩm đạt 3 sao và 2 sản phẩm đạt 4 sao.",
               "Theo quy định, sản phẩm đạt từ 70 đến dưới 90 điểm được xếp hạng 4 sao.",
               "Từ khi có sản phẩm OCOP, doanh thu của hợp tác xã tăng 25% so với năm 2023.",
               "Huyện phấn đấu đến năm 2025 có 40 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 30% đạt 4 sao."]


def _article(title: str, lead: str, result: str) -> str:
    return "\n\n".join([title, lead, FILLER, result, "Hội đồng đề nghị các chủ thể tiếp tục hoàn thiện bao bì."])


ROWS = [(_article(t, lead, text), expected)
        for (text, expected), (t, lead) in rotate(RESULTS + [(m, []) for m in NEAR_MISSES],
                                                  [(t, lead) for t in TITLES for lead in LEADS], 2)]


@pytest.mark.parametrize("text,expected", ROWS, ids=[f"p{k:02d}" for k in range(len(ROWS))])
def test_a_products_appraisal_points(text, expected):
    got = [f for f in PIPE(make_article(text, "<grammar>"))["facts"] if f["kind"] in ("score", "ranking")]
    check(got, expected)
