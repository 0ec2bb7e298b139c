"""The citation audit (db/audit.py, ``govfacts audit`` / ``documents``).

A corpus of small articles (tests/data/audit, first line the title) plants each kind of
finding beside clean articles: every planted finding is reported, no clean article is, and
nothing else is.  On the seeds the audit says exactly what a careful reader finds.
"""
import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.planted_citations import plant_synthetic_citations
from govfacts.db.audit import (
    Cite,
    Evidence,
    is_national,
    issuer_parts,
    reviewed_period,
    run_audit,
    same_documents,
    type_class,
)
from govfacts.db.models import ArticleRow, FactRow
from govfacts.db.store import Store
from govfacts.extraction.cli import cli
from govfacts.extraction.ingest import ingest
from govfacts.extraction.registry import default_names

from .conftest import SEEDS

DATA = Path(__file__).resolve().parent / "data" / "audit"
MEETINGS = "meeting" in default_names()
needs_meetings = pytest.mark.skipif(not MEETINGS, reason="no 'meeting' extractor in extract.registry.PIPELINE yet")

# (code, level, subject, the articles it must cite, needs the meeting extractor)
PLANTED = [
    ("impossible_date", "error", "45/KH-UBND", {"ngay_khong_ton_tai"}, False),
    ("conflicting_dates", "error", "468/QĐ-TTg", {"mot_cua_ngay_a", "mot_cua_ngay_b"}, False),
    ("conflicting_dates", "error", "112/KH-UBND", {"hai_ngay_mot_bai"}, False),
    ("conflicting_issuers", "warning", "09-NQ/TU", {"co_quan_ban_hanh_a", "co_quan_ban_hanh_b"}, False),
    ("conflicting_types", "warning", "22/2023/QH15", {"loai_van_ban_a", "loai_van_ban_b"}, False),
    ("type_mismatch", "warning", "318/KH-UBND", {"ky_hieu_sai_loai"}, False),
    ("party_code_in_state_form", "warning", "05/NQ-TU", {"ky_hieu_dang_sai_dang"}, False),
    ("year_mismatch", "error", "61/2018/NĐ-CP", {"nam_trong_so_khac"}, False),
    ("issued_after_article", "error", "77/QĐ-UBND", {"ban_hanh_sau_bai_viet"}, False),
    ("unknown_code", "info", "BQLDA", {"ma_chua_co_trong_tu_dien"}, False),
    ("impossible_date", "error", "27/KH-UBND", {"ngay_khong_ton_tai_nam_thuong"}, False),
    ("type_mismatch", "warning", "142/KH-UBND", {"thong_bao_mang_ky_hieu_ke_hoach"}, False),
    ("year_mismatch", "error", "03/2019/TT-BNV", {"thong_tu_nam_lech"}, False),
    ("issued_after_article", "error", "512/QĐ-UBND", {"quyet_dinh_sau_ngay_dang"}, False),
    ("party_code_in_state_form", "warning", "08/CT-HU", {"chi_thi_huyen_uy_dang_nha_nuoc"}, False),
    ("meeting_after_article", "error", "meeting of 20/06/2023", {"hop_sau_bai_viet"}, True),
    ("meeting_before_period", "warning", "meeting of 18/01/2024", {"tong_ket_truoc_ky"}, True),
]
PLANTED_FILES = set().union(*(files for *_, files, _ in PLANTED))
CLEAN = sorted(p.stem for p in DATA.glob("*.txt") if p.stem not in PLANTED_FILES)


def stem(source: str) -> str:
    return Path(source).stem


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('audit') / 'audit.db'}")
    summary = ingest([str(DATA)], store, jobs=1)
    assert summary.failed == 0
    return store


@pytest.fixture(scope="module")
def corpus_findings(corpus_store):
    return run_audit(corpus_store)


@pytest.fixture(scope="module")
def seeds_findings(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}")
    ingest([str(SEEDS)], store, jobs=1)
    return run_audit(store)


def test_the_corpus_plants_each_kind_beside_as_many_clean_articles():
    assert len(list(DATA.glob("*.txt"))) >= 20
    assert len(PLANTED_FILES) >= 20 and len(CLEAN) >= len(PLANTED_FILES)
    assert len({code for code, *_ in PLANTED}) == 11


@pytest.mark.parametrize("code, level, subject, files, meeting", PLANTED, ids=[f"{p[0]}:{p[2]}" for p in PLANTED])
def test_every_planted_finding_is_reported(corpus_findings, code, level, subject, files, meeting):
    if meeting and not MEETINGS:
        pytest.skip("no 'meeting' extractor in extract.registry.PIPELINE yet")
    found = [f for f in corpus_findings if (f.code, f.subject) == (code, subject)]
    assert len(found) == 1, [(f.code, f.subject) for f in corpus_findings]
    assert found[0].level == level
    assert {stem(e.source) for e in found[0].evidence} == files


@pytest.mark.parametrize("name", CLEAN)
def test_no_clean_article_is_reported(corpus_findings, name):
    assert [f.code for f in corpus_findings if name in {stem(e.source) for e in f.evidence}] == []


def test_nothing_but_the_planted_findings(corpus_findings):
    planted = {(code, subject) for code, _, subject, _, meeting in PLANTED if MEETINGS or not meeting}
    assert {(f.code, f.subject) for f in corpus_findings} == planted


def test_evidence_quotes_the_stored_text(corpus_store, corpus_findings):
    with Session(corpus_store.engine) as s:
        texts = dict(s.execute(select(ArticleRow.id, ArticleRow.text)).all())
    for f in corpus_findings:
        assert f.evidence and f.articles
        for e in f.evidence:
            assert texts[e.article_id][e.start:e.end] == e.quote
            assert e.quote in e.sentence


def test_seeds_citations_give_exactly_the_impossible_date(seeds_findings):
    found = [f for f in seeds_findings if not f.code.startswith("meeting_")]
    assert [(f.code, f.level, f.subject) for f in found] == [("impossible_date", "error", "21-CTr/HU")]
    (e,) = found[0].evidence
    assert stem(e.source) == "000_c9c5d3ee07f476ec"
    assert e.quote == "Chương trình số 21-CTr/HU ngày 31/11/2021 của Huyện ủy" and e.claim == "issued 2021-11-31"
    assert "31/11/2021" in found[0].message


@needs_meetings
def test_seeds_give_the_impossible_date_and_the_early_review(seeds_findings):
    assert [(f.code, f.level, f.subject, stem(f.evidence[0].source)) for f in seeds_findings] == [
        ("impossible_date", "error", "21-CTr/HU", "000_c9c5d3ee07f476ec"),
        ("meeting_before_period", "warning", "meeting of 12/01/2023", "003_721d430f96819d2f"),
    ]


# --- meetings, from stored facts written here --------------------------------------------

REVIEW_2023 = "tổng kết công tác cải cách hành chính năm 2023, triển khai phương hướng nhiệm vụ năm 2024"
# (article date, meeting day, topic, the findings it must give)
MEETINGS_TABLE = [
    ("2024-01-15", "2023-01-12", REVIEW_2023, {"meeting_before_period"}),
    ("2024-01-15", "2024-01-12", REVIEW_2023, set()),
    ("2023-06-05", "2023-06-20", "đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
     {"meeting_after_article"}),
    ("2023-06-20", "2023-06-20", "đối thoại với Nhân dân", set()),
    ("2024-07-08", "2024-06-20", "sơ kết 6 tháng đầu năm 2024", set()),
    ("2024-03-08", "2024-03-05", "sơ kết 6 tháng đầu năm 2024", {"meeting_before_period"}),
    ("2023-04-10", "2023-04-07", "sơ kết công tác cải cách hành chính quý I/2023", set()),
    ("2023-02-02", "2023-01-30", "sơ kết quý I/2023", {"meeting_before_period"}),
    (None, "2025-01-10", "tổng kết năm 2025", {"meeting_before_period"}),
    (None, "2025-01-10", None, set()),
    ("2022-04-10", "2022-04-08", "đánh giá việc thực hiện công tác Cải cách hành chính, chính quyền số Quý I", set()),
    ("2024-12-20", "2024-12-18", "tổng kết công tác năm 2024", set()),
    ("2020-12-30", "2020-12-28", "tổng kết nhiệm kỳ 2016-2021", set()),
]


def stored_meeting(store, n, published, held, topic):
    """An article with one meeting fact, written through Store.add as ingest writes it."""
    text = f"Hội nghị số {n}\nNgày {held}, UBND xã tổ chức Hội nghị {topic or ''}."
    sha = hashlib.sha256(text.encode()).hexdigest()
    start = text.index("UBND")
    quote = text[start:].rstrip(".")
    fact = {"id": "f1", "kind": "meeting", "span": {"start": start, "end": start + len(quote), "text": quote,
                                                      "sentence": 1},
            "extractor": "meeting", "rule": "test", "confidence": 0.9,
            "event_type": "hội nghị", "topic": topic, "date": held, "chair": [], "attendees": []}
    art = {"id": sha[:16], "text_sha256": sha, "source": f"meeting_{n}.txt", "title": text.split("\n")[0],
           "published": published}
    store.add({"article": art,
               "facts": [fact], "warnings": [], "text": text, "sentences": [(0, len(text.split("\n")[0])),
                                                                            (text.index("\n") + 1, len(text))]})
    return f"meeting_{n}.txt"


def test_meeting_checks_on_stored_facts(db_url):
    store = Store.open(db_url)
    sources = [stored_meeting(store, n, *row[:3]) for n, row in enumerate(MEETINGS_TABLE)]
    findings = run_audit(store)
    for source, (published, held, topic, expected) in zip(sources, MEETINGS_TABLE):
        got = {f.code for f in findings if f.evidence[0].source == source}
        assert got == expected, (published, held, topic)


# --- the pieces --------------------------------------------------------------------------

PERIODS = [
    ("tổng kết công tác cải cách hành chính năm 2023, triển khai phương hướng nhiệm vụ năm 2024",
     ("năm 2023", date(2023, 1, 1), date(2023, 12, 31))),
    ("tổng kết thực hiện nhiệm vụ năm 2023", ("năm 2023", date(2023, 1, 1), date(2023, 12, 31))),
    ("sơ kết 6 tháng đầu năm 2024", ("6 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 6, 30))),
    ("sơ kết 06 tháng cuối năm 2022", ("06 tháng cuối năm 2022", date(2022, 7, 1), date(2022, 12, 31))),
    ("sơ kết công tác quý I/2023", ("quý I/2023", date(2023, 1, 1), date(2023, 3, 31))),
    ("đánh giá kết quả thực hiện quý III năm 2022", ("quý III năm 2022", date(2022, 7, 1), date(2022, 9, 30))),
    ("tổng kết 9 tháng năm 2023", ("9 tháng năm 2023", date(2023, 1, 1), date(2023, 9, 30))),
    ("sơ kết công tác tháng 10/2023", ("tháng 10/2023", date(2023, 10, 1), date(2023, 10, 31))),
    ("Tổng kết công tác Đảng năm 2021", ("năm 2021", date(2021, 1, 1), date(2021, 12, 31))),
    ("triển khai nhiệm vụ năm 2024", None),
    ("tổng kết giai đoạn 2021-2025", None),
    ("tổng kết năm học 2022-2023", None),
    ("sơ kết giữa nhiệm kỳ 2020 - 2025", None),
    ("đánh giá việc thực hiện công tác Cải cách hành chính, chính quyền số Quý I", None),
    ("tổng kết công tác, triển khai nhiệm vụ năm 2024", None),
    ("triển khai bộ chỉ số đánh giá, xếp hạng chỉ số cải cách hành chính năm 2024", None),
    ("triển khai kế hoạch và đánh giá kết quả năm 2023", None),
    ("đánh giá việc thực hiện công tác cải cách hành chính quý I/2022",
     ("quý I/2022", date(2022, 1, 1), date(2022, 3, 31))),
    ("nhìn lại 6 tháng đầu năm 2024", ("6 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 6, 30))),
    ("chuyên đề cải cách hành chính năm 2022", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("topic, expected", PERIODS)
def test_reviewed_period(topic, expected):
    assert reviewed_period(topic) == expected


ISSUERS = [
    ("Ủy ban nhân dân tỉnh Quảng Nam", ("ủy ban nhân dân", "tỉnh", "quảng nam")),
    ("Tỉnh ủy Quảng Nam", ("tỉnh ủy", None, "quảng nam")),
    ("Ban Thường vụ Tỉnh ủy Quảng Nam", ("ban thường vụ tỉnh ủy", None, "quảng nam")),
    ("Ủy ban nhân dân huyện", ("ủy ban nhân dân", "huyện", None)),
    ("Thường trực Hội đồng nhân dân xã", ("thường trực hội đồng nhân dân", "xã", None)),
    ("Ủy ban nhân dân thành phố Hạ Long", ("ủy ban nhân dân", "thành phố", "hạ long")),
    ("Huyện ủy", ("huyện ủy", None, None)),
    ("Thủ tướng Chính phủ", ("thủ tướng chính phủ", None, None)),
    (None, (None, None, None)),
]


@pytest.mark.parametrize("issuer, expected", ISSUERS)
def test_issuer_parts(issuer, expected):
    assert issuer_parts(issuer) == expected


@pytest.mark.parametrize("code, issuer, expected", [
    ("TTg", "Thủ tướng Chính phủ", True), ("CP", None, True), ("QH15", "Quốc hội", True), ("BNV", None, True),
    ("TW", "Bộ Chính trị", True), ("BNV-VP", None, True),
    ("UBND", "Ủy ban nhân dân tỉnh Quảng Nam", False), ("TU", None, False), ("HĐND", None, False),
    ("BQLDA", None, False), (None, "Chính phủ", True), (None, "Ban Thường vụ Tỉnh ủy", False), (None, None, False),
])
def test_is_national(code, issuer, expected):
    assert is_national(code, issuer) is expected


@pytest.mark.parametrize("word, expected", [
    ("văn bản", None), ("Văn bản", None), (None, None), ("Luật", {"luật"}), ("Quyết định", {"QĐ"}),
    ("Nghị quyết", {"NQ"}), ("Công văn", {"CV"}), ("Quy định", {"QyĐ", "QĐ", "QĐi"}),
])
def test_type_class(word, expected):
    assert type_class(word) == (frozenset(expected) if expected else None)


def cite(article, issued=None, issuer=None, written=True, code="UBND", number_year=None):
    ev = Evidence(article, f"{article}.txt", None, "q", 0, 1, "q")
    return Cite("12/kh-ubnd", "12/KH-UBND", issued, number_year, "Kế hoạch", "KH", issuer, code, written, ev)


UBND_QN, UBND_BK = "Ủy ban nhân dân tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Bắc Kạn"
UBND_T, UBND_H, UBND = "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện", "Ủy ban nhân dân"
TTG = {"issuer": "Thủ tướng Chính phủ", "code": "TTg"}
QH = {"issuer": "Quốc hội", "code": "QH15", "number_year": 2023}

# (citations of one number, the documents they make: sizes, largest first)
DOCUMENTS = [
    ([cite("a", "2021-03-27", **TTG), cite("b", "2021-03-29", **TTG)], [2]),  # national: one everywhere
    ([cite("a", "2021-03-27", **TTG), cite("b", "2022-03-27", **TTG)], [1, 1]),  # numbers restart each year
    ([cite("a", "2022-01-15", UBND_QN), cite("b", "2022-01-20", UBND_QN)], [2]),  # one named place
    ([cite("a", "2022-01-15", UBND_QN), cite("b", "2022-01-20", UBND_BK)], [1, 1]),  # two provinces
    ([cite("a", "2023-02-10", UBND_H), cite("b", "2023-02-17", UBND_H)], [1, 1]),  # which huyện? unknown
    ([cite("a", "2022-03-10", UBND_T), cite("a", "2022-03-12", UBND_QN)], [2]),  # one article: agree
    ([cite("a", "2022-03-10", UBND_T), cite("a", "2022-03-25", UBND_H)], [1, 1]),  # tỉnh is not huyện
    ([cite("a", "2022-03-12", UBND_H), cite("a", "2022-03-21", UBND, written=False)], [2]),
    ([cite("a", "2021-10-04", UBND_T), cite("a", None, UBND, written=False)], [2]),  # undated takes the year
    ([cite("a", "2021-10-04", UBND_T), cite("a", "2022-10-04", UBND_T), cite("a", None, UBND, written=False)],
     [1, 1]),  # two years in the article: the undated one is left out
    ([cite("a", None, UBND, written=False), cite("b", None, UBND, written=False)], []),
    ([cite("a", "2022-05-20", "Tỉnh ủy Quảng Nam", code="TU"),
      cite("b", "2022-05-20", "Ban Thường vụ Tỉnh ủy Quảng Nam", code="TU")], [2]),
    ([cite("a", None, **QH), cite("b", None, **QH)], [2]),  # the year in the number
]


@pytest.mark.parametrize("cites, sizes", DOCUMENTS)
def test_which_citations_name_one_document(cites, sizes):
    assert sorted((len(d) for d in same_documents(cites)), reverse=True) == sizes


def test_audit_of_10000_synthetic_citations(db_url):
    store = Store.open(db_url)
    planted = plant_synthetic_citations(store, 10_000)
    with Session(store.engine) as s:
        assert s.scalar(select(func.count()).select_from(FactRow).where(FactRow.kind == "document_ref")) == 10_000
    assert {(f.code, f.subject) for f in run_audit(store)} == planted
    assert ingest([str(DATA / "tieu_chuan_iso.txt")], store, jobs=1).stored == 1  # the store stays usable


def test_the_same_findings_on_postgresql(corpus_findings, pg_url):
    store = Store.open(pg_url)
    try:
        ingest([str(DATA)], store, jobs=1)
        got = [(f.code, f.subject, f.articles) for f in run_audit(store)]
        assert got == [(f.code, f.subject, f.articles) for f in corpus_findings]
    finally:
        store.engine.dispose()


def test_planted_findings_on_postgresql(pg_url):
    store = Store.open(pg_url)
    try:
        planted = plant_synthetic_citations(store, 10_000)
        assert {(f.code, f.subject) for f in run_audit(store)} == planted
        assert ingest([str(DATA)], store, jobs=1).stored == len(list(DATA.glob("*.txt")))  # ids still fresh
    finally:
        store.engine.dispose()


# --- the command line --------------------------------------------------------------------

def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_audit_command_exit_status_and_evidence(tmp_path):
    db = str(tmp_path / "seeds.db")
    run("ingest", str(SEEDS), "--db", db, "--jobs", "1")
    res = run("audit", "--db", db)
    assert res.exit_code == 1  # an impossible date is an error
    line = next(x for x in res.output.splitlines() if "impossible_date" in x)
    assert line.split()[:3] == ["error", "impossible_date", "21-CTr/HU"]
    assert "000_c9c5d3ee07f476ec.txt" in line and "«Chương trình số 21-CTr/HU ngày 31/11/2021" in line
    lines = [json.loads(line) for line in run("audit", "--db", db, "--format", "json").output.splitlines()]
    first = lines[0]
    assert first["code"] == "impossible_date" and first["level"] == "error" and len(first["articles"]) == 1
    ev = first["evidence"][0]
    assert {"article_id", "source", "quote", "start", "end", "sentence", "claim"} <= set(ev)
    assert ev["end"] - ev["start"] == len(ev["quote"])


@pytest.mark.parametrize("files, fail_on, status", [
    (["tong_ket_dung_ky.txt", "sach_ttg_dung_ngay_a.txt"], "info", 0),
    (["ma_chua_co_trong_tu_dien.txt"], "error", 0),
    (["ma_chua_co_trong_tu_dien.txt"], "warning", 0),
    (["ma_chua_co_trong_tu_dien.txt"], "info", 1),
    (["ky_hieu_sai_loai.txt"], "error", 0),
    (["ky_hieu_sai_loai.txt"], "warning", 1),
    (["ngay_khong_ton_tai.txt"], "error", 1),
])
def test_fail_on(tmp_path, files, fail_on, status):
    db = str(tmp_path / "f.db")
    run("ingest", *[str(DATA / f) for f in files], "--db", db, "--jobs", "1")
    res = run("audit", "--db", db, "--fail-on", fail_on)
    assert res.exit_code == status, res.output
    if fail_on == "info" and status == 0:
        assert "0 findings" in res.output


def test_audit_bad_database_is_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("junk", encoding="utf-8")
    for cmd in ("audit", "documents"):
        res = CliRunner().invoke(cli, [cmd, "--db", str(bad)])
        assert res.exit_code == 2 and res.output.strip().count("\n") == 0 and str(bad) in res.output
    res = CliRunner().invoke(cli, ["audit", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 2 and "no such database" in res.output


@pytest.fixture(scope="module")
def corpus_db(corpus_store):
    return corpus_store.url


@pytest.mark.parametrize("args, expected", [
    (["--issuer", "TTg"], ["31/2021/QĐ-TTg", "27/QĐ-TTg", "27/QĐ-TTg", "468/QĐ-TTg"]),  # 27: 2022 and 2024
    (["--issuer", "ttg", "--year", "2024"], ["27/QĐ-TTg"]),
    (["--type", "QD", "--year", "2021"], ["31/2021/QĐ-TTg", "468/QĐ-TTg"]),
    (["--type", "Kế hoạch", "--issuer", "Quảng Nam"], ["12/KH-UBND"]),
    (["--issuer", "QH"], ["22/2023/QH15"]),
    (["--issuer", "HDND"], ["05/2022/NQ-HĐND"]),
    (["--type", "CTr"], ["21-CTr/HU"]),
    (["--year", "1999"], []),
])
def test_documents_filters(corpus_db, args, expected):
    res = run("documents", "--db", corpus_db, "--format", "json", *args)
    assert res.exit_code == (0 if expected else 1)
    assert sorted(json.loads(line)["canonical"] for line in res.stdout.splitlines()) == sorted(expected)


def test_documents_counts_citers_first_and_last(corpus_db):
    res = run("documents", "--db", corpus_db, "--format", "json", "--issuer", "TTg", "--year", "2021", "--type", "QĐ")
    rows = {json.loads(line)["canonical"]: json.loads(line) for line in res.output.splitlines()}
    d = rows["31/2021/QĐ-TTg"]
    assert (d["citations"], d["articles"], d["issued_on"]) == (4, 3, ["2021-11-11"])
    assert rows["468/QĐ-TTg"]["issued_on"] == ["2021-03-27", "2021-03-29"]  # one row, the audit's conflict
    assert stem(d["first"]["source"]) == "sach_ttg_dung_ngay_a" and d["first"]["published"] == "2022-03-14"
    assert stem(d["last"]["source"]) == "sach_ttg_dung_ngay_c" and d["last"]["published"] == "2024-02-02"
    assert [stem(a["source"]) for a in d["cited_by"]] == ["sach_ttg_dung_ngay_a", "sach_ttg_dung_ngay_b",
                                                         "sach_ttg_dung_ngay_c"]
    table = run("documents", "--db", corpus_db, "--issuer", "TTg", "--year", "2021").output.splitlines()
    assert table[0].split() == ["canonical", "type_name", "issuer", "year", "issued_on", "citations", "articles",
                                "first_published", "first_article", "last_published", "last_article"]
    row = next(x for x in table if x.startswith("31/2021/QĐ-TTg"))
    assert "Quyết định" in row and "Thủ tướng Chính phủ" in row
    assert row.split()[-6:] == ["4", "3", "2022-03-14", d["first"]["article_id"], "2024-02-02", d["last"]["article_id"]]
