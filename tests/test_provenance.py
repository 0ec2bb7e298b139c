"""Every fact of every corpus article quotes the text it came from."""

from govfacts.corpus.readers import read_paths
from govfacts.extraction.model import Article

from .conftest import DEV, SEEDS, needs_shared


def check(pipeline, paths):
    n = 0
    for art in read_paths(paths):
        assert isinstance(art, Article), str(art)
        result = pipeline(art)
        for f in result["facts"]:
            s = f["span"]
            assert art.text[s["start"]:s["end"]] == s["text"], (art.source, f)
            for m in f.get("mentions") or []:
                assert art.text[m["start"]:m["end"]] == m["text"], (art.source, m)
            n += 1
        for w in result["warnings"]:
            s = w["span"]
            assert art.text[s["start"]:s["end"]] == s["text"]
    return n


def test_seed_facts_quote_the_text(pipeline):
    assert check(pipeline, [SEEDS]) > 0


def test_heldout_facts_quote_the_text(pipeline):
    from govfacts.corpus import HELDOUT

    assert check(pipeline, [HELDOUT]) > 0


@needs_shared
def test_dev_facts_quote_the_text(pipeline):
    assert check(pipeline, [DEV]) > 0


def test_no_facts_in_site_chrome(pipeline):
    (art,) = read_paths([SEEDS / "003_721d430f96819d2f.txt"])
    result = pipeline(art)
    counter = art.text.index("Thống kê truy cập")
    assert all(f["span"]["start"] < counter for f in result["facts"])
