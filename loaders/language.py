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


# Letters by script, counted with `subn` so that the counting runs inside the regex engine.
_COUNTED = {
    "kana": re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "cyrillic": re.compile("[\u0400-\u052f]"),
    "latin": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"),
    "letters": re.compile(r"[^\W\d_]"),
    # Letters only Vietnamese uses: ă đ ơ ư ĩ ũ and the tone-marked block U+1EA0-U+1EF9.
    "vi": re.compile("[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]"),
    "uk": re.compile("[іїєґІЇЄҐ]"),
    "ru": re.compile("[ыэъёЫЭЪЁ]"),
}


def _count(sample: str) -> dict[str, int]:
    return {name: pattern.subn("", sample)[1] for name, pattern in _COUNTED.items()}


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
    n = _count(sample)
    cjk = n["kana"] + n["han"]
    weights = {
        "cjk": 2 * cjk,  # one CJK character carries about a word's worth of text
        "cyrillic": n["cyrillic"],
        "latin": n["latin"],
        "other": n["letters"] - cjk - n["cyrillic"] - n["latin"],
    }
    dominant = max(weights, key=lambda name: weights[name])
    if weights[dominant] <= 0 or dominant == "other":
        return "und"
    if dominant == "cjk":
        return "ja" if n["kana"] >= 0.05 * cjk else "zh"
    if dominant == "cyrillic":
        return "uk" if n["uk"] > n["ru"] else "ru"
    return _latin_language(sample, n["vi"] / n["latin"])
