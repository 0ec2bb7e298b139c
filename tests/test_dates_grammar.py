"""Days and their years by grammar, not by article: the genre's day forms (part of day, weekday,
time, brackets, ranges, lists, relative days) × where the year comes from (the page's date line
in the forms portals print, none at all, the year a gathering reviews, a term a congress opens, a
session tied to a year, a document issued earlier, a school year, a deadline) × where the text
writes that year (title, lead, a paragraph below), each generated sentence with the days an
annotator following corpus/ANNOTATION.md "Dates and years" writes down. Near misses put the same
slots around what is no day (ranks, scores, ratios, document numbers, times, counts, a plan's
years). Places, numbers and units are invented."""
import calendar
from datetime import date, timedelta

import pytest

from govfacts.corpus.readers import make_article
from govfacts.extraction.pipeline import Pipeline

PIPE = Pipeline(["date"])
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
MONTHS = ["", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def days(text):
    """Every day the date stage reads, as an annotator lists them (ranges give each day)."""
    out = set()
    for f in PIPE(make_article(text, "<grammar>"))["facts"]:
        if f["kind"] != "date" or f["granularity"] != "day" or not f["value"]:
            continue
        a = date.fromisoformat(f["value"])
        b = date.fromisoformat(f["end_value"]) if f["end_value"] else a
        if (b - a).days > 62:  # a span of years between two days ("3/2/1930 - 3/2/2025"): its two ends
            out |= {a.isoformat(), b.isoformat()}
        else:
            out |= {(a + timedelta(n)).isoformat() for n in range((b - a).days + 1)}
    return out


# ---------------------------------------------------------------- the day forms
# (name, lead with {d} {m} {d1} {d2} {wd} and {rest}, the days it gives as offsets from {d},
#  days from the page date to the first day (None: the form reads only beside a page date))
FORMS = [
    ("sang", "Sáng {d}/{m}, {rest}", [0]),
    ("ngay_dot", "Ngày {d}.{m}, {rest}", [0]),
    ("chieu_dash", "Chiều {d}-{m}, {rest}", [0]),
    ("toi", "Tối {d}/{m}, {rest}", [0]),
    ("sang_ngay", "Sáng ngày {d}/{m}, {rest}", [0]),
    ("weekday_brackets", "{wd} ({d}/{m}), {rest}", [0]),
    ("pod_weekday_brackets", "Sáng {wd_low} ({d}/{m}), {rest}", [0]),
    ("pod_weekday_comma", "Chiều {wd_low}, ngày {d}/{m}, {rest}", [0]),
    ("at_hour", "Vào lúc 8 giờ ngày {d}/{m}, {rest}", [0]),
    ("at_hour_minutes", "Lúc 14 giờ 30 phút ngày {d}/{m}, {rest}", [0]),
    ("at_h", "Vào lúc 8h00 ngày {d}/{m}, {rest}", [0]),
    ("vao_sang", "Vào sáng {d}/{m}, {rest}", [0]),
    ("spelled", "Ngày {d} tháng {m}, {rest}", [0]),
    ("range_ngay", "Từ ngày {d} đến ngày {d2}/{m}, {rest}", [0, 1, 2]),
    ("range_full", "Từ ngày {d}/{m} đến ngày {d2}/{m}, {rest}", [0, 1, 2]),
    ("range_dash", "Trong hai ngày {d}-{d1}/{m}, {rest}", [0, 1]),
    ("list_two_days", "Trong hai ngày {d} và {d1}/{m}, {rest}", [0, 1]),
    ("list_pods", "Chiều ngày {d} và sáng ngày {d1}/{m}, {rest}", [0, 1]),
    ("pod_yesterday_brackets", "Chiều hôm qua ({d}/{m}), {rest}", [0]),
    ("this_morning_brackets", "Sáng nay ({d}/{m}), {rest}", [0]),
    ("list_comma", "Trong các ngày {d}, {d1}/{m}, {rest}", [0, 1]),
    ("list_three", "Các ngày {d}, {d1} và {d2}/{m}, {rest}", [0, 1, 2]),
    ("list_spelled", "Trong hai ngày {d} và {d1} tháng {m}, {rest}", [0, 1]),
    ("two_pods", "Sáng {d}/{m} và chiều {d1}/{m}, {rest}", [0, 1]),
    ("range_bare", "Từ {d}/{m} đến {d2}/{m}, {rest}", [0, 1, 2]),
    ("range_to_end", "Từ ngày {d} đến hết ngày {d2}/{m}, {rest}", [0, 1, 2]),
    ("range_brackets", "Trong hai ngày ({d} - {d1}/{m}), {rest}", [0, 1]),
    ("weekday_after", "Ngày {d}/{m} ({wd_low}), {rest}", [0]),
    ("pod_weekday_bare", "Sáng {wd_low} {d}/{m}, {rest}", [0]),
    ("vua_qua", "Sáng {d}/{m} vừa qua, {rest}", [0]),
    ("hom", "Hôm {d}/{m}, {rest}", [0]),
    ("early", "Sáng sớm {d}/{m}, {rest}", [0]),
    ("hour_pod", "Khoảng 9 giờ sáng {d}/{m}, {rest}", [0]),
    ("from_hour", "Từ 8 giờ ngày {d}/{m}, {rest}", [0]),
    ("place_dateline", "EA KAR - Sáng {d}/{m}, {rest}", [0]),
    ("agency_dateline", "Ea Kar (BTH) – Ngày {d}/{m}, {rest}", [0]),
    ("same_day", "Ngày {d}/{m}, {rest} Cùng ngày, Đoàn công tác của huyện làm việc tại xã Cư Bao.", [0]),
    ("next_day", "Ngày {d}/{m}, {rest} Ngày hôm sau, đoàn tiếp tục làm việc tại xã Cư Bao.", [0]),
]
# Days that exist only beside a page date: counted from it.
RELATIVE = [("hom_qua", "Hôm qua, {rest}", -1), ("chieu_qua", "Chiều qua, {rest}", -1),
            ("hom_nay", "Hôm nay, {rest}", 0), ("sang_nay", "Sáng nay, {rest}", 0),
            ("early_today", "Sáng sớm nay, {rest}", 0), ("ngay_mai", "Ngày mai, {rest}", 1),
            ("sang_mai", "Sáng mai, {rest}", 1), ("toi_mai", "Tối mai, {rest}", 1)]


def _wd(d, m, y):
    return WEEKDAYS[date(y, m, d).weekday()]


def _wd_digit(d, m, y):
    k = date(y, m, d).weekday()
    return "Chủ nhật" if k == 6 else f"Thứ {k + 2}"


def lead(form, d, m, y, rest):
    wd = WEEKDAYS[date(y or 2023, m, d).weekday()]
    return form.format(d=d, m=m, d1=d + 1, d2=d + 2, wd=wd, wd_low=wd[0].lower() + wd[1:], rest=rest)


def form_days(offsets, d, m, y):
    return {date(y, m, d + k).isoformat() for k in offsets} if y else set()


# ---------------------------------------------------------------- where the year comes from
# The page's date line, in every form the portals print: (name, line for the day (d, m, y) at hh:mm).
PAGE_LINES = [
    ("numeric", lambda d, m, y: f"{d:02d}/{m:02d}/{y}"),
    ("weekday", lambda d, m, y: f"{WEEKDAYS[date(y, m, d).weekday()]}, {d:02d}/{m:02d}/{y}"),
    ("weekday_time", lambda d, m, y: f"{WEEKDAYS[date(y, m, d).weekday()]}, {d}/{m}/{y} 09:15"),
    ("time_after_dash", lambda d, m, y: f"{d:02d}/{m:02d}/{y} - 09:15"),
    ("time_first", lambda d, m, y: f"09:15 {d:02d}/{m:02d}/{y}"),
    ("cap_nhat", lambda d, m, y: f"Cập nhật: {d:02d}/{m:02d}/{y}"),
    ("ngay_cap_nhat", lambda d, m, y: f"Ngày cập nhật {d:02d}/{m:02d}/{y} 09:15"),
    ("ngay_dang", lambda d, m, y: f"Ngày đăng: {d:02d}/{m:02d}/{y}"),
    ("dang_ngay", lambda d, m, y: f"Đăng ngày: {d:02d}-{m:02d}-{y}"),
    ("thg", lambda d, m, y: f"{d} thg {m}, {y}"),
    ("thang_number", lambda d, m, y: f"{d} Tháng {m} {y}"),
    ("thang_word", lambda d, m, y: f"{d:02d} Tháng {MONTHS[m].lower()} {y} - 09:15 AM"),
    ("weekday_thang", lambda d, m, y: f"{WEEKDAYS[date(y, m, d).weekday()]}, {d} Tháng {MONTHS[m]} {y}"),
    ("month_first", lambda d, m, y: f"Tháng {MONTHS[m]} {d}, {y}, 09:15"),
    ("spelled", lambda d, m, y: f"Ngày {d:02d} tháng {m:02d} năm {y}"),
    ("iso", lambda d, m, y: f"date {y}-{m:02d}-{d:02d}"),
    ("byline_first", lambda d, m, y: f"Lò Văn Sinh {d:02d}/{m:02d}/{y} - 09:15"),
    ("views", lambda d, m, y: f"{d:02d}/{m:02d}/{y} 09:15 Lượt xem: 312"),
    ("time_weekday_dashes", lambda d, m, y: f"9:15, {_wd(d, m, y)}, {d}-{m}-{y}"),
    ("weekday_no_comma", lambda d, m, y: f"{_wd(d, m, y).capitalize()} {d:02d}/{m:02d}/{y}"),
    ("weekday_digit", lambda d, m, y: f"{_wd_digit(d, m, y)}, {d:02d}/{m:02d}/{y}"),
    ("weekday_abbrev", lambda d, m, y: f"{_wd_digit(d, m, y).replace('Thứ', 'Th')}, {d:02d}/{m:02d}/{y} 09:15"),
    ("weekday_ngay", lambda d, m, y: f"{_wd(d, m, y)}, ngày {d:02d}/{m:02d}/{y}"),
    ("author_after", lambda d, m, y: f"Ngày đăng bài: {d:02d}/{m:02d}/{y} | Tác giả: Lò Văn Sinh"),
    ("pipes_views", lambda d, m, y: f"Ngày đăng {d:02d}/{m:02d}/{y} | 09:15 | Lượt xem: 98"),
    ("time_pipe", lambda d, m, y: f"09:15 | {d:02d}/{m:02d}/{y}"),
    ("dashes_pipe_time", lambda d, m, y: f"{d:02d}-{m:02d}-{y} | 09:15"),
    ("cap_nhat_luc", lambda d, m, y: f"Cập nhật lúc 09:15 ngày {d}/{m}/{y}"),
    ("bullet", lambda d, m, y: f"  • Cập nhật: {d:02d}/{m:02d}/{y}"),
    ("sa_ch", lambda d, m, y: f"Cập nhật ngày: {d:02d}/{m:02d}/{y} 9:15:00 SA"),
    ("gmt", lambda d, m, y: f"{_wd(d, m, y)}, {d}/{m}/{y}, 09:15 (GMT+7)"),
    ("dang_luc", lambda d, m, y: f"Đăng lúc: 09:15 - {d:02d}/{m:02d}/{y}"),
    ("xuat_ban", lambda d, m, y: f"Xuất bản: {d:02d}/{m:02d}/{y} 09:15"),
    ("thoi_gian_dang", lambda d, m, y: f"Thời gian đăng: {d:02d}/{m:02d}/{y}"),
    ("dots", lambda d, m, y: f"{d:02d}.{m:02d}.{y}"),
    ("spelled_weekday", lambda d, m, y: f"{_wd(d, m, y)}, {d} tháng {m} năm {y}"),
    ("thang_word_comma", lambda d, m, y: f"{d} Tháng {MONTHS[m]}, {y}"),
]
REST = "UBND huyện Ea Kar tổ chức hội nghị giao ban công tác."


def page_rows():
    """Each day form under each page-date form: the page is dated the day after the (last) day."""
    rows = []
    for (fname, form, offsets), (pname, line) in [(f, p) for f in FORMS for p in PAGE_LINES]:
        d, m, y = 14, 3, 2024
        page = date(y, m, d + offsets[-1] + 1)
        if fname == "this_morning_brackets":
            page = date(y, m, d)
        if fname == "pod_yesterday_brackets":
            page = date(y, m, d + 1)
        text = f"Huyện Ea Kar giao ban công tác\n{line(page.day, page.month, page.year)}\n" + lead(form, d, m, y, REST)
        rows.append((f"{fname}-{pname}", text, form_days(offsets, d, m, y) | {page.isoformat()}))
    # across the new year: a late-December day on a page of early January
    for pname, line in PAGE_LINES:
        text = f"Huyện Ea Kar giao ban công tác\n{line(3, 1, 2025)}\n" + lead("Sáng {d}/{m}, {rest}", 28, 12, 2024, REST)
        rows.append((f"new_year-{pname}", text, {"2024-12-28", "2025-01-03"}))
    for rname, form, back in RELATIVE:
        for pname, line in PAGE_LINES:
            page = date(2024, 3, 15)
            text = f"Huyện Ea Kar giao ban công tác\n{line(15, 3, 2024)}\n" + form.format(rest=REST)
            rows.append((f"{rname}-{pname}", text, {page.isoformat(), (page + timedelta(back)).isoformat()}))
    return rows


@pytest.mark.parametrize("text,want", [r[1:] for r in page_rows()], ids=[r[0] for r in page_rows()])
def test_page_date_gives_the_year(text, want):
    assert days(text) == want


# Years the text ties to the event (no page date): (name, the event as written, [(d, m, year)]).
# The year of a gathering that reviews year N: October–December in N, earlier months N+1.
SOURCES = [
    ("review", "hội nghị tổng kết công tác năm 2023", [(12, 12, 2023), (15, 1, 2024)]),
    ("review_plan", "hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024", [(20, 12, 2023), (9, 1, 2024)]),
    ("review_party", "hội nghị tổng kết công tác xây dựng Đảng năm 2023", [(22, 12, 2023), (10, 1, 2024)]),
    ("review_rank", "hội nghị công bố kết quả Chỉ số CCHC năm 2023", [(9, 6, 2024)]),
    ("review_grade", "hội nghị đánh giá, xếp loại tổ chức cơ sở đảng năm 2023", [(18, 12, 2023), (12, 1, 2024)]),
    ("review_tasks", "hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023", [(20, 12, 2023), (10, 1, 2024)]),
    ("review_tasks_plan", "hội nghị tổng kết nhiệm vụ năm 2023 và phương hướng nhiệm vụ năm 2024",
     [(22, 12, 2023), (8, 1, 2024)]),
    ("half_review", "hội nghị sơ kết công tác 6 tháng đầu năm 2024", [(10, 7, 2024)]),
    ("half_review_plan", "hội nghị sơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm", [(12, 7, 2024)]),
    ("quarter_review", "hội nghị giao ban quý I năm 2024", [(5, 4, 2024)]),
    ("congress", "Đại hội Đảng bộ xã Ea Tóh lần thứ XV, nhiệm kỳ 2025 – 2030", [(14, 7, 2025)]),
    ("congress_association", "Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2023-2028", [(20, 6, 2023)]),
    ("term_new", "Đại hội Hội Cựu chiến binh xã lần thứ VIII, nhiệm kỳ mới 2022 – 2027", [(14, 4, 2022)]),
    ("first_plenary", "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XXI, nhiệm kỳ 2025-2030", [(25, 7, 2025)]),
    ("first_session", "Kỳ họp thứ nhất HĐND xã khóa XIII, nhiệm kỳ 2026-2031", [(22, 3, 2026)]),
    ("session_year_end", "kỳ họp thường lệ cuối năm 2022", [(16, 12, 2022)]),
    ("session_mid_year", "kỳ họp giữa năm 2024 của HĐND huyện", [(10, 7, 2024)]),
    ("school_opening", "lễ khai giảng năm học 2023 – 2024", [(5, 9, 2023)]),
    ("school_new", "lễ khai giảng năm học mới 2023-2024", [(5, 9, 2023)]),
    ("school_closing", "lễ tổng kết năm học 2023-2024", [(25, 5, 2024)]),
    ("school_plan", "hội nghị triển khai nhiệm vụ năm học 2024 - 2025", [(20, 8, 2024)]),
    # a span of days that writes its year, and an anniversary's two ends (both are days too)
    ("inspection_span", "đợt kiểm tra từ ngày 4/3 đến ngày 8/3/2024", [(14, 3, 2024)]),
    ("anniversary", "lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)", [(1, 2, 2025)]),
]
# the days a source writes itself
SOURCE_DAYS = {"inspection_span": {f"2024-03-0{k}" for k in range(4, 9)}, "anniversary": {"1930-02-03", "2025-02-03"}}
LAYOUTS = ["title", "lead", "below"]


def source_text(layout, form, event, d, m, y):
    if layout == "title":
        return f"Huyện Ea Kar: {event[0].upper() + event[1:]}\n" + lead(form, d, m, y, "UBND huyện Ea Kar tổ chức hội nghị.")
    if layout == "lead":
        return "Tin hoạt động\n" + lead(form, d, m, y, f"UBND huyện Ea Kar tổ chức {event}.")
    return ("Tin hoạt động\n" + lead(form, d, m, y, "UBND huyện Ea Kar tổ chức hội nghị.")
            + f"\n\nTại {event}, các đại biểu đã thảo luận, góp ý nhiều ý kiến tâm huyết.")


def source_rows():
    rows = []
    dated_forms = [f for f in FORMS if f[0] not in ("pod_yesterday_brackets", "this_morning_brackets")]
    for sname, event, when in SOURCES:
        for layout in LAYOUTS:
            for i, (fname, form, offsets) in enumerate(dated_forms):
                d, m, y = when[i % len(when)]
                rows.append((f"{sname}-{layout}-{fname}", source_text(layout, form, event, d, m, y),
                             form_days(offsets, d, m, y) | SOURCE_DAYS.get(sname, set())))
    return rows


@pytest.mark.parametrize("text,want", [r[1:] for r in source_rows()], ids=[r[0] for r in source_rows()])
def test_the_text_gives_the_year(text, want):
    assert days(text) == want


# Nothing in the text says the year: the day is left out (no guess). Also the years that do not
# date the news: a plan's period, a horizon, a comparison, a congress cited as background.
NO_YEAR = [
    "hội nghị giao ban công tác",
    "hội nghị triển khai kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 – 2025",
    "hội nghị bàn giải pháp đưa huyện đạt chuẩn nông thôn mới đến năm 2030",
    "hội nghị đánh giá tình hình, tăng 12% so với năm 2022",
    "hội nghị quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 – 2025",
    "hội nghị triển khai Nghị quyết của Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025",
]


@pytest.mark.parametrize("event", NO_YEAR)
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fname,form,offsets", [f for f in FORMS if f[0] in ("sang", "ngay_dot", "range_ngay", "list_two_days")],
                         ids=["sang", "ngay_dot", "range_ngay", "list_two_days"])
def test_no_year_no_day(event, layout, fname, form, offsets):
    assert days(source_text(layout, form, event, 14, 3, None)) == set()


# A congress named only below the lead, not as the place of what is told, is background: the
# targets it set or the one being prepared date nothing ("Tại Đại hội, …" would: the article's own).
BACKGROUND_CONGRESS = [
    "Các chỉ tiêu mà Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 – 2025 đề ra cơ bản đạt.",
    "Huyện đang chuẩn bị chu đáo cho Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2025 - 2030.",
    "Kết quả này góp phần thực hiện thắng lợi Nghị quyết Đại hội Hội Nông dân tỉnh, nhiệm kỳ 2023-2028.",
]


@pytest.mark.parametrize("sentence", BACKGROUND_CONGRESS)
@pytest.mark.parametrize("fname,form,offsets", [f for f in FORMS if f[0] in ("sang", "ngay_dot")], ids=["sang", "ngay_dot"])
def test_congress_below_the_lead_is_background(sentence, fname, form, offsets):
    text = "Tin hoạt động\n" + lead(form, 14, 3, None, "UBND huyện Ea Kar tổ chức hội nghị.") + "\n\n" + sentence
    assert days(text) == set()
    here = "Tin hoạt động\n" + lead(form, 14, 3, None, "UBND huyện Ea Kar tổ chức hội nghị.") + \
        "\n\nTại Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 – 2030, các đại biểu đã thảo luận."
    assert days(here) == form_days(offsets, 14, 3, 2025)


# A document the text cites was issued on a written day: that day is a date, and the day of the
# gathering it leads to takes no year from it when it stands in another sentence (a bound only);
# in the same sentence or the title it is the year the text ties to the event.
DOC = "Kế hoạch số 15/KH-UBND ngày 05/3/2024 của UBND huyện"


@pytest.mark.parametrize("fname,form,offsets", FORMS[:8], ids=[f[0] for f in FORMS[:8]])
def test_document_issued_earlier(fname, form, offsets):
    event = f"hội nghị triển khai {DOC}"
    assert days(source_text("lead", form, event, 14, 3, 2024)) == form_days(offsets, 14, 3, 2024) | {"2024-03-05"}
    assert days(source_text("below", form, event, 14, 3, None)) == {"2024-03-05"}
    # with a review year, the day cannot precede the plan the text says was issued for it
    text = ("Tin hoạt động\n" + lead(form, 14, 3, 2024, f"UBND huyện Ea Kar tổ chức hội nghị theo {DOC}.")
            + "\n\nHội nghị tổng kết công tác năm 2023 của huyện được tổ chức trang trọng.")
    assert days(text) == form_days(offsets, 14, 3, 2024) | {"2024-03-05"}


# A deadline or a planned day on a dated page is ahead of the page: the next such day.
DEADLINES = ["các xã hoàn thành trước ngày {d}/{m}", "các xã báo cáo kết quả chậm nhất ngày {d}/{m}",
             "các hộ nộp hồ sơ trước ngày {d}/{m}", "các đơn vị hoàn thành xong trước {d}/{m}",
             "các xã thực hiện đến hết ngày {d}/{m}", "báo cáo gửi về Văn phòng UBND huyện trước ngày {d}/{m}",
             "hạn chót nộp hồ sơ là ngày {d}/{m}", "hạn cuối là ngày {d}/{m}",
             "hội nghị tổng kết dự kiến tổ chức vào ngày {d}/{m}", "lễ khởi công dự kiến diễn ra vào ngày {d}/{m}",
             "hội nghị sẽ tổ chức vào ngày {d}/{m}", "kỳ họp sẽ khai mạc vào ngày {d}/{m}",
             "đại hội dự kiến ngày {d}/{m}"]


@pytest.mark.parametrize("deadline", DEADLINES)
@pytest.mark.parametrize("d,m,page,want", [
    (31, 12, date(2024, 3, 14), "2024-12-31"), (30, 6, date(2024, 3, 14), "2024-06-30"),
    (15, 1, date(2024, 12, 20), "2025-01-15"), (30, 9, date(2024, 4, 2), "2024-09-30"),
])
def test_deadline_is_ahead_of_the_page(deadline, d, m, page, want):
    text = (f"Huyện Ea Kar triển khai kế hoạch\n{page.day:02d}/{page.month:02d}/{page.year}\n"
            f"Theo kế hoạch, {deadline.format(d=d, m=m)}.")
    assert days(text) == {page.isoformat(), want}


# ---------------------------------------------------------------- near misses
# What the genre writes beside days that is no day: with a page date that would give any bare
# "D/M" a year, only the page's date is read.
NEAR_MISSES = [
    "Huyện Ea Kar xếp thứ 07/18 huyện, thị xã, thành phố.", "Xã Ea Tóh xếp thứ 07/18.",
    "Huyện đứng ở vị thứ 2/9 đơn vị.", "Tỉnh xếp hạng 25/63 tỉnh, thành phố.",
    "Huyện đạt 79,08 điểm, tăng 2,30 điểm.", "Huyện đạt 79,08/100 điểm.", "Tỷ lệ đạt 79,08%.",
    "Có 9/11 đơn vị hoàn thành chỉ tiêu.", "Hội nghị có 34/35 đại biểu có mặt.",
    "Có 28/30 đại biểu tán thành.", "Xã đạt 6/9 chỉ tiêu đề ra.", "Đã có 12/12 xã hoàn thành.",
    "Khoảng 1/3 số hộ đã đăng ký.", "Theo Quyết định số 215/QĐ-UBND của UBND huyện.",
    "Công văn số 12/UBND-VP đã nêu rõ.", "Thông tư 15/2020/TT-BTC hướng dẫn việc này.",
    "Hội nghị bắt đầu lúc 8h30.", "Hội nghị bắt đầu lúc 8 giờ 30 phút.", "Phiên họp kéo dài đến 11:30.",
    "Huyện có 12 xã, 3 thị trấn.", "Tỷ lệ hộ nghèo giảm bình quân 3,8%/năm.",
    "Kế hoạch giai đoạn 2021 – 2025 đã hoàn thành.", "Mục tiêu đến năm 2030 đạt chuẩn.",
    "Tổng kinh phí 18.619.718 đồng.", "Lễ hội diễn ra ngày 15 tháng 7 âm lịch.",
    "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.", "Đạt 100% (35/35 đại biểu).",
    "Từ 5/9 đơn vị lên 7/9 đơn vị.", "Thời gian thực hiện là 03 năm.",
    "Thôn có 45/52 hộ tham gia.", "Đạt 4/5 tiêu chí thành phần.", "Kết quả 17/17 xã đạt chuẩn.",
    "Hội nghị tổ chức tại 2/3 điểm cầu.", "Tỷ lệ 3/4 số phiếu tán thành.", "Đội xếp hạng 3/12 đội.",
]


def test_a_cut_off_looks_back():
    """Figures "tính đến hết ngày 31/12" on a page of March are last year's: no deadline."""
    text = "Huyện Ea Kar giao ban\n15/03/2024\nTính đến hết ngày 31/12, toàn huyện giải ngân 92% kế hoạch vốn."
    assert days(text) == {"2024-03-15", "2023-12-31"}



@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_is_no_day(sentence):
    assert days(f"Huyện Ea Kar giao ban công tác\n15/03/2024\n{sentence}") == {"2024-03-15"}


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_beside_a_day(sentence):
    text = f"Huyện Ea Kar giao ban công tác\n15/03/2024\nSáng 14/3, UBND huyện tổ chức hội nghị. {sentence}"
    assert days(text) == {"2024-03-14", "2024-03-15"}


# ---------------------------------------------------------------- a named day before its "D/M"
# "ngày" and the name of the day (a capitalised holiday, a named school or civic day) before a
# day written without a year: a day (h_134's class: "trước ngày tựu trường 28/8"); and an
# anniversary span in brackets whose first end lost its slash ("(27/71947 – 27/7/2024)": both ends).
NAMED_DAYS = ["ngày tựu trường", "ngày khai giảng năm học mới", "Ngày Quốc khánh", "Ngày Nhà giáo Việt Nam",
              "Ngày Thương binh - Liệt sĩ", "Ngày Thương binh – Liệt sỹ", "ngày hội Đại đoàn kết toàn dân tộc",
              "Ngày Quốc tế Phụ nữ", "ngày truyền thống Lực lượng vũ trang huyện", "ngày bầu cử"]
NAMED_FRAMES = ["Các trường hoàn thành sửa chữa phòng học trước {n} {d}/{m}.",
                "Nhân dịp kỷ niệm {n} {d}/{m}, UBND xã Cư Bao thăm các gia đình chính sách.",
                "Hướng tới {n} {d}/{m}, các thôn ra quân dọn vệ sinh.",
                "Kỷ niệm 50 năm {n} {d}/{m}"]


@pytest.mark.parametrize("name", NAMED_DAYS)
@pytest.mark.parametrize("frame", NAMED_FRAMES)
@pytest.mark.parametrize("d,m", [(28, 8), (2, 9), (20, 11)])
def test_a_named_day_before_its_date(name, frame, d, m):
    text = "Huyện Ea Kar chuẩn bị năm học mới\n15/08/2024\n" + frame.format(n=name, d=d, m=m)
    assert days(text) == {"2024-08-15", f"2024-{m:02d}-{d:02d}"}


DROPPED_SLASH = [("(27/71947 – 27/7/2024)", {"1947-07-27", "2024-07-27"}),
                 ("(2/91945 - 2/9/2024)", {"1945-09-02", "2024-09-02"}),
                 ("(19/51890 – 19/5/2024)", {"1890-05-19", "2024-05-19"}),
                 ("(27/71947 – 28/7/2024)", {"2024-07-28"}),  # not the same day: no span read from it
                 ("(27/71947)", set())]


@pytest.mark.parametrize("span,want", DROPPED_SLASH)
def test_an_anniversary_span_with_a_dropped_slash(span, want):
    text = f"Huyện Ea Kar tri ân\n15/08/2024\nKỷ niệm ngày truyền thống của ngành {span}, xã tổ chức gặp mặt."
    assert days(text) == {"2024-08-15"} | want


NAMED_NEAR_MISSES = ["Trong ngày UBND xã tiếp 5/7 đoàn khách.", "Trong ngày Đoàn đã làm việc với 5/7 xã.",
                     "Mỗi ngày Hội viên đóng góp 1/3 số gạo.", "Ngày Hội diễn ra tại 3/5 thôn."]


@pytest.mark.parametrize("sentence", NAMED_NEAR_MISSES)
def test_a_named_day_near_miss(sentence):
    assert days(f"Huyện Ea Kar giao ban công tác\n15/03/2024\n{sentence}") == {"2024-03-15"}


# a holiday named without "ngày" right before its D/M: that day in the page's year (the annotation notes list
# holiday dates); not a lunar day, not a count after the name
HOLIDAYS = [("Quốc khánh", 2, 9), ("Cách mạng Tháng Tám", 19, 8), ("Giải phóng miền Nam, thống nhất đất nước", 30, 4),
            ("Quốc tế Lao động", 1, 5), ("Thương binh – Liệt sỹ", 27, 7), ("Nhà giáo Việt Nam", 20, 11),
            ("Quốc tế Phụ nữ", 8, 3), ("Báo chí Cách mạng Việt Nam", 21, 6)]
HOLIDAY_FRAMES = ["Các xã ra quân chào mừng {h} {d}/{m}.", "Nhân dịp kỷ niệm {h} {d}-{m}, huyện thăm các gia đình.",
                  "Hướng tới {h} {d}.{m}, các trường thi đua dạy tốt."]


@pytest.mark.parametrize("holiday,d,m", HOLIDAYS)
@pytest.mark.parametrize("frame", HOLIDAY_FRAMES)
def test_a_holiday_named_before_its_date(holiday, d, m, frame):
    text = "Huyện Ea Kar thi đua\n15/06/2024\n" + frame.format(h=holiday, d=d, m=m)
    assert days(text) == {"2024-06-15", f"2024-{m:02d}-{d:02d}"}


@pytest.mark.parametrize("sentence", ["Giỗ Tổ Hùng Vương 10/3 âm lịch được tổ chức trang trọng.",
                                      "Kỷ niệm 79 năm Quốc khánh, huyện đạt 5/9 chỉ tiêu.",
                                      "Phong trào thi đua chào mừng Quốc khánh có 5/9 xã tham gia."])
def test_a_holiday_near_miss(sentence):
    assert days(f"Huyện Ea Kar giao ban công tác\n15/03/2024\n{sentence}") == {"2024-03-15"}


# a day opening an item of a programme before its colon is the item's day; a rank row of the same shape,
# naming a unit or giving a score, is no day
@pytest.mark.parametrize("bullet", ["- ", "+ ", "• ", ""])
def test_a_programme_item_day(bullet):
    text = (f"Huyện Ea Kar giao ban công tác\n21/06/2024\nHoạt động tuần qua:\n{bullet}17/6: Hội nghị Ban Thường vụ Huyện ủy.\n"
            f"{bullet}18/6 (thứ Ba): Làm việc với xã Cư Bao.")
    assert days(text) == {"2024-06-21", "2024-06-17", "2024-06-18"}


@pytest.mark.parametrize("row", ["1/11: Thị trấn Ea Kar, 89,02 điểm", "2/11: Xã Cư Bao", "3/11: Ea Tóh đạt 74,10%",
                                 "5/7: xã đạt chuẩn nông thôn mới"])
def test_a_rank_row_is_no_programme_day(row):
    text = f"Huyện Ea Kar giao ban công tác\n21/06/2024\nKết quả xếp hạng của các xã:\n- {row}"
    assert days(text) == {"2024-06-21"}
