"""The officials' grammar over one article's text: its syllables and capitalised runs, where
titles start, the names read so far; places, bodies and roles come from the mixins of
:mod:`extract.official_places`, :mod:`extract.official_bodies` (with a body's name,
:mod:`extract.official_body_names`, and where it ends, :mod:`extract.official_body_edges`) and
:mod:`extract.official_roles`.
"""
from __future__ import annotations

from .official_bodies import BodyReading
from .official_body_edges import BodyEdgeReading
from .official_body_names import BodyNameReading
from .official_lexicon import fold_cached, joined_title_forms, lexicon
from .official_patterns import patterns
from .official_places import PlaceReading
from .official_roles import RoleReading
from .place_names import named_places, normalized
from .places import PlaceMention
from .rule_starts import can_start
from .text import skip_spaces


class RoleParser(PlaceReading, BodyReading, BodyNameReading, BodyEdgeReading, RoleReading):
    """The role grammar and the person recogniser over one article's text."""

    def __init__(self, text: str, tokens=None, places: list[PlaceMention] | None = None):
        self.text = text
        self.norm = normalized(text)
        self.lex = lexicon()
        self.regexes = patterns()
        self.tokens = tokens  # a TokenView: word tokens, segmented where a body's name is read
        self._sylls: dict[int, list[tuple[int, int]]] = {}
        self.runs = [m.start() for m in self.regexes.run.finditer(self.norm)]
        self.title_starts = self._title_starts()
        self.known: set[str] = set()
        self.place_hits: dict[str, list[tuple[int, str]]] = {}  # level → (offset, place), in order
        self.home: tuple[str, str] | None = None
        self._read_places(named_places(text) if places is None else places)  # the place stage's

    # -------------------------------------------------------------- small readers

    def skip_ws(self, pos: int) -> int:
        return skip_spaces(self.norm, pos)

    def _title_starts(self) -> list[int]:
        """Where titles start (as ``regexes.title.finditer`` finds them, without overlaps); two
        stdlib scans, written forms over the lower-cased text and abbreviations over the text,
        are several times faster than one case-mixed scan."""
        low = self.norm.lower()
        if len(low) != len(self.norm):
            return [m.start() for m in self.regexes.title.finditer(self.norm)]
        found = sorted([m.span() for m in self.regexes.title_forms_scan.finditer(low)]
                       + [m.span() for m in self.regexes.title_abbr_scan.finditer(self.norm)])
        out: list[int] = []
        last = -1
        for s, e in found:
            if s >= last and (split := self._split_title(s, e)) is not None:
                m = self.regexes.title.match(self.norm, split)
                if not m:
                    continue
                s, e = m.span()  # "chức vụ| Trưởng phòng", not the title "vụ Trưởng"
            if s >= last:
                out.append(s)
                last = e
        return out

    def _split_title(self, s: int, e: int) -> int | None:
        """Where the second word of a title found at ``s`` starts, when the text writes the case
        of a one-word title inverted ("vụ Trưởng", ``joined_title_forms``): two words, not it."""
        written = self.norm[s:e]
        words = written.split()
        if (len(words) < 2 or not words[0][:1].islower() or not words[1][:1].isupper()
                or fold_cached(written) not in joined_title_forms()):
            return None
        return self.skip_ws(s + len(words[0]))

    def syllables_at(self, pos: int) -> list[tuple[int, int]]:
        """The capitalised syllables of the run at ``pos``, cut before a title, body or level word."""
        cached = self._sylls.get(pos)
        if cached is not None:
            return cached
        out: list[tuple[int, int]] = []
        m = self.regexes.run.match(self.norm, pos)
        if m:
            for sm in self.regexes.syl.finditer(self.norm, m.start(), m.end()):
                s, e = sm.span()
                if out and (self.norm[s:e] in self.lex.not_given or self._starts_role_word(s)):
                    if not self.lex.name_goes_on([self._syl(x) for x in out], self.norm[s:e]):
                        break  # but "Hoàng Văn Chiều", "Ông Quàng Văn Tỉnh", "Bà Lò Thị Xã": a name goes on
                out.append((s, e))
        self._sylls[pos] = out
        return out

    def _starts_role_word(self, pos: int) -> bool:
        """A title that reads as a role, a named body or a level word starts at ``pos``
        ("Lê Văn An Tỉnh ủy viên"); a generic head does not ("Lê Trường Sơn")."""
        p, norm = self.regexes, self.norm  # each regex tried only where one of its words starts
        if (can_start(p.body, norm, pos) and p.body.match(norm, pos)
                or can_start(p.level, norm, pos) and p.level.match(norm, pos)):
            return True
        return can_start(p.title, norm, pos) and bool(p.title.match(norm, pos)) and self.parse_role(pos) is not None

    def after_place_word(self, pos: int) -> bool:
        """A place or body word right before ``pos``: "huyện Hà Nam", "TP. Hồ Chí Minh"."""
        return bool(self.regexes.place_before.search(self.norm, max(0, pos - 24), pos))

    def _syl(self, span: tuple[int, int]) -> str:
        return self.norm[span[0]:span[1]]
