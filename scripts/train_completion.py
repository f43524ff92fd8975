"""Train the completion of open events (events the rules found one side of) on every annotated article of the
repo (data/annotated: train and dev; data/wire) and write the model the extractor ships
(ontology/models/completion.json). CPU only, a fixed seed: the same data gives the same bytes.

    .venv/bin/python scripts/train_completion.py          # make train-completion
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cross_validate import SETS, analyses_and_gold  # noqa: E402  (the same reading of the annotated articles)


def main() -> None:
    from kg.extract.completion import COMPLETION_MODEL_PATH
    from kg.extract.training import completion_examples_of, fit_completion, save

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "ontology" / COMPLETION_MODEL_PATH)
    args = parser.parse_args()
    started = time.perf_counter()
    analyses, gold = analyses_and_gold(sets=(*SETS, "wire"))
    examples = [example for analysis in analyses
                for example in completion_examples_of(analysis.entities, analysis.open_events, gold[analysis.article.id])]
    positives = sum(bool(example.kinds) for example in examples)
    model = fit_completion(examples, seed=args.seed, about={"articles": len(analyses), "fillers": len(examples),
                                                              "positives": positives, "seed": args.seed})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save(model, args.out)
    print(f"{len(analyses)} articles, {len(examples)} fillers of open events ({positives} right) -> {args.out} "
          f"in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
