"""kg.network.html: one self-contained page, every node and edge in its JSON, safe against the data, deterministic."""

from __future__ import annotations

import base64
import doctest
import hashlib
import json
import math
import re
from importlib import resources

import networkx as nx
import pytest

import kg.network.html
from kg.errors import OutputError
from kg.network.html import html_document, write_html
from kg.network.palette import RELATION_COLOURS, TYPE_COLOURS, TYPE_SHAPES

R = "https://w3id.org/conflict-kg/resource/"
DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)
HOSTILE = 'He said "</script><script>alert(1)</script>" & left <!-- at once'


def add_edge(network, source, target, key, relation, **attributes):
    defaults = {"statement": "Event", "directed": True, "date": None, "confidence": None, "modality": None,
                "evidence": f"{key} text.",
                "trigger": None, "role": None, "article": R + "article/a1", "title": "Story one",
                "published": "2024-06-04", "url": "https://example.org/a1"}
    network.add_edge(source, target, key=key, relation=relation, **(defaults | attributes))


@pytest.fixture
def network() -> nx.MultiDiGraph:
    """Chile and Peru with parallel and opposite edges, an office, a place, an unconnected organization."""
    network = nx.MultiDiGraph()
    for node, kind, label in [(R + "country/CHL", "Country", "Chile"), (R + "country/PER", "Country", "Peru"),
                              (R + "person/ana-soto", "Person", "Ana Soto"),
                              (R + "location/atacama", "Location", "Atacama"),
                              (R + "organization/pf", "Organization", "Pacific Forum")]:
        network.add_node(node, type=kind, label=label)
    chile, peru = R + "country/CHL", R + "country/PER"
    add_edge(network, chile, R + "location/atacama", R + "event/1", "deploysTo", statement="Deployment",
             date="2024-06-03", confidence=0.85, evidence="Chile deployed troops to Atacama.", trigger="deployed")
    add_edge(network, chile, peru, R + "event/2", "meetsWith", statement="Meeting", directed=False, confidence=0.6,
             modality="Planned", evidence=HOSTILE, trigger="met")
    add_edge(network, chile, peru, R + "event/3", "accuses", statement="Accusation", confidence=0.7)
    add_edge(network, peru, chile, R + "event/4", "sanctions", statement="Sanction", confidence=0.85,
             article=R + "article/a2", title="Story two", published=None, url="javascript:alert(1)")
    add_edge(network, R + "person/ana-soto", chile, R + "office/1", "officialOf", statement="OfficeHolding",
             role="Foreign Minister")
    return network


def page_data(page: str) -> dict:
    [text] = DATA.findall(page)
    return json.loads(text)


def outside_json(page: str) -> str:
    return DATA.sub("", page)


def test_the_module_example_runs():
    assert doctest.testmod(kg.network.html).failed == 0


def test_one_file_with_nothing_to_fetch(network):
    page = html_document(network)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    rest = outside_json(page)
    assert not re.search(r"""\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=|<link[^>]*stylesheet|@import|url\(\s*['\"]?(?:https?:)?//", rest, re.I)
    assert not re.search(r"https?://", rest)  # no address at all outside the JSON
    # the article links are data: only in the JSON, made into links by the script
    assert "https://example.org/a1" in DATA.search(page).group(1) and "example.org/a1" not in rest
    [policy] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert "default-src 'none'" in policy and "connect-src" not in policy


def test_the_policy_allows_exactly_the_inlined_script_and_style(network):
    page = html_document(network)
    [policy] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    [script] = re.findall(r"<script>(.*?)</script>", page, re.S)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.S)

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {digest(script)}" in policy and f"style-src {digest(style)}" in policy
    assert script == resources.files("kg.network").joinpath("static", "network.js").read_text(encoding="utf-8")


def test_the_json_holds_every_node_and_edge_with_what_the_page_shows(network):
    data = page_data(html_document(network))
    nodes = data["nodes"]
    assert {node["id"] for node in nodes} == set(network)
    for node in nodes:
        assert node["label"] == network.nodes[node["id"]]["label"] and node["type"] == network.nodes[node["id"]]["type"]
        assert node["degree"] == network.degree(node["id"]) and math.isfinite(node["x"]) and math.isfinite(node["y"])
    chile = next(node for node in nodes if node["label"] == "Chile")
    assert (chile["events"], chile["standing"]) == (4, 1)
    assert len(data["edges"]) == network.number_of_edges() == 5
    for edge in data["edges"]:
        source, target = nodes[edge["source"]]["id"], nodes[edge["target"]]["id"]
        original = network.edges[source, target, edge["id"]]
        for name in ("relation", "directed", "date", "confidence", "modality", "evidence", "trigger", "role"):
            assert edge[name] == original[name], name
        article = data["articles"][edge["article"]]
        assert (article["id"], article["title"], article["published"], article["url"]) == (
            original["article"], original["title"], original["published"], original["url"])
    assert [article["title"] for article in data["articles"]] in (["Story one", "Story two"], ["Story two", "Story one"])
    office = next(edge for edge in data["edges"] if edge["relation"] == "officialOf")
    assert office["role"] == "Foreign Minister"


def test_legend_lists_the_types_and_relations_present_with_the_palette(network):
    data = page_data(html_document(network))
    assert [t["name"] for t in data["types"]] == ["Country", "Person", "Organization", "Location"]
    for kind in data["types"]:
        assert (kind["colour"], kind["shape"]) == (TYPE_COLOURS[kind["name"]], TYPE_SHAPES[kind["name"]])
    relations = {r["name"]: r for r in data["relations"]}
    assert set(relations) == {"deploysTo", "meetsWith", "accuses", "sanctions", "officialOf"}
    assert relations["meetsWith"]["directed"] is False and relations["accuses"]["count"] == 1
    assert all(r["colour"] == RELATION_COLOURS[name] for name, r in relations.items())


def test_a_sentence_cannot_end_the_script_element(network):
    page = html_document(network)
    text = DATA.search(page).group(1)
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e" in text and "\\u0026" in text
    assert page.count("</script>") == 2  # the data and the code, nothing from the sentence
    assert any(edge["evidence"] == HOSTILE for edge in page_data(page)["edges"])


def test_the_script_puts_data_in_the_page_only_as_text():
    script = resources.files("kg.network").joinpath("static", "network.js").read_text(encoding="utf-8")
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                  "fetch(", "XMLHttpRequest", "WebSocket", "import(", "sendBeacon", "http://", "https://"):
        assert risky not in script, risky
    assert "/^https?:\\/\\//i.test(url)" in script  # links only for http(s) addresses


def test_titles_are_escaped_and_the_graph_title_is_the_default(network):
    page = html_document(network, title="<b>War & Peace</b>")
    assert "<title>&lt;b&gt;War &amp; Peace&lt;/b&gt;</title>" in page and "<b>War" not in page
    network.graph["title"] = "Chile and Peru"
    assert "<title>Chile and Peru</title>" in html_document(network)
    assert "<title>Given</title>" in html_document(network, title="Given")
    assert "<title>conflict-kg network</title>" in html_document(nx.MultiDiGraph())


def test_subtitle_names_the_sources_the_days_and_the_filters(network):
    assert ('<p id="kg-subtitle" class="kg-muted">Sources: 2 articles (example.org 1, outlet not given 1). '
            'Events 2024-06-03 to 2024-06-04.</p>') in html_document(network)
    network.graph.update(articles=3, filters=["from 2024-06-01"])  # as to_networkx and filter_network leave them
    assert ('<p id="kg-subtitle" class="kg-muted">Sources: 2 of 3 articles (example.org 1, outlet not given 1). '
            'Events 2024-06-03 to 2024-06-04. Filters: from 2024-06-01.</p>') in html_document(network)


def test_positions_are_distinct_and_linked_nodes_stay_together():
    network = nx.MultiDiGraph()
    for group in "ab":
        for number in range(6):
            network.add_node(f"{group}{number}", type="Country", label=f"{group.upper()}{number}")
        for number in range(1, 6):
            add_edge(network, f"{group}0", f"{group}{number}", f"{group}-e{number}", "mediates")
    network.add_node("alone", type="Location", label="Alone")
    nodes = page_data(html_document(network))["nodes"]
    where = {node["id"]: (node["x"], node["y"]) for node in nodes}
    assert len(set(where.values())) == len(where)

    def spread(names):
        return max(math.dist(where[u], where[v]) for u in names for v in names)

    star_a, star_b = [f"a{n}" for n in range(6)], [f"b{n}" for n in range(6)]
    gap = min(math.dist(where[u], where[v]) for u in star_a for v in star_b)
    assert gap > 0.25 * max(spread(star_a), spread(star_b))  # two components do not overlap
    assert where["alone"][1] > max(where[name][1] for name in star_a + star_b)  # unconnected below the rest


@pytest.mark.slow
def test_a_large_component_is_laid_out_without_scipy():
    network = nx.MultiDiGraph()
    network.add_nodes_from((f"n{i}", {"type": "Country", "label": f"N{i:03}"}) for i in range(520))
    for i in range(1, 520):
        add_edge(network, f"n{(i - 1) // 3}", f"n{i}", f"e{i}", "mediates")
    nodes = page_data(html_document(network, max_nodes=600))["nodes"]
    assert len(nodes) == 520 and len({(node["x"], node["y"]) for node in nodes}) == 520
    assert all(math.isfinite(node["x"]) and math.isfinite(node["y"]) for node in nodes)


def budget_network() -> nx.MultiDiGraph:
    """Hub (degree 4), B and C (3 each, ties by label), D and E (2), F (0): 7 edges."""
    network = nx.MultiDiGraph()
    for name in ["Hub", "C", "B", "D", "E", "F"]:
        network.add_node(name, type="Country", label=name)
    for number, (u, v) in enumerate([("Hub", "B"), ("Hub", "C"), ("Hub", "D"), ("Hub", "E"), ("B", "C"),
                                     ("B", "D"), ("C", "E")]):
        add_edge(network, u, v, f"e{number}", "mediates")
    return network


def test_the_node_budget_keeps_the_most_connected_and_says_what_was_left_out():
    page = html_document(budget_network(), max_nodes=3)
    data = page_data(page)
    assert [node["label"] for node in data["nodes"]] == ["Hub", "B", "C"]
    kept = {(data["nodes"][e["source"]]["label"], data["nodes"][e["target"]]["label"]) for e in data["edges"]}
    assert kept == {("Hub", "B"), ("Hub", "C"), ("B", "C")}
    message = ("Showing 3 of 5 entities with an edge and 3 of 7 edges; the least connected were left out. "
               "Left out too: 1 entity without an edge.")
    assert f'<p id="kg-budget" class="kg-notice">{message}</p>' in page
    assert data["notice"] == message
    assert data["shown"] == {"entities": 3, "edges": 3, "unconnected": 0}
    assert data["total"] == {"entities": 5, "edges": 7, "unconnected": 1}


def test_the_budget_message_groups_thousands():
    network = nx.MultiDiGraph()
    network.add_nodes_from((f"n{i}", {"type": "Location", "label": f"Place {i:04}"}) for i in range(1204))
    for i in range(5, 1050):  # five hubs of 209 edges each, and a ring of five edges among them
        add_edge(network, f"n{i % 5}", f"n{i}", f"e{i}", "deploysTo")
    for i in range(5):
        add_edge(network, f"n{i}", f"n{(i + 1) % 5}", f"ring{i}", "mediates")
    page = html_document(network, max_nodes=5)
    data = page_data(page)
    assert {node["id"] for node in data["nodes"]} == {f"n{i}" for i in range(5)} and len(data["edges"]) == 5
    assert ("Showing 5 of 1,050 entities with an edge and 5 of 1,050 edges; the least connected were left out. "
            "Left out too: 154 entities without an edge.") in page


def test_nothing_is_said_about_the_budget_below_it(network):
    page = html_document(network, max_nodes=5)
    assert "kg-budget" not in page and "Showing" not in page and page_data(page)["notice"] == ""
    with pytest.raises(ValueError):
        html_document(network, max_nodes=0)


def test_an_empty_network_gives_a_page_that_says_so():
    page = html_document(nx.MultiDiGraph())
    data = page_data(page)
    assert data["nodes"] == [] and data["edges"] == [] and data["relations"] == []
    assert '<div id="kg-empty">Nothing to show: the network has no entities.</div>' in page
    assert "kg-budget" not in page and page.rstrip().endswith("</html>")


def test_the_same_network_gives_the_same_bytes_whatever_the_insertion_order(network):
    first = html_document(network)
    assert html_document(network) == first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(network.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(network.edges(keys=True, data=True))))
    assert html_document(shuffled) == first


def test_write_html_writes_the_page_atomically(network, tmp_path):
    target = tmp_path / "pages" / "network.html"
    write_html(network, target, title="Chile")
    assert target.read_text(encoding="utf-8") == html_document(network, title="Chile")
    assert [path.name for path in target.parent.iterdir()] == ["network.html"]  # no temporary file left
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match="cannot write the page"):
        write_html(network, blocker / "network.html")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file", "pages"]


def test_the_static_files_are_package_data():
    static = resources.files("kg.network").joinpath("static")
    assert {name: static.joinpath(name).is_file() for name in ("network.html", "network.js", "network.css")} == {
        "network.html": True, "network.js": True, "network.css": True}
