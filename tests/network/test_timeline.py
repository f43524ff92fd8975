"""kg.network.timeline: events counted per day or week by kind, and drawn as stacked bars."""

from __future__ import annotations

from collections import Counter
from datetime import date

import networkx as nx
import pytest

from kg.network.convert import to_networkx
from kg.network.timeline import draw_timeline, event_counts, timeline_figure

MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}


def network_of(*edges: tuple[str, str | None, str | None]) -> nx.MultiDiGraph:
    network = nx.MultiDiGraph()
    for number, (relation, day, published) in enumerate(edges):
        network.add_edge("a", "b", key=f"e{number}", relation=relation, date=day, published=published)
    return network


def test_short_spans_count_by_day():
    counts = event_counts(network_of(("attacks", "2022-02-24", None), ("attacks", "2022-02-24", None),
                                     ("mediates", None, "2022-03-10")))
    assert counts.bucket == "day"
    assert counts.rows == {date(2022, 2, 24): Counter(attacks=2), date(2022, 3, 10): Counter(mediates=1)}


def test_long_spans_count_by_week_starting_monday():
    counts = event_counts(network_of(("attacks", "2022-02-24", None), ("sanctions", "2022-02-27", None),
                                     ("attacks", "2022-02-28", None), ("mediates", "2022-06-01", None)))
    assert counts.bucket == "week"
    assert counts.rows == {date(2022, 2, 21): Counter(attacks=1, sanctions=1), date(2022, 2, 28): Counter(attacks=1),
                           date(2022, 5, 30): Counter(mediates=1)}


def test_spans_over_two_years_count_by_month():
    counts = event_counts(network_of(("attacks", "2018-09-12", None), ("agreesWith", "2024-11-27", None),
                                     ("attacks", "2024-11-02", None)))
    assert counts.bucket == "month"
    assert counts.rows == {date(2018, 9, 1): Counter(attacks=1), date(2024, 11, 1): Counter(agreesWith=1, attacks=1)}


def test_offices_are_no_events_and_undated_events_are_counted_apart():
    counts = event_counts(network_of(("officialOf", "2022-02-24", None), ("attacks", None, None),
                                     ("attacks", "2022-02-24", None)))
    assert counts.rows == {date(2022, 2, 24): Counter(attacks=1)}
    assert counts.undated == 1


def test_bucket_can_be_chosen():
    assert event_counts(network_of(("attacks", "2022-02-24", None)), bucket="week").rows == {
        date(2022, 2, 21): Counter(attacks=1)}
    assert event_counts(network_of(("attacks", "2022-02-24", None)), bucket="month").bucket == "month"
    with pytest.raises(ValueError, match="'year'"):
        event_counts(network_of(), bucket="year")


@pytest.mark.parametrize("suffix", list(MAGIC))
def test_draw_timeline_writes_each_figure_format(tmp_path, toy_graph, suffix):
    path = tmp_path / f"timeline{suffix}"
    counts = draw_timeline(to_networkx(toy_graph), path)
    assert path.read_bytes().startswith(MAGIC[suffix])
    assert sum(sum(c.values()) for c in counts.rows.values()) == 2  # the sanction has no date at all
    assert counts.undated == 1


def test_an_empty_timeline_is_still_a_figure(tmp_path):
    counts = draw_timeline(nx.MultiDiGraph(), tmp_path / "empty.png")
    assert counts.rows == {} and (tmp_path / "empty.png").stat().st_size > 1000


def test_the_tallest_bar_and_the_legend_are_inside_the_picture():
    """Measured on the figure: the bars end below the top of the frame, the legend lies beside the frame
    (covering no bar) and inside the picture."""
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    network = network_of(*[("attacks", "2023-03-01", None)] * 14, *[("mediates", "2023-03-02", None)] * 3,
                         ("requestsAssistanceFrom", "2022-01-05", None), ("threatens", "2024-01-02", None))
    figure, _ = timeline_figure(network, bucket="month")
    [axes] = figure.axes
    renderer = FigureCanvasAgg(figure).get_renderer()
    tallest = max(bar.get_y() + bar.get_height() for bar in axes.patches)
    assert tallest == 17 and axes.get_ylim()[1] >= 1.05 * tallest  # a gap above the tallest bar
    legend, frame, picture = (axes.get_legend().get_window_extent(renderer), axes.get_window_extent(renderer),
                              figure.bbox)
    assert frame.x1 <= legend.x0 and legend.x1 <= picture.x1 and picture.y0 <= legend.y0 and legend.y1 <= picture.y1
    assert {text.get_text() for text in axes.get_legend().get_texts()} == {"attacks", "mediates", "threatens",
                                                                          "requestsAssistanceFrom"}
    plt.close(figure)
