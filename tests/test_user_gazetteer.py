"""kg.user_gazetteer: the user's own names, read line by line and merged with the shipped gazetteer."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from kg.errors import GazetteerError
from kg.gazetteer import Gazetteer
from kg.model import EntityType
from kg.user_gazetteer import ENVIRONMENT_VARIABLE, UserGazetteer, default_user_gazetteer, read_user_gazetteer

from conftest import REPO

HEADER = "name\ttype\taliases\tcountry\tkind\trole\tstart\tend\n"


def user(*rows: str) -> UserGazetteer:
    return UserGazetteer(HEADER + "".join(row + "\n" for row in rows), "mine.tsv")


@pytest.fixture(scope="module")
def merged() -> Gazetteer:
    return Gazetteer.load(read_user_gazetteer(REPO / "examples" / "my-actors.tsv"))


# -- reading ----------------------------------------------------------------------------------------------------
def test_comments_and_blank_lines_are_skipped_and_lines_counted():
    text = "# mine\n\nname\ttype\taliases\n# a militia\nFano\torganization\tAmhara Fano | Fano militia\n"
    [entry] = UserGazetteer(text).entries
    assert (entry.line, entry.name, entry.type, entry.aliases) == (5, "Fano", "organization", ("Amhara Fano", "Fano militia"))


@pytest.mark.parametrize(("rows", "line", "reason"), [
    (["Fano\tmilitia"], 2, "type 'militia' is not one of"),
    (["Fano\torganization", "X\tlocation"], 3, "'X' is not a name"),
    (["Fano\torganization\t\tETH\t\tCommander"], 2, "'role' is for person entries"),
    (["Massad Boulos\tperson\t\tUSA"], 2, "a person's office needs role, country"),
    (["Massad Boulos\tperson\t\tUSA\t\tAdviser\tApril 2025"], 2, "start 'April 2025' is not YYYY or YYYY-MM"),
    (["Fano\torganization\t\t\t\t\t\t\textra"], 2, "9 cells for 8 columns"),
    (["Jordan\tblock\t\tJOR"], 2, "'country' is not for block entries"),
])
def test_a_bad_line_is_an_error_naming_the_file_and_the_line(rows, line, reason):
    with pytest.raises(GazetteerError, match=f"mine.tsv, line {line}: {reason}"):
        user(*rows).entries


def test_the_header_must_name_known_columns_with_name_and_type(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("name\tcategory\nFano\tarmed\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"mine.tsv, line 1: unknown column 'category'"):
        read_user_gazetteer(path)
    path.write_text("name\taliases\nFano\tAmhara Fano\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"mine.tsv, line 1: the header has no 'type' column"):
        read_user_gazetteer(path)
    with pytest.raises(GazetteerError, match="missing.tsv: cannot read the gazetteer"):
        read_user_gazetteer(tmp_path / "missing.tsv")


@pytest.mark.parametrize(("row", "reason"), [
    ("Chasiv Yar\tlocation\t\tUKRR", "country 'UKRR' is not an ISO alpha-3 code"),
    ("Fano\torganization\t\t\tmilitia", "kind 'militia' is not one of the gazetteer's"),
    ("Atlantis\tcountry", "'Atlantis' is not a country the gazetteer knows"),
    ("Massad Boulos\tperson\t\tNo Such Office\t\tAdviser\t2025", "'No Such Office' is neither an ISO alpha-3 code"),
])
def test_an_entry_that_does_not_fit_the_shipped_data_names_its_line(row, reason):
    with pytest.raises(GazetteerError, match=f"mine.tsv, line 3: {reason}"):
        Gazetteer.load(user("Tawila\tlocation\t\tSDN", row))


def test_the_digest_follows_the_entries_not_comments_or_lines():
    first = user("Fano\torganization\tAmhara Fano")
    assert user("# a militia", "Fano\torganization\tAmhara Fano").digest == first.digest
    assert user("Fano\torganization\tFano militia").digest != first.digest


def test_it_travels_whole_to_another_process():
    mine = user("Fano\torganization\tAmhara Fano")
    assert pickle.loads(pickle.dumps(mine)) == mine
    error = pickle.loads(pickle.dumps(GazetteerError("mine.tsv", 4, "bad")))
    assert (error.origin, error.line, str(error)) == ("mine.tsv", 4, "[E013] mine.tsv, line 4: bad")


# -- merging --------------------------------------------------------------------------------------------------
def test_a_new_organization_with_its_aliases_kind_and_country(merged):
    found = [merged.lookup(name) for name in ("Fano", "Amhara Fano", "fano militia")]
    assert {name.key for name in found} == {"organization/fano"}
    fano = merged.entities["organization/fano"]
    assert (fano.type, fano.kind, fano.located_in) == (EntityType.ORGANIZATION, "armed_group", "country/ETH")


def test_more_names_for_a_known_entity(merged):
    assert merged.lookup("Al-Fashir").key == merged.lookup("El Fasher").key == "location/el-fasher"
    assert merged.lookup("Ansarullah").key == "organization/houthis"
    assert merged.entities["location/el-fasher"].geonames_id == Gazetteer.default().entities["location/el-fasher"].geonames_id


def test_a_blocked_name_names_nothing(merged):
    assert merged.lookup("Jordan") is None and merged.lookup("JORDAN") is None and merged.blocks("jordan")
    assert "Jordan" not in {pattern["pattern"] for pattern in merged.ruler_patterns()}
    assert merged.lookup("Jordanian").key == "country/JOR"  # only the name blocked
    assert Gazetteer.default().lookup("Jordan").key == "country/JOR"  # the shipped one is left as it was


def test_a_new_envoy_with_his_office(merged):
    assert merged.person_name("Boulos") == "Massad Boulos"
    [term] = merged.terms("Boulos", date(2025, 6, 1))
    assert (term.affiliation, term.role) == ("country/USA", "Senior Adviser for Africa")
    assert merged.terms("Boulos", date(2024, 6, 1)) == []
    assert {"label": "PERSON", "pattern": "Massad Boulos"} in list(merged.ruler_patterns())


def test_another_spelling_of_a_known_person_keeps_the_offices():
    merged = Gazetteer.load(user("Sergey Lavrov\tperson\tSergei Lavrov | Lavrow"))
    assert merged.person_name("Lavrow") == "Sergey Lavrov"
    assert [t.role for t in merged.terms("Lavrow", date(2024, 5, 1))] == ["Foreign Minister"]


def test_the_merged_gazetteer_is_cached_by_content():
    assert Gazetteer.load(user("Tawila\tlocation\t\tSDN")) is Gazetteer.load(user("Tawila\tlocation\t\tSDN"))
    assert Gazetteer.load(None) is Gazetteer.default()


# -- the default file -------------------------------------------------------------------------------------------
def test_the_default_comes_from_the_environment_then_the_configuration(tmp_path, monkeypatch):
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    assert default_user_gazetteer(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool.conflict-kg]\ngazetteer = "lists/mine.tsv"\n', encoding="utf-8")
    assert default_user_gazetteer(tmp_path) == tmp_path / "lists" / "mine.tsv"
    (tmp_path / "conflict-kg.toml").write_text('gazetteer = "ours.tsv"\n', encoding="utf-8")
    assert default_user_gazetteer(tmp_path) == tmp_path / "ours.tsv"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "/data/theirs.tsv")
    assert str(default_user_gazetteer(tmp_path)) == "/data/theirs.tsv"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "")
    assert default_user_gazetteer(tmp_path) is None


def test_a_broken_configuration_is_an_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    (tmp_path / "conflict-kg.toml").write_text("gazetteer = [1, 2]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="conflict-kg.toml: 'gazetteer' must be the path of a file"):
        default_user_gazetteer(tmp_path)
    (tmp_path / "conflict-kg.toml").write_text("gazetteer = \n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="conflict-kg.toml: cannot read the configuration"):
        default_user_gazetteer(tmp_path)
