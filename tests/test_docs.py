"""README.md and docs/CONTRACT.md: links stay inside the repository, and the contract names real terms."""

from __future__ import annotations

import re

from rdflib import Graph, URIRef

from kg.graph.namespace import ONTOLOGY as CKG

from conftest import ONTOLOGY, REPO

LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_relative_link_of_the_readme_and_docs_is_a_file_of_the_repository():
    for page in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "#")):
                continue
            path = (page.parent / target.split("#")[0]).resolve()
            assert path.is_relative_to(REPO) and path.exists(), (page.name, target)


def test_the_contract_names_only_terms_the_ontology_defines():
    ontology = Graph().parse(ONTOLOGY / "conflict-kg.ttl", format="turtle")
    named = set(re.findall(r"\bckg:(\w+)", (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8")))
    assert {"Article", "mentions", "actor", "target", "reportedIn", "mediates", "officialOf", "memberOf"} <= named
    assert not [name for name in named if (URIRef(CKG + name), None, None) not in ontology]
