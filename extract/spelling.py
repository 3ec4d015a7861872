"""The one place where spellings are folded: every key that compares what was written
with what is known (numbers, codes, words, names) is made here.

Real texts write `QD` or `QÐ` (U+00D0) for `QĐ`, put Cyrillic letters that look Latin inside
codes (`NĐ-СР`), drop or misplace tone marks ("Thanh Hoa", "hoá"), and compose accented
letters either way (NFC or NFD). Each function says which of these it forgives:

- `repair_letters`: Ð → Đ and Cyrillic look-alikes → Latin, nothing else;
- `fold`: a code's key (repaired, Đ → D, upper case): `QÐ` ~ `QĐ` ~ `qd`;
- `fold_number`: a document number's key, `fold` without spaces: `33/CT-TTG` ~ `33 / CT-TTg`;
- `fold_words`: words without diacritics, lower case: "Thanh Hoa" ~ "Thanh Hóa";
- `strip_marks`: the same with the case kept, for keys that keep capitals;
- `fold_same_length`: `fold_words` that keeps every offset, for matching inside a text;
- `nfc_with_offsets`: NFC text with the offset of each character in the text as written;
- `new_style_tones`: lower-case words with their tone marks where the new style puts them:
  "hoá" ~ "hóa", "thuỷ" ~ "thủy", and a mark misplaced on the "i" of "gi" or the "u" of
  "qu" ("Luật Gía" ~ "Luật Giá", "qúy" ~ "quý").
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic capitals and small letters that look like Latin ones in print.
LOOKALIKES = {
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "х": "x",
    "у": "y",
    "і": "i",
}
LOOKALIKE_CHARS = "".join(LOOKALIKES)
_REPAIR = str.maketrans({**LOOKALIKES, "Ð": "Đ", "ð": "đ"})


def repair_letters(s: str) -> str:
    """Ð → Đ and Cyrillic look-alikes → Latin; nothing else changes."""
    return s.translate(_REPAIR)


def fold(s: str) -> str:
    """Spelling-insensitive key of a code: repaired letters, Đ → D, upper case."""
    return repair_letters(s).replace("Đ", "D").replace("đ", "d").upper()


# `fold` of a text without its spaces, in one pass: every character `str.split` splits
# at (below U+3001) dropped, the letters `fold` repairs and Đ made Latin; `upper` after.
_NUMBER_FOLD = str.maketrans(
    {
        **{chr(c): None for c in range(0x3001) if chr(c).isspace()},
        **LOOKALIKES,
        "Ð": "D",
        "ð": "d",
        "Đ": "D",
        "đ": "d",
    }
)


def fold_number(number: str) -> str:
    """A document number folded for lookups: no spaces, upper case, Đ as D, Latin letters
    (`fold` of the number without its spaces; asked for every document's spellings)."""
    return number.translate(_NUMBER_FOLD).upper()


def strip_marks(text: str) -> str:
    """`text` without diacritics (Đ as D, đ as d), case kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_words(text: str) -> str:
    """Lower case without diacritics (Đ as d): the key of words typed or written in any
    spelling ("dan van" for "dân vận")."""
    return strip_marks(text).lower()


def _same_length_table() -> dict[int, str]:
    table = {ord(c): "d" for c in "đĐðÐ"}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base.lower()
    return table


_SAME_LENGTH = str.maketrans(_same_length_table())


def fold_same_length(s: str) -> str:
    """Lower case without Latin diacritics, same length as `s` (Cyrillic and kana untouched),
    so that a match in the folded text is a match at the same offsets in `s` (NFC input)."""
    low = s.lower()
    if len(low) != len(s):  # "İ" and a few others lower to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    return low.translate(_SAME_LENGTH)


def slug(s: str) -> str:
    """A name as a key's part: folded, words joined by hyphens ("Đồng Nai" is "dong-nai")."""
    return re.sub(r"[^a-z0-9]+", "-", fold_same_length(s)).strip("-")


def nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFC of `text` and, for each of its characters plus the end, the offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            piece = unicodedata.normalize("NFC", text[start:i])
            out.append(piece)
            offsets.extend([start] * len(piece))
            start = i
    offsets.append(len(text))
    return "".join(out), offsets


# Old-style tone marks ("hoá", "thuỷ") and the new style ("hóa", "thủy") name the same word.
_OLD_TONES = {
    f"{a}{t}": f"{t2}{b}"
    for a, b, pairs in (
        ("o", "a", (("à", "ò"), ("á", "ó"), ("ả", "ỏ"), ("ã", "õ"), ("ạ", "ọ"))),
        ("o", "e", (("è", "ò"), ("é", "ó"), ("ẻ", "ỏ"), ("ẽ", "õ"), ("ẹ", "ọ"))),
        ("u", "y", (("ỳ", "ù"), ("ý", "ú"), ("ỷ", "ủ"), ("ỹ", "ũ"), ("ỵ", "ụ"))),
    )
    for t, t2 in pairs
}
_OLD_TONE = re.compile("|".join(_OLD_TONES))
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
# "gi" and "qu" open a syllable as consonants: a tone mark on their vowel belongs to the
# vowel after it ("gía" is "giá", "qủa" is "quả"); "gì", "gìn" have no vowel after it.
_INITIAL_TONED = re.compile(f"(?<![^\\W\\d_])(g(?=i)|q(?=u))([iu])([{_TONE_MARKS}])(?=[aeiouy])")


def new_style_tones(word: str) -> str:
    """A lower-case NFC word with its tone mark where the new style puts it: "hoá" → "hóa",
    "thuỷ" → "thủy", and off the vowel of an opening "gi" or "qu": "gía" → "giá"."""
    word = _OLD_TONE.sub(lambda m: _OLD_TONES[m.group()], word)
    if "g" not in word and "q" not in word:
        return word
    decomposed = unicodedata.normalize("NFD", word)
    pieces, last = [], 0
    for m in _INITIAL_TONED.finditer(decomposed):
        # the vowel after, with its own marks (breve, circumflex, horn), then the tone
        end = m.end() + 1
        while end < len(decomposed) and unicodedata.combining(decomposed[end]):
            end += 1
        pieces += [decomposed[last : m.start(3)], decomposed[m.end() : end], m.group(3)]
        last = end
    if not pieces:
        return word
    return unicodedata.normalize("NFC", "".join(pieces) + decomposed[last:])
