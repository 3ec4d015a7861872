"""JSON Lines files: one document per line, streamed.

Each line is an object with a `text` string; its other fields become the `metadata`.
A `lang` or `language` field wins over detection. A text that is HTML (a crawler kept the
page's markup: block tags, or character entities such as `&aacute;`) is read as HTML, and its
metadata says so (`text_format: html`). A bad line is `Skipped` as
`file.jsonl:LINE` (1-based) and the other lines still load, whatever is wrong with it;
blank lines are ignored. A file without a single record is `Skipped` as a whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.entities import name2codepoint
from pathlib import Path
from typing import Any, BinaryIO

from .decode import DecodeError, describe_error, sniff_encoding
from .source import Skipped, Source, make_source

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
# HTML in a record's text: a closing block tag or a line break, or entities in numbers (a
# plain text may hold one "&amp;" or a "<p>" quoted in passing; three entities are markup)
_MARKUP = re.compile(r"</(?:p|div|td|tr|li|h[1-6]|span|strong|em|table)>|<br\s*/?>", re.IGNORECASE)
# (named as HTML names them: "&aacute;", "&nbsp;"; not a code written with "&" and ";"
# in a text, "KH&CN;")
_ENTITY = re.compile(
    "&(?:#\\d{2,5}|" + "|".join(sorted(name2codepoint, key=len, reverse=True)) + ");"
)
_ENTITIES_OF_MARKUP = 3
_CHUNK = 1 << 16


def _find_aligned(buffer: bytearray, needle: bytes, start: int, unit: int) -> int:
    """First index >= start of `needle` on a code-unit boundary, or -1."""
    while (index := buffer.find(needle, start)) >= 0:
        if index % unit == 0:
            return index
        start = index + 1
    return -1


def _wide_raw_lines(handle: BinaryIO, newline: bytes) -> Iterator[bytes]:
    """Split a UTF-16/32 byte stream after each encoded "\\n", reading 64 KiB at a time."""
    unit = len(newline)
    buffer = bytearray()
    scanned = 0
    while block := handle.read(_CHUNK):
        buffer += block
        start = 0
        while (end := _find_aligned(buffer, newline, max(start, scanned), unit)) >= 0:
            yield bytes(buffer[start : end + unit])
            start = end + unit
        del buffer[:start]
        scanned = len(buffer) - len(buffer) % unit
    if buffer:
        yield bytes(buffer)


def _lines(handle: BinaryIO) -> Iterator[str | DecodeError]:
    """Decode line by line, so that one bad line does not spoil the rest."""
    encoding, bom = sniff_encoding(handle.read(4096))
    handle.seek(bom)
    newline = "\n".encode(encoding)
    raw_lines = handle if len(newline) == 1 else _wide_raw_lines(handle, newline)
    offset = bom
    for raw in raw_lines:
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as error:
            yield DecodeError(f"not valid {encoding} ({describe_error(error, offset)})")
        offset += len(raw)


def declared_language(record: dict[str, Any]) -> str | None:
    """The language code a record declares in `lang` or `language` ("vi-VN" gives "vi")."""
    for key in ("lang", "language"):
        value = record.get(key)
        if isinstance(value, str):
            code = re.split(r"[-_]", value.strip().lower())[0]
            if _LANGUAGE_CODE.fullmatch(code):
                return code
    return None


def _record(where: str, line: str) -> Source | Skipped:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Skipped(where, f"invalid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return Skipped(where, f"not a JSON object but {type(record).__name__}")
    text = record.pop("text", None)
    if not isinstance(text, str):
        return Skipped(where, "no 'text' string")
    if _MARKUP.search(text) or len(_ENTITY.findall(text, 0, 20_000)) >= _ENTITIES_OF_MARKUP:
        # (imported here: the HTML reader loads trafilatura, which plain records never need)
        from .html import TooDeepError, markup_text

        try:
            text = markup_text(text)
        except TooDeepError as error:
            return Skipped(where, f"HTML text: {error}")
        record["text_format"] = "html"
    return make_source(where, "jsonl", text, record, declared_language(record))


def _safe_record(where: str, line: str) -> Source | Skipped:
    """`_record`, with any failure of this one line turned into its `Skipped`: an exception
    escaping the generator would end the file and lose every line after this one."""
    try:
        return _record(where, line)
    except Exception as error:
        message = " ".join(str(error).split())[:200]
        return Skipped(where, f"unreadable record ({type(error).__name__}: {message})")


def read_jsonl(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.jsonl` file one line at a time; never holds more than one line in memory."""
    records = 0
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle), 1):
            where = f"{path}:{number}"
            if isinstance(line, DecodeError):
                records += 1
                yield Skipped(where, line.reason)
            elif line.strip():
                records += 1
                yield _safe_record(where, line)
    if records == 0:
        yield Skipped(str(path), "no records (the file is empty or holds only blank lines)")
