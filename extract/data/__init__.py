"""The extractor's catalogues: JSON files kept in this folder, each with its examples inside.

`read("laws.json")` gives one parsed catalogue. Each module that owns a catalogue reads it
through here once and keeps what it builds from it (`named` the laws, `titled` the titled
documents, `codes` the type and issuer codes, `bodies` the organisations, `places` the
provinces), so that where the data lives is said in one place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent


def read(name: str) -> Any:
    """The parsed JSON of the catalogue `name` (a file name in this folder)."""
    return json.loads((FOLDER / name).read_text("utf-8"))
