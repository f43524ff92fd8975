"""Very long articles: split into parts cut at paragraph or sentence ends, each part built as an article of its
own, so a build's memory does not grow with the length of one article."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.building import build
from kg.extract.extractor import _parse_batches
from kg.model import Article
from kg.sources.readers import MAX_TITLE_CHARS, Limits, read_text, within_limits

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from long_article import SENTENCES, long_text  # noqa: E402


def _quads(graph) -> set[str]:
    return {str(quad) for quad in graph.quads()}


def test_a_long_article_gives_the_graph_of_its_parts_built_as_articles(tmp_path, extractor):
    paragraphs = [" ".join(SENTENCES[start:start + 4]) for start in range(0, len(SENTENCES), 4)]
    report = tmp_path / "report.txt"
    report.write_text("\n\n".join(paragraphs), encoding="utf-8")
    parts = tmp_path / "parts.jsonl"
    with parts.open("w", encoding="utf-8") as stream:
        for number, paragraph in enumerate(paragraphs, start=1):
            title = paragraphs[0] if number == 1 else f"{paragraphs[0]} (part {number})"
            text = paragraph if number == len(paragraphs) else paragraph + "\n\n"
            stream.write(json.dumps({"id": f"report-part{number}", "title": title, "text": text}) + "\n")
    limits = Limits(max_chars=max(len(paragraph) for paragraph in paragraphs) + 2)

    long_graph, long_report = build([report], extractor=extractor, limits=limits)
    parts_graph, parts_report = build([parts], extractor=extractor)

    assert long_report.articles == parts_report.articles == len(paragraphs)
    assert long_report.events and _quads(long_graph) == _quads(parts_graph)


@pytest.mark.parametrize("full_stops", [True, False])
def test_the_parts_of_a_one_line_article_carry_a_title_of_bounded_length(full_stops):
    """The title of a text is its first line: for a one-line article, the whole text. Every part repeated it, so
    a 5 MB article held 53 copies of 5 MB (265 MB), and 5 MB with no full stop 1,085 copies (past 6 GB)."""
    text = long_text(2**20, full_stops)
    parts = list(within_limits([read_text(text, "long", "long.txt")], Limits()))
    assert all(len(part.title) <= MAX_TITLE_CHARS for part in parts)
    first_line = parts[0].title.removesuffix("…")
    assert parts[0].title.endswith("…") and text.startswith(first_line) and text[len(first_line)] == " "
    assert parts[1].title == first_line[:len(parts[1].title) - len("… (part 2)")].rstrip() + "… (part 2)"
    assert parts[-1].title.endswith(f"… (part {len(parts)})")


def test_a_one_line_article_gives_the_graph_of_its_parts_built_as_articles(tmp_path, extractor):
    """Read as articles of their own, the parts keep the titles the split gave them: the same graph."""
    article = tmp_path / "one-line.txt"
    article.write_text(long_text(9_000), encoding="utf-8")
    limits = Limits(max_chars=4_000)
    parts = tmp_path / "parts.jsonl"
    with parts.open("w", encoding="utf-8") as stream:
        for part in within_limits([read_text(article.read_text(encoding="utf-8"), "one-line", "")], limits):
            stream.write(json.dumps({"id": part.id, "title": part.title, "text": part.text}) + "\n")

    long_graph, long_report = build([article], extractor=extractor, limits=limits)
    parts_graph, parts_report = build([parts], extractor=extractor)

    assert long_report.articles == parts_report.articles == 3
    assert long_report.events and _quads(long_graph) == _quads(parts_graph)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=120),
       st.lists(st.sampled_from([" ", "  ", "\n", "\n\n"]), min_size=120, max_size=120),
       st.integers(300, 2000))
def test_the_splitter_cuts_at_sentence_ends_when_sentences_end(choices, spaces, size):
    text = "".join(SENTENCES[choice] + space for choice, space in zip(choices, spaces))
    notices = []
    parts = [part.text for part in within_limits([Article("a", text)], Limits(max_chars=size),
                                                  on_notice=lambda origin, message: notices.append(message))]
    assert "".join(parts) == text
    assert all(len(part) <= size and part.rstrip().endswith(".") for part in parts)
    assert not any("word boundary" in notice for notice in notices)


def test_a_sentence_without_an_end_is_cut_at_word_boundaries_with_a_notice():
    text = long_text(20_000, full_stops=False)
    notices = []
    parts = [part.text for part in within_limits([Article("a", text, origin="a.txt")],
                                                  Limits(max_chars=4000, max_sentence_chars=1500),
                                                  on_notice=lambda origin, message: notices.append(message))]
    assert "".join(parts) == text
    assert all(len(part) <= 1500 and part.endswith(" ") for part in parts[:-1])
    assert set(text.split()) == {word for part in parts for word in part.split()}  # no word cut in two
    assert notices[1] == f"no sentence end within 1,500 characters: cut at a word boundary {len(parts) - 1} times"


def test_the_parts_of_a_long_article_are_parsed_in_batches_of_their_own():
    """A parse batch's memory grows with its text (all parts of a 1 MB article in one batch took 3.2 GB): a batch
    holds at most 128,000 characters, and ordinary articles still fill batches of 64. The memory this saves is
    measured by benchmarks/long_article.py (a 1 MB article: 0.98x the same text as ordinary articles)."""
    parts = list(within_limits([Article("long", long_text(300_000), origin="long.txt")], Limits()))
    ordinary = [Article(f"a{n}", long_text(1_500)) for n in range(130)]
    batches = list(_parse_batches([*parts, *ordinary], 64))
    assert all(len(batch) == 1 or sum(len(a.text) for a in batch) <= 128_000 for batch in batches)
    assert all(len(batch) <= 64 for batch in batches)
    full_parts = [part for part in parts if len(part.text) > 64_000]
    assert len(full_parts) == 3 and all(sum(part in batch for part in full_parts) <= 1 for batch in batches)
    assert max(len(batch) for batch in batches) == 64  # ordinary articles still fill whole batches
    assert [article for batch in batches for article in batch] == [*parts, *ordinary]
