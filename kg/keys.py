"""Deterministic entity keys: the same name gives the same key on every run and machine.

>>> slugify("Félix Tshisekedi")
'felix-tshisekedi'
>>> entity_key("person", "Sergey  Lavrov")
'person/sergey-lavrov'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["slugify", "entity_key", "fold"]

_MAX_SLUG = 80


@lru_cache(maxsize=1 << 16)  # the same names are folded in article after article
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name, for lookups."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = re.sub(r"['\u2019`\u02bc]", "", stripped)
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def slugify(text: str) -> str:
    """A lower-case ASCII slug; long or non-Latin names keep a short hash so they stay unique."""
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if not slug:
        return digest
    if len(slug) > _MAX_SLUG:
        return f"{slug[:_MAX_SLUG].rstrip('-')}-{digest}"
    return slug


def entity_key(kind: str, name: str) -> str:
    """``kind/slug``: the key of an entity known only by its name."""
    return f"{kind}/{slugify(name)}"
