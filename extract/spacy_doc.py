"""govfacts for spaCy users: the facts as labelled Spans of a Doc, and a pipeline component.

* :func:`to_doc` runs govfacts on an article and returns a ``Doc`` whose text is the
  article's, with one Span per fact in ``doc.spans["govfacts"]`` (label = kind) and the
  fact's fields in ``span._.govfacts``; token boundaries fall on every fact's edges, so each
  Span quotes its fact exactly.  ``displacy.render(doc, style="span",
  options=displacy_options())`` draws them, each kind in its declared colour.
* ``nlp.add_pipe("govfacts")`` adds the same facts to the user's own Docs (registered
  factory; the entry point makes it known without importing this module).

Only this module and :mod:`extract.doc_from_offsets` (the Doc of an article's tokens, which
``TokenizedArticle.doc`` builds on demand) import spaCy: the extractors never build a Doc they do not need.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .doc_from_offsets import build_doc
from .fact_kinds import kinds
from .model import Article

SPANS_KEY = "govfacts"

if not Span.has_extension("govfacts"):
    Span.set_extension("govfacts", default=None)
if not Doc.has_extension("govfacts_warnings"):
    Doc.set_extension("govfacts_warnings", default=None)


def displacy_options() -> dict:
    """displaCy's span options for the facts: their key, and each kind's declared colour."""
    return {"spans_key": SPANS_KEY, "colors": {k.name: k.colour for k in kinds()}}


def _add_facts(doc: Doc, result: dict, *, exact: bool) -> Doc:
    spans = []
    for fact in result["facts"]:
        s, e = fact["span"]["start"], fact["span"]["end"]
        span = doc.char_span(s, e, label=fact["kind"])
        if span is None and not exact:
            span = doc.char_span(s, e, label=fact["kind"], alignment_mode="expand")
        if span is None:
            continue
        span._.govfacts = fact
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    doc._.govfacts_warnings = result["warnings"]
    return doc


def to_doc(source: str | Article, *, vocab: Vocab | None = None) -> Doc:
    """The article (an :class:`Article`, or a string whose first line is the title) as a Doc
    with its facts in ``doc.spans["govfacts"]``; ``doc.text`` is the stored article text."""
    from govfacts.corpus.readers import make_article

    from .pipeline import default_pipeline, to_json

    art = make_article(source, "<text>") if isinstance(source, str) else source
    if not isinstance(art, Article):
        raise ValueError(str(art))
    ta = default_pipeline().process(art)
    result = to_json(ta)
    cuts = [x for f in result["facts"] for x in (f["span"]["start"], f["span"]["end"])]
    doc = build_doc(ta.text, ta.tokens.all(), ta.sentences, cuts, vocab)
    return _add_facts(doc, result, exact=True)


class GovfactsComponent:
    """The spaCy pipeline component: the facts of ``doc.text`` as Spans of the user's Doc.

    The user's tokens stay as they are; a fact whose edges fall inside a token gets the
    smallest Span covering it, and ``span._.govfacts["span"]`` keeps the exact offsets.
    """

    def __call__(self, doc: Doc) -> Doc:
        from govfacts.corpus.readers import find_chrome, make_article

        from .pipeline import default_pipeline

        art = make_article(doc.text, "<spacy>")
        if not isinstance(art, Article):
            doc.spans[SPANS_KEY] = []
            return doc
        if art.text != doc.text:  # offsets must index doc.text: keep it as it is
            art = Article(text=doc.text, source="<spacy>", title=art.title, published=art.published,
                          chrome=find_chrome(doc.text))
        return _add_facts(doc, default_pipeline()(art), exact=False)


@Language.factory("govfacts")
def make_govfacts(nlp: Language, name: str) -> GovfactsComponent:
    return GovfactsComponent()
