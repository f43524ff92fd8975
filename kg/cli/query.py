"""``kg query``: run a SPARQL query on a graph file or a store and print the result: CSV, TSV and JSON are
written as the rows come, the table shows at most ``--max-rows`` rows and says how many it left out."""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, BinaryIO

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.table import Table

from ..errors import QueryError
from ._common import StoreOption, open_graph, reports_errors, say, shown

__all__ = ["QUERY_FILE_SUFFIXES", "parameters", "print_table", "query", "read_query", "write_solutions"]


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


_RESULT_FORMATS = {ResultFormat.csv: ox.QueryResultsFormat.CSV, ResultFormat.tsv: ox.QueryResultsFormat.TSV,
                   ResultFormat.json: ox.QueryResultsFormat.JSON}


QUERY_FILE_SUFFIXES = (".rq", ".sparql", ".ru")


def read_query(text_or_path: str) -> str:
    """The query itself, or the content of the ``.rq`` (``.sparql``, ``.ru``) file it names; a name of such a
    file that does not exist is a :class:`~kg.errors.QueryError`, not a query to parse."""
    if not text_or_path.endswith(QUERY_FILE_SUFFIXES) or any(c.isspace() or c in "{}" for c in text_or_path):
        return text_or_path
    try:
        return Path(text_or_path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"no such query file: {text_or_path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read the query file {text_or_path}: {error}") from None


def parameters(assignments: list[str]) -> dict[str, str]:
    """``--param NAME=VALUE`` options as a dict; a NAME that is no SPARQL variable name is refused."""
    found = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        name = name.strip().lstrip("?$")
        if not equals or not re.fullmatch(r"\w+", name) or not value.strip():
            raise typer.BadParameter(f"'{assignment}': write NAME=VALUE, e.g. country=Sudan", param_hint="--param")
        found[name] = value.strip()
    return found


def print_table(result: ox.QuerySolutions, max_rows: int) -> None:
    """Print the first ``max_rows`` solutions as a table, then how many rows there were and how many are not
    shown (the others are counted, not kept)."""
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    rows = 0
    for solution in result:
        if rows < max_rows:
            table.add_row(*[shown("" if solution[n] is None else solution[n].value) for n in names])
        rows += 1
    Console(width=max(100, Console().width)).print(table)
    left_out = f" ({rows - max_rows} not shown: raise --max-rows or use --format csv)" if rows > max_rows else ""
    say(f"{rows} rows{left_out}")


def write_solutions(result: ox.QuerySolutions, result_format: ResultFormat, output: BinaryIO) -> None:
    """Write the solutions as CSV, TSV or SPARQL results JSON, piece by piece as they come."""
    result.serialize(output, format=_RESULT_FORMATS[result_format])


@reports_errors
def query(
    arguments: Annotated[list[str], typer.Argument(help="[GRAPH_FILE] QUERY: a graph file unless --store is given, then a SPARQL query or a .rq file.")],
    store: StoreOption = None,
    result_format: Annotated[ResultFormat | None, typer.Option("--format", "-f", help="SELECT output (default: table on a terminal, else CSV).")] = None,
    timeout: Annotated[float, typer.Option(min=0.1, help="Stop the query after this many seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option(min=0, help="Rows the table shows at most (CSV, TSV, JSON: all).")] = 1000,
    allow_service: Annotated[bool, typer.Option(help="Allow SERVICE calls to remote SPARQL endpoints.")] = False,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=ENTITY binds ?NAME to the entity of that label, other name ('RSF'), ISO code, key or IRI (repeatable).")] = None,
) -> None:
    """Run SPARQL with ckg:, ckr:, rdfs:, skos:, dcterms:, prov:, xsd: and owl: predeclared.

    SELECT prints rows, none twice; ASK prints true or false and exits 0 or 1; CONSTRUCT and DESCRIBE print Turtle.

    Examples:
    kg query --store kg.db examples/queries/mediators.rq --format csv
    kg query graph.ttl examples/queries/officials.rq --param country=Sudan  (fills VALUES ?country { ... })"""
    from ..graph.namespace import PREFIXES, RESOURCE
    from ..graph.query import run_query
    from ..graph.rewrite import defaults

    if len(arguments) not in (1, 2) or (len(arguments) == 2) == (store is not None):
        raise typer.BadParameter("give a graph file and a query, or --store and a query")
    graph = open_graph(Path(arguments[0]) if len(arguments) == 2 else None, store)
    text, given = read_query(arguments[-1]), parameters(param or [])
    for name, terms in defaults(text, given).items():  # "Niger unless another is given": say so, not silently
        say(f"?{name} is {terms.replace(f'<{RESOURCE}', '<')} by the query's own VALUES block; "
            f"--param {name}=NAME for another", "note", "yellow")
    result = run_query(graph, text, parameters=given, timeout=timeout, allow_service=allow_service)
    if isinstance(result, ox.QueryBoolean):
        typer.echo("true" if bool(result) else "false")
        raise typer.Exit(0 if bool(result) else 1)
    if isinstance(result, ox.QuerySolutions):
        chosen = result_format or (ResultFormat.table if sys.stdout.isatty() else ResultFormat.csv)
        if chosen == ResultFormat.table:
            print_table(result, max_rows)
        else:
            write_solutions(result, chosen, sys.stdout.buffer)
        return
    sys.stdout.buffer.write(ox.serialize(list(result), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
