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
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span

from ..sources.newstext import MONTHS
from .tokens import TokenTable

__all__ = ["DateExpression", "resolve_date_text", "resolve_event_date"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
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


@lru_cache(maxsize=4096)  # an article asks for the same expression once per trigger near it
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
    for number, weekday in enumerate(WEEKDAYS):
        if weekday in lowered:
            if re.search(rf"\b(?:next|coming)\s+{weekday}", lowered):
                return published + timedelta(days=(number - published.weekday() - 1) % 7 + 1)
            return published - timedelta(days=(published.weekday() - number) % 7)
    return None


@dataclass(frozen=True)
class DateExpression:
    """A date expression of an article, read once: its text and the words it attaches to (its root, the root's
    head and that word's head)."""

    text: str
    reach: frozenset[int]

    @classmethod
    def of(cls, span: Span) -> DateExpression:
        root = span.root
        return cls(span.text, frozenset({root.i, root.head.i, root.head.head.i}))


def resolve_event_date(trigger: int, tokens: TokenTable, dates: list[DateExpression], published: date | None) -> date | None:
    """The day of the date expression (one of ``dates``, those of the trigger's sentence) attached to the clause
    of the trigger (token ``trigger`` of ``tokens``: itself, its head and their children), if there is one."""
    if not dates:
        return None
    head = tokens.head[trigger]
    clause = {trigger, head, *tokens.children(trigger), *tokens.children(head)}
    for expression in dates:
        if not clause.isdisjoint(expression.reach):
            found = resolve_date_text(expression.text, published)
            if found:
                return found
    return None
