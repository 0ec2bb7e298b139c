"""A rule's opening (extract/rule_prefix.py) is looser than the rule: wherever the rule matches,
its opening matches the lower-cased text there, so skipping the places it rejects loses nothing."""
import re
import sys

import pytest
import regex

from govfacts.extraction.grammar import rule_files, rule_set
from govfacts.extraction.rule_prefix import DIGITS, opening

from .test_rule_starts import _article


@pytest.mark.parametrize("file", rule_files())
def test_the_opening_matches_wherever_the_rule_does(file):
    text = _article(file)
    low = text.lower()
    for rule in rule_set(file).rules:
        found = opening(rule.source)
        if found is None:
            continue
        for m in rule.regex.finditer(text, overlapped=True):
            assert found.match(low, m.start()), f"{file}: {rule.name} at {text[m.start():m.end()]!r}"


def test_a_day_s_opening_turns_away_years_counts_and_bare_numbers():
    day = opening(r"(?<![\d.,/:])(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s?(?P<sep>[/.\-])\s?(?P<m>1[0-2]|0?[1-9])")
    text = "năm 2024 có 15 hội nghị, ngày 9/3 và 12 - 4"
    numbers = [m.start() for m in re.finditer(r"\d+", text)]
    assert [p for p in numbers if day.match(text, p)] == [text.index("9/3"), text.index("12 - 4")]


def test_letters_are_read_in_lower_case_and_a_case_sensitive_group_too():
    assert opening(r"(?<!\w)Kỳ\s+họp").match("kỳ  họp thứ")
    assert opening(r"(?-i:UBND)\s+tỉnh").match("ubnd tỉnh")
    assert opening(r"[A-Ea-e]\d").match("c7")


@pytest.mark.parametrize("pattern, read", [
    (r"\d+.*năm", f"(?:[{DIGITS}]){{1,}}"),  # a repeat of any character ends it: each look stays short
    (r"(?P<sep>[/.])\d(?P=sep)x", f"[/\\.][{DIGITS}]"),  # a back reference ends it
    (r"(?:\s*,\s*\d+)*tháng", None),  # a repeat of several elements, many times: nothing read
    (r"(?:ngày\s+){0,2}\d", f"(?:ngày(?:[\\s]){{1,}}){{0,2}}[{DIGITS}]"),
])
def test_the_opening_ends_where_the_standard_engine_could_backtrack_far(pattern, read):
    found = opening(pattern)
    assert (found.pattern if found else None) == read


def test_the_opening_s_digits_and_spaces_hold_the_regex_module_s():
    # the regex module's Unicode is newer than Python's: its new digits are all astral
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(regex.findall(r"\d", every)) <= set(re.findall(f"[{DIGITS}]", every))
    assert set(regex.findall(r"\s", every)) <= set(re.findall(r"\s", every))


def test_a_number_is_a_place_a_day_can_start_only_where_its_opening_matches():
    from govfacts.extraction.rule_starts import opening_of, starts, where

    day = r"(?<![\d.,/:])(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s+tháng\s+(?P<m>1[0-2]|0?[1-9])"
    text = "Năm 2024, 15 xã tổ chức 230 buổi; ngày 9 tháng 3 họp, 12 Tháng 4 bế mạc."
    assert where(starts(day), text) == [m.start() for m in re.finditer(r"\d+", text)]
    assert where(starts(day), text, opening_of(day, starts(day))) == [text.index("9 tháng"), text.index("12 Tháng")]


def test_a_run_up_to_a_sentence_s_end_is_read_once_then_the_opening_ends():
    # "[^.;\n]{0,150}?" is read as it is (characters without case), so what must follow it
    # ("được tổ chức") is looked for too; a second such run ends the opening
    found = opening(r"(?:hội\s+nghị)(?!\w)[^.;\n]{0,150}?\s+được\s+tổ\s+chức[^.]{0,40}vào")
    assert found.match("hội nghị sơ kết quý iii sẽ được tổ chức vào")
    assert not found.match("hội nghị sơ kết quý iii. được tổ chức vào")
    assert found.pattern.endswith("chức")
    assert opening(r"x[^a]{0,99}y").pattern == "x"  # a letter has case: any character, the opening ends
