"""Officials in the genre's phrasing, each with the people and roles a reader would write down.

The sentences are written for these tests after the patterns of the corpus (the names are
invented); each row gives every person the sentence names, with the (title, org) of each
role in the gold style of ../shared/FACTS.md.
"""
import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.model import Fact, Span
from govfacts.extraction.pipeline import Pipeline, check_span

PIPE = Pipeline(["place", "official"])


def officials(text: str) -> list[dict]:
    art = make_article("Tin hoạt động\n" + text, "<test>")
    return [f for f in PIPE(art)["facts"] if f["kind"] == "official"]


def people(text: str) -> dict[str, set[tuple[str, str]]]:
    return {f["name"]: {(r["title"], r["org"]) for r in f["roles"]} for f in officials(text)}


UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"

# (text, {name: {(title, org), …}})
TABLE = [
    # --- Central Highlands names: an apostrophe prefix, the family name last
    ("Bà H'Linh Niê – Phó Giám đốc Sở Nội vụ chủ trì hội nghị.",
     {"H'Linh Niê": {("phó giám đốc", "sở nội vụ")}}),
    # --- a body's name stops before a clause verb the segmenter split ("đồng | chủ trì")
    ("Ông Lê Hữu Phước – Giám đốc Sở Kế hoạch và Đầu tư đồng chủ trì hội nghị.",
     {"Lê Hữu Phước": {("giám đốc", "sở kế hoạch và đầu tư")}}),
    # --- a name, then its roles (commas, dashes, brackets)
    (("Tham dự có đồng chí Lê Văn An, Phó Bí thư Thường trực Huyện ủy; đồng chí Trần Thị Bình, "
     "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện."),
     {"Lê Văn An": {("phó bí thư thường trực", "huyện ủy")},
      "Trần Thị Bình": {("phó bí thư", "huyện ủy"), ("chủ tịch", UB)}}),
    (("Dự hội nghị có đồng chí Phạm Quốc Cường, Ủy viên BTV Huyện ủy, Trưởng Ban Dân vận, Chủ tịch UBMTTQVN "
     "huyện cùng lãnh đạo các phòng, ban."),
     {"Phạm Quốc Cường": {("ủy viên ban thường vụ", "huyện ủy"), ("trưởng ban", "ban dân vận"), ("chủ tịch", MT)}}),
    ("Ông Đỗ Văn Dũng – PCT UBND, Phó Trưởng BCĐ CCHC&CĐS xã chủ trì hội nghị.",
     {"Đỗ Văn Dũng": {("phó chủ tịch", UB), ("phó trưởng ban", "ban chỉ đạo")}}),
    ("Ngày 12/5, đồng chí Hồ Văn Em- CT UBND huyện chủ trì buổi làm việc.",
     {"Hồ Văn Em": {("chủ tịch", UB)}}),
    ("Phát biểu tại buổi làm việc, ông Ngô Minh Giang - Phó Giám đốc Sở Nội vụ đánh giá cao kết quả của huyện.",
     {"Ngô Minh Giang": {("phó giám đốc", "sở nội vụ")}}),
    ("bà Vũ Thị Hà - UVBTV Huyện ủy, Phó Chủ tịch HĐND huyện phát biểu khai mạc.",
     {"Vũ Thị Hà": {("ủy viên ban thường vụ", "huyện ủy"), ("phó chủ tịch", HD)}}),
    ("ông Triệu Văn Lâm (Phó Chủ tịch UBND xã) trình bày báo cáo.",
     {"Triệu Văn Lâm": {("phó chủ tịch", UB)}}),
    ("Đồng chí Lê Minh Khôi Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện kết luận hội nghị.",
     {"Lê Minh Khôi": {("ủy viên", "tỉnh ủy"), ("bí thư", "huyện ủy"), ("chủ tịch", HD)}}),
    ("đồng chí Đào Thị Giang, TUV, Bí thư Thành ủy dự và phát biểu.",
     {"Đào Thị Giang": {("ủy viên", "tỉnh ủy"), ("bí thư", "thành ủy")}}),
    ("đồng chí Quàng Văn Dũng, UV BTV Huyện ủy, PCT UBND huyện trình bày tờ trình.",
     {"Quàng Văn Dũng": {("ủy viên ban thường vụ", "huyện ủy"), ("phó chủ tịch", UB)}}),
    ("Đồng chí Lê Quang Hưng – Bí Thư Thị uỷ - Chủ tịch HĐND Thị xã chủ trì phiên họp.",
     {"Lê Quang Hưng": {("bí thư", "thị ủy"), ("chủ tịch", HD)}}),
    ("Đồng chí Nguyễn Hữu Phát, Phó Bí thư Thường trực Thành ủy, được phân công điều hành.",
     {"Nguyễn Hữu Phát": {("phó bí thư thường trực", "thành ủy")}}),
    ("bà Cao Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn giám sát.",
     {"Cao Thị Hằng": {("chủ tịch", MT), ("trưởng đoàn", "đoàn giám sát")}}),
    ("ông Lưu Văn Hiếu, Trưởng ban Pháp chế HĐND huyện báo cáo kết quả giám sát.",
     {"Lưu Văn Hiếu": {("trưởng ban", "ban pháp chế")}}),
    ("ông Tạ Văn Hùng, Chánh Văn phòng HĐND và UBND huyện điều hành phiên họp.",
     {"Tạ Văn Hùng": {("chánh văn phòng", "văn phòng")}}),
    ("bà Tô Thị Hương, Trưởng phòng Nội vụ huyện báo cáo tình hình cải cách hành chính.",
     {"Tô Thị Hương": {("trưởng phòng", "phòng nội vụ")}}),
    ("ông Phùng Văn Kiên, Trưởng phòng GD&ĐT huyện trình bày dự thảo.",
     {"Phùng Văn Kiên": {("trưởng phòng", "phòng giáo dục và đào tạo")}}),
    ("Đại tá Vương Văn Lâm, Giám đốc Công an tỉnh phát biểu chỉ đạo.",
     {"Vương Văn Lâm": {("giám đốc", "công an")}}),
    ("TS. Nguyễn Văn Xuân, Giám đốc Sở Khoa học và Công nghệ trình bày tham luận.",
     {"Nguyễn Văn Xuân": {("giám đốc", "sở khoa học và công nghệ")}}),
    ("đ/c Hà Văn Bắc - Bí thư Đảng ủy xã phát biểu chỉ đạo.",
     {"Hà Văn Bắc": {("bí thư", "đảng ủy")}}),
    ("Đ/c Lò Văn Chung, Phó Chủ tịch UBND xã giao chỉ tiêu cho các thôn.",
     {"Lò Văn Chung": {("phó chủ tịch", UB)}}),
    ("đồng chí Trịnh Văn Long, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì hội nghị giao ban.",
     {"Trịnh Văn Long": {("phó chủ tịch thường trực", HD)}}),
    ("đồng chí Phan Quốc Việt, Phó Trưởng Ban Tổ chức Trung ương, Ủy viên Trung ương Đảng dự hội nghị.",
     {"Phan Quốc Việt": {("ủy viên", "trung ương đảng"), ("phó trưởng ban", "ban tổ chức")}}),
    ("đồng chí Đặng Thu Trang, Chánh Văn phòng Tỉnh ủy tặng hoa chúc mừng.",
     {"Đặng Thu Trang": {("chánh văn phòng", "văn phòng")}}),
    ("ông Tống Văn Khánh, Chủ tịch Hội đồng tư vấn tỉnh chủ trì phiên thẩm định.",
     {"Tống Văn Khánh": {("chủ tịch", "hội đồng tư vấn")}}),
    ("đồng chí Lưu Thị Mai – Phó Bí thư, Trưởng Ban Chỉ đạo Chuyển đổi số của huyện phát biểu.",
     {"Lưu Thị Mai": {("phó bí thư", ""), ("trưởng ban", "ban chỉ đạo")}}),
    ("Đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.",
     {"Nguyễn Văn An": {("ủy viên ban thường vụ", "tỉnh ủy"), ("trưởng ban", "ban tuyên giáo")}}),
    ("ông Nguyễn Văn Giao, Bí thư Chi bộ thôn Đông Hà phát biểu.", {"Nguyễn Văn Giao": {("bí thư", "chi bộ")}}),
    ("ông Phạm Văn Hải, Trưởng thôn Tân Lập cho biết.", {"Phạm Văn Hải": {("trưởng thôn", "")}}),
    ("Thượng tá Lê Văn Hùng, Trưởng Công an huyện báo cáo.", {"Lê Văn Hùng": {("trưởng", "công an")}}),
    ("PGS.TS Nguyễn Văn Nam, Giám đốc Học viện Hành chính Quốc gia trình bày.",
     {"Nguyễn Văn Nam": {("giám đốc", "học viện hành chính quốc gia")}}),
    ("Theo ông Lê Văn Tâm, Trưởng phòng Văn hóa và Thông tin huyện, huyện đã hoàn thành kế hoạch.",
     {"Lê Văn Tâm": {("trưởng phòng", "phòng văn hóa và thông tin")}}),
    (("đồng chí Nguyễn Văn Ích, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Trần Văn Khánh, Phó Bí thư, Chủ tịch "
     "UBND xã đồng chủ trì."),
     {"Nguyễn Văn Ích": {("bí thư", "đảng ủy"), ("chủ tịch", HD)},
      "Trần Văn Khánh": {("phó bí thư", ""), ("chủ tịch", UB)}}),
    # --- a title, then the name
    ("Bí thư Tỉnh ủy Lê Văn Em và Chủ tịch UBND tỉnh Trần Văn Phong dự lễ.",
     {"Lê Văn Em": {("bí thư", "tỉnh ủy")}, "Trần Văn Phong": {("chủ tịch", UB)}}),
    ("Chánh án Tòa án nhân dân huyện Lê Văn Lộc phát biểu.", {"Lê Văn Lộc": {("chánh án", "tòa án nhân dân")}}),
    ("Chủ tịch UBND huyện Nguyễn Văn Khải đã ký ban hành kế hoạch.",
     {"Nguyễn Văn Khải": {("chủ tịch", UB)}}),
    ("Phó Giám đốc phụ trách Sở Tư pháp Trần Minh Lực phát biểu tại hội nghị.",
     {"Trần Minh Lực": {("phó giám đốc phụ trách", "sở tư pháp")}}),
    ("Tại buổi làm việc, đồng chí Chủ tịch UBND xã Bùi Văn Mạnh đề nghị các thôn tập trung chỉ đạo.",
     {"Bùi Văn Mạnh": {("chủ tịch", UB)}}),
    ("Sáng 3/4, Phó Chủ tịch Thường trực UBND tỉnh Đặng Thị Ngọc chủ trì cuộc họp trực tuyến.",
     {"Đặng Thị Ngọc": {("phó chủ tịch thường trực", UB)}}),
    ("Chủ tịch HĐND xã – Phan Văn Vĩnh kết luận phiên họp.",
     {"Phan Văn Vĩnh": {("chủ tịch", HD)}}),
    ("Chủ tịch UBND huyện – Hồ Lâm chủ trì buổi tiếp công dân.",
     {"Hồ Lâm": {("chủ tịch", UB)}}),
    ("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Thành làm việc với huyện.",
     {"Lê Văn Thành": {("chủ tịch", UB)}}),
    ("Đại biểu Quốc hội bà Lê Thị Hoa tiếp xúc cử tri xã.",
     {"Lê Thị Hoa": {("đại biểu", "quốc hội")}}),
    ("Phó chủ tịch HĐND huyện Mai Thị Hạnh Nhi ghi nhận các ý kiến đóng góp.",
     {"Mai Thị Hạnh Nhi": {("phó chủ tịch", HD)}}),
    # --- one title, several names
    ("Dự họp có các Phó Chủ tịch UBND huyện: Lê Văn Phúc, Trần Quang Sơn.",
     {"Lê Văn Phúc": {("phó chủ tịch", UB)}, "Trần Quang Sơn": {("phó chủ tịch", UB)}}),
    ("Phó Chủ tịch UBND huyện Trịnh Văn Tài, Lê Thị Uyên cùng dự buổi làm việc.",
     {"Trịnh Văn Tài": {("phó chủ tịch", UB)}, "Lê Thị Uyên": {("phó chủ tịch", UB)}}),
    ("ông Mạc Văn Sáu và bà Ninh Thị Sen, đại biểu HĐND tỉnh, tiếp xúc cử tri thị trấn.",
     {"Mạc Văn Sáu": {("đại biểu", HD)}, "Ninh Thị Sen": {("đại biểu", HD)}}),
    ("Các đồng chí: Triệu Văn Quân, Bí thư Đảng ủy; Đinh Thị Quế, Chủ tịch HĐND xã chủ trì kỳ họp.",
     {"Triệu Văn Quân": {("bí thư", "đảng ủy")}, "Đinh Thị Quế": {("chủ tịch", HD)}}),
    ("Cùng dự có các đồng chí Bế Văn Hải và Nông Văn Hòa.",
     {"Bế Văn Hải": set(), "Nông Văn Hòa": set()}),
    # --- a new post, a past one, a post held
    ("ông Kiều Văn Minh, Trưởng phòng Tài chính - Kế hoạch được bầu làm Phó Chủ tịch UBND huyện.",
     {"Kiều Văn Minh": {("trưởng phòng", "phòng tài chính - kế hoạch"), ("phó chủ tịch", UB)}}),
    ("Đồng chí Thân Văn Nam tái đắc cử Bí thư Đảng ủy xã nhiệm kỳ mới.",
     {"Thân Văn Nam": {("bí thư", "đảng ủy")}}),
    ("Hai đồng chí Chu Văn Oanh và Lý Thị Phương được bầu giữ chức Phó Bí thư Đảng ủy xã.",
     {"Chu Văn Oanh": {("phó bí thư", "đảng ủy")}, "Lý Thị Phương": {("phó bí thư", "đảng ủy")}}),
    ("Hội đồng nhân dân xã đã miễn nhiệm chức vụ Phó Chủ tịch UBND xã đối với ông Đàm Văn Tâm.",
     {"Đàm Văn Tâm": {("phó chủ tịch", UB)}}),
    ("đồng chí Giáp Văn Thành được chỉ định làm Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Đảng ủy xã.",
     {"Giáp Văn Thành": {("ủy viên ban chấp hành", "đảng ủy"), ("ủy viên ban thường vụ", "đảng ủy")}}),
    ("đồng chí Lại Văn Thắng – Phó Bí thư, Chủ tịch UBND xã chủ trì.",
     {"Lại Văn Thắng": {("phó bí thư", ""), ("chủ tịch", UB)}}),
    ("Đoàn kiểm tra liên ngành do ông Hứa Văn Vinh - Phó Giám đốc Sở Tài chính làm Trưởng đoàn đã làm việc tại xã.",
     {"Hứa Văn Vinh": {("phó giám đốc", "sở tài chính"), ("trưởng đoàn", "đoàn kiểm tra liên ngành")}}),
    # a management board keeps its charge (annotation-notes a.md: only a steering board is cut to its head)
    ("Ông Hoàng Văn Phú, nguyên Phó Chủ tịch UBND huyện, nay là Trưởng Ban Quản lý dự án.",
     {"Hoàng Văn Phú": {("phó chủ tịch", UB), ("trưởng ban", "ban quản lý dự án")}}),
    ("Đồng chí Lê Văn Mạnh được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
     {"Lê Văn Mạnh": {("phó giám đốc", "sở nội vụ")}}),
    ("Các đại biểu tưởng nhớ cụ Phan Văn Khoa (1900 - 1975), nguyên Chủ tịch UBND tỉnh.",
     {"Phan Văn Khoa": {("chủ tịch", UB)}}),
    # --- an attendee list: a repeated title starts the next (unnamed) attendee
    (("tham dự có đồng chí Khúc Văn Toản - Phó Chủ tịch UBND huyện, Phó Chủ tịch Ủy ban MTTQ huyện, "
     "Trưởng các phòng, ban."),
     {"Khúc Văn Toản": {("phó chủ tịch", UB)}}),
    # --- bylines and credits
    ("Hội nghị diễn ra trong một buổi sáng.\nTác giả: Lê Thị Uyên", {"Lê Thị Uyên": set()}),
    ("Hội nghị diễn ra trong một buổi sáng.\nBài, ảnh: Hoàng Minh Vũ", {"Hoàng Minh Vũ": set()}),
    ("Hội nghị diễn ra trong một buổi sáng.\nHoa Bùi", {"Hoa Bùi": set()}),
    ("Hội nghị diễn ra trong một buổi sáng.\nTRẦN VĂN AN", {"TRẦN VĂN AN": set()}),
    ("Hội nghị diễn ra trong một buổi sáng.\nThu Hà", {}),
    ("Hội nghị diễn ra trong một buổi sáng.\nNVHùng-Văn phòng UBND huyện", {}),
    ("Hội nghị diễn ra trong một buổi sáng.\nNguồn tin: Văn phòng HĐND&UBND huyện", {}),
    # --- not persons: places, bodies, a president's name in a body or a city
    ("Đoàn TNCS Hồ Chí Minh huyện tổ chức ra quân mùa hè tình nguyện.", {}),
    ("Cán bộ xã đi học tập kinh nghiệm tại TP. Hồ Chí Minh.", {}),
    ("UBND xã Hà Lâm và xã Lê Lợi tổ chức hội nghị điển hình tiên tiến.", {}),
    ("Năm nay các xã như: Hà Lâm, Mai Sơn và Cao Phong đạt chuẩn nông thôn mới.", {}),
    ("Phòng Nội vụ huyện báo cáo kết quả; Chủ tịch UBND các xã, thị trấn dự họp.", {}),
    ("Kỷ niệm 130 năm ngày sinh Chủ tịch Hồ Chí Minh, huyện tổ chức nhiều hoạt động.",
     {"Hồ Chí Minh": {("chủ tịch", "")}}),
    ("Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", {}),
    ("Trụ sở đặt tại số 12 đường Trần Hưng Đạo, phường Lê Lợi.", {}),
    ("Tham dự còn có lãnh đạo Sở Nội vụ, Văn phòng UBND tỉnh.", {}),
    # --- a body's name in sentence case: its lower-case nouns, not the verb after it
    ("Ông Lê Văn Hòa, Trưởng phòng Quản lý hành chính Sở Tư pháp, cho rằng cần rà soát thủ tục.",
     {"Lê Văn Hòa": {("trưởng phòng", "phòng quản lý hành chính")}}),
    ("TS. Trần Minh Đức, Phó Viện trưởng Viện Nghiên cứu phát triển và chính sách công, trình bày tham luận.",
     {"Trần Minh Đức": {("phó viện trưởng", "viện nghiên cứu phát triển và chính sách công")}}),
    ("bà Mai Thị Thu, Giám đốc Trung tâm Phục vụ hành chính công tỉnh báo cáo số hồ sơ trễ hạn.",
     {"Mai Thị Thu": {("giám đốc", "trung tâm phục vụ hành chính công")}}),
    ("Ông Phạm Văn Tú, Giám đốc Sở Tư pháp cho biết kết quả thẩm định.",
     {"Phạm Văn Tú": {("giám đốc", "sở tư pháp")}}),
    ("ông Đoàn Văn Lộc, Trưởng phòng Nội vụ báo cáo kinh tế xã hội của huyện.",
     {"Đoàn Văn Lộc": {("trưởng phòng", "phòng nội vụ")}}),
    # --- " - " inside a body's name, and "Xã hội" that is no commune
    ("bà Đỗ Thị Lan, Phó Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu ý kiến.",
     {"Đỗ Thị Lan": {("phó giám đốc", "sở lao động - thương binh và xã hội")}}),
    # --- a qualifier written after an abbreviated body
    (("Cùng dự có đồng chí Vũ Thị Hằng, Phó Chủ tịch UBND tỉnh, Phó Trưởng BCĐ thường trực; đồng chí "
      "Lê An Khang, Giám đốc Sở Nội vụ."),
     {"Vũ Thị Hằng": {("phó chủ tịch", UB), ("phó trưởng ban thường trực", "ban chỉ đạo")},
      "Lê An Khang": {("giám đốc", "sở nội vụ")}}),
    # --- the head of a team: the body's head words, not the object of its task
    ("Đoàn do ông Hồ Văn Quý, Phó trưởng phòng Nội vụ huyện làm Trưởng đoàn kiểm tra công tác văn thư tại xã.",
     {"Hồ Văn Quý": {("phó trưởng phòng", "phòng nội vụ"), ("trưởng đoàn", "đoàn kiểm tra")}}),
    ("ông Vi Văn Thạch, Phó Chủ tịch UBND xã làm Tổ trưởng Tổ công tác của xã.",
     {"Vi Văn Thạch": {("phó chủ tịch", UB), ("tổ trưởng", "tổ công tác")}}),
    # --- a place whose first syllable is no place alone; the chain goes on after it
    ("Dự có đồng chí Lương Văn Hiển, Phó Bí thư Thường trực Huyện ủy Kỳ Sơn, Chủ tịch HĐND huyện.",
     {"Lương Văn Hiển": {("phó bí thư thường trực", "huyện ủy"), ("chủ tịch", HD)}}),
    ("ông Nông Văn Tài, Chủ tịch HĐND tỉnh Kỳ họp thứ 8 khai mạc sáng nay.",
     {"Nông Văn Tài": {("chủ tịch", HD)}}),
    # --- a title written once before several names, each with roles of their own
    (("Tham dự có các đại biểu HĐND tỉnh Tạ Văn Tường, Tỉnh ủy viên, Trưởng Ban Pháp chế HĐND tỉnh; và "
      "Lê Thị Mỹ, Phó Giám đốc Sở Y tế."),
     {"Tạ Văn Tường": {("đại biểu", HD), ("ủy viên", "tỉnh ủy"), ("trưởng ban", "ban pháp chế")},
      "Lê Thị Mỹ": {("đại biểu", HD), ("phó giám đốc", "sở y tế")}}),
    ("Đại biểu HĐND tỉnh Tạ Văn Tường, Tỉnh ủy viên; cùng ông Lê Văn Mỹ, Phó Giám đốc Sở Y tế dự.",
     {"Tạ Văn Tường": {("đại biểu", HD), ("ủy viên", "tỉnh ủy")}, "Lê Văn Mỹ": {("phó giám đốc", "sở y tế")}}),
    # --- a post relieved, or taken up by several verbs together
    ("đồng chí Đặng Văn Sơn đã được cho thôi giữ chức Chủ tịch UBND xã Nhân Hòa để nghỉ hưu.",
     {"Đặng Văn Sơn": {("chủ tịch", UB)}}),
    (("HĐND huyện miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Kha Văn Lợi do được điều động, "
      "bổ nhiệm giữ chức Giám đốc Sở Tài chính."),
     {"Kha Văn Lợi": {("phó chủ tịch", UB), ("giám đốc", "sở tài chính")}}),
    # --- a family name the lexicon lacks, beside an honorific
    ("ông Hờ A Sùng, Chủ tịch UBND xã báo cáo tình hình.", {"Hờ A Sùng": {("chủ tịch", UB)}}),

    # --- batch c phrasings (issue 19), written for these tests
    # several titles before names in one list, joined by commas: each title goes to the name after it
    (("Tham dự buổi lễ có Phó Bí thư Thường trực Tỉnh ủy Bắc Giang Đinh Văn Long, Trưởng Ban Tổ chức "
      "Tỉnh ủy Bắc Giang Lê Thị Mận."),
     {"Đinh Văn Long": {("phó bí thư thường trực", "tỉnh ủy")}, "Lê Thị Mận": {("trưởng ban", "ban tổ chức")}}),
    ("Cùng dự có Chủ tịch nước Lâm Văn Hòa, Thủ tướng Chính phủ Đào Minh Tú, Chủ tịch Quốc hội Triệu Văn Khải.",
     {"Lâm Văn Hòa": {("chủ tịch nước", "")}, "Đào Minh Tú": {("thủ tướng", "chính phủ")},
      "Triệu Văn Khải": {("chủ tịch", "quốc hội")}}),
    # ... but a chain that leads to its name stays whole
    ("Cùng dự có Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mai Văn Trọng và các đồng chí Huyện ủy viên.",
     {"Mai Văn Trọng": {("phó bí thư", "huyện ủy"), ("chủ tịch", UB)}}),
    # an abbreviated title with a dot before its body
    ("Về dự có Đ/c: Ksor Nham - PBT. Đảng ủy – CT. UBND xã – Chủ trì; Đ/c: Siu Hoa – PCT. HĐND xã.",
     {"Ksor Nham": {("phó bí thư", "đảng ủy"), ("chủ tịch", UB)}, "Siu Hoa": {("phó chủ tịch", HD)}}),
    ("Tham dự có ông Lưu Xuân Bảo – Bí thư Đảng ủy, CT.HĐND xã và ông Đỗ Văn Khuê - Phó BT, Chủ tịch UBND xã.",
     {"Lưu Xuân Bảo": {("bí thư", "đảng ủy"), ("chủ tịch", HD)},
      "Đỗ Văn Khuê": {("phó bí thư", ""), ("chủ tịch", UB)}}),
    # Central Highlands names with a glued capital prefix; given names that are also words
    ("Kỳ họp do đồng chí Y Thinh AYun – UVBTV, Phó Chủ tịch Thường trực HĐND huyện chủ trì.",
     {"Y Thinh AYun": {("ủy viên ban thường vụ", ""), ("phó chủ tịch thường trực", HD)}}),
    ("Phát biểu tại kỳ họp, Chủ tịch UBND huyện Đặng Văn Chiều cho biết huyện đã hoàn thành kế hoạch.",
     {"Đặng Văn Chiều": {("chủ tịch", UB)}}),
    ("Các đại biểu nghe đồng chí Phùng Văn Tỉnh - Phó Bí thư Thị ủy, Chủ tịch UBND thị xã trình bày.",
     {"Phùng Văn Tỉnh": {("phó bí thư", "thị ủy"), ("chủ tịch", UB)}}),
    # two family names before the middle name
    ("Dự có bà Trương Lê Thị Thu Hà, Phó Giám đốc Sở Tư pháp.",
     {"Trương Lê Thị Thu Hà": {("phó giám đốc", "sở tư pháp")}}),
    # places that look like names; a term after a place; a byline cut to an initial
    ("Top 10 gồm các tỉnh Đồng Nai, Bà Rịa Vũng Tàu và Bình Dương.", {}),
    ("Các đại biểu HĐND huyện Lộc Xuân Khóa XX đã bỏ phiếu kín.", {}),
    ("Buổi thăm hỏi kết thúc trong không khí ấm áp.\nLương T", {}),
    # acting and standing posts; a commune civil servant named by the field of the post
    ("Đồng chí Hà Minh Sơn - Quyền Bí thư Tỉnh ủy dự hội nghị tại điểm cầu tỉnh.",
     {"Hà Minh Sơn": {("quyền bí thư", "tỉnh ủy")}}),
    ("Dự có ông Đào Văn Nam – Ủy viên Thường trực HĐND tỉnh.", {"Đào Văn Nam": {("ủy viên thường trực", HD)}}),
    ("Kỳ họp bầu bà Lý Thị Hoa, Đảng ủy viên, công chức Tư pháp xã giữ chức Phó Chủ tịch HĐND xã.",
     {"Lý Thị Hoa": {("ủy viên", "đảng ủy"), ("công chức tư pháp", ""), ("phó chủ tịch", HD)}}),
    # joining or leaving a Party committee is a role in it (rule committee_membership)
    (("Ban Thường vụ Tỉnh ủy điều động, chỉ định đồng chí Lê Văn Tâm, Phó Giám đốc Sở Nội vụ tham gia Ban "
      "Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư Huyện ủy."),
     {"Lê Văn Tâm": {("phó giám đốc", "sở nội vụ"), ("ủy viên ban chấp hành", "huyện ủy"),
                     ("ủy viên ban thường vụ", "huyện ủy"), ("phó bí thư", "huyện ủy")}}),
    (("Trao quyết định chỉ định đồng chí Đinh Thị Hương, Trưởng phòng Nội vụ tham gia BCH, BTV, đồng thời "
      "giữ chức Phó Bí thư Thị ủy."),
     {"Đinh Thị Hương": {("trưởng phòng", "phòng nội vụ"), ("ủy viên ban chấp hành", "thị ủy"),
                         ("ủy viên ban thường vụ", "thị ủy"), ("phó bí thư", "thị ủy")}}),
    ("Đồng chí Hà Thị Nga thôi tham gia Ban Chấp hành Đảng bộ huyện để nhận công tác mới.",
     {"Hà Thị Nga": {("ủy viên ban chấp hành", "đảng bộ")}}),
    # a plural honorific before a title: the title goes to each name of the list after it
    (("Cùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: Lò Văn Hải, Trưởng Ban Dân vận Tỉnh ủy; "
      "Vi Thị Mai, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."),
     {"Lò Văn Hải": {("ủy viên ban thường vụ", "tỉnh ủy"), ("trưởng ban", "ban dân vận")},
      "Vi Thị Mai": {("ủy viên ban thường vụ", "tỉnh ủy"), ("chủ nhiệm", "ủy ban kiểm tra")}}),
    # a title, then "gồm:" / "là các ông:" and its holders; a count takes the body of the sentence
    ("Nhiệm kỳ mới, UBND huyện có 2 Phó Chủ tịch gồm: Ông Lục Văn Tài và bà Hà Thị Yến.",
     {"Lục Văn Tài": {("phó chủ tịch", UB)}, "Hà Thị Yến": {("phó chủ tịch", UB)}}),
    (("Bộ máy lãnh đạo UBND tỉnh gồm: Chủ tịch UBND tỉnh Hà Văn Lợi; 2 Phó Chủ tịch là các ông: Nông Văn "
      "Sáu và Ma Đình Tư."),
     {"Hà Văn Lợi": {("chủ tịch", UB)}, "Nông Văn Sáu": {("phó chủ tịch", UB)}, "Ma Đình Tư": {("phó chủ tịch", UB)}}),
    # "Đoàn Chủ tịch" is a congress's presidium, not a title
    (("Đoàn Chủ tịch gồm các đồng chí: Tạ Văn Bền, Bí thư Đảng ủy xã; Lâm Thị Huế, Chủ tịch UBND xã điều "
      "hành Đại hội."),
     {"Tạ Văn Bền": {("bí thư", "đảng ủy")}, "Lâm Thị Huế": {("chủ tịch", UB)}}),
    # a post relieved or filled, its holders after "đối với", each with a title of their own or a rank
    (("HĐND huyện miễn nhiệm Ủy viên UBND huyện đối với nguyên Trưởng phòng Y tế Hoàng Thị Lan (chuyển công "
      "tác) và nguyên Trưởng phòng Tư pháp Lê Văn Thái (chuyển công tác)."),
     {"Hoàng Thị Lan": {("trưởng phòng", "phòng y tế"), ("ủy viên", UB)},
      "Lê Văn Thái": {("trưởng phòng", "phòng tư pháp"), ("ủy viên", UB)}}),
    ("HĐND xã bầu bổ sung Ủy viên UBND xã đối với Thiếu tá Lục Văn Khải, Chỉ huy trưởng Ban Chỉ huy Quân sự xã.",
     {"Lục Văn Khải": {("ủy viên", UB), ("chỉ huy trưởng", "ban chỉ huy quân sự")}}),
    ("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch HĐND tỉnh đối với đồng chí Mạc Văn Mạnh do nghỉ hưu.",
     {"Mạc Văn Mạnh": {("phó chủ tịch", HD)}}),
    # a new post after "chức danh" / "chức vụ"
    ("Ông Hầu Văn Hùng tái đắc cử chức danh Phó Chủ tịch HĐND huyện với 100% phiếu tán thành.",
     {"Hầu Văn Hùng": {("phó chủ tịch", HD)}}),
    ("Kết quả, đồng chí Chu Thị Lan trúng cử chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.",
     {"Chu Thị Lan": {("phó chủ tịch", UB)}}),
    # a department named with a comma before its last two fields
    ("Đồng chí Tống Văn Dũng, Giám đốc Sở Lao động, Thương binh và Xã hội trả lời chất vấn của cử tri.",
     {"Tống Văn Dũng": {("giám đốc", "sở lao động, thương binh và xã hội")}}),
    # a dash chain holds the same title in two bodies
    (("Chủ trì hội nghị có ông Phan Văn Bé – Bí thư Huyện ủy – Chủ tịch UBND huyện – Chủ tịch Hội đồng nghĩa "
      "vụ quân sự huyện."),
     {"Phan Văn Bé": {("bí thư", "huyện ủy"), ("chủ tịch", UB), ("chủ tịch", "hội đồng nghĩa vụ quân sự")}}),
    # a team with no task word is no body: the head of a visiting party has org ""
    (("UBND xã tổ chức đoàn đi thăm, tặng quà các gia đình chính sách. Đoàn do đồng chí Bế Văn Sinh – Phó Chủ "
      "tịch UBND xã làm trưởng đoàn."),
     {"Bế Văn Sinh": {("phó chủ tịch", UB), ("trưởng đoàn", "")}}),
]


@pytest.mark.parametrize("text,expected", TABLE, ids=[t[:40] for t, _ in TABLE])
def test_officials_table(text, expected):
    assert people(text) == expected


def test_table_size():
    assert len(TABLE) >= 50


# --- fields, spans and mentions

SEED_LIKE = ("Hội nghị cải cách hành chính huyện Tiên Phước\n"
             "Chiều 9/3, UBND huyện Tiên Phước tổ chức hội nghị. Tham dự có đồng chí Trầm Quế Hương, Phó bí thư "
             "Huyện ủy, Chủ tịch UBND huyện; ông Võ Văn Vinh – PCT UBND huyện.\n"
             "Phát biểu kết luận, ông Vinh đề nghị các xã tập trung chỉ đạo. Đồng chí Chủ tịch UBND huyện yêu cầu "
             "các phòng khắc phục hạn chế. Trầm Quế Hương nhấn mạnh vai trò người đứng đầu.")


def _facts(text):
    art = make_article(text, "<test>")
    return art, [f for f in PIPE(art)["facts"] if f["kind"] == "official"]


def test_fields_of_an_official():
    _art, facts = _facts(SEED_LIKE)
    f = {x["name"]: x for x in facts}["Trầm Quế Hương"]
    assert f["honorific"] == "đồng chí"
    assert f["span"]["text"] == "Trầm Quế Hương, Phó bí thư Huyện ủy, Chủ tịch UBND huyện"
    assert [(r["title"], r["org"], r["place"]) for r in f["roles"]] == [
        ("phó bí thư", "huyện ủy", "Tiên Phước"), ("chủ tịch", "ủy ban nhân dân", "Tiên Phước")]
    assert [r["text"] for r in f["roles"]] == ["Phó bí thư Huyện ủy", "Chủ tịch UBND huyện"]
    assert f["rule"] and f["extractor"] == "official"


def test_mentions_join_one_official_per_person():
    art, facts = _facts(SEED_LIKE)
    by = {x["name"]: x for x in facts}
    assert set(by) == {"Trầm Quế Hương", "Võ Văn Vinh"}
    huong = [(m["text"], m["form"]) for m in by["Trầm Quế Hương"]["mentions"]]
    assert huong == [("Trầm Quế Hương", "full"), ("Đồng chí Chủ tịch UBND huyện", "title"),
                     ("Trầm Quế Hương", "full")]
    vinh = [(m["text"], m["form"]) for m in by["Võ Văn Vinh"]["mentions"]]
    assert vinh == [("Võ Văn Vinh", "full"), ("ông Vinh", "short")]
    for f in facts:
        for m in f["mentions"]:
            assert art.text[m["start"]:m["end"]] == m["text"]


def test_tone_placement_and_case_do_not_split_a_person():
    text = ("Tin\nđồng chí Nguyễn Văn Hòa, Chủ tịch UBND huyện dự họp. Đồng chí Nguyễn Văn Hoà kết luận.\n"
            "NGUYỄN VĂN HÒA")
    _art, facts = _facts(text)
    assert len(facts) == 1 and len(facts[0]["mentions"]) == 3


def test_a_short_name_shared_by_two_people_links_to_neither():
    text = "Tin\nông Lê Văn Vinh, Chủ tịch UBND xã và ông Trần Văn Vinh, Phó Chủ tịch UBND xã dự. Ông Vinh cho biết."
    _art, facts = _facts(text)
    assert all(m["form"] == "full" for f in facts for m in f["mentions"])


def test_the_place_comes_from_the_article():
    _art, facts = _facts("Huyện Ba Vì họp\nUBND huyện Ba Vì họp. Ông Lê Văn Tùng, Chủ tịch UBND huyện chủ trì.")
    assert facts[0]["roles"][0]["place"] == "Ba Vì"
    _art, facts = _facts("Tin\nUBND xã Tân An họp. Ông Lê Văn Tùng, Bí thư Đảng ủy, PCT UBND chủ trì.")
    assert {r["place"] for r in facts[0]["roles"]} == {"Tân An"}


def test_a_past_post_is_marked():
    _art, facts = _facts("Tin\ncụ Phan Văn Khoa, nguyên Bí thư Tỉnh ủy, đã từ trần.")
    (role,) = facts[0]["roles"]
    assert role["former"] is True and role["title"] == "bí thư" and role["text"] == "nguyên Bí thư Tỉnh ủy"


def test_every_span_quotes_the_text():
    for text, _ in TABLE:
        art = make_article("Tin hoạt động\n" + text, "<test>")
        for f in PIPE(art)["facts"]:
            sp = f["span"]
            check_span(art.text, Fact(f["kind"], Span(sp["start"], sp["end"], sp["text"]), f["extractor"],
                                      fields={"mentions": f.get("mentions") or []}))
            for r in f["roles"]:
                assert art.text[r["start"]:r["end"]] == r["text"]


@pytest.mark.parametrize("text", ["", "\n\n", "ông", "đồng chí ,", "Chủ tịch UBND huyện:", "Tác giả:",
                                  "ông A, Chủ tịch", "Phó Trưởng", "(((", "Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn"])
def test_bad_input_gives_no_traceback(text):
    art = make_article("Tin\n" + text, "<test>")
    PIPE(art)
