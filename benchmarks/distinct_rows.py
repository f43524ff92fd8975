"""What DISTINCT on every SELECT costs (kg.graph.rewrite, against Oxigraph's repeated rows, oxigraph#1919):
each query timed as written and as kg query runs it, on the same in-memory store, with the rows each gives.

    .venv/bin/python benchmarks/distinct_rows.py                  # the synthetic graph of 9,000 articles
    .venv/bin/python benchmarks/distinct_rows.py --articles 500   # a quick look

The queries: every one of examples/queries/ (their defaults), and the ordinary ones a user writes without
DISTINCT, some with large results. Median of --repeat runs after one warm-up, every row read.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ORDINARY = {
    "countries": "SELECT ?c WHERE { ?c a ckg:Country }",
    "deployments (edges)": "SELECT ?a ?b WHERE { ?a ckg:deploysTo ?b }",
    "names of entities": "SELECT ?e ?name WHERE { ?e skos:altLabel ?name }",
    "events with dates": "SELECT ?e ?class ?d WHERE { ?e a ?class ; ckg:reportedIn/dcterms:date ?d }",
    "evidence of every event": "SELECT ?e ?text WHERE { ?e a ckg:Event ; ckg:evidence ?text }",
}


def _timed(graph, query: str, repeat: int) -> tuple[float, int]:
    """Median milliseconds to read every row, and how many rows."""
    runs, rows = [], 0
    for attempt in range(repeat + 1):
        start = time.perf_counter()
        rows = sum(1 for _ in graph.query(query))
        if attempt:
            runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=9000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    from synthetic_graph import extractions

    from kg.graph.rewrite import distinct_rows
    from kg.graph.store import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.add_many(extractions(options.articles))
    queries = {path.name: path.read_text(encoding="utf-8") for path in sorted((HERE.parent / "examples" / "queries").glob("*.rq"))}
    queries |= ORDINARY
    print(f"{options.articles} articles, {sum(1 for _ in graph.quads()):,} quads; median of {options.repeat} runs, ms\n")
    print("| query | as written, ms | rows | DISTINCT, ms | rows | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, query in queries.items():
        written, written_rows = _timed(graph, query, options.repeat)
        distinct, distinct_rows_ = _timed(graph, distinct_rows(query), options.repeat)
        print(f"| {name} | {written:.1f} | {written_rows:,} | {distinct:.1f} | {distinct_rows_:,} | {distinct / written:.2f} |")


if __name__ == "__main__":
    main()
