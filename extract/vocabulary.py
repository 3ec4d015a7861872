"""Words around document numbers, per language, kept as data.

TYPE_WORDS maps the nouns that name a document type (in vi, en, ru, uk, pt, ja) to the
type codes they can stand for; they let a short form (`Kết luận số 187`) point back to
a full mention (`187-KL/TW`). The other tables are regular-expression alternations.
"""

from __future__ import annotations

TYPE_WORDS: dict[str, tuple[str, ...]] = {
    # Vietnamese
    "nghị quyết": ("NQ",),
    "quyết định": ("QĐ",),
    "quy định": ("QĐ", "QĐi", "QyĐ"),
    "chỉ thị": ("CT",),
    "kết luận": ("KL",),
    "kế hoạch": ("KH",),
    "chương trình": ("CTr",),
    "hướng dẫn": ("HD",),
    "thông báo": ("TB",),
    "báo cáo": ("BC",),
    "công văn": ("CV",),
    "văn bản": ("CV",),
    "thông tư": ("TT", "TTLT"),
    "thông tư liên tịch": ("TTLT",),
    "nghị quyết liên tịch": ("NQLT",),
    "thông tri": ("TT",),
    "nghị định": ("NĐ",),
    "quy chế": ("QC",),
    "đề án": ("ĐA",),
    "tờ trình": ("TTr",),
    "công điện": ("CĐ",),
    # English
    "resolution": ("NQ",),
    "decision": ("QĐ",),
    "regulation": ("QĐ", "QĐi", "QyĐ"),
    "directive": ("CT",),
    "conclusion": ("KL",),
    "plan": ("KH",),
    "programme": ("CTr",),
    "program": ("CTr",),
    "guidance": ("HD",),
    "guideline": ("HD",),
    "notice": ("TB",),
    "report": ("BC",),
    "official letter": ("CV",),
    # (a translation's word for both "công điện" and "công văn": "Official Dispatch No.
    # 88/CD-TTg", "Official Dispatch No. 1234/BTC-TCT")
    "official dispatch": ("CĐ", "CV"),
    "official telegram": ("CĐ",),
    # ("Directive No. 44/CT-TTg …, and the Telegram No.1711/CD-TTg on …", blind round CE)
    "telegram": ("CĐ",),
    # ("the instructions of the Prime Minister at Official Telegraph No. 732 / CĐ-TTg",
    # blind round PD)
    "official telegraph": ("CĐ",),
    "document": ("CV",),
    "circular": ("TT",),
    "decree": ("NĐ",),
    "rules": ("QC",),
    "scheme": ("ĐA",),
    "project": ("ĐA",),
    # Russian (nominative and the oblique forms news texts use)
    "резолюция": ("NQ",),
    "резолюции": ("NQ",),
    "постановление": ("NQ", "NĐ"),
    "постановления": ("NQ", "NĐ"),
    "решение": ("QĐ",),
    "решения": ("QĐ",),
    "решением": ("QĐ",),
    "положение": ("QĐ", "QĐi"),
    "положения": ("QĐ", "QĐi"),
    "директива": ("CT",),
    "директивы": ("CT",),
    "заключение": ("KL",),
    "заключения": ("KL",),
    "план": ("KH",),
    "плана": ("KH",),
    "указ": ("NĐ",),
    "указа": ("NĐ",),
    "документ": ("CV",),
    # Ukrainian
    "резолюція": ("NQ",),
    "постанова": ("NQ", "NĐ"),
    "рішення": ("QĐ",),
    "рішенні": ("QĐ",),
    "положення": ("QĐ", "QĐi"),
    "директиви": ("CT",),
    "директиві": ("CT",),
    "висновок": ("KL",),
    "висновку": ("KL",),
    "плану": ("KH",),
    "указу": ("NĐ",),
    # Portuguese
    "resolução": ("NQ",),
    "decisão": ("QĐ",),
    "regulamento": ("QĐ", "QĐi", "QyĐ"),
    "diretiva": ("CT",),
    "conclusão": ("KL",),
    "plano": ("KH",),
    "decreto": ("NĐ",),
    "ofício": ("CV",),
    # Japanese
    "決議": ("NQ",),
    "決定": ("QĐ",),
    "規定": ("QĐ", "QĐi"),
    "指令": ("CT",),
    "指示": ("CT",),
    "結論": ("KL",),
    "計画": ("KH",),
    "政令": ("NĐ",),
    "通達": ("TT",),
    "文書": ("CV",),
}

# Type codes written as nouns before a short number (`QĐ270`, `NQ 18`), matched in capitals
# only; left out are codes that are also everyday abbreviations (`TT` = thứ tự in tables).
TYPE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "QĐ": ("QĐ",),
    "QÐ": ("QĐ",),
    "NĐ": ("NĐ",),
    "NÐ": ("NĐ",),
    "NQ": ("NQ",),
    "TTLT": ("TTLT",),
}


# Longest first, so that "official letter" wins over "letter" and "quyết định" over shorter words.
def noun_key(noun: str) -> str:
    """A type noun as `TYPE_WORDS` keys it: lower case, one space between words."""
    return " ".join(noun.lower().split())


TYPE_NOUNS = "|".join(sorted((w.replace(" ", r"\s+") for w in TYPE_WORDS), key=len, reverse=True))

# What may stand between a type noun and its number.
NUMBER_SIGNS = r"số\s*:?|No\.?|Nos\.?|number|№|nº|n\.º|N°|第"

# What joins items of a list of references that share one date.
LIST_JOINERS = r"và|and|,|и|та|і|e|及び|、|и\s+№"

# Verbs saying that a document was issued, published or signed.
ISSUE_VERBS = (
    # ("ban hành kèm theo", issued with: an annex's words, naming the document it is part of)
    r"ban\s+hành(?!\s+kèm\s+theo)|phát\s+hành|ký(?:\s+ban\s+hành)?|có(?=\s+(?:công\s+điện|công\s+văn|chỉ\s+thị|quyết\s+định|thông\s+báo|"
    r"văn\s+bản|kế\s+hoạch|nghị\s+quyết|thông\s+tư))|issued|promulgated|published|released|signed|опублікував|опублікувала|"
    r"видав|видала|опубликовал|опубликовала|издал|издала|выпуск|発行|公布|発出|publicou|emitiu"
)

# What defines an alias for a document just named: `(sau đây viết tắt là Thông tư liên tịch
# số 01/2017)`, `(sau đây gọi tắt là Quyết định 601)`, `(hereinafter referred to as ...)`.
ALIAS_INTRO = (
    # ("là" is left out at times: "(sau đây gọi tắt Nghị quyết số 76/NQ-CP)")
    r"(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?|sau\s+đây\s+gọi\s+là"
    # ("hereinafter" is left out at times too: "(referred to as Directive 21)", blind round R)
    # (or "below": "(below referred to as Circular No. 05/2022/TT-BCT)", blind round W)
    r"|(?:(?:hereinafter|below)\s+)?referred\s+to\s+as|hereinafter\s+called"
    # ("abbreviated as Conclusion No. 121-KL/TW", blind round SC)
    r"|(?:hereinafter\s+)?abbreviated\s+as"
)
