"""Modality accuracy on data/modality/cases.jsonl: how many of the events the cases list come out with the
right ``ckg:modality``.

    .venv/bin/python scripts/score_modality.py            # the table (make modality)
    .venv/bin/python scripts/score_modality.py --details  # every event read wrongly or not at all

Each case is extracted alone (rules; the trained layer does not decide modality). A gold event is matched
one-to-one with an extracted event of its class between the same two actors (either way round for meetings,
agreements and fights), preferring one of the same modality; it is right when the modalities agree. The
accuracy counts every gold event, so an event the rules do not find at all is wrong too; the table also gives
the accuracy over the events that were found, the measure of the modality reading alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "data" / "modality" / "cases.jsonl"
MISSING = "not found"


def read_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def readings(extractor, case: dict, norm) -> list[tuple[dict, str]]:
    """Each gold event of the case with the modality it was extracted with (``MISSING`` when it was not)."""
    from kg.model import Article
    from kg.vocabulary import relation_named

    extraction = extractor.extract(Article(case["id"], case["text"]))
    names = {key: {norm(name) for name in entity.alt_names | {entity.name}}
             for key, entity in extraction.entities.items()}
    unused = list(extraction.events)
    found = []
    for gold in case["events"]:
        relation = relation_named(gold["type"])
        subject, object_ = norm(gold["subject"]), norm(gold["object"])

        def same_pair(event) -> bool:
            actor, target = names.get(event.actor, set()), names.get(event.target, set())
            return (subject in actor and object_ in target) or (
                relation.symmetric and subject in target and object_ in actor)

        matches = [e for e in unused if e.type.value == relation.statement and same_pair(e)]
        matches.sort(key=lambda e: e.modality.value != gold["modality"])
        if matches:
            unused.remove(matches[0])
        found.append((gold, matches[0].modality.value if matches else MISSING))
    return found


def score(cases: list[dict]) -> dict:
    """Accuracy over every gold event and over those found, and the confusion table (gold -> read)."""
    from kg.extract.extractor import Extractor

    sys.path.insert(0, str(ROOT / "data" / "annotated"))
    from score import norm

    extractor = Extractor(classifier=None)
    confusion: Counter = Counter()
    wrong = []
    for case in cases:
        for gold, read in readings(extractor, case, norm):
            confusion[gold["modality"], read] += 1
            if read != gold["modality"]:
                wrong.append(f"{case['id']} {gold['type']} {gold['subject']} -> {gold['object']}: "
                             f"{gold['modality']} read as {read}")
    total = sum(confusion.values())
    right = sum(count for (gold, read), count in confusion.items() if gold == read)
    found = total - sum(count for (_, read), count in confusion.items() if read == MISSING)
    return {"events": total, "right": right, "found": found, "accuracy": right / total if total else 0.0,
            "accuracy_found": right / found if found else 0.0,
            "confusion": [[gold, read, count] for (gold, read), count in sorted(confusion.items())], "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every event read wrongly or not found")
    args = parser.parse_args()
    result = score(read_cases())
    print(f"{result['events']} events in {CASES.relative_to(ROOT)}: {result['right']} right "
          f"({result['accuracy']:.3f}); {result['found']} found, of which {result['accuracy_found']:.3f} right")
    modalities = sorted({gold for gold, _, _ in result["confusion"]})
    columns = [*modalities, MISSING]
    print("| gold \\ read | " + " | ".join(columns) + " |")
    print("| --- " * (len(columns) + 1) + "|")
    cells = {(gold, read): count for gold, read, count in result["confusion"]}
    for gold in modalities:
        print(f"| {gold} | " + " | ".join(str(cells.get((gold, read), 0)) for read in columns) + " |")
    if args.details:
        print("\n".join(result["wrong"]))


if __name__ == "__main__":
    main()
