"""One grammar engine for the rules in ``patterns/*_rules.yaml`` (HeidelTime-style).

A rule file holds named rules with their examples, built from macros and word lists, so
that a new phrasing is a data change and a wrong fact traces to one rule name::

    macros:                 # used as %{name}; %{name:2} suffixes the groups written (?P<d#>…)
      day: '(?P<d#>3[01]|[12]\\d|0?[1-9])(?!\\d)'
    word_files: [date_words]          # patterns/*.yaml whose lists @key may name
    lists: {cues: [ngày, mùng]}       # inline lists, also @key
    rules:
      - name: day_numeric             # unique; says the phrasing
        meaning: a day and a month    # free text
        example: ["Sáng ngày 29/7"]   # each example is matched by the pattern (a test runs them)
        pattern: '%{day}/%{month}'
        lead: day_lead                # optional: a macro matched backwards from the match's start
        granularity: day              # any other key: the rule's data, read by its extractor

Patterns are compiled case-insensitively with the ``regex`` module; ``@key`` becomes a
longest-first alternation of the list (or of a mapping's keys). A pattern without a lead
never starts inside a word. Everything compiles once, on first use.

>>> rs = rule_set("date_rules")
>>> [(rule.name, m.group(0)) for rule, m in rs.finditer("Sáng ngày 29/7/2024")][:1]
[('day_numeric', '29/7/2024')]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterator, Mapping

import regex

from govfacts.patterns import PatternError, alternation, load

from .rule_starts import Opening, opening_of, starts, tried_at, where

_PLACEHOLDER = regex.compile(r"%\{(\w+)(?::(\w+))?\}")
_GROUP_SUFFIX = regex.compile(r"(\(\?P[<=]\w+)#")
_WORD_LIST = regex.compile(r"@(\w+)")
_MAX_NESTING = 10


LEAD_REACH = 48  # characters before a match in which a rule's lead is looked for


@dataclass(frozen=True)
class Rule:
    """One named rule: its pattern (compiled on first use), its examples and the rest of its entry.

    A rule compiles when it is first tried on a text that holds one of its opening words: an
    article that asks for one rule of a file (``extract`` on one article) compiles that one."""

    name: str
    source: str  # the pattern with its macros and word lists written out
    examples: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    lead_source: str | None = None  # the lead macro's pattern: matched backwards from a match's first character
    file: str = ""  # the rule file's name, for a bad pattern's message
    written: str = ""  # the pattern as the file writes it, for that message

    @cached_property
    def regex(self) -> regex.Pattern:
        return _compile(self.file, self.written or self.source, self.source, regex.IGNORECASE)

    @cached_property
    def lead(self) -> regex.Pattern | None:
        if self.lead_source is None:
            return None
        return _compile(self.file, self.lead_source, self.lead_source, regex.IGNORECASE | regex.REVERSE)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @cached_property
    def heads(self) -> tuple[str, ...] | None:
        """The strings every match begins with, when the pattern bounds them (extract/rule_starts.py)."""
        return starts(self.source)

    @cached_property
    def opening(self) -> Opening | None:
        """Its start strings and a looser pattern for where a match can start, tried before the
        rule (extract/rule_prefix.py)."""
        return opening_of(self.source, self.heads)

    def scan(self, text: str) -> Iterator[regex.Match]:
        """Exactly ``self.regex.finditer(text)``, trying the regex only where a match can begin
        (and not compiling it for a text where none can)."""
        places = where(self.heads, text, self.opening)
        if places == []:
            return iter(())
        return tried_at(self.regex, places, text)

    def finditer(self, text: str, lead_reach: int = LEAD_REACH) -> Iterator[regex.Match]:
        """The rule's matches whose lead, if it has one, matches backwards from them (within
        ``lead_reach`` characters)."""
        for m, _lead in self.finditer_with_lead(text, lead_reach):
            yield m

    def finditer_with_lead(self, text: str, lead_reach: int = LEAD_REACH
                           ) -> Iterator[tuple[regex.Match, regex.Match | None]]:
        """:meth:`finditer`'s matches, each with its lead's match (None for a rule without a
        lead): the words before a day that say its part of day or weekday ("Sáng ngày 29/7")."""
        lead = self.lead
        for m in self.scan(text):
            if lead is None:
                yield m, None
                continue
            found = lead.match(text, max(0, m.start() - lead_reach), m.start())
            if found is not None:
                yield m, found


class RuleSet:
    """The rules of one file, with the macros and word lists their patterns use."""

    RESERVED = frozenset({"name", "pattern", "example", "examples", "lead"})

    def __init__(self, name: str, spec: Mapping[str, Any]):
        self.name = name
        self.spec = spec
        self.macros: dict[str, str] = dict(spec.get("macros") or {})
        lists: dict[str, Any] = {}
        for word_file in spec.get("word_files") or []:
            lists.update(load(word_file))
        lists.update(spec.get("lists") or {})
        self.lists = lists
        self._where: dict[tuple[str, Any], tuple[Rule, ...]] = {}

    def expand(self, pattern: str, suffix: str = "", depth: int = 0) -> str:
        """``pattern`` with every ``%{macro}`` replaced, recursively."""
        if depth > _MAX_NESTING:
            raise PatternError(f"{self.name}.yaml: macros nest too deep near {pattern[:40]!r}")

        def sub(m: regex.Match) -> str:
            macro = m.group(1)
            if macro not in self.macros:
                raise PatternError(f"{self.name}.yaml: unknown macro %{{{macro}}}")
            return self.expand(self.macros[macro], m.group(2) or suffix, depth + 1)

        return _GROUP_SUFFIX.sub(lambda m: m.group(1) + suffix, _PLACEHOLDER.sub(sub, pattern))

    def _with_lists(self, pattern: str) -> str:
        def sub(m: regex.Match) -> str:
            key = m.group(1)
            if key not in self.lists:
                raise PatternError(f"{self.name}.yaml: unknown word list @{key}")
            return alternation(list(self.lists[key]))

        return _WORD_LIST.sub(sub, pattern)

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """A pattern written with this file's macros and lists, compiled case-insensitively."""
        return _compile(self.name, pattern, self._with_lists(self.expand(pattern)), regex.IGNORECASE | flags)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        out, seen = [], set()
        for entry in self.spec.get("rules") or []:
            name = entry.get("name")
            if not name or name in seen:
                raise PatternError(f"{self.name}.yaml: every rule needs a unique name ({name!r})")
            seen.add(name)
            lead = entry.get("lead")
            if lead and lead not in self.macros:
                raise PatternError(f"{self.name}.yaml: rule {name}: unknown lead macro {lead!r}")
            pattern = entry["pattern"] if lead else r"(?<!\w)" + entry["pattern"]
            examples = entry.get("example", entry.get("examples", []))
            out.append(Rule(
                name=name,
                source=self._with_lists(self.expand(pattern)),
                examples=tuple([examples] if isinstance(examples, str) else examples),
                data={k: v for k, v in entry.items() if k not in self.RESERVED},
                lead_source=self._with_lists(self.expand(self.macros[lead])) if lead else None,
                file=self.name,
                written=pattern,
            ))
        return tuple(out)

    def where(self, key: str, value: Any) -> tuple[Rule, ...]:
        """The rules whose entry says ``key: value``, in file order (picked once, not per call)."""
        found = self._where.get((key, value))
        if found is None:
            found = self._where[(key, value)] = tuple(r for r in self.rules if r.get(key) == value)
        return found

    def rule(self, name: str) -> Rule:
        found = self._by_name.get(name)
        if found is None:
            raise KeyError(f"{self.name}.yaml has no rule {name!r}")
        return found

    @cached_property
    def _by_name(self) -> dict[str, Rule]:
        """The rules by name (stages ask for one by name in their loops: a look-up, not a walk)."""
        return {rule.name: rule for rule in self.rules}

    def finditer(self, text: str, lead_reach: int = LEAD_REACH,
                 keep: Callable[[Rule], bool] | None = None) -> Iterator[tuple[Rule, regex.Match]]:
        """(rule, match) for every rule's matches (only the rules ``keep`` accepts, when given: a
        rule left out is not even scanned), in text order (see :meth:`Rule.finditer`)."""
        found = []
        for order, rule in enumerate(self.rules):
            if keep is not None and not keep(rule):
                continue
            for m in rule.finditer(text, lead_reach):
                found.append((m.start(), order, rule, m))
        found.sort(key=lambda x: (x[0], x[1]))
        return ((rule, m) for _s, _o, rule, m in found)


def _compile(file: str, written: str, source: str, flags: int) -> regex.Pattern:
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        raise PatternError(f"{file}.yaml: bad pattern {written[:60]!r}: {exc}") from exc


@lru_cache(maxsize=None)
def rule_set(name: str) -> RuleSet:
    """The rules of ``patterns/<name>.yaml``, loaded and compiled once."""
    return RuleSet(name, load(name))


def rule_files() -> list[str]:
    """Every rule file in patterns/ (``*_rules.yaml``), by name."""
    from govfacts.patterns import HERE

    return sorted(p.stem for p in HERE.glob("*_rules.yaml"))
