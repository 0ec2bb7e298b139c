"""From raw text to an :class:`Article`: cleaned and NFC text, its title, the site chrome in it
(patterns/chrome.yaml) and the page's own date (a header line, a dateline, a portal's form)."""
from __future__ import annotations

from functools import lru_cache

import regex

from govfacts.extraction.date_grammar import DAY_DATE, date_parts, day_value
from govfacts.extraction.model import Article
from govfacts.extraction.text import clean_text, line_spans, nfc
from govfacts.patterns import alternation, load

from .limits import MAX_ARTICLE_CHARS
from .read_errors import ReadError, too_long

def make_article(raw: str, source: str, *, url: str | None = None, published: str | None = None) -> Article | ReadError:
    """Normalise text, find the chrome, the title and the page's own date.

    The stored text is NFC with ``\n`` line ends, control characters cleaned
    (:func:`extract.text.clean_text`), each line's trailing whitespace dropped and no blank
    lines at either end: texts that differ only there are one article (one id)."""
    if len(raw) > MAX_ARTICLE_CHARS * 2:  # even the cleaned text would be over the limit
        return too_long(source, len(raw))
    text = clean_text(nfc(raw.replace("\r\n", "\n").replace("\r", "\n")))
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if not text.strip():
        return ReadError(source, "empty article")
    if len(text) > MAX_ARTICLE_CHARS:
        return too_long(source, len(text))
    chrome = find_chrome(text)
    art = Article(text=text, source=source, url=url, chrome=chrome)
    all_lines = line_spans(text)
    lines = [(s, e) for s, e in all_lines if not art.in_chrome(s, e)]
    if not lines:
        return ReadError(source, "no article text (only site chrome)")
    art.title = text[lines[0][0]:lines[0][1]].strip()
    # The date line may sit on a chrome line ("25/04/2024 14:31 Lượt xem: 239"): search every
    # line before the chrome tail, starting from the title.
    tail = min((s for s, e in chrome if e == len(text)), default=len(text))
    head = [(s, e) for s, e in all_lines if lines[0][0] <= s < tail]
    art.published = published or find_published(text, head)
    return art


@lru_cache(maxsize=None)
def _chrome_rules():
    rules = load("chrome")
    tail = {_line_key(t) for t in rules["tail"]}
    single = {_line_key(t) for t in rules["lines"]}
    pats = [regex.compile(p, regex.IGNORECASE) for p in rules["line_patterns"]]
    return tail, single, pats


def _line_key(line: str) -> str:
    return " ".join(line.strip(" |•-–:").lower().split())


# A tail marker ("Tin liên quan") ends the article only once some body text came before it.
_MIN_BODY_BEFORE_TAIL = 80


def find_chrome(text: str) -> list[tuple[int, int]]:
    """Character ranges of site chrome (patterns/chrome.yaml)."""
    tail, single, pats = _chrome_rules()
    ranges: list[tuple[int, int]] = []
    body_seen = 0
    for s, e in line_spans(text):
        line = text[s:e]
        key = _line_key(line)
        if key in tail and body_seen >= _MIN_BODY_BEFORE_TAIL:
            ranges.append((s, len(text)))
            break
        if key in single or key in tail or any(p.search(line.strip()) for p in pats):
            ranges.append((s, e))
        else:
            body_seen = max(body_seen, len(line))
    return ranges


_DATELINE_MAX = 60


_HEADER_LINES = 6


@lru_cache(maxsize=None)
def _published_markers() -> regex.Pattern:
    words = load("date_words")
    return regex.compile(
        rf"{alternation(words['published_markers'])}\s*:?\s*(?:{alternation(words['weekdays'])},?\s*)?",
        regex.IGNORECASE,
    )


def find_published(text: str, lines: list[tuple[int, int]]) -> str | None:
    """The page's own date: after a marker ("Ngày cập nhật 15/01/2024") or on a short dateline
    near the top ("Thứ Năm, 17/07/2025", "06/02/2024 - 11:06")."""
    markers = _published_markers()
    for s, e in lines[:15]:
        line = text[s:e]
        m = markers.search(line)
        if m:
            d = DAY_DATE.match(line, m.end())
            if d and (v := _valid(d)):
                return v
    for s, e in lines[1:1 + _HEADER_LINES]:
        line = text[s:e].strip()
        if len(line) <= _DATELINE_MAX and not line.endswith(".") and not _cites_document(line):
            for d in DAY_DATE.finditer(line):
                if v := _valid(d):
                    return v
        if v := portal_date(text[s:e]):
            return v
    return None


# ---- page date lines in portal and WordPress forms (dates helper) -----------------------------
def _cites_document(line: str) -> bool:
    """A body line citing a document ("Quyết định số 1234/QĐ-UBND ngày 05/3/2023") is no date
    line: its day is the document's, not the page's."""
    from govfacts.extraction.date_grammar import cites_document

    return cites_document(line)


def portal_date(line: str) -> str | None:
    """The page's date on a header line in a form portals and WordPress print ("7 Tháng 3 2016",
    "21 thg 4, 2017", "Tháng Mười Một 14, 2018, 09:20", "date 2026-01-26"): the date rules
    (patterns/date_rules.yaml, ``page_date_*``) find the candidate, dateparser reads it."""
    from govfacts.extraction.date_grammar import page_date_candidates

    for candidate in page_date_candidates(line):
        import dateparser

        got = dateparser.parse(candidate, languages=["vi"],
                               settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})
        if got is not None:
            return got.date().isoformat()
    return None


def _valid(m: regex.Match) -> str | None:
    """An existing day with its year written, else None."""
    day, month, year = date_parts(m)
    if year is None or not 1 <= month <= 12:
        return None
    value, ok = day_value(day, month, year)
    return value if ok else None
