"""kg.extract.training: labels from the annotation, and a training that gives the same model twice."""

from __future__ import annotations

from kg.extract.candidates import Candidate
from kg.extract.classifier import EventClassifier
from kg.extract.completion import Completer, Filler, OpenEvent
from kg.extract.training import Example, completion_examples_of, examples_of, fit, fit_completion, name_form, save
from kg.model import Entity, EntityType, EventType, Evidence, Modality

GOLD = {
    "entities": [{"name": "Chile", "type": "Country", "aliases": ["Santiago"]},
                 {"name": "Peru", "type": "Country", "aliases": ["Lima"]}],
    "relations": [{"type": "meetsWith", "subject": "Peru", "object": "Chile", "evidence": "Santiago met Lima"},
                  {"type": "officialOf", "subject": "Ana Soto", "object": "Chile"}],
}
ENTITIES = {"country/CHL": Entity("country/CHL", EntityType.COUNTRY, "Chile", {"Santiago"}),
            "country/PER": Entity("country/PER", EntityType.COUNTRY, "Peru", {"Lima"})}


def candidate(actor, target, sentence, start=0):
    return Candidate(actor, target, Evidence(sentence, start, start + len(sentence)), "met", None, ["lca:meet"])


def test_names_compare_as_the_scorer_compares_them():
    assert name_form("The Côte d’Ivoire's") == name_form("cote divoire") == "cote divoire"


def test_a_pair_is_positive_where_the_article_states_it_by_any_name_and_in_that_sentence():
    examples = examples_of(ENTITIES, [candidate("country/CHL", "country/PER", "Santiago met Lima on Monday."),
                                      candidate("country/CHL", "country/PER", "Chile thanked Peru.", 40)], GOLD)
    assert [example.kinds for example in examples] == [frozenset({EventType.MEETING}), frozenset()]


def test_training_twice_gives_the_same_bytes(tmp_path):
    examples = [Example(("lca:meet", f"w:{n % 3}"), frozenset({EventType.MEETING}) if n % 4 == 0 else frozenset(), False)
                for n in range(40)]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    save(fit(examples, seed=7), first)
    save(fit(list(reversed(examples)), seed=7), second)
    assert first.read_bytes() == second.read_bytes()
    classifier = EventClassifier.load(first)
    assert set(classifier.kinds) == {EventType.MEETING}


def test_a_filler_is_right_where_the_article_states_the_relation_with_the_known_side():
    fillers = (Filler("country/PER", ("near",)), Filler("country/BOL", ("far",)))
    thanked = OpenEvent(EventType.MEETING, ("country/CHL",), "target", "meet", Evidence("Chile met them.", 0, 15), None,
                        Modality.ASSERTED, fillers)
    entities = ENTITIES | {"country/BOL": Entity("country/BOL", EntityType.COUNTRY, "Bolivia")}
    assert [e.kinds for e in completion_examples_of(entities, [thanked], GOLD)] == [frozenset({EventType.MEETING}), frozenset()]


def test_training_the_completion_twice_gives_the_same_bytes(tmp_path):
    examples = [Example((f"back:{n % 3}", "event:Accusation"), frozenset({EventType.ACCUSATION}) if n % 3 == 0 else frozenset(),
                        False) for n in range(30)]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    save(fit_completion(examples, seed=7), first)
    save(fit_completion(list(reversed(examples)), seed=7), second)
    assert first.read_bytes() == second.read_bytes()
    completer = Completer.load(first)
    assert completer.probability(Filler("x", ("back:0", "event:Accusation"))) > completer.probability(
        Filler("y", ("back:1", "event:Accusation")))
