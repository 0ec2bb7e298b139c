"""Officials in the genre's phrasings the two breadth passes did not read: past careers,
council delegates of a "Tổ đại biểu", double titles of one body ("Bộ trưởng, Chủ nhiệm …"),
acting posts, the hamlet heads of the South and the Highlands, border and enforcement
offices, and names after the title with a dash; with negatives (streets, schools,
hospitals, companies and awards named after persons, bodies with no person).

Every row is written for this test (invented people and places) in the words commune,
district and provincial portals print, with the (title, org) of each role in the gold
style of ../shared/FACTS.md and corpus/ANNOTATION.md.
"""
import pytest

from tests.test_officials import people

UB, HD, MT = "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam"
DOAN = "đoàn thanh niên cộng sản hồ chí minh"

# (text, {name: {(title, org), …}})
TABLE = [
    # ---------------------------------------------------------------- a past career, listed
    ("Ông Lê Minh Sáng từng giữ các chức vụ Trưởng phòng Kế hoạch, Phó Giám đốc Sở Tài chính.",
     {"Lê Minh Sáng": {("trưởng phòng", "phòng kế hoạch"), ("phó giám đốc", "sở tài chính")}}),
    ("Bà Hồ Thị Lài từng đảm nhiệm các chức vụ như Trưởng phòng Tổng hợp, Phó Chánh Văn phòng UBND tỉnh.",
     {"Hồ Thị Lài": {("trưởng phòng", "phòng tổng hợp"), ("phó chánh văn phòng", "văn phòng")}}),
    ("Ông Đào Văn Khiêm, nguyên Trưởng phòng Quản lý đô thị thị xã được bổ nhiệm giữ chức Phó Chủ tịch UBND thị xã.",
     {"Đào Văn Khiêm": {("trưởng phòng", "phòng quản lý đô thị"), ("phó chủ tịch", UB)}}),
    (("Ông Trịnh Văn Lập được điều động giữ chức Bí thư Huyện ủy. Ông Lập từng giữ các chức vụ Phó Chánh "
      "Văn phòng Tỉnh ủy, Trưởng phòng Ngân sách, Trưởng phòng Giá (Sở Tài chính)."),
     {"Trịnh Văn Lập": {("bí thư", "huyện ủy"), ("phó chánh văn phòng", "văn phòng"),
                        ("trưởng phòng", "phòng ngân sách"), ("trưởng phòng", "phòng giá")}}),
    # ---------------------------------------------------------------- council delegates
    ("Đại biểu Lò Văn Pha (Tổ đại biểu huyện Mường Tè) chất vấn về giao thông.",
     {"Lò Văn Pha": {("đại biểu", "tổ đại biểu")}}),
    ("Đại biểu Đinh Thị Hồng, Tổ đại biểu thị xã Ba Đồn đề nghị làm rõ tiến độ.",
     {"Đinh Thị Hồng": {("đại biểu", "tổ đại biểu")}}),
    ("Bà Vàng Thị Dua, đại biểu Tổ đại biểu huyện Văn Bàn nêu ý kiến.",
     {"Vàng Thị Dua": {("đại biểu", "tổ đại biểu")}}),
    ("Bà Hoàng Thị Nụ, Đại biểu HĐND huyện, Bí thư Chi bộ thôn Khe Mạ phát biểu.",
     {"Hoàng Thị Nụ": {("đại biểu", HD), ("bí thư", "chi bộ")}}),
    ("Ông Lò Văn Kiên, Ủy viên Thường trực HĐND tỉnh điều hành phiên chất vấn.",
     {"Lò Văn Kiên": {("ủy viên thường trực", HD)}}),
    # ---------------------------------------------------------------- two titles of one body before the name
    ("Ngày 4/3, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Đức Hậu ký thông tư.",
     {"Trần Đức Hậu": {("bộ trưởng", "văn phòng"), ("chủ nhiệm", "văn phòng")}}),
    ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh làm việc với tỉnh.",
     {"Hầu A Lềnh": {("bộ trưởng", "ủy ban dân tộc"), ("chủ nhiệm", "ủy ban dân tộc")}}),
    ("Bí thư kiêm Chủ tịch UBND xã Hoàng Văn Tư chủ trì buổi làm việc.",
     {"Hoàng Văn Tư": {("bí thư", ""), ("chủ tịch", UB)}}),
    # ---------------------------------------------------------------- acting and concurrent posts
    ("Ông Tạ Văn Hải, Quyền Chủ tịch UBND xã ký quyết định.",
     {"Tạ Văn Hải": {("quyền chủ tịch", UB)}}),
    ("bà Lê Thị Thoa, Quyền Trưởng phòng Nội vụ huyện hướng dẫn hồ sơ.",
     {"Lê Thị Thoa": {("quyền trưởng phòng", "phòng nội vụ")}}),
    ("ông Khương Văn Lợi, Quyền Chánh Văn phòng UBND tỉnh trao quyết định.",
     {"Khương Văn Lợi": {("quyền chánh văn phòng", "văn phòng")}}),
    ("đồng chí Bế Văn Sơn, Bí thư Đảng ủy kiêm Chủ tịch HĐND xã phát biểu khai mạc.",
     {"Bế Văn Sơn": {("bí thư", "đảng ủy"), ("chủ tịch", HD)}}),
    ("ông Lương Văn Hòa, Quyền Giám đốc Sở Xây dựng báo cáo.",
     {"Lương Văn Hòa": {("quyền giám đốc", "sở xây dựng")}}),
    # ---------------------------------------------------------------- abbreviations
    ("Đ/c Phạm Văn Hòa – PBT TT Huyện ủy phát biểu.",
     {"Phạm Văn Hòa": {("phó bí thư thường trực", "huyện ủy")}}),
    ("đồng chí Vi Văn Tâm, PCT TT UBND huyện trình bày tờ trình.",
     {"Vi Văn Tâm": {("phó chủ tịch thường trực", UB)}}),
    ("ông Lục Văn Mạnh, CT UBMTTQ xã trao quà.",
     {"Lục Văn Mạnh": {("chủ tịch", MT)}}),
    ("bà Trương Thị Hằng, PGĐ Sở GD&ĐT dự lễ khai giảng.",
     {"Trương Thị Hằng": {("phó giám đốc", "sở giáo dục và đào tạo")}}),
    ("ông Lê Văn Đức, GĐ Sở KH&ĐT trình bày.",
     {"Lê Văn Đức": {("giám đốc", "sở kế hoạch và đầu tư")}}),
    ("đồng chí Triệu Văn Hiền, Chánh VP HĐND-UBND huyện đọc quyết định.",
     {"Triệu Văn Hiền": {("chánh văn phòng", "văn phòng")}}),
    # ---------------------------------------------------------------- names of the Highlands, the Khmer, the Cham
    ("đ/c Y Bhin Niê, Phó Chủ tịch UBND huyện kiểm tra công trình.",
     {"Y Bhin Niê": {("phó chủ tịch", UB)}}),
    ("bà H'Nhi Êban - Chủ tịch Hội LHPN huyện trao vốn vay.",
     {"H'Nhi Êban": {("chủ tịch", "hội liên hiệp phụ nữ")}}),
    ("Ông Rơ Châm Thơm, Chủ tịch UBND xã Ia Khai cho biết.",
     {"Rơ Châm Thơm": {("chủ tịch", UB)}}),
    ("Bà Đinh Thị Hơ, Bí thư Đoàn xã tặng quà thiếu nhi.",
     {"Đinh Thị Hơ": {("bí thư", DOAN)}}),
    ("ông Ksor Phước, Phó Bí thư Huyện ủy dự lễ.",
     {"Ksor Phước": {("phó bí thư", "huyện ủy")}}),
    ("ông Siu Thơm, Chủ tịch Ủy ban MTTQ xã vận động bà con.",
     {"Siu Thơm": {("chủ tịch", MT)}}),
    ("Ông Thạch Sô Phanh, Trưởng ấp Sóc Tre cho biết cả ấp có 300 hộ.",
     {"Thạch Sô Phanh": {("trưởng ấp", "")}}),
    ("Ông A Vương, Bí thư Chi bộ làng Kon Rơ kể lại.",
     {"A Vương": {("bí thư", "chi bộ")}}),
    ("bà Danh Thị Sà Rây, Phó Chủ tịch UBND xã tham gia đoàn.",
     {"Danh Thị Sà Rây": {("phó chủ tịch", UB)}}),
    ("Ông Y Khoa Byă, Trưởng buôn Tơng Jú vận động đồng bào.",
     {"Y Khoa Byă": {("trưởng buôn", "")}}),
    ("ông Đàng Năng Thọ, Phó Chủ tịch UBND huyện dự lễ hội Katê.",
     {"Đàng Năng Thọ": {("phó chủ tịch", UB)}}),
    ("bà Tôn Nữ Thị Hằng, Phó Giám đốc Sở Du lịch giới thiệu sản phẩm.",
     {"Tôn Nữ Thị Hằng": {("phó giám đốc", "sở du lịch")}}),
    ("Ông Nguyễn Trần Minh Đức, Trưởng phòng Văn hóa và Thông tin huyện cho biết.",
     {"Nguyễn Trần Minh Đức": {("trưởng phòng", "phòng văn hóa và thông tin")}}),
    # ---------------------------------------------------------------- lists, each with a title after
    ("Đoàn công tác gồm các đồng chí: Hà Văn Lâm, Chủ tịch UBND xã; Triệu Thị Mai, Phó Chủ tịch UBND xã.",
     {"Hà Văn Lâm": {("chủ tịch", UB)}, "Triệu Thị Mai": {("phó chủ tịch", UB)}}),
    ("Cùng dự có các ông: Lý A Sử (Chủ tịch UBND xã), Vàng A Lử (Phó Chủ tịch UBND xã).",
     {"Lý A Sử": {("chủ tịch", UB)}, "Vàng A Lử": {("phó chủ tịch", UB)}}),
    ("Chủ trì có đồng chí Lê Hữu Tình – Bí thư Huyện ủy và đồng chí Cao Văn Mến – Chủ tịch UBND huyện.",
     {"Lê Hữu Tình": {("bí thư", "huyện ủy")}, "Cao Văn Mến": {("chủ tịch", UB)}}),
    # ---------------------------------------------------------------- the Party's boards and offices
    ("Bà Lê Thị Quyên, Chánh Văn phòng Huyện ủy trình bày tờ trình.",
     {"Lê Thị Quyên": {("chánh văn phòng", "văn phòng")}}),
    ("đồng chí Bùi Thị Lan - Trưởng Ban Tổ chức Đảng ủy xã công bố quyết định.",
     {"Bùi Thị Lan": {("trưởng ban", "ban tổ chức")}}),
    ("Đồng chí Hà Văn Thuận, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy dự hội nghị.",
     {"Hà Văn Thuận": {("phó chủ nhiệm thường trực", "ủy ban kiểm tra")}}),
    ("Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đinh Văn Kha phát biểu.",
     {"Đinh Văn Kha": {("trưởng ban", "ban dân vận"), ("chủ tịch", MT)}}),
    # ---------------------------------------------------------------- the council's boards
    ("bà Nay H'Bli, Trưởng Ban Dân tộc HĐND tỉnh báo cáo kết quả giám sát.",
     {"Nay H'Bli": {("trưởng ban", "ban dân tộc")}}),
    ("ông Lê Văn Sỹ, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.",
     {"Lê Văn Sỹ": {("phó trưởng ban", "ban kinh tế - ngân sách")}}),
    ("ông Võ Văn Út, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh điều hành thảo luận.",
     {"Võ Văn Út": {("trưởng ban", "ban văn hóa - xã hội")}}),
    # ---------------------------------------------------------------- police, border guards, military, enforcement
    ("Thiếu tá Ka Sô Lương, Phó Trưởng Công an xã tuyên truyền pháp luật.",
     {"Ka Sô Lương": {("phó trưởng công an", "công an")}}),
    ("Trung tá Bùi Văn Nam, Chính trị viên Ban CHQS huyện dự lễ.",
     {"Bùi Văn Nam": {("chính trị viên", "ban chỉ huy quân sự")}}),
    ("Thiếu tá Hồ Văn Quang, Đồn trưởng Đồn Biên phòng Ka Lăng trao quà.",
     {"Hồ Văn Quang": {("đồn trưởng", "đồn biên phòng")}}),
    ("ông Lò Văn Sương, Chi cục trưởng Chi cục Thi hành án dân sự huyện báo cáo.",
     {"Lò Văn Sương": {("chi cục trưởng", "chi cục thi hành án dân sự")}}),
    ("ông Trần Văn Quý, Chi cục trưởng Chi cục Thuế huyện cho biết số thu.",
     {"Trần Văn Quý": {("chi cục trưởng", "chi cục thuế")}}),
    ("bà Mai Thị Hoa, Giám đốc Kho bạc Nhà nước huyện báo cáo giải ngân.",
     {"Mai Thị Hoa": {("giám đốc", "kho bạc nhà nước")}}),
    ("ông Phùng Văn Tú, Giám đốc Ngân hàng Chính sách xã hội huyện cho biết dư nợ.",
     {"Phùng Văn Tú": {("giám đốc", "ngân hàng chính sách xã hội")}}),
    # ---------------------------------------------------------------- schools and health
    ("ông Lê Văn Bảy, Trưởng Trạm Y tế xã cho biết tỷ lệ tiêm chủng.",
     {"Lê Văn Bảy": {("trưởng trạm", "trạm y tế")}}),
    ("bà Cao Thị Liên, Phó Giám đốc Trung tâm Y tế huyện kiểm tra.",
     {"Cao Thị Liên": {("phó giám đốc", "trung tâm y tế")}}),
    # ---------------------------------------------------------------- ministries and departments
    ("ông Hoàng Văn Tuấn, Giám đốc Sở Giao thông vận tải báo cáo tiến độ.",
     {"Hoàng Văn Tuấn": {("giám đốc", "sở giao thông vận tải")}}),
    ("bà Ngô Thị Lệ, Phó Giám đốc Sở Công Thương trình bày.",
     {"Ngô Thị Lệ": {("phó giám đốc", "sở công thương")}}),
    ("Thứ trưởng Bộ Tài chính Lê Tấn Hưng làm việc với tỉnh.",
     {"Lê Tấn Hưng": {("thứ trưởng", "bộ tài chính")}}),
    ("ông Vũ Văn Đại, Cục trưởng Cục Thuế tỉnh trả lời.",
     {"Vũ Văn Đại": {("cục trưởng", "cục thuế")}}),
    # ---------------------------------------------------------------- mass organisations
    ("ông Lê Văn Cao, Chủ tịch Hội Người cao tuổi xã chúc thọ các cụ.",
     {"Lê Văn Cao": {("chủ tịch", "hội người cao tuổi")}}),
    ("ông Mạc Văn Hùng, Trưởng Ban Công tác Mặt trận thôn Nà Lầu phát biểu.",
     {"Mạc Văn Hùng": {("trưởng ban", "ban công tác mặt trận")}}),
    ("bà Lê Thị Tâm, Phó Chủ tịch Thường trực Hội Nông dân tỉnh trao quà.",
     {"Lê Thị Tâm": {("phó chủ tịch thường trực", "hội nông dân")}}),
    # ---------------------------------------------------------------- the name after its title
    ("Thừa ủy quyền, Chánh Văn phòng HĐND và UBND huyện Lý Thị Hoa trao quyết định.",
     {"Lý Thị Hoa": {("chánh văn phòng", "văn phòng")}}),
    ("Chủ tịch UBND xã – ông Lầu A Chư cho biết.",
     {"Lầu A Chư": {("chủ tịch", UB)}}),
    ("ông Lê Đình Sơn, Bí thư Huyện ủy Mường La kết luận.",
     {"Lê Đình Sơn": {("bí thư", "huyện ủy")}}),
    # ---------------------------------------------------------------- a post given after a relief or a transfer
    ("Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với ông Lê Văn Khải để nhận nhiệm vụ Trưởng Ban Tổ chức Huyện ủy.",
     {"Lê Văn Khải": {("phó chủ tịch", UB), ("trưởng ban", "ban tổ chức")}}),
    (("Đồng chí Trần Văn Khánh, Tỉnh ủy viên, Bí thư Huyện ủy Đắk Rơ Ngai được điều động về nhận công tác "
      "tại Văn phòng Tỉnh ủy và chỉ định giữ chức Chánh Văn phòng Tỉnh ủy."),
     {"Trần Văn Khánh": {("ủy viên", "tỉnh ủy"), ("bí thư", "huyện ủy"), ("chánh văn phòng", "văn phòng")}}),
    ("Đồng chí Thào Seo Lử, Phó Bí thư Đảng ủy xã tiếp tục được tín nhiệm bầu làm Chủ tịch UBND xã.",
     {"Thào Seo Lử": {("phó bí thư", "đảng ủy"), ("chủ tịch", UB)}}),
    # ---------------------------------------------------------------- Highlands places and rarer families after a Party body
    ("Cùng dự có các Phó Bí thư Huyện ủy Kăn Thị Nhung, Lê Văn Hiếu và các đồng chí Ủy viên Ban Chấp hành.",
     {"Kăn Thị Nhung": {("phó bí thư", "huyện ủy")}, "Lê Văn Hiếu": {("phó bí thư", "huyện ủy")}}),
    ("ông Lê Văn Nam, Chủ tịch UBND xã Ia Rơ Mah phát biểu.",
     {"Lê Văn Nam": {("chủ tịch", UB)}}),
    ("Đồng chủ trì hội nghị có ông Lâm Văn Triều, Chủ tịch Hiệp hội Doanh nghiệp tỉnh.",
     {"Lâm Văn Triều": {("chủ tịch", "hiệp hội doanh nghiệp")}}),
    # ---------------------------------------------------------------- negatives
    ("Bí thư Huyện ủy Đắk Rơ Wa cho biết huyện đã hoàn thành kế hoạch.", {}),
    ("Công ty TNHH Lê Văn Thịnh và Hợp tác xã Đinh Thị Hoa nhận giấy khen.", {}),
    ("Ông Cường và bà Hoa là hai hộ đầu tiên trong thôn trồng cam.", {}),
    ("Trường Tiểu học Võ Thị Sáu tổ chức lễ khai giảng năm học mới.", {}),
    ("Bệnh viện Nguyễn Đình Chiểu triển khai khám chữa bệnh từ xa.", {}),
    ("Nhà văn hóa tổ dân phố 5 đường Nguyễn Huệ được nâng cấp.", {}),
    ("Hẻm 12 đường Trần Phú, phường Lê Hồng Phong được bê tông hóa.", {}),
    ("Ban Pháp chế HĐND huyện tổ chức giám sát công tác thi hành án.", {}),
    ("Phó Chủ tịch UBND các xã, thị trấn cùng dự hội nghị.", {}),
    ("Ban Dân tộc HĐND tỉnh khảo sát tại xã vùng cao.", {}),
    ("Trường THCS Lê Lợi và Trường Mầm non Hoa Sen nhận bằng khen.", {}),
    ("Tổ đại biểu HĐND tỉnh tiếp xúc cử tri tại xã.", {}),
    ("Chi cục Thuế khu vực và Kho bạc Nhà nước huyện phối hợp thu ngân sách.", {}),
]


@pytest.mark.parametrize("text,expected", TABLE, ids=[t[:40] for t, _ in TABLE])
def test_genre_table(text, expected):
    assert people(text) == expected


def test_genre_table_size():
    assert len(TABLE) >= 60
