"""kg.extract.entities: mentions resolved within an article (capitals, demonyms, surnames, acronyms, furniture)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EntityType


def test_capital_as_actor_is_the_country(analyse):
    result = analyse("Kyiv said on Monday that it would not give up any territory.")
    mention = result.mention("Kyiv")
    assert mention is not None
    assert (mention.key, mention.type, mention.role) == ("country/UKR", EntityType.COUNTRY, "capital")
    assert result.ents.entities["country/UKR"].name == "Ukraine"
    assert "Kyiv" in result.ents.entities["country/UKR"].alt_names


def test_a_dependent_territory_is_a_place_and_an_independent_state_a_country(analyse):
    result = analyse("Bombers flew from Guam to Japan, and New Caledonia voted on Sunday.")
    assert result.mention("Guam").type == EntityType.LOCATION
    assert result.mention("New Caledonia").type == EntityType.LOCATION
    assert result.mention("Japan").type == EntityType.COUNTRY


def test_a_states_name_and_military_is_the_state_and_a_services_name_is_the_service(analyse):
    result = analyse("The US military said it had destroyed a boat near Aruba.")
    assert result.mention("US").key == "country/USA"
    assert all(entity.type != EntityType.ORGANIZATION for entity in result.ents.entities.values())
    result = analyse("The U.S. Navy said it had destroyed a boat near Aruba.")
    assert result.mention("U.S. Navy").type == EntityType.ORGANIZATION


def test_un_peacekeepers_are_a_group_of_the_un_not_a_body_of_their_own(analyse):
    result = analyse("Several thousand U.N. peacekeepers are deployed in Croatia.")
    assert result.mention("U.N.").key == "organization/united-nations"
    assert [entity.name for entity in result.ents.entities.values() if entity.type == EntityType.ORGANIZATION] == [
        "United Nations"]


def test_the_seat_of_an_organization_as_actor_is_the_organization(analyse):
    acting = analyse("Brussels added four Russian officials to its sanctions list.").mention("Brussels")
    assert (acting.key, acting.type) == ("organization/european-union", EntityType.ORGANIZATION)
    place = analyse("The foreign ministers met in Brussels on Monday.").mention("Brussels")
    assert (place.key, place.type) == ("location/brussels", EntityType.LOCATION)


def test_the_security_council_alone_is_the_uns_and_a_national_one_is_not(analyse):
    council = analyse("The Security Council voted on the draft on Tuesday.").mention("Security Council")
    assert council.key == "organization/united-nations-security-council"
    national = analyse("Chile's National Security Council met on Tuesday.")
    assert "organization/united-nations-security-council" not in {m.key for m in national.ents.mentions}


def test_a_service_named_with_its_states_possessive_is_the_known_one(analyse):
    result = analyse("Japan's Coast Guard said a Chinese vessel rammed its patrol boat.")
    assert result.mention("Coast Guard").key == "organization/japan-coast-guard"
    assert result.mention("Coast Guard").type == EntityType.ORGANIZATION
    unknown = analyse("Japan's Maritime Patrol Unit said a Chinese vessel rammed its patrol boat.").mention("Maritime Patrol Unit")
    assert unknown is None or unknown.key != "organization/japan-coast-guard"


def test_a_capitalised_ministry_is_an_organization_and_its_state_still_acts(analyse):
    result = analyse("The Ministry of Foreign Affairs of Norway condemned the shelling of Tartu by Latvia.")
    ministry = result.ents.entities["organization/ministry-of-foreign-affairs-norway"]
    assert ministry.type == EntityType.ORGANIZATION and ministry.located_in == "country/NOR"
    assert "Ministry of Foreign Affairs" in ministry.alt_names
    assert ("Accusation", "country/NOR", "country/LVA") in result.triples()
    named_before = analyse("The Chilean Interior Ministry said the border would reopen on Monday.")
    assert "Ministry of the Interior (Chile)" in {e.name for e in named_before.ents.entities.values()}


@pytest.mark.parametrize("text", ["The foreign ministry of Norway condemned the shelling of Tartu by Latvia.",
                                  "Norway's Foreign Ministry spokesman Ola Berg condemned the shelling by Latvia."])
def test_a_ministry_in_lower_case_or_before_a_title_is_no_organization(analyse, text):
    result = analyse(text)
    assert all(entity.type != EntityType.ORGANIZATION for entity in result.ents.entities.values())


def test_a_states_forces_written_with_capitals_are_an_organization_and_the_state_still_acts(analyse):
    result = analyse("The Chilean Army shelled Bolivian border posts on Monday.")
    forces = result.ents.entities["organization/army-chile"]
    assert forces.type == EntityType.ORGANIZATION and forces.name == "Chilean Army"
    assert ("Attack", "country/CHL", "country/BOL") in result.triples()
    royal = analyse("A Royal Norwegian Air Force transport landed in Tromso.")
    assert "Royal Norwegian Air Force" in {e.name for e in royal.ents.entities.values()}


def test_a_states_forces_in_lower_case_name_no_organization(analyse):
    result = analyse("The Chilean army shelled Bolivian border posts on Monday.")
    assert all(entity.type != EntityType.ORGANIZATION for entity in result.ents.entities.values())


WAR_YEAR = date(2024, 6, 1)


@pytest.mark.parametrize("text", ["The Sudanese army shelled Rapid Support Forces positions east of the Nile.",
                                  "Sudan's army shelled Rapid Support Forces positions east of the Nile.",
                                  "Sudan's troops shelled Rapid Support Forces positions east of the Nile."])
def test_a_states_forces_at_war_inside_it_are_named_apart_from_the_state(analyse, text):
    result = analyse(text, WAR_YEAR)
    assert ("Attack", "organization/sudanese-armed-forces", "organization/rapid-support-forces") in result.triples()
    before_the_war = analyse(text, date(2021, 1, 10))
    assert ("Attack", "country/SDN", "organization/rapid-support-forces") in before_the_war.triples()


def test_a_states_forces_not_at_war_inside_it_are_the_state(analyse):
    result = analyse("The Ukrainian army shelled Russian positions east of Kupiansk.", WAR_YEAR)
    assert result.mention("Ukrainian").key == "country/UKR"


def test_the_army_of_an_article_about_a_war_inside_a_state_is_its_forces(analyse):
    result = analyse("Clashes between the Sudanese army and the Rapid Support Forces spread to Kordofan. "
                     "The army accused the RSF of shelling a market.", WAR_YEAR)
    assert ("Accusation", "organization/sudanese-armed-forces", "organization/rapid-support-forces") in result.triples()
    elsewhere = analyse("Kyiv reported heavy fighting near Pokrovsk. The army accused Russia of shelling a market.", WAR_YEAR)
    assert not any(actor.startswith("organization/") for _, actor, _ in elsewhere.triples())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The two delegations held talks in Geneva on Friday.", "Geneva"),
        ("Sweden and Finland attended a meeting in Ankara on Tuesday.", "Ankara"),
        ("The envoy travelled to Cairo last week.", "Cairo"),
        ("Rebel columns swept into Damascus on Sunday.", "Damascus"),
        ("The freed prisoners reached Tehran on Monday.", "Tehran"),
        ("The siege of Bangui ended when a convoy arrived.", "Bangui"),
        ("Gangs control most of the capital, Port-au-Prince.", "Port-au-Prince"),
        ("Israel warned of strikes on Beirut, the Lebanese capital.", "Beirut"),
        ("The army moved its headquarters to Port Sudan.", "Port Sudan"),
    ],
)
def test_capital_or_city_as_place_is_a_location(analyse, text, place):
    result = analyse(text)
    mention = result.mention(place)
    assert mention is not None, [m.text for m in result.ents.mentions]
    assert mention.type == EntityType.LOCATION
    assert mention.role in ("place", "city")
    assert not mention.key.startswith("country/")
    assert result.ents.entities[mention.key].type == EntityType.LOCATION


def test_place_and_actor_in_one_text(analyse):
    result = analyse("Ankara sent a delegation to the talks. The talks were held in Ankara.")
    roles = [(m.type, m.key) for m in result.ents.mentions if m.text == "Ankara"]
    assert roles[0] == (EntityType.COUNTRY, "country/TUR")
    assert roles[1][0] == EntityType.LOCATION


def test_demonym_as_actor(analyse):
    result = analyse("The Russians said they would keep their troops in the region.")
    mention = result.mention("Russians")
    assert mention is not None
    assert (mention.key, mention.role) == ("country/RUS", "demonym")


def test_surname_is_the_person_named_before(analyse):
    result = analyse("Maria Gonzalez arrived in Lima on Monday. Gonzalez told reporters that the talks went well.")
    people = [m for m in result.ents.mentions if m.type == EntityType.PERSON]
    assert [m.text for m in people] == ["Maria Gonzalez", "Gonzalez"]
    assert people[0].key == people[1].key == "person/maria-gonzalez"
    assert people[1].role == "surname"
    person = result.ents.entities["person/maria-gonzalez"]
    assert person.name == "Maria Gonzalez"
    assert "Gonzalez" in person.alt_names


def test_different_people_with_different_names_stay_apart(analyse):
    result = analyse("Maria Gonzalez met Pedro Alvarez in Lima. Alvarez said the meeting was useful.")
    keys = {m.text: m.key for m in result.ents.mentions if m.type == EntityType.PERSON}
    assert keys["Alvarez"] == keys["Pedro Alvarez"] != keys["Maria Gonzalez"]


def test_bracketed_acronym_is_the_same_organization(analyse):
    result = analyse("The Andean Fisheries Council (AFC) met in Lima on Monday. "
                     "The AFC said that quotas would be cut.")
    mentions = [m for m in result.ents.mentions if m.type == EntityType.ORGANIZATION]
    texts = [m.text for m in mentions]
    assert "Andean Fisheries Council" in texts
    assert texts.count("AFC") == 2
    assert len({m.key for m in mentions}) == 1
    entity = result.ents.entities[mentions[0].key]
    assert entity.name == "Andean Fisheries Council"
    assert "AFC" in entity.alt_names


def test_dateline_city_is_not_an_entity(analyse):
    result = analyse("NAIROBI, March 3 (Reuters) - Kenya said it would send police officers to Haiti.")
    assert "NAIROBI" not in [m.text for m in result.ents.mentions]
    assert [m.text for m in result.ents.mentions if m.role != "credit"][0] == "Kenya"
    assert result.key_of("Kenya") == "country/KEN"


def test_credited_agency_is_not_an_actor(analyse):
    result = analyse("LONDON (Reuters) - Britain said it would send aid to Sudan.")
    reuters = [m for m in result.ents.mentions if m.text == "Reuters"]
    assert all(m.role == "credit" for m in reuters)
    assert "LONDON" not in [m.text for m in result.ents.mentions]


def test_byline_name_is_not_an_entity(analyse):
    result = analyse("By Jane Holloway\nChile recalled its ambassador from Peru on Monday.")
    assert not any("Holloway" in m.text for m in result.ents.mentions)
    assert result.key_of("Chile") == "country/CHL"


def test_byline_with_ago_is_not_an_entity(analyse):
    result = analyse("Samir Haddad 10 minutes ago\nChile recalled its ambassador from Peru on Monday.")
    assert not any("Haddad" in m.text for m in result.ents.mentions)


def test_mentions_are_sorted_and_do_not_overlap(analyse):
    result = analyse("The Russians, Kyiv and the Andean Fisheries Council (AFC) met in Geneva. The AFC said so.")
    starts = [m.start for m in result.ents.mentions]
    assert starts == sorted(starts)
    covered: set[int] = set()
    for mention in result.ents.mentions:
        tokens = set(range(mention.start, mention.end))
        assert not tokens & covered
        covered |= tokens
        assert result.ents.at(result.doc[mention.start]) is mention


def test_every_mention_has_its_entity(analyse):
    result = analyse("French President Emmanuel Macron met Kenyan officials in Nairobi.")
    for mention in result.ents.mentions:
        assert mention.key in result.ents.entities
        assert result.ents.entities[mention.key].type == mention.type


def test_story_paragraph_with_ago_keeps_its_entities(analyse):
    result = analyse("Border Talks Stall Again In Lima\n\nTurkey sent troops to Libya two years ago.\n\n"
                     "The talks began in 2020.")
    assert result.key_of("Turkey") == "country/TUR"
    assert ("Deployment", "country/TUR", "country/LBY") in result.triples()


def test_continent_is_not_a_foreign_town(analyse):
    result = analyse("Russia sold more oil to Asia last year.")
    assert all(entity.located_in != "country/PHL" for entity in result.ents.entities.values())


def test_acronym_spelled_by_a_longer_name_than_the_ner_found(analyse):
    result = analyse("The Joint Force of Niger and Chad (JFNC) patrolled the border. Later the JFNC withdrew.")
    first, later = result.mention("Joint Force of Niger and Chad"), result.mention("JFNC")
    assert first is not None and later is not None
    assert first.key == later.key and first.type.value == "Organization"
    assert result.key_of("Niger") is None  # the country names inside the organization's name are not mentions


def test_surname_before_the_full_name_is_the_same_person(analyse):
    result = analyse("Lula meets Boric in Santiago\n\nBrazilian President Luiz Inacio Lula da Silva met Chilean "
                     "President Gabriel Boric on Monday.")
    assert result.key_of("Boric") == result.key_of("Gabriel Boric")


def test_officials_in_a_capital_are_its_state(analyse):
    result = analyse("Officials in Doha said the talks would resume.")
    assert result.mention("Doha").key == "country/QAT"


def test_a_province_keeps_its_generic_word(analyse):
    result = analyse("Shelling hit villages in Kandahar province on Monday.")
    assert result.mention("Kandahar province") is not None


@pytest.mark.parametrize("text, key", [
    ("The United Arab Emirates (UAE) sent aid to Sudan.", "country/ARE"),
    ("Troops left the Central African Republic (CAR) in May.", "country/CAF"),
    ("The Economic Community of West African States (ECOWAS) met in Abuja.", None),
])
def test_an_acronym_after_a_gazetteer_name_names_it(analyse, text, key):
    analysis = analyse(text)
    acronym = text[text.index("(") + 1:text.index(")")]
    mention = analysis.mention(acronym)
    assert mention is not None
    assert mention.key == (key or analysis.key_of(text[text.index("The ") + 4:text.index(" (")]))


def test_spellings_the_actor_dictionary_knows_name_one_person(analyse):
    result = analyse("Zelenskiy met Macron on Monday. Zelenskyy said the talks went well.")
    keys = {result.mention(text).key for text in ("Zelenskiy", "Zelenskyy")}
    assert len(keys) == 1
    [key] = keys
    assert result.ents.type_of(key) == EntityType.PERSON
    assert result.ents.entities[key].name == "Volodymyr Zelensky"


def test_no_entity_or_event_from_captions_source_tags_or_other_stories(extractor):
    from kg.model import Article

    text = ("(MENAFN) Turkey sent aid to Syria on Monday.\n(Photo: Ahmed Hassan/AFP via Getty Images)\n"
            "Related: Iran accuses Israel of attacking its embassy in Damascus\nMore aid will follow.")
    extraction = extractor.extract(Article("furniture", text))
    assert sorted(extraction.entities) == ["country/SYR", "country/TUR"]
    assert {(e.type.value, e.actor, e.target) for e in extraction.events} == {("AidProvision", "country/TUR", "country/SYR")}


def test_a_name_before_an_office_is_a_person_whatever_the_tagger_said(analyse):
    result = analyse("Vassily Nebenzia, Russia's envoy to the UN, vetoed the text.")
    mention = result.mention("Vassily Nebenzia")
    assert mention is not None and mention.type == EntityType.PERSON
    place = analyse("Kharkiv, the region's governor said, was shelled.").mention("Kharkiv")
    assert place is not None and place.type != EntityType.PERSON  # one word: a place the tagger knows


def test_an_untagged_name_before_an_office_is_a_person(analyse):
    result = analyse("Ana Ruiz, Chile's labour minister, said the strike would end.")
    mention = result.mention("Ana Ruiz")
    assert mention is not None and mention.type == EntityType.PERSON
    plaza = analyse("After Long March Square, the city's main plaza, filled up, the police closed the roads.")
    assert not [e.name for e in plaza.ents.entities.values() if e.type == EntityType.PERSON]  # no office follows


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Okwembe left Kisumu on Friday.", "Okwembe"),
    ("Quoting Mrs. Okonjo, the paper said the talks had failed.", "Okonjo"),
    ("The Defense and Security Committee of the Armenian parliament met.", "Defense and Security Committee"),
])
def test_forms_of_address_lead_ins_and_dangling_words_are_no_part_of_a_name(analyse, text, name):
    names = {entity.name for entity in analyse(text).ents.entities.values()}
    assert name in names and not any(n.startswith(("Mr", "Quoting")) or n.endswith(" of") for n in names), names


def test_a_time_zone_is_no_organization(analyse):
    result = analyse("The truce took effect at 0400 GMT (0600 local time), and the guns fell silent by 1200 UTC.")
    assert not [e.name for e in result.ents.entities.values() if e.type == EntityType.ORGANIZATION]


def test_a_capital_after_a_government_noun_and_in_is_the_state(analyse):
    result = analyse("The rebels meant to force the government in Kinshasa back to the table.")
    assert result.mention("Kinshasa").key == "country/COD"
    beside = analyse("He stood beside the two ministers at the White House.").mention("White House")
    assert beside.type == EntityType.LOCATION  # "at" a building: the place, whatever comes before it


def test_a_month_is_no_town(analyse):
    result = analyse("Kenya named a new mediator in March, and talks resumed in May.")
    assert not [e.name for e in result.ents.entities.values() if e.type == EntityType.LOCATION]


def test_several_bodies_named_together_are_no_organization(analyse):
    result = analyse("The Treasury and State Departments said the new measures target Iran's oil trade.")
    assert not [e.name for e in result.ents.entities.values() if e.name.endswith("Departments")]
    one = analyse("The State Department said the new measures target Iran's oil trade.")
    assert "United States Department of State" in {e.name for e in one.ents.entities.values()}  # one body named


def test_military_operations_and_bracketed_treaties_are_no_organizations(analyse):
    result = analyse("Nigeria launched Operation Iron Falcon against Boko Haram on Monday.")
    assert not [e.name for e in result.ents.entities.values() if e.name.startswith("Operation")]
    assert ("Attack", "country/NGA") in {(e.type.value, e.actor) for e in result.events}
    treaty = analyse("Manila and Tokyo discussed the Visiting Forces Agreement (VFA) on Monday, and the VFA took effect.")
    assert not [e.name for e in treaty.ents.entities.values() if e.type == EntityType.ORGANIZATION]
    named = analyse("The Tigray People's Liberation Front (TPLF) said the TPLF would talk.")
    assert named.mention("TPLF") is not None


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen raided a market near the village of Kadoka Bari before dawn.", "Kadoka Bari"),
    ("Three soldiers were killed in Wadi Umm Sarir on Sunday.", "Wadi Umm Sarir"),
])
def test_an_unknown_name_written_as_a_place_is_a_location(analyse, text, place):
    mention = analyse(text).mention(place)
    assert mention is not None and mention.type == EntityType.LOCATION


def test_a_body_an_office_is_held_at_is_no_place(analyse):
    result = analyse("Washington sanctioned Ri Chol Ho, a manager at the Sinmyong Tractor Works.")
    mention = result.mention("Sinmyong Tractor Works")
    assert mention is None or mention.type != EntityType.LOCATION


def test_ships_are_no_entities(analyse):
    result = analyse("Rebels fired a missile at the bulk carrier Ocean Amber, which was sailing off Aden. "
                     "The Ocean Amber later reached Djibouti. HMS Dauntless docked in Muscat.")
    names = {entity.name for entity in result.ents.entities.values()}
    assert not [name for name in names if "Amber" in name or "Dauntless" in name], names
    company = analyse("Kestrel Logistics, a freight company, said it had paused its sailings.")
    assert company.mention("Kestrel Logistics") is not None


def test_a_leaders_administration_is_the_state(analyse):
    result = analyse("The Biden administration imposed new sanctions on Belarus.")
    assert result.mention("Biden").key == "country/USA"
    person = analyse("Biden said the sanctions would stay.").mention("Biden")
    assert person.type == EntityType.PERSON


def test_an_administration_of_the_cold_war_is_the_state_and_its_sanction_the_states(analyse):
    result = analyse("The Reagan administration banned imports of Iranian goods in October.", date(1987, 11, 2))
    assert ("Sanction", "country/USA", "country/IRN") in {(e.type.value, e.actor, e.target) for e in result.events}
    accused = analyse("Tehran accused the Carter administration of dragging its feet.", date(1980, 6, 1))
    assert accused.mention("Carter").key == "country/USA"
    person = analyse("Carter said the talks would go on.", date(1980, 6, 1)).mention("Carter")
    assert person.type == EntityType.PERSON


def test_a_list_the_tagger_took_for_one_name_is_cut_at_its_commas(analyse):
    result = analyse("Government forces retook rebel positions at Kadoka Bari, Umm Sarir and Tindouf on Friday.")
    assert not [e.name for e in result.ents.entities.values() if "," in e.name]


def test_peoples_are_no_entities_and_name_no_state(analyse):
    result = analyse("The Tutsi-led rebels seized the town, and ethnic Albanian officials fled.")
    assert not [e.name for e in result.ents.entities.values() if "Tutsi" in e.name]
    assert "country/ALB" in result.ents.incidental()
    acting = analyse("Albanian troops joined the mission in Kosovo.")
    assert "country/ALB" not in acting.ents.incidental()


@pytest.mark.parametrize(("text", "name"), [
    ("The delegation was led by the interior minister, Carlos Alberto dos Santos Neto, on Friday.",
     "Carlos Alberto dos Santos Neto"),
    ("Britain froze the assets of Khalid Saleh Ahmed al-Marwani on Monday.", "Khalid Saleh Ahmed al-Marwani"),
])
def test_particles_and_hyphens_inside_a_name_keep_it_whole(analyse, text, name):
    names = {e.name for e in analyse(text).ents.entities.values() if e.type == EntityType.PERSON}
    assert name in names, names


def test_a_hyphen_between_two_known_leaders_joins_no_name(analyse):
    result = analyse("After the Putin-Erdogan summit in Sochi, both sides praised the talks.")
    assert not [e.name for e in result.ents.entities.values() if "-" in e.name and e.type == EntityType.PERSON]


def test_a_common_word_opening_a_sentence_is_no_name(analyse):
    result = analyse("Aid workers left Goma. Media reports said the rebels had entered the city.")
    assert result.mention("Media") is None


def test_the_actor_dictionary_reads_a_hyphenated_name_written_with_a_space(extractor):
    gazetteer = extractor.gazetteer
    assert gazetteer.person_name("Faustin Archange Touadera") == gazetteer.person_name("Faustin-Archange Touadéra")
    assert gazetteer.person_name("Faustin Archange Touadera") is not None


@pytest.mark.parametrize("text, plain, nickname", [
    ("Army chief Gen. Daniel \u201cTiger\u201d Okonkwo said on Monday that the army would withdraw.", "Daniel Okonkwo", "Tiger"),
    ('Senator Maria "Lulu" Santos Jr. met the envoy in Manila.', "Maria Santos Jr.", "Lulu"),
])
def test_a_nickname_in_quotes_inside_a_name_is_one_person(analyse, text, plain, nickname):
    result = analyse(text)
    people = [m for m in result.ents.mentions if m.type == EntityType.PERSON]
    assert len({m.key for m in people}) == 1
    entity = result.ents.entities[people[0].key]
    assert entity.name == plain
    assert nickname in entity.alt_names


def test_a_quoted_word_between_other_words_is_no_nickname(analyse):
    result = analyse("Officials called the \u201cSudan\u201d file closed.")
    assert not [m for m in result.ents.mentions if m.type == EntityType.PERSON]


def test_the_rebels_refer_to_an_unknown_group_named_as_an_army(analyse):
    result = analyse("Peru held talks with the Condor Liberation Army before the rebels attacked Lima.")
    rebels = next(t for t in result.doc if t.lower_ == "rebels")
    assert result.ents.refer(rebels) == result.key_of("Condor Liberation Army")
    unarmed = analyse("Peru held talks with the Condor Trade Council before the rebels attacked Lima.")
    assert unarmed.ents.refer(next(t for t in unarmed.doc if t.lower_ == "rebels")) is None


def test_a_single_word_in_quotation_marks_is_quoted_not_a_name(analyse):
    quoted = analyse("Caracas dismissed the report as “Venezuelaphobia” on Tuesday.")
    assert quoted.mention("Venezuelaphobia") is None
    named = analyse("The minister met officials of Amnesty International on Tuesday.")
    assert named.mention("Amnesty International") is not None


def test_children_are_the_parse_children_made_once(analyse):
    result = analyse("The envoy of Norway met the foreign ministers of Chile and Peru in Oslo on Tuesday.")
    for token in result.doc:
        assert list(result.ents.children(token)) == list(token.children)
        assert result.ents.children(token) is result.ents.children(token)


@pytest.mark.parametrize("text, region", [
    ("Ruto said Kenya would keep helping the Caribbean nation.", "Caribbean"),
    ("Fiji sent 40 soldiers to Tonga, and officials of the Pacific nation welcomed them.", "Pacific"),
    ("Saudi Arabia hosted the talks; the Gulf kingdom has mediated before.", "Gulf"),
    ("Bahrain opened an embassy in Israel, and Iran warned the Gulf state on Friday.", "Gulf"),
    ("Lithuania expelled two diplomats; the Baltic state said they had spied.", "Baltic"),
])
def test_a_region_describing_a_state_is_no_place(analyse, text, region):
    result = analyse(text)
    assert result.mention(region) is None
    assert not [key for key in result.ents.entities if key.startswith("location/")]


def test_a_state_of_a_federation_is_still_a_place(analyse):
    result = analyse("Fighting spread to Kassala state on Sunday, the Sudanese army said.")
    assert result.key_of("Kassala state") is not None  # the division, named with its word
    assert result.ents.type_of(result.key_of("Kassala state")) == EntityType.LOCATION


@pytest.mark.parametrize("text, region", [
    ("Fiji sent 40 soldiers to patrol the Pacific.", "Pacific"),
    ("Two warships sailed to the Caribbean on Monday.", "Caribbean"),
])
def test_a_region_on_its_own_is_still_a_mentioned_place(analyse, text, region):
    result = analyse(text)
    mention = result.mention(region)
    assert mention is not None and mention.type == EntityType.LOCATION
    assert mention.key not in result.ents.incidental()


def test_an_organization_named_again_by_its_last_word_is_the_same_one(analyse):
    result = analyse("The European Commission fined the firm in May. In June the Commission opened a second inquiry.")
    assert result.key_of("Commission") == "organization/european-commission"
    assert "organization/commission" not in result.ents.entities


def test_a_last_word_no_earlier_organization_ends_in_is_its_own_organization(analyse):
    result = analyse("The Arab League met in Cairo. The Commission opened an inquiry in June.")
    assert result.key_of("Commission") == "organization/commission"


def test_the_bloc_is_an_organization_of_states_not_an_armed_group_named_since(analyse):
    result = analyse("The Southern African Development Community met in Harare. Separately, al-Shabaab fighters "
                     "raided a base in Somalia. The bloc said its summit would resume in May.")
    assert result.ents.refer(next(t for t in result.doc if t.lower_ == "bloc")) == (
        "organization/southern-african-development-community")


def test_an_alliance_of_armed_groups_is_the_alliance(analyse):
    result = analyse("The Three Brotherhood Alliance seized the town. The alliance said it would hold talks.")
    assert result.ents.refer(result.doc[9]) == "organization/three-brotherhood-alliance"  # the second "alliance"


def test_the_alliance_is_the_last_alliance_named_not_merely_the_last_bloc(analyse):
    text = ("Allied jets flew from NATO bases on Monday, and an ASEAN summit opened in Jakarta. "
            "Moscow condemned the alliance.")
    result = analyse(text)
    alliance = next(t for t in result.doc if t.lower_ == "alliance")
    assert result.ents.refer(alliance) == "organization/nato"
    bloc = analyse(text.replace("the alliance", "the bloc"))
    assert bloc.ents.refer(next(t for t in bloc.doc if t.lower_ == "bloc")) == "organization/association-of-southeast-asian-nations"


def _bloc_meant(result) -> str | None:
    return result.ents.refer(next(t for t in result.doc if t.lower_ == "bloc"))


def test_the_bloc_continues_a_bloc_that_was_the_subject_of_the_sentence_before(analyse):
    text = "ECOWAS asked the European Union for funds. Delegates said the bloc would send troops."
    assert _bloc_meant(analyse(text)) == "organization/economic-community-of-west-african-states"
    # a subject naming no bloc leaves the last one named
    other = "Delegates asked ECOWAS and the European Union for funds. They said the bloc would send troops."
    assert _bloc_meant(analyse(other)) == "organization/european-union"


def test_the_bloc_is_the_one_the_article_names_most_when_its_paragraph_names_none(analyse):
    text = ("ECOWAS leaders met in Abuja. ECOWAS suspended Mali.\n\nThe African Union called for calm.\n\n"
            "The junta did not reply. Mali stays outside the bloc.")
    assert _bloc_meant(analyse(text)) == "organization/economic-community-of-west-african-states"
    # one named in its own paragraph comes first
    near = text.replace("calm.\n\n", "calm. ")
    assert _bloc_meant(analyse(near)) == "organization/african-union"


def test_the_bloc_is_not_the_one_coordinated_with_it(analyse):
    text = "European Union envoys met NATO officials. Kyiv urged NATO and the bloc to send more air defences."
    assert _bloc_meant(analyse(text)) == "organization/european-union"
    alone = text.replace("NATO and the bloc", "the bloc")
    assert _bloc_meant(analyse(alone)) == "organization/nato"


def test_a_grouping_or_a_confederation_is_a_bloc(analyse):
    for word in ("grouping", "confederation"):
        result = analyse(f"Leaders of the Southern African Development Community met in Harare. The {word} said it "
                         "would send observers.")
        assert result.ents.refer(next(t for t in result.doc if t.lower_ == word)) == (
            "organization/southern-african-development-community")
        # an armed group is no bloc
        armed = analyse(f"Al-Shabaab fighters raided a base in Somalia. The {word} said it would fight on.")
        assert armed.ents.refer(next(t for t in armed.doc if t.lower_ == word)) is None


def test_an_acronyms_name_opens_on_a_word_of_the_name(analyse):
    result = analyse("On Monday, the Economic Community of West African States (ECOWAS) met in Accra.")
    assert result.key_of("ECOWAS") == "organization/economic-community-of-west-african-states"


def test_a_body_named_of_an_accord_is_an_organization(analyse):
    # the head of "X of Y" is X: a council, not an accord; its bracketed acronym names it
    result = analyse("Yemen's Council of the Peace Accord (CPA) asked Kenya for help. Kenya backs the CPA.")
    assert result.key_of("CPA") == "organization/council-of-the-peace-accord"


@pytest.mark.parametrize("text", ["Rubio said the talks with Moscow would go on.", "Lavrov met Rubio in Riyadh."])
def test_a_known_official_named_like_a_small_town_is_the_official(analyse, text):
    assert analyse(text).key_of("Rubio") == "person/marco-rubio"


def test_the_small_town_written_as_a_place_stays_a_place(analyse):
    assert analyse("Clashes broke out in Rubio, a town in Tachira state.").key_of("Rubio") == "location/rubio"


@pytest.mark.parametrize("word", ["Junta", "Regime", "Administration"])
def test_a_description_of_a_government_opening_a_sentence_is_no_organization(analyse, word):
    result = analyse(f"NIAMEY, March 17 - Niger ended the accord. {word} spokesman Amadou Abdramane said it was illegal.")
    assert f"organization/{word.lower()}" not in result.ents.entities
    assert "country/NER" in result.ents.entities


def test_an_event_date_is_the_day_attached_to_the_triggers_clause(analyse):
    result = analyse("Chile met Peru on Monday. Talks had been planned since last month.")
    met = next(t for t in result.doc if t.lower_ == "met")
    assert [d.text for d in result.ents.dates_of(met)] == ["Monday"]
    assert result.ents.event_date(met, date(2020, 12, 1)) == date(2020, 11, 30)
    planned = next(t for t in result.doc if t.lower_ == "planned")
    assert result.ents.event_date(planned, date(2020, 12, 1)) is None  # "last month" names no day


def test_it_as_the_subject_of_a_second_clause_is_the_first_clauses_subject(analyse):
    result = analyse("The Chilean government voiced concern about moves by Argentina, and it warned that Chile would respond.")
    it = next(t for t in result.doc if t.lower_ == "it")
    assert result.ents.refer(it) == "country/CHL"
    alone = analyse("Chile voiced concern about moves by Argentina. It said talks would go on.")
    assert alone.ents.refer(next(t for t in alone.doc if t.lower_ == "it")) == "country/ARG"  # the last actor, as before


def test_a_pronoun_subject_of_an_adverbial_clause_stands_for_the_subject_it_hangs_on(analyse):
    result = analyse("Peru has been under EU sanctions since it invaded Ecuador in 1995.")
    assert result.ents.refer(next(t for t in result.doc if t.lower_ == "it")) == "country/PER"
    assert ("Attack", "country/PER", "country/ECU") in result.triples()
    both = analyse("Peru criticised Ecuador after it shelled the border town.")  # an actor as the object: not the subject
    assert both.ents.refer(next(t for t in both.doc if t.lower_ == "it")) == "country/ECU"
    told = analyse("Chile protested to Peru because it had shelled Bolivia.")  # an actor after "to": not the subject
    assert told.ents.refer(next(t for t in told.doc if t.lower_ == "it")) == "country/PER"
    assert ("Attack", "country/PER", "country/BOL") in told.triples()


def test_a_pronoun_opening_a_sentence_continues_the_subject_before(analyse):
    result = analyse("Emmanuel Macron met Olaf Scholz in Paris. He later received the envoys of Chile and Peru.")
    opening = next(t for t in result.doc if t.text == "He")
    assert result.ents.refer(opening) == result.key_of("Emmanuel Macron")
    inside = analyse("Emmanuel Macron met Olaf Scholz, and the talks ended when he left.")
    assert inside.ents.refer(next(t for t in inside.doc if t.lower_ == "he")) == inside.key_of("Olaf Scholz")


def test_a_name_after_a_lower_case_title_is_a_person(analyse):
    result = analyse("Ukrainian Foreign Ministry spokesman Oleg Nikolaichuk said the strike was a provocation.")
    assert any(m.type == EntityType.PERSON and m.key == "person/oleg-nikolaichuk" for m in result.ents.mentions)


def test_a_rank_or_form_of_address_before_a_name_is_no_part_of_it(analyse):
    result = analyse("Gunmen shot a village priest, Father Tomas Okello, and the rebels' chief, General Ramon Ibarra, "
                     "met First Lady Miriam Tembo in Lusaka.")
    people = {entity.name for entity in result.ents.entities.values() if entity.type == EntityType.PERSON}
    assert {"Tomas Okello", "Ramon Ibarra", "Miriam Tembo"} <= people
    assert not any(name.split()[0] in ("Father", "General", "Lady") for name in people)


def test_two_ranks_before_a_name_keep_the_office_apposed_before_them(analyse):
    result = analyse("The talks were attended by Pakistan's army chief, Field Marshal Asim Munir.")
    assert any(office.person == "person/asim-munir" and office.organization == "country/PAK"
               for office in result.offices)


def test_a_military_unit_named_by_its_number_is_one_organization(analyse):
    result = analyse("Some 800 soldiers of the 3rd Mountain Brigade were flown to the port on Monday.")
    mention = result.mention("3rd Mountain Brigade")
    assert mention is not None and mention.type == EntityType.ORGANIZATION
    plain = analyse("The 3rd meeting of the council was held in Lusaka on Monday.")
    assert all(entity.type != EntityType.ORGANIZATION or not entity.name[0].isdigit()
               for entity in plain.ents.entities.values())


def _description(result, word: str):
    return next(t for t in result.doc if t.lower_ == word)


def test_a_capital_spelt_as_english_news_spells_it_is_known(analyse):
    result = analyse("Envoys met in Naypyitaw on Monday. Naypyidaw rejected the plan.")
    assert result.mention("Naypyitaw").key == result.ents.gazetteer.capital_cities["country/MMR"]
    assert (result.mention("Naypyidaw").key, result.mention("Naypyidaw").role) == ("country/MMR", "capital")


def test_a_description_of_a_state_refers_to_the_last_state_with_the_attribute_it_states(analyse):
    result = analyse("Jordan's envoy flew to Chile, and Peru thanked the kingdom for its offer on Monday.")
    assert result.ents.refer(_description(result, "kingdom")) == "country/JOR"
    island = analyse("Fiji sent doctors to Bolivia after Peru asked the island nation for help.")
    assert island.ents.refer(_description(island, "nation")) == "country/FJI"
    region = analyse("Qatar and Mexico sent envoys to Kenya, and Brazil praised the Gulf state on Friday.")
    assert region.ents.refer(_description(region, "state")) == "country/QAT"


def test_a_description_no_state_named_before_fits_refers_to_none(analyse):
    result = analyse("Chile's envoy flew to Peru, and Brazil thanked the emirate for its offer on Monday.")
    assert result.ents.refer(_description(result, "emirate")) is None
    plain = analyse("Chile's envoy flew to Peru, and Brazil thanked the country for its offer on Monday.")
    assert plain.ents.refer(_description(plain, "country")) == "country/BRA"  # no attribute: the last state



def _word(result, text: str, occurrence: int = -1):
    return [t for t in result.doc if t.lower_ == text][occurrence]


def test_a_title_alone_is_the_one_named_before_who_holds_it(analyse):
    """"The minister" stands for the one whose office the article gave as a minister, not the person named last;
    "the former minister" is not the one who holds the ministry now."""
    text = ("Brazilian Foreign Minister Mauro Vieira spoke after Javier Milei left Lima. The {}minister blamed Peru "
            "for the delay.")
    result = analyse(text.format(""))
    minister = result.ents.refer(_word(result, "minister"))
    assert minister is not None and "vieira" in minister
    result = analyse(text.format("former "))
    former = result.ents.refer(_word(result, "minister"))
    assert former is None or "vieira" not in former


def test_a_title_opening_a_sentence_continues_the_subject_holding_it(analyse):
    """Of two presidents named, "the president" opening the next sentence is the subject of the one before."""
    result = analyse("Kenyan President William Ruto met Museveni in Nairobi on Monday. The president later "
                     "accused Sudan of arming rebels.")
    president = result.ents.refer(_word(result, "president"))
    assert president is not None and "ruto" in president
    result = analyse("Kenyan President William Ruto met Museveni in Nairobi on Monday. Officials said the president "
                     "later accused Sudan of arming rebels.")
    assert "museveni" in result.ents.refer(_word(result, "president"))  # inside its sentence: the last one named


def test_a_noun_for_a_kind_of_body_refers_to_the_last_one_whose_name_holds_it(analyse):
    result = analyse("The UN Security Council met in New York. Kenya then appealed to the African Union, and the "
                     "council renewed its mandate.")
    council = next(t for t in result.doc if t.lower_ == "council" and t.i > 8)
    assert result.ents.refer(council) == "organization/united-nations-security-council"
    later = analyse("Kenya appealed to the African Union, and the council renewed its mandate. The UN Security "
                    "Council met in New York.")  # no body so named before it: the last organization named
    assert later.ents.refer(next(t for t in later.doc if t.lower_ == "council")) == "organization/african-union"


@pytest.mark.parametrize(("day", "keys"), [(date(2021, 4, 9), ["country/SRB", "country/MNE"]),
                                           (date(2004, 4, 9), ["country/SCG"])])
def test_a_union_that_ended_is_read_as_its_two_states_in_later_news(analyse, day, keys):
    result = analyse("Volunteers from Serbia and Montenegro joined the convoy.", day)
    assert [m.key for m in result.ents.mentions if m.type == EntityType.COUNTRY] == keys


def test_a_dissolved_state_and_an_armed_group_of_its_time_are_known(analyse):
    result = analyse("Yugoslav artillery pounded hills held by the Kosovo Liberation Army.", date(1998, 8, 1))
    assert result.key_of("Yugoslav") == "country/YUG"
    assert result.key_of("Kosovo Liberation Army") == "organization/kosovo-liberation-army"


@pytest.mark.parametrize("text, word, state", [
    ("North Korea tested a missile on Friday. Tokyo said the North's launch broke UN resolutions.",
     "North", "country/PRK"),
    ("Juba and Khartoum traded charges after South Sudan closed its pipeline. Sudan said the South had broken the deal.",
     "South", "country/SSD"),
])
def test_the_north_or_the_south_is_the_one_state_named_so(analyse, text, word, state):
    result = analyse(text)
    halves = [m for m in result.ents.mentions if m.text == word]
    assert [m.key for m in halves] == [state]
    assert word not in result.ents.entities[state].alt_names  # no label "North" for the state


@pytest.mark.parametrize("text", [
    "South Korea sent ships to the South China Sea.",  # the word opens a longer name
    "South Korea and South Sudan signed a trade deal. The South welcomed it.",  # two states could be meant
    "Rebels advanced in the North of the country.",  # no state of that name in the article
])
def test_the_north_or_the_south_names_no_state_when_none_or_two_fit(analyse, text):
    result = analyse(text)
    assert not [m for m in result.ents.mentions if m.text in ("North", "South")]


def test_a_state_body_acts_for_its_state_and_a_regional_government_for_itself(analyse):
    body = analyse("The Federal Bureau of Investigation said the United States faced new threats.")
    assert body.ents.state_of(body.key_of("Federal Bureau of Investigation")) == "country/USA"
    region = analyse("The Kurdistan Regional Government rejected a budget drawn up in Iraq.")
    krg = region.key_of("Kurdistan Regional Government")
    assert region.ents.state_of(krg) == krg


@pytest.mark.parametrize("text, place, name", [
    ("Militiamen seized the Rukoro mine after a week of fighting.", "Rukoro mine", "Rukoro"),
    ("Gunmen attacked the Ndoki checkpoint on the highway.", "Ndoki checkpoint", "Ndoki"),
    ("Shelling hit villages across the Karvel district overnight.", "Karvel district", "Karvel"),
    ("Aid convoys reached Oruma state after the rains.", "Oruma state", "Oruma"),
    ("Officials in Lunda City counted the dead.", "Lunda City", "Lunda"),
])
def test_a_name_before_a_feature_noun_or_an_administrative_word_is_one_place_also_named_alone(analyse, text, place,
                                                                                               name):
    result = analyse(text)
    mention = result.mention(place)
    assert mention is not None and mention.type == EntityType.LOCATION
    entity = result.ents.entities[mention.key]
    assert name in entity.alt_names | {entity.name}


def test_a_feature_noun_after_a_known_body_or_a_towns_lower_case_word_makes_no_place(analyse):
    assert analyse("Hamas tunnels ran under the hospital, the army said.").mention("Hamas").type == EntityType.ORGANIZATION
    town = analyse("Troops were flown out of the Mosul airport on Monday.")
    assert town.mention("Mosul airport") is None and town.mention("Mosul") is not None


def test_an_administrative_word_opening_a_longer_name_or_after_a_state_makes_no_division(analyse):
    council = analyse("The Lunda City Council voted against the plan.")
    assert council.mention("Lunda City") is None
    assert analyse("Iran State TV reported the strike.").mention("Iran").type == EntityType.COUNTRY
    port = analyse("Envoys met in the Sahelian city of Gao.")
    assert port.mention("Sahelian city") is None and port.mention("Gao") is not None


def test_a_known_region_before_an_administrative_word_keeps_its_gazetteer_entry(analyse):
    result = analyse("Refugees fled to the Kurdistan region last spring.")
    mention = result.mention("Kurdistan region")
    assert mention is not None and mention.key == analyse("Refugees fled to Kurdistan.").key_of("Kurdistan")


def test_the_paramilitaries_refer_to_the_armed_group_named_before(analyse):
    result = analyse("Chad's army fought the Rapid Support Forces near the border. Later the paramilitaries withdrew.")
    assert result.ents.refer(_description(result, "paramilitaries")) == "organization/rapid-support-forces"
    unarmed = analyse("Chad hosted the African Union summit. Later the paramilitaries withdrew.")
    assert unarmed.ents.refer(_description(unarmed, "paramilitaries")) is None


def test_a_bare_noun_of_place_refers_to_the_last_place_of_its_kind(analyse):
    result = analyse("Heavy rain fell on Goma and on Darfur. Kenya later flew medics into the province.")
    assert result.ents.refer(_description(result, "province")) == "location/darfur"
    town = analyse("Heavy rain fell on Goma and on Darfur. Kenya later flew medics into the town.")
    assert town.ents.refer(_description(town, "town")) == "location/goma"
    wider = analyse("Heavy rain fell on Darfur. Kenya later flew medics into the wider region.")
    assert wider.ents.refer(_description(wider, "region")) is None
    owner = analyse("Heavy rain fell on Goma. Drones later hit the city's main airport.")
    assert owner.ents.refer(_description(owner, "city")) is None


def test_a_name_before_a_weapon_noun_is_a_weapons_model_not_an_entity(analyse):
    result = analyse("Kenya asked Germany for three Patriot air defence batteries and two Hercules transport planes.")
    assert result.mention("Patriot") is None and result.mention("Hercules") is None
    assert result.mention("Germany").key == "country/DEU"
    known_actor = analyse("Houthi missiles struck a tanker off the coast on Monday.").mention("Houthi")
    assert known_actor is not None and known_actor.type == EntityType.ORGANIZATION
    asked = analyse("Volodymyr Zelensky asked Donald Trump for Tomahawk cruise missiles.")  # "Trump" hung on "missiles"
    assert asked.mention("Donald Trump").type == EntityType.PERSON


def test_a_name_in_apposition_after_an_office_is_a_person(analyse):
    result = analyse("Sankoh's spokesman, Gibril Massaquoi, insisted the movement was not holding anyone.")
    assert result.mention("Gibril Massaquoi").type == EntityType.PERSON
    body = analyse("The spokesman of the Revolutionary United Front said the hostages were safe.")
    assert body.mention("Revolutionary United Front").type == EntityType.ORGANIZATION


def test_the_government_beside_a_rebel_group_is_the_groups_state(analyse):
    result = analyse("Colombian officials met the ELN for talks hosted by Venezuela in Caracas. "
                     "The ELN accused the government of bombing its camps.")
    eln = result.key_of("ELN")
    assert ("Accusation", eln, "country/COL") in result.triples()
    unnamed = analyse("Venezuela hosted talks in Caracas. The ELN accused the government of bombing its camps.")
    assert not any("country/COL" in triple for triple in unnamed.triples())


def test_the_islamic_republic_and_the_emirates_are_iran_and_the_uae(analyse):
    result = analyse("Albania cut ties with Tehran, blaming the Islamic Republic for a July cyberattack.")
    assert ("Accusation", "country/ALB", "country/IRN") in {(e.type.value, e.actor, e.target) for e in result.events}
    assert analyse("Sudan accused the Emirates of arming the paramilitaries.").mention("Emirates").key == "country/ARE"
    assert analyse("The Islamic Republic of Pakistan protested.").key_of("Islamic Republic of Pakistan") == "country/PAK"
    assert analyse("The Emirates sent aid to Sudan.").mention("Emirates").key == "country/ARE"  # "The" opening a sentence


@pytest.mark.parametrize("text", [
    "Mauritania, an Islamic Republic, accused Mali of raids.",  # only "the Islamic Republic" is Iran
    "Emirates, the Dubai airline, suspended flights to Sudan.",  # only "the Emirates" is the UAE
])
def test_an_islamic_republic_and_emirates_without_the_are_no_state(analyse, text):
    keys = {m.key for m in analyse(text).ents.mentions}
    assert "country/IRN" not in keys and "country/ARE" not in keys


@pytest.mark.parametrize("text, word, kind", [
    ("He left.", "He", "Person"), ("The rebels fled.", "rebels", "ArmedGroup"), ("The alliance met.", "alliance", "Bloc"),
    ("The town fell.", "town", "Location"), ("Troops fled.", "Troops", None)])
def test_a_reference_word_is_of_the_kind_descriptors_list_it_under(analyse, text, word, kind):
    result = analyse(text)
    token = next(token for token in result.doc if token.text == word)
    assert result.ents.reference_kind(token) == kind


@pytest.mark.parametrize("listed, kind", [
    ({"ArmedGroup": ["rebel"], "Bloc": ["rebels"]}, "ArmedGroup"),  # the lemma's kind is listed first
    ({"Bloc": ["rebels"], "ArmedGroup": ["rebel"]}, "Bloc"),  # the form's kind is listed first
    ({"Bloc": ["alliance", "rebel"], "ArmedGroup": ["rebel", "rebels"]}, "Bloc"),  # a word under two kinds: the first
])
def test_a_word_whose_form_and_lemma_are_under_two_kinds_is_of_the_first_listed(analyse, monkeypatch, listed, kind):
    from kg.extract import entities

    result = analyse("The rebels fled.")
    token = result.doc[1]
    monkeypatch.setattr(entities, "_refer_words", lambda: listed)
    entities._reference_kinds.cache_clear()
    try:
        assert result.ents.reference_kind(token) == kind
    finally:
        entities._reference_kinds.cache_clear()


def test_an_institution_named_for_a_place_or_a_cause_is_one_organization(analyse):
    result = analyse("The Appeals Tribunal for Liberia met the Joint Council for Peace and Order in Accra.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Appeals Tribunal for Liberia") == EntityType.ORGANIZATION
    assert names.get("Joint Council for Peace and Order") == EntityType.ORGANIZATION
    mission = analyse("The Regional Protection Mission in Chad left on Friday.").mention("Regional Protection Mission in Chad")
    assert mission is not None and mission.type == EntityType.ORGANIZATION


def test_a_council_meeting_in_a_city_is_no_name_with_the_city(analyse):
    result = analyse("The Regional Council in Nairobi met the envoy of the Council of Europe Secretary General.")
    names = {e.name for e in result.ents.entities.values()}
    assert "Regional Council in Nairobi" not in names
    assert not any("Secretary" in name for name in names)


def test_a_people_named_alone_is_no_entity(analyse):
    result = analyse("Kabyle activists marched in Algiers, and the Karen fled across the border to Thailand.")
    names = {e.name for e in result.ents.entities.values()}
    assert not names & {"Kabyle", "Karen"}
    assert "Thailand" in names


def test_a_peoples_word_inside_a_longer_name_keeps_the_name(analyse):
    result = analyse("The Karen National Union signed the truce with Myanmar.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Karen National Union") == EntityType.ORGANIZATION


def test_a_storms_name_and_its_later_mention_are_no_entities(analyse):
    result = analyse("Days after Hurricane Odile swept across Honduras, Odile was blamed for the floods that reached "
                     "Belize. Typhoon Marlo hit Samar.")
    names = {e.name for e in result.ents.entities.values()}
    assert not any("Odile" in name or "Marlo" in name for name in names), names
    assert {"Honduras", "Belize"} <= names


def test_a_name_without_a_storms_word_stays_an_entity(analyse):
    result = analyse("Foreign Minister Winston Peters met the envoy of Cyclone Relief International in Wellington.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Winston Peters") == EntityType.PERSON
    assert names.get("Cyclone Relief International") == EntityType.ORGANIZATION, names


@pytest.mark.parametrize("text, name", [
    ("The Tropical Forest Alliance urged Brazil and Indonesia to act.", "Tropical Forest Alliance"),
    ("The Tropical Agricultural Research Institute signed a deal with Kenya.", "Tropical Agricultural Research Institute"),
])
def test_a_storms_word_opening_a_longer_name_keeps_the_organization(analyse, text, name):
    """A storm's phrase names a storm only before one name word: "Tropical" opening a longer name is no storm."""
    names = {e.name: e.type for e in analyse(text).ents.entities.values()}
    assert names.get(name) == EntityType.ORGANIZATION, names


def test_a_storms_phrase_of_two_words_names_a_storm(analyse):
    result = analyse("Tropical Storm Agatha hit Mexico. Super Typhoon Haiyan struck the Philippines. Agatha killed nine.")
    names = {e.name for e in result.ents.entities.values()}
    assert not any("Agatha" in name or "Haiyan" in name for name in names), names
    assert {"Mexico", "Philippines"} <= names


def test_a_persons_name_with_del_or_van_den_is_one_name(analyse):
    result = analyse("Foreign Secretary Rafael del Campo met Dutch Foreign Minister Pieter van den Berg in Manila.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Rafael del Campo") == EntityType.PERSON, names
    assert names.get("Pieter van den Berg") == EntityType.PERSON, names


@pytest.mark.parametrize("text", [
    "President Petro said fighters of the Ejército del Pueblo attacked Cali.",
    "Troops left Manila and den leaders met in Hanoi.",
])
def test_del_or_den_with_no_name_word_after_it_ends_no_name(analyse, text):
    """A particle continues a person's name only before a word of the name: "Ejército del" is no person."""
    names = {e.name for e in analyse(text).ents.entities.values()}
    assert not any(name.split()[-1] in ("del", "den") for name in names), names


def test_a_particle_before_a_known_word_read_as_the_name_stays_in_it(analyse):
    result = analyse("Sudan's army chief Abdel Fattah al-Burhan met Maryam bint Ali and Ali bin Ahmed in Port Sudan.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Maryam bint Ali") == EntityType.PERSON, names


def test_the_junta_is_the_ruling_council_the_article_names(analyse):
    result = analyse("Colonel Diarra said his National Council for Democracy had taken power in Burkina Faso. "
                     "Nigeria imposed a blockade on the junta.")
    junta = next(t for t in result.doc if t.lower_ == "junta")
    assert result.ents.refer(junta) == "organization/national-council-for-democracy"
    events = {(e.type.value, e.actor, e.target) for e in result.events}
    assert ("Sanction", "country/NGA", "organization/national-council-for-democracy") in events


def test_the_junta_with_no_ruling_council_named_is_its_state_not_a_foreign_council(analyse):
    result = analyse("Soldiers seized power in Burkina Faso. The African Union's Peace and Security Council met, "
                     "and Nigeria imposed a blockade on the junta.")
    junta = next(t for t in result.doc if t.lower_ == "junta")
    assert result.ents.refer(junta, exclude="country/NGA") == "country/BFA"  # the sanctioner is excluded, as events do
    assert ("Sanction", "country/NGA", "country/BFA") in {(e.type.value, e.actor, e.target) for e in result.events}


def test_a_name_opened_on_its_head_or_a_hyphened_pair_runs_on_over_for_on_and_in(analyse):
    result = analyse("The Inter-Regional Commission on Water Rights met the Agency for Rural Development and the "
                     "Front for Justice in Zembla on Monday, and the Regional Commission for Trade in Accra.")
    names = {e.name: e.type for e in result.ents.entities.values()}
    assert names.get("Inter-Regional Commission on Water Rights") == EntityType.ORGANIZATION
    assert names.get("Agency for Rural Development") == EntityType.ORGANIZATION
    assert names.get("Front for Justice in Zembla") == EntityType.ORGANIZATION
    assert "Inter" not in names
    assert "Regional Commission for Trade" in names and "Regional Commission for Trade in Accra" not in names


def test_a_month_written_short_is_no_word_of_a_council_name(analyse):
    result = analyse("The Security Council on Dec. 3 extended the arms embargo on Somalia.")
    assert not any("Dec" in e.name for e in result.ents.entities.values())


def test_the_csce_is_the_osce_under_its_former_name(analyse):
    result = analyse("Armenia asked the Conference on Security and Cooperation in Europe to send monitors.")
    mention = result.mention("Conference on Security and Cooperation in Europe")
    assert result.ents.entities[mention.key].name == "Organization for Security and Co-operation in Europe"
    assert result.mention("Armenia").type == EntityType.COUNTRY


def test_the_junta_is_the_council_of_the_state_an_earlier_junta_stands_for(analyse):
    """'The junta' next to another state ("accused Nigeria") is still the council of the state the junta told before
    stands for."""
    result = analyse("West African troops took control of Sierra Leone's capital Freetown after a week-long offensive "
                     "that drove out the military junta. Fighters of the Armed Forces Revolutionary Council fled east."
                     "\n\nThe Nigerian commander said his men had moved only after shelling. "
                     "The junta accused Nigeria of waging a war of conquest.")
    events = {(e.type.value, e.actor, e.target) for e in result.events}
    assert ("Accusation", "organization/armed-forces-revolutionary-council-sierra-leone", "country/NGA") in events


@pytest.mark.parametrize("text, state", [
    ("The US National Security Council said it was watching Niger. ECOWAS imposed sanctions on the junta.",
     "country/NER"),  # a council the gazetteer places in another state
    ("Thailand's National Security Council met. Myanmar's junta bombed villages in Sagaing.", "country/MMR"),
    ("Sudan's Sovereign Council met. Guinea's junta freed prisoners.", "country/GIN"),
])
def test_the_junta_is_no_council_of_another_state(analyse, text, state):
    """A council another state owns, by the gazetteer or by the text, is not the junta's: the junta is its state."""
    result = analyse(text)
    junta = next(t for t in result.doc if t.lower_ == "junta")
    assert result.ents.refer(junta) == state
