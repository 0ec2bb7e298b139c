"""A cited document mentioned again after its citation (passes run once every number is read,
from extract/document_refs.py): the next sentence taking it up by its type alone and dating it
("Kết luận do … ký ngày …"), and a type word with a bare number naming the document cited in
full ("Nghị quyết 57" after "Nghị quyết số 57-NQ/TW")."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .citation_issue_date import attach_issue_date
from .citation_numbers import citation_rules
from .model import Fact
from .text import fold, same_type_name

if TYPE_CHECKING:
    from .article import TokenizedArticle


def taken_up_dates(tokenized: TokenizedArticle) -> None:
    """A sentence opening on a type word alone that dates it ("Kết luận do … ký ngày …"): the
    one document of that type the sentence before cites without a date takes the day."""
    if not tokenized.sentences:
        return
    text = tokenized.text
    for rule in citation_rules()["taken_up_date"]:
        for m in rule.scan(text):
            i = tokenized.sentence_index(m.start())
            if i < 1 or text[tokenized.sentences[i][0]:m.start()].strip():
                continue
            before = tokenized.sentences[i - 1]
            refs = [f for f in tokenized.of_kind("document_ref") if before[0] <= f.span.start < before[1]]
            # one of that type, and no other whose type is not known ("… số 88/KL-TTr và 21/KL-TTr")
            named = [f for f in refs if _named_as(tokenized, f, m.group("tw"), before[0])]
            unknown = [f for f in refs if f not in named and not f.get("type_name") and not f.get("type_word")]
            if len(named) == 1 and not unknown and not named[0].get("issued_on"):
                attach_issue_date(tokenized, named[0].fields, m, named[0].get("year"), named[0]["canonical"])
                named[0].rule += "+" + rule.name


def _named_as(tokenized: TokenizedArticle, fact: Fact, type_word: str, sent_start: int) -> bool:
    """Whether the citation is of the type ``type_word`` names: its type, or the words before its number."""
    if any(same_type_name(fold(type_word), fold(fact.get(k) or "")) for k in ("type_name", "type_word") if fact.get(k)):
        return True
    written = tokenized.text[max(sent_start, fact.span.start - 40):_number_at(fact)]
    return bool(regex.search(_TYPE_BEFORE_NUMBER.format(tw=regex.escape(type_word)), written, regex.IGNORECASE))


def _number_at(fact: Fact) -> int:
    """Where the fact's number starts in the text."""
    return fact.span.start + max(0, fact.span.text.find(fact["number"]))


# The type word taken up, then up to three words of the type's name ("Kết luận thanh tra số"), up to the number.
_TYPE_BEFORE_NUMBER = r"(?<!\w){tw}(?:\s+\p{{Ll}}+){{0,3}}(?:\s+số\s*:?)?\s*$"


def short_names(tokenized: TokenizedArticle) -> None:
    """A type word with a bare number names the document the article cites in full with that type
    and number ("Nghị quyết 57" after "Nghị quyết số 57-NQ/TW"): one document cited twice, so it
    takes that canonical (``cited_as`` keeps the short name); with no such citation, or two, it
    stays as written."""
    refs = [f for f in tokenized.facts if f.kind == "document_ref"]
    full: dict[str, set[str]] = {}
    for f in refs:
        if f.get("system") and f.get("type_name") and f.get("number"):
            full.setdefault(f["number"].lstrip("0"), set()).add(f["canonical"])
    for f in refs:
        if f.get("system") or not f.get("type_name"):
            continue
        named = fold(f["type_name"])
        same = {c for c in full.get(f["number"].lstrip("0"), ())
                if any(same_type_name(named, fold(g["type_name"])) for g in refs if g["canonical"] == c)}
        if len(same) == 1:
            f.fields.update(cited_as=f["canonical"], canonical=same.pop())
            f.rule += "+short_name"
