"""Flat records of extraction results, as `vanban extract` prints them and the API returns them."""

from __future__ import annotations

from typing import Any

from .extract import places
from .extract.pipeline import Extraction
from .loaders import Skipped

TABLE_COLUMNS = ["kind", "path", "number", "type", "issuer", "date", "level", "province", "surface"]


def document_record(x: Extraction) -> dict[str, Any]:
    d = x.document
    return {
        "kind": "document",
        "source": x.source_id,
        "path": x.path,
        "number": d.number,
        "type": d.type_code,
        "type_name": d.type_name,
        "issuer": d.issuer,
        "issuer_code": d.issuer_code,
        "date": d.date,
        "place": d.place,
        "province": d.province,
        "province_today": places.today(d.province) if d.province else None,
        "level": d.level,
        "family": d.family,
        "basis": d.basis,
        "language": x.language,
    }


def reference_records(x: Extraction) -> list[dict[str, Any]]:
    return [
        {"kind": "reference", "source": x.source_id, "path": x.path, **r.to_dict()}
        for r in x.references
    ]


def skipped_record(s: Skipped) -> dict[str, Any]:
    return {"kind": "skipped", "path": s.path, "reason": s.reason}


def table_row(record: dict[str, Any]) -> dict[str, Any]:
    """The few columns a terminal table shows; `--json`/`--csv` carry every field."""
    if record["kind"] == "reference":
        return {
            "kind": "reference",
            "path": record["path"],
            "number": record["canonical"],
            "type": record["type_code"],
            "issuer": record["issuer_code"],
            "date": record["date"],
            "level": record["level"],
            "province": None,
            "surface": record["surface"],
        }
    if record["kind"] == "skipped":
        return {"kind": "skipped", "path": record["path"], "surface": record["reason"]}
    return {k: record.get(k) for k in TABLE_COLUMNS}
