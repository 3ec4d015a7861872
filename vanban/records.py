"""Flat records of extraction results, as `vanban extract` prints them and the API returns them."""

from __future__ import annotations

from typing import Any

from .extract import places
from .extract.pipeline import Extraction
from .loaders import Skipped

TABLE_COLUMNS = [
    "kind",
    "path",
    "number",
    "type",
    "issuer",
    "date",
    "level",
    "province",
    "relation",
    "surface",
]


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
        "title": d.title,
        "warnings": "; ".join(d.warnings) or None,  # where the header and metadata disagree
        "language": x.language,
    }


def reference_records(x: Extraction) -> list[dict[str, Any]]:
    """One record a reference; the reference's own kind (number, short, named) is
    `reference_kind`, since `kind` says what sort of record this is."""
    own = {s.object: s for s in x.statements if s.subject is None}
    about: dict[int, list[dict[str, Any]]] = {}
    for s in x.statements:
        if s.subject is not None:  # "Nghị định X ... sửa đổi Nghị định Y": X amends Y
            subject = x.references[s.subject]
            about.setdefault(s.object, []).append(
                {
                    "subject": subject.canonical or subject.name,
                    "relation": s.relation,
                    "rule": s.rule,
                    "cue": s.cue,
                }
            )
    records = []
    for i, r in enumerate(x.references):
        fields = r.to_dict()
        reference_kind = fields.pop("kind")
        st = own.get(i)
        records.append(
            {
                "kind": "reference",
                "source": x.source_id,
                "path": x.path,
                **fields,
                "reference_kind": reference_kind,
                # the text's own number has no relation: SELF
                "relation": st.relation if st else "SELF",
                "relation_rule": st.rule if st else "own number",
                "relation_cue": st.cue if st else None,
                "relation_confidence": st.confidence if st else None,
                "other_relations": about.get(i, []),
            }
        )
    return records


def skipped_record(s: Skipped) -> dict[str, Any]:
    return {"kind": "skipped", "path": s.path, "reason": s.reason}


def table_row(record: dict[str, Any]) -> dict[str, Any]:
    """The few columns a terminal table shows; `--json`/`--csv` carry every field."""
    if record["kind"] == "reference":
        return {
            "kind": "reference",
            "path": record["path"],
            # a law named without a number shows its name
            "number": record["canonical"] or record.get("name"),
            "type": record["type_code"],
            "issuer": record["issuer_code"],
            "date": record["date"],
            "level": record["level"],
            "province": None,
            "relation": record["relation"],
            "surface": record["surface"],
        }
    if record["kind"] == "skipped":
        return {"kind": "skipped", "path": record["path"], "surface": record["reason"]}
    return {k: record.get(k) for k in TABLE_COLUMNS}
