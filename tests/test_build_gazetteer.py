"""The gazetteer generator (scripts/build_gazetteer.py): names it derives from the curated tables."""

from __future__ import annotations

import pytest

from conftest import REPO, load_script


@pytest.fixture(scope="module")
def build():
    return load_script(REPO / "scripts" / "build_gazetteer.py")


def test_a_british_ization_word_gains_its_american_spelling_and_back(build):
    aliases = build.with_other_spellings("Fjord Demilitarisation Authority", ["FDA", "Fjord Normalization Office"])
    assert "Fjord Demilitarization Authority" in aliases
    assert "Fjord Normalisation Office" in aliases
    assert "FDA" in aliases


def test_the_swap_keeps_capitals_and_a_plural(build):
    assert build.other_spelling("ALPINE ORGANISATIONS") == "ALPINE ORGANIZATIONS"


def test_names_without_such_a_word_gain_nothing(build):
    assert build.with_other_spellings("Lowland Nation Council", ["Coalition for Isa", "LNC"]) == [
        "Coalition for Isa", "LNC"]


def test_the_shipped_organizations_carry_both_spellings():
    import json

    organizations = json.loads((REPO / "ontology" / "gazetteer" / "organizations.json").read_text(encoding="utf-8"))
    names = {org["name"]: set(org["aliases"]) for org in organizations}
    assert "Organization of African Unity" in names["Organisation of African Unity"]
    assert "United Nations Stabilization Mission in Haiti" in names["United Nations Stabilisation Mission in Haiti"]


def test_a_state_and_military_describe_its_forces_but_a_state_and_army_can_name_a_service(build):
    demonyms, states = {"Ruritanian"}, {"Ruritania", "RR"}
    assert build.is_description("RR military", demonyms, states)
    assert build.is_description("Ruritanian army", demonyms, states)
    assert not build.is_description("Ruritania Army", demonyms, states)
    assert not build.is_description("Ruritania Military Academy", demonyms, states)


def test_a_yes_cell_is_yes_or_empty_and_a_missing_column_is_an_error(build):
    assert build.is_yes({"name": "Fjordland", "dependent": "yes"}, "dependent")
    assert not build.is_yes({"name": "Fjordland", "dependent": ""}, "dependent")
    with pytest.raises(SystemExit):
        build.is_yes({"name": "Fjordland", "dependent": "no"}, "dependent")
    with pytest.raises(KeyError):
        build.is_yes({"name": "Fjordland"}, "dependent")
