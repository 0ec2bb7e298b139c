"""How the audit reads an issuer and a type word, from the lexicons of patterns/.

"Ủy ban nhân dân tỉnh Quảng Nam" is a body, a level and a place; "Thủ tướng Chính phủ" issues
for the whole country; "Quy định" can name three type codes.  Read from the YAML itself
(importing extract.document_refs would load spaCy through the tokenizer: a second per command).
Used by the citation audit (db/audit.py) and the relation queries (db/relations.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from govfacts.extraction.places import level_of, unit_level_words
from govfacts.extraction.text import code_key, fold
from govfacts.patterns import alternation, load


@dataclass(frozen=True)
class IssuerLexicon:
    bodies: tuple  # issuer bodies as the extractor expands them, longest first
    place_words: regex.Pattern
    national_codes: frozenset  # folded
    national_bodies: frozenset  # folded
    generic_words: frozenset  # folded
    word_codes: dict  # lower-case type word → set of type codes
    all_codes: frozenset  # every type and issuer code of patterns/, folded


@lru_cache(maxsize=None)
def issuer_lexicon() -> IssuerLexicon:
    """The lexicons of patterns/ as the audit needs them, read from the YAML itself (importing
    extract.document_refs would load spaCy through the tokenizer: a second per command)."""
    types, issuers, audit = load("document_types"), load("issuers"), load("audit")
    national = {code_key(c) for c in audit["national_issuers"]}
    word_codes: dict[str, set] = {}
    for system in ("state", "party"):
        for code, entry in types[system].items():
            for word in entry.get("words") or []:
                word_codes.setdefault(word.lower(), set()).add(code)
    return IssuerLexicon(
        bodies=tuple(sorted(set(issuers["names"].values()), key=len, reverse=True)),
        place_words=regex.compile(rf"(?:{alternation(unit_level_words())})(?=\s|$)", regex.IGNORECASE),
        national_codes=frozenset(national),
        national_bodies=frozenset(fold(v) for system in ("state", "party") for c, v in issuers[system].items()
                                  if code_key(c) in national),
        generic_words=frozenset(fold(w) for w in audit["generic_type_words"]),
        word_codes=word_codes,
        all_codes=frozenset(code_key(c) for table in (types["state"], types["party"], issuers["state"],
                                                       issuers["party"]) for c in table),
    )


def issuer_parts(issuer: str | None) -> tuple[str | None, str | None, str | None]:
    """(body, place level, place name) of an issuer as the extractor writes it, folded.

    "Ủy ban nhân dân tỉnh Quảng Nam" → ("ủy ban nhân dân", "tỉnh", "quảng nam");
    "Tỉnh ủy Quảng Nam" → ("tỉnh ủy", None, "quảng nam"); "Huyện ủy" → ("huyện ủy", None, None);
    the level canonical ("UBND TP. Tam Kỳ" is at level "thành phố", extract/places.py level_of).
    """
    if not issuer:
        return None, None, None
    lx = issuer_lexicon()
    body = next((b for b in lx.bodies if issuer.startswith(b)), None)
    rest = issuer[len(body):].strip() if body else ""
    level = None
    m = lx.place_words.match(rest)
    if m:
        level, rest = level_of(m.group(0)), rest[m.end():].strip()
    return (fold(body) if body else fold(issuer)), level, (fold(rest) or None)


def is_national(issuer_code: str | None, issuer: str | None) -> bool:
    """Whether the issuer is one for the whole country ("CP", "TTg", "QH15", "TW", a ministry)."""
    lx = issuer_lexicon()
    if issuer_code:
        head = regex.sub(r"\d+$", "", issuer_code.split("-")[0])
        return code_key(head) in lx.national_codes
    body = issuer_parts(issuer)[0]
    return body in lx.national_bodies


def type_class(word: str | None) -> frozenset | None:
    """The types a type word can name ("Quy định" → QyĐ, QĐ, QĐi); None for "văn bản" or no word."""
    if not word or fold(word) in issuer_lexicon().generic_words:
        return None
    codes = issuer_lexicon().word_codes.get(word.lower())
    return frozenset(codes) if codes else frozenset({fold(word)})
