"""Facts: the typed records that reading one text hands to the graph build.

`SourceFacts` is everything the graph needs from one source, so that the text itself is
never read again: the source (`SourceInfo`), the document it is (`DocumentIdentity`), every
reference it makes (`Mention`: the `Reference` with its sentence and the body it names) and
how the text relates to each (`Statement`). `extract.read_facts.read_facts` computes them; the
graph build and the store take them; `vanban.facts_files` writes and reads them as Parquet.

`to_dict`/`from_dict` give the records' plain view, the one the resolver indexes and the
store keeps packed per source; `from_dict(to_dict(f)) == f`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from .actors import Act
from .model import DocumentIdentity, Reference
from .relate import Statement

# The version of what reading a text gives (here, for what reads facts without reading
# texts, as a load from facts does; `extract.read_facts` gives it too):
# 3: explainer parts cite; bodies need their province to be named
# 4: typed records; a mention keeps its sentence's bounds
# 5: the bodies a report's orders assign (actors)
# 6: a page's law names dated by the day it was published (`published.published_on`)
# 7: laws by name cut before what a sentence says of them, 21 more laws known; a number the
#    text calls a letter read as issuer and unit; questions state no act
# 8: a bill is the law it became; a bare law name the law the text names with its year;
#    quoted provisions and titles date the laws in them; more laws known (0.3.0's rules)
# 9: documents cited by their title (`titled.py`); a law's acts through its own articles,
#    'carry out a provision', 'nhằm' opening a purpose
# 10: laws listed after an amending law's name, a report's account of its document's changes,
#    CONTINUES of a mechanism applied on, IMPLEMENTS and GUIDES cues and scopes; abbreviations
#    in law names spelled out before their tones
# 11: new wording quoted in straight quotes after a blank line acts on nothing (what it tells of
#    other documents kept); the relation rules of the blind rounds 68 and 69 and rel25; 44 laws
#    more in the catalogue
# 12: a page restating a circular, decree, decision or directive in its words ("Thông tư này
#    có hiệu lực …") and numbering no other of the kind as its own speaks for it, unnumbered;
#    a roundup whose sections each report a document issued speaks for none of them; an act
#    reaches a document through what "được quy định tại" it; a transfer by a deadline, "qua N
#    năm / sau N tháng thực hiện", the constitution with its year among the laws, the remit
#    "trong phạm vi nhiệm vụ, quyền hạn", procedures named by what is done to them, insertion
#    into a list a provision holds
# 13: the rules of the news blind rounds H to X (who acts in a report, a passive in a basis
#    line climbing to its title's holder, inline repeal lists, numbers joined by Unicode
#    dashes, "TƯ" for TW, …); a translation's orders, enacting clauses and duties told with
#    their addressees first; a body named after its task ("Ban Chỉ đạo thực hiện …") cites
# 14: the rules of blind rounds AG to AL (a plan's "CƠ SỞ …" basis section, a legal
#    database's notes and effect history, counted repeal headings, a report's announced full
#    text, a title's act on the next document of its list, English enacting clauses under an
#    article's title, a guidance's subject line, a consolidated text's amenders)
# 15: the rules of blind rounds AM to AX (an orderer of known bodies does not act, orders to
#    go on with a document continue it, a basis or purpose clause's document issued after a
#    stray full stop, aliases and plural types in lists, "Số hiệu:" and a translation's
#    typed header label, "NO." before a number, a part struck out and replaced)
# 16: the rules of blind rounds AY to BD (a table's "Official number:" cell and a number
#    right after the header's rule, Telex's "NDD" for NĐ, marked items of a translated list,
#    "điều chỉnh, bổ sung" as one title, "ministries, agencies and localities", a leading
#    clause's comma past a quotation or an aside, a plural type with its issuer opening list
#    items, "; as amended by", a legal site's related documents as line items; rounds BE
#    to BJ: a plan that sets bodies their tasks speaks for the decision that issued it, "các
#    Bộ liên quan" before the provinces, a translated "which" clause, the title under the
#    header's number, a procedure "thực hiện theo" a mechanism; rounds BK to BP: bodies
#    that give an order of their own are told nothing, "continue implementing", a legal
#    site's English title names its page by the type in translation)
# 17: the rules of blind rounds BQ to CB (a translation site's "Original Language Title:",
#    the Government's numbers of before 1998 such as "61-CP", a reproduced document's motto
#    between a report's prose and its basis lines, a letter of no number that conveys an
#    order, a preamble line that names its document later, a title's "điều chỉnh" after its
#    number, "chính thức ban hành" in a second paragraph, a document that takes effect and
#    replaces, a translated passive that opens a list, "terminating effect of", orders
#    whose addressees are qualified, follow a colon or open a numbered item)
# 18: the rules of blind rounds CC to CH (the body that issued a document of no number, read
#    from the page's lead or its type, which the page then acts through; a list opened by a
#    colon going on in paragraphs that open with an item; "shall take effect; replaces";
#    a body named only as whose a document is, which is no report's main body)
# 19: the rules of blind rounds CO to CZ (a title line followed by its basis lines, or run on
#    into them; a translation's "Pursuant to" preamble and the line that closes it naming
#    its issuer; a page's dateline; a type noun alone that is carried out; a recipient sent
#    a copy to be informed; a province's districts ordered as a class; a body issuing its
#    own document after a cue's clause; English headings that look back; a body in a
#    person's titles; a lead that opens with a purpose or a newspaper's tag; a Party number
#    with a space before its slash; a plan of no number and who signed it; "released";
#    a letter of no number whose number the page gives later)
# 20: the rules of blind rounds DE to DL (an English amendment's chained verbs; "Accordingly,
#    the Decree …", not "In addition, the Resolution on …"; a report on or review of a
#    document's implementation looks back, in English too, and so does what carrying it out
#    achieved; a clause opening its line with a capital has no subject above it, and one
#    after a leading clause follows the time it names and its document's date; detailing a
#    regulation issued with a decision guides the decision; a plan's "CĂN CỨ LẬP KẾ HOẠCH"
#    section)
# 21: the rules of blind rounds CS, DO and MA to MH (a text of no number whose opening says
#    who issues it "như sau:"; a letter's subject line; an older title's "CỦA … SỐ …"; a
#    headline over the news lead, and a lead that issues nothing over the paragraph that
#    does; an English "action plan" numbered later "issued by"; a bare number issued; an
#    English dateline; propaganda about carrying out; a steering committee named for its
#    task; watching and progress of carrying out look back; working toward a document's
#    goals; a bracket giving where a conclusion stands)
# 22: laws cited by name: English names the data knows in any case and with "of the", an
#    English amending law through what it lists, words run together ("UBNDngày"), a revision
#    named with its day, the Constitution in English, 470 English names and 106 laws more in
#    the catalogue; "Can cứ", a translated basis line opening on a code, an English dateline
#    in figures, a meeting's "quán triệt, tuyên truyền, triển khai"
# 23: the rules of blind rounds MA to PD (a new document of no number that changes, guides or
#    carries out the number a lead or title names first is the page's, not that number; a
#    programme's number in brackets; a legal text of no number known by its preamble,
#    enacting word and first article; "quán triệt, triển khai" alone makes known; a noun
#    whose number the next line gives is no short form; translated "details …, and
#    provides measures for implementing,", "regulates in details", "enforcement of",
#    "continue to organize and implement", "cancel"; title-case names after their links)
# 24: the rules of blind round Q (a press release titled by the document it issues, and a
#    title's English type with "No."; a conclusion about a change makes none; a central
#    Party body written in small letters; three laws and ordinances more in the catalogue)
# 25: a hard-wrapped title goes on past its line break, and an item after a title nested twice
#    goes on with the item the text acts on; a lead that an elected body passed a numbered
#    document, or that one was issued in the passive after another opens the sentence; a
#    guidance's own title that carries a document out guides it; a meeting on carrying a
#    document out names its topic; a translation's alias "(referred to as …)"; a programme
#    of no number carried out holds what its title carries out; "Comparing to …"; a lead
#    issuing a document by a bare number to act on another is the new one's
# 26: a report that tells a body issued a document to carry another out keeps the act on
#    the mention (a text speaking for a document of its own still only cites it); the
#    state's name in capitals, or the name and motto in English, head a reproduced document
#    as its motto does; a consolidated text's list of amenders opens no report; a machine
#    translation's "Base of Protocol …" lines are a preamble's; an oversight of a document's
#    carrying out cites it; "for materialization of" carries it out; a bracket giving a whole
#    number again names it back past a long title ("(the Resolution No. 01)", "(abbreviated
#    as …)")
# 27: a page headed by a document's number that tells that document's issuing as news, and
#    carries none of its text, reports on it (a summary page, a newsletter); an English
#    "and" inside a body's name ("the Minister of Industry and Trade’s Circular No. …") joins
#    no list; "(below referred to as …)" names a document back; prose above the basis lines
#    of a text headed by its own number is a site's note, no report's lead; a legal
#    database's attribute "Số hiệu văn bản: …" after a text, or "Số hiệu:" over its cell on a
#    line of its own, gives the text's own number; a basis listed under "Căn cứ:" one dash an
#    item is the basis item by item; a summary page's chapter ("1. Thông tư này …") is its
#    document's text; a law named right after a list's glued item number ("- 1Luật …") is
#    found; "Căn Luật …" and "Cân cứ …" open basis lines
# 28: a header's place is a name set off by a comma or a province's own, after any number
#    its line runs on from: no cited document's date ("… Kế hoạch số 80-KH/ĐUK ngày …") nor
#    prose's ("… có hiệu lực thi hành từ ngày …") is a page's own; a basis listed one dash an
#    item goes on past a blank line between items; a translation's parts set off by commas
#    before their document ("Point 2 and Point 4, Article 35, Decree …") join no list; an
#    alias in quotes in its bracket ("(“Decree 119”)") names its document back; a page whose
#    title line is followed by its basis lines is the document's own text, not a report on it;
#    on a page of no document, a title it lists that amends or replaces a mention tells that
#    change (`model.CHANGE_TITLED`, stored as a citation)
# 29: a plenum's resolution is named however its ordinal and term are written ("Nghị quyết
#    Trung ương 4 (khóa XII)", "… Hội nghị TW4 khóa 11", "… lần thứ 10, Ban Chấp hành Trung
#    ương Đảng (khóa XI)") and under one name; so is a congress's, in capitals too; a legal
#    database's page whose lead reads as a report on a document and whose attributes give
#    that document's number holds its text; so does a report that says it presents its
#    document's text whole ("xin giới thiệu toàn văn Công văn số …"); a translation's basis
#    line dated with no space after the comma ("the June 12,1999 Law on …") is a basis line;
#    a document named by type and number alone, its code not written ("Kế hoạch số 79",
#    "Resolution 98"), is a mention with no number (`extract.bare`)
# 30: a Party resolution named in a translation ("the Resolution adopted at the 13th National
#    Party Congress", "the Resolution of the 7th Plenum of the Party's Central Committee
#    (VIIIth Congress)") is found, under its Vietnamese name; a translation's detailing "for
#    implementation of" a law, or "and enforcement of" it, guides it; items numbered in
#    square brackets ("[1] Circular …") are a list's items; an item that heads a list of its
#    own leaves the items after it to the head above; "the abolition of" repeals; a machine
#    translation's basis line may name a law in small letters ("Pursuant to the law on
#    investment dated …"); a text run into one line has its enacting word in line (", QUYẾT
#    ĐỊNH: Điều 1.") and its first basis line after a heading's Vietnamese capitals; a
#    plenum's resolution in small letters or with a Roman ordinal ("Hội nghị lần thứ IV") is
#    found, and one of no Central Committee's term (a province's plenum) is not; "vừa quyết
#    định bãi bỏ …" is a body deciding, no other document's act; a translation's dash item
#    after a line with no stop is an item when a document (or its articles, then it) opens it;
#    "When implementing …," is a time it is done; a document named again in the next sentence
#    continues no list; a body named by the work it leads ("Ban Chỉ đạo … thực hiện …", "the
#    Steering Committee for implementing …") orders nothing; a translation's "highlights in
#    the implementation of …" and "related to the implementation of …" look back; an alias
#    may have "the" before it ("(hereinafter referred to as the Decree No. …)"); "quy định
#    thực hiện một số điều của …" guides; a header's number after a rule of em dashes ("——-
#    Số: …") or a plural label ("Numbers: …") is the text's own; "translates … of Resolution
#    No. … into concrete actions" carries it out; a translation's list goes on past a local
#    body named in small letters ("…, the provincial Party Committee's Standing Board’s
#    Directive …"); a translation's "conference on studying and implementing …" makes known;
#    "thành tích xuất sắc thực hiện …" and "after more than 3 months of implementing …" look
#    back; a translation's list item whose document is its subject ("• Decree 37/2016
#    provides …") is no object of the list's head; a mass organisation's national congress
#    ("Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII") is named as
#    its own, and so is "Nghị quyết Đại hội VIII" on a page that names that congress: no
#    longer the Party's congress of the same ordinal
FACTS_VERSION = 30


@dataclass
class SourceInfo:
    """Where a text came from. `metadata` holds JSON values only (see `json_clean`)."""

    id: str
    path: str
    format: str
    language: str
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class BodyFact:
    """An issuing body named by a text (the fields of `extract.bodies.Body`)."""

    key: str
    name: str
    name_en: str
    level: str
    province: str | None
    kind: str


@dataclass
class Mention:
    """One reference where the text makes it: the reference, the sentence around it (whitespace
    collapsed, cut near 500 characters) and that sentence's bounds in the text, the province
    the text is from, and the body the mention names as its issuer, if any."""

    reference: Reference
    sentence: str
    sentence_start: int
    sentence_end: int
    province_hint: str | None = None
    body: BodyFact | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **_plain(self.reference, _REFERENCE_FIELDS),
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "province_hint": self.province_hint,
            "body": _plain(self.body, _BODY_FIELDS) if self.body else None,
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Mention:
        reference = Reference(**{name: row[name] for name in _REFERENCE_FIELDS})
        reference.issuers = list(reference.issuers or [])
        return cls(
            reference=reference,
            sentence=row["sentence"],
            sentence_start=row["sentence_start"],
            sentence_end=row["sentence_end"],
            province_hint=row.get("province_hint"),
            body=BodyFact(**row["body"]) if row.get("body") else None,
        )


@dataclass
class SourceFacts:
    """What one source contributes to the graph. `statements` index `mentions`."""

    version: int
    source: SourceInfo
    document: DocumentIdentity
    issuer_body: BodyFact | None = None  # the body its header names as its issuer
    main_body: BodyFact | None = None  # the local body an unnumbered report is about
    lead: str = ""  # its first words, to name it when it has no number
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # what the bodies and documents a report names do (extract/actors.py)
    actors: list[Act] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "source": _plain(self.source, _SOURCE_FIELDS),
            "document": _plain(self.document, _DOCUMENT_FIELDS),
            "issuer_body": _plain(self.issuer_body, _BODY_FIELDS) if self.issuer_body else None,
            "main_body": _plain(self.main_body, _BODY_FIELDS) if self.main_body else None,
            "lead": self.lead,
            "mentions": [m.to_dict() for m in self.mentions],
            "statements": [_plain(s, _STATEMENT_FIELDS) for s in self.statements],
            "actors": [_plain(a, _ACT_FIELDS) for a in self.actors],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceFacts:
        """The records of `data` (as `to_dict` gives or the store keeps); KeyError if a field
        is missing, as in facts stored by an older version (see `FACTS_VERSION`)."""
        document = DocumentIdentity(**data["document"])
        document.warnings = list(document.warnings or [])
        return cls(
            version=data["version"],
            source=SourceInfo(**data["source"]),
            document=document,
            issuer_body=BodyFact(**data["issuer_body"]) if data.get("issuer_body") else None,
            main_body=BodyFact(**data["main_body"]) if data.get("main_body") else None,
            lead=data["lead"],
            mentions=[Mention.from_dict(m) for m in data["mentions"]],
            statements=[Statement(**s) for s in data["statements"]],
            actors=[Act(**a) for a in data["actors"]],
        )


_REFERENCE_FIELDS = tuple(f.name for f in fields(Reference))
_ACT_FIELDS = tuple(f.name for f in fields(Act))
_DOCUMENT_FIELDS = tuple(f.name for f in fields(DocumentIdentity))
_STATEMENT_FIELDS = tuple(f.name for f in fields(Statement))
_BODY_FIELDS = tuple(f.name for f in fields(BodyFact))
_SOURCE_FIELDS = tuple(f.name for f in fields(SourceInfo))


def _plain(record: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a flat record as a dict, its lists and dicts copied one level deep.

    What `dataclasses.asdict` gives for these records (their fields hold no records), at a
    fraction of its cost: asdict deep-copies every value, and a load converts millions."""
    out = {}
    for name in names:
        value = getattr(record, name)
        out[name] = value.copy() if isinstance(value, list | dict) else value
    return out


def json_clean(value: dict[str, Any]) -> dict[str, Any]:
    """`value` as JSON reads it back (a date becomes its text, a tuple a list): the facts
    of a source are the same whether they come from its text or from a facts file."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
