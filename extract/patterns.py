"""Regular expressions for document numbers, kept as data with the examples they must match.

Each `Shape` names one way numbers are written, with examples that must be found
(`matches`) and look-alikes that must not (`rejects`); `tests/test_patterns.py`
checks every one. The compiled `REFERENCE_RE` joins the shapes; `find.py` validates
and canonicalises what it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .spelling import LOOKALIKE_CHARS
from .vocabulary import NUMBER_SIGNS, TYPE_NOUNS

_CYR_UPPER = "".join(c for c in LOOKALIKE_CHARS if c.isupper())
_CYR_LOWER = "".join(c for c in LOOKALIKE_CHARS if c.islower())
UPPER = f"A-ZĐÐ{_CYR_UPPER}"
LOWER = f"a-z{_CYR_LOWER}"
# Letters and digits of the scripts a code can touch; used for word boundaries.
# (Python's \w would also count CJK, and `23-QD/TW号` must end before 号.)
WORDCHAR = "0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff"

# Characters that print as nothing (zero-width space and joiners, word joiner, BOM, soft
# hyphen). Pasted text carries them inside numbers: `9\u200b9/KH-UBND` is 99, never 9.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# The hyphens a code may be joined by: the ASCII one, and the Unicode hyphen, non-breaking
# hyphen, figure dash and minus sign that word processors and web pages put in its place
# ("Thông tư 40/2025/TT\u2011BYT"). Not the en dash, which sets words apart.
DASHES = "\\-\u2010\u2011\u2012\u2212"
# A line break, or spaces, may follow a separator (`08/2023/TT-\nBLĐTBXH`, `94- KH/...`).
SEP = rf"[ \t{INVISIBLE}]*(?:\r?\n[ \t]*)?"
# A hyphen between codes; a space before it only when spaced on both sides and a code in
# capitals follows (`127/TTr - HĐQT`), so that `NĐ-CP - Nghị định` stays two things.
# One code: a capital, then capitals, small ASCII letters and digits (`TTg`, `QĐi`, `KTr2`),
# with `&` inside (`SVHTT&DL`, `QLN& TTBĐS`).
TOKEN = (
    # (Ư inside a code only as the Party's "TƯ", Trung ương, for TW: "25-CT/TƯ")
    rf"[{UPPER}](?:[{UPPER}{LOWER}0-9]|(?<=T)Ư(?![{WORDCHAR}])|&[ ]?(?=[{UPPER}])"
    rf"|\.(?=[{UPPER}][{UPPER}0-9]*(?![{WORDCHAR}]))){{0,15}}"
)
HYPHEN = rf"(?:[{DASHES}]{SEP}|[ \t]+[{DASHES}][ \t]*(?=[{UPPER}][{UPPER}]))"
# (a small letter may follow before the slash: `473a/NQ-UBTVQH13`, a number issued between two)
NUMBER_REST = rf"(?:[{INVISIBLE}]*\d){{0,5}}(?:\.\d{{1,3}})?(?:[a-z](?=[ \t]?/))?"
NUMBER = rf"\d{NUMBER_REST}"
YEAR = r"(?:19[4-9]\d|20\d\d)"

# The pattern opens with the number's first digit and looks behind it from there (each
# look-behind one character wider for that digit): a pattern whose first item is a set of
# characters lets the engine skip to the next digit in C, where look-behinds first made it
# try the whole pattern at every position of the text (the scan took 3 to 4 times longer).
REFERENCE_PATTERN = rf"""
    (?P<num>\d
      # not the tail of a number or word,
      (?:(?<![0-9A-Za-z/_,{DASHES}]\d)(?<![0-9][.:{INVISIBLE}]\d)
         |(?<=/(?:19|20)\d\d\d))             # unless glued to a date: `14/11/200310/GP-UBND`
      {NUMBER_REST})
    (?:
        # Party: 23-QĐ/TW, 100 - KL/TW, 51-KH / BTGTU (a space before the slash, blind
        # round CW)
        (?:[{DASHES}]{SEP}|[ \t]+[{DASHES}][ \t]*)(?P<ptype>{TOKEN})[ \t]?/{SEP}
        (?P<pissuers>{TOKEN}(?:{HYPHEN}{TOKEN})*)
      |
        # State: 59/2023/NĐ-CP, 76/NQ-CP, 10/2022/QH15
        [ \t]?/{SEP}(?:(?P<year>{YEAR})[ \t]?/{SEP})?
        (?:(?P<stype>{TOKEN})[ \t]?/{SEP})?     # a slash after the type: 65/CV/ĐU
        (?P<scodes>{TOKEN}(?:{HYPHEN}{TOKEN})*)
      |
        # State, before the numbering took the year and type: the issuer alone after a
        # hyphen (Nghị định 61-CP, Nghị định 167-HĐBT, Quyết định 507-TTg)
        [{DASHES}](?P<ocode>CP|HĐBT|TTg)(?![/{DASHES}])
    )
    (?![{WORDCHAR}&])
"""

REFERENCE_RE = re.compile(REFERENCE_PATTERN, re.VERBOSE)

# The same pattern as first written, its look-behinds before the number's first digit: the
# engine tries it at every position of a text. Kept as the oracle the tests check
# `REFERENCE_RE` against (the same matches) and as the benchmark's yardstick of before.
LOOKBEHIND_LED_PATTERN = (
    rf"(?:(?<![0-9A-Za-z/_,{DASHES}])(?<![0-9][.:{INVISIBLE}])|(?<=/(?:19|20)\d\d))(?P<num>{NUMBER})"
    + REFERENCE_PATTERN.split(f"{NUMBER_REST})", 1)[1]
)

# A cheap pre-filter: where no digit is followed by `-` or `/`, there is nothing to find.
CANDIDATE_RE = re.compile(rf"\d[a-z]?[ \t]*[{DASHES}/]")


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
        (
            "76/NQ-CP",
            "1579/QĐ-TTg",
            "88/KH-TTr",
            "682/QĐ-TTr",
            "131/TTr-SCT",
            "0125/KH-UBND",
            "473a/NQ-UBTVQH13",
        ),
        ("301/314", "2021-2025", "5a/b"),
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
        "state-before-1998",
        "state",
        "number-ISSUER: the Government's, its Council of Ministers' and the Prime Minister's"
        " numbers before the year and type were added",
        ("61-CP", "167-HĐBT", "507-TTg", "74/CP"),
        ("61-CPa", "12-CP-TW", "COVID-19"),
    ),
    Shape(
        "party",
        "party",
        "number-TYPE/ISSUER, numbers restart every Congress term",
        (
            "23-QĐ/TW",
            "114-KL/TW",
            "1470-CV/TU",
            "1830-QĐ/ĐUK",
            "11-QĐi/TW",
            "94- KH/BTGDVTW",
            "100 - KL/TW",
            "51-KH / BTGTU",
            "188- CV /BTGHU",
        ),
        ("convert-cv/tuple", "covid-19/ncov"),
    ),
    Shape(
        "party-joint",
        "party",
        "joint Party issuers joined by a hyphen",
        ("05-QC/BTCTU-BDVTU",),
    ),
    Shape(
        "slash-after-the-type",
        "state",
        "a slash where the hyphen after the type belongs: number/year/TYPE/ISSUER",
        ("213/2013/TTLT/BTC-BLĐTBXH", "05/2008/TTLT/BKH-BTC-BCA", "600/QĐ/UBND"),
        ("1025/PLYK/2025", "12/ABC/UBND"),
    ),
    Shape(
        "party-in-state-layout",
        "party",
        "a Party issuer after a slash-and-hyphen layout (`65/CV/ĐU`, `27/NQ- TW`): Party numbers",
        ("65/CV/ĐU", "27/NQ- TW", "134/KL-TW", "12/KH/TU"),
    ),
    Shape(
        "old-councils",
        "state",
        "Council of State (HĐNN) and Council of Ministers (HĐBT) numbers, 1981-1992, no type",
        ("96/HÐNN", "66/HĐBT", "27-LCT/HĐNN8"),
    ),
    Shape(
        "broken-and-misspelt",
        "any",
        "line breaks, Ð, plain D and Cyrillic look-alikes inside codes",
        (
            "08/2023/TT-\nBLĐTBXH",
            "66-\nNQ/TW",
            # Unicode hyphens in place of "-" (a page's non-breaking hyphen, blind round P)
            "40/2025/TT\u2011BYT",
            "57\u2010NQ/TW",
            "15/2024/QĐ\u2212UBND",
            # a space before the slash after the year (an English update, blind round R)
            "123/2020 /ND-CP",
            # Trung ương written TƯ for TW (blind round S)
            "25-CT/TƯ",
            "96/2025/QÐ-UBND",
            "40/2026/NĐ-СР",
            "16495/BТС-PTHT",
            "23-QD/TW",
            "16/CT-TTG",
            "3565 /QĐ -UBND",
            "22/2023/OH15",
            "9\u200b9/KH-UBND",
            "1\u206012/QĐ-UBND",
        ),
        ("202506/thanh-tra", "165,34", "100%"),
    ),
)


# Numbers listed before one code that they share: `Kết luận số 187, 188- KL/TW` names
# 187-KL/TW and 188-KL/TW. Only after a type noun that fits the code, so that
# `Điều 3, 29/2024/TT-BGDĐT` (an article, then a circular) stays one reference.
SHARED_CODE_JOINERS = r",|và|and"
NUMBERS_SHARING_A_CODE_RE = re.compile(
    rf"(?<![{WORDCHAR}])(?P<noun>{TYPE_NOUNS})[ \t]*(?:(?:{NUMBER_SIGNS})[ \t]*)?"
    rf"(?P<numbers>(?:{NUMBER}[ \t]*(?:{SHARED_CODE_JOINERS})[ \t]*)+)\Z",
    re.IGNORECASE,
)
# The cheap test first: a joiner right before the reference.
JOINER_BEFORE_RE = re.compile(rf"(?:{SHARED_CODE_JOINERS})[ \t]*\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """A passage and what reading it must give: (surface, canonical) of every reference,
    full mentions and short forms alike, in order (canonical None for a mention whose number
    is not told, `bare`). Checked by tests/test_patterns.py."""

    name: str
    text: str
    references: tuple[tuple[str, str | None], ...]


PASSAGES: tuple[Passage, ...] = (
    Passage(
        "shared-code",
        "Thực hiện Kết luận số 187, 188- KL/TW ngày 20/8/2025 của Bộ Chính trị",
        (("187", "187-KL/TW"), ("188- KL/TW", "188-KL/TW")),
    ),
    Passage(
        "shared-code-three",
        "các Quyết định số 12, 13 và 14/QĐ-UBND của Ủy ban nhân dân tỉnh",
        (("12", "12/QĐ-UBND"), ("13", "13/QĐ-UBND"), ("14/QĐ-UBND", "14/QĐ-UBND")),
    ),
    Passage(
        "shared-code-not-after-an-article",
        "Tại Điều 3, 29/2024/TT-BGDĐT quy định",
        (("29/2024/TT-BGDĐT", "29/2024/TT-BGDĐT"),),
    ),
    Passage(
        "shared-code-noun-must-fit",
        "theo Chỉ thị 05, 01-KL/TW của Bộ Chính trị",
        # (the directive takes no number of the conclusion's: a mention with none, `bare`)
        (("Chỉ thị 05", None), ("01-KL/TW", "01-KL/TW")),
    ),
    Passage(
        "zero-width-inside-a-number",
        "Kế hoạch số 9\u200b9/KH-UBND ngày 5/3/2025",
        (("9\u200b9/KH-UBND", "99/KH-UBND"),),
    ),
    Passage(
        "party-issuer-in-state-layout",
        "Nghị quyết số 27/NQ- TW và Kết luận số 134/KL-TW; Quyết định số 3385/QĐ-BCĐ",
        (("27/NQ- TW", "27-NQ/TW"), ("134/KL-TW", "134-KL/TW"), ("3385/QĐ-BCĐ", "3385/QĐ-BCĐ")),
    ),
    Passage(
        "slash-after-the-type",
        "Công văn 65/CV/ĐU; Quyết định 600/QĐ/UBND; "
        "Thông tư liên tịch số 213/2013/TTLT/BTC-BLĐTBXH",
        (
            ("65/CV/ĐU", "65-CV/ĐU"),
            ("600/QĐ/UBND", "600/QĐ-UBND"),
            ("213/2013/TTLT/BTC-BLĐTBXH", "213/2013/TTLT-BTC-BLĐTBXH"),
        ),
    ),
    Passage(
        "slash-after-an-issuer-is-not-a-type",
        "Văn bản số 123/UBND/TP và phiếu số 1025/PLYK/2025",
        (("123/UBND", "123/UBND"),),
    ),
    Passage(
        "alias-with-a-number",
        "Thông tư liên tịch số 01/2017/TTLT-BTC-BNV ngày 10/01/2017 (sau đây viết tắt là "
        "Thông tư liên tịch số 01/2017); theo Thông tư liên tịch số 01/2017 thì",
        (
            ("01/2017/TTLT-BTC-BNV", "01/2017/TTLT-BTC-BNV"),
            ("Thông tư liên tịch số 01/2017", "01/2017/TTLT-BTC-BNV"),
            ("Thông tư liên tịch số 01/2017", "01/2017/TTLT-BTC-BNV"),
        ),
    ),
    Passage(
        "alias-of-other-words",
        "Quyết định số 601/QĐ-TTg ngày 17/4/2013 (sau đây gọi tắt là QĐ 601). Theo QĐ 601,",
        (
            ("601/QĐ-TTg", "601/QĐ-TTg"),
            ("QĐ 601", "601/QĐ-TTg"),
            ("QĐ 601", "601/QĐ-TTg"),
        ),
    ),
    Passage(
        "alias-without-a-number-names-nothing",
        "Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 (sau đây viết tắt là Nghị định). "
        "Triển khai thi hành Nghị định",
        (("200/2025/NĐ-CP", "200/2025/NĐ-CP"),),
    ),
    Passage(
        "short-form-with-its-year",
        "Thông tư số 08/2024/TT-TTCP quy định. Thông tư số 08/2024 nêu rõ; Thông tư 08/2023 khác",
        (("08/2024/TT-TTCP", "08/2024/TT-TTCP"), ("Thông tư số 08/2024", "08/2024/TT-TTCP")),
    ),
    Passage(
        "short-form-in-a-headline-before-its-full-mention",
        "Phạt bao nhiêu theo Nghị định 310?\n\nNgày 15/12/2025, Chính phủ ban hành Nghị định "
        "310/2025/NĐ-CP sửa đổi Nghị định 125/2020/NĐ-CP.",
        (
            ("Nghị định 310", "310/2025/NĐ-CP"),
            ("310/2025/NĐ-CP", "310/2025/NĐ-CP"),
            ("125/2020/NĐ-CP", "125/2020/NĐ-CP"),
        ),
    ),
    Passage(
        # a number of the Assembly or its Standing Committee names no type: the noun before
        # its full mention does (news-167, news-137)
        "short-form-of-a-resolution-numbered-by-its-issuer",
        "Danh sách theo Nghị quyết 81?\n\nTheo Phụ lục kèm theo Nghị quyết 81/2025/UBTVQH15, "
        "danh sách như sau; Luật số 81/2025/QH15 khác.",
        (
            ("Nghị quyết 81", "81/2025/UBTVQH15"),
            ("81/2025/UBTVQH15", "81/2025/UBTVQH15"),
            ("81/2025/QH15", "81/2025/QH15"),
        ),
    ),
    Passage(
        "short-form-before-two-documents-names-neither",
        "Mức phạt theo Quyết định 12?\n\nQuyết định số 12/QĐ-UBND và Quyết định số 12/QĐ-BTC.",
        # (a mention with no number, `bare`)
        (("Quyết định 12", None), ("12/QĐ-UBND", "12/QĐ-UBND"), ("12/QĐ-BTC", "12/QĐ-BTC")),
    ),
    Passage(
        "old-councils-without-a-type",
        "Lệnh số 96/HÐNN, Nghị định số 66/HĐBT ngày 02/3/1992, Pháp lệnh số 27-LCT/HĐNN8",
        (("96/HÐNN", "96/HĐNN"), ("66/HĐBT", "66/HĐBT"), ("27-LCT/HĐNN8", "27-LCT/HĐNN8")),
    ),
)
