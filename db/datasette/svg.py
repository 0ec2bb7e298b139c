"""Small charts as inline SVG, drawn on the server: nothing fetched from elsewhere, readable
without scripts, scaled to the screen (``viewBox``; a phone gets the same chart smaller).

* :func:`year_chart`: values by year, one point per value reported (an article each), a line
  through each year's first; ``invert=True`` puts 1 at the top (ranks).
* :func:`bar_chart`: a count per period (citations per month or year), with one marked
  moment (the day a document was issued).

Each point and bar has a ``<title>`` (the browser's tooltip) and, given an ``href``, is a link.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import escape

W, H = 360, 200
LEFT, RIGHT, TOP, BOTTOM = 44, 26, 18, 30
INK, GRID, MUTED = "#1a56db", "#dfe3ea", "#5c6370"


@dataclass(frozen=True)
class Point:
    x: int  # a year
    y: float
    tip: str
    href: str | None = None


@dataclass(frozen=True)
class Bar:
    label: str  # the period: "2023-05" or "2023"
    count: int
    tip: str
    href: str | None = None


def _num(v: float) -> str:
    """A value as the articles write it: comma for decimals, no trailing zeros."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    """About ``n`` round values from ``lo`` to ``hi``."""
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    out, v = [], first
    while v <= hi + step * 1e-9:
        out.append(round(v, 10))
        v += step
    return out


def _open(cls: str, label: str) -> list[str]:
    return [f'<svg class="chart {cls}" viewBox="0 0 {W} {H}" role="img" aria-label="{escape(label)}" '
            f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="11">',
            f"<title>{escape(label)}</title>"]


def _linked(inner: str, href: str | None) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def year_chart(points: list[Point], *, label: str, invert: bool = False, lo: float | None = None,
               hi: float | None = None, integer: bool = False) -> str:
    """``points`` by year on a shared axis from ``lo`` to ``hi`` (the data's range, padded,
    when not given); ``integer`` ticks for ranks."""
    parts = _open("by-year" + (" inverted" if invert else ""), label)
    if not points:
        parts.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" fill="{MUTED}">—</text></svg>')
        return "".join(parts)
    years = list(range(min(p.x for p in points), max(p.x for p in points) + 1))
    ys = [p.y for p in points]
    lo = min(ys) if lo is None else lo
    hi = max(ys) if hi is None else hi
    if hi <= lo:
        pad = abs(hi) * 0.05 or 1
        lo, hi = hi - pad, hi + pad
    elif not integer:
        pad = (hi - lo) * 0.15
        lo, hi = lo - pad, hi + pad
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def px(year: int) -> float:
        if len(years) == 1:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (year - years[0]) / (years[-1] - years[0])

    def py(v: float) -> float:
        f = (v - lo) / (hi - lo)
        return TOP + plot_h * (f if invert else 1 - f)

    ticks = [t for t in _ticks(lo, hi) if not integer or float(t).is_integer()]
    if integer and invert and 1 not in ticks and lo <= 1:
        ticks.insert(0, 1)
    for t in ticks:
        y = py(t)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{_num(t)}</text>')
    for year in years:
        parts.append(f'<text class="year" x="{px(year):.1f}" y="{H - 10}" text-anchor="middle" '
                     f'fill="{MUTED}">{year}</text>')
    first: dict[int, Point] = {}
    for p in points:
        first.setdefault(p.x, p)
    line = " ".join(f"{px(x):.1f},{py(p.y):.1f}" for x, p in sorted(first.items()))
    if len(first) > 1:
        parts.append(f'<polyline class="trend" points="{line}" fill="none" stroke="{INK}" stroke-width="2"/>')
    for p in points:
        x, y = px(p.x), py(p.y)
        dot = (f'<g class="point" data-year="{p.x}" data-value="{_num(p.y)}"><title>{escape(p.tip)}</title>'
               f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#fff" stroke="{INK}" stroke-width="2.5"/>'
               f'<text x="{x:.1f}" y="{y - 9:.1f}" text-anchor="middle" font-weight="600">{_num(p.y)}</text></g>')
        parts.append(_linked(dot, p.href))
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(bars: list[Bar], *, label: str, marker: tuple[str, str] | None = None) -> str:
    """One bar per period, in the order given; ``marker`` (period, words) draws a dashed line
    at a period (it need not have a bar of its own)."""
    parts = _open("bars", label)
    if not bars:
        parts.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" fill="{MUTED}">—</text></svg>')
        return "".join(parts)
    top = max(b.count for b in bars)
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    slot = plot_w / len(bars)
    every = max(1, math.ceil(len(bars) / 5))  # at most 5 labels on the axis: a phone's width
    for t in [t for t in _ticks(0, top) if float(t).is_integer()]:
        y = TOP + plot_h * (1 - t / top)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{int(t)}</text>')
    for i, b in enumerate(bars):
        x = LEFT + slot * i
        h = plot_h * b.count / top
        bar = (f'<g class="bar" data-period="{escape(b.label)}" data-count="{b.count}"><title>{escape(b.tip)}</title>'
               f'<rect x="{x + slot * 0.15:.1f}" y="{TOP + plot_h - h:.1f}" width="{slot * 0.7:.1f}" '
               f'height="{h:.1f}" fill="{INK}" rx="2"/></g>')
        parts.append(_linked(bar, b.href) if b.count else bar)
        if i % every == 0:
            parts.append(f'<text class="period" x="{x + slot / 2:.1f}" y="{H - 10}" text-anchor="middle" '
                         f'fill="{MUTED}">{escape(b.label)}</text>')
    if marker is not None:
        labels = [b.label for b in bars]
        at, words = marker
        i = next((k for k, lab in enumerate(labels) if lab >= at), len(labels))
        x = LEFT + slot * i + (slot / 2 if i < len(labels) and labels[i] == at else 0)
        parts.append(f'<g class="marker"><line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP - 4}" y2="{TOP + plot_h}" '
                     f'stroke="#c77800" stroke-width="2" stroke-dasharray="4 3"/>'
                     f'<text x="{x + 4 if x < W * 0.6 else x - 4:.1f}" y="{TOP + 6}" fill="#8a5300" '
                     f'text-anchor="{"start" if x < W * 0.6 else "end"}">{escape(words)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)
