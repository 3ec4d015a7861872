"""Province gazetteer: Vietnam's 63 provinces (until 30 June 2025) and 34 (from 1 July 2025).

The data lives in ``data/provinces.json``; everything here is built from it once, at import.

Names
    A province is named by its official Vietnamese name without the unit word (``tỉnh``,
    ``thành phố``), NFC, new-style tone placement: ``"Thanh Hóa"``, ``"Hòa Bình"``,
    ``"Hồ Chí Minh"`` (Thành phố Hồ Chí Minh), ``"Huế"`` (Thừa Thiên Huế until 2024),
    ``"Bà Rịa - Vũng Tàu"``. Where a post-2025 province kept an old name (Bắc Ninh ← Bắc Ninh
    + Bắc Giang) the one name denotes both units: :data:`PROVINCES` holds the old unit,
    :data:`PROVINCES_2025` the new one, and :func:`today` maps an old name to the new unit.

API
    :func:`find_province_mentions`, :func:`normalise_name`, :func:`province_from_url`,
    :func:`province_of_issuer`, :func:`today`, :func:`province_on`, :class:`Province`.

Text is expected in NFC (the loaders produce it); other text is normalised internally and
spans still refer to the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from .data import read as read_catalogue
from .spelling import fold_words, nfc_with_offsets

__all__ = [
    "MERGER_DATE",
    "PROVINCES",
    "PROVINCES_2025",
    "Province",
    "find_province_mentions",
    "normalise_name",
    "province_from_url",
    "province_of_issuer",
    "province_on",
    "today",
]

MERGER_DATE = "2025-07-01"


@dataclass(frozen=True)
class Province:
    """One provincial-level unit.

    ``current`` is the post-2025 unit holding its territory (itself for a post-2025 unit);
    ``formed_from`` lists the old units a post-2025 unit was made of (empty for old units).
    """

    name: str
    kind: str  # "province" | "city" (centrally-run city)
    ascii: str
    current: str
    since: str | None = None
    until: str | None = None
    formed_from: tuple[str, ...] = ()


# --- spelling keys -------------------------------------------------------------------------

_SEP_CHARS = "\\s\\-\u2010\u2011\u2012\u2013\u2014\u30fb\uff1d"  # space, hyphens, dashes, ・, ＝
_APOS_CHARS = "'\u2019\u02bc"
_KEY_SEP = re.compile(f"[{_SEP_CHARS}.]+")
_KEY_APOS = re.compile(f"[{_APOS_CHARS}]")


def _key(s: str) -> str:
    """Comparison key: NFC, lower case, Ð→đ, one space for any run of separators or dots."""
    s = unicodedata.normalize("NFC", s).lower().replace("ð", "đ")
    s = _KEY_APOS.sub("'", s)
    return _KEY_SEP.sub(" ", s).strip()


def _is_kana_or_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


# Russian and Ukrainian decline the transliterated names: Ламдонг → Ламдонга, Ламдонге;
# Хошимін → Хошиміні; Ханой → Ханоя, Ханої. Forms ending in a vowel or ь are left as they are.
_CYR_CONSONANT_ENDINGS = ("а", "у", "ом", "е", "і", "ові")
_CYR_I_ENDINGS = ("я", "ю", "ем", "е", "ї", "єм")
_CYR_VOWELS = set("аеёиоуыэюяіїєь")


def _inflections(form: str) -> list[str]:
    last = form[-1:].lower()
    if not ("а" <= last <= "я" or last in "іїєґё"):
        return []
    if last == "й":
        return [form[:-1] + e for e in _CYR_I_ENDINGS]
    if last in _CYR_VOWELS:
        return []
    return [form + e for e in _CYR_CONSONANT_ENDINGS]


# --- data ----------------------------------------------------------------------------------


def _load() -> dict[str, Any]:
    catalogue: dict[str, Any] = read_catalogue("provinces.json")
    return catalogue


_RAW = _load()

PROVINCES: dict[str, Province] = {
    e["name"]: Province(
        name=e["name"],
        kind=e["kind"],
        ascii=e["ascii"],
        current=e["merged_into"],
        until=e["until"],
    )
    for e in _RAW["provinces_until_2025"]
}
"""The 63 units in force until 30 June 2025, keyed by name."""

PROVINCES_2025: dict[str, Province] = {
    e["name"]: Province(
        name=e["name"],
        kind=e["kind"],
        ascii=PROVINCES[e["name"]].ascii,
        current=e["name"],
        since=e["since"],
        formed_from=tuple(e["formed_from"]),
    )
    for e in _RAW["provinces_since_2025"]
}
"""The 34 units from 1 July 2025, keyed by name."""

_LANG_FIELDS = ("aliases", "en", "ru", "uk", "ja", "pt")


def _spellings(e: dict[str, Any]) -> list[str]:
    forms = [e["name"], e["ascii"]]
    for field in _LANG_FIELDS:
        forms.extend(e.get(field, []))
    return list(dict.fromkeys(forms))


def _build_tables() -> tuple[dict[str, str | None], dict[str, str], set[str], list[str]]:
    """(scan lookup, name lookup, strict keys, forms to scan)."""
    scan: dict[str, str | None] = {}
    names: dict[str, str] = {}
    strict: set[str] = set()
    forms_to_scan: list[str] = []
    for e in _RAW["provinces_until_2025"]:
        name = e["name"]
        lookup_only = {_key(f) for f in e.get("lookup_only", [])}
        for f in e.get("strict_case", []):
            strict.update(_key(v) for v in [f, *_inflections(f)])
        for form in [*_spellings(e), *e.get("lookup_only", [])]:
            for variant in [form, *_inflections(form)]:
                k = _key(variant)
                if names.setdefault(k, name) != name:
                    raise ValueError(f"spelling {variant!r} names two provinces")
                if _key(form) in lookup_only:
                    continue
                scan[k] = name
                forms_to_scan.append(variant)
    for phrase in _RAW.get("stop_phrases", []):
        if _key(phrase) in names:
            raise ValueError(f"stop phrase {phrase!r} is a spelling of a province")
        scan[_key(phrase)] = None
        forms_to_scan.append(phrase)
    return scan, names, strict, forms_to_scan


_SCAN_LOOKUP, _NAME_LOOKUP, _STRICT_KEYS, _SCAN_FORMS = _build_tables()
_FOLD_LOOKUP: dict[str, str] = {}
for _k, _v in _NAME_LOOKUP.items():
    _FOLD_LOOKUP.setdefault(fold_words(_k), _v)

# --- the scanner ---------------------------------------------------------------------------
# All spellings go into a trie of tokens, written out as one regular expression, so that the
# engine follows one branch per character instead of trying hundreds of alternatives. The
# expression has one top-level alternative per first character (in each case), each starting
# with that literal character: the engine then skips in C to positions holding such a
# character, and checks the word boundary before going any further. Case is spelled out
# ([hH]) rather than left to re.IGNORECASE, which would disable both shortcuts. A greedy
# optional tail makes the longest spelling win ("Thừa Thiên Huế" over "Huế", the stop phrase
# "Thái Bình Dương" over "Thái Bình"); the end boundary backtracks to a shorter spelling.

_SEP, _DOT, _APOS = "\x00sep", "\x00dot", "\x00apos"
_TOKEN_RE = {
    _SEP: f"[{_SEP_CHARS}]+",
    _DOT: "\\.\\s*",
    _APOS: f"[{_APOS_CHARS}]",
}
_FORM_TOKENS = re.compile(f"([{_SEP_CHARS}.]+)|([{_APOS_CHARS}])|(.)", re.DOTALL)
_END = ""  # trie marker: a spelling ends here
_KANA = "\u30a0-\u30ff\uff66-\uff9f"


def _tokens(form: str) -> list[str]:
    out: list[str] = []
    for sep, apos, ch in _FORM_TOKENS.findall(unicodedata.normalize("NFC", form).lower()):
        if sep:
            out.append(_DOT if "." in sep else _SEP)
        elif apos:
            out.append(_APOS)
        else:
            out.append("đ" if ch == "ð" else ch)
    return out


def _cases(ch: str) -> list[str]:
    """The spellings of one lower-case character in any case (Ð, U+00D0, for Đ too)."""
    if ch == "đ":
        return ["đ", "Đ", "ð", "Ð"]
    upper = ch.upper()
    return [ch, upper] if upper != ch and len(upper) == 1 else [ch]


def _token_regex(tok: str) -> str:
    if tok in _TOKEN_RE:
        return _TOKEN_RE[tok]
    variants = _cases(tok)
    if len(variants) == 1:
        return re.escape(tok)
    return "[" + "".join(re.escape(v) for v in variants) + "]"


def _trie(forms: list[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for tok in _tokens(form):
            node = node.setdefault(tok, {})
        node[_END] = {}
    return root


def _node_regex(node: dict[str, Any]) -> str:
    branches = [
        _token_regex(tok) + _node_regex(child) for tok, child in sorted(node.items()) if tok != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


@cache
def _scanner(with_kana: bool = True) -> re.Pattern[str]:
    """The one regex of every spelling, compiled on first use (it takes ~0.1 s); without
    `with_kana`, of the spellings that do not open with a kana or CJK character."""
    return _build_scanner(with_kana)


def _kana_forms() -> list[str]:
    """The spellings that open with a kana or CJK character."""
    return [f for f in _SCAN_FORMS if _is_kana_or_cjk(f[0])]


def _build_scanner(with_kana: bool = True) -> re.Pattern[str]:
    words = [f for f in _SCAN_FORMS if not _is_kana_or_cjk(f[0])]
    kana = _kana_forms()
    groups: list[str] = []
    # (spellings, "not inside a word" before the first character, ... after the last one)
    for forms, before, after in (
        (words, "(?<!\\w)", "(?!\\w)"),
        (kana if with_kana else [], f"(?<![{_KANA}])", f"(?![{_KANA}])"),
    ):
        alternatives: list[str] = []
        firsts: list[str] = []
        for first, child in sorted(_trie(forms).items()):
            tail = _node_regex(child) + after
            alternatives.extend(re.escape(v) + tail for v in _cases(first))
            firsts.extend(_cases(first))
        if alternatives:
            # The guards come first: inside a word, or before a character no spelling opens
            # with, the position is given up before any of the ~70 branches is tried (the
            # scan of the real news texts took 1.07 s with the word guard after the first
            # character, 0.63 s so).
            opening = "(?=[" + "".join(re.escape(v) for v in firsts) + "])"
            groups.append(before + opening + "(?:" + "|".join(alternatives) + ")")
    return re.compile("|".join(groups))


@cache
def _kana_opening() -> re.Pattern[str]:
    """The characters that the spellings in kana or CJK open with, as the scanner has them."""
    firsts = _trie(_kana_forms())
    return re.compile("[" + "".join(re.escape(v) for f in firsts for v in _cases(f)) + "]")


def prepare_scanners() -> None:
    """Make the scanner most texts are read with now (else made at its first use, ~0.12
    s): a process about to fork workers that will read texts makes it once for all of
    them. The one with the kana spellings is left to its first use: only a text holding a
    character they open with needs it (a Japanese one), and the workers make it side by
    side where the process would make it before any could start."""
    _scanner(False)


def _scanner_for(text: str) -> re.Pattern[str]:
    """The scanner to read `text` with. A text holding none of the characters that the kana
    spellings open with (most texts) has no match of theirs: the scanner without them finds
    the same, faster (at every position its guards let through, the engine tries each
    alternative's first character in turn: over the real and synthetic texts, 2.2 s
    against 3.8 s)."""
    return _scanner(_kana_opening().search(text) is not None)


_WORD_SPLIT = re.compile(f"[{_SEP_CHARS}.{_APOS_CHARS}]+")


def _capitalised(surface: str) -> bool:
    if surface.isupper():
        return True
    return all(w[:1].isupper() for w in _WORD_SPLIT.split(surface) if w)


def find_province_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every mention of a province in `text`: ``(start, end, canonical name)``, in order.

    Spellings in Vietnamese (with or without diacritics, any case, words split by spaces,
    hyphens, dashes or line breaks), English, Russian and Ukrainian (with case endings),
    Japanese and Portuguese. Whole names only: ``Long An`` is not found in ``Long Anh``,
    ``Huế`` not in ``khuếch``. Spellings that are also ordinary words (``hòa bình`` 'peace',
    ``hải dương`` 'ocean', English ``hue``) count only when capitalised; the bare name
    ``Hồ Chí Minh`` (the President) is not a mention of the city, ``TP.HCM`` and
    ``Thành phố Hồ Chí Minh`` are. A mention is a place named in the text, whatever role it
    plays (the ``Hà Nội, ngày ...`` line of a ministry names Hà Nội).
    """
    offsets: list[int] | None = None
    if not unicodedata.is_normalized("NFC", text):
        text, offsets = nfc_with_offsets(text)
    found: list[tuple[int, int, str]] = []
    for m in _scanner_for(text).finditer(text):
        surface = m.group()
        k = _key(surface)
        name = _SCAN_LOOKUP.get(k)
        if name is None or (k in _STRICT_KEYS and not _capitalised(surface)):
            continue
        start, end = m.span()
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        found.append((start, end, name))
    return found


# --- names ---------------------------------------------------------------------------------

_UNIT_PREFIX = re.compile(
    r"^(?:tỉnh|tinh|thành phố|thanh pho|tp|t p|province of|provincia de|província de|"
    r"província|provincia|cidade de|провинция|провинции|провінція|провінції|город|місто)\s+"
)
_UNIT_SUFFIX = re.compile(r"\s*(?:province|provincial|city|провинция|провінція|省|市)$")


def normalise_name(s: str) -> str | None:
    """The canonical Vietnamese name for any spelling of a province, or None.

    Accepts every spelling the scanner knows, in any case (``"THANH HÓA"``, ``"Thanh Hoa"``,
    ``"Тханьхоа"``, ``"タインホア"``), with odd or missing tone marks (``"Thanh Hoá"``), with
    a unit word (``"tỉnh Bắc Giang"``, ``"Lam Dong Province"``), and the bare
    ``"Hồ Chí Minh"``.
    """
    k = _key(s)
    if not k:
        return None
    for cand in (k, _UNIT_PREFIX.sub("", k), _UNIT_SUFFIX.sub("", k)):
        if cand in _NAME_LOOKUP:
            return _NAME_LOOKUP[cand]
        folded = fold_words(cand)
        if folded in _FOLD_LOOKUP:
            return _FOLD_LOOKUP[folded]
    return None


def _canonical(name: str) -> str:
    canon = normalise_name(name)
    if canon is None:
        raise ValueError(f"not a Vietnamese province: {name!r}")
    return canon


def _check_date(on: str) -> str:
    return date.fromisoformat(on).isoformat()


def today(name: str, on: str | None = None) -> str:
    """The post-2025 province that holds the place named `name` today.

    `name` may be any spelling of a pre-2025 or post-2025 province. `on` is the date at
    which the name was used (a document's issue date, ISO format). Before 2025-07-01 a name
    denotes the old unit itself (``"Bắc Ninh"`` in 2024 is the old Bắc Ninh); from that day
    it denotes the unit then in force. Either way the answer is today's province: old units
    map to the unit they merged into (``"Bắc Giang"`` → ``"Bắc Ninh"``), unchanged and
    post-2025 names to themselves. Because every post-2025 unit bears the name of one of its
    predecessors, `on` never changes the answer; it is checked and kept for clarity. Use
    :func:`province_on` for the province in force at a date. Raises ValueError for a name
    that is not a province.
    """
    canon = _canonical(name)
    if on is not None:
        _check_date(on)
    return PROVINCES[canon].current


def province_on(name: str, on: str) -> str:
    """The province in force on date `on` (ISO) for the place named `name`.

    Before 2025-07-01 this is the old unit itself (``"Bắc Giang"``); from then on, the unit it
    merged into (``"Bắc Ninh"``).
    """
    canon = _canonical(name)
    if _check_date(on) < MERGER_DATE:
        return canon
    return PROVINCES[canon].current


# --- addresses -----------------------------------------------------------------------------


def _domain_tables() -> tuple[dict[str, str], dict[str, str]]:
    domains: dict[str, str] = {}
    joined: dict[str, str] = {}
    for e in _RAW["provinces_until_2025"]:
        for d in e.get("domains", []):
            domains[d.lower()] = e["name"]
        for form in (e["ascii"], *e.get("aliases", []), *e.get("en", [])):
            if form.isascii():
                j = re.sub(r"[\s.\-–]+", "", form.lower())
                joined.setdefault(j, e["name"])
    return domains, joined


_DOMAINS, _JOINED = _domain_tables()


def province_from_url(url_or_domain: str) -> str | None:
    """The (pre-2025) province named by a web address, or None.

    Known newspaper and portal hosts (``baolamdong.vn``, ``baobinhthuan.com.vn``) and their
    subdomains; any ``<province>.gov.vn`` or ``<province>.dcs.vn`` host
    (``sonv.lamdong.gov.vn``); any ``bao<province>`` host.
    """
    s = url_or_domain.strip()
    if not s:
        return None
    host = urlsplit(s if "://" in s else "//" + s).hostname or ""
    host = host.rstrip(".")
    labels = host.split(".")
    if labels and labels[0] == "www":
        labels = labels[1:]
    for i in range(len(labels) - 1):
        name = _DOMAINS.get(".".join(labels[i:]))
        if name:
            return name
    if len(labels) >= 3 and labels[-1] == "vn" and labels[-2] in ("gov", "dcs"):
        name = _JOINED.get(labels[-3].replace("-", "")) or _JOINED.get(labels[-3])
        if name:
            return name
    for label in labels[:-1]:
        if label.startswith("bao"):
            name = _JOINED.get(label[3:].replace("-", ""))
            if name:
                return name
    return None


# --- issuers -------------------------------------------------------------------------------

_UNIT_WORD = re.compile(
    r"(?<!\w)(?:t[ỉi]nh\s*[uủ][yỷ]|th[àa]nh\s*[uủ][yỷ]|t[ỉi]nh|th[àa]nh\s+ph[ốo]|t\.?\s?p)(?!\w)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\s,;:()\[\]\"“”]+")
_PROVINCIAL_CUE = re.compile(
    r"provinc|província|провинц|провінц|обласн|губерн|省|city|cidade|город|міськ|市",
    re.IGNORECASE,
)


def province_of_issuer(issuer_text: str) -> str | None:
    """The province an issuing body belongs to, read from its header line(s).

    The name after ``tỉnh`` / ``thành phố`` / ``TP`` or after ``Tỉnh ủy`` / ``Thành ủy``:
    ``"ỦY BAN NHÂN DÂN TỈNH BẮC NINH"`` → Bắc Ninh, ``"Ban Thường vụ Tỉnh ủy Thanh Hóa"`` →
    Thanh Hóa, ``"UBND TP.HCM"`` → Hồ Chí Minh. A ``thành phố`` that is not a province
    (``THÀNH PHỐ THỦ ĐỨC``) is skipped for a later unit word. Without a Vietnamese unit word,
    a text that is itself a province name, or names exactly one province next to a
    provincial cue in another language (``"Lam Dong Provincial Inspectorate"``), is accepted.
    Returns None for central bodies.
    """
    text = unicodedata.normalize("NFC", issuer_text)
    for m in _UNIT_WORD.finditer(text):
        words = _WORD.findall(text, m.end(), min(len(text), m.end() + 80))[:6]
        words = [w.strip(".-–") for w in words]
        words = [w for w in words if w]
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            name = normalise_name(candidate) or _NAME_LOOKUP.get(_key(m.group() + candidate))
            if name:
                return name
    whole = normalise_name(text)
    if whole:
        return whole
    if _PROVINCIAL_CUE.search(text):
        names = {name for _, _, name in find_province_mentions(text)}
        if len(names) == 1:
            return names.pop()
    return None
