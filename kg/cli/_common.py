"""What the commands share: the stderr console and the one way to print on it, the graph they read, and turning
errors into messages.

Command modules import what their work needs when they run, so that ``kg --help`` and the reading commands
start without loading spaCy, networkx or an HTTP client they do not use."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from ..errors import KGError, StoreError
from ..graph.protocol import Graph
from ..model import Modality, well_formed

__all__ = ["INTERRUPTED", "ModalityOption", "RequiredStore", "StoreOption", "chosen_modalities", "console", "open_graph",
           "reports_errors", "say", "shown", "split_list"]

console = Console(stderr=True)
_HIDDEN = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # ANSI control sequences: colours, cursor moves, erasing
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # operating system commands: hyperlinks, the window title
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"  # other controls, ESC alone, bidi overrides
)
_STORE = typer.Option("--store", help="A graph store: a folder (made by `kg build --store` or `kg import`) or a SPARQL "
                                      "server's URL (http://host:7878, a Fuseki dataset, a GraphDB repository).")
StoreOption = Annotated[str | None, _STORE]  # every command takes a store this way (read by open_graph)
RequiredStore = Annotated[str, _STORE]  # ... the commands that only change a store too
Command = TypeVar("Command", bound=Callable)
INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C, as shells give it (128 + SIGINT)


def shown(text: str, style: str = "") -> Text:
    """Text from anywhere (an id, a file name, a date, a message quoting them) as the terminal should show it:
    markup such as ``[link=...]`` printed, not obeyed; control characters and ANSI escape sequences removed."""
    return Text(_HIDDEN.sub("", well_formed(text)), style=style)


def say(message: str, label: str = "", style: str = "") -> None:
    """Print one message on stderr, after ``label`` in ``style`` (``say(str(error), "error", "red")``); every
    command prints through here, so nothing read from an input can style or move the terminal."""
    console.print(Text.assemble(shown(label, style), " " if label else "", shown(message)), soft_wrap=True)


def reports_errors(command: Command) -> Command:
    """Print a conflict-kg error as one line on stderr and exit with status 2, instead of a traceback; Ctrl-C
    (where the command says nothing more itself) prints "interrupted" and exits with status 130."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as error:
            say(str(error), "error", "red")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            say("interrupted")
            raise typer.Exit(INTERRUPTED) from None

    return run  # type: ignore[return-value]


def open_graph(graph_file: Path | None, store: str | None, *, writable: bool = False,
               create: bool = False, importing: bool = False) -> Graph:
    """The graph a command works on: a store (``--store``: a folder or a server's URL) or a graph file,
    exactly one of them. A store folder must exist unless ``create``, and hold no import that did not finish
    (``importing``: it may, and a note says so)."""
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
    if graph.unfinished_imports and importing:
        say(f"{store}: the import of {', '.join(graph.unfinished_imports)} did not finish; importing it again "
            f"finishes it", "note", "yellow")
    elif graph.unfinished_imports:
        raise StoreError(store, f"an import of {', '.join(graph.unfinished_imports)} did not finish: the store may hold "
                                f"part of it; run `kg import` with that file again to finish it")
    return graph


ModalityOption = Annotated[str, typer.Option(
    help="Events of these modalities, comma-separated (asserted, planned, negated, hypothetical, claimed), or 'all'.")]


def split_list(values: str | None) -> list[str] | None:
    """A comma-separated option's values, blanks dropped (None when not given)."""
    return [value for value in (v.strip() for v in values.split(",")) if value] if values else None


def chosen_modalities(values: str) -> list[Modality] | None:
    """``--modality``: the modalities named (None for 'all')."""
    names = [name.lower() for name in split_list(values) or []]
    if names == ["all"]:
        return None
    known = {modality.value.lower(): modality for modality in Modality}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise typer.BadParameter(f"{', '.join(unknown) or 'none given'}: use {', '.join(known)} or all",
                                 param_hint="--modality")
    return [known[name] for name in names]
