"""An overview for whole-graph pages too big to read node by node.

Above `OVERVIEW_NODES` nodes, `vanban view --all` opens on groups instead of documents:
one mark per province inside each level (central documents form one group, so do the
documents of unknown level), sized by how many documents it holds and labelled with the
count. A click on a group opens it; the page's "Open every group" button, a search hit or
a filter opens them all. Each group's documents are laid out in a block of their own
(`layout.lay_out_groups`), so an opened group fills the place its mark stood in.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .model import View, ViewNode
from .style import LEVEL_NAMES, LEVELS

OVERVIEW_NODES = 400  # a few hundred marks still read one by one; more do not
HEATMAP_ROWS = 40  # central documents in the overview's heatmap, most implemented first


def group_of(node: ViewNode) -> str:
    """The group a node is drawn in: its level, and inside a level below central its
    province ("provincial|Thanh Hóa"); organisations keep to their own group per level."""
    level = node.level if node.level in LEVELS else None
    parts = [level or "unknown"]
    if node.organisation:
        parts.append("organisations")
    elif level not in (None, "central") and node.province:
        parts.append(node.province)
    return "|".join(parts)


def group_name(group: str) -> str:
    level, _, rest = group.partition("|")
    name = LEVEL_NAMES[None if level == "unknown" else level]
    return f"{rest} · {name}" if rest else name


def wants_overview(view: View) -> bool:
    return view.kind == "graph" and len(view.nodes) > OVERVIEW_NODES


def overview_groups(view: View, centres: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    """The groups of a laid-out page for the script: id, name, count, level, centre."""
    counts = Counter(n.group for n in view.nodes if n.group)
    levels = {n.group: n.level for n in view.nodes if n.group}
    return [
        {
            "id": group,
            "name": group_name(group),
            "label": group.partition("|")[2] or group_name(group),
            "count": count,
            "level": levels[group],
            "x": centres[group][0],
            "y": centres[group][1],
        }
        for group, count in sorted(counts.items())
    ]
