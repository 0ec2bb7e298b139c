"""Every rule in patterns/*_rules.yaml says what it reads and carries real examples, and its
pattern reads them.

The examples are the rule's documentation (the phrasing it reads) and its first test: a
rule whose example no longer matches has drifted from what it says it does.
"""
import pytest

from govfacts.extraction.grammar import rule_files, rule_set


def all_rules():
    return [(name, rule) for name in rule_files() for rule in rule_set(name).rules]


def test_there_are_rule_files():
    assert "date_rules" in rule_files()


@pytest.mark.parametrize("file,rule", all_rules(), ids=lambda x: getattr(x, "name", x))
def test_each_example_is_read_by_its_rule(file, rule):
    assert rule.examples, f"{file}.yaml: rule {rule.name} has no example"
    missed = [ex for ex in rule.examples if not rule.regex.search(ex)]
    assert not missed, f"{file}.yaml: rule {rule.name} does not read its examples {missed}"


@pytest.mark.parametrize("file,rule", all_rules(), ids=lambda x: getattr(x, "name", x))
def test_each_rule_says_what_it_reads(file, rule):
    """A wrong fact traces to one rule; its meaning says which phrasing the rule was written for."""
    assert str(rule.get("meaning") or "").strip(), f"{file}.yaml: rule {rule.name} has no meaning"


def test_an_unknown_macro_or_list_is_a_clear_error():
    from govfacts.extraction.grammar import RuleSet
    from govfacts.patterns import PatternError

    with pytest.raises(PatternError, match="unknown macro"):
        RuleSet("broken", {"rules": [{"name": "a", "pattern": "%{nope}", "example": ["x"]}]}).rules
    with pytest.raises(PatternError, match="unknown word list"):
        RuleSet("broken", {"rules": [{"name": "a", "pattern": "@nope", "example": ["x"]}]}).rules
    with pytest.raises(PatternError, match="unique name"):
        RuleSet("broken", {"rules": [{"name": "a", "pattern": "x"}, {"name": "a", "pattern": "y"}]}).rules
