"""Hostile SPARQL requests: spellings that walk past the network guard, nesting that crashes the engine, a
request the guard must decide in linear time, results too large to hold or print whole."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from kg.errors import QueryError
from kg.graph.guard import MAX_NESTING, MAX_QUERY_LENGTH, check_request, network_access
from kg.graph.namespace import PREFIXES
from kg.graph.query import QueryTimeout, run_query
from kg.graph.store import KnowledgeGraph
from kg.graph.update import run_update

HOST = "http://127.0.0.1:9/"

# (request, reaches the network): each spelling is read as pyoxigraph 0.5.13 and rdflib read it
TRICKY = [
    (f"PREFIX : <{HOST}> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}", True),
    (f"PREFIX ex: <{HOST}> SELECT * WHERE {{ SERVICE ex:x {{ ?s ?p ?o }} }}", True),
    (f"SELECT * WHERE {{ sErViCe <{HOST}sparql> {{ ?s ?p ?o }} }}", True),
    (f"SELECT * WHERE {{ SERVICE SILENT <{HOST}sparql> {{ ?s ?p ?o }} }}", True),
    (f"SELECT * WHERE {{ SERVICE # a comment\n <{HOST}sparql> {{ ?s ?p ?o }} }}", True),
    ("SELECT * WHERE { ?s ?p ?o . SERVICE <\\u0068ttp://127.0.0.1:9/sparql> { ?s ?p ?o } }", True),
    (f"SELECT * WHERE {{ \\u0053ERVICE <{HOST}sparql> {{ ?s ?p ?o }} }}", True),  # the specification's reading
    (f"BASE <{HOST}> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}", True),
    (f"SELECT * FROM <{HOST}data> WHERE {{ ?s ?p ?o }}", True),
    ("SELECT * FROM NAMED <ftp://127.0.0.1/data> WHERE { GRAPH ?g { ?s ?p ?o } }", True),
    (f"PREFIX : <{HOST}> SELECT * from #\n :data WHERE {{ ?s ?p ?o }}", True),
    (f"BASE <{HOST}> SELECT * FROM <data> WHERE {{ ?s ?p ?o }}", True),
    (f"PREFIX : <{HOST}> LOAD :data", True),
    (f"load silent <{HOST}data> INTO GRAPH <urn:g>", True),
    (f"INSERT {{ ?s ?p ?o }} USING <{HOST}data> WHERE {{ ?s ?p ?o }}", True),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }', False),
    ("SELECT * WHERE { ?s ?p '''\nLOAD <http://127.0.0.1:9/>''' }", False),
    ('SELECT * WHERE { ?s ?p "\\" SERVICE <http://127.0.0.1:9/> { } \\"" }', False),
    ("SELECT ?service ?load WHERE { ?service ?load ?o }", False),
    ("PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ex:load }", False),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/sparql>", False),
    ("SELECT * WHERE { ?s <http://127.0.0.1:9/SERVICE> ?o }", False),
    ("SELECT * WHERE { ?s ?p 'x'@service }", False),
    ("SELECT * FROM <https://w3id.org/conflict-kg/resource/graph/entities> WHERE { ?s ?p ?o }", False),
    ("SELECT * FROM ckr:graph\\/entities WHERE { ?s ?p ?o }", False),
    ("SELECT * FROM <urn:example:a> WHERE { ?s ?p ?o }", False),
]


def rdflib_reaches_network(request: str) -> bool:
    """rdflib's reading of the request: a ServiceGraphPattern or Load in the algebra, or a remote dataset."""
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        parts = [translateQuery(parseQuery(request), initNs=PREFIXES).algebra]
    except Exception:  # noqa: BLE001 - not a query: read it as an update
        parts = list(translateUpdate(parseUpdate(request), initNs=PREFIXES).algebra)
    found, seen = False, list(parts)
    while seen:
        part = seen.pop()
        if isinstance(part, CompValue):
            found |= part.name in ("ServiceGraphPattern", "Load")
            for clause in (dict.get(part, "datasetClause") or []) + (dict.get(part, "using") or []):
                iri = str(dict.get(clause, "default") or dict.get(clause, "named"))
                found |= iri.startswith(("http:", "https:", "ftp:")) and not iri.startswith("https://w3id.org/conflict-kg/")
            seen.extend(part.values())
        elif isinstance(part, (list, tuple)):
            seen.extend(part)
    return found


@pytest.mark.parametrize(("request_text", "remote"), TRICKY)
def test_the_guard_reads_requests_as_rdflib_does(request_text, remote):
    assert rdflib_reaches_network(request_text) is remote
    assert bool(network_access(request_text)) is remote


@pytest.mark.parametrize("request_text", [
    f"PREFIX : <{HOST}> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
    f"PREFIX ex: <{HOST}> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICESILENT<{HOST}x> {{ ?s ?p ?o }} }}",
])
def test_names_glued_to_the_keyword_are_read_as_pyoxigraph_reads_them(request_text):
    """pyoxigraph calls ``:x`` here (rdflib reads the first one only): the guard reads them as it does."""
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(KnowledgeGraph(), request_text)


@pytest.mark.parametrize("update", [f"PREFIX : <{HOST}> LOAD:x", f"PREFIX ex: <{HOST}> LOADex:x"])
def test_load_glued_to_a_name_is_refused(update):
    with pytest.raises(QueryError, match="LOAD"):
        run_update(KnowledgeGraph(), update)


def test_the_refusal_names_what_reaches_out():
    with pytest.raises(QueryError, match=r"FROM <http://127\.0\.0\.1:9/data>.*--allow-service"):
        check_request(f"SELECT * FROM <{HOST}data> WHERE {{ ?s ?p ?o }}")


def nested(depth: int) -> str:
    return "SELECT * WHERE " + "{ " * depth + "?s ?p ?o " + "} " * depth


def test_deep_nesting_is_refused_before_the_engine_sees_it():
    """3,000 nested groups crash pyoxigraph 0.5.13 (in a child process here): the guard refuses them."""
    crash = subprocess.run([sys.executable, "-c", "import pyoxigraph, sys; "
                            "pyoxigraph.Store().query(sys.argv[1])", nested(3000)], capture_output=True)
    assert crash.returncode != 0
    for request in (nested(3000), "SELECT * WHERE { FILTER(" + "!" * 10_000 + "true) }",
                    "SELECT * WHERE { ?s ?p " + "[ ?p " * 200 + "?o" + " ]" * 200 + " }"):
        with pytest.raises(QueryError, match=f"deeper than {MAX_NESTING} levels"):
            run_query(KnowledgeGraph(), request)
    with pytest.raises(QueryError, match=f"deeper than {MAX_NESTING} levels"):
        run_update(KnowledgeGraph(), "INSERT DATA " + "{" * 100_000)


def test_nesting_within_the_limit_runs():
    assert list(run_query(KnowledgeGraph(), nested(MAX_NESTING - 1))) == []


def test_an_overlong_query_is_refused_an_overlong_update_is_not():
    padding = "# " + "x" * MAX_QUERY_LENGTH + "\n"
    with pytest.raises(QueryError, match=f"longer than {MAX_QUERY_LENGTH:,} characters"):
        check_request(padding + "SELECT * WHERE { ?s ?p ?o }")
    check_request(padding + "INSERT DATA { }", update=True)


def large_insert(triples: int) -> str:
    return "INSERT DATA { GRAPH <urn:g> { " + " ".join(
        f'<urn:s{i}> ckg:p "o{i}"@en ; rdfs:label "SERVICE {{" .' for i in range(triples)) + " } }"


UNCLOSED_STRINGS = ['"' + 'a \\" ' * 100_000, '"""\\' * 50_000, "'" * 99_999]


def test_a_large_insert_data_passes_the_guard():
    """Its speed (linear: 0.5 s for these 100,000 triples) is measured by benchmarks/guard.py."""
    check_request(large_insert(100_000), update=True)


@pytest.mark.parametrize("request_text", UNCLOSED_STRINGS)
def test_a_string_never_closed_is_a_syntax_error(request_text):
    """Looking for the end of every quote's string would take time growing with the square of the length: the
    first string never closed ends the reading (benchmarks/guard.py times it)."""
    with pytest.raises(QueryError, match=r"syntax error at 1:\d+: a string is opened and never closed"):
        check_request(request_text, update=True)


def test_an_escaped_quote_in_a_string_is_read_as_pyoxigraph_reads_it():
    """Read as the specification says, ``"\\u0022"`` opens a string never closed (that reading ends there);
    pyoxigraph reads a string holding a quote, and runs it."""
    assert list(run_query(KnowledgeGraph(), 'SELECT * WHERE { ?s ?p "\\u0022" }')) == []


def test_a_select_is_written_row_by_row():
    from kg.cli.query import ResultFormat, write_solutions

    class Recorder(io.RawIOBase):
        def __init__(self):
            self.pieces: list[int] = []

        def writable(self):
            return True

        def write(self, data):
            self.pieces.append(len(data))
            return len(data)

    graph = KnowledgeGraph()
    graph.update("INSERT DATA { GRAPH <urn:g> { " + " ".join(f"<urn:s{i}> <urn:p> 'o{i}' ." for i in range(5000)) + " } }")
    for result_format in (ResultFormat.csv, ResultFormat.tsv, ResultFormat.json):
        output = Recorder()
        write_solutions(graph.query("SELECT * WHERE { ?s ?p ?o }"), result_format, output)
        assert len(output.pieces) > 5 and max(output.pieces) < sum(output.pieces) / 5


def test_the_table_shows_max_rows_and_says_how_many_it_left_out(capsys):
    from kg.cli.query import print_table

    graph = KnowledgeGraph()
    graph.update("INSERT DATA { GRAPH <urn:g> { " + " ".join(f"<urn:s{i}> <urn:p> 'o{i:04}' ." for i in range(1500)) + " } }")
    print_table(graph.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"), 1000)
    table, note = capsys.readouterr()
    assert "o0999" in table and "o1000" not in table
    assert "1500 rows (500 not shown" in note


def test_a_timed_query_hands_its_solutions_over_through_a_file_it_leaves_no_trace_of(tmp_path, monkeypatch):
    """The child writes the result to a temporary file and the solutions are read from it as they are asked
    for, so the parent never holds the whole result; the file's name is gone once the query returns."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    graph = KnowledgeGraph()
    graph.update("INSERT DATA { GRAPH <urn:g> { " + " ".join(f"<urn:s{i}> <urn:p> 'o{i}' ." for i in range(3000)) + " } }")
    solutions = run_query(graph, "SELECT ?o WHERE { ?s ?p ?o }", timeout=60)
    assert list(tmp_path.iterdir()) == []
    assert sorted(solution["o"].value for solution in solutions) == sorted(f"o{i}" for i in range(3000))
    assert len(run_query(graph, "CONSTRUCT WHERE { ?s ?p ?o }", timeout=60)) == 3000
    assert bool(run_query(graph, "ASK { <urn:s1> ?p ?o }", timeout=60))
    with pytest.raises(QueryTimeout):
        run_query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert list(tmp_path.iterdir()) == []
