"""kg.sources.newstext: the furniture of a news text and its publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.sources.newstext import dateline_ends, dateline_places, find_publication_date, furniture_spans


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


@pytest.mark.parametrize("line", [
    "Crowds gather outside the stadium in Lusaka on March 2. REUTERS/Peter Mwale",
    "A patrol boat leaves the harbour. Coast Guard/Handout via REUTERS",
    "The two leaders shake hands in Maputo. HANDOUT / Presidency / AFP",
    "Soldiers march past the palace. (AP Photo/Rosa Lindqvist)",
    "Ferries wait at the pier in Male. (Navy via AP)",
    "This picture, released on Monday, shows a launch. (Kyodo)",
    "A convoy on the road to the border [File photo/Agency Images]",
])
def test_a_caption_line_ending_in_its_credit_is_furniture(line):
    text = f"Talks resumed on Monday.\n\n{line}\n\nThe talks ended on Tuesday."
    assert ("caption", line) in spans(text)
    assert not any("Talks resumed" in part or "talks ended" in part for _, part in spans(text))


@pytest.mark.parametrize("line", [
    "Advertisement", "Scroll to continue", "(END)", "___",
    "Copyright 2024 Daily Wire Service. All rights reserved.",
    "\u00a9 2024 Harbour Media Group Inc. All Rights Reserved.",
    "Sign up for our weekly newsletter",
    "Get the latest news from the region. Sign up here.",
    "Reporting by Lena Ortiz; Editing by Sam Okafor",
    "Local reporter Nadia Frey contributed to this report.",
    "Our Standards: The Trust Principles.",
    "Share on Facebook Share via Email",
])
def test_lines_of_the_page_around_the_story_are_furniture(line):
    text = f"Chile recalled its ambassador.\n\n{line}\n\nPeru said it regretted the step."
    assert ("byline", line) in spans(text)


def test_a_story_sentence_mentioning_sharing_or_advertising_is_not_furniture():
    text = "Chile said it would share intelligence with Peru.\n\nAdvertisement campaigns were banned in Lima."
    assert spans(text) == []


@pytest.mark.parametrize("text, related", [
    ("Aid arrived.\nREAD: Ghana pledges troops for the mission\nMore aid followed.",
     "READ: Ghana pledges troops for the mission"),
    ("Aid arrived.\nRelated Stories\nGhana pledges troops for the mission\nMore aid followed.",
     "Related Stories\nGhana pledges troops for the mission"),
])
def test_a_link_to_another_story_under_its_label_is_furniture(text, related):
    assert ("related", related) in spans(text)
    assert not any("More aid" in part for _, part in spans(text))


def test_a_label_alone_before_a_blank_line_leaves_the_next_paragraph_alone():
    text = "Aid arrived.\n\nTrending News\n\nGhana pledged troops for the mission on Monday."
    assert not any("Ghana" in part for _, part in spans(text))


def test_a_dateline_state_of_several_words_is_furniture():
    text = "BASSETERRE, St. Kitts and Nevis \u2014 Leaders met on Monday."
    assert ("dateline", "BASSETERRE, St. Kitts and Nevis") in spans(text)


@pytest.mark.parametrize("line", ["March 4, 2024 at 4:20 pm | Harbour Times", "Posted : 2024-03-04 17:02",
                                  "Updated: 04/03/2024 - 08:12", "By Lena Ortiz and Sam Okafor"])
def test_time_stamps_and_bylines_of_several_writers_are_furniture(line):
    text = f"{line}\nChile recalled its ambassador."
    assert ("byline", line) in spans(text)


def test_a_wire_source_tag_with_its_partner_and_id_is_furniture():
    text = "Chile recalled its ambassador.\n(MENAFN- Harbour Times) ID1108424277\n"
    assert any(kind == "source_tag" and "Harbour Times" in part for kind, part in spans(text))


@pytest.mark.parametrize("text, story", [
    ("LAGOS, Nigeria (Reuters) \u2014 Troops landed.", "Troops landed."),
    ("ABUJA, Jan 3 - Troops landed.", "Troops landed."),
    ("DAKAR: Troops landed.", "Troops landed."),
    ("Headline\n\nACCRA, CMC \u2013 Troops landed.", "Troops landed."),
    ("TUNIS \u2014 Talks resumed.", "Talks resumed."),
    ("ANKARA, May 2. /TASS/. Turkey said so.", "Turkey said so."),
])
def test_the_story_starts_after_the_dateline(text, story):
    assert [text[end:] for end in dateline_ends(text)] == [story]


def test_no_story_start_without_a_dateline():
    assert dateline_ends("NATO troops landed in Riga.") == []


@pytest.mark.parametrize("text, places", [
    ("Talks end\n\nBEIRUT, Sept 19 (Reuters) - Blasts hit the city.", ["Beirut"]),
    ("DOHA/GENEVA, Jan 28 - The talks resumed.", ["Doha"]),
    ("CAMP DAVID, Maryland, Aug 19 - The leaders met.", ["Camp David", "Maryland"]),
    ("The leaders met in Geneva on Monday.", []),
])
def test_dateline_places_are_the_city_then_the_state_after_it(text, places):
    assert dateline_places(text) == places
