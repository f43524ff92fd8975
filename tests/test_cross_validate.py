"""The cross-validation script (scripts/cross_validate.py): how the rules read the statements the gold leaves out."""

from __future__ import annotations


import pytest

from conftest import REPO, load_script
from kg.model import Article


@pytest.fixture(scope="module")
def cross_validate():
    return load_script(REPO / "scripts" / "cross_validate.py")


def test_statements_left_out_are_counted_by_how_the_rules_read_them(cross_validate, extractor):
    text = "Chile did not send troops to Peru. Chile has frozen its participation in the Andean Community."
    [analysis] = extractor.analyse_many([Article(id="x1", text=text)])
    gold = {"x1": {"entities": [{"name": "Chile", "type": "Country"}, {"name": "Peru", "type": "Country"},
                                {"name": "Andean Community", "type": "Organization"}],
                   "relations": [],
                   "not_annotated": [
                       {"type": "deploys", "subject": "Chile", "object": "Peru", "why": "negated",
                        "evidence": "Chile did not send troops to Peru"},
                       {"type": "memberOf", "subject": "Chile", "object": "Andean Community", "why": "negated",
                        "evidence": "has frozen its participation in the Andean Community"}]}}
    found = cross_validate.modalities([analysis], gold, cross_validate.scorer())
    assert found == {("left out as negated", "negated"): 1}
