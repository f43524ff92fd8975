"""Measure how often the rules' events are right, by event class and by how each was found, and write the
figures as the events' confidence (ontology/lexicon/confidence.json; `make calibrate`).

Every annotated article (data/annotated: train and dev) is parsed and its events found with each (class, basis)
given a distinct code as its confidence, so that the code tells how an event was found. A stated event is
right when the article's gold has a relation of its class between the same two names (either way round for a
symmetric class). A class's figure for a basis is its share of right events, drawn toward the class's share
over all bases (and that toward the share over all classes) by ``PRIOR_WEIGHT`` events, so that a basis seen
a few times does not get 0 or 1. The rules were written against these articles: the figures are what they
earn here, an upper bound on unseen news.

    .venv/bin/python scripts/calibrate_confidence.py            # measure and write the table
    .venv/bin/python scripts/calibrate_confidence.py --check    # measure and print, write nothing
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cross_validate import EVENT_TYPES, SET_FILES, SETS, gold_of, relation_matches, scorer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "ontology" / "lexicon" / "confidence.json"
PRIOR_WEIGHT = 10


def measure() -> Counter:
    """(class, basis) -> [right, found] over the annotated articles' stated events (each pair once per article)."""
    from kg.extract.entities import resolve_entities
    from kg.extract.events import find_events
    from kg.extract.lexicon import BASES, Lexicon
    from kg.extract.extractor import Extractor
    from kg.extract.officials import find_offices
    from kg.model import EventType
    from kg.sources.readers import read_articles
    from kg.vocabulary import relation_named

    score, extractor, default = scorer(), Extractor(classifier=None), Lexicon.default()
    codes = {(event, basis): (index + 1) / 1000 for index, (event, basis) in
             enumerate((event, basis) for event in EventType for basis in BASES)}
    probe = dataclasses.replace(default, confidences={event: {basis: codes[event, basis] for basis in BASES}
                                                      for event in EventType})
    path_of = {code: key for key, code in codes.items()}
    gold = {aid: doc for set_name in SETS for aid, doc in gold_of(set_name).items()}
    articles = [a for set_name in SETS for a in read_articles([SET_FILES[set_name][0]]) if a.id in gold]
    relations_of = {name: relation_named(name).statement for name in EVENT_TYPES}
    found: Counter = Counter()
    for article, doc in zip(articles, extractor.nlp.pipe(a.text for a in articles)):
        ents = resolve_entities(doc, extractor.gazetteer)
        find_offices(ents, article.date)  # as the extractor does first: an official acts for the state of the office
        names = score.gold_names(gold[article.id])
        labels = {key: {score.norm(n) for n in entity.alt_names | {entity.name}} for key, entity in ents.entities.items()}
        relations = [r for r in gold[article.id]["relations"] if r["type"] in relations_of]
        seen = set()
        for event in find_events(ents, article.date, probe):
            key = (event.type, event.actor, event.target, path_of[event.confidence])
            if not event.modality.stated or key in seen:
                continue
            seen.add(key)
            right = any(relations_of[r["type"]] == event.type.value and relation_matches(event, r, labels, names, score)
                        for r in relations)
            found[path_of[event.confidence], "right"] += right
            found[path_of[event.confidence], "found"] += 1
    return found


def table(found: Counter) -> dict:
    """The confidence table: shares of right events, drawn toward the class's and the overall share."""
    from kg.extract.lexicon import BASES
    from kg.model import EventType

    def share(right: float, total: float, prior: float) -> float:
        return (right + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)

    def sums(events, bases) -> tuple[int, int]:
        return (sum(found[(e, b), "right"] for e in events for b in bases),
                sum(found[(e, b), "found"] for e in events for b in bases))

    right, total = sums(EventType, BASES)
    overall = right / total
    events, counts = {}, {}
    for event in EventType:
        class_share = share(*sums([event], BASES), overall)
        events[event.value] = {basis: round(share(*sums([event], [basis]), class_share), 2) for basis in BASES}
        counts[event.value] = {basis: list(sums([event], [basis])) for basis in BASES}
    return {"overall": [right, total], "events": events, "counts": counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the measured table, write nothing")
    args = parser.parse_args()
    measured = table(measure())
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    data["events"], data["counts"] = measured["events"], measured["counts"]
    right, total = measured["overall"]
    print(f"stated events right: {right}/{total} ({right / total:.3f})")
    for event, figures in measured["events"].items():
        print(f"  {event:18} " + "  ".join(f"{basis} {figures[basis]:.2f} ({'/'.join(map(str, measured['counts'][event][basis]))})"
                                         for basis in figures))
    if not args.check:
        TABLE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"written: {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
