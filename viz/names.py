"""File names of lineage pages: `lineage-<slug>.html`, the slug made from the document key.

The key (not the number) names the file, because one number can name two documents
(`33/CT-TTg` of 2021 and of 2025). The slug folds the key like a number (upper case,
Đ as D, Latin look-alikes, no spaces, no accents), writes `/` as `-` and `@` as `_`, and
turns anything else outside [A-Z0-9._-] into `-`:

    33/CT-TTg@2021                   -> lineage-33-CT-TTG_2021.html
    23-QĐ/TW@XIII                    -> lineage-23-QD-TW_XIII.html
    1470-CV/TU@2020-2025@Thanh Hóa   -> lineage-1470-CV-TU_2020-2025_THANHHOA.html
"""

from __future__ import annotations

import re
import unicodedata

from ..extract.spelling import fold_number


def slug(key: str) -> str:
    folded = unicodedata.normalize("NFD", fold_number(key))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("/", "-").replace("@", "_").replace(":", "-")
    return re.sub(r"-{2,}", "-", re.sub(r"[^A-Z0-9._-]", "-", folded)).strip("-")


def lineage_filename(key: str) -> str:
    return f"lineage-{slug(key)}.html"
