"""The issue date a citation takes from a date match: the year a short date leaves out comes from
the document's number, else from the article; an impossible day is kept with ``valid: false``
and a warning (see extract/document_refs.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .date_grammar import date_parts, day_value
from .date_year import context_year
from .dates import date_fact_overlaps

if TYPE_CHECKING:
    from .article import TokenizedArticle


def attach_issue_date(tokenized: TokenizedArticle, fields: dict, dm: regex.Match, number_year: int | None,
                 canonical: str) -> None:
    """Set ``issued_on`` from a date match; a missing year comes from the number, else the article."""
    d, mo, y = date_parts(dm)
    year_source = "explicit"
    if y is None:
        if not 1 <= mo <= 12:
            return  # "ngày 15/13" without a year: no day to look a year up for
        y = number_year or context_year(tokenized, dm.start(), mo, d)[0]
        year_source = "context"
    if y is None:
        return
    # A written month past 12 ("ngày 15/13/2021") is kept as written with valid: false, as
    # "31/11/2021" is: the audit reports it rather than the citation losing its date.
    value, valid = day_value(d, mo, y)
    fields.update(issued_on=value, valid=valid, issued_year_source=year_source)
    if not valid:
        written = dm.group(0).strip(" ,")
        at = dm.start() + dm.group(0).index(written)
        seen = date_fact_overlaps(tokenized, at, at + len(written))
        if seen is None or seen.get("valid") is not False:  # else the date extractor warned
            tokenized.warn("invalid_date", at, at + len(written),
                    f"{canonical} is cited as issued on {written}, a day that does not exist")
