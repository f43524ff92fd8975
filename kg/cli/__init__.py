"""The ``kg`` command line: one module per command, gathered in one Typer app."""

from __future__ import annotations

from typing import Annotated

import typer

from .build import build
from .export import export
from .import_ import import_
from .query import query
from .remove import remove
from .stats import stats
from .update import update
from .viz import viz

__all__ = ["app", "main"]

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
for command in (build, import_, query, export, remove, stats, update, viz):
    app.command(command.__name__.rstrip("_"))(command)


def _print_version(asked: bool) -> None:
    if asked:
        from .. import __version__

        typer.echo(f"conflict-kg {__version__}")
        raise typer.Exit()


@app.callback()
def _group(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version of conflict-kg and exit.")] = False,
) -> None:
    """conflict-kg: news about wars and diplomacy in, an RDF knowledge graph out.

    Exit status: 0 done; 1 nothing done, or something left out; 2 bad usage, input, store or disk; 130 Ctrl-C."""


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()
