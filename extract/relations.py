"""Relations between documents: one cited document carries out, amends, replaces, guides or
is issued under another, read from the sentence that cites both.

The rules are data (``patterns/relations.yaml``).  Each sentence with two or more
``document_ref`` facts is rewritten with every reference as a token ``⟨n⟩``, so that a rule
reads only the words between documents ("⟨1⟩ triển khai thực hiện ⟨2⟩"), whatever their
numbers, dates and issuers look like.  A rule marked ``across`` reads two sentences in a row
joined by ``¶`` instead: a ground left as a sentence of its own ("Thực hiện Chỉ thị …. Ngày
12/3, UBND huyện ban hành Kế hoạch …"), or a document taken up again by its type in the next
sentence ("… ban hành Kế hoạch số 91/KH-UBND. Kế hoạch nhằm triển khai …").  The lines of one list of
grounds, each ended by ";" ("Căn cứ Luật …;⏎Căn cứ Nghị định …;⏎"), are read as one sentence.  A relation
fact's span runs from the first of its two references to the end of the second; its fields name both
(contract: docs/facts.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from govfacts.patterns import PatternError, load

from .model import Fact
from .registry import register
from .text import document_key, fold, same_type_name

if TYPE_CHECKING:
    from .article import TokenizedArticle

TYPES = ("implements", "amends", "replaces", "repeals", "guides", "based_on")
_TOKEN = regex.compile(r"⟨(\d+)⟩")
_ROLES = {
    "{from}": r"(?P<from>⟨\d+⟩)",
    "{to}": r"(?P<to>⟨\d+⟩)",
    # a list: "⟨1⟩, ⟨2⟩ và ⟨3⟩", "các ⟨1⟩, ⟨2⟩"; numbers sharing one symbol ("các Nghị quyết số 01,
    # 02-NQ/TU") are two references whose spans overlap, so their tokens touch
    "{from_list}": r"(?P<from>⟨\d+⟩(?:(?:\s*(?:,|và)\s*(?:các\s+)?)?⟨\d+⟩)*)",
    # … each maybe with what it is about before the next ("⟨1⟩ về chuyển đổi số và ⟨2⟩": %{list_about} in relations.yaml)
    "{to_list}": r"(?:các\s+)?(?P<to>⟨\d+⟩(?:(?:%{list_about}\s*(?:,|và)\s*(?:các\s+)?)?⟨\d+⟩)*)",
}


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: regex.Pattern
    meaning: str
    examples: tuple
    across: bool = False
    from_types: tuple = ()  # the acting document's types the rule is for ("Hướng dẫn"); any when empty


def _expand(pattern: str, macros: dict) -> str:
    for _ in range(5):  # macros may use macros and roles, and roles macros
        pattern = regex.sub(r"%\{(\w+)\}", lambda m: macros[m.group(1)], pattern)
        for role, group in _ROLES.items():
            pattern = pattern.replace(role, group)
    return pattern


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    """The rule entries of patterns/relations.yaml, compiled; a malformed entry is one line."""
    data = load("relations")
    macros = data.get("macros") or {}
    out = []
    for entry in data.get("rules") or []:
        name = entry.get("name", "?")
        if entry.get("type") not in TYPES:
            raise PatternError(f"patterns/relations.yaml: rule {name}: type must be one of {', '.join(TYPES)}")
        try:
            pat = regex.compile(_expand(entry["pattern"], macros), regex.IGNORECASE | regex.V0)
        except (KeyError, regex.error) as exc:
            raise PatternError(f"patterns/relations.yaml: rule {name}: bad pattern ({exc})") from exc
        if not {"from", "to"} <= set(pat.groupindex):
            raise PatternError(f"patterns/relations.yaml: rule {name}: the pattern needs a {{from}} and a {{to}}")
        out.append(Rule(name, entry["type"], pat, entry.get("meaning", ""), tuple(entry.get("examples") or ()),
                        bool(entry.get("across")), tuple(fold(t) for t in entry.get("from_types") or ())))
    return tuple(out)


def reduce_sentence(text: str, start: int, end: int, refs: list[Fact], first: int = 0) -> tuple[str, list[int]]:
    """The sentence with each reference written ``⟨i⟩``, and for each character of it the
    offset in ``text`` it stands for (a token's characters stand for its reference's start)."""
    parts: list[str] = []
    where: list[int] = []
    pos = start
    for i, f in enumerate(refs, first):
        s, e = max(pos, f.span.start), f.span.end
        parts.append(text[pos:s])
        where.extend(range(pos, s))
        token = f"⟨{i}⟩"
        parts.append(token)
        where.extend([s] * (len(token) - 1) + [e - 1])
        pos = e
    parts.append(text[pos:end])
    where.extend(range(pos, end))
    return "".join(parts), where


def _tokens(group: str) -> list[int]:
    return [int(m.group(1)) for m in _TOKEN.finditer(group)]


@register("relation", requires=("sentences", "document_ref"), assigns=("relation",))
def extract_relations(ta: TokenizedArticle) -> None:
    """Add a ``relation`` fact for each pair of documents a rule relates in one sentence, or
    (rules marked ``across``) in two sentences in a row."""
    docs = ta.of_kind("document_ref")
    if len(docs) < 2:  # no pair to relate: the rules are not even compiled (a start-up cost)
        return
    units = _reading_units(ta)
    unit_of = {i: k for k, (a, b) in enumerate(units) for i in range(a, b + 1)}
    by_unit: dict[int, list[Fact]] = {}
    for f in docs:
        if f.span.sentence in unit_of:
            by_unit.setdefault(unit_of[f.span.sentence], []).append(f)
    within = [r for r in rules() if not r.across]
    across = [r for r in rules() if r.across]
    seen: set[tuple] = set()
    for k in sorted(by_unit):
        refs = sorted(by_unit[k], key=lambda f: f.span.start)
        one = _reduce(ta, units[k], refs, 0)
        if len(refs) >= 2:
            _apply(ta, within, one, refs, seen)
        following = by_unit.get(k + 1)
        if following and across:
            nxt = sorted(following, key=lambda f: f.span.start)
            two = _reduce(ta, units[k + 1], nxt, len(refs))
            joined = (one[0] + " ¶ " + two[0], one[1] + [one[1][-1]] * 3 + two[1])
            _apply(ta, across, joined, refs + nxt, seen)


@lru_cache(maxsize=None)
def _unit_joints() -> tuple[regex.Pattern, regex.Pattern]:
    """A ground line's end and the next line's ground ("Căn cứ Luật …;⏎Căn cứ Nghị định …;⏎UBND tỉnh
    ban hành …"): one list of grounds, read as one sentence (``reading_units`` in relations.yaml)."""
    joints = load("relations")["reading_units"]
    return (regex.compile(joints["list_end"], regex.IGNORECASE),
            regex.compile(joints["next_ground"], regex.IGNORECASE))


def _reading_units(ta: TokenizedArticle) -> list[tuple[int, int]]:
    """The sentences relations are read in (first and last sentence index): each sentence, with
    the lines of one list of grounds joined."""
    units: list[tuple[int, int]] = []
    text = ta.text
    list_end, next_ground = _unit_joints()
    for i, (s, e) in enumerate(ta.sentences):
        if units and list_end.search(text, ta.sentences[i - 1][0], ta.sentences[i - 1][1]) \
                and next_ground.match(text, s, e):
            units[-1] = (units[-1][0], i)
        else:
            units.append((i, i))
    return units


def _reduce(ta: TokenizedArticle, unit: tuple[int, int], refs: list[Fact], first: int) -> tuple[str, list[int]]:
    s_start, s_end = ta.sentences[unit[0]][0], ta.sentences[unit[1]][1]
    return reduce_sentence(ta.text, min(s_start, refs[0].span.start), max(s_end, refs[-1].span.end), refs, first)


def _apply(ta: TokenizedArticle, rules_: list[Rule], reduced: tuple[str, list[int]], refs: list[Fact],
           seen: set[tuple]) -> None:
    text, where = reduced
    for rule in rules_:
        for m in rule.pattern.finditer(text, overlapped=True):
            words = _words(m, text, where, ta.text)
            for a in _tokens(m.group("from")):
                if not _anaphor_fits(m, refs[a], _taken_up_after(m, text, refs)) \
                        or rule.from_types and not any(_of_type(refs[a], t) for t in rule.from_types):
                    continue
                for b in _tokens(m.group("to")):
                    src, dst = refs[a], refs[b]
                    key = (src.span.start, dst.span.start)
                    # the same two documents and type once: a short name in brackets is its document again
                    same = (document_key(src["canonical"]), rule.type, document_key(dst["canonical"]))
                    if a == b or same[0] == same[2] or key in seen or same in seen:
                        continue
                    seen.update((key, same))
                    ta.facts.append(_fact(ta, rule, src, dst, words))


def _taken_up_after(m: regex.Match, text: str, refs: list[Fact]) -> list[Fact]:
    """The documents cited between the match's ``from`` and the sentence it takes it up in."""
    if "anaphor" not in m.re.groupindex or not m.group("anaphor"):
        return []
    return [refs[i] for i in _tokens(text[m.end("from"):m.start("anaphor")])]


def _anaphor_fits(m: regex.Match, src: Fact, later: list[Fact]) -> bool:
    """"Kế hoạch nhằm triển khai …" takes up the plan of the sentence before, not its decision:
    the last document of that type there (``later``: the documents cited after ``src``)."""
    if "anaphor" not in m.re.groupindex or not m.group("anaphor"):
        return True
    again = fold(m.group("anaphor"))
    if again == "văn bản":  # "Văn bản nhằm …": the last document cited, whatever its type
        return not later
    return _of_type(src, again) and not any(_of_type(f, again) for f in later)


def _of_type(doc: Fact, again: str) -> bool:
    named = fold(doc.get("type_name") or "")
    return bool(named) and same_type_name(named, again)  # "Chương trình hành động" is a "Chương trình"


def _words(m: regex.Match, reduced: str, where: list[int], text: str) -> str:
    out = []
    for g in ("words", "words2"):
        if g in m.re.groupindex and m.group(g):
            s, e = m.span(g)
            out.append(text[where[s]:where[e - 1] + 1])
    return " … ".join(out)


def _fact(ta: TokenizedArticle, rule: Rule, src: Fact, dst: Fact, words: str) -> Fact:
    start = min(src.span.start, dst.span.start)
    end = max(src.span.end, dst.span.end)
    fields = {
        "type": rule.type,
        "from": src["canonical"],
        "to": dst["canonical"],
        "from_issued_on": src.get("issued_on"),
        "to_issued_on": dst.get("issued_on"),
        "from_issuer": src.get("issuer"),
        "to_issuer": dst.get("issuer"),
        "from_type": src.get("type_name"),
        "to_type": dst.get("type_name"),
        "words": words,
    }
    return Fact("relation", ta.span(start, end), "relation", 0.85, f"{rule.type}.{rule.name}", fields)
