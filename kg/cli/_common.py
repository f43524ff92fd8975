"""What the commands share: the stderr console, the graph they read, and turning errors into messages.

Command modules import what their work needs when they run, so that ``kg --help`` and the reading commands
start without loading spaCy, networkx or an HTTP client they do not use."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from ..errors import KGError, StoreError
from ..graph.protocol import Graph

__all__ = ["StoreOption", "console", "open_graph", "reports_errors"]

console = Console(stderr=True)
StoreOption = Annotated[str | None, typer.Option("--store", help="A graph store: a folder (created by `kg build --store`) or a SPARQL server's URL.")]
Command = TypeVar("Command", bound=Callable)


def reports_errors(command: Command) -> Command:
    """Print a conflict-kg error as one line on stderr and exit with status 2, instead of a traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as error:
            console.print(f"[red]error[/] {error}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return run  # type: ignore[return-value]


def open_graph(graph_file: Path | None, store: str | None, *, writable: bool = False,
               create: bool = False) -> Graph:
    """The graph a command works on: a store (``--store``: a folder or a server's URL) or a graph file,
    exactly one of them. A store folder must exist unless ``create``, and hold no import that did not finish."""
    if (graph_file is None) == (store is None):
        raise typer.BadParameter("give either a graph file or --store, not both and not neither")
    if store is None:
        from ..graph.query import load_graph

        return load_graph(graph_file)
    from ..graph.remote import RemoteGraph, is_remote

    if is_remote(store):
        return RemoteGraph(store)
    if not create and not Path(store).exists():
        raise typer.BadParameter(f"no store at {store}", param_hint="--store")
    from ..graph.store import KnowledgeGraph

    graph = KnowledgeGraph(store, read_only=not writable)
    if graph.unfinished_imports:
        raise StoreError(store, f"an import of {', '.join(graph.unfinished_imports)} did not finish: the store may hold "
                                f"part of it; run `kg import` with that file again to finish it")
    return graph
