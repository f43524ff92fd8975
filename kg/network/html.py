"""The event network as one interactive HTML page that works offline: pan, zoom, search, filter, and the
evidence sentence of every edge on hover.

The page is a single file: its script (plain JavaScript drawing on a canvas) and style sheet are inlined from
``kg/network/static``, the network goes in as JSON, and a Content-Security-Policy forbids every request, so it opens
from disk, by e-mail or on an air-gapped machine alike. The layout is computed here, with a fixed seed: the
same network always gives the same bytes.

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> network.add_node("ckr:country/TUR", type="Country", label="Turkey")
>>> network.add_node("ckr:country/UKR", type="Country", label="Ukraine")
>>> network.add_edge("ckr:country/TUR", "ckr:country/UKR", key="ckr:event/1", relation="mediates",
...                  directed=True, evidence="Turkey mediated between Russia and Ukraine.")
'ckr:event/1'
>>> page = html_document(network, title="Mediation")
>>> page.startswith("<!DOCTYPE html>"), "<title>Mediation</title>" in page, "Turkey mediated" in page
(True, True, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from ..atomic import atomic_output
from ..markup import markup_text
from ..vocabulary import RELATIONS, STANDING
from ..wording import counted
from .palette import RELATION_COLOURS, TYPE_COLOURS, TYPE_SHAPES, UNDESCRIBED
from .placement import layout
from .summary import NetworkSummary, summarize

__all__ = ["html_document", "write_html"]

DEFAULT_TITLE = "conflict-kg network"
_STATEMENTS = {relation.name: relation.statement for relation in RELATIONS}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_html(network: nx.MultiDiGraph, path: str | Path, *, title: str | None = None, max_nodes: int = 300) -> None:
    """Write the page of ``network`` to ``path`` atomically (see :func:`html_document`)."""
    page = html_document(network, title=title, max_nodes=max_nodes)
    with atomic_output(path, "the page") as stream:
        stream.write(page.encode("utf-8"))


def html_document(network: nx.MultiDiGraph, *, title: str | None = None, max_nodes: int = 300) -> str:
    """The page of ``network`` as text: a self-contained HTML document with no outside reference.

    ``title`` defaults to the graph's ``title`` attribute, else "conflict-kg network". Above ``max_nodes``
    entities, the most connected ones (by degree, ties by label) and the edges among them are kept, and the
    page says what was left out.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    title = str(title or network.graph.get("title") or DEFAULT_TITLE)
    data = _page_data(network, title, max_nodes)
    script, style = _static("network.js"), _static("network.css")
    notice = data["notice"]
    fields = {
        "title": _html_text(title),
        "csp": "; ".join([
            "default-src 'none'", f"script-src {_digest(script)}", f"style-src {_digest(style)}",
            "img-src data:", "base-uri 'none'", "form-action 'none'",
        ]),
        "subtitle": f'<p id="kg-subtitle" class="kg-muted">{_html_text(data["subtitle"])}</p>' if data["subtitle"] else "",
        "notice": f'<p id="kg-budget" class="kg-notice">{_html_text(notice)}</p>' if notice else "",
        "empty": ('<div id="kg-empty">Nothing to show: the network has no entities.</div>'
                  if not data["nodes"] else ""),
        "description": _html_text(f"Network of {counted(data['shown']['entities'], 'entity', 'entities')} and "
                                  f"{counted(data['shown']['edges'], 'edge', 'edges')}"),
        "style": style,
        "data": _script_json(data),
        "script": script,
    }
    # one pass, so a placeholder inside the inserted text (the data, say) is never expanded
    return _PLACEHOLDER.sub(lambda match: fields[match.group(1)], _static("network.html"))


def _page_data(network: nx.MultiDiGraph, title: str, max_nodes: int) -> dict:
    """Everything the script shows, in a deterministic order (nodes by degree, then label)."""
    degree = dict(network.degree())
    label = {node: str(attributes.get("label") or node) for node, attributes in network.nodes(data=True)}
    ranked = sorted(network, key=lambda node: (-degree[node], label[node], str(node)))
    kept = ranked[:max_nodes]
    index = {node: position for position, node in enumerate(kept)}
    events = dict.fromkeys(network, 0)
    standing = dict.fromkeys(network, 0)
    for source, target, relation in network.edges(data="relation"):
        counts = standing if relation in STANDING else events
        counts[source] += 1
        if target != source:
            counts[target] += 1

    chosen = sorted(
        ((index[source], index[target], str(key), attributes)
         for source, target, key, attributes in network.edges(keys=True, data=True)
         if source in index and target in index),
        key=lambda edge: (edge[0], edge[1], str(edge[3].get("relation")), str(edge[3].get("date") or ""), edge[2]),
    )
    articles: list[dict] = []
    article_index: dict[str, int] = {}
    edges = []
    for source, target, key, attributes in chosen:
        article = attributes.get("article")
        if article is not None:
            article = str(article)
            if article not in article_index:
                article_index[article] = len(articles)
                articles.append({"id": article, "title": _text(attributes.get("title")),
                                 "published": _text(attributes.get("published")), "url": _text(attributes.get("url"))})
            article = article_index[article]
        relation = str(attributes.get("relation") or "related")
        edges.append({
            "id": key, "source": source, "target": target, "relation": relation,
            "directed": bool(attributes.get("directed", True)), "date": _text(attributes.get("date")),
            "confidence": _number(attributes.get("confidence")), "modality": _text(attributes.get("modality")),
            "evidence": _text(attributes.get("evidence")),
            "trigger": _text(attributes.get("trigger")), "role": _text(attributes.get("role")), "article": article,
        })

    positions = [(_round(x), _round(y)) for x, y in layout(len(kept), [(edge["source"], edge["target"]) for edge in edges])]
    nodes = []
    for node, (x, y) in zip(kept, positions):
        kind = str(network.nodes[node].get("type") or UNDESCRIBED)
        nodes.append({"id": str(node), "label": label[node], "type": kind, "x": x, "y": y, "degree": degree[node],
                      "events": events[node], "standing": standing[node]})

    relation_counts: dict[str, int] = {}
    directed: dict[str, bool] = {}
    for edge in edges:
        relation_counts[edge["relation"]] = relation_counts.get(edge["relation"], 0) + 1
        directed.setdefault(edge["relation"], edge["directed"])
    relation_order = [name for name in _STATEMENTS if name in relation_counts]
    relation_order += sorted(set(relation_counts) - set(_STATEMENTS))
    type_counts: dict[str, int] = {}
    for node in nodes:
        type_counts[node["type"]] = type_counts.get(node["type"], 0) + 1
    type_order = [name for name in TYPE_COLOURS if name in type_counts] + sorted(set(type_counts) - set(TYPE_COLOURS))

    shown, whole = summarize(network.subgraph(kept)), summarize(network)
    return {
        "title": title,
        "subtitle": whole.caption() if network.number_of_edges() else "",
        "notice": _notice(shown, whole),
        "shown": {"entities": shown.entities, "edges": shown.edges, "unconnected": shown.unconnected},
        "total": {"entities": whole.entities, "edges": whole.edges, "unconnected": whole.unconnected},
        "types": [{"name": name, "colour": _colour(TYPE_COLOURS.get(name, TYPE_COLOURS[UNDESCRIBED])),
                   "shape": TYPE_SHAPES.get(name, "circle"), "count": type_counts[name]} for name in type_order],
        "relations": [{"name": name, "statement": _STATEMENTS.get(name), "colour": _colour(RELATION_COLOURS.get(name)),
                       "directed": directed[name], "count": relation_counts[name]} for name in relation_order],
        "nodes": nodes,
        "edges": edges,
        "articles": articles,
    }


def _notice(shown: NetworkSummary, whole: NetworkSummary) -> str:
    """What the node budget left out ('' when nothing was), in the numbers the page counts."""
    parts = []
    if (shown.entities, shown.edges) != (whole.entities, whole.edges):
        parts.append(f"Showing {shown.entities:,} of {counted(whole.entities, 'entity', 'entities')} with an edge and "
                     f"{shown.edges:,} of {counted(whole.edges, 'edge', 'edges')}; the least connected were left out.")
    if shown.unconnected != whole.unconnected:
        parts.append(f"Left out too: {counted(whole.unconnected - shown.unconnected, 'entity', 'entities')} "
                     "without an edge.")
    return " ".join(parts)


def _round(value: float) -> float:
    return round(float(value), 1) + 0.0  # + 0.0 turns -0.0 into 0.0


def _text(value) -> str | None:
    return None if value is None else str(value)


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _colour(value: str | None) -> str:
    return value if value and _COLOUR.fullmatch(value) else "#999999"


def _html_text(text: str) -> str:
    """Text for the page's markup: escaped, without the control characters HTML forbids as XML does."""
    return html.escape(markup_text(text))


def _script_json(value) -> str:
    """JSON that cannot end its ``<script>`` element: ``<``, ``>`` and ``&`` are written as ``\\u003c``..."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda match: _JSON_ESCAPES[match.group()], text)


def _digest(text: str) -> str:
    """The CSP source that allows exactly this inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=None)
def _static(name: str) -> str:
    """A file of ``kg/network/static`` (package data, so it is found from a wheel as from a checkout)."""
    text = resources.files("kg.network").joinpath("static", name).read_text(encoding="utf-8")
    if name != "network.html" and re.search(r"</(script|style)", text, re.IGNORECASE):
        raise ValueError(f"kg/network/static/{name} would close its element early")
    return text
