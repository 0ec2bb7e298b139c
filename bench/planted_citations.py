"""A store of synthetic citations for the audit: consistent documents in bulk, decoys that must
stay silent, and one planted case of each rule (written straight through the models, no
extraction).  A test fixture and a bench load, kept out of the package (issue 14)."""
from __future__ import annotations

import hashlib

from sqlalchemy import insert
from sqlalchemy.orm import Session

from govfacts.db.findings import show_date
from govfacts.db.models import ArticleRow, DocumentRow, FactRow, WarningRow
from govfacts.db.store import Store, fact_columns
from govfacts.extraction.text import document_key, fold

_PROVINCES = ("Quảng Nam", "Bắc Kạn", "Thừa Thiên Huế", "Long An", "Quảng Ninh", "Nghệ An", "Đà Nẵng",
              "Bắc Giang", "Hà Tĩnh", "Cà Mau")

# What run_audit must find in the planted articles: {(code, subject)}.
PLANTED = {("impossible_date", "9001/QĐ-UBND"), ("year_mismatch", "9002/2020/NĐ-CP"),
           ("issued_after_article", "9003/QĐ-TTg"), ("conflicting_dates", "9004/QĐ-TTg"),
           ("conflicting_issuers", "9005-NQ/TU"), ("conflicting_types", "9006/2023/QH15"),
           ("unknown_code", "BQLDA"), ("type_mismatch", "9008/KH-UBND"),
           ("meeting_after_article", "meeting of 20/06/2024"), ("meeting_before_period", "meeting of 18/01/2024")}
_TTG = dict(type_word="Quyết định", type_code="QĐ", issuer="Thủ tướng Chính phủ", issuer_code="TTg")


class _Rows:
    """The rows to insert: articles, cited documents, facts and warnings."""

    def __init__(self):
        self.docs: dict[tuple, int] = {}
        self.doc_rows: list[dict] = []
        self.facts: list[dict] = []
        self.articles: list[dict] = []
        self.warnings: list[dict] = []

    def article(self, i: int, published: str | None) -> str:
        aid = f"syn{i:013d}"
        self.articles.append(dict(id=aid, text_sha256=hashlib.sha256(aid.encode()).hexdigest(),
                                  source=f"synthetic/{i:05d}.txt", title=f"Bài {i}", published=published, text=""))
        return aid

    def cite(self, aid: str, canonical: str, *, issued: str | None = None, issuer: str | None = None,
             written: bool = True, type_word: str | None = None, type_code: str | None = None,
             issuer_code: str | None = None, number_year: int | None = None, valid: bool | None = True,
             **extra) -> None:
        key, ikey = document_key(canonical), fold(issuer or "")
        year = number_year or (int(issued[:4]) if issued else 0)
        if (key, ikey, year) not in self.docs:
            self.docs[(key, ikey, year)] = len(self.doc_rows)  # its place in doc_rows; the id comes on insert
            self.doc_rows.append(dict(canonical=canonical, key=key, type_code=type_code, issuer_code=issuer_code,
                                      issuer=issuer, issuer_key=ikey, year=year))
        quote = f"{type_word or ''} số {canonical}".strip() + (f" ngày {show_date(issued)}" if issued else "") \
            + (f" của {issuer}" if written and issuer else "")
        fields = dict(canonical=canonical, year=number_year, type_code=type_code, type_word=type_word,
                      issuer_code=issuer_code, issuer=issuer, issued_on=issued, valid=valid if issued else None,
                      **extra)
        self.facts.append(dict(article_id=aid, local_id=f"f{len(self.facts) + 1}", kind="document_ref",
                               value=canonical, start=0, end=len(quote), quote=quote, sentence=quote + ".",
                               extractor="document_ref", rule="synthetic", confidence=0.98, fields=fields,
                               document_id=self.docs[(key, ikey, year)], **fact_columns("document_ref", fields)))

    def meeting(self, aid: str, held: str, topic: str) -> None:
        quote = f"Ngày {show_date(held)}, UBND xã tổ chức Hội nghị {topic}"
        self.facts.append(dict(article_id=aid, local_id=f"f{len(self.facts) + 1}", kind="meeting", value=held,
                               start=0, end=len(quote), quote=quote, sentence=quote + ".", extractor="meeting",
                               rule="synthetic", confidence=0.9,
                               fields=dict(event_type="hội nghị", topic=topic, date=held, chair=[])))

    def insert(self, store: Store) -> None:
        with Session(store.engine) as s, s.begin():
            s.execute(insert(ArticleRow), self.articles)
            ids = s.scalars(insert(DocumentRow).returning(DocumentRow.id, sort_by_parameter_order=True),
                            self.doc_rows).all()
            for f in self.facts:
                if f["kind"] == "document_ref":
                    f["document_id"] = ids[f["document_id"]]
            s.execute(insert(FactRow), self.facts)
            if self.warnings:
                s.execute(insert(WarningRow), self.warnings)


def _plant_cases(rows: _Rows) -> None:
    """One case of each rule, each in articles of its own, and decoys that must stay silent."""
    a = [rows.article(i, f"2024-0{1 + i % 6}-0{5 + i % 4}") for i in range(8)]
    rows.cite(a[0], "9001/QĐ-UBND", issued="2021-02-30", valid=False, type_word="Quyết định", type_code="QĐ",
              issuer="Ủy ban nhân dân huyện", issuer_code="UBND")
    rows.cite(a[0], "9002/2020/NĐ-CP", issued="2021-03-01", number_year=2020, type_word="Nghị định",
              type_code="NĐ", issuer="Chính phủ", issuer_code="CP")
    rows.cite(a[1], "9003/QĐ-TTg", issued="2024-06-01", **_TTG)  # a[1] is dated 2024-02-06
    rows.cite(a[1], "9004/QĐ-TTg", issued="2022-03-01", **_TTG)
    rows.cite(a[2], "9004/QĐ-TTg", issued="2022-03-02", **_TTG)
    rows.cite(a[2], "9005-NQ/TU", issued="2022-05-20", type_word="Nghị quyết", type_code="NQ",
              issuer="Tỉnh ủy Quảng Nam", issuer_code="TU")
    rows.cite(a[3], "9005-NQ/TU", issued="2022-05-20", type_word="Nghị quyết", type_code="NQ",
              issuer="Ban Thường vụ Tỉnh ủy Quảng Nam", issuer_code="TU")
    rows.cite(a[3], "9006/2023/QH15", number_year=2023, type_word="Luật", issuer="Quốc hội", issuer_code="QH15",
              written=False)
    rows.cite(a[4], "9006/2023/QH15", number_year=2023, type_word="Nghị quyết", issuer="Quốc hội",
              issuer_code="QH15")
    rows.cite(a[4], "9007/KH-BQLDA", issued="2023-06-14", type_word="Kế hoạch", type_code="KH",
              issuer_code="BQLDA", written=False, unknown_codes=["BQLDA"])
    rows.cite(a[5], "9008/KH-UBND", issued="2023-04-05", type_word="Quyết định", type_code="KH",
              issuer="Ủy ban nhân dân tỉnh", issuer_code="UBND")
    rows.warnings.append(dict(article_id=a[5], code="type_mismatch", start=0, end=25,
                              quote="Quyết định số 9008/KH-UBND",
                              message="'Quyết định' names a different type than the code KH in 9008/KH-UBND"))
    rows.articles[6]["published"] = "2024-06-05"
    rows.meeting(a[6], "2024-06-20", "đối thoại với Nhân dân")
    rows.meeting(a[7], "2024-01-18", "tổng kết công tác cải cách hành chính năm 2024, triển khai nhiệm vụ năm 2025")
    # Decoys that must stay silent: a year taken from the article, a review held after its year.
    rows.cite(a[7], "9009/QĐ-UBND", issued="2024-12-28", type_word="Quyết định", type_code="QĐ",
              issuer="Ủy ban nhân dân huyện", issuer_code="UBND", issued_year_source="context")
    rows.meeting(a[5], "2024-01-12", "tổng kết công tác cải cách hành chính năm 2023")


def _plant_bulk(rows: _Rows, citations: int) -> None:
    """10 citations per article of consistent documents, articles dated 2022-2024; one number
    of ten provinces with ten dates is ten documents."""
    rest = citations - sum(1 for f in rows.facts if f["kind"] == "document_ref")
    for i in range(8, 8 + (rest + 9) // 10):
        aid = rows.article(i, f"{2022 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        for j in range(min(10, rest)):
            rest -= 1
            k = (i * 7 + j * 13) % 400
            if j % 3 == 0:
                rows.cite(aid, f"{k + 1}/QĐ-TTg", issued=f"2021-{1 + k % 12:02d}-{1 + k % 28:02d}",
                          written=j % 2 == 0, **_TTG)
            elif j % 3 == 1:
                p = (i + j) % len(_PROVINCES)
                rows.cite(aid, f"{k + 1}/KH-UBND", issued=f"2021-{1 + p:02d}-{1 + k % 28:02d}", type_word="Kế hoạch",
                          type_code="KH", issuer=f"Ủy ban nhân dân tỉnh {_PROVINCES[p]}", issuer_code="UBND")
            else:
                rows.cite(aid, f"{k + 1}/2021/NĐ-CP", issued=f"2021-{1 + k % 12:02d}-{1 + k % 28:02d}",
                          number_year=2021, type_word="Nghị định", type_code="NĐ", issuer="Chính phủ",
                          issuer_code="CP", written=False)


def plant_synthetic_citations(store: Store, citations: int = 10_000) -> set[tuple[str, str]]:
    """Fill an empty store with ``citations`` document_ref facts: consistent national and
    provincial documents cited across ``citations // 10`` articles, decoys that must stay
    silent (one number of ten provinces with ten dates, a year taken from the article), and
    one planted case of each rule.

    Returns the planted findings as {(code, subject)}: exactly what ``run_audit`` must say.
    """
    rows = _Rows()
    _plant_cases(rows)
    _plant_bulk(rows, citations)
    rows.insert(store)
    return set(PLANTED)
