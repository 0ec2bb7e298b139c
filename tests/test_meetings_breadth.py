"""Meetings and chairs across the genre (issue 19, breadth): the ways portals and the press
report a held meeting and who chaired it, beyond what the tuning articles show.

Every row is an invented article (people, places and numbers made up) written in the genre's
words, read by the whole pipeline (officials, dates, meetings), with a page date line so that a
day without a year takes 2024. Each row names its phrasing class in its id: the event words
(hội thảo, tọa đàm, kỳ họp, phiên họp, cuộc họp, buổi làm việc, đại hội, lễ, tiếp công dân,
tiếp xúc cử tri, đối thoại, giao ban, sơ kết, tổng kết, tập huấn, diễn đàn, họp báo, phiên
giải trình …), the day in the lead, after the event, in the headline, "vừa qua", "hôm qua";
chairs before and after the verb, co-chairs in lists with a title after each, titles before
names, bulleted lists; several meetings in one article and one meeting over several
sentences; and the negatives (plans, habits, background meetings, attending, speaking,
directing, "chủ tọa", "chủ trì" as a lead agency or a task).
"""
import pytest

from govfacts.extraction import registry

_LANDED = {"official", "date", "meeting"} <= set(registry.default_names())
pytestmark = pytest.mark.skipif(not _LANDED, reason="official/date/meeting extractors not yet in PIPELINE")

DL = "Tin hoạt động của huyện\nNgày cập nhật 14/05/2024\n"
LEAD = "Sáng 13/5, UBND huyện Văn Chấn tổ chức hội nghị triển khai nhiệm vụ trọng tâm quý II. "

# (the article after the headline and page date line DL, unless it gives its own; [(meeting day, chairs)] in order)
PHRASINGS = [
    pytest.param(
        'Sáng 12/3, Sở Khoa học và Công nghệ tỉnh tổ chức hội thảo khoa học về phát triển cây dược liệu. '
        'Đồng chí Lê Minh Châu, Phó Chủ tịch UBND tỉnh chủ trì hội thảo.',
        [('2024-03-12', ['Lê Minh Châu'])], id='hoithao'),
    pytest.param(
        'Chiều 8/3, Hội Liên hiệp Phụ nữ huyện Yên Thành tổ chức tọa đàm kỷ niệm 114 năm Ngày Quốc tế Phụ'
        ' nữ, bà Hồ Thị Lan, Chủ tịch Hội LHPN huyện chủ trì tọa đàm.',
        [('2024-03-08', ['Hồ Thị Lan'])], id='toadam'),
    pytest.param(
        'Ngày 25/4, HĐND xã Châu Quang khóa XXI tổ chức kỳ họp chuyên đề. Chủ trì kỳ họp có bà Lô Thị '
        'Hương, Chủ tịch HĐND xã và ông Vi Văn Sơn, Phó Chủ tịch HĐND xã.',
        [('2024-04-25', ['Lô Thị Hương', 'Vi Văn Sơn'])], id='kyhop_co_ba_va_ong'),
    pytest.param(
        'Sáng 3/5, UBND tỉnh tổ chức phiên họp thường kỳ tháng 4 dưới sự chủ trì của đồng chí Nguyễn Đức '
        'Trung, Chủ tịch UBND tỉnh.',
        [('2024-05-03', ['Nguyễn Đức Trung'])], id='phienhop_duoi_su'),
    pytest.param(
        'Chiều 21/4, UBND thành phố Đồng Hới tổ chức cuộc họp bàn giải pháp chống ngập úng. Cuộc họp do '
        'ông Trần Văn Phong, Phó Chủ tịch UBND thành phố chủ trì.',
        [('2024-04-21', ['Trần Văn Phong'])], id='cuochop_do'),
    pytest.param(
        'Ngày 10/4, đồng chí Bùi Thanh Hà, Bí thư Huyện ủy Tân Sơn chủ trì buổi làm việc với Đảng ủy xã '
        'Kim Thượng về tình hình thực hiện nghị quyết.',
        [('2024-04-10', ['Bùi Thanh Hà'])], id='buoilamviec_chair_verb'),
    pytest.param(
        'Sáng 2/5, UBND huyện Cam Lộ tổ chức lễ công bố quyết định công nhận xã đạt chuẩn nông thôn mới. '
        'Đồng chí Võ Văn Hưng, Chủ tịch UBND huyện chủ trì buổi lễ.',
        [('2024-05-02', ['Võ Văn Hưng'])], id='le_buoi_le'),
    pytest.param(
        'Ngày 15/4, đồng chí Lê Quang Tùng, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì tiếp công dân '
        'định kỳ tháng 4.',
        [('2024-04-15', ['Lê Quang Tùng'])], id='tiepcongdan_chair'),
    pytest.param(
        'Sáng 28/4, Tổ đại biểu HĐND tỉnh đơn vị huyện Hương Khê tiếp xúc cử tri xã Phúc Trạch. Ông Phan '
        'Văn Thông, Tổ trưởng Tổ đại biểu chủ trì buổi tiếp xúc.',
        [('2024-04-28', ['Phan Văn Thông'])], id='tiepxuc_buoi_tiepxuc'),
    pytest.param(
        'Chiều 14/4, Chủ tịch UBND huyện Krông Pắc Nguyễn Văn Thái chủ trì buổi đối thoại với thanh niên '
        'về chuyển đổi số.',
        [('2024-04-14', ['Nguyễn Văn Thái'])], id='doithoai_title_before'),
    pytest.param(
        'Sáng 4/3, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban tháng 2. Đồng chí Đặng Văn Hòa, Bí '
        'thư Huyện ủy chủ trì.',
        [('2024-03-04', ['Đặng Văn Hòa'])], id='giaoban_chair_ends'),
    pytest.param(
        'Sáng 6/5, Thường trực Huyện ủy Lục Nam tổ chức giao ban định kỳ với các xã. Đồng chí Trần Văn '
        'Thắng, Bí thư Huyện ủy chủ trì buổi giao ban.',
        [('2024-05-06', ['Trần Văn Thắng'])], id='giaoban_bare'),
    pytest.param(
        'Ngày 5/4, Ban Chỉ đạo 35 huyện tổ chức sơ kết quý I năm 2024, đồng chí Đỗ Thị Hà, Phó Bí thư '
        'Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì.',
        [('2024-04-05', ['Đỗ Thị Hà'])], id='soket_chair_ends'),
    pytest.param(
        'Sáng 10/1, Hội Cựu chiến binh tỉnh tổ chức tổng kết công tác năm 2023. Chủ trì hội nghị có đồng '
        'chí Nguyễn Văn Long, Chủ tịch Hội Cựu chiến binh tỉnh.',
        [('2024-01-10', ['Nguyễn Văn Long'])], id='tongket_co'),
    pytest.param(
        'Ngày 16/4, Sở Tư pháp mở lớp tập huấn nghiệp vụ hộ tịch cho công chức cấp xã. Ông Lương Văn Tâm,'
        ' Phó Giám đốc Sở Tư pháp chủ trì lớp tập huấn.',
        [('2024-04-16', ['Lương Văn Tâm'])], id='taphuan_molop'),
    pytest.param(
        'Sáng 25/4, Tỉnh đoàn tổ chức Diễn đàn thanh niên với chuyển đổi số năm 2024. Diễn đàn do đồng '
        'chí Hà Thị Ngọc, Bí thư Tỉnh đoàn chủ trì.',
        [('2024-04-25', ['Hà Thị Ngọc'])], id='diendan'),
    pytest.param(
        'Chiều 2/5, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo định kỳ tháng 4. Đồng chí Hà Văn Tuấn, Phó '
        'Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì họp báo.',
        [('2024-05-02', ['Hà Văn Tuấn'])], id='hopbao'),
    pytest.param(
        'Sáng 9/5, Chính phủ tổ chức hội nghị trực tuyến với các địa phương về giải ngân vốn đầu tư công.'
        ' Tại điểm cầu tỉnh Lào Cai, đồng chí Hoàng Quốc Khánh, Phó Chủ tịch UBND tỉnh chủ trì.',
        [('2024-05-09', ['Hoàng Quốc Khánh'])], id='truc_tuyen_diem_cau'),
    pytest.param(
        'Ngày 20/4, Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2024 - 2029. Đại'
        ' hội do đồng chí Phạm Văn Hiếu, Chủ tịch Hội Nông dân xã chủ trì.',
        [('2024-04-20', ['Phạm Văn Hiếu'])], id='daihoi_do'),
    pytest.param(
        'UBND huyện Phù Cát tổ chức hội nghị triển khai nhiệm vụ quý II vào sáng 10/4. Đồng chí Lê Văn '
        'Tuấn, Chủ tịch UBND huyện chủ trì hội nghị.',
        [('2024-04-10', ['Lê Văn Tuấn'])], id='day_after_event'),
    pytest.param(
        'Vừa qua, UBND xã Hòa Phú tổ chức hội nghị đối thoại với nông dân về chính sách đất đai. Ông '
        'Nguyễn Văn Ba, Chủ tịch UBND xã chủ trì hội nghị.',
        [(None, ['Nguyễn Văn Ba'])], id='vua_qua'),
    pytest.param(
        'Hôm qua, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I. Đồng chí Lò Thị '
        'Xuân, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.',
        [('2024-05-13', ['Lò Thị Xuân'])], id='hom_qua'),
    pytest.param(
        'Ngày hôm qua (13/5), UBND huyện Mộc Châu tổ chức hội nghị bàn giải pháp tiêu thụ mận. Hội nghị '
        'do ông Vì Văn Thanh, Phó Chủ tịch UBND huyện chủ trì.',
        [('2024-05-13', ['Vì Văn Thanh'])], id='ngay_hom_qua'),
    pytest.param(
        'Hội đồng nhân dân huyện Bảo Yên đã khai mạc kỳ họp thứ 14 vào ngày 10/5. Chủ trì kỳ họp có đồng '
        'chí Hoàng Văn Dũng, Chủ tịch HĐND huyện.',
        [('2024-05-10', ['Hoàng Văn Dũng'])], id='day_mid_sentence'),
    pytest.param(
        'Vào ngày 7/5, tại Hội trường UBND xã, Ban Chỉ huy Quân sự xã Nà Hẩu tổ chức hội nghị triển khai '
        'nhiệm vụ quốc phòng. Đồng chí Giàng A Tủa, Chủ tịch UBND xã chủ trì hội nghị.',
        [('2024-05-07', ['Giàng A Tủa'])], id='vao_ngay'),
    pytest.param(
        'Sáng 22/4, Huyện ủy Đắk Glong tổ chức hội nghị học tập nghị quyết. Chủ trì hội nghị có đồng chí '
        'Trần Văn Nam, Bí thư Huyện ủy; đồng chí Lê Thị Mai, Phó Bí thư Thường trực Huyện ủy.',
        [('2024-04-22', ['Trần Văn Nam', 'Lê Thị Mai'])], id='chutri_hoinghi_co_semicolons'),
    pytest.param(
        'Chiều 17/4, Tỉnh ủy tổ chức hội nghị sơ kết quý I dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Bí'
        ' thư Tỉnh ủy và đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.',
        [('2024-04-17', ['Đỗ Trọng Hưng', 'Đỗ Minh Tuấn'])], id='duoi_su_two'),
    pytest.param(
        'Sáng 19/4, Đảng ủy xã Thanh Sơn tổ chức hội nghị triển khai nghị quyết. Hội nghị do đồng chí Lê '
        'Văn Khải - Bí thư Đảng ủy và đồng chí Trịnh Thị Vân - Chủ tịch UBND xã đồng chủ trì.',
        [('2024-04-19', ['Lê Văn Khải', 'Trịnh Thị Vân'])], id='do_two_dong_chu_tri'),
    pytest.param(
        'Sáng 23/4, Sở Nội vụ tổ chức hội thảo về vị trí việc làm. Các đồng chí: Nguyễn Thị Hằng, Giám '
        'đốc Sở Nội vụ; Phạm Văn Lực, Phó Giám đốc Sở Nội vụ đồng chủ trì hội thảo.',
        [('2024-04-23', ['Nguyễn Thị Hằng', 'Phạm Văn Lực'])], id='cac_dong_chi_dong_chu_tri'),
    pytest.param(
        'Ngày 24/4, UBND tỉnh tổ chức hội nghị về phòng cháy rừng. Đồng chí Lâm Văn Bình, Phó Chủ tịch '
        'UBND tỉnh chủ trì và chỉ đạo hội nghị.',
        [('2024-04-24', ['Lâm Văn Bình'])], id='chutri_va_chidao'),
    pytest.param(
        'Sáng 26/4, Ban Tổ chức Huyện ủy tổ chức hội nghị triển khai công tác cán bộ.\nĐồng chí Hoàng Thị '
        'Thu, Trưởng Ban Tổ chức Huyện ủy chủ trì hội nghị\nCác đại biểu dự hội nghị đã thảo luận.',
        [('2024-04-26', ['Hoàng Thị Thu'])], id='caption_chair'),
    pytest.param(
        'Sáng 2/4, Chủ tịch HĐND huyện Đỗ Văn Nghĩa chủ trì phiên họp Thường trực HĐND huyện tháng 4.',
        [('2024-04-02', ['Đỗ Văn Nghĩa'])], id='title_before_name_phien'),
    pytest.param(
        'Chiều 11/4, UBND huyện tổ chức hội nghị triển khai Đề án 06. Đồng chí Lý Văn Hùng, Bí thư Huyện '
        'ủy cùng đồng chí Triệu Văn Bảo, Chủ tịch UBND huyện chủ trì hội nghị.',
        [('2024-04-11', ['Lý Văn Hùng', 'Triệu Văn Bảo'])], id='cung_cochair'),
    pytest.param(
        'Sáng 27/4, Công an huyện tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự. Chủ trì hội '
        'nghị là Thượng tá Nguyễn Văn Hải, Trưởng Công an huyện.',
        [('2024-04-27', ['Nguyễn Văn Hải'])], id='chutri_la'),
    pytest.param(
        'Sáng 29/4, UBND xã Tân An tổ chức hội nghị lấy ý kiến cử tri về sắp xếp thôn. Chủ trì hội nghị: '
        'ông Đinh Văn Quý, Chủ tịch UBND xã.',
        [('2024-04-29', ['Đinh Văn Quý'])], id='chutri_colon'),
    pytest.param(
        'Sáng 30/4, UBND tỉnh và Bộ Nội vụ tổ chức hội nghị về cải cách hành chính. Đồng chủ trì hội nghị'
        ' có các đồng chí: Vũ Chiến Thắng – Thứ trưởng Bộ Nội vụ; Lê Văn Lương – Phó Chủ tịch UBND tỉnh.',
        [('2024-04-30', ['Vũ Chiến Thắng', 'Lê Văn Lương'])], id='dong_chu_tri_co_cac'),
    pytest.param(
        'Sáng 3/4, Ban Thường vụ Huyện ủy họp cho ý kiến về công tác cán bộ với sự chủ trì của đồng chí '
        'Mai Văn Tuấn, Bí thư Huyện ủy.',
        [('2024-04-03', ['Mai Văn Tuấn'])], id='voi_su_chu_tri'),
    pytest.param(
        'Sáng 8/4, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Mèo Vạc. Ông Sùng Mí Cở, Phó Bí thư '
        'Tỉnh ủy, chủ trì buổi làm việc.',
        [('2024-04-08', ['Sùng Mí Cở'])], id='comma_before_verb'),
    pytest.param(
        'Chiều 9/4, Ban Kinh tế - Ngân sách HĐND tỉnh làm việc với Sở Tài chính. Chủ trì buổi làm việc, '
        'bà Nguyễn Thị Thanh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh đề nghị Sở báo cáo rõ nguồn thu.',
        [('2024-04-09', ['Nguyễn Thị Thanh'])], id='chutri_buoi_lamviec_comma'),
    pytest.param(
        'Sáng 13/5, UBND huyện Nam Trà My tổ chức hội nghị tổng kết chương trình giảm nghèo. Hội nghị '
        'nhằm đánh giá kết quả giai đoạn 2021 - 2023. Dự hội nghị có đồng chí Hồ Văn Thọ, Phó Chủ tịch '
        'UBND tỉnh. Đồng chí Hồ Quang Bửu, Chủ tịch UBND huyện chủ trì hội nghị.',
        [('2024-05-13', ['Hồ Quang Bửu'])], id='over_several_sentences'),
    pytest.param(
        'Sáng 6/5, Thường trực HĐND huyện tổ chức phiên họp thường kỳ, đồng chí Lê Văn Cường, Chủ tịch '
        'HĐND huyện chủ trì phiên họp. Chiều 7/5, UBND huyện tổ chức hội nghị giao ban, đồng chí Trương '
        'Văn Đức, Chủ tịch UBND huyện chủ trì hội nghị.',
        [('2024-05-06', ['Lê Văn Cường']), ('2024-05-07', ['Trương Văn Đức'])], id='two_meetings_days'),
    pytest.param(
        'Đồng chí Nông Thị Hạnh, Chủ tịch UBND huyện chủ trì hội nghị. Hội nghị diễn ra sáng 11/5 tại hội'
        ' trường UBND huyện.',
        [('2024-05-11', ['Nông Thị Hạnh'])], id='chair_first_day_next'),
    pytest.param(
        'Sáng 6/5, UBND tỉnh tổ chức hội nghị trực tiếp kết hợp trực tuyến về chuyển đổi số. Đồng chí Lê '
        'Ngọc Quang, Chủ tịch UBND tỉnh chủ trì hội nghị tại điểm cầu tỉnh.',
        [('2024-05-06', ['Lê Ngọc Quang'])], id='truc_tiep_ket_hop'),
    pytest.param(
        'Ngày 12/4, Hội Chữ thập đỏ huyện tổ chức hội nghị tổng kết năm 2023.\nÔng Phạm Văn Tú, Chủ tịch '
        'Hội Chữ thập đỏ huyện chủ trì hội nghị',
        [('2024-04-12', ['Phạm Văn Tú'])], id='caption_after_lead_only'),
    pytest.param(
        'Sáng 9/5, Kỳ họp thứ 16 HĐND huyện Lạc Sơn khóa XX khai mạc. Đồng chí Bùi Văn Cửu, Chủ tịch HĐND'
        ' huyện chủ trì kỳ họp.',
        [('2024-05-09', ['Bùi Văn Cửu'])], id='ky_hop_khai_mac_chair'),
    pytest.param(
        'Sáng 10/5, UBND huyện Yên Lập tổ chức hội nghị sơ kết. Chủ trì hội nghị có Chủ tịch UBND huyện '
        'Nguyễn Văn Hưng và Phó Chủ tịch UBND huyện Đinh Thị Thu.',
        [('2024-05-10', ['Nguyễn Văn Hưng', 'Đinh Thị Thu'])], id='sokiet_6thang_title_name_list'),
    pytest.param(
        'Chiều 3/5, bà Vũ Thị Ngọc, Giám đốc Sở Lao động - Thương binh và Xã hội chủ trì cuộc họp bàn '
        'triển khai chính sách hỗ trợ nhà ở.',
        [('2024-05-03', ['Vũ Thị Ngọc'])], id='ong_ba_chu_tri_cuoc_hop'),
    pytest.param(
        'Ngày 7/5, UBND huyện tổ chức hội nghị trực tuyến triển khai Luật Đất đai năm 2024 do đồng chí '
        'Trần Quốc Toản, Phó Chủ tịch UBND huyện chủ trì.',
        [('2024-05-07', ['Trần Quốc Toản'])], id='hn_truc_tuyen_do'),
    pytest.param(
        'Chiều ngày 8/5, Đoàn giám sát của Thường trực HĐND huyện do ông Lương Văn Tiến, Phó Chủ tịch '
        'HĐND huyện làm trưởng đoàn đã giám sát tại UBND xã Hữu Lũng.',
        [('2024-05-08', [])], id='chiều_ngày_giám_sát'),
    pytest.param(
        'Sáng 20/5, UBND huyện sẽ tổ chức hội nghị tổng kết công tác khuyến nông, đồng chí Lê Văn Hải, '
        'Phó Chủ tịch UBND huyện sẽ chủ trì hội nghị.',
        [], id='neg_se'),
    pytest.param(
        'Hội nghị dự kiến diễn ra vào ngày 25/5 do đồng chí Phạm Văn An, Chủ tịch UBND huyện chủ trì.',
        [], id='neg_du_kien_do'),
    pytest.param(
        'UBND huyện ban hành kế hoạch tổ chức hội nghị tổng kết 10 năm xây dựng nông thôn mới vào ngày '
        '28/5/2024.',
        [], id='neg_ke_hoach'),
    pytest.param(
        'Sáng 13/5, HĐND huyện Văn Bàn tổ chức kỳ họp chuyên đề. Tại kỳ họp thứ 5 trước đó, HĐND huyện đã'
        ' thông qua 12 nghị quyết.',
        [('2024-05-13', [])], id='neg_background_truoc_do'),
    pytest.param(
        'Sáng 13/5, Đảng ủy xã Minh Tân tổ chức hội nghị sơ kết. Đồng chí Đào Văn Tú, Phó Bí thư Huyện ủy'
        ' dự và chỉ đạo hội nghị.',
        [('2024-05-13', [])], id='neg_du_va_chi_dao'),
    pytest.param(
        'Sáng 13/5, Hội Nông dân huyện tổ chức hội nghị tập huấn. Đồng chí Lê Thị Thủy, Phó Bí thư Huyện '
        'ủy đến dự và phát biểu chỉ đạo hội nghị.',
        [('2024-05-13', [])], id='neg_den_du_phat_bieu_chi_dao'),
    pytest.param(
        'Sáng 13/5, Huyện đoàn tổ chức hội nghị Ban Chấp hành mở rộng. Tham dự và chỉ đạo hội nghị có '
        'đồng chí Nguyễn Thanh Bình, Phó Bí thư Huyện ủy.',
        [('2024-05-13', [])], id='neg_tham_du_va_chi_dao_co'),
    pytest.param(
        'Sáng 10/5, HĐND huyện khai mạc kỳ họp thứ 15. Chủ tọa kỳ họp có đồng chí Lò Văn Tiến, Chủ tịch '
        'HĐND huyện và đồng chí Quàng Thị Mai, Phó Chủ tịch HĐND huyện.',
        [('2024-05-10', [])], id='neg_chu_toa'),
    pytest.param(
        'UBND huyện giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị tổng '
        'kết.',
        [], id='neg_giao_chu_tri_phoi_hop'),
    pytest.param(
        'Văn phòng HĐND và UBND huyện chủ trì tham mưu tổ chức hội nghị đối thoại với doanh nghiệp.',
        [], id='neg_chu_tri_tham_muu'),
    pytest.param(
        'Sở Y tế là đơn vị chủ trì thực hiện đề án; Sở Tài chính có trách nhiệm bố trí kinh phí.',
        [], id='neg_la_don_vi_chu_tri'),
    pytest.param(
        'Bộ Tư pháp chủ trì soạn thảo dự thảo Nghị định, lấy ý kiến các bộ, ngành.',
        [], id='neg_chu_tri_soan_thao'),
    pytest.param(
        'Phòng Tài nguyên và Môi trường được giao chủ trì tổ chức hội nghị lấy ý kiến về quy hoạch sử '
        'dụng đất.',
        [], id='neg_duoc_giao_chu_tri'),
    pytest.param(
        'Tại kỳ họp tới, HĐND huyện sẽ xem xét, quyết định kế hoạch đầu tư công năm 2025.',
        [], id='neg_ky_hop_toi'),
    pytest.param(
        'Các chi bộ đang khẩn trương chuẩn bị tổ chức đại hội nhiệm kỳ 2025 - 2030 theo đúng hướng dẫn.',
        [], id='neg_chuan_bi_dai_hoi'),
    pytest.param(
        'Đồng chí Nguyễn Văn Hào đề nghị UBND xã tổ chức hội nghị đối thoại với người dân trước ngày '
        '30/5.',
        [], id='neg_de_nghi_to_chuc'),
    pytest.param(
        'Sáng 13/5, Sở Nội vụ tổ chức hội nghị triển khai công tác thi đua. Phát biểu chỉ đạo tại hội '
        'nghị, đồng chí Trần Thị Hoa, Phó Chủ tịch UBND tỉnh yêu cầu các sở bám sát kế hoạch.',
        [('2024-05-13', [])], id='neg_phat_bieu_chi_dao_tai'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức hội nghị về phòng chống thiên tai. Đồng chí Lê Văn Sỹ, Chủ tịch '
        'UBND huyện chỉ đạo các xã chủ động phương án sơ tán dân.',
        [('2024-05-13', [])], id='neg_chi_dao_bare'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức hội nghị giao ban quý II. Theo kết luận tại buổi làm việc ngày '
        '10/3/2024 giữa UBND tỉnh và huyện, các dự án phải hoàn thành trong quý III.',
        [('2024-05-13', [])], id='neg_background_buoi_lamviec_named_day'),
    pytest.param(
        'Chương trình kỳ họp thứ 15 dự kiến diễn ra trong 2 ngày, từ ngày 20/5 đến ngày 21/5/2024.',
        [], id='neg_chuong_trinh_ky_hop'),
    pytest.param(
        'Theo kế hoạch tổ chức đại hội, Đại hội Đảng bộ xã Tân Hòa lần thứ XXI diễn ra vào tháng 6/2025.',
        [], id='neg_ke_hoach_to_chuc_dh'),
    pytest.param(
        'Phát biểu tại hội nghị, đồng chí Vương Văn Hòa chúc hội nghị thành công tốt đẹp.',
        [(None, [])], id='neg_chuc'),
    pytest.param(
        'Theo lịch, ngày 20/5/2024, đồng chí Nguyễn Văn Long, Chủ tịch UBND huyện sẽ tiếp công dân định '
        'kỳ tại trụ sở Ban Tiếp công dân huyện.',
        [], id='neg_tiep_cong_dan_plan'),
    pytest.param(
        'Các đồng chí Ủy viên Ban Thường vụ Huyện ủy được phân công chủ trì các cuộc họp ở các xã trong '
        'tháng 6.',
        [], id='neg_chu_tri_cac_xa'),
    pytest.param(
        'Tiến sĩ Nguyễn Văn Hòa chủ trì đề tài nghiên cứu khoa học cấp tỉnh về giống lúa chịu mặn.',
        [], id='neg_chu_tri_de_tai'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức cuộc họp về giải phóng mặt bằng, đồng chí Lê Văn Phúc, Chủ tịch '
        'UBND huyện chủ trì cuộc họp, yêu cầu hoàn thành trước ngày 30/6/2024.',
        [('2024-05-13', ['Lê Văn Phúc'])], id='neg_truoc_ngay'),
    pytest.param(
        'Sáng 7/5, Huyện ủy Tuần Giáo tổ chức hội nghị quán triệt nghị quyết. Chủ trì Hội nghị có đồng '
        'chí: Lò Văn Hạnh - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Quàng Văn Ơn - Phó Bí '
        'thư Huyện ủy, Chủ tịch UBND huyện.',
        [('2024-05-07', ['Lò Văn Hạnh', 'Quàng Văn Ơn'])], id='dash_titles_semicolon'),
    pytest.param(
        'Sáng 8/5, UBND huyện tổ chức hội nghị tổng kết. Đồng chí Vũ Văn Thành - Chủ tịch UBND huyện và '
        'đồng chí Đào Thị Hiền - Phó Chủ tịch UBND huyện chủ trì hội nghị.',
        [('2024-05-08', ['Vũ Văn Thành', 'Đào Thị Hiền'])], id='dash_va_chu_tri'),
    pytest.param(
        'Sáng 8/5, Hội Nông dân tỉnh tổ chức hội nghị ký kết chương trình phối hợp. Dự và chủ trì hội '
        'nghị có đồng chí Nguyễn Văn Mạnh, Chủ tịch Hội Nông dân tỉnh.',
        [('2024-05-08', ['Nguyễn Văn Mạnh'])], id='du_va_chu_tri_co'),
    pytest.param(
        'Sáng 9/5, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học. Đến dự và chủ trì hội nghị '
        'có đồng chí Phạm Thị Hà, Phó Chủ tịch UBND tỉnh.',
        [('2024-05-09', ['Phạm Thị Hà'])], id='den_du_va_chu_tri'),
    pytest.param(
        'Sáng 9/5, UBND thị xã tổ chức hội nghị đối thoại với doanh nghiệp. Chủ trì hội nghị, ông Trần '
        'Hữu Thắng, Chủ tịch UBND thị xã cho biết thị xã sẽ tháo gỡ khó khăn.',
        [('2024-05-09', ['Trần Hữu Thắng'])], id='chu_tri_hn_comma_cho_biet'),
    pytest.param(
        'Sáng 9/5, UBND huyện tổ chức hội nghị giao ban xây dựng cơ bản. Đồng chí Lương Văn Bảy, Chủ tịch'
        ' UBND huyện chủ trì hội nghị; cùng dự có đồng chí Hà Văn Lực, Phó Chủ tịch UBND huyện.',
        [('2024-05-09', ['Lương Văn Bảy'])], id='chair_then_cung_du'),
    pytest.param(
        'Sáng 10/5, Đảng ủy xã tổ chức hội nghị Ban Chấp hành mở rộng. Đ/c Sầm Văn Lợi - Bí thư Đảng ủy '
        'xã chủ trì hội nghị.',
        [('2024-05-10', ['Sầm Văn Lợi'])], id='dc_abbrev'),
    pytest.param(
        'Sáng 10/5, Công an tỉnh tổ chức hội nghị sơ kết công tác 6 tháng. Đại tá Nguyễn Minh Tuấn, Giám '
        'đốc Công an tỉnh chủ trì hội nghị.',
        [('2024-05-10', ['Nguyễn Minh Tuấn'])], id='rank_thuong_ta'),
    pytest.param(
        'Sáng 10/5, UBND huyện tổ chức hội nghị triển khai kế hoạch phòng chống dịch. Chủ trì hội nghị có'
        ' lãnh đạo UBND huyện và các phòng chuyên môn.',
        [('2024-05-10', [])], id='no_name_chair'),
    pytest.param(
        'Sáng 10/5, Ban Dân vận Tỉnh ủy tổ chức hội nghị. Tham dự có đồng chí Lê Văn Hạnh, Phó Chủ tịch '
        'UBND tỉnh; chủ trì hội nghị có đồng chí Bùi Thị Hòa, Trưởng Ban Dân vận Tỉnh ủy.',
        [('2024-05-10', ['Bùi Thị Hòa'])], id='tham_du_then_semicolon_chair_co'),
    pytest.param(
        'Sáng 10/5, đồng chí Chủ tịch UBND huyện Nguyễn Văn Quân chủ trì hội nghị triển khai công tác thu'
        ' ngân sách.',
        [('2024-05-10', ['Nguyễn Văn Quân'])], id='dong_chi_title_name'),
    pytest.param(
        'Sáng 11/5, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Thành chủ trì hội nghị trực tuyến về '
        'giải ngân vốn đầu tư công.',
        [('2024-05-11', ['Lê Văn Thành'])], id='multi_title_before_name'),
    pytest.param(
        'Sáng 11/5, Bộ Nội vụ tổ chức hội nghị tập huấn công tác văn thư lưu trữ. Thứ trưởng Bộ Nội vụ '
        'Trương Hải Long chủ trì hội nghị.',
        [('2024-05-11', ['Trương Hải Long'])], id='thu_truong'),
    pytest.param(
        'Đồng chí Lê Văn Kỳ chủ trì hội nghị Ban Thường vụ Huyện ủy\nNgày cập nhật 10/05/2024\n' + 'Sáng 9/5, Ban Thường vụ Huyện ủy tổ chức hội nghị thường kỳ tháng 5. Hội nghị đã cho ý kiến vào '
        '5 nội dung quan trọng.',
        [('2024-05-09', ['Lê Văn Kỳ'])], id='headline_chair'),
    pytest.param(
        'UBND huyện Kỳ Sơn vừa tổ chức hội nghị triển khai chương trình mục tiêu quốc gia. Ông Lữ Văn '
        'Hùng, Phó Chủ tịch UBND huyện chủ trì hội nghị.',
        [(None, ['Lữ Văn Hùng'])], id='vua_to_chuc'),
    pytest.param(
        'Mới đây, Ủy ban MTTQ huyện tổ chức hội nghị hiệp thương. Hội nghị do bà Lê Thị Thanh Hương, Chủ '
        'tịch Ủy ban MTTQ huyện chủ trì.',
        [(None, ['Lê Thị Thanh Hương'])], id='moi_day'),
    pytest.param(
        'Ngày 12-4, Ban Chỉ đạo phòng, chống tham nhũng tỉnh họp phiên thứ 10. Đồng chí Trần Văn Lâm, Bí '
        'thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp.',
        [('2024-04-12', ['Trần Văn Lâm'])], id='ngay_dash'),
    pytest.param(
        'Sáng nay (14/5), UBND tỉnh tổ chức hội nghị công bố quy hoạch tỉnh. Đồng chí Nguyễn Văn Phương, '
        'Chủ tịch UBND tỉnh chủ trì hội nghị.',
        [('2024-05-14', ['Nguyễn Văn Phương'])], id='sang_nay'),
    pytest.param(
        'Kỳ họp thứ 14 HĐND tỉnh khóa XVIII đã bế mạc chiều 10/5. Đồng chí Vũ Đại Thắng, Chủ tịch HĐND '
        'tỉnh chủ trì kỳ họp.',
        [('2024-05-10', ['Vũ Đại Thắng'])], id='ket_thuc_day_after'),
    pytest.param(
        'Sáng 10/5, tại Hội trường UBND huyện, đã diễn ra Hội nghị tổng kết công tác khuyến học. Hội nghị'
        ' do đồng chí Lê Thị Nga, Phó Chủ tịch UBND huyện chủ trì.',
        [('2024-05-10', ['Lê Thị Nga'])], id='dien_ra_hoi_nghi'),
    pytest.param(
        'Sáng 11/5, tại xã Tân Hòa, đã diễn ra lễ khởi công xây dựng trường mầm non. Ông Phan Văn Lộc, '
        'Chủ tịch UBND huyện chủ trì buổi lễ.',
        [('2024-05-11', ['Phan Văn Lộc'])], id='dien_ra_le'),
    pytest.param(
        'Sáng 8/5, Thường trực HĐND huyện tổ chức phiên giải trình về công tác quản lý đất đai. Đồng chí '
        'Hoàng Văn Thái, Chủ tịch HĐND huyện chủ trì phiên giải trình.',
        [('2024-05-08', ['Hoàng Văn Thái'])], id='phien_giai_trinh'),
    pytest.param(
        'Ngày 7/5, Ban Văn hóa - Xã hội HĐND huyện tiến hành giám sát công tác y tế tại xã Đông Sơn. Đồng'
        ' chí Lò Thị Mai, Trưởng ban chủ trì buổi giám sát.',
        [('2024-05-07', ['Lò Thị Mai'])], id='cuoc_giam_sat'),
    pytest.param(
        'Sáng 12/2, huyện Con Cuông tổ chức lễ giao nhận quân năm 2024. Đồng chí Lô Văn Thắng, Chủ tịch '
        'UBND huyện, Chủ tịch Hội đồng nghĩa vụ quân sự huyện chủ trì buổi lễ.',
        [('2024-02-12', ['Lô Văn Thắng'])], id='le_xuat_quan'),
    pytest.param(
        'Chiều 6/5, Chủ tịch UBND huyện Trần Văn Hiền có buổi làm việc với Phòng Giáo dục và Đào tạo về '
        'chuẩn bị năm học mới.',
        [('2024-05-06', [])], id='co_buoi_lam_viec_chair_title'),
    pytest.param(
        'Sáng 9/5, Ban Pháp chế HĐND tỉnh tiến hành giám sát việc chấp hành pháp luật tại Công an huyện. '
        'Bà Lưu Thị Lý, Trưởng Ban Pháp chế HĐND tỉnh chủ trì buổi giám sát.',
        [('2024-05-09', ['Lưu Thị Lý'])], id='giam_sat_bare'),
    pytest.param(
        'Chiều 9/5, đại biểu HĐND tỉnh Hà Văn Thạch tiếp xúc cử tri tại xã Yên Phú.',
        [('2024-05-09', [])], id='dai_bieu_txct_day'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức hội nghị triển khai kế hoạch phòng chống hạn. Hội nghị do Phó Chủ '
        'tịch UBND huyện Lê Văn Bảo chủ trì.',
        [('2024-05-13', ['Lê Văn Bảo'])], id='do_title_name'),
    pytest.param(
        'Sáng 13/5, UBND thành phố tổ chức hội nghị về trật tự đô thị do ông Trần Minh Thành, Chủ tịch '
        'UBND thành phố chủ trì, với sự tham dự của lãnh đạo các phường.',
        [('2024-05-13', ['Trần Minh Thành'])], id='do_chair_voi_su_tham_du'),
    pytest.param(
        'Sáng 13/5, Ban Chỉ đạo xây dựng nông thôn mới huyện tổ chức hội nghị. Đồng chí Hà Văn Hiệu, Bí '
        'thư Huyện ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị; đồng chí Lê Thị Lan, Phó Trưởng ban Thường '
        'trực đồng chủ trì.',
        [('2024-05-13', ['Hà Văn Hiệu', 'Lê Thị Lan'])], id='chair_and_cochair_semicolon'),
    pytest.param(
        'Sáng 13/5, Sở Y tế tổ chức hội nghị về phòng chống dịch sốt xuất huyết. Phó Chủ tịch UBND tỉnh '
        'Nguyễn Văn Đông và Giám đốc Sở Y tế Trần Thị Bích đồng chủ trì hội nghị.',
        [('2024-05-13', ['Nguyễn Văn Đông', 'Trần Thị Bích'])], id='titles_before_each_va'),
    pytest.param(
        'Sáng 13/5, Hội đồng nhân dân xã Phú Lộc tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 9. '
        'Đồng chí Đặng Văn Thịnh, Chủ tịch HĐND xã chủ trì hội nghị.',
        [('2024-05-13', ['Đặng Văn Thịnh'])], id='hoi_nghi_tu_viet'),
    pytest.param(
        'Theo quy chế, người chủ trì cuộc họp có trách nhiệm kết luận rõ ràng từng nội dung.',
        [], id='neg_nguoi_chu_tri_rule'),
    pytest.param(
        'Hằng tháng, Bí thư Huyện ủy chủ trì tiếp công dân vào ngày 15.',
        [], id='neg_habit_hang_thang'),
    pytest.param(
        'Theo quy định, Chủ tịch UBND xã chủ trì các phiên họp thường kỳ của UBND xã.',
        [], id='neg_theo_quy_dinh_chu_tich_chu_tri'),
    pytest.param(
        'Sáng 13/5, Huyện ủy tổ chức hội nghị quán triệt nghị quyết. Các đại biểu được nghe quán triệt '
        'Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII.',
        [('2024-05-13', [])], id='neg_nghi_quyet_hoi_nghi_tw'),
    pytest.param(
        'Thực hiện Kết luận Hội nghị Trung ương 8 khóa XIII, các cấp ủy đã xây dựng kế hoạch cụ thể.',
        [], id='neg_theo_tinh_than_hoi_nghi'),
    pytest.param(
        'Hội nghị sẽ do đồng chí Nguyễn Văn Lợi, Bí thư Huyện ủy chủ trì.',
        [], id='neg_se_do_chu_tri'),
    pytest.param(
        'UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ kỷ niệm 50 năm giải phóng '
        'tỉnh.',
        [], id='neg_giao_chu_tri_to_chuc_le'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức hội nghị. Trước đây, tại cuộc họp ngày 5/4/2024, UBND huyện đã '
        'thống nhất chủ trương.',
        [('2024-05-13', [])], id='neg_truoc_day_hop'),
    pytest.param(
        'Sáng 13/5, HĐND huyện khai mạc kỳ họp thứ 15. Tại kỳ họp trước, HĐND huyện đã chất vấn về đất '
        'đai.',
        [('2024-05-13', [])], id='neg_ky_hop_truoc'),
    pytest.param(
        'Ban Tuyên giáo đề xuất tổ chức hội thảo khoa học về lịch sử Đảng bộ huyện trong quý III.',
        [], id='neg_de_xuat_to_chuc'),
    pytest.param(
        'Dự kiến, hội nghị tổng kết sẽ được tổ chức vào cuối tháng 12/2024.',
        [], id='neg_du_kien_to_chuc'),
    pytest.param(
        'Đồng chí Phó Chủ tịch UBND huyện Lê Văn Hòa chủ trì, phối hợp với các ngành kiểm tra tiến độ các'
        ' dự án.',
        [], id='neg_chu_tri_phoi_hop_person'),
    pytest.param(
        'Sở Nội vụ chủ trì thực hiện, báo cáo UBND tỉnh trước ngày 30/6/2024.',
        [], id='neg_chu_tri_thuc_hien'),
    pytest.param(
        'Sáng 13/5, Huyện ủy tổ chức hội nghị học tập chuyên đề.\nĐồng chí Vũ Văn Nam, Phó Bí thư Tỉnh ủy '
        'phát biểu tại hội nghị',
        [('2024-05-13', [])], id='neg_attending_only_caption'),
    pytest.param(
        'Sáng 13/5, HĐND tỉnh khai mạc kỳ họp chuyên đề. Đồng chí Lê Văn Hà, Chủ tịch HĐND tỉnh chủ tọa '
        'phiên khai mạc.',
        [('2024-05-13', [])], id='neg_chu_toa_phien'),
    pytest.param(
        'Sáng 13/5, Đại hội Hội Cựu chiến binh huyện lần thứ VIII khai mạc. Đồng chí Đinh Văn Tư điều '
        'hành phiên thảo luận.',
        [('2024-05-13', [])], id='neg_dieu_hanh'),
    pytest.param(
        'Ban tổ chức hội thi đã chuẩn bị chu đáo các điều kiện cho hội thi năm nay.',
        [], id='neg_ban_to_chuc'),
    pytest.param(
        'Việt Nam sẽ đăng cai Hội nghị cấp cao ASEAN lần thứ 48 vào năm 2026.',
        [], id='neg_hoi_nghi_cap_cao'),
    pytest.param(
        LEAD + 'Chủ trì hội nghị có đồng chí Nguyễn Văn Hưng - Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND '
        'huyện.',
        [('2024-05-13', ['Nguyễn Văn Hưng'])], id='tinh_uy_vien_chain'),
    pytest.param(
        LEAD + 'Ông Nguyễn Văn An (Chủ tịch UBND huyện) chủ trì hội nghị.',
        [('2024-05-13', ['Nguyễn Văn An'])], id='brackets_title'),
    pytest.param(
        LEAD + 'Chủ trì hội nghị có ông Nguyễn Văn Tài, Chủ tịch UBND huyện, cùng các Phó Chủ tịch UBND huyện.',
        [('2024-05-13', ['Nguyễn Văn Tài'])], id='co_cung_cac_pct'),
    pytest.param(
        LEAD + 'Chủ trì hội nghị có đồng chí Hoàng Văn Lâm – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng '
        'Ban Chỉ đạo; đồng chí Triệu Thị Hoa – Phó Chủ tịch UBND huyện, Phó Trưởng Ban Thường trực Ban '
        'Chỉ đạo và đồng chí Ma Văn Đức – Trưởng phòng Nội vụ huyện.',
        [('2024-05-13', ['Hoàng Văn Lâm', 'Triệu Thị Hoa', 'Ma Văn Đức'])], id='three_long'),
    pytest.param(
        LEAD + 'Đồng chí Phạm Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, '
        'Trưởng Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì hội nghị.',
        [('2024-05-13', ['Phạm Văn Thắng'])], id='long_roles_before'),
    pytest.param(
        LEAD + '\nĐồng chí Lê Văn Toàn, Chủ tịch UBND huyện chủ trì hội nghị. Ảnh: Minh Đức\nCác đại biểu thảo '
        'luận.',
        [('2024-05-13', ['Lê Văn Toàn'])], id='caption_credit'),
    pytest.param(
        LEAD + '\nĐồng chí Lê Văn Toàn, Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị\nCác đại biểu thảo luận.',
        [('2024-05-13', [])], id='caption_phat_bieu'),
    pytest.param(
        LEAD + 'Đồng chí Hà Đức Minh, Bí thư Huyện ủy chủ trì hội nghị với sự tham dự của đồng chí Lê Thị Hằng, '
        'Phó Chủ tịch UBND tỉnh.',
        [('2024-05-13', ['Hà Đức Minh'])], id='voi_su_tham_du'),
    pytest.param(
        'Sáng 13/5, tại Trụ sở Tiếp công dân huyện, Thường trực HĐND huyện tổ chức tiếp công dân định kỳ.'
        ' Chủ trì buổi tiếp công dân có bà Hà Thị Thu, Phó Chủ tịch HĐND huyện.',
        [('2024-05-13', ['Hà Thị Thu'])], id='chu_tri_buoi_tiep_co'),
    pytest.param(
        'Sáng 13/5, UBND xã Tân Lập tổ chức hội nghị đối thoại. Chủ trì hội nghị là ông Lý Văn Nam (Chủ '
        'tịch UBND xã) và ông Hoàng Văn Hà (Phó Chủ tịch UBND xã).',
        [('2024-05-13', ['Lý Văn Nam', 'Hoàng Văn Hà'])], id='la_brackets_va'),
    pytest.param(
        'Sáng thứ Hai (13/5), Ban Thường vụ Thành ủy họp định kỳ. Đồng chí Nguyễn Văn Hải, Bí thư Thành '
        'ủy chủ trì cuộc họp.',
        [('2024-05-13', ['Nguyễn Văn Hải'])], id='thu_hai'),
    pytest.param(
        'Ngày 13 tháng 5 năm 2024, Ủy ban nhân dân huyện Bát Xát tổ chức hội nghị sơ kết. Hội nghị do ông'
        ' Tráng A Tủa, Chủ tịch UBND huyện chủ trì.',
        [('2024-05-13', ['Tráng A Tủa'])], id='thang_nam'),
    pytest.param(
        'Tối 12/5, Huyện đoàn tổ chức lễ kỷ niệm ngày thành lập Đội. Đồng chí Lục Thị Hà, Bí thư Huyện '
        'đoàn chủ trì buổi lễ.',
        [('2024-05-12', ['Lục Thị Hà'])], id='toi'),
    pytest.param(
        'Sáng qua (13/5), Sở Nội vụ tổ chức hội nghị công bố Chỉ số cải cách hành chính. Ông Hồ Văn Mười,'
        ' Giám đốc Sở Nội vụ chủ trì hội nghị.',
        [('2024-05-13', ['Hồ Văn Mười'])], id='sang_qua'),
    pytest.param(
        'Ngày 13/5/2024, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy Đà Bắc tổ chức Hội nghị Ban Chấp'
        ' hành Đảng bộ huyện lần thứ 18. Đồng chí Xa Văn Lâm, Bí thư Huyện ủy chủ trì hội nghị.',
        [('2024-05-13', ['Xa Văn Lâm'])], id='ngay_full_tai'),
    pytest.param(
        'Chiều 13/5, Đoàn công tác của tỉnh làm việc với huyện Bắc Hà. Chủ trì buổi làm việc có ông Hoàng'
        ' Văn Tuấn, Phó Chủ tịch UBND tỉnh và bà Lý Thị Hạnh, Bí thư Huyện ủy Bắc Hà.',
        [('2024-05-13', ['Hoàng Văn Tuấn', 'Lý Thị Hạnh'])], id='chu_tri_buoi_lam_viec_co_ong_va_ba'),
    pytest.param(
        'Sáng 13/5, Sở Nội vụ tổ chức hội nghị tập huấn.\nBà Nguyễn Thị Mỹ Hạnh - Phó Giám đốc Sở Nội vụ '
        'chủ trì Hội nghị\nHội nghị kéo dài một ngày.',
        [('2024-05-13', ['Nguyễn Thị Mỹ Hạnh'])], id='ba_title_caption_dash'),
    pytest.param(
        'Sáng 13/5, hội nghị tổng kết công tác dân số được tổ chức dưới sự chủ trì của bà Vương Thị '
        'Hương, Phó Chủ tịch UBND huyện.',
        [('2024-05-13', ['Vương Thị Hương'])], id='hoi_nghi_duoc_to_chuc_duoi_su'),
    pytest.param(
        'Sáng 13/5, Huyện ủy tổ chức hội nghị tổng kết. Thay mặt Ban Thường vụ Huyện ủy, đồng chí Sùng A '
        'Lử, Bí thư Huyện ủy chủ trì hội nghị.',
        [('2024-05-13', ['Sùng A Lử'])], id='thay_mat_chu_tri'),
    pytest.param(
        'Sáng 13/5, đồng chí Lê Minh Hoan, Bí thư Huyện ủy chủ trì họp Ban Thường vụ Huyện ủy cho ý kiến '
        'về công tác cán bộ.',
        [('2024-05-13', ['Lê Minh Hoan'])], id='bi_thu_chu_tri_hop_bt'),
    pytest.param(
        'Sáng 13/5, Tỉnh đoàn và Sở Lao động tổ chức diễn đàn về việc làm cho thanh niên. Đồng chủ trì '
        'diễn đàn là đồng chí Phan Thị Hoa, Bí thư Tỉnh đoàn và ông Đỗ Văn Thành, Phó Giám đốc Sở Lao '
        'động - Thương binh và Xã hội.',
        [('2024-05-13', ['Phan Thị Hoa', 'Đỗ Văn Thành'])], id='dong_chu_tri_sau_ten'),
    pytest.param(
        'Sáng 13/5, Tổ đại biểu HĐND huyện tổ chức tiếp xúc cử tri tại xã Nậm Cắn. Buổi tiếp xúc do ông '
        'Vừ Bá Dế, Tổ trưởng Tổ đại biểu chủ trì.',
        [('2024-05-13', ['Vừ Bá Dế'])], id='hoi_nghi_tiep_xuc_cu_tri_chair_do'),
    pytest.param(
        'Sáng 13/5, UBND huyện tổ chức hội nghị giao ban quý II. Ông Phạm Văn Tuấn, Chủ tịch UBND huyện, '
        'chủ trì.',
        [('2024-05-13', ['Phạm Văn Tuấn'])], id='ong_x_chu_tri_dau_phay'),
    pytest.param(
        LEAD + 'Đồng chí Phạm Văn Đức, Phó Chủ tịch UBND tỉnh tham dự và chỉ đạo hội nghị.',
        [('2024-05-13', [])], id='neg_du_ca_hn_va_chi_dao'),
    pytest.param(
        LEAD + 'Chủ tọa hội nghị có đồng chí Hà Văn Tuấn, Chủ tịch UBND huyện.',
        [('2024-05-13', [])], id='neg_chu_toa_co'),
    pytest.param(
        LEAD + 'Hội nghị do đồng chí Lê Văn Hòa, Chủ tịch UBND huyện chủ trì, có sự tham dự của đồng chí Nông '
        'Thị Lan, Phó Chủ tịch UBND tỉnh.',
        [('2024-05-13', ['Lê Văn Hòa'])], id='neg_chu_tri_co_su_tham_du'),
    pytest.param(
        LEAD + 'Kết luận hội nghị, đồng chí Lê Văn Phúc, Chủ tịch UBND huyện yêu cầu các phòng bám sát kế hoạch.',
        [('2024-05-13', [])], id='neg_ket_luan_hn'),
    pytest.param(
        LEAD + 'Thay mặt Ban Thường vụ Huyện ủy, đồng chí Lê Văn Tân, Bí thư Huyện ủy phát biểu chúc mừng.',
        [('2024-05-13', [])], id='neg_thay_mat_chuc_mung'),
    pytest.param(
        LEAD + 'Đồng chí Trần Thị Thu, Chánh Văn phòng HĐND và UBND huyện trình bày báo cáo tại hội nghị.',
        [('2024-05-13', [])], id='neg_bao_cao'),
    pytest.param(
        LEAD + 'Đồng chí Mai Văn Lộc, Chủ tịch UBND huyện trao giấy khen cho 12 tập thể tại hội nghị.',
        [('2024-05-13', [])], id='neg_trao_thuong'),
    pytest.param(
        'Bộ Nông nghiệp chủ trì Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - '
        '2025.',
        [], id='neg_chu_tri_chuong_trinh'),
    pytest.param(
        'Cơ quan chủ trì soạn thảo có trách nhiệm tổng hợp ý kiến góp ý của các sở, ngành.',
        [], id='neg_co_quan_chu_tri'),
    pytest.param(
        LEAD + 'Chủ trì hội nghị có các đồng chí:\n- Đồng chí Trần Văn Lực, Bí thư Huyện ủy;\n- Đồng chí Nông Thị '
        'Hà, Chủ tịch UBND huyện.\nHội nghị đã thảo luận.',
        [('2024-05-13', ['Trần Văn Lực', 'Nông Thị Hà'])], id='bullet_list_chairs'),
    pytest.param(
        LEAD + '\nChủ trì Hội nghị: đồng chí Hoàng Văn Đạt - Phó Chủ tịch UBND huyện\nCác đại biểu thảo luận.',
        [('2024-05-13', ['Hoàng Văn Đạt'])], id='colon_caption'),
    pytest.param(
        'Sáng 13/5, Đoàn công tác của Ban Tuyên giáo Tỉnh ủy do đồng chí Lê Văn Bình, Phó Trưởng ban làm '
        'trưởng đoàn đã làm việc với Huyện ủy Mường Khương.',
        [('2024-05-13', [])], id='truong_doan_lam_viec'),
    pytest.param(
        'Chiều 13/5, Đoàn giám sát của HĐND tỉnh làm việc với UBND huyện. Về phía huyện, đồng chí Lý Văn '
        'Tú, Chủ tịch UBND huyện chủ trì buổi làm việc.',
        [('2024-05-13', ['Lý Văn Tú'])], id='ve_phia'),
    pytest.param(
        'Năm 2023, HĐND huyện đã tổ chức 4 kỳ họp và 12 phiên giải trình.',
        [], id='count_neg'),
    pytest.param(
        'Trong quý I, Ban Dân vận đã tổ chức được 15 hội nghị tuyên truyền với hơn 2.000 lượt người tham '
        'dự.',
        [], id='count_neg2'),
    pytest.param(
        LEAD + 'Từ đầu năm đến nay, các đại biểu HĐND huyện đã tổ chức 24 cuộc tiếp xúc cử tri.',
        [('2024-05-13', [])], id='count_neg3'),
    pytest.param(
        LEAD + 'Tại Đại hội lần thứ XX, nhiệm kỳ 2020 - 2025, Đảng bộ huyện đã đề ra 15 chỉ tiêu chủ yếu.',
        [('2024-05-13', [])], id='background_dai_hoi_nk'),
    pytest.param(
        'Dự kiến, ngày 20/5, HĐND huyện sẽ tổ chức kỳ họp thứ 16.',
        [], id='neg_du_kien_ngay_se'),
    pytest.param(
        'Trong thời gian tới, UBND huyện tiếp tục tổ chức các hội nghị đối thoại với nhân dân.',
        [], id='neg_sap_toi'),
    pytest.param(
        'Sáng mai (15/5), Hội Nông dân tỉnh sẽ tổ chức hội nghị tổng kết.',
        [], id='neg_mai'),
    pytest.param(
        'UBND huyện đã xây dựng kế hoạch tổ chức Lễ kỷ niệm 70 năm chiến thắng Điện Biên Phủ.',
        [], id='neg_ke_hoach_clause'),
    pytest.param(
        'Sáng 13/5, Hội Luật gia huyện tổ chức hội nghị tổng kết nhiệm kỳ.\nQuang cảnh hội nghị\nHội nghị '
        'đã bầu Ban Chấp hành mới.',
        [('2024-05-13', [])], id='dien_ra_caption_scene'),
    pytest.param(
        'Sáng 13/5, Thường trực Huyện ủy làm việc với Ban Tuyên giáo Huyện ủy về công tác quý II. Đồng '
        'chí Bế Văn Sơn, Bí thư Huyện ủy chủ trì buổi làm việc.',
        [('2024-05-13', ['Bế Văn Sơn'])], id='verb_lam_viec_voi'),
    pytest.param(
        'Sáng 13/5, HĐND thành phố khóa XII tổ chức kỳ họp thứ 17 (kỳ họp bất thường). Chủ tọa kỳ họp gồm'
        ' đồng chí Lê Văn Hải, Chủ tịch HĐND thành phố và các Phó Chủ tịch HĐND thành phố.',
        [('2024-05-13', [])], id='ky_hop_bat_thuong'),
    pytest.param(
        'Ngày 13/5, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 25 (mở rộng). Đồng chí Vũ Đức '
        'Tâm, Bí thư Huyện ủy chủ trì hội nghị.',
        [('2024-05-13', ['Vũ Đức Tâm'])], id='hoi_nghi_bct'),
    pytest.param(
        'Chiều 13/5, HĐND huyện tiến hành phiên chất vấn và trả lời chất vấn. Đồng chí Nguyễn Hữu Tâm, '
        'Chủ tịch HĐND huyện chủ trì phiên chất vấn.',
        [('2024-05-13', ['Nguyễn Hữu Tâm'])], id='phien_chat_van'),
    pytest.param(
        'Sáng 13/5, Huyện ủy Mù Cang Chải tổ chức hội nghị cán bộ chủ chốt. Đồng chí Giàng A Tông, Bí thư'
        ' Huyện ủy chủ trì hội nghị.',
        [('2024-05-13', ['Giàng A Tông'])], id='hoi_nghi_can_bo_chu_chot'),
    pytest.param(
        'Sáng 13/5, Huyện đoàn tổ chức Lễ ra quân Chiến dịch thanh niên tình nguyện hè. Đồng chí Lê Văn '
        'Tú, Phó Bí thư Huyện ủy dự và phát biểu chỉ đạo.',
        [('2024-05-13', [])], id='le_ra_quan'),
    pytest.param(
        'Chiều 13/5, Ban Thường vụ Huyện ủy tổ chức công bố quyết định về công tác cán bộ. Đồng chí '
        'Nguyễn Văn Dũng, Bí thư Huyện ủy chủ trì buổi công bố.',
        [('2024-05-13', ['Nguyễn Văn Dũng'])], id='le_trao_qd_chair'),
    pytest.param(
        'Từ ngày 13 đến 14/5, Sở Tài chính tổ chức hội nghị tập huấn quản lý tài sản công. Ông Lê Văn '
        'Thọ, Phó Giám đốc Sở Tài chính chủ trì hội nghị.',
        [('2024-05-13', ['Lê Văn Thọ'])], id='hoi_nghi_tap_huan_range'),
    pytest.param(
        'Sáng 13/5, tại hội trường UBND huyện, hội nghị sơ kết công tác phòng chống ma túy đã diễn ra '
        'dưới sự chủ trì của ông Thào A Tủa, Phó Chủ tịch UBND huyện.',
        [('2024-05-13', ['Thào A Tủa'])], id='ngay_phay_tai_hoi_truong_do'),
    pytest.param(
        'Sáng 13/5, ông Đinh Văn Hùng, Chủ tịch UBND huyện chủ trì cuộc họp về công tác giải phóng mặt '
        'bằng dự án đường tránh.',
        [('2024-05-13', ['Đinh Văn Hùng'])], id='chair_in_lead_title_after'),
]


def read_meetings(text: str, dateline: str = DL) -> list[tuple]:
    """(day, chairs) of each meeting the pipeline reads in ``text``, under ``dateline`` (a
    headline and a page date line) unless the text gives its own."""
    from govfacts.extraction.pipeline import extract_text

    if "\nNgày cập nhật" not in text:  # a row without a headline of its own
        text = dateline + text
    result = extract_text(text)
    return [(f["date"], f["chair"]) for f in result["facts"] if f["kind"] == "meeting"]


@pytest.mark.parametrize("text,expected", PHRASINGS)
def test_phrasings(text, expected):
    assert read_meetings(text) == expected


def test_table_size():
    negatives = [p for p in PHRASINGS if p.id.startswith("neg_")]
    assert len(PHRASINGS) >= 60 and len(negatives) >= 25
