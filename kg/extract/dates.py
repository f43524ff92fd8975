"""When an event happened: a date expression near its trigger, resolved against the publication date.

Only expressions that name a day are used ("on Tuesday", "November 9", "yesterday",
"15 July 2022"); "last month" or "six-week" give no date.

>>> from datetime import date
>>> resolve_date_text("on Tuesday", date(2020, 12, 1))
datetime.date(2020, 12, 1)
>>> resolve_date_text("the November 9", date(2020, 12, 1))
datetime.date(2020, 11, 9)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..sources.newstext import MONTHS

__all__ = ["resolve_date_text", "resolve_event_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORDS})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)


def _in_past(month: int, day: int, year: int | None, published: date | None) -> date | None:
    if year is None and published is None:
        return None
    try:
        if year is not None:
            return date(year, month, day)
        candidate = date(published.year, month, day)
        return candidate if candidate <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def resolve_date_text(text: str, published: date | None) -> date | None:
    """A day named in ``text``; weekdays and month-days without a year are the latest past one ("next" looks ahead)."""""
    lowered = text.lower()
    match = _DAY_MONTH.search(text)
    if match:
        return _in_past(MONTHS[match[2].lower()], int(match[1]), int(match[3]) if match[3] else None, published)
    match = _MONTH_DAY.search(text)
    if match:
        return _in_past(MONTHS[match[1].lower()], int(match[2]), int(match[3]) if match[3] else None, published)
    if published is None:
        return None
    if "yesterday" in lowered:
        return published - timedelta(days=1)
    if "today" in lowered:
        return published
    for number, weekday in enumerate(_WEEKDAYS):
        if weekday in lowered:
            if re.search(rf"\b(?:next|coming)\s+{weekday}", lowered):
                return published + timedelta(days=(number - published.weekday() - 1) % 7 + 1)
            return published - timedelta(days=(published.weekday() - number) % 7)
    return None


def resolve_event_date(trigger: Token, dates: list[Span], published: date | None) -> date | None:
    """The day of the date expression (one of ``dates``, those of the trigger's sentence) attached to the
    trigger's clause, if there is one."""
    if not dates:
        return None
    clause = {trigger, trigger.head, *trigger.children, *trigger.head.children}
    for ent in dates:
        anchor = ent.root
        if anchor in clause or anchor.head in clause or anchor.head.head in clause:
            found = resolve_date_text(ent.text, published)
            if found:
                return found
    return None
