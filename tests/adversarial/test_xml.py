"""XML in and out: entities in an imported file are never expanded, control characters never make a file invalid."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

import kg
from kg.errors import InputError, StoreError
from kg.graph.namespace import ENTITY_GRAPH, rdfs
from kg.graph.remote import RemoteGraph
from kg.graph.store import KnowledgeGraph
from kg.outputs import write_graph_file, write_network_file

from xml_schemas import schema_errors

CONTROLS = "".join(chr(code) for code in range(1, 32) if chr(code) not in "\t\n\r")
NAME = CONTROLS + "Kyiv"
NOT_XML = re.compile(f"[\x00{CONTROLS}]")
RDF = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
PLAIN = f'{RDF}<rdf:Description rdf:about="http://example.org/b"><ex:p>plain</ex:p></rdf:Description></rdf:RDF>\n'
MEMORY_CAP = 1 << 30


def laughs(depth: int, root: str = "rdf:RDF") -> str:
    """The "billion laughs": ``depth`` entities, each ten of the one before; the last one used once."""
    declarations = ['<!ENTITY lol0 "lol">']
    declarations += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, depth + 1)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n' + "\n".join(declarations) + "\n]>\n"
            f'{RDF}<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol{depth};</ex:p></rdf:Description>'
            "</rdf:RDF>\n")


def test_billion_laughs_import_is_refused_within_a_memory_cap(tmp_path):
    """Ten entities deep (3 GB of text, 9 GB when parsed): `kg import` under a 1 GB address space limit."""
    path = tmp_path / "laughs.rdf"
    path.write_text(laughs(9), encoding="utf-8")
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (%d, %d)); "
            "from kg.cli import main; sys.argv = ['kg', 'import', %r, '--store', %r]; main()"
            % (MEMORY_CAP, MEMORY_CAP, str(path), str(tmp_path / "kg.db")))
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(kg.__file__).parents[1], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "E001" in done.stderr and "laughs.rdf:2" in done.stderr and "DTD" in done.stderr


@pytest.mark.parametrize("filled", [False, True], ids=["into an empty graph", "into a filled graph"])
@pytest.mark.parametrize(("text", "reason"), [
    (laughs(2), r"graph\.rdf:2: the XML declares a DTD"),
    (laughs(2, root="rdf:RDF SYSTEM 'x.dtd'"), r"graph\.rdf:2: the XML declares a DTD"),
    (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY % p "&#60;!ENTITY lol \'lol\'>"> %p;\n]>\n{PLAIN}',
     r"graph\.rdf:2: the XML declares a DTD"),
    (f'<?xml version="1.0" encoding="no-such-encoding"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol "lol">]>\n{PLAIN}',
     r"graph\.rdf:1: not well-formed XML: unknown encoding"),
], ids=["nested entities", "beside an external DTD", "parameter entity", "unknown encoding"])
def test_a_file_declaring_entities_is_refused_unread(tmp_path, text, reason, filled):
    graph = KnowledgeGraph()
    if filled:
        (tmp_path / "plain.rdf").write_text(PLAIN, encoding="utf-8")
        graph.load(tmp_path / "plain.rdf")
    before = set(graph.quads())
    path = tmp_path / "graph.rdf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        graph.load(path)
    assert set(graph.quads()) == before


def test_an_external_dtd_without_declarations_is_not_fetched_and_loads(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "{(tmp_path / "none.dtd").as_uri()}">\n{PLAIN}',
                    encoding="utf-8")
    graph = KnowledgeGraph()
    graph.load(path)
    assert [quad.object.value for quad in graph.quads()] == ["plain"]


@pytest.fixture
def xml_answering_server():
    """A SPARQL server that answers every query with billion-laughs XML results."""
    body = laughs(9).replace(RDF, '<sparql xmlns="http://www.w3.org/2005/sparql-results#">').encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_server_answering_in_xml_is_a_store_error(xml_answering_server):
    with pytest.raises(StoreError, match="application/sparql-results\\+xml"):
        RemoteGraph(xml_answering_server, retries=0).query("SELECT * WHERE { ?s ?p ?o }")


def named_network() -> nx.MultiDiGraph:
    network = nx.MultiDiGraph(title=NAME)
    network.add_node(NAME, type="Location", label=NAME)
    network.add_node("ckr:country/UKR", type="Country", label="Ukraine")
    network.add_edge(NAME, "ckr:country/UKR", key=NAME, relation="locatedIn", directed=True, evidence=NAME)
    return network


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".svg"])
def test_control_characters_leave_network_files_valid_xml(tmp_path, suffix):
    path = tmp_path / f"net{suffix}"
    write_network_file(named_network(), path)
    texts = [text for element in ET.parse(path).iter() for text in (element.text, *element.attrib.values()) if text]
    assert not any(NOT_XML.search(text) for text in texts)
    if suffix != ".svg":  # a figure draws its text as paths
        assert "Kyiv" in texts


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_a_name_made_of_control_characters_leaves_network_files_valid_against_their_schemas(tmp_path, suffix):
    path = tmp_path / f"net{suffix}"
    write_network_file(named_network(), path)
    assert schema_errors(path.read_bytes(), suffix) == []


def test_control_characters_stay_out_of_the_page(tmp_path):
    path = tmp_path / "net.html"
    write_network_file(named_network(), path)
    page = path.read_text(encoding="utf-8")
    assert not NOT_XML.search(page)
    assert "<title>Kyiv</title>" in page


def test_control_characters_leave_rdf_xml_valid(tmp_path):
    graph = KnowledgeGraph()
    place = ox.NamedNode("https://example.org/place/kyiv")
    graph.extend([ox.Quad(place, ox.NamedNode(rdfs.label), ox.Literal(NAME), ox.NamedNode(ENTITY_GRAPH))])
    write_graph_file(graph, tmp_path / "g.rdf")
    texts = [element.text for element in ET.parse(tmp_path / "g.rdf").iter() if element.text and element.text.strip()]
    assert texts == ["Kyiv"]
