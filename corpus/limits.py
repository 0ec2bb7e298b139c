"""The limits every input is held to, so that no input stalls a batch or fills the memory.

An article over a size limit is refused with one line naming the file and the limit (split
it into articles and ingest again); an article whose extraction outlasts the time budget is
reported and skipped, and the batch goes on.  README.md ("Limits") explains the figures.
"""
from __future__ import annotations

# The longest article text accepted, in characters after reading: 100 times the longest
# article of the development set, a few seconds of extraction.
MAX_ARTICLE_CHARS = 200_000

# The largest .txt or .html file read (bytes): a page with its markup, scripts and styles.
# A .jsonl bundle may be any size (read line by line), but each of its lines is held to this.
MAX_FILE_BYTES = 4 * 1024 * 1024

# Seconds one article may take to extract and store; then it is reported and skipped.
ARTICLE_SECONDS = 60.0


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
