"""What each entry point imports: the light core, --help and extract pay only for what they use."""
from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT, SEEDS

HEAVY = ("sqlalchemy", "datasette", "dask", "distributed", "spacy", "alembic", "trafilatura")


def _loaded(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stderr.strip().splitlines()[-1].split())


def test_the_extractors_and_their_container_import_neither_spacy_nor_underthesea():
    loaded = _loaded("import govfacts.extraction.article, govfacts.extraction.pipeline, govfacts.extraction.linking\n"
                     "from govfacts.extraction import registry\n"
                     "for name in registry.default_names(): registry.get(name)")
    assert not loaded & {"spacy", "underthesea", "sqlalchemy"}


def test_help_imports_no_database_no_segmenter_no_reader():
    loaded = _loaded("import sys\nsys.argv = ['govfacts', '--help']\nfrom govfacts.extraction.cli import main\n"
                     "try:\n    main()\nexcept SystemExit:\n    pass")
    assert not loaded & set(HEAVY + ("underthesea", "yaml", "rich"))


def test_extract_imports_no_database_no_spacy():
    seed = sorted(SEEDS.glob("*.txt"))[0]
    loaded = _loaded(f"import sys\nsys.argv = ['govfacts', 'extract', {str(seed)!r}]\nfrom govfacts.extraction.cli import main\n"
                     "try:\n    main()\nexcept SystemExit:\n    pass")
    assert "underthesea" in loaded
    assert not loaded & set(HEAVY)


def test_segmenting_imports_neither_joblib_nor_numpy():
    # underthesea reads its data with joblib (~0.12 s to import, with numpy); its files are
    # plain pickles, read with the C unpickler (extract/segmenter_models.py)
    loaded = _loaded("from govfacts.extraction.tokenizer import load_models\nload_models()")
    assert "underthesea" in loaded
    assert not loaded & {"joblib", "numpy"}


def test_the_segmenter_s_data_read_without_joblib_equals_what_joblib_reads():
    import joblib
    import underthesea.pipeline.text_normalize.text_normalizer as normaliser
    import underthesea.pipeline.word_tokenize as wt
    from pathlib import Path

    from govfacts.extraction.segmenter_models import load_word_model, plain_pickle

    rules = Path(normaliser.__file__).with_name(normaliser.rule_file)
    assert joblib.load(rules) == {"character": normaliser.character_map, "token": normaliser.token_map}
    load_word_model()
    folder = Path(wt.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    for name in ("features.bin", "dictionary.bin"):
        assert plain_pickle(folder / name) == joblib.load(folder / name)
    assert wt.word_tokenize_model is not None


def test_a_pickle_holding_more_than_built_in_containers_is_left_to_joblib(tmp_path):
    import pickle
    from pathlib import PurePosixPath

    from govfacts.extraction.segmenter_models import plain_pickle

    (tmp_path / "plain.bin").write_bytes(pickle.dumps({"token": {"oà": "òa"}, "words": {"hội nghị"}}))
    (tmp_path / "object.bin").write_bytes(pickle.dumps({"path": PurePosixPath("/")}))
    (tmp_path / "zipped.bin").write_bytes(b"\x78\x9c" + b"\x00" * 8)
    assert plain_pickle(tmp_path / "plain.bin") == {"token": {"oà": "òa"}, "words": {"hội nghị"}}
    assert plain_pickle(tmp_path / "object.bin") is None
    assert plain_pickle(tmp_path / "zipped.bin") is None
    assert plain_pickle(tmp_path / "missing.bin") is None
