"""The rules of `actors.py` as data with examples: the bodies named as a class, the words
that give an order, name its speaker, close a decree, answer for leading its work, lead a
purpose clause, state a report's basis, carry an order on, pass it to the bodies an
addressee directs, quote it, name a document for a past act, and give a duty with a
deadline, give the duty to guide a document or a list of duties. `tests/test_reports.py`
and `tests/test_report_rules.py` read every example: each `matches` text must be found,
each `rejects` text must not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .spelling import slug

__all__ = [
    "BASIS",
    "CARRY_OUT_ITEM",
    "CONTINUED",
    "DIRECTED",
    "DUTY_LIST",
    "DUTY_SCOPE",
    "ENACTING",
    "ENACTING_EN",
    "EN_TYPE_NOUNS",
    "EXECUTING",
    "GROUPS",
    "GUIDING",
    "IN_PASSING",
    "LAW_AS_SUBJECT",
    "LEADING",
    "MINISTRIES",
    "ORDER",
    "OTHER_BODIES",
    "PROVINCES",
    "QUOTED_ORDER",
    "REPORTED",
    "SPEAKER",
    "TRANSLATED_DUTY",
    "TRANSLATED_DUTY_LEAD",
    "Group",
    "Pattern",
]


@dataclass(frozen=True)
class Pattern:
    name: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """Bodies named as a class ("các bộ, ngành", "địa phương"): one node for them all."""

    key: str
    name: str
    name_en: str
    level: str
    kind: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()
    # a class within one province ("các huyện, thành phố" of the province whose document
    # orders them): a body only where the text's province is known, and one node per province
    local: bool = False

    def body(self, province: str | None = None) -> dict[str, Any]:
        return {
            "key": f"{self.key}:{slug(province)}" if self.local and province else self.key,
            "name": self.name,
            "name_en": self.name_en,
            "level": self.level,
            "province": province if self.local else None,
            "kind": self.kind,
        }


_I = re.IGNORECASE
_UY = r"(?:Ủy|Uỷ|ủy|uỷ)"
_UBND = rf"(?:{_UY}\s+ban\s+nhân\s+dân|UBND)"
_TW = r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?"
_HDND = r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND)"
# The classes as a translation names them. "branches" and "sectors" render "ngành"; the
# Government's own agencies may close the list of ministries.
# (the class patterns ignore case: "Government" is written once)
_EN_GOV_AGENCIES = (
    r"(?:heads\s+of\s+)?(?:(?:the\s+)?government(?:al)?(?:[-\s](?:attached|affiliated|run))?\s+agencies"
    r"|agencies\s+(?:attached|affiliated)\s+to\s+the\s+government)"
)
_EN_MINISTRIES = (
    # ("relevant ministries, branches and localities", blind round BS)
    r"(?:the\s+)?(?:relevant\s+|concerned\s+)?(?:heads\s+of\s+)?(?:"
    r"ministries\s*(?:,\s*|\s+and\s+)(?:heads\s+of\s+)?(?:the\s+)?(?:ministerial|ministry)[-\s]level"
    rf"\s+agencies(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_EN_GOV_AGENCIES})?"
    # (an older translation: "Ministers, Heads of ministerial agencies, Heads of Governmental
    # agencies", blind round AH)
    r"|ministers\s*,\s*heads\s+of\s+(?:ministerial|ministry)(?:[-\s]level)?\s+agencies"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_EN_GOV_AGENCIES})?"
    # ("The Minister, heads of government agencies, heads of agencies under the government",
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ" in another
    # translation, blind round BK)
    r"|minister\s*,\s*heads\s+of\s+government\s+agencies\s*,\s*(?:and\s+)?heads\s+of\s+agencies"
    r"\s+(?:under|attached\s+to)\s+the\s+government"
    r"|ministries\s*(?:,\s*|\s+and\s+)(?:(?:branches|sectors)"
    r"(?:\s*(?:,\s*|\s+and\s+)central\s+(?:agencies|authorities))?"
    # ("Ministries, central authorities, and localities shall …", blind round CA)
    r"|central\s+(?:agencies|authorities))"
    # ... or bare, before the provinces' class: "requested ministries, provinces and cities
    # to …", "required relevant ministries and localities to …" (blind round AV)
    # (with their agencies: "ministries, agencies and localities", "bộ, ngành, địa phương",
    # blind round AY; "Ministries and agencies are required to …" alone names no class)
    r"|ministries(?:\s*,\s*agencies)?"
    r"(?=\s*(?:,\s*|\s+and\s+)(?:the\s+)?(?:localities"
    r"|provinces|provincial|People['’]s\s+Committees)))"
)
_EN_PROVINCES = (
    r"(?:(?:chair(?:men|persons|s)|presidents)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:provincial(?:[-\s]level)?(?:\s+and\s+municipal)?|municipal\s+and\s+provincial"
    r"|provinces['’]?)\s+People['’]s\s+Committees"
    r"|People['’]s\s+Committees\s+of\s+(?:all\s+)?(?:the\s+)?provinces"
    r"(?:\s*(?:,|and)\s*(?:centrally[-\s](?:run|governed)\s+)?cities)?"
    # (a translation may keep the singular: "People’s Committee of central-affiliated cities
    # and provinces", blind round BH; the plural of places makes it the class)
    r"|People['’]s\s+Committees?\s+of\s+(?:the\s+)?(?:central(?:ly)?[-\s](?:affiliated|run|governed)\s+)"
    r"cities\s+and\s+provinces)"
    r"|(?<![\w-])localities|provinces\s+and\s+(?:centrally[-\s](?:run|governed)\s+)?cities"
)

MINISTRIES = Group(
    "org:cac-bo-nganh",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "Ministries and ministry-level agencies",
    "central",
    "state",
    re.compile(
        r"(?:lãnh\s+đạo\s+)?(?:các\s+)?(?:"
        r"bộ\s*,?\s+ngành(?:\s+(?:trung\s+ương|liên\s+quan))?(?:\s*,\s*cơ\s+quan\s+trung\s+ương)?"
        # ... or the relevant ministries before the provinces' committees ("yêu cầu các Bộ liên
        # quan và UBND các tỉnh, thành phố bảo đảm …", blind round BF), as a translation's
        # "relevant ministries and localities"
        rf"|bộ(?:\s+có)?\s+liên\s+quan(?=\s*(?:,|và)\s*(?:{_UBND}|các\s+địa\s+phương|địa\s+phương))"
        r"|(?:Bộ\s+trưởng(?:\s+các\s+bộ)?|bộ)\s*,\s*(?:Thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan"
        r"(?:\s+trung\s+ương"
        r"|\s+ngang\s+bộ(?:\s*,\s*(?:Thủ\s+trưởng\s+)?cơ\s+quan\s+thuộc\s+Chính\s+phủ"
        # "… cơ quan ngang Bộ, cơ quan khác ở trung ương (và địa phương)": the central ones
        # (the local ones are the provinces' class, after "và")
        r"|\s*,\s*cơ\s+quan\s+khác\s+ở\s+trung\s+ương)?)?"
        # a translation's names of the class ("ministries, ministerial-level agencies and
        # Government-attached agencies", "Ministers, heads of ministerial-level agencies",
        # "ministries, branches"), without the localities that may follow ("… and localities")
        rf"|{_EN_MINISTRIES}"
        r")(?!\w)",
        _I,
    ),
    (
        "các Bộ ngành",
        "lãnh đạo các Bộ ngành",
        "các bộ, ngành liên quan",
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ",
        "Bộ trưởng các Bộ, cơ quan ngang Bộ",
        "Các Bộ, cơ quan",
        "các Bộ, cơ quan Trung ương",
        "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "các Bộ, ngành, cơ quan trung ương",
        "các Bộ, cơ quan ngang Bộ, cơ quan khác ở trung ương",
        "ministries, ministerial-level agencies and Government-attached agencies",
        "Ministers, heads of ministerial-level agencies",
        "Ministers, heads of ministerial-level agencies and heads of government agencies",
        "ministries and ministerial-level agencies",
        "ministries, branches",
        "the ministries, sectors and central agencies",
        "heads of ministries and ministerial-level agencies",
        "The ministries, the ministerial-level agencies, the agencies attached to the Government",
        "Ministries, central agencies",
        "Ministers, Heads of ministerial agencies, Heads of Governmental agencies",
        "The Minister, heads of government agencies, heads of agencies under the government",
        "relevant ministries, branches",
        "Ministries, central authorities",
    ),
    (
        "Bộ Tài chính",
        "các cơ quan, đơn vị",
        "Bộ trưởng Bộ Xây dựng",
        "các Bộ, cơ quan ngang Bộ, cơ quan khác ở trung ương và địa phương",
        "Ministry of Finance",
        "the Ministers of Finance and Justice",
        "ministries, branches and localities",
    ),
)

PROVINCES = Group(
    "org:ubnd-cac-tinh-thanh-pho",
    "Ủy ban nhân dân các tỉnh, thành phố",
    "Provincial People's Committees",
    "provincial",
    "state",
    re.compile(
        # the provinces' councils named with their committees, as one class ("Hội đồng nhân
        # dân, Ủy ban nhân dân cấp tỉnh có trách nhiệm: …"): the duty is the provinces'; the
        # councils are no class of their own in the conventions (eval/reports/README.md)
        rf"(?:Chủ\s+tịch\s+)?(?:(?:{_HDND}\s*(?:,|và)\s*)?"
        rf"{_UBND}\s+(?:các\s+)?(?:cấp\s+tỉnh|tỉnh\s*,\s*thành\s+phố{_TW})"
        # the committees of every level, the provinces' among them
        rf"|(?:Chủ\s+tịch\s+)?{_UBND}\s+các\s+cấp"
        # (bare, not after a word it qualifies: "các cục Hải quan tỉnh, thành phố" are the
        # provinces' customs offices, blind round CG)
        rf"|(?:các\s+|(?<![^\W\d_]\s))tỉnh\s*,\s*thành\s+phố{_TW}"
        # (not the localities a province's departments are listed with, "các sở, ban, ngành,
        # địa phương": a province's own districts, no class of the conventions, blind round AZ)
        r"|(?<!ban,\sngành,\s)(?<!ban\sngành,\s)(?<!sở,\sngành,\s)(?<!ban,\sngành\svà\s)"
        r"(?:các\s+)?địa\s+phương(?:\s+liên\s+quan)?"
        # "chính quyền địa phương (các cấp)" named among addressees: the local authorities
        # and those of the provinces ("… ở đơn vị hành chính cấp tỉnh sau sắp xếp"), not of
        # the communes or districts
        r"|chính\s+quyền\s+địa\s+phương(?:\s+các\s+cấp"
        r"|(?:\s+ở\s+đơn\s+vị\s+hành\s+chính)?\s+cấp\s+tỉnh(?:\s+sau\s+sắp\s+xếp)?"
        r"|(?!\s+(?:ở\s+đơn\s+vị\s+hành\s+chính\s+)?cấp\s+(?:xã|huyện)))"
        # a translation's: the provinces' committees, in the plural, or the localities
        rf"|{_EN_PROVINCES})(?!\w)",
        _I,
    ),
    (
        "Chủ tịch UBND cấp tỉnh",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "địa phương liên quan",
        "các địa phương",
        "UBND các tỉnh, thành phố",
        "chính quyền địa phương",
        "chính quyền địa phương các cấp",
        "Chủ tịch Ủy ban nhân dân các cấp",
        "Chính quyền địa phương ở đơn vị hành chính cấp tỉnh sau sắp xếp",
        "Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh",
        "HĐND và UBND các tỉnh, thành phố trực thuộc Trung ương",
        "chairpersons of provincial-level People's Committees",
        "chairmen of provinces’ People’s Committees",
        "the People's Committees of provinces and centrally-run cities",
        "People's Committees of all provinces and cities",
        "Chairpersons of the People's Committees of provinces and centrally run cities",
        "localities",
        "provinces and cities",
        "the provincial People's Committees",
        "chairpersons of provincial and municipal People’s Committees",
        "Presidents of the People’s Committees of central-affiliated cities and provinces",
        "People’s Committee of central-affiliated cities and provinces",
    ),
    (
        "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Thừa Thiên Huế",
        "Thường trực Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh",
        "chính quyền địa phương ở đơn vị hành chính cấp xã sau sắp xếp",
        "Ủy ban nhân dân tỉnh Thanh Hóa",
        "Ủy ban nhân dân thành phố Hà Nội",
        "Luật Tổ chức chính quyền địa phương",
        "chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt",
        "the People's Committee of Hanoi",
        "Lam Dong Provincial People's Committee",
        "district-level People's Committees",
        "các cục Hải quan tỉnh, thành phố",
    ),
)

# A province's document orders its districts' committees as a class ("Chủ tịch Ủy ban nhân
# dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này", blind round CU): they
# are the districts of that province.
DISTRICTS = Group(
    "org:ubnd-cac-huyen",
    "Ủy ban nhân dân các huyện, thành phố",
    "District People's Committees",
    "district",
    "state",
    re.compile(
        rf"(?:Chủ\s+tịch\s+)?{_UBND}\s+(?:các\s+|cấp\s+)?(?:cấp\s+huyện"
        r"|huyện\s*[,/]\s*(?:thị\s+xã\s*,\s*)?thành\s+phố(?:\s*,\s*thị\s+xã)?"
        r"|huyện\s*,\s*thị\s+xã(?!\s*,\s*thành))"
        # a translation's: "chairpersons of People's Committees of districts, cities and towns"
        r"|(?:(?:chair(?:men|persons)|presidents)\s+of\s+)?(?:the\s+)?People['’]s\s+Committees"
        r"\s+of\s+(?:the\s+)?districts(?:\s*,\s*(?:cities|towns))*(?:\s*,?\s*and\s+(?:cities|towns))?"
        r"|district[-\s]level\s+People['’]s\s+Committees",
        _I,
    ),
    (
        "Chủ tịch Ủy ban nhân dân các huyện, thành phố",
        "Chủ tịch UBND các huyện, thị xã, thành phố",
        "Ủy ban nhân dân các huyện/thành phố",
        "UBND các huyện, thành phố, thị xã",
        "UBND cấp huyện",
        "chairpersons of People's Committees of districts, cities, and towns",
        "district-level People's Committees",
    ),
    (
        "Ủy ban nhân dân huyện Yên Lạc",
        "UBND các tỉnh, thành phố",
        "Ủy ban nhân dân thành phố Hà Nội",
        "the People's Committee of Hanoi",
    ),
    local=True,
)

GROUPS = (MINISTRIES, PROVINCES, DISTRICTS)

ORDER = Pattern(
    "an order assigns bodies",
    # the verb, not the noun ("theo yêu cầu", "các yêu cầu", "đáp ứng yêu cầu", "được giao")
    re.compile(
        # ("sẽ giao": what will be ordered if something happens, no order given yet)
        r"(?<![Đđ]ược\s)(?<!theo\s)(?<!các\s)(?<!những\s)(?<!ứng\s)(?<!sẽ\s)"
        r"\b(?:yêu\s+cầu|giao|đề\s+nghị"
        # a document that directs the ministries and provinces orders them ("Công điện số
        # 212/CĐ-TTg … chỉ đạo các bộ ngành, địa phương tập trung khắc phục …", news-026,
        # news-551); not the steering committee, a direction given, or one to come
        r"|(?<!Ban\s)(?<!kiến\s)(?<!bản\s)(?<!sự\s)chỉ\s+đạo(?=\s+các\s+(?:bộ|địa\s+phương)\b)"
        # ... or directs them, the verb in lower case ("Thủ tướng Chính phủ chỉ thị Ủy ban
        # nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện …", blind round BS),
        # never the noun, which opens a directive's name ("Chỉ thị UBND tỉnh về …")
        rf"|(?-i:chỉ)\s+thị(?=\s+(?:các\s+(?:bộ|địa\s+phương)|{_UBND}\s+các)\b)"
        # a plan that sets the bodies their tasks ("Kế hoạch đưa ra các nội dung, nhiệm vụ cụ
        # thể để các bộ, ngành, địa phương triển khai như sau:", blind rounds AT and BE)
        r"|(?:đưa\s+ra|xác\s+định|nêu)\s+(?:rõ\s+)?(?:các\s+)?(?:nội\s+dung\s*,\s*)?"
        r"(?:công\s+việc\s*,\s*)?nhiệm\s+vụ\s+cụ\s+thể\s+(?:để|cho)"
        # a translation's verbs of an order, active ("requesting ministries …", "assigned
        # the Ministry of Finance …"), not the noun ("the requests of"), an order received
        # ("as requested by", "were asked to": the addressee comes first) or a proposal
        # (whole words: "has requested" is an order, "as requested" none)
        r"|(?<!\bas\s)(?<!\bbe\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!was\s)(?<!were\s)"
        r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|assign(?:s|ed|ing)?|instruct(?:s|ed|ing)?"
        r"|direct(?:s|ed|ing)?|require(?:s|d)?|requiring|urg(?:e|es|ed|ing)"
        # (its addressees may follow a colon: "the Prime Minister requested: Chairmen of
        # People's Committees of provinces and cities …", blind round BW)
        r"|order(?:s|ed|ing)?)(?=\s+(?:the\s+)?[\w‘']|\s*:\s*[\w‘'])"
        r"(?!\s+(?:to|that|for|by|of|in|on)\b))"
        r"(?:\s*:\s*|\s+)",
        _I,
    ),
    (
        "Thủ tướng yêu cầu các bộ",
        "Thủ tướng Chính phủ giao Bộ Tài chính",
        "đề nghị các địa phương",
        "Quốc hội giao: Ủy ban Thường vụ Quốc hội",
        "Thủ tướng Chính phủ yêu cầu:\n\n(1) Bộ trưởng",
        "Công điện số 212/CĐ-TTg ngày 7/11/2025 chỉ đạo các bộ ngành, địa phương tập trung",
        "Kế hoạch đưa ra các nội dung, nhiệm vụ cụ thể để các bộ, ngành, địa phương triển khai",
        "Official Dispatch No. 12/CD-TTg requesting ministries, branches and localities",
        "Thủ tướng Chính phủ chỉ thị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "the Prime Minister requested: Chairmen of People's Committees of provinces and cities",
        "the Prime Minister assigned the Ministry of Finance to",
        "The dispatch asks chairpersons of provincial-level People's Committees to",
        "Prime Minister Phạm Minh Chính has requested ministries",
    ),
    (
        "theo yêu cầu của Bộ",
        "nhiệm vụ được giao cho",
        "các yêu cầu về",
        "đáp ứng yêu cầu các bộ",
        "những đề nghị của",
        "Thủ tướng Chính phủ sẽ giao Thanh tra Chính phủ",
        "Ban chỉ đạo các bộ, ngành",
        "theo ý kiến chỉ đạo các bộ",
        "chỉ đạo việc thanh tra",
        "as requested by the ministries",
        "ministries are requested to review",
        "the tasks assigned to localities",
        "at the request of the Government",
        "Chỉ thị Ủy ban nhân dân các cấp",
        "Chỉ thị UBND tỉnh về việc",
    ),
)

# Who may speak an order without naming the document in the sentence: the Government, its
# head, or the document by its type noun alone ("Công điện yêu cầu", "Tại Nghị quyết, ...").
SPEAKER = Pattern(
    "the speaker of an order",
    re.compile(
        r"(?P<person>\b(?:Phó\s+)?Thủ\s+tướng|\bChính\s+phủ)"
        r"|(?P<noun>\b(?:Công\s+điện|Chỉ\s+thị|Nghị\s+quyết|Quyết\s+định|Công\s+văn|Thông\s+báo"
        r"|Kết\s+luận|Nghị\s+định|Kế\s+hoạch|[Vv]ăn\s+bản))(?!\s+(?:số\b|\d))"
        # a translation's ("the Prime Minister requested", "The dispatch asks"), the nouns
        # as `EN_TYPE_NOUNS` renders them
        r"|(?P<person_en>\b(?:Deputy\s+)?Prime\s+Minister|\bGovernment\b)"
        r"|(?P<noun_en>\b(?:(?:[Oo]fficial\s+)?[Dd]ispatch|[Dd]irective|[Rr]esolution|[Dd]ecision"
        r"|[Dd]ecree|[Cc]onclusion|[Nn]otice|[Cc]ircular))(?!\s+(?:No\b|number\b|\d))",
    ),
    (
        "Thủ tướng Chính phủ giao",
        "Tại Nghị quyết, Chính phủ yêu cầu",
        "Công điện yêu cầu",
        "đã có nhiều văn bản chỉ đạo, yêu cầu",
        "the Prime Minister assigned",
        "In the dispatch, ",
    ),
    ("Công điện số 146/CĐ-TTg yêu cầu", "Official Dispatch No. 56/CD-TTg requests"),
)

# A translation's type nouns, as the Vietnamese type noun they render (`vocabulary.noun_key`
# keys): "this Resolution" is "Nghị quyết này". A dispatch of the Prime Minister is a Công
# điện; the English pages call a Công văn an official letter.
EN_TYPE_NOUNS = {
    "dispatch": "công điện",
    "official dispatch": "công điện",
    "directive": "chỉ thị",
    "resolution": "nghị quyết",
    "decision": "quyết định",
    "decree": "nghị định",
    "conclusion": "kết luận",
    "notice": "thông báo",
    "circular": "thông tư",
    "official letter": "công văn",
    "law": "luật",
}

# "… chịu trách nhiệm (hướng dẫn và) thi hành nghị định này": the closing article of a decree.
# The duties may come first ("có trách nhiệm hướng dẫn, kiểm tra và đôn đốc các địa phương
# triển khai thực hiện Quyết định này"); the bodies a duty directs (`directs`) are assigned too.
ENACTING = Pattern(
    "an enacting clause assigns bodies",
    re.compile(
        r"(?:(?:chịu|có)\s+trách\s+nhiệm\s+"
        r"(?:(?:hướng\s+dẫn|kiểm\s+tra|theo\s+dõi|đôn\s+đốc|chỉ\s+đạo)(?:\s*,|\s+và)?\s+)*"
        r"(?:(?<=đốc\s)(?P<directs>[^.;:\n]{1,80}?)\s+|(?<=đạo\s)(?P<led>[^.;:\n]{1,80}?)\s+)?"
        r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?"
        # or the bodies' predicate itself: "…, theo chức năng, nhiệm vụ được giao, tổ chức thực
        # hiện có hiệu quả Nghị quyết này", "… khẩn trương xây dựng kế hoạch cụ thể để tổ chức
        # thực hiện thành công Nghị quyết này"
        # (not the work watched: "giám sát việc tổ chức thực hiện …")
        r"|(?<!việc\s)(?:khẩn\s+trương\s+(?:[^.;:\n]{1,60}?\s+để\s+)?)?tổ\s+chức\s+"
        r"(?:triển\s+khai\s+)?)"
        r"(?:thi\s+hành|thực\s+hiện)(?:\s+(?:có\s+hiệu\s+quả|thành\s+công|nghiêm(?:\s+túc)?))?\s+"
        r"(?P<noun>nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|chỉ\s+thị|luật)\s+này",
        _I,
    ),
    (
        "chịu trách nhiệm hướng dẫn và thi hành nghị định này",
        "chịu trách nhiệm thi hành Quyết định này",
        "chịu trách nhiệm tổ chức thi hành Thông tư này",
        "có trách nhiệm tổ chức thi hành Nghị quyết này",
        "có trách nhiệm hướng dẫn và tổ chức thực hiện Nghị định này",
        "có trách nhiệm hướng dẫn, kiểm tra và đôn đốc các địa phương trên cả nước triển khai "
        "thực hiện Quyết định này",
        "tổ chức thực hiện có hiệu quả Nghị quyết này",
        "khẩn trương xây dựng kế hoạch cụ thể để tổ chức thực hiện thành công Nghị quyết này",
    ),
    (
        "chịu trách nhiệm trước pháp luật",
        "thi hành Luật Đất đai",
        "có trách nhiệm báo cáo kết quả thực hiện Nghị định này",
        "có trách nhiệm kiểm tra việc thực hiện Quyết định này",
        "giám sát việc tổ chức thực hiện Nghị quyết này",
    ),
)

# A translation's enacting clause: "Ministers, heads of ministerial-level agencies, … shall
# implement this Resolution", "… are responsible for implementing this Decree". The bodies
# named before it carry it out, as in `ENACTING`.
ENACTING_EN = Pattern(
    "a translated enacting clause assigns bodies",
    re.compile(
        r"\b(?:(?:shall|must|are\s+to|will)\s+(?:be\s+responsible\s+for\s+"
        r"|take\s+responsibility\s+for\s+|have\s+to\s+)?|are\s+responsible\s+for\s+)"
        r"(?:guiding\s+and\s+)?(?:implement(?:ing)?|execut(?:e|ing)"
        r"|organi[sz](?:e|ing)\s+the\s+implementation\s+of"
        # ("Ministers, … Presidents of the People’s Committees of central-affiliated cities and
        # provinces are responsible for the implementation of this Decree", blind round AH)
        r"|(?<=for\s)the\s+(?:implementation|execution)\s+of)"
        r"\s+(?:effectively\s+)?this\s+(?P<noun>Decree|Circular|Decision|Resolution|Directive|Law)\b",
        _I,
    ),
    (
        "shall implement this Resolution",
        "shall be responsible for implementing this Decree",
        "are responsible for implementing this Decision",
        "shall organize the implementation of this Directive",
        "shall have to implement this Decision",
        "are responsible for the implementation of this Decree",
    ),
    (
        "shall implement the Resolution",
        "are responsible for implementing the Law on Investment",
        "shall report on the implementation of this Decree",
    ),
)

# Bodies that answer for leading the work of carrying the document out, in the closing article
# of a resolution ("Chính phủ, các Bộ, cơ quan ngang Bộ, cơ quan khác ở trung ương và địa
# phương đề cao trách nhiệm, nhất là trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo
# tổ chức triển khai, kiểm tra việc thực hiện Nghị quyết này"): the bodies before it carry it
# out, as an enacting clause's do. Watching the work may stand beside the lead, not alone.
# (A pattern of its own: a third branch of `ENACTING` made its scan of every sentence about
# 7% slower, its first letters being common ones.)
LEADING = Pattern(
    "bodies answer for leading the work of carrying this document out",
    re.compile(
        r"(?:đề|nâng)\s+cao\s+trách\s+nhiệm\b[^.;:\n]{0,160}?\blãnh\s+đạo\s*,\s*chỉ\s+đạo\s+"
        r"(?:tổ\s+chức\s+)?(?:triển\s+khai\s*)?(?:,\s*(?:thanh\s+tra|kiểm\s+tra|giám\s+sát)\s*)*"
        r"(?:việc\s+)?(?:thi\s+hành|thực\s+hiện)\s+(?:các\s+quy\s+định\s+(?:tại|của)\s+)?"
        r"(?P<noun>nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|chỉ\s+thị|luật)\s+này",
        _I,
    ),
    (
        "đề cao trách nhiệm, nhất là trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo tổ "
        "chức triển khai, thanh tra, kiểm tra việc thực hiện các quy định tại Nghị quyết này",
        "đề cao trách nhiệm trong công tác thi hành pháp luật, nhất là của người đứng đầu trong "
        "lãnh đạo, chỉ đạo tổ chức triển khai, kiểm tra việc thực hiện Nghị quyết này",
        "nâng cao trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo thực hiện Quyết định này",
    ),
    (
        "đề cao trách nhiệm trong giám sát việc thực hiện Nghị quyết này",
        "đề cao trách nhiệm trong lãnh đạo, chỉ đạo tổ chức triển khai Luật Đất đai",
        "đề cao trách nhiệm của người đứng đầu",
    ),
)

# A document gives named bodies a duty with a deadline ("Các bộ, cơ quan trung ương, địa
# phương phải thực hiện chuẩn hóa dữ liệu … trước 30/12/2025", "Cục trưởng Cục Hải quan chịu
# trách nhiệm tổ chức … trong thời hạn tối đa 3 tháng kể từ ngày Quyết định có hiệu lực"):
# a transitional step of carrying the page's document out, so the bodies implement it.
# `lead` may open the sentence before its bodies; `duty` follows them; `deadline` is
# anywhere in the sentence. A power ("có quyền"), or a rule for people, is no duty.
# A transitional clause of a decree that reorganises bodies may state the duty as the
# transfer itself, with no "phải": "Bộ Công Thương chuyển giao nguyên trạng Cục Quản lý thị
# trường cấp tỉnh … về Ủy ban nhân dân tỉnh … trước ngày 1/6/2025" (news-832), "… bàn giao
# … trước ngày …": handing units over by a deadline is a step of carrying the decree out.
TIMED_DUTY_LEAD = Pattern(
    "a deadline before the bodies",
    re.compile(
        r"\s*(?:\(?\d{1,2}[.)]\s+)?(?:Chậm\s+nhất\s+(?:đến\s+)?(?:ngày\s+)?[^,;:\n]{4,40},\s*)?",
        _I,
    ),
    ("2. Chậm nhất đến ngày 01 tháng 7 năm 2027, ", "Chậm nhất ngày 31/12/2025, ", "(2) "),
)
TIMED_DUTY = Pattern(
    "a duty with a deadline",
    re.compile(
        r"\s*(?:phải|(?:có|chịu)\s+trách\s+nhiệm|hoàn\s+thành(?:\s+xong)?"
        r"|(?:chuyển|bàn)\s+giao(?:\s+nguyên\s+trạng)?)\s+"
        r"(?!trước\s+pháp\s+luật)",
        _I,
    ),
    (
        " phải thực hiện chuẩn hóa dữ liệu",
        " hoàn thành xong việc kiện toàn tổ chức bộ máy",
        " chịu trách nhiệm tổ chức, sắp xếp",
        " có trách nhiệm báo cáo",
        " chuyển giao nguyên trạng Cục Quản lý thị trường cấp tỉnh",
        " bàn giao hồ sơ, tài liệu",
    ),
    (" chịu trách nhiệm trước pháp luật", " được quyền", " giao Sở Tài chính chủ trì"),
)
# A translation's report of an order with its addressees first: "Accordingly, ministries and
# ministerial-level agencies are requested to review …", "… chairpersons of provincial-level
# People's Committees must resolutely carry out …". The order is the Government document the
# page names before (`TRANSLATED_DUTY_LEAD` the words that open the sentence).
TRANSLATED_DUTY_LEAD = Pattern(
    "a translated report's words before the addressees of an order",
    re.compile(
        r"\s*(?:[-+•]\s*)?(?:(?P<told>Accordingly|In\s+particular|In\s+addition|Specifically"
        r"|Also|Meanwhile|Besides|Under\s+the\s+(?:dispatch|directive|resolution|decision)"
        # the document that gives the order named first: "According to Official Dispatch No
        # 110/CD-TTg dated July 17, 2025, ministers … are tasked with …"
        r"|(?:According\s+to|Under|In)\s+(?P<source>(?:the\s+)?(?:Official\s+)?(?:Dispatch|Telegram"
        r"|Directive|Resolution|Decision|Notice|Conclusion)\s+No\.?\s*[^\s,;]+"
        r"(?:\s+(?:dated|of)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}))?"
        r"(?:\s+of\s+the\s+(?:Prime\s+Minister|Government))?)),?\s+)?",
        _I,
    ),
    (
        "Accordingly, ",
        "In particular, ",
        "Under the dispatch, ",
        " - ",
        "According to Official Dispatch No 110/CD-TTg dated July 17, 2025, ",
    ),
)
TRANSLATED_DUTY = Pattern(
    "a translated duty after its addressees",
    re.compile(
        # (a bare "must" or "shall" is how a translated text words its own rules: only after
        # a report's "Accordingly," or before a document to carry out is it an order told)
        r"\s*,?\s*(?:(?P<must>must|shall|should|need\s+to|have\s+to)"
        r"|(?:are|were)\s+(?:also\s+)?(?:(?:requested|asked|required|assigned|urged|directed"
        r"|instructed|tasked)\s+to|tasked\s+with))\s+(?!not\b)",
        _I,
    ),
    (
        " are requested to thoroughly review",
        " must highlight personal responsibility",
        " were asked to compose",
        " shall urgently submit",
        " are tasked with promptly processing",
    ),
    (" must not", " are responsible to the Government", " said", " have reviewed"),
)
DEADLINE = Pattern(
    "a deadline",
    re.compile(
        r"\b(?:trước\s+(?:ngày\s+)?\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)\d{4}"
        r"|chậm\s+nhất\s+(?:là\s+)?(?:đến\s+)?(?:ngày\s+)?\d|trong\s+thời\s+hạn(?:\s+tối\s+đa)?\s+\d"
        r"|trong\s+(?:tháng\s+\d{1,2}|quý\s+(?:I{1,3}|IV|[1-4]))\s+năm\s+\d{4}"
        r"|thời\s+hạn\s+hoàn\s+thành\s+trước)",
        _I,
    ),
    (
        "trước 30/12/2025",
        "trước ngày 1/6/2025",
        "Chậm nhất đến ngày 01 tháng 7 năm 2027",
        "trong thời hạn tối đa 3 tháng",
        "trong tháng 3 năm 2025",
        "chậm nhất là ngày 15 tháng 9 năm 2025",
        "báo cáo Thủ tướng Chính phủ trong Quý II năm 2025",
    ),
    ("trước pháp luật", "trong thời hạn quy định", "trước khi ban hành"),
)


# A duty to detail or guide the page's own document ("Chính phủ hướng dẫn thi hành Nghị quyết
# này", "… quy định chi tiết các điều, khoản được giao trong Luật", "… có trách nhiệm hướng
# dẫn việc thực hiện các nội dung của Nghị quyết …"): the bodies that open the sentence, or
# the item that announces a list of duties, guide it. Guidance of another document named by
# its number or title is that document's business, not this rule's.
GUIDING = Pattern(
    "a duty to guide this document",
    re.compile(
        # (with the checking that goes with it: "hướng dẫn, kiểm tra việc thực hiện bản Quy
        # chế ban hành kèm theo Quyết định này", blind round CG)
        r"(?:quy\s+định\s+chi\s+tiết|hướng\s+dẫn(?:\s*(?:,|và)\s*(?:kiểm\s+tra|theo\s+dõi"
        r"|đôn\s+đốc))*\s+(?:thi\s+hành|(?:việc\s+)?thực\s+hiện))"
        r"[^.;:\n]{0,100}?\s"
        r"(?:(?P<noun>nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|chỉ\s+thị|luật)\s+này"
        r"|(?:được\s+giao\s+(?:trong|tại)|của)\s+"
        r"(?P<bare>Luật|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Quyết\s+định)\b"
        # a bare noun, the document itself: no number, no "này", no title in capitals after it
        r"(?!\s+(?:số\b|\d|này\b))(?=\s*[.,;:)\n]|\s+(?-i:[^\W\d_A-ZĐ])))",
        _I,
    ),
    (
        "Chính phủ hướng dẫn thi hành Nghị quyết này.",
        "quy định chi tiết các điều, khoản được giao trong Luật.",
        "Quy định chi tiết nội dung được giao tại Nghị quyết này;",
        "có trách nhiệm hướng dẫn việc thực hiện các nội dung của Nghị quyết thuộc trách nhiệm",
        "Quy định nội dung được giao và hướng dẫn thi hành một số quy định của Nghị quyết này",
        "hướng dẫn, kiểm tra việc thực hiện bản Quy chế ban hành kèm theo Quyết định này",
    ),
    (
        "hướng dẫn thi hành Luật Đất đai",
        "quy định chi tiết một số điều của Luật số 31/2024/QH15",
        "văn bản quy định chi tiết, hướng dẫn thi hành Nghị quyết số 193/2025/QH15",
        "hướng dẫn thực hiện quy định của Nghị định 178/2024/NĐ-CP",
    ),
)

# The remit that bounds a duty, between the bodies and the duty ("…, theo chức năng, nhiệm vụ
# được giao, tổ chức thực hiện …", "… cấp tỉnh theo thẩm quyền quy định chi tiết …"),
# skipped: the duty follows it. The remit may name the powers with the tasks: "Chánh án Tòa
# án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao, trong phạm vi nhiệm vụ,
# quyền hạn của mình, có trách nhiệm hướng dẫn việc thực hiện …" (news-1038), "trong phạm vi
# chức năng, nhiệm vụ, quyền hạn của mình".
DUTY_SCOPE = Pattern(
    "the remit that bounds a duty",
    re.compile(
        r"\s*,?\s*(?:trong\s+phạm\s+vi|theo)\s+(?:(?:chức\s+năng(?:\s*,\s*|\s+))?nhiệm\s+vụ"
        r"(?:\s*,\s*quyền\s+hạn)?[^,]{0,40}"
        r"|thẩm\s+quyền(?:\s+được\s+giao)?)"
        r",?\s*",
        _I,
    ),
    (
        ", theo chức năng, nhiệm vụ được giao, ",
        " theo thẩm quyền ",
        ", trong phạm vi nhiệm vụ, quyền hạn của mình, ",
        ", trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình, ",
        " theo chức năng, nhiệm vụ, quyền hạn được giao ",
    ),
    (" theo quy định của pháp luật", " trong phạm vi toàn quốc", " theo đề nghị của Bộ"),
)

# Bodies left unnamed after the named ones ("Ủy ban Thường vụ Quốc hội, Chính phủ và các cơ
# quan khác có thẩm quyền quy định chi tiết …"): the named ones still act.
OTHER_BODIES = Pattern(
    "other bodies after the named ones",
    re.compile(
        r"\s*,?\s*(?:và\s+)?các\s+cơ\s+quan(?:\s*,\s*tổ\s+chức)?(?:\s+khác)?"
        r"(?:\s+có\s+(?:thẩm\s+quyền|liên\s+quan))?",
        _I,
    ),
    (" và các cơ quan khác có thẩm quyền", ", các cơ quan, tổ chức có liên quan"),
    (" và Nhân dân", " cơ quan chủ trì"),
)

# A sentence that gives its bodies a list of duties, item by item ("6. Ủy ban nhân dân Thành
# phố có trách nhiệm sau đây:", "Chính phủ chịu trách nhiệm trước Quốc hội trong việc:"): the
# items after it are theirs, up to the next numbered item or article.
DUTY_LIST = Pattern(
    "a list of duties follows",
    re.compile(
        r"\s*(?:(?:có|chịu)\s+trách\s+nhiệm"
        r"(?:\s+sau\s+đây|\s+trước\s+[^.;:\n]{1,40}?\s+trong\s+việc)?"
        # the first item may follow the colon on its line
        r"\s*:"
        # or the bodies head their own items, alone on their line ("(2) Bộ trưởng Bộ Xây
        # dựng:\n- Chủ trì … báo cáo Thủ tướng Chính phủ trong Quý II năm 2025.")
        r"|[ \t]*:[ \t]*(?=\n))",
        _I,
    ),
    (
        " có trách nhiệm sau đây:",
        " chịu trách nhiệm trước Quốc hội trong việc:",
        " có trách nhiệm:",
        " có trách nhiệm sau đây: Ban hành và chỉ đạo thực hiện kế hoạch thực hiện sắp xếp",
        ":\n",
    ),
    (" có trách nhiệm báo cáo kết quả:", " chịu trách nhiệm trước pháp luật."),
)
# An item of such a list that carries the page's document out by its own words ("a) Tổ
# chức thực hiện, quản lý đầu tư … theo đúng Nghị quyết này"): the enacting clause's words
# (`ENACTING`) are the other way an item says it.
CARRY_OUT_ITEM = Pattern(
    "an item of duties carries this document out",
    re.compile(
        r"\s*(?:[a-zđ]\)|[-+•]|\d{1,2}[.)])?\s*"
        # "Ban hành và chỉ đạo thực hiện kế hoạch … theo quy định của Nghị quyết này"
        r"(?:(?:(?:Ban\s+hành\s+và\s+)?chỉ\s+đạo\s+(?:(?:tổ\s+chức|triển\s+khai)\s+)?"
        r"|(?:Chỉ\s+đạo\s+)?(?:tổ\s+chức|triển\s+khai)\s+(?:triển\s+khai\s+)?)"
        r"(?:thực\s+hiện|thi\s+hành)\b[^.;:\n]{0,250}?\s"
        r"(?:theo\s+(?:đúng\s+)?|của\s+)"
        # or work the item organises or directs as this document provides ("Tổ chức xây dựng
        # đề án … theo quy định của Nghị quyết này", "Chỉ đạo việc nâng công suất … theo quy
        # định tại Nghị quyết này"); not "Tổ chức, cá nhân …", the noun
        r"|(?:tổ\s+chức|chỉ\s+đạo)\s+(?!(?:cá\s+nhân|và|có|được|là)\b)"
        r"[^.;:\n]{0,250}?\stheo\s+quy\s+định\s+(?:của|tại)\s+)"
        r"(?P<noun>nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|chỉ\s+thị|luật)\s+này",
        _I,
    ),
    (
        "a) Tổ chức thực hiện, quản lý đầu tư hệ thống mạng lưới đường sắt đô thị theo đúng "
        "Nghị quyết này",
        "- Tổ chức thực hiện các nhiệm vụ của Nghị quyết này",
        "Ban hành và chỉ đạo thực hiện kế hoạch thực hiện sắp xếp đơn vị hành chính năm 2025, "
        "trong đó xác định yêu cầu cụ thể về lộ trình, tiến độ, trách nhiệm tổ chức thực hiện "
        "của các Bộ, cơ quan trung ương, địa phương trong sắp xếp đơn vị hành chính theo quy "
        "định của Nghị quyết này;",
        "b) Tổ chức lập đề án sắp xếp các xã, đảm bảo đúng tiêu chuẩn theo quy định của Nghị "
        "quyết này;",
        "Chỉ đạo việc mở rộng khai thác mỏ đá, sản lượng chỉ dùng cho công trình theo quy định "
        "tại Nghị quyết này.",
    ),
    (
        "b) Giám sát việc tổ chức triển khai thực hiện Nghị quyết này.",
        "a) Tổ chức thực hiện các chương trình theo Luật Đầu tư công",
        "Ban hành văn bản hướng dẫn thực hiện Nghị quyết này;",
        "Tổ chức tuyên truyền, vận động Nhân dân về việc sắp xếp đơn vị hành chính;",
        "Tổ chức cá nhân có liên quan nộp phí theo quy định của Thông tư này.",
        "Tổ chức và cá nhân được hỗ trợ theo quy định tại Nghị định này.",
        "Rà soát, báo cáo kết quả sắp xếp theo quy định của Nghị quyết này;",
    ),
)

# A page's words before what its document says ("Quyết định nêu rõ, Bộ Xây dựng có trách
# nhiệm …"): the sentence is the document's, its bodies follow them.
REPORTED = Pattern(
    "a page reports its document's words",
    re.compile(
        # the topic the page reports on may come first ("Về điều khoản chuyển tiếp, …")
        r"(?:Về\s+[^\W\d][^,.;:\n]{2,60},\s*)?"
        r"(?:Quyết\s+định|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Chỉ\s+thị|Công\s+điện|Kết\s+luận)"
        r"(?:\s+này)?\s+(?:cũng\s+)?(?:nêu\s+rõ|nêu|quy\s+định|nhấn\s+mạnh)\s*(?:,|:)\s*",
    ),
    (
        "Quyết định nêu rõ, ",
        "Nghị định cũng quy định: ",
        "Thông tư nêu rõ, ",
        "Về điều khoản chuyển tiếp, Nghị định nêu rõ, ",
    ),
    ("Quyết định số 45/2025/QĐ-TTg nêu rõ, ", "quyết định nêu rõ, "),
)

# "Thực hiện tinh thần của Nghị quyết số 28-NQ/TW …, Luật đã giải quyết …" (news-771): the
# main clause's subject is a law by its type alone, the law the page is about, which acts
# through the body that passes laws. Matched on the words after the document carried out:
# a clause break, then "Luật" (or "Luật này") and a verb in lower case, no name of its own.
LAW_AS_SUBJECT = Pattern(
    "an unnumbered law is the subject",
    re.compile(
        r"\A[^.;:!?]{0,300}?,[ \t]+Luật(?:[ \t]+này)?[ \t]+(?:(?:đã|cũng|sẽ|đang)[ \t]+)*"
        r"(?!(?:số|năm)\b)[a-zđà-ỹ]"
    ),
    (
        " về việc từng bước mở rộng BHXH tự nguyện sang các chế độ khác ngoài hưu trí, tử "
        "tuất, Luật đã giải quyết ",
        " của Bộ Chính trị, Luật này bổ sung ",
    ),
    (
        " của Bộ Chính trị, Luật Bảo hiểm xã hội đã bổ sung ",
        " của Bộ Chính trị, Luật số 41/2024/QH15 đã bổ sung ",
        " của Bộ Chính trị. Luật đã bổ sung ",
    ),
)

# "Nhằm đảm bảo thi hành Luật số 74/2025/QH15 …, Bộ Nội vụ, Bộ Giáo dục và Đào tạo sẽ …":
# the bodies that open the main clause carry out the document the purpose clause names.
EXECUTING = Pattern(
    "a purpose clause names what the bodies after it carry out",
    re.compile(
        r"(?:Nhằm|Để)\s+(?:(?:bảo\s+đảm|đảm\s+bảo|kịp\s+thời)\s+)?(?:triển\s+khai\s+)?"
        r"(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện|triển\s+khai)\s+",
        _I,
    ),
    (
        "Nhằm đảm bảo thi hành Luật số 74/2025/QH15",
        "Để triển khai thi hành Luật",
        "Để thực hiện Nghị quyết số 57-NQ/TW",
    ),
    ("Nhằm đẩy mạnh hoạt động sản xuất", "Để bảo đảm an toàn"),
)

# A report names the basis a document was issued on: "Bộ Công Thương ban hành Thông tư số
# 60/2025/TT-BCT …, căn cứ Luật Điện lực số 61/2024/QH15, Nghị định số 40/2025/NĐ-CP …";
# "Thông tư số 40/2025/TT-BYT được xây dựng trên nền tảng pháp lý … Luật … số 90/2025/QH15".
BASIS = Pattern(
    "a report names a document's basis",
    re.compile(
        r"(?:,\s*|\s+)(?:căn\s+cứ(?:\s+vào)?|được\s+xây\s+dựng\s+trên\s+(?:nền\s+tảng|cơ\s+sở)"
        r"(?:\s+pháp\s+lý)?(?:\s+mới\s+nhất)?(?:\s+như)?)\s+(?=[A-ZĐÀ-Ỹ])",
    ),
    (
        ", căn cứ Luật Điện lực số 61/2024/QH15",
        " được xây dựng trên nền tảng pháp lý mới nhất như Luật",
        " được xây dựng trên cơ sở Nghị định",
    ),
    ("căn cứ vào tình hình thực tế", ", căn cứ quy định tại Điều 5"),
)
# where the basis list ends: "… và theo đề nghị của Cục trưởng …"

# A later sentence of the same order opens with its addressee ("Đồng thời, Chủ tịch …").
CONTINUED = Pattern(
    "the order goes on",
    re.compile(
        r"\s*(?:[-+•]\s*)?(?:(?:Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Mặt\s+khác|Trong\s+đó),?\s+)?"
        # an article's heading before its bodies ("Điều 3. Các Bộ trưởng …", "Article 3.- The
        # ministries …"), with the title of an article of implementation on a line of its own
        # ("Điều 45. Trách nhiệm thi hành\nCác Bộ trưởng, …", "Article 45.
        # Responsibility\nMinisters, …", blind round AH)
        # (the sentence may start after the article's number, at its title)
        r"(?:(?:Điều|Article)\s+\d{1,3}[a-z]?\s*[.:]\s*-?\s*)?"
        r"(?:(?:(?:Hiệu\s+lực\s+và\s+)?trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)"
        r"|tổ\s+chức\s+thực\s+hiện|điều\s+khoản\s+thi\s+hành"
        r"|(?:implementation\s+)?responsibilit(?:y|ies)(?:\s+for\s+implementation)?"
        r"|(?:organi[sz]ation\s+of\s+)?implementation(?:\s+provisions)?)[ \t]*\n\s*)?",
        _I,
    ),
    (
        "Đồng thời, ",
        "Ngoài ra, ",
        " - ",
        "Article 3.- ",
        "Điều 4. ",
        "Điều 45. Trách nhiệm thi hành\n",
        "Article 45. Responsibility\n",
        "Tổ chức thực hiện\n",
    ),
)

# A line of the recipients' list sent a copy to be informed, not to act: "- Bộ Chính trị, Ban
# Bí thư (để báo cáo)," under an article that orders others (blind round CP, its "Nơi nhận:"
# heading lost). Matched on the line that would go on with the order.
FOR_INFORMATION = Pattern(
    "a recipient sent a copy to be informed",
    re.compile(
        r"[^\n]*?\((?:để\s+)?(?:báo\s+cáo|b/c|biết|theo\s+dõi|giám\s+sát|for\s+information"
        r"|for\s+reporting|to\s+report)\b",
        _I,
    ),
    ("- Bộ Chính trị, Ban Bí thư (để báo cáo),", "- Thủ tướng Chính phủ (để b/c);"),
    ("- Các tỉnh ủy, thành ủy trực thuộc Trung ương,", "- Các bộ (để thực hiện);"),
)

# The addressee of an order directs others, who are assigned it too: "Giao Đảng ủy Chính phủ
# chỉ đạo Bộ Giáo dục và Đào tạo, các bộ, ngành, địa phương chuẩn bị …" (matched right after
# the first addressees).
DIRECTED = Pattern(
    "an addressee directs others",
    re.compile(r"\s+(?:chỉ\s+đạo|đôn\s+đốc)\s+(?!(?:của|việc|và|,)\b)", _I),
    (" chỉ đạo Bộ Giáo dục và Đào tạo", " đôn đốc các địa phương"),
    (" chỉ đạo của Thủ tướng", " chỉ đạo việc thanh tra"),
)

# A quote that opens with an order names no speaker: on a page about one document, the quoted
# words are that document's ("\"Giao Đảng ủy Chính phủ chỉ đạo …\", thông báo kết luận nêu").
# Unquoted, the same words may be the page's own summary, and give nothing.
QUOTED_ORDER = Pattern(
    "a quoted order",
    re.compile(
        r"[\"“]\s*(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•])\s+)?"
        r"(?=(?:Giao|Yêu\s+cầu|Đề\s+nghị)\b)",
    ),
    ('"Giao Đảng ủy Chính phủ chỉ đạo', "“Yêu cầu các bộ, ngành", '"(1) Giao Bộ Tài chính'),
    ("Giao Đảng ủy Chính phủ chỉ đạo", '"Chính phủ giao Bộ Tài chính', '"giao dịch điện tử'),
)

# A document of the Government named as the instrument of a past act ("Thủ tướng Chính phủ
# đã thành lập Ban chỉ đạo … tại Quyết định 1568/QĐ-TTg năm 2024") is told of: a later
# "Thủ tướng Chính phủ yêu cầu" does not speak through it. Matched on its sentence up to it.
IN_PASSING = Pattern(
    "a document named for a past act",
    re.compile(r"\bđã\s[^.;]*\btại\s+(?:\w+\s+){0,2}$", _I),
    ("Thủ tướng Chính phủ đã thành lập Ban chỉ đạo (gọi là Ban chỉ đạo) tại Quyết định ",),
    (
        "Ngày 08/02/2025, Thủ tướng Chính phủ ban hành Công điện ",
        "Thủ tướng Chính phủ đã ký Quyết định ",
        "đã được quy định tại Điều 5 và nay Thủ tướng ban hành Quyết định ",
    ),
)
