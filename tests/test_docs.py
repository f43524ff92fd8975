"""README.md and docs/*.md: links stay inside the repository and lead somewhere, and the contract names real terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.graph.namespace import ONTOLOGY as CKG

from conftest import ONTOLOGY, REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCED = re.compile(r"```.*?```", re.DOTALL)
CODE = re.compile(FENCED.pattern + r"|`[^`\n]*`", re.DOTALL)
ADDRESS = re.compile(r"\b(?:https?|ftp)://\S+")


def prose(page: Path) -> str:
    """The page without its code blocks and code spans, where example addresses (`http://localhost:7878`) live."""
    return CODE.sub("", page.read_text(encoding="utf-8"))


def anchors(page: Path) -> set[str]:
    """The anchors of the page's headings, made as GitHub makes them: lower case, punctuation dropped, spaces as -."""
    headings = re.findall(r"^#+ (.+)$", FENCED.sub("", page.read_text(encoding="utf-8")), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_no_address_outside_the_repository_except_examples_written_as_code(page):
    assert ADDRESS.findall(prose(page)) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_link_is_a_file_of_the_repository_and_every_anchor_a_heading(page):
    for target in LINK.findall(prose(page)):
        path_part, _, anchor = target.partition("#")
        path = (page.parent / path_part).resolve() if path_part else page
        assert path.is_relative_to(REPO) and path.exists(), (page.name, target)
        if anchor:
            assert anchor in anchors(path), (page.name, target)


def test_the_anchor_of_a_heading_is_made_as_github_makes_it(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Rows never repeated: the cost\n\n```\n# not a heading\n```\n## Throughput of `kg build`\n",
                    encoding="utf-8")
    assert anchors(page) == {"rows-never-repeated-the-cost", "throughput-of-kg-build"}


def test_the_contract_names_only_terms_the_ontology_defines():
    ontology = Graph().parse(ONTOLOGY / "conflict-kg.ttl", format="turtle")
    named = set(re.findall(r"\bckg:(\w+)", (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8")))
    assert {"Article", "mentions", "actor", "target", "reportedIn", "mediates", "officialOf", "memberOf"} <= named
    assert not [name for name in named if (URIRef(CKG + name), None, None) not in ontology]
