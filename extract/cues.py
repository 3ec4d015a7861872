"""Words that say how a text relates to a document it names, kept as data with examples.

A `Cue` is a relation and a regular expression (case-insensitive) for the words that state
it, in Vietnamese first and in English, Russian, Ukrainian, Japanese and Portuguese. Each
example is a sentence in which the reference marked `[[...]]` stands in that relation to
the text's own document; `tests/test_relations.py` reads every one through `relate`.

Cues of relation CITES are the words that introduce a document for another reason than
acting on it: a provision pointed at, a request or reply, dissemination, looking back at
past work, a passive description of what another document did. They matter as much as the
others: the nearest cue before a mention governs it (see `relate.py`), so "theo quy định tại"
stops an earlier "thực hiện" from reaching past it.

Order matters only where two patterns start at the same place: the first listed wins, so
longer phrasings ("tiếp tục thực hiện", "kết quả thực hiện") come before the words inside
them.
"""

from __future__ import annotations

import itertools
import re
import re._constants as _sre
import re._parser as _parser
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, NamedTuple

from .openings import may_open_with, top_branches
from .sentences import lowered

_DOC = (
    r"(?:các\s+)?(?:công\s+điện|chỉ\s+thị|nghị\s+quyết|kết\s+luận|thông\s+báo|văn\s+bản"
    r"|công\s+văn|quyết\s+định|kế\s+hoạch|hướng\s+dẫn|quy\s+định)"
)
# A part of a document: "điểm a khoản 1 Điều 3", "Phần II", "Phụ lục 2"; several clauses or
# articles by their numbers alone: "khoản 1, 4 và khoản 5 Điều 4", "Điều 7, 8, 9, 10, 11 và
# Điều 14" (news-1018: else the list breaks in two and its second half is the cue).
_PROVISION = (
    r"(?:điểm\s+[a-zđ]\)?|khoản\s+\d+(?:\s*,\s*\d+\b)*|Điều\s+\d+[a-zđ]?(?:\s*,\s*\d+[a-zđ]?\b)*"
    r"|[Mm]ục\s+[\dIVX]+|[Pp]hụ\s+lục(?:\s+[\dIVX]+)?"
    r"|[Cc]hương\s+[\dIVX]+|[Pp]hần\s+[\dIVX]+)(?:,|\s+và)?"
)
# A document named by its type and number: "Nghị định số 102/2024/NĐ-CP", "Thông tư 06/…".
_NUMBERED_DOC = (
    r"(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|Nghị\s+quyết|Quy\s+định"
    r"|Quy\s+chế|Kế\s+hoạch|Chỉ\s+thị|Kết\s+luận)\s+(?:số\s*)?\d"
)
# A character of a sentence, which may run on over a single line break (a blank line ends it).
_IN_LINES = r"(?:[^.;:\n]|\n(?![ \t]*\n))"
# Verbs of carrying out, chained as texts chain them ("tổ chức triển khai thực hiện").
_DOING = r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai|thi\s+hành|thực\s+thi)"
_WORD = r"[^\s.;:!?]+"  # a word that ends no sentence or clause


@dataclass(frozen=True)
class Cue:
    relation: str
    name: str  # the rule's name, kept on every edge it decides
    pattern: str
    examples: tuple[str, ...] = ()
    confidence: float = 0.9
    after: bool = False  # the cue follows the mention it speaks of ("X hết hiệu lực")
    passive: str | None = None  # what the mention after it did to the one before it
    # counts only written with a capital: it opens a line ("Thi hành …"), not the words a
    # hard line break leaves at a line's start (the scan reads lower-cased text)
    capital: bool = False


CUES: tuple[Cue, ...] = (
    # --- words that introduce a document without acting on it (CITES) ---
    Cue(
        "CITES",
        "looking back",
        rf"(?:đã|đang)\s+(?:được\s+)?{_DOING}"
        # (the course of carrying out as a thing reported; "trong quá trình triển khai thực
        # hiện X", while X is carried out, is an order about carrying X out, unless what
        # happens in that course is a difficulty: the next branch)
        # (the words between end no sentence: "… TRONG TÌNH HÌNH MỚI TRÊN ĐỊA BÀN TỈNH.\nThực
        # hiện Quyết định số …" opens a plan, it looks back at nothing)
        rf"|(?:kết\s+quả|tình\s+hình|(?<!trong\s)quá\s+trình)(?:\s+{_WORD}){{0,5}}?\s+{_DOING}"
        rf"|(?:khó\s+khăn|vướng\s+mắc|hạn\s+chế|bất\s+cập|(?:vi|sai)\s+phạm|vấn\s+đề)"
        rf"(?:[\s,]+\S+){{0,6}}?\s+trong\s+quá"
        rf"\s+trình(?:\s+\S+){{0,3}}?\s+{_DOING}"
        rf"|(?:sơ\s+kết|tổng\s+kết|đánh\s+giá)(?:\s+{_WORD}){{0,6}}?\s+{_DOING}"
        rf"|báo\s+cáo\s+(?:kết\s+quả|tình\s+hình|việc)(?:(?:\s+{_WORD}){{0,5}}?\s+{_DOING})?"
        r"|sơ\s+kết|tổng\s+kết"
        # the time it has been carried out: "sau 5 năm thực hiện …", "sau 6 tháng thực hiện
        # …", "Qua 3 năm triển khai thực hiện Chỉ thị …" ("qua" with a count: not "qua các
        # năm", over the years, nor "thông qua năm …")
        rf"|sau\s+(?:\S+\s+){{0,2}}(?:năm|tháng)\s+{_DOING}"
        # a conclusion or report "về 5 năm thực hiện Chỉ thị …", achievements "trong 10 năm
        # thực hiện Nghị quyết …": the years it was carried out
        rf"|(?:về|trong)\s+\d{{1,2}}\s+năm\s+{_DOING}"
        rf"|qua\s+(?:(?:hơn|gần|trên)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
        rf"\s+(?:năm|tháng)\s+{_DOING}"
        # the time past, before the work done: "trong thời gian qua, thực hiện Nghị quyết …",
        # "Trong những năm qua, quán triệt và thực hiện Kết luận số …, công tác … đạt …"
        # (the years named before "qua" are looked behind at: the scan opens cues at its
        # start words, and "qua" is one where "những" is not)
        rf"|(?:thời\s+gian\s+|(?<=những\snăm\s)|(?<=các\snăm\s)|(?<=nhiệm\skỳ\s))qua\s*,?\s+"
        rf"(?:quán\s+triệt(?:\s*,\s*|\s+và\s+))?{_DOING}"
        rf"|(?:rà\s+soát|kiểm\s+tra|giám\s+sát)(?:\s*,\s*\S+)?(?:\s+lại)?\s+(?:tình\s+hình\s+|việc\s+)?{_DOING}"
        rf"|trong\s+việc\s+{_DOING}"
        # an award for what was achieved in it: "trao giấy khen cho tập thể và cá nhân đạt thành
        # tích xuất sắc thực hiện Chỉ thị 05-CT/TW" (blind round Q)
        rf"|thành\s+tích(?:\s+(?:xuất\s+sắc|tiêu\s+biểu|tốt))?\s+(?:trong\s+)?(?:việc\s+)?{_DOING}"
        # what worked under a document before: "kế thừa các quy định được thực hiện có hiệu
        # quả từ Luật Việc làm năm 2013"
        rf"|được\s+{_DOING}\s+có\s+hiệu\s+quả\s+(?:từ|của|tại|theo)"
        rf"|(?:liên\s+quan\s+(?:đến|tới)|vướng\s+mắc(?:\s+(?:trong|khi|về))?)(?:\s+việc)?\s+{_DOING}"
        r"|results?\s+of\s+(?:implementing|the\s+implementation)"
        # results achieved in carrying it out, the years it has been carried out ("achieves
        # important results in implementing Directive 05", "during five years of implementing
        # Directive No. …")
        r"|results?\s+(?:\w+\s+){0,2}in\s+(?:the\s+)?implement(?:ing|ation\s+of)"
        r"|years?\s+of\s+(?:the\s+)?implement(?:ing|ation\s+of)"
        # the work done, in a translation's perfect or past passive ("localities have seriously
        # implemented Directive No. …", "Resolution No. … was implemented"; not "have to
        # implement", a duty)
        r"|(?:ha(?:ve|s|d)|was|were)\s+(?:been\s+)?(?:(?:also|already|not|[a-z]+ly)\s+){0,3}"
        r"(?:(?:and\s+)?[a-z]+ly\s+)?(?:implemented|carried\s+out|executed|grasped)\b"
        # ... or the work led, directed or organised ("have focused on leading and directing
        # the serious and effective implementation of Directive 05", as "đã lãnh đạo, chỉ đạo
        # thực hiện …")
        r"|ha(?:ve|s|d)\s+(?:(?:also|already|[a-z]+ly)\s+)?(?:focused\s+on|concentrated\s+on|led"
        r"|directed|organi[sz]ed|promoted|stepped\s+up|strengthened)\s+(?:[a-z]+[\s,]+){0,7}?"
        r"implementation\s+of"
        # a translation's "the implementation results of", and the work reported, reviewed
        # or assessed ("a report on the implementation of Decree …")
        r"|implementation\s+results?\s+of"
        r"|(?:(?<=report\son\sthe\s)|(?<=reports\son\sthe\s)|(?<=reporting\son\sthe\s)"
        r"|(?<=review\sof\sthe\s)|(?<=reviewing\sthe\s)|(?<=summary\sof\sthe\s)"
        r"|(?<=assessment\sof\sthe\s)|(?<=evaluation\sof\sthe\s)|(?<=assessing\sthe\s)"
        r"|(?<=reviewed\sthe\s)|(?<=summarizing\sthe\s)|(?<=evaluating\sthe\s)"
        # ... or the difficulties met in it, as "vướng mắc trong quá trình thực hiện" ("on
        # dealing with issues and difficulties arising from implementation of the Decree …",
        # blind round CX)
        r"|(?<=difficulties\sin\s)|(?<=difficulties\sin\sthe\s)|(?<=problems\sin\sthe\s)"
        r"|(?<=obstacles\sin\sthe\s))"
        r"implementation\s+of"
        r"|arising\s+(?:from|in|during)\s+(?:the\s+)?implementation\s+of"
        # ... or named as a heading's topic, as "Về tình hình thực hiện …" ("1. Regarding the
        # implementation of the Government's Resolutions No. 01/NQ-CP …", "1. Regarding the
        # socio-economic situation …, the implementation of …", blind rounds CR, CT and CV)
        r"|regarding\s+the\s+(?:[^.;:\n]{0,160}?[,;]\s+(?:the\s+)?)?implementation\s+of"
        # ... summed up or assessed, as "sơ kết, tổng kết, đánh giá việc thực hiện" ("Plan No.
        # 21-KH/BCD on summing up mid-term implementation of Program 01-CTr/TU", blind round AP)
        r"|sum(?:s|med|ming)?\s+up\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?implementation\s+of"
        # ... or reported on or reviewed, over the years or months it took too, as "báo cáo …
        # 5 năm thực hiện" ("a report on the five-year implementation of Resolution No.
        # 04-NQ/TW", "Ministry of Education and Training reviews implementation of Directive
        # 05", blind round DH)
        r"|(?:report(?:s|ed|ing)?\s+on|review(?:s|ed|ing)?(?:\s+of)?|summar(?:y\s+of"
        r"|i[sz](?:e|es|ed|ing))|evaluat(?:ion\s+of|e|es|ed|ing)|assess(?:ment\s+of|es|ed|ing)?)"
        r"\s+(?:the\s+)?(?:(?:[a-z0-9]+-(?:year|month)|mid-term|preliminary)\s+)?"
        r"implementation\s+of"
        r"|assess(?:es|ed|ing)?\s+(?:the\s+)?implementation\s+of"
        # (how carrying it out went, and watching it: "the implementation progress of the
        # Government's Resolution No. 01/NQ-CP", "after 6 months of implementation, Resolution
        # No. 57-NQ/TW has created …", "platforms to monitor the implementation of …", blind
        # round MD)
        r"|implementation\s+(?:progress|status|results?|situation)\s+of"
        r"|after\s+(?:(?:more\s+than|over|nearly|almost)\s+)?"
        r"(?:\d+|one|two|three|four|five|six|ten|several|many)\s+(?:months?|years?)"
        r"\s+of\s+implement(?:ation|ing)\b"
        r"|monitor(?:s|ed|ing)?\s+(?:the\s+)?implementation\s+of"
        # (what came of it, as "những điểm sáng trong việc thực hiện", and what concerns it, as
        # "liên quan đến việc thực hiện": "there have been positive highlights in the
        # implementation of Resolution No. 57", "works related to the implementation of
        # Resolution 98", blind round V)
        r"|(?:highlights?|achievements?|successe?s?|progress|shortcomings?|limitations?"
        r"|weaknesses?)\s+in\s+(?:the\s+)?implement(?:ing|ation\s+of)"
        r"|(?:related|relating)\s+to\s+(?:the\s+)?implementation\s+of"
        # a body that "đã có văn bản …" has sent a letter: told of, not acted on
        r"|đã\s+có\s+(?:văn\s+bản|công\s+văn)(?=\s+(?:số\s+)?\d)",
        (
            "Đánh giá kết quả 5 năm thực hiện Nghị quyết số [[18-NQ/TW]] ngày 25/10/2017.",
            "The Steering Committee issued a plan on summing up mid-term implementation of "
            "Program [[01-CTr/TU]] of the Municipal Party Committee.",
            "The meeting discussed a report on the five-year implementation of Resolution No. "
            "[[04-NQ/TW]] on Party building.",
            "The ministry reviews implementation of Directive No. [[05-CT/TW]] in its sector.",
            "Các cơ quan đã tổ chức thực hiện nghiêm Chỉ thị số [[33/CT-TTg]] của Thủ tướng.",
            "Trong những năm qua, quán triệt và thực hiện Kết luận số [[100-KL/TW]], công tác "
            "xây dựng Đảng đạt nhiều kết quả.",
            "Báo cáo tình hình triển khai thực hiện Nghị quyết số [[66-NQ/TW]] trước ngày 15/12.",
            "Nghị định được ban hành nhằm khắc phục các hạn chế, vướng mắc trong quá trình triển "
            "khai thực hiện Nghị định số [[116/2016/NĐ-CP]].",
            "Kiểm tra và xử lý các vi phạm trong quá trình triển khai thực hiện Luật số "
            "[[80/2015/QH13]] trên địa bàn.",
            # a topic, not an act: "V/v Mẫu tờ khai liên quan đến thực hiện Nghị quyết số ..."
            "V/v Mẫu tờ khai liên quan đến thực hiện Nghị quyết số [[98/2023/QH15]]",
            "Giải quyết vướng mắc khi thực hiện Nghị định số [[103/2024/NĐ-CP]] của Chính phủ.",
            "UBTVQH cho rằng, trong thời gian qua, thực hiện Nghị quyết số [[54-NQ/TW]] của Bộ "
            "Chính trị, thành phố Huế đã đạt nhiều kết quả.",
            "Qua 3 năm triển khai thực hiện Chỉ thị số [[05-CT/TW]], nhận thức của cán bộ, đảng "
            "viên được nâng lên.",
            "Sau 6 tháng thực hiện Nghị định số [[178/2024/NĐ-CP]], các bộ đã giải quyết chế độ "
            "cho hơn 100.000 người.",
            "Thông báo kết luận số 154-TB/TW của Ban Bí thư về 5 năm thực hiện Chỉ thị số "
            "[[24-CT/TW]] ngày 04 tháng 7 năm 2008 của Ban Bí thư khóa X.",
            "Khen thưởng 125 tập thể có thành tích xuất sắc trong 10 năm thực hiện Nghị quyết số "
            "[[19-NQ/HNDTW]] của Ban Chấp hành Trung ương Hội.",
            "Luật kế thừa các quy định được thực hiện có hiệu quả từ Luật số [[38/2013/QH13]].",
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Kế hoạch và Đầu tư đã có văn bản "
            "[[10339/BKHĐT-TTr]] ngày 16 tháng 12 năm 2024 đề nghị các Bộ gửi báo cáo.",
            "Trao giấy khen cho tập thể và cá nhân đạt thành tích xuất sắc thực hiện Chỉ thị "
            "[[05-CT/TW]] của Bộ Chính trị.",
            "The city has achieved certain results after more than 3 months of implementing "
            "Resolution [[98/2023/QH15]].",
            "There have been positive highlights in the implementation of Resolution No. "
            "[[57-NQ/TW]], however, there are still shortcomings.",
            "The committee handles important works related to the implementation of Resolution "
            "[[98/2023/QH15]].",
            "requesting a synthesis and report on the implementation results of Decree No. "
            "[[178/2024/ND-CP]] of the Government",
            "The meeting heard a report on the implementation of Resolution No. [[57-NQ/TW]].",
            "1. Regarding the implementation of the Government's Resolution No. [[01/NQ-CP]] "
            "and the socio-economic situation in the first 6 months",
            "1. Regarding the socio-economic situation in November; the implementation of the "
            "Government's Resolution No. [[01/NQ-CP]] of January 1, 2018",
            "1. Regarding the socio-economic situation in May and the first 5 months of 2017, the "
            "implementation of the Government's Resolution No. [[01/NQ-CP]] on the major tasks",
            "Dispatch on dealing with issues and difficulties arising from implementation of the "
            "Decree No. [[59/2018/ND-CP]]",
            "The ministry answered difficulties in the implementation of Circular No. "
            "[[39/2018/TT-BTC]].",
            "Party committees at all levels have focused on leading and directing the serious and "
            "effective implementation of Directive No. [[05-CT/TW]].",
            "the results that localities have achieved during five years of implementing "
            "Directive No. [[05-CT/TW]]",
            "Thanh Hoa achieves important results in implementing Directive No. [[05-CT/TW]]",
            "all levels, sectors and localities have seriously implemented Directive No. "
            "[[19-CT/TW]] dated November 18, 2022",
            "The province has effectively carried out Resolution No. [[19/NQ-CP]] of the "
            "Government.",
            "1. Regarding the socio-economic situation in February; the implementation progress "
            "of the Government's Resolution No. [[01/NQ-CP]] and the recovery program",
            "According to the report, after 6 months of implementation, Resolution No. "
            "[[57-NQ/TW]] has created strong changes in awareness.",
            "The committee launched three digital platforms to monitor the implementation of "
            "Resolution [[57-NQ/TW]].",
        ),
        confidence=0.8,
    ),
    # A body named after its task ("Trưởng Ban Chỉ đạo triển khai thực hiện Nghị quyết số
    # 68-NQ/TW", "head of the national steering committee for implementing Resolution …"): the
    # name tells what the committee is for; no document is carried out in the sentence.
    Cue(
        "CITES",
        "a body named after its task",
        r"Ban\s+[Cc]hỉ\s+đạo(?:\s+(?:Trung\s+ương|quốc\s+gia|tỉnh|thành\s+phố|huyện|xã))?"
        # ("Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW", blind round MC)
        r"(?:\s+về)?\s+(?:(?:triển\s+khai|tổ\s+chức)(?:\s+thực\s+hiện)?|thực\s+hiện)"
        r"|(?:steering|working)\s+(?:committee|board|group)\s+(?:for|on)\s+(?:the\s+)?"
        r"(?:implementing|implementation\s+of)",
        (
            "Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo triển khai thực hiện Nghị quyết số "
            "[[68-NQ/TW]] của Bộ Chính trị, chủ trì phiên họp.",
            "Ban Chỉ đạo thực hiện Nghị quyết [[57-NQ/TW]] của tỉnh họp phiên thứ hai.",
            "kết luận của Thủ tướng tại Phiên họp lần thứ hai Ban Chỉ đạo quốc gia triển khai Nghị "
            "quyết số [[68-NQ/TW]] của Bộ Chính trị.",
            "head of the national steering committee for implementing the Politburo's "
            "Resolution No. [[68-NQ/TW]], chaired the meeting",
        ),
    ),
    Cue(
        "CITES",
        "dissemination",
        # (those present were briefed: "các đại biểu đã được quán triệt, triển khai Chỉ thị số
        # 20-CT/TW …", blind round Q; passive, no order to the text's own addressees)
        r"(?:đã\s+)?được\s+quán\s+triệt(?:\s*(?:,|và)\s*triển\s+khai(?:\s+thực\s+hiện)?)?"
        # (propaganda about carrying a document out carries nothing out: "Hướng dẫn tuyên
        # truyền thực hiện Chỉ thị 05-CT/TW", "Kế hoạch số 179/KH-UBND về tuyên truyền thực
        # hiện Nghị quyết số 57-NQ/TW", blind rounds MC and DO; not "tuyên truyền và thực hiện")
        r"|tuyên\s+truyền\s+(?:về\s+)?(?:việc\s+)?(?:(?:triển\s+khai|tổ\s+chức)\s+)?"
        r"thực\s+hiện"
        r"|tuyên\s+truyền|phổ\s+biến|quán\s+triệt(?!\s*(?:,|và)\s*(?:triển\s+khai|thực\s+hiện))"
        # (made known and deployed, with no carrying out said: "Huyện ủy quán triệt, triển khai
        # Chỉ thị 35-CT/TW", "Đảng ủy Khối tổ chức quán triệt, triển khai Chỉ thị số 35-CT/TW",
        # a conference's business; blind rounds MC, MJ, MK, MT, MW: their labellers read it
        # so every time; "quán triệt, triển khai thực hiện có hiệu quả …" carries it out)
        r"|quán\s+triệt\s*(?:,|và)\s*triển\s+khai(?!\s+(?:thực\s+hiện|thi\s+hành))"
        # a translation's: "implement the dissemination of the regulations under Circular
        # No. …" (blind round R), "disseminate Resolution No. …"
        r"|(?:implement(?:ing)?\s+(?:the\s+)?)?(?:dissemination|populari[sz]ation|propagation)"
        r"\s+of|disseminat(?:e|es|ing)\b"
        r"|(?:học\s+tập,?\s+)?nghiên\s+cứu,?\s+học\s+tập",
        (
            "Tổ chức tuyên truyền, phổ biến, quán triệt Nghị quyết số [[57-NQ/TW]] đến cán bộ.",
            "Ban Tuyên giáo Tỉnh ủy vừa ban hành Hướng dẫn tuyên truyền thực hiện Chỉ thị số "
            "[[05-CT/TW]] của Bộ Chính trị.",
            "UBND thành phố ban hành Kế hoạch về tuyên truyền thực hiện Nghị quyết số "
            "[[57-NQ/TW]] của Bộ Chính trị.",
            "Ban Thường vụ tổ chức quán triệt Kết luận số [[121-KL/TW]] ngày 24/01/2025.",
            "Tại Hội nghị, các đại biểu đã được quán triệt, triển khai Chỉ thị số [[20-CT/TW]] "
            "ngày 18-01-2018 của Ban Bí thư.",
            "Ngày 9-11, Đảng ủy Khối tổ chức quán triệt, triển khai Chỉ thị số [[35-CT/TW]] của Bộ "
            "Chính trị về Đại hội Đảng bộ các cấp.",
            "We request that the Directors implement the dissemination of the tax registration "
            "regulations under Circular No. [[86/2024/TT-BTC]] to taxpayers.",
        ),
        confidence=0.8,
    ),
    # A conference named by the document it makes known ("Ban Bí thư đã tổ chức Hội nghị quán
    # triệt, triển khai thực hiện Chỉ thị 03-CT/TW"): the meeting's name, a dissemination, not
    # the document carried out (blind rounds H and I)
    Cue(
        "CITES",
        "dissemination meeting",
        r"hội\s+nghị(?:\s+trực\s+tuyến)?(?:\s+(?:toàn\s+quốc|học\s+tập|nghiên\s+cứu),?)*"
        # (its other words of making known between: "Hội nghị quán triệt, tuyên truyền, triển
        # khai thực hiện Nghị quyết 45", blind round MW)
        r"\s+quán\s+triệt(?:\s*(?:,|và)\s*(?:tuyên\s+truyền|phổ\s+biến))*"
        r"(?:\s*(?:,|và)?\s*triển\s+khai(?:\s+thực\s+hiện)?)?"
        # ... in a translation: "Conference on studying and implementing resolution of the 11th
        # National Party Congress started", "a conference to study and implement …" (round V)
        r"|conference\s+(?:on|to|for)\s+(?:thoroughly\s+)?(?:study(?:ing)?|grasp(?:ing)?"
        r"|disseminat(?:e|ing)|learn(?:ing)?)(?:\s*(?:,|and)\s*(?:thoroughly\s+)?(?:study(?:ing)?"
        r"|grasp(?:ing)?|disseminat(?:e|ing)))*(?:\s*(?:,|and)\s*(?:implement(?:ing)?"
        r"|deploy(?:ing)?))?",
        (
            "Over 400 officials attended a conference on studying and implementing Resolution "
            "No. [[01-NQ/TU]] of the provincial Party Committee.",
            "Ngày 17/8, Ban Bí thư đã tổ chức Hội nghị quán triệt, triển khai thực hiện Chỉ thị "
            "[[03-CT/TW]] của Bộ Chính trị.",
            "Tỉnh ủy tổ chức Hội nghị trực tuyến học tập, quán triệt Nghị quyết số [[57-NQ/TW]].",
            "Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến quán triệt triển khai thực hiện "
            "Quy định [[58-QĐ/TW]] ngày 28/2/2022 của Bộ Chính trị.",
            "Sáng 24/7, Quận ủy tổ chức Hội nghị quán triệt, tuyên truyền, triển khai thực hiện "
            "Nghị quyết [[45-NQ/TW]] của Bộ Chính trị.",
        ),
        confidence=0.8,
    ),
    # The documents a body is told to have issued, listed after "như:" ("Tỉnh ủy, HĐND, UBND
    # tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất như: Kế hoạch
    # số 86-KH/TU …; Chương trình hành động số 147-CTHĐ/TU …"): they are that body's own
    # papers, named, not carried out by the text (the words between say what they are for).
    Cue(
        "CITES",
        "documents issued, listed",
        r"ban\s+hành\s+(?:các|nhiều|những|một\s+số)\s+văn\s+bản[^.;:\n]{0,150}?"
        r"\s(?:như|gồm|bao\s+gồm)\s*:",
        (
            "Tỉnh ủy, HĐND, UBND tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện "
            "thống nhất như: Kế hoạch số [[86-KH/TU]] ngày 07/5/2018 của Tỉnh ủy;",
        ),
        confidence=0.8,
    ),
    # A body named by the work it leads: "Ban Chỉ đạo Trung ương về tổng kết thực hiện …", "Tổ
    # công tác giúp việc thực hiện Quyết định số 284", "the Steering Committee for implementing
    # Resolution 98", "The Advisory Council for the Implementation of Resolution 98" (blind
    # rounds L, N and V; the gold's nine such names all cite): the name says what the body is
    # for; it orders nothing.
    Cue(
        "CITES",
        "a body named by its work",
        r"(?:ban\s+chỉ\s+đạo|tổ\s+công\s+tác|tổ\s+giúp\s+việc|hội\s+đồng\s+tư\s+vấn)"
        r"(?:\s+(?:trung\s+ương|tỉnh|thành\s+phố|huyện|quận|xã|giúp\s+việc))?"
        r"(?:\s+(?:về\s+)?(?:tổng\s+kết\s+|sơ\s+kết\s+)?(?:việc\s+)?(?:triển\s+khai|thực\s+hiện)"
        r"(?:\s+thực\s+hiện)?)"
        r"|(?:steering\s+committee|advisory\s+council|working\s+group|task\s+force"
        r"|executive\s+committee)\s+(?:(?:for|on)\s+(?:the\s+)?)?"
        r"(?:implementing|implementation\s+of|to\s+implement(?:\s+the)?)",
        (
            "Công văn số 21-CV/BCĐ của Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết "
            "[[18-NQ/TW]].",
            "Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số [[284/QĐ-TTg]] phát biểu.",
            "Prime Minister Pham Minh Chinh is the head of the Steering Committee for "
            "implementing Resolution [[98/2023/QH15]].",
            "The Advisory Council for the Implementation of Resolution [[98/2023/QH15]] has "
            "convened in two sessions.",
        ),
        confidence=0.8,
    ),
    # A time clause, "khi thực hiện …" (when something is carried out), tells the
    # circumstance of what the sentence says, no order: "Khi thực hiện cải cách tiền lương,
    # bảng lương mới sẽ được thiết kế … theo Nghị quyết 27-NQ/TW" (news-255), "khi thực hiện
    # chuyển doanh nghiệp … theo quy định tại Nghị định số …" (the document gold's 14 such
    # clauses all cite).
    Cue(
        "CITES",
        "a time it is done",
        rf"(?<!\w)khi\s+{_DOING}\b"
        # ... in a translation: "When implementing Decree No. 152/2020/ND-CP, enterprises
        # faced many issues" (blind round R)
        r"|(?<!\w)(?:when|while)\s+(?:implementing|carrying\s+out|applying)\b",
        (
            "When implementing Decree No. [[152/2020/ND-CP]], enterprises faced many issues.",
            "Khi thực hiện cải cách tiền lương, bảng lương mới sẽ được thiết kế dựa trên việc "
            "xác định của 05 yếu tố theo Nghị quyết [[27-NQ/TW]] năm 2018.",
            "Doanh nghiệp được trừ chi phí khi thực hiện chuyển doanh nghiệp thành công ty cổ "
            "phần theo Nghị định số [[109/2007/NĐ-CP]] của Chính phủ.",
        ),
        confidence=0.8,
    ),
    # What an adjusting decision leaves as it was stays as the earlier one says: "Các nội dung
    # khác thực hiện theo Quyết định 210/QĐ-UBND …" keeps that decision's text; it carries
    # nothing out (news-102).
    Cue(
        "CITES",
        "the rest unchanged",
        r"nội\s+dung\s+khác(?:\s*:)?\s+(?:(?:vẫn\s+)?giữ\s+nguyên|thực\s+hiện)\s+theo",
        (
            "Các nội dung khác thực hiện theo Quyết định 210/QĐ-UBND ngày 11/01/2010 và Quyết "
            "định [[1642/QĐ-UBND]] ngày 07/8/2023 của Chủ tịch UBND thành phố.",
            "Các nội dung khác: Giữ nguyên theo Quyết định số [[1563/QĐ-UBND]] ngày 11/5/2024.",
        ),
    ),
    # A passive names what another document did: "Luật A (được sửa đổi, bổ sung bởi Luật
    # B)": the text only cites B, and B amends A is kept as B's own statement (`passive`).
    Cue(
        "CITES",
        "passive amendment",
        # ("được sửa đổi và bãi bỏ một số khoản bởi …": one passive, not an act of the text
        # before it)
        r"(?:đã\s+)?(?:được|bị)\s+(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:(?:,|\s+và)\s+bãi\s+bỏ)?"
        r"(?:\s+một\s+số\s+điều)?|bổ\s+sung"
        r"|đính\s+chính|điều\s+chỉnh)|sửa\s+đổi,?\s+bổ\s+sung\s+(?:tại|bởi)"
        # with the body that did it between: "Nghị định 60/2014/NĐ-CP … đã được Chính phủ sửa
        # đổi, bổ sung theo Nghị định 25/2018/NĐ-CP" (blind round V)
        r"|(?:đã\s+)?được\s+(?:[^\W\d_]+\s+){1,5}?sửa\s+đổi(?:,?\s+bổ\s+sung)?\s+(?:theo|tại|bởi)"
        # a bracket right after the document: "(sửa đổi, bổ sung theo Nghị định số …)"
        r"|(?:(?<=\()|(?<=\(\s))sửa\s+đổi(?:,?\s+bổ\s+sung)?\s+theo"
        r"|(?:sửa\s+đổi|bổ\s+sung)\s+bởi|(?:as\s+)?amended\s+by"
        # "which had a number of articles amended and supplemented under the Government’s
        # Decree No. 154/2020/ND-CP"
        r"|amended(?:\s+and\s+supplemented)?\s+(?:under|in|by)",
        (
            "Luật Đầu tư (được sửa đổi, bổ sung tại Luật số [[03/2022/QH15]]).",
            "Nghị định số 56/2015/NĐ-CP quy định về công tác đánh giá (sửa đổi, bổ sung theo "
            "Nghị định số [[88/2017/NĐ-CP]] ngày 27-7-2017)",
            "Một số quy định tại Nghị định 60/2014/NĐ-CP đã được Chính phủ sửa đổi, bổ sung theo "
            "Nghị định [[25/2018/NĐ-CP]] ngày 28/02/2018.",
            "the Law, which had a number of articles amended and supplemented under the "
            "Government’s Decree No. [[154/2020/ND-CP]]",
            "Nghị định 125/2020/NĐ-CP ( bổ sung bởi điểm a khoản 1 Điều 6 Nghị định "
            "[[102/2021/NĐ-CP]])",
            "Decree No. 15/2018/ND-CP as amended by Decree No. [[31/2021/ND-CP]].",
            "Điều 13 Nghị định 67/2013/NĐ-CP (được sửa đổi và bãi bỏ một số khoản bởi Điều 4 "
            "Nghị định [[08/2018/NĐ-CP]])",
        ),
        passive="AMENDS",
    ),
    Cue(
        "CITES",
        "passive replacement",
        # (a legal database's note of an end of force names both: "… bị bãi bỏ, thay thế bởi")
        r"(?:đã\s+)?(?:được|bị)\s+(?:bãi\s+bỏ,?\s+)?thay\s+thế|replaced\s+by|superseded\s+by",
        (
            "Thông tư số 01/2021/TT-BTC đã được thay thế bởi Thông tư số [[08/2024/TT-BTC]].",
            "Kể từ ngày 01-01-2022, Nghị định số 58/2003/NĐ-CP ngày 29/05/2003 của Chính phủ bị "
            "bãi bỏ, thay thế bởi Nghị định số [[105/2021/NĐ-CP]] ngày 04/12/2021",
        ),
        passive="REPLACES",
    ),
    # An end of force ("ceases to have effect", below) said as a passive that names no agent
    # and closes its clause: "Quyết định số X … bị bãi bỏ.", "A, B … và các quy định trước
    # đây trái với Nghị định này đều bị bãi bỏ." (with its agent, "bị bãi bỏ bởi …", it is
    # another's act, the passive below; a past one, "đã bị bãi bỏ", is told of)
    Cue(
        "REPEALS",
        "is repealed",
        r"(?<!đã\s)(?<!sẽ\s)(?<!chưa\s)bị\s+bãi\s+bỏ"
        r"(?=[ \t]*(?:[.;:]|\n|$|(?:kể\s+)?từ\s+ngày))"
        # a translation's ("Decree No. X is repealed.", "The following documents shall be
        # annulled:"); "has been repealed" is told of, "repealed by Y" is Y's act
        r"|\b(?:is|are|shall\s+be|will\s+be|to\s+be)\s+(?:hereby\s+)?(?:only\s+)?"
        r"(?:(?:partially|partly|wholly|fully|entirely|completely)\s+)?"
        r"(?:repealed|annulled|abrogated|abolished|rescinded|nullified|invalidated|revoked)"
        # (a list after it: "the List of legislative documents … to be partially annulled,
        # specifically as follows:", blind round BY)
        r"(?:\s*,\s*specifically)?(?:\s+as\s+follows)?"
        r"(?=[ \t]*(?:[.;:]|\n|$|(?:from|as\s+of|on|upon|with\s+effect\s+from)\s))",
        (
            "Quyết định số [[12/2010/QĐ-UBND]] ngày 01 tháng 3 năm 2010 của UBND tỉnh bị bãi bỏ.",
            "Nghị định số 132/2005/NĐ-CP ngày 20 tháng 10 năm 2005, Nghị định số [[86/2006/NĐ-CP]] "
            "ngày 21 tháng 8 năm 2006 và các quy định trái với Nghị định này đều bị bãi bỏ.",
            "Điều 3. Các Quyết định sau đây bị bãi bỏ:\n- Quyết định số [[21/2012/QĐ-UBND]];",
            "3. Decree No. [[21/2012/ND-CP]] shall be annulled from the effective date of this "
            "Decree.",
            "2. The following documents are repealed:\na) Decision No. [[34/2016/QD-TTg]];",
            "Circular No. [[200/2014/TT-BTC]] is only partially repealed upon the effectiveness "
            "of this Circular.",
            "Decision No. [[379/2002/QD-BYT]] will be completely revoked from January 1, 2024.",
            # (the list on the line of the cue, blind rounds BT and BY)
            "From November 15, 2018, the following 09 legal documents will be annulled: - "
            "Decision [[1906/2004/QD-BYT]] on parallel import of drugs",
            "These documents shall be abrogated: Decision No. [[16/2015/QD-TTg]] dated May 22nd",
        ),
        after=True,
    ),
    # ... or as the head of the list it names, inline ("Các văn bản bị bãi bỏ gồm Quyết định
    # số X …; Thông tư số Y …", blind round O): the documents after it are the ones repealed,
    # not the agents of a passive
    Cue(
        "REPEALS",
        "repealed, listed",
        r"(?<!đã\s)(?<!sẽ\s)(?<!chưa\s)bị\s+bãi\s+bỏ\s*,?\s+(?:bao\s+gồm|gồm(?:\s+có)?|là)(?=\s*:?\s)",
        (
            "Các văn bản bị bãi bỏ gồm Quyết định số [[202/TCCP-VC]] ngày 8.6.1994 về ban hành "
            "tiêu chuẩn nghiệp vụ các ngạch công chức;",
            "Những văn bản bị bãi bỏ bao gồm: Thông tư số [[09/2007/TT-BNV]] hướng dẫn về kho "
            "lưu trữ chuyên dụng.",
        ),
    ),
    Cue(
        "CITES",
        "passive repeal",
        r"(?:đã\s+)?(?:được|bị)\s+(?:bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)"
        # a legal database's row of an effect history names the source right after its status
        # ("02/10/2008 Bị hết hiệu lực 120/2008/QĐ-TTg"); said of a document in a sentence, the
        # words name no agent ("… bị hết hiệu lực kể từ ngày …")
        r"|bị\s+hết\s+hiệu\s+lực(?:\s+(?:1|một)\s+phần)?(?=[ \t]+\d)"
        r"|(?:repealed|annulled|abolished|rescinded|nullified|revoked)\s+by",
        (
            "Thủ tục đã bị bãi bỏ theo Quyết định số [[3470/QĐ-UBND]] ngày 10/11/2025.",
            "02/10/2008 Bị hết hiệu lực [[120/2008/QĐ-TTg]]",
            "Decision No. 45/2016/QD-TTg is annulled by Decision No. [[12/2020/QD-TTg]].",
        ),
        passive="REPEALS",
    ),
    Cue(
        "CITES",
        "passive guidance",
        r"(?:đã\s+)?(?:được|bị)\s+(?:hướng\s+dẫn|quy\s+định\s+chi\s+tiết)",
        ("Luật này được hướng dẫn bởi Nghị định số [[31/2021/NĐ-CP]].",),
        passive="GUIDES",
    ),
    Cue(
        "CITES",
        "passive description",
        # (with the act that marks the time: "Sau khi sửa đổi, bổ sung Luật …, nội dung này")
        r"(?:trước|sau|kể\s+từ)\s+khi(?:\s+(?:được\s+)?(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung"
        r"|ban\s+hành|thay\s+thế|bãi\s+bỏ))?"
        # (a thing "được quy định tại" or "nêu tại" a document is where it stands: the
        # `provision` cue, through which an act before it reaches the document, news-294)
        r"|(?:đã\s+)?(?:được|bị)\s+xác\s+định\s+tại"
        r"|(?:đã\s+)?(?:được|bị)\s+hợp\s+nhất",
        (
            "Nhà được đưa vào sử dụng trước khi Luật số [[27/2001/QH10]] có hiệu lực.",
            "[1] Sau khi sửa đổi, bổ sung Luật số [[57/2014/QH13]] thì nội dung này sẽ do Ủy ban "
            "Kinh tế và Ngân sách thực hiện.",
        ),
    ),
    # Approved under a document's rules ("phương án cổ phần hoá được cấp có thẩm quyền phê
    # duyệt theo Nghị định số …"): how something was approved, not a document carried out.
    # (Approved *in* a decision, "phương án … đã được phê duyệt tại Quyết định số …", names
    # the decision that holds the plan: the cue before it decides.)
    Cue(
        "CITES",
        "approved under",
        r"(?:đã\s+)?được\s+(?:(?:cấp|cơ\s+quan|người)\s+có\s+thẩm\s+quyền\s+)?phê\s+duyệt\s+theo"
        r"(?:\s+quy\s+định\s+(?:của|tại))?",
        (
            "Các doanh nghiệp thực hiện cổ phần hóa mà phương án cổ phần hoá được cấp có thẩm "
            "quyền phê duyệt theo Nghị định số [[109/2007/NĐ-CP]] ngày 26/6/2007.",
        ),
        confidence=0.8,
    ),
    # A document's entry into force marks a time; a cue before it does not reach the document:
    # "cho phép thực hiện dự án … trước thời điểm có hiệu lực của Nghị quyết số …".
    Cue(
        "CITES",
        "time of entry into force",
        r"(?:thời\s+điểm|ngày)\s+(?:có\s+)?hiệu\s+lực(?:\s+thi\s+hành)?\s+của",
        (
            "cho phép thực hiện dự án thí điểm thuộc trường hợp đang có quyền sử dụng đất trước "
            "thời điểm có hiệu lực của Nghị quyết số [[171/2024/QH15]] mà không ghi thời hạn.",
            "Các hồ sơ nộp trước ngày có hiệu lực thi hành của Nghị định số [[59/2023/NĐ-CP]] "
            "được tiếp tục giải quyết.",
        ),
    ),
    # A deadline given by reference, opening its own line (a table's "Thời hạn" cell): the
    # document only says when, and no verb of carrying out stands in the clause.
    Cue(
        "CITES",
        "deadline by reference",
        r"(?<![^\n])theo\s+(?:lộ\s+trình|thời\s+hạn|tiến\s+độ|thời\s+gian)"
        r"(?:\s+(?:được\s+giao|đã\s+đề\s+ra|đề\s+ra|quy\s+định|yêu\s+cầu))?\s+tại",
        (
            "Văn phòng Bộ\n\nTheo lộ trình được giao tại Kế hoạch số\n[[02-KH/BCĐTW]]\n\n5",
            "Sở Tư pháp\nTheo thời hạn tại Nghị quyết số [[66/NQ-CP]]",
        ),
    ),
    Cue(
        "CITES",
        "provision",
        rf"(?:(?:theo\s+(?:đúng\s+)?)?(?:quy\s+định|hướng\s+dẫn|nêu|ghi)\s+)?tại(?:\s+{_PROVISION})+"
        r"|(?:theo\s+(?:đúng\s+)?)?(?:q[uy][iy]\s+định|hướng\s+dẫn|nêu|ghi)(?:\s+tương\s+ứng)?\s+tại"
        r"|theo\s+(?:đúng\s+)?(?:các\s+)?quy\s+định(?:\s+tương\s+ứng)?\s+của"
        r"|theo\s+(?:các\s+)?quy\s+định\s+hiện\s+hành"
        # a law as the rule something is done by: "dự án do doanh nghiệp là chủ quản theo Luật
        # Đầu tư công", "phù hợp với quy định của Luật Quản lý thuế"
        r"|(?<!điều\s)(?<!sung\s)(?<!đổi\s)theo(?=\s+(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s)"
        r"|phù\s+hợp\s+với\s+(?:các\s+)?quy\s+định\s+(?:của|tại)"
        # complying with a document's rules: "thực hiện đúng các quy định của Luật …", "tuân
        # thủ quy định của Luật …"
        r"|(?:thực\s+hiện|tuân\s+thủ|chấp\s+hành)\s+(?:nghiêm\s+)?đúng\s+(?:các\s+)?quy\s+định\s+(?:của|tại)"
        r"|(?<=tuân\s)thủ(?:\s+đúng)?\s+(?:các\s+)?quy\s+định\s+(?:của|tại)"
        r"|(?:theo\s+(?:đúng\s+)?)?(?:yêu\s+cầu|mục\s+tiêu)\s+(?:của|tại)"
        r"|(?<!theo\s)(?<!đúng\s)(?<!với\s)tinh\s+thần\s+(?:của|tại)"
        rf"|(?<![\w])(?:{_PROVISION}\s+)*Điều\s+\d+[a-zđ]?(?!\s*[.:])"
        # an entry of a published list of procedures: "thủ tục hành chính có số thứ tự 01 tại"
        r"|(?:thủ\s+tục\s+hành\s+chính|TTHC)\s+(?:có\s+)?(?:số\s+)?thứ\s+tự\s*:?\s*\d+"
        r"(?:\s*(?:,|và)\s*\d+)*\s+tại"
        r"|(?:as\s+)?(?:provided|prescribed|stipulated|specified|set\s+out|referred\s+to|regulated"
        r"|laid\s+down)\s+(?:in|by)|under\s+Article"
        # "hướng dẫn tại" translated: "… and the guidance under Circular No. 55/2023/TT-BTC"
        r"|(?<=the\s)guidance\s+(?:under|in|at)"
        r"|(?:in\s+accordance\s+with|according\s+to)\s+(?:the\s+)?(?:provisions?|regulations?|Law\b)"
        r"\s+(?:of|in)"
        # a law named as the rule: "… in accordance with the Law on Tax Administration"
        r"|(?:in\s+accordance\s+with|according\s+to)(?:\s+the)?(?=\s+(?:Law|Code|Ordinance)\s+on\s)",
        (
            "Mẫu đơn theo thủ tục hành chính có số thứ tự 3 tại Quyết định số [[1127/QĐ-UBND]].",
            "it is carried out according to the lists of appointed agencies regulated in Decree "
            "No. [[38/2012/ND-CP]] until the ministries announce new lists",
            "implementation shall continue according to the decisions approved by competent "
            "authorities and the guidance under Circular No. [[55/2023/TT-BTC]]",
            "Hồ sơ thực hiện theo quy định tại Điều 2 Quyết định số [[142/2008/QĐ-TTg]].",
            "Tiến độ theo quy định tại Nghị quyết số [[66-NQ/TW]] và Nghị quyết số 140/NQ-CP.",
            "Bảo đảm thực hiện theo đúng quy định của Luật số [[43/2019/QH14]].",
            "Giá trị khối lượng thực hiện của dự án đầu tư do doanh nghiệp là cơ quan chủ quản "
            "theo Luật số [[39/2019/QH14]].",
            "Phân công cơ quan thuế thực hiện phù hợp với quy định của Luật số [[38/2019/QH14]].",
            "Khẩn trương tổ chức thực hiện nhiệm vụ theo phân công, thực hiện đúng các quy định "
            "của Luật số [[80/2015/QH13]] và các quy định khác của pháp luật.",
            "Giao Chính phủ khẩn trương tổ chức thực hiện, bảo đảm đúng chế độ, tuân thủ quy định "
            "của Luật số [[83/2015/QH13]] và báo cáo Quốc hội.",
            "Hồ sơ, trình tự, thủ tục đăng ký thực hiện theo quy định tương ứng của Nghị định số "
            "[[88/2006/NĐ-CP]].",
            "Hồ sơ chuyển đổi thực hiện theo quy định tương ứng tại Nghị định số "
            "[[43/2010/NĐ-CP]].",
            # the old spelling "qui định"
            "Mức chi phí cổ phần hoá thực hiện theo qui định tại Thông tư số [[196/2011/TT-BTC]].",
            "Quotas are allocated by import licences issued in accordance with the provisions of "
            "the Government's Decree No. [[69/2018/ND-CP]] dated May 15, 2018.",
        ),
        confidence=0.9,
    ),
    # Procedures named by what is done to them, the verbs after the noun ("Thủ tục hành chính
    # thay thế, bãi bỏ lĩnh vực Trồng trọt … ban hành kèm theo Quyết định 3121/QĐ-BNN-VP",
    # news-188; "Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ …"): a category of
    # a catalogue of procedures, which the document named after it publishes; nothing acts on
    # that document (the document gold reads every such heading as citing it). The verb
    # before the procedures, "Bãi bỏ 03 thủ tục hành chính tại Quyết định số …", is an act.
    Cue(
        "CITES",
        "a category of procedures",
        r"(?:thủ\s+tục\s+hành\s+chính|TTHC)(?:\s+(?:mới\s+)?ban\s+hành\s+mới)?"
        r"(?:\s+(?:và\s+|,\s*)?(?:được\s+|bị\s+)?(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ"
        r"|hủy\s+bỏ|huỷ\s+bỏ)(?:\s*,)?)+",
        (
            "Thủ tục hành chính thay thế, bãi bỏ lĩnh vực Trồng trọt thuộc phạm vi chức năng quản "
            "lý của Bộ Nông nghiệp và Phát triển nông thôn ban hành kèm theo Quyết định "
            "[[3121/QĐ-BNN-VP]] năm 2021 như sau:",
            "Danh mục thủ tục hành chính thay thế lĩnh vực Thủy lợi ban hành kèm theo Quyết định "
            "số [[1234/QĐ-BNN-TL]] ngày 1/4/2024.",
        ),
        confidence=0.8,
    ),
    # Amending a dossier, a licence or an entry is not amending a document: "Sở Y tế trả
    # Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 tại Phụ lục I của Nghị định ...".
    Cue(
        "CITES",
        "act on a dossier",
        r"(?:hồ\s+sơ|giấy\s+tờ|tài\s+liệu)\s+(?:đề\s+nghị\s+)?(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)"
        r"(?:,?\s+bổ\s+sung)?"
        r"|(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|hủy\s+bỏ|huỷ\s+bỏ)(?:,?\s+bổ\s+sung)?\s+"
        r"(?:hoặc\s+xây\s+dựng\s+mới\s+)?"
        r"(?:hồ\s+sơ|giấy\s+tờ|tài\s+liệu|thông\s+tin|giấy\s+phép|giấy\s+chứng\s+nhận"
        # an enterprise's pay scales and rates: "phải sửa đổi, bổ sung hoặc xây dựng mới thang
        # lương, bảng lương … theo quy định tại khoản 2 Điều 6 Nghị định số …" (news-933)
        r"|thang\s+lương|bảng\s+lương|định\s+mức|đơn\s+giá)",
        (
            "Bước 4: Sở Y tế trả tổ chức Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 "
            "tại Phụ lục I Nghị định số [[163/2025/NĐ-CP]];",
            "Sở Y tế gửi văn bản yêu cầu sửa đổi, bổ sung hồ sơ theo Mẫu số 16 tại Phụ lục I "
            "Nghị định số [[163/2025/NĐ-CP]];",
            "Trường hợp không bảo đảm thì doanh nghiệp phải sửa đổi, bổ sung hoặc xây dựng mới "
            "thang lương, bảng lương, phụ cấp lương theo quy định tại khoản 2 và khoản 3 Điều 6 "
            "Nghị định số [[44/2025/NĐ-CP]].",
        ),
        confidence=0.8,
    ),
    # The consequent of a condition applies a rule; it carries nothing out: "Các nội dung
    # không được quy định tại Quyết định này thì thực hiện theo Thông tư số ...", and what
    # this text leaves out is as another says: "... không nêu trong Quyết định này, thực hiện
    # theo Quyết định số ...".
    Cue(
        "CITES",
        "conditional rule",
        r"(?:(?<=thì\s)|(?<=này,\s))(?:thực\s+hiện|áp\s+dụng|xử\s+lý)(?:\s+theo)?",
        (
            "Nội dung cụ thể của từng thủ tục hành chính không được công bố tại Quyết định này, "
            "thực hiện theo Quyết định số [[3578/QĐ-BKHCN]] ngày 07/11/2025.",
            "2. Các nội dung không được quy định tại Quyết định này thì thực hiện theo Thông tư "
            "số [[152/2015/TT-BTC]] hướng dẫn về thuế tài nguyên.",
            "Trường hợp chưa có quy định thì áp dụng theo Nghị định số [[126/2020/NĐ-CP]].",
        ),
        confidence=0.8,
    ),
    # What is done "theo Quyết định này và Quyết định số …" follows both as rules: the text's
    # own document is one of them, so the other is no document carried out.
    Cue(
        "CITES",
        "along with this document",
        r"theo\s+(?:quy\s+định\s+(?:của|tại)\s+)?(?:quyết\s+định|thông\s+tư|nghị\s+định"
        r"|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị)\s+này(?=\s*(?:,|và|;))",
        (
            "Các đơn vị niêm yết công khai và thực hiện giải quyết TTHC theo Quyết định này và "
            "Quyết định số [[3740/QĐ-UBND]] ngày 20/12/2024 của Chủ tịch UBND tỉnh.",
        ),
        confidence=0.8,
    ),
    # A figure "thực hiện" is the figure reached ("mức tiền lương bình quân thực hiện theo Nghị
    # định số …", "chỉ tiêu sản xuất, kinh doanh thực hiện năm 2025"): a measure, no act.
    Cue(
        "CITES",
        "realised figure",
        r"(?:tiền\s+lương|thù\s+lao|lợi\s+nhuận|doanh\s+thu|quỹ\s+(?:tiền\s+)?lương"
        r"|chỉ\s+tiêu(?:\s+[^\s.;:]+){0,4}?|giá\s+trị|sản\s+lượng)(?:\s+bình\s+quân)?"
        # (not "chỉ tiêu thực hiện Nghị quyết số …": the targets of carrying a document out)
        r"(?:\s+thực\s+tế)?\s+thực\s+hiện"
        r"(?!\s+(?:các|những|nhiệm|việc|nghị|chỉ|quyết|kế|kết|thông|luật|công|văn)\b)",
        (
            "Quỹ tiền lương được xác định dựa trên mức tiền lương bình quân thực hiện theo Nghị "
            "định số [[44/2025/NĐ-CP]] ngày 28 tháng 02 năm 2025.",
            "Mức tiền lương gắn với chỉ tiêu sản xuất, kinh doanh thực hiện năm 2025 theo Nghị "
            "định số [[44/2025/NĐ-CP]].",
        ),
        confidence=0.8,
    ),
    # A procedure done as a document sets it out: "Nội dung TTHC thực hiện theo Quyết định số
    # …" in a catalogue of procedures says where the steps are written, it carries nothing out.
    Cue(
        "CITES",
        "procedure as set out",
        r"(?:nội\s+dung|trình\s+tự(?:\s*,\s*thủ\s+tục)?)(?:\s+(?:cụ\s+thể|chi\s+tiết))?(?:\s+(?:của\s+)?(?:từng\s+)?"
        r"(?:TTHC|thủ\s+tục\s+hành\s+chính|thủ\s+tục))?\s+(?:được\s+)?thực\s+hiện\s+theo",
        (
            "Một phần\n\nNội dung TTHC thực hiện theo Quyết định [[3578/QĐ-BKHCN]] ngày 07/11/2025 "
            "của Bộ Khoa học và Công nghệ.",
            "Trình tự, thủ tục thực hiện theo Nghị định số [[63/2010/NĐ-CP]].",
        ),
        confidence=0.8,
    ),
    # A question asks what a document says of something, it states no act: "Trình tự thủ tục
    # … được thực hiện như thế nào theo Nghị định 76?" (news-334, an explainer's title and
    # headings). The explainer sites word their questions so on 15 pages of the real corpus,
    # 8 of them naming a document ("… được quy định như thế nào theo Nghị quyết 81?", "… ra
    # sao theo Nghị định 243?"); only a verb of carrying out before the question word made
    # one of them an act.
    Cue(
        "CITES",
        "asked how",
        r"(?:thực\s+hiện|triển\s+khai|thi\s+hành|áp\s+dụng|xử\s+lý|quy\s+định)"
        r"\s+(?:như\s+thế\s+nào|thế\s+nào|ra\s+sao)\s+(?:theo|tại)",
        (
            "Trình tự thủ tục mua sáng chế, sáng kiến để chuyển giao công nghệ được thực hiện "
            "như thế nào theo Nghị định [[76/2018/NĐ-CP]]?",
            "Việc cấp đổi giấy phép được triển khai ra sao theo Thông tư [[03/2025/TT-BNV]]?",
        ),
        confidence=0.8,
    ),
    # A comparison names a document as a yardstick ("Phần chữ in nghiêng là nội dung sửa đổi so
    # với Quyết định số …", "Tổng mức đầu tư không thay đổi so với Quyết định …").
    Cue(
        "CITES",
        "comparison",
        r"so\s+với|compar(?:ed|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)",
        (
            "Lưu ý: Phần chữ in nghiêng là nội dung sửa đổi so với Quyết định số "
            "[[1818/QĐ-UBND]] ngày 23/10/2025.",
            # (a translation's yardstick, blind round S)
            "Comparing to Decree no. [[81/2015/ND-CP]] and other guidance documents of the Law "
            "on Investment, the new Decree adds several procedures.",
        ),
        confidence=0.8,
    ),
    # Being brought in line with a document names it as a yardstick too: the change is made to
    # another text ("(x) Sửa đổi quy định về tuổi của thân nhân … phù hợp với tuổi nghỉ hưu của
    # Bộ luật Lao động năm 2019", an explainer's list of what a new law changes, news-495).
    Cue(
        "CITES",
        "in line with",
        r"phù\s+hợp\s+với"
        # not in line with what a document directs: "hoàn thiện dự thảo phù hợp với tinh thần
        # chỉ đạo tại văn bản số …" carries the direction out (an IMPLEMENTS cue reads it)
        r"(?!\s+(?:các\s+)?(?:tinh\s+thần|chỉ\s+đạo|yêu\s+cầu|mục\s+tiêu|định\s+hướng"
        r"|chủ\s+trương|nhiệm\s+vụ))",
        (
            "Sửa đổi thời hạn nộp hồ sơ cho phù hợp với Nghị định số [[15/2020/NĐ-CP]].",
            "Bổ sung mức phí thẩm định, phù hợp với Thông tư số [[12/2021/TT-BTC]].",
        ),
        confidence=0.8,
    ),
    # The closing item of a list of duties, "Thực hiện các nhiệm vụ khác theo Quyết định số …",
    # says where further duties come from; it carries nothing out.
    Cue(
        "CITES",
        "other duties",
        r"(?:thực\s+hiện|làm)\s+(?:các\s+)?(?:chức\s+năng\s*(?:,|và)\s*)?(?:nhiệm\s+vụ|công\s+việc)"
        r"(?:,?\s+quyền\s+hạn)?\s+khác",
        (
            "4. Thực hiện nhiệm vụ khác theo Quyết định số [[601/QĐ-TTg]] ngày 17/5/2013.",
            "Thực hiện các nhiệm vụ, quyền hạn khác theo Nghị định số [[120/2020/NĐ-CP]].",
            "Thực hiện các chức năng và nhiệm vụ khác được quy định theo Luật số [[88/2015/QH13]].",
        ),
        confidence=0.8,
    ),
    # A body performing its functions ("Tổ chức thực hiện chức năng, nhiệm vụ, quyền hạn của Ủy
    # ban Kiểm tra Trung ương được quy định trong Điều lệ Đảng …", news-347) does its work; the
    # document that sets the functions out is not carried out by it.
    Cue(
        "CITES",
        "performing functions",
        r"(?:thực\s+hiện|làm)\s+(?:các\s+)?chức\s+năng(?:\s*,\s*|\s+và\s+)nhiệm\s+vụ"
        r"(?:\s*(?:,|và)\s*quyền\s+hạn)?",
        (
            "2. Tổ chức thực hiện chức năng, nhiệm vụ, quyền hạn của Ủy ban Kiểm tra được quy "
            "định tại Quy định số [[296-QĐ/TW]] của Ban Chấp hành Trung ương.",
        ),
        confidence=0.8,
    ),
    # A condition states what would follow if something were (not) done; it orders nothing:
    # "nếu không tập trung thực hiện thì không thể hoàn thành mục tiêu theo đúng yêu cầu của
    # Nghị quyết số ...".
    Cue(
        "CITES",
        "condition",
        rf"nếu\s+(?:không|chưa)(?:\s+\S+){{0,3}}?\s+{_DOING}",
        (
            "Nếu không tập trung thực hiện thì không thể hoàn thành mục tiêu trong năm 2025 theo "
            "đúng yêu cầu của Nghị quyết số [[66/NQ-CP]].",
        ),
        confidence=0.8,
    ),
    # Asking another body to act is not acting: "Giao Bộ Nội vụ nghiên cứu ... sửa đổi",
    # "đề nghị xem xét, sửa đổi Thông tư số ...", "trong quá trình sửa đổi Nghị định ...".
    Cue(
        "CITES",
        "proposal",
        r"(?:(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)(?:\s+[^\s,;.:]+){0,6}?|xem\s+xét|nghiên\s+cứu"
        r"|(?:chưa|không|dự\s+kiến)(?:\s+\S+){0,2}?|hoàn\s+thiện|soạn\s+thảo|xây\s+dựng(?:\s+dự\s+thảo)?"
        r"|tham\s+mưu(?:\s+\S+){0,3}?"
        # a task to amend soon, not an amendment: "tập trung rà soát, sớm sửa đổi Luật …"
        r"|sớm"
        r"|quá\s+trình|khi\s+có)(?:\s*,\s*\S+)?(?:\s*,)?\s+(?:việc\s+)?"
        r"(?:ban\s+hành(?:\s+\S+){1,3}?\s+)?(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung"
        r"|thay\s+thế|bãi\s+bỏ|hủy\s+bỏ|ban\s+hành|hướng\s+dẫn(?:\s+thực\s+hiện)?)",
        (
            "Giao Bộ Nội vụ nghiên cứu, tổng hợp kiến nghị trong quá trình sửa đổi, bổ sung Nghị "
            "định số [[76/2019/NĐ-CP]] ngày 08 tháng 10 năm 2019.",
            "Đề nghị xem xét, sửa đổi quy định tại Thông tư số [[13/2020/TT-BGDĐT]].",
            "Bộ Tài chính chưa ban hành Thông tư sửa đổi Thông tư số [[44/2022/TT-BTC]].",
            "Tập trung rà soát, sớm sửa đổi Luật số [[59/2020/QH14]] và các luật có liên quan.",
        ),
        confidence=0.8,
    ),
    # A row of a plan's table names a document to be drafted by its kind alone ("| Nghị quyết
    # sửa đổi, bổ sung một số điều của Nghị quyết số 71/2022/QH15 … | Ủy ban Thường vụ Quốc
    # hội | …"): that future document, which has no number, acts; the text's own does not.
    # (A cell opens the row's line or follows "|"; another "|" of the row follows.)
    Cue(
        "CITES",
        "planned document",
        r"(?:"
        + "|".join(
            rf"(?<={opening}{noun}\s)"
            for opening in (r"\n", r"\|\s")
            for noun in (r"luật", r"nghị\squyết", r"nghị\sđịnh", r"thông\stư", r"quyết\sđịnh")
        )
        + r")(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung|thay\s+thế|bãi\s+bỏ)"
        r"(?=(?:(?!\n[ \t]*\n)[^|]){0,450}\|)",
        (
            "| Luật sửa đổi, bổ sung một số điều của Luật số [[57/2014/QH13]] | Ủy ban Thường "
            "vụ Quốc hội | Ban soạn thảo |",
            "Tiến độ |\nNghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số "
            "[[71/2022/QH15]] ngày 15/11/2022 của Quốc hội | Ủy ban Thường vụ Quốc hội |",
        ),
        confidence=0.8,
    ),
    Cue(
        "CITES",
        "approved in",
        r"(?:đã\s+)?(?:được\s+)?phê\s+duyệt\s+(?:tại|theo|kèm\s+theo)"
        # "TTHC được phê duyệt thực hiện tiếp nhận … tại Quyết định số": approved, not done
        r"|được\s+phê\s+duyệt\s+(?:thực\s+hiện|triển\s+khai)",
        (
            "Phương án đã được phê duyệt tại Quyết định số [[1015/QĐ-TTg]] của Thủ tướng.",
            "- TTHC được phê duyệt thực hiện tiếp nhận, trả kết quả không phụ thuộc vào địa giới "
            "hành chính tại Quyết định số [[964/QĐ-UBND]].",
        ),
        confidence=0.8,
    ),
    Cue(
        "CITES",
        "issued in",
        r"(?:đã\s+)?(?:được\s+)?ban\s+hành\s+(?:kèm\s+theo|tại)|kèm\s+theo",
        (
            "Nghiêm túc thực hiện chế độ báo cáo theo Quy chế đã ban hành tại Quyết định số "
            "[[3123/QĐ-BVHTTDL]] ngày 08/9/2025.",
        ),
        confidence=0.8,
    ),
    Cue(
        "CITES",
        "request or reply",
        r"theo\s+đề\s+nghị|xét\s+đề\s+nghị|xét\s+tờ\s+trình|trả\s+lời|phúc\s+đáp|tại\s+tờ\s+trình"
        r"|at\s+the\s+request\s+of|in\s+reply\s+to|по\s+предложению|за\s+поданням|em\s+resposta",
        (
            "Theo đề nghị của Sở Công Thương tại Tờ trình số [[131/TTr-SCT]] ngày 24/11/2025.",
            "Trả lời công văn số [[324/QTR-KTr2]] ngày 22/7/2025 của Thuế tỉnh Quảng Trị",
        ),
        confidence=1.0,
    ),
    # --- relations ---
    Cue(
        "BASED_ON",
        "căn cứ",
        r"căn\s+cứ|pursuant\s+to|based\s+on|на\s+основании|на\s+підставі|com\s+base\s+n[oa]|に基づ",
        (
            "Pursuant to Decree No. [[59/2023/ND-CP]] of the Government;",
            "На основании Решения № [[23-QD/TW]] Политбюро",
        ),
    ),
    # Before IMPLEMENTS: "tiếp tục thực hiện" is more than "thực hiện".
    Cue(
        "CONTINUES",
        "continue",
        r"tiếp\s+tục(?:\s*,?\s*(?:và\s+)?(?:đẩy\s+mạnh|quán\s+triệt|thực\s+hiện|triển\s+khai|tổ\s+chức"
        # ("tiếp tục tập trung thực hiện …", "tiếp tục quyết liệt triển khai …", blind round BN)
        r"|lãnh\s+đạo|chỉ\s+đạo|nghiêm\s+túc|tập\s+trung|quyết\s+liệt))+"
        rf"|tiếp\s+theo(?=\s+{_DOC})"
        # a clause that opens with it (an article, an item); in a sentence with a subject of
        # its own it is a transitional carve-out ("… điều khoản chuyển tiếp, tiếp tục áp dụng
        # một số nội dung của Thông tư …"): only cited
        r"|(?:(?<![^\n])|(?<=[.:][ \t]))tiếp\s+tục\s+áp\s+dụng"
        # a mechanism or policy that an earlier document set up, applied on: "Dự án … được
        # tiếp tục áp dụng cơ chế đặc thù theo Nghị quyết số 60/NQ-CP" (news-719); a rule
        # applied on ("tiếp tục áp dụng quy định tại Nghị định số …") is a transitional
        # provision that only cites
        r"|tiếp\s+tục\s+áp\s+dụng\s+(?:các\s+)?(?:cơ\s+chế|chính\s+sách)"
        r"(?:\s+(?:đặc\s+thù|đặc\s+biệt|ưu\s+đãi|thí\s+điểm))?\s+(?:theo|tại)(?=\s)"
        # (with the manner between: "continue to resolutely, seriously and effectively
        # implement", "continue to focus on drastic and effective implementation of")
        # ("continue to promote the strict implementation of", "continue to step up the
        # implementation of": the work carried on, with its manner)
        r"|continu(?:e|es|ing)\s+to\s+(?:focus\s+on\s+)?"
        r"(?:(?:promote|step\s+up|accelerate|strengthen|enhance|intensify|push\s+ahead\s+with)"
        r"\s+(?:the\s+)?)?(?:(?:and\s+)?[a-z]+(?:ly|ive|ic|ous|ict|ful|orough)[\s,]+){0,4}"
        # ("continue to organize and implement Plan No. 72/KH-UBND", "tiếp tục tổ chức thực
        # hiện", blind round OD)
        r"(?:(?:organi[sz]e|direct|lead)\s+and\s+)?implement\w*"
        # ... or the gerund: "Conclusion No. 91-KL/TW … to continue implementing Resolution No.
        # 29-NQ/TW" (blind round BN)
        r"|continu(?:e|es|ing)\s+implementing\b"
        # a directive's title in translation: "On further effectively implementing Resolution
        # No. 35/NQ-CP" ("Về việc tiếp tục thực hiện hiệu quả Nghị quyết …")
        r"|further\s+(?:\w+ly\s+)?implement(?:s|ing)?(?=\s+(?:the\s+)?[A-Z])"
        # ... or its noun: "the Plan on further implementation of the Political Bureau’s
        # Resolution No. 45-NQ/TW" (blind rounds AE, AF)
        r"|further\s+implementation\s+of(?=\s)"
        r"|продолж\w*\s+(?:выполн|реализ)\w*|продовж\w*\s+(?:викон|впровадж|реаліз)\w*"
        r"|引き続き\S{0,6}実施|continuar\s+a\s+implementar",
        (
            "Tiếp tục thực hiện Chỉ thị số [[05-CT/TW]] ngày 15/5/2016 của Bộ Chính trị.",
            "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong Chỉ thị số "
            "[[25-CT/TW]] ngày 20/5/2013 của Ban Bí thư.",
            "The province will continue to implement Directive No. [[05-CT/TW]].",
            "The province will continue to organize and implement Plan No. [[72/KH-UBND]].",
            "The ministries shall continue implementing Resolution No. [[29-NQ/TW]].",
            "requested localities to continue to resolutely, seriously and effectively implement "
            "Official Dispatch No. [[86/CD-TTg]] dated September 3, 2024",
            "On further effectively implementing Resolution No. [[35/NQ-CP]] of May 16, 2016",
            "To promulgate together with this Decision the Plan for further implementation of "
            "the Political Bureau's Resolution No. [[45-NQ/TW]] of February 17, 2005",
            "requested Party committees at all levels to continue to promote the strict "
            "implementation of Conclusion No. [[177-KL/TW]], dated July 11, 2025",
            "Tiếp theo các Công điện số [[217/CĐ-TTg]], 218/CĐ-TTg, Thủ tướng yêu cầu:",
            "Trong thời gian tới, yêu cầu tiếp tục tập trung thực hiện các mục tiêu đã đề ra "
            "trong Nghị quyết số [[05-NQ/TU]].",
            # a price or rate set before, applied again for the next period
            "Điều 1. Tiếp tục áp dụng giá thóc tại Quyết định số [[3842/QĐ-UBND]] ngày "
            "17/7/2025 làm cơ sở thu thuế vụ mùa năm 2025.",
            "Các mỏ khoáng sản là nguồn cung cấp vật liệu cho Dự án được tiếp tục áp dụng cơ chế "
            "đặc thù theo Nghị quyết số [[60/NQ-CP]] ngày 16/6/2021 của Chính phủ.",
        ),
    ),
    Cue(
        "GUIDES",
        "guide",
        # (a guidance's heading may put its subject line between: "HƯỚNG DẪN\nV/v thực hiện
        # Quy định số 94-QĐ/TW", blind round AJ)
        r"hướng\s+dẫn\s+(?:(?:v/v|về\s+việc)\s+)?(?:chi\s+tiết\s+)?(?:thi\s+hành|thực\s+hiện"
        r"|triển\s+khai"
        r"|một\s+số\s+(?:điều|nội\s+dung)(?:\s+của)?)"
        # ("quy đinh": a typo real texts make; "các nội dung được giao quy định chi tiết trong
        # Luật Đất đai" names what a law leaves to others to detail, not a detailing)
        r"|(?<!giao\s)quy\s+đ[iị]nh\s+chi\s+tiết"
        r"|quy\s+định\s+cụ\s+thể\s*(?:,|và)\s*chi\s+tiết(?:\s+việc\s+(?:thực\s+hiện|thi\s+hành))?"
        # the measures that carry a text out, with some of its content: "quy định một số nội
        # dung và biện pháp thi hành Quyết định số 45/2016/QĐ-TTg" (blind round AR)
        r"|quy\s+định\s+một\s+số\s+(?:điều|nội\s+dung)\s*(?:,|và)\s*biện\s+pháp\s+thi\s+hành"
        # ... or how some of its articles are carried out: "Thông tư 15/2013/TT-BNNPTNT: Quy
        # định thực hiện một số điều của Nghị định số 02/2010/NĐ-CP" (blind round V)
        r"|quy\s+định\s+(?:việc\s+)?thực\s+hiện\s+một\s+số\s+(?:điều|nội\s+dung)(?:\s+của)?"
        # guiding in detail by a document: "Nghị định … bổ sung, hướng dẫn cụ thể theo Nghị
        # quyết số …" (news-585); not "theo hướng dẫn cụ thể của …" (another's guidance), nor
        # "… hướng dẫn cụ thể tại Thông tư …" (where the guidance stands)
        r"|(?<!theo\s)(?<!bản\s)(?<!các\s)hướng\s+dẫn\s+cụ\s+thể(?:\s+theo)?(?!\s+tại\b)"
        # bare, right before a law or a decree named by its type ("Thông tư 80/2021/TT-BTC
        # hướng dẫn Luật Quản lý thuế và Nghị định 126/2020/NĐ-CP", blind round R): not one's
        # guidance followed ("theo hướng dẫn …") nor guidance named ("các hướng dẫn …"); the
        # cue scan reads the text in small letters, so the type's capital is not asked for
        r"|(?<!theo\s)(?<!bản\s)(?<!các\s)(?<!những\s)(?<!có\s)(?<!quan\s)(?<!định\s)(?<!tư\s)"
        r"hướng\s+dẫn"
        r"(?=\s+(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định)\b)"
        r"|guid(?:e|es|ing|ance\s+on)\s+(?:the\s+)?implement|detailed\s+regulations?"
        # (with what they are for, so that the implementing in it is no cue of its own:
        # "Decree No. 76/2015/ND-CP providing detailed regulations for implementation of the
        # Law on Real Estate Business", "… detailed regulations and guidance for
        # implementation of a number of articles of the 2020 LoI", blind round H)
        r"(?:\s+and\s+guidance)?(?:\s+(?:for|on)\s+(?:the\s+)?implementation\s+of"
        r"(?:\s+(?:a\s+number\s+of|some|several|certain)\s+articles\s+(?:of|under))?)?"
        # a translated title's guidance, named after "on", or bare before a law or a decree
        # ("Circular No. 56/2014/TT-BTC on guidelines for the Government's Decree No. …",
        # "Circular … guiding Decree No. …", blind round W)
        # (or opening the title's line under the type: "CIRCULAR\nGUIDANCE ON … DECREE NO.
        # 123/2020/ND-CP …", blind round AZ)
        r"|(?:(?<=\son\s)|(?<=circular\n))guid(?:elines?|ance)\s+(?:for|on)"
        r"(?:\s+(?:the\s+)?implementation\s+of)?"
        r"|guid(?:es|ing)(?=\s+(?:the\s+)?(?:government['’]?s?\s+)?(?:decree|law|ordinance"
        r"|resolution)\b)"
        r"|detail(?:s|ing)\s+(?:the\s+)?implementation\s+of"
        # ("details the implementation of several provisions of the Law on Food Safety",
        # blind round OD)
        r"(?:\s+(?:several|some|certain|a\s+number\s+of)\s+(?:provisions|articles)\s+of)?"
        # "providing guidance on the Law on Investment", "guidelines for implementation of",
        # "elaborating some articles and measures to implement the Law on Bidding"
        # (a predicate's, not "The guidance on accounting … under Circular …")
        r"|(?:provid(?:es?|ing)|giv(?:es?|ing))\s+(?:detailed\s+)?guid(?:ance|elines?)\s+(?:for|on)"
        r"(?:\s+(?:the\s+)?implementation\s+of|\s+implementing)?"
        # ("providing guidelines for implementing certain articles under the Law on
        # Investment", blind round H)
        r"(?:\s+(?:a\s+number\s+of|some|several|certain)\s+articles\s+(?:of|under))?"
        # "elaborates and provides for measures for implementation of", "on elaboration and
        # measures for implementation of" ("quy định chi tiết và biện pháp thi hành", blind
        # round AK)
        r"|elaborat(?:ing|es|ion)\s+(?:and|,)\s+(?:provid(?:es|ing)\s+(?:for\s+)?)?measures\s+"
        r"(?:for|to)\s+(?:(?:the\s+)?implementation\s+of|implement(?:ing)?)"
        r"|elaborat(?:ing|es|ion\s+of)(?=\s)"
        r"(?:\s+(?:some|several|certain|a\s+number\s+of)\s+articles(?:\s+of)?)?"
        r"(?:\s+and\s+measures\s+(?:to|for)\s+implement(?:ing)?"
        # ("a Decree elaborating certain Articles and enforcement of the Law on …", round N)
        r"|\s+and\s+(?:the\s+)?enforcement(?:\s+of)?)?"
        # detailing, and the measures to carry out that go with it, is one predicate ("quy định
        # chi tiết một số điều và biện pháp thi hành"): "detailing a number of articles and
        # measures to implement Resolution No. …", "details certain articles of …"
        # (a translation may drop the "of": "This Decree details a number Articles of …")
        r"|(?:detailing|(?:details|guid(?:es|ing))(?=\s+(?:a\s+number|some|certain)\s))"
        r"(?:\s+(?:a\s+number(?:\s+of)?|some|certain)(?:\s+articles?)?(?:\s+of)?)?"
        # (the measures set off by commas: "details a number of articles of, and provides
        # measures for implementing, the Law on …", blind round MD)
        r"(?:,?\s+and\s+(?:provid(?:es|ing)\s+)?measures\s+(?:for|to)\s+(?:implement(?:ing)?"
        r"|(?:the\s+)?implementation\s+of)(?:\s*,)?)?"
        # "This Decree regulates in details 2020 Law on Environmental Protection" (round MS)
        r"|(?:(?<=regulates\s)|(?<=stipulates\s)|(?<=regulate\s))in\s+details?\b"
        r"|руководств\w*\s+по\s+(?:выполн|реализ)\w*|інструкці\w*\s+щодо\s+викон\w*"
        r"|orienta\w*\s+a\s+implementação|施行細則|実施を指導",
        (
            "Hướng dẫn thực hiện Quyết định số [[23-QĐ/TW]] của Bộ Chính trị",
            "Thông tư này quy định một số nội dung và biện pháp thi hành Quyết định số "
            "[[45/2016/QĐ-TTg]] ngày 19/10/2016 của Thủ tướng Chính phủ",
            "1. Thông tư này hướng dẫn một số điều của Quyết định số [[58/2013/QĐ-TTg]] ngày "
            "15/10/2013 của Thủ tướng Chính phủ.",
            "This Decree details a number of articles and measures to implement Resolution No. "
            "[[201/2025/QH15]].",
            "This Decree details the implementation of Law No. [[31/2024/QH15]].",
            "This Decree details the implementation of several provisions of the Law No. "
            "[[55/2010/QH12]] on Food Safety",
            "This Decree details a number Articles of the Law No. [[29/2023/QH15]] on Real "
            "Estate Business",
            "This Decree details a number of articles of, and provides measures for implementing, "
            "the Law on Promulgation of Legal Documents No. [[80/2015/QH13]]",
            "This Decree regulates in details Law No. [[72/2020/QH14]] on Environmental Protection",
            "This Circular guides a number of articles and measures to implement the "
            "Government’s Decree No. [[06/2021/ND-CP]] dated January 26, 2021",
            "This Decree provides guidance on the Law on Investment No. [[61/2020/QH14]]",
            "This Circular provides guidelines for implementation of Decree No. [[08/2022/ND-CP]]",
            "This Decree elaborates some articles and measures to implement Law No. "
            "[[22/2023/QH15]] on Bidding",
            "This Decree elaborates and provides for measures for implementation of the "
            "National Assembly’s Resolution No. [[131/2020/QH14]] dated November 16, 2020",
            "Nghị định này quy định chi tiết Luật số [[10/2022/QH15]].",
            "Quyết định này quy định cụ thể, chi tiết việc thực hiện Nghị quyết [[68/NQ-CP]].",
            "Nghị định bổ sung, hướng dẫn cụ thể theo Nghị quyết số [[217/2025/QH15]] về miễn "
            "học phí.",
            "Thông tư này hướng dẫn Nghị định số [[49/2022/NĐ-CP]] ngày 29/7/2022 của Chính phủ.",
            "THÔNG TƯ\nQuy định thực hiện một số điều của Nghị định số [[02/2010/NĐ-CP]] ngày "
            "08 tháng 01 năm 2010 của Chính phủ về khuyến nông",
            "HƯỚNG DẪN\nV/v thực hiện Quy định số [[94-QĐ/TW]] ngày 15/10/2007 của Bộ Chính trị",
            "CIRCULAR\nOn guidelines for the Government's Decree No. [[177/2013/ND-CP]]",
            "CIRCULAR\nGUIDANCE ON DECREE NO. [[123/2020/ND-CP]] DATED OCTOBER 19, 2020",
            "CIRCULAR\nGuiding Decree No. [[46/2014/ND-CP]] on collection of land rents",
            "This Decree provides detailed regulations for implementation of Law No. "
            "[[66/2014/QH13]] on Real Estate Business",
            "This Decree provides detailed regulations and guidance for implementation of a "
            "number of articles of Law No. [[61/2020/QH14]] on Investment",
            "This Decree provides guidelines for implementing certain articles under Law No. "
            "[[67/2014/QH13]] on Investment",
            "The Government promulgates a Decree elaborating certain Articles and enforcement of "
            "Law No. [[15/2012/QH13]] on Handling of Administrative Violations.",
        ),
    ),
    # A law's changes to another counted by articles, the amending ones first, are one
    # amendment, whatever articles it strikes out among them: "trong đó sửa đổi, bổ sung 43
    # điều; bổ sung 02 điều mới; bãi bỏ 02 điều và một số điểm, khoản của Luật Đấu giá tài
    # sản năm 2016" (news-500, news-1031; the subject that makes it a law's act is
    # `scopes.LAW_OWN_PART`).
    Cue(
        "AMENDS",
        "articles counted",
        r"(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung)\s+\d+\s+điều(?:\s+mới)?"
        r"(?:\s*[,;]\s*(?:và\s+)?(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung|bãi\s+bỏ|bỏ)"
        r"\s+\d+\s+điều(?:\s+mới)?)*"
        r"(?:\s+và\s+(?:một\s+số\s+)?(?:điểm|khoản)(?:\s*,\s*(?:điểm|khoản))*)?",
        (
            "Luật gồm 3 điều, trong đó sửa đổi, bổ sung 43 điều; bổ sung 02 điều mới; bãi bỏ "
            "02 điều và một số điểm, khoản của Luật Đấu giá tài sản số [[01/2016/QH14]].",
        ),
    ),
    Cue(
        "AMENDS",
        "amend",
        # (the heading's verbs chained: "sửa đổi, bổ sung, thay thế, bãi bỏ một số quy định của
        # Nghị định số …" is one amendment, its last verb no repeal of its own, news-705)
        r"sửa\s+đổi(?:,?\s+(?:và\s+)?bổ\s+sung)?(?:,?\s+(?:và\s+)?(?:bãi\s+bỏ|thay\s+thế)){0,2}"
        r"|bổ\s+sung\s+một\s+số|đính\s+chính"
        # an item that opens by adjusting another's content: "1. Điều chỉnh danh mục … tại mục 3
        # Phụ lục II.8 … kèm theo Quyết định số …" (not "phạm vi điều chỉnh", the scope)
        r"|(?:(?<![^\n])|(?<=\d[.)][ \t]))điều\s+chỉnh\b"
        # ... or a title's predicate, right before the document it adjusts: "Quyết định
        # 1760/QĐ-TTg năm 2017 về điều chỉnh Quyết định 1600/QĐ-TTg …", "Quyết định về việc
        # điều chỉnh Quyết định số …" (blind round AN; "về" after a number, a date or the
        # decision's type: not a heading's "4. Về việc điều chỉnh Nghị định số …", an opinion
        # "cho ý kiến về điều chỉnh Nghị quyết …", nor "phạm vi điều chỉnh")
        r"|(?:(?<=\d\svề\s)|(?<=\d\svề\sviệc\s)|(?<=định\svề\s)|(?<=định\svề\sviệc\s)"
        # (or right after the number and its year: "Kết luận 118-KL/TW 2025 điều chỉnh Chỉ
        # thị 35-CT/TW 2024 về …", blind round BU)
        rf"|(?<=quyết\svề\s)|(?<=quyết\svề\sviệc\s)|(?<=\d\s))điều\s+chỉnh"
        # (some of its targets or contents: "về điều chỉnh một số mục tiêu tại Nghị quyết số
        # 16-NQ/TU", blind round BQ)
        r"(?=\s+(?:(?:một\s+số|các)\s+(?:mục\s+tiêu|chỉ\s+tiêu|nội\s+dung)\s+(?:tại|của)\s+)?"
        rf"{_NUMBERED_DOC})"
        # a part inserted into another's: "bổ sung Chương IVb … vào sau Chương IVa của …", or
        # into a numbered document or sub-item: "bổ sung quy định về tư vấn lập quy hoạch …
        # vào Nghị định số 102/2024/NĐ-CP" (news-852), "Bổ sung quy định “Phí sử dụng đường bộ
        # cao tốc …” vào tiểu mục 1 thuộc phần V … ban hành kèm theo Luật Phí và lệ phí số …"
        # (news-571; a quoted name counts as one word)
        rf"|bổ\s+sung(?=(?:“[^”\n]{{0,300}}”|[^.;:\n]){{0,160}}?\svào\s+(?:sau\s+|trước\s+|cuối\s+)?"
        rf"(?:{_PROVISION}|tiểu\s+mục\s+[\dIVX]+|{_NUMBERED_DOC}))"
        # ... or into a list or the rules a provision holds: "bổ sung các cửa khẩu sau vào danh
        # sách các cửa khẩu quốc tế … được nêu tại Điều 2 Nghị quyết 127/NQ-CP" (tvpl-010, its
        # lines broken inside the sentence), "Nghị định bổ sung vào quy định tại Điều 49 Nghị
        # định số 155/2020/NĐ-CP" (news-774)
        # (or a set published with a document: "Bổ sung 04 thủ tục hành chính vào Bộ Thủ tục
        # hành chính … được công bố kèm theo Quyết định số 81/QĐ-UBND", blind round CD)
        rf"|bổ\s+sung(?=(?:“[^”\n]{{0,300}}”|{_IN_LINES}){{0,160}}?\svào\s+"
        rf"(?:danh\s+sách|danh\s+mục|quy\s+định|bộ\s+thủ\s+tục\s+hành\s+chính)\b"
        rf"{_IN_LINES}{{0,160}}?(?<!\w)(?:(?:(?:được\s+)?(?:quy\s+định|nêu)\s+)?tại\s+{_PROVISION}"
        rf"|(?:(?:được\s+)?(?:công\s+bố|ban\s+hành)\s+)?kèm\s+theo\s+{_NUMBERED_DOC}))"
        # ... or quoted words inserted "tại" a provision: "bổ sung \"hoạt động sản xuất vàng
        # miếng\" tại khoản 1 Điều 1 của Nghị định …" (news-773; "bổ sung hồ sơ tại Điều 5" is
        # where something else is added, not words into a text)
        rf"|bổ\s+sung(?=\s+(?:(?:cụm\s+)?từ(?:\s+ngữ)?\s+)?[“\"][^”\"\n]{{1,200}}[”\"]\s+tại\s+{_PROVISION})"
        # ... or a provision named right after the verb: "bổ sung điểm h khoản 1 Điều 8 Nghị
        # định số …" (not "bổ sung hồ sơ", "bổ sung theo khoản …": another verb, a reference)
        rf"|(?<!\w)bổ\s+sung(?=\s+(?:thêm\s+)?{_PROVISION})"
        r"|thay\s+thế\s*,\s*bãi\s+bỏ\s+một\s+số\s+(?:quy\s+định|điều|khoản|điểm)"
        r"|thay\s+thế(?:\s*,\s*(?:bãi\s+bỏ|bổ\s+sung))*\s+(?:(?:một\s+số|các)\s+)?"
        r"(?:(?:điều|khoản|điểm|quy\s+định|mẫu)\s*,\s*)*(?:cụm\s+từ|từ\s+ngữ|từ)\b"
        # (not "amended" said of what is named: "some amended regulations in Decree No. …")
        r"|(?<!\bsome\s)(?<!\bthe\s)(?<!\bnewly\s)amend(?:s|ing|ment\s+to)?"
        r"(?!ed\s+(?:regulations?|provisions?|contents?|articles?|points?|clauses?)\b)"
        # (its verbs chained, as a heading's "sửa đổi, bổ sung, bãi bỏ" above: "on amending,
        # supplementing and abolishing a number of fees specified in Resolution No. …" is one
        # amendment, blind round DF)
        r"(?:,?\s+(?:and\s+)?supplement(?:s|ing)?)?"
        r"(?:,?\s+(?:and\s+)?(?:abolish(?:es|ing)?|annul(?:s|ling)?|repeal(?:s|ing)?"
        r"|replac(?:es|ing))){0,2}"
        # a translation's "modifying and supplementing" (sửa đổi, bổ sung); not "modified"
        r"|modif(?:y|ies|ying)\b"
        r"|revis(?:e|es|ing)\b"
        r"|о\s+внесении\s+изменений|внесення\s+змін|изменени\w+\s+в|зміни\s+до|altera(?:ção|ndo|r)"
        r"|改正",
        (
            "Quyết định sửa đổi, bổ sung Kế hoạch số [[52/KH-UBND]] ngày 10/3/2022",
            "Nghị định đã bổ sung Chương IVb gồm Điều 44c vào sau Chương IVa của Nghị định "
            "[[115/2024/NĐ-CP]].",
            "Chính phủ bổ sung điểm h khoản 1 Điều 8 Nghị định số [[107/2018/NĐ-CP]].",
            'Nghị định đã bổ sung "hoạt động sản xuất vàng miếng" tại khoản 1 Điều 1 của Nghị '
            "định số [[24/2012/NĐ-CP]].",
            "Bổ sung cụm từ “và dịch vụ công trực tuyến” tại điểm a khoản 2 Điều 5 Thông tư số "
            "[[12/2021/TT-BTC]].",
            "Điều 4. Bổ sung quy định về tư vấn lập quy hoạch, kế hoạch sử dụng đất cấp xã vào "
            "Nghị định số [[102/2024/NĐ-CP]] quy định chi tiết thi hành Luật Đất đai.",
            "- Bổ sung khoản phí “Phí sử dụng dịch vụ cảng cạn đối với phương tiện ra, vào khu "
            "vực cảng cạn do doanh nghiệp đầu tư, quản lý và trực tiếp khai thác theo hợp đồng "
            "dự án” vào tiểu mục 2 thuộc Mục I trong Danh mục phí ban hành kèm theo Thông tư số "
            "[[12/2020/TT-BTC]].",
            "Decision amending Plan No. [[52/KH-UBND]]",
            "Resolution on amending, supplementing and abolishing a number of fees specified in "
            "Resolution No. [[62/2017/NQ-HDND]]",
            "This Decree amends, supplements and repeals some articles of Decree No. "
            "[[15/2018/ND-CP]].",
            "This Circular modifies and supplements a number of forms issued together with "
            "Circular No. [[04/2015/TT-BCA]]",
            "Article 2. This Decree revises Decree No. [[46/2014/ND-CP]] as follows:",
            "Nghị định sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số [[15/2018/NĐ-CP]]",
            "Điều 1. Sửa đổi, bổ sung, thay thế, bãi bỏ một số quy định của Thông tư số "
            "[[31/2019/TT-BYT]] ngày 5 tháng 4 năm 2019 của Bộ trưởng Bộ Y tế",
            # replacing and striking out words and clauses changes the text: it amends
            "Điều 2. Thay thế, bãi bỏ một số khoản, cụm từ tại các điều, khoản Quy định ban hành "
            "kèm theo Quyết định số [[40/2024/QĐ-UBND]] ngày 04/10/2024 của UBND tỉnh",
            "Điều 2. Thay thế, bãi bỏ một số quy định của Thông tư số [[55/2023/TT-BTC]] như sau:",
            "1. Thay thế, bãi bỏ các điểm, khoản, cụm từ, mẫu tại Nghị định số [[71/2024/NĐ-CP]]",
            "Ban hành Quyết định về việc điều chỉnh Quyết định số [[1600/QĐ-TTg]] ngày 16/8/2016 "
            "phê duyệt Chương trình mục tiêu quốc gia",
            "KẾT LUẬN\nngày 18/01/2025 điều chỉnh Chỉ thị [[35-CT/TW]] 2024 về đại hội đảng bộ",
            "Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận ngày 02 tháng 7 năm 2024 về điều chỉnh "
            "một số mục tiêu tại Nghị quyết số [[16-NQ/TU]] ngày 23 tháng 8 năm 2022",
            "1. Điều chỉnh danh mục các Dự án thăm dò, khai thác quặng vonfram trên địa bàn tỉnh "
            "Thái Nguyên tại mục 3 Phụ lục II.8 kèm theo Quyết định số [[866/QĐ-TTg]]",
            # inserted into a list or rules a provision holds, the lines broken in the sentence
            "Điều 1. Bổ sung các cửa khẩu\nsau vào danh sách các cửa khẩu quốc tế cho phép người "
            "nước ngoài nhập cảnh, xuất\ncảnh bằng thị thực điện tử được nêu tại Điều 2 Nghị quyết "
            "số\n[[127/NQ-CP]] ngày 14 tháng 8 năm 2023 của Chính phủ.",
            "Điều 1. Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính thuộc thẩm "
            "quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định "
            "số [[81/QĐ-UBND]] ngày 17/8/2009 của UBND tỉnh Bắc Giang.",
            "Nghị định bổ sung vào quy định tại Điều 49 Nghị định số [[155/2020/NĐ-CP]] để làm rõ "
            "kỳ kế toán báo cáo tài chính.",
        ),
    ),
    Cue(
        "REPLACES",
        "replace",
        r"thay\s+thế|replac(?:e|es|ing)|supersed(?:e|es|ing)|заменя\w*|взамен|замін\w*"
        r"|substitu(?:i|indo|ir)|に代わ|を置き換"
        # "thay" alone right before a document by its number ("Kế hoạch này thay Kế hoạch số
        # 336-KH/TU", blind round CD); before anything else it is another word ("thay đổi",
        # "thay mặt", "thay cho mức cũ")
        r"|(?<!\w)thay(?=\s+(?:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Nghị\s+định"
        r"|Thông\s+tư|Công\s+văn|Chương\s+trình|Hướng\s+dẫn|Quy\s+định|Thông\s+báo)\s+"
        r"(?:số\s*)?\d)",
        (
            "Quyết định này thay thế Quyết định số [[2579/QĐ-UBND]] ngày 5/12/2022.",
            "This decision replaces Decision No. [[2579/QD-UBND]].",
            "(Kế hoạch này thay Kế hoạch số [[336-KH/TU]] ngày 25/02/2025 của Tỉnh ủy)",
        ),
    ),
    Cue(
        "REPEALS",
        "repeal",
        r"bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|repeal(?:s|ing)?|annul(?:s|ling)?|abolish(?:es|ing)?"
        r"|revok(?:e|es|ing)\b"
        # the act named as a noun: "Article 1 of Circular 21/2024/TT-BGDDT stipulates the
        # abolition of certain legislative documents …, including:" (blind round H)
        r"|(?:abolition|abolishment|annulment|revocation|rescission)(?=\s+of\b)"
        # cancelling a letter or a decision ends it: "decided to cancel the Official Letter
        # No. 3226/UBND-TH" (blind round OD); not a registration or a licence cancelled
        r"|cancel(?:s|ling)?(?=\s+(?:the\s+)?(?:official\s+(?:letter|dispatch)|decision|directive"
        r"|circular|document|plan)s?\b)"
        r"|nullif(?:y|ies|ying)|rescind(?:s|ing)?"
        # "Circular No. 10/2023/TT-NHNN … terminating effect of some provisions of the Circular
        # No. 39/2016/TT-NHNN" (blind round CB)
        r"|terminat(?:e|es|ing)\s+(?:the\s+)?(?:effect(?:iveness)?|validity)\s+of"
        # "bỏ" alone repeals a provision it names ("bỏ khoản 6 Điều 19 Nghị định …"); before
        # anything else it is another verb ("bỏ phiếu", "loại bỏ")
        r"|(?<!\w)(?<!loại\s)(?<!từ\s)bỏ(?=\s+(?:điểm|khoản|điều)\s+\d)"
        # withdrawing a letter or a decision by its number ends it ("thu hồi Công văn
        # 5944/BYT-YDCT"); "thu hồi đất", "thu hồi số tiền" recover land or money
        r"|thu\s+hồi(?=\s+(?:(?:toàn\s+bộ\s+)?(?:nội\s+dung\s+)?(?:Công\s+văn|Văn\s+bản|Quyết\s+định|Thông\s+báo"
        r"|Công\s+điện|Kế\s+hoạch|Hướng\s+dẫn)\s+(?:số\s*:?\s*)?\d))"
        r"|отмен\w*|утрат\w*\s+силу|скасув\w*|втрат\w*\s+чинність|revoga\w*|廃止",
        (
            "Bãi bỏ Kế hoạch số [[125/KH-UBND]] ngày 18/4/2022 của UBND tỉnh.",
            "3. This Circular nullifies the Circular No. [[56/2015/TT-BCT]] dated December 31, "
            "2015 of the Minister of Industry and Trade.",
            "This Circular revokes Directive No. [[06/2008/CT-BYT]] of the Minister of Health.",
            "Article 1 of the Circular stipulates the abolition of certain documents, including:"
            "\n[1] Joint Circular 35-TT/LB of 1994 on the education budget.\n[2] Decision "
            "[[28/2005/QD-BGD&DT]] on the Khmer Language Program.",
            "The chairman decided to cancel the Official Letter No. [[3226/UBND-TH]] dated "
            "October 29, 2018.",
            "This Circular terminates the effect of some provisions of the Circular No. "
            "[[39/2016/TT-NHNN]] dated December 30, 2016.",
            "QUYẾT ĐỊNH BÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ [[10/2016/QĐ-UBND]] NGÀY 21/3/2016",
            "Nghị định này bãi bỏ:\na) Nghị định số 12/2019/NĐ-CP;\n"
            "b) Nghị định số [[34/2020/NĐ-CP]].",
            # entries of published lists of procedures, one after another
            "Bãi bỏ thủ tục hành chính có số thứ tự 8, 9, 10 tại Quyết định số 1127/QĐ-UBND của "
            "Chủ tịch UBND thành phố và thủ tục hành chính có số thứ tự 01 tại Quyết định số "
            "[[2159/QĐ-UBND]] ngày 01 tháng 10 năm 2024 ...",
            "Bỏ khoản 6 Điều 19 Nghị định số [[178/2024/NĐ-CP]] ngày 31/12/2024.",
            "Bộ Y tế ban hành Công văn số 5967/BYT-YDCT về việc thu hồi Công văn "
            "[[5944/BYT-YDCT]] ngày 15/10/2024.",
        ),
    ),
    # Vietnamese states an end of force after the document: "Thông tư số X hết hiệu lực kể
    # từ ngày Thông tư này có hiệu lực", or from a day it gives ("… kể từ ngày 15/3/2025").
    # A past end of force ("đã hết hiệu lực từ …") is told of, not done.
    Cue(
        "REPEALS",
        "ceases to have effect",
        r"(?<!đã\s)(?:hết|chấm\s+dứt)\s+hiệu\s+lực(?:\s+thi\s+hành)?"
        r"(?:\s+(?:một\s+phần|toàn\s+bộ))?"  # partly or wholly: "hết hiệu lực một phần kể từ …"
        r"(?=[^.;]{0,80}\bnày\b"
        r"|\s+(?:kể\s+)?từ\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]|\s+tháng\s+\d{1,2}\s+năm)\s*\d{4}"
        # or from the day a document it names takes effect
        r"|\s+(?:kể\s+)?từ\s+ngày\s+(?:[^\W\d_]+\s+){1,2}(?:số\s+)?\d\S*\s+có\s+hiệu\s+lực)"
        r"|ceases?\s+to\s+(?:have\s+)?effect|ceases?\s+to\s+be\s+(?:effective|in\s+force|valid)"
        # "The Law on Enterprises No. 68/2014/QH13 expires from the effective date of this Law"
        r"|(?<!has\s)(?<!had\s)expires?(?=\s+(?:from|on|as\s+of|upon)\s)"
        r"|\b(?:is|are|shall\s+be)\s+no\s+longer\s+(?:effective|in\s+force)",
        (
            "Thông tư số [[15/2019/TT-BTC]] hết hiệu lực kể từ ngày Thông tư này có hiệu lực.",
            "Nghị quyết số 32/NQ-CP ngày 15/3/2022 và Nghị quyết số [[128/NQ-CP]] ngày 14/8/2023 "
            "của Chính phủ hết hiệu lực kể từ ngày 15/3/2025.",
            "Quyết định số [[12/2019/QĐ-UBND]] hết hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.",
            "Điều 8 Nghị định số [[128/2025/NĐ-CP]] hết hiệu lực thi hành kể từ ngày Nghị định số "
            "219/2025/NĐ-CP có hiệu lực thi hành.",
            "Decree No. [[21/2012/ND-CP]] expires from the effective date of this Decree.",
            "Decree No. [[21/2012/ND-CP]] ceases to be effective on July 1, 2025.",
            "Thông tư số [[200/2014/TT-BTC]] hết hiệu lực một phần kể từ ngày Thông tư số "
            "99/2025/TT-BTC có hiệu lực.",
        ),
        after=True,
    ),
    # ... or said by the time clause that opens the sentence, before the documents that
    # cease: "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số X hết hiệu lực thi
    # hành." (the clause must end so; "Kể từ ngày Thông tư này có hiệu lực, Thông tư số X
    # được áp dụng …" is no act)
    Cue(
        "REPEALS",
        "from the day this takes effect",
        r"(?:kể\s+)?từ\s+ngày\s+(?:nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|luật"
        r"|chỉ\s+thị|pháp\s+lệnh)\s+này\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s*,"
        r"(?=[^.;:]{0,300}?(?<!đã\s)(?:hết|chấm\s+dứt)\s+hiệu\s+lực(?:\s+thi\s+hành)?[ \t]*[.;\n])",
        (
            "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số [[22/2024/TT-BKHĐT]] hết "
            "hiệu lực thi hành.",
        ),
    ),
    # ... or before a list of what ceases: "Kể từ ngày Nghị định này có hiệu lực thi hành,
    # các nghị định và các điều khoản sau đây hết hiệu lực thi hành:\na) ...", the time
    # clause before the colon or after it ("… hết hiệu lực thi hành kể từ ngày Nghị định
    # 226/2025/NĐ-CP có hiệu lực thi hành (15/8/2025):", news-995)
    Cue(
        "REPEALS",
        "these cease to have effect",
        r"(?:hết|chấm\s+dứt)\s+hiệu\s+lực(?:\s+thi\s+hành)?"
        r"(?=(?:[ \t]+(?:kể\s+)?từ\s+ngày[^:.;\n]{1,120})?[ \t]*:)",
        (
            "Kể từ ngày Nghị định này có hiệu lực thi hành, các nghị định sau đây hết hiệu lực "
            "thi hành:\na) Nghị định số [[24/2024/NĐ-CP]] ngày 27/02/2024 của Chính phủ;",
            "Các quy định sau đây hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực "
            "thi hành (15/8/2025):\n\n- Nghị định số [[96/2019/NĐ-CP]] ngày 19/12/2019;",
        ),
    ),
    # A clause or an item that opens by carrying out a document's provision: "Thực hiện quy
    # định tại khoản 1 Điều 11 tại Nghị định 70/2025/NĐ-CP …, Cục Thuế …" (news-196; as any
    # carrying out, not when the clause goes on to "thì", `scopes.CONSEQUENCE`). The words
    # naming the provision are the cue's own, so "quy định tại" does not stand between as a
    # mere reference; inside a clause ("… thực hiện theo quy định tại …", "hồ sơ thực hiện quy
    # định tại …") the provision only says by what rule. Giving a provision concrete form ("cụ
    # thể hóa", "thể chế hóa") carries it out wherever it stands: no clause uses those verbs
    # only to say by what rule (news-749).
    Cue(
        "IMPLEMENTS",
        "carry out a provision",
        r"(?:(?:(?<![^\n])|(?<=\d[.)][ \t])|(?<=[-+][ \t]))(?:tổ\s+chức\s+)?thực\s+hiện"
        r"|cụ\s+thể\s+h(?:óa|oá)|thể\s+chế\s+h(?:óa|oá))\s+"
        rf"(?:các\s+)?quy\s+định\s+tại(?:\s+{_PROVISION})*",
        (
            "Cụ thể hóa quy định tại khoản 2 Điều 3 Nghị quyết số [[27-NQ/TW]], Luật quy định "
            "Tòa án nhân dân là cơ quan xét xử.",
            "Nghị định đã thể chế hóa các quy định tại Điều 5 Nghị quyết số [[57-NQ/TW]].",
            "2. Thực hiện quy định tại khoản 2 Điều 24 Nghị định số [[178/2024/NĐ-CP]], cơ quan, "
            "đơn vị lập danh sách đối tượng nghỉ việc.",
            "Thực hiện quy định tại khoản 1 Điều 11 tại Nghị định [[70/2025/NĐ-CP]], Cục Thuế "
            "triển khai hóa đơn điện tử.",
        ),
    ),
    Cue(
        "IMPLEMENTS",
        "implement",
        # (performing an administrative procedure carries no document out: "khi thực hiện
        # thủ tục hành chính tại Bộ phận Một cửa … theo Thông tư 03", news-275)
        # (carrying out a document's spirit is carrying it out: the words "tinh thần của" are
        # the cue's own, else they would stand between as a mere reference, news-771)
        # (nor does a procedure performed: "thay thế phần danh mục thủ tục hành chính thực
        # hiện theo cơ chế một cửa … tại Quyết định số …" replaces, blind round BI)
        r"(?<!thủ\stục\shành\schính\s)"
        r"thực\s+hiện(?:\s+(?:đúng\s+)?tinh\s+thần(?:\s+(?:của|tại))?)?(?!\s+(?:các\s+)?thủ\s+tục)"
        r"|triển\s+khai|quán\s+triệt|cụ\s+thể\s+hóa"
        # organising a law's enforcement carries it out: "Tổ chức thi hành Luật Thủ đô bảo đảm
        # kịp thời" (blind round MY); not a court's judgments, "tổ chức thi hành án"
        r"|(?<=tổ\schức\s)thi\s+hành(?!\s+án\b)"
        r"|cụ\s+thể\s+hoá|thể\s+chế\s+hóa"
        # ("Chương trình hành động số 147-CTHĐ/TU" names the programme itself: no act on it)
        # (nor "các nghị quyết, kết luận, chương trình hành động của Tỉnh ủy": a list of kinds)
        r"|thể\s+chế\s+hoá|(?<!,\s)(?<!\svà\s)chương\s+trình\s+hành\s+động(?!\s+số\s*:?\s*\d)"
        r"|thực\s+thi"
        # following a direction or a document's spirit carries it out
        r"|(?:theo|(?<!chưa\s)(?<!không\s)phù\s+hợp\s+với)\s+(?:đúng\s+)?(?:tinh\s+thần\s+)?"
        r"(?:chỉ\s+đạo|tinh\s+thần(?:\s+của)?)"
        r"|(?:được\s+)?giao\s+tại|implement\w*|carry(?:ing)?\s+out"
        # "action plan for executing Resolution 68" (blind round T); not "executive"
        r"|execut(?:e|es|ing|ion\s+of)\b"
        # "DIRECTIVE … ON ENFORCEMENT OF THE LAW ON ENTERPRISES", "direct the enforcement of
        # the Enterprises Law" ("thi hành", blind round ML); not "law enforcement agencies",
        # nor a guidance's "hướng dẫn thi hành" or "quy định chi tiết và biện pháp thi hành":
        # "on elaboration and guidance on enforcement of the Law on Fees and Charges", "on
        # elaboration and enforcement of the Law on Actions against …" guide it
        r"|(?<!guidance\son\s)(?<!guidelines\son\s)(?<!guidelines\sfor\s)(?<!guiding\s)"
        r"(?<!guiding\sthe\s)(?<!guide\sthe\s)(?<!elaboration\sand\s)(?<!elaborating\sand\s)"
        r"(?<!detailing\sand\s)(?<!details\sand\s)enforc(?:e|es|ing|ement\s+of)\b"
        # "cụ thể hóa", "thể chế hóa" translated: "thoroughly grasps and concretizes
        # Resolution No. …", "to institutionalise the Party's Resolution No. …"
        r"|concreti[sz](?:e|es|ed|ing|ation\s+of)\b|institutionali[sz](?:e|es|ed|ing|ation\s+of)\b"
        # an official translation's "action program for materialization of the Political
        # Bureau's Resolution No. …" (blind rounds MD and UD)
        r"|materiali[sz](?:e|es|ed|ing|ation\s+of)\b"
        # ... or rendered word for word: "The plan translates the viewpoints, policies, tasks
        # and solutions of Resolution No. 57-NQ/TW of the Politburo into concrete actions"
        # (blind round V)
        r"|translat(?:e|es|ed|ing)(?=\s(?:[^.;\n]|(?<=No)\.){0,200}?\binto\s+"
        r"(?:concrete|specific|practical)\s+"
        r"(?:actions?|tasks?|programs?|programmes?|plans?|measures?)\b)"
        r"|in\s+furtherance\s+of|реализ\w*|выполнени\w*|исполнени\w*|во\s+исполнение|впровадж\w*"
        r"|викона\w*|виконанн\w*|реаліз\w*|実施|徹底|具体化|implementa\w*|execução|cumprimento",
        (
            "Kế hoạch thực hiện Chỉ thị số [[33/CT-TTg]] ngày 26/11/2021 của Thủ tướng Chính phủ",
            "to effectively implement Directive No. [[33/CT-TTg]] of the Prime Minister",
            "the Government's action plan for executing Resolution No. [[68-NQ/TW]]",
            "DIRECTIVE ON ENFORCEMENT OF THE LAW ON ENTERPRISES No. [[13/1999/QH10]]",
            "This plan thoroughly grasps and concretizes Resolution No. [[57-NQ/TW]].",
            "The plan translates the viewpoints, tasks and solutions of Resolution No. "
            "[[57-NQ/TW]] of the Politburo into concrete actions.",
            "The law was drafted to institutionalise Resolution No. [[27-NQ/TW]] of the Party.",
            "the Government’s action program for materialization of the Political Bureau’s "
            "Resolution No. [[52-NQ/TW]] of September 27, 2019",
            "связано с реализацией Директивы Политбюро № [[05-CT/TW]] от 15 мая 2016 года",
            "ефективне впровадження ..., зосереджуючись на Рішенні Політбюро № [[23-QD/TW]]",
            "効果的な実施を強化する。特に、2021年7月30日付政治局決定第[[23-QD/TW]]号",
            "Thực hiện Kế hoạch số 24/KH-UBND; Kết luận số [[12-KL/TW]]; UBND huyện ban hành",
            "Triển khai thực hiện\n\nNghị quyết số [[57-NQ/TW]] của Bộ Chính trị",
            "a) Tổ chức thi hành Nghị quyết số [[98/2023/QH15]] bảo đảm kịp thời, đồng bộ",
            # while it is carried out: "nghiên cứu các giải pháp … trong quá trình triển khai"
            "Các Bộ nghiên cứu các giải pháp tại Báo cáo số 621/BC-BTC nêu trên trong quá trình "
            "triển khai thực hiện Kết luận số [[203-KL/TW]] ngày 04/11/2025 của Bộ Chính trị.",
            "Hoàn thành nhiệm vụ theo chỉ đạo của Thủ tướng tại Văn bản số [[6721/VPCP-V.I]].",
            "Đề xuất phương án xử lý phù hợp với tinh thần chỉ đạo tại văn bản số [[574/TB-VPCP]] "
            "ngày 23 tháng 10 năm 2025.",
            "Hoàn thành các công việc liên quan theo đúng tinh thần Nghị quyết số [[34/NQ-CP]];",
            "Thực hiện tinh thần của Nghị quyết số [[28-NQ/TW]] về việc từng bước mở rộng bảo "
            "hiểm xã hội tự nguyện, Luật đã bổ sung chế độ thai sản.",
            "Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC đã được phê duyệt tại "
            "Quyết định số [[1015/QĐ-TTg]].",
            "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về triển khai kết luận Hội nghị "
            "(Công văn số [[282/TTg-TKBT]] ngày 10/11/2025), Bộ trưởng giao:",
        ),
    ),
    # Meeting a document's requirements carries it out: "Bố trí chi ngân sách … để đáp ứng yêu
    # cầu của Nghị quyết số 57-NQ/TW …" (news-782). ("yêu cầu của" alone points at a rule.)
    # an older preamble's line that opens "Thi hành" (in execution of) a document: "Thi hành
    # Nghị định số 196-HĐBT ngày 11-12-1989 …" (blind round CG); not "hướng dẫn thi hành", "có
    # hiệu lực thi hành", nor a title's words a hard line break leaves at a line's start
    # ("… quy định chi tiết và biện pháp\nthi hành Luật giám định tư pháp", tvpl-189)
    Cue(
        "IMPLEMENTS",
        "in execution of",
        r"(?:(?<![^\n])|(?<=[.;:]\s))[ \t]*thi\s+hành(?=\s+(?:Nghị\s+định|Quyết\s+định"
        r"|Nghị\s+quyết|Chỉ\s+thị|Luật|Pháp\s+lệnh|Thông\s+tư)\b)",
        (
            "Thi hành Nghị định số [[196-HĐBT]] ngày 11-12-1989 của Hội đồng Bộ trưởng quy định "
            "nhiệm vụ của các Bộ;",
        ),
        capital=True,
    ),
    Cue(
        "IMPLEMENTS",
        "meet the requirements",
        r"đáp\s+ứng\s+(?:đúng\s+)?(?:các\s+)?yêu\s+cầu\s+(?:của|tại)",
        (
            "Bố trí chi ngân sách nhà nước năm 2025 cho khoa học, công nghệ để đáp ứng yêu cầu "
            "của Nghị quyết số [[57-NQ/TW]] ngày 22 tháng 12 năm 2024 của Bộ Chính trị.",
        ),
        confidence=0.8,
    ),
    # Working toward a document's goals carries it out: "Nhằm đạt được mục tiêu, nhiệm vụ Nghị
    # quyết số 66-NQ/TW của Bộ Chính trị …, UBND tỉnh đề nghị các sở …" (blind round MA). (Not
    # a result reached: "đạt được nhiều kết quả" looks back, `scopes.RESULTS_ACHIEVED`.)
    Cue(
        "IMPLEMENTS",
        "toward its goals",
        r"(?:nhằm|để)\s+(?:đạt\s+được|hoàn\s+thành)\s+(?:các\s+)?mục\s+tiêu(?:\s*,\s*nhiệm\s+vụ)?"
        r"(?:\s+(?:của|tại|đề\s+ra\s+(?:tại|trong)))?",
        (
            "Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số [[66-NQ/TW]] của Bộ Chính trị, UBND "
            "tỉnh đề nghị các sở, ngành triển khai các nhiệm vụ sau:",
            "Để hoàn thành các mục tiêu đề ra tại Nghị quyết số [[57-NQ/TW]], tỉnh tập trung "
            "các giải pháp sau.",
        ),
        confidence=0.8,
    ),
    # Translated reports say local work is done "in accordance with" a central document:
    # implementation, said less firmly. (Vietnamese "theo" is left out: "theo quy định tại
    # Nghị định ..." only points at a rule.) Not a sentence's opening "According to
    # Conclusion No. 75-KL/TW …, Da Nang is …", nor ", according to Circular 23, …": whose
    # word it is (blind rounds MS and PD); only after a word or a figure ("key tasks in 2025
    # according to Resolution No. 57-NQ/TU", round CO), inside the clause.
    Cue(
        "IMPLEMENTS",
        "in accordance with",
        r"(?<=[^\W_]\s)according\s+to|in\s+accordance\s+with|в\s+соответствии\s+с|согласно|відповідно\s+до"
        r"|згідно\s+з|de\s+acordo\s+com|em\s+conformidade\s+com|に従って|に沿って",
        (
            "to participate in social supervision according to Decision No. [[217-QD/TW]]",
            "в области общественного надзора в соответствии с решениями Политбюро № [[217-QD/TW]]",
        ),
        confidence=0.6,
    ),
)

# The patterns below are compiled at their first use, not at import (`__getattr__` gives
# them by their names): compiling them, and deciding which cues a start word can open
# (`_opening_words`), was 0.8 s of every command's start, also of one that reads no text
# (a load from facts, an update, a query). The scan of most texts needs none of them
# (`_cue_scans`, made at its first use too).


@cache
def _cue_re() -> re.Pattern[str]:
    """`CUE_RE`: every cue, one group each, as one pattern (a reading word by word)."""
    return re.compile(
        "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(CUES)), re.IGNORECASE
    )


def cue_of(match: re.Match[str]) -> Cue:
    """The cue a `CUE_RE` (or `_GUARDED`) match stands for."""
    return CUES[int(match.lastgroup[1:])]  # type: ignore[index]


_CATEGORY_ITEMS = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


def _first_characters(
    items: list[tuple[Any, Any]], categories: bool = False
) -> tuple[set[str] | None, bool]:
    """The character-set items a match of parsed `items` can begin with (None: any
    character), and whether it can match nothing. Lookarounds and anchors take no
    character, so they are passed over: the set may be larger than needed, never smaller.
    With `categories`, a class such as "\\s" is kept as an item (else it counts as any)."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is _sre.IN:
            for item, value in av:
                if item is _sre.LITERAL:
                    out.add(re.escape(chr(value)))
                elif item is _sre.RANGE:
                    out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif categories and item is _sre.CATEGORY and value in _CATEGORY_ITEMS:
                    out.add(_CATEGORY_ITEMS[value])
                else:  # a category ("\\w") or a negated set
                    return None, False
            return out, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.SUBPATTERN:
            found, empty = _first_characters(av[3], categories)
        elif op is _sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                first, can_be_empty = _first_characters(branch, categories)
                if first is None:
                    return None, False
                found |= first
                empty = empty or can_be_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            found, empty = _first_characters(av[2], categories)
            empty = empty or av[0] == 0
        else:  # any character, a back reference, ...
            return None, False
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _guard(pattern: str) -> str:
    """A look-ahead for the characters a match of `pattern` can begin with ("" if any)."""
    try:
        first, empty = _first_characters(_parser.parse(pattern, re.IGNORECASE).data)
    except Exception:  # an unexpected parse: no guard, the pattern is tried as it is
        return ""
    if first is None or empty or not first:
        return ""
    return "(?=[" + "".join(sorted(first)) + "])"


@cache
def _guarded() -> re.Pattern[str]:
    """`CUE_RE` with each cue's pattern behind a look-ahead for its first characters: tried
    at a word start, a cue that cannot begin there fails at once instead of trying its
    branches."""
    return re.compile(
        "|".join(f"{_guard(cue.pattern)}(?P<c{i}>{cue.pattern})" for i, cue in enumerate(CUES)),
        re.IGNORECASE,
    )


# The words a cue can begin with (lower case; "*" marks a stem), and the Japanese heads.
# Trying the combined pattern only where one of them starts is what makes the scan cheap:
# at every other position of a text the pattern would try all its alternatives in vain.
# `tests/test_relations.py` checks on real texts that the scan finds what a full one does.
_START_WORDS = """
đã đang được bị trước kể kết tình quá sơ tổng đánh báo sau rà kiểm giám trong về tuyên phổ quán học
nghiên theo quy hướng nêu ghi tại yêu mục tinh điểm khoản điều phụ chương phần đề kiến xem
tham khi chưa không dự hoàn soạn xây phê ban kèm xét trả phúc căn tiếp sửa bổ bỏ đính thay bãi hủy
khó hạn bất vi sai vấn huỷ hết chấm thực triển cụ áp xử liên vướng hồ giấy tài phù thủ tthc nếu so
compared comparing tiền thù lợi doanh quỹ giá sản chỉ đáp thời ngày nội trình sớm qua hội thu
thể giao thi as amended replaced repealed provided prescribed stipulated specified set referred
under regulated laid have has had was were year years
at in results arising regarding when while tổ advisory task executive conference thành
highlight* achievement* success* progress shortcoming* limitation* weakness* related relating
result pursuant based continue continues continuing guid* detail* amend* replac* supersed*
repeal* annul* abolish* abolition* revocation* nullif* rescind* rescission*
revok* revis* cease* expire* terminat* cancel* is are
shall will further
implement* enforc* carry carrying according steering working provid* giv* elaborat* dissemin*
populari* propagat* execut* concreti* institutionali* materiali* translat* modif* sum* assess*
report* review*
evaluat* after monitor* nhằm để
на по за
com em de о в во
продолж* продовж* руководств* інструкці* внесення изменени* зміни заменя* взамен замін*
отмен* утрат* скасув* втрат* реализ* выполнени* исполнени* впровадж* викона* реаліз*
согласно відповідно згідно continuar orienta* altera* substitu* revoga* execução cumprimento
"""
START_WORDS = tuple(_START_WORDS.split())
JA_HEADS = (
    "に基づ",
    "引き続き",
    "施行細則",
    "実施",
    "改正",
    "に代わ",
    "を置き換",
    "廃止",
    "徹底",
    "具体化",
    "に従って",
    "に沿って",
)
_WHOLE = frozenset(w for w in START_WORDS if not w.endswith("*"))
_STEMS = frozenset(w[:-1] for w in START_WORDS if w.endswith("*"))
_STEM_LENGTHS = sorted({len(w) for w in _STEMS})
_WORD = re.compile(r"\w+")


class FoundCue(NamedTuple):  # a tuple: made for every cue found, it costs a third as much
    start: int
    end: int
    cue: Cue
    words: str  # as written


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[FoundCue]:
    """The cues in text[lo:hi], in order, none overlapping (`_find_cues`); a cue that counts
    only with a capital (`Cue.capital`) is left out when written in lower case. A look back
    that runs over a line break onto a line opening with a capital is a heading's last words
    and that line's own opening ("… TRONG TÌNH HÌNH MỚI\nTriển khai thực hiện Chỉ thị số
    23/CT-TTg …", blind round MY): the line is read again on its own."""
    found = []
    for f in _find_cues(text, lo, hi):
        if f.cue.capital and not f.words.lstrip()[:1].isupper():
            continue
        opens = _line_opening_in(f) if f.cue.name == "looking back" else None
        if opens is not None:
            found.extend(_find_cues(text, opens, f.end))
            continue
        found.append(f)
    return found


def _line_opening_in(f: FoundCue) -> int | None:
    """Where a line that opens with a capital starts inside the words of `f`, if one does."""
    opening = next((m for m in _LINE_OPENING.finditer(f.words) if m.group(1).isupper()), None)
    return None if opening is None else f.start + opening.start(1)


_LINE_OPENING = re.compile(r"\n\s*(\S)")  # the first character of each line after the first


def _find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[FoundCue]:
    """The cues in text[lo:hi], in order, none overlapping.

    The same as scanning with `CUE_RE` from every word start (a word at `lo` counts as
    one), but only tried where a word of `START_WORDS` (lower-cased) or, in a run of
    Japanese, one of `JA_HEADS` begins; at a start word, only the cues that can open
    with it are tried."""
    hi = len(text) if hi is None else hi
    folded = lowered(text)
    if folded is None:
        return _find_word_by_word(text, lo, hi)
    # (a text with no character from the Japanese blocks has none in its windows either)
    from_blocks = _any_from_japanese_blocks(folded) and (
        _FROM_JAPANESE_BLOCKS.search(folded, lo, hi) is not None
    )
    if from_blocks and _JAPANESE.search(folded, lo, hi):
        return _with_japanese(text, folded, lo, hi)
    # One scan finds the start words (over the lower-cased text, as the cues ignore case)
    # and tries, at each, the cues that can open with that word (`_cue_scans`):
    # it stops only where one matches. A cue found passes over the start words it took, as
    # a reading word by word does. The word at `lo` is tried on its own.
    found: list[FoundCue] = []
    pos = lo
    scans = _cue_scans()
    cue_of_number = scans.cue_of_number
    first = scans.at.match(folded, lo, hi)
    if first is not None:
        number = first.lastindex
        pos = first.start(number)
        found.append(FoundCue(lo, pos, cue_of_number[number], text[lo:pos]))  # type: ignore[arg-type]
    if from_blocks:  # a separator may be any non-word character
        hits = scans.after_non_word.finditer(folded, lo + 1, hi)
    else:  # the same start words, found after a character of an explicit class
        hits = scans.after_separator.finditer(folded, lo, hi)
    for hit in hits:  # (written out: it runs for every cue found)
        start = hit.end()
        if start >= pos:  # (not inside the cue found before)
            number = hit.lastindex
            pos = hit.start(number)
            found.append(FoundCue(start, pos, cue_of_number[number], text[start:pos]))  # type: ignore[arg-type]
    return found


def _with_japanese(text: str, folded: str, lo: int, hi: int) -> list[FoundCue]:
    """`find_cues` where a run of Japanese stands in text[lo:hi]."""
    first = _WORD.match(folded, lo, hi)  # a word at `lo` counts, whatever stands before it
    starts = [lo] if first is not None and _starts_cue(first.group()) else []
    # each start word after a non-word character (the text's own, not a window's start)
    starts += [m.end() for m in _start_search().finditer(folded, lo, hi)]
    return _tried_by_word(text, hi, _with_heads(folded, lo, hi, starts))


def _with_heads(folded: str, lo: int, hi: int, starts: list[int]) -> list[tuple[int, list[int]]]:
    """The words to try, each with where in it: a start word at its start, a word opening
    with Japanese wherever a head begins in it."""
    words = [m.start() for m in _WORD.finditer(folded, lo, hi)]
    tried: dict[int, list[int]] = {at: [at] for at in starts}
    for m in _HEAD_SEARCH.finditer(folded, lo, hi):
        word = words[bisect_right(words, m.start()) - 1]  # heads are word characters only
        if folded[word] >= "\u3040":  # (such a word is no start word)
            tried.setdefault(word, []).append(m.start())
    return sorted(tried.items())


def _tried_by_word(text: str, hi: int, words: list[tuple[int, list[int]]]) -> list[FoundCue]:
    """Try the pattern where `_with_heads` says, as a reading word by word does: a word
    that starts inside a cue found before it is passed over whole."""
    found: list[FoundCue] = []
    pos = 0
    for start, starts in words:
        if start >= pos:
            pos = _match_at(_guarded(), text, starts, hi, pos, found)
    return found


def _match_at(
    pattern: re.Pattern[str], text: str, starts: list[int], hi: int, pos: int, found: list[FoundCue]
) -> int:
    """Try `pattern` at each of `starts` that no cue found before covers (ends past it),
    adding what matches to `found`; where the last cue found ends."""
    for at in starts:
        if at < pos:
            continue
        hit = pattern.match(text, at, hi)
        if hit:
            found.append(FoundCue(hit.start(), hit.end(), cue_of(hit), hit.group()))
            pos = hit.end()
    return pos


def _find_word_by_word(text: str, lo: int, hi: int) -> list[FoundCue]:
    """`find_cues` word by word, for a text with a letter whose lower case is longer
    (offsets in the lower-cased text would not be the text's)."""
    window = text[lo:hi].lower()
    found: list[FoundCue] = []
    pos = lo
    for m in _WORD.finditer(window):
        word = m.group()
        start = lo + m.start()
        if start < pos:
            continue
        if _starts_cue(word):
            starts = [start]
        elif word[0] >= "\u3040":  # a run of Japanese: heads may begin anywhere in it
            starts = sorted(lo + m.start() + k for h in JA_HEADS for k in _all(word, h))
        else:
            continue
        pos = _match_at(_cue_re(), text, starts, hi, pos, found)
    return found


_SEEN: dict[str, bool] = {}


def _starts_cue(word: str) -> bool:
    known = _SEEN.get(word)
    if known is None:
        known = word in _WHOLE or any(word[:n] in _STEMS for n in _STEM_LENGTHS)
        if len(_SEEN) < 200_000:  # words of a language are few; bound it all the same
            _SEEN[word] = known
    return known


def _all(word: str, head: str) -> list[int]:
    out, k = [], word.find(head)
    while k != -1:
        out.append(k)
        k = word.find(head, k + 1)
    return out


# Word initials, the most common first (measured on the real corpus). The start-word
# pattern tries its branches in this order at every word: only its speed depends on it.
_COMMON_INITIALS = "tcđnhvsbdqpklmgaxoriey"


def _start_word_pattern(words: tuple[str, ...], then: Callable[[str], str] | None = None) -> str:
    """A pattern matching where one of `words` begins (a whole word, or one opening with a
    stem marked "*"), as a trie: shared beginnings written once, common initials first.
    With `then`, `then(word)` follows each word (a stem without its "*") where it ends."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word.rstrip("*"):
            node = node.setdefault(ch, {})
        node["*" if word.endswith("*") else "$"] = {}
    rank = {ch: k for k, ch in enumerate(_COMMON_INITIALS)}

    def end(word: str) -> str:
        return then(word) if then is not None else ""

    def pattern(node: dict[str, dict], word: str) -> str:
        if "*" in node:  # a stem ends here: whatever follows, a start word begins
            return end(word)
        letters = sorted((ch for ch in node if ch != "$"), key=lambda ch: (rank.get(ch, 99), ch))
        branches = [re.escape(ch) + pattern(node[ch], word + ch) for ch in letters]
        if "$" in node:  # a whole word ends here
            branches.append(r"(?!\w)" + end(word))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie, "")


# A word character from the Japanese blocks on: a run of Japanese, where heads begin anywhere.
_JAPANESE = re.compile(r"[^\W\x00-\u303f]")
# Any character from those blocks on: a plain range is looked for three times as fast, and
# most windows hold none (then they hold no Japanese either).
_JAPANESE_BLOCKS_FROM = "\u3040"
_FROM_JAPANESE_BLOCKS = re.compile(f"[{_JAPANESE_BLOCKS_FROM}-\U0010ffff]")
_SEEN_BLOCKS: list[tuple[str, bool]] = []


def _any_from_japanese_blocks(folded: str) -> bool:
    """Whether `folded` holds a character from the Japanese blocks anywhere. Kept for the
    text last asked: its windows are read one after another, and a text without one (most
    are) need not be searched window by window (a search per window costs more). The pair
    is read once, so that a thread asking about another text cannot mix the two."""
    seen = _SEEN_BLOCKS[0] if _SEEN_BLOCKS else None
    if seen is None or seen[0] is not folded:
        seen = (folded, _FROM_JAPANESE_BLOCKS.search(folded) is not None)
        _SEEN_BLOCKS[:] = [seen]
    return seen[1]


_HEAD_SEARCH = re.compile("(?=" + "|".join(map(re.escape, JA_HEADS)) + ")")
assert all(_WORD.fullmatch(head) for head in JA_HEADS)  # a head lies inside one word
# The start words as one pattern (a trie: shared beginnings written once) after a non-word
# character, over lower-cased text: tried at every word start, it must fail fast.
_START_WORD = f"(?={_start_word_pattern(START_WORDS)})"


@cache
def _start_search() -> re.Pattern[str]:
    """Each start word after a non-word character (a text with a run of Japanese)."""
    return re.compile(rf"\W{_START_WORD}")


# A sentence that starts with one of these continues the one before it.
CONTINUATION = re.compile(
    r"\s*(?:đặc\s+biệt|nhất\s+là|trong\s+đó|in\s+particular|particularly|especially|зокрема"
    r"|особливо|в\s+частности|особенно|em\s+particular|especialmente|特に|とりわけ)",
    re.IGNORECASE,
)


def _cues_opening_with(word: str) -> re.Pattern[str] | None:
    """The cues that can open with `word` (`openings.may_open_with`), in `CUES` order, as
    one pattern; None if none can. Where the text has `word`, no other cue can match, so
    the first of these that matches is the one `CUE_RE` would find. Each cue keeps only
    the branches of its pattern that can open with `word` (`_branches_opening_with`)."""
    tried = _opening_with(word)
    if not tried:
        return None
    return re.compile("|".join(f"(?P<c{i}>{pattern})" for i, pattern in tried), re.IGNORECASE)


@cache  # asked for each start word by `_opening_words` and again by `_cue_scans`
def _opening_with(word: str) -> tuple[tuple[int, str], ...]:
    """Each cue that can open with `word`, in `CUES` order: its index, and its pattern kept
    to the branches that can (`_branches_opening_with`)."""
    candidates = _cues_opening_with_letter(word[0]) if word else range(len(CUES))
    return tuple(
        (i, _branches_opening_with(CUES[i].pattern, word))
        for i in candidates
        if may_open_with(CUES[i].pattern, word)
    )


@cache
def _cues_opening_with_letter(letter: str) -> tuple[int, ...]:
    """The indices of the cues whose match may open with `letter`: only these can open
    with a word that does (`may_open_with` answers no for a word whenever it does for the
    word's first letter, as it reads a word letter by letter). Asking once per letter
    spares most of the analysis of each cue against each start word, the most of what
    making the scans costs."""
    return tuple(i for i, cue in enumerate(CUES) if may_open_with(cue.pattern, letter))


def _branches_opening_with(pattern: str, word: str) -> str:
    """`pattern` without those of its top-level branches that cannot open with `word`:
    where `word` stands, they cannot match, and the branches kept are tried in their
    order, so the first that matches is the one `pattern` would take. (As it is if its
    branches cannot be told apart.)"""
    branches = top_branches(pattern)
    if branches is None or len(branches) < 2:
        return pattern
    kept = [branch for branch in branches if may_open_with(branch, word)]
    return "|".join(kept) if kept else pattern


@cache
def _opening_words() -> tuple[str, ...]:
    """The start words (as `START_WORDS` spells them) that some cue can open with: only
    those are looked for. Made at the first scan, not at import: deciding which cues can
    open with each word took most of the 0.8 s `import vanban.extract.cues` cost, paid
    by every command, also by those that read no text (a load from facts, a query)."""
    return tuple(w for w in START_WORDS if _opening_with(w.rstrip("*")))


@cache
def _cues_opening() -> dict[str, re.Pattern[str]]:
    """For each start word (a stem without its "*") that some cue can open with, the cues
    tried where it begins, as one pattern (`_cues_opening_with`): the table the scan is
    derived from, which `tests/test_cue_scan.py` checks for every cue (the scan itself
    reads `_opening_with`)."""
    found = {word.rstrip("*"): _cues_opening_with(word.rstrip("*")) for word in _opening_words()}
    return {word: pattern for word, pattern in found.items() if pattern is not None}


@cache
def _start_entry() -> re.Pattern[str]:
    """Those start words as the scan finds them: the words themselves, not a look-ahead (a
    start word no cue can open with is not looked for)."""
    return re.compile(_start_word_pattern(_opening_words()))


_MADE_WHEN_ASKED: dict[str, Callable[[], Any]] = {
    "CUE_RE": _cue_re,
    "_GUARDED": _guarded,
    "_START_SEARCH": _start_search,
    "_CUES_OPENING": _cues_opening,  # the tables the tests check the scan against
    "_START_ENTRY": _start_entry,
}


def __getattr__(name: str) -> Any:
    """The patterns and tables made at their first use, by their names (PEP 562): a module
    attribute, or `from vanban.extract.cues import CUE_RE`, compiles it then."""
    made = _MADE_WHEN_ASKED.get(name)
    if made is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return made()


def _separators_before(limit: int) -> str:
    """The non-word characters (`\\W`) below `limit`, as a character class."""
    runs: list[list[int]] = []
    for code in range(limit):
        if not _WORD.match(chr(code)):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )


def _cues_at(word: str) -> str:
    """From the end of start word `word`: the cues that can open with it, tried at its
    start, as `_cues_opening()[word]` tries them (`(?i)`: the cues ignore case).

    What matched is told by an empty group after each cue, named for it and numbered apart
    ("c3_17": a cue opens with many words): the group marks where the cue ends. A group
    around the cue would cost more: while a group is open, each step of a repetition in
    the cue saves the marks of every group numbered below it (hundreds, here)."""
    ends = [f"(?:{pattern})(?P<c{i}_{next(_GROUP_NUMBERS)}>)" for i, pattern in _opening_with(word)]
    # (fixed in width, as a look-behind must be: a look-ahead takes nothing)
    return f"(?<=(?=(?i:{'|'.join(ends)})){re.escape(word)})"


_GROUP_NUMBERS = itertools.count()


class _CueScans:
    """The start words' trie with, where it ends on a word, a look-behind that steps back
    over the word and, from its start, a look-ahead that tries the cues that can open with
    it (`_cues_at`). So a scan stops only where a cue matches, not at every start word (a
    loop in Python over start words, each tried with its own pattern, was most of the
    reader's time). All of it is a look-ahead: a match takes at most the character before
    the word, so every start word is tried, also one inside a cue found before it
    (`find_cues` passes over those)."""

    def __init__(self, trie: str) -> None:
        self.trie = trie
        # matched where a window starts: a word there counts
        self.at: re.Pattern[str] = re.compile(f"(?={trie})")
        # Where no character from the Japanese blocks on stands (most texts), the start
        # words after a non-word character, found from that character: a class of the very
        # characters `\W` takes there is looked up in a table, the engine skips to it (`\W`,
        # or a look-behind, is tested at every position by Unicode category, three times
        # as slow).
        self.after_separator: re.Pattern[str] = re.compile(
            f"[{_separators_before(ord(_JAPANESE_BLOCKS_FROM))}](?={trie})"
        )
        # The cue of each group, by its number: a match's `lastindex`, as the cues hold no
        # groups of their own and one cue's empty group closes a match. (The three patterns
        # are made of one trie and add no group to it: their groups have the same numbers.)
        self.cue_of_number: list[Cue | None] = [None] * (self.at.groups + 1)
        for name, number in self.at.groupindex.items():
            self.cue_of_number[number] = CUES[int(name[1:].split("_")[0])]
        assert None not in self.cue_of_number[1:]

    @cached_property
    def after_non_word(self) -> re.Pattern[str]:
        """The start words after any non-word character, for a window holding a character
        from the Japanese blocks on: made when first asked for, as few texts hold one (of
        the 1,402 real ones, one page besides translations into Japanese) and compiling it
        costs a fourteenth of a second."""
        return re.compile(rf"(?<=\W)(?={self.trie})")


def prepare_scans() -> None:
    """Make the scan's patterns now (else made at the first scan): a process about to
    fork workers that will read texts makes them once for all of them."""
    _cue_scans()


@cache  # built at the first use: it takes a quarter of a second, and most commands need none
def _cue_scans() -> _CueScans:
    return _CueScans(_start_word_pattern(_opening_words(), _cues_at))
