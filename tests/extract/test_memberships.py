"""kg.extract.memberships: who is a member of what."""

from __future__ import annotations

import pytest

from kg.extract.memberships import MembershipWords
from kg.model import Article, EntityType


def members(extractor, text: str) -> set[tuple[str, str]]:
    extraction = extractor.extract(Article("m1", text))
    for membership in extraction.memberships:
        assert extraction.entities[membership.organization].type == EntityType.ORGANIZATION
        assert membership.evidence.text in text
    return {(m.member, extraction.entities[m.organization].name) for m in extraction.memberships}


@pytest.mark.parametrize("text, expected", [
    ("Sweden joined NATO in March.", {("country/SWE", "NATO")}),
    ("Finland formally became the 31st member of NATO on Tuesday.", {("country/FIN", "NATO")}),
    ("The UK and Poland are NATO allies.", {("country/GBR", "NATO"), ("country/POL", "NATO")}),
    ("Spain, another NATO member, sent jets.", {("country/ESP", "NATO")}),
    ("Sweden's accession to NATO was approved by Turkey.", {("country/SWE", "NATO")}),
    ("Nigeria currently holds the ECOWAS chairmanship.", {("country/NGA", "Economic Community of West African States")}),
    ("The UK and Poland have a long history of friendship and are NATO allies.",
     {("country/GBR", "NATO"), ("country/POL", "NATO")}),
    ("Hungary and Slovakia, seen as the two EU members closest to Moscow, objected.",
     {("country/HUN", "European Union"), ("country/SVK", "European Union")}),
    ("Laos and five other ASEAN members signed.", {("country/LAO", "Association of Southeast Asian Nations")}),
    ("Both Sweden and Finland belong to the European Union.",
     {("country/SWE", "European Union"), ("country/FIN", "European Union")}),
])
def test_a_stated_membership(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile, which joined the OECD in 2010, hosted the talks.", {("country/CHL", "OECD")}),
    ("Peru is one of the members of the African Union.", {("country/PER", "African Union")}),
    ("Togo, one of the founding members of ECOWAS, sent envoys.",
     {("country/TGO", "Economic Community of West African States")}),
    ("Togo was among the founding members of ECOWAS.", {("country/TGO", "Economic Community of West African States")}),
])
def test_a_membership_through_a_relative_clause_or_one_of_the_members(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Serbia has not joined NATO.",
    "Serbia, which has not joined NATO, sent observers.",
    "Serbia is not a member of NATO.",
    "Serbia is one of the critics of NATO.",
])
def test_a_denied_membership_or_another_one_of_is_none(extractor, text):
    assert members(extractor, text) == set()


def test_the_members_a_bloc_is_said_to_include(extractor):
    text = ("Leaders of the Southern African Development Community met in Harare. The 16-nation bloc, whose "
            "members include Angola, Mozambique and Tanzania, said it would act.")
    assert {member for member, _ in members(extractor, text)} == {"country/AGO", "country/MOZ", "country/TZA"}


def test_a_force_made_up_of_troops_from_its_members(extractor):
    text = "The Multinational Joint Task Force, which is made up of troops from Chad, Niger and Cameroon, struck."
    assert {member for member, _ in members(extractor, text)} == {"country/TCD", "country/NER", "country/CMR"}


def test_a_list_set_after_the_name(extractor):
    text = "The Troika \u2014 the United States, the United Kingdom and Norway \u2014 urged a ceasefire."
    assert {member for member, _ in members(extractor, text)} == {"country/USA", "country/GBR", "country/NOR"}


def test_the_states_of_the_people_listed_after_a_blocs_leaders(extractor):
    text = ("Three ASEAN heads of government were in Kuala Lumpur: Anwar Ibrahim of Malaysia, "
            "Prabowo Subianto of Indonesia and Hun Manet of Cambodia.")
    assert {member for member, _ in members(extractor, text)} == {"country/MYS", "country/IDN", "country/KHM"}


def test_a_person_of_a_state_in_a_list_of_members_is_the_state_not_the_person(extractor):
    text = ("The foreign ministers of the three AES states, Abdoulaye Diop of Mali and Bakary Yaou Sangare of "
            "Niger among them, met in Bamako.")
    assert members(extractor, text) == {("country/MLI", "Alliance of Sahel States"),
                                        ("country/NER", "Alliance of Sahel States")}


def test_a_composition_clause_hung_on_the_noun_before_the_force(extractor):
    text = ("Officials complained about the member states of the Multinational Joint Task Force, which is made up "
            "of troops from Chad, Niger and Cameroon.")
    assert {member for member, _ in members(extractor, text)} == {"country/TCD", "country/NER", "country/CMR"}


@pytest.mark.parametrize("text, expected", [
    ("NATO ministers met in Brussels. Spain, another member, is sending frigates to the Baltic.",
     {("country/ESP", "NATO")}),
    ("The African Union held a summit in Addis Ababa. Kenya, also an ally, sent its president.",
     {("country/KEN", "African Union")}),
    ("NATO is reinforcing its eastern flank. Fellow ally Norway will send two frigates.", {("country/NOR", "NATO")}),
])
def test_another_member_belongs_to_the_bloc_named_before(extractor, text, expected):
    assert members(extractor, text) == expected


def test_an_ally_with_no_bloc_named_before_belongs_to_nothing(extractor):
    assert members(extractor, "Reuters reported the talks. Spain, another ally, sent frigates.") == set()


@pytest.mark.parametrize("text, expected", [
    ("BRICS has grown since 2010. The bloc now counts Egypt and Ethiopia as members.",
     {("country/EGY", "BRICS"), ("country/ETH", "BRICS")}),
    ("The Commonwealth counts Ghana among its members.", {("country/GHA", "Commonwealth of Nations")}),
    ("Fiji, which counts Tonga among its neighbours, stayed silent.", set()),
    # "its" is the bloc that counts, not the organization listed right before it
    ("The Pacific Islands Forum, which now counts Samoa and the European Union among its members, met.",
     {("country/WSM", "Pacific Islands Forum"), ("organization/european-union", "Pacific Islands Forum")}),
    ("The Pacific Islands Forum, which counts Samoa and the European Union among its partners, met.", set()),
])
def test_the_states_a_bloc_counts_as_or_among_its_members(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Sweden met NATO officials in March.",
    "Russia warned NATO against expansion.",
    "The talks, which included Russia and Iran, ended.",
    "Chad, Niger and Cameroon attacked the camp.",
    "Pakistan holds talks with the Taliban.",
])
def test_no_membership_without_a_word_that_states_it(extractor, text):
    assert members(extractor, text) == set()


def test_the_words_are_data():
    words = MembershipWords.default()
    assert "member" in words.member_nouns and "join" in words.join_verbs and "ally" in words.generic_members


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain and Portugal signed the water treaty. Both Iberian countries belong to the European Union.",
     {("country/ESP", "European Union"), ("country/PRT", "European Union")}),
    ("Norway and Denmark sent frigates north. The two NATO members patrol the strait together.",
     {("country/NOR", "NATO"), ("country/DNK", "NATO")}),
    ("Chile, Peru and Ecuador signed the accord. The two NATO members left early.", set()),  # three named, two counted
])
def test_a_counted_plural_refers_to_the_states_named_together_before(extractor, text, expected):
    assert members(extractor, text) == expected


def test_states_voting_otherwise_than_the_members_of_a_body_are_members(extractor):
    text = "Twelve members of the UN Security Council voted in favour, while Russia and China voted against."
    assert {member for member, _ in members(extractor, text)} == {"country/RUS", "country/CHN"}


def test_a_body_of_an_organization_stands_for_it(extractor):
    text = "Ten members of the IAEA's board voted for the text, while Iran and Russia abstained."
    assert members(extractor, text) == {("country/IRN", "International Atomic Energy Agency"),
                                        ("country/RUS", "International Atomic Energy Agency")}


def test_a_state_that_objects_while_members_vote_is_not_made_a_member(extractor):
    text = "Twelve members of the UN Security Council voted in favour, while Iran criticised the resolution."
    assert members(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The OECD has 38 members, including Chile and Mexico.", {("country/CHL", "OECD"), ("country/MEX", "OECD")}),
    ("ASEAN members Vietnam, Laos and Cambodia backed the plan.",
     {(state, "Association of Southeast Asian Nations") for state in ("country/VNM", "country/LAO", "country/KHM")}),
    ("Several African Union member states such as Kenya and Rwanda sent observers.",
     {("country/KEN", "African Union"), ("country/RWA", "African Union")}),
    ("The Arab League held a summit in Cairo. The bloc's members, Jordan, Iraq and Oman, signed a statement.",
     {(state, "Arab League") for state in ("country/JOR", "country/IRQ", "country/OMN")}),
    ("The OECD held talks in Paris. Chile, the organisation's newest member, sent a delegation.",
     {("country/CHL", "OECD")}),
])
def test_the_members_a_bloc_is_given(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union admitted Morocco after a long debate.", {("country/MAR", "African Union")}),
    ("Croatia, which holds the rotating presidency of the European Union, called the meeting.",
     {("country/HRV", "European Union")}),
])
def test_an_admitted_state_and_a_state_holding_the_presidency(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Georgia is not a member of the European Union.",
    "The African Union has not admitted Somaliland.",
    "Kenya's members of parliament rejected the budget.",
    "Members of the Wagner Group looted the mine.",
    "The ASEAN members' summit opened in Jakarta.",
    "Russia has allies such as Iran and Belarus.",
    "NATO partners such as Japan and Australia attended the summit.",
])
def test_no_membership_from_a_denial_a_parliament_a_militia_or_no_state(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Arab League, a 22-member bloc of Jordan, Iraq and Oman among others, met in Cairo.",
     {(state, "Arab League") for state in ("country/JOR", "country/IRQ", "country/OMN")}),
    ("Kazakhstan and Uzbekistan founded the Shanghai Cooperation Organisation with others.",
     {("country/KAZ", "Shanghai Cooperation Organisation"), ("country/UZB", "Shanghai Cooperation Organisation")}),
    ("The Alliance of Sahel States, formed by Mali, Niger and Burkina Faso, met in Bamako.",
     {(state, "Alliance of Sahel States") for state in ("country/MLI", "country/NER", "country/BFA")}),
])
def test_a_counted_bloc_and_the_states_that_founded_it(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Brazil and Chile created a joint commission.",
    "Jordan and Iraq did not found the Arab League alone.",
    "The 15-member council of Ghana met.",
])
def test_no_founding_membership_without_a_bloc_or_when_denied(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The OECD met in Paris. Of all the organisation's members, only Chile voted no.", {("country/CHL", "OECD")}),
    ("NATO ministers met in Oslo. Among the allies present, Portugal offered two ships.", {("country/PRT", "NATO")}),
    ("NATO ministers met in Oslo. Among Ukraine's allies, Portugal offered two ships.", set()),
    ("NATO ministers met in Oslo. Among the allies, Portugal did not offer ships.", set()),
])
def test_the_state_picked_out_of_the_members(extractor, text, expected):
    assert members(extractor, text) == expected


def test_members_listed_in_a_relative_clause_with_whose(extractor):
    text = "The Andean Community, whose members are Bolivia, Colombia and Ecuador, met in Lima."
    assert members(extractor, text) == {("country/BOL", "Andean Community"), ("country/COL", "Andean Community"),
                                        ("country/ECU", "Andean Community")}
    assert not members(extractor, "The Andean Community, whose members met in Lima, made no statement.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway and Denmark, both members of NATO and of the OECD, objected.",
     {("country/NOR", "NATO"), ("country/DNK", "NATO"), ("country/NOR", "OECD"), ("country/DNK", "OECD")}),
    ("Estonia, a member of the European Union and NATO, voted against.",
     {("country/EST", "European Union"), ("country/EST", "NATO")}),
])
def test_a_member_of_several_organizations_joined_by_and_is_a_member_of_each(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union, of which Chad and Niger are members, condemned the coup.",
     {("country/TCD", "African Union"), ("country/NER", "African Union")}),
    ("ECOWAS, of which Ghana and Togo are both members, and the OECD have urged calm.",  # no list opens with "and"
     {("country/GHA", "Economic Community of West African States"),
      ("country/TGO", "Economic Community of West African States")}),
])
def test_the_organization_a_relative_of_which_stands_for(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_relative_of_which_the_states_are_no_members_is_none(extractor):
    assert members(extractor, "The African Union, of which Chad is not a member, urged restraint.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union met in Addis Ababa. Sudan is still suspended from the bloc's summits.",
     {("country/SDN", "African Union")}),
    ("The African Union met in Addis Ababa. Gabon was suspended by the bloc after the putsch.",
     {("country/GAB", "African Union")}),
    ("The African Union suspended Niger after the putsch.", {("country/NER", "African Union")}),
    ("Exports from Chile were suspended by the European Union.", set()),  # goods, not a state, are suspended
])
def test_a_suspended_state_is_still_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan hosted the Collective Security Treaty Organization. The Russian-led alliance held drills.",
     {("country/RUS", "Collective Security Treaty Organization")}),
    ("The Kenyan-led police mission landed in Haiti.", set()),  # a mission, not a bloc of states
])
def test_the_state_leading_a_bloc_is_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Greece asked its NATO allies for firefighting planes.", {("country/GRC", "NATO")}),
    ("Estonia's fellow EU members backed the request.", {("country/EST", "European Union")}),
    ("Georgia thanked its allies in the European Union.", set()),  # the allies are in the EU, not Georgia
])
def test_a_state_whose_allies_the_bloc_qualifies_is_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministers of the European Union met in Brussels under Poland's presidency.", {("country/POL", "European Union")}),
    ("The ASEAN summit opened in Vientiane on Monday, with Laos in the chair.",
     {("country/LAO", "Association of Southeast Asian Nations")}),
    ("After the ASEAN summit, Indonesia's presidency said the talks had failed.", set()),  # the president's office
])
def test_a_state_chairing_the_bloc_named_in_the_sentence(extractor, text, expected):
    assert members(extractor, text) == expected


def test_members_given_after_among_them(extractor):
    text = "Beijing summoned the ambassadors of EU members, among them Greece, on Friday."
    assert members(extractor, text) == {("country/GRC", "European Union")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Montenegro's entry into NATO angered Moscow.", {("country/MNE", "NATO")}),
    ("Israel's entry into Lebanon angered Moscow.", set()),  # a country entered, no bloc joined
])
def test_a_states_entry_into_a_bloc(extractor, text, expected):
    assert members(extractor, text) == expected


def test_the_states_a_bloc_was_formed_with_are_its_founders(extractor):
    text = "Kenya chairs the East African Community, the trade bloc it formed with Uganda and Tanzania."
    assert {member for member, _ in members(extractor, text)} >= {"country/UGA", "country/TZA"}


@pytest.mark.parametrize("text, expected", [
    ("Peru, a member state of the African Union, objected.", {("country/PER", "African Union")}),
    ("Warsaw said its NATO membership was a guarantee.", {("country/POL", "NATO")}),
    ("Yerevan has frozen its membership in the CSTO.", {("country/ARM", "Collective Security Treaty Organization")}),
    ("The Arakan Army, part of the Three Brotherhood Alliance, seized the town.",
     {("organization/arakan-army", "Three Brotherhood Alliance")}),
    ("Chile, like Peru and Bolivia, joined the African Union.",
     {("country/CHL", "African Union"), ("country/PER", "African Union"), ("country/BOL", "African Union")}),
    ("Egypt and Iraq are founding members of the Arab League.",
     {("country/EGY", "Arab League"), ("country/IRQ", "Arab League")}),
    ("Sisi pressed for reviving the Arab League, the 22-member grouping of which Egypt and Iraq are founding members"
     " and which has not met since 2019.", {("country/EGY", "Arab League"), ("country/IRQ", "Arab League")}),
    ("The ministers spoke at a meeting of ASEAN, the ten-member grouping that Vietnam and Laos joined in the 1990s.",
     {("country/VNM", "Association of Southeast Asian Nations"),
      ("country/LAO", "Association of Southeast Asian Nations")}),
    ("Norway, like Denmark and Iceland, belongs to the Nordic Council.",
     {("country/NOR", "Nordic Council"), ("country/DNK", "Nordic Council"), ("country/ISL", "Nordic Council")}),
    ("The Arab League, which counts Somalia as a full member alongside Djibouti and the Comoros, met in Cairo.",
     {("country/SOM", "Arab League"), ("country/DJI", "Arab League"), ("country/COM", "Arab League")}),
    ("The Chilean and Peruvian members of the African Union objected.",
     {("country/CHL", "African Union"), ("country/PER", "African Union")}),
    ("Togo, which chairs ECOWAS this year, called a summit.",
     {("country/TGO", "Economic Community of West African States")}),
    ("The African Union said member states including Chile and Peru had sent aid.",
     {("country/CHL", "African Union"), ("country/PER", "African Union")}),
    ("Chile's government, which belongs to the African Union, objected.", {("country/CHL", "African Union")}),
    ("Togo's President Faure Gnassingbe, the current ECOWAS chairman, opened the summit.",
     {("country/TGO", "Economic Community of West African States")}),
])
def test_a_membership_read_from_the_grammar_around_the_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Kenya sent troops as part of the African Union mission.",
    "Maria Lopez, a Chilean member of the European Parliament, objected.",
    "Chile, unlike Peru, has not joined the African Union.",
    "Former Chilean President Juan Soto, once chairman of a mining company, spoke.",
])
def test_no_membership_from_a_part_a_persons_seat_or_a_denial(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The OECD, which Chile joined in 2010, published its outlook.", {("country/CHL", "OECD")}),
    ("Mercosur, the bloc that Bolivia joined last year, met in Asuncion.", {("country/BOL", "Mercosur")}),
    ("The OECD, which Peru has not joined, published its outlook.", set()),
    ("The OECD, which Chile criticised in 2010, published its outlook.", set()),
])
def test_a_state_that_joined_what_a_relative_pronoun_stands_for_is_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("OECD ministers met in Paris. Chile attended as the organisation's newest member.", {("country/CHL", "OECD")}),
    ("Chile attended the meeting as an OECD member.", {("country/CHL", "OECD")}),
    ("Peru attended the OECD meeting as an observer, not as a member.", set()),
])
def test_a_subject_acting_as_a_member_with_no_actor_as_object_is_the_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mercosur, the trade grouping to which Uruguay belongs, met in Asuncion.", {("country/URY", "Mercosur")}),
    ("The Andean Community, to which Peru and Ecuador belong, met in Quito.",  # the parser may take Peru for a modifier
     {("country/PER", "Andean Community"), ("country/ECU", "Andean Community")}),
    ("Officials spoke on the sidelines of a meeting of the OECD, the 38-member grouping that Chile joined in 2010.",
     {("country/CHL", "OECD")}),
    ("ASEAN, which Thailand founded with Indonesia and Malaysia, met in Jakarta.",
     {(f"country/{code}", "Association of Southeast Asian Nations") for code in ("THA", "IDN", "MYS")}),
    ("Minsk hosted officials of the CSTO and the Eurasian Economic Union, the blocs that include Armenia and Kyrgyzstan.",
     {(f"country/{code}", bloc) for code in ("ARM", "KGZ")
      for bloc in ("Collective Security Treaty Organization", "Eurasian Economic Union")}),
    ("The CSTO, a grouping of former Soviet states whose members include Armenia and Belarus, met in Minsk.",
     {(f"country/{code}", "Collective Security Treaty Organization") for code in ("ARM", "BLR")}),
    ("Armenia and Belarus belong to the CSTO, a grouping of former Soviet states to which Kazakhstan also belongs.",
     {(f"country/{code}", "Collective Security Treaty Organization") for code in ("ARM", "BLR", "KAZ")}),
    ("ECOWAS, of which Ghana and Togo are founding members, met in Abuja.",
     {(f"country/{code}", "Economic Community of West African States") for code in ("GHA", "TGO")}),
    ("The OECD, to which Peru does not belong, published its outlook.", set()),
    ("The OECD, which Chile founded with Peru, published its outlook.", set()),  # founders of no bloc
])
def test_a_relative_clause_on_a_bloc_or_its_description_lists_its_members(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Gabriel Boric, whose country belongs to the OECD, spoke in Paris.", {("country/CHL", "OECD")}),
    ("Kenyan President William Ruto, who chairs the EAC this year, opened the summit.",
     {("country/KEN", "East African Community")}),
    ("NATO ministers met in Brussels. Chilean Senator Juan Perez, who chairs the defence committee of Chile's senate, "
     "spoke.", set()),
])
def test_a_leader_stands_for_the_state_of_their_office(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo are founding members of ECOWAS.",
     {("country/GHA", "Economic Community of West African States"),
      ("country/TGO", "Economic Community of West African States")}),
    ("Chile recalled its envoy. Peru said Chile had lied. Chile denied it, and Peru protested again. The OECD, to which "
     "both countries belong, urged calm.", {("country/CHL", "OECD"), ("country/PER", "OECD")}),
    ("Chile recalled its envoy. Peru said Chile had lied. Bolivia protested, and Peru and Bolivia met. The OECD, to "
     "which both countries belong, urged calm.", {("country/PER", "OECD"), ("country/BOL", "OECD")}),
    ("Chile recalled its envoy. Peru said Chile had lied. Chile denied it, and Peru protested again. The two OECD "
     "members traded barbs.", set()),  # a member noun names no pair of the article
    ("Chile recalled its envoy. Peru said Chile had lied. Chile denied it, and Peru protested again. Germany and "
     "Japan urged restraint. The OECD, to which both countries belong, offered help.",
     {("country/CHL", "OECD"), ("country/PER", "OECD")}),  # not a pair named in passing
    ("Russia attacked Ukraine. Ukraine said Russia had shelled Kharkiv. Russia denied it. Sweden and Finland said "
     "both countries would join NATO.", {("country/SWE", "NATO"), ("country/FIN", "NATO")}),  # named in its sentence
])
def test_founding_members_and_both_countries_of_the_article(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_state_is_no_member_of_an_armed_group(extractor):
    text = "Wagner Group fighters arrived in Mali. The Western group, whose members include Chile and Peru, protested."
    assert members(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("African Union leaders gathered in Addis Ababa on Friday. AMISOM takes its troops from Uganda, Kenya and "
     "Burundi, all members of the 55-nation bloc.",
     {("country/UGA", "African Union"), ("country/KEN", "African Union"), ("country/BDI", "African Union")}),
    ("Leaders of the African Union met to discuss ATMIS. Djibouti, a member of the organization, abstained.",
     {("country/DJI", "African Union")}),
])
def test_a_description_of_a_bloc_with_members_never_stands_for_a_peace_operation(extractor, text, expected):
    assert members(extractor, text) == expected


def test_the_states_serving_in_a_named_peace_operation_keep_their_membership(extractor):
    assert members(extractor, "Burundi and Kenya are members of AMISOM.") == {
        ("country/BDI", "African Union Mission in Somalia"), ("country/KEN", "African Union Mission in Somalia")}


def test_a_peace_operation_is_no_member_of_a_bloc(extractor):
    text = ("African Union leaders gathered in Addis Ababa on Friday. AMISOM relies on soldiers from Uganda, Kenya and "
            "Burundi, all members of the 55-nation bloc.")
    assert not any(member == "organization/african-union-mission-in-somalia" for member, _ in members(extractor, text))


@pytest.mark.parametrize("text, expected", [
    ("Mercosur opened its summit. Chile's president, Gabriel Boric, who chairs the bloc, spoke first.",
     {("country/CHL", "Mercosur")}),
    ("Mercosur opened its summit. Gabriel Boric, the Chilean president who now chairs the bloc, spoke first.",
     {("country/CHL", "Mercosur")}),
    ("Mercosur opened its summit. Chile's president, Gabriel Boric, who chairs the defence committee, spoke first.",
     set()),
])
def test_a_person_set_beside_the_title_of_a_state_stands_for_it_as_chair(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mercosur, the trade bloc which Uruguay currently chairs, met in Asuncion.", {("country/URY", "Mercosur")}),
    ("Mercosur, the trade bloc which Uruguay has chaired since May, met in Asuncion.", {("country/URY", "Mercosur")}),
    ("Mercosur, the trade bloc which Uruguay currently criticises, met in Asuncion.", set()),
])
def test_a_state_chairing_what_a_relative_pronoun_stands_for_is_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A plan drawn up by the Mercosur chair, Uruguay, was adopted.", {("country/URY", "Mercosur")}),
    ("Uruguay, the current Mercosur chair, drew up a plan.", {("country/URY", "Mercosur")}),
    ("Officials moved the Mercosur chair, Uruguay and Peru said.", set()),
])
def test_a_state_set_beside_a_blocs_chair_is_a_member(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials met Chile, the Andean country that joined the OECD in 2010.", {("country/CHL", "OECD")}),
    ("Officials met Chile, the Andean country that criticised the OECD in 2010.", set()),
    ("Gabriel Boric, the Chilean president whose country holds the rotating chair of Mercosur, spoke.",
     {("country/CHL", "Mercosur")}),
    ("Gabriel Boric, the Chilean president whose country criticised the chair of Mercosur, spoke.", set()),
])
def test_a_relative_clause_on_a_description_beside_a_name_stands_for_the_name(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A new mission will take over from a force of the Andean Community. Its soldiers come mostly from Peru, Bolivia, "
     "Colombia and the Republic of Ecuador, all members of the Andean bloc.",
     {(f"country/{code}", "Andean Community") for code in ("PER", "BOL", "COL", "ECU")}),
    ("Last week the Security Council voted 12-0 to lift sanctions on Chile and occupied Peru, with Bolivia and "
     "Ecuador, both elected members of the council, abstaining.",
     {(f"country/{code}", "United Nations Security Council") for code in ("BOL", "ECU")}),
    ("The OECD met. Ministers blamed Peru, all members of the organisation said.", set()),
])
def test_names_before_a_member_noun_opened_by_all_or_both_are_members(extractor, text, expected):
    assert members(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya belongs to the East African Community together with Uganda and Tanzania.",
     {(state, "East African Community") for state in ("country/KEN", "country/UGA", "country/TZA")}),
    ("Chile belongs to the OECD, along with Mexico and Colombia.",
     {("country/CHL", "OECD"), ("country/MEX", "OECD"), ("country/COL", "OECD")}),
])
def test_states_set_beside_a_member_by_two_words_of_company(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_state_met_together_with_others_is_no_member(extractor):
    assert members(extractor, "Ghana met ECOWAS envoys together with Togo.") == set()


def test_a_description_set_after_a_name_and_its_short_name_in_brackets(extractor):
    text = ("The talks were held with the Sudan Revolutionary Front (SRF), an alliance that includes the Justice and "
            "Equality Movement and the Sudan Liberation Movement.")
    assert {member for member, organization in members(extractor, text)
            if organization == "Sudan Revolutionary Front"} == {"organization/justice-and-equality-movement",
                                                              "organization/sudan-liberation-movement-army"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina and Uruguay, Brazil's partners in Mercosur, have offered help.",
     {(state, "Mercosur") for state in ("country/ARG", "country/URY", "country/BRA")}),
    ("Kenya has also consulted its partners in the East African Community.",
     {("country/KEN", "East African Community")}),
])
def test_partners_in_an_organization_named_after_them(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_partner_of_an_organization_named_before_is_no_member(extractor):
    assert members(extractor, "NATO partner Georgia asked for help.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil, which holds one of the council's rotating seats, drafted the text. The UN Security Council voted.", set()),
    ("The UN Security Council met. Brazil, which holds one of the council's rotating seats, drafted the text.",
     {("country/BRA", "United Nations Security Council")}),
    ("The UN Security Council met. India, which holds a permanent seat on the council, objected.",
     {("country/IND", "United Nations Security Council")}),
])
def test_a_state_holding_a_seat_on_a_body_of_states(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_seat_in_a_cabinet_or_one_not_held_is_no_membership(extractor):
    assert members(extractor, "Hezbollah holds two seats in the Lebanese cabinet.") == set()
    assert members(extractor, "The UN Security Council met. India, which does not hold a seat on the council, "
                              "objected.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Arab League, in which Oman and Jordan both sit, urged restraint.",
     {("country/OMN", "Arab League"), ("country/JOR", "Arab League")}),
    ("The Multinational Joint Task Force, the regional force in which Niger serves with Chad and Cameroon, "
     "stepped up patrols.",
     {(state, "Multinational Joint Task Force") for state in ("country/NER", "country/TCD", "country/CMR")}),
    ("Soldiers from Kenya serving with the African Union Mission in Somalia guarded the airport.",
     {("country/KEN", "African Union Mission in Somalia")}),
])
def test_a_state_sitting_or_serving_in_a_body_of_states(extractor, text, expected):
    assert members(extractor, text) == expected


def test_serving_in_a_government_or_a_mission_referred_back_to_is_no_membership(extractor):
    assert members(extractor, "Hezbollah sits in the Lebanese government.") == set()
    assert members(extractor, "The African Union sent a mission. Troops from Kenya, who already serve in "
                              "the mission, will stay.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Envoys of the OSCE Minsk Group, which Russia, France and the United States co-chair, flew to Baku.",
     {(state, "OSCE Minsk Group") for state in ("country/RUS", "country/FRA", "country/USA")}),
    ("Talks went on under the OSCE Minsk Group, co-chaired by Russia and France.",
     {(state, "OSCE Minsk Group") for state in ("country/RUS", "country/FRA")}),
    ("The OSCE Minsk Group, whose co-chairs from France and the United States visited Yerevan, spoke.",
     {(state, "OSCE Minsk Group") for state in ("country/FRA", "country/USA")}),
])
def test_states_sharing_the_chair_of_a_bloc(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_shared_chair_of_a_meeting_is_no_membership(extractor):
    assert members(extractor, "The donor conference, co-chaired by Norway and Japan, raised $2 billion.") == set()
    assert members(extractor, "The summit that Egypt and France co-chaired ended in Sharm el-Sheikh.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Kenya, which belongs both to the Commonwealth and to the African Union, sent troops.",
     {("country/KEN", "Commonwealth of Nations"), ("country/KEN", "African Union")}),
    ("Latvia, which joined both NATO and the European Union in 2004, protested.",
     {("country/LVA", "NATO"), ("country/LVA", "European Union")}),
])
def test_a_state_joins_each_of_the_blocs_coordinated_after_the_verb(extractor, text, expected):
    assert members(extractor, text) == expected


def test_a_bloc_named_in_a_later_phrase_of_the_joining_verb_is_not_joined(extractor):
    assert members(extractor, "Latvia joined NATO at a summit of the European Union.") == {("country/LVA", "NATO")}


def test_a_bloc_that_links_states_has_them_as_members(extractor):
    text = "The Arctic Council, which links Canada with Norway, Iceland and Finland, met in Tromso."
    assert members(extractor, text) == {("country/CAN", "Arctic Council"), ("country/NOR", "Arctic Council"),
                                        ("country/ISL", "Arctic Council"), ("country/FIN", "Arctic Council")}


def test_a_road_that_links_states_has_no_members(extractor):
    assert members(extractor, "The highway, which links Kenya with Uganda and Rwanda, was closed.") == set()


def test_states_a_member_sits_beside_are_members(extractor):
    text = "The African Union, in which Ghana sits beside Nigeria and Senegal, met in Addis Ababa."
    assert members(extractor, text) == {("country/GHA", "African Union"), ("country/NGA", "African Union"),
                                        ("country/SEN", "African Union")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana, which sits in the African Union alongside Togo, Benin and Niger, asked for calm.",
     {(state, "African Union") for state in ("country/GHA", "country/TGO", "country/BEN", "country/NER")}),
    ("Chile joined Mercosur in 1996, becoming a member of the bloc alongside Peru and Ecuador.",
     {(state, "Mercosur") for state in ("country/CHL", "country/PER", "country/ECU")}),
])
def test_company_hung_on_the_organization_is_membership(extractor, text, expected):
    assert members(extractor, text) == expected


def test_company_hung_on_an_organization_not_joined_is_no_membership(extractor):
    assert members(extractor, "Ghana sent envoys to the African Union alongside Togo and Benin.") == set()


def test_states_a_member_belongs_with_are_members(extractor):
    text = "Ghana belongs to the African Union with Togo and Benin."
    assert members(extractor, text) == {(state, "African Union")
                                        for state in ("country/GHA", "country/TGO", "country/BEN")}


def test_a_state_named_in_what_comes_with_joining_is_no_member(extractor):
    assert members(extractor, "Sweden joined NATO with the blessing of Turkey.") == {("country/SWE", "NATO")}


@pytest.mark.parametrize("text", [
    "Sweden joined NATO with support from Turkey.",
    "Sweden joined NATO with troops from Finland already on its soil.",
    "Sweden joined NATO in March, with Finland following a year earlier.",
])
def test_with_before_no_bare_name_sets_no_member_beside_the_joiner(extractor, text):
    """A bare "with" sets beside a member only a name nothing is told of ("with Togo"); not what comes from a state
    ("with support from Turkey"), nor an absolute clause ("with Finland following")."""
    assert members(extractor, text) == {("country/SWE", "NATO")}
