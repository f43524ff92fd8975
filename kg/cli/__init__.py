"""The ``kg`` command line: one module per command, gathered in one Typer app."""

from __future__ import annotations

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

app = typer.Typer(help="conflict-kg: news about wars and diplomacy in, an RDF knowledge graph out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
for command in (build, import_, query, export, remove, stats, update, viz):
    app.command(command.__name__.rstrip("_"))(command)


@app.callback()
def _group() -> None:
    """conflict-kg: news about wars and diplomacy in, an RDF knowledge graph out."""


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()
