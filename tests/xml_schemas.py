"""The XML schemas the network files are checked against (tests/network/schemas, restated for the tests)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "network" / "schemas"
SCHEMA_OF = {".gexf": "gexf-1.2draft.xsd", ".graphml": "graphml-1.0.xsd"}


@cache
def schema(suffix: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / SCHEMA_OF[suffix])))


def schema_errors(document: bytes, suffix: str) -> list[str]:
    """What the schema of the format ``suffix`` (``.gexf``, ``.graphml``) finds wrong in ``document``."""
    checker = schema(suffix)
    checker.validate(etree.fromstring(document))
    return [error.message for error in checker.error_log]
