"""Long cells in the Datasette tables: a sentence trimmed around the fact's words, the whole
of it one click away.

A fact's sentence runs to 1,700 characters in some articles, and a table of them is a wall of
text.  :func:`trimmed` keeps the fact's words (the row's ``quote``) with some words either
side, or the start when the row has no quote, inside a ``<details>``: the browser expands it
on a click, with no script.  The CSV and JSON keep the whole value (they never render cells).
"""
from __future__ import annotations

from markupsafe import Markup, escape

# Columns whose values are prose; longer than LONG characters they are trimmed.
PROSE_COLUMNS = frozenset({"sentence", "sentences", "text", "topic", "message", "claim", "words"})
LONG = 200
AROUND = 70  # characters kept either side of the fact's words

CSS = """
details.gf-long > summary { cursor: pointer; list-style: none; }
details.gf-long > summary::-webkit-details-marker { display: none; }
details.gf-long[open] .gf-short { display: none; }
details.gf-long .gf-more { color: #276890; font-size: .8em; white-space: nowrap; margin-left: .35em;
                           text-decoration: underline; }
details.gf-long .gf-more::after { content: "xem hết · more"; }
details.gf-long[open] .gf-more::after { content: "thu gọn · less"; }
.gf-long b.gf-quote { background: #fff3b0; font-weight: 600; }
"""


def _cut_left(text: str, at: int) -> int:
    """``at`` moved forward to the start of a word."""
    if at <= 0:
        return 0
    space = text.find(" ", at)
    return at if space == -1 or space - at > 15 else space + 1


def _cut_right(text: str, at: int) -> int:
    """``at`` moved back to the end of a word."""
    if at >= len(text):
        return len(text)
    space = text.rfind(" ", 0, at)
    return at if space == -1 or at - space > 15 else space


def window(value: str, quote: str | None) -> tuple[int, int, int, int]:
    """(lo, hi, qs, qe): the shown part ``value[lo:hi]`` and the quote's place ``value[qs:qe]``
    (qs == qe when the quote is not in the value)."""
    qs = value.find(quote) if quote else -1
    if qs == -1:
        return 0, _cut_right(value, LONG), 0, 0
    qe = qs + len(quote)
    if qe - qs >= LONG:
        return qs, _cut_right(value, qs + LONG), qs, min(qe, _cut_right(value, qs + LONG))
    return _cut_left(value, qs - AROUND), _cut_right(value, qe + AROUND), qs, qe


def _marked(value: str, qs: int, qe: int) -> str:
    if qs == qe:
        return str(escape(value))
    return f'{escape(value[:qs])}<b class="gf-quote">{escape(value[qs:qe])}</b>{escape(value[qe:])}'


def trimmed(value: str, quote: str | None = None) -> Markup | None:
    """The cell for a long ``value``: the part around ``quote`` (ellipses where cut), a link
    to see it all, the whole value once opened; ``None`` when ``value`` is short enough."""
    if len(value) <= LONG:
        return None
    lo, hi, qs, qe = window(value, quote)
    qs_, qe_ = max(qs - lo, 0), max(min(qe, hi) - lo, 0)
    short = ("…" if lo > 0 else "") + _marked(value[lo:hi], qs_, qe_) + ("…" if hi < len(value) else "")
    full_qs, full_qe = (qs, qe) if qe > qs else (0, 0)
    return Markup(f'<details class="gf-long"><summary><span class="gf-short">{short}</span>'
                  f'<span class="gf-more" title="{len(value)} ký tự · characters"></span></summary>'
                  f'<div class="gf-full">{_marked(value, full_qs, full_qe)}</div></details>')
