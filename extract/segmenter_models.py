"""underthesea, imported and loaded for the two functions the tokenizer uses, at a third of the cost.

underthesea reads its data with ``joblib.load``: importing joblib costs ~0.12 s of CPU (it
imports numpy and its process pools), and its unpickler is the pure-Python one (0.1 s for the
word model's dictionary, three times the C unpickler; the normaliser's rules are read twice).
Every process that segments pays this once, before its first word (``extract`` on one
article, each ``ingest`` worker).  These files are plain pickles of sets, dicts and strings, so
they are read here with the C unpickler, allowed to build nothing but built-in containers;
a file that holds anything else (a numpy array, another underthesea release's format) is left
to underthesea and joblib as before.  The objects are equal either way: the same segmentation.
"""
from __future__ import annotations

import importlib
import importlib.util
import io
import pickle
import sys
from pathlib import Path
from types import ModuleType

_NORMALISER = "underthesea.pipeline.text_normalize.text_normalizer"
_WORD_MODEL = 'join(wd, "models", "ws_crf_vlsp2013_20230727")'  # how word_tokenize names its model
# What underthesea's text_normalizer binds (release 9.x); a module binding more is imported as it is.
_NORMALISER_NAMES = {"dirname", "join", "joblib", "TextNormalizer", "rule_file", "text_normalizer",
                     "character_map", "token_map"}
_BUILTINS = frozenset({"set", "frozenset", "dict", "list", "tuple", "str", "int", "float", "bool"})


def underthesea(module: str) -> ModuleType:
    """``underthesea.pipeline.<module>``, without running ``underthesea/__init__`` first when
    the package is not imported yet: that imports every pipeline (classification pulls in
    requests; chunking, ner and pos_tag their models), over half the package's start-up, for
    the two functions used here.  The package is registered bare and runs its ``__init__``
    at its first attribute access, so ``from underthesea import ner`` later works as ever."""
    if "underthesea" not in sys.modules:
        spec = importlib.util.find_spec("underthesea")
        if spec is not None and spec.loader is not None and spec.submodule_search_locations:
            package = importlib.util.module_from_spec(spec)

            def __getattr__(name: str):
                package.__dict__.pop("__getattr__", None)  # run the package's own __init__ once, then plain lookup
                spec.loader.exec_module(package)
                return package.__dict__[name] if name in package.__dict__ else object.__getattribute__(package, name)

            package.__getattr__ = __getattr__
            sys.modules["underthesea"] = package
    if module == "text_normalize" and _NORMALISER not in sys.modules:
        _register_normaliser()
    return importlib.import_module(f"underthesea.pipeline.{module}")


class _Plain(pickle.Unpickler):
    """The C unpickler, building built-in containers only."""

    def find_class(self, module: str, name: str):
        if module == "builtins" and name in _BUILTINS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a plain pickle: {module}.{name}")


def plain_pickle(path: Path):
    """What the pickle at ``path`` holds, or None when it holds more than built-in containers
    (or is compressed, or is missing): then joblib is the one to read it."""
    try:
        data = path.read_bytes()
        return _Plain(io.BytesIO(data)).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError):
        return None


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("underthesea")
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(list(locations)[0]) if locations else None


def _register_normaliser() -> None:
    """Put underthesea's ``text_normalizer`` module in place, its two maps read once with the C
    unpickler, when its source is the one read here (it names its rule file) and that file
    is a plain pickle; otherwise leave the import to underthesea."""
    root = _package_dir()
    if root is None:
        return
    source_path = root / "pipeline" / "text_normalize" / "text_normalizer.py"
    try:
        source = source_path.read_text(encoding="utf-8")
    except OSError:
        return
    rule_file = _quoted_after(source, "\nrule_file = ")
    if rule_file is None or _top_level_names(source) != _NORMALISER_NAMES:
        return  # another release's module: it may hold more than the two maps
    data = plain_pickle(source_path.with_name(rule_file))
    if not isinstance(data, dict) or not {"character", "token"} <= data.keys():
        return
    module = ModuleType(_NORMALISER)
    module.__file__ = str(source_path)
    module.rule_file, module.TextNormalizer = rule_file, TextNormalizer
    module.text_normalizer = TextNormalizer(source_path.with_name(rule_file), data)
    module.character_map, module.token_map = data["character"], data["token"]
    sys.modules[_NORMALISER] = module


class TextNormalizer:
    """underthesea's ``TextNormalizer`` (its rule file's two maps), the file read once."""

    def __init__(self, binary_file, data: dict | None = None):
        if data is None:
            data = plain_pickle(Path(binary_file))
        if data is None:
            import joblib

            data = joblib.load(binary_file)
        self.character_map = data["character"]
        self.token_map = data["token"]


def _top_level_names(source: str) -> set[str]:
    """The names a module's source binds at its top level (imports, classes, assignments)."""
    import ast

    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _quoted_after(source: str, prefix: str) -> str | None:
    """The string literal assigned by the line ``prefix"..."`` in ``source`` (the last one)."""
    at = source.rfind(prefix)
    if at < 0:
        return None
    value = source[at + len(prefix):].split("\n", 1)[0].strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" else None


class _WordTagger:
    """underthesea's ``FastCRFSequenceTagger`` as ``word_tokenize`` uses it (``predict``)."""

    def __init__(self, featurizer, estimator):
        self.featurizer, self.estimator = featurizer, estimator

    def predict(self, tokens):
        return self.estimator.tag(self.featurizer.process([tokens])[0])


def load_word_model() -> None:
    """Give underthesea's ``word_tokenize`` its model now, its dictionary read with the C
    unpickler; when a file is not what is read here, underthesea loads the model itself at
    its first call, as ever."""
    wt = underthesea("word_tokenize")
    if getattr(wt, "word_tokenize_model", None) is not None:
        return
    folder = Path(wt.__file__).parent / "models" / _WORD_MODEL.split('"')[-2]
    try:
        named = _WORD_MODEL in Path(wt.__file__).read_text(encoding="utf-8")
    except OSError:
        named = False
    if not named:  # another release, another model: underthesea loads its own
        return
    features, dictionary = plain_pickle(folder / "features.bin"), plain_pickle(folder / "dictionary.bin")
    if not isinstance(features, list) or not isinstance(dictionary, set) or not (folder / "models.bin").is_file():
        return
    try:
        from underthesea_core import CRFFeaturizer, CRFTagger
    except ImportError:
        return
    estimator = CRFTagger()
    estimator.load(str(folder / "models.bin"))
    wt.word_tokenize_model = _WordTagger(CRFFeaturizer(features, dictionary), estimator)
