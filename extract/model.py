"""Plain records for what the extractor finds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# The rule of a page's own statement that only tells a change another document makes, the
# mention's relation as read ("1.1. Circular No. 27/2017/TT-NHNN amending … Circular No.
# 03/2013/TT-NHNN" on a law firm's update, `relate._change_titled`): no act of the page, nor
# of the body it reports on. The graph stores it as a citation, beside the other document's
# own edge (`graph/resolve.py`).
CHANGE_TITLED = "a title the page lists changes it"


@dataclass
class DateMention:
    start: int
    end: int
    surface: str
    iso: str  # YYYY-MM-DD


@dataclass
class Reference:
    """A document reference as written in a text.

    `text[start:end] == surface` always holds. `canonical` is the official spelling
    (Đ restored, look-alike letters mapped to Latin, spaces and line breaks removed).
    `kind` says how the text names the document: "number" (`59/2020/QH14`), "short" (a
    short form of an earlier number) or "named" (`Luật Đầu tư ngày 17/6/2020`). A named
    reference carries the catalogue's number as `canonical` when its name and date
    resolve to one law, else `canonical` and `number` are None; `name` is the name as
    written (spaces folded), also set on a numbered reference the name introduces.
    """

    surface: str
    start: int
    end: int
    canonical: str | None
    family: str  # "party" | "state"
    number: str | None
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
    kind: str = "number"  # "number" | "short" | "named"
    name: str | None = None
    date_warning: str | None = None  # a date tied to the number that contradicts its year

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
    # "header" | "annex" | "metadata" | "subject" | "title" | "unnumbered" | "none"
    basis: str = "none"
    title: str | None = None  # the title its own Vietnamese header gives
    warnings: list[str] = field(default_factory=list)  # header and metadata disagreeing

    @property
    def reported(self) -> bool:
        """Whether the text is a report about the document rather than the document's own
        text: its number comes from what a report's lead says a body issued or opens with
        as the subject of what it does, or from the page's title while its text names the
        number as a report does."""
        return self.basis in ("subject", "title")

    def to_dict(self) -> dict:
        return asdict(self)
