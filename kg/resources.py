"""Where the shipped data lives: ``ontology/`` in a source checkout, ``kg/ontology`` in a wheel."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["data_version", "load_json", "ontology_dir"]

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """The folder holding the ontology, the SHACL shapes and the extractor's vocabularies."""
    for candidate in (_PACKAGE_DIR / "ontology", _PACKAGE_DIR.parent / "ontology"):
        if (candidate / "conflict-kg.ttl").is_file() or (candidate / "lexicon").is_dir():
            return candidate
    raise FileNotFoundError("conflict-kg data folder 'ontology' is missing from this installation")


@lru_cache(maxsize=None)
def load_json(relative: str) -> Any:
    """Parse one JSON data file below the ontology folder (cached: data files are read-only)."""
    return json.loads((ontology_dir() / relative).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def data_version() -> str:
    """A digest of the data the extractor reads (gazetteer and lexicon): it changes when they change."""
    digest = hashlib.sha1()
    for path in sorted([*ontology_dir().glob("gazetteer/*.json"), *ontology_dir().glob("lexicon/*.json")]):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]
