"""Positions computed once, in Python: the page never runs a physics simulation.

The page reads like the hierarchy it shows: one block of rows per level, central at the
top, then provincial, district, commune (and unknown levels last); inside a block,
documents run by date from left to right, wrapping onto further rows when a level holds
more documents than fit in one. Organisations sit in their level's block after the
documents. Undated documents come after the dated ones.

Overview pages (`overview.py`) lay each group out as a block of its own instead, blocks
side by side inside their level's band, so that a group's mark can stand where its
documents will appear when it is opened.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from .model import ViewNode
from .style import LEVEL_NAMES, LEVELS

STEP_X = 180.0  # between neighbours in a row
STEP_Y = 120.0  # between wrapped rows of one level
GAP_Y = 200.0  # between level blocks
MIN_COLUMNS = 6


def columns_for(count: int) -> int:
    """Width of a row: a roughly 3:2 landscape drawing however many nodes there are."""
    return max(MIN_COLUMNS, math.ceil(math.sqrt(count * 1.2)))


def _order(node: ViewNode) -> tuple[Any, ...]:
    return (node.organisation, node.date is None, node.date or "", node.label, node.id)


def lay_out(nodes: list[ViewNode]) -> list[dict[str, Any]]:
    """Set `x`, `y` of every node; return the level bands [{level, name, top, bottom}]."""
    by_level: dict[str | None, list[ViewNode]] = defaultdict(list)
    for node in nodes:
        by_level[node.level if node.level in LEVELS else None].append(node)
    columns = columns_for(len(nodes))
    bands: list[dict[str, Any]] = []
    y = 0.0
    for level in (*LEVELS, None):
        members = sorted(by_level.get(level, []), key=_order)
        if not members:
            continue
        rows = math.ceil(len(members) / columns)
        for i, node in enumerate(members):
            row, col = divmod(i, columns)
            in_row = min(columns, len(members) - row * columns)
            stagger = STEP_X / 2 if row % 2 else 0.0
            node.x = (col - (in_row - 1) / 2) * STEP_X + stagger
            node.y = y + row * STEP_Y
        bottom = y + (rows - 1) * STEP_Y
        bands.append({"level": level, "name": LEVEL_NAMES[level], "top": y, "bottom": bottom})
        y = bottom + GAP_Y
    return bands


GROUP_GAP_X = 260.0  # between group blocks of one band
SLOTS_PER_ROW = 10  # small groups: at most this many blocks side by side in a band


def _block_columns(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count * 4)))  # a block four times wider than tall


def _band_width(by_group: dict[str, list[ViewNode]]) -> float:
    """Blocks wrap past this width: a roughly 3:2 landscape drawing in all."""
    area = widest = 0.0
    for members in by_group.values():
        columns = _block_columns(len(members))
        width = (columns - 1) * STEP_X + GROUP_GAP_X
        height = math.ceil(len(members) / columns) * STEP_Y + GAP_Y / 2
        area += width * height
        widest = max(widest, width)
    return max(widest, math.sqrt(area * 3))


def lay_out_groups(
    nodes: list[ViewNode],
) -> tuple[list[dict[str, Any]], dict[str, tuple[float, float]]]:
    """Set `x`, `y` of every node block by block (nodes carry `group`); return the level
    bands and the centre of each group's block."""
    by_group: dict[str, list[ViewNode]] = defaultdict(list)
    for node in nodes:
        by_group[node.group or ""].append(node)
    bands: list[dict[str, Any]] = []
    centres: dict[str, tuple[float, float]] = {}
    band_width = _band_width(by_group)
    slot = (band_width / SLOTS_PER_ROW - GROUP_GAP_X, (band_width / SLOTS_PER_ROW) * 0.5)
    y = 0.0
    for level in (*LEVELS, None):
        groups = sorted(
            (g for g, members in by_group.items() if _level_of(members[0]) == level),
            key=lambda g: (-len(by_group[g]), g),
        )
        if not groups:
            continue
        top, x, row_height = y, 0.0, 0.0
        for group in groups:
            members = sorted(by_group[group], key=_order)
            columns = _block_columns(len(members))
            # A block takes at least one slot, so that the marks of small groups stand
            # apart at the scale the whole drawing is seen at; it sits in the slot's middle.
            width = (columns - 1) * STEP_X
            height = (math.ceil(len(members) / columns) - 1) * STEP_Y
            slot_w, slot_h = max(width, slot[0]), max(height, slot[1])
            if x > 0 and x + slot_w > band_width:  # next row of blocks
                x, y = 0.0, y + row_height + GAP_Y / 2
                row_height = 0.0
            left, upper = x + (slot_w - width) / 2, y + (slot_h - height) / 2
            for i, node in enumerate(members):
                row, col = divmod(i, columns)
                node.x = left + col * STEP_X
                node.y = upper + row * STEP_Y
            centres[group] = (left + width / 2, upper + height / 2)
            row_height = max(row_height, slot_h)
            x += slot_w + GROUP_GAP_X
        bottom = y + row_height
        bands.append({"level": level, "name": LEVEL_NAMES[level], "top": top, "bottom": bottom})
        y = bottom + GAP_Y
    return bands, centres


def _level_of(node: ViewNode) -> str | None:
    return node.level if node.level in LEVELS else None
