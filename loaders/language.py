"""Cheap language identification from scripts, letters and function words (no models).

Codes: vi, en, ru, uk, ja, pt, zh, fr, de, es, or "und" when the evidence is too thin.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

SAMPLE_CHARS = 20_000
# Share of Latin letters that are Vietnamese-only: 12-27% in Vietnamese documents (even in
# bilingual Vietnamese-English ones), about 2% in English text quoting Vietnamese names.
VI_LETTER_SHARE_SURE = 0.08  # at least this: Vietnamese, whatever the function words say
VI_LETTER_SHARE = 0.03  # at least this: Vietnamese if its function words are not outnumbered

_UK_LETTERS = frozenset("іїєґІЇЄҐ")
_RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
_VI_BASIC = frozenset("ăĂđĐơƠưƯĩĨũŨ")
_WORD = re.compile(r"[^\W\d_]+")

_FUNCTION_WORDS: dict[str, str] = {
    "vi": "của và các được trong có cho là với những này đã theo về từ tại một không để khi "
    "đến thì mà như bị hoặc cũng sẽ đang vào nhiều trên sau trước việc",
    "en": "the of and to is that for on with by was are this be at from it which an have has "
    "were will its their been or not but these shall",
    "pt": "não uma do da dos das em os ao aos pelo pela pelos pelas foi são também o e com "
    "ele ela seu sua seus suas mais está nos nas no na",
    "es": "el los las del y una al su sus es con pero muy fue son ha han lo le también está no",
    "fr": "le les du et est une dans pour sur au aux qui par pas ce cette sont été ont avec "
    "il elle ses leur leurs",
    "de": "der die das und ist nicht den dem ein eine mit sich auf für von zu im auch wird "
    "werden sind wurde bei nach aus",
}


def _word_index() -> dict[str, str]:
    """Map each function word to its language, dropping words shared by two languages."""
    owners: dict[str, set[str]] = {}
    for lang, words in _FUNCTION_WORDS.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    return {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}


_WORD_LANG = _word_index()


def _script(char: str) -> str:
    """Coarse script of one letter: kana, han, cyrillic, latin, hangul or other."""
    code = ord(char)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0xAC00 <= code <= 0xD7AF:
        return "hangul"
    return "other"


def _is_vietnamese_letter(char: str) -> bool:
    """Letters that only Vietnamese uses: ă đ ơ ư ĩ ũ and the U+1EA0-U+1EF9 tone-marked block."""
    return char in _VI_BASIC or "\u1ea0" <= char <= "\u1ef9"


def _latin_language(sample: str, vi_share: float) -> str:
    """Pick a Latin-script language by counting function words, helped by Vietnamese letters."""
    hits = Counter(_WORD_LANG[word] for word in _WORD.findall(sample.lower()) if word in _WORD_LANG)
    ranked = hits.most_common(2)
    if vi_share >= VI_LETTER_SHARE_SURE:
        return "vi"
    if vi_share >= VI_LETTER_SHARE and hits["vi"] >= (ranked[0][1] if ranked else 0):
        return "vi"
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return "und"
    return ranked[0][0]


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of `text`'s language (first ~20k characters), or "und"."""
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS])
    scripts: Counter[str] = Counter()
    vi_letters = uk_letters = ru_letters = 0
    for char in sample:
        if not char.isalpha():
            continue
        scripts[_script(char)] += 1
        vi_letters += _is_vietnamese_letter(char)
        uk_letters += char in _UK_LETTERS
        ru_letters += char in _RU_LETTERS
    cjk = scripts["kana"] + scripts["han"]
    weights = {
        "cjk": 2 * cjk,  # one CJK character carries about a word's worth of text
        "cyrillic": scripts["cyrillic"],
        "latin": scripts["latin"],
        "other": scripts["other"] + scripts["hangul"],
    }
    dominant = max(weights, key=lambda name: weights[name])
    if weights[dominant] == 0 or dominant == "other":
        return "und"
    if dominant == "cjk":
        return "ja" if scripts["kana"] >= 0.05 * cjk else "zh"
    if dominant == "cyrillic":
        return "uk" if uk_letters > ru_letters else "ru"
    return _latin_language(sample, vi_letters / scripts["latin"])
