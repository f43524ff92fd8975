"""How a count reads in a message or a caption: the noun in the singular for one, thousands separated.

>>> counted(1, "article", "articles"), counted(1204, "article", "articles")
('1 article', '1,204 articles')
"""

from __future__ import annotations

__all__ = ["counted"]


def counted(number: int, one: str, many: str) -> str:
    """The number and the noun that fits it."""
    return f"{number:,} {one if number == 1 else many}"
