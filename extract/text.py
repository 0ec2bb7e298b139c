"""Text helpers shared by every stage: normalisation, folding for keys, Vietnamese numbers."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Old-style tone placement → new style, so "Hoà" and "Hòa", "Thuỷ" and "Thủy" meet.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# Only at the end of a syllable ("hoà", "thuỷ"): before a final consonant both styles agree
# ("Đoàn", "Hoàng"). Not after "q" or "g": in "quý" the u belongs to the consonant.
_TONE_RE = regex.compile(
    "(?<![qg])(?:" + "|".join(sorted(_TONE_PAIRS, key=len, reverse=True)) + r")(?!\w)", regex.IGNORECASE
)


def skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is no space, tab or no-break space (not a
    line break: a name or a title never runs over one)."""
    n = len(text)
    while pos < n and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def line_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), without their surrounding whitespace."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Control characters (C0 but tab and line end, DEL, C1): PostgreSQL refuses NUL, a terminal
# obeys the rest (clear screen, window title, hidden text).  Invisible format characters
# (zero-width spaces, word joiner, BOM) split a name so that no query finds it.
CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
INVISIBLE_RE = regex.compile(r"[\u200b\u2060\ufeff]")


def clean_text(text: str) -> str:
    """Input cleaning: control characters become spaces, invisible ones go, so SQLite and
    PostgreSQL store the same text; offsets index the cleaned text."""
    return CONTROL_RE.sub(" ", INVISIBLE_RE.sub("", text))


def normalize_tones(text: str) -> str:
    """Move tone marks to the modern placement (Hoà → Hòa, Uỷ → Ủy), keeping case."""

    def swap(m: regex.Match) -> str:
        src = m.group(0)
        dst = _TONE_PAIRS[src.lower()]
        return "".join(d.upper() if s.isupper() else d for s, d in zip(src, dst))

    return _TONE_RE.sub(swap, text)


def fold(text: str) -> str:
    """A matching key: NFC, modern tone placement, lower case, single spaces, no invisible
    characters (a name pasted with a zero-width space still finds the name). Short texts
    (names, words: stages fold the same ones for every mention) are folded once."""
    return _fold_short(text) if len(text) < _SHORT else _fold(text)


_SHORT = 120  # characters: longer texts are folded each time, not kept


def _fold(text: str) -> str:
    return " ".join(normalize_tones(nfc(clean_text(text))).lower().split())


_fold_short = lru_cache(maxsize=8192)(_fold)


# The hyphen and the dashes the genre's text carries: en and em dash, and the Unicode hyphens,
# figure dash and minus that word processors paste.
DASHES = "-–—‐‑‒−"
_TO_HYPHEN = str.maketrans({d: "-" for d in DASHES[1:]})


def org_key(org: str) -> str:
    """A body's name as a key: :func:`fold`, and any dash a hyphen ("Ban Thi đua – Khen
    thưởng" = "ban thi đua - khen thưởng"), since portals type the joint either way."""
    return fold(org).translate(_TO_HYPHEN)


def document_key(number: str) -> str:
    """A cited document's number as a key: case, Đ/D, tone placement and spaces do not matter
    ("2370/QĐ-UBND" = "2370/qd-ubnd" = "2370 / QĐ-UBND").  The one key of a number: the store,
    the relations between documents and the evaluation all use it."""
    return fold(number).replace(" ", "").replace("đ", "d")


def same_type_name(a: str, b: str) -> bool:
    """Two folded type names of a document that name one type: one is the other's start ("chương
    trình hành động" and "chương trình", "kết luận thanh tra" and "kết luận")."""
    return a.startswith(b) or b.startswith(a)


def code_key(code: str) -> str:
    """A type or issuer code as a key: 'QD', 'qđ', 'QÐ' (with an Icelandic eth) all → 'QD'."""
    return code.replace("Ð", "Đ").replace("ð", "đ").upper().replace("Đ", "D")


def strip_marks(text: str) -> str:
    """Remove all diacritics (Đ → D too): the loosest key, for ASCII-typed queries."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_NUMBER_RE = regex.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d{1,2}$|^\d+\.\d{4,}$")


def parse_number(text: str) -> float | None:
    """Vietnamese number → float: "80,28" → 80.28, "18.619.718" → 18619718.

    A dot followed by exactly three digits is a thousands separator; a dot followed by
    one, two or four+ digits is read as an English-style decimal point ("92.83").
    """
    t = text.strip()
    if not _NUMBER_RE.match(t):
        return None
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "")
    t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:  # pragma: no cover - guarded by the regex
        return None


def matches_words(query: str, *texts: str | None) -> bool:
    """``query`` occurs as whole words in one of ``texts``, whatever the case and tone placement
    (Hòa/Hoà); a query typed without marks ("nong son") also matches the marked text."""
    q = fold(query)
    if not q:
        return True
    loose = strip_marks(q) == q
    pattern = regex.compile(rf"(?<!\w){regex.escape(q)}(?!\w)")
    for t in texts:
        if not t:
            continue
        hay = fold(t)
        if pattern.search(strip_marks(hay) if loose else hay):
            return True
    return False
