"""Colours and shapes shared by every picture, so a reader learns them once: entity types by node colour and
shape, relations by edge colour (all from :mod:`kg.vocabulary`), and the look of a node whose entity has no
description (``Entity``).

>>> TYPE_COLOURS["Country"], RELATION_COLOURS["mediates"], TYPE_SHAPES["Entity"]
('#4c72b0', '#1f77b4', 'circle')
"""

from __future__ import annotations

from ..vocabulary import ENTITY_TYPES, RELATIONS

__all__ = ["RELATION_COLOURS", "TYPE_COLOURS", "TYPE_SHAPES", "UNDESCRIBED"]

UNDESCRIBED = "Entity"
"""The type of a node whose entity the graph does not describe (a graph edited by hand)."""
TYPE_COLOURS = {kind.name: kind.colour for kind in ENTITY_TYPES} | {UNDESCRIBED: "#c7c7c7"}
TYPE_SHAPES = {kind.name: kind.shape for kind in ENTITY_TYPES} | {UNDESCRIBED: "circle"}
"""Shape names as the HTML page draws them; the static figure uses the matplotlib marker of the same shape."""
RELATION_COLOURS = {relation.name: relation.colour for relation in RELATIONS}
