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
