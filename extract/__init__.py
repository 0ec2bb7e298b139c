"""govfacts extraction: reader → tokenizer stage → rule extractors → linking.

Public entry points:

* :func:`extract.pipeline.Pipeline` – run the registered extractors over an article;
* :func:`extract.pipeline.extract_text` – one-shot convenience for a string.
"""
