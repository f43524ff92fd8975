"""What the trained layers share: a model shipped as JSON weights under ``ontology/models/``, named by a digest of
its JSON, loaded from a file or as the shipped one, and read without any library."""

from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from ..resources import ontology_dir

__all__ = ["ShippedModel", "logistic"]


def logistic(score: float) -> float:
    """The probability a linear score stands for (clamped, so that no weight overflows it)."""
    return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


class ShippedModel:
    """A trained layer read from its model's JSON; ``MODEL_PATH`` is where the package ships it."""

    MODEL_PATH: ClassVar[str]

    def __init__(self, model: dict):
        self.version = hashlib.sha1(json.dumps(model, sort_keys=True).encode("utf-8")).hexdigest()[:10]

    @classmethod
    def default(cls):
        """The shipped model, or None when there is none."""
        return _shipped(cls)

    @classmethod
    def load(cls, path: str | Path):
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=None)
def _shipped(cls: type[ShippedModel]) -> ShippedModel | None:
    path = ontology_dir() / cls.MODEL_PATH
    return cls.load(path) if path.is_file() else None
