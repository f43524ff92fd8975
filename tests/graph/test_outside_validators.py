"""The exports of the example graph, as files, through tools that are not conflict-kg's: rapper (Debian's
raptor2-utils, installed by scripts/install_rapper.sh), pySHACL's command line, and the GEXF and GraphML
schemas (tests/network/schemas)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.graph.store import KnowledgeGraph
from kg.outputs import write_graph_file

from conftest import ONTOLOGY
from xml_schemas import schema_errors

RAPPER = shutil.which("rapper")
needs_rapper = pytest.mark.skipif(RAPPER is None, reason="rapper is not installed (raptor2-utils; "
                                                         "scripts/install_rapper.sh installs it as root with apt-get)")


@pytest.fixture(scope="module")
def exported(example_extractions, tmp_path_factory) -> Path:
    """The example graph written as Turtle, N-Triples, N-Quads, TriG, RDF/XML, GEXF and GraphML in one folder."""
    graph = KnowledgeGraph()
    for extraction in example_extractions:
        graph.add(extraction)
    folder = tmp_path_factory.mktemp("exported")
    for suffix in ("ttl", "nt", "nq", "trig", "rdf", "gexf", "graphml"):
        write_graph_file(graph, folder / f"examples.{suffix}")
    return folder


def rapper_count(path: Path, syntax: str) -> int:
    """The number of statements rapper reads from the file; a parse error fails the test with rapper's words."""
    run = subprocess.run([RAPPER, "--count", "--input", syntax, str(path)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "error" not in run.stderr.lower(), run.stderr
    return int(run.stderr.split("returned")[1].split()[0])


@needs_rapper
@pytest.mark.parametrize("suffix, syntax", [("ttl", "turtle"), ("nt", "ntriples"), ("rdf", "rdfxml")])
def test_rapper_reads_every_triple(exported, suffix, syntax):
    path = exported / f"examples.{suffix}"
    expected = len(Graph().parse(path))
    assert expected > 1000
    assert rapper_count(path, syntax) == expected


@needs_rapper
@pytest.mark.parametrize("suffix, syntax", [("nq", "nquads"), ("trig", "trig")])
def test_rapper_reads_every_quad(exported, suffix, syntax):
    path = exported / f"examples.{suffix}"
    expected = sum(1 for _ in Dataset().parse(path).quads())
    assert rapper_count(path, syntax) == expected


@pytest.mark.slow  # pySHACL over the whole example graph
def test_pyshacl_command_line_accepts_the_turtle_export(exported):
    """As a user would run it: the exported file, the shapes and the ontology, with RDFS inference."""
    run = subprocess.run([sys.executable, "-m", "pyshacl", "--shacl", str(ONTOLOGY / "shapes.ttl"), "--ont-graph",
                          str(ONTOLOGY / "conflict-kg.ttl"), "--inference", "rdfs", "--allow-warnings",
                          str(exported / "examples.ttl")], capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "Conforms: True" in run.stdout


@pytest.mark.parametrize("suffix, edge", [(".gexf", "{http://www.gexf.net/1.2draft}edge"),
                                          (".graphml", "{http://graphml.graphdrawing.org/xmlns}edge")])
def test_the_network_exports_are_valid_against_their_schemas(exported, suffix, edge):
    from lxml import etree

    document = (exported / f"examples{suffix}").read_bytes()
    assert schema_errors(document, suffix) == []
    assert len(etree.fromstring(document).findall(f".//{edge}")) > 50
