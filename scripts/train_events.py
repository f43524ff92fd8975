"""Train the event classifier on every annotated article (data/annotated: train and dev) and write the model
the extractor ships (ontology/models/events.json). CPU only, a fixed seed: the same data gives the same bytes.

    .venv/bin/python scripts/train_events.py          # make train
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cross_validate import analyses_and_gold  # noqa: E402  (the same reading of the annotated articles)


def main() -> None:
    from kg.extract.classifier import MODEL_PATH
    from kg.extract.training import examples_of, fit, save
    from kg.resources import ontology_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "ontology" / MODEL_PATH)
    args = parser.parse_args()
    started = time.perf_counter()
    analyses, gold = analyses_and_gold()
    examples = [example for analysis in analyses
                for example in examples_of(analysis.entities, analysis.candidates, gold[analysis.article.id])]
    model = fit(examples, seed=args.seed, about={"articles": len(analyses), "examples": len(examples),
                                                  "positives": sum(bool(e.kinds) for e in examples), "seed": args.seed})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save(model, args.out)
    print(f"{len(analyses)} articles, {len(examples)} candidates ({model['about']['positives']} stating an event) "
          f"-> {args.out} in {time.perf_counter() - started:.0f} s; {ontology_dir()}")


if __name__ == "__main__":
    main()
