"""A notebook-style analysis: build the graph of the example articles, ask it questions with SPARQL into lists
of dicts, and draw the answer.

    .venv/bin/python examples/analysis.py [OUTPUT_FOLDER]      # default: out/analysis

Each step is a cell you could paste into Jupyter one by one.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no window: the figure goes to a file
import matplotlib.pyplot as plt  # noqa: E402

import kg  # noqa: E402

HERE = Path(__file__).resolve().parent

# Who mediates, how often: one row per mediator and party (kg.select gives a list of dicts, no row twice).
MEDIATIONS = """
SELECT ?mediator ?party (COUNT(DISTINCT ?event) AS ?reports) WHERE {
  ?event a ckg:Mediation ; ckg:actor/rdfs:label ?mediator ; ckg:target/rdfs:label ?party .
  FILTER NOT EXISTS { ?event ckg:modality ?m FILTER(?m IN (ckg:Negated, ckg:Hypothetical, ckg:Claimed)) }
}
GROUP BY ?mediator ?party
ORDER BY DESC(?reports) ?mediator ?party
"""

# Everything one entity did or had done to it, the entity given by any of its names (VALUES filled by kg).
AROUND = """
SELECT ?type ?actor ?target ?article WHERE {
  VALUES ?entity { }
  { ?event ckg:actor ?entity } UNION { ?event ckg:target ?entity }
  ?event a ?class ; ckg:actor/rdfs:label ?actor ; ckg:target/rdfs:label ?target ; ckg:reportedIn/dcterms:identifier ?article .
  FILTER(?class != ckg:Event)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
ORDER BY ?type ?actor
"""


def main(folder: Path) -> dict[str, list[dict[str, str | None]]]:
    """Run the analysis, write ``mediators.png`` in ``folder``, and return the rows of each question."""
    folder.mkdir(parents=True, exist_ok=True)

    # 1. Build: the articles in, a graph out (in memory; kg.KnowledgeGraph("kg.db") would keep it on disk).
    graph, report = kg.build([HERE / "articles"])
    print(f"{report.articles} articles, {sum(report.events.values())} events")

    # 2. Query: rows as dicts of column name to text.
    mediations = kg.select(graph, MEDIATIONS)
    around_rsf = kg.select(graph, AROUND, parameters={"entity": "RSF"})  # an alias of the Rapid Support Forces
    for row in around_rsf:
        print(f"{row['type']:<12} {row['actor']} -> {row['target']} ({row['article']})")

    # 3. Draw: how many mediation reports each mediator has.
    by_mediator = Counter()
    for row in mediations:
        by_mediator[row["mediator"]] += int(row["reports"])
    names, counts = zip(*by_mediator.most_common(10)) if by_mediator else ((), ())
    figure, axes = plt.subplots(figsize=(7, 4), layout="constrained")
    axes.barh(names[::-1], counts[::-1], color="#3b75af")
    axes.set_xlabel("mediation reports")
    axes.set_title(f"Who mediates: {report.articles} example articles")
    figure.savefig(folder / "mediators.png", dpi=120)
    plt.close(figure)
    print(folder / "mediators.png")
    return {"mediations": mediations, "around_rsf": around_rsf}


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/analysis"))
