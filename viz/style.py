"""How the views draw things: colours by level, shapes by document type, edge styles by relation.

One table for the graph pages and the annotated texts, so a relation has one colour
everywhere. Dash patterns make relations tell apart in grey too.
"""

from __future__ import annotations

from typing import Any

LEVELS = ("central", "provincial", "district", "commune")
LEVEL_NAMES = {
    "central": "Central (Trung ương)",
    "provincial": "Provincial (tỉnh)",
    "district": "District (huyện)",
    "commune": "Commune (xã)",
    None: "Level unknown",
}
LEVEL_COLOURS = {
    "central": "#b2182b",
    "provincial": "#2166ac",
    "district": "#1b7837",
    "commune": "#b35806",
    None: "#6b6b6b",
}
ORGANISATION_COLOUR = "#8c8c8c"

# (shape, legend text, type codes). Shapes keep their label below the mark.
SHAPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("star", "Resolution (NQ)", ("NQ",)),
    ("square", "Decision, regulation (QĐ, QC)", ("QĐ", "QĐi", "QyĐ", "QC")),
    ("triangle", "Directive (CT)", ("CT",)),
    ("diamond", "Conclusion (KL)", ("KL",)),
    ("hexagon", "Law, decree, circular", ("Luật", "L", "NĐ", "TT", "TTLT", "VBHN", "PL", "SL")),
    ("triangleDown", "Letter, notice, report", ("CV", "CĐ", "TB", "BC", "TTr")),
    ("dot", "Plan, programme, guidance, other", ()),
)
ORGANISATION_SHAPE = "box"

RELATION_STYLES: dict[str, dict[str, Any]] = {
    "IMPLEMENTS": {"color": "#1b7837", "dashes": False, "width": 2.5, "text": "implements"},
    "GUIDES": {"color": "#762a83", "dashes": [10, 5], "width": 2, "text": "guides"},
    "BASED_ON": {"color": "#2166ac", "dashes": [2, 5], "width": 2, "text": "is based on"},
    "CONTINUES": {"color": "#35978f", "dashes": [14, 6], "width": 2, "text": "continues"},
    "AMENDS": {"color": "#e08214", "dashes": [10, 4, 2, 4], "width": 2, "text": "amends"},
    "REPLACES": {"color": "#b2182b", "dashes": [6, 3], "width": 2.5, "text": "replaces"},
    "REPEALS": {"color": "#222222", "dashes": [3, 3], "width": 2.5, "text": "repeals"},
    "CITES": {"color": "#9a9a9a", "dashes": [1, 4], "width": 1.5, "text": "cites"},
    "ISSUED_BY": {"color": "#c4c4c4", "dashes": False, "width": 1, "text": "is issued by"},
}
SELF_STYLE = {"color": "#444444", "text": "the text's own number"}


def shape_of(type_code: str | None) -> str:
    for shape, _, codes in SHAPES:
        if type_code in codes:
            return shape
    return "dot"


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level, LEVEL_COLOURS[None])


def relation_style(relation: str | None) -> dict[str, Any]:
    return RELATION_STYLES.get(relation or "", RELATION_STYLES["CITES"])


def page_style() -> dict[str, Any]:
    """What the page's script needs to draw nodes, edges and the legend."""
    return {
        "levels": [
            {"level": lv, "name": LEVEL_NAMES[lv], "colour": LEVEL_COLOURS[lv]}
            for lv in (*LEVELS, None)
        ],
        "organisation": {"colour": ORGANISATION_COLOUR, "shape": ORGANISATION_SHAPE},
        "shapes": [{"shape": s, "name": n} for s, n, _ in SHAPES],
        "relations": RELATION_STYLES,
    }
