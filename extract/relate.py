"""Give each reference of a text its relation: the `relate` verb.

The relation is what the text's own document does to the referenced one, read by clause
(see ../shared/RELATIONS.md and the rules in `scopes.py`):
1. a mention in a preamble "Căn cứ" line is the basis, nested mentions and amending laws
   named in the line included; one in words quoted after a colon is another text's: CITES;
2. otherwise the nearest thing before the mention in its segment decides:
   - a cue (`cues.py`): its relation, unless the cue stands in the title of a mention just
     before it ("Quyết định số X ... sửa đổi ... Quyết định số Y": X amends Y, and the text
     only cites Y), in a procedure's name, after a proposal that asks another body to act,
     or opens a clause that goes on to "thì" (it states a consequence); words that
     introduce a document without acting on it (a provision, a request, dissemination,
     looking back, a passive, a condition's consequent) give CITES;
   - another mention: joined to it as a list item ("X; Y", "X và Y"), it takes that
     mention's relation; run on from its title ("X ban hành Quy chế theo Y"), it is nested
     and only cited (on a page of no document, a title it lists that amends or replaces Y
     tells that change, `CHANGE_TITLED`);
3. a mention with nothing before it in its segment takes the cue of the clause that lists
   it ("bãi bỏ:\\na) ...; b) ..."), of the table cell just before it, or a cue after it that
   speaks of it ("X hết hiệu lực kể từ ..."; Japanese puts every verb last);
4. anything else is CITES;
5. then, over the whole text: a cue after a list ("A …; B … hết hiệu lực kể từ …") speaks
   of each item it ends, and an act said of "<type> này" of a type the text's own document is
   not ("Thông tư này" on a decree's page) is another document's, only cited.

Each `Statement` keeps the rule that decided it, the cue words and a confidence: the same
reading `vanban extract` reports and `vanban load` stores.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from ..graph.schema import ACTS_ON_TEXT
from .codes import issuer_info, type_info
from .cues import CUES, FoundCue, find_cues
from .find import names_number, parsed_number
from .genres import Spans, explainer_spans
from .model import CHANGE_TITLED, Reference
from .scopes import (
    AMENDING_LAW_NAME,
    AMENDING_LAWS_COUNTED,
    AS_FOLLOWS,
    CARRIED_OUT_PROGRAMME,
    CELL_REACH,
    CONSEQUENCE,
    CONSEQUENT_RULE,
    EFFECT_HISTORY_ROW,
    EVENT_NAME,
    ISSUING_BRACKET,
    LAW_REPORTED,
    LEGAL_ORDER,
    LOOKED_BACK,
    MEETING_TOPIC,
    NAMING_BRACKET,
    OVERSIGHT_OF_CARRYING_OUT,
    PROCEDURE_NAME,
    QUOTED_PHRASE,
    QUOTED_WORDING,
    REPORTED_ISSUE,
    REPORTED_PART,
    REPORTED_PREDICATE,
    REPORTED_SCOPE,
    REPORTED_SUBJECT_LEAD,
    REPORTED_TITLE_WORDS,
    RESULTS_ACHIEVED,
    SCOPE_CLAUSE,
    SCOPE_LEAD,
    SCOPE_ON_PROVISION,
    VI_UPPER,
    Rule,
    Structure,
    cell_gap,
    designation_start,
    footnotes,
    law_part_before,
    list_joiner,
    reporting_annexes,
    structure,
)
from .sentences import SENTENCE_END, sentence_bounds
from .titled import TITLED_KINDS
from .vocabulary import ALIAS_INTRO, TYPE_NOUNS, TYPE_WORDS, noun_key

# Entities set up or working under a law, named in a scope clause: the clause says whom it
# covers, it does not guide that law ("doanh nghiệp thành lập và hoạt động theo quy định tại").
# ("kết thúc hoạt động theo quy định tại Điều 7 Nghị định số X", ending work, names those the
# policy of X covers: no entity working under X, news-1018)
_SET_UP_UNDER = re.compile(
    r"(?:thành\s+lập|(?<!thúc\s)(?<!dứt\s)(?<!dừng\s)hoạt\s+động)\s*\Z", re.IGNORECASE
)
_GUIDE = next(c for c in CUES if c.name == "guide")  # what a scope clause's opening says
_REACH_BEFORE = 300  # how far before a mention its cues are looked for
_REACH_AFTER = 400
# A sentence that opens by going on with the list of the sentence before, right before the
# mention's designation: "Cùng với đó là Thông tư số …", "Bên cạnh đó còn có Quyết định số …"
_LIST_GOES_ON = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Cùng\s+với\s+(?:đó|các\s+văn\s+bản\s+trên)|Bên\s+cạnh\s+đó"
    r"|Ngoài\s+ra)\s*,?\s+(?:là|còn\s+(?:có|là))\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+(?:số\s+)?\Z"
)
# A translated sentence that opens a clause of its own before the mention is no piece of the
# list before it: "… replacing Law No. 40/2009/QH12 … . On 8 November 2021, the Government
# issued Decree No. 98/2021/ND-CP" (a comma or an issuing verb before the designation), while
# "… . Висновку Постійного комітету № 267-KL/TU …" goes on with the list.
_SENTENCE_END = re.compile(r"\.\s+(?=[^\W\d_])")  # not "No. 98"
_OWN_CLAUSE_LEAD = re.compile(r",|\b(?:issued|promulgated|signed|adopted|passed|enacted)\b", re.I)
# A topic named by what is done with a document, an item of a list ("…; việc quán triệt,
# triển khai thực hiện Chỉ thị số …"), right before the carrying out
_TOPIC_BEFORE = re.compile(
    r";\s*(?:và\s+)?việc\s+(?:quán\s+triệt\s*(?:,|và)?\s*)?(?:lãnh\s+đạo,?\s+chỉ\s+đạo\s+)?"
    r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?\Z",
    re.IGNORECASE,
)
_TITLE_REACH = 250  # a cue this close after a mention, in one clause, may be in its title
# A translation's item that opens with a document and its verb says what the document does
# ("as follows:\n• Decree 37/2016 provides detailed drafting rules …", blind round N): the
# document is the item's subject, not one of the objects its list head acts on
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:provides|requires|stipulates|regulates|prescribes|specifies"
    r"|sets[ \t]+out|introduces|allows|applies|adds|removes|took[ \t]+effect|takes[ \t]+effect"
    r"|came[ \t]+into|comes[ \t]+into|has[ \t]+(?:been[ \t]+)?\w+ed|will[ \t]+\w+)\b"
)
# A paragraph opening with a document's type and number, after the item before it ended: an
# item of a list set out a paragraph each (`_item_before_paragraph`)
_PARAGRAPH_ITEM = re.compile(
    rf"[.;]\s*\n[ \t]*(?:\n[ \t]*)*(?:{TYPE_NOUNS})\s*(?:số\s*)?\Z", re.IGNORECASE
)
_ALIAS_REACH = 600  # how far back "(sau đây gọi tắt là …)" may name its document
# A translation sets the title off from the date with a comma: "Decree No. 34/2016/ND-CP of
# May 14, 2016, detailing …" (that comma ends no clause), and so may a comma before the
# date: "Conclusion No. 118-KL/TW, dated January 18, 2025, amending …" (blind round AU).
_DATE_THEN_TITLE = re.compile(
    r",?\s+(?:dated|of)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    # (the day left out: "Decree No. 04/2008/ND-CP of January 2008, amending …")
    r"|\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+\s+\d{4}),\s*"
)
# A translation's sentence that opens with a document ("Plan No. 333-KH/TU …", "The Decree
# No. …"), and the date and issuer set off after it before its predicate
# (`_subject_past_apposition`)
_OPENING_REACH = 40
_OPENS_WITH_DOCUMENT = re.compile(
    r"(?:\A|[.!?]\s+|\n)[ \t]*(?:The\s+)?(?:(?:Government|Prime\s+Minister)['’]s\s+)?"
    r"(?:Plan|Decree|Decision|Resolution|Circular|Directive|Conclusion|Notice|Law"
    r"|Official\s+(?:Dispatch|Letter)|Dispatch|(?:Action\s+)?Program(?:me)?)\s+(?:No\.?\s*)?\Z"
)
_APPOSITION_THEN_PREDICATE = re.compile(
    r"(?:\s+dated\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:,\s*(?:issued|promulgated|signed|adopted)\s+by\s+[^,;.\n]{3,80})?"
    r",\s*(?:(?:[a-z]+ly|also)\s+)?(?:[a-z]+s\s+and\s+)?"
)
# A document said to take effect, then what it does: "Nghị định 80/2021/NĐ-CP có hiệu lực từ
# 15/10/2021 thay thế Nghị định 39/2018/NĐ-CP", "Decree No. 117/2018/ND-CP dated September 11,
# 2018 … came into effect since November 1, 2018 and replaces …" (matched from the mention to
# the cue).
# (a short bracket may name it on the way: "… No. 16/2012/QH13 that will take effect on 1
# January 2013 ( Advertising Law ), and replace …")
# A bracket naming the mention before it, and what leads up to a cue after it.
_ALIAS_BRACKET = re.compile(r"[^().;:\n]{0,200}?\([^()\n]{1,40}\)[^().;:\n]{0,60}")
_EFFECT_THEN_ACTS = re.compile(
    r"(?:\([^()\n]{1,40}\)|[^.;:()\n]){0,200}?\b(?:có\s+hiệu\s+lực(?:\s+thi\s+hành)?"
    r"|(?:takes?|took)\s+effect|(?:will\s+)?(?:comes?|came|(?:officially\s+)?come)\s+into\s+(?:effect|force)"
    r"|(?:will|shall)\s+(?:officially\s+)?take\s+effect"
    # ("Decree No. 136/2020/ND-CP is entering into force on January 10, 2021, replacing the
    # Decree No. 79/2014/ND-CP", blind round BY)
    r"|enter(?:s|ed|ing)?\s+into\s+force|(?:is|was|will\s+be|becomes?|became)\s+effective)\b"
    # (its date, then the act after a comma, "and" or a semicolon: "Decree 72 shall take
    # effect on 1 September 2013; replaces Decree No.97/2008/ND-CP", blind round CE)
    r"(?:\([^()\n]{1,40}\)|[^.;:()\n]){0,60}?(?:;|,?\s+(?:và|and))?\s*",
    re.IGNORECASE,
)
# A clause that a body opens after a comma, up to its verb (the body named with a capital:
# "…, mức chi xây dựng văn bản triển khai …" is a title's)
_BODY_CLAUSE = rf",\s+(?-i:[{VI_UPPER}])(?:[^\W\d_]*\s+){{1,8}}?"
_ISSUER_ISSUES = re.compile(
    rf"{_BODY_CLAUSE}(?:ban\s+hành|xây\s+dựng)\s+(?:{TYPE_NOUNS})\b"
    r"[^,;()]*\Z",
    re.IGNORECASE,
)
# A clause of a body that issues a document, up to its number: ", Bộ Tài chính vừa có văn bản
# số ", ", Ủy ban nhân dân tỉnh ban hành Kế hoạch số ".
_BODY_ISSUES_AFTER = re.compile(
    rf"{_BODY_CLAUSE}(?:(?:vừa|đã|mới)\s+)?(?:có|ban\s+hành|gửi)\s+(?:{TYPE_NOUNS})\s*(?:số\s*)?\Z",
    re.IGNORECASE,
)
_NOT_IN_TITLE = re.compile(
    # ("… theo Nghị quyết số 76/NQ-CP … gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU":
    # a second task linked to the first, blind round AW)
    # ("… của Bộ trưởng Bộ Công Thương quy định, hướng dẫn thực hiện một số nội dung của Nghị
    # định số 68/2017/NĐ-CP": two verbs of one title, blind round AS; so are "về việc điều
    # chỉnh, bổ sung một số nội dung Chỉ thị số 35-CT/TW", blind round AU)
    r"[;:]|\n[ \t]*\n|(?<!quy\sđịnh)(?<!điều\schỉnh)[,]\s*$"
    r"|\b(?:và|đồng\s+thời|and|gắn\s+(?:liền\s+)?với(?:\s+việc)?(?:\s+tổ\s+chức)?)\s*$",
    re.IGNORECASE,
)
# A heading that names a document, then its title after a colon on the same line ("TOÀN
# VĂN: Nghị định số 83/2024/NĐ-CP của Chính phủ: Sửa đổi, bổ sung một số điều …"): the cue
# after the colon, capitalised, is that document's.
_TITLE_AFTER_COLON = re.compile(r"[ \t]*(?:của[ \t]+[^:;\n]{1,60}?)?[ \t]*:[ \t]*")
# The words that point back at a document end its description: no title goes on after "nêu
# trên" ("Báo cáo số X … nêu trên trong quá trình triển khai thực hiện Kết luận Y")
_POINTS_BACK = re.compile(r"\b(?:(?:nêu|nói)\s+trên|trên\s+đây)\b", re.IGNORECASE)
# A title whose object is a class of documents has its object: "Nghị định số 48/2013/NĐ-CP …
# về sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành
# chính, Nghị định số 92/2017/NĐ-CP …" names 92/2017 as the next item of the list 48/2013
# stands in, not as one more document 48/2013 amends (after "và", only when 92/2017 has a
# title of its own: `_next_item_after_title`). Matched on the text between the
# title's cue and the mention ("các Nghị định số A, B" and "các nghị định sau, …" announce
# the documents named next, so they do not match).
_CLASS_OBJECT_THEN_ITEM = re.compile(
    r"\bcác\s+(?:nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|luật|văn\s+bản)\b"
    r"(?!\s+(?:số|sau|dưới)\b)[^;:,()]*(?:,|(?P<and>\svà\s))[^;:,()]{0,40}\Z",
    re.IGNORECASE,
)
# "trong đó" after a title's object goes on with what that title's document does to one of
# them: "Nghị định số 226/2025/NĐ-CP … sửa đổi … các nghị định quy định chi tiết thi hành
# Luật Đất đai, trong đó sửa đổi … Nghị định số 71/2024/NĐ-CP" (226 amends 71, the law
# named last does not).
_AMONG_THEM = re.compile(r",\s*trong\s+đó\s*\Z", re.IGNORECASE)
_LIST_HEAD_REACH = 4000
_HEAD_LINES = 40  # how many lines up a heading without a colon is looked for
_PLURAL_REACH = 160  # how far before a line's end its plural type may start
# A heading that lists documents without a colon ends on their plural type, counted or not,
# and what it says of them: "Điều 1. Bãi bỏ các văn bản sau đây", "Điều 1. Bãi bỏ 03 văn
# bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành", "Article 1. To repeal three (03)
# legal documents promulgated by the Ministry of Health" (blind round AH).
_PLURAL_HEAD = re.compile(
    r"(?:(?:các|những|\d{1,3}|\(\d{1,3}\))\s+(?:văn\s+bản|quyết\s+định|nghị\s+quyết|nghị\s+định"
    r"|thông\s+tư|chỉ\s+thị)(?:\s+quy\s+phạm\s+pháp\s+luật)?"
    r"(?:\s+(?:do|của)\s+[^\n.;:]{1,80}?\s+ban\s+hành)?(?:\s+sau(?:\s+đây)?)?"
    r"|(?:the\s+following|(?:\w+\s+)?\(\d{1,3}\)|\d{1,3})\s+(?:legal\s+)?(?:documents|decrees"
    r"|circulars|decisions|resolutions|directives)(?:\s+(?:promulgated|issued)\s+by\s+[^\n.;:]{1,80}?)?"
    r")[ \t]*\Z",
    re.IGNORECASE,
)
# The last word of a line `_PLURAL_HEAD` can match, unless the line names who issued them in
# English (then any): asked first, since the pattern costs some 35 µs a line and a list
# item's heading is looked for up to 40 lines above each item (a quarter of the extraction
# of the real tvpl texts went to it).
_PLURAL_HEAD_LAST_WORDS = frozenset(
    {"bản", "định", "quyết", "tư", "thị", "luật", "hành", "sau", "đây"}
    | {"documents", "decrees", "circulars", "decisions", "resolutions", "directives"}
)
_PLURAL_HEAD_ISSUED = ("promulgated", "issued")


def _may_end_plural_head(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` can end on a plural heading (`_PLURAL_HEAD`): a cheap test that
    no line it matches fails."""
    line = text[lo:hi].rstrip(" \t").lower()
    words = line.rsplit(None, 1)
    if not words:
        return False
    return words[-1] in _PLURAL_HEAD_LAST_WORDS or any(w in line for w in _PLURAL_HEAD_ISSUED)


_OBJECT_REACH = 200  # farther than this from its cue, a mention is not the cue's object
# ... but carrying out the Party's line names the documents that state it after the line's
# matter, however long: "thể chế hóa chủ trương, quan điểm của Đảng về phát triển nguồn nhân
# lực, nhất là … trong Văn kiện Đại hội …, Nghị quyết số 59-NQ/TW …" (news-765)
_PARTY_LINE = re.compile(
    r"\s+(?:đầy\s+đủ,?\s+|kịp\s+thời,?\s+)*(?:các\s+|những\s+)?"
    r"(?:chủ\s+trương|quan\s+điểm|đường\s+lối)(?:\s*,\s*(?:chủ\s+trương|quan\s+điểm"
    r"|đường\s+lối|chính\s+sách))*\s+của\s+Đảng\b",
    re.IGNORECASE,
)
_PARTY_LINE_REACH = 400
_BY_RULE = re.compile(r"\s+theo\b", re.IGNORECASE)  # "thực hiện theo": done by a rule
_CONSEQUENT_REACH = 160  # how far before such a verb its consequent's "thì" is looked for
# How far a cue that acts on text reaches through words naming a part of the document.
# How a scope clause names the provision of what it guides: "… theo quy định tại …", or the
# subjects it covers by where they are defined ("hướng dẫn … chính sách đối với cán bộ …
# quy định tại Điều 1 Nghị định số X"), or its matters listed with their provisions ("Nghị
# định này quy định chi tiết về người nộp thuế tại khoản 1 Điều 4, đối tượng không chịu thuế
# tại Điều 5, … và hoàn thuế tại Điều 15 của Luật …", news-648)
_SCOPE_PROVISION_WORDS = ("theo", "quy định tại", "tại")
_TRANSPARENT = {"provision": 100, "issued in": 400, "approved in": 120}
# The acts a provision listed after one acted on shares (`_provision_listed`): "Bãi bỏ Điều 3
# của Thông tư A; khoản 2 Điều 5 của Thông tư B", and guiding too: "Thông tư này hướng dẫn
# thực hiện chính sách … theo quy định tại Điều 7, 8 … Nghị định số 178/2024/NĐ-CP …; các
# khoản 5, 6 … Điều 1 Nghị định số 67/2025/NĐ-CP …" (news-1018)
_PARTS_SHARE = (*ACTS_ON_TEXT, "GUIDES")
# A comma (or ';', 'và') then a type and "số" right before a mention, after a title: the
# mention opens the next item when a title of its own follows it (`_item_after_a_title`).
# Not: "… sửa đổi Quyết định số 78/2016/QĐ-UBND về …" (no comma: the title's object), nor
# "…, Nghị định số 12/2019/NĐ-CP và …" with no title after it (one more object of the cue).
_NEXT_ITEM_OPENS = re.compile(
    rf"[,;][ \t]*(?:và[ \t]+)?(?:{TYPE_NOUNS})(?:[ \t]+liên[ \t]+tịch)?[ \t]*(?:số[ \t]*)?\Z",
    re.IGNORECASE,
)
# An item under an act that names a part by what it is and the document it came with: "c)
# Bảng lương của Tổng giám đốc … ban hành kèm theo Nghị định số 205/2004/NĐ-CP …" under
# "thay thế … tại các Nghị định sau:" (relations-056), "- Quy chế … kèm theo Quyết định số …"
# under "Bãi bỏ các văn bản sau:" share the head's act. Not: the same words in running text
# ("Quy chế ban hành kèm theo Quyết định số …" cited in a clause), or in an item with a cue of
# its own before them ("a) Thực hiện Quy chế ban hành kèm theo …").
_PART_ISSUED_CUES = ("issued in",)
_PART_ISSUED_REACH = 40  # from "ban hành kèm theo" to the number: "Nghị định số", "Thông tư"
# ... and the relations that reach through them: carrying out a plan approved in X carries X out,
# and detailing a regulation issued with X guides X ("quy định chi tiết một số nội dung của Quy
# chế … ban hành kèm theo Quyết định số 45/2013/QĐ-TTg", blind round DH)
_REACHES_THROUGH = {
    "approved in": (*ACTS_ON_TEXT, "IMPLEMENTS"),
    "issued in": (*ACTS_ON_TEXT, "GUIDES"),
}
# a time that leads a sentence: "Từ 01/01/2017, thực hiện Luật …, Bộ Tài chính sẽ …"
_TIME_LEAD = re.compile(
    r"[ \t\n]*(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*,\s*", re.IGNORECASE
)
# A leading clause that names a topic, the cue's act on it: "Về việc triển khai thực hiện …",
# "Regarding the implementation of …" (what follows its comma is a clause of its own)
_TOPIC_LEAD = re.compile(
    r"[ \t\n]*(?:[-+•*][ \t]*)?(?:Về(?:[ \t]+việc)?|Regarding(?:[ \t]+the)?"
    r"|With[ \t]+regard[ \t]+to(?:[ \t]+the)?|Concerning(?:[ \t]+the)?)[ \t]+"
    r"(?:triển[ \t]+khai[ \t]+)?",
    re.IGNORECASE,
)
# A translation's verb in the plural, which no single document's title says (`_describer`)
_PLURAL_VERB = re.compile(r"continue\s+to\b", re.IGNORECASE)
# A main clause that opens with its own subject, a name in capitals, after a leading clause
# and its comma (`_subject_after_lead`); not the cue's object going on ("…, đúng tiến độ").
_NEW_SUBJECT = re.compile(rf"[ \t]*(?:the[ \t]+)?(?-i:[{VI_UPPER}])[^\W\d_]*[ \t]+\w")
# the words that open an alias's brackets, up to the number it repeats
# (a translation may put "the" before it: "(hereinafter referred to as the Decree No.
# 79/2010/ND-CP)", blind round V)
_ALIAS_OPENS = re.compile(
    rf"\(\s*(?:{ALIAS_INTRO})\s*:?\s*[\"“']?(?:the\s+)?(?:{TYPE_NOUNS})?(?:\s+liên\s+tịch)?"
    r"\s*(?:(?:số|No\.?)\s*)?\Z",
    re.IGNORECASE,
)
# the subject of a scope clause: "Thông tư này hướng dẫn …", "Nghị định này quy định chi tiết …"
# (with what may stand between them, `SCOPE_LEAD`: "Thông tư này gồm 09 chương, 33 điều, được
# ban hành nhằm hướng dẫn …")
_THIS_TEXT_GUIDES = re.compile(
    r"(?:thông\s+tư|nghị\s+định|quyết\s+định|nghị\s+quyết)(?:\s+liên\s+tịch)?\s+này\s+"
    + SCOPE_LEAD
    + r"\Z",
    re.IGNORECASE,
)
_THIS_TEXT_REACH = 100  # how far before a guiding verb "<type> này" is looked for
# "Điều 1. Phạm vi điều chỉnh\n", the heading of a scope clause that no blank line parts
# from it
_ARTICLE_HEADING = re.compile(
    r"[ \t]*(?:Điều\s+\d+[.:])?[ \t]*Phạm\s+vi\s+(?:điều\s+chỉnh|áp\s+dụng)[^\n]{0,60}\n"
    r"(?:[ \t]*\d\.[ \t]*Phạm\s+vi\s+điều\s+chỉnh[^\n]{0,20}\n)?\s*",
    re.IGNORECASE,
)
_THEO_BEFORE = re.compile(r"\btheo\s+\Z", re.IGNORECASE)
_AS_AMENDED_REACH = 250  # from a guided document to the passive in its own title
_BY_AGENT = re.compile(r"\bbởi\b", re.IGNORECASE)
_NAMED_PROVISION = re.compile(r"\bĐiều\s+\d", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^\s*(?:[-+•*–]|\(?[\dIVXa-zđ]{1,3}(?:\.\d{1,2})*[.)]|\[\d{1,2}\])?\s*")
_ITEM_LEAD = 12  # at most a few words before the mention, such as "toàn bộ"
# the parts of a document an item names before it: "Mục 1 phần 3 tại", "khoản 2 Điều 5 của"
# ("- Điểm 2, Mục II Nghị quyết số …": the part may stand right before it)
_PART_OF = re.compile(
    r"(?:(?:điểm|khoản|mục|điều|phụ\s+lục|phần|chương"
    # (in a translation: "- Article 17 and Article 97 of Circular No. …", blind round R)
    r"|article|clause|point|section|chapter|appendix|annex)"
    r"\s+[\dIVXa-zđ]{1,4}\)?\s*(?:,|và|and)?\s*)+"
    r"(?:tại|của|of|in)?",
    re.IGNORECASE,
)
# ... and, in a translation, the issuer's possessive before the type noun, after any part:
# "a) The Government’s Decree No. …", "c) Section 2 Chapter V of the Government's Decree No. …",
# "b) the Minister of Finance's Circular No. …"
_OWNER = re.compile(
    r"(?:(?:article|clause|point|section|chapter|part|appendix|annex)\s+[\dIVXa-z]{1,4}"
    r"\s*(?:,|and)?\s*)*(?:of\s+)?(?:the\s+)?(?:[^\W\d_][\w-]*\s+){0,5}?[^\W\d_][\w-]*['’]s",
    re.IGNORECASE,
)
# A heading that opens a new article or chapter: no list reaches past it.
_NEW_ARTICLE = re.compile(
    r"\n[ \t#*]*(?:Điều|Article|Chương|CHƯƠNG|Chapter)[ \t]+[\dIVXLC]+[a-z]?[ \t]*[.:]"
)
# An item's mark by its shape, digits and letters aside: "[1]" and "[2]", "a)" and "b)" are one
# level of a list; "- " under "[1]" is the level below
_MARK_SHAPE = re.compile(r"[ \t]*(\[\d{1,2}\]|\(?(?:\d{1,2}|[a-zđ])[.)])(?=[ \t])")


def _same_item_mark(text: str, line: int, item: int) -> bool:
    """Whether the line at `line` opens with an item mark of the shape of the one at `item`
    (which may start at the line break before its mark)."""
    first = _MARK_SHAPE.match(text, line)
    second = _MARK_SHAPE.match(text, item + 1 if text.startswith("\n", item) else item)
    return first is not None and second is not None and _shape(first[1]) == _shape(second[1])


def _shape(mark: str) -> str:
    return re.sub(r"\d+", "9", re.sub(r"[a-zđ]", "a", mark))


_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\(?[a-zđ0-9]{1,2}[.)]|\[\d{1,2}\])")
_CELL_OPENING = re.compile(r"\n[ \t]*\n[ \t]*(?=\S)([^\n]*)")
# a bracket that holds only the type and number of the mention it opens on: "(Thông tư số
# 21)", or where the type is a word of the mention itself, "(Thông tư liên tịch số 07)"
_BARE_ALIAS = re.compile(
    # (a translation may put "the" first: "(the Resolution No. 01)", blind round MP)
    rf"\(\s*[\"“']?(?:the\s+)?(?:(?:{TYPE_NOUNS})(?:\s+liên\s+tịch)?\s*(?:(?:số|No\.?)\s*)?)?\Z",
    re.IGNORECASE,
)
# "hướng dẫn" as a verb: not "theo hướng dẫn", "văn bản hướng dẫn", nor "Hướng dẫn số 05";
# nor one of a list of verbs ("hướng dẫn, theo dõi, đôn đốc ... triển khai thực hiện").
_GUIDE_VERB = re.compile(
    r"(?<!theo\s)(?<!bản\s)(?<!các\s)\bhướng\s+dẫn\b(?!\s*,|\s+(?:số|tại|của|\d))", re.IGNORECASE
)
_GUIDE_REACH = 150
# What a naming bracket may name: a direction, conclusion or task the cue carries out
# ("thực hiện ý kiến chỉ đạo của Thủ tướng (Thông báo số ...)"), not a plan or a movement
# ("ban hành Kế hoạch triển khai Phong trào thi đua (Quyết định số ...)").
_DIRECTION_NAMED = re.compile(
    r"\s*(?:nghiêm\s+|tốt\s+)?(?:các\s+)?(?:ý\s+kiến\s+)?(?:chỉ\s+đạo|kết\s+luận|nhiệm\s+vụ|yêu\s+cầu)\b",
    re.IGNORECASE,
)
# Between a document acted on and the next part listed: its title, a joiner, and the words
# naming the next part ("; khoản 1 Mục I của Phụ lục ", "; các "), or the entries of a
# published list of procedures ("; số thứ tự số 01,02 mục A và số thứ tự 04,05 mục B - Danh
# mục TTHC ", tvpl-011). A title may run over the line breaks of a text wrapped at a fixed
# width, not over a blank line.
_LISTED_PART = re.compile(
    r"(?:(?:[^;:.\n]|\n(?![ \t]*\n)){0,300}?[;,]\s*(?:và\s+)?|\s*(?:,\s*)?và\s+"
    r"|[^;:.]{0,120}?\svà\s+)(?:các\s+)?"
    r"(?:(?:điểm|khoản|mục|điều|phụ\s+lục|phần|chương|số\s+thứ\s+tự(?:\s+số)?)"
    r"(?:\s+[\dIVXa-zđ]{1,4}\)?(?:\s*,\s*\d{1,4}\b)*)?\s*(?:,|của|và|-)?\s*)*"
    r"(?:danh\s+mục(?:\s+(?:TTHC|thủ\s+tục\s+hành\s+chính))?\s*)?",
    re.IGNORECASE,
)
# Words naming one more part of what is acted on, after a ';' inside the object ("Danh mục
# TTHC có số thứ tự 03, mục A; số thứ tự 01, 02 mục B tại Quyết định số …").
_PART_AFTER_SEMICOLON = r";(?=\s*(?:số\s+thứ\s+tự|mục|khoản|điểm|điều|phần|phụ\s+lục)\b)"
# Between a document acted on and the next one: "và" and the words naming what else is acted
# on, no cue among them: "thay thế Nghị định A … và nội dung về phát hành trái phiếu ra thị
# trường quốc tế quy định tại Nghị định B", "bãi bỏ Danh mục … kèm theo Quyết định A và Quy
# trình nội bộ TTHC tại … Quyết định B".
# The words after "và" name a content ("nội dung", "Quy trình", "Danh mục" …), not the rest of
# a body's name ("Bộ Kế hoạch và Đầu tư hướng dẫn …" is a title).
_LISTED_CONTENT = re.compile(
    r"[^;:.]{0,160}?\svà\s+(?:các\s+)?(?:nội\s+dung|quy\s+định|quy\s+trình|danh\s+mục"
    rf"|thủ\s+tục|phụ\s+lục|biểu\s+mẫu|mẫu)\b(?:[^;:.\n]|\n(?![ \t]*\n)|{_PART_AFTER_SEMICOLON})"
    r"{0,160}",
    re.IGNORECASE,
)
_PART_FOLLOWS = re.compile(_PART_AFTER_SEMICOLON, re.IGNORECASE)
_HOLDER_REACH = 240  # how far before a cue a meeting or a programme holding it is named
# What a carrying-out cue may belong to, named before it, so the document after it is only
# that holder's topic or object: a meeting on it, an oversight of it, a programme of no
# number carried out
_HOLDERS_OF_A_CUE = (MEETING_TOPIC, OVERSIGHT_OF_CARRYING_OUT, CARRIED_OUT_PROGRAMME)
_BARE_REVIEW = re.compile(r"(?:sơ|tổng)\s+kết", re.IGNORECASE)
# Between a mention and one given in a bracket after "và" and a document named by its type
# noun alone: "… Chỉ thị số X về … và Kết luận tại Hội nghị … (Thông báo số Y …)" lists Y
# after X; the bracket numbers the document the type noun names. The noun is capitalised, as
# a document's name is; a bracket that says more ("(ban hành kèm theo Quyết định số Y)") is
# another matter.
_ITEM_NUMBERED_IN_BRACKET = re.compile(
    rf"[^;:()]{{0,400}}?\svà\s+(?:các\s+)?(?=(?-i:[A-ZĐ]))(?:{TYPE_NOUNS})\b[^;:()]{{0,300}}\(\s*",
    re.IGNORECASE,
)

# who acted, after a passive: "được sửa đổi, bổ sung [một số điểm] tại khoản 6 Điều 1 Nghị
# định số 67/2025/NĐ-CP"
_AGENT = re.compile(
    r"\s*(?:một\s+số\s+(?:điều|điểm|khoản|nội\s+dung)\s+)?(?:bởi|tại|theo)\b", re.IGNORECASE
)
# a passive's agent named by its kind, the words after it its own name ("bởi Luật Sửa đổi,
# bổ sung một số điều …"); a passive has no object, so the kind may follow it bare ("được
# sửa đổi, bổ sung Luật Các tổ chức tín dụng sửa đổi 2025 số 96/2025/QH15")
_AGENT_NAMED = re.compile(
    r"\s*(?:(?:bởi|tại|theo)\s+)?(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+quyết|Nghị\s+định"
    # (the words of its name before the cue: letters only, no number, comma or bracket)
    r"|Thông\s+tư)(?:\s+[^\W\d_]+){0,8}?\s*",
    re.IGNORECASE,
)
# a translation's relative clause, right before the cue it opens
_WHICH_BEFORE = re.compile(r",\s*which\s+\Z", re.IGNORECASE)
# a line that opens a list item: a mark, a letter or a number (the line marks of
# `scopes.LIST_JOIN`)
_LINE_ITEM = re.compile(r"\n[ \t]*(?:[-+•*–]|[a-zđ][.)]|\d{1,2}[.)]|\[\d{1,2}\])")
# the label of the text's own number in its header, right before the number
_OWN_NUMBER_LABEL = re.compile(r"(?:^|\n|\|)[ \t]*(?:Số|SỐ|No\.)[ \t]*:?[ \t]*\Z")
# A line break inside a sentence of a hard-wrapped text: before a word in small letters, or
# after one that cannot end a clause ("Quyết định số 705/QĐ-TTg ngày 25/5/2017\ncủa Thủ tướng
# Chính phủ về ban hành …", "ngày 19/4/2022 của\nỦy ban nhân dân tỉnh về ban hành …", blind
# round MK)
_WRAPPED_LINE = (
    rf"\n(?=[ \t]*(?-i:(?![{VI_UPPER}])[^\W\d_]))"
    r"|(?<=\scủa)\n|(?<=\svề)\n|(?<=\svà)\n|(?<=\stại)\n|(?<=\sngày)\n"
)
# a mention's own title with a predicate, after its date and issuer ("… ngày 09/11/2011 của
# Bộ trưởng Bộ Tài chính quy định chế độ …"), across a wrapped line; "về …" names a subject,
# no predicate
_OWN_TITLE = re.compile(
    rf"(?:[^;:.\n]|{_WRAPPED_LINE}){{0,120}}?"
    r"(?<!\w)(?:quy\s+định|hướng\s+dẫn|sửa\s+đổi|ban\s+hành|phê\s+duyệt"
    # ... a translation's ("Circular No. 195/2012/TT-BTC dated November 15, 2012, providing
    # accounting guidance …", blind round T)
    r"|providing|guiding|amending|regulating|prescribing|detailing|promulgating|approving)(?!\w)",
    re.IGNORECASE,
)
# a purpose clause between a mention and a cue: "… Nghị định số 155/2020/NĐ-CP để quy định …",
# "… của Thông tư số 105/2023/TT-BQP nhằm thể chế hóa …" (news-963)
_PURPOSE_ENDS = re.compile(r"(?<!\w)(?:để|nhằm)\s*$", re.IGNORECASE)
_AGENTS_PART = re.compile(
    rf"(?:\b(?:điểm\s+[a-zđ]\)?|khoản\s+\d+|Điều\s+\d+[a-zđ]?)[ \t]+)+(?:của[ \t]+)?"
    rf"(?:(?:{TYPE_NOUNS})[ \t]*)?(?:số[ \t]*)?$",
    re.IGNORECASE,
)
_AGENT_CLAUSE_END = re.compile(r"[.;:\n]")  # where a passive's agent must be named
_REPORTED_ACT = "act of the reported document"  # named as the actor in a site's answer
_TOLD_BY_REPORT = "a report tells its document's act"  # `_told_by_report`
_TOLD_OF_SUBJECT = "a report tells its subject's act"
_CHANGES_TOLD_BY_TITLES = ("AMENDS", "REPLACES")  # what a listed title tells (`CHANGE_TITLED`)
_NEW_WORDING = re.compile(r"\bnhư\s+sau\s*:", re.IGNORECASE)  # what the act puts in
# the acts a quoted document's text is read for on a site's page (`_said_in_quoted_document`)
_QUOTED_ACTS = ("IMPLEMENTS", "GUIDES")
# what ends a quotation in a site's answer: the answer's next heading or question, or the
# paragraph that draws the answer from it ("Như vậy, theo nội dung trên thì …", news-253)
_QUOTE_ENDS = re.compile(r"\n#+[ \t]|\?[ \t]*\n|\n[ \t]*Như\s+vậy\b")
_LAW_NAMED_BEFORE = re.compile(r"\bLuật\s+\Z")  # "Luật sửa đổi …": a name, not a verb
# The parts an amendment names before "và" and the repeal that goes on with it ("Danh mục
# số thứ tự 1594,\n1595, 1781 và "), over wrapped lines, within no clause's end.
_PARTS_THEN_AND = re.compile(r"(?:[^.;:\n]|\n(?![ \t]*\n)){1,240}?\svà\s+", re.IGNORECASE)
# What sets a mention apart from the one after it: a bracket, a quoted name (`_closed_aside`)
_ASIDES = (("(", ")"), ("“", "”"))
_LAW_LIST_GAP = re.compile(r"[ \t]*(?:;|,|\bvà\b)[ \t]*")  # "Luật A; Luật B", nothing else
# the rules an act names as its object before saying where they stand ("Bãi bỏ các quy định
# về ưu đãi … theo quy định tại điểm đ khoản 1 Điều 9 Nghị định số 28/2012/NĐ-CP")
# The words that list, after an act's matters, the provisions acted on: "…, bao gồm: …"
_BRACKET_OPENS = re.compile(r"\([ \t]*\Z")  # a provision that opens a bracket
_PARTS_LISTED = re.compile(r"\b(?:bao\s+)?gồm\s*:\s*\Z", re.IGNORECASE)
_RULES_ACTED_ON = re.compile(r"\s+(?:các|những)\s+(?:quy\s+định|nội\s+dung)\b", re.IGNORECASE)
# ... or what is inserted is told of first, then the list or rules it goes into, then the
# provision that holds them: "bổ sung các cửa khẩu sau vào danh sách các cửa khẩu quốc tế cho
# phép người nước ngoài nhập cảnh, xuất cảnh bằng thị thực điện tử được nêu tại Điều 2 Nghị
# quyết …" (tvpl-010; the cue "amend" names the branch)
_PLACED_AT = re.compile(r"(?:được\s+)?(?:nêu|quy\s+định)\s+tại", re.IGNORECASE)
_INSERTED_INTO = re.compile(
    r"(?:“[^”\n]{0,300}”|[^.;:\n]|\n(?![ \t]*\n)){0,160}?\svào\s+(?:danh\s+sách|danh\s+mục"
    r"|quy\s+định)\b",
    re.IGNORECASE,
)
# A sentence whose subject is a matter, "Việc …", up to an act's words in it: "Việc công nhận,
# đưa ra khỏi danh sách và thay thế, bổ sung người có uy tín … quy định tại …"
_MATTER_NAMED = re.compile(r"\W*Việc\s[^.;:\n]*", re.IGNORECASE)
_DRAFT_BEFORE = re.compile(r"\bdự\s+thảo\s*\Z", re.IGNORECASE)  # a mention of a draft
# "kể từ ngày Nghị định 226/2025/NĐ-CP có hiệu lực thi hành": a document named only to say
# from when something holds (before the mention, and after it)
_EFFECT_DAY_BEFORE = re.compile(
    r"(?:kể\s+)?từ\s+ngày\s+(?:[^\W\d_]+\s+){1,2}(?:số\s+)?\Z", re.IGNORECASE
)
_EFFECT_DAY_AFTER = re.compile(r"[^.;:\n]{0,80}?\bcó\s+hiệu\s+lực", re.IGNORECASE)
# ... in a translation: "… is repealed upon the effectiveness of Circular No. 99/2025/TT-BTC"
_EFFECT_OF = re.compile(
    r"\b(?:upon|from|on|as\s+of)\s+the\s+(?:effectiveness|effective\s+date|entry\s+into\s+force)"
    r"\s+of\s+(?:the\s+)?(?:[^\W\d_][\w’']*\s+){0,3}?(?:No\.\s*)?\Z",
    re.IGNORECASE,
)
# that time clause between a cue and the colon of its list ("… hết hiệu lực thi hành kể từ
# ngày Nghị định 226/2025/NĐ-CP có hiệu lực thi hành (15/8/2025):")
# A clause that ends saying from when its document is in force, right before a bracket.
_OWN_EFFECT_TAIL = re.compile(
    r"\bcó\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?:ngày\b[^().;\n]{0,40}?)?[ \t]*\Z",
    re.IGNORECASE,
)
_THIS_DOCUMENT = re.compile(r"\b[^\W\d_]+\s+này\s*\Z", re.IGNORECASE)  # "Quyết định này"
_EFFECT_CLAUSE = re.compile(r"[ \t]+(?:kể\s+)?từ\s+ngày[^:.;\n]{1,120}", re.IGNORECASE)
# words that may open a list item before the provision it names ("b) Các quy định tại …")
_QUANTIFIER = re.compile(r"(?:các|những|toàn\s+bộ|một\s+số)", re.IGNORECASE)
# a mention followed by a verb in the past tense ("đã bổ sung", not "đã được sửa đổi"): the
# subject of a clause of its own
_PAST_PREDICATE = re.compile(r"\s*(?:cũng\s+)?đã\s+(?!được\b|bị\b)", re.IGNORECASE)
# what ends the phrase of a comparison's yardstick (`_describer`): a comma, or a past verb
# right before the cue
_YARDSTICK_ENDS = re.compile(r"(?:\s+năm\s+\d{4})?\s*(?:,|(?:cũng\s+)?đã\s+\Z)", re.IGNORECASE)
_QUOTE_REACH = 1500  # how far back a quotation opened after a colon is looked for
_PREDICATE_GAP = 60  # two cues this close, nothing named between: one predicate
_CLAUSE_BREAK = re.compile(r"[;:]|\n[ \t]*\n")  # what ends a title's clause
# What ends the clause a passive speaks in: a colon, a blank line, or a ";" that does not
# go on with a title's next subject in lower case ("Nghị quyết số 730/2004/NQ-UBTVQH11 …
# về việc phê chuẩn bảng lương chức vụ …; bảng lương chuyên môn … đã được sửa đổi, bổ sung
# theo Nghị quyết số 823/2009/UBTVQH12": 823/2009 amends 730/2004).
_PASSIVE_CLAUSE_ENDS = re.compile(r":|;(?![ \t]*[a-zà-ỹđ])|\n[ \t]*\n")
_PASSIVE_REACH = 60  # "được sửa đổi, bổ sung bởi Luật số": the actor follows closely
_LISTED_AGENT_GAP = 40  # " và Luật số ", ", Nghị định số ": one more agent of a passive
# ... and the document acted on may stand a long title before it ("Nghị quyết số 60/NQ-CP …
# về việc áp dụng cơ chế đặc thù … (đã khởi công và sắp khởi công), sửa đổi, bổ sung tại Nghị
# quyết số 133/NQ-CP": 320 characters)
_PASSIVE_TITLE_REACH = 450
_HISTORY_REACH = 2000  # how far above a row of an effect history its document is looked for
# A report's clause whose subject is a document named before it by its type alone.
_BARE_SUBJECT = re.compile(
    r"\s*(?:(?:Đồng\s+thời|Theo\s+đó|Ngoài\s+ra|Trong\s+đó|Bên\s+cạnh\s+đó),?\s+)?"
    r"(?P<noun>Nghị\s+định|Thông\s+tư|Quyết\s+định|Quy\s+định|Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận"
    r"|Kế\s+hoạch|Hướng\s+dẫn|Công\s+điện)(?:\s+(?:này|mới))?\s+(?!số\b|\d)"
    # ... in a translation: "The new Decree replaces Decree No. …", "This Circular repeals …"
    r"|\s*(?:(?:Accordingly|Also|In\s+addition|Moreover),?\s+)?(?:The|This)\s+(?:new\s+)?"
    r"(?P<en>Decree|Circular|Decision|Resolution|Directive)\s+(?!No\b|\d)"
    # ... in lower case after a connective, when a verb follows: "Accordingly, the Decree
    # provides amendments …" (blind round DG), not a new document's title: "In addition, the
    # Resolution on approving the list of projects …" (blind round DI)
    r"|\s*(?:Accordingly|Also|In\s+addition|Moreover),?\s+(?:the|this)\s+(?:new\s+)?"
    r"(?P<en_after>Decree|Circular|Decision|Resolution|Directive)"
    r"\s+(?!No\b|\d|(?:on|of|about|regarding|approving|promulgating)\b)"
)
_SUBJECT_REACH = 3000
# A bracket that opens on "<type> này" right before a cue: it speaks of the last document
# of that type named before ("… ban hành Kế hoạch 359-KH/TU thực hiện Nghị quyết số
# 57-NQ/TW … (Kế hoạch này thay Kế hoạch số 336-KH/TU …)", blind round CD)
_THIS_IN_BRACKET = re.compile(
    r"\s*(?P<noun>Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận"
    r"|Kế\s+hoạch|Hướng\s+dẫn|Chương\s+trình)\s+này\s+(?:(?:đã|sẽ|được)\s+)?"
)
# the document an after-cue's clause names as "this" ("hết hiệu lực kể từ ngày Thông tư này")
_THIS_AFTER = re.compile(
    r"[^.;:\n]{0,40}?\b(?P<noun>Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị"
    r"|Luật|Pháp\s+lệnh)\s+này\b"
)
# A document named by its type noun alone, as `_ANOTHER_ACTOR` finds it before a cue
_BARE_TYPE = re.compile(
    r"[ \t]+(?P<noun>Quyết\s+định|Thông\s+tư|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Kế\s+hoạch"
    r"|Luật)(?:[ \t]+mới)?[ \t]*"
)
# Where a document named by its type alone stands as the subject of its clause, or is named
# as where the rules stand: after the clause's start or a fronted phrase's comma, or after
# "trong"/"tại" ("Tại Thông tư sửa đổi, bổ sung Thông tư 06, quy định …"). After any other
# word it is another verb's object, often a document to come ("Bộ đang xây dựng Thông tư sửa
# đổi …"), or one of a class ("các Thông tư sửa đổi …"). A list item's bullet opens a clause
# as a line does ("- Nghị định sửa đổi Điều 11 Nghị định số 155/2020/NĐ-CP …").
_SUBJECT_SLOT = re.compile(
    r"(?:\A|[,;:.\n]|(?<!\w)(?:trong|tại)|\n[ \t]*[-+•*–])[ \t]*\Z", re.IGNORECASE
)
_CHAINED = re.compile(r"\s*(?:,|và|and)\s*", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]{0,300}”|\"[^\"]{0,300}\"")  # words quoted from the text acted on
_OPENS_LINE = re.compile(r"\n[ \t]*$")
# A title set in quotes after a document's number, the cue opening it: "Chương trình hành động
# số 83-CTHĐ/TU, ngày 25/7/2017, của Tỉnh uỷ Quảng Trị về “Thực hiện Nghị quyết số 08-NQ/TW
# …”" (the quotes give that document's title, not a name quoted in a clause).
_QUOTED_TITLE = re.compile(
    r"\d[\w./-]*/[\w.-]*[^.;:“”\n]{0,80}?\s(?:về|on|regarding)\s*[“\"]\s*\Z", re.IGNORECASE
)
# A regulation's name that holds a ";", then the document it was issued with: "sửa đổi, bổ
# sung một số điều của Quy chế tuyển sinh trình độ đại học; tuyển sinh trình độ cao đẳng
# ngành Giáo dục Mầm non ban hành kèm Thông tư số 09/2020/TT-BGDĐT" (blind round S)
_ISSUED_WITH_AFTER_SEMICOLON = re.compile(
    rf";[^.;:\n]{{0,150}}?\bban\s+hành\s+kèm(?:\s+theo)?\s+(?:{TYPE_NOUNS})\s*(?:số\s*)?\Z",
    re.IGNORECASE,
)
# What stands between a document reported issued and what it does (`_issued_then_acting`):
# a comma, maybe after its topic ("issued Circular No. 86/2024/TT-BTC on tax registration,
# replacing Circular No. 105/2020/TT-BTC", blind round R; "ban hành Thông tư số … về đăng ký
# thuế, thay thế …")
_TOPIC_THEN_COMMA = re.compile(
    r"(?:[ \t]+(?:on|regarding|về|quy\s+định\s+về)\s[^,.;:()\n\d]{1,80}?)?[ \t]*,[ \t]*"
    # ... or when it takes effect, then "and": "enacted Decree No. 147/2024/ND-CP, effective
    # from December 25, 2024, and replacing Decrees No. …" (blind round V)
    r"(?:(?:effective\s+(?:from|on|as\s+of)|có\s+hiệu\s+lực\s+(?:từ|kể\s+từ))\s+"
    r"[^,.;:()\n]{1,30}(?:,\s*\d{4})?,?\s+(?:and|và)\s+)?",
    re.IGNORECASE,
)
# After a repealed part's document, the replacement of what was struck out: "… Thông tư số
# 22/2016/TT-BCT và thay thế bằng Phụ lục I …" (`_replaced_after`)
_AND_REPLACED_BY = re.compile(
    r"(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?[^.;:\n\d]{0,80}?\s+và\s+(?:được\s+)?"
    r"thay\s+thế\s+bằng\b",
    re.IGNORECASE,
)
# A document's date, issuer and title, up to the comma before what it does (the title may hold
# commas: "… về việc miễn nhiệm, từ chức đối với cán bộ, thay thế …")
_DESCRIBED_THEN_COMMA = re.compile(
    r"(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?(?:\s+của\s+[^,.;:()\n\d]{1,60}?)?"
    r"\s+(?:về|quy\s+định|hướng\s+dẫn|ban\s+hành)\s[^.;:()\n\d]{1,200}?\s*,\s*",
    re.IGNORECASE,
)
# A line or list item that opens with a document's designation: "1. Quy định số ", "- Nghị
# định số "
_OPENS_ITEM_WITH_DOCUMENT = re.compile(
    rf"(?:\A|\n)[ \t]*(?:\d{{1,2}}[.)][ \t]*|[a-zđ][.)][ \t]*|[-+•*][ \t]*)?(?:{TYPE_NOUNS})"
    r"(?:[ \t]+liên[ \t]+tịch)?[ \t]*(?:số[ \t]*)?\Z",
    re.IGNORECASE,
)
# A document reported passed or issued, up to its number ("Quốc hội thông qua Luật Bảo hiểm
# xã hội số", "passed the Social Insurance Law No."): what follows its number after a comma
# is what it does (`_issued_then_acting`).
_PASSED_BEFORE = re.compile(
    r"\b(?:thông\s+qua|ban\s+hành|passed|adopted|ratified|issued|promulgated|enacted)\b"
    r"(?:No\.|[^.;:()\n\d]){0,60}\Z",
    re.IGNORECASE,
)
_OPENS_A_LIST = re.compile(r"[ \t]*:")
# Cues whose type noun before them names what is acted on, not who acts: "Các văn bản bị bãi
# bỏ gồm …" (a passive heading the list it names), "the following legal documents will be
# annulled: - Decision …" (a passive with no agent, blind round BT).
_PATIENT_BEFORE = frozenset({"repealed, listed", "is repealed"})
# "Quyết định thay thế Quyết định số X", "dự thảo Nghị quyết của Quốc hội sửa đổi ...",
# "xây dựng VBQPPL quy định chi tiết Luật Báo chí sửa đổi", "theo quy định của Chính phủ
# hướng dẫn thi hành Luật Sĩ quan …" (regulations, a noun: plural, or with their owner):
# another (unnumbered, often future) document does the acting, not this one; so does a
# translation's "the draft Decree amending … Decree No. 38/2024/ND-CP" (blind round BS).
# ("ban hành Quyết định bãi bỏ ..." is the text's own enacting formula, not another's; nor is
# a title's type noun after a bullet: "- THÔNG TƯ SỬA ĐỔI, BỔ SUNG THÔNG TƯ SỐ …", blind
# round NB.)
_ANOTHER_ACTOR = re.compile(
    # (a proposal or a meeting's conclusion about a change makes none: "báo cáo Tờ trình về
    # việc sửa đổi, bổ sung các Quy định: số 89-QĐ/TW …", "thông báo kết luận phiên họp Bộ
    # Chính trị … về việc sửa đổi, bổ sung các Quy định số 89-QĐ/TW", blind round PB; "Văn
    # phòng Chính phủ thông báo kết luận của Phó Thủ tướng … về việc sửa đổi, bổ sung một số
    # điều của Nghị định 81/2021/NĐ-CP", blind round Q)
    r"(?:\b(?:dự\s+thảo|draft|tờ\s+trình|phiên\s+họp)\b[^;:\n]*"
    # (a notice of it, not a conclusion issued: "Tỉnh ủy ban hành Kết luận … về điều chỉnh
    # một số mục tiêu tại Nghị quyết số 16-NQ/TU" amends the resolution)
    r"|\bthông\s+báo\s+kết\s+luận\b[^;:\n]*\bvề(?:\s+việc)?"
    # (after a word of tense "quyết định" is the verb: "Bộ NN-PTNT vừa quyết định bãi bỏ Thông
    # tư 20/2014/TT-BNNPTNT", blind round Q)
    r"|(?<!ban\shành)(?<!vừa)(?<!\bđã)(?<!\bsẽ)(?<!\bmới)(?<!\bcũng)(?<=[^\s*+•–—-])[ \t]+"
    r"(?:quyết\s+định|thông\s+tư|nghị\s+định"
    r"|nghị\s+quyết|văn\s+bản(?:[ \t]+quy[ \t]+phạm[ \t]+pháp[ \t]+luật)?|VBQPPL|chỉ\s+thị"
    r"|kế\s+hoạch|luật|(?:các|những)[ \t]+quy[ \t]+định|quy[ \t]+định(?=[ \t]+của[ \t]))"
    r"(?:[ \t]+mới)?"
    r"(?:[ \t]+của[ \t]+[^,;:\n]{1,40})?|\()[ \t]*\Z"
    # ... in a translation, documents in the plural: "amending … articles of Decrees detailing
    # the implementation of the Land Law"
    r"|(?<=\S)[ \t]+(?-i:Decrees|Circulars|Decisions|Resolutions|documents|regulations)[ \t]*\Z",
    re.IGNORECASE,
)


@dataclass
class Statement:
    """`subject` is None for the text's own document (or body), else a reference index."""

    subject: int | None
    relation: str
    object: int  # index of the reference
    confidence: float
    rule: str
    cue: str | None = None  # the words that decided it, as written
    cue_start: int | None = None


class _Reader:
    def __init__(
        self,
        text: str,
        refs: list[Reference],
        language: str,
        own_number: str | None = None,
        reported: bool = False,
    ) -> None:
        self.text = text
        self.reported = reported  # the text reports on its own document (`relate`)
        self.refs = refs
        self.language = language
        windows = _windows(text, refs)
        self.shape: Structure = structure(text, windows, own_number is not None and not reported)
        self.cues = [
            c
            for lo, hi in windows
            for c in find_cues(text, lo, hi)
            if not _names_a_meeting(text, c)
        ]
        self.cue_ends = [c.end for c in self.cues]
        self.cue_starts = [c.start for c in self.cues]
        self.ref_starts = [r.start for r in refs]
        self.own: dict[int, Statement] = {}
        self.about: dict[int, list[Statement]] = {}  # what other cited documents do to each
        self.title_of: dict[int, int] = {}  # a mention nested in another's title -> that one
        self.named_back: dict[int, int] = {}  # an alias in its bracket -> the mention it names
        # ... and one listed after a mention so nested ("… Luật Dược và Nghị định số 54/2017")
        self.listed_in_title: dict[int, int] = {}
        # mentions read as the agent of a passive amendment, with the mention each acts on
        # and the passive that said so
        self.agents: dict[int, int] = {}
        self.agent_cues: dict[int, FoundCue] = {}
        self.basis_cues: dict[tuple[int, int], tuple[str, int]] = {}
        self.own_number = own_number
        self.consolidated = own_number is not None and "/VBHN-" in own_number
        self.reported_scopes: set[int] = set()  # guiding verbs of `_reported_scope`
        self.site_parts = Spans(explainer_spans(text))  # a legal site's Q&A, related articles
        # footnotes and annexes of results or proposals: the text's document acts in neither
        self.asides = [
            (Spans(footnotes(text)), "footnote"),
            (Spans(reporting_annexes(text)), "reporting annex"),
        ]

    def read(self, i: int) -> list[Statement]:
        ref = self.refs[i]
        if ref.start in self.site_parts and not self._quotes_its_document(ref.start):
            # the page's own citation, never its own act
            # ... but the amendment it notes is a fact of two other documents: "Thông tư
            # 13/2015/TT-BTC (được sửa đổi bởi khoản 4 Điều 1 Thông tư 13/2020/TT-BTC)"
            # ... and so is the act a title names: "Nghị định 261/2025/NĐ-CP sửa đổi, bổ sung
            # một số điều của Nghị định 100/2024/NĐ-CP" in a list of the papers a site cites
            lo = self.shape.segment_start(ref.start)
            reported_act = self._act_of_reported(i, lo)
            if reported_act is not None:
                return [reported_act]
            cites = Statement(None, "CITES", i, 0.9, "explainer part")
            quoted = self._said_in_quoted_document(i, ref)
            if quoted:
                return [cites, *quoted]
            noted = self._agent_of_passive(i, lo)[1:]
            if not noted:  # (the title is read only when no passive noted the act)
                noted = [st for st in self._described(i, lo) if st.relation != "IMPLEMENTS"]
            return [cites, *noted]
        aside = next((rule for spans, rule in self.asides if ref.start in spans), None)
        if aside is not None:
            return [Statement(None, "CITES", i, 0.9, aside)]
        basis = self.shape.basis_at(ref.start)
        if basis is not None:
            st = [Statement(None, "BASED_ON", i, 0.95, "căn cứ line", *self._basis_cue(basis))]
            # (what a title says is read within its item: a plan's basis section lists many)
            return st + self._described(i, max(basis[0], self.shape.segment_start(ref.start)))
        if self.consolidated:
            return self._restated(i)
        return self._read_clause(i, ref)

    def _restated(self, i: int) -> list[Statement]:
        """A consolidated text (VBHN) restates the document it consolidates as amended; it
        changes, replaces and ends nothing (the amenders did, and it cites them). What that
        document guides it still guides, as it restates its basis: "Văn bản hợp nhất số
        03/VBHN-BQP Thông tư liên tịch hướng dẫn thực hiện Quyết định số 49/2015/QĐ-TTg"
        (news-1051), "Thông tư này hướng dẫn thực hiện chế độ … quy định tại Điều 3 Nghị
        định số 23/2012/NĐ-CP" in its scope clause (news-1052)."""
        read = self._read_clause(i, self.refs[i])
        own = next((st for st in read if st.subject is None), None)
        if own is not None and own.relation == "GUIDES":
            return read
        # what the consolidated documents did to one another stays theirs ("Nghị định số
        # 118/2021/NĐ-CP … được sửa đổi, bổ sung bởi:\nNghị định số 68/2025/NĐ-CP … sửa đổi
        # … Nghị định số 118/2021/NĐ-CP", blind round AL)
        others = [st for st in read if st.subject is not None]
        return [Statement(None, "CITES", i, 0.9, "consolidated text"), *others]

    def _read_clause(self, i: int, ref: Reference) -> list[Statement]:
        """What the clause around reference `i` says of it (`read`, past the preamble)."""
        if QUOTED_WORDING.pattern.search(self.text, max(0, ref.start - _QUOTE_REACH), ref.start):
            # the text's document acts on nothing in words it quotes; what the quoted words
            # tell of other documents stays theirs ("… được sửa đổi, bổ sung tại khoản 3 Điều 1
            # Luật số 43/2024/QH15 … sửa đổi, bổ sung một số điều của Luật Đất đai số …")
            others = [st for st in self._read_words(i, ref) if st.subject is not None]
            return [Statement(None, "CITES", i, 0.9, "quoted wording"), *others]
        return self._read_words(i, ref)

    def _read_words(self, i: int, ref: Reference) -> list[Statement]:
        """`_read_clause` past a quotation's test."""
        if ref.kind == "named" and LEGAL_ORDER.pattern.match(self.text, ref.start):
            return [Statement(None, "CITES", i, 0.9, "the legal order")]
        if self._in_quoted_phrase(ref.start):
            return [Statement(None, "CITES", i, 0.9, "quoted phrase")]
        if _DRAFT_BEFORE.search(self.text, max(0, ref.start - 16), ref.start):
            # "đưa nội dung thực thi Phương án vào dự thảo Luật sửa đổi … Luật Điện ảnh": a
            # draft is in no force to be carried out, changed or ended; it is only named
            return [Statement(None, "CITES", i, 0.9, "a draft")]
        if (
            _EFFECT_DAY_BEFORE.search(self.text, max(0, ref.start - 40), ref.start)
            and _EFFECT_DAY_AFTER.match(self.text, ref.end)
        ) or _EFFECT_OF.search(self.text, max(0, ref.start - 80), ref.start):
            return [Statement(None, "CITES", i, 0.9, "the day it takes effect")]
        lo = self.shape.segment_start(ref.start)
        here = self._amended_here(i, lo)
        if here is not None:
            return [here]
        alias = self._alias_of_the_mention_before(i)
        if alias is not None:
            return [alias]
        after = self._cue_after(i)
        anchor = self._anchor(i, lo)
        if (
            after is not None
            and after.cue.after
            # (a passive whose colon opens the list it names acts on that list, not on the
            # document named before it: "According to Circular 25, … the following 09 legal
            # documents will be annulled:\n- Decision …", blind round BT)
            and not _OPENS_A_LIST.match(self.text, after.end)
            and not self._in_a_title(i, lo)
            and not self._names_an_amendment(anchor)
        ):
            return self._said_after(i, after)
        agent = self._passive_before_part(anchor, lo, i)
        if agent is not None:  # "(được sửa đổi bởi khoản 4 Điều 1 Thông tư số Y)"
            return self._passive(i, agent, lo)
        if (
            isinstance(anchor, FoundCue)
            and anchor.cue.name == "provision"
            and self._item_opens_with(lo, anchor.start, lead=_QUANTIFIER)
        ):
            # "bãi bỏ:\nb) Khoản 5 Điều 13 Nghị định số X": an item naming a part of X ("b)
            # Các quy định tại Nghị định số 99/2012/NĐ-CP …, gồm:" names some of them)
            head = self._list_head(lo)
            if head is not None and head.cue.relation in ACTS_ON_TEXT:
                head = FoundCue(head.start, head.end, head.cue, head.words.rstrip(":"))
                return [self._own(i, head, "list under a cue", -0.1)]
        part = self._part_issued_in_item(i, anchor, lo)
        if part is not None:
            return [part]
        if isinstance(anchor, FoundCue):
            return self._by_cue(i, anchor, lo)
        if isinstance(anchor, int):
            return self._by_mention(i, anchor)
        # (`_list_head` wants an item starting at `lo`: asked first, as it costs least)
        heads_list = (
            self.shape.item_starts_between(lo - 2, lo + 1)
            and self._item_names_it(i, lo)
            and not (self.language == "en" and _SUBJECT_VERB.match(self.text, self.refs[i].end))
        )
        found = (self._list_head(lo) if heads_list else None) or self._cell_before(lo)
        if found is not None:
            rule = "list under a cue" if found.words.endswith(":") else "cue in the cell before"
            found = FoundCue(found.start, found.end, found.cue, found.words.rstrip(":"))
            return [self._own(i, found, rule, -0.1)]
        if after is not None:  # nothing before it decides: any cue after it in its sentence
            return self._said_after(i, after)
        listed = self._list_across_sentences(i, lo)
        if listed is not None:
            return [listed]
        return [Statement(None, "CITES", i, 1.0, "mention")]

    def _part_issued_in_item(
        self, i: int, anchor: FoundCue | int | None, lo: int
    ) -> Statement | None:
        """An item of a list under an act ("Nghị định này thay thế các quy định … tại các Nghị
        định sau:\n…\nc) Bảng lương … ban hành kèm theo Nghị định số X …") that opens with a
        part and names the document it was issued with: the head's act reaches X, whose part
        it is (`_PART_ISSUED_CUES`). Alone, "ban hành kèm theo" only cites; an item that says
        something of its own before the cue ("a) Thực hiện Quy chế ban hành kèm theo …") or
        names another document first is not this."""
        if not isinstance(anchor, FoundCue) or anchor.cue.name not in _PART_ISSUED_CUES:
            return None
        if self.refs[i].start - anchor.end > _PART_ISSUED_REACH:
            return None
        if not self.shape.item_starts_between(lo - 2, lo + 1) or self._has_ref(lo, anchor.start):
            return None
        if _last_cue(self.text, lo, anchor.start) is not None:
            return None
        head = self._list_head(lo)
        if head is None or head.cue.relation not in ACTS_ON_TEXT:
            return None
        head = FoundCue(head.start, head.end, head.cue, head.words.rstrip(":"))
        return self._own(i, head, "list under a cue", -0.1)

    def _in_quoted_phrase(self, pos: int) -> bool:
        """Whether `pos` stands in words quoted to be swapped (`QUOTED_PHRASE`). Only the last
        quotation opened before it can hold it: the rule is tried there, not over the whole
        stretch (it would cost a search at every character before every mention)."""
        lo = max(0, pos - 320)
        quote = max(self.text.rfind("“", lo, pos), self.text.rfind('"', lo, pos))
        return quote != -1 and bool(
            QUOTED_PHRASE.pattern.search(self.text, max(lo, quote - 16), pos)
        )

    def _list_across_sentences(self, i: int, lo: int) -> Statement | None:
        """Translations split a Vietnamese list into sentences; the list goes on. So does a
        Vietnamese one whose next sentence says it goes on ("Cùng với đó là Thông tư số …",
        `_LIST_GOES_ON`), even after a paragraph break."""
        if i == 0:
            return None
        goes_on = _LIST_GOES_ON.search(
            self.text, max(lo, self.refs[i].start - 60), self.refs[i].start
        )
        item = self._item_before_paragraph(i) if goes_on is None else None
        if item is not None:
            return replace(item, object=i, rule="list continued across paragraphs")
        if self.language == "vi" and goes_on is None:
            return None
        prev = self.own.get(i - 1)
        if prev is None or prev.relation == "CITES" or prev.rule == "mention":
            return None
        if goes_on is None and _named_as(self.refs[i - 1]) == _named_as(self.refs[i]):
            # a list names a document once: the one named again in the next sentence is
            # its subject there ("… when implementing …, Decree 152 has resulted in issues.
            # Decree 152 came into force on …", blind round R), no item of a list
            return None
        gap = (self.refs[i - 1].end, self.refs[i].start)
        if gap[1] - gap[0] > _TITLE_REACH or self.shape.item_starts_between(*gap):
            return None
        if self._cue_before(lo, gap[1]):
            return None
        if goes_on is None and re.search(r"\n[ \t]*\n", self.text[gap[0] : gap[1]]):
            return None
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, gap[0], gap[1])]
        if goes_on is None and ends and _OWN_CLAUSE_LEAD.search(self.text, ends[-1], gap[1]):
            return None
        return Statement(
            None,
            prev.relation,
            i,
            min(prev.confidence, 0.7),
            "list continued across sentences",
            prev.cue,
            prev.cue_start,
        )

    def _item_before_paragraph(self, i: int) -> Statement | None:
        """The act on the item before, when reference `i` opens the paragraph after that
        item's, in a list opened by a colon after the act: "… Nghị định số 285/2025/NĐ-CP
        bãi bỏ toàn bộ 8 nghị định gồm: Nghị định số 35/2005/NĐ-CP … .\n\nNghị định số
        105/2006/NĐ-CP …" (blind round CC). Each item is a paragraph of its own that names
        its document first, and the document's title (the documents it names are passed
        over) is all of it: a paragraph that says something else first, or a list no colon
        opens, is none."""
        j = i - 1
        while j >= 0 and self.own.get(j) is not None and self.own[j].rule == "nested in a title":
            j -= 1
        prev = self.own.get(j)
        if prev is None or prev.cue_start is None or prev.relation not in ACTS_ON_TEXT:
            return None
        before = self.refs[j]
        if ":" not in self.text[prev.cue_start : before.start]:
            return None
        gap = self.text[before.end : self.refs[i].start]
        item = _PARAGRAPH_ITEM.search(gap) if len(gap) <= _TITLE_REACH else None
        # (the item before is its title and no more: one sentence, whatever cue its title
        # holds, "… quy định chi tiết và hướng dẫn thi hành …")
        if item is None or _SENTENCE_END.search(gap, 0, item.start()) is not None:
            return None
        return prev

    # --- what stands before the mention ---

    def _anchor(self, i: int, lo: int) -> FoundCue | int | None:
        """What decides reference `i`: a mention it is listed with, or the nearest cue.

        A list joiner right before the mention ("X ..., Y", "X ... và Y") makes it an item
        of the list the mention before it opened, whatever words of X's title lie between;
        otherwise the nearest cue or mention before it in its segment decides.
        """
        start = self.refs[i].start
        cue = self._cue_before(lo, start)
        j = i - 1
        while j >= 0 and self.refs[j].end > start:
            j -= 1
        prev = j if j >= 0 and self.refs[j].start >= lo else None
        aside = self._closed_aside(prev, start, lo, cue) if prev is not None else None
        if aside is not None:
            # "Quy định số 69 … (sửa đổi, bổ sung tại Quy định số 264 …), Quy định số 296":
            # the bracket ends what it said of 69; what follows it goes on from before it
            alias = prev is not None and self._alias_then_item(prev, aside, start)
            start = aside
            cue = self._cue_before(lo, start)
            while j >= 0 and self.refs[j].end > start:
                j -= 1
            prev = j if j >= 0 and self.refs[j].start >= lo else None
            if alias:
                # "Thực hiện Kết luận số 48-KL/TW … về tiếp tục thực hiện sắp xếp … (gọi tắt
                # là Kết luận số 48-KL/TW), Nghị quyết số 35/2023/UBTVQH15 …" (blind round
                # AN): the alias closes the first item, title and all, whatever cue that
                # title holds; the next one goes on with its list
                return prev
        if prev is not None:
            if cue is not None and cue.start >= self.refs[prev].start and self._own_name_at(prev):
                # "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số
                # 25/2008/QH12": the text's own name holds the cue; its object is no title's
                return cue
            if cue is None or self.refs[prev].end > cue.start:
                return prev
            if self.refs[prev].self and "\n" in self.text[self.refs[prev].end : cue.start]:
                # the header's own number, then the title's lines: "No. 01/2022/TT-BTP | … |
                # \nCIRCULAR\nDetailing …, and providing measures to implement, the
                # Government’s Decree No. 87/2020/ND-CP" (blind rounds BF and AZ) lists nothing
                return cue
            # a cue between the two: the mention is still an item of the list if a joiner
            # stands after the cue (the joiner is looked for only then: it costs most)
            joiner = list_joiner(self.text[self.refs[prev].end : start])
            if joiner is not None and cue.end <= self.refs[prev].end + joiner:
                return prev
        return cue

    def _alias_then_item(self, j: int, opened: int, start: int) -> bool:
        """Whether mention `j` is the alias a bracket opened at `opened` gives ("(gọi tắt là
        Kết luận số 48-KL/TW)"), and a list joiner alone stands between the bracket's close
        and the next mention at `start`."""
        if not _ALIAS_OPENS.search(self.text, opened, self.refs[j].start):
            return False
        close = self.text.find(")", self.refs[j].end, start)
        return close != -1 and list_joiner(self.text[close + 1 : start]) is not None

    def _closed_aside(self, j: int, start: int, lo: int, cue: FoundCue | None) -> int | None:
        """Where the bracket opens that holds mention `j` and closes before `start` (the
        mention after it), when no cue stands after it; or None. ("Nghị định số 60 (Nghị
        định 60) ngày … sửa đổi … Nghị định số 116": the cue after the bracket decides.) A
        quoted name closes so too: "Bãi bỏ TTHC: “Đăng ký sửa đổi chế độ Kế toán theo Thông tư
        số 200/2014/TT-BTC …” tại Quyết định số 2083/QĐ-BTC" (tvpl-088) repeals the entry of
        2083, whatever the procedure's name says."""
        for opening, closing in _ASIDES:
            close = self.text.find(closing, self.refs[j].end, start)
            if close == -1 or (cue is not None and cue.start > close):
                continue
            opened = self.text.rfind(opening, lo, self.refs[j].start)
            if opened == -1 or self.text.find(closing, opened, self.refs[j].start) != -1:
                continue
            return opened
        return None

    def _own_name_at(self, j: int) -> bool:
        """Whether mention `j` is the text's own document called by its name."""
        ref = self.refs[j]
        return ref.kind == "named" and names_number(ref.canonical, self.own_number)

    def _cue_before(self, lo: int, hi: int) -> FoundCue | None:
        k = bisect_right(self.cue_ends, hi) - 1
        while k >= 0:
            c = self.cues[k]
            if c.start < lo:
                return None
            if c.end <= hi:
                return c
            k -= 1
        return None

    def _by_cue(self, i: int, found: FoundCue, lo: int) -> list[Statement]:
        cue = found.cue
        if (
            cue.relation != "CITES"
            and _in_quotes(self.text, lo, found.start)
            and not _QUOTED_TITLE.search(self.text, lo, found.start)
        ):
            return [_by(None, "CITES", i, 0.8, "cue inside a quoted name", found)]
        if cue.relation != "CITES" and _in_brackets(self.text, found.end, self.refs[i].start):
            return [_by(None, "CITES", i, 0.8, "in brackets after the cue", found)]
        if cue.relation != "CITES" and PROCEDURE_NAME.pattern.search(self.text[lo : found.start]):
            return [_by(None, "CITES", i, 0.8, "in a procedure's name", found)]
        if cue.relation != "CITES" and self._clause_ended(found.end, self.refs[i].start):
            return [_by(None, "CITES", i, 0.8, "cue in an earlier clause", found)]
        if cue.relation in ("IMPLEMENTS", "CONTINUES") and self._subject_after_lead(i, found, lo):
            return [_by(None, "CITES", i, 0.8, "subject after the cue's clause", found)]
        if cue.relation in ("IMPLEMENTS", "CONTINUES", "GUIDES") and self._issued_after_cue(
            i, found
        ):
            return [_by(None, "CITES", i, 0.8, "a body issues it after the cue's clause", found)]
        near = found.end
        if cue.relation == "CITES":
            acting = self._acting_on_provision(found, lo)
            if acting is None and cue.passive:
                return self._passive(i, found, lo)
            if acting is None and cue.name in _TRANSPARENT:
                listed = self._provision_listed(i, found)
                if listed is not None:
                    return [listed]
            if acting is None:
                if cue.name == "provision":
                    self._note_title_holder(i, found, lo)
                return [_by(None, "CITES", i, cue.confidence, cue.name, found)]
            near = found.end  # the words naming the part stand between act and object
            found = acting
            cue = acting.cue
        if cue.relation == "REPEALS":
            amending = self._amendment_striking_out(found, lo)
            if amending is not None:
                found, cue = amending, amending.cue
            replacing = self._replaced_after(i, lo)
            if replacing is not None:
                found, cue = replacing, replacing.cue
        passive = self._agent_by_name(found, lo)
        if passive is not None and not self._has_ref(found.end, self.refs[i].start):
            return self._passive(i, passive, lo, named=True)
        if cue.relation == "BASED_ON" and self.language in ("vi", "en"):
            # "căn cứ" ("pursuant to") outside a preamble basis line only points at a rule
            return [_by(None, "CITES", i, 0.8, "căn cứ outside the preamble", found)]
        if (
            cue.relation in (*ACTS_ON_TEXT, "GUIDES")
            and self.language in ("vi", "en")
            and self._another_actor(i, found, lo)
            # (a page of no number whose clause opens on a type noun, "Nghị định mới thay thế
            # …": the one of that type named last acts, `_named_before` below)
            and (self.own_number is not None or self._named_before(found, lo) is None)
        ):
            return [_by(None, "CITES", i, 0.8, "another document's act", found)]
        if self.refs[i].start - near > self._object_reach(found) and not self._has_ref(
            found.end, self.refs[i].start
        ):
            return [_by(None, "CITES", i, 0.7, "cue too far", found)]
        if (
            cue.relation == "IMPLEMENTS"
            and self._item_opens_with(lo, found.start, any_segment=True)
            and CONSEQUENCE.pattern.search(self.text[self.refs[i].end : self.refs[i].end + 400])
        ):
            return [_by(None, "CITES", i, 0.8, "states what it brings about", found)]
        if cue.relation == "IMPLEMENTS" and self._consequent_by_rule(found, lo):
            return [_by(None, "CITES", i, 0.8, CONSEQUENT_RULE.name, found)]
        if (
            cue.relation == "IMPLEMENTS"
            and (
                self._item_opens_with(lo, found.start, any_segment=True)
                or _TIME_LEAD.fullmatch(self.text, lo, found.start)
                # (or its line, under a heading the segment holds: "Lãnh đạo, chỉ đạo công tác
                # chuẩn bị đại hội\nThực hiện Chỉ thị số 35-CT/TW …, cấp ủy các cấp … đã kịp
                # thời quán triệt …", blind round Q)
                or _OPENS_LINE.search(self.text, max(lo, found.start - 8), found.start)
            )
            and LOOKED_BACK.pattern.search(self._sentence_after(i))
        ):
            return [_by(None, "CITES", i, 0.8, "another time's act", found)]
        if cue.relation == "IMPLEMENTS" and RESULTS_ACHIEVED.pattern.search(
            self.text[self.refs[i].end : self.refs[i].end + 400]
        ):
            return [_by(None, "CITES", i, 0.8, RESULTS_ACHIEVED.name, found)]
        if cue.relation == "IMPLEMENTS" and self._topic_after_looking_back(found):
            return [_by(None, "CITES", i, 0.8, "looking back, listed", found)]
        if cue.relation == "IMPLEMENTS":
            lead_up = max(lo, found.start - _HOLDER_REACH)
            for holder in _HOLDERS_OF_A_CUE:
                if holder.pattern.search(self.text, lead_up, found.start):
                    return [_by(None, "CITES", i, 0.8, holder.name, found)]
        if self._asked_of_another(found, lo):
            return [_by(None, "CITES", i, 0.8, "asked of another body", found)]
        if (
            cue.relation == "IMPLEMENTS"
            and not found.words.lower().startswith(("theo", "phù"))  # following a direction
            and self._guided_before(found, lo)
        ):
            # "hướng dẫn việc lập dự toán kinh phí thực hiện chính sách tại Nghị định X": what
            # the text does is guide; carrying out is what it guides
            return [_by(None, "GUIDES", i, 0.8, "guides how it is carried out", found)]
        bracketed = self._this_in_bracket(found, lo) if self.own_number is None else None
        if bracketed is not None:
            about = _by(
                bracketed,
                cue.relation,
                i,
                min(cue.confidence, 0.7),
                "its subject named in a bracket",
                found,
            )
            return [self._told_by_report(i, found, about), about]
        describer = self._title_acting(i, found, lo)
        if describer is not None and self._next_item_after_title(found, i):
            # "NĐ 120 ... hướng dẫn thi hành Luật Phí; Luật Quản lý thuế; NĐ 126": the cue had
            # its object in 120's title; 126 is the next item of the list 120 began
            return self._by_mention(i, describer)
        if describer is not None:
            self.title_of[i] = describer
            acts = self._title_acts(describer, i, found)
            told = self._told_of_subject(i, describer, found, acts, lo) or self._change_titled(
                i, describer, found, acts
            )
            nested = Statement(None, "CITES", i, 0.9, "nested in a title")
            return [told or nested, *acts]
        listed = self._has_ref(found.end, self.refs[i].start)
        named = self._named_before(found, lo) if self.own_number is None else None
        if named is not None:  # a report: "Nghị định bổ sung ... để thể chế hóa Quy định X"
            about = _by(
                named, cue.relation, i, min(cue.confidence, 0.7), "its subject named before", found
            )
            return [self._told_by_report(i, found, about), about]
        if cue.relation == "IMPLEMENTS" and self._in_own_guidance_title(found, lo):
            # "ban hành Hướng dẫn số 145-HD/BTGTW về thực hiện Nghị quyết số 45-NQ/TW" on the
            # guidance's page: its title says how the resolution is carried out, as another
            # guidance's title does (`_in_title`, RELATIONS.md: GUIDES; blind round R)
            return [_by(None, "GUIDES", i, 0.8, "guides how it is carried out", found)]
        return [self._own(i, found, cue.name, -0.1 if listed else 0.0)]

    def _in_own_guidance_title(self, found: FoundCue, lo: int) -> bool:
        """Whether the cue `found` stands in the title of the text's own document, named right
        before it, and that document is a guidance (type code HD)."""
        j = bisect_left(self.ref_starts, found.start) - 1
        if j < 0 or self.refs[j].start < lo or self.refs[j].end > found.start:
            return False
        ref = self.refs[j]
        return (
            self._is_guide(j)
            and names_number(ref.canonical, self.own_number)
            and found.start - ref.end <= _TITLE_REACH
            and not _CLAUSE_BREAK.search(self.text, ref.end, found.start)
        )

    def _told_of_subject(
        self, i: int, j: int, found: FoundCue, acts: list[Statement], lo: int
    ) -> Statement | None:
        """On a report of no number, the page's own statement that mention `j`, the subject of
        its clause, changes mention `i` ("Trong đó, Nghị định 60/2025/NĐ-CP sửa đổi, bổ sung
        Điều 9 Nghị định số 116/2020/NĐ-CP", news-889): the report tells its document's act
        (`_told_by_report`). The subject stands so by `REPORTED_SUBJECT_LEAD` or
        `REPORTED_PREDICATE`, and the act names a part of what it changes (`REPORTED_PART`);
        or the report says it issued the document (`REPORTED_ISSUE`). A title in a list of
        documents names the document changed whole ("Nghị định 117/2024/NĐ-CP sửa đổi Nghị
        định 82/2020/NĐ-CP"), or says "về việc" (`REPORTED_TITLE_WORDS`): that is
        `_change_titled`'s to read."""
        if self.own_number is not None or not acts or not self.refs[j].canonical:
            return None
        about = acts[0]
        if about.relation not in ACTS_ON_TEXT:
            return None
        after = self._cue_after(i)
        if after is not None and after.cue.after:
            # "Quyết định số A … sửa đổi … Quyết định số B hết hiệu lực …": the sentence ends
            # A, whose title names B; A is its object, no subject whose act is told
            return None
        start = max(lo, sentence_bounds(self.text, self.refs[j].start)[0])
        before = self.text[start : self.refs[j].start]
        head = designation_start(before)  # "Nghị định số ": the subject's own words
        before = before if head is None else before[:head]
        gap = self.text[self.refs[j].end : self._predicate_start(lo, found)]
        if not REPORTED_ISSUE.pattern.search(before):
            if REPORTED_TITLE_WORDS.pattern.search(gap):
                return None
            if not REPORTED_PART.pattern.search(self.text, found.end, self.refs[i].start):
                return None
            # (a lead names no document: after "Quyết định số A …, " the mention is the next
            # item of a list, its title no act the report tells)
            lead = REPORTED_SUBJECT_LEAD.pattern.match(before) and not self._has_ref(
                start, self.refs[j].start
            )
            if not lead and not REPORTED_PREDICATE.pattern.search(gap):
                return None
        # (the subject's rank let it act, `_title_acts`: `_within_rank` leaves it be)
        return replace(self._told_by_report(i, found, about), rule=_TOLD_OF_SUBJECT)

    def _change_titled(
        self, i: int, describer: int, found: FoundCue, acts: list[Statement]
    ) -> Statement | None:
        """On a page that speaks for no document, a title that amends or replaces mention
        `i` ("1.1. Circular No. 27/2017/TT-NHNN amending and supplementing certain articles
        of the Circular No. 03/2013/TT-NHNN" in a law firm's monthly update, "Decree No.
        70/2023/ND-CP … to amend and supplement Decree 152/2020/ND-CP"): the page tells
        that change, as a list of new documents does (of the 30 mentions it reads so in blind
        rounds M to Z, 27 are labelled so); a repeal or another act so named stays a
        citation (they do not). Only of a document the page cites (`describer`): a title in
        what a text acts on ("Bãi bỏ Quyết định A sửa đổi Quyết định B", in a text whose
        number is not read) names B in passing."""
        if self.own_number is not None or self.reported or not acts:
            return None
        if acts[0].relation not in _CHANGES_TOLD_BY_TITLES:
            return None
        holder = self.own.get(describer)
        if holder is not None and (holder.relation != "CITES" or holder.rule in _TRANSPARENT):
            # (nor of a part of it: "theo Điều 4 Thông tư 96/2015/TT-BTC sửa đổi … Thông tư
            # 78/2014/TT-BTC" cites the provision that amends, "Phụ lục III ban hành kèm
            # theo Nghị định 70/2025/NĐ-CP (thay thế …)" the annex)
            return None
        return _by(None, acts[0].relation, i, acts[0].confidence, CHANGE_TITLED, found)

    def _told_by_report(self, i: int, found: FoundCue, about: Statement) -> Statement:
        """The page's own statement on mention `i` when a report of no number tells what the
        document it names before does to it (`about`): "Thông tư gồm có 04 chương … và có
        hiệu lực thi hành kể từ ngày 3/2/2025 thay thế Thông tư số 06/2021/TT-TTCP" (news-542).
        A change to a text (amends, replaces, repeals) is the page's, as the report gold reads
        a report's account of its document's acts (RELATIONS.md, a news report); any other
        act stays a citation."""
        if about.relation in ACTS_ON_TEXT:
            return _by(None, about.relation, i, about.confidence, _TOLD_BY_REPORT, found)
        return Statement(None, "CITES", i, 0.9, "reported")

    def _replaced_after(self, i: int, lo: int) -> FoundCue | None:
        """The replacement that a repeal goes on with, of what it struck out: "Bãi bỏ Phụ lục
        II … tại khoản 2 Điều 2 Thông tư số 22/2016/TT-BCT và thay thế bằng Phụ lục I ban hành
        kèm theo Thông tư này" (blind round AM) takes the part's place, one act (REPLACES, as
        "đã hết hiệu lực và được thay thế bằng …" is)."""
        m = _AND_REPLACED_BY.match(self.text, self.refs[i].end)
        if m is None:
            return None
        found = self._cue_before(lo, m.end())
        return found if found is not None and found.cue.relation == "REPLACES" else None

    def _amendment_striking_out(self, found: FoundCue, lo: int) -> FoundCue | None:
        """The amendment that a repeal goes on, when both act on parts of one document: "Sửa
        đổi Danh mục số thứ tự 1594, …, 1781 và bãi bỏ danh mục số thứ tự 1646 tại Phụ lục
        kèm theo Quyết định số 2411/QĐ-UBND" (tvpl-123) changes the document's text, some
        entries struck out among them: one amendment, as "sửa đổi, bổ sung, bãi bỏ một số
        điều của …" is (RELATIONS.md). The parts changed and "và" stand between, no document
        and no clause's end."""
        before = self._cue_before(lo, found.start)
        if before is None or before.cue.relation != "AMENDS":
            return None
        between = self.text[before.end : found.start]
        if self._has_ref(before.end, found.start) or not _PARTS_THEN_AND.fullmatch(between):
            return None
        return before

    def _note_title_holder(self, i: int, found: FoundCue, lo: int) -> None:
        """A provision cited in the title of the mention just before ("Thông tư số
        03/2006/TT-BKH … hướng dẫn trình tự … theo quy định tại Nghị định số 88/2006/NĐ-CP …;
        Thông tư liên tịch số 05/2008 …"): the cited one is nested in that title, so the next
        item of the list goes on from the title's document, not from it."""
        j = i - 1
        if j < 0 or self.own.get(j) is None or self.own[j].relation == "CITES":
            return
        gap = self.text[self.refs[j].end : found.start]
        if len(gap) <= _TITLE_REACH and not _NOT_IN_TITLE.search(gap):
            self.title_of[i] = j

    def _another_actor(self, i: int, found: FoundCue, lo: int) -> bool:
        """Whether a document other than this text does the act of `found` (`_ANOTHER_ACTOR`).

        A bracket that opens right after a mention describes that mention: in "ban hành kèm
        theo Nghị định 70/2025/NĐ-CP (thay thế Nghị định 123/2020/NĐ-CP)" the decree before the
        bracket is the actor (its title, `_describer`), as the passive bracket "(được sửa đổi
        bởi …)" names the mention before it as the one acted on."""
        if self._in_reported_amending_name(found) or found.cue.name in _PATIENT_BEFORE:
            return False
        actor = _ANOTHER_ACTOR.search(
            self.text, max(0, found.start - 80), self._predicate_start(lo, found)
        )
        if actor is None:
            return False
        if actor.group().strip() != "(":
            return not (
                (found.cue.relation in ACTS_ON_TEXT and self._reported_by_type(actor))
                or self._own_type_noun(actor)
            )
        before = bisect_left(self.ref_starts, actor.start()) - 1
        if self._own_effect_before(before, actor.start()):
            return False
        return not (
            before >= 0
            and not self.text[self.refs[before].end : actor.start()].strip()
            # the bracket holds the object ("Luật Quản lý thuế (sửa đổi) | Luật Thuế …" is a
            # bill's name, and the next cell another's)
            and ")" not in self.text[found.end : self.refs[i].start]
            # and the mention stands in no title of another's ("Luật số 99/2025/QH15 sửa đổi …
            # Bộ luật Tố tụng hình sự (sửa đổi khoản 1 Điều 373 Luật Tố tụng hình sự)": the
            # bracket goes on with 99/2025's act), and names another document
            and before not in self.title_of
            and _named_as(self.refs[before]) != _named_as(self.refs[i])
            and self._describer(i, found, lo) == before
        )

    def _in_reported_amending_name(self, found: FoundCue) -> bool:
        """Whether cue `found` stands in the name of the amending law (or resolution) that a
        page of no number reports, itself of no number yet (`AMENDING_LAW_NAME`): "Quốc hội …
        đã biểu quyết thông qua Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội
        quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15" (news-929). Its act
        is the page's, as a law's own articles are (`_reports_an_amending_law`)."""
        if self.own_number is not None:
            return False
        k = bisect_right(self.ref_starts, found.start) - 1
        if k < 0:
            return False
        named = self.refs[k]
        return (
            named.kind == "named"
            and not named.canonical
            and named.end >= found.end
            and AMENDING_LAW_NAME.pattern.match(self.text, named.start, named.end) is not None
        )

    def _own_type_noun(self, actor: re.Match[str]) -> bool:
        """Whether the type noun `_ANOTHER_ACTOR` found stands right after a mention of the
        text's own number, as the head of its title: "Văn bản hợp nhất số 07/VBHN-BQP Thông tư
        hướng dẫn thực hiện Nghị định số …" (a consolidated text's number, then the title of
        the document it restates, news-1051)."""
        if self.own_number is None or _BARE_TYPE.fullmatch(actor.group()) is None:
            return False
        k = bisect_left(self.ref_starts, actor.start()) - 1
        return (
            k >= 0
            and self.refs[k].end == actor.start()
            and names_number(self.refs[k].canonical, self.own_number)
        )

    def _reported_by_type(self, actor: re.Match[str]) -> bool:
        """Whether the words `_ANOTHER_ACTOR` took for another document name the reported one
        by its type alone, as a report does once it has named it ("Thông tư sửa đổi, bổ sung
        Thông tư 06 quy định …" on a page about Thông tư số 24/2025/TT-BGDĐT, news-911;
        eval/reports/README.md resolves "Nghị định", "Thông tư này" so): a type noun, at most
        "mới" after it, of the reported document's type, capitalised as a name is, in the slot
        of a subject or of where rules stand (`_SUBJECT_SLOT`). Only an act
        on a text asks this (`_another_actor`): a class of documents is named by its guiding
        title ("Nghị định quy định chi tiết một số điều của Luật Dân quân tự vệ", "các nghị
        định quy định chi tiết thi hành Luật Đất đai"), so is no subject. A draft, a plural or
        an owner named ("Thông tư của Bộ …") is still another's."""
        if not self.reported or self.own_number is None:
            return False
        bare = _BARE_TYPE.fullmatch(actor.group())
        if bare is None:
            return False
        if not _SUBJECT_SLOT.search(self.text, max(0, actor.start() - 12), actor.start()):
            return False  # "Bộ đang xây dựng Thông tư sửa đổi …": the object of another verb
        own = parsed_number(self.own_number)
        codes = TYPE_WORDS.get(noun_key(bare.group("noun")), ())
        return own is not None and own.type_code is not None and own.type_code in codes

    def _quotes_its_document(self, pos: int) -> bool:
        """Whether the line at `pos` of a site's answer quotes the provision of the document
        the page reports on, which calls itself "<its type> này": "2. Thông tư số
        102/2018/TT-BTC … hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành." under
        "Căn cứ tại Điều 10 Thông tư 107/2025/TT-BTC quy định … như sau:" (what it does,
        that document does)."""
        own = parsed_number(self.own_number) if self.reported and self.own_number else None
        if own is None or own.type_code is None:
            return False
        lo = self.text.rfind("\n", 0, pos) + 1
        hi = self.text.find("\n", pos)
        hi = hi if hi >= 0 else len(self.text)
        if own.type_code in _types_calling_themselves(self.text, lo, hi):
            return True
        # ... or the provision quoted over several lines, under an answer naming the document
        # ("Căn cứ theo Điều 24 Nghị định 130/2020/NĐ-CP quy định … như sau:\n\nĐiều 24. …
        # Nghị định này có hiệu lực …\n\nBãi bỏ Nghị định số 78/2013/NĐ-CP …", news-093)
        openings = list(_NEW_WORDING.finditer(self.text, max(0, pos - _QUOTE_REACH), lo))
        if not openings:
            return False
        opening = openings[-1]
        line = self.text.rfind("\n", 0, opening.start()) + 1
        first, last = (bisect_left(self.ref_starts, at) for at in (line, opening.start()))
        if not any(names_number(r.canonical, self.own_number) for r in self.refs[first:last]):
            return False
        return own.type_code in _types_calling_themselves(self.text, opening.end(), hi)

    def _said_in_quoted_document(self, i: int, ref: Reference) -> list[Statement]:
        """In a site's answer, the words quoted after "Căn cứ quy định tại Thông báo X … như
        sau:" are X's own text: what carries out or guides a document there, X carries out or
        guides ("Thực hiện ý kiến chỉ đạo … tại Công văn 8726/VPCP-KGVX …, Bộ Lao động -
        Thương binh và Xã hội thông báo …" under Thông báo 6150/TB-BLĐTBXH, news-084). Only
        those two acts: the page quotes, it changes nothing."""
        quoted = self._quoted_document(ref.start)
        if quoted is None or self.refs[quoted].canonical == ref.canonical:
            return []
        said = self._read_words(i, ref)
        return [
            replace(st, subject=quoted, rule=f"{st.rule}, in the quoted text of its document")
            for st in said
            if st.subject is None and st.relation in _QUOTED_ACTS
        ]

    def _quoted_document(self, pos: int) -> int | None:
        """The numbered document whose text a site's answer quotes at `pos`: the last one
        named on the line that opens the quotation with "như sau:" (within `_QUOTE_REACH`),
        when nothing but that quotation stands between (no new heading of the answer)."""
        lo = self.text.rfind("\n", 0, pos) + 1
        openings = list(_NEW_WORDING.finditer(self.text, max(0, pos - _QUOTE_REACH), lo))
        if not openings:
            return None
        opening = openings[-1]
        if _QUOTE_ENDS.search(self.text, opening.end(), pos):
            return None
        line = self.text.rfind("\n", 0, opening.start()) + 1
        first, last = (bisect_left(self.ref_starts, at) for at in (line, opening.start()))
        named = [j for j in range(first, last) if self.refs[j].kind == "number"]
        return named[-1] if named else None

    def _act_of_reported(self, i: int, lo: int) -> Statement | None:
        """On a report, a site's answer naming the reported document as the actor of the act
        its title states ("Căn cứ theo khoản 2 Điều 1 Nghị định 261/2025/NĐ-CP sửa đổi Điều
        30 Nghị định 100/2024/NĐ-CP" on a page about 261/2025, news-213): that document's
        act, as the same words say it outside the answer."""
        if not self.reported:
            return None
        start = self.refs[i].start
        listed = self._listed_after_reported_act(i, lo)
        if listed is not None:
            return listed
        found = self._cue_before(lo + 1, start)
        if found is not None and found.cue.relation == "CITES":
            found = self._acting_on_provision(found, lo)
        if (
            found is None
            or found.cue.relation not in (*ACTS_ON_TEXT, "GUIDES")
            or not self._acts_forward(found)
            or self._has_ref(found.end, start)
        ):
            return None
        j = bisect_left(self.ref_starts, found.start) - 1
        if j < 0 or self.refs[j].start < lo or self.refs[j].end > found.start:
            return None
        gap = self.text[self.refs[j].end : found.start]
        if (
            not names_number(self.refs[j].canonical, self.own_number)
            or len(gap) > _TITLE_REACH
            or _NOT_IN_TITLE.search(gap)
        ):
            return None
        return self._own(i, found, _REPORTED_ACT, -0.1)

    def _listed_after_reported_act(self, i: int, lo: int) -> Statement | None:
        """The next item of a list the reported document's act in an answer began ("Nghị định
        261/2025/NĐ-CP sửa đổi Nghị định 100/2024, Nghị định 192/2025"): the same act."""
        prev = self.own.get(i - 1)
        if prev is None or prev.rule != _REPORTED_ACT or self.refs[i - 1].start < lo:
            return None
        start = self.refs[i].start
        gap = self.text[self.refs[i - 1].end : start]
        if list_joiner(gap) is None or self._cue_before(self.refs[i - 1].end, start) is not None:
            return None
        return replace(prev, object=i)

    def _own_effect_before(self, before: int, bracket: int) -> bool:
        """Whether a bracket at `bracket` follows the clause in which the text's own
        document takes effect ("Quyết định này có hiệu lực từ ngày ký (thay thế …)", "Thông
        tư số 16/2025/TT-BGDĐT …, có hiệu lực thi hành từ ngày 12/10/2025 (thay thế …)" on
        a page about it): what the bracket does, that document does."""
        effect = _OWN_EFFECT_TAIL.search(self.text, max(0, bracket - 200), bracket)
        if effect is None:
            return False
        floor = max(0, bracket - 400)
        clause_start = 1 + max(self.text.rfind(mark, floor, effect.start()) for mark in ".\n;")
        clause_start = max(clause_start, floor)
        if _THIS_DOCUMENT.search(self.text[clause_start : effect.start()]):
            return True
        return (
            before >= 0
            and self.own_number is not None
            and self.refs[before].start >= clause_start
            and names_number(self.refs[before].canonical, self.own_number)
        )

    def _named_before(self, found: FoundCue, lo: int) -> int | None:
        """The document a clause opening with a bare type noun ("Nghị định", "Thông tư này")
        speaks of: the last one of that type named before it."""
        opening = _BARE_SUBJECT.match(self.text, lo, found.start)
        if opening is None or self._has_ref(lo, found.start):
            return None
        noun = opening.group("noun") or opening.group("en") or opening.group("en_after")
        return self._last_of_type(noun, lo)

    def _this_in_bracket(self, found: FoundCue, lo: int) -> int | None:
        """The document a bracket that opens on "<type> này" right before the cue `found`
        speaks of (`_THIS_IN_BRACKET`): the last one of that type named before the bracket."""
        bracket = self.text.rfind("(", lo, found.start)
        this = (
            _THIS_IN_BRACKET.fullmatch(self.text, bracket + 1, found.start)
            if bracket != -1
            else None
        )
        return self._last_of_type(this.group("noun"), bracket) if this else None

    def _last_of_type(self, noun: str, before: int) -> int | None:
        """The last document of the type `noun` names ("Nghị định", "Thông tư") that is
        named before `before`, within `_SUBJECT_REACH`."""
        codes = TYPE_WORDS.get(noun_key(noun), ())
        for j in range(bisect_left(self.ref_starts, before) - 1, -1, -1):
            r = self.refs[j]
            if before - r.end > _SUBJECT_REACH:
                return None
            if r.type_code in codes and r.canonical and not r.self:
                return j
        return None

    def _is_guide(self, j: int) -> bool:
        """Whether mention `j` names a guidance document (Hướng dẫn, type code HD)."""
        return self.refs[j].type_code == "HD"

    def _said_after(self, i: int, after: FoundCue) -> list[Statement]:
        """What a cue after mention `i` says of it ("X hết hiệu lực …"): the text's own act,
        or in a report, the act of the document its clause names as "<type> này"."""
        named = self._named_in_clause_after(i, after) if self.own_number is None else None
        if named is None:
            return [self._own(i, after, f"{after.cue.name} (after the mention)", -0.1)]
        rule = f"{after.cue.name} (after the mention, its subject named by type)"
        about = _by(named, after.cue.relation, i, 0.7, rule, after)
        return [self._told_by_report(i, after, about), about]

    def _named_in_clause_after(self, i: int, after: FoundCue) -> int | None:
        """In a report, the document a cue after mention `i` names as "<type> này" ("… hết
        hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành"): the last one of that type
        named before `i`, the text's own document having no number."""
        this = _THIS_AFTER.match(self.text, after.end)
        if this is None:
            return None
        start = sentence_bounds(self.text, self.refs[i].start)[0]  # not one listed with `i`
        named = self._last_of_type(this.group("noun"), start)
        return named if named is not None else self._only_of_type(this.group("noun"), i)

    def _only_of_type(self, noun: str, i: int) -> int | None:
        """The first mention of the one document of the type `noun` names that the text
        numbers, `i`'s own document apart, when none is named before `i`: a report that
        says what "Thông tư này" ends before it gives the circular's number ("… hết hiệu lực
        thi hành kể từ ngày Thông tư này có hiệu lực thi hành. Tại Thông tư 02/2025/TT-BYT,
        Bộ Y tế nêu rõ …", news-815)."""
        codes = TYPE_WORDS.get(noun_key(noun), ())
        target = self.refs[i].canonical
        found = [
            j
            for j, r in enumerate(self.refs)
            if r.type_code in codes and r.canonical and not r.self and r.canonical != target
        ]
        if len({self.refs[j].canonical for j in found}) != 1:
            return None
        return found[0]

    def _topic_after_looking_back(self, found: FoundCue) -> bool:
        """Whether `found` carries out as one more topic of a list that a looking back heads,
        after a semicolon: "báo cáo kết quả tình hình thực hiện Nghị quyết Đại hội …; việc
        quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW" (blind round O) reports on the
        directive too; it orders nothing."""
        if not _TOPIC_BEFORE.search(self.text, max(0, found.start - 40), found.start):
            return False
        start = sentence_bounds(self.text, found.start)[0]
        semicolon = self.text.rfind(";", start, found.start)
        if semicolon == -1:
            return False
        head = _last_cue(self.text, start, semicolon)
        return head is not None and head.cue.name == "looking back"

    def _asked_of_another(self, found: FoundCue, lo: int) -> bool:
        """ "Đề nghị Bộ Khoa học và Công nghệ hướng dẫn triển khai ... theo Quyết định số X":
        the verbs after a proposal in its clause say what another body is asked to do."""
        before = self._cue_before(lo, found.start)
        while before is not None and before.cue.relation not in ("CITES", "BASED_ON"):
            # "đề nghị hướng dẫn việc tiếp tục thực hiện ...": verbs chained after the proposal
            before = self._cue_before(lo, before.start)
        if before is None or before.cue.name != "proposal":
            return False
        return not self._has_ref(before.end, found.start) and not re.search(
            r"[;:]", self.text[before.end : found.start]
        )

    def _consequent_by_rule(self, found: FoundCue, lo: int) -> bool:
        """Whether cue `found` is the verb of a consequent that says by what rule something is
        done ("… thì hạn tuổi … thực hiện theo Thông tư …", `CONSEQUENT_RULE`)."""
        if not _BY_RULE.match(self.text, found.end):
            return False
        before = self.text[max(lo, found.start - _CONSEQUENT_REACH) : found.start]
        return CONSEQUENT_RULE.pattern.search(before) is not None

    def _object_reach(self, found: FoundCue) -> int:
        """How far after cue `found` its object may stand (`_PARTY_LINE`)."""
        if found.cue.relation == "IMPLEMENTS" and _PARTY_LINE.match(self.text, found.end):
            return _PARTY_LINE_REACH
        return _OBJECT_REACH

    def _guided_before(self, found: FoundCue, lo: int) -> bool:
        start = max(lo, found.start - _GUIDE_REACH)
        guide = None
        for m in _GUIDE_VERB.finditer(self.text, start, found.start):
            guide = m
        if guide is None or self._has_ref(guide.end(), found.start):
            return False
        return not re.search(r"[;:]", self.text[guide.end() : found.start])

    def _passive(self, i: int, found: FoundCue, lo: int, named: bool = False) -> list[Statement]:
        """ "A (được sửa đổi, bổ sung bởi B)": the text cites B; B amends A. (`named`: B's
        name stands between, `_agent_by_name`, and may be long.)"""
        cites = _by(None, "CITES", i, 0.9, found.cue.name, found)
        listed = self._listed_agent(i)
        if listed is not None:
            # "… đã được sửa đổi, bổ sung theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15":
            # each agent of the list amends what the first one does
            did = _by(i, found.cue.passive or "CITES", listed, 0.7, found.cue.name, found)
            self.agents[i], self.agent_cues[i] = listed, found
            return [cites, did]
        far = self.refs[i].start - found.end > (_TITLE_REACH if named else _PASSIVE_REACH)
        if far or self._has_ref(found.end, self.refs[i].start):
            return [cites]
        j = self._acted_on(found, lo)
        if j is None:
            return [cites]
        holder = self.title_of.get(j, self.listed_in_title.get(j))
        while holder is not None and _outranks(self.refs[j], self.refs[i]):
            # "Nghị định số 151/2017/NĐ-CP … quy định chi tiết … Luật Quản lý, sử dụng tài sản
            # công, được sửa đổi, bổ sung tại Nghị định 114/2024/NĐ-CP": a decree changes no
            # law (nor a circular a decree); what it changes is the document in whose title
            # the higher one is named ("Thông tư 20/2017 quy định chi tiết … Luật Dược và Nghị
            # định số 54/2017 …, được sửa đổi … bởi Thông tư số 27/TT-BYT")
            j = holder
            holder = self.title_of.get(j, self.listed_in_title.get(j))
        if _outranks(self.refs[j], self.refs[i]):
            holder = self._reported_holder(j, i)
            j = j if holder is None else holder
        if found.cue.passive in ACTS_ON_TEXT and _outranks(self.refs[j], self.refs[i]):
            # still a law for a decree to change: the document whose title names the law is
            # the one changed ("Nghị định số 118/2021/NĐ-CP … quy định chi tiết … Luật Xử lý
            # vi phạm hành chính, …, được sửa đổi, bổ sung bởi: Nghị định số 68/2025/NĐ-CP",
            # blind round AL), else none is
            k = self._title_holder_before(j, i, found)
            if k is None:
                return [cites]
            j = k
        did = _by(i, found.cue.passive or "CITES", j, 0.7, found.cue.name, found)
        self.agents[i], self.agent_cues[i] = j, found
        return [cites, did]

    def _title_holder_before(self, j: int, i: int, found: FoundCue) -> int | None:
        """The nearest numbered mention before `j`, in the passive's reach, that agent `i` may
        change: the document in whose title `j` stands."""
        for k in range(j - 1, -1, -1):
            ref = self.refs[k]
            if found.start - ref.end > _PASSIVE_TITLE_REACH:
                return None
            if _PASSIVE_CLAUSE_ENDS.search(self.text, ref.end, self.refs[j].start):
                return None
            if ref.canonical and not ref.self and not _outranks(ref, self.refs[i]):
                return k
        return None

    def _reported_holder(self, j: int, i: int) -> int | None:
        """On a report, the mention of the reported document whose act (the page's own, as a
        report states it) names `j`, in the sentence before agent `i`: that title holds `j`,
        so the passive climbs to it. A report's lead "Thông tư số 20/2017/TT-BYT … quy định
        chi tiết … Luật Dược và Nghị định số 54/2017/NĐ-CP …, được sửa đổi, bổ sung bởi Thông
        tư số 27/TT-BYT" says that 27/TT-BYT amends the circular (a circular changes no
        decree), as the circular's own title would."""
        if not self.reported or self.own_number is None:
            return None
        act = self.own.get(j)
        if act is None or act.relation == "CITES":
            return None
        for k in range(j - 1, -1, -1):
            if SENTENCE_END.search(self.text, self.refs[k].end, self.refs[i].start):
                return None
            if names_number(self.refs[k].canonical, self.own_number):
                return k
        return None

    def _listed_agent(self, i: int) -> int | None:
        """What the agent listed right before mention `i` acts on, when `i` only joins that
        list ("… theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15"): the mention before is
        an agent, and nothing but a comma or "và" and `i`'s designation stands between them."""
        if i == 0 or i - 1 not in self.agents:
            return None
        between = self.text[self.refs[i - 1].end : self.refs[i].start]
        # the part of the next agent that amends: "… bởi điểm a khoản 1 Điều 2 Nghị định
        # 24/2025/NĐ-CP và điểm b khoản 3 Điều 3 Nghị định 17/2022/NĐ-CP" (news-162)
        part = _AGENTS_PART.search(between)
        if part is not None:
            between = between[: part.start()]
        joiner = list_joiner(between)
        if joiner is None or len(between) > _LISTED_AGENT_GAP or between[:joiner].strip(" ,"):
            return None
        if ";" in between:  # "… bởi Nghị định số A; Nghị định số B quy định …": a new item
            return None
        return self.agents[i - 1]

    def _agent_by_name(self, found: FoundCue, lo: int) -> FoundCue | None:
        """The passive whose agent's name holds the cue `found`: in "Luật … số 64/2025/QH15
        được sửa đổi, bổ sung bởi Luật Sửa đổi, bổ sung một số điều Luật … số 87/2025/QH15"
        the second "sửa đổi, bổ sung" names the amending law, the agent of the first."""
        if found.cue.relation not in ACTS_ON_TEXT:
            return None
        before = self._cue_before(lo, found.start)
        if before is None or not before.cue.passive:
            return None
        return before if _AGENT_NAMED.fullmatch(self.text, before.end, found.start) else None

    def _names_an_amendment(self, anchor: FoundCue | int | None) -> bool:
        """Whether a mention is the agent of a passive amendment of the one before it, or
        listed with such an agent: "Luật … số 22/2008/QH12 đã được sửa đổi, bổ sung một số điều
        theo Luật số 52/2019/QH14 [và Luật số …] hết hiệu lực …" names 52/2019 in 22/2008's
        clause (RELATIONS.md: nested, CITES); the cue after it acts on 22/2008 alone."""
        if isinstance(anchor, int):
            return anchor in self.agents
        return anchor is not None and bool(anchor.cue.passive) and self._agent_after(anchor)

    def _passive_before_part(
        self, anchor: FoundCue | int | None, lo: int, i: int
    ) -> FoundCue | None:
        """The passive whose agent is named by a part of it: in "được sửa đổi bởi khoản 4
        Điều 1 Thông tư số Y" the provision is Y's, the cue that decides Y is the passive;
        so it is for the next agent of its list ("… bởi điểm a khoản 1 Điều 2 Nghị định A
        và điểm b khoản 3 Điều 3 Nghị định B", `_listed_agent`)."""
        if not isinstance(anchor, FoundCue) or anchor.cue.name != "provision":
            return None
        if self._listed_agent(i) is not None:
            return self.agent_cues[i - 1]
        before = self._cue_before(lo, anchor.start)
        if before is None or not before.cue.passive:
            return None
        agent = _AGENT.match(self.text, before.end)
        between = self.text[agent.end() if agent else before.end : anchor.start]
        return before if self._agent_after(before) and not between.strip() else None

    def _agent_of_passive(self, i: int, lo: int) -> list[Statement]:
        """What a passive before reference `i` says it did ("A (được sửa đổi bởi B)"), as
        `_passive` gives it, or nothing when no passive decides `i`."""
        anchor = self._anchor(i, lo)
        found = self._passive_before_part(anchor, lo, i)
        if found is None and isinstance(anchor, FoundCue) and anchor.cue.passive:
            found = anchor
        return self._passive(i, found, lo) if found is not None else []

    def _amended_here(self, i: int, lo: int) -> Statement | None:
        """ "… Điều 3 Nghị định số 21/2009/NĐ-CP, được sửa đổi, bổ sung tại điểm c khoản 2 Điều 1
        Nghị định này" (news-670): the passive's agent is the text's own document, called by
        its type, so the text's document amends the mention the passive speaks of.

        So it is when the passive names no agent and announces the new wording (`AS_FOLLOWS`):
        "Khoản 2 Điều 170 của Luật Doanh nghiệp được sửa đổi, bổ sung như sau:", the standard
        form of an amending text's item (relations-055); "… theo quy định tại Điều 28 của Luật
        Bảo hiểm xã hội và được quy định chi tiết như sau:" in a decree details the law. Only
        a text that speaks as a document of its own (a number) is the actor: on a page that
        names none, who acts is not said."""
        if self.own_number is None:
            return None
        k = bisect_left(self.cue_starts, self.refs[i].end)
        if k == len(self.cues) or not self.cues[k].cue.passive:
            return None
        found = self.cues[k]
        if self._acted_on(found, lo) != i:
            return None
        if AS_FOLLOWS.pattern.match(self.text[found.end : found.end + 16]):
            return _by(None, found.cue.passive, i, 0.8, "its own act, as follows", found)
        own = parsed_number(self.own_number)
        if own is None or own.type_code is None:
            return None
        end = _AGENT_CLAUSE_END.search(self.text, found.end, found.end + _PASSIVE_REACH * 2)
        hi = end.start() if end else found.end + _PASSIVE_REACH * 2
        after = bisect_left(self.ref_starts, found.end)
        if after < len(self.refs):
            hi = min(hi, self.refs[after].start)
        if own.type_code not in _types_calling_themselves(self.text, found.end, hi):
            return None
        return _by(None, found.cue.passive, i, 0.8, "amended by this text", found)

    def _acted_on(self, found: FoundCue, lo: int) -> int | None:
        """The mention a passive speaks of: the nearest one before it in its clause. It may be
        the text's own number: a legal database's note above the document says what replaced
        it ("… Nghị định số 58/2003/NĐ-CP … bị bãi bỏ, thay thế bởi Nghị định số …")."""
        k = bisect_left(self.ref_starts, found.start) - 1
        while k >= 0 and self.refs[k].end > found.start:
            k -= 1
        row = self.text.rfind("\n", 0, found.start) + 1
        if EFFECT_HISTORY_ROW.pattern.match(self.text, row):
            return self._history_document(k, row)
        if k < 0 or self.refs[k].start < lo:
            return None
        gap = self.text[self.refs[k].end : found.start]
        # (the cue's first letter with the gap: a ";" before a passive in lower case goes on
        # with its clause, "Law No. 86/2015/QH13 …, passed by the National Assembly on 19
        # November 2015; as amended by Law No. 35/2018/QH14 …", blind round BB)
        if len(gap) > _PASSIVE_TITLE_REACH or _PASSIVE_CLAUSE_ENDS.search(
            self.text, self.refs[k].end, found.start + 1
        ):
            return None
        return k

    def _history_document(self, k: int, row: int) -> int | None:
        """The document whose effect history holds the row of a change at `row`: the nearest
        mention above it that stands in no such row (`EFFECT_HISTORY_ROW`), at most
        `_HISTORY_REACH` before it."""
        while k >= 0 and row - self.refs[k].start <= _HISTORY_REACH:
            line = self.text.rfind("\n", 0, self.refs[k].start) + 1
            if not EFFECT_HISTORY_ROW.pattern.match(self.text, line):
                return k
            k -= 1
        return None

    def _clause_ended(self, lo: int, hi: int) -> bool:
        """A ';' between cue and mention ends the clause, unless a list of documents goes on."""
        semi = self.text.rfind(";", lo, hi)
        while semi != -1 and _PART_FOLLOWS.match(self.text, semi):
            semi = self.text.rfind(";", lo, semi)  # it names one more part of the object
        if semi == -1:
            return False
        if _ISSUED_WITH_AFTER_SEMICOLON.match(self.text, semi, hi):
            return False  # a name with a ";" in it, then the document it was issued with
        return list_joiner(self.text[semi:hi]) is None

    def _bracket_holding(self, k: int, hi: int) -> tuple[int, int] | None:
        """The bracket that mention `k` stands in, closed before `hi`, as (open, close)."""
        start, end = self.refs[k].start, self.refs[k].end
        opened = self.text.rfind("(", max(0, start - _TITLE_REACH), start)
        if opened == -1 or ")" in self.text[opened:start]:
            return None
        close = self.text.find(")", end, hi)
        return (opened, close) if close != -1 else None

    def _provision_listed(self, i: int, found: FoundCue) -> Statement | None:
        """ "Bãi bỏ Điều 3 của Thông tư A; khoản 2 Điều 5 của Thông tư B": a provision listed
        after one acted on shares the act."""
        first = self._cue_before(0, found.start)
        while (
            first is not None
            and first.cue.name in _TRANSPARENT
            and not self._has_ref(first.end, found.start)
            and ")" not in self.text[first.end : found.start]  # not into a bracket closed
        ):
            found = first  # "khoản 1 Mục I của Phụ lục ban hành kèm theo ...": one part named
            first = self._cue_before(0, found.start)
        k = bisect_left(self.ref_starts, found.start) - 1
        if k < 0 or k >= i:
            return None
        aside = self._bracket_holding(k, found.start)
        if aside is not None:
            # "Bãi bỏ Nghị định số 99/2021/NĐ-CP … (trừ … theo Nghị định số 99/2021/NĐ-CP …
            # tại Điều 54 Nghị định này); Điều 6 Nghị định số 125/2025/NĐ-CP …": the list goes
            # on from the mention before the bracket
            k = bisect_left(self.ref_starts, aside[0]) - 1
            if k < 0:
                return None
        prev = self.own.get(k)
        if prev is not None and prev.relation == "CITES" and prev.rule.startswith("passive"):
            # "... của Luật A đã được sửa đổi theo Luật B; điểm b ... của Luật C": B only
            # names what amended A; the list of provisions acted on goes on from A
            acted = [s.object for s in self.about.get(k, []) if s.subject == k]
            prev = self.own.get(acted[0]) if acted else None
        elif prev is not None and prev.relation == "CITES" and k in self.title_of:
            # "Bãi bỏ khoản 1 Điều 3 Nghị quyết A quy định ... Luật B; khoản 1 Mục I ... của
            # Nghị quyết C": B is named in A's title; the list goes on from A
            prev = self.own.get(self.title_of[k])
        if prev is None or prev.relation not in _PARTS_SHARE:
            return None
        between = self.text[self.refs[k].end : found.start]
        if aside is not None:
            between = self.text[self.refs[k].end : aside[0]] + self.text[aside[1] + 1 : found.start]
        if not _LISTED_PART.fullmatch(between) and not (
            _LISTED_CONTENT.fullmatch(between) and (first is None or first.end <= self.refs[k].end)
        ):
            return None
        return Statement(
            None,
            prev.relation,
            i,
            round(min(prev.confidence, 0.8), 2),
            "list continued",
            prev.cue,
            prev.cue_start,
        )

    def _matter_named(self, act: FoundCue) -> bool:
        """Whether the act's words stand in a matter a sentence names as its subject ("Việc
        công nhận và thay thế người có uy tín quy định tại Điều 6 Quyết định X thuộc thẩm
        quyền …", news-841): a matter X's provision rules, no act on X (`_MATTER_NAMED`)."""
        line = self.text.rfind("\n", 0, act.start) + 1
        return _MATTER_NAMED.fullmatch(self.text, line, act.start) is not None

    def _places_provision(self, before: FoundCue, found: FoundCue) -> bool:
        """Whether cue `before` only says where the provision of cue `found` stands ("…
        danh sách các cửa khẩu quốc tế … được nêu tại Điều 2 Nghị quyết …", tvpl-010): the
        words right before it, no act of their own."""
        return (
            before.cue.name == "passive description"
            and _PLACED_AT.fullmatch(before.words) is not None
            and not self.text[before.end : found.start].strip()
        )

    def _acting_on_provision(self, found: FoundCue, lo: int) -> FoundCue | None:
        """ "Bãi bỏ khoản 2 Điều 5 của Nghị định X": the act on a provision is an act on X.

        So is an act on a regulation issued with X ("sửa đổi Quy chế ban hành kèm theo X")."""
        reach = _TRANSPARENT.get(found.cue.name)
        if reach is None:
            return None
        before = self._cue_before(lo, found.start)
        while before is not None and (
            before.cue.name in _TRANSPARENT
            or (before.cue.passive and not self._agent_after(before))
            or self._places_provision(before, found)
        ):
            # "Thay thế 03 TTHC ... tại Danh mục TTHC mới ban hành và bị bãi bỏ ... ban hành
            # kèm theo X": a passive there names the part, it does not act
            before = self._cue_before(lo, before.start)
        opening = self._scope_opening(lo, found)
        if opening is not None:
            before = opening  # "Thông tư này hướng dẫn … các đối tượng thực hiện … theo …"
        if before is not None and self._scope_clause(before, found):
            reach = len(self.text)  # the whole clause, however long its list of matters
        elif (
            before is not None
            and (before.cue.relation in ("REPLACES", "REPEALS"))
            and not _RULES_ACTED_ON.match(self.text, before.end)
            and (found.words.lower().startswith("theo") or self._matter_named(before))
        ):
            # "… chăm sóc thay thế theo quy định tại khoản 4 Điều 38 Nghị định X": by X's
            # rule, the words before it are not an act on X (but "Bãi bỏ các quy định về …
            # theo quy định tại điểm đ khoản 1 Điều 9 Nghị định X" ends those rules of X)
            return None
        elif before is None or (
            before.cue.relation not in _REACHES_THROUGH.get(found.cue.name, ACTS_ON_TEXT)
            and not self._details_provisions(before, found)
        ):
            return None
        gap = _QUOTED.sub("", self.text[before.end : found.start])
        if _RULES_ACTED_ON.match(self.text, before.end) or (
            before.cue.name == "amend" and _INSERTED_INTO.match(self.text, before.end)
        ):
            reach = max(reach, _TITLE_REACH)  # the rules are told of before they are placed
        elif _PARTS_LISTED.search(self.text, max(0, found.start - 16), found.start):
            # "Nghị định này quy định chi tiết về giám sát …; đánh giá, xếp loại; báo cáo …,
            # bao gồm: Khoản 3 Điều 8, … khoản 4 Điều 55 Luật …" (relations-051): the matters
            # are told of first, then the provisions they stand in
            reach = max(reach, _TITLE_REACH)
        elif _BRACKET_OPENS.search(self.text, max(0, found.start - 4), found.start):
            # "Thông tư … sửa đổi, bổ sung kiểu mẫu, màu sắc mũ kê pi của sĩ quan …; hạ sĩ quan
            # và binh sĩ (Điều 12, Thông tư số 168/2020/TT-BQP)" (news-954): the bracket says
            # where the matters told of stand
            reach = max(reach, _TITLE_REACH)
        if len(gap) > reach or self._has_ref(before.end, found.start):
            return None
        if _in_quotes(self.text, before.end, found.start) or _NEW_WORDING.search(
            self.text, before.end, found.start
        ):
            # "Sửa đổi khoản 3 như sau: “... kèm theo Thông tư X": new wording, quoted or
            # not ("sửa đổi, bổ sung khoản 1 Điều 17 như sau: Hộ gia đình … theo quy định tại
            # Điều 18, Điều 19 Nghị định số 103/2024/NĐ-CP", news-896)
            return None
        return before

    def _scope_clause(self, before: FoundCue, found: FoundCue) -> bool:
        """ "Thông tư này hướng dẫn một số nội dung về … theo quy định tại Quyết định số X": a
        text's scope clause, in which the text's own document guides, guides the document whose
        provisions it names (not one an entity was merely set up under: "Quỹ … được thành
        lập theo Quyết định số X")."""
        return (
            before.cue.relation == "GUIDES"
            and found.cue.name == "provision"
            and found.words.lower().startswith(_SCOPE_PROVISION_WORDS)
            and (
                before.start in self.reported_scopes
                or _THIS_TEXT_GUIDES.search(
                    self.text, max(0, before.start - _THIS_TEXT_REACH), before.start
                )
                is not None
            )
        )

    @staticmethod
    def _details_provisions(before: FoundCue, found: FoundCue) -> bool:
        """ "quy định chi tiết khoản 5 Điều 40 Luật X", "hướng dẫn Điều 10, Điều 44 của Luật
        X": detailing a document's provisions guides it ("theo quy định tại …" after a
        guiding verb only says by what rule; a scope clause decides that one)."""
        return (
            before.cue.relation == "GUIDES"
            and found.cue.name == "provision"
            and not found.words.lower().startswith("theo")
        )

    def _scope_opening(self, lo: int, found: FoundCue) -> FoundCue | None:
        """The guiding words that open a `SCOPE_CLAUSE`, however many cues its list of
        matters holds before the provision it ends on ("Thông tư này hướng dẫn trình tự …
        của các đối tượng thực hiện cổ phần hóa theo quy định tại Điều 2 Nghị định số X")."""
        if found.cue.name != "provision":
            return None
        if found.words.lower().startswith(_SCOPE_PROVISION_WORDS):
            rules = (SCOPE_CLAUSE,)
        elif _THEO_BEFORE.search(
            self.text, max(0, found.start - 8), found.start
        ) and _NAMED_PROVISION.search(found.words):
            rules = (SCOPE_CLAUSE, SCOPE_ON_PROVISION)  # "… theo điểm đ khoản 2 Điều 198a"
        else:
            return None
        verb: tuple[int, int, str] | None = None
        if self.text.find("này", lo, found.start) != -1:  # (cheap: "<type> này" names the text)
            opens = _first_opening(rules, self.text, lo, found.start)
            if opens is not None and self._opens_clause(lo, opens.start()):
                verb = (opens.start("verb"), opens.end("verb"), opens.group("verb"))
        if verb is None:
            verb = self._reported_scope(lo, found.start)
        if verb is None:
            return None
        if _SET_UP_UNDER.search(self.text, max(0, found.start - 40), found.start):
            return None  # "doanh nghiệp được thành lập theo quy định của Luật …": who it covers
        return FoundCue(verb[0], verb[1], _GUIDE, verb[2])

    def _reported_scope(self, lo: int, hi: int) -> tuple[int, int, str] | None:
        """On a report, the scope clause of the reported document as the page restates it,
        its number standing for "<type> này" (`REPORTED_SCOPE`): the guiding verb right after
        the last mention of that document in text[lo:hi], as (start, end, words). (The rule is
        anchored to the mention's end, so it is matched on the slice that follows it.)"""
        if not self.reported or self.own_number is None:
            return None
        k = bisect_left(self.ref_starts, hi) - 1
        while k >= 0 and self.refs[k].start >= lo:
            ref = self.refs[k]
            if ref.end <= hi and names_number(ref.canonical, self.own_number):
                m = REPORTED_SCOPE.pattern.match(self.text[ref.end : hi])
                if m is None:
                    return None
                start = ref.end + m.start("verb")
                self.reported_scopes.add(start)
                return (start, ref.end + m.end("verb"), m.group("verb"))
            k -= 1
        return None

    def _subject_after_lead(self, i: int, found: FoundCue, lo: int) -> bool:
        """Whether mention `i` opens the main clause after a leading clause that cue `found`
        opens and a comma ends: "Tiếp tục thực hiện mục tiêu minh bạch hóa TTCK, Nghị định
        số 245/2025/NĐ-CP bổ sung …" (news-748) carries out a goal; the decree is the
        subject of what follows, not the cue's object. A list of documents after the cue
        ("Thực hiện Kế hoạch …, Kết luận số …") names one before the comma: not this."""
        if not self._opens_clause(lo, found.start) and not _TOPIC_LEAD.fullmatch(
            self.text, lo, found.start
        ):
            return False
        start = self.refs[i].start
        between = self.text[found.end : start]
        comma = between.rfind(",")
        if comma == -1 or "(" in between or self._has_ref(found.end, start):
            return False
        # (a designation, "Nghị định số ", stands after the last comma: `designation_start`)
        main = between[comma + 1 : designation_start(between)]
        # ... or a main clause of its own, its subject first: "Về việc triển khai thực hiện
        # mô hình …, Chính phủ cơ bản thống nhất với Báo cáo số …", "Regarding the
        # implementation and operation of …, the Government basically agreed with Report No."
        return not main.strip() or _NEW_SUBJECT.match(main) is not None

    def _issued_after_cue(self, i: int, found: FoundCue) -> bool:
        """Whether mention `i` is what a body issues in a clause of its own after the cue's
        (`_BODY_ISSUES_AFTER`): "… Công điện số 80/CĐ-TTg … về việc đẩy mạnh triển khai
        phương án xử lý tài sản, Bộ Tài chính vừa có văn bản số 8400/BTC-QLCS …" (blind round
        CY): the cue carries out the plan it names; the letter is the ministry's."""
        start = self.refs[i].start
        return not self._has_ref(found.end, start) and bool(
            _BODY_ISSUES_AFTER.search(self.text, found.end, start)
        )

    def _opens_clause(self, lo: int, at: int) -> bool:
        """Whether a scope clause opening at `at` opens the clause that starts at `lo`: nothing
        but an item mark before it, or its article's heading line ("Phạm vi điều chỉnh")."""
        lead = self.text[lo:at]
        return not _ITEM_MARK.sub("", lead).strip() or bool(_ARTICLE_HEADING.fullmatch(lead))

    def _agent_after(self, found: FoundCue) -> bool:
        """Whether a passive names who acted ("được sửa đổi, bổ sung bởi khoản 2 Điều 2 Thông
        tư số X"): then it describes what X did, not the title of a part."""
        return bool(_AGENT.match(self.text, found.end)) or found.words.lower().endswith(
            ("bởi", "tại", "theo")
        )

    def _describer(self, i: int, found: FoundCue, lo: int) -> int | None:
        """A reference just before the cue, whose title the cue is part of."""
        chained = self._cue_before(lo, found.start)
        while chained is not None and self._one_predicate(chained, found):
            found = chained  # "quy định chi tiết và hướng dẫn thi hành": one predicate
            chained = self._cue_before(lo, found.start)
        in_effect = self._in_effect_then_acting(i, found, lo)
        if in_effect is not None:
            return in_effect
        among = False  # passed a mention the cue goes on from after "trong đó"
        for j in range(i - 1, -1, -1):
            r = self.refs[j]
            if r.end > found.start:
                continue
            if r.start < lo or found.start - r.end > _TITLE_REACH:
                return None
            gap = self.text[r.end : found.start]
            if (
                r.self
                or r.canonical == self.own_number
                or self.shape.item_starts_between(r.end, found.start)
            ):
                return None
            if _POINTS_BACK.search(gap):
                return None
            if r.kind == "named" and r.type_name in TITLED_KINDS:
                return None  # a document named by its title: its title ends with the name
            yardstick = self.own.get(j)
            if (
                yardstick is not None
                and yardstick.rule == "comparison"
                and _YARDSTICK_ENDS.match(gap)
            ):
                # "Luật … năm 2025, với việc giảm … so với Luật … năm 2015 đã thể chế hóa Kết
                # luận số 119-KL/TW", "So với Luật Giao thông đường bộ năm 2008, Luật bổ sung
                # … để sửa đổi, bổ sung Luật Phí và lệ phí": the verb after the yardstick of a
                # comparison is the sentence's (a title is no past tense and follows with no
                # comma: "so với Nghị định 146/2024 … sửa đổi … Nghị định số 102/2022")
                continue
            if not among and _AMONG_THEM.search(gap):
                if j in self.title_of:
                    return self.title_of[j]
                among = True  # the document whose title named this one stands further back
                continue
            if _TITLE_AFTER_COLON.fullmatch(gap) and found.words[:1].isupper():
                return j  # "Nghị định số 83/2024/NĐ-CP của Chính phủ: Sửa đổi, bổ sung …"
            if j in self.title_of and _PURPOSE_ENDS.search(gap):
                # "Nghị định số 245/2025 sửa đổi … Nghị định số 155/2020/NĐ-CP để quy định
                # chi tiết … Luật số 56/2024/QH15": the purpose is the acting document's
                return self.title_of[j]
            if _PURPOSE_ENDS.search(gap) and self._own_act_on(j):
                # ... and so it is when the acting document is the text's own, or the one a
                # report is about ("Nghị định số 245/2025/NĐ-CP sửa đổi … Nghị định số
                # 155/2020/NĐ-CP để quy định chi tiết … Luật số 56/2024/QH15" under a title
                # naming 245/2025, news-774): no title, the cue is that document's own
                return None
            if _ISSUER_ISSUES.search(self.text, r.end, found.end):
                # "Thực hiện Nghị quyết số 76/NQ-CP … của Chính phủ về …, Ủy ban nhân dân tỉnh
                # ban hành kế hoạch triển khai thực hiện Nghị quyết số 76/NQ-CP": a body issues
                # a document of its own after the comma; the cue names that one's purpose. The
                # type noun may be the cue itself ("…, Chính phủ ban hành Chương trình hành
                # động thực hiện Nghị quyết 41-NQ/TW")
                return None
            if self._issued_then_acting(j, gap, found) or self._subject_past_apposition(j, gap):
                return j
            if _NOT_IN_TITLE.search(gap) and not _DATE_THEN_TITLE.fullmatch(gap):
                if self._repeats_its_predicate(r.end, found):
                    return j
                return self._title_going_on(j, gap)
            if "," in gap and _PLURAL_VERB.match(found.words):
                # "In order to achieve the goals set out in Resolution No. 71-NQ/TW, ministries,
                # … and People's Committees … continue to effectively implement Resolution No.
                # 29-NQ/TW" (blind round AT): a verb in the plural has a subject of its own,
                # no document's title ("Conclusion No. 91-KL/TW continues to implement …" is)
                return None
            if found.words.lower().startswith("theo"):
                return None  # "theo chỉ đạo của ... tại X" qualifies the clause, not a title
            if _OPENS_LINE.search(gap) and found.words[:1].isupper():
                return None  # "... PHÒNG THỦ DÂN SỰ\nThực hiện Quyết định ...": a new clause
            return j
        return None

    def _in_effect_then_acting(self, i: int, found: FoundCue, lo: int) -> int | None:
        """The mention a clause says takes effect and then replaces, amends or repeals mention
        `i` by `found` (`_EFFECT_THEN_ACTS`), when it is the clause's subject (it opens the
        sentence or an item, `REPORTED_SUBJECT_LEAD`) and not the text's own number."""
        if found.cue.relation not in ACTS_ON_TEXT:
            return None
        j = bisect_left(self.ref_starts, found.start) - 1
        while j >= 0 and self.refs[j].end > found.start:
            j -= 1
        while j > 0 and self._in_alias_bracket(j, found.start):
            j -= 1  # "… No. 16/2012/QH13 that will take effect … ( Advertising Law ), and …"
        if j < 0 or j >= i or self.refs[j].start < lo or self.refs[j].canonical is None:
            return None
        if names_number(self.refs[j].canonical, self.own_number):
            return None
        if not _EFFECT_THEN_ACTS.fullmatch(self.text, self.refs[j].end, found.start):
            return None
        start = max(lo, sentence_bounds(self.text, self.refs[j].start)[0])
        # (the line break that ends the sentence before may open this one's span)
        before = self.text[start : self.refs[j].start].lstrip("\n")
        head = designation_start(before)
        before = before if head is None else before[:head]
        if REPORTED_SUBJECT_LEAD.pattern.match(before) or _PASSED_BEFORE.search(before):
            return j
        return None

    def _in_alias_bracket(self, j: int, cue: int) -> bool:
        """Whether mention `j` stands alone in a short bracket after the mention before it,
        the bracket closing before `cue` (`_ALIAS_BRACKET`): it names that one again."""
        before, ref = self.refs[j - 1], self.refs[j]
        return (
            _ALIAS_BRACKET.fullmatch(self.text, before.end, cue) is not None
            and "(" in self.text[before.end : ref.start]
            and ")" in self.text[ref.end : cue]
        )

    def _issued_then_acting(self, j: int, gap: str, found: FoundCue) -> bool:
        """Whether mention `j` is reported passed or issued, and what it does follows after a
        comma: "Quốc hội thông qua Luật Bảo hiểm xã hội số 41/2024/QH15, thay thế Luật … số
        58/2014/QH13", "the National Assembly passed … Law No. 41/2024/QH15, replacing …"."""
        r = self.refs[j]
        if found.cue.relation not in ("REPLACES", "AMENDS"):
            return False
        if (
            _TOPIC_THEN_COMMA.fullmatch(gap) is not None
            and _PASSED_BEFORE.search(self.text, max(0, r.start - 80), r.start) is not None
        ):
            return True
        # ... or the document opens its line or item, then its date, issuer and title: "1.
        # Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm, từ chức đối
        # với cán bộ, thay thế Quy định số 260-QĐ/TW …" (blind round AQ)
        return (
            _DESCRIBED_THEN_COMMA.fullmatch(gap) is not None
            and _OPENS_ITEM_WITH_DOCUMENT.search(self.text, max(0, r.start - 40), r.start)
            is not None
        )

    def _subject_past_apposition(self, j: int, gap: str) -> bool:
        """Whether mention `j` opens its sentence as a translation's subject and the words up to
        the cue set off its date or issuer between commas: "Plan No. 333-KH/TU dated May 7,
        2025, issued by the Provincial Party Committee, thoroughly grasps and concretizes
        Resolution No. 57-NQ/TW" (the plan does it)."""
        r = self.refs[j]
        opening = self.text[max(0, r.start - _OPENING_REACH) : r.start]
        return (
            _APPOSITION_THEN_PREDICATE.fullmatch(gap) is not None
            and _OPENS_WITH_DOCUMENT.search(opening) is not None
        )

    def _own_act_on(self, j: int) -> bool:
        """Whether the text's own document acts on mention `j` (amends, replaces … it)."""
        st = self.own.get(j)
        return st is not None and st.subject is None and st.relation not in ("CITES", "BASED_ON")

    def _in_a_title(self, i: int, lo: int) -> bool:
        """Whether mention `i` stands in the title of a document named before it ("Quyết định
        số 48/2020 … sửa đổi, bổ sung một số nội dung Quyết định số 78/2016 …"): what is said
        after the whole list ("… hết hiệu lực") is said of that document, not of this one."""
        found = self._cue_before(lo, self.refs[i].start)
        return (
            found is not None
            and found.cue.relation not in ("CITES", "BASED_ON")
            and not self._has_ref(found.end, self.refs[i].start)
            and not self._item_after_a_title(found, i)
            and self._describer(i, found, lo) is not None
        )

    def _item_after_a_title(self, found: FoundCue, i: int) -> bool:
        """Whether mention `i`, after a title whose cue is `found`, opens the next item of a
        list (`_NEXT_ITEM_OPENS`): "Nghị định số 132/2005/NĐ-CP … về thực hiện các quyền …
        đối với công ty nhà nước, Nghị định số 86/2006/NĐ-CP … sửa đổi, bổ sung … đều bị bãi
        bỏ" (relations-037): 86 has a title of its own, so 132's title ended at the comma,
        and what the sentence ends on is said of 86 as of 132. The title's predicate must be
        one ("sửa đổi", "quy định"): "… sửa đổi Quyết định số A, Quyết định số B hết hiệu lực
        …" gives B no title (the cue after it says what ends), so B may be one more object."""
        if not _NEXT_ITEM_OPENS.search(self.text, found.end, self.refs[i].start):
            return False
        if not self._own_title_follows(i):
            return False
        k = bisect_left(self.cue_starts, self.refs[i].end)
        return not self.cues[k].cue.after  # (`_own_title_follows` found a cue at k)

    def _predicate_start(self, lo: int, found: FoundCue) -> int:
        """Where the predicate `found` ends begins: "các văn bản [quy định chi tiết, hướng dẫn
        thi hành] Luật số X" is one predicate of two cues, whose actor stands before both."""
        chained = self._cue_before(lo, found.start)
        while (
            chained is not None
            and chained.cue.relation == found.cue.relation
            and self._one_predicate(chained, found)
        ):
            found = chained
            chained = self._cue_before(lo, found.start)
        return found.start

    def _one_predicate(self, first: FoundCue, then: FoundCue) -> bool:
        """Whether two cues in a row make one predicate of a title: "quy định chi tiết và
        hướng dẫn thi hành", "quy định chi tiết một số điều và biện pháp để tổ chức, hướng
        dẫn thi hành" (no document named between them, the clause not ended)."""
        if _CHAINED.fullmatch(self.text, first.end, then.start):
            return True
        if first.cue.relation in ("CITES", "BASED_ON") or self._has_ref(first.end, then.start):
            return False
        between = self.text[first.end : then.start]
        return len(between) <= _PREDICATE_GAP and not re.search(r"[;:.]|\n[ \t]*\n", between)

    def _repeats_its_predicate(self, lo: int, found: FoundCue) -> bool:
        """Whether the title that runs from `lo` to the cue `found`, after a comma, already said
        the same of a document: "… CIRCULAR NO. 06/2012/TT-BTC … GUIDING THE IMPLEMENTATION OF
        … THE LAW ON VALUE-ADDED TAX, GUIDING THE IMPLEMENTATION OF THE DECREE NO. …" (blind
        round W): the second predicate is the title's too. Only a guide or an amendment, a
        title's predicates; not "… triển khai …, triển khai thực hiện …", a task of its own."""
        if found.cue.relation not in ("GUIDES", "AMENDS"):
            return False
        if not self.text[lo : found.start].rstrip().endswith(",") or _CLAUSE_BREAK.search(
            self.text, lo, found.start
        ):
            return False
        before = self._cue_before(lo, found.start)
        return (
            before is not None and before.start >= lo and before.cue.relation == found.cue.relation
        )

    def _title_going_on(self, j: int, gap: str) -> int | None:
        """ "Thông tư X hướng dẫn Nghị định Y và sửa đổi Thông tư Z": X's title named Y and
        goes on after "và" with one more predicate; the document whose title it is."""
        if _CLAUSE_BREAK.search(gap):
            return None
        # (after an alias's bracket, the sentence goes on of the document it names: "Decree
        # No. 157/2018/NĐ-CP (“Decree 157”) … goes into effect …, replacing …")
        return self.title_of.get(j, self.named_back.get(j))

    def _by_mention(self, i: int, j: int) -> list[Statement]:
        """Listed with the mention before it ("X; Y", "X và Y"), a mention shares its
        relation, and what another document does to X it does to Y ("17/2025 sửa đổi ...
        Nghị định 23/2024 ...; Nghị định 24/2024"); else it is nested in X's title."""
        between = self.text[self.refs[j].end : self.refs[i].start]
        alias = self._alias_of(i, j)
        if alias is not None:
            return [alias]
        amended = self._amended_with_the_first(i, j, between)
        if amended:
            return amended
        acted = self._acted_on_by_agent(j) if ";" in between else None
        if acted is not None:
            return self._next_item_after_agents(i, acted)
        if list_joiner(between) is None:
            prev = self.own.get(j)
            if (
                prev is not None
                and prev.relation in ACTS_ON_TEXT
                and _LISTED_CONTENT.fullmatch(between)
            ):
                # "thay thế Danh mục … tại Quyết định A … và Quy trình nội bộ … tại Quyết định
                # B": the act goes on to the content named after "và"
                return [self._listed_with(i, j)]
            if prev is not None and prev.relation != "CITES" and self._numbered_in_bracket(between):
                return [self._listed_with(i, j)]
            self.title_of[i] = j
            return [Statement(None, "CITES", i, 0.8, "nested in a title")]
        item_after_title = ";" in between and _OWN_TITLE.match(self.text, self.refs[i].end)
        # "Bãi bỏ Quyết định A sửa đổi Quy định kèm theo Quyết định B và Quyết định C sửa đổi
        # ...": C, with a title of its own, is the next item of the list A began; when A was
        # itself named in a title, of the list the item this text acts on began ("Thực hiện
        # Nghị quyết 93/NQ-CP … ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW … về tiếp
        # tục thực hiện Chỉ thị số 36-CT/TW …; Quyết định số 7619/QĐ-BCA … phê duyệt …", MN)
        holder = self._item_holding(self.title_of[j]) if j in self.title_of else None
        if holder is not None and (
            self._own_title_follows(i) or (item_after_title and self._an_item(holder))
        ):
            head = holder
            if self._next_line_item(head, j, i):
                return [self._listed_with(i, head)]  # a line of its own: its own title
            return [
                self._listed_with(i, head),
                *self._next_agent(i, head),
                *self._next_title_object(i, head),
            ]
        if j in self.title_of and item_after_title:
            # "Thông tư 66/2023 sửa đổi Thông tư 55/2021 hướng dẫn Luật Cư trú; Thông tư
            # 56/2021 …": j was named in the title of 55/2021, and the ";" item after it goes
            # on with the list 55/2021 is in
            return self._shares_with(i, self.title_of[j])
        if _PAST_PREDICATE.match(self.text, self.refs[j].end):
            # "… Luật Chứng khoán đã bổ sung đối tượng …, Nghị định số 245/2025/NĐ-CP cũng đã
            # bổ sung …": a clause of its own follows j, so what was done to j is not the
            # next mention's (a list item is described by a title, never in the past tense)
            return [self._listed_with(i, j)]
        outer = self._outer_item(i, j, between)
        if outer is not None:
            return self._shares_with(i, outer)
        return self._shares_with(i, j)

    def _item_holding(self, k: int) -> int:
        """The list item whose title names mention `k`: `k` itself when this text acts on
        it, else the nearest title holder up the chain that the text acts on, if any (a
        holder that only a reported document acts on is an item of that document's list)."""
        head = k
        while self._cites_only(head) and head in self.title_of:
            outer = self.title_of[head]
            if self._cites_only(outer):
                break
            head = outer
        return head

    def _cites_only(self, k: int) -> bool:
        own = self.own.get(k)
        return own is None or own.relation == "CITES"

    def _outer_item(self, i: int, j: int, between: str) -> int | None:
        """The item of an outer list that mention `i`, after a ";", goes on from, when `j`
        was named in that item's title and `i` is of the item's type, not of j's: "… như:
        Kế hoạch số 27-KH/TU về thực hiện Kết luận số 05-KL/TW … về tiếp tục thực hiện Chỉ
        thị số 50-CT/TW …; Kế hoạch số 28-KH/TU; …" (28-KH/TU is the next plan, not one more
        directive 05-KL/TW continues)."""
        if ";" not in between or j not in self.title_of:
            return None
        top = j
        while top in self.title_of:
            top = self.title_of[top]
        code = self.refs[i].type_code
        if code is None or code == self.refs[j].type_code or code != self.refs[top].type_code:
            return None
        return top

    def _amended_with_the_first(self, i: int, j: int, between: str) -> list[Statement]:
        """A law listed right after the name of the law that amends it, the page's own ("Quốc
        hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư theo
        phương thức đối tác công tư; Luật Hải quan; …", news-915): the name ends with the
        first law amended, and the list goes on with the others (`AMENDING_LAW_NAME`). The
        amending law is the page's when the page has no number and the law none yet (a law
        just passed, or a bill), or it is the text's own; another numbered law's name is a
        title the page only cites."""
        named = self.refs[j]
        if named.kind != "named" or not _LAW_LIST_GAP.fullmatch(between):
            return []
        if not AMENDING_LAW_NAME.pattern.match(self.text, named.start, named.end):
            return []
        if _rank(self.refs[i]) != 0:
            return []  # a law's name lists laws
        if not (self._own_name_at(j) or (self.own_number is None and not named.canonical)):
            return []
        found = self._cue_before(named.start, named.end)
        if found is None or found.cue.relation != "AMENDS":
            return []
        rule = f"amended with the first law of the name ({LAW_REPORTED})"
        return [self._own(i, found, rule, -0.1), _by(j, "AMENDS", i, 0.7, rule, found)]

    def _shares_with(self, i: int, j: int) -> list[Statement]:
        """Mention `i` listed after `j`: its own relation is j's, and what another document
        does to j (or j does to another) it does with i, unless a title ended between them."""
        # "Thông tư số 12/2025/TT-BTC sửa đổi … Thông tư số 40/2017/TT-BTC; Thông tư số
        # 71/2018/TT-BTC quy định …": after a ";" a mention with a title of its own starts the
        # next item, so what the title before said of j stays j's ("… của Nghị định số
        # 23/2024/NĐ-CP …; Nghị định số 24/2024/NĐ-CP ngày 27/2/2024 về …" goes on with it;
        # so does what a verb heading the list does, "Thông tư này thay thế A; B")
        holder = self.title_of.get(j, self.listed_in_title.get(j))
        title_ended = (
            ";" in self.text[self.refs[j].end : self.refs[i].start]
            and bool(_OWN_TITLE.match(self.text, self.refs[i].end))
            and (holder is None or self._an_item(holder))
        )
        line_item = self._next_line_item(holder, j, i)
        shared = []
        aside = _bracket_closed_in(self.text, self.refs[j].end, self.refs[i].start)
        for s in self.about.get(j, []):
            if aside is not None and s.cue_start is not None and aside[0] < s.cue_start < aside[1]:
                continue  # "X (sửa đổi tại Z), Y": what Z did to X was said in the bracket
            if title_ended and s.rule == _IN_TITLE:
                continue
            if line_item and s.object == j and s.subject is not None:
                continue  # what a title above did to j, the item of a line before
            if s.object == j and s.subject != i:  # 17/2025 amends X; and Y listed after X
                if not _may_do(s.relation, self.refs[s.subject], self.refs[i]):
                    continue  # "69/2018 quy định chi tiết … Luật X, Nghị định 146/2025 …"
                shared.append(replace(s, object=i, rule="list continued"))
            elif s.subject == j and s.object != i:  # A amended by X, and by Y listed after X
                if not _may_do(s.relation, self.refs[i], self.refs[s.object]):
                    continue
                shared.append(replace(s, subject=i, rule="list continued"))
        if holder is not None and not title_ended:
            self.listed_in_title[i] = holder
        return [self._listed_with(i, j)] + shared

    def _an_item(self, k: int) -> bool:
        """Whether mention `k`, whose title names other documents, is an item of a list, so
        that a ";" ends its title: the text acts on it ("Bãi bỏ Quyết định A sửa đổi … B;
        Quyết định C …"), or its line opened a list before it ("… gồm: A …, B …; C …"). A
        title that heads its line with no act on it lists its own ";" items: "Thông tư
        66/2023/TT-BCA sửa đổi Thông tư 55/2021/TT-BCA …; Thông tư 56/2021/TT-BCA …; Thông tư
        57/2021/TT-BCA …" (its real title amends all three)."""
        own = self.own.get(k)
        if own is not None and own.relation != "CITES":
            return True
        start = self.refs[k].start
        line = self.text.rfind("\n", 0, start) + 1
        return any(mark in self.text[line:start] for mark in ":;")

    def _acted_on_by_agent(self, j: int) -> int | None:
        """The mention before `j` that `j` acted on by a cue before `j` (a passive naming `j`
        its agent: "123/2016 … đã được sửa đổi … theo Nghị định số 101/2020/NĐ-CP")."""
        start = self.refs[j].start
        return next(
            (
                s.object
                for s in self.about.get(j, [])
                if s.subject == j
                and s.object < j
                and s.cue_start is not None
                and self.refs[s.object].end <= s.cue_start < start
            ),
            None,
        )

    def _next_item_after_agents(self, i: int, acted: int) -> list[Statement]:
        """ "Nghị định 83/2024 sửa đổi … Nghị định số 123/2016 … đã được sửa đổi … theo Nghị
        định số 101/2020 …; Nghị định số 10/2016 …": a ";" ends the passive's agents, and
        the mention after it is the next item of the list the acted-on mention was in (what
        83/2024 does to 123/2016 it does to 10/2016; what 101/2020 did stays 123/2016's)."""
        if acted in self.title_of:
            self.title_of[i] = self.title_of[acted]
        after = self.refs[acted].end
        shared = [
            replace(s, object=i, rule="list continued")
            for s in self.about.get(acted, [])
            if s.object == acted
            and s.subject is not None
            and s.subject != i
            and not (s.cue_start is not None and after <= s.cue_start < self.refs[i].start)
        ]
        return [self._listed_with(i, acted)] + shared

    def _next_line_item(self, holder: int | None, j: int, i: int) -> bool:
        """Whether mention `i` opens a line item of its own after `j`, named in the title of
        `holder` with no colon announcing a list: a legal site's related documents ("- 10Nghị
        định 72/2019/NĐ-CP sửa đổi Nghị định 37/2010/NĐ-CP … và Nghị định 44/2015/NĐ-CP …\n-
        11Nghị định 15/2021/NĐ-CP …", blind round AS) each have their own title."""
        return (
            holder is not None
            and _LINE_ITEM.search(self.text, self.refs[j].end, self.refs[i].start) is not None
            and ":" not in self.text[self.refs[holder].end : self.refs[i].start]
        )

    def _next_title_object(self, i: int, head: int) -> list[Statement]:
        """ "Decree 123 supersedes (i) Decree No. A …, detailing … the Law on Lawyers, (ii)
        Decree No. B …, guiding …" (blind round BD): A stands in the title of the text's
        document, B, with a title of its own after A's, is one more object of that title's
        act."""
        return [
            replace(s, object=i, rule="list continued")
            for s in self.about.get(head, [])
            if s.object == head and s.subject != i and s.rule == _IN_TITLE
        ]

    def _next_agent(self, i: int, head: int) -> list[Statement]:
        """ "X (đã được sửa đổi, bổ sung theo Nghị định A … quy định chi tiết Luật Đấu thầu … và
        Nghị định B … sửa đổi …)": B, listed after A's title, is one more agent of the passive
        that named A. Only a passive's act is shared: what A's own title says it changes is
        A's alone."""
        return [
            replace(s, subject=i, rule="list continued")
            for s in self.about.get(head, [])
            if s.subject == head and s.object != i and s.rule.startswith("passive")
        ]

    @staticmethod
    def _numbered_in_bracket(between: str) -> bool:
        """Whether `between` ends in a bracket numbering a document named after "và" by its
        capitalised type noun (`_ITEM_NUMBERED_IN_BRACKET`)."""
        head = designation_start(between)
        if head is None:
            return False
        return _ITEM_NUMBERED_IN_BRACKET.fullmatch(between, 0, head) is not None

    def _alias_of_the_mention_before(self, i: int) -> Statement | None:
        """A bracket that names the mention before it anew ("… thay thế Thông tư liên tịch
        số 07/2013/TTLT-BGDĐT-BNV-BTC … hướng dẫn thực hiện … (Thông tư liên tịch số 07)",
        news-756) takes its relation (RELATIONS.md), whatever cue the title between names."""
        start = self.refs[i].start
        if self.text.rfind("(", max(0, start - 60), start) == -1:
            return None  # (cheap: most mentions stand in no bracket)
        j = bisect_left(self.ref_starts, start) - 1
        while j >= 0 and self.refs[j].end > start:
            j -= 1
        return self._alias_of(i, j) if j >= 0 else None

    def _alias_of(self, i: int, j: int) -> Statement | None:
        """ "Quyết định số X … (sau đây gọi là Quyết định số X)": the mention that defines an
        alias takes its antecedent's relation (RELATIONS.md), once that one has its own."""
        antecedent = self._alias_antecedent(i, j)
        own = self.own.get(antecedent) if antecedent is not None else None
        if own is None:
            return None
        self.named_back[i] = antecedent
        return replace(own, object=i, rule="alias of the mention before")

    def _alias_antecedent(self, i: int, j: int) -> int | None:
        """The mention that mention `i` names anew, when `i` stands in brackets that define an
        alias ("… (sau đây gọi tắt là Nghị định số 69/2014/NĐ-CP)", or a bracket that only
        repeats type and number): the nearest one before it of the same number, back to `j`
        or, past titles it names, within `_TITLE_REACH` of the bracket."""
        ref = self.refs[i]
        if self.text.rfind("(", max(0, ref.start - 60), ref.start) == -1:
            return None  # (cheap: most mentions stand in no bracket)
        said = _ALIAS_OPENS.search(self.text, max(0, ref.start - 60), ref.start) is not None
        if not (
            said
            or (
                _BARE_ALIAS.search(self.text, max(0, ref.start - 40), ref.start)
                # (a closing quote may stand first: "(“Decree 119”)", blind round Z)
                and self.text[ref.end : ref.end + 4].lstrip().lstrip("\"”'’").startswith(")")
            )
        ):
            return None
        # ("sau đây gọi tắt là" says it names a document before: past a long title too; so
        # does a bracket that gives a whole number again, "… hội nhập quốc tế (Kết luận số
        # 51-KL/TW)", blind rounds R and U)
        whole = ref.short_form_of is None and ref.canonical is not None and "/" in ref.canonical
        reach = _ALIAS_REACH if said or whole else _TITLE_REACH
        bracket = self.text.rfind("(", 0, ref.start)
        for k in range(j, -1, -1):
            other = self.refs[k]
            if bracket - other.end > reach or _CLAUSE_BREAK.search(self.text, other.end, bracket):
                return None
            if other.canonical == ref.canonical:
                # (past a title, the number given again names a document of its own sentence)
                far = not said and bracket - other.end > _TITLE_REACH
                if far and SENTENCE_END.search(self.text, other.end, bracket):
                    return None
                return k
        return None

    def _own_title_follows(self, i: int) -> bool:
        """Whether a predicate of a title follows mention `i` in its clause ("Quyết định số X
        ngày ... của UBND thành phố sửa đổi, bổ sung ..."), before any other mention."""
        end = self.refs[i].end
        k = bisect_left(self.cue_starts, end)
        if k == len(self.cues):
            return False
        c = self.cues[k]
        gap = self.text[end : c.start]
        return (
            c.cue.relation in (*ACTS_ON_TEXT, "GUIDES", "IMPLEMENTS")
            and c.start - end <= _TITLE_REACH
            and not self._has_ref(end, c.start)
            and not _CLAUSE_BREAK.search(gap)
            # (a translation's relative clause describes the list before it: "amending …
            # Circular No. 13/2003/TT-BLDTBXH and Circular No. 14/2003/TT-BLDTBXH of May 30,
            # 2003, which guide …", blind round BJ)
            and not _WHICH_BEFORE.search(gap)
        )

    def _sentence_after(self, i: int) -> str:
        """The text after mention `i` where its sentence may go on: a heading in capitals
        ends at its line ("KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT THỦ ĐÔ\nNgày 28 tháng 6 năm
        2024, … Quốc hội … đã thông qua …" reports nothing of the title, blind round MY)."""
        ref = self.refs[i]
        after = self.text[ref.end : ref.end + 400]
        line_start = self.text.rfind("\n", 0, ref.start) + 1
        if self.text[line_start : ref.end].isupper():
            return after.split("\n", 1)[0]
        return after

    def _listed_with(self, i: int, j: int) -> Statement:
        prev = self.own.get(j)
        if prev is None:  # listed after the text's own number
            return Statement(None, "CITES", i, 0.9, "listed with the text's own number")
        rule = "list continued" if prev.rule != "list continued" else prev.rule
        return Statement(
            None,
            prev.relation,
            i,
            round(min(prev.confidence, 0.9), 2),
            rule,
            prev.cue,
            prev.cue_start,
        )

    def _own(self, i: int, found: FoundCue, rule: str, adjust: float) -> Statement:
        return Statement(
            None,
            found.cue.relation,
            i,
            round(found.cue.confidence + adjust, 2),
            rule,
            found.words,
            found.start,
        )

    # --- when nothing stands before it ---

    def _list_head(self, lo: int) -> FoundCue | None:
        """The cue of the clause ending in ':' that lists the item starting at `lo`, or of a
        heading that names the documents it lists without one ("Điều 1. Bãi bỏ toàn bộ các
        quyết định\n1. Quyết định số …")."""
        if not self.shape.item_starts_between(lo - 2, lo + 1):
            return None
        return self._colon_head(lo) or self._plural_head(lo)

    def _plural_head(self, lo: int) -> FoundCue | None:
        """A line that ends naming the documents listed under it by their plural type
        (`_PLURAL_HEAD`) and holds an act on them; every line after it up to `lo` an item."""
        floor = max(0, lo - _LIST_HEAD_REACH)
        nl = self.text.rfind("\n", floor, lo)
        for _ in range(_HEAD_LINES):
            if nl <= 0:
                return None
            # the plural type ends the line: looked for over its last words only
            line_lo = max(floor, nl - _PLURAL_REACH)
            if _may_end_plural_head(self.text, line_lo, nl) and _PLURAL_HEAD.search(
                self.text, line_lo, nl
            ):
                head_lo = _sentence_start(self.text, nl)
                if self.text[nl:lo].strip() and not self._only_items(nl - 1, lo):
                    return None
                found = _last_cue(self.text, head_lo, nl)
                if found is None or found.cue.relation not in ACTS_ON_TEXT:
                    return None
                return FoundCue(found.start, found.end, found.cue, found.words + ":")
            nl = self.text.rfind("\n", floor, nl)
        return None

    def _colon_head(self, lo: int) -> FoundCue | None:
        floor = max(0, lo - _LIST_HEAD_REACH)
        colon = self.text.rfind(":", floor, lo)
        while colon != -1:
            line_lo = self.text.rfind("\n", 0, colon) + 1
            if _same_item_mark(self.text, line_lo, lo):
                # an item before this one, of the same level, that heads a list of its own
                # ("[1] Circular 30/2020/TT-BYT …:\n- Annulling …\n[2] Circular 18/2020/TT-BYT
                # …", blind round R): the items share the head above the first of them
                colon = self.text.rfind(":", floor, line_lo)
                continue
            head_lo = _sentence_start(self.text, colon)
            if not self.text[colon + 1 : lo].strip() or self._only_items(colon, lo):
                found = _last_cue(self.text, head_lo, colon + 1)
                scope = self._scope_opening(head_lo, found) if found else None
                if scope is not None:
                    # "Thông tư này hướng dẫn … theo quy định tại:\na) Luật …;\nb) Nghị định …"
                    return FoundCue(scope.start, scope.end, scope.cue, scope.words + ":")
                if found is not None and _EFFECT_CLAUSE.fullmatch(self.text, found.end, colon):
                    stop = found.end  # a document it names only says from when
                else:
                    stop = colon
                if found is None or found.cue.relation == "CITES" or self._has_ref(found.end, stop):
                    return None
                if _in_quotes(self.text, head_lo, found.start) or any(
                    c.cue.relation in ("CITES", "BASED_ON")
                    # (one that names its own document first is a clause of its own:
                    # "According to Circular 25, … the following documents will be annulled:")
                    and not self._has_ref(c.end, found.start)
                    for c in _all_cues(self.text, head_lo, colon + 1)
                ):
                    return None  # "Căn cứ pháp lý thực hiện:" lists a legal basis column
                if found.cue.relation == "BASED_ON":
                    return None
                return FoundCue(found.start, found.end, found.cue, found.words + ":")
            colon = self.text.rfind(":", floor, head_lo)
            if colon != -1 and not self._only_items(colon, lo):
                return None
        return None

    def _item_opens_with(
        self, lo: int, pos: int, any_segment: bool = False, lead: re.Pattern[str] | None = None
    ) -> bool:
        """Whether the item (or, with `any_segment`, the segment) at `lo` opens at `pos`, or
        after words `lead` allows."""
        rest = _ITEM_MARK.sub("", self.text[lo:pos]).strip()
        return (any_segment or self.shape.item_starts_between(lo - 2, lo + 1)) and (
            not rest or (lead is not None and lead.fullmatch(rest) is not None)
        )

    def _item_names_it(self, i: int, lo: int) -> bool:
        """Whether the item at `lo` opens with the mention ("a) Nghị định số X ...") or with
        the part of it the item names ("- Mục 1 phần 3 tại Thông tư số X ...")."""
        head = self.text[lo : self.refs[i].start]
        designation = designation_start(head)
        rest = _ITEM_MARK.sub("", head if designation is None else head[:designation]).strip()
        return (
            len(rest) <= _ITEM_LEAD
            or _PART_OF.fullmatch(rest) is not None
            or _OWNER.fullmatch(rest) is not None
        )

    def _only_items(self, colon: int, lo: int) -> bool:
        """Whether every line between the list head and `lo` belongs to its items."""
        body = self.text[colon + 1 : lo]
        if re.search(r"\n[ \t]*\n[ \t]*\n", body) or body.split("\n", 1)[0].strip():
            return False  # "Cơ quan thực hiện: Sở ..." labels a field; it heads no list
        if _NEW_ARTICLE.search(body):
            # "2. Nghị định này thay thế:\na) …\nĐiều 44. Chuyển tiếp\n1. Nghị định số …":
            # the list ended with its article
            return False
        lines = [ln for ln in body.split("\n")[1:] if ln.strip()]
        if any(not _ITEM_LINE.match(cell) for cell in _CELL_OPENING.findall(body)):
            # "Điều kiện thực hiện (nếu có):\n1. ...\n\nCăn cứ pháp lý của thủ tục\n\n1. Luật
            # Dược ...": a cell that opens with no item mark is a new heading; the list ended
            return False
        return bool(lines) and _ITEM_LINE.match(lines[0]) is not None

    def _has_ref(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.ref_starts, lo)
        return k < len(self.ref_starts) and self.ref_starts[k] < hi

    def _cell_before(self, lo: int) -> FoundCue | None:
        """A cue left without an object at the end of the table cell before this one."""
        if not cell_gap(self.text, max(0, lo - CELL_REACH), lo):
            return None  # no cell break close before: no cue can be left there (cheap to ask)
        prev_lo = self.shape.segment_start(lo - 1)
        found = _last_cue(self.text, prev_lo, lo)
        if found is None or found.cue.relation in ("CITES", "BASED_ON"):
            return None
        if self._has_ref(found.end, lo) or not cell_gap(self.text, found.end, lo):
            return None
        if re.search(r"[^\s:]", self.text[found.end : lo]):
            return None  # the cue has words after it in its own cell
        return found

    def _cue_after(self, i: int) -> FoundCue | None:
        ref = self.refs[i]
        end = SENTENCE_END.search(self.text, ref.end, ref.end + _REACH_AFTER)
        hi = end.start() if end else min(len(self.text), ref.end + _REACH_AFTER)
        k = bisect_right(self.ref_starts, ref.end)
        nxt = self.refs[k].start if k < len(self.refs) else hi
        for k in range(bisect_left(self.cue_starts, ref.end), len(self.cues)):
            c = self.cues[k]
            if c.start >= hi:
                break
            if c.cue.after and (c.start < nxt or self.language != "ja"):
                return c
            if self.language == "ja" and c.cue.relation != "CITES":
                return c
            if c.start >= nxt:
                break
        return None

    def _basis_cue(self, basis: tuple[int, int]) -> tuple[str, int]:
        known = self.basis_cues.get(basis)  # every mention of a basis line asks
        if known is None:
            found = _last_cue(self.text, basis[0], basis[0] + 12)
            known = (found.words, found.start) if found else ("Căn cứ", basis[0])
            self.basis_cues[basis] = known
        return known

    def _described(self, i: int, lo: int) -> list[Statement]:
        """In a basis line, a cue in a title still says what that document did."""
        start = self.refs[i].start
        found = self._cue_before(lo + 1, start)
        if found is not None and found.cue.passive:
            return self._passive(i, found, lo)[1:]
        if found is not None and found.cue.relation == "CITES":
            # the act on a provision of it: "Điều 4 Thông tư 96/2015/TT-BTC sửa đổi, bổ sung
            # Điều 6 Thông tư 78/2014/TT-BTC" (`_by_cue` reads it alike)
            acting = self._acting_on_provision(found, lo)
            if acting is not None and self._acts_forward(acting):
                found = acting
        if found is None or found.cue.relation in ("CITES", "BASED_ON"):
            return []
        if self._has_ref(found.end, start):
            return self._listed_in_title(i, found)
        passive = self._agent_by_name(found, lo)
        if passive is not None:
            return self._passive(i, passive, lo, named=True)[1:]
        describer = self._title_acting(i, found, lo)
        if describer is None or self._next_item_after_title(found, i):
            return []
        # held in that title: a passive after it climbs to the holder when its agent is of too
        # low a rank ("Căn cứ Thông tư số A quy định chi tiết … Luật Du lịch được sửa đổi, bổ
        # sung bởi Thông tư số B": B amends A, as `_by_cue` reads it outside a basis line)
        self.title_of[i] = describer
        return self._title_acts(describer, i, found)

    def _listed_in_title(self, i: int, found: FoundCue) -> list[Statement]:
        """The next item of a list a title's act began, joined to it with no cue between: the
        same act ("Căn cứ Nghị định số 72/2019/NĐ-CP … sửa đổi bổ sung một số điều của Nghị
        định số 37/2010/NĐ-CP và Nghị định số 44/2015/NĐ-CP", blind round AH)."""
        prev = i - 1
        describer = self.title_of.get(prev)
        if describer is None or self.refs[prev].start < found.end:
            return []
        gap = self.text[self.refs[prev].end : self.refs[i].start]
        if ";" in gap or list_joiner(gap) is None:
            return []  # (a ";" ends the title: "… số 28/2016/QH14 về sửa đổi … Nghị quyết số
            # 55/2010/QH12 …; số 107/2020/QH14 …" lists the next basis, tvpl-76)
        self.title_of[i] = describer
        return self._title_acts(describer, i, found)

    def _acts_forward(self, found: FoundCue) -> bool:
        """Whether cue `found` acts on what follows it, as a title's verb does: not a passive
        ("Điều 3 Luật X được sửa đổi bởi khoản 2 Điều 1 Luật Y"), not a cue that follows its
        object ("thủ tục hành chính bị bãi bỏ"), not a word of a law's name ("khoản 2 Điều 1
        Luật thuế thu nhập cá nhân sửa đổi 2012", "khoản 3 Điều 2 Luật sửa đổi các Luật về
        thuế 2014", which no catalogue may know)."""
        if found.cue.passive or found.cue.after:
            return False
        if _LAW_NAMED_BEFORE.search(self.text, max(0, found.start - 8), found.start):
            return False
        k = bisect_right(self.ref_starts, found.start) - 1
        return k < 0 or self.refs[k].end <= found.start

    def _title_acting(self, i: int, found: FoundCue, lo: int) -> int | None:
        """The mention whose title holds the cue `found` (`_describer`); for an act on a
        text, the document able to do it: a law named in another's title changes no decree
        or circular ("Nghị định 226/2025/NĐ-CP sửa đổi … các nghị định quy định chi tiết thi
        hành Luật Đất đai đã sửa đổi, bổ sung … Nghị định số 71/2024/NĐ-CP": 226/2025 did)."""
        j = self._describer(i, found, lo)
        if j is None or found.cue.relation not in ACTS_ON_TEXT:
            return j
        if _rank(self.refs[j]) != 0 or not _rank(self.refs[i]):
            return j
        if j in self.title_of:
            return self.title_of[j]
        # the law stands in a class of documents ("các nghị định quy định chi tiết thi hành
        # Luật Đất đai"), whose cue is another's: the document named before it in the clause
        k = j - 1
        if (
            k >= 0
            and self.refs[k].start >= lo
            and _rank(self.refs[k]) != 0
            and _named_as(self.refs[k]) != _named_as(self.refs[i])
        ):
            gap = self.text[self.refs[k].end : found.start]
            if len(gap) <= _TITLE_REACH and not _CLAUSE_BREAK.search(gap):
                # the text's own document names no title: the act is its own (`_describer`)
                return None if names_number(self.refs[k].canonical, self.own_number) else k
        return j

    def _title_acts(self, describer: int, i: int, found: FoundCue) -> list[Statement]:
        """What the title of `describer` does to mention `i` by the cue `found`, if its rank
        lets it: "Nghị định 261/2025/NĐ-CP sửa đổi các Nghị định hướng dẫn Luật Nhà ở" (a
        decree changes no law), "… Luật Ban hành văn bản quy phạm pháp luật và Nghị định sửa
        đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP" (the cue is an unnumbered
        decree's: a law named in a title changes no lower document)."""
        st = _in_title(describer, i, found, self._is_guide(describer))
        subject, obj = self.refs[describer], self.refs[i]
        if not _may_do(st.relation, subject, obj):
            return []
        if obj.self and _OWN_NUMBER_LABEL.search(self.text, max(0, obj.start - 12), obj.start):
            # the header's "Số: 08/CT-CTUBND" under a legal site's list of related documents,
            # the last title of which ends above it ("- 4Chỉ thị 06/CT-CTUBND năm 2021 về quyết
            # liệt thực hiện …", blind round AY): no title names the text's own label
            return []
        if st.relation in ACTS_ON_TEXT and _rank(subject) == 0 and _rank(obj):
            return []
        return [st]

    def _next_item_after_title(self, found: FoundCue, i: int) -> bool:
        """Whether mention `i` follows a title whose cue `found` already had its object: a
        ';' between them, or a class of documents and then a comma (`_CLASS_OBJECT_THEN_ITEM`)."""
        between = self.text[found.end : self.refs[i].start]
        if ";" in between:
            return True
        item = _CLASS_OBJECT_THEN_ITEM.search(between)
        if item is None or self._has_ref(found.end, self.refs[i].start):
            return False
        # after "và" the mention is a new item only when a title of its own follows it
        # ("… các Nghị định liên quan đến kiểm soát thủ tục hành chính và Nghị định số
        # 92/2017/NĐ-CP … sửa đổi, bổ sung …"); else it may be one more object of the cue
        return item.group("and") is None or self._own_title_follows(i)


def _bracket_closed_in(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first bracket opened and closed within text[lo:hi], as (open, close)."""
    opened = text.find("(", lo, hi)
    if opened == -1:
        return None
    close = text.find(")", opened, hi)
    return (opened, close) if close != -1 else None


def _by(
    subject: int | None, relation: str, obj: int, confidence: float, rule: str, found: FoundCue
) -> Statement:
    """A statement that the cue `found` decided; it keeps the cue's words and place."""
    return Statement(subject, relation, obj, confidence, rule, found.words, found.start)


def _in_title(describer: int, i: int, found: FoundCue, guide: bool = False) -> Statement:
    """ "Quyết định số X ... sửa đổi ... Quyết định số Y": what X does to Y. A guidance document
    (`guide`) whose title carries Y out guides it: "Hướng dẫn số 05-HD/UBKTTW … về thực hiện
    Quy định số 69-QĐ/TW" says how 69 is carried out (RELATIONS.md: GUIDES)."""
    relation = "GUIDES" if guide and found.cue.relation == "IMPLEMENTS" else found.cue.relation
    return _by(
        describer,
        relation,
        i,
        min(found.cue.confidence, 0.7),
        _IN_TITLE,
        found,
    )


_IN_TITLE = "cue in the title of another reference"


def _first_opening(rules: tuple[Rule, ...], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The earliest opening of a scope clause between `lo` and `hi`, by any of `rules`."""
    found = [m for rule in rules if (m := rule.pattern.search(text, lo, hi)) is not None]
    return min(found, key=lambda m: m.start(), default=None)


def _names_a_meeting(text: str, found: FoundCue) -> bool:
    """Whether `found` is a bare "sơ kết" or "tổng kết" in a meeting's name (`EVENT_NAME`)."""
    return (
        found.cue.name == "looking back"
        and _BARE_REVIEW.fullmatch(found.words) is not None
        and EVENT_NAME.pattern.search(text, max(0, found.start - 200), found.start) is not None
    )


def _windows(text: str, refs: list[Reference]) -> list[tuple[int, int]]:
    """The stretches around references where cues and structure are read: most of a long
    text lies far from any reference."""
    windows: list[list[int]] = []
    for r in refs:
        lo, hi = max(0, r.start - _REACH_BEFORE), min(len(text), r.end + _REACH_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - _REACH_BEFORE)
    for m in SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start


def _in_quotes(text: str, lo: int, pos: int) -> bool:
    """Whether `pos` stands inside a quotation opened after `lo` (“...”). An opening quote
    that ends its line closes one, misprinted: a heading "“Increasing the regional minimum
    wage from 01/01/2019“" (blind round R) leaves no quotation open below it."""
    opened = text.count("“", lo, pos)
    if not opened:
        return False
    misprinted = len(_CLOSING_OPEN_QUOTE.findall(text, lo, pos))
    return opened - misprinted > text.count("”", lo, pos) + misprinted


_CLOSING_OPEN_QUOTE = re.compile(r"(?<=\w)“[ \t]*(?=\n)")


def _in_brackets(text: str, lo: int, pos: int) -> bool:
    """Whether `pos` stands inside a bracket opened after `lo`: an aside to the clause,
    unless the bracket only names the document the clause spoke of (`NAMING_BRACKET`)."""
    if text.count("(", lo, pos) <= text.count(")", lo, pos):
        return False
    bracket = text.rfind("(", lo, pos)
    if ISSUING_BRACKET.pattern.match(text, bracket, pos):
        return False  # what the cue acts on was issued with the mention: no aside
    return not (
        NAMING_BRACKET.pattern.match(text, bracket, pos)
        and _DIRECTION_NAMED.match(text, lo, bracket)
    )


def _all_cues(text: str, lo: int, hi: int) -> list[FoundCue]:
    return find_cues(text, lo, hi)


def _last_cue(text: str, lo: int, hi: int) -> FoundCue | None:
    found = find_cues(text, lo, hi)
    return found[-1] if found else None


_LAW_LEVEL = re.compile(r"(?:^|[/-])(?:UBTV)?QH\d*$")
# (a translation's too: "Law on Actions against administrative violations")
_LAW_NAMES = (
    "Luật",
    "Bộ luật",
    "Hiến pháp",
    "Pháp lệnh",
    "Law ",
    "Code ",
    "Constitution",
    "Ordinance ",
)
# The text acting names itself as of a law's rank, right before its cue ("Nghị quyết này thay
# thế …", "Luật này bãi bỏ …")
_SELF_OF_RANK = re.compile(
    r"\b(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+quyết(?:\s+liên\s+tịch)?)\s+này\s*\Z"
)
_SELF_REACH = 40
# ... or says so in the time its act takes effect, right after the cue: "Luật Cán bộ, công
# chức số 22/2008/QH12 … hết hiệu lực từ ngày Luật này có hiệu lực" (a report on a new law
# that has no number yet).
_RANK_AFTER = re.compile(
    r"[ \t]*(?:thi\s+hành\s+)?(?:kể\s+)?từ\s+(?:ngày|thời\s+điểm)\s+"
    r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+quyết)\s+này\b"
)


def _is_law(ref: Reference) -> bool:
    if ref.issuer_code and _LAW_LEVEL.search(ref.issuer_code):
        return True
    return bool(ref.name) and ref.name.startswith(_LAW_NAMES) and not ref.canonical


# What may change what: a document amends, replaces or repeals documents of its own rank or
# below. Ranks by type code, highest first; laws (and the Standing Committee's acts) by
# `_is_law`. A type not listed is not compared.
_RANK_OF_TYPE = {"NĐ": 1, "TT": 2, "TTLT": 2}


def _rank(ref: Reference) -> int | None:
    if _is_law(ref):
        return 0
    if ref.type_code == "NĐ" and ref.issuer_code not in (None, "CP"):
        # only the Government issues decrees: "Thông tư số 03/2025/NĐ-VPCP" misprints its
        # type, so its rank is unknown
        return None
    return _RANK_OF_TYPE.get(ref.type_code or "")


def _named_as(ref: Reference) -> str | None:
    """What a mention names: its number, or a law's name when it has none yet."""
    return ref.canonical or ref.name


def _outranks(acted_on: Reference, agent: Reference) -> bool:
    """Whether `agent` is of too low a rank to change `acted_on`: "Thông tư 28/2015/TT-BLĐTBXH
    hướng dẫn … Nghị định số 28/2015/NĐ-CP … (đã được sửa đổi, bổ sung tại Thông tư số
    15/2023/TT-BLĐTBXH)": a circular changes no decree. An agent of unknown rank changes no
    law, as before."""
    if _is_law(acted_on) and not _is_law(agent):
        return True
    high, low = _rank(acted_on), _rank(agent)
    return high is not None and low is not None and high < low


def _may_do(relation: str, subject: Reference, obj: Reference) -> bool:
    """Whether `subject` may stand in `relation` to `obj` by their ranks: a document guides
    only one of a higher rank (a decree a law, a circular a decree), and changes only one of
    its own rank or below (`_outranks`). Documents of unknown rank may do anything."""
    if relation == "GUIDES":
        high, low = _rank(obj), _rank(subject)
        return high is None or low is None or high < low
    if relation in ACTS_ON_TEXT:
        return not _outranks(obj, subject)
    return True


def _within_rank(
    st: Statement, refs: list[Reference], own_number: str | None, text: str
) -> Statement:
    """Only the National Assembly (or its Standing Committee) changes a law: a decree's or a
    plan's "bãi bỏ ... của Luật Đầu tư" is a task about the law, not an act on it. A text
    of no known number that calls itself a law or a resolution as it acts ("Nghị quyết này
    thay thế Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-…") is of the rank it names. The
    law a page of no number reports changes no Party document either."""
    if st.subject is not None or st.relation not in ACTS_ON_TEXT:
        return st
    if (
        refs[st.object].family == "party"
        and own_number is None
        and _reports_an_amending_law(text, refs, st.object)
    ):
        # "thể chế quan điểm, … sửa đổi, bổ sung Nghị quyết số 18-NQ/TW" in an account of
        # a law (news-127): a State law changes no Party document; what it does with one
        # is the sentence's other verb
        return Statement(
            None,
            "CITES",
            st.object,
            0.8,
            "a law changes no Party document",
            st.cue,
            st.cue_start,
        )
    if not _is_law(refs[st.object]):
        return st
    if st.rule == _TOLD_OF_SUBJECT:  # a law-rank document's act, as the report tells it
        return st
    if LAW_REPORTED in st.rule:
        return st
    if own_number and _LAW_LEVEL.search(own_number):
        return st
    cue = st.cue_start
    if (
        own_number is None
        and cue is not None
        and (
            _SELF_OF_RANK.search(text, max(0, cue - _SELF_REACH), cue)
            or _RANK_AFTER.match(text, cue + len(st.cue or ""))
        )
    ):
        return st
    if cue is not None and _law_acts_by_its_articles(text, cue, own_number):
        return st
    if own_number is None and _reports_an_amending_law(text, refs, st.object):
        return replace(st, rule=f"{st.rule} ({LAW_REPORTED})")
    return Statement(
        None, "CITES", st.object, 0.8, "only a law changes a law", st.cue, st.cue_start
    )


def _reports_an_amending_law(text: str, refs: list[Reference], before: int) -> bool:
    """Whether a page of no number of its own has named, before mention `before`, an amending
    law by its name (`AMENDING_LAW_NAME`): the page reports that law (or its bill), and the
    acts on laws it goes on to tell are the law's ("## Sửa đổi, bổ sung một số điều của Luật
    Đấu thầu" over what the law changes in it, news-915; "… sửa đổi, bổ sung quy định tại
    khoản 2 Điều 13 Luật Quốc tịch Việt Nam" after "Quốc hội đã biểu quyết thông qua Luật
    sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam", news-922, whose number a
    catalogue knows), as a law's own articles are (`_law_acts_by_its_articles`). A law named
    by the count of laws it amends (`AMENDING_LAWS_COUNTED`) is one too."""
    if AMENDING_LAWS_COUNTED.pattern.search(text, 0, refs[before].start):
        return True
    return any(
        r.kind == "named" and AMENDING_LAW_NAME.pattern.match(text, r.start, r.end) is not None
        for r in refs[:before]
    )


def _law_acts_by_its_articles(text: str, cue: int, own_number: str | None) -> bool:
    """Whether the act whose cue starts at `cue` is said of a law by its own articles
    (`LAW_OWN_PART`): "Luật gồm 11 Điều, trong đó sửa đổi, bổ sung … của Luật Chứng khoán" on a
    page about the law. The count names a law, whatever number the page was given; an
    article by number alone is the text's own law's only on a page of no known number."""
    found = law_part_before(text, cue)
    if found is None:
        return False
    return own_number is None or found.group().lstrip().startswith(("Luật", "luật"))


def _acts_on_itself(st: Statement, refs: list[Reference]) -> bool:
    """A statement that one mention of a document acts on another mention of the same one
    ("… (Điều 2, sửa đổi Điều 71 Luật Chất lượng sản phẩm, hàng hóa) và … (Điều 3, bổ sung
    Điều 73 Luật Chất lượng sản phẩm, hàng hóa)" read as the first naming the second in its
    title): no document acts on itself, so the reading is wrong."""
    if st.subject is None:
        return False
    subject, target = refs[st.subject], refs[st.object]
    name = target.canonical or target.name
    return name is not None and (subject.canonical or subject.name) == name


def _asks_only(st: Statement, refs: list[Reference]) -> bool:
    """A statement that a submission or a report acts: "Tờ trình số 6409/TTr-SNV … về việc
    bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND" proposes the repeal, and the decision it
    asks for repeals. Such types are flagged in the code tables (`acts_in_title`); the
    mention in the title stays a citation."""
    if st.subject is None:
        return False
    info = type_info(refs[st.subject].type_code)
    return info is not None and not info.acts_in_title


def relate(
    text: str,
    refs: list[Reference],
    language: str = "vi",
    own_number: str | None = None,
    reported: bool = False,
) -> list[Statement]:
    """Statements for every reference except those naming the text's own document (on a
    report about that document, those cite it).

    `reported`: the text is a report about its own document (`DocumentIdentity.reported`),
    whose every mention of that document cites it (the page itself acts on nothing)."""
    if not refs:
        return []
    reader = _Reader(text, refs, language, own_number, reported)
    statements: list[Statement] = []
    for i, ref in enumerate(refs):
        found = [
            _within_rank(st, refs, own_number, text)
            for st in reader.read(i)
            if not _acts_on_itself(st, refs) and not _asks_only(st, refs)
        ]
        names_itself = names_number(ref.canonical, own_number)
        if reported and names_itself and not ref.self:
            # a report about its document only mentions it (RELATIONS.md: the report acts
            # on nothing), wherever it names it; what another document does to it stays
            found = [st for st in found if st.subject is not None]
            reader.own[i] = Statement(None, "CITES", i, 0.9, "the document reported on")
            reader.about[i] = found
            statements.extend([reader.own[i], *found])
            continue
        if ref.self or names_itself:
            # the text's own number is no act of the text, but another document may still
            # act on it: "Nghị định 21/2025/NĐ-CP sửa đổi … Nghị định số 26/2023/NĐ-CP" on
            # a page about 26/2023/NĐ-CP
            found = [st for st in found if st.subject is not None]
            reader.about[i] = found
            statements.extend(found)
            continue
        own = next((s for s in found if s.subject is None), None)
        if own is not None:
            reader.own[i] = own
        reader.about[i] = [s for s in found if s.subject is not None]
        statements.extend(found)
    statements = _list_ended_by_a_cue_after(reader, statements)
    statements = _acts_by_its_own_number(statements, refs, own_number)
    statements = _acts_of_another_type(text, statements, own_number)
    statements = _guidance_subject_line(text, statements, own_number)
    statements = _purpose_without_object(text, refs, statements, own_number)
    statements = _purpose_of_the_issued(text, refs, statements, own_number, reported)
    return _guided_as_amended(text, refs, _local_acts_within_reach(statements, refs, own_number))


# a date that may open the clause of the issuing body: "… Ban Tuyên giáo Tỉnh ủy. Ngày
# 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL …"
_DATE_LEAD = r"(?:(?:Ngày|On)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*,\s*)?"
# ... and a translation's, before the body named with "the": "…, on May 16, 2016, the
# Government adopted Resolution No. …"
_EN_DATE_LEAD = (
    r"(?:On\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*,\s*)?"
    r"(?:the\s+)?"
)
# The body, then its issuing the document of a type whose number follows.
_BODY_ISSUES = (
    # (the body's name may hold a comma before a capital: "Sở Văn hóa, Thể thao và Du lịch")
    rf"(?-i:[{VI_UPPER}])(?:[^.;:\n,]|,\s(?-i:[{VI_UPPER}])){{0,80}}?\s"
    rf"(?:đã\s+|vừa\s+)?(?:ký\s+)?"
    rf"(?:ban\s+hành|có|xây\s+dựng|(?<=đã\s)ra|(?<=vừa\s)ra"
    # a translation's ("Implementing Resolution No. 18-NQ/TU …, Tay Ho District Party
    # Committee issued Plan No. 142-KH/QU …", blind round AP)
    rf"|(?:has\s+)?(?:issued|promulgated|adopted))\s+(?:the\s+|a\s+|its\s+)?(?:{TYPE_NOUNS})"
    rf"\s+(?:số\s+|No\.?\s*)?"
)
# What a purpose clause leads up to, from the last document it names to the one a body then
# issues in the same sentence: "Thực hiện Kết luận số 183-KL/TW … và Công văn số 322-CV/ĐU
# …, sau khi trao đổi ý kiến với …, Bộ Nội vụ đã có Công văn số 6383/BNV-TCBC …" (blind
# round P): the letter is what carries them out, not the text that tells of it.
_THEN_ISSUED = re.compile(
    # (";" for the comma too: "Thực hiện Quyết định 923/QĐ-TTg …; UBND tỉnh đã ban hành Kế
    # hoạch số 242/KH-UBND …", blind round T; and a stray full stop after a clause that opens
    # its sentence: "Thực hiện Kế hoạch số 78-KH/HU … của Ban Thường vụ Huyện ủy. Đảng ủy xã
    # xây dựng Kế hoạch số 44-KH/ĐU …", "…; số 43/CĐ-TTg … trên cả nước. UBND tỉnh vừa ra văn
    # bản Số 2336/UBND-KTN", blind rounds AO and AP)
    rf"[^.;:\n]*?(?P<sep>[,;.])\s+{_DATE_LEAD}{_BODY_ISSUES}",
    re.IGNORECASE,
)
# ... from a purpose clause that names no document, in one sentence, the body after a comma
# (`_purpose_without_object`)
_THEN_ISSUED_IN_SENTENCE = re.compile(
    rf"[^.;:\n]*?,\s+(?:{_DATE_LEAD}|{_EN_DATE_LEAD}){_BODY_ISSUES}", re.IGNORECASE
)
_PURPOSE_ACTS = ("IMPLEMENTS", "CONTINUES", "GUIDES", "BASED_ON")
# the rest of a basis line and the start of the next one: "…;\nCăn cứ …" (one run of basis)
_NEXT_BASIS_LINE = re.compile(r"[^\n]{0,300}?[;,.]?[ \t]*\n[ \t]*(?:[-+•*][ \t]*)?")


def _opens_purpose(text: str, pos: int) -> bool:
    """Whether the cue at `pos` opens its sentence, after "To" or "Để" if so."""
    lead = _PURPOSE_LEAD.search(text, max(0, pos - 20), pos)
    return _opens_sentence(text, lead.start() if lead else pos)


_PURPOSE_LEAD = re.compile(r"\b(?:(?:In\s+order\s+)?to|Để|Nhằm)\s+\Z", re.IGNORECASE)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` opens its line or sentence ("- Thực hiện …" too)."""
    before = text[max(0, pos - 200) : pos].rstrip(" \t-–+•*")
    return not before or before[-1] in "\n.:;"


def _purpose_of_the_issued(
    text: str,
    refs: list[Reference],
    statements: list[Statement],
    own_number: str | None,
    reported: bool = False,
) -> list[Statement]:
    """The text's own act whose cue opens a purpose clause, given over to the numbered
    document a body issues after that clause in the same sentence (`_THEN_ISSUED`), when
    that document is not the text's own. The mentions the clause names (those of one cue)
    are each carried out by it; a text that speaks for a document of its own only cites
    them. A report (about another document, or about none) keeps the act on the mention:
    RELATIONS.md has a report's relations go from the body that acts when the report says
    what it did, and the blind labels call all 15 such mentions of rounds M to T acts."""
    by_cue: dict[int, list[int]] = {}
    for k, st in enumerate(statements):
        if st.subject is None and st.relation in _PURPOSE_ACTS and st.cue_start is not None:
            by_cue.setdefault(st.cue_start, []).append(k)
    if not by_cue:
        return statements
    given: dict[int, int] = {}  # statement index -> the issued mention that acts
    dropped: set[int] = set()  # the issued mention's own statement, read into its line
    for cue_start, ks in by_cue.items():
        issued = _issued_after(text, refs, statements, ks, cue_start, own_number)
        if issued is None:
            continue
        for k in ks:
            if statements[k].object < issued:
                given[k] = issued
            elif statements[k].object == issued:
                # (a basis line runs to its line's end: "Căn cứ …; Quy định số 10-QĐ/TU ….
                # Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU …", blind round AP)
                dropped.add(k)
        if statements[ks[0]].relation == "BASED_ON":
            # the lines of basis above this one, up to the first of the run
            for k in _basis_run_before(text, refs, statements, by_cue, cue_start):
                given[k] = issued
    if not given:
        return statements
    out: list[Statement] = []
    for k, st in enumerate(statements):
        if k in dropped:
            out.append(replace(st, relation="CITES", rule="the document issued on that basis"))
            continue
        if k not in given:
            out.append(st)
            continue
        basis = st.relation == "BASED_ON"
        rule = (
            "the document issued on that basis" if basis else "the document issued to carry it out"
        )
        if basis or (own_number is not None and not reported):
            out.append(Statement(None, "CITES", st.object, 0.8, rule, st.cue, st.cue_start))
        else:  # a report tells what the body it speaks of issued, and why
            out.append(replace(st, rule=f"a report tells {rule}"))
        out.append(replace(st, subject=given[k], confidence=min(st.confidence, 0.7), rule=rule))
    return out


def _purpose_without_object(
    text: str, refs: list[Reference], statements: list[Statement], own_number: str | None
) -> list[Statement]:
    """A purpose clause that names no document, whose cue reached the document a body then
    issues in the same sentence (`_THEN_ISSUED_IN_SENTENCE`): "To implement the policy on a
    constructive government …, on May 16, 2016, the Government adopted Resolution No.
    35/NQ-CP" (blind round CE). That document carries out the policy; the text only cites
    it."""
    out = []
    for st in statements:
        i = st.object
        if (
            st.subject is None
            and st.relation in ("IMPLEMENTS", "CONTINUES", "GUIDES")
            and st.cue_start is not None
            and st.cue
            and refs[i].canonical
            and not refs[i].self
            and not names_number(refs[i].canonical, own_number)
            # (the first mention after the cue: the clause names no document; `refs` are in
            # text order)
            and (i == 0 or refs[i - 1].start <= st.cue_start)
            and _opens_purpose(text, st.cue_start)
            and _THEN_ISSUED_IN_SENTENCE.fullmatch(text, st.cue_start + len(st.cue), refs[i].start)
        ):
            st = replace(st, relation="CITES", rule="the document issued to carry it out")
        out.append(st)
    return out


def _issued_after(
    text: str,
    refs: list[Reference],
    statements: list[Statement],
    ks: list[int],
    cue_start: int,
    own_number: str | None,
) -> int | None:
    """The mention of the document a body issues after the mentions of one cue's clause
    (`_THEN_ISSUED`), not the text's own: right after the last of them, or, for a basis
    line that runs on to it, among them. None when there is none."""
    objects = sorted({statements[k].object for k in ks})
    basis = statements[ks[0]].relation == "BASED_ON"
    if basis and not _opens_sentence(text, cue_start):
        return None  # "căn cứ" inside a sentence is no basis the issued document states
    for issued in (*objects[1:], objects[-1] + 1) if basis else (objects[-1] + 1,):
        last = issued - 1
        if issued >= len(refs) or last < objects[0] or not refs[issued].canonical:
            continue
        if names_number(refs[issued].canonical, own_number) or refs[issued].self:
            continue
        then = _THEN_ISSUED.fullmatch(text, refs[last].end, refs[issued].start)
        if then is None or (then.group("sep") == "." and not _opens_sentence(text, cue_start)):
            continue
        if SENTENCE_END.search(text, cue_start, refs[last].end):
            continue
        return issued
    return None


def _basis_run_before(
    text: str,
    refs: list[Reference],
    statements: list[Statement],
    by_cue: dict[int, list[int]],
    cue_start: int,
) -> list[int]:
    """The basis statements of the "Căn cứ" lines right above the one whose cue starts at
    `cue_start`, one line after another (`_NEXT_BASIS_LINE`), as statement indexes."""
    lines = sorted(
        (start, ks)
        for start, ks in by_cue.items()
        if start < cue_start and statements[ks[0]].relation == "BASED_ON"
    )
    found: list[int] = []
    below = cue_start
    for start, ks in reversed(lines):
        last = max(statements[k].object for k in ks)
        if not _NEXT_BASIS_LINE.fullmatch(text, refs[last].end, below):
            break
        found += ks
        below = start
    return found


def _acts_by_its_own_number(
    statements: list[Statement], refs: list[Reference], own_number: str | None
) -> list[Statement]:
    """A change that the text's own document makes, named by its number as the agent of a
    passive ("Khoản 1 Điều 24 Nghị định số 19/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị
    định số 93/2025/NĐ-CP" on a page about 93/2025, news-678), is the text's own: the
    mention acted on takes it in place of a citation, as the store already reads it (the
    agent's node is the text's own)."""
    if own_number is None:
        return statements
    acts = {
        st.object: st
        for st in statements
        if st.subject is not None
        and st.relation in ACTS_ON_TEXT
        and names_number(refs[st.subject].canonical, own_number)
    }
    if not acts:
        return statements
    out = []
    for st in statements:
        act = acts.get(st.object)
        if act is not None and st.subject is None and st.relation == "CITES":
            st = replace(act, subject=None, rule=f"{act.rule} (by the text's own number)")
        out.append(st)
    return out


# A document that stands alone names itself "<type> này"; another type named so is another
# document's text (a quotation, or a page on a decree that quotes a circular). Types issued
# as an attachment ("Quy chế này", "Kế hoạch này") are left out: a decision speaks through them.
_STANDING_ALONE = ("nghị định", "thông tư", "chỉ thị", "công điện", "nghị quyết", "quyết định")
_THIS_STANDING_ALONE = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w in _STANDING_ALONE) + r")\s+này\b",
    re.IGNORECASE,
)


def _types_calling_themselves(text: str, lo: int, hi: int | None) -> set[str]:
    """The type codes of every "<type> này" in `text[lo:hi]` ("Thông tư này": TT, TTLT)."""
    return {
        code
        for m in _THIS_STANDING_ALONE.finditer(text, lo, len(text) if hi is None else hi)
        for code in TYPE_WORDS[noun_key(m.group(1))]
    }


def _acts_of_another_type(
    text: str, statements: list[Statement], own_number: str | None
) -> list[Statement]:
    """An act whose sentence says it is the act of "<type> này", a type the text's own document
    is not ("Kể từ ngày Thông tư này có hiệu lực, … hết hiệu lực" on a decree's page), is
    another document's: cited only."""
    own = parsed_number(own_number) if own_number else None
    own_type = own.type_code if own is not None else None
    if own_type is None:
        return statements
    out = []
    for st in statements:
        if st.subject is None and st.relation in ACTS_ON_TEXT and st.cue_start is not None:
            lo = _sentence_start(text, st.cue_start)
            end = SENTENCE_END.search(text, st.cue_start)
            hi = end.start() if end else len(text)
            types = _types_calling_themselves(text, lo, hi)
            if types and own_type not in types:
                st = Statement(
                    None, "CITES", st.object, 0.8, "another document's act", st.cue, st.cue_start
                )
        out.append(st)
    return out


# The subject line of a guidance ("Số: 11-HD/UBKTTW\nV/v thực hiện Quy định số 94-QĐ/TW …",
# blind round AJ) names what the guidance is for: carrying out a document, as a guidance, is
# guiding it ("Hướng dẫn thực hiện Quy định số …", RELATIONS.md).
_SUBJECT_LINE = re.compile(r"[ \t]*(?:V/v|Về\s+việc)\b", re.IGNORECASE)
_GUIDANCE_TYPES = frozenset({"HD"})


def _guidance_subject_line(
    text: str, statements: list[Statement], own_number: str | None
) -> list[Statement]:
    """A guidance's own IMPLEMENTS said in its subject line is GUIDES."""
    own = parsed_number(own_number) if own_number else None
    if own is None or own.type_code not in _GUIDANCE_TYPES:
        return statements
    out = []
    for st in statements:
        if st.subject is None and st.relation == "IMPLEMENTS" and st.cue_start is not None:
            line = text.rfind("\n", 0, st.cue_start) + 1
            if _SUBJECT_LINE.match(text, line):
                st = replace(st, relation="GUIDES", rule=f"{st.rule} (a guidance's subject line)")
        out.append(st)
    return out


# Issuers of no fixed level that are local all the same: people's committees and councils
# of a province, a district or a commune.
_LOCAL_ISSUERS = frozenset({"UBND", "HĐND", "VPUBND"})


def _level(ref: Reference | None) -> str | None:
    """ "central" or "local" by a mention's issuer code, or None when it does not say."""
    if ref is None or not ref.issuer_code:
        return None
    if ref.issuer_code in _LOCAL_ISSUERS:
        return "local"
    info = issuer_info(ref.issuer_code)
    if info is None or info.level is None:
        return None
    return "central" if info.level == "central" else "local"


def _local_acts_within_reach(
    statements: list[Statement], refs: list[Reference], own_number: str | None
) -> list[Statement]:
    """A province's or a district's document changes no central one: in "… Quyết định số
    78/2016/QĐ-UBND … theo Nghị định số 116/2016/NĐ-CP … hết hiệu lực kể từ ngày Quyết định
    này có hiệu lực" on a provincial decision's page, the decree is named in the title of
    what ends, and only cited. An act of the text's own becomes a citation; an act of
    another mentioned document is dropped."""
    own_level = _level(parsed_number(own_number) if own_number else None)
    out = []
    for st in statements:
        if st.relation in ACTS_ON_TEXT and _level(refs[st.object]) == "central":
            agent = own_level if st.subject is None else _level(refs[st.subject])
            if agent == "local":
                if st.subject is not None:
                    continue
                st = Statement(
                    None,
                    "CITES",
                    st.object,
                    0.8,
                    "a local document changes no central one",
                    st.cue,
                    st.cue_start,
                )
        out.append(st)
    return out


def _list_ended_by_a_cue_after(reader: _Reader, statements: list[Statement]) -> list[Statement]:
    """A cue after a list speaks of every item, not only of the last one it follows:
    "Nghị định số 43/2023/NĐ-CP quy định …; Nghị định số 03/2024/NĐ-CP quy định … hết hiệu
    lực kể từ ngày nghị định này có hiệu lực". An earlier mention of the same sentence that
    nothing else decided, joined to the next item by a list joiner, takes the cue too; a
    mention nested in an item's title is passed over."""
    text, refs = reader.text, reader.refs
    out = list(statements)
    at = {st.object: n for n, st in enumerate(out) if st.subject is None}
    for st in statements:
        if st.subject is not None or not st.rule.endswith("(after the mention)"):
            continue
        later = st.object
        for k in range(later - 1, -1, -1):
            if k in reader.title_of:
                continue
            mine = reader.own.get(k)
            gap = (refs[k].end, refs[later].start)
            if mine is None or mine.rule != "mention" or SENTENCE_END.search(text, *gap):
                break
            if list_joiner(text[gap[0] : gap[1]]) is None:
                break
            listed = replace(st, object=k, rule=f"{st.rule}, listed before", confidence=0.7)
            out[at[k]] = reader.own[k] = listed
            later = k
    return out


def _guided_as_amended(
    text: str, refs: list[Reference], statements: list[Statement]
) -> list[Statement]:
    """A document the text guides "được sửa đổi, bổ sung bởi Nghị định số Y" is guided as Y
    amended it, so Y is guided too: "Thông tư này hướng dẫn một số điều của Nghị định số
    24/2012/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 232/2025/NĐ-CP" (the report gold's
    reading of such titles, news-971 and news-1018, and the document gold's, tvpl-022). Only
    the passive that names its agent ("bởi") in the guided document's own title, in its
    sentence, counts."""
    guided = {
        st.object: st
        for st in statements
        if st.subject is None and st.relation == "GUIDES" and st.cue is not None
    }
    amenders: dict[int, Statement] = {}
    for st in statements:
        if st.subject is None or st.relation != "AMENDS" or st.object not in guided:
            continue
        target, amender = refs[st.object], refs[st.subject]
        cue = st.cue_start if st.cue_start is not None else amender.start
        if not target.end <= cue < amender.start or cue - target.end > _AS_AMENDED_REACH:
            continue
        if SENTENCE_END.search(text, target.start, amender.start):
            continue
        if not _BY_AGENT.search(text, cue, amender.start):
            continue  # "… một số điều tại Nghị định số Y": where some articles were changed
        amenders.setdefault(st.subject, guided[st.object])
    if not amenders:
        return statements
    out = []
    for st in statements:
        by = amenders.get(st.object) if st.subject is None and st.relation == "CITES" else None
        if by is None:
            out.append(st)
        else:
            rule = "what it guides, as amended"
            out.append(Statement(None, "GUIDES", st.object, 0.6, rule, by.cue, by.cue_start))
    return out
