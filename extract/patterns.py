"""Regular expressions for document numbers, kept as data with the examples they must match.

Each `Shape` names one way numbers are written, with examples that must be found
(`matches`) and look-alikes that must not (`rejects`); `tests/test_patterns.py`
checks every one. The compiled `REFERENCE_RE` joins the shapes; `find.py` validates
and canonicalises what it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codes import LOOKALIKE_CHARS

_CYR_UPPER = "".join(c for c in LOOKALIKE_CHARS if c.isupper())
_CYR_LOWER = "".join(c for c in LOOKALIKE_CHARS if c.islower())
UPPER = f"A-ZĐÐ{_CYR_UPPER}"
LOWER = f"a-z{_CYR_LOWER}"
# Letters and digits of the scripts a code can touch; used for word boundaries.
# (Python's \w would also count CJK, and `23-QD/TW号` must end before 号.)
WORDCHAR = "0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff"

# A line break, or spaces, may follow a separator (`08/2023/TT-\nBLĐTBXH`, `94- KH/...`).
SEP = r"[ \t]*(?:\r?\n[ \t]*)?"
# A hyphen between codes; a space before it only when spaced on both sides and a code in
# capitals follows (`127/TTr - HĐQT`), so that `NĐ-CP - Nghị định` stays two things.
# One code: a capital, then capitals, small ASCII letters and digits (`TTg`, `QĐi`, `KTr2`),
# with `&` inside (`SVHTT&DL`, `QLN& TTBĐS`).
TOKEN = (
    rf"[{UPPER}](?:[{UPPER}{LOWER}0-9]|&[ ]?(?=[{UPPER}])"
    rf"|\.(?=[{UPPER}][{UPPER}0-9]*(?![{WORDCHAR}]))){{0,15}}"
)
HYPHEN = rf"(?:-{SEP}|[ \t]+-[ \t]*(?=[{UPPER}][{UPPER}]))"
NUMBER = r"\d{1,6}(?:\.\d{1,3})?"
YEAR = r"(?:19[4-9]\d|20\d\d)"

REFERENCE_PATTERN = rf"""
    (?:(?<![0-9A-Za-z/_,\-])(?<![0-9][.:])     # not the tail of another number or word,
       |(?<=/(?:19|20)\d\d))                   # unless glued to a date: `14/11/200310/GP-UBND`
    (?P<num>{NUMBER})
    (?:
        -{SEP}(?P<ptype>{TOKEN})/{SEP}          # Party: 23-QĐ/TW, 05-QC/BTCTU-BDVTU
        (?P<pissuers>{TOKEN}(?:{HYPHEN}{TOKEN})*)
      |
        [ \t]?/{SEP}(?:(?P<year>{YEAR})/{SEP})?       # State: 59/2023/NĐ-CP, 76/NQ-CP, 10/2022/QH15
        (?P<scodes>{TOKEN}(?:{HYPHEN}{TOKEN})*)
    )
    (?![{WORDCHAR}&])
"""

REFERENCE_RE = re.compile(REFERENCE_PATTERN, re.VERBOSE)

# A cheap pre-filter: where no digit is followed by `-` or `/`, there is nothing to find.
CANDIDATE_RE = re.compile(r"\d[ \t]*[-/]")


@dataclass(frozen=True)
class Shape:
    name: str
    family: str
    description: str
    matches: tuple[str, ...]  # each is found whole, as the surface of one reference
    rejects: tuple[str, ...] = ()  # none of these yields a reference


SHAPES: tuple[Shape, ...] = (
    Shape(
        "state-normative",
        "state",
        "number/year/TYPE-ISSUER (legal normative documents)",
        (
            "59/2023/NĐ-CP",
            "10/2021/TT-BXD",
            "15/2024/QĐ-UBND",
            "05/2019/NQ-HĐND",
            "33/2021/CT-TTg",
            "66.7/2025/NQ-CP",
        ),
        ("59/2023", "2021/2025"),
    ),
    Shape(
        "state-law",
        "state",
        "number/year/QHn (laws and National Assembly resolutions)",
        ("10/2022/QH15", "45/2019/QH14", "59/2020/QH14"),
    ),
    Shape(
        "state-administrative",
        "state",
        "number/TYPE-ISSUER, numbers restart every year",
        ("76/NQ-CP", "1579/QĐ-TTg", "88/KH-TTr", "682/QĐ-TTr", "131/TTr-SCT", "0125/KH-UBND"),
        ("301/314", "2021-2025"),
    ),
    Shape(
        "state-joint",
        "state",
        "several issuers after the type",
        ("01/2016/TTLT-NHNN-BTP", "01/2012/TTLT-BQP-BLĐTBXH- BTC", "515/KH-BCA-BNN&MT"),
    ),
    Shape(
        "state-consolidated",
        "state",
        "consolidated text",
        ("103/VBHN-VPQH",),
    ),
    Shape(
        "state-letter",
        "state",
        "official letter: ISSUER-drafting unit, no type code",
        (
            "1234/UBND-VX",
            "324/QTR-KTr2",
            "9086/BNV-CTTN&BĐG",
            "15972/SXD-QLN& TTBĐS",
            "11554/VPCP-V.I",
        ),
    ),
    Shape(
        "party",
        "party",
        "number-TYPE/ISSUER, numbers restart every Congress term",
        ("23-QĐ/TW", "114-KL/TW", "1470-CV/TU", "1830-QĐ/ĐUK", "11-QĐi/TW", "94- KH/BTGDVTW"),
        ("convert-cv/tuple", "covid-19/ncov"),
    ),
    Shape(
        "party-joint",
        "party",
        "joint Party issuers joined by a hyphen",
        ("05-QC/BTCTU-BDVTU",),
    ),
    Shape(
        "broken-and-misspelt",
        "any",
        "line breaks, Ð, plain D and Cyrillic look-alikes inside codes",
        (
            "08/2023/TT-\nBLĐTBXH",
            "66-\nNQ/TW",
            "96/2025/QÐ-UBND",
            "40/2026/NĐ-СР",
            "16495/BТС-PTHT",
            "23-QD/TW",
            "16/CT-TTG",
            "3565 /QĐ -UBND",
            "22/2023/OH15",
        ),
        ("202506/thanh-tra", "165,34", "100%"),
    ),
)
