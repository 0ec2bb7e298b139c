"""Articles in: readers for plain text, HTML and JSON Lines, the sample corpus and the gold."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
GOLD = HERE / "gold"
