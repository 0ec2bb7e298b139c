"""Ratings of units ("xếp loại xuất sắc (A, B)", "thuộc nhóm Khá", "được xếp loại hoàn thành tốt
nhiệm vụ"), read with the lexicon of ``patterns/score_words.yaml``."""
from __future__ import annotations

from .rule_starts import finditer
from .score_read import overlaps
from .score_lexicon import TEXT_SHAPES, gate_words, lexicon, patterns, targeted
from .score_text import Candidate, Layout, has_context
from .text import fold

def read_ratings(text: str, lay: Layout, out: list[Candidate]) -> None:
    """Levels given to units ("xếp loại xuất sắc (A, B)", "thuộc nhóm Khá", "được xếp loại hoàn
    thành tốt nhiệm vụ"), not conditions ("nếu"), bands ("trở lên") or targets."""
    pats = patterns()
    lex = lexicon()
    claimed: list[tuple[int, int]] = []
    found = []
    for name in ("rating_from_to", "rating_task", "rating", "rating_group"):
        if not lay.has(*gate_words(name)):
            continue  # a cheap test first: most articles rate nothing
        for m in finditer(pats[name], text):
            if overlaps(claimed, m.start(), m.end()):
                continue
            found.append((name, m))
            claimed.append(m.span())
    for name, m in sorted(found, key=lambda x: x[1].start()):
        s, _e = lay.sentence(m.start())
        sep = pats["clause_sep"].search(text, s, m.start())
        cstart = sep.end() if sep else s
        if pats["rating_not_before"].match(text, m.end()):
            continue
        if pats["rating_not_after"].search(text, cstart, m.end()) or targeted(text, s, m.start()):
            continue
        if pats["statistic"].search(text, cstart, m.start()):
            continue
        context = has_context(lay, m.start(), m.end(), carry=False)
        if name == "rating_group" and not context:
            continue
        if name == "rating_task":
            level = lex.task_levels[fold(m.group("task"))]
        else:
            level = lex.levels[fold(m.group("level"))]
        fields = {"level": level, "subjects": [], "index": None, "year": None}
        if name == "rating_from_to":
            fields["previous_level"] = lex.levels[fold(m.group("from"))]
        if name == "rating_task":
            fields["scale"] = "nhiệm vụ"
        start, end = m.start(), m.end()
        cm = pats["rated_count"].search(text, max(cstart, start - 40), start)
        if cm:
            fields["count"] = int(cm.group("count"))
            start = cm.start()
        pl = pats["paren_list"].match(text, m.end())
        listed = None
        if pl:
            listed = _split_list(pl.group("list"))
            end = pl.end()
        c = Candidate("rating", start, end, "rating/" + name.split("_", 1)[-1] if name != "rating" else "rating/level",
                      fields, anchor=start, after=m.end(), confidence=0.85 if context else 0.7)
        c.subjects_after_list = listed
        if not context:
            c.fields["_no_index"] = True
        out.append(c)


def _split_list(items: str) -> list[str]:
    """Units in brackets: "Quảng Thái, Quảng Thọ, …"; a body's name may hold a comma or "và"
    ("Phòng Lao động, Thương binh và Xã hội"), so in a list of bodies a piece that does not open
    with a body's head word belongs to the piece before it."""
    heads = patterns()["list_head"]
    pieces = [p.strip(" .…") for p in TEXT_SHAPES["list_sep"].split(items)]
    pieces = [TEXT_SHAPES["and_head"].sub("", p) for p in pieces if p.strip(" .…")]
    if not pieces or not heads.match(pieces[0]):
        out = []
        for p in pieces:
            out.extend(x.strip() for x in TEXT_SHAPES["and"].split(p) if x.strip())
        return out
    out = []
    for p in pieces:
        if out and not heads.match(p):
            out[-1] += ", " + p
        else:
            out.append(p)
    return out

