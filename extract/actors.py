"""Who acts in a report's sentence when no numbered document does: the `actors` verb.

A report says what bodies are told to do and by which document: "Thủ tướng Chính phủ đã ký
Công điện số 146/CĐ-TTg yêu cầu lãnh đạo các Bộ ngành, địa phương liên quan tập trung chỉ
đạo …". The bodies named right after the ordering verb are assigned the order: each of them
IMPLEMENTS the ordering document, or, when the task itself names a document to carry out
("… thực hiện một số nhiệm vụ, trong đó có: Tổ chức thực hiện có hiệu quả Nghị định số
178/2024/NĐ-CP"), that document, which the ordering document then implements too. The
orders that follow in the same paragraph with the addressee first ("Đồng thời, Chủ tịch Ủy
ban nhân dân các tỉnh … rà soát …", "Ngân hàng Nhà nước Việt Nam chủ trì …") are the same
order's. An addressee that directs others ("giao Đảng ủy Chính phủ chỉ đạo Bộ Giáo dục và
Đào tạo, các bộ, ngành, địa phương …") passes the order on to them; an order that ends in a
colon names its addressees in its first item ("Thủ tướng Chính phủ yêu cầu:\n\n(1) Bộ
trưởng, …"). A ministry's "đề nghị" asks, an order to come ("sẽ giao") is none. A decree's
enacting clause ("Các Bộ trưởng, …, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc
Trung ương … chịu trách nhiệm thi hành nghị định này") assigns it in the same way, also when
it lists officials one by one among the bodies ("Chánh văn phòng, Vụ trưởng …, Chủ tịch UBND
tỉnh, thành phố trực thuộc Trung ương, … chịu trách nhiệm thi hành thông tư này").

The ordering document is the numbered one named before the verb in the sentence ("ký Công
điện số 146/CĐ-TTg yêu cầu"), or the one its type noun stands for ("Tại Nghị quyết, Chính
phủ yêu cầu", "Công điện yêu cầu": the last document of that type named before), or, when
the Government or the Prime Minister speaks ("Thủ tướng Chính phủ giao Bộ Tài chính …"),
the document the paragraph or the one before names plainly (not as a provision or an
object of its own cue, nor as the instrument of a past act: "đã thành lập Ban chỉ đạo …
tại Quyết định …"). On a page about one document, a quote that opens with the order ("\"Giao
… \", thông báo kết luận nêu") and the body that issued the document ("Quốc hội giao …" in a
report on a resolution of the National Assembly) speak for that document. No document, no
statement: an unnumbered Công điện gives none, and a task names a document by its number.

Bodies named as a class are groups with a name of their own (`GROUPS`); bodies named one
by one come from the caller (extract/bodies.py finds them, with their province). A local body
whose province nothing names is not passed in, so it is never an actor.

A report that speaks for no document leaves the subject of its implementing sentences to
be found: the body the sentence names as acting, the bodies after a leading purpose clause
("Nhằm đảm bảo thi hành Luật số …, Bộ Nội vụ …"), the document that issued a rule set named
by its kind ("Quy định được xây dựng trên cơ sở thực hiện …"), else the page's topic (the
document its title numbers, the body that passed an unnumbered law in its lead or its title,
or the one numbered document of the title's kind that opens its sentences). A report's
"ban hành Thông tư số D …, căn cứ Luật … số X" gives D BASED_ON X. (That a document
guiding a decree "được sửa đổi, bổ sung bởi Nghị định số Y" guides Y too is the relation
reader's, `relate`, for every text.)

A document's own text that gives named bodies a duty with a deadline, a duty to guide it
("Chính phủ hướng dẫn thi hành Nghị quyết này") or a list of duties whose items carry it out
or guide it ("Chính phủ chịu trách nhiệm trước Quốc hội trong việc: a) Tổ chức thực hiện …
theo đúng Nghị quyết này"; "… có trách nhiệm: Tổ chức xây dựng đề án … theo quy định của
Nghị quyết này") makes them IMPLEMENTS or GUIDES it; so does a closing article in which they
answer for leading the work ("… đề cao trách nhiệm … trong lãnh đạo, chỉ đạo tổ chức triển
khai, kiểm tra việc thực hiện Nghị quyết này").

The rules are data with examples in `actor_rules.py` (`GROUPS`, `ORDER`, `SPEAKER`,
`ENACTING`, `LEADING`, `EXECUTING`, `BASIS`, `CONTINUED`, `DIRECTED`, `QUOTED_ORDER`,
`IN_PASSING`, `REPORTED`, `TIMED_DUTY`, `DEADLINE`, `GUIDING`, `DUTY_LIST`, `CARRY_OUT_ITEM`,
`OTHER_BODIES`); `tests/test_reports.py` and `tests/test_report_rules.py` read them all.

    actors(text, refs, statements, bodies, own_number, issuers, title, report) -> [Act, ...]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from typing import Any

from .actor_rules import (
    BASIS,
    CARRY_OUT_ITEM,
    CONTINUED,
    DEADLINE,
    DIRECTED,
    DUTY_LIST,
    DUTY_SCOPE,
    EN_TYPE_NOUNS,
    ENACTING,
    ENACTING_EN,
    EXECUTING,
    FOR_INFORMATION,
    GROUPS,
    GUIDING,
    IN_PASSING,
    LAW_AS_SUBJECT,
    LEADING,
    ORDER,
    OTHER_BODIES,
    QUOTED_ORDER,
    REPORTED,
    SPEAKER,
    TIMED_DUTY,
    TIMED_DUTY_LEAD,
    TRANSLATED_DUTY,
    TRANSLATED_DUTY_LEAD,
    Group,
    Pattern,
)
from .bodies import body_for_reference, find_bodies
from .find import find_references
from .genres import explainer_spans, inside
from .model import Reference
from .scopes import LAW_REPORTED, VI_UPPER, law_part_before
from .sentences import SENTENCE_END
from .titled import TITLED_KINDS
from .vocabulary import noun_key

__all__ = [
    "BASIS",
    "CONTINUED",
    "DEADLINE",
    "DIRECTED",
    "ENACTING",
    "EXECUTING",
    "GROUPS",
    "IN_PASSING",
    "ORDER",
    "QUOTED_ORDER",
    "SPEAKER",
    "TIMED_DUTY",
    "TIMED_DUTY_LEAD",
    "Act",
    "Group",
    "Pattern",
    "actors",
]


_I = re.IGNORECASE


@dataclass
class Act:
    """`body` acts (or, when it is None, the reference `subject` does) on the reference
    `object`, or on the text's own document when `object` is None."""

    body: dict[str, Any] | None
    subject: int | None
    relation: str
    object: int | None
    confidence: float
    rule: str
    cue: str
    start: int  # the sentence that states it
    end: int
    sentence: str = ""


_BASIS_END = re.compile(r"\b(?:và\s+)?theo\s+đề\s+nghị\b|[;:]|\bnhằm\b|\bđể\b", _I)
_ISSUING = re.compile(r"(?:ban\s+hành|\bký)\s+(?:\w+\s+){0,3}$", _I)

# Between two addressees of one list, and before an addressee.
_JOIN = re.compile(r"(?:\s*,?\s+and\s+|\s*(?:,|;|và)\s*|\s+)", _I)
# What may qualify an addressee before the next one: "các Bộ trưởng, Thủ trưởng cơ quan liên
# quan và Chủ tịch UBND các tỉnh, thành phố ven biển …" (blind round BW)
_QUALIFIED = re.compile(r"(?:\s+(?:có\s+)?liên\s+quan|\s+ven\s+biển|\s+concerned)?", _I)
_LEAD = re.compile(
    r"(?:(?:các|lãnh\s+đạo|Bộ\s+trưởng|Thủ\s+trưởng|Trưởng|Chủ\s+tịch|Viện\s+trưởng|Chánh\s+án"
    r"|Tổng\s+Kiểm\s+toán|Thống\s+đốc|Cục\s+trưởng|(?:Tổng\s+)?Giám\s+đốc"
    # a translation's: "the leaders of", "heads of", "the Minister of" (the body follows)
    r"|(?:leaders|heads|leadership)\s+of|Minister\s+of|the)\s+)*",
    _I,
)
# After an addressee list: the scope words of an enacting clause, then its verb.
# A sentence that opens with a body and goes on like this tells what it did or said: it is
# not a further order.
_NARRATION = re.compile(
    r"\s*(?:đã|vừa|cho\s+biết|nhấn\s+mạnh|cho\s+rằng|khẳng\s+định|báo\s+cáo|là)\b", _I
)
# "giao Chính phủ quy định chi tiết", "giao Chủ tịch … thẩm quyền phê duyệt", "thành lập Quỹ …
# trực thuộc Bộ Xây dựng, giao Bộ Xây dựng quản lý": a power given, not an order to carry
# anything out (unless more verbs follow: "giao … quản lý, tổ chức thực hiện …")
_DELEGATED = re.compile(
    r"\s*(?:quy\s+định|thẩm\s+quyền|có\s+thẩm\s+quyền|ban\s+hành|quản\s+lý\b(?!\s*(?:,|và\b)))\b",
    _I,
)
_DECREE = re.compile(r"/NĐ-CP\Z")
_PRIME_MINISTER = re.compile(r"Thủ\s+tướng|Prime\s+Minister", _I)
# a draft orders nothing ("Dự thảo Luật … yêu cầu bộ, cơ quan ngang bộ …")
_DRAFT = re.compile(r"\bdự\s+thảo\b", _I)
# the issuers whose documents the Prime Minister or the Government speaks through
_GOVERNMENT_CODES = ("TTg", "CP")
# bodies one proposes to ("đề nghị"), never orders
_SUPERIORS = {
    f"org:{k}"
    for k in (
        "quoc-hoi",
        "uy-ban-thuong-vu-quoc-hoi",
        "chinh-phu",
        "thu-tuong-chinh-phu",
        "bo-chinh-tri",
        "ban-bi-thu",
        "ban-chap-hanh-trung-uong",
    )
}
_UNSTATED_RELATIONS = ("IMPLEMENTS",)
# what an order's task may do to the document it names: carry it out, or go on with it
_CARRYING_OUT = ("IMPLEMENTS", "CONTINUES")
# the key of a ministry's body ("org:bo-ke-hoach-va-dau-tu"): a ministry requests ("đề nghị")
# other ministries and the provinces, it does not order them
_MINISTRY_KEY = "org:bo-"
_POLITBURO = "org:bo-chinh-tri"  # a Party body, whose key only looks like a ministry's
# A page that reproduces a document's text says what it does as "Nghị định này …": an act
# on another text then belongs to the page's topic, when that is a document of the kind named.
_ACTS_OF_THIS_DOCUMENT = ("REPEALS", "AMENDS", "REPLACES", "GUIDES")
_THIS_DOCUMENT = re.compile(
    r"\b(?P<noun>nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|chỉ\s+thị|luật)\s+này\b", _I
)
# a sentence opening with a rule set or plan by its kind alone
_BARE_ISSUED = re.compile(
    r"\s*(?:(?:Theo\s+đó|Đồng\s+thời),?\s+)?(?P<noun>Quy\s+định|Quy\s+chế|Kế\s+hoạch|Đề\s+án"
    r"|Chương\s+trình)(?:\s+(?:này|mới))?\s+(?!số\b|\d)",
)
# "… ban hành Quy định về …" after a numbered document
_ISSUES = re.compile(
    r"\bban\s+hành\s+(?:kèm\s+theo\s+)?(?P<noun>Quy\s+định|Quy\s+chế|Kế\s+hoạch|Đề\s+án"
    r"|Chương\s+trình)\b",
    _I,
)
_ISSUES_REACH = 120
# a number the National Assembly gives, and the word "Luật" in the name before it
_ASSEMBLY_NUMBER = re.compile(r"/QH\d*$")
_LAW_BEFORE = re.compile(r"\bLuật\b")
_LAW_NAME_REACH = 80
_PASSIVE = re.compile(r"\b(?:được|đã\s+được|bị)\s+$", _I)
# the words that carry a document out, just before it (its own title words may come between)
_CARRIES_OUT = re.compile(
    r"\b(?:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện|cụ\s+thể\s+hóa|thể\s+chế\s+hóa"
    # a translation's ("Implement Directive No. 27/CT-TTg", "Plan on implementing …")
    r"|implement(?:s|ing|ation\s+of)?|carry(?:ing)?\s+out|execut(?:e|es|ing|ion\s+of))\s+"
    r"(?:\w+\.?\s+){0,3}$",
    _I,
)
_CUE_REACH = 60
# what someone said, reported before the sentence's own subject: "…, X cho biết, …"
_REPORTED = re.compile(
    r"\b(?:cho\s+biết|khẳng\s+định|nhấn\s+mạnh|cho\s+rằng|nêu\s+rõ|thông\s+tin)\s*[,:]", _I
)
# a body that judges what another does ("Ủy ban Thường vụ Quốc hội cũng tán thành với việc …
# bảo đảm thể chế hóa …"): the one judged acts, not the judge
_OPINION = re.compile(
    r"\s*(?:cũng\s+)?(?:tán\s+thành|đồng\s+ý|nhất\s+trí|đánh\s+giá|nhận\s+thấy|cho\s+rằng"
    r"|cho\s+biết|khẳng\s+định|nhấn\s+mạnh)\b",
    _I,
)
# a body named as a source or a possessor, not as the one acting
# The first words of an order's object that name bodies as a class ("relevant ministries,
# departments, sectors and localities", "các sở, ban, ngành"), not the orderer's own units
# ("agencies and units under the Ministry")
_CLASS_WORDS = re.compile(
    r"\s*:?\s*(?:the\s+)?(?:(?:relevant|concerned|all)\s+)?(?:ministries|localities|provinces"
    r"|(?:các\s+)?(?:bộ|sở),\s*(?:ban,\s*)?ngành)\b",
    re.IGNORECASE,
)
_ATTRIBUTED = re.compile(
    # (and one waited for: "trong thời gian chờ Thủ tướng Chính phủ ban hành chỉ đạo …, Chủ
    # tịch UBND tỉnh … yêu cầu …", blind round CG)
    r"\b(?:[Tt]heo|của|với|cho|tại|về|trình|chờ|đợi)\s+(?:\w+\s+){0,2}$"
    # a translation's ("the direction of the Government", "according to the Ministry")
    r"|\b(?:of|by|from|under|to|for|with|[Aa]ccording\s+to)\s+(?:the\s+)?$"
)
# a translation's words of carrying a document out
# (not "the programmes implemented in their areas", what others carry out)
_CARRY_OUT_EN = re.compile(
    r"\b(?:implement(?:ing|ation)?|carry(?:ing)?\s+out|execut(?:e|ing|ion))\b", _I
)
# where an item of a task ends: the documents after it are another item's
_ITEM_BREAK = re.compile(r"(?<!\bNo)(?<!\bNos)(?<!\bsố)\.(?:\s|$)|[;:!?](?:\s|$)|\n")
# a body named as part of a person's title in a translation ("The Government leader
# requested …", "a Ministry official said")
_PERSON_AFTER = re.compile(
    r"\s+(?:leader|chief|head|official|spokes(?:person|man|woman)|representative)s?\b"
)
# a body in the titles of a person the sentence names ("… do đồng chí Bùi Xuân Hòa, Phó Bí thư
# Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, … làm Tổ trưởng, có nhiệm vụ tham mưu … thực hiện
# Nghị quyết số 18-NQ/TW", blind round CP): the person's offices, not the sentence's subject
# (matched on the words before the body)
_IN_PERSONS_TITLES = re.compile(
    rf"\b(?:đồng\s+chí|ông|bà)\s+(?-i:[{VI_UPPER}])[^\W\d_]*(?:\s+(?-i:[{VI_UPPER}])[^\W\d_]*){{1,3}}"
    r"\s*,[^.;:()\n]{0,160}$",
)
# a question asks who acts; it states no one ("Khi nào Bộ Tài chính áp dụng Thông tư …?")
_QUESTION = re.compile(r"\?\s*$")
# a body that owns what follows it in a translation ("the Government's action plan")
_POSSESSIVE = re.compile(r"['’]s\b")
# a subject named after a leading clause's comma: an office or body's noun, capitalised
# ("UBND xã Bãi Sậy đăng tải", "Ủy ban nhân dân phường …", "Đảng ủy xã …", "Chi bộ …")
_NAMED_SUBJECT = re.compile(
    r"\s*(?-i:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Đảng\s+ủy|Đảng\s+uỷ|Chi\s+bộ|Ban|Sở|Phòng"
    r"|Huyện\s+ủy|Thành\s+ủy|Thị\s+ủy|Tỉnh\s+ủy|Bộ|Cục|Trường|Công\s+an|Mặt\s+trận)\b"
)
# what joins the bodies of one list ("Bộ Chính trị, Ban Bí thư và Chính phủ"), past items
# named with a capital that are no known body ("…, Ban Chỉ đạo Quốc gia phòng, chống dịch
# Covid-19, Ban Thường vụ Tỉnh ủy")
_BODY_JOINER = re.compile(
    rf"(?:\s*(?:,|;|và|cùng)\s*(?:các\s+)?(?-i:[{VI_UPPER}])[^;.\n()]{{0,60}}?)*"
    r"\s*(?:,|;|và|cùng)\s*(?:các\s+)?",
    _I,
)
# a sentence that opens with a purpose or an implementing clause before its subject
_LEADING_CLAUSE = re.compile(r"\s*(?:Nhằm|Để|Thực\s+hiện|Triển\s+khai)\b", _I)
# an aside after a leading clause's comma that names who led or issued what it names ("…, do
# Thủ tướng Nguyễn Xuân Phúc chủ trì vào ngày 14/10/2017, …"): its own comma ends it
_AGENT_ASIDE = re.compile(r"\s*do\s+[^,;.\n]{1,80}?\s(?:chủ\s+trì|ban\s+hành|tổ\s+chức)\b", _I)
# ... or when it happens, up to the comma that closes it ("Thực hiện Kết luận số 79-KL/TW …
# của Bộ Chính trị, từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2), Bộ Chính trị tiếp tục làm
# việc …", blind round CP): the subject follows it
_TIME_ASIDE = re.compile(
    r"\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:[-/.]\d{1,4}){0,2}"
    r"(?:\s+(?:đến|tới|và)\s+(?:ngày\s+)?\d{1,2}(?:[-/.]\d{1,4}){0,2})?"
    r"(?:\s*\([^()\n]{0,40}\))?\s*,",
    _I,
)
# ... and a comma inside the designation of what the clause names, before its date and
# issuer ("Thực hiện Kết luận số 79-KL/TW, ngày 16/6/2020 của Bộ Chính trị, …", blind round DN)
_DESIGNATION_DATE = re.compile(r"\s*ngày\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+(?:của|do)\b", _I)
# "Quốc hội đã biểu quyết thông qua Luật …" (no number): the body stands for the law
_PASSED = re.compile(
    r"\s+(?:đã\s+)?(?:biểu\s+quyết\s+|xem\s+xét\s*,?\s+)?thông\s+qua\s+"
    r"(?:Bộ\s+luật|[Ll]uật|[Nn]ghị\s+quyết|[Pp]háp\s+lệnh)(?!\s+(?:số\b|\d))",
)
# the kinds of text `_PASSED` says a body passed, as "<kind> này" names them (`noun_key`)
_PASSED_KINDS = frozenset(noun_key(n) for n in ("luật", "nghị quyết"))
_LEAD_REACH = 800  # how far into a page its lead reaches
# what may stand before a document that opens a sentence as its subject
_OPENS_WITH = re.compile(
    r"\s*(?:(?:Theo\s+đó|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Trong\s+đó),?\s+)?"
    r"(?:(?P<kind>Luật|Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\s+(?:số\s+)?)?",
    _I,
)
_ITEM_WORDS = 20  # an item of an enacting clause's list of officials is a short name
_ITEM_JOINER = re.compile(r"[,;]|\s(?:và|and)\s")  # where an item of such a list ends
# (a colon before the names it lists is no break: "Giám đốc các Sở: Tài chính, Xây dựng; …",
# blind round CU)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|:\s(?![A-ZĐ])")
# where an addressee that opens an item ends: at the item's end ("…, Chủ tịch UBND tỉnh, thành
# phố trực thuộc Trung ương, …"), not inside a longer name
# (the scope words of `DUTY_SCOPE` end it too: "…, chính quyền địa phương cấp tỉnh theo thẩm
# quyền quy định chi tiết, … và tổ chức thực hiện Nghị quyết này")
_ITEM_END = re.compile(
    r"\s*(?:,|;|\b(?:và|and)\b|$)|\s+(?:trong\s+phạm\s+vi|theo\s+(?:chức|thẩm\s+quyền)|chịu\b)"
)
# where a list of duties ends: the next numbered item or article
_NEXT_NUMBERED = re.compile(r"\n\s*(?:\d{1,2}\.\s|\(\d{1,2}\)\s|Điều\s+\d)")
_TASK_REACH = 1500  # a task ending in ':' goes on into the next paragraph, this far at most
_SPEAKER_REACH = 2500  # how far back a document named by its type noun alone is looked for
# the words every match of `LEADING` holds, in the case it writes them (a literal the engine
# skips to): a page without them has no such clause
_LEADS_AT = re.compile(r"cao\s+trách\s+nhiệm")
_ORDER_CONFIDENCE = 0.75


def actors(
    text: str,
    refs: list[Reference],
    statements: list[Any],
    bodies: list[tuple[int, int, dict[str, Any]]],
    own_number: str | None = None,
    issuers: list[str | None] | None = None,
    title: str | None = None,
    report: bool = True,
    province: str | None = None,
) -> list[Act]:
    """The acts of bodies a report states: orders to ministries and provinces, enacting
    clauses. `statements` are `relate`'s (what the text's own document does to each
    reference); `bodies` the named bodies found in `text`, as (start, end, body);
    `issuers` the key of each reference's issuing body, when known; `province` the text's
    own, which places the classes of one province's bodies (`DISTRICTS`).

    A body is an actor only when what it does has no number on the page: when one of its
    numbered documents acts on the same target ("Chính phủ giao Bộ Tài chính hướng dẫn ..."
    and "Thông tư số 07/2025/TT-BTC hướng dẫn ..."), that document is the subject."""
    issuers = issuers or [None] * len(refs)
    reader = _Reader(text, refs, statements, bodies, own_number, report, issuers, province)
    acts = reader.read() + reader.unstated(statements, title or "")
    done = _done_by_documents(refs, statements, own_number, issuers)
    return [
        a
        for a in acts
        if a.body is None
        or a.object is None
        or (a.body["key"], refs[a.object].canonical) not in done
    ]


def _done_by_documents(
    refs: list[Reference], statements: list[Any], own_number: str | None, issuers: list[str | None]
) -> set[tuple[str, str | None]]:
    """(issuing body, target) for each act of a numbered document the text states."""
    own_issuers = {
        issuers[i] for i, r in enumerate(refs) if own_number and r.canonical == own_number
    }
    done: set[tuple[str, str | None]] = set()
    for st in statements:
        subject, relation, obj, _ = _fields(st)
        if relation == "CITES":
            continue
        by = own_issuers if subject is None else {issuers[subject], *_joint_issuers(refs[subject])}
        done |= {(key, refs[obj].canonical) for key in by if key}
    return done


def _joint_issuers(ref: Reference) -> set[str | None]:
    """The bodies of every code a joint document's number names ("35/2005/TTLT-BLĐTBXH-BTC":
    the Ministry of Labour's and of Finance's): each issued it, so neither acts beside it on
    what it acts on ("… Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính đã ban hành Thông
    tư liên tịch số 35/2005/TTLT-BLĐTBXH-BTC hướng dẫn …", blind round CH)."""
    codes = ref.issuers or []
    return {_issuer_of_code(code) for code in codes} if len(codes) > 1 else set()


class _Reader:
    def __init__(
        self,
        text: str,
        refs: list[Reference],
        statements: list[Any],
        bodies: list[tuple[int, int, dict[str, Any]]],
        own_number: str | None,
        report: bool = True,
        issuers: list[str | None] | None = None,
        province: str | None = None,
    ) -> None:
        self.report = report
        self.province = province
        self.text = text
        self.refs = refs
        self.bodies = sorted(bodies, key=lambda b: b[0])
        self.body_starts = [b[0] for b in self.bodies]
        self.blanks = [m.end() for m in _BLANK.finditer(text)]  # paragraph breaks
        self.own_number = own_number
        self.issuers = issuers or [None] * len(refs)
        # the page's own document where the text names it, and the bodies that issue it
        self.own = next(
            (i for i, r in enumerate(refs) if own_number and r.canonical == own_number), None
        )
        self.own_issuers = {
            key
            for i, r in enumerate(refs)
            if own_number and r.canonical == own_number
            for key in [self._issuer_key(i)]
            if key
        }
        self._documents_by_issuer: dict[str, dict[str, int]] | None = None
        # references the page's own statements carry out, and how ("tiếp tục thực hiện": on)
        self.acting: dict[int, str] = {}
        self.acting_cue: dict[int, int] = {}  # ... and where the cue that says so starts
        self.cued: set[int] = set()  # references introduced by a cue of their own
        self.implemented_by: dict[int, set[int]] = {}  # references other references implement
        self.acted_on: set[str] = set()  # documents the page says are acted on
        for st in statements:
            subject, relation, obj, cue = _fields(st)
            if relation != "CITES" and refs[obj].canonical:
                self.acted_on.add(refs[obj].canonical)
            if cue:  # acted on, by the page's document or by another one
                self.cued.add(obj)
                if subject is None and relation in _CARRYING_OUT:
                    self.acting.setdefault(obj, relation)
                    at = _cue_start(st, -1)
                    if at >= 0:
                        self.acting_cue.setdefault(obj, at)
                elif relation == "IMPLEMENTS":
                    self.implemented_by.setdefault(obj, set()).add(subject)
        # whether `LEADING` may be on the page, by a plain scan for its words (its own pattern,
        # which opens on common letters in any case, cost 0.2 CPU-s over the real corpus)
        self.leads = _LEADS_AT.search(text) is not None
        site = explainer_spans(text)  # a legal site's Q&A quotes orders; it gives none
        self.sentences = [(a, b) for a, b in _sentences(text) if not inside(site, a)]

    def read(self) -> list[Act]:
        acts: list[Act] = []
        order: tuple[int | None, int | None, int] | None = None  # speaker, target, paragraph
        for start, end in self.sentences:
            para = self._paragraph(start)
            if order is not None and order[2] != para:
                order = None
            acts += self._executing(start, end) + self._basis(start, end)
            acts += self._guiding(start, end) + self._duty_list(start, end)
            found = (
                self._order(start, end)
                or self._enacting(start, end)
                or self._timed_duty(start, end)
                or self._translated_duty(start, end)
            )
            if found is not None:
                new, state = found
                order = (*state, para) if state is not None else None
                acts += new
                continue
            if order is not None:
                addressees, after = self._addressees(
                    start + _match_len(CONTINUED, self.text, start)
                )
                if (
                    addressees
                    and not _NARRATION.match(self.text, after)
                    and not FOR_INFORMATION.pattern.match(self.text, start)
                    # (bodies that give an order of their own are none told to: "The Prime
                    # Minister requested ministers and heads of …", blind round BM)
                    and not ORDER.pattern.match(self.text, _skip_blank(self.text, after))
                ):
                    acts += self._assign(addressees, order[0], order[1], start, end, "continued")
                    continue
                order = None
        for act in acts:
            act.sentence = _sentence(self.text, act.start, act.end)
        return _unique(acts)

    def _executing(self, start: int, end: int) -> list[Act]:
        m = EXECUTING.pattern.match(self.text, start)
        if m is None:
            return []
        obj = next((i for i, r in enumerate(self.refs) if r.start == m.end() and r.canonical), None)
        if obj is None:
            obj = next(
                (i for i, r in enumerate(self.refs) if m.end() <= r.start < m.end() + 12),
                None,
            )
        if obj is None or not self.refs[obj].canonical:
            return []
        comma = self._lead_comma(self.refs[obj].end, end)
        if comma < 0:
            return []
        bodies, after = self._addressees(_skip_blank(self.text, comma + 1))
        if not bodies or _OPINION.match(self.text, after):
            return []
        return self._assign(bodies, None, obj, start, end, "purpose clause")

    def _basis(self, start: int, end: int) -> list[Act]:
        """A document issued in the sentence and the basis the report names for it."""
        if not self.report:
            return []
        acts: list[Act] = []
        for m in BASIS.pattern.finditer(self.text, start, end):
            subject = next(
                (
                    i
                    for i in range(len(self.refs) - 1, -1, -1)
                    if start <= self.refs[i].start < m.start() and self.refs[i].canonical
                ),
                None,
            )
            if subject is None:
                continue
            ref = self.refs[subject]
            # the document is issued in the sentence, or it is what is built on the basis
            issued = _ISSUING.search(self.text, max(start, ref.start - 40), ref.start)
            built = not self.text[ref.end : m.start()].strip() and "xây" in m.group(0)
            if not (issued or built):
                continue
            stop = _BASIS_END.search(self.text, m.end(), end)
            hi = stop.start() if stop else end
            for i, r in enumerate(self.refs):
                if m.end() <= r.start < hi and r.canonical and r.canonical != ref.canonical:
                    acts.append(Act(None, subject, "BASED_ON", i, 0.7, BASIS.name, "", start, end))
        return acts

    # --- the subject a sentence leaves unsaid ----------------------------------------------

    def unstated(self, statements: list[Any], title: str) -> list[Act]:
        """A report that speaks for no document says "… để thể chế hóa Nghị quyết số
        57-NQ/TW" of what it reports on: the body the sentence names as acting ("Viện trưởng
        VKSNDTC trình … bảo đảm thể chế hóa …", "Nhằm đảm bảo thi hành Luật số …, Bộ Nội vụ
        sẽ …"), else the page's topic: the document its title numbers, or the unnumbered
        one a body passed in its lead ("Quốc hội đã thông qua Luật …": Quốc hội)."""
        if self.own_number:
            return self._acting_on_own()
        topic: tuple[dict[str, Any] | None, int | None] | None = None
        acts: list[Act] = []
        for st in statements:
            subject, relation, obj, cue = _fields(st)
            if subject is None and relation in _ACTS_OF_THIS_DOCUMENT and cue:
                topic = topic or self._topic(title)
                act = self._act_of_this_document(st, *topic)
                acts += [act] if act else []
                continue
            if subject is not None or relation not in _UNSTATED_RELATIONS or not cue:
                continue
            ref = self.refs[obj]
            span = next(((a, b) for a, b in self.sentences if a <= ref.start < b), None)
            if span is None or not ref.canonical:
                continue
            start, end = span
            if _QUESTION.search(self.text, start, end):
                continue  # "When will the Ministry of Finance implement Circular 99/2025?"
            cue_at = _cue_start(st, ref.start)
            if self._acting_document(start, cue_at, obj):
                continue  # a numbered document before the cue acts (relate's reading)
            if _PASSIVE.search(self.text, max(start, cue_at - 12), cue_at):
                continue  # "các quy định được thực hiện có hiệu quả từ Luật …": no one acts
            bodies = self._sentence_bodies(start, cue_at, ref.end, end)
            if bodies:
                for b in bodies:
                    # a body acts through the one document of its own the page numbers
                    # ("Bộ Lao động - Thương binh và Xã hội thông báo …" on the page of
                    # Thông báo 6150/TB-BLĐTBXH): that document is the subject
                    doc = self._only_document_of(b["key"], ref.canonical, start, end)
                    if doc is None:
                        rule = "the body its sentence names"
                        acts.append(Act(b, None, relation, obj, 0.6, rule, "", start, end))
                    else:
                        rule = "the body's one numbered document"
                        acts.append(Act(None, doc, relation, obj, 0.6, rule, "", start, end))
                continue
            if self._unknown_subject_after_lead(start, ref.end, end):
                continue  # "Thực hiện Kế hoạch số 82/KH-UBND …, UBND xã Bãi Sậy đăng tải …"
            issuer = self._issuer_of_bare_noun(start)
            if issuer is not None and self.refs[issuer].canonical != ref.canonical:
                rule = "the document that issued its subject"
                acts.append(Act(None, issuer, relation, obj, 0.6, rule, "", start, end))
                continue
            assembly = self._assembly_of_unnumbered_law(ref.end, end)
            if assembly is not None:
                rule = "the page's topic, an unnumbered law its sentence names by its type"
                acts.append(Act(assembly, None, relation, obj, 0.6, rule, "", start, end))
                continue
            if topic is None:
                topic = self._topic(title)
            body, doc = topic
            if doc is not None and self.refs[doc].canonical != ref.canonical:
                acts.append(Act(None, doc, relation, obj, 0.6, "the page's topic", "", start, end))
            elif body is not None:
                acts.append(Act(body, None, relation, obj, 0.6, "the page's topic", "", start, end))
        for act in acts:
            act.sentence = _sentence(self.text, act.start, act.end)
        return acts

    def _issuer_key(self, i: int) -> str | None:
        """The body that issues reference `i`: as the caller found it, else by its code."""
        return self.issuers[i] or _issuer_of_code(self.refs[i].issuer_code)

    def _only_document_of(
        self, body_key: str, other_than: str | None, lo: int, hi: int
    ) -> int | None:
        """The first mention of the one numbered document the page gives `body_key` as
        issuer (by its number's code), other than `other_than`, whose type the words `lo:hi`
        use as their verb ("… thông báo để các cơ quan …" for a Thông báo); None when there
        are none or several, or no such verb. (A body's other documents of other types do
        not stand in the way: "Ban Tuyên giáo Trung ương hướng dẫn …" on a page that gives
        its Hướng dẫn số 32-HD/BTGTW and a Công văn of its own is the guidance's, news-389.)"""
        if self._documents_by_issuer is None:  # built once a page, when first asked
            self._documents_by_issuer = {}
            for i, r in enumerate(self.refs):
                key = self._issuer_key(i) if r.canonical and not r.self else None
                if key:
                    self._documents_by_issuer.setdefault(key, {}).setdefault(r.canonical, i)
        found = self._documents_by_issuer.get(body_key, {})
        others = [i for canonical, i in found.items() if canonical != other_than]
        said = [i for i in others if self._type_as_verb(i, lo, hi)]
        return said[0] if len(said) == 1 else None

    def _type_as_verb(self, i: int, lo: int, hi: int) -> bool:
        """Whether the words `lo:hi` use the type of reference `i` as a verb ("thông báo" not
        followed by a number)."""
        noun = (self.refs[i].type_name or "").split("/")[0].strip().lower()
        if not noun:
            return False
        verb = re.compile(rf"(?<!\w){re.escape(noun)}(?!\s*(?:số|\d))")
        return verb.search(self.text, lo, hi) is not None

    def _act_of_this_document(
        self, st: Any, body: dict[str, Any] | None, doc: int | None
    ) -> Act | None:
        """ "Kể từ ngày Nghị định này có hiệu lực thi hành, các nghị định … sau đây hết hiệu
        lực thi hành: a) Nghị định số …": the sentence of the cue calls its subject "this
        decree"; on a page whose topic is a decree, the topic does the act. On a page whose
        topic is a law a body passed, unnumbered ("Quốc hội đã thông qua Luật Cán bộ, công
        chức (sửa đổi)"), "… hết hiệu lực từ ngày Luật này có hiệu lực" is that body's act."""
        _, relation, obj, _ = _fields(st)
        cue_at = _cue_start(st, self.refs[obj].start)
        span = next(((a, b) for a, b in self.sentences if a <= cue_at < b), None)
        if span is None or (doc is None and body is None):
            return None
        if doc is not None and self.refs[doc].canonical == self.refs[obj].canonical:
            return None
        this = _THIS_DOCUMENT.search(self.text, *span)
        if this is not None:
            noun = noun_key(this.group("noun"))
        elif law_part_before(self.text, cue_at, span[0]) or LAW_REPORTED in _rule(st):
            # "Luật gồm 11 Điều, trong đó sửa đổi, bổ sung …": the law speaks by its articles;
            # or the relation reader read the act as the reported law's ("Quốc hội đã thông
            # qua Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Hải quan; …")
            noun = noun_key("luật")
        else:
            return None
        if doc is not None and noun != _type_key(self.refs[doc]):
            return None
        if doc is None and noun not in _PASSED_KINDS:
            return None
        ref = self.refs[obj]
        item = next(((a, b) for a, b in self.sentences if a <= ref.start < b), span)
        start, end = min(span[0], item[0]), item[1]
        if doc is None:
            rule = "the body that passed the page's topic, called this law"
            return Act(body, None, relation, obj, 0.6, rule, "", start, end)
        rule = "the page's topic, called this document"
        return Act(None, doc, relation, obj, 0.6, rule, "", start, end)

    def _acting_on_own(self) -> list[Act]:
        """A report about a document says who carries it out: "UBND tỉnh Thanh Hóa ban hành
        Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW" (the body that names its own
        act, with no number of its own)."""
        acts: list[Act] = []
        for i, ref in enumerate(self.refs):
            if ref.canonical != self.own_number:
                continue
            cue = _CARRIES_OUT.search(self.text, max(0, ref.start - _CUE_REACH), ref.start)
            span = next(((a, b) for a, b in self.sentences if a <= ref.start < b), None)
            if cue is None or span is None or cue.start() < span[0]:
                continue
            if self._acting_document(span[0], ref.start, i):
                continue
            start, end = span
            for body in self._sentence_bodies(start, cue.start(), ref.end, end):
                rule = "the body its sentence names"
                acts.append(Act(body, None, "IMPLEMENTS", i, 0.6, rule, "", start, end))
        for act in acts:
            act.sentence = _sentence(self.text, act.start, act.end)
        return acts

    def _assembly_of_unnumbered_law(self, after: int, end: int) -> dict[str, Any] | None:
        """The National Assembly, when the main clause after a carried-out document has a law
        by its type alone as its subject (`LAW_AS_SUBJECT`) and the page numbers no law that
        the word could stand for: the law acts through the body that passed it."""
        if not LAW_AS_SUBJECT.pattern.match(self.text[after:end]):
            return None
        if any(self._numbers_a_law(r) for r in self.refs):
            return None  # "Luật" may be the numbered law (`_document_as_subject`)
        found = find_bodies("Quốc hội", None)
        return asdict(found[0][2]) if found else None

    def _numbers_a_law(self, ref: Reference) -> bool:
        """Whether `ref` gives a law its number ("Luật … số 41/2024/QH15")."""
        return (
            ref.kind == "number"
            and _ASSEMBLY_NUMBER.search(ref.canonical or "") is not None
            and _LAW_BEFORE.search(self.text, max(0, ref.start - _LAW_NAME_REACH), ref.start)
            is not None
        )

    def _issuer_of_bare_noun(self, start: int) -> int | None:
        """ "Quy định được xây dựng trên cơ sở thực hiện Thông tư số …": a sentence whose
        subject is a rule set or a plan the page says a numbered document issued
        ("Quyết định 46/2025/QĐ-UBND … ban hành Quy định về dạy thêm …") speaks for it."""
        m = _BARE_ISSUED.match(self.text, start)
        if m is None:
            return None
        return self._issuer_of(m.group("noun"))

    def _issuer_of(self, noun: str) -> int | None:
        """The numbered document the page says issued a rule set or plan of kind `noun`
        ("Quyết định số 388/QĐ-TTg … ban hành Kế hoạch triển khai …")."""
        noun = " ".join(noun.lower().split())
        for i, ref in enumerate(self.refs):
            if not ref.canonical or ref.kind != "number":
                continue
            after = self.text[ref.end : ref.end + _ISSUES_REACH]
            issues = _ISSUES.search(after)
            if (
                issues
                and " ".join(issues.group("noun").lower().split()) == noun
                and "\n" not in after[: issues.start()]
            ):
                return i
        return None

    def _acting_document(self, lo: int, hi: int, obj: int) -> bool:
        return any(
            lo <= r.start < hi
            and r.canonical
            and i != obj
            and i not in self.cued
            # a document named by its whole title is not the one a cue after it describes
            # (relate's reading, `_TITLED`): what the sentence does is the page's
            and not (r.kind == "named" and r.type_name in TITLED_KINDS)
            for i, r in enumerate(self.refs)
        )

    def _sentence_bodies(self, lo: int, cue: int, after: int, hi: int) -> list[dict[str, Any]]:
        """The bodies a sentence names as its subject: before the cue, after whatever the
        page reports someone said ("…, Chủ nhiệm Ủy ban … cho biết, Viện trưởng VKSNDTC
        trình …"), and not as an attribution ("Theo Bộ …"); or opening the main clause after
        a leading purpose clause ("Nhằm đảm bảo thi hành Luật số …, Bộ Nội vụ sẽ …")."""
        said = [m.end() for m in _REPORTED.finditer(self.text, lo, cue)]
        lo = said[-1] if said else lo
        opened = max(self.text.rfind(";", lo, cue), self.text.rfind("\n", lo, cue))
        if opened >= 0 and not self.text[opened + 1 : cue].strip() and self.text[cue].isupper():
            # a clause that opens its own item after a ";" ("…; Thực hiện Kế hoạch số 25-KH/ĐU
            # …"): the bodies of the items before it are not its subject ("Nghị quyết Hội nghị
            # lần thứ 8 Ban Chấp hành Trung ương Đảng …", blind round BB); nor are those of
            # the lines above one it opens with a capital ("Kính gửi: Chính phủ\nThực hiện
            # Nghị quyết số 01/NQ-CP …, Văn phòng Chính phủ trình …")
            lo = opened + 1
        owned_to = -1  # where a list of bodies owning something ("chỉ đạo của A, B, C") ends
        # a body inside the name of a class ("Chính phủ" in "…, cơ quan thuộc Chính phủ") is
        # not one named on its own (the classes are looked for once a body stands there)
        classes: list[tuple[int, int]] | None = None
        for start, body_end, _ in self.bodies:
            if not lo <= start < cue:
                continue
            if _POSSESSIVE.match(self.text, body_end) or _PERSON_AFTER.match(self.text, body_end):
                continue
            if _IN_PERSONS_TITLES.search(self.text, max(lo, start - 200), start):
                continue
            if classes is None:
                classes = [
                    m.span() for group in GROUPS for m in group.pattern.finditer(self.text, lo, cue)
                ]
            if any(a < start < b for a, b in classes):
                continue
            if _ATTRIBUTED.search(self.text, max(lo, start - 12), start) or (
                owned_to >= 0 and _BODY_JOINER.fullmatch(self.text, owned_to, start)
            ):
                # "các chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ …": every body of
                # the list owns the directions, none acts
                owned_to = body_end
                continue
            found, end = self._addressees(_lead_start(self.text, start))
            order = ORDER.pattern.match(self.text, _skip_blank(self.text, end)) if found else None
            if order is not None and (
                self._addressees(order.end())[0]
                # (bodies the catalogue does not know, named as a class: "the Prime Minister
                # requested relevant ministries, departments, sectors and localities to …",
                # blind round CK)
                or _CLASS_WORDS.match(self.text, order.end())
            ):
                # "Thủ tướng Chính phủ yêu cầu Bộ trưởng Bộ Công an … thực hiện nghiêm Chỉ thị
                # số 36/CT-TTg": the one who orders does not carry it out, the bodies it orders
                # do (read by the order, `assigned`); one that orders its own units ("the
                # Ministry … requires agencies and units under the Ministry to …") does
                return []
            if found and not _OPINION.match(self.text, end):
                return found
        comma = self._lead_comma(after, hi)
        if comma >= 0 and _LEADING_CLAUSE.match(self.text, lo):
            found, end = self._addressees(_skip_blank(self.text, comma + 1))
            return [] if _OPINION.match(self.text, end) else found
        return []

    def _unknown_subject_after_lead(self, lo: int, after: int, hi: int) -> bool:
        """Whether a sentence that opens with a purpose or an implementing clause names its
        own subject after the comma, a body no list knows ("Thực hiện Kế hoạch số 82/KH-UBND
        … của UBND huyện …, UBND xã Bãi Sậy đăng tải bài tuyên truyền sau:"): that one
        acts, not the page's topic."""
        if not _LEADING_CLAUSE.match(self.text, lo):
            return False
        comma = self._lead_comma(after, hi)
        return comma >= 0 and _NAMED_SUBJECT.match(self.text, comma + 1) is not None

    def _lead_comma(self, after: int, hi: int) -> int:
        """The comma that ends a leading clause, from `after` (the end of the document it
        names) up to `hi`: not one inside a quoted title ("… về Hội nghị trực tuyến “Tăng
        cường công tác quản lý, bảo vệ rừng …”, Bộ NN&PTNT thông báo"), nor one that opens an
        aside naming who led what the clause names ("…, do Thủ tướng … chủ trì vào ngày
        14/10/2017, Bộ NN&PTNT thông báo", blind round BC), nor one before the date and issuer
        of what it names (`_DESIGNATION_DATE`), nor one that opens the time of what follows
        (`_TIME_ASIDE`); -1 when there is none."""
        comma = self.text.find(",", after, hi)
        while comma >= 0:
            opened = self.text.count("“", after, comma) > self.text.count("”", after, comma)
            if (
                not opened
                and not _AGENT_ASIDE.match(self.text, comma + 1)
                and not _DESIGNATION_DATE.match(self.text, comma + 1)
            ):
                aside = _TIME_ASIDE.match(self.text, comma + 1, hi)
                if aside is None:
                    return comma
                comma = aside.end() - 1  # the comma that closes the time named
                continue
            comma = self.text.find(",", comma + 1, hi)
        return -1

    def _topic(self, title: str) -> tuple[dict[str, Any] | None, int | None]:
        flat = re.sub(r"\s+", "", title)
        # a document the title carries out is its object, not its topic ("Implement
        # Directive No. 27/CT-TTg …", "Kế hoạch triển khai thực hiện Chỉ thị số …")
        carried = {
            r.canonical
            for r in find_references(title)
            if _CARRIES_OUT.search(title, max(0, r.start - _CUE_REACH), r.start)
        }
        for i, ref in enumerate(self.refs):
            if (
                ref.kind == "number"
                and ref.canonical
                and ref.canonical in flat
                and ref.canonical not in carried
            ):
                return None, i
        lead = self.text[:_LEAD_REACH]
        for start, end, body in self.bodies:
            if start >= _LEAD_REACH:
                break
            if _PASSED.match(lead, end):
                return body, None
        # the title says it: "Quốc hội thông qua Luật Thanh tra (sửa đổi)"
        for _, end, found in find_bodies(title, None):
            if found.level == "central" and _PASSED.match(title, end):
                return asdict(found), None
        subject = self._document_as_subject(title)
        return None, subject

    def _document_as_subject(self, title: str) -> int | None:
        """A title that names a document by its kind ("Những nội dung của Luật Việc làm") and
        a text that opens sentences with one numbered document of that kind, and no other ("Luật
        số 74/2025/QH15 cũng bổ sung …"): that document is the page's topic."""
        found: dict[str, int] = {}
        for i, ref in enumerate(self.refs):
            if not ref.canonical or ref.kind != "number":
                continue
            span = next(((a, b) for a, b in self.sentences if a <= ref.start < b), None)
            opening = span and _OPENS_WITH.fullmatch(self.text, span[0], ref.start)
            kind = (opening and opening.group("kind")) or ref.type_name or ""
            if opening and kind and re.search(rf"\b{re.escape(kind)}\b", title, re.IGNORECASE):
                found.setdefault(ref.canonical, i)
        subjects = set(found)
        return found[subjects.pop()] if len(subjects) == 1 else None

    # --- orders ---------------------------------------------------------------------------

    def _order(
        self, start: int, end: int
    ) -> tuple[list[Act], tuple[int | None, int | None] | None] | None:
        """An order in the sentence, and what it gives the sentences that go on with it. An
        order whose document is not known ends the one before it, and gives nothing."""
        for m in ORDER.pattern.finditer(self.text, start, end):
            at = m.end()
            if ":" in m.group(0):  # "Thủ tướng Chính phủ yêu cầu:\n\n(1) Bộ trưởng, …"
                # (the sentence ends at the colon: the addressees open the next paragraph)
                at = _skip_blank(self.text, at)
                at += _match_len_re(_ITEM_MARK, self.text, at)
            addressees, after = self._addressees(at)
            if not addressees or _DELEGATED.match(self.text, after):
                continue
            if after > end:
                # an item's number after the colon ended the sentence ("Thủ tướng Chính phủ
                # yêu cầu: 1. Bộ Y tế, các Bộ, … tổ chức thực hiện nghiêm Công điện số …",
                # blind round BW): the order goes on in the item's sentence
                end = next((b for a, b in self.sentences if a <= after < b), end)
            directs = DIRECTED.pattern.match(self.text, after)
            if directs:  # "giao Đảng ủy Chính phủ chỉ đạo Bộ Giáo dục và Đào tạo, các bộ, …"
                directed, end_directed = self._addressees(directs.end())
                if directed:
                    addressees, after = addressees + directed, end_directed
            if m.group(0).lower().startswith("đề") and _SUPERIORS & {b["key"] for b in addressees}:
                continue  # "đề nghị Ủy ban Thường vụ Quốc hội quyết định": a proposal upward
            if _DRAFT.search(self.text, start, m.start()):
                return [], None
            speaker = self._speaker(start, m.start())
            if m.group(0).lower().startswith("đề") and self._of_a_ministry(speaker):
                continue  # a ministry's letter asks ministries and provinces; it orders none
            tasks = self._tasks(after, end, speaker)
            task = tasks[0] if tasks else None
            target = speaker if task is None else task
            if target is None:
                # "… giao Chính phủ, … có trách nhiệm tổ chức thi hành Nghị quyết này"
                known, target = self._enacted(after, end)
                if not known:
                    return [], None
            rule = "assigned by an order"
            acts = [
                act
                for each in tasks or [target]
                for act in self._assign(
                    addressees, speaker, each, start, end, rule, self._carried(each)
                )
            ]
            acts += [
                Act(
                    None,
                    speaker,
                    self._carried(each),
                    each,
                    0.7,
                    "its order's task",
                    "",
                    start,
                    end,
                )
                for each in tasks
                if speaker is not None and speaker != each
            ]
            return acts, (speaker, target)
        return None

    def _enacting(
        self, start: int, end: int
    ) -> tuple[list[Act], tuple[int | None, int | None] | None] | None:
        m = ENACTING.pattern.search(self.text, start, end)
        if m is None and self.leads:
            m = LEADING.pattern.search(self.text, start, end)
        if m is None:
            m = ENACTING_EN.pattern.search(self.text, start, end)
        if m is None:
            return None
        opening, addressees, after = self._opening_addressees(start, CONTINUED)
        if not addressees or self.text[after : m.start()].strip():
            addressees = self._listed_addressees(opening, m.start())
        if not addressees:
            return None
        directed = -1  # the bodies a duty directs ("… đôn đốc các địa phương triển khai …")
        if m.re is ENACTING.pattern:
            directed = m.start("directs") if m.group("directs") else m.start("led")
        if directed >= 0:  # "… có trách nhiệm đôn đốc các địa phương triển khai thực hiện …"
            more, _ = self._addressees(directed)
            addressees = addressees + more
        # "nghị định này": the page's own decree, or the one it names plainly before
        known, target = self._this_document(_type_noun(m.group("noun")), m.start())
        if not known:
            return None
        if target == self.own:
            # the body that issued the document is not told to carry it out: "Chánh Văn phòng
            # Hội đồng nhân dân và Ủy ban nhân dân tỉnh, …" names the office (blind round CZ)
            addressees = [b for b in addressees if b["key"] not in self.own_issuers]
        acts = self._assign(addressees, None, target, start, end, "enacting clause")
        return acts, (None, target)

    def _timed_duty(
        self, start: int, end: int
    ) -> tuple[list[Act], tuple[int | None, int | None]] | None:
        """The bodies a sentence of the page's own document gives a duty with a deadline
        (`TIMED_DUTY`): they carry that document out."""
        if not self.own_number or not DEADLINE.pattern.search(self.text, start, end):
            return None
        _, addressees, after = self._opening_addressees(start, TIMED_DUTY_LEAD)
        if not addressees or not TIMED_DUTY.pattern.match(self.text, after):
            return None
        acts = self._assign(addressees, None, self.own, start, end, TIMED_DUTY.name)
        return acts, (None, self.own)

    def _translated_duty(
        self, start: int, end: int
    ) -> tuple[list[Act], tuple[int | None, int | None]] | None:
        """A translation's order told with its addressees first (`TRANSLATED_DUTY`): they carry
        out the document their task names, else the Government document named before."""
        if not self.report:
            return None
        _, addressees, after = self._opening_addressees(start, TRANSLATED_DUTY_LEAD)
        if not addressees:
            return None
        duty = TRANSLATED_DUTY.pattern.match(self.text, after)
        if duty is None:
            return None
        lead = TRANSLATED_DUTY_LEAD.pattern.match(self.text, start)
        told = lead if lead is not None and lead.group("told") else None  # "Accordingly, …"
        tasks = self._tasks(duty.end(), end)
        if duty.group("must") and told is None:
            # a bare "must" orders only what it says to carry out ("must focus on strictly
            # implementing Directive No. …"), not work done "in accordance with" documents
            first = self.refs[tasks[0]].start if tasks else duty.end()
            if not _CARRY_OUT_EN.search(self.text, duty.end(), first):
                return None
        # the documents the sentence's opening names as giving the order
        given = self._numbered_between(*told.span("source")) if told and told["source"] else []
        if not tasks:
            target = given[-1] if given else self._last_plain(start)
            tasks = [target] if target is not None else []
        if not tasks:
            return None
        acts = [
            act
            for each in tasks
            for act in self._assign(addressees, None, each, start, end, TRANSLATED_DUTY.name)
        ]
        return acts, (None, tasks[0])

    def _numbered_between(self, lo: int, hi: int) -> list[int]:
        """The references with a number that start between the two offsets, in text order."""
        return [i for i, r in enumerate(self.refs) if lo <= r.start < hi and r.canonical]

    def _guiding(self, start: int, end: int) -> list[Act]:
        """The bodies a sentence of the page's own document gives the duty to detail or guide
        it (`GUIDING`): "Chính phủ hướng dẫn thi hành Nghị quyết này"."""
        if not self.own_number:
            return []
        m = GUIDING.pattern.search(self.text, start, end)
        if m is None:
            return []
        _, addressees, after = self._opening_addressees(start, TIMED_DUTY_LEAD)
        after += _match_len(OTHER_BODIES, self.text, after)
        gap = self.text[after : m.start()]  # nothing, or the words of a duty ("có trách nhiệm")
        if not addressees or (gap.strip() and not TIMED_DUTY.pattern.fullmatch(gap)):
            return []
        known, target = self._named_this(m)
        if not known:
            return []
        return self._assign(addressees, None, target, start, end, GUIDING.name, "GUIDES")

    def _named_this(self, m: re.Match[str]) -> tuple[bool, int | None]:
        """The document "<noun> này" of a match names, as `_this_document` gives it; a bare
        noun ("… các nội dung của Nghị quyết …") only when it is the page's own."""
        if m.group("noun"):
            return self._this_document(noun_key(m.group("noun")), m.start())
        untyped = self.own is not None and not _type_key(self.refs[self.own])
        return bool(self.own_number) and (self._is_own(noun_key(m.group("bare"))) or untyped), (
            self.own
        )

    def _duty_list(self, start: int, end: int) -> list[Act]:
        """The bodies a sentence of the page's own document gives a list of duties
        (`DUTY_LIST`), and each item that carries the document out or guides it."""
        if not self.own_number:
            return []
        _, addressees, after = self._opening_addressees(start, TIMED_DUTY_LEAD)
        listed = DUTY_LIST.pattern.match(self.text, after, end) if addressees else None
        if listed is None:
            return []
        pos = listed.end()  # the items: after the colon, on its line or the next ones
        stop = _NEXT_NUMBERED.search(self.text, pos, min(len(self.text), pos + _TASK_REACH))
        hi = stop.start() if stop else min(len(self.text), pos + _TASK_REACH)
        acts: list[Act] = []
        while pos < hi:
            line_end = self.text.find("\n", pos, hi)
            line_end = hi if line_end < 0 else line_end
            for relation, m in (
                ("IMPLEMENTS", ENACTING.pattern.search(self.text, pos, line_end)),
                ("IMPLEMENTS", CARRY_OUT_ITEM.pattern.match(self.text, pos, line_end)),
                ("GUIDES", GUIDING.pattern.search(self.text, pos, line_end)),
                # an item with a deadline: a step of carrying the page's document out
                ("IMPLEMENTS", DEADLINE.pattern.search(self.text, pos, line_end)),
            ):
                if m is not None and m.re is DEADLINE.pattern:
                    known, target = True, self.own
                else:
                    known, target = (False, None) if m is None else self._named_this(m)
                if known:
                    acts += self._assign(
                        addressees, None, target, start, line_end, DUTY_LIST.name, relation
                    )
            pos = line_end + 1
        return acts

    def _opening_addressees(
        self, start: int, lead: Pattern
    ) -> tuple[int, list[dict[str, Any]], int]:
        """The bodies a sentence opens with, after its `lead` words and a page's words before
        its document's ("Nghị định nêu rõ, …"): where they start, the bodies, and where
        their scope words ("theo chức năng, nhiệm vụ được giao") end."""
        opening = start + _match_len(lead, self.text, start)
        opening += _match_len(REPORTED, self.text, opening)
        addressees, after = self._addressees(opening)
        scope = DUTY_SCOPE.pattern.match(self.text, after)
        return opening, addressees, scope.end() if scope else after

    def _enacted(self, lo: int, hi: int) -> tuple[bool, int | None]:
        """The document an enacting clause between `lo` and `hi` carries out ("… có trách
        nhiệm tổ chức thi hành Nghị quyết này"), as `_this_document` gives it."""
        m = ENACTING.pattern.search(self.text, lo, hi) or ENACTING_EN.pattern.search(
            self.text, lo, hi
        )
        if m is None:
            return False, None
        return self._this_document(_type_noun(m.group("noun")), m.start())

    def _this_document(self, noun: str, pos: int) -> tuple[bool, int | None]:
        """The document "<noun> này" at `pos` is, and whether it is known: the page's own
        (None when the text never names its number), else the document of that type named
        just before or the one of its type on the page."""
        if self._is_own(noun):
            return True, self.own  # "Nghị quyết này" on a page that reproduces the resolution
        target = self._last_of_type(noun, pos)
        if target is None:
            target = self._only_of_type(noun, pos)
        return target is not None or bool(self.own_number), target

    def _is_own(self, noun: str) -> bool:
        """Whether "<noun> này" is the page's own document: it is of that type, or the text
        never names its number (given by the record's title), so nothing else is "this"."""
        if not self.own_number:
            return False
        return self.own is None or _type_key(self.refs[self.own]) == noun

    def _listed_addressees(self, lo: int, hi: int) -> list[dict[str, Any]]:
        """The addressees of an enacting clause that lists officials one by one ("Chánh văn
        phòng, Vụ trưởng Vụ Giáo dục Trung học, …, Chủ tịch UBND tỉnh, thành phố trực thuộc
        Trung ương, Giám đốc Sở Giáo dục và Đào tạo, tổ chức và cá nhân có liên quan chịu trách
        nhiệm thi hành thông tư này"): the bodies that open an item of the list. Every other
        item must be a short name, or the words before the verb are no list at all."""
        found: list[dict[str, Any]] = []
        pos = lo
        while pos < hi:
            got, after = self._addressees(pos)
            if got and after <= hi and not _ITEM_END.match(self.text, after):
                # a run of bodies whose last one a description follows ("…, Ủy ban nhân dân
                # tỉnh Cao Bằng, chính quyền địa phương các đơn vị hành chính liên quan …"):
                # the bodies of the run up to the last one that ends its item
                got, after = self._bodies_ending_items(pos, hi)
            if got and after <= hi and _ITEM_END.match(self.text, after):
                found += got
                pos = after
            else:  # an official named by title: a short item up to the next comma or "và"
                joiner = _ITEM_JOINER.search(self.text, pos, hi)
                stop = joiner.start() if joiner else hi
                item = self.text[pos:stop]
                if len(item.split()) > _ITEM_WORDS or _SENTENCE_BREAK.search(item):
                    return []
                pos = stop
            scope = DUTY_SCOPE.pattern.match(self.text, pos)
            pos = scope.end() if scope else pos
            joined = _JOIN.match(self.text, pos)
            pos = joined.end() if joined else pos
        return found

    def _bodies_ending_items(self, pos: int, hi: int) -> tuple[list[dict[str, Any]], int]:
        """The bodies from `pos` on, one item each, as long as each ends its item."""
        found: list[dict[str, Any]] = []
        end = pos
        while pos < hi:
            body = self._body_at(_LEAD.match(self.text, pos).end())
            if body is None or body[1] > hi or not _ITEM_END.match(self.text, body[1]):
                break
            found.append(body[0])
            end = body[1]
            joined = _JOIN.match(self.text, end)
            pos = joined.end() if joined else end
        return found, end

    def _assign(
        self,
        addressees: list[dict[str, Any]],
        speaker: int | None,
        target: int | None,
        start: int,
        end: int,
        rule: str,
        relation: str = "IMPLEMENTS",
    ) -> list[Act]:
        return [
            Act(body, None, relation, target, _ORDER_CONFIDENCE, rule, "", start, end)
            for body in addressees
        ]

    def _addressees(self, pos: int) -> tuple[list[dict[str, Any]], int]:
        """The bodies listed from `pos` on, and where the list ends."""
        found: list[dict[str, Any]] = []
        while True:
            at = _LEAD.match(self.text, pos).end()
            body = self._body_at(at)
            if body is None:
                return found, pos
            found.append(body[0])
            pos = _QUALIFIED.match(self.text, body[1]).end()
            joined = _JOIN.match(self.text, pos)
            if joined is None or joined.end() == pos:
                return found, pos
            # a joiner only counts when another addressee follows it
            nxt = _LEAD.match(self.text, joined.end()).end()
            if self._body_at(nxt) is None:
                return found, pos
            pos = joined.end()

    def _body_at(self, pos: int) -> tuple[dict[str, Any], int] | None:
        for group in GROUPS:
            if group.local and self.province is None:
                continue  # a class of bodies no province places
            m = group.pattern.match(self.text, pos)
            if m:
                return group.body(self.province), m.end()
        k = bisect_left(self.body_starts, pos)
        if k < len(self.bodies) and self.bodies[k][0] == pos:
            return self.bodies[k][2], self.bodies[k][1]
        return None

    def _carried(self, task: int | None) -> str:
        """How an order's task carries its document out: "tiếp tục thực hiện nghiêm các Công
        điện số 86/CĐ-TTg …" goes on with it (CONTINUES), else IMPLEMENTS."""
        return self.acting.get(task, "IMPLEMENTS") if task is not None else "IMPLEMENTS"

    def _tasks(self, pos: int, end: int, speaker: int | None = None) -> list[int]:
        """The documents the order's task carries out, each once, in text order: in the rest
        of the sentence, and in the next paragraph when the sentence ends with a colon ("…
        thực hiện nghiêm Chỉ thị số 48-CT/TW …, Chỉ thị số 44/CT-TTg … và Công điện số
        1711/CĐ-TTg"). (The relation reader may have given the act to the ordering document
        itself: "Official Dispatch No. 56/CD-TTg requesting ministries … to focus on …
        according to Resolution No. 66/NQ-CP".)"""
        hi = end
        # (the sentence may end with the colon and the blank lines after it)
        if self.text[pos:end].rstrip().endswith(":") or self.text[:end].rstrip().endswith(":"):
            hi = min(len(self.text), end + _TASK_REACH)
            stop = SENTENCE_END.search(self.text, _skip_blank(self.text, end), hi)
            hi = stop.end() if stop else hi
        found: dict[str, int] = {}
        last_end, last = -1, -1
        for i, ref in enumerate(self.refs):
            # a task names a document by its number: "tuân thủ quy định của Luật Ngân sách nhà
            # nước" names a law by its title, and no statement has a target without a number
            carried_out = i in self.acting or (
                speaker is not None and speaker in self.implemented_by.get(i, ())
            )
            if not (pos <= ref.start < hi and carried_out and ref.canonical):
                continue
            cue = self.acting_cue.get(i)
            if (
                last_end >= 0
                and _ITEM_BREAK.search(self.text, last_end, ref.start)
                and (cue is None or cue != self.acting_cue.get(last))
            ):
                # the documents of one list, not those of a later item of the task; a list
                # the relation reader reads on under one cue goes on ("… Chỉ thị số
                # 36/CT-TTg …; các Công điện: số 2620/CĐ-TTg …")
                break
            found.setdefault(ref.canonical, i)
            last_end, last = ref.end, i
        return list(found.values())

    def _speaker(self, lo: int, verb: int) -> int | None:
        """The document that gives the order whose verb is at `verb`."""
        inside = self._numbered_between(lo, verb)
        if inside:  # "Nghị định X … sửa đổi … Nghị định Y, giao …": X, not what it acts on
            plain = [i for i in inside if i not in self.cued]
            return (plain or inside)[-1]
        named = None
        for m in SPEAKER.pattern.finditer(self.text, lo, verb):
            named = m
        if named is None:
            return self._own_speaking(lo, verb)
        if named.group("noun") or named.group("noun_en"):
            if _ISSUED.search(self.text, max(lo, named.start() - 30), named.start()):
                return None  # "đã ký Công điện yêu cầu ...": a document with no number
            noun = _type_noun(named.group("noun") or named.group("noun_en"))
            last = self._last_of_type(noun, lo)
            if last is None:
                last = self._only_of_type(noun, lo)
            if last is None and named.group("noun"):
                # a plan of no number of its own speaks for the document that issued it ("Kế
                # hoạch đưa ra các nhiệm vụ cụ thể để các bộ, ngành, địa phương triển khai" on
                # the page of Quyết định số 225/QĐ-TTg "… ban hành Kế hoạch …", blind round BE)
                last = self._issuer_of(named.group("noun"))
            return last
        last = self._last_plain(lo)
        head = _PRIME_MINISTER.search(self.text, max(lo, named.start() - 16), named.end())
        if (
            last is not None
            and head is not None
            and _DECREE.search(self.refs[last].canonical or "")
        ):
            # a decree is the Government's: "Thủ tướng Chính phủ giao bộ … là cơ quan chủ quản"
            # in its text is a procedure it sets, not the decree ordering itself carried out
            return None
        if last is None and head is not None:
            return self._only_dispatch()
        return last

    def _only_dispatch(self) -> int | None:
        """The one dispatch of the Prime Minister the page names, wherever it names it, not one
        acted on: a report that opens "Prime Minister Phạm Minh Chính has requested ministries,
        provinces and cities to …" and gives "Official Dispatch No 120/CĐ-TTg" later (blind
        round AV) reports that dispatch's order."""
        return self._only_of_type("công điện", len(self.text), issuer_code="TTg")

    def _of_a_ministry(self, ref: int | None) -> bool:
        key = self.issuers[ref] if ref is not None else None
        return bool(key) and key.startswith(_MINISTRY_KEY) and key != _POLITBURO

    def _own_speaking(self, lo: int, verb: int) -> int | None:
        """A page about one document quotes its orders without naming it again: a quote that
        opens with the order ("\"Giao Đảng ủy Chính phủ chỉ đạo …\", thông báo kết luận nêu")
        or a sentence whose subject is the body that issued the document ("Quốc hội giao Chính
        phủ …" in a report on a resolution of the National Assembly) gives the document's
        order. (An order opening a paragraph unquoted may be the page's own summary of
        another's words: it gives nothing.)"""
        if self.own is None or not self.report or self.refs[self.own].start >= verb:
            return None
        quoted = QUOTED_ORDER.pattern.match(self.text, _skip_blank(self.text, lo))
        if quoted and quoted.end() == verb:
            return self.own
        for start, end, body in self.bodies:
            if lo <= start < verb and body["key"] in self.own_issuers:
                opening = _BARE_ORDER.fullmatch(self.text, lo, _lead_start(self.text, start))
                if opening and _ISSUER_SAYS.fullmatch(self.text, end, verb):
                    return self.own
        return None

    def _only_of_type(self, noun: str, pos: int, issuer_code: str | None = None) -> int | None:
        """The one document of that type (and issuer code, if given) the page names before
        `pos`, leaving out those acted on (the circular "Thông tư này thay thế"): a page on one
        circular that ends with its enacting clause ("… chịu trách nhiệm thi hành thông tư
        này") after headings of its own."""
        found: dict[str, int] = {}
        for i, ref in enumerate(self.refs):
            if ref.start >= pos or not ref.canonical or _type_key(ref) != noun:
                continue
            if issuer_code is None or ref.issuer_code == issuer_code:
                found.setdefault(ref.canonical, i)
        for canonical in self.acted_on:
            found.pop(canonical, None)
        return next(iter(found.values())) if len(found) == 1 else None

    def _last_of_type(self, noun: str, pos: int) -> int | None:
        for i in range(len(self.refs) - 1, -1, -1):
            ref = self.refs[i]
            if ref.start >= pos or not ref.canonical:
                continue
            if pos - ref.start > _SPEAKER_REACH or self._interrupted(ref.end, pos):
                return None
            if _type_key(ref) == noun and i not in self.cued:
                return i
        return None

    def _last_plain(self, pos: int) -> int | None:
        """The last document of the Government or its head named plainly (not as an object
        of a cue) before `pos`, unless an unnumbered document or a new heading comes between."""
        for i in range(len(self.refs) - 1, -1, -1):
            ref = self.refs[i]
            if ref.start >= pos or not ref.canonical or i in self.cued:
                continue
            if ref.issuer_code not in _GOVERNMENT_CODES:
                continue
            if pos - ref.start > _SPEAKER_REACH or self._interrupted(ref.end, pos):
                return None
            if IN_PASSING.pattern.search(self.text, self._sentence_start(ref.start), ref.start):
                continue  # "đã thành lập Ban chỉ đạo … tại Quyết định 1568/QĐ-TTg": no order
            return i
        return None

    def _sentence_start(self, pos: int) -> int:
        return next((a for a, b in self.sentences if a <= pos < b), pos)

    def _interrupted(self, lo: int, hi: int) -> bool:
        """Whether a document without a number ("ký Công điện về việc ...") or a heading (a
        short paragraph with no full stop: a roundup's next item) stands between."""
        for m in SPEAKER.pattern.finditer(self.text, lo, hi):
            issued = m.group("noun") and _ISSUED.search(
                self.text, max(lo, m.start() - 30), m.start()
            )
            if issued and not _MANY.search(issued.group(0)):
                return True  # (not "đã có nhiều văn bản chỉ đạo": past documents, told of)
        paragraphs = _BLANK.split(self.text[lo:hi])
        return any(_is_heading(p) for p in paragraphs[1:-1])

    def _paragraph(self, pos: int) -> int:
        return bisect_right(self.blanks, pos)


_BLANK = re.compile(r"\n[ \t]*\n")
# The words that issue a document just before its type noun: "vừa ký Công điện về việc".
# ("đã có nhiều văn bản chỉ đạo": documents with no number either)
_ISSUED = re.compile(
    r"(?:\bký|ban\s+hành|thông\s+qua|\bcó)(?:\s+(?:ban\s+hành|nhiều|các))?\s+$"
    # a translation's ("signed an official dispatch asking …")
    r"|\b(?:signed|issued|promulgated|sent)(?:\s+(?:an?|the|many))?\s+$",
    re.IGNORECASE,
)
_MANY = re.compile(r"\b(?:nhiều|các)\b", re.IGNORECASE)
_HEADING_MAX = 200
# what may stand before the body that gives an order: a list item's marker, a linking word
_BARE_ORDER = re.compile(
    r"[\s\"“'‘]*(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•])\s+)?"
    r"(?:(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Theo\s+đó|Trong\s+đó),?\s+)?"
    # the matter the order is about: "Về điều hành ngân sách nhà nước năm 2025, Quốc hội giao …"
    r"(?:Về\s+[^,.;:\n]{1,120},\s*)?[\"“'‘]*\s*",
    re.IGNORECASE,
)
# between the issuing body and its order verb: "Quốc hội (cũng) giao"
_ISSUER_SAYS = re.compile(r"\s*(?:(?:cũng|đã|tiếp\s+tục)\s+)*", re.IGNORECASE)
# a list item's marker after an order's colon: "(1) ", "1. ", "a) ", "- "
_ITEM_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•])\s+")


def _is_heading(paragraph: str) -> bool:
    line = paragraph.strip()
    return 0 < len(line) <= _HEADING_MAX and not re.search(r"[.:;!?…]$", line)


def _fields(st: Any) -> tuple[int | None, str, int, str | None]:
    if isinstance(st, dict):
        return st["subject"], st["relation"], st["object"], st.get("cue")
    return st.subject, st.relation, st.object, st.cue


def _rule(st: Any) -> str:
    """The rule that decided a statement (a facts dict or a `Statement`)."""
    return (st.get("rule") if isinstance(st, dict) else st.rule) or ""


def _type_noun(word: str) -> str:
    """A type noun as `_type_key` keys it; a translation's ("Resolution") as the Vietnamese
    noun it renders (`EN_TYPE_NOUNS`)."""
    key = noun_key(word)
    return EN_TYPE_NOUNS.get(key, key)


def _type_key(ref: Reference) -> str:
    """The type noun of a reference as a sentence calls it: "Thông tư / Thông tri" (a circular
    of the State or of the Party) is "thông tư"."""
    return noun_key((ref.type_name or "").split("/")[0])


def _cue_start(st: Any, default: int) -> int:
    at = st.get("cue_start") if isinstance(st, dict) else st.cue_start
    return default if at is None else at


def _lead_start(text: str, pos: int) -> int:
    """Where the words leading a body ("Viện trưởng ", "Chủ tịch ") begin, before `pos`."""
    m = re.search(
        r"(?:(?:các|lãnh\s+đạo|Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch|Viện\s+trưởng"
        r"|Chánh\s+án|Thống\s+đốc)\s+)+$",
        text[max(0, pos - 60) : pos],
        re.IGNORECASE,
    )
    return pos - len(m.group(0)) if m else pos


def _issuer_of_code(code: str | None) -> str | None:
    """The body a bare issuer code stands for, the term of a legislature dropped: QH15 is the
    National Assembly's (Quốc hội), UBTVQH15 its Standing Committee's."""
    if not code:
        return None
    body = body_for_reference(re.sub(r"(?<=[A-Za-z])\d{1,2}$", "", code), None, "")
    return body.key if body else None


def _match_len_re(p: re.Pattern[str], text: str, pos: int) -> int:
    m = p.match(text, pos)
    return m.end() - pos if m else 0


def _match_len(p: Pattern, text: str, pos: int) -> int:
    m = p.pattern.match(text, pos)
    return m.end() - pos if m else 0


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            spans.append((_skip_blank(text, start), m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((_skip_blank(text, start), len(text)))
    return spans


def _sentence(text: str, start: int, end: int, limit: int = 500) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _unique(acts: list[Act]) -> list[Act]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for a in acts:
        key = ((a.body or {}).get("key"), a.subject, a.relation, a.object)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
