"""Corrections by the researcher, read from a TOML file beside the store.

`vanban load --db vanban.db` reads `vanban.corrections.toml` when it exists (see
`corrections_path`). They are applied each time the graph is built, so they hold through
every reload. Four kinds, each an array of tables:

    [[mention]]                    # this number means that document (in one source, or all)
    number = "33/CT-TTg"
    means = "33/CT-TTg@2021"       # a document key, as `vanban show` prints it
    source = "866b7c3f7c55f898"    # optional: only in this source

    [[same]]                       # these keys are one document (the first is kept)
    keys = ["33/CT-TTg@2021", "33/CT-TTg@?"]

    [[misprint]]                   # this number is a misprint for that one
    number = "3799/CHQ-GSQL"
    means = "37999/CHQ-GSQL"
    source = "..."                 # optional

    [[document]]                   # this document's title, date or province is such
    key = "33/CT-TTg@2021"
    title = "Chỉ thị về tăng cường công tác dân vận ..."
    date = "2021-11-26"
    province = "Thanh Hóa"

An entry that cannot be used is reported (file, kind, entry number and why) and skipped;
the others still apply. An entry that matches nothing in the loaded texts is reported
as stale.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.find import find_references
from ..extract.spelling import fold_number

KINDS = ("mention", "same", "misprint", "document")
DOCUMENT_FIELDS = ("title", "date", "province")


def corrections_path(db: str | Path) -> Path:
    """The corrections file that belongs to a store: `vanban.db` → `vanban.corrections.toml`."""
    db = Path(db)
    return db.with_name(f"{db.stem}.corrections.toml")


@dataclass
class Correction:
    kind: str
    index: int  # 1-based, within its kind, as the file lists them
    fields: dict[str, Any]
    used: int = 0

    @property
    def label(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.fields.items())
        return f"{self.kind} #{self.index} ({shown})"


@dataclass
class Corrections:
    path: str = ""
    entries: list[Correction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # entries that could not be read

    def of_kind(self, kind: str) -> list[Correction]:
        return [c for c in self.entries if c.kind == kind]

    def stale(self) -> list[str]:
        return [f"{self.path}: {c.label} matches nothing" for c in self.entries if not c.used]


def read_corrections(path: str | Path | None) -> Corrections:
    """The corrections of `path` (none when it is None or absent); bad entries are reported."""
    if path is None or not Path(path).exists():
        return Corrections()
    path = Path(path)
    found = Corrections(path=str(path))
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        found.problems.append(f"{path}: not a readable TOML file: {error}")
        return found
    for kind in data:
        if kind not in KINDS:
            found.problems.append(f"{path}: unknown kind [[{kind}]] (known: {', '.join(KINDS)})")
    for kind in KINDS:
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            found.problems.append(f"{path}: {kind} must be written [[{kind}]]")
            continue
        for index, entry in enumerate(entries, 1):
            problem = _problem(kind, entry)
            if problem:
                found.problems.append(f"{path}: {kind} #{index}: {problem}; skipped")
            else:
                found.entries.append(Correction(kind, index, dict(entry)))
    return found


def _problem(kind: str, entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return "not a table"
    text = {k: v for k, v in entry.items() if isinstance(v, str) and v.strip()}
    if kind in ("mention", "misprint"):
        missing = [k for k in ("number", "means") if k not in text]
        if missing:
            return f"needs {' and '.join(missing)}"
        if kind == "misprint" and len(find_references(text["means"])) != 1:
            return f"means {text['means']!r} is not a document number"
    elif kind == "same":
        keys = entry.get("keys")
        if not (
            isinstance(keys, list) and len(keys) >= 2 and all(isinstance(k, str) for k in keys)
        ):
            return "keys must list two document keys or more"
    elif kind == "document":
        if "key" not in text:
            return "needs key"
        if not any(k in text for k in DOCUMENT_FIELDS):
            return f"gives none of {', '.join(DOCUMENT_FIELDS)}"
        if "date" in text:
            try:
                dt.date.fromisoformat(text["date"])
            except ValueError:
                return f"date {text['date']!r} is not YYYY-MM-DD"
    return None


def applies(correction: Correction, canonical: str | None, source: str) -> bool:
    """Whether a mention or misprint correction names this mention."""
    if not canonical or fold_number(correction.fields["number"]) != fold_number(canonical):
        return False
    return correction.fields.get("source") in (None, source)


def toml_entry(kind: str, fields: dict[str, Any]) -> str:
    """One correction written as TOML (strings in JSON's escapes, which TOML shares)."""
    lines = [f"[[{kind}]]"]
    for name, value in fields.items():
        if isinstance(value, list):
            shown = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        else:
            shown = json.dumps(value, ensure_ascii=False)
        lines.append(f"{name} = {shown}")
    return "\n".join(lines) + "\n"


def append_corrections(path: str | Path, entries: list[tuple[str, dict[str, Any]]]) -> None:
    """Add corrections at the end of `path` (created if absent); checked before writing."""
    path = Path(path)
    text = "\n".join(toml_entry(kind, fields) for kind, fields in entries)
    for kind, fields in entries:
        problem = _problem(kind, fields) if kind in KINDS else f"unknown kind {kind}"
        if problem:
            raise ValueError(f"{kind}: {problem}")
    before = path.read_text("utf-8") if path.exists() else HEADER
    joined = before + ("\n" if before and not before.endswith("\n\n") else "") + text
    tomllib.loads(joined)  # never leave a file that does not read back
    path.write_text(joined, "utf-8")


HEADER = "# Corrections by the researcher, applied at every `vanban load`.\n"
