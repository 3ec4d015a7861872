"""Issuing bodies (organisations) as graph nodes: recognise them in text, name document issuers.

The data lives in ``data/bodies.json`` (Party and State bodies with their forms in Vietnamese,
English, Russian, Ukrainian, Japanese and Portuguese); the central bodies of the issuer code
table (``vanban.extract.codes``: ministries, National Assembly ...) are added from it. One
regular expression is built from all forms at import.

API
    :class:`Body`, :func:`find_bodies`, :func:`body_for_reference`.

Matching runs on a folded copy of the text of the same length (lower case, Latin diacritics
dropped, đ → d), so ``"Bộ Chính trị"``, ``"Bo Chinh tri"`` and ``"BỘ CHÍNH TRỊ"`` are one form.
A local body takes its province from a province named in the mention (``"UBND tỉnh Bắc
Giang"``, ``"Инспекция Ламдонга"``, ``"Lam Dong Provincial Inspectorate"``), else from the
province of the text, else none (its key then says ``unknown``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .codes import canonical_issuer, tables
from .data import read as read_catalogue
from .find import find_references
from .places import PROVINCES, find_province_mentions, normalise_name
from .spelling import fold_same_length, nfc_with_offsets, slug

__all__ = ["CONTEXT_BEFORE", "Body", "body_for_reference", "find_bodies"]

CONTEXT_BEFORE = 80
"""How much text before a reference callers of :func:`body_for_reference` give (the usual)."""

_LOCAL = ("district", "commune")


@dataclass(frozen=True)
class Body:
    """An issuing body. ``key`` is a stable ASCII slug: ``org:bo-chinh-tri``,
    ``org:ban-thuong-vu-tinh-uy:thanh-hoa``, ``org:ubnd-huyen:thanh-hoa:trieu-son``."""

    key: str
    name: str  # canonical Vietnamese name
    name_en: str
    level: str  # "central" | "provincial" | "district" | "commune"
    province: str | None  # canonical Vietnamese province name (vanban.extract.places)
    kind: str  # "party" | "state"


@dataclass(frozen=True)
class _Entry:
    id: str
    name: str  # template, see data/bodies.json
    name_en: str
    level: str
    kind: str
    codes: tuple[str, ...]
    default_for: tuple[str, ...] = ()
    district_twin: str | None = None
    not_after: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Form:
    entry: _Entry
    place_before: bool  # English and Japanese put the province first ("Lam Dong Provincial ...")
    cased: bool  # counts only when written with a capital letter
    needs_place: bool  # counts only with a province named in the mention


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    entry: _Entry
    body: Body


# --- data ------------------------------------------------------------------------------------

_FORM_SYNTAX = {
    " ": r"\s+",
    "~": r"\w*",
    "-": "[\\s\\-\u2010\u2011\u2013]*",
    "'": "['\u2019\u02bc]",
}
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def _literal(name: str) -> str:
    """A name from the code table as a form: only spaces, hyphens and apostrophes are loose."""
    return "".join(c if c in " -'" else re.escape(c) for c in name.replace(" - ", "-"))


def _initials_form(name: str) -> list[str]:
    """A ministry's name as the press shortens it, by the initials of its parts: "Bộ Nông
    nghiệp và Phát triển nông thôn" is "Bộ NN-PTNT", "Bộ NN&PTNT" or "Bộ NNPTNT"; "Bộ Lao
    động - Thương binh và Xã hội" is "Bộ LĐ-TB&XH"; "Bộ Giao thông vận tải" is "Bộ GTVT".
    Only for four initials or more: "Bộ CA", "Bộ TC" are too short to tell."""
    words = name.split()
    if len(words) < 3 or words[0] != "Bộ":
        return []
    parts = [p for p in _NAME_PARTS.split(" ".join(words[1:])) if p.strip()]
    initials = ["".join(w[0] for w in p.split()).lower() for p in parts]
    if sum(len(i) for i in initials) < 4:
        return []
    return ["^bộ " + "(?:&|-)?".join(initials)]


def _without_and(name: str) -> list[str]:
    """A ministry's name as the press runs its parts together, without "và": "Bộ Thông tin
    Truyền thông", "Bộ Tài nguyên Môi trường", "Bộ Văn hóa, Thể thao Du lịch"."""
    if not name.startswith("Bộ ") or " và " not in name:
        return []
    return [_literal(name.replace(" và ", " "))]


def _office_holder(name_en: str) -> list[str]:
    """A ministry's English name as its minister's title, who issues in its name: "the
    Minister of Justice promulgates the Circular …" is the Ministry of Justice, as "Bộ trưởng
    Bộ Tư pháp ban hành …" names "Bộ Tư pháp" (blind round CT)."""
    if not name_en.startswith("Ministry of "):
        return []
    return [_literal("Minister of " + name_en.removeprefix("Ministry of "))]


# What joins the parts of a ministry's name ("Nông nghiệp và Phát triển nông thôn", "Lao động
# - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch").
_NAME_PARTS = re.compile(r"\s+và\s+|\s*,\s*|\s+-\s+")


def _load() -> tuple[list[_Entry], list[tuple[str, _Form]], dict[str, Any]]:
    raw: dict[str, Any] = read_catalogue("bodies.json")
    entries: list[_Entry] = []
    forms: list[tuple[str, _Form]] = []

    def add(e: dict[str, Any], by_lang: dict[str, list[str]]) -> None:
        not_after = e.get("not_after")
        entry = _Entry(
            id=e["id"],
            name=e["name"],
            name_en=e["name_en"],
            level=e["level"],
            kind=e["kind"],
            codes=tuple(e["codes"]),
            default_for=tuple(e.get("default_for", ())),
            district_twin=e.get("district_twin"),
            not_after=re.compile(fold_same_length(not_after)) if not_after else None,
        )
        entries.append(entry)
        for lang, written in by_lang.items():
            for f in written:
                rx = "".join(_FORM_SYNTAX.get(c, c) for c in fold_same_length(f.strip("^@")))
                form = _Form(
                    entry,
                    place_before=lang in ("en", "ja"),
                    cased=f.startswith("^"),
                    needs_place=f.endswith("@"),
                )
                forms.append((rx, form))

    for e in raw["bodies"]:
        add(e, e["forms"])
    covered = {c for e in raw["bodies"] for c in e["codes"]}
    for code, info in tables().issuers.items():
        if code in covered:
            continue
        base = {"id": slug(info.vi), "kind": info.family, "codes": [code], "default_for": [code]}
        if info.level == "central":
            extra = raw["central_extra_forms"].get(code, [])
            add(
                {**base, "name": info.vi, "name_en": info.en, "level": "central"},
                {
                    "vi": [_literal(info.vi), *_without_and(info.vi), *_initials_form(info.vi)],
                    "en": [_literal(info.en), *_office_holder(info.en)],
                    "other": extra,
                },
            )
        elif info.level == "provincial" and info.vi.startswith("Sở "):  # provincial departments
            # "Sở Y tế" is also words of "cơ sở y tế": a capital S, and not after "cơ"
            add(
                {
                    **base,
                    "name": info.vi + " {tinh} {p}",
                    "name_en": "{P} " + info.en,
                    "level": "provincial",
                    "not_after": raw["departments"]["not_after"],
                },
                {"vi": ["^" + _literal(info.vi)]},
            )
    return entries, forms, raw


# A form's leading tokens (literal characters, and the loose space, stem, hyphen and apostrophe
# of the form syntax) go into a trie, so that the engine follows one branch per token instead
# of trying every form in turn; what follows the first other construct is kept whole.
_TOKEN = re.compile(r"\\s\+|\\w\*|\[[^\]]*\]\*?|[^\\()\[\]|?*+{}.^$](?![?*+{])")


def _tokens(rx: str) -> tuple[list[str], str]:
    tokens: list[str] = []
    pos = 0
    while (m := _TOKEN.match(rx, pos)) is not None:
        tokens.append(m.group())
        pos = m.end()
    return tokens, rx[pos:]


def _trie_regex(items: list[tuple[list[str], str, str]], top: bool = False) -> str:
    """Alternatives of (tokens, rest, group): shared tokens once, longer continuations first."""
    children: dict[str, list[tuple[list[str], str, str]]] = {}
    leaves: list[tuple[str, str]] = []
    for tokens, rest, group in items:
        if tokens:
            children.setdefault(tokens[0], []).append((tokens[1:], rest, group))
        else:
            leaves.append((rest, group))
    branches = []
    for tok, sub in sorted(children.items()):
        if top:  # the literal character first, then the word boundary
            tok = re.escape(tok) + ("" if _CJK.match(tok) else r"(?<!\w.)")
        branches.append(tok + _trie_regex(sub))
    branches += [f"(?P<{g}>{rest})" for rest, g in sorted(leaves, key=lambda t: -len(t[0]))]
    return branches[0] if len(branches) == 1 and not top else "(?:" + "|".join(branches) + ")"


def _build_scanner(forms: list[tuple[str, _Form]]) -> tuple[re.Pattern[str], dict[str, _Form]]:
    """One expression for all forms; each form is a named group, so a match tells its form."""
    items = []
    groups: dict[str, _Form] = {}
    for i, (rx, form) in enumerate(forms):
        tokens, rest = _tokens(rx + ("" if _CJK.search(rx[-1]) else r"(?!\w)"))
        if re.compile(rx).groups or not tokens or len(tokens[0]) != 1:
            raise ValueError(f"a form must start with a letter and use only (?:...): {rx!r}")
        groups[f"f{i}"] = form
        items.append((tokens, rest, f"f{i}"))
    return re.compile(_trie_regex(items, top=True)[3:-1]), groups


_ENTRIES, _FORMS, _RAW = _load()
_SCANNER, _GROUPS = _build_scanner(_FORMS)
_BY_ID = {e.id: e for e in _ENTRIES}
_COMPATIBLE: dict[str, set[str]] = {}
_DEFAULT: dict[str, _Entry] = {}
for _e in _ENTRIES:
    for _c in _e.codes:
        _COMPATIBLE.setdefault(_c, set()).add(_e.id)
    for _c in _e.default_for:
        _DEFAULT[_c] = _e
_UNITS: dict[str, tuple[str, str, str]] = {  # folded unit word -> (vi, en, party committee)
    fold_same_length(k): (k if k != "tp" else "thành phố", v[0], v[1])
    for k, v in _RAW["units"].items()
}
_UNIT_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?!\w)"
)
_CODE_UNITS: dict[str, str] = _RAW["code_units"]


# --- bodies ----------------------------------------------------------------------------------


# A text names the same few bodies again and again: each is spelled out once (a Body is
# frozen, so one instance serves every mention).
@lru_cache(maxsize=4096)
def _make(entry: _Entry, province: str | None, district: str | None = None, unit: str = "") -> Body:
    p = PROVINCES.get(province) if province else None
    city = p is not None and p.kind == "city"
    unit_vi, unit_en, party_unit = _UNITS.get(fold_same_length(unit), ("", "", ""))
    fields = {
        "p": province or "",
        "tinh": "thành phố" if city else "tỉnh",
        "Tinh": "Thành" if city else "Tỉnh",
        "P": f"{p.ascii} {'City' if city else 'Provincial'}" if p else "Provincial",
        "d": district or "",
        "unit": unit_vi,
        "party_unit": party_unit,
        "D": " ".join(w.capitalize() for w in slug(district or "").split("-")),
        "Unit": unit_en,
    }
    parts = [entry.id]
    if entry.level != "central":
        parts.append(slug(p.ascii) if p else "unknown")
    if entry.level in _LOCAL:
        parts.append(slug(district) if district else "unknown")
    return Body(
        key="org:" + ":".join(parts),
        name=" ".join(entry.name.format(**fields).split()),
        name_en=" ".join(entry.name_en.format(**fields).split()),
        level=entry.level,
        # a ministry named in a provincial text is still the ministry: no province of its own
        province=p.name if p and entry.level != "central" else None,
        kind=entry.kind,
    )


_CONNECT = re.compile(
    r"[\s,(]*(?:(?:of|the|in|de|do|da|tỉnh|tinh|thành phố|thanh pho|tp|провинции|провінції"
    r"|области|області)[\s.]*)*",
    re.IGNORECASE,
)


def _place_after(text: str, pos: int) -> tuple[str, int] | None:
    """The province named right after `pos` ("tỉnh Bắc Giang", "of Lam Dong", "Ламдонга")."""
    window = text[pos : pos + 60]
    for start, end, name in find_province_mentions(window)[:1]:
        if start <= 24 and _CONNECT.fullmatch(window, 0, start):
            return name, pos + end
    return None


def _place_before(text: str, pos: int) -> tuple[str, int] | None:
    """The province named right before `pos` ("Lam Dong Provincial ...", "タインホア省...")."""
    lo = max(0, pos - 40)
    mentions = find_province_mentions(text[lo:pos])
    if mentions and not text[lo + mentions[-1][1] : pos].strip():
        return mentions[-1][2], lo + mentions[-1][0]
    return None


_NAME_WORD = re.compile(r"[ \t]*([^\W\d_][\w'\u2019-]*)")
_NAME_STOP = {"ban", "cua", "va", "ve", "viec", "so", "ngay", "tinh", "huyen", "quyet"}


def _district_name(text: str, pos: int) -> tuple[str, int] | None:
    """Up to three capitalised words after `pos` on the same line: "Triệu Sơn", "TRIỆU SƠN"."""
    words: list[str] = []
    end = pos
    while len(words) < 3:
        m = _NAME_WORD.match(text, end)
        if not m or not m.group(1)[0].isupper() or fold_same_length(m.group(1)) in _NAME_STOP:
            break
        words.append(m.group(1).capitalize() if m.group(1).isupper() else m.group(1))
        end = m.end()
    if not words:
        return None
    for start, _, _ in find_province_mentions(text[pos:end]):  # "Triệu Sơn Thanh Hóa"
        if text[pos : pos + start].strip():
            cut = len(text[pos : pos + start].split())
            words, end = words[:cut], pos + start
            break
    return " ".join(words), end


def _local_unit(entry: _Entry, text: str, start: int, end: int, hint: str | None) -> _Found | None:
    """A district or commune body: the unit word is in the mention, the name follows it."""
    units = _UNIT_RE.findall(fold_same_length(text[start:end]))
    named = _district_name(text, end)
    if not units or named is None:
        return None
    district, end = named
    place = _place_after(text, end)
    if place:
        province, end = place
    else:
        province = hint or normalise_name(district)
    return _Found(start, end, entry, _make(entry, province, district, units[-1]))


# "thành phố" / "Thành ủy" name a centrally-run city (provincial level) or a town (district level)
_CITY_UNIT = re.compile(r"(?<!\w)(?:thanh uy|thanh pho|tp)(?!\w)")


def _resolve(form: _Form, text: str, start: int, end: int, hint: str | None) -> _Found | None:
    entry = form.entry
    if entry.level == "central":
        return _Found(start, end, entry, _make(entry, None))
    if entry.level in _LOCAL:
        return _local_unit(entry, text, start, end, hint)
    if _CITY_UNIT.search(fold_same_length(text[start:end])):
        return _city_or_town(entry, text, start, end, hint)
    place = _place_after(text, end)
    if place:
        return _Found(start, place[1], entry, _make(entry, place[0]))
    before = _place_before(text, start) if form.place_before else None
    if before:
        return _Found(before[1], end, entry, _make(entry, before[0]))
    return None if form.needs_place else _Found(start, end, entry, _make(entry, hint))


def _city_or_town(
    entry: _Entry, text: str, start: int, end: int, hint: str | None
) -> _Found | None:
    """A city is provincial ("UBND thành phố Hà Nội"), a town is not ("... Thanh Hóa")."""
    unit = [m.start() for m in _CITY_UNIT.finditer(fold_same_length(text[start:end]))][-1]
    # the unit word may belong to the city's name: "TP.HCM", "Thành phố Hồ Chí\nMinh"
    place = _place_after(text, end) or _place_after(text, start + unit)
    named = _district_name(text, end)
    city = place[0] if place else normalise_name(named[0]) if named else hint
    if city and PROVINCES[city].kind == "city":
        stop = place[1] if place else named[1] if named else end
        return _Found(start, stop, entry, _make(entry, city))
    twin = _BY_ID.get(entry.district_twin or "")
    return _local_unit(twin, text, start, end, hint) if twin else None


def _scan(text: str, hint: str | None) -> list[_Found]:
    offsets: list[int] | None = None
    if not unicodedata.is_normalized("NFC", text):
        text, offsets = nfc_with_offsets(text)
    folded = fold_same_length(text)
    found: list[_Found] = []
    for m in _SCANNER.finditer(folded):
        form = _GROUPS[m.lastgroup or ""]
        start, end = m.span()
        not_after = form.entry.not_after
        if (form.cased and not text[start].isupper()) or (
            not_after and not_after.search(folded, max(0, start - 16), start)
        ):
            continue
        f = _resolve(form, text, start, end, hint)
        if f is None:
            continue
        if f.end > end and f.entry.level == "provincial":  # the body names its province
            _share_place(folded, found, f)
        found.append(f)
    if offsets is not None:
        found = [_Found(offsets[f.start], offsets[f.end], f.entry, f.body) for f in found]
    return found


# Bodies listed before a provincial body that names its province share it: "Hội đồng nhân
# dân, Ủy ban nhân dân tỉnh Cao Bằng", "Tỉnh ủy, HĐND, UBND tỉnh Điện Biên" (matched on
# folded text, right before the next body of the list).
_ELIDED = re.compile(
    r"(?<!\w)(?P<name>hoi dong nhan dan|hdnd|uy ban nhan dan|ubnd|tinh uy|thanh uy)"
    r"\s*(?:,|va)\s*\Z"
)
_ELIDED_ENTRY = {
    "hoi dong nhan dan": "hdnd-tinh",
    "hdnd": "hdnd-tinh",
    "uy ban nhan dan": "ubnd-tinh",
    "ubnd": "ubnd-tinh",
    "tinh uy": "tinh-uy",
    "thanh uy": "tinh-uy",
}


def _share_place(folded: str, found: list[_Found], placed: _Found) -> None:
    """Give `placed`'s province to the bodies listed right before it, in `found` (in order)."""
    pos = placed.start
    while (m := _ELIDED.search(folded, max(0, pos - 24), pos)) is not None:
        entry = _BY_ID[_ELIDED_ENTRY[m.group("name")]]
        shared = _Found(m.start(), m.end("name"), entry, _make(entry, placed.body.province))
        # (a "Tỉnh ủy" found alone, its province not named with it, is this one)
        found[:] = [f for f in found if f.start != m.start()] + [shared]
        pos = m.start()
    found.sort(key=lambda f: f.start)


def _hint(province: str | None) -> str | None:
    return normalise_name(province) if province else None


def find_bodies(text: str, province_hint: str | None = None) -> list[tuple[int, int, Body]]:
    """Every mention of an issuing body in `text`: ``(start, end, body)``, in order.

    The span covers a province or district named with the body. `province_hint` (the province
    of the text, any spelling) places local bodies whose mention names none.
    """
    return [(f.start, f.end, f.body) for f in _scan(text, _hint(province_hint))]


# --- issuers of references -------------------------------------------------------------------

_AFTER_STOP = re.compile('[«“"„「『]|' + _CJK.pattern)
_CLAUSE_BREAK = re.compile(r"[;\n。；!?]|\.\s+(\w)")
_TIGHT = 20  # a body at most this far before a reference names it ("Рішенні Політбюро № ")


def _clear(gap: str, others: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Nothing between a body and the reference separates them: no clause or sentence break,
    no reference of another issuer (references of the same issuer may be listed between)."""
    for m in _CLAUSE_BREAK.finditer(gap):
        if m.group(1) is None or m.group(1).isupper():
            return False
    return not any(lo <= s < hi for s, _ in others)


def body_for_reference(
    issuer_code: str | None,
    province: str | None,
    context: str,
    span: tuple[int, int] | None = None,
) -> Body | None:
    """The body that issued a referenced document, from its issuer code and the text around it.

    `context` is the text around the reference (by convention :data:`CONTEXT_BEFORE` characters
    before it and some more after); `span` is the reference's place in it, found by issuer
    code when not given. A body named right before the reference ("Рішенні Політбюро №",
    "政治局決定第") or right after it in the same clause ("... dated July 15, 2021 of the
    Government", "của Ban Thường vụ Tỉnh ủy") is the issuer when its code allows it: TW →
    Politburo, Secretariat or Central Committee; TU → Tỉnh ủy or its Standing Committee ...
    Otherwise the code's default body (TW → Ban Chấp hành Trung ương Đảng, TU → Tỉnh ủy,
    UBND → the provincial People's Committee, TTr → Thanh tra tỉnh), placed in `province`.
    None for codes without a body (unknown ones, and generic ones such as ĐU, BCĐ, CB).
    """
    if not issuer_code:
        return None
    code = canonical_issuer(issuer_code)
    compatible = _COMPATIBLE.get(code)
    if not compatible:
        return None
    hint = _hint(province)
    refs = [(r.start, r.end, r.issuer_code) for r in find_references(context)]
    if span is None:
        own = [(s, e) for s, e, c in refs if c == code]
        before = [r for r in own if r[0] <= CONTEXT_BEFORE]
        span = before[-1] if before else (own[0] if own else None)
    if span is not None:
        others = [(s, e) for s, e, c in refs if c != code]
        found = _scan(context, hint)
        body = _from_context(found, context, span, others, compatible)
        if body is not None:
            return body
    default = _DEFAULT.get(code)
    return _make(default, hint, unit=_CODE_UNITS.get(code, "")) if default else None


def _from_context(
    found: list[_Found],
    context: str,
    span: tuple[int, int],
    others: list[tuple[int, int]],
    compatible: set[str],
) -> Body | None:
    start, end = span
    before = next((f for f in reversed(found) if f.end <= start), None)
    after = next((f for f in found if f.start >= end), None)
    loose: Body | None = None
    if before is not None and before.entry.id in compatible:
        gap = context[before.end : start]
        if _clear(gap, others, before.end, start):
            if len(gap.strip()) <= _TIGHT:
                return before.body
            loose = before.body  # a subject further back, taken if nothing after names one
    if after is not None and after.entry.id in compatible:
        gap = context[end : after.start]
        if len(gap) <= 80 and not _AFTER_STOP.search(gap) and _clear(gap, others, end, after.start):
            return after.body
    return loose
