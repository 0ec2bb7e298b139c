"""Meetings and chairs across the genre, second pass (issue 19, breadth): phrasings the first
pass (tests/test_meetings_breadth.py) does not show.

Every row is an invented article (people, places and dates made up) in the genre's words, read
by the whole pipeline, under a page date line of 21/06/2024 unless it gives its own. The id
names the class:

* a meeting named by its kind alone: a regular session ("họp phiên thường kỳ"), a working visit
  of a delegation, "được tổ chức sáng …", a ceremony, a voters' meeting "sau kỳ họp";
* the day in a dateline before the lead ("TAM KỲ - Sáng 12.6,", "(Baoquangngai.vn) -", "(Ngày
  12/6)", "Vào lúc 8 giờ ngày …"), or only "Sáng nay" (the page's own date);
* a day given once for a sequence of sessions ("ngày 12 và 13/6", "18-19/6": the first day,
  as for a range);
* chairs: "Đồng chủ trì hội nghị: A - …; B - …", "chủ trì và kết luận", "Chủ trì, kết luận hội
  nghị, đồng chí X", "Chủ trì: <title> <name> và <title> <name>", "Chủ trì tại điểm cầu huyện
  có", a comma list with an honorific before each co-chair, "chủ trì phiên khai mạc", "Chủ trì
  hội nghị sáng 20/6 có", "có sự chủ trì của", "Chủ trì buổi làm việc, về phía Bộ có A; về phía
  tỉnh có B", "Theo quy định, đồng chí A … chủ trì phiên khai mạc", "Thừa ủy quyền …, ông A
  … chủ trì", a chair at each site of an online meeting, captions (also above the lead);
* leads opening on a purpose or a document ("Thực hiện Kế hoạch số …, ngày 19/6, …", "Nhằm …,",
  "Theo kế hoạch, … đã"); "Bên lề hội nghị, …";
* two meetings in one article: a preparatory session and the congress, "Cùng ngày, <another
  body> tổ chức …", "Chiều cùng ngày, …"; a meeting reported in a piece about its results;
* negatives: a day after the page's own date (weekly schedules "Lịch công tác tuần",
  announcements), invitations, notices, documents directing meetings ("Công văn nêu rõ, …"),
  decisions to hold ("thống nhất tổ chức"), visits, "điều hành", "chủ toạ", a rule ("Theo quy
  chế, Chủ tịch UBND huyện chủ trì các cuộc họp"), congresses to come ("Chào mừng Đại hội …",
  "Trước thềm kỳ họp").
"""
import pytest

from govfacts.extraction import registry

from .test_meetings_breadth import read_meetings

_LANDED = {"official", "date", "meeting"} <= set(registry.default_names())
pytestmark = pytest.mark.skipif(not _LANDED, reason="official/date/meeting extractors not yet in PIPELINE")

DL = 'Tin hoạt động của địa phương\nNgày cập nhật 21/06/2024\n'
LEAD = 'Sáng 20/6, UBND huyện Tây Sơn tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công. '
HKY = 'Sáng 20/6, HĐND huyện Krông Bông khóa XII khai mạc kỳ họp thứ 15. '

# (the article after the headline and page date line DL, unless it gives its own; [(meeting day, chairs)] in order)
PHRASINGS = [
    pytest.param(
        'Phiên họp thường kỳ tháng 6 của UBND huyện Đại Lộc\nNgày cập nhật 21/06/2024\nSáng 20/6, UBND '
        'huyện Đại Lộc họp phiên thường kỳ tháng 6 để đánh giá tình hình kinh tế - xã hội. Ông Lê Văn '
        'Thanh, Chủ tịch UBND huyện chủ trì.',
        [('2024-06-20', ['Lê Văn Thanh'])], id='kind_phien_thuong_ky_hop_phien'),
    pytest.param(
        'Phiên họp thường kỳ tháng 6 của UBND thị xã Hương Trà diễn ra sáng 19/6 dưới sự chủ trì của '
        'ông Hoàng Văn Minh, Chủ tịch UBND thị xã.',
        [('2024-06-19', ['Hoàng Văn Minh'])], id='kind_phien_hop_dien_ra_duoi_su'),
    pytest.param(
        'Buổi làm việc diễn ra chiều 18/6 tại trụ sở UBND xã Tam Lãnh. Tham dự có ông Trần Văn Cường, '
        'Phó Chủ tịch UBND huyện.',
        [('2024-06-18', [])], id='kind_buoi_lam_viec_dien_ra'),
    pytest.param(
        'Sáng 15/6, Thủ tướng Chính phủ Trần Minh Đạo chủ trì Hội nghị trực tuyến toàn quốc về phòng '
        'chống thiên tai. Dự tại điểm cầu huyện Ý Yên có đồng chí Vũ Văn Khánh, Phó Chủ tịch UBND '
        'huyện.',
        [('2024-06-15', ['Trần Minh Đạo'])], id='kind_truc_tuyen_toan_quoc_thu_tuong'),
    pytest.param(
        'Ngày 17/6, Đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn do ông Đỗ Văn Thịnh, Thứ '
        'trưởng làm trưởng đoàn đã đến làm việc với UBND tỉnh về phòng chống dịch tả lợn.',
        [('2024-06-17', [])], id='kind_doan_cong_tac_den_lam_viec'),
    pytest.param(
        'Chiều 12/6, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy '
        'Tây Giang.',
        [('2024-06-12', [])], id='kind_doan_kiem_tra_lam_viec'),
    pytest.param(
        'Hội nghị sơ kết 6 tháng đầu năm của Đảng ủy xã Bình Minh được tổ chức sáng 20/6 tại hội '
        'trường xã.',
        [('2024-06-20', [])], id='kind_duoc_to_chuc_sang'),
    pytest.param(
        'Sáng 19/6, HĐND huyện Kỳ Anh khóa XX tiến hành Kỳ họp thứ 18 để xem xét các báo cáo 6 tháng.',
        [('2024-06-19', [])], id='kind_tien_hanh_ky_hop'),
    pytest.param(
        'Sáng 16/6, tại Quảng trường huyện, Huyện đoàn phối hợp với Phòng Văn hóa tổ chức Lễ phát '
        'động Tháng hành động vì trẻ em.',
        [('2024-06-16', [])], id='kind_le_phat_dong_phoi_hop'),
    pytest.param(
        'Sáng 20/6, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri sau kỳ họp thứ 18 tại xã Tam Xuân.',
        [('2024-06-20', [])], id='kind_tiep_xuc_cu_tri_sau_ky_hop'),
    pytest.param(
        'Chiều 19/6, hội nghị giao ban khối Dân vận huyện quý II đã diễn ra tại Hội trường Huyện ủy.',
        [('2024-06-19', [])], id='kind_hoi_nghi_bat_dau'),
    pytest.param(
        'Chiều 18/6, Ban Quản lý dự án huyện họp với các nhà thầu để rà soát tiến độ thi công.',
        [('2024-06-18', [])], id='kind_hop_bao_cao_tien_do'),
    pytest.param(
        'Ngày 19/6, đồng chí Nguyễn Thị Thu, Phó Bí thư Tỉnh ủy đến thăm và làm việc với Đảng ủy xã '
        'Phước Sơn.',
        [('2024-06-19', [])], id='kind_tham_va_lam_viec_voi'),
    pytest.param(
        '(Ngày 12/6) UBND huyện Núi Thành tổ chức hội nghị triển khai công tác chuyển đổi số năm '
        '2024.',
        [('2024-06-12', [])], id='dateline_paren_ngay'),
    pytest.param(
        'TAM KỲ - Sáng 12.6, UBND thành phố Tam Kỳ tổ chức hội nghị tổng kết công tác thi đua.',
        [('2024-06-12', [])], id='dateline_city_caps_dot'),
    pytest.param(
        '(Baoquangngai.vn) - Chiều 13/6, Sở Tư pháp tổ chức hội nghị triển khai Luật Hòa giải ở cơ '
        'sở. Ông Phạm Văn Dũng, Giám đốc Sở Tư pháp chủ trì hội nghị.',
        [('2024-06-13', ['Phạm Văn Dũng'])], id='dateline_outlet_paren'),
    pytest.param(
        'QTO - Sáng 14/6, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp. Đồng chí Hoàng Văn '
        'Nam, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
        [('2024-06-14', ['Hoàng Văn Nam'])], id='dateline_abbr_dash'),
    pytest.param(
        'HẢI DƯƠNG - Ngày 10-6, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng '
        'đầu năm.',
        [('2024-06-10', [])], id='dateline_caps_dash_day'),
    pytest.param(
        'Vào lúc 8 giờ ngày 20/6, tại Hội trường UBND xã Đại Hồng, Ban Chỉ huy Quân sự xã tổ chức hội '
        'nghị triển khai nhiệm vụ quốc phòng.',
        [('2024-06-20', [])], id='dateline_vao_luc_gio'),
    pytest.param(
        'Sáng thứ Năm, ngày 20/6, Hội Nông dân huyện tổ chức hội nghị Ban Chấp hành lần thứ 8.',
        [('2024-06-20', [])], id='dateline_thu_nam_ngay'),
    pytest.param(
        'Chiều ngày 20 tháng 6, UBND xã Ea Trang tổ chức hội nghị lấy ý kiến nhân dân về sáp nhập '
        'thôn.',
        [('2024-06-20', [])], id='dateline_thang_words'),
    pytest.param(
        'Trong 2 ngày 12 và 13/6, HĐND huyện Bắc Quang khóa XX tổ chức kỳ họp thứ 17. Đồng chí Lê Văn '
        'Hà, Chủ tịch HĐND huyện chủ trì kỳ họp.',
        [('2024-06-12', ['Lê Văn Hà'])], id='sequence_ngay_va'),
    pytest.param(
        'Từ ngày 10 đến 12/6, Hội Nông dân tỉnh mở lớp tập huấn kỹ thuật trồng chè cho hội viên.',
        [('2024-06-10', [])], id='sequence_tu_ngay_den'),
    pytest.param(
        'Trong hai ngày 18-19/6, Đảng bộ xã Đông Hưng tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ '
        '2025 - 2030.',
        [('2024-06-18', [])], id='sequence_dash_days'),
    pytest.param(
        'Từ ngày 17/6 đến ngày 19/6, Ban Pháp chế HĐND huyện tiến hành giám sát công tác hòa giải tại '
        '5 xã.',
        [('2024-06-17', [])], id='sequence_tu_ngay_den_ngay'),
    pytest.param(
        'Sáng 14/6, Sở Công Thương phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức hội nghị kết nối '
        'cung cầu. Đồng chủ trì hội nghị: ông Nguyễn Văn Thắng - Giám đốc Sở Công Thương; bà Lê Thị '
        'Hồng - Chủ tịch Hiệp hội Doanh nghiệp tỉnh.',
        [('2024-06-14', ['Nguyễn Văn Thắng', 'Lê Thị Hồng'])], id='chair_dong_chu_tri_colon_semicolon'),
    pytest.param(
        LEAD + 'Đồng chí Nguyễn Văn Tâm, Chủ tịch UBND huyện chủ trì và kết luận hội nghị.',
        [('2024-06-20', ['Nguyễn Văn Tâm'])], id='chair_chu_tri_va_ket_luan'),
    pytest.param(
        LEAD + 'Ông Lê Văn Phú, Phó Chủ tịch UBND huyện chủ trì và phát biểu khai mạc hội nghị.',
        [('2024-06-20', ['Lê Văn Phú'])], id='chair_chu_tri_va_phat_bieu_khai_mac'),
    pytest.param(
        LEAD + 'Chủ trì, kết luận hội nghị, đồng chí Võ Văn Hưng, Chủ tịch UBND huyện yêu cầu các xã đẩy '
        'nhanh tiến độ.',
        [('2024-06-20', ['Võ Văn Hưng'])], id='chair_chu_tri_ket_luan_comma_opening'),
    pytest.param(
        'Sáng 20/6, Ban Thường vụ Huyện ủy tổ chức hội nghị kiểm điểm giữa nhiệm kỳ. Hội nghị do đồng '
        'chí Hà Văn Sơn, Bí thư Huyện ủy chủ trì và kết luận.',
        [('2024-06-20', ['Hà Văn Sơn'])], id='chair_do_chu_tri_va_ket_luan'),
    pytest.param(
        LEAD + 'Dưới sự chủ trì của đồng chí Lương Thị Hạnh, Chủ tịch UBND huyện, hội nghị đã thảo luận các '
        'giải pháp tháo gỡ vướng mắc.',
        [('2024-06-20', ['Lương Thị Hạnh'])], id='chair_duoi_su_opening_sentence'),
    pytest.param(
        LEAD + 'Chủ trì: Phó Chủ tịch UBND tỉnh Lê Văn Hòa và Giám đốc Sở Tài chính Phan Thị Lụa.',
        [('2024-06-20', ['Lê Văn Hòa', 'Phan Thị Lụa'])], id='chair_colon_titles_before_names'),
    pytest.param(
        LEAD + '\nPhó Chủ tịch UBND tỉnh Đinh Văn Hùng chủ trì hội nghị\nCác đại biểu thảo luận.',
        [('2024-06-20', ['Đinh Văn Hùng'])], id='chair_caption_title_before'),
    pytest.param(
        'Chiều 18/6, Đoàn giám sát của HĐND tỉnh làm việc với UBND huyện Phú Ninh. Đồng chí Lê Thị '
        'Sen, Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát chủ trì buổi làm việc.',
        [('2024-06-18', ['Lê Thị Sen'])], id='chair_truong_doan_chu_tri_buoi_lam_viec'),
    pytest.param(
        'Sáng 17/6, UBND tỉnh tổ chức hội nghị trực tuyến về công tác giảm nghèo. Chủ trì tại điểm '
        'cầu huyện có đồng chí Hoàng Văn Lực, Chủ tịch UBND huyện.',
        [('2024-06-17', ['Hoàng Văn Lực'])], id='chair_tai_diem_cau_co'),
    pytest.param(
        LEAD + 'Đồng chí Trần Quang Huy, Bí thư Huyện ủy chủ trì hội nghị. Cùng đồng chủ trì có đồng chí Võ '
        'Thị Mỹ, Chủ tịch UBND huyện.',
        [('2024-06-20', ['Trần Quang Huy', 'Võ Thị Mỹ'])], id='chair_cung_dong_chu_tri_co'),
    pytest.param(
        'Sáng 19/6, UBND huyện tổ chức đối thoại với thanh niên. Chủ trì buổi đối thoại có ông Đặng '
        'Văn Hùng - Chủ tịch UBND huyện, bà Mai Thị Lan - Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
        [('2024-06-19', ['Đặng Văn Hùng', 'Mai Thị Lan'])], id='chair_ong_ba_dash_comma_list'),
    pytest.param(
        HKY + 'Đồng chí Y Nhơn Niê, Chủ tịch HĐND huyện chủ trì phiên khai mạc.',
        [('2024-06-20', ['Y Nhơn Niê'])], id='chair_phien_khai_mac'),
    pytest.param(
        HKY + 'Các đồng chí Lý Văn Phong, Chủ tịch HĐND huyện và Nông Thị Xuân, Phó Chủ tịch HĐND huyện chủ '
        'trì kỳ họp.',
        [('2024-06-20', ['Lý Văn Phong', 'Nông Thị Xuân'])], id='chair_cac_dong_chi_va_chu_tri_ky_hop'),
    pytest.param(
        'Sáng 20/6, Đảng ủy xã Lộc Thủy tổ chức hội nghị sơ kết. Hội nghị do các đồng chí: Lê Văn '
        'Bình, Bí thư Đảng ủy; Vi Thị Mai, Chủ tịch UBND xã đồng chủ trì.',
        [('2024-06-20', ['Lê Văn Bình', 'Vi Thị Mai'])], id='chair_do_cac_dong_chi_colon'),
    pytest.param(
        'Sáng 20/6, Sở Y tế tổ chức hội nghị về bảo hiểm y tế học sinh. Hội nghị do Giám đốc Sở Y tế '
        'Lê Văn Hiếu và Phó Giám đốc Bảo hiểm xã hội tỉnh Trần Thị Nga đồng chủ trì.',
        [('2024-06-20', ['Lê Văn Hiếu', 'Trần Thị Nga'])], id='chair_do_titles_before_each'),
    pytest.param(
        'UBND huyện Tuy Phước tổ chức hội nghị tổng kết công tác khuyến nông. Chủ trì hội nghị sáng '
        '20/6 có đồng chí Đào Văn Lộc, Phó Chủ tịch UBND huyện.',
        [('2024-06-20', ['Đào Văn Lộc'])], id='chair_event_day_then_co'),
    pytest.param(
        'Chiều 19/6, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh chủ trì cuộc họp nghe báo cáo tiến độ dự '
        'án đường ven biển.',
        [('2024-06-19', ['Nguyễn Hồng Lĩnh'])], id='chair_title_name_chu_tri_kl_cuoc_hop'),
    pytest.param(
        'Sáng 18/6, phiên giải trình về công tác cấp giấy chứng nhận quyền sử dụng đất do bà Lê Thị '
        'Mỹ, Phó Chủ tịch HĐND huyện chủ trì đã diễn ra tại hội trường huyện.',
        [('2024-06-18', ['Lê Thị Mỹ'])], id='chair_thuong_truc_chu_tri_phien_giai_trinh_do'),
    pytest.param(
        'Sáng 18/6, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị rút kinh nghiệm diễn tập. Hội nghị do '
        'Đại tá Phan Văn Mạnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì.',
        [('2024-06-18', ['Phan Văn Mạnh'])], id='chair_dai_ta_do'),
    pytest.param(
        'Chiều 11/6, Đảng bộ xã Phú Thọ tổ chức phiên trù bị Đại hội đại biểu lần thứ XXV. Sáng 12/6, '
        'Đại hội chính thức khai mạc với sự tham dự của 150 đại biểu.',
        [('2024-06-11', []), ('2024-06-12', [])], id='two_tru_bi_then_chinh_thuc'),
    pytest.param(
        'Sáng 12/6, UBND huyện tổ chức hội nghị tổng kết công tác năm học 2023 - 2024. Đồng chí Lê '
        'Văn Quý, Phó Chủ tịch UBND huyện chủ trì hội nghị. Chiều 13/6, Ban Chỉ đạo phổ cập giáo dục '
        'huyện họp triển khai nhiệm vụ năm học mới do đồng chí Trần Thị Hoa, Trưởng phòng Giáo dục '
        'chủ trì.',
        [('2024-06-12', ['Lê Văn Quý']), ('2024-06-13', ['Trần Thị Hoa'])], id='two_chieu_cung_ngay'),
    pytest.param(
        'Ngày 18/6, HĐND xã Tân Phú tổ chức kỳ họp thứ 9. Ngày 19/6, các đại biểu HĐND xã tiếp xúc cử '
        'tri tại thôn 2.',
        [('2024-06-18', []), ('2024-06-19', [])], id='two_ky_hop_then_tiep_xuc'),
    pytest.param(
        'Kết quả Chỉ số cải cách hành chính năm 2023 được công bố tại hội nghị do UBND tỉnh tổ chức '
        'chiều 18/6. Theo đó, huyện Tiên Phước xếp thứ 3/18.',
        [('2024-06-18', [])], id='result_cong_bo_tai_hoi_nghi_do'),
    pytest.param(
        'Tại hội nghị tổng kết công tác thi đua khen thưởng tổ chức ngày 15/6, huyện Quế Sơn được '
        'UBND tỉnh tặng Cờ thi đua.',
        [('2024-06-15', [])], id='result_tai_hoi_nghi_to_chuc_ngay'),
    pytest.param(
        'Tại Hội nghị công bố Chỉ số PAPI năm 2023 diễn ra sáng 17/6, tỉnh Quảng Nam đạt 44,5 điểm.',
        [('2024-06-17', [])], id='result_tai_hoi_nghi_dien_ra'),
    pytest.param(
        'Huyện Thăng Bình vừa được biểu dương tại hội nghị tổng kết công tác xây dựng nông thôn mới '
        'do UBND tỉnh tổ chức ngày 14/6.',
        [('2024-06-14', [])], id='result_vua_to_chuc_hoi_nghi'),
    pytest.param(
        'Lịch công tác tuần của Thường trực Huyện ủy\nNgày cập nhật 21/06/2024\nThứ Hai (24/6): Sáng: '
        'Đồng chí Lê Văn Tám, Bí thư Huyện ủy chủ trì họp Ban Thường vụ Huyện ủy. Chiều: Đồng chí Phó '
        'Bí thư Thường trực Huyện ủy dự hội nghị tại tỉnh.',
        [], id='neg_lich_cong_tac_tuan'),
    pytest.param(
        'Lịch làm việc của lãnh đạo UBND huyện\nNgày cập nhật 21/06/2024\nThứ Tư (26/6): Đồng chí Lò '
        'Văn Thành, Chủ tịch UBND huyện chủ trì buổi tiếp công dân định kỳ.',
        [], id='neg_lich_lam_viec_chu_tri_tiep_cong_dan'),
    pytest.param(
        'Kính mời đồng chí Lê Văn Hùng, Chủ tịch UBND xã đến dự hội nghị tổng kết vào lúc 8 giờ ngày '
        '25/6/2024 tại Hội trường UBND huyện.',
        [], id='neg_kinh_moi_du'),
    pytest.param(
        'UBND huyện thông báo tổ chức hội nghị đối thoại với doanh nghiệp vào ngày 28/6/2024 tại Hội '
        'trường UBND huyện.',
        [], id='neg_thong_bao_to_chuc_vao_ngay'),
    pytest.param(
        'Ngày 28/6, UBND huyện tổ chức hội nghị tổng kết năm học 2023 - 2024 tại Trung tâm Văn hóa '
        'huyện.',
        [], id='neg_day_after_page_date'),
    pytest.param(
        'Công văn nêu rõ, các xã, thị trấn tổ chức hội nghị tuyên truyền Luật Đất đai năm 2024 trước '
        'ngày 30/6/2024.',
        [], id='neg_cong_van_neu_ro'),
    pytest.param(
        'Văn bản yêu cầu Chủ tịch UBND các xã trực tiếp chủ trì các cuộc đối thoại với nhân dân.',
        [], id='neg_van_ban_yeu_cau_chu_tri'),
    pytest.param(
        'Chiều 20/6, đồng chí Hà Thị Hương, Phó Chủ tịch UBND huyện đến thăm, tặng quà các gia đình '
        'chính sách tại xã Quế Lộc.',
        [], id='neg_tham_tang_qua'),
    pytest.param(
        'Ban Tổ chức hội nghị đã gửi giấy mời tới các đại biểu và khách mời.',
        [], id='neg_ban_to_chuc_gui_giay_moi'),
    pytest.param(
        'Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy sẽ chủ trì buổi tiếp công dân định kỳ vào ngày '
        '25/6/2024.',
        [], id='neg_se_chu_tri_tiep_cong_dan_ngay'),
    pytest.param(
        'Chương trình hội nghị gồm 3 phần: khai mạc, thảo luận và bế mạc.',
        [], id='neg_chuong_trinh_hoi_nghi_gom'),
    pytest.param(
        'Ngày 12/6, UBND huyện ban hành Kế hoạch số 123/KH-UBND về tổ chức hội nghị tổng kết 10 năm '
        'thực hiện Nghị quyết số 26-NQ/TW.',
        [], id='neg_ban_hanh_ke_hoach_to_chuc'),
    pytest.param(
        'Ban Tổ chức Huyện ủy đã hướng dẫn các chi bộ tổ chức đại hội nhiệm kỳ 2025 - 2027.',
        [], id='neg_huong_dan_chi_bo_to_chuc_dai_hoi'),
    pytest.param(
        'Các đơn vị đăng ký tham gia hội nghị xúc tiến thương mại trước ngày 25/6/2024.',
        [], id='neg_dang_ky_tham_gia'),
    pytest.param(
        LEAD + 'Đồng chí Lê Thị Thu, Phó Chủ tịch UBND huyện điều hành hội nghị.',
        [('2024-06-20', [])], id='neg_dieu_hanh_hoi_nghi'),
    pytest.param(
        HKY + 'Chủ toạ kỳ họp có đồng chí Nguyễn Văn Lâm, Chủ tịch HĐND huyện và đồng chí Y Bhin Êban, Phó '
        'Chủ tịch HĐND huyện.',
        [('2024-06-20', [])], id='neg_chu_toa_old_tone'),
    pytest.param(
        LEAD + '\nĐồng chí Đinh Văn Hùng, Chủ tịch UBND huyện phát biểu kết luận hội nghị\nCác đại biểu thảo '
        'luận.',
        [('2024-06-20', [])], id='neg_phat_bieu_ket_luan_caption'),
    pytest.param(
        HKY + 'Dự kỳ họp có đồng chí Bùi Văn Nam, Phó Chủ tịch HĐND tỉnh.',
        [('2024-06-20', [])], id='neg_du_va_phat_bieu_chi_dao_ky_hop'),
    pytest.param(
        'Chủ tịch UBND huyện Phan Văn Đức chủ trì giải quyết dứt điểm vụ việc khiếu nại kéo dài ở xã '
        'Tam Hiệp.',
        [], id='neg_chu_tri_giai_quyet_vu_viec'),
    pytest.param(
        'Vào tuần tới, Huyện đoàn sẽ tổ chức hội thi tìm hiểu lịch sử Đảng bộ huyện.',
        [], id='neg_se_to_chuc_vao_tuan_toi'),
    pytest.param(
        'Ngày mai (22/6), UBND huyện họp với các nhà đầu tư về tiến độ dự án khu công nghiệp.',
        [], id='neg_moi_hop_ngay_mai'),
    pytest.param(
        'Thường trực HĐND huyện thống nhất tổ chức kỳ họp chuyên đề vào đầu tháng 7/2024.',
        [], id='neg_de_nghi_to_chuc_ky_hop_chuyen_de'),
    pytest.param(
        'Sáng 18/6, Ban Tuyên giáo Tỉnh ủy và Sở Thông tin và Truyền thông tổ chức hội nghị báo chí. '
        'Đồng chủ trì hội nghị, đồng chí Lê Văn Sơn, Trưởng Ban Tuyên giáo Tỉnh ủy và ông Phạm Minh '
        'Tú, Giám đốc Sở Thông tin và Truyền thông.',
        [('2024-06-18', ['Lê Văn Sơn', 'Phạm Minh Tú'])], id='chair_dong_chu_tri_opening_names'),
    pytest.param(
        LEAD + '\nĐồng chủ trì hội nghị: đồng chí Lê Văn Bảy - Bí thư Huyện ủy và đồng chí Võ Minh Hải - Chủ '
        'tịch UBND huyện\nCác đại biểu thảo luận.',
        [('2024-06-20', ['Lê Văn Bảy', 'Võ Minh Hải'])], id='chair_caption_colon_dong_chu_tri'),
    pytest.param(
        'Chiều 19/6, Thường trực Huyện ủy làm việc với Đảng ủy xã Quế Xuân. \nĐồng chí Lê Thị Kim '
        'Oanh, Bí thư Huyện ủy chủ trì buổi làm việc\nĐảng ủy xã báo cáo kết quả 6 tháng.',
        [('2024-06-19', ['Lê Thị Kim Oanh'])], id='chair_caption_dong_chi_chu_tri_buoi_lam_viec'),
    pytest.param(
        'Sáng 20/6, tại Trụ sở Tiếp công dân tỉnh, ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND tỉnh chủ '
        'trì tiếp công dân định kỳ tháng 6.',
        [('2024-06-20', ['Nguyễn Văn Tuấn'])], id='chair_thay_mat_lanh_dao_chu_tri_tiep_dan'),
    pytest.param(
        'Chiều 17/6, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện họp phiên thứ 5 do ông Trần '
        'Văn Lưu, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì.',
        [('2024-06-17', ['Trần Văn Lưu'])], id='chair_ban_chi_dao_hop_do'),
    pytest.param(
        'Sáng 17/6, Chủ tịch UBND tỉnh Hồ Quang Vĩnh cùng các Phó Chủ tịch UBND tỉnh chủ trì phiên '
        'họp UBND tỉnh thường kỳ tháng 6.',
        [('2024-06-17', ['Hồ Quang Vĩnh'])], id='chair_cung_cac_pho_chu_tich'),
    pytest.param(
        LEAD + 'Kết luận hội nghị, đồng chí Phan Văn Tài, Chủ tịch UBND huyện đề nghị các xã khẩn trương '
        'hoàn thiện hồ sơ.',
        [('2024-06-20', [])], id='chair_ket_luan_only_neg'),
    pytest.param(
        LEAD + 'Đồng chí Lò Thị Hạnh, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Tòng Văn Hải, Chủ '
        'tịch UBND huyện chủ trì hội nghị.',
        [('2024-06-20', ['Tòng Văn Hải'])], id='chair_chi_dao_chu_tri_separate'),
    pytest.param(
        LEAD + 'Phát biểu khai mạc hội nghị, đồng chí Nông Văn Đức, Phó Chủ tịch UBND huyện nhấn mạnh yêu '
        'cầu giải ngân.',
        [('2024-06-20', [])], id='chair_neg_khai_mac_phat_bieu'),
    pytest.param(
        LEAD + 'Tham dự hội nghị có đồng chí Bạc Thị Mai, Phó Chủ tịch UBND tỉnh; lãnh đạo các phòng, ban '
        'của huyện.',
        [('2024-06-20', [])], id='chair_neg_tham_du_co_lanh_dao'),
    pytest.param(
        'Chiều 18/6, Ủy ban MTTQ Việt Nam huyện và UBND huyện tổ chức Lễ ký kết Quy chế phối hợp công '
        'tác giai đoạn 2024 - 2029.',
        [('2024-06-18', [])], id='kind_le_ky_ket_quy_che'),
    pytest.param(
        'Chiều 19/6, buổi tiếp xúc cử tri của Tổ đại biểu HĐND huyện đã diễn ra tại nhà văn hóa thôn '
        'Phú Mỹ.',
        [('2024-06-19', [])], id='kind_buoi_tiep_xuc_cu_tri_dien_ra'),
    pytest.param(
        'Ngày 18/6, Hội thảo khoa học về phát triển du lịch cộng đồng khai mạc tại thành phố Hội An.',
        [('2024-06-18', [])], id='kind_hoi_thao_khoa_hoc_khai_mac'),
    pytest.param(
        'Tại Lễ tuyên dương điển hình tiên tiến tổ chức sáng 19/6, 25 tập thể và 40 cá nhân được UBND '
        'huyện khen thưởng.',
        [('2024-06-19', [])], id='result_bieu_duong_tai_le'),
    pytest.param(
        'Các phòng chuyên môn đang khẩn trương hoàn thiện tài liệu phục vụ hội nghị tổng kết.',
        [], id='neg_chuan_bi_cho_hoi_nghi'),
    pytest.param(
        'Lịch tiếp công dân định kỳ tháng 7 của Chủ tịch UBND huyện: ngày 15/7/2024 tại Trụ sở Tiếp '
        'công dân huyện.',
        [], id='neg_lich_tiep_cong_dan_thang'),
    pytest.param(
        'UBND huyện trân trọng kính mời các đại biểu tham dự hội nghị tổng kết công tác thi đua năm '
        '2024.',
        [], id='neg_moi_tham_du_dai_bieu'),
    pytest.param(
        'Đồng chí Võ Thị Lan đề nghị lần sau tổ chức hội nghị cần chuẩn bị tài liệu sớm hơn.',
        [], id='neg_to_chuc_hoi_nghi_lan_sau'),
    pytest.param(
        'Chiều 18/6, UBND huyện Ia Pa họp bàn giải pháp phòng chống hạn hán, có sự chủ trì của ông Lê '
        'Thành Tín, Chủ tịch UBND huyện.',
        [('2024-06-18', ['Lê Thành Tín'])], id='chair_co_su_chu_tri_cua'),
    pytest.param(
        'Sáng 18/6, hội nghị được tổ chức theo hình thức trực tuyến đến 12 xã, do ông Nguyễn Văn '
        'Lượng, Phó Chủ tịch UBND huyện chủ trì.',
        [('2024-06-18', ['Nguyễn Văn Lượng'])], id='chair_duoc_to_chuc_truc_tuyen_do'),
    pytest.param(
        'Sáng 19/6, Sở Tài nguyên và Môi trường tổ chức hội thảo về quy hoạch khoáng sản. Tham dự và '
        'đồng chủ trì hội thảo có ông Lê Quốc Bảo, Phó Giám đốc Sở và bà Trịnh Thị Nhung, Phó Viện '
        'trưởng Viện Địa chất.',
        [('2024-06-19', ['Lê Quốc Bảo', 'Trịnh Thị Nhung'])], id='chair_tham_du_va_dong_chu_tri_co'),
    pytest.param(
        'Huyện ủy Krông Pa: Sơ kết công tác 6 tháng đầu năm\nNgày cập nhật 21/06/2024\n(GLO)- Chiều '
        '18-6, Huyện ủy Krông Pa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Rơ Mah '
        'Thuận, Bí thư Huyện ủy chủ trì hội nghị.',
        [('2024-06-18', ['Rơ Mah Thuận'])], id='dateline_glo_dash_day'),
    pytest.param(
        'Bên lề hội nghị, đồng chí Nguyễn Văn Phong, Chủ tịch UBND tỉnh đã trao đổi với các doanh '
        'nghiệp về thủ tục đầu tư.',
        [(None, [])], id='kind_ben_le_hoi_nghi_only'),
    pytest.param(
        'Trước thềm kỳ họp thứ 7, cử tri huyện Đức Phổ kiến nghị nhiều nội dung về đất đai.',
        [], id='neg_truoc_them_ky_hop'),
    pytest.param(
        'Chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, các xã ra quân làm đường giao thông '
        'nông thôn.',
        [], id='neg_chao_mung_dai_hoi'),
    pytest.param(
        'Hướng tới Đại hội Đảng bộ huyện lần thứ XXII, Huyện đoàn phát động phong trào thi đua.',
        [], id='neg_huong_toi_dai_hoi'),
    pytest.param(
        'UBND xã đã lên kế hoạch tổ chức hội nghị lấy ý kiến người dân về quy hoạch khu dân cư.',
        [], id='neg_da_len_ke_hoach_to_chuc'),
    pytest.param(
        'Chủ tịch UBND xã có trách nhiệm chủ trì cuộc họp định kỳ hằng tháng của UBND xã.',
        [], id='neg_chu_tri_hop_dinh_ky_rule'),
    pytest.param(
        'Đại biểu Quốc hội tỉnh sẽ tiếp xúc cử tri tại huyện Mộ Đức vào ngày 28/6/2024.',
        [], id='neg_se_tiep_xuc_cu_tri_ngay'),
    pytest.param(
        'Thời gian tiếp xúc cử tri: 8 giờ ngày 27/6/2024 tại Hội trường UBND xã Đức Lân.',
        [], id='neg_lich_tiep_xuc_cu_tri_thoi_gian'),
    pytest.param(
        'Sáng 20/6, Hội Nông dân huyện tổ chức hội nghị sơ kết 6 tháng đầu năm. Cùng ngày, Huyện đoàn '
        'tổ chức hội nghị Ban Chấp hành mở rộng do đồng chí Lê Minh Trí, Bí thư Huyện đoàn chủ trì.',
        [('2024-06-20', []), ('2024-06-20', ['Lê Minh Trí'])], id='two_cung_ngay_other_body'),
    pytest.param(
        'Sáng 19/6, UBND huyện tổ chức hội nghị triển khai công tác phòng chống thiên tai. Chiều cùng '
        'ngày, UBND huyện tiếp tục tổ chức hội nghị đối thoại với doanh nghiệp, ông Hồ Văn Lâm, Chủ '
        'tịch UBND huyện chủ trì.',
        [('2024-06-19', []), ('2024-06-19', ['Hồ Văn Lâm'])], id='two_chieu_cung_ngay_same_body'),
    pytest.param(
        'Ngày 18/6, Ban Pháp chế HĐND huyện tiến hành giám sát tại xã Hòa Bình. Ngày 19/6, Đoàn giám '
        'sát tiếp tục làm việc với UBND xã Hòa Tiến.',
        [('2024-06-18', []), ('2024-06-19', [])], id='two_ngay_hom_sau'),
    pytest.param(
        'Sáng 19/6, Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên tháng 6. Chiều cùng ngày, '
        'đồng chí Nguyễn Thị Xuân, Phó Bí thư Thường trực Huyện ủy chủ trì buổi làm việc với Đảng ủy '
        'thị trấn.',
        [('2024-06-19', []), ('2024-06-19', ['Nguyễn Thị Xuân'])], id='two_chieu_cung_ngay_chair_first'),
    pytest.param(
        LEAD + 'Cùng ngày, đoàn công tác của huyện đã đến thăm, tặng quà các hộ nghèo tại xã Tây Giang.',
        [('2024-06-20', [])], id='neg_cung_ngay_no_meeting'),
    pytest.param(
        HKY + 'Chiều cùng ngày, kỳ họp tiếp tục với phiên thảo luận tại hội trường.',
        [('2024-06-20', [])], id='one_chieu_cung_ngay_continues'),
    pytest.param(
        'Chiều 19/6, Bộ Giao thông vận tải làm việc với UBND tỉnh về dự án cao tốc. Chủ trì buổi làm '
        'việc, về phía Bộ có ông Lê Đình Thọ, Thứ trưởng; về phía tỉnh có ông Hồ Văn Niên, Phó Chủ '
        'tịch UBND tỉnh.',
        [('2024-06-19', ['Lê Đình Thọ', 'Hồ Văn Niên'])], id='chair_ve_phia_two_sides'),
    pytest.param(
        'Ngày 07/06, UBND xã Hòa Khánh tổ chức hội nghị tổng kết công tác phòng chống dịch bệnh. Ông '
        'Trần Văn Tám, Chủ tịch UBND xã chủ trì hội nghị.',
        [('2024-06-07', ['Trần Văn Tám'])], id='chair_zero_padded_day'),
    pytest.param(
        'Sáng 18/6, Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua. Đại diện lãnh đạo Sở, ông '
        'Bùi Văn Hải, Phó Giám đốc Sở Nội vụ chủ trì hội nghị.',
        [('2024-06-18', ['Bùi Văn Hải'])], id='chair_dai_dien_lanh_dao'),
    pytest.param(
        'Sáng 17/6, UBND huyện Kbang tổ chức hội nghị về quản lý bảo vệ rừng. Ông Nguyễn Văn Bảy, Chủ '
        'tịch UBND huyện chủ trì hội nghị. Kết luận hội nghị, ông Bảy yêu cầu các xã tăng cường tuần '
        'tra.',
        [('2024-06-17', ['Nguyễn Văn Bảy'])], id='chair_name_only_repeat'),
    pytest.param(
        'Chiều 18/6, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí định kỳ tháng 6 dưới sự chủ trì '
        'của bà Nguyễn Thị Hồng Vân, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.',
        [('2024-06-18', ['Nguyễn Thị Hồng Vân'])], id='kind_giao_ban_bao_chi'),
    pytest.param(
        'Hội nghị tổng kết 5 năm thực hiện Chỉ thị 05 của huyện Phù Mỹ diễn ra vào sáng 20/6, do đồng '
        'chí Lê Văn Tuấn, Bí thư Huyện ủy chủ trì.',
        [('2024-06-20', ['Lê Văn Tuấn'])], id='kind_hoi_nghi_sau_ngay_phay'),
    pytest.param(
        'Kỳ họp thứ 16 HĐND huyện sẽ diễn ra trong 2 ngày, từ ngày 8 đến 9/7/2024.',
        [], id='neg_se_dien_ra_trong_hai_ngay'),
    pytest.param(
        'Hiện nay, các xã đang chuẩn bị các điều kiện để tổ chức đại hội điểm.',
        [], id='neg_dang_chuan_bi_dieu_kien'),
    pytest.param(
        'Sáng mai (22/6), Thủ tướng Chính phủ sẽ chủ trì Hội nghị trực tuyến toàn quốc về phát triển '
        'nhà ở xã hội.',
        [], id='neg_hoi_nghi_truc_tuyen_planned_mai'),
    pytest.param(
        LEAD + 'Tại hội nghị ngày 15/3/2024, UBND tỉnh đã yêu cầu hoàn thành giải ngân trước tháng 9.',
        [('2024-06-20', [])], id='neg_y_kien_tai_hoi_nghi_truoc_named'),
    pytest.param(
        LEAD + '\nBí thư Huyện ủy Lê Văn Hiệp phát biểu chỉ đạo hội nghị\nĐồng chí Trần Văn Hòa - Chủ tịch '
        'UBND huyện chủ trì hội nghị\nCác đại biểu thảo luận.',
        [('2024-06-20', ['Trần Văn Hòa'])], id='chair_title_then_name_caption_dash'),
    pytest.param(
        HKY + 'Chủ tọa kỳ họp là Thường trực HĐND huyện; đồng chí Nay Blim, Chủ tịch HĐND huyện chủ trì và '
        'điều hành kỳ họp.',
        [('2024-06-20', ['Nay Blim'])], id='chair_chu_tri_ky_hop_la'),
    pytest.param(
        'Chiều 19/6, Ban Thường vụ Tỉnh ủy họp bất thường để cho ý kiến về công tác cán bộ.',
        [('2024-06-19', [])], id='kind_hop_bat_thuong'),
    pytest.param(
        'Sáng 19/6, Sở Thông tin và Truyền thông mở lớp tập huấn trực tuyến về an toàn thông tin cho '
        'cán bộ cấp xã.',
        [('2024-06-19', [])], id='kind_tap_huan_truc_tuyen_mo'),
    pytest.param(
        'Ngày 20/6, Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VIII đã thành công tốt đẹp. '
        'Ngay sau Đại hội, Ban Chấp hành khóa mới đã tổ chức hội nghị lần thứ nhất do đồng chí Phạm '
        'Văn Sỹ, Chủ tịch Hội chủ trì.',
        [('2024-06-20', []), (None, ['Phạm Văn Sỹ'])], id='two_ky_hop_thu_nhat_after_dai_hoi'),
    pytest.param(
        'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện, ngày 19/6, UBND xã Phước Hòa '
        'tổ chức hội nghị tuyên truyền pháp luật cho nhân dân.',
        [('2024-06-19', [])], id='lead_thuc_hien_ke_hoach_then_day'),
    pytest.param(
        'Theo kế hoạch, sáng 19/6, Đoàn kiểm tra của Huyện ủy đã làm việc với Đảng ủy xã Ân Nghĩa về '
        'công tác phát triển đảng viên.',
        [('2024-06-19', [])], id='lead_theo_ke_hoach_da'),
    pytest.param(
        'Nhằm đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, sáng 19/6, Hội Liên hiệp Phụ nữ '
        'huyện tổ chức hội nghị sơ kết. Bà Đinh Thị Lành, Chủ tịch Hội LHPN huyện chủ trì hội nghị.',
        [('2024-06-19', ['Đinh Thị Lành'])], id='lead_nham_clause_then_day'),
    pytest.param(
        'Để kịp thời tháo gỡ khó khăn cho doanh nghiệp, chiều 18/6, UBND tỉnh tổ chức hội nghị gặp '
        'mặt doanh nghiệp quý II.',
        [('2024-06-18', [])], id='lead_de_clause_then_day'),
    pytest.param(
        'Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/5/2024 của UBND tỉnh, sáng 17/6, UBND huyện tổ '
        'chức lễ công bố quyết định thành lập thị trấn Tam Quan.',
        [('2024-06-17', [])], id='lead_can_cu_then_day'),
    pytest.param(
        'Hướng tới kỷ niệm 50 năm Ngày giải phóng quê hương, sáng 18/6, Huyện ủy tổ chức hội thảo '
        'khoa học về lịch sử Đảng bộ huyện.',
        [('2024-06-18', [])], id='lead_huong_toi_then_held'),
    pytest.param(
        'Sáng nay, Hội Nông dân tỉnh tổ chức hội nghị tổng kết phong trào nông dân sản xuất giỏi. Ông '
        'Trần Văn Lợi, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.',
        [('2024-06-21', ['Trần Văn Lợi'])], id='day_sang_nay_page_date'),
    pytest.param(
        'Chiều nay, HĐND huyện Sa Thầy tổ chức kỳ họp chuyên đề để bầu bổ sung Phó Chủ tịch UBND '
        'huyện.',
        [('2024-06-21', [])], id='day_chieu_nay_time_line'),
    pytest.param(
        'Ngày 20/6, HĐND xã Nậm Pồ khóa XXI tổ chức kỳ họp thứ nhất. Theo quy định, đồng chí Giàng A '
        'Sử, Chủ tịch HĐND xã khóa XX chủ trì phiên khai mạc.',
        [('2024-06-20', ['Giàng A Sử'])], id='chair_theo_quy_dinh_named'),
    pytest.param(
        'Theo quy chế làm việc, Chủ tịch UBND huyện chủ trì các cuộc họp giao ban hằng tuần.',
        [], id='neg_theo_quy_che_generic'),
    pytest.param(
        'Sáng 18/6, UBND tỉnh tổ chức hội nghị trực tuyến về chuyển đổi số. Đồng chí Lê Ngọc Hải, Phó '
        'Chủ tịch UBND tỉnh chủ trì tại điểm cầu tỉnh; đồng chí Võ Văn Sang, Chủ tịch UBND huyện chủ '
        'trì tại điểm cầu huyện.',
        [('2024-06-18', ['Lê Ngọc Hải', 'Võ Văn Sang'])], id='chair_two_sites_semicolon'),
    pytest.param(
        'Sáng 19/6, UBND tỉnh tổ chức hội nghị gặp mặt doanh nghiệp. Thừa ủy quyền của Chủ tịch UBND '
        'tỉnh, ông Trương Văn Nghĩa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
        [('2024-06-19', ['Trương Văn Nghĩa'])], id='chair_thua_uy_quyen'),
    pytest.param(
        'Vào hồi 14 giờ ngày 19/6, tại Hội trường UBND xã Ea Tiêu, HĐND xã tổ chức kỳ họp thứ 10.',
        [('2024-06-19', [])], id='day_vao_hoi_gio'),
    pytest.param(
        'Huyện ủy Đăk Hà: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20\nNgày cập nhật '
        '21/06/2024\nNgày 20/6, Ban Chấp hành Đảng bộ huyện Đăk Hà khóa XVII tổ chức Hội nghị lần thứ '
        '20 để đánh giá tình hình 6 tháng đầu năm. Đồng chí A Khoa, Bí thư Huyện ủy chủ trì hội nghị.',
        [('2024-06-20', ['A Khoa'])], id='kind_hoi_nghi_bch_mo_rong_headline_colon'),
    pytest.param(
        'Chiều 20/6, Đoàn công tác Sở Y tế làm việc với UBND huyện về công tác y tế cơ sở. Về phía '
        'huyện, chủ trì buổi làm việc có ông Lê Văn Ba, Phó Chủ tịch UBND huyện.',
        [('2024-06-20', ['Lê Văn Ba'])], id='chair_lanh_dao_ve_phia_huyen_chu_tri_co'),
    pytest.param(
        'Theo chương trình, Đoàn công tác sẽ làm việc với 3 huyện trong tuần tới.',
        [], id='neg_doan_se_lam_viec'),
    pytest.param(
        'Đồng chí Bí thư Tỉnh ủy Lê Văn Hùng dự kiến chủ trì hội nghị vào ngày 30/6/2024.',
        [], id='neg_du_kien_chu_tri_hoi_nghi_ngay'),
    pytest.param(
        '\nĐồng chí Lê Văn Cường, Chủ tịch UBND huyện chủ trì hội nghị\nSáng 20/6, UBND huyện Hoài Ân '
        'tổ chức hội nghị triển khai công tác phòng chống lụt bão năm 2024.',
        [('2024-06-20', ['Lê Văn Cường'])], id='caption_chair_before_lead'),
    pytest.param(
        '\nQuang cảnh hội nghị\nSáng 20/6, UBND huyện Vân Canh tổ chức hội nghị triển khai công tác '
        'phòng chống lụt bão năm 2024. Ông Đinh Văn Hải, Chủ tịch UBND huyện chủ trì.',
        [('2024-06-20', ['Đinh Văn Hải'])], id='caption_scene_before_lead'),
]

@pytest.mark.parametrize("text,expected", PHRASINGS)
def test_phrasings(text, expected):
    assert read_meetings(text, DL) == expected


def test_table_size():
    negatives = [p for p in PHRASINGS if p.id.startswith("neg_")]
    assert len(PHRASINGS) >= 60 and len(negatives) >= 20


def test_no_row_repeats_the_first_pass():
    from .test_meetings_breadth import PHRASINGS as FIRST

    first = {p.values[0] for p in FIRST}
    assert not [p.id for p in PHRASINGS if p.values[0] in first]
