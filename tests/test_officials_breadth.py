"""Officials across the genre's levels and sites: breadth, not the tuning articles.

Every row is written for this test (invented people, places and numbers) in the way
commune, district and provincial portals and the provincial press name people and their
posts: every common title and body at each level, abbreviations with and without dots,
title chains with commas, dashes and "kiêm", names before and after their titles,
honorifics and ranks, lists that share one title, predicates of election, appointment,
relief, retirement and handover, rarer and ethnic-minority names, bylines; and negatives
(places, bodies with no person, streets and schools named after persons, the city of Hồ
Chí Minh) that give nothing.  Each row gives every person the sentence names with the
(title, org) of each role in the gold style of ../shared/FACTS.md and corpus/ANNOTATION.md.
"""
import pytest

from tests.test_officials import people

UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"

# (text, {name: {(title, org), …}})
TABLE = [
    # ---------------------------------------------------------------- commune level
    ("Dự lễ ra quân có đồng chí Lù Văn Pấu, Bí thư Đảng ủy xã Nậm Tăm.",
     {"Lù Văn Pấu": {("bí thư", "đảng ủy")}}),
    ("Đồng chí Hạng A Chống - Phó Bí thư Thường trực Đảng ủy phường trình bày báo cáo chính trị.",
     {"Hạng A Chống": {("phó bí thư thường trực", "đảng ủy")}}),
    ("Bà Lường Thị Piêng, Chủ tịch Ủy ban MTTQ xã thông qua kết quả lấy phiếu tín nhiệm.",
     {"Lường Thị Piêng": {("chủ tịch", MT)}}),
    ("Ông Sầm Văn Khiêm, Chủ tịch Hội Nông dân xã phát động phong trào sản xuất giỏi.",
     {"Sầm Văn Khiêm": {("chủ tịch", "hội nông dân")}}),
    ("bà Mông Thị Dịu - Chủ tịch Hội LHPN thị trấn trao quà cho hội viên khó khăn.",
     {"Mông Thị Dịu": {("chủ tịch", "hội liên hiệp phụ nữ")}}),
    ("ông Chẩu Văn Lự, Chủ tịch Hội CCB xã kể lại những năm tháng chiến đấu.",
     {"Chẩu Văn Lự": {("chủ tịch", "hội cựu chiến binh")}}),
    # a commune's Youth Union by its bare head and level word: org "đoàn" (ANNOTATION.md's org, h_108)
    ("Anh Vàng Seo Páo – Bí thư Đoàn xã cùng đoàn viên ra quân dọn vệ sinh.",
     {"Vàng Seo Páo": {("bí thư", "đoàn")}}),
    ("Trung tá Ly Văn Giàng, Trưởng Công an xã báo cáo tình hình an ninh trật tự.",
     {"Ly Văn Giàng": {("trưởng", "công an")}}),
    ("Ông Lèng Văn Khoa, Chỉ huy trưởng Ban CHQS xã nêu kết quả tuyển quân.",
     {"Lèng Văn Khoa": {("chỉ huy trưởng", "ban chỉ huy quân sự")}}),
    ("ông Ma Văn Thiêm, PCT UBND xã phụ trách văn hóa - xã hội cho biết.",
     {"Ma Văn Thiêm": {("phó chủ tịch", UB)}}),
    ("Đồng chí Tòng Văn Lả, Ủy viên UBND xã, Trưởng Công an xã tham gia tổ công tác.",
     {"Tòng Văn Lả": {("ủy viên", UB), ("trưởng", "công an")}}),

    # ---------------------------------------------------------------- district level
    ("Đồng chí Kiều Thị Nhạn, Trưởng Ban Tuyên giáo Huyện ủy quán triệt chuyên đề.",
     {"Kiều Thị Nhạn": {("trưởng ban", "ban tuyên giáo")}}),
    ("ông Nhan Văn Dậu, Phó Trưởng Ban Dân vận Huyện ủy dự buổi đối thoại.",
     {"Nhan Văn Dậu": {("phó trưởng ban", "ban dân vận")}}),
    ("Đồng chí Lã Văn Tứ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy công bố quyết định.",
     {"Lã Văn Tứ": {("chủ nhiệm", "ủy ban kiểm tra")}}),
    ("bà Lục Thị Mến, Phó Chủ nhiệm UBKT Huyện ủy thông qua dự thảo kết luận.",
     {"Lục Thị Mến": {("phó chủ nhiệm", "ủy ban kiểm tra")}}),
    ("ông Nông Văn Chiêm, Trưởng ban KT-XH HĐND huyện báo cáo thẩm tra.",
     {"Nông Văn Chiêm": {("trưởng ban", "ban kinh tế - xã hội")}}),
    ("bà Thạch Thị Sa Rết, Phó Trưởng Ban Pháp chế HĐND thị xã nêu ý kiến.",
     {"Thạch Thị Sa Rết": {("phó trưởng ban", "ban pháp chế")}}),
    ("Ông Âu Văn Quyết, Phó Chánh Văn phòng Huyện ủy đọc quyết định.",
     {"Âu Văn Quyết": {("phó chánh văn phòng", "văn phòng")}}),
    ("Ông Khổng Văn Đạt, Trưởng phòng TN&MT huyện giải trình ý kiến cử tri.",
     {"Khổng Văn Đạt": {("trưởng phòng", "phòng tài nguyên và môi trường")}}),
    ("bà Thái Thị Oanh - Phó Trưởng phòng Tư pháp huyện hướng dẫn nghiệp vụ hộ tịch.",
     {"Thái Thị Oanh": {("phó trưởng phòng", "phòng tư pháp")}}),
    ("ông Diệp Văn Sang, Chánh Thanh tra huyện công bố kết luận thanh tra.",
     {"Diệp Văn Sang": {("chánh thanh tra", "thanh tra")}}),
    ("Bà Giáp Thị Lụa, Chánh án TAND huyện báo cáo công tác xét xử.",
     {"Giáp Thị Lụa": {("chánh án", "tòa án nhân dân")}}),
    ("ông Mẫn Văn Cường, Viện trưởng VKSND huyện trả lời chất vấn.",
     {"Mẫn Văn Cường": {("viện trưởng", "viện kiểm sát nhân dân")}}),
    ("Thượng tá Khuất Văn Lượng, Trưởng Công an huyện báo cáo về phòng chống tội phạm.",
     {"Khuất Văn Lượng": {("trưởng", "công an")}}),
    ("Anh Nguyễn Văn Thao – Bí thư Huyện đoàn chia sẻ về mô hình thanh niên khởi nghiệp.",
     {"Nguyễn Văn Thao": {("bí thư", "huyện đoàn")}}),
    ("bà Văn Thị Liên, Chủ tịch LĐLĐ huyện trao quà cho công nhân.",
     {"Văn Thị Liên": {("chủ tịch", "liên đoàn lao động")}}),
    ("Đồng chí Trình Văn Hậu, Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện chủ trì buổi làm việc.",
     {"Trình Văn Hậu": {("phó chủ tịch", UB), ("trưởng", "công an")}}),

    # ---------------------------------------------------------------- provincial level
    ("Ông Lạc Văn Thuận, Giám đốc Sở NN&PTNT trình bày đề án.",
     {"Lạc Văn Thuận": {("giám đốc", "sở nông nghiệp và phát triển nông thôn")}}),
    ("bà Khúc Thị Duyên, Phó Giám đốc Sở TT&TT giới thiệu nền tảng số.",
     {"Khúc Thị Duyên": {("phó giám đốc", "sở thông tin và truyền thông")}}),
    ("Đồng chí Lò Văn Muôn, Trưởng Ban Nội chính Tỉnh ủy phát biểu.",
     {"Lò Văn Muôn": {("trưởng ban", "ban nội chính")}}),
    ("Đại tá Cầm Văn Thưởng, Chỉ huy trưởng Bộ CHQS tỉnh báo cáo kết quả diễn tập.",
     {"Cầm Văn Thưởng": {("chỉ huy trưởng", "bộ chỉ huy quân sự")}}),
    ("Ông Quách Văn Tín, Chánh Thanh tra tỉnh chủ trì hội nghị triển khai nhiệm vụ.",
     {"Quách Văn Tín": {("chánh thanh tra", "thanh tra")}}),
    ("Chị Hà Thị Lanh – Bí thư Tỉnh đoàn trao học bổng cho học sinh vùng cao.",
     {"Hà Thị Lanh": {("bí thư", "tỉnh đoàn")}}),
    ("Đồng chí Thào A Dình, Trưởng đoàn ĐBQH tỉnh chủ trì buổi tiếp xúc cử tri.",
     {"Thào A Dình": {("trưởng đoàn", "đoàn đại biểu quốc hội")}}),
    ("ông Giàng A Tủa, Phó Trưởng Đoàn ĐBQH tỉnh báo cáo kết quả kỳ họp.",
     {"Giàng A Tủa": {("phó trưởng đoàn", "đoàn đại biểu quốc hội")}}),
    ("Bà Sùng Thị Mỷ, ĐBQH tỉnh tiếp thu ý kiến của cử tri.",
     {"Sùng Thị Mỷ": {("đại biểu", "quốc hội")}}),
    ("Đại biểu Quốc hội Mùa A Vảng cùng dự buổi tiếp xúc.",
     {"Mùa A Vảng": {("đại biểu", "quốc hội")}}),
    ("ông Viên Văn Hảo, Giám đốc Kho bạc Nhà nước tỉnh báo cáo tiến độ giải ngân.",
     {"Viên Văn Hảo": {("giám đốc", "kho bạc nhà nước")}}),

    # ---------------------------------------------------------------- abbreviations
    ("đồng chí Đinh Văn Pơi, BT Đảng ủy, CT HĐND xã khai mạc kỳ họp.",
     {"Đinh Văn Pơi": {("bí thư", "đảng ủy"), ("chủ tịch", HD)}}),
    ("Đ/c Ksor Hyin - PBT Đảng ủy, CT UBND xã báo cáo.",
     {"Ksor Hyin": {("phó bí thư", "đảng ủy"), ("chủ tịch", UB)}}),
    ("đồng chí Rơ Châm Phiu, UVBTV HU, PCT HĐND huyện phát biểu.",
     {"Rơ Châm Phiu": {("ủy viên ban thường vụ", "huyện ủy"), ("phó chủ tịch", HD)}}),
    ("ông Siu Blang, Ủy viên BTV TU, Trưởng Ban Dân vận Tỉnh ủy dự hội nghị.",
     {"Siu Blang": {("ủy viên ban thường vụ", "tỉnh ủy"), ("trưởng ban", "ban dân vận")}}),
    ("đồng chí Nay Phi Lúc, UV.BTV Huyện ủy, Chủ tịch UBMTTQVN huyện trao quà.",
     {"Nay Phi Lúc": {("ủy viên ban thường vụ", "huyện ủy"), ("chủ tịch", MT)}}),
    ("Bà Kpă H'Dung, PCT.UBND huyện cho ý kiến vào dự thảo.",
     {"Kpă H'Dung": {("phó chủ tịch", UB)}}),
    ("Ông Điểu Đông, Ủy viên BCH Đảng bộ huyện, Bí thư Đảng ủy xã dự lễ.",
     {"Điểu Đông": {("ủy viên ban chấp hành", "đảng bộ"), ("bí thư", "đảng ủy")}}),
    ("bà Y Vân Niê, Phó Chủ tịch MTTQ huyện nêu ý kiến.",
     {"Y Vân Niê": {("phó chủ tịch", MT)}}),

    # ---------------------------------------------------------------- title before the name
    ("Bí thư Đảng ủy xã Lầu Mí Chứ tặng quà các hộ nghèo.",
     {"Lầu Mí Chứ": {("bí thư", "đảng ủy")}}),
    ("Phát biểu tại buổi lễ, Giám đốc Sở Nội vụ Trương Thị Bé đánh giá cao sự chuẩn bị của huyện.",
     {"Trương Thị Bé": {("giám đốc", "sở nội vụ")}}),
    ("Trưởng Ban Tổ chức Huyện ủy Lữ Văn Bình công bố quyết định về công tác cán bộ.",
     {"Lữ Văn Bình": {("trưởng ban", "ban tổ chức")}}),
    ("Chủ tịch UBMTTQ Việt Nam tỉnh Bạch Thị Hồng dự và trao quà.",
     {"Bạch Thị Hồng": {("chủ tịch", MT)}}),

    # ---------------------------------------------------------------- lists sharing one title
    ("Dự kỳ họp có các Phó Chủ tịch HĐND huyện: Tăng Văn Lực, Hồ Thị Thắm và Bế Văn Quang.",
     {"Tăng Văn Lực": {("phó chủ tịch", HD)}, "Hồ Thị Thắm": {("phó chủ tịch", HD)},
      "Bế Văn Quang": {("phó chủ tịch", HD)}}),
    ("Phó Bí thư Huyện ủy Lương Văn Tám và Hà Văn Chính cùng dự.",
     {"Lương Văn Tám": {("phó bí thư", "huyện ủy")}, "Hà Văn Chính": {("phó bí thư", "huyện ủy")}}),

    # ---------------------------------------------------------------- predicates
    ("Ông Lục Văn Đông được bầu giữ chức Chủ tịch UBND xã nhiệm kỳ 2021 - 2026.",
     {"Lục Văn Đông": {("chủ tịch", UB)}}),
    (("Đồng chí Hà Thị Khuyên, Phó Giám đốc Sở Y tế được điều động, bổ nhiệm giữ chức Giám đốc Sở Y tế "
      "kể từ ngày 01/3."),
     {"Hà Thị Khuyên": {("phó giám đốc", "sở y tế"), ("giám đốc", "sở y tế")}}),
    ("Ông Ngạc Văn Tùng, Chủ tịch UBND xã nghỉ hưu theo chế độ từ ngày 01/8.",
     {"Ngạc Văn Tùng": {("chủ tịch", UB)}}),
    ("Đồng chí Cù Văn Lập tái cử chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030.",
     {"Cù Văn Lập": {("bí thư", "đảng ủy")}}),
    ("Đồng chí Bàn Văn Sình thôi giữ chức Chủ tịch Hội Nông dân huyện để nhận nhiệm vụ mới.",
     {"Bàn Văn Sình": {("chủ tịch", "hội nông dân")}}),
    ("Ông Thân Văn Hưởng được bổ nhiệm làm Chánh Văn phòng UBND tỉnh.",
     {"Thân Văn Hưởng": {("chánh văn phòng", "văn phòng")}}),
    ("Bà Lê Thị Chuyên được bầu làm Chủ tịch Hội LHPN huyện khóa XXII.",
     {"Lê Thị Chuyên": {("chủ tịch", "hội liên hiệp phụ nữ")}}),

    # ---------------------------------------------------------------- names of minorities, rare families
    ("Ông Y Kông Ênuôl, Phó Chủ tịch UBND huyện trao bằng khen cho các buôn.",
     {"Y Kông Ênuôl": {("phó chủ tịch", UB)}}),
    ("Bà H'Bia Mlô, Trưởng phòng Dân tộc huyện giới thiệu các chính sách.",
     {"H'Bia Mlô": {("trưởng phòng", "phòng dân tộc")}}),
    ("Ông A Thút, Chủ tịch UBND xã cho biết cả xã có 12 thôn.",
     {"A Thút": {("chủ tịch", UB)}}),
    ("Ông Sơn Ngọc Thạch, Phó Chủ tịch UBND huyện chúc mừng đồng bào Khmer.",
     {"Sơn Ngọc Thạch": {("phó chủ tịch", UB)}}),
    ("Bà Kiên Thị Sóc Thia, Chủ tịch Hội LHPN xã vận động hội viên.",
     {"Kiên Thị Sóc Thia": {("chủ tịch", "hội liên hiệp phụ nữ")}}),

    # ---------------------------------------------------------------- bylines
    ("Hội nghị kết thúc trong buổi chiều.\nTin, ảnh: Lương Văn Thịnh", {"Lương Văn Thịnh": set()}),
    ("Hội nghị kết thúc trong buổi chiều.\nNông Thị Hằng (Trung tâm VHTT huyện)", {"Nông Thị Hằng": set()}),
    ("Hội nghị kết thúc trong buổi chiều.\nHOÀNG VĂN KHÁNH", {"HOÀNG VĂN KHÁNH": set()}),
    ("Hội nghị kết thúc trong buổi chiều.\nThanh Tâm - Minh Hoàng", {}),

    # ---------------------------------------------------------------- negatives
    ("UBND huyện Nguyên Bình tổ chức hội nghị tổng kết công tác dân vận.", {}),
    ("Ban Thường vụ Huyện ủy vừa ban hành kế hoạch kiểm tra, giám sát năm 2024.", {}),
    ("Dự án nâng cấp đường Lê Thánh Tông và đường Nguyễn Văn Cừ hoàn thành đúng hạn.", {}),
    ("Học sinh Trường THCS Nguyễn Du và Trường Tiểu học Kim Đồng tham gia hội thi.", {}),
    ("Đoàn công tác của tỉnh tham quan mô hình chuyển đổi số tại Thành phố Hồ Chí Minh.", {}),
    ("Đoàn viên Đoàn TNCS Hồ Chí Minh xã Lê Lợi ra quân làm đường giao thông nông thôn.", {}),
    ("Lãnh đạo Thường trực HĐND, UBND, UBMTTQ huyện cùng dự lễ khánh thành.", {}),
    ("Hội nghị biểu dương Chủ tịch UBND xã, Bí thư Chi bộ tiêu biểu trên địa bàn.", {}),
    # ---------------------------------------------------------------- lists with dashes and semicolons
    ("Tham dự có các đồng chí: Lê Văn Ánh - Bí thư Huyện ủy; Trần Văn Bảo - Chủ tịch UBND huyện; Hà Thị Cúc - Chủ tịch Ủy ban MTTQ huyện.",
     {"Lê Văn Ánh": {("bí thư", "huyện ủy")}, "Trần Văn Bảo": {("chủ tịch", UB)}, "Hà Thị Cúc": {("chủ tịch", MT)}}),
    ("Dự buổi làm việc có đồng chí Lý Văn Sàng, Bí thư Huyện ủy và đồng chí Ma Thị Thơm, Chủ tịch UBND huyện.",
     {"Lý Văn Sàng": {("bí thư", "huyện ủy")}, "Ma Thị Thơm": {("chủ tịch", UB)}}),
    # ---------------------------------------------------------------- long central chains
    ("Đồng chí Vũ Đức Khiêm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh phát biểu chỉ đạo.",
     {"Vũ Đức Khiêm": {("ủy viên", "trung ương đảng"), ("bí thư", "tỉnh ủy"), ("trưởng đoàn", "đoàn đại biểu quốc hội")}}),
    ("Ông Hoàng Trọng Nghĩa, Thứ trưởng Bộ Nội vụ làm việc với tỉnh.",
     {"Hoàng Trọng Nghĩa": {("thứ trưởng", "bộ nội vụ")}}),
    ("Bộ trưởng Bộ Nội vụ Đỗ Văn Trọng trao quyết định.",
     {"Đỗ Văn Trọng": {("bộ trưởng", "bộ nội vụ")}}),
    ("bà Trần Thị Xoan, Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ trình bày.",
     {"Trần Thị Xoan": {("vụ trưởng", "vụ cải cách hành chính")}}),
    ("Phó Thủ tướng Chính phủ Lê Minh Hải dự và phát biểu.",
     {"Lê Minh Hải": {("phó thủ tướng", "chính phủ")}}),
    # ---------------------------------------------------------------- units and services of the district
    ("bà Đinh Thị Thu, Giám đốc Trung tâm Y tế huyện báo cáo công tác tiêm chủng.",
     {"Đinh Thị Thu": {("giám đốc", "trung tâm y tế")}}),
    ("ông Phí Văn Hạnh, Giám đốc Bệnh viện Đa khoa tỉnh trả lời ý kiến cử tri.",
     {"Phí Văn Hạnh": {("giám đốc", "bệnh viện đa khoa")}}),
    ("ông Lương Văn Quế, Giám đốc Bảo hiểm xã hội huyện cho biết tỷ lệ bao phủ.",
     {"Lương Văn Quế": {("giám đốc", "bảo hiểm xã hội")}}),
    ("bà Vi Thị Hạnh, Chủ tịch Hội Chữ thập đỏ huyện trao quà.",
     {"Vi Thị Hạnh": {("chủ tịch", "hội chữ thập đỏ")}}),
    ("ông Tô Văn Bằng, Chủ tịch Hội Khuyến học xã biểu dương học sinh giỏi.",
     {"Tô Văn Bằng": {("chủ tịch", "hội khuyến học")}}),
    ("ông Lò Văn Hặc, Chi cục trưởng Chi cục Thống kê huyện công bố số liệu.",
     {"Lò Văn Hặc": {("chi cục trưởng", "chi cục thống kê")}}),
    ("ông Lý Văn Thành, Bí thư Chi bộ kiêm Trưởng thôn Nà Pục phát biểu.",
     {"Lý Văn Thành": {("bí thư", "chi bộ"), ("trưởng thôn", "")}}),
    # ---------------------------------------------------------------- police, military, courts
    ("Thượng tá Đặng Văn Kỳ, Phó Trưởng Công an huyện thông qua kế hoạch.",
     {"Đặng Văn Kỳ": {("phó trưởng", "công an")}}),
    ("Đại tá Nguyễn Hữu Thắng, Phó Giám đốc Công an tỉnh báo cáo.",
     {"Nguyễn Hữu Thắng": {("phó giám đốc", "công an")}}),
    ("Đại tá Lê Văn Hiền, Chính ủy Bộ CHQS tỉnh dự lễ giao nhận quân.",
     {"Lê Văn Hiền": {("chính ủy", "bộ chỉ huy quân sự")}}),
    ("ông Hoàng Văn Lịch, Phó Chỉ huy trưởng Ban CHQS huyện triển khai nhiệm vụ.",
     {"Hoàng Văn Lịch": {("phó chỉ huy trưởng", "ban chỉ huy quân sự")}}),
    ("ông Mông Văn Tiến, Phó Chánh án TAND tỉnh trình bày báo cáo.",
     {"Mông Văn Tiến": {("phó chánh án", "tòa án nhân dân")}}),
    ("bà Hà Thị Mai, Phó Viện trưởng Viện KSND huyện trả lời.",
     {"Hà Thị Mai": {("phó viện trưởng", "viện kiểm sát nhân dân")}}),
    ("ông Bùi Văn Tỉnh, Phó Chánh Thanh tra tỉnh hướng dẫn tiếp công dân.",
     {"Bùi Văn Tỉnh": {("phó chánh thanh tra", "thanh tra")}}),
    # ---------------------------------------------------------------- the Front and mass organisations at the province
    ("Bà Lê Thị Hợi, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
     {"Lê Thị Hợi": {("phó chủ tịch thường trực", MT)}}),
    ("ông Nông Văn Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh dự lễ.",
     {"Nông Văn Tư": {("phó chủ tịch", MT), ("chủ tịch", "hội nông dân")}}),
    ("Bà Đàm Thị Lý, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy quán triệt nghị quyết.",
     {"Đàm Thị Lý": {("trưởng ban", "ban tuyên giáo và dân vận")}}),
    # ---------------------------------------------------------------- title, comma, honorific, name
    ("Phó Chủ tịch UBND tỉnh, ông Trịnh Xuân Lộc cho biết tỉnh sẽ rà soát.",
     {"Trịnh Xuân Lộc": {("phó chủ tịch", UB)}}),
    ("Chủ tịch UBND xã, bà Hoàng Thị Yến cho hay xã có 5 thôn.",
     {"Hoàng Thị Yến": {("chủ tịch", UB)}}),
    ("Bí thư Huyện ủy - Lê Văn Thanh phát biểu bế mạc.",
     {"Lê Văn Thanh": {("bí thư", "huyện ủy")}}),
    # ---------------------------------------------------------------- brackets, "Theo", persons without a title
    ("Bà Lê Thị Vân (Chủ tịch Hội LHPN xã) chia sẻ kinh nghiệm.",
     {"Lê Thị Vân": {("chủ tịch", "hội liên hiệp phụ nữ")}}),
    ("Theo ông Đỗ Đình Lâm, Chủ tịch UBND xã Yên Phú, xã đã giải ngân hết vốn.",
     {"Đỗ Đình Lâm": {("chủ tịch", UB)}}),
    ("Gia đình ông Nguyễn Văn Thái ở thôn 4 được hỗ trợ xây nhà.",
     {"Nguyễn Văn Thái": set()}),
    ("Cùng dự có ông Lê Văn Mười và bà Phạm Thị Tuyết.",
     {"Lê Văn Mười": set(), "Phạm Thị Tuyết": set()}),
    # ---------------------------------------------------------------- past and new posts
    ("Ông Lê Văn Chung, nguyên Chủ tịch UBND xã bàn giao công việc cho ông Hà Văn Ninh, tân Chủ tịch UBND xã.",
     {"Lê Văn Chung": {("chủ tịch", UB)}, "Hà Văn Ninh": {("chủ tịch", UB)}}),
    ("Trao quyết định nghỉ hưu cho đồng chí Vũ Văn Ninh, Phó Chủ tịch UBND huyện.",
     {"Vũ Văn Ninh": {("phó chủ tịch", UB)}}),
    ("HĐND xã bầu ông Lã Văn Hoan giữ chức Chủ tịch UBND xã.",
     {"Lã Văn Hoan": {("chủ tịch", UB)}}),
    ("Kỳ họp bầu bà Hà Thị Ngân làm Phó Chủ tịch HĐND xã.",
     {"Hà Thị Ngân": {("phó chủ tịch", HD)}}),
    ("Chủ tịch UBND huyện quyết định bổ nhiệm ông Lương Minh Khoa, Phó Trưởng phòng Nội vụ giữ chức Trưởng phòng Nội vụ.",
     {"Lương Minh Khoa": {("phó trưởng phòng", "phòng nội vụ"), ("trưởng phòng", "phòng nội vụ")}}),
    ("Ông Hà Văn Tiệp được bầu tái cử chức Chủ tịch Hội Cựu chiến binh xã.",
     {"Hà Văn Tiệp": {("chủ tịch", "hội cựu chiến binh")}}),
    ("Đồng chí Cầm Thị Phương được bầu làm Chủ tịch Ủy ban MTTQ xã nhiệm kỳ 2024 - 2029.",
     {"Cầm Thị Phương": {("chủ tịch", MT)}}),
    # ---------------------------------------------------------------- honorifics and degrees
    ("Thiếu tướng Lê Đình Hòa, Giám đốc Công an tỉnh dự buổi lễ.",
     {"Lê Đình Hòa": {("giám đốc", "công an")}}),
    ("TS Đặng Văn Bình, Phó Giám đốc Sở Khoa học và Công nghệ trình bày.",
     {"Đặng Văn Bình": {("phó giám đốc", "sở khoa học và công nghệ")}}),
    ("ThS. Lê Thị Hoa, Phó Hiệu trưởng Trường Chính trị tỉnh giảng bài.",
     {"Lê Thị Hoa": {("phó hiệu trưởng", "trường chính trị")}}),
    ("đồng chí Thượng tá Lò Văn Inh, Chỉ huy trưởng Ban CHQS huyện báo cáo.",
     {"Lò Văn Inh": {("chỉ huy trưởng", "ban chỉ huy quân sự")}}),
    # ---------------------------------------------------------------- bylines
    ("Hội nghị kết thúc lúc 11 giờ.\nNGUYỄN HOÀNG", {"NGUYỄN HOÀNG": set()}),
    ("Hội nghị kết thúc lúc 11 giờ.\nTin, ảnh: THANH HÀ", {}),
    ("Hội nghị kết thúc lúc 11 giờ.\nLê Thị Bích Ngọc - Văn phòng HĐND-UBND xã", {"Lê Thị Bích Ngọc": set()}),
    ("Hội nghị kết thúc lúc 11 giờ.\nQuang Huy - Văn Tuấn", {}),
    ("Hội nghị kết thúc lúc 11 giờ.\nNguồn: Cổng Thông tin điện tử tỉnh", {}),
    ("Hội nghị kết thúc lúc 11 giờ.\n(Theo Báo Lào Cai)", {}),
    # ---------------------------------------------------------------- negatives
    ("Khánh thành cầu Trần Thị Lý và nâng cấp Quảng trường Hồ Chí Minh.", {}),
    ("Khu di tích Đền thờ Trần Hưng Đạo đón hàng nghìn lượt khách.", {}),
    ("Lãnh đạo các sở, ban, ngành và Chủ tịch UBND các huyện dự hội nghị.", {}),
    ("Bệnh viện Đa khoa huyện Lục Ngạn triển khai bệnh án điện tử.", {}),
    ("Học sinh Trường THPT Lê Quý Đôn đạt giải nhất cuộc thi.", {}),
    ("Ban Chấp hành Đảng bộ huyện khóa XXV họp phiên thứ 12.", {}),
    ("Xã Hồng Thái và xã Lê Lợi về đích nông thôn mới nâng cao.", {}),
    # a rare family name right after a level word: its middle name says it is a person
    ("Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Phương Văn Mỹ trao bằng khen.",
     {"Phương Văn Mỹ": {("phó chủ tịch", UB)}}),
    # the body that appoints written between "được" and the verb
    ("Đồng chí Tạ Quang Vinh được Ban Thường vụ Tỉnh ủy chuẩn y giữ chức Phó Bí thư Huyện ủy.",
     {"Tạ Quang Vinh": {("phó bí thư", "huyện ủy")}}),
]


@pytest.mark.parametrize("text,expected", TABLE, ids=[t[:40] for t, _ in TABLE])
def test_breadth_table(text, expected):
    assert people(text) == expected


def test_breadth_table_size():
    assert len(TABLE) >= 60
