"""``kg viz``: pictures of a graph file or a store: an interactive page, a figure, a timeline, Gephi files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from ..errors import OutputError
from ._common import ModalityOption, StoreOption, chosen_modalities, open_graph, reports_errors, say, split_list

__all__ = ["viz"]

_DAY = ["%Y-%m-%d"]


@reports_errors
def viz(
    graph_file: Annotated[Path | None, typer.Argument(help="A graph file written by `kg build` (or use --store).")] = None,
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Interactive .html, figure .png/.svg/.pdf, or .gexf/.graphml.")] = Path("network.html"),
    timeline: Annotated[bool, typer.Option("--timeline", help="Draw events per period by kind instead of the network.")] = False,
    map_: Annotated[bool, typer.Option("--map", help="An offline .html map of events by the place they occurred in (with --modality, --since, --until, --min-confidence).")] = False,
    bucket: Annotated[str | None, typer.Option(help="Timeline periods: day, week or month (default: from the span of the dates).")] = None,
    focus: Annotated[str | None, typer.Option(help="Only this entity and its neighbourhood: its label, another name the articles use ('RSF'), ISO code, IRI or 'country/RUS'.")] = None,
    hops: Annotated[int, typer.Option(min=0, help="How far from --focus to go.")] = 1,
    relation: Annotated[str | None, typer.Option(help="Only these relations, comma-separated: mediates,deploys,...")] = None,
    entity_type: Annotated[str | None, typer.Option("--entity-type", help="Only edges between these types: Country,Person,...")] = None,
    since: Annotated[datetime | None, typer.Option(formats=_DAY, show_default=False, help="Only edges dated this day (YYYY-MM-DD) or later: the event's date, else its article's; undated edges are left out.")] = None,
    until: Annotated[datetime | None, typer.Option(formats=_DAY, show_default=False, help="Only edges dated this day (YYYY-MM-DD) or earlier, as --since.")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Only events at least this sure.")] = None,
    min_reports: Annotated[int | None, typer.Option("--min-reports", min=1, help="Only events reported by at least this many articles.")] = None,
    modality: ModalityOption = "asserted,planned",
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Node budget of the HTML page (most connected kept).")] = 300,
    title: Annotated[str | None, typer.Option(help="Title of the picture.")] = None,
    edge_labels: Annotated[bool, typer.Option("--edge-labels", help="Figures: write the relation beside each edge where there is room.")] = False,
) -> None:
    """Draw the entities and the events between them; every filter applies to every kind of output.

    Exit status 1, and nothing written, when no edge passes the filters.

    Examples:
    kg viz --store kg.db -o network.html
    kg viz graph.ttl --focus Russia --since 2023-01-01 -o russia.png"""
    from ..graph.lookup import find_entity, graph_names
    from ..network.convert import to_networkx
    from ..network.filters import filter_network
    from ..network.summary import summarize
    from ..network.timeline import BUCKETS, draw_timeline
    from ..outputs import FIGURES, NETWORK_FILES, output_kind, write_network_file

    try:
        output_kind(output, ("page",) if map_ else FIGURES if timeline else NETWORK_FILES)
    except OutputError as error:
        raise typer.BadParameter(str(error).split("] ", 1)[-1], param_hint="--output") from None
    if bucket is not None and bucket not in BUCKETS:
        raise typer.BadParameter(f"one of {', '.join(BUCKETS)}", param_hint="--bucket")
    graph = open_graph(graph_file, store)
    if map_:
        _draw_map(graph, output, title=title, modalities=chosen_modalities(modality),
                  since=since and since.date(), until=until and until.date(), min_confidence=min_confidence)
        return
    centre = find_entity(focus, graph_names(graph)) if focus else None
    network = to_networkx(graph, modalities=chosen_modalities(modality))
    try:
        network = filter_network(network, focus=centre, hops=hops, relations=split_list(relation),
                                 entity_types=split_list(entity_type), since=since and since.date(),
                                 until=until and until.date(), min_confidence=min_confidence,
                                 min_reports=min_reports)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    if not network.number_of_edges():
        say(f"nothing to draw: {_why_empty(focus, relation, entity_type, since, until, min_confidence, min_reports, modality)}; "
            f"{output} not written", "warning", "yellow")
        raise typer.Exit(1)
    heading = title or _heading(focus, timeline)
    if timeline:
        counts = draw_timeline(network, output, title=heading, bucket=bucket)
        say(f"{sum(sum(c.values()) for c in counts.rows.values())} events by {counts.bucket} -> {output}")
        return
    write_network_file(network, output, title=heading, max_nodes=max_nodes, edge_labels=edge_labels)
    summary = summarize(network)
    say(f"{network.number_of_nodes()} entities, {network.number_of_edges()} edges ({summary.entities} entities with "
        f"an edge; sources: {summary.sources()}) -> {output}")


def _draw_map(graph, output: Path, *, title: str | None, **filters) -> None:
    from ..network.map import write_map

    placed = write_map(graph, output, title=title or "conflict-kg events by place", **filters)
    say(f"{placed} events with a place -> {output}")


def _why_empty(focus, relation, entity_type, since, until, min_confidence, min_reports, modality) -> str:
    """What left a picture without an edge: the filters given, or a graph with no event."""
    given = [f"--{name} {value}" for name, value in (
        ("focus", focus), ("relation", relation), ("entity-type", entity_type), ("since", since and since.date()),
        ("until", until and until.date()), ("min-confidence", min_confidence), ("min-reports", min_reports))
        if value is not None]
    return f"no edge passes {' '.join(given)} (--modality {modality})" if given else f"no edge of --modality {modality}"


def _heading(focus: str | None, timeline: bool) -> str:
    what = "events over time" if timeline else "event network"
    return f"conflict-kg {what}" + (f" around {focus}" if focus else "")
