"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the
NUL-byte pattern shows it) and UTF-32 with BOM. Nothing else is guessed.

`normalize_text` is the only change made to a decoded text: Unicode NFC, and "\\r\\n"
turned into "\\n". Offsets used downstream index the normalised text.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 4096


class DecodeError(ValueError):
    """The bytes are not a text in a supported encoding; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """Guess the encoding from the first bytes: (codec name, length of the BOM to skip).

    Without a BOM, NUL bytes concentrated on odd (even) positions mean UTF-16 LE (BE);
    anything else is tried as UTF-8.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    sample = head[: len(head) - len(head) % 2]
    if b"\x00" in sample:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        if odd_nuls > 4 * even_nuls:
            return "utf-16-le", 0
        if even_nuls > 4 * odd_nuls:
            return "utf-16-be", 0
    return "utf-8", 0


def describe_error(error: UnicodeDecodeError, base: int = 0) -> str:
    """Name the first offending byte and its offset in the file, e.g. `byte 0xff at offset 12`."""
    bad = error.object[error.start : error.start + 1]
    return f"byte 0x{bad.hex()} at offset {base + error.start}"


def decode_bytes(data: bytes) -> str:
    """Decode a whole file's bytes; raise `DecodeError` when it is not a supported text."""
    name, skip = sniff_encoding(data[:_SNIFF_BYTES])
    try:
        text = data[skip:].decode(name)
    except UnicodeDecodeError as error:
        tried = "" if name == "utf-8" else f", read as {name}"
        raise DecodeError(
            f"not valid UTF-8 or UTF-16 ({describe_error(error, skip)}{tried})"
        ) from error
    nul = text.find("\x00")
    if nul >= 0:
        raise DecodeError(f"binary data, not a text (NUL character at position {nul})")
    return text


def normalize_text(text: str) -> str:
    """NFC-normalise and turn "\\r\\n" into "\\n"; nothing else is changed."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
