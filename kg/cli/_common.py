"""What the commands share: the stderr console, the graph they read, and turning errors into messages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from ..errors import KGError
from ..query import load_graph
from ..store import KnowledgeGraph

__all__ = ["StoreOption", "console", "open_graph", "reports_errors"]

console = Console(stderr=True)
StoreOption = Annotated[Path | None, typer.Option("--store", help="An on-disk graph store (a folder; created by `kg build --store`).")]
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


def open_graph(graph_file: Path | None, store: Path | None, *, writable: bool = False) -> KnowledgeGraph:
    """The graph a command works on: a store (``--store``) or a graph file, exactly one of them."""
    if (graph_file is None) == (store is None):
        raise typer.BadParameter("give either a graph file or --store, not both and not neither")
    if store is not None:
        if not writable and not store.exists():
            raise typer.BadParameter(f"no store at {store}")
        return KnowledgeGraph(store, read_only=not writable)
    return load_graph(graph_file)
