"""Words that say how a text relates to a document it names, kept as data with examples.

Each `Cue` is a relation and a regular expression (case-insensitive) for the words that
state it, in Vietnamese first and in English, Russian, Ukrainian, Japanese and
Portuguese. Each example is a sentence in which the reference marked `[[...]]` stands in
that relation to the text's own document; `tests/test_relations.py` checks them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RELATIONS = (
    "BASED_ON",
    "IMPLEMENTS",
    "GUIDES",
    "AMENDS",
    "REPLACES",
    "REPEALS",
    "CONTINUES",
    "CITES",
)


@dataclass(frozen=True)
class Cue:
    relation: str
    pattern: str
    examples: tuple[str, ...] = ()
    confidence: float = 0.9


CUES: tuple[Cue, ...] = (
    Cue(
        "BASED_ON",
        r"căn\s+cứ|pursuant\s+to|based\s+on|на\s+основании|на\s+підставі|com\s+base\s+n[oa]|に基づ",
        (
            "Căn cứ Nghị định số [[59/2023/NĐ-CP]] ngày 14/8/2023 của Chính phủ;",
            "Pursuant to Decree No. [[59/2023/ND-CP]] of the Government;",
            "На основании Решения № [[23-QD/TW]] Политбюро",
        ),
    ),
    # Before IMPLEMENTS: "tiếp tục thực hiện" is more than "thực hiện".
    Cue(
        "CONTINUES",
        r"tiếp\s+tục\s+(?:thực\s+hiện|triển\s+khai|quán\s+triệt)|continu(?:e|es|ing)\s+to\s+implement"
        r"|продолж\w*\s+(?:выполн|реализ)\w*|продовж\w*\s+(?:викон|впровадж|реаліз)\w*"
        r"|引き続き\S{0,6}実施|continuar\s+a\s+implementar",
        (
            "Tiếp tục thực hiện Chỉ thị số [[05-CT/TW]] ngày 15/5/2016 của Bộ Chính trị.",
            "The province will continue to implement Directive No. [[05-CT/TW]].",
        ),
    ),
    Cue(
        "GUIDES",
        r"hướng\s+dẫn\s+(?:thi\s+hành|thực\s+hiện|triển\s+khai)|quy\s+định\s+chi\s+tiết"
        r"|guid(?:e|es|ing|ance\s+on)\s+(?:the\s+)?implement|detailing|detailed\s+regulations?"
        r"|руководств\w*\s+по\s+(?:выполн|реализ)\w*|інструкці\w*\s+щодо\s+викон\w*"
        r"|orienta\w*\s+a\s+implementação|施行細則|実施を指導",
        (
            "Hướng dẫn thực hiện Quyết định số [[23-QĐ/TW]] của Bộ Chính trị",
            "Nghị định này quy định chi tiết Luật số [[10/2022/QH15]].",
        ),
    ),
    Cue(
        "AMENDS",
        r"sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung\s+một\s+số|amend(?:s|ing|ment\s+to)?"
        r"|о\s+внесении\s+изменений|внесення\s+змін|изменени\w+\s+в|зміни\s+до|altera(?:ção|ndo|r)"
        r"|改正",
        (
            "Quyết định sửa đổi, bổ sung Kế hoạch số [[52/KH-UBND]] ngày 10/3/2022",
            "Decision amending Plan No. [[52/KH-UBND]]",
        ),
    ),
    Cue(
        "REPLACES",
        r"thay\s+thế|replac(?:e|es|ing)|supersed(?:e|es|ing)|заменя\w*|взамен|замін\w*"
        r"|substitu(?:i|indo|ir)|に代わ|を置き換",
        (
            "Quyết định này thay thế Quyết định số [[2579/QĐ-UBND]] ngày 5/12/2022.",
            "This decision replaces Decision No. [[2579/QD-UBND]].",
        ),
    ),
    Cue(
        "REPEALS",
        r"bãi\s+bỏ|hết\s+hiệu\s+lực|hủy\s+bỏ|repeal(?:s|ing)?|annul(?:s|ling)?|abolish(?:es|ing)?"
        r"|отмен\w*|утрат\w*\s+силу|скасув\w*|втрат\w*\s+чинність|revoga\w*|廃止",
        (
            "Bãi bỏ Kế hoạch số [[125/KH-UBND]] ngày 18/4/2022 của UBND tỉnh.",
            "QUYẾT ĐỊNH BÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ [[10/2016/QĐ-UBND]] NGÀY 21/3/2016",
        ),
    ),
    Cue(
        "IMPLEMENTS",
        r"thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|thể\s+chế\s+hóa"
        r"|thể\s+chế\s+hoá|chương\s+trình\s+hành\s+động|implement\w*|carry(?:ing)?\s+out"
        r"|in\s+furtherance\s+of|реализ\w*|выполнени\w*|исполнени\w*|во\s+исполнение|впровадж\w*"
        r"|викона\w*|виконанн\w*|реаліз\w*|実施|徹底|具体化|implementa\w*|execução|cumprimento",
        (
            "Kế hoạch thực hiện Chỉ thị số [[33/CT-TTg]] ngày 26/11/2021 của Thủ tướng Chính phủ",
            "to effectively implement Directive No. [[33/CT-TTg]] of the Prime Minister",
            "связано с реализацией Директивы Политбюро № [[05-CT/TW]] от 15 мая 2016 года",
            "ефективне впровадження ..., зосереджуючись на Рішенні Політбюро № [[23-QD/TW]]",
            "効果的な実施を強化する。特に、2021年7月30日付政治局決定第[[23-QD/TW]]号",
        ),
    ),
    # Translated reports say local work is done "in accordance with" a central document:
    # implementation, said less firmly. (Vietnamese "theo" is left out: "theo quy định tại
    # Nghị định ..." only points at a rule.)
    Cue(
        "IMPLEMENTS",
        r"according\s+to|in\s+accordance\s+with|в\s+соответствии\s+с|согласно|відповідно\s+до"
        r"|згідно\s+з|de\s+acordo\s+com|em\s+conformidade\s+com|に従って|に沿って",
        (
            "to participate in social supervision according to Decision No. [[217-QD/TW]]",
            "в области общественного надзора в соответствии с решениями Политбюро № [[217-QD/TW]]",
        ),
        confidence=0.6,
    ),
    # Words that introduce a document for another reason: they stop an earlier cue.
    Cue(
        "CITES",
        r"theo\s+đề\s+nghị|xét\s+đề\s+nghị|trả\s+lời|phúc\s+đáp|at\s+the\s+request\s+of"
        r"|in\s+reply\s+to|по\s+предложению|за\s+поданням|em\s+resposta",
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương; Theo đề nghị của Sở Công Thương tại "
            "Tờ trình số [[131/TTr-SCT]] ngày 24/11/2025.",
            "Trả lời công văn số [[324/QTR-KTr2]] ngày 22/7/2025 của Thuế tỉnh Quảng Trị",
        ),
    ),
)

CUE_RE = re.compile(
    "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(CUES)), re.IGNORECASE
)


def cue_of(match: re.Match[str]) -> Cue:
    """The cue a `CUE_RE` match stands for."""
    return CUES[int(match.lastgroup[1:])]  # type: ignore[index]


# A sentence that starts with one of these continues the one before it.
CONTINUATION = re.compile(
    r"\s*(?:đặc\s+biệt|nhất\s+là|trong\s+đó|in\s+particular|particularly|especially|зокрема"
    r"|особливо|в\s+частности|особенно|em\s+particular|especialmente|特に|とりわけ)",
    re.IGNORECASE,
)
