"""Facts shown in their words: an article's text with every fact's span highlighted and
labelled by kind, in displaCy's entity style, as an HTML page (the Datasette article page
and ``govfacts show --html``) or in the terminal (``govfacts show``, rich).

Input is the fact contract (../shared/FACTS.md): ``{"id", "kind", "span": {"start", "end",
"text"}, …fields}``, from the pipeline or from the store (:func:`stored_fact`).  What is
marked, outermost first when spans nest:

* the sentence of the fact in focus ("Ngày 14.9, UBND huyện Nông Sơn tổ chức …"), where the
  page opens, and that fact outlined, apart from the others of its kind,
* every fact's span: meeting, document_ref, official, score, ranking, rating, date;
* the words saying who chaired a meeting (``chair_evidence``), dotted, and in them each
  chair's name (``CHỦ TRÌ``),
* an official's later mentions (``mentions``), outlined only,
* the extractor's warnings ("ngày 31/11/2021": impossible date).

Why a template of our own and not ``displacy.render(style="ent", manual=True)``: facts
nest by design (a date inside a document reference, a chair's name inside a meeting, both
inside the sentence in focus) and ``ent`` drops all but one of overlapping spans.
``style="span"`` does stack overlaps, but over tokens, while facts are character offsets
that need not fall on token edges ("08/4/2022,Ban"), and it has no room for a fact's
fields.  So :func:`layout` cuts the text at every span edge and nests the marks: a span
inside another is a ``<mark>`` inside a ``<mark>``; two spans that cross are split where
they cross, the later part marked as a continuation.  Each mark carries its fields as a
tooltip (``title``) and its label links to the fact's card beside the text (below it on a
phone), so nothing depends on hovering.  Labels are drawn by CSS (``data-label``), so the
page's text is the article's text: copying a sentence copies its words, not "NGÀY".  The
page is one file: no fonts, scripts or styles from anywhere else.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .fact_kinds import kind as fact_kind

# Marks that are no fact kind: Vietnamese label, English name, colour (displaCy's palette).
# Each fact kind's own are its declaration's (extract/fact_kinds.py).
MARKS: dict[str, tuple[str, str, str]] = {
    "chair": ("CHỦ TRÌ", "chair of the meeting", "#feca74"),
    "warning": ("CẢNH BÁO", "warning", "#ffd6d6"),
}
_OTHER = ("", "", "#dddddd")
# Outermost first when two marks cover the same words (a fact kind: its declared depth).
_RANK = {"sentence": 0, "evidence": 2, "chair": 6, "mention": 7, "warning": 8}


def _display(kind: str) -> tuple[str, str, str]:
    declared = fact_kind(kind)
    return (declared.label, declared.legend, declared.colour) if declared else MARKS.get(kind, _OTHER)


# Fields not worth a line on a card (provenance is shown by the mark itself).
_HIDDEN = {"id", "kind", "span", "extractor", "sentence_text"}


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch: ``role`` is fact, mention, chair, evidence, warning or sentence."""

    start: int
    end: int
    kind: str
    role: str
    ref: str  # the fact's (or warning's) id: the card it links to
    tip: str = ""

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def rank(self) -> int:
        if self.role in ("sentence", "mention", "evidence"):
            return _RANK[self.role]
        declared = fact_kind(self.kind)
        return declared.depth if declared else _RANK.get(self.kind, 4)


def kind_label(kind: str) -> str:
    return _display(kind)[0] or kind.upper()


def kind_name(kind: str) -> str:
    return _display(kind)[1] or kind


def kind_colour(kind: str) -> str:
    return _display(kind)[2]


# --- facts from the store ---------------------------------------------------------------------

def stored_fact(*, local_id: str, kind: str, start: int, end: int, quote: str, sentence_index: int = 0,
                sentence: str = "", extractor: str = "", rule: str = "", confidence: float = 0.0,
                fields: Any = None, **_ignored: Any) -> dict:
    """A stored fact (a ``facts`` row, as keywords) back in the contract's form, with its
    sentence's words kept as ``sentence_text`` (the store keeps the words, not the offsets)."""
    if isinstance(fields, str):
        try:
            fields = json.loads(fields)
        except ValueError:
            fields = {}
    out = {"id": local_id, "kind": kind,
           "span": {"start": start, "end": end, "text": quote, "sentence": sentence_index},
           "extractor": extractor, "rule": rule, "confidence": confidence}
    out.update(fields if isinstance(fields, dict) else {})
    out["sentence_text"] = sentence or ""
    return out


def stored_warning(*, code: str, start: int, end: int, quote: str, message: str, **_ignored: Any) -> dict:
    return {"code": code, "span": {"start": start, "end": end, "text": quote}, "message": message}


# --- what to mark -----------------------------------------------------------------------------

def sentence_range(text: str, fact: dict) -> tuple[int, int]:
    """Offsets of the sentence a fact sits in: its stored words found around the span, else
    the line around it (a line is always its own sentence)."""
    start, end = fact["span"]["start"], fact["span"]["end"]
    words = fact.get("sentence_text") or ""
    if words:
        i = text.rfind(words, 0, start + len(words))  # the last occurrence starting at or before the span
        if i != -1 and i + len(words) >= end:
            return i, i + len(words)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi == -1 else hi


def _tip(fact: dict) -> str:
    head = f"{fact.get('id', '')} · {kind_name(fact['kind'])} ({kind_label(fact['kind'])})"
    lines = [head] + [f"{k}: {v}" for k, v in field_lines(fact)]
    if fact.get("rule"):
        lines.append(f"rule: {fact['rule']}")
    return "\n".join(lines)


def marks_for(text: str, facts: Iterable[dict], warnings: Iterable[dict] = (), *,
              focus: str | None = None) -> list[Mark]:
    """Every mark of an article: facts, chairs inside meetings, mentions, warnings, and the
    sentence of the fact ``focus`` (its id, "f7")."""
    n = len(text)
    marks: list[Mark] = []

    def add(start: Any, end: Any, kind: str, role: str, ref: str, tip: str) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            marks.append(Mark(start, end, kind, role, ref, tip))

    for fact in facts:
        sp = fact.get("span") or {}
        start, end = sp.get("start"), sp.get("end")
        tip = _tip(fact)
        add(start, end, fact["kind"], "fact", fact.get("id", ""), tip)
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        if fact.get("id") == focus:
            add(*sentence_range(text, fact), "sentence", "sentence", fact.get("id", ""), "")
        for m in fact.get("mentions") or []:  # later mentions; the one inside the span is the span
            if isinstance(m, dict) and not (isinstance(m.get("start"), int) and start <= m["start"] < end):
                add(m.get("start"), m.get("end"), fact["kind"], "mention", fact.get("id", ""), tip)
        if fact["kind"] == "meeting":
            for e in fact.get("chair_evidence") or []:
                if isinstance(e, dict):
                    add(e.get("start"), e.get("end"), "chair", "evidence", fact.get("id", ""),
                        f"{fact.get('id', '')} · ai chủ trì / who chaired: «{e.get('text', '')}»")
            for name, (a, b) in _chair_spans(text, fact):
                add(a, b, "chair", "chair", fact.get("id", ""), f"{fact.get('id', '')} · chủ trì / chair: {name}")
    for i, w in enumerate(warnings, 1):
        sp = w.get("span") or {}
        add(sp.get("start"), sp.get("end"), "warning", "warning", f"w{i}",
            f"w{i} · {w.get('code', '')}\n{w.get('message', '')}")
    return marks


def _chair_spans(text: str, fact: dict) -> Iterator[tuple[str, tuple[int, int]]]:
    """Where each chair's name is written: in the words that say who chaired
    (``chair_evidence``), else inside the meeting's span, else in its sentence."""
    sp = fact["span"]
    where = [(e["start"], e["end"]) for e in fact.get("chair_evidence") or []
             if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
    where += [(sp["start"], sp["end"]), sentence_range(text, fact)]
    for chair in fact.get("chair") or []:
        name = chair.get("name") if isinstance(chair, dict) else chair
        if not isinstance(name, str) or not name.strip():
            continue
        for lo, hi in where:
            i = text.find(name, lo, hi)
            if i != -1:
                yield name, (i, i + len(name))
                break


# --- nesting ----------------------------------------------------------------------------------

def layout(text: str, marks: list[Mark]) -> Iterator[tuple]:
    """The text as a stream of ``("open", mark, continued)``, ``("text", words)`` and
    ``("close", mark, ended)``, properly nested: cut at every mark edge, each piece opens the
    marks covering it, outermost first; a mark crossing another is closed and reopened."""
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.rank, m.ref))
    stack: list[Mark] = []
    for a, b in zip(points, points[1:]):
        active = [m for m in order if m.start <= a and m.end >= b]
        k = 0
        while k < len(stack) and k < len(active) and stack[k] is active[k]:
            k += 1
        for m in reversed(stack[k:]):
            yield ("close", m, m.end <= a)
        del stack[k:]
        for m in active[k:]:
            yield ("open", m, m.start < a)
            stack.append(m)
        yield ("text", text[a:b])
    for m in reversed(stack):
        yield ("close", m, True)


# --- fields -----------------------------------------------------------------------------------

def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "có / yes" if value else "không / no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            return f"«{value['text']}»"
        return " · ".join(f"{v}" if k in ("title", "org", "name", "text") else f"{k} {v}"
                          for k, v in value.items() if v not in (None, "", [], {}) and k != "text")
    if isinstance(value, list):
        return "; ".join(_show(v) for v in value)
    return str(value)


def field_lines(fact: dict) -> list[tuple[str, str]]:
    """A fact's own fields as (name, shown value), empty ones left out; ``mentions`` counted."""
    out = []
    for k, v in fact.items():
        if k in _HIDDEN or k in ("rule", "confidence") or v in (None, "", [], {}):
            continue
        if k == "mentions" and isinstance(v, list):
            out.append((k, f"{len(v)} lần / times"))
            continue
        out.append((k, _show(v)))
    return out


# --- HTML -------------------------------------------------------------------------------------

_CSS = """
:root { --ink: #1f2328; --muted: #5c6370; --line: #d8dbe0; --focus: #1a56db; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI",
       Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
nav.gf-nav { padding: .5rem .75rem; background: #276890; font-size: .9rem; }
nav.gf-nav a { color: #fff; margin-right: 1rem; }
main { max-width: 78rem; margin: 0 auto; padding: .75rem; }
h1 { font-size: 1.35rem; line-height: 1.3; margin: .25rem 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.meta { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; margin: .5rem 0; padding: 0; list-style: none; }
.chip { display: inline-block; border-radius: .35em; padding: .1em .45em; font-size: .75rem; font-weight: 700; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
@media (min-width: 62rem) { .layout { grid-template-columns: minmax(0, 1fr) 24rem; }
  aside.cards { max-height: calc(100vh - 2rem); overflow-y: auto; position: sticky; top: 1rem; } }
.text { white-space: pre-wrap; line-height: 2.5; overflow-wrap: anywhere; direction: ltr; }
mark.gf { padding: .3em .45em; margin: 0 .1em; line-height: 1; border-radius: .35em; color: inherit;
          box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.gf mark.gf { padding: .12em .25em; }
mark.gf.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; margin-left: 0; }
mark.gf.r-mention { background: transparent !important; border: 1px dashed #7a6fd0; }
mark.gf.r-chair { box-shadow: inset 0 -.18em 0 #c77800; }
mark.gf.r-evidence { background: transparent !important; border-bottom: 2px dotted #c77800; border-radius: 0;
                     padding-left: 0; padding-right: 0; }
mark.gf.r-warning { background: transparent !important; text-decoration: underline wavy #d00; }
mark.gf:target { outline: 3px solid var(--focus); outline-offset: 1px; }
mark.gf.is-focus { box-shadow: 0 0 0 3px var(--focus); }
mark.gf.is-focus > a.lbl { color: var(--focus); }
span.sentence.focus { scroll-margin: 30vh 0; }
a.lbl::after { content: attr(data-label); }
a.lbl { font-size: .68em; font-weight: 700; line-height: 1; border-radius: .35em; vertical-align: middle;
        margin-left: .35rem; text-decoration: none; color: inherit; white-space: nowrap; }
span.sentence.focus { background: #e6efff; box-shadow: 0 .2em 0 var(--focus);
                      box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.focus-box { border: 2px solid var(--focus); border-radius: .5rem; padding: .5rem .75rem; margin: .5rem 0 1rem; }
.focus-box .text { line-height: 2.3; }
ol.cards { list-style: none; margin: 0; padding: 0; }
li.card { border: 1px solid var(--line); border-left: .4rem solid #ccc; border-radius: .4rem;
          padding: .4rem .6rem; margin: 0 0 .5rem; font-size: .9rem; overflow-wrap: anywhere; }
li.card:target { outline: 3px solid var(--focus); }
li.card q { display: block; margin: .2rem 0; }
li.card dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .6rem; margin: .25rem 0 0; }
li.card dt { color: var(--muted); }
li.card dd { margin: 0; }
.card-head { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.card-head code { color: var(--muted); font-size: .75rem; }
"""


# Open the page at the fact in its sentence, mid-screen: the words before and after it in
# sight (a "#f7" alone puts the fact at the top edge; centring a sentence of 1,700
# characters can leave the fact itself off a phone's screen).
_SCROLL = """<script>(function () {
var s = document.querySelector("article.text mark.is-focus") || document.getElementById("focus-sentence");
if (s) { s.scrollIntoView({block: "center"}); } })();</script>"""


def _e(s: Any) -> str:
    return html.escape(str(s), quote=True)


def _kind_css(kinds: Iterable[str]) -> str:
    rules = []
    for k in sorted(set(kinds)):
        c = kind_colour(k)
        rules.append(f".k-{k} {{ background: {c}; }} li.card.k-{k} {{ background: #fff; border-left-color: {c}; }}")
    return "\n".join(rules)


def _mark_html(text: str, marks: list[Mark], *, anchors: bool, focus: str | None = None) -> str:
    """The marked text; the fact ``focus`` is drawn apart from others of its kind (``is-focus``)
    and, with ``anchors``, its sentence is ``#focus-sentence``, the place the page opens at."""
    out: list[str] = []
    for ev in layout(text, marks):
        if ev[0] == "text":
            out.append(_e(ev[1]))
            continue
        _, m, flag = ev
        if m.role == "sentence":
            ident = ' id="focus-sentence"' if anchors and not flag else ""
            out.append("</span>" if ev[0] == "close" else f'<span class="sentence focus"{ident}>')
            continue
        if ev[0] == "open":
            cls = (f"gf k-{m.kind} r-{m.role}" + (" cont" if flag else "")
                   + (" is-focus" if focus and m.role == "fact" and m.ref == focus else ""))
            ident = f' id="{_e(m.ref)}"' if anchors and not flag and m.role in ("fact", "warning") else ""
            out.append(f'<mark class="{cls}"{ident} data-ref="{_e(m.ref)}" title="{_e(m.tip)}">')
        else:
            if flag and m.role in ("fact", "chair", "warning"):
                out.append(f'<a class="lbl" href="#card-{_e(m.ref)}" data-label="{_e(m.label)}" '
                           f'aria-label="{_e(m.label)}"></a>')
            out.append("</mark>")
    return "".join(out)


def _card(fact: dict) -> str:
    kind = fact["kind"]
    fid = fact.get("id", "")
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in field_lines(fact))
    conf = fact.get("confidence")
    head = (f'<span class="chip k-{kind}">{_e(kind_label(kind))}</span> <a href="#{_e(fid)}">{_e(fid)}</a> '
            f'<span>{_e(kind_name(kind))}</span>'
            + (f' <code>{_e(fact["rule"])}</code>' if fact.get("rule") else "")
            + (f' <code>{conf:.2f}</code>' if isinstance(conf, (int, float)) and conf else ""))
    quote = (fact.get("span") or {}).get("text", "")
    return (f'<li class="card k-{kind}" id="card-{_e(fid)}"><div class="card-head">{head}</div>'
            f'<q>{_e(quote)}</q><dl>{rows}</dl></li>')


def _warning_card(i: int, w: dict) -> str:
    quote = (w.get("span") or {}).get("text", "")
    return (f'<li class="card k-warning" id="card-w{i}"><div class="card-head"><span class="chip k-warning">'
            f'{_e(kind_label("warning"))}</span> <a href="#w{i}">w{i}</a> <code>{_e(w.get("code", ""))}</code></div>'
            f'<q>{_e(quote)}</q><div>{_e(w.get("message", ""))}</div></li>')


_WEB_URL = re.compile(r"^https?://[^\s/?#]+", re.IGNORECASE)


def web_url(url: str) -> bool:
    """Whether ``url`` may be a link: http or https with a host, nothing a click can run."""
    return bool(_WEB_URL.match(url.strip())) and not any(c.isspace() or ord(c) < 32 for c in url)


def render_page(article: dict, facts: list[dict], warnings: list[dict] = (), *, focus: str | None = None,
                nav: Iterable[tuple[str, str]] = ()) -> str:
    """The whole article as one HTML page: legend, the fact in focus in its sentence, the text
    with every span marked, and a card per fact (fields, rule, confidence).

    ``article``: ``text`` and ``title`` (``id``, ``source``, ``published``, ``url`` shown when
    given); ``facts`` in the contract's form; ``focus`` a fact id; ``nav`` (href, words) links.
    """
    text = article.get("text") or ""
    facts = [f for f in facts if isinstance(f, dict) and f.get("kind")]
    warnings = [w for w in warnings if isinstance(w, dict)]
    marks = marks_for(text, facts, warnings, focus=focus)
    kinds = [f["kind"] for f in facts] + ["chair", "warning"]
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    legend = "".join(f'<li><span class="chip k-{k}" title="{_e(kind_name(k))}">{_e(kind_label(k))}</span> '
                     f'{_e(kind_name(k))} {n}</li>' for k, n in counts.items())
    meta = " · ".join(_e(x) for x in (article.get("source"), article.get("published") and
                                      f"ngày đăng / published {article['published']}",
                                      article.get("id") and f"id {article['id']}") if x)
    url = article.get("url")
    if url and web_url(url):
        meta += f' · <a href="{_e(url)}" rel="noreferrer">nguồn / source</a>'
    elif url:  # javascript:, data: and the like are shown, never made a link
        meta += f' · nguồn / source <code>{_e(url)}</code>'
    focus_html = ""
    target = next((f for f in facts if f.get("id") == focus), None)
    if target is not None:
        lo, hi = sentence_range(text, target)
        clipped = [Mark(max(m.start, lo) - lo, min(m.end, hi) - lo, m.kind, m.role, m.ref, m.tip)
                   for m in marks if m.role not in ("sentence",) and m.start < hi and m.end > lo]
        focus_html = (f'<section class="focus-box" aria-label="fact in focus"><h2>Dữ kiện {_e(focus)} trong câu của nó'
                      f' / fact {_e(focus)} in its sentence</h2><div class="text focus-sentence">'
                      f'{_mark_html(text[lo:hi], clipped, anchors=False, focus=focus)}</div>'
                      f'<ol class="cards">{_card(target)}</ol></section>')
    navs = "".join(f'<a href="{_e(h)}">{_e(w)}</a>' for h, w in nav)
    cards = "".join(_card(f) for f in facts) + "".join(_warning_card(i, w) for i, w in enumerate(warnings, 1))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(article.get("title") or article.get("id") or "govfacts")}</title>
<style>{_CSS}
{_kind_css(kinds)}</style></head>
<body>{f'<nav class="gf-nav">{navs}</nav>' if navs else ''}
<main>
<h1>{_e(article.get("title") or "")}</h1>
<div class="meta">{meta}</div>
<ul class="legend">{legend}</ul>
{focus_html}
<div class="layout">
<article class="text" lang="vi">{_mark_html(text, marks, anchors=True, focus=focus)}</article>
<aside class="cards"><h2>{len(facts)} dữ kiện / facts{f', {len(warnings)} cảnh báo / warnings' if warnings else ''}</h2>
<ol class="cards">{cards}</ol></aside>
</div>
</main>{_SCROLL if target is not None else ""}</body></html>
"""


# --- terminal ---------------------------------------------------------------------------------

def render_terminal(article: dict, facts: list[dict], warnings: list[dict] = (), *, focus: str | None = None,
                    brackets: bool = False):
    """The same marks for a terminal: a list of rich renderables (title, text, fact lines).

    Colours show where a mark starts; ``brackets=True`` (no colours: a pipe, NO_COLOR) also
    writes "[" there: "[Ngày 14.9⟨NGÀY f2⟩".
    """
    from rich.text import Text

    from .terminal import shown

    text = article.get("text") or ""
    facts = [f for f in facts if isinstance(f, dict) and f.get("kind")]
    marks = marks_for(text, facts, list(warnings), focus=focus)
    body = Text()
    stack: list[Mark] = []
    for ev in layout(text, marks):
        if ev[0] == "open":
            stack.append(ev[1])
            if brackets and not ev[2] and ev[1].role in ("fact", "chair", "warning"):
                body.append("[")
            continue
        if ev[0] == "close":
            m, ended = ev[1], ev[2]
            stack.remove(m)
            if ended and m.role in ("fact", "chair", "warning"):
                body.append(("]" if brackets else "") + f"⟨{m.label} {m.ref}⟩",
                            style=f"bold black on {kind_colour(m.kind)}")
            continue
        body.append(shown(ev[1]), style=_term_style(stack))
    head = Text(shown(article.get("title") or ""), style="bold")
    meta = Text(shown(" · ".join(str(x) for x in (article.get("id"), article.get("source"), article.get("published"))
                                 if x)), style="dim")
    lines = []
    for f in facts:
        line = Text(f"{f.get('id', ''):>4}  ")
        line.append(f" {kind_label(f['kind'])} ", style=f"bold black on {kind_colour(f['kind'])}")
        line.append(shown("  " + "  ".join(f"{k}={v}" for k, v in field_lines(f))))
        line.append(f"\n      «{shown((f.get('span') or {}).get('text', ''))}»", style="dim")
        lines.append(line)
    for i, w in enumerate(warnings, 1):
        lines.append(Text(shown(f"  w{i}  {w.get('code', '')}: {w.get('message', '')}"), style="red"))
    return [head, meta, Text(""), body, Text(""), *lines]


def _term_style(stack: list[Mark]) -> str:
    """The innermost mark gives the background; an enclosing focus sentence underlines."""
    style = []
    if any(m.role == "sentence" for m in stack):
        style.append("underline")
    inner = [m for m in stack if m.role not in ("sentence", "mention", "warning", "evidence")]
    if inner:
        style.append(f"black on {kind_colour(inner[-1].kind)}")
    if any(m.role == "mention" for m in stack):
        style.append("italic")
    if any(m.role == "warning" for m in stack):
        style.append("bold red")
    return " ".join(style)
