"""Calendar dates: the day-date grammar shared by every extractor that reads a date.

One place for each rule: document references read their issue date ("ngày 19/8/2021",
"ngày 19 tháng 8 năm 2021") through :data:`DAY_DATE` and :func:`day_value`, the same
grammar the ``date`` extractor uses, so a citation date and a date fact never disagree.
"""
from __future__ import annotations

import calendar

import regex

# "19/8/2021", "19-8-2021", "19.8.2021", "19 / 8 / 2021"; the year is optional ("14.9").
_NUMERIC = (
    r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})"
    r"(?:\s?(?P=sep)\s?(?P<y>(?:19|20)\d{2}))?(?![\d/]|[.,]\d)"
)
# "19 tháng 8 năm 2021", "15 tháng 01 năm 2024"; the year is optional.
_SPELLED = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|/)\s*(?P<y2>(?:19|20)\d{2}))?(?!\d)"

DAY_DATE = regex.compile(rf"(?:{_SPELLED}|{_NUMERIC})", regex.IGNORECASE)
# A day date introduced by "ngày" (how citations attach their issue date).
NGAY_DATE = regex.compile(rf"ngày\s*(?:{_SPELLED}|{_NUMERIC})", regex.IGNORECASE)


def date_parts(m: regex.Match) -> tuple[int, int, int | None]:
    """(day, month, year or None) from a match of :data:`DAY_DATE` or :data:`NGAY_DATE`."""
    if m.group("d2"):
        y = m.group("y2")
        return int(m.group("d2")), int(m.group("m2")), int(y) if y else None
    y = m.group("y")
    return int(m.group("d")), int(m.group("m")), int(y) if y else None


def is_valid_day(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def day_value(day: int, month: int, year: int) -> tuple[str, bool]:
    """ISO value as written ("2021-11-31" is kept) and whether that day exists."""
    return f"{year:04d}-{month:02d}-{day:02d}", is_valid_day(day, month, year)
