"""Seeing the facts: the marks over the text (extract/render.py), ``govfacts show``, the store
in Datasette (metadata, views, full-text search, canned queries, the article page) and
``govfacts serve`` refusing what it cannot serve."""
from __future__ import annotations

import asyncio
import json
import re
import socket
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from govfacts.db.store import Store, ensure_fulltext
from govfacts.extraction.cli import cli
from govfacts.extraction.model import Article
from govfacts.extraction.render import layout, marks_for, render_page, render_terminal, sentence_range

# --- marks over the text: a table of (text, facts, expected nesting) ------------------------
#
# A fact is (kind, words, occurrence, fields); the expected string shows each mark as
# "[kind words]", a continuation of a mark split by a crossing one as "[…kind words]", the
# sentence in focus as "[S …]", a chair's name as "[chair …]", a later mention "[mention …]".


def _facts(text: str, specs: list[tuple]) -> list[dict]:
    out = []
    for i, spec in enumerate(specs, 1):
        kind, words, *rest = spec
        nth, fields = (rest + [0, {}][len(rest):])[:2]
        start = _at(text, words, nth)
        out.append({"id": f"f{i}", "kind": kind, "span": {"start": start, "end": start + len(words), "text": words},
                    **fields})
    return out


def bracketed(text: str, facts: list[dict], warnings=(), focus=None) -> str:
    out = []
    for ev in layout(text, marks_for(text, facts, warnings, focus=focus)):
        if ev[0] == "text":
            out.append(ev[1])
        elif ev[0] == "open":
            m = ev[1]
            tag = {"fact": m.kind, "sentence": "S"}.get(m.role, m.role)
            out.append("[" + ("…" if ev[2] else "") + tag + " ")
        else:
            out.append("]")
    return "".join(out)


def _at(text: str, words: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start


def _mention(text: str, words: str, nth: int = 0) -> dict:
    start = _at(text, words, nth)
    return {"start": start, "end": start + len(words), "text": words}


EVIDENCE_TEXT = "Hội nghị trực tuyến diễn ra\nBà Đỗ Thị Lan, Phó Chủ tịch UBND huyện chủ trì"


NEST = [
    # a date inside a document reference: both visible, the date nested
    ("Quyết định số 15/QĐ-UBND ngày 03/02/2021 của UBND huyện",
     [("document_ref", "Quyết định số 15/QĐ-UBND ngày 03/02/2021 của UBND huyện"), ("date", "ngày 03/02/2021")],
     "[document_ref Quyết định số 15/QĐ-UBND [date ngày 03/02/2021] của UBND huyện]"),
    # two dates inside one citation
    ("Kế hoạch số 52/KH-UBND ngày 10/3/2023 triển khai Nghị quyết số 04-NQ/TU ngày 12/4/2021",
     [("document_ref", "Kế hoạch số 52/KH-UBND ngày 10/3/2023"), ("date", "ngày 10/3/2023"),
      ("document_ref", "Nghị quyết số 04-NQ/TU ngày 12/4/2021"), ("date", "ngày 12/4/2021")],
     "[document_ref Kế hoạch số 52/KH-UBND [date ngày 10/3/2023]] triển khai "
     "[document_ref Nghị quyết số 04-NQ/TU [date ngày 12/4/2021]]"),
    # spans that cross: the later one is split where they cross
    ("xã đạt 80,28/100 điểm, xếp thứ 07/18 huyện",
     [("score", "đạt 80,28/100 điểm, xếp"), ("ranking", "xếp thứ 07/18")],
     "xã [score đạt 80,28/100 điểm, [ranking xếp]][…ranking  thứ 07/18] huyện"),
    # a meeting, the chair's name inside it, an official on the same words
    ("Ông Lê Văn Hùng chủ trì cuộc họp",
     [("meeting", "Ông Lê Văn Hùng chủ trì cuộc họp", 0, {"chair": ["Lê Văn Hùng"]}), ("official", "Lê Văn Hùng")],
     "[meeting Ông [official [chair Lê Văn Hùng]] chủ trì cuộc họp]"),
    # the chair named after the meeting's words, in the same sentence (line)
    ("Hội nghị do ông Trần Minh Quang, Chủ tịch UBND xã chủ trì",
     [("meeting", "Hội nghị", 0, {"chair": ["Trần Minh Quang"]})],
     "[meeting Hội nghị] do ông [chair Trần Minh Quang], Chủ tịch UBND xã chủ trì"),
    # a chair whose name the text does not write: no chair mark
    ("Hội nghị đã diễn ra sáng nay",
     [("meeting", "Hội nghị", 0, {"chair": ["Phạm Văn Không"]})],
     "[meeting Hội nghị] đã diễn ra sáng nay"),
    # the words saying who chaired (chair_evidence), the name inside them
    (EVIDENCE_TEXT,
     [("meeting", "Hội nghị trực tuyến", 0, {"chair": ["Đỗ Thị Lan"], "chair_evidence": [
         _mention(EVIDENCE_TEXT, "Bà Đỗ Thị Lan, Phó Chủ tịch UBND huyện chủ trì")]})],
     "[meeting Hội nghị trực tuyến] diễn ra\n[evidence Bà [chair Đỗ Thị Lan], Phó Chủ tịch UBND huyện chủ trì]"),
    # an official's later mention is marked; the one inside its own span is not repeated
    ("Ông Vũ Đức Thắng, Chủ tịch UBND xã phát biểu. Ông Vũ Đức Thắng nhấn mạnh",
     [("official", "Vũ Đức Thắng, Chủ tịch UBND xã", 0, {"mentions": "MENTIONS"})],
     "Ông [official Vũ Đức Thắng, Chủ tịch UBND xã] phát biểu. Ông [mention Vũ Đức Thắng] nhấn mạnh"),
    # two facts on the same words: the wider kind outside
    ("Hội nghị ngày 5/3/2024",
     [("date", "ngày 5/3/2024"), ("meeting", "ngày 5/3/2024")],
     "Hội nghị [meeting [date ngày 5/3/2024]]"),
    # spans outside the text or empty are not drawn
    ("Ngày 9/3/2022 họp", [("date", "Ngày 9/3/2022"), ("date", "")], "[date Ngày 9/3/2022] họp"),
]


@pytest.mark.parametrize("text, specs, expected", NEST, ids=[r[2][:40] for r in NEST])
def test_marks_nest(text, specs, expected):
    facts = _facts(text, specs)
    for f in facts:
        if f.get("mentions") == "MENTIONS":
            f["mentions"] = [_mention(text, "Vũ Đức Thắng", 0), _mention(text, "Vũ Đức Thắng", 1)]
    assert bracketed(text, facts) == expected


def test_a_span_beyond_the_text_is_not_drawn():
    facts = [{"id": "f1", "kind": "date", "span": {"start": 5, "end": 99, "text": "?"}}]
    assert bracketed("Ngày 9/3/2022", facts) == "Ngày 9/3/2022"


def test_a_warning_nests_inside_its_date():
    text = "Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy"
    facts = _facts(text, [("date", "ngày 31/11/2021")])
    warning = {"code": "invalid_date", "span": facts[0]["span"], "message": "no such day"}
    assert bracketed(text, facts, [warning]) == "Chương trình số 21-CTr/HU [date [warning ngày 31/11/2021]] của Huyện ủy"


FOCUS = [
    # the sentence of the fact in focus, found by its stored words
    ("Đoàn đã làm việc. Ngày 5/3/2023 UBND xã họp. Hội nghị kết thúc.", "Ngày 5/3/2023", 0,
     "Ngày 5/3/2023 UBND xã họp.",
     "Đoàn đã làm việc. [S [date Ngày 5/3/2023] UBND xã họp.] Hội nghị kết thúc."),
    # the same words twice: the occurrence around the span
    ("Xã đã họp. Xã đã họp.", "họp", 1, "Xã đã họp.", "Xã đã họp. [S Xã đã [date họp].]"),
    # no stored sentence: the line around the span
    ("Tiêu đề\nSáng 7.8 Đại hội khai mạc\nHết", "Sáng 7.8", 0, "",
     "Tiêu đề\n[S [date Sáng 7.8] Đại hội khai mạc]\nHết"),
]


@pytest.mark.parametrize("text, words, nth, sentence, expected", FOCUS, ids=["stored", "twice", "line"])
def test_the_fact_in_focus_shows_its_sentence(text, words, nth, sentence, expected):
    fact = _facts(text, [("date", words, nth, {"sentence_text": sentence})])[0]
    assert bracketed(text, [fact], focus="f1") == expected
    lo, hi = sentence_range(text, fact)
    assert lo <= fact["span"]["start"] < fact["span"]["end"] <= hi


# --- the page -----------------------------------------------------------------------------------

ARTICLE = {"id": "abc", "title": "Xã <Hòa Phong> họp", "source": "x.txt", "published": "2023-10-06",
           "text": "Chiều ngày 5/10/2023, UBND xã <Hòa Phong> & Ban Chỉ đạo họp dưới sự chủ trì của bà Lê Thị Hoà."}


def _page(**kw) -> str:
    text = ARTICLE["text"]
    facts = _facts(text, [("meeting", text[:-1], 0, {"chair": ["Lê Thị Hoà"], "date": "2023-10-05",
                                                     "sentence_text": text}),
                          ("date", "Chiều ngày 5/10/2023", 0, {"value": "2023-10-05", "part_of_day": "chiều"})])
    return render_page(ARTICLE, facts, **kw)


def test_page_escapes_the_text_and_needs_nothing_from_elsewhere():
    page = _page(focus="f1")
    assert "&lt;Hòa Phong&gt; &amp; Ban" in page and "<Hòa Phong>" not in page
    assert not re.search(r"""(src=|@import|url\(|href=["']?(https?:)?//)""", page)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


def test_page_labels_each_mark_and_links_it_to_its_card():
    page = _page(focus="f1")
    # in the text and in the sentence in focus, set apart from other meetings; the date is not
    assert page.count('class="gf k-meeting r-fact is-focus"') == 2
    assert page.count('class="gf k-date r-fact"') == 2
    assert '<a class="lbl" href="#card-f1" data-label="CUỘC HỌP"' in page and 'id="card-f1"' in page
    assert '<a class="lbl" href="#card-f2" data-label="NGÀY"' in page and 'id="card-f2"' in page
    assert re.search(r'<mark class="gf k-chair r-chair"[^>]*>Lê Thị Hoà<a class="lbl"', page)
    assert '<span class="sentence focus" id="focus-sentence">' in page and "focus-box" in page
    assert page.count('<span class="sentence focus"') == 1  # the box shows the sentence alone
    assert "scrollIntoView" in page and "scrollIntoView" not in _page()  # opens at the fact in focus
    # fields on hover, and beside the text on the card
    assert re.search(r'title="f2 · date \(NGÀY\)\nvalue: 2023-10-05\npart_of_day: chiều"', page)
    assert "<dt>chair</dt><dd>Lê Thị Hoà</dd>" in page


def test_a_crossing_span_gets_one_label():
    text = "xã đạt 80,28/100 điểm, xếp thứ 07/18 huyện"
    page = render_page({"text": text, "title": "t"}, _facts(text, [("score", "đạt 80,28/100 điểm, xếp"),
                                                                    ("ranking", "xếp thứ 07/18")]))
    assert page.count('href="#card-f2" data-label="XẾP HẠNG"') == 1 and 'r-fact cont"' in page


def test_terminal_shows_the_same_marks():
    console = Console(record=True, width=100, color_system=None)
    for part in render_terminal(ARTICLE, _facts(ARTICLE["text"], [("date", "Chiều ngày 5/10/2023")])):
        console.print(part)
    out = console.export_text()
    assert "Chiều ngày 5/10/2023⟨NGÀY f1⟩" in out and "Xã <Hòa Phong> họp" in out


# --- a small store: two meetings and a conflicting citation, written by hand ---------------

DAI_LOC = """UBND huyện Đại Lộc sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023

Sáng ngày 12/7/2023, UBND huyện Đại Lộc tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023. Hội nghị do ông Trần Văn Tâm, Chủ tịch UBND huyện chủ trì.
Hội nghị quán triệt Kế hoạch số 86/KH-UBND ngày 31/6/2023 của UBND huyện Đại Lộc về cải cách hành chính."""

HOA_PHONG = """Xã Hòa Phong họp Ban Chỉ đạo chuyển đổi số quý III năm 2023

Chiều ngày 5/10/2023, Ban Chỉ đạo chuyển đổi số xã Hòa Phong tổ chức cuộc họp đánh giá kết quả quý III năm 2023 dưới sự chủ trì của bà Lê Thị Hoà, Chủ tịch UBND xã.
Cuộc họp thống nhất triển khai Kế hoạch số 86/KH-UBND ngày 30/6/2023 của UBND huyện Đại Lộc."""

NO_CHAIR = """Hội nghị tập huấn kỹ năng số cho cán bộ

Hội nghị tập huấn kỹ năng số cho cán bộ cấp xã đã diễn ra trong hai ngày."""


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.]+\.?", text) if m.group().strip()]


def _result(text: str, specs: list[tuple], warnings: list[tuple] = ()) -> dict:
    art = Article(text=text, source=f"hand/{text[:12]}.txt", title=text.split("\n")[0], published=None)
    sents = _sentences(text)
    facts = _facts(text, specs)
    for f in facts:
        sp = f["span"]
        sp["sentence"] = next(i for i, (a, b) in enumerate(sents) if a <= sp["start"] < b)
        f.update(extractor=f["kind"], rule="hand", confidence=0.9)
    warns = []
    for code, words in warnings:
        start = text.index(words)
        warns.append({"code": code, "span": {"start": start, "end": start + len(words), "text": words, "sentence": 0},
                      "message": f"{words}: a day that does not exist"})
    return {"article": art.to_json(), "facts": facts, "warnings": warns, "text": text, "sentences": sents}


def _meeting(words: str, nth: int = 0, **fields) -> tuple:
    return ("meeting", words, nth, {"event_type": None, "topic": None, "date": None, "organizer": None, "place": None,
                                  "chair": [], "chair_roles": [], "attendees": [], "online": False, **fields})


def _citation(number: str, words: str, issued: str, valid: bool) -> tuple:
    return ("document_ref", words, 0, {"canonical": number, "number": "86", "year": None, "type_code": "KH",
                                       "type_name": "Kế hoạch", "type_word": "Kế hoạch", "issuer_code": "UBND",
                                       "issuer": "Ủy ban nhân dân huyện Đại Lộc", "issued_on": issued, "valid": valid,
                                       "system": "state"})


STORE_ARTICLES = [
    _result(DAI_LOC, [
        ("date", "Sáng ngày 12/7/2023", 0, {"value": "2023-07-12", "granularity": "day"}),
        _meeting("Sáng ngày 12/7/2023, UBND huyện Đại Lộc tổ chức hội nghị sơ kết công tác cải cách hành "
                          "chính 6 tháng đầu năm 2023", event_type="hội nghị", date="2023-07-12",
                 topic="sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023", organizer="UBND huyện Đại Lộc",
                 place="huyện Đại Lộc", chair=["Trần Văn Tâm"], chair_roles=["Chủ tịch UBND huyện"],
                 chair_evidence=[_mention(DAI_LOC, "Hội nghị do ông Trần Văn Tâm, Chủ tịch UBND huyện chủ trì")]),
        ("official", "Trần Văn Tâm", 0, {"name": "Trần Văn Tâm", "roles": [{"title": "chủ tịch",
                                                                              "org": "ủy ban nhân dân"}]}),
        _citation("86/KH-UBND", "Kế hoạch số 86/KH-UBND ngày 31/6/2023 của UBND huyện Đại Lộc", "2023-06-31", False),
    ], [("invalid_date", "ngày 31/6/2023")]),
    _result(HOA_PHONG, [
        _meeting("Chiều ngày 5/10/2023, Ban Chỉ đạo chuyển đổi số xã Hòa Phong tổ chức cuộc họp",
                 event_type="cuộc họp", date="2023-10-05", organizer="Ban Chỉ đạo chuyển đổi số xã Hòa Phong",
                 place="xã Hòa Phong", chair=["Lê Thị Hoà"], chair_roles=["Chủ tịch UBND xã"]),
        _citation("86/KH-UBND", "Kế hoạch số 86/KH-UBND ngày 30/6/2023 của UBND huyện Đại Lộc", "2023-06-30", True),
    ]),
    _result(NO_CHAIR, [_meeting("Hội nghị tập huấn kỹ năng số cho cán bộ", 1, event_type="hội nghị")]),
]
TAM = "Trần Văn Tâm (Chủ tịch UBND huyện)"
HOA = "Lê Thị Hoà (Chủ tịch UBND xã)"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "hand.db"
    store = Store.open(str(path))
    for r in STORE_ARTICLES:
        assert store.add(r)
    store.engine.dispose()
    return path


@pytest.fixture(scope="module")
def site(store_path):
    """GET a path of the Datasette site over the store, in process."""
    from govfacts.db.datasette import build
    from govfacts.db.datasette.views import ensure_views

    store = Store.open(str(store_path))
    ensure_views(store.engine)
    store.engine.dispose()
    ds = build(store_path)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ds.invoke_startup())

    def get(path: str):
        return loop.run_until_complete(ds.client.get(path))

    yield get
    loop.close()


def _rows(get, path: str) -> list[dict]:
    res = get(path + ("&" if "?" in path else "?") + "_shape=array")
    assert res.status_code == 200, res.text[:300]
    return res.json()


WHO_CHAIRED = [
    ({}, [TAM, HOA, None]),
    ({"person": "trần văn tâm"}, [TAM]),
    ({"person": "Lê Thị Hòa"}, [HOA]),          # tone placement: Hòa finds Hoà
    ({"person": "Le Thi Hoa"}, [HOA]),          # typed without marks
    ({"person": "Tâm"}, [TAM]),                 # a whole word of the name
    ({"person": "Tâ"}, []),                     # not part of a word
    ({"place": "Đại Lộc"}, [TAM]),              # the other meeting only cites a Đại Lộc plan
    ({"place": "hòa phong"}, [HOA]),
    ({"place": "Nông Sơn"}, []),
    ({"since": "1/8/2023"}, [HOA]),
    ({"until": "2023-07"}, [TAM]),
    ({"since": "2023", "until": "2023"}, [TAM, HOA]),
    ({"since": "12/7/2023", "until": "12.7.2023"}, [TAM]),
    ({"person": "Lê Thị Hoà", "place": "Đại Lộc"}, []),
]


@pytest.mark.parametrize("params, chairs", WHO_CHAIRED)
def test_who_chaired(site, params, chairs):
    query = {"person": "", "place": "", "since": "", "until": "", **params}
    qs = "&".join(f"{k}={urllib.request.quote(v)}" for k, v in query.items())
    rows = _rows(site, f"/govfacts/who_chaired.json?{qs}")
    assert [r["chair"] for r in rows] == chairs
    assert all(re.fullmatch(r"/-/article/[0-9a-f]{16}\?fact=f\d+#f\d+", r["article_page"]) for r in rows)


CITES = [("86/KH-UBND", 2), ("86/kh-ubnd", 2), ("86 / KH - UBND", 2), ("86/KH-UBND ", 2), ("87/KH-UBND", 0), ("", 0)]


@pytest.mark.parametrize("number, n", CITES)
def test_which_articles_cite_a_number(site, number, n):
    rows = _rows(site, f"/govfacts/cites.json?number={urllib.request.quote(number)}")
    assert [r["issued_on"] for r in rows] == ["2023-06-31", "2023-06-30"][:n]  # oldest article first


def test_audit_findings(site):
    rows = _rows(site, "/audit/audit_findings.json?level=&code=")
    codes = {r["code"] for r in rows}
    assert {"impossible_date", "conflicting_dates"} <= codes
    errors = _rows(site, "/audit/audit_findings.json?level=error&code=impossible_date")
    assert len(errors) == 1 and errors[0]["quote"].startswith("Kế hoạch số 86/KH-UBND ngày 31/6/2023")
    page = site(errors[0]["article_page"])
    assert page.status_code == 200 and "Dữ kiện f4" in page.text  # the citation is in focus


def test_article_page(site):
    rows = _rows(site, "/govfacts/who_chaired.json?person=Tâm&place=&since=&until=")
    page = site(rows[0]["article_page"])
    assert page.status_code == 200
    html = page.text
    assert re.search(r'<mark class="gf k-chair r-chair"[^>]*>Trần Văn Tâm', html)
    assert '<span class="sentence focus" id="focus-sentence">' in html
    assert 'class="gf k-warning r-warning"' in html
    assert site("/-/article/0000000000000000").status_code == 404


def test_links_to_the_article_page(site):
    html = site("/govfacts/who_chaired?person=&place=Hòa+Phong&since=&until=").text
    assert re.search(r'<a class="govfacts-page" href="/-/article/[0-9a-f]{16}\?fact=f1#f1">', html)
    html = site("/govfacts/facts?kind=official").text
    assert re.search(r'<a href="/-/article/[0-9a-f]{16}\?fact=f3#f3">Trần Văn Tâm</a>', html)


def test_full_text_search_ignores_marks(site):
    rows = _rows(site, "/govfacts/articles.json?_search=hoa+phong&_col=title")
    assert [r["title"] for r in rows] == ["Xã Hòa Phong họp Ban Chỉ đạo chuyển đổi số quý III năm 2023"]


def test_views_put_facets_into_columns(site):
    res = site("/govfacts/fact_list.json?kind=document_ref&_facet=issuer&_facet=document_type&_facet=year")
    data = res.json()
    facets = {name: {v["value"] for v in f["results"]} for name, f in data["facet_results"].items()}
    assert facets["issuer"] == {"Ủy ban nhân dân huyện Đại Lộc"} and facets["document_type"] == {"Kế hoạch"}
    assert facets["year"] == {2023}
    meetings = _rows(site, "/govfacts/meeting_list.json?place=xã+Hòa+Phong")
    assert [m["chair"] for m in meetings] == ["Lê Thị Hoà"]


def test_metadata_describes_every_table_in_both_languages(site):
    from govfacts.db.datasette import load_metadata

    meta = load_metadata()["databases"]["govfacts"]
    for name, table in meta["tables"].items():
        if table.get("hidden"):
            continue
        assert " / " in table["description"], name
    assert set(meta["queries"]) == {"who_chaired", "cites", "related_documents", "implementers"}
    assert "audit_findings" in load_metadata()["databases"]["audit"]["queries"]


# --- the store's full-text index --------------------------------------------------------------

def _fts_count(store: Store, query: str) -> int:
    from sqlalchemy import text

    with store.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"), {"q": query}).scalar()


def test_full_text_index_is_built_at_ingest_and_rebuild_safe(tmp_path):
    store = Store.open(str(tmp_path / "f.db"))
    store.add(STORE_ARTICLES[0])
    assert _fts_count(store, "dai loc") == 1
    assert ensure_fulltext(store.engine) and ensure_fulltext(store.engine)  # idempotent
    Store.open(str(tmp_path / "f.db"))  # reopening adds nothing twice
    store.add(STORE_ARTICLES[1])
    assert _fts_count(store, "dai loc") == 2 and _fts_count(store, "phong") == 1
    assert ensure_fulltext(store.engine, rebuild=True)
    assert _fts_count(store, "dai loc") == 2


def test_an_older_store_gets_its_index_filled(tmp_path):
    from sqlalchemy import text

    store = Store.open(str(tmp_path / "old.db"))
    store.add(STORE_ARTICLES[0])
    store.add(STORE_ARTICLES[1])
    with store.engine.begin() as c:
        for t in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            c.execute(text(f"DROP TRIGGER {t}"))
        c.execute(text("DROP TABLE articles_fts"))
    again = Store.open(str(tmp_path / "old.db"), create=False)
    assert _fts_count(again, "hoa phong") == 1 and _fts_count(again, "dai loc") == 2


def test_views_are_idempotent_and_leave_a_table_alone(tmp_path):
    from sqlalchemy import text

    from govfacts.db.datasette.views import VIEWS, ensure_views

    store = Store.open(str(tmp_path / "v.db"))
    with store.engine.begin() as c:
        c.execute(text("CREATE TABLE citation_list (x INTEGER)"))
        c.execute(text("CREATE VIEW meeting_list AS SELECT 1 AS old"))
    assert ensure_views(store.engine) == ["citation_list"]
    assert ensure_views(store.engine) == ["citation_list"]
    with store.engine.connect() as c:
        sql = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'meeting_list'")).scalar()
    assert sql == VIEWS["meeting_list"]


# --- the commands -------------------------------------------------------------------------------

def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("db", ["postgresql+psycopg://user:s3cret@db.example/facts", "sqlite://",
                                "mysql://root@localhost/x"])
def test_serve_needs_a_sqlite_store(db):
    res = run("serve", "--db", db)
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "serve needs a SQLite store" in lines[0] and "s3cret" not in lines[0]


def test_serve_refuses_a_missing_store_and_a_busy_port(tmp_path, store_path):
    res = run("serve", "--db", str(tmp_path / "none.db"))
    assert res.exit_code == 2 and "no such database" in res.output
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        res = run("serve", "--db", str(store_path), "--port", str(s.getsockname()[1]))
    assert res.exit_code == 2 and "cannot listen" in res.output and len(res.output.strip().splitlines()) == 1


def _article_id(text: str) -> str:
    return Article(text=text).id


def test_show_in_the_terminal_and_as_html(tmp_path, store_path):
    aid = _article_id(DAI_LOC)
    res = run("show", aid[:8], "--db", str(store_path))
    assert res.exit_code == 0, res.output
    assert "⟨CUỘC HỌP f2⟩" in res.output and "⟨CẢNH BÁO w1⟩" in res.output
    assert "ông [[Trần Văn Tâm]⟨CHỦ TRÌ f2⟩]⟨CÁN BỘ f3⟩" in " ".join(res.output.split())  # no colours: brackets
    out = tmp_path / "page.html"
    res = run("show", aid, "--db", str(store_path), "--html", str(out), "--fact", "f2")
    assert res.exit_code == 0 and out.exists()
    html = out.read_text(encoding="utf-8")
    assert '<span class="sentence focus" id="focus-sentence">' in html and "Dữ kiện f2" in html
    assert run("show", aid, "--db", str(store_path), "--html", "-").output.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args, code, words", [
    (["no-such-article"], 1, "no stored article"),
    ([_article_id(DAI_LOC), "--fact", "f99"], 1, "has no fact"),
])
def test_show_refuses_in_one_line(store_path, args, code, words):
    res = run("show", *args, "--db", str(store_path))
    assert res.exit_code == code and words in res.output and len(res.output.strip().splitlines()) == 1


def test_serve_answers_over_http(store_path):
    from govfacts.db.datasette.serving import serving

    with serving(store_path) as base:
        url = f"{base}/govfacts/who_chaired.json?_shape=array&person=T%C3%A2m&place=&since=&until="
        with urllib.request.urlopen(url, timeout=5) as r:
            body = json.load(r)
    assert body and body[0]["chair"] == TAM
