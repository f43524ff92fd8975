"""Build the graph of the example articles and write every picture conflict-kg makes.

    .venv/bin/python examples/visualize.py [OUTPUT_FOLDER]      # default: out/pictures

The interactive page opens offline in any browser; the GEXF file opens in Gephi (its timeline plays the
events in order); the GraphML file opens in yEd, Cytoscape or igraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent


def main(folder: Path) -> None:
    graph, report = kg.build([HERE / "articles"])
    print(f"{report.articles} articles, {sum(report.events.values())} events")
    network = kg.to_networkx(graph)
    kg.write_html(network, folder / "network.html", title="Example articles: who did what to whom")
    kg.draw_network(network, folder / "network.png", title="Example articles: event network")
    kg.draw_network(network, folder / "network.svg", title="Example articles: event network")
    kg.draw_timeline(network, folder / "timeline.png", title="Example articles: events per week")
    kg.write_gexf(network, folder / "network.gexf")
    kg.write_graphml(network, folder / "network.graphml")
    around_russia = kg.filter_network(network, focus="Russia", hops=1, relations=["mediates", "deploys", "meets"])
    kg.write_html(around_russia, folder / "russia.html", title="Russia: mediation, deployments, meetings")
    kg.draw_network(around_russia, folder / "russia.png", title="Russia: mediation, deployments, meetings")
    for path in sorted(folder.iterdir()):
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/pictures"))
