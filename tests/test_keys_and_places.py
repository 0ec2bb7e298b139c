"""The shared rules of the core, written once: the key of a document number and of a code,
and which named place a bare level word means."""
import doctest

import pytest

from govfacts.extraction import places
from govfacts.extraction.official_parser import RoleParser
from govfacts.extraction.places import last_named
from govfacts.extraction.fact_kinds import kind
from govfacts.extraction.text import code_key, document_key, org_key


@pytest.mark.parametrize("written", ["2370/QĐ-UBND", "2370/qđ-ubnd", "2370/QD-UBND", "2370 / QĐ-UBND"])
def test_one_document_key_whatever_the_spelling(written):
    assert document_key(written) == "2370/qd-ubnd"


@pytest.mark.parametrize("written", ["QĐ", "qđ", "QD", "QÐ", "qð"])
def test_one_code_key_whatever_the_spelling(written):
    assert code_key(written) == "QD"


@pytest.mark.parametrize("written", ["Ban Thi đua – Khen thưởng", "Ban Thi đua - Khen thưởng", "ban thi đua — khen thưởng"])
def test_one_body_key_whatever_the_dash(written):
    assert org_key(written) == "ban thi đua - khen thưởng"


def test_a_role_is_scored_by_its_body_key():
    """The gold types the en dash the page printed; the extractor writes a hyphen."""
    official = kind("official")
    gold = set(official.gold({"name": "Lê Văn An", "roles": [{"title": "Phó Trưởng ban", "org": "Ban Thi đua – Khen thưởng"}]}))
    typed = set(official.gold({"name": "Lê Văn An", "roles": [{"title": "phó trưởng ban", "org": "ban thi đua - khen thưởng"}]}))
    assert gold == typed


def test_the_last_place_named_before_else_the_first_after():
    hits = ["Nông Sơn", "Quế Sơn"]
    assert last_named(hits, [10, 80], 50) == "Nông Sơn"
    assert last_named(hits, [10, 80], 90) == "Quế Sơn"
    assert last_named(hits, [10, 80], 5) == "Nông Sơn"  # none before: the first after
    assert last_named([], [], 5) is None


def test_a_role_without_a_place_takes_the_unit_named_last_before_it():
    text = ("Hai huyện cùng họp\nSáng nay, UBND huyện Quế Sơn tổ chức hội nghị. Tiếp đó, UBND huyện Nông Sơn "
            "làm việc với xã. Ông Lê Văn Bình, Chủ tịch UBND huyện phát biểu.")
    parser = RoleParser(text)
    assert parser.resolve_place("huyện", "ủy ban nhân dân", text.index("Chủ tịch")) == "Nông Sơn"
    assert parser.resolve_place("huyện", "ủy ban nhân dân", text.index("Sáng nay")) == "Quế Sơn"


def test_the_places_doctest_runs():
    assert doctest.testmod(places).failed == 0
