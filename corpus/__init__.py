"""Articles in: readers for plain text, HTML and JSON Lines, the sample corpus and the gold."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
GOLD = HERE / "gold"
# Articles written by the project in the genre's phrasing, annotated blind to the extractors:
# a held-out check that rules tuned on the dev set generalise.
HELDOUT = HERE / "heldout"
