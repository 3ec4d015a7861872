"""Plain records for what the extractor finds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class DateMention:
    start: int
    end: int
    surface: str
    iso: str  # YYYY-MM-DD


@dataclass
class Reference:
    """A numbered document reference as written in a text.

    `text[start:end] == surface` always holds. `canonical` is the official spelling
    (Đ restored, look-alike letters mapped to Latin, spaces and line breaks removed).
    """

    surface: str
    start: int
    end: int
    canonical: str
    family: str  # "party" | "state"
    number: str
    year: int | None
    type_code: str | None
    type_name: str | None
    issuer_code: str | None
    issuers: list[str] = field(default_factory=list)
    level: str | None = None
    date: str | None = None
    title: str | None = None
    self: bool = False
    short_form_of: str | None = None  # canonical of the earlier full mention, for short forms

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DocumentIdentity:
    """What a text says about itself: its own number, type, issuer, date and place.

    For a news report it is the document the report is about, when one is named.
    """

    number: str | None = None  # canonical number, None for an unnumbered text
    type_code: str | None = None
    type_name: str | None = None
    issuer: str | None = None  # issuing body as written in the header
    issuer_code: str | None = None
    date: str | None = None
    place: str | None = None  # place line of the header ("Cần Thơ")
    province: str | None = None
    level: str | None = None
    family: str | None = None
    basis: str = "none"  # "header" | "subject" | "none": where the identity was read from

    def to_dict(self) -> dict:
        return asdict(self)
