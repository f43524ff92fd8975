"""The same reports in two wordings (data/published): rewritten plainly and as news sites publish them (headline
and dek, byline, dateline, photo captions and credits, "Related:" lines, curly quotes, "Kiev"...). Each folder is
built into its own graph and scored by the copy of the reference scorer (data/annotated/score.py); the two
tables are printed side by side with the gap (published minus plain).

    .venv/bin/python scripts/score_published.py            # the two tables and the gap
    .venv/bin/python scripts/score_published.py --details  # and every miss and false positive of each wording
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "data" / "published"
WORDINGS = ("plain", "published")
SCORER = ROOT / "data" / "annotated" / "score.py"
EVENT_TYPES = ("mediates", "requestsAssistance", "deploys", "providesAid", "meetsWith", "agreesWith", "attacks",
               "accuses", "sanctions", "threatens")


def scorer():
    """The copy of the reference scorer, as a module."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(wording: str, extractor=None, details: bool = False) -> tuple[dict, list[str]]:
    """The scorer's figures for one wording's folder built into one in-memory graph, and the articles skipped."""
    from kg.building import build
    from kg.graph.rdflib_graphs import to_rdflib_graph

    reference = scorer()
    folder = SET / wording
    graph, report = build(sorted(folder.glob("*.txt")), extractor=extractor)
    result = reference.score(reference.GraphView(to_rdflib_graph(graph)), reference.load_gold(folder), details)
    return result, [str(error) for error in report.skipped]


def rows(result: dict) -> dict[str, dict]:
    """The rows of the table: entities, all events, core3, each event type, officialOf and memberOf."""
    return ({"entities_typed": result["entities_typed"], "events": result["events"], "core3": result["core3"]}
            | {name: result["events_by_type"][name] for name in EVENT_TYPES} | result["static_by_type"])


def side_by_side(results: dict[str, dict]) -> str:
    """One markdown table: P / R / F1 of each wording and the F1 gap."""
    lines = ["| | plain P | R | F1 | published P | R | F1 | gap F1 |", "| --- " * 8 + "|"]
    plain, published = (rows(results[wording]) for wording in WORDINGS)
    for name, left in plain.items():
        right = published[name]
        cells = [f"{m[k]:.3f}" for m in (left, right) for k in ("p", "r", "f1")]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {right['f1'] - left['f1']:+.3f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="list every miss and false positive of each wording")
    args = parser.parse_args()
    from kg.extract.extractor import Extractor

    extractor = Extractor()
    results = {}
    for wording in WORDINGS:
        results[wording], skipped = score(wording, extractor, args.details)
        for error in skipped:
            print(f"{wording}: skipped {error}")
    print(side_by_side(results))
    if args.details:
        for wording in WORDINGS:
            for kind, misses in results[wording].get("misses", {}).items():
                print(f"\n{wording} {kind} ({len(misses)}):")
                print("\n".join(f"    {miss}" for miss in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
