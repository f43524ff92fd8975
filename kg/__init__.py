"""conflict-kg: news about wars and diplomacy in, an RDF knowledge graph out.

The public surface; the modules behind it are implementation.
"""

from .building import BuildReport, build
from .network.draw import draw_network
from .errors import InputError, KGError, ModelNotFoundError, OutputError
from .graph.export import write_graph
from .extract.extractor import Extractor
from .network.filters import filter_network
from .network.gexf import write_gexf
from .network.graphml import write_graphml
from .network.html import write_html
from .model import Article, Entity, EntityType, Event, EventType, Evidence, Extraction, Membership, OfficeHolding
from .network.convert import to_networkx
from .extract.pipeline import load_pipeline
from .graph.query import load_graph, run_query, select
from .graph.stats import graph_stats
from .network.timeline import draw_timeline
from .graph.store import KnowledgeGraph
from .sources.readers import read_articles

__all__ = [
    "Article",
    "BuildReport",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Evidence",
    "Extraction",
    "Extractor",
    "InputError",
    "KGError",
    "KnowledgeGraph",
    "Membership",
    "ModelNotFoundError",
    "OfficeHolding",
    "OutputError",
    "build",
    "draw_network",
    "draw_timeline",
    "filter_network",
    "graph_stats",
    "load_graph",
    "load_pipeline",
    "read_articles",
    "run_query",
    "select",
    "to_networkx",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_html",
]
__version__ = "0.1.0"
