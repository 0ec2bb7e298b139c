"""HTML pages: the main text and metadata through trafilatura, the lead paragraph portals print
above the main element, a page cut off in the middle named as such."""
from __future__ import annotations

import logging
from html.parser import HTMLParser

import regex

from govfacts.extraction.model import Article
from govfacts.extraction.text import line_spans

from .article_text import find_chrome, make_article
from .read_errors import ReadError

def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and ("<body" in head or "<head" in head or "<div" in head or "<p>" in head)
    )


def read_html(html: str, source: str) -> Article | ReadError:
    """Main text and metadata of a news page through trafilatura.

    A page nested deeper than lxml parses (255 levels) is read by :class:`_PlainText`
    instead; a page cut off while saving (it opens ``<html>`` and never closes it) and a page
    that is all site chrome are refused."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its "discarding data: None"
    truncated = _truncated(html)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return ReadError(source, f"cannot parse HTML ({type(exc).__name__})")
    meta = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    body = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    if not body:
        plain = _PlainText.read(html)
        if plain.depth > _LXML_DEPTH:
            title, body = title or plain.title, plain.text
    if not body:
        return ReadError(source, "no article text found in HTML" + (" (the page is truncated)" if truncated else
                                                                    " (empty or truncated page?)"))
    if truncated:
        return ReadError(source, "truncated HTML page (it opens <html> but never closes <body> or <html>); "
                                 "save the whole page again")
    if not _body_lines(body):
        return ReadError(source, "no article text in HTML (only site chrome)")
    lead = _lead_paragraph(meta.get("description"), title, body)
    if lead:
        body = f"{lead}\n\n{body}"
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published = meta.get("date") if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date") or "") else None
    return make_article(text, source, url=meta.get("url"), published=published)


_LXML_DEPTH = 255


_LEAD_MIN = 40  # characters: shorter descriptions are a site's tagline, not an article's lead


def _lead_paragraph(description: str | None, title: str, body: str) -> str | None:
    """The page's lead paragraph (the "sapo"), which portals print above the article's main
    element, where trafilatura does not look; its metadata ``description`` carries it. Kept
    when it is a sentence of its own: not the title, not a tagline, not already in the body."""
    lead = " ".join((description or "").split())
    if len(lead) < _LEAD_MIN or lead.rstrip(".… ") == title.rstrip(".… "):
        return None
    flat = " ".join(body.split())
    probe = lead.rstrip(".… ")[:80]
    return None if probe in flat else lead


def _truncated(html: str) -> bool:
    """Whether a whole page was cut off: it opens ``<html>`` and closes neither body nor page."""
    head = html[:2000].lower()
    tail = html[-4000:].lower()
    return "<html" in head and "</html>" not in tail and "</body>" not in tail


def _body_lines(body: str) -> list[tuple[int, int]]:
    """The lines of ``body`` that are not site chrome."""
    chrome = find_chrome(body)
    return [(s, e) for s, e in line_spans(body) if not any(cs <= s < ce for cs, ce in chrome)]


class _PlainText(HTMLParser):
    """Text of a page by plain tag stripping: no depth limit, no boilerplate detection
    beyond skipping scripts, styles, navigation, headers and footers."""

    SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select",
            "button", "svg", "iframe", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote",
             "table", "ul", "ol", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.depth = self._open = 0
        self._skip = 0
        self._in_title = False

    @classmethod
    def read(cls, html: str) -> "_PlainText":
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    @property
    def text(self) -> str:
        return "\n".join(" ".join(line.split()) for line in "".join(self.parts).split("\n") if line.strip())

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._skip += 1
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self._open += 1
            self.depth = max(self.depth, self._open)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        self._open = max(0, self._open - 1)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data.strip()
        elif not self._skip:
            self.parts.append(data)
