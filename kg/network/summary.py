"""What a picture shows and where it comes from, counted once for every picture: the entities that have an edge
(and those without), the edges, the articles and outlets behind them, the days of the events, and the filters.
The HTML page's header and notice, the figure's caption and ``kg viz``'s message all say these numbers.

>>> import networkx as nx
>>> network = nx.MultiDiGraph(articles=3, filters=["from 2022-03-01"])
>>> network.add_node("ckr:country/FIN", label="Finland")
>>> _ = network.add_edge("ckr:country/TUR", "ckr:country/UKR", relation="mediates", date="2022-03-10",
...                      article="ckr:article/a", publisher="Levant Daily Report")
>>> _ = network.add_edge("ckr:country/RUS", "ckr:country/UKR", relation="attacks", date="2022-03-02",
...                      article="ckr:article/b", url="https://news.example/b")
>>> summary = summarize(network)
>>> summary.entities, summary.unconnected, summary.edges, summary.articles, summary.outlets
(3, 1, 2, 2, (('Levant Daily Report', 1), ('news.example', 1)))
>>> summary.caption()
'Sources: 2 of 3 articles (Levant Daily Report 1, news.example 1). Events 2022-03-02 to 2022-03-10. Filters: from 2022-03-01.'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import networkx as nx

from ..vocabulary import STANDING
from ..wording import counted
from .convert import when

__all__ = ["NetworkSummary", "summarize"]

_OUTLETS_NAMED = 4  # a caption names at most this many outlets


@dataclass(frozen=True)
class NetworkSummary:
    """The counts of one network (see :func:`summarize`)."""

    entities: int
    """Entities with at least one edge: those a picture draws."""
    unconnected: int
    """Entities without an edge (the page hides them at first; figures leave them out)."""
    edges: int
    articles: int
    """Articles behind at least one edge."""
    all_articles: int | None
    """Articles in the graph the network comes from (some state no event), when the network knows it."""
    outlets: tuple[tuple[str, int], ...]
    """The articles' publishers (else their web sites), each with its number of articles, most first."""
    unattributed: int
    """Articles with neither a publisher nor a web address."""
    first_day: str | None
    last_day: str | None
    """The span of the events' days (the event's date, else its article's); offices and memberships not counted."""
    filters: tuple[str, ...]

    def sources(self) -> str:
        """'13 articles (Levant Daily Report 2, outlet not given 11)'; '33 of 34 articles' when some article of
        the graph has no edge here."""
        total = self.all_articles if self.all_articles is not None else self.articles
        text = (counted(self.articles, "article", "articles") if self.articles == total
                else f"{self.articles:,} of {counted(total, 'article', 'articles')}")
        named = [f"{outlet} {number:,}" for outlet, number in self.outlets[:_OUTLETS_NAMED]]
        if len(self.outlets) > _OUTLETS_NAMED:
            named.append(f"{len(self.outlets) - _OUTLETS_NAMED:,} more outlets "
                         f"{sum(number for _, number in self.outlets[_OUTLETS_NAMED:]):,}")
        if named and self.unattributed:
            named.append(f"outlet not given {self.unattributed:,}")
        return text + (f" ({', '.join(named)})" if named else "")

    def days(self) -> str:
        """'Events 2022-03-02 to 2022-03-10' ('' with no dated event)."""
        if self.first_day is None:
            return ""
        span = self.first_day if self.first_day == self.last_day else f"{self.first_day} to {self.last_day}"
        return f"Events {span}"

    def caption(self) -> str:
        """Sources, days and filters in sentences, for under a figure."""
        parts = [f"Sources: {self.sources()}.", self.days() and self.days() + ".",
                 self.filters and "Filters: " + "; ".join(self.filters) + "."]
        return " ".join(part for part in parts if part)


def summarize(network: nx.MultiDiGraph) -> NetworkSummary:
    """Count what ``network`` holds (its ``articles`` and ``filters`` attributes come from
    :func:`kg.network.to_networkx` and :func:`kg.network.filter_network`)."""
    outlet_of: dict[str, str | None] = {}
    days = []
    for _, _, data in network.edges(data=True):
        if data.get("article") is not None:
            outlet = data.get("publisher") or urlsplit(str(data.get("url") or "")).hostname
            article = str(data["article"])
            if outlet or article not in outlet_of:  # any of an article's edges may name its outlet
                outlet_of[article] = str(outlet) if outlet else None
        if data.get("relation") not in STANDING and (day := when(data)):
            days.append(str(day))
    outlets = Counter(outlet for outlet in outlet_of.values() if outlet)
    connected = sum(1 for node in network if network.degree(node))
    all_articles = network.graph.get("articles")
    return NetworkSummary(
        entities=connected, unconnected=network.number_of_nodes() - connected, edges=network.number_of_edges(),
        articles=len(outlet_of),
        all_articles=None if all_articles is None else max(int(all_articles), len(outlet_of)),
        outlets=tuple(sorted(outlets.items(), key=lambda item: (-item[1], item[0].casefold()))),
        unattributed=sum(1 for outlet in outlet_of.values() if not outlet),
        first_day=min(days, default=None), last_day=max(days, default=None),
        filters=tuple(network.graph.get("filters", ())))
