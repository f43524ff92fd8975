"""conflict-kg: news about wars and diplomacy in, an RDF knowledge graph out.

The public surface; the modules behind it are implementation. Names are imported on first use, so that
``import kg`` (and every ``kg`` command) starts without loading spaCy, rdflib or networkx it does not need.

>>> import kg
>>> kg.KnowledgeGraph().articles
0
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .building import BuildReport, build
    from .errors import InputError, KGError, ModelNotFoundError, OutputError
    from .extract.extractor import Extractor
    from .extract.pipeline import load_pipeline
    from .extract.registry import extractor_factory, extractors
    from .graph.events_table import event_table, events_frame
    from .graph.export import write_graph
    from .graph.protocol import Graph
    from .graph.query import load_graph, run_query, select
    from .graph.stats import graph_stats
    from .graph.store import KnowledgeGraph
    from .graph.update import run_update
    from .model import (Article, Entity, EntityType, Event, EventType, Evidence, Extraction, Membership, Modality,
                        OfficeHolding)
    from .network.convert import to_networkx
    from .network.draw import draw_network
    from .network.filters import filter_network
    from .network.gexf import write_gexf
    from .network.graphml import write_graphml
    from .network.html import write_html
    from .network.timeline import draw_timeline
    from .sources.feeds import Feed
    from .sources.readers import read_articles
    from .sources.web import WebReader

_WHERE = {
    "build": "building", "BuildReport": "building",
    "InputError": "errors", "KGError": "errors", "ModelNotFoundError": "errors", "OutputError": "errors",
    "Extractor": "extract.extractor", "load_pipeline": "extract.pipeline",
    "extractor_factory": "extract.registry", "extractors": "extract.registry",
    "event_table": "graph.events_table", "events_frame": "graph.events_table",
    "write_graph": "graph.export", "Graph": "graph.protocol", "load_graph": "graph.query", "run_query": "graph.query",
    "select": "graph.query", "graph_stats": "graph.stats", "KnowledgeGraph": "graph.store", "run_update": "graph.update",
    **dict.fromkeys(("Article", "Entity", "EntityType", "Event", "EventType", "Evidence", "Extraction", "Membership",
                     "Modality", "OfficeHolding"), "model"),
    "to_networkx": "network.convert", "draw_network": "network.draw", "filter_network": "network.filters",
    "write_gexf": "network.gexf", "write_graphml": "network.graphml", "write_html": "network.html",
    "draw_timeline": "network.timeline", "read_articles": "sources.readers", "Feed": "sources.feeds",
    "WebReader": "sources.web",
}
__all__ = sorted(_WHERE)
__version__ = version("conflict-kg")  # the installed package's, as pyproject.toml gives it


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'kg' has no attribute '{name}'")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
