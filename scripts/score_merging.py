"""How the graph merges reports of the same happening, on the project's own set (data/dedup): the articles built
into one graph, scored by the copy of the reference scorer (data/annotated/score_dedup.py).

    .venv/bin/python scripts/score_merging.py            # the figures (make dedup)
    .venv/bin/python scripts/score_merging.py --details  # every pair scored wrong

Pairs of reports of the same happening (same ``event`` id in the gold) should end on one event node: merged %;
look-alike pairs (same type and participants, another happening) on different nodes: apart %.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "data" / "dedup" / "articles"
SCORER = ROOT / "data" / "annotated" / "score_dedup.py"


def scorer():
    """The copy of score_dedup.py (it imports score.py beside it)."""
    spec = importlib.util.spec_from_file_location("score_dedup", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(extractor=None, details: bool = False) -> dict:
    """The scorer's figures for the set built into one in-memory graph (``extractor``: the default one if None)."""
    from kg.building import build
    from kg.graph.rdflib_graphs import to_rdflib_graph

    dedup = scorer()
    graph, _ = build(sorted(SET.glob("*.txt")), extractor=extractor)
    gold = dedup.sc.load_gold(SET)
    return dedup.score(to_rdflib_graph(graph), gold, details)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="list every pair scored wrong")
    args = parser.parse_args()
    result = score(details=args.details)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
