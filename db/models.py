"""The fact store's tables (SQLAlchemy 2): articles, facts, warnings, cited documents, people.

Facts keep their provenance: the span offsets into ``articles.text``, the quoted words and
the sentence.  ``documents`` has one row per cited document (canonical number, issuer,
year), so "who cites it" is a join through ``facts.document_id``.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Marks a database as a govfacts store (and which schema version it holds)."""

    __tablename__ = "govfacts_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    published: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=lambda: datetime.now(timezone.utc))

    facts: Mapped[list["FactRow"]] = relationship(back_populates="article", cascade="all, delete-orphan")


class DocumentRow(Base):
    """One cited document. ``key`` folds case, Đ/D and spacing so variants meet."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("key", "issuer_key", "year", name="uq_document"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    canonical: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), index=True)
    system: Mapped[str | None] = mapped_column(String(16), nullable=True)
    type_code: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    issuer_code: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    issuer: Mapped[str | None] = mapped_column(Text, nullable=True)
    issuer_key: Mapped[str] = mapped_column(String(255), default="")
    # The year in the number, else the year of the issue date; 0 when neither is known.
    year: Mapped[int] = mapped_column(Integer, default=0, index=True)


class FactRow(Base):
    __tablename__ = "facts"
    # uq_fact's index also serves lookups and cascades by article_id, and ix_facts_kind_value
    # lookups by kind: no index of their own on either column (migration 0004 drops them).
    __table_args__ = (
        UniqueConstraint("article_id", "local_id", name="uq_fact"),
        Index("ix_facts_kind_value", "kind", "value"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    local_id: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    # A short searchable value per kind: canonical number, ISO date, person name, score.
    value: Mapped[str | None] = mapped_column(String(255), nullable=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    sentence_index: Mapped[int] = mapped_column(Integer, default=0)
    sentence: Mapped[str] = mapped_column(Text, default="")
    extractor: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(64), default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    # Fields of document_ref facts copied into real columns (db/store.py fact_columns), so the
    # audit (db/audit.py) filters and groups in SQL, with no JSON functions.
    issued_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    date_valid: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    number_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    type_word: Mapped[str | None] = mapped_column(String(64), nullable=True)
    unknown_codes: Mapped[str | None] = mapped_column(String(120), nullable=True)

    article: Mapped[ArticleRow] = relationship(back_populates="facts")
    document: Mapped[DocumentRow | None] = relationship()


class WarningRow(Base):
    __tablename__ = "warnings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)


class PersonRow(Base):
    """One person across the corpus: a name at a place (db/people.py).

    ``name_key`` folds case and tone placement ("Hoà" = "Hòa"), so spellings of one name
    meet; ``place_key`` likewise for the place of the person's roles ("" when none is known).
    """

    __tablename__ = "persons"
    __table_args__ = (UniqueConstraint("name_key", "place_key", name="uq_person"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    place: Mapped[str] = mapped_column(String(120), default="")
    place_key: Mapped[str] = mapped_column(String(120), default="", index=True)


class PersonRoleRow(Base):
    """A role of a person as one article gives it, with the day it was seen and the words.

    ``seen_on`` is the article's date, else its meeting's or first day's date (or null);
    a row with an empty title records an article that names the person without a role.
    """

    __tablename__ = "person_roles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(120), default="", index=True)
    org: Mapped[str] = mapped_column(String(255), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    place_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    seen_on: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    quote: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
