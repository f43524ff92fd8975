"""``kg remove``: take articles, and everything only they supported, out of a store."""

from __future__ import annotations

from typing import Annotated

import typer

from ..wording import counted
from ._common import RequiredStore, open_graph, reports_errors, say

__all__ = ["remove"]


@reports_errors
def remove(
    article_ids: Annotated[list[str], typer.Argument(help="Ids of the articles to take out.")],
    store: RequiredStore,
) -> None:
    """Remove articles by id; entities and events that other articles also state stay.

    Exit status 1 when an id is not in the store (the others are removed).

    Example:
    kg remove --store kg.db 09-kenya-police-haiti"""
    graph = open_graph(None, store, writable=True)
    missing = [article_id for article_id in article_ids if not graph.remove(article_id)]
    graph.flush()
    say(f"removed {counted(len(article_ids) - len(missing), 'article', 'articles')}")
    if missing:
        say(", ".join(missing), "not in the store:", "yellow")
        raise typer.Exit(1)
