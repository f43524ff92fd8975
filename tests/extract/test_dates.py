"""kg.extract.dates: day expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import resolve_date_text

TUESDAY = date(2020, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", date(2020, 12, 1)),  # the publication day itself
        ("on Monday", date(2020, 11, 30)),
        ("Wednesday", date(2020, 11, 25)),  # the latest past Wednesday
        ("on Sunday", date(2020, 11, 29)),
        ("yesterday", date(2020, 11, 30)),
        ("today", date(2020, 12, 1)),
        ("November 9", date(2020, 11, 9)),
        ("the November 9", date(2020, 11, 9)),
        ("9 November", date(2020, 11, 9)),
        ("Nov. 9", date(2020, 11, 9)),
        ("December 5", date(2019, 12, 5)),  # no year and after publication: the year before
        ("15 July 2022", date(2022, 7, 15)),
        ("July 15, 2022", date(2022, 7, 15)),
    ],
)
def test_resolve_against_publication(text, expected):
    assert resolve_date_text(text, TUESDAY) == expected


@pytest.mark.parametrize("text", ["last month", "six-week", "earlier this year", "in 2019", "the 1990s", "recently"])
def test_expressions_without_a_day_give_none(text):
    assert resolve_date_text(text, TUESDAY) is None


def test_without_publication_date_only_full_dates_resolve():
    assert resolve_date_text("15 July 2022", None) == date(2022, 7, 15)
    assert resolve_date_text("November 9", None) is None
    assert resolve_date_text("on Tuesday", None) is None
    assert resolve_date_text("yesterday", None) is None


def test_impossible_day_gives_none():
    assert resolve_date_text("February 30", TUESDAY) is None
    assert resolve_date_text("31 April 2021", TUESDAY) is None


def test_february_29_without_year_in_a_non_leap_year():
    # the latest past February 29 is not in 2021, a non-leap year
    assert resolve_date_text("February 29", date(2021, 3, 1)) in (None, date(2020, 2, 29))


def test_next_weekday_is_in_the_future():
    assert resolve_date_text("next Tuesday", TUESDAY) == date(2020, 12, 8)
