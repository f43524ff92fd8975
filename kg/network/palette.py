"""Colours and shapes shared by every picture, so a reader learns them once: entity types by node colour
and shape, relations by edge colour (a colour-blind-safe qualitative scheme for the ten event kinds)."""

from __future__ import annotations

__all__ = ["RELATION_COLOURS", "TYPE_COLOURS", "TYPE_SHAPES"]

TYPE_COLOURS = {"Country": "#4c72b0", "Person": "#dd8452", "Organization": "#55a868", "Location": "#8c8c8c",
                "Entity": "#c7c7c7"}
TYPE_SHAPES = {"Country": "circle", "Person": "diamond", "Organization": "square", "Location": "triangle",
               "Entity": "circle"}
"""Shape names as the HTML page draws them; the static figure uses the matplotlib marker of the same shape."""
RELATION_COLOURS = {
    "mediates": "#1f77b4", "requestsAssistanceFrom": "#17becf", "deploysTo": "#d62728", "providesAidTo": "#2ca02c",
    "meetsWith": "#9467bd", "agreesWith": "#bcbd22", "attacks": "#8c564b", "accuses": "#e377c2",
    "sanctions": "#7f7f7f", "threatens": "#ff7f0e", "officialOf": "#393b79", "memberOf": "#637939",
}
