"""When the page holding a text was published: `published_on(metadata)`.

A record of a news page rarely has a date field, yet the day matters: a law cited by name
without its year is the one in force when the page was written (`Catalogue.resolve`). Many
Vietnamese news sites write the moment of publication into the article's address, so the
address dates the page's law names when no field of the record does. (The graph does not
bound a page's numbers by it: a page crawled after it was published holds later text,
teasers of newer articles, whose numbers it would set aside; see `graph.resolve`.)

The address shapes are data (`ADDRESS_DATES`), each with examples that
`tests/test_published.py` checks. A web archive's address holds the day it captured a
page, which is not the day the page was written, so archives are never read
(`ARCHIVE_HOSTS`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .dates import find_dates

# A record's fields that give the day its page was published, in the order they are
# trusted. (`issued_date` is the day the document was issued, not the page: see
# `named.metadata_date`.)
PUBLISHED_FIELDS = ("date", "published", "publish_date", "published_date")

# Fields of a record that hold the address of its page.
ADDRESS_FIELDS = ("url", "source_url")

ARCHIVE_HOSTS = ("web.archive.org", "archive.org", "archive.ph", "archive.today")


@dataclass(frozen=True)
class AddressDate:
    """One way of writing the day of publication into an article's address: `pattern`
    finds it (groups: year, month, day; a year of two digits is of the 2000s) on the
    `hosts` named (a subdomain of one counts; empty: any host but an archive)."""

    name: str
    hosts: tuple[str, ...]
    pattern: re.Pattern[str]
    # (address, the day it gives or None): checked by the tests
    examples: tuple[tuple[str, str | None], ...]


ADDRESS_DATES: tuple[AddressDate, ...] = (
    AddressDate(
        # The article id of one content system used by government and press sites: a
        # site's three digits, then year (two digits), month, day, hour, minute, second,
        # and up to three digits more (the id's leading zeros are dropped at its end).
        "article id: site digits, then yymmddhhmmss",
        ("chinhphu.vn", "baochinhphu.vn", "nld.com.vn", "thanhnien.vn"),
        re.compile(r"-\d{3}(\d{2})(\d{2})(\d{2})\d{6}\d{0,3}\.html?$"),
        (
            (
                "https://xaydungchinhsach.chinhphu.vn/diem-moi-cua-luat-119250303120019759.htm",
                "2025-03-03",
            ),
            (
                "https://baochinhphu.vn/hop-bao-chinh-phu-thuong-ky-102250715212534714.htm",
                "2025-07-15",
            ),
            (
                "https://xaydungchinhsach.chinhphu.vn/bang-gia-dien-moi-11925051008285612.htm",
                "2025-05-10",
            ),
            (
                "https://xaydungchinhsach.chinhphu.vn/che-do-nghi-viec-1192509181740091.htm",
                "2025-09-18",
            ),
            ("https://nld.com.vn/bao-vao-dat-lien-196251106203721113.htm", "2025-11-06"),
            # an id of another shape, or a month that is none: no day
            ("https://chinhphu.vn/tieu-su-chu-tich-nuoc-68380", None),
            ("https://thanhnien.vn/tin-nhanh-185251323135337444.htm", None),
        ),
    ),
    AddressDate(
        # The same system's ids on other sites: the year written whole.
        "article id: yyyymmddhhmmss",
        ("tuoitre.vn", "dantri.com.vn"),
        re.compile(r"-(20\d{2})(\d{2})(\d{2})\d{6}\d{0,3}\.html?$"),
        (
            ("https://tuoitre.vn/thi-truong-mo-cua-20250403094146833.htm", "2025-04-03"),
            ("https://dantri.com.vn/xa-hoi/tin-moi-20250510111723818.htm", "2025-05-10"),
            ("https://tuoitre.vn/tin-cu-4898923.htm", None),
        ),
    ),
    AddressDate(
        # A folder per year, month and day, as many international sites write it.
        "a /yyyy/mm/dd/ path",
        (),
        re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/"),
        (
            ("https://www.cnn.com/2025/09/20/world/song-contest-story", "2025-09-20"),
            # an archive's capture day is not the page's
            ("https://web.archive.org/web/2005/05/24/http://example.vn/tin", None),
            ("https://example.vn/2025/13/40/tin", None),
        ),
    ),
)


def published_on(metadata: dict[str, Any] | None) -> str | None:
    """The day (ISO) the page of a record was published: a date field of the record
    (`PUBLISHED_FIELDS`), else its address (`ADDRESS_DATES`); None when neither says."""
    metadata = metadata or {}
    for name in PUBLISHED_FIELDS:
        if day := iso_day(metadata.get(name)):
            return day
    for name in ADDRESS_FIELDS:
        address = metadata.get(name)
        if isinstance(address, str) and (day := address_date(address)):
            return day
    return None


def address_date(address: str) -> str | None:
    """The day of publication an article's address writes, if a known shape does."""
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host or _on(host, ARCHIVE_HOSTS):
        return None
    for shape in ADDRESS_DATES:
        if shape.hosts and not _on(host, shape.hosts):
            continue
        m = shape.pattern.search(parts.path)
        if m is None:
            continue
        year, month, day = m.groups()
        if day := _day(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day)):
            return day
    return None


def _on(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def iso_day(value: Any) -> str | None:
    """The day a record's date field gives, as ISO: the first full date written in it,
    whatever its spelling ("2025-11-21", "2025-11-21T08:00", "21/11/2025", "ngày 5 tháng
    6 năm 2024", "Hà Nội, ngày 12/3/2025"; `dates.find_dates`), else None. The one
    reader of a record's `issued_date` and publication fields: the header check, the
    dating of law names and the bounds of what a text can cite read the same day."""
    if not isinstance(value, str):
        return None
    found = find_dates(value.replace("T", " "))  # an ISO time after the day
    return found[0].iso if found else None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
