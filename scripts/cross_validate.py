"""Cross-validated extraction quality over the annotated articles (data/annotated: train and dev together).

The articles are dealt into ``--folds`` folds (whole articles, a fixed seed); each fold is extracted by an
extractor that has seen none of its articles and scored by the reference scorer's rules
(data/annotated/score.py). The table pools the folds (micro precision, recall and F1 per type) and gives the
fold-to-fold spread of F1, the noise a change has to rise above; the dev-only figure stands beside it.

    .venv/bin/python scripts/cross_validate.py                       # the table (make cv)
    .venv/bin/python scripts/cross_validate.py --save after.json     # keep the per-article counts
    .venv/bin/python scripts/cross_validate.py --compare before.json # paired bootstrap: is the change real?
    .venv/bin/python scripts/cross_validate.py --with-wire           # data/wire's articles in the pool too

Every article is parsed once; for each fold the rules' events are kept (``--events rules``, the default: no
event model ships, docs/quality.md) or the event classifier is trained on the other folds (``--events trained``);
the completion of events the rules found one side of is trained on the other folds too (``--completion none``
leaves it out), and the fold's graph is built and scored.
"""

from __future__ import annotations

import argparse
from collections import Counter
import importlib.util
import json
import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "annotated"
WIRE = ROOT / "data" / "wire"
SETS = ("train", "dev")
SET_FILES = {"train": (DATA / "train.jsonl", DATA / "train"), "dev": (DATA / "dev.jsonl", DATA / "dev"),
             "wire": (WIRE / "wire.jsonl", WIRE / "gold")}  # each set's articles and the folder of its gold
ROWS = ("entities_typed", "events", "core3")
EVENT_TYPES = ("mediates", "requestsAssistance", "deploys", "providesAid", "meetsWith", "agreesWith", "attacks",
               "accuses", "sanctions", "threatens")
STATIC = ("officialOf", "memberOf")


def scorer():
    """The copy of the reference scorer, as a module."""
    spec = importlib.util.spec_from_file_location("score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_of(set_name: str) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(SET_FILES[set_name][1].glob("*.json"))}


def folds_of(ids: list[str], folds: int, seed: int) -> list[list[str]]:
    """Whole articles dealt into folds after a seeded shuffle."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return [sorted(order[number::folds]) for number in range(folds)]


def analyses_and_gold(failures: list | None = None, sets: tuple[str, ...] = SETS):
    """Every article of these sets parsed and read once (its analysis), and the gold of each."""
    from kg.extract.extractor import Extractor
    from kg.sources.readers import read_articles

    gold = {aid: doc for set_name in sets for aid, doc in gold_of(set_name).items()}
    articles = [article for set_name in sets for article in read_articles([SET_FILES[set_name][0]])
                if article.id in gold]
    extractor = Extractor(classifier=None)
    on_error = failures.append if failures is not None else None
    return list(extractor.analyse_many(articles, on_error=on_error)), gold


def graph_of(extractions):
    """The scorer's view of the graph of these extractions."""
    from kg.graph.rdflib_graphs import to_rdflib_graph
    from kg.graph.store import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.add_many(extractions)
    return to_rdflib_graph(graph)


def counts(result: dict) -> dict[str, list[int]]:
    """tp, pred, gold of every row and type of one score."""
    rows = {name: result[name] for name in ROWS}
    rows |= {name: result["events_by_type"][name] for name in EVENT_TYPES}
    rows |= {name: result["static_by_type"][name] for name in STATIC}
    return {name: [row["tp"], row["pred"], row["gold"]] for name, row in rows.items()}


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def classifier_for(analyses, gold: dict, events: str, seed: int):
    """The event classifier trained on these analyses (None for the rules' events)."""
    from kg.extract.classifier import EventClassifier
    from kg.extract.training import examples_of, fit

    if events == "rules":
        return None
    examples = [example for analysis in analyses
                for example in examples_of(analysis.entities, analysis.candidates, gold[analysis.article.id])]
    return EventClassifier(fit(examples, seed=seed))


def completer_for(analyses, gold: dict, completion: str, seed: int, threshold: float | None = None):
    """The completion of open events trained on these analyses (None: no completion), with this threshold (else
    the training's own)."""
    from kg.extract.completion import Completer
    from kg.extract.training import completion_examples_of, fit_completion

    if completion == "none":
        return None
    examples = [example for analysis in analyses
                for example in completion_examples_of(analysis.entities, analysis.open_events, gold[analysis.article.id])]
    model = fit_completion(examples, seed=seed)
    return Completer(model | ({"threshold": threshold} if threshold is not None else {}))


def relation_matches(event, relation: dict, labels: dict[str, set[str]], names: dict[str, set[str]], score) -> bool:
    """Whether an event joins the two names of a gold relation (either way round for a symmetric class);
    ``labels`` are the normalised names of each entity key, ``names`` the gold's names of each mention."""
    subject, object_ = (names.get(relation[end], {score.norm(relation[end])}) for end in ("subject", "object"))
    actor, target = labels.get(event.actor, set()), labels.get(event.target, set())
    return bool((actor & subject and target & object_) or (event.type.symmetric and actor & object_ and target & subject))


def modalities(analyses, gold: dict, score) -> Counter:
    """How the rules' modality reads the annotated statements: for each gold event and each statement left
    out on purpose (``not_annotated``: negated, hypothetical, claimed), whether the rules give that pair of
    the article "stated" (asserted or planned), only another modality, or no event at all."""
    from kg.extract.extractor import Extractor
    from kg.vocabulary import relation_named

    classes = {name: relation_named(name).statement for name in EVENT_TYPES}  # gold type -> event class
    finish, found = Extractor(classifier=None).finish, Counter()
    for analysis in analyses:
        doc = gold[analysis.article.id]
        extraction, names = finish(analysis, None, None), score.gold_names(doc)
        labels = {key: {score.norm(n) for n in entity.alt_names | {entity.name}}
                  for key, entity in extraction.entities.items()}

        def reading(relation: dict) -> str:
            wanted = classes[relation["type"]]
            seen = {event.modality for event in extraction.events
                    if event.type.value == wanted and relation_matches(event, relation, labels, names, score)}
            if any(modality.stated for modality in seen):
                return "stated"
            return "/".join(sorted(modality.value.lower() for modality in seen)) or "no event"

        for relation in doc["relations"]:
            if relation["type"] in classes:
                found["gold event", reading(relation)] += 1
        for relation in doc.get("not_annotated", []):
            if relation["type"] in classes:  # a membership denied ("has frozen its participation") is no event
                found[f"left out as {relation['why']}", reading(relation)] += 1
    return found


def run(folds: int, seed: int, events: str, sets: tuple[str, ...] = SETS, completion: str = "trained",
        threshold: float | None = None) -> dict:
    from kg.extract.extractor import Extractor

    score, failures = scorer(), []
    analyses, gold = analyses_and_gold(failures, sets)
    by_id = {analysis.article.id: analysis for analysis in analyses}
    finish = Extractor(classifier=None).finish
    per_fold, per_article = [], {}
    for number, ids in enumerate(folds_of(list(gold), folds, seed), start=1):
        training = [analysis for aid, analysis in by_id.items() if aid not in ids]
        classifier = classifier_for(training, gold, events, seed)
        completer = completer_for(training, gold, completion, seed, threshold)
        view = score.GraphView(graph_of(finish(by_id[aid], classifier, completer) for aid in ids if aid in by_id))
        per_fold.append(counts(score.score(view, {aid: gold[aid] for aid in ids}, False)))
        for aid in ids:
            per_article[aid] = counts(score.score(view, {aid: gold[aid]}, False))
        print(f"fold {number}/{folds}: {len(ids)} articles", file=sys.stderr)
    dev_ids = [aid for aid in gold_of("dev") if aid in by_id]
    training = [analysis for aid, analysis in by_id.items() if aid not in dev_ids]
    classifier = classifier_for(training, gold, events, seed)  # dev scored by models trained on train only
    completer = completer_for(training, gold, completion, seed, threshold)
    dev_view = score.GraphView(graph_of(finish(by_id[aid], classifier, completer) for aid in dev_ids))
    dev = counts(score.score(dev_view, {aid: gold[aid] for aid in dev_ids}, False))
    return {"folds": folds, "seed": seed, "events": events, "completion": completion, "sets": list(sets), "per_fold": per_fold, "per_article": per_article,
            "dev": dev, "failures": [str(error) for error in failures],
            "modalities": [[*key, count] for key, count in sorted(modalities(analyses, gold, score).items())]}


def table(results: dict) -> str:
    """Pooled P/R/F1, fold mean ± spread of F1, and the dev-only F1, per row."""
    lines = ["| | P | R | F1 (pooled) | F1 per fold: mean ± sd | dev only F1 |", "| --- | --- | --- | --- | --- | --- |"]
    for name in (*ROWS, *EVENT_TYPES, *STATIC):
        tp, pred, gold = (sum(fold[name][i] for fold in results["per_fold"]) for i in range(3))
        per_fold = [f1(*fold[name]) for fold in results["per_fold"]]
        spread = statistics.stdev(per_fold) if len(per_fold) > 1 else 0.0
        lines.append(f"| {name} | {tp / pred if pred else 0:.3f} | {tp / gold if gold else 0:.3f} | "
                     f"{f1(tp, pred, gold):.3f} | {statistics.mean(per_fold):.3f} ± {spread:.3f} | "
                     f"{f1(*results['dev'][name]):.3f} |")
    return "\n".join(lines)


def bootstrap(before: dict, after: dict, row: str = "events", rounds: int = 2000, seed: int = 7) -> str:
    """The change in pooled F1 of ``row`` from ``before`` to ``after``, with a 95 % interval from resampling
    articles (the same articles on both sides)."""
    ids = sorted(set(before["per_article"]) & set(after["per_article"]))

    def pooled(side: dict, sample: list[str]) -> float:
        return f1(*(sum(side["per_article"][aid][row][i] for aid in sample) for i in range(3)))

    rng = random.Random(seed)
    deltas = sorted(pooled(after, sample) - pooled(before, sample)
                    for sample in ([rng.choice(ids) for _ in ids] for _ in range(rounds)))
    low, high = deltas[int(0.025 * rounds)], deltas[int(0.975 * rounds) - 1]
    verdict = "a real change" if low > 0 or high < 0 else "within noise"
    return (f"{row} F1 {pooled(before, ids):.3f} -> {pooled(after, ids):.3f} ({pooled(after, ids) - pooled(before, ids):+.3f}; "
            f"95 % interval {low:+.3f} .. {high:+.3f} over {len(ids)} articles): {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--events", choices=["trained", "rules"], default="rules",
                        help="train the event classifier on the other folds, or keep the rules' events")
    parser.add_argument("--completion", choices=["trained", "none"], default="trained",
                        help="complete the events the rules found one side of by a model trained on the other folds, or not")
    parser.add_argument("--completion-threshold", type=float, help="the probability a completed event needs")
    parser.add_argument("--with-wire", action="store_true",
                        help="add the development articles of data/wire to the pool (not make cv's recorded figure)")
    parser.add_argument("--save", type=Path, help="write the per-article counts here (JSON)")
    parser.add_argument("--compare", type=Path, help="a saved run to compare with (paired bootstrap over articles)")
    args = parser.parse_args()
    sets = (*SETS, "wire") if args.with_wire else SETS
    results = run(args.folds, args.seed, args.events, sets, args.completion, args.completion_threshold)
    print(f"{args.folds}-fold cross-validation over {len(results['per_article'])} articles "
          f"({' + '.join(sets)}, seed {args.seed}, events: {args.events}, completion: {args.completion}); "
          f"analysis failures: {len(results['failures'])}")
    print(table(results))
    print("\nHow the rules read the modality of the annotated statements (the pair of the article):")
    for statement, reading, count in results["modalities"]:
        print(f"  {statement}: {reading} {count}")
    for failure in results["failures"]:
        print("  failed:", failure)
    if args.save:
        args.save.write_text(json.dumps(results), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        for row in (*ROWS, *STATIC):
            print(bootstrap(before, results, row))


if __name__ == "__main__":
    main()
