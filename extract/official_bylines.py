"""Bylines and photo credits: a line that is only a full name, "… Ảnh: Lê Văn A"."""
from __future__ import annotations

from .official_lexicon import fold_cached
from .official_mentions import Mention
from .official_parser import RoleParser

def bylines(parser: RoleParser) -> list[Mention]:
    """Author lines: a line that is only a full name ("La Thị Ngân", "Tác giả: La Thị Ngân",
    "NGUYỄN AN"), and photo credits at the end of a caption ("… Ảnh: Lê Văn A")."""
    regexes = parser.regexes
    out = []
    pos = 0
    first = True
    for line in parser.norm.split("\n"):
        start = pos
        pos += len(line) + 1
        if first:
            if line.strip():
                first = False
            continue
        stripped = line.strip()
        if not stripped:
            continue
        # a caption may be long; only its credit ("… Ảnh: Lê Văn A") is read from it; a short
        # line may sign the text and credit the photo: "Tin: Hồng Vân - Ảnh: Trịnh Quốc Bảo"
        candidates = [regexes.byline.match(line) if len(stripped) <= 80 else None, regexes.credit.search(line)]
        for m in candidates:  # both when they name two people: "Tin: Lê Văn An - Ảnh: Trịnh Quốc Bảo"
            if m and (found := _signed(parser, m, start, pos)) and all(found.start != x.start for x in out):
                out.append(found)
    return out


def _signed(parser: RoleParser, m, start: int, pos: int) -> Mention | None:
    """The person a byline or credit match ``m`` on the line at ``start`` names, if any (``pos``:
    where the next line starts)."""
    lex, text, norm = parser.lex, parser.text, parser.norm
    name = m.group("name")
    words = name.split()
    cased = [w if not w.isupper() or len(w) == 1 else w[0] + w[1:].lower() for w in words]
    sign_off = len(words) >= 3 and cased[0] in lex.rare and not norm[pos:].strip()
    # "Ma Thị Quỳnh" as the article's last line: the author's sign-off, even with a rare family name
    family_last = (len(cased) == 2 and cased[1] in lex.family_only and not lex.is_surname(cased[0])) \
        or lex.is_highland_name(cased)
    if cased[0] not in lex.common and not sign_off and not family_last:
        return None  # "Thu Hà", "Minh Tâm": pen names; "Hoa Bùi", "An Nguyễn": family name last
    affiliated = norm[start + m.end("name"):pos].lstrip().startswith("(")  # "Hoàng Mai (Thanh tra tỉnh)"
    if fold_cached(name) in lex.known_places and not affiliated or any(fold_cached(w) in lex.honorifics for w in words):
        return None  # "Hà Nội" alone on a line is a dateline; with the writer's unit after it, a signature
    if len(words[-1]) == 1:
        return None  # "Dương T": a given name cut to its initial is an abbreviation
    if parser.parse_chain(start + m.end("name"))[0]:
        return None  # "Ông … – PCT UBND …" is a caption, read by the recogniser
    if any(parser._starts_role_word(start + m.start("name") + name.find(w)) for w in words[1:]):
        return None
    s = start + m.start("name")
    e = s + len(name)
    return Mention(text[s:e], s, e, s, e, None, [], "full", "byline", 0.8)
