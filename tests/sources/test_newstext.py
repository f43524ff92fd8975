"""kg.sources.newstext: the furniture of a news text and its publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.sources.newstext import find_publication_date, furniture_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in furniture_spans(text)]


def test_wire_dateline_city_is_furniture():
    text = "NAIROBI, March 3 (Reuters) - Kenya said it would send more officers."
    found = spans(text)
    assert ("dateline", "NAIROBI, March 3") in found
    # the body after the dash is not furniture
    assert all("Kenya" not in part for _, part in found)


def test_dateline_without_date_but_with_agency():
    text = "ANKARA (AP) - Turkey closed the border."
    assert ("dateline", "ANKARA") in spans(text)


@pytest.mark.parametrize("text, dateline", [
    ("ACCRA, Ghana (PANA) - Leaders lifted the sanctions.", "ACCRA, Ghana"),
    ("DOHA/GENEVA, Jan 28 (Reuters) - Officials pressed donors.", "DOHA/GENEVA, Jan 28"),
    ("BEIRUT: A ceasefire took effect.", "BEIRUT"),
    ("NAIROBI, (Reuters) \u2013 Kenya will send police.", "NAIROBI"),
    ("CAIRO, June 3. /TASS/. Egypt opened the crossing.", "CAIRO, June 3"),
    ("KINGSTON, CMC \u2013 Jamaica sent police to Haiti.", "KINGSTON"),
])
def test_dateline_with_country_several_cities_or_colon(text, dateline):
    assert ("dateline", dateline) in spans(text)


def test_upper_case_name_opening_a_sentence_is_no_dateline():
    assert spans("NATO said on Monday that it would send troops.") == []


def test_dateline_on_a_later_paragraph():
    text = "Border tension rises\n\nDAKAR, May 2 - Senegal closed a crossing."
    kinds = [kind for kind, part in spans(text) if part.startswith("DAKAR")]
    assert kinds == ["dateline"]


def test_byline_with_ago():
    text = "Maria Perez 12 minutes ago\nChile recalled its envoy."
    found = spans(text)
    assert ("byline", "Maria Perez 12 minutes ago") in found
    assert not any(part.startswith("Chile") for _, part in found)


def test_byline_with_by():
    text = "By Tom Okafor\nGhana signed the accord."
    assert ("byline", "By Tom Okafor") in spans(text)


def test_title_case_headline():
    text = "Peru Recalls Ambassador From Bolivia Over Border Row\n\nPeru recalled its ambassador."
    found = spans(text)
    assert ("headline", "Peru Recalls Ambassador From Bolivia Over Border Row") in found
    assert not any(kind == "headline" and part.startswith("Peru recalled") for kind, part in found)


@pytest.mark.parametrize("text, kind, part", [
    ("Aid arrived.\n(Photo: Ana Ruiz/AFP via Getty Images)\nMore followed.", "caption", "(Photo: Ana Ruiz/AFP via Getty Images)"),
    ("Photo: Chilean troops at the border, March 2024\nChile sent troops.", "caption",
     "Photo: Chilean troops at the border, March 2024"),
    ("Peru closed the border (File photo: Reuters).", "caption", "(File photo: Reuters)"),
    ("(MENAFN) Peru closed the border.", "source_tag", "(MENAFN)"),
    ("Peru closed the border.\nRead more: Bolivia says it will reopen talks with Chile", "related",
     "Read more: Bolivia says it will reopen talks with Chile"),
])
def test_captions_source_tags_and_links_to_other_stories(text, kind, part):
    assert (kind, part) in spans(text)
    assert not any(found.startswith(("Peru closed", "Chile sent", "More followed")) for _, found in spans(text))


def test_a_bracket_inside_a_sentence_is_no_source_tag():
    assert spans("Peru and the Organization of American States (OAS) met.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Peru recalled its ambassador from Bolivia on Monday.",
        "The talks between Chile and Peru ended without a deal.",
        "Officials in Lima said the border would stay open.",
    ],
)
def test_ordinary_sentence_is_not_furniture(text):
    assert furniture_spans(text) == []


def test_spans_are_sorted_and_inside_the_text():
    text = "Chile And Peru Sign Fishing Accord In Lima\nBy Ana Ruiz\nLIMA, June 4 (AFP) - Chile and Peru signed."
    found = furniture_spans(text)
    assert [kind for kind, _, _ in found] == ["headline", "byline", "dateline"]
    assert found == sorted(found, key=lambda s: (s[1], s[2]))
    assert all(0 <= start < end <= len(text) for _, start, end in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue 01st December, 2020 | 11:32 PM\nBody.", date(2020, 12, 1)),
        ("Published March 3, 2024\nBody.", date(2024, 3, 3)),
        ("2024-03-03\nBody.", date(2024, 3, 3)),
        ("Updated 7 Sept 2021 - body.", date(2021, 9, 7)),
        ("Posted on Feb. 29, 2024.", date(2024, 2, 29)),
    ],
)
def test_find_publication_date(text, expected):
    assert find_publication_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile recalled its envoy on Monday.",
        "The truce of November 9 still holds.",  # no year: not a full date
        "Talks on 31 February 2023 were invented.",  # no such day
        "",
    ],
)
def test_find_publication_date_none(text):
    assert find_publication_date(text) is None


def test_publication_date_is_the_first_one():
    text = "March 3, 2024\nThe 2022-05-01 accord was recalled."
    assert find_publication_date(text) == date(2024, 3, 3)


def test_publication_date_only_near_the_top():
    text = "Peace talks continued. " * 40 + "March 3, 2024"
    assert len(text) > 600
    assert find_publication_date(text) is None
    assert find_publication_date(text, head_chars=len(text)) == date(2024, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed an accord two years ago.",
        "The talks in Lima resumed at 10:30 AM on Monday.",
    ],
)
def test_story_sentence_with_ago_or_a_time_is_not_a_byline(text):
    assert furniture_spans(text) == []
