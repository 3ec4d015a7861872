"""`fold_number` folds in one pass what `fold` folds of a number without its spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract.spelling import LOOKALIKE_CHARS, fold, fold_number

# the characters a number's key cares about, every kind of space among them
_CHARS = "0123456789/-.ABCDĐđÐðqdtgáẢß \t\n\u00a0\u2009\u3000\x1c\x85" + LOOKALIKE_CHARS


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CHARS), max_size=20) | st.text(max_size=20))
def test_fold_number_is_fold_without_spaces(number: str) -> None:
    assert fold_number(number) == fold("".join(number.split()))


def test_fold_number_examples() -> None:
    assert fold_number("33 / CT-TTg") == "33/CT-TTG"
    assert fold_number("12/2020/NĐ-СР") == fold_number("12/2020/ND-CP") == "12/2020/ND-CP"
    assert fold_number("5/QÐ-UBND") == "5/QD-UBND"


def test_a_number_names_its_document_with_or_without_its_year_and_leading_zeros() -> None:
    from vanban.extract.find import names_number

    assert names_number("1/2025/TT-BNV", "01/2025/TT-BNV")  # a leading zero is spelling
    assert names_number("01/2025/TT-BNV", "1/2025/TT-BNV")
    assert names_number("55/TT-BCT", "55/2021/TT-BCT")  # the year dropped
    assert names_number("150/NĐ-CP", "150/2025/ND-CP")
    assert names_number("23-QĐ/TW", "23-QĐ/TW")
    # only a mention without a year drops it: another year is another document
    assert not names_number("48/2020/QĐ-UBND", "48/2025/QĐ-UBND")
    assert not names_number("55/2021/TT-BCT", "55/TT-BCT")
    assert not names_number("10/2025/TT-BNV", "1/2025/TT-BNV")
    assert not names_number(None, "1/2025/TT-BNV") and not names_number("1/2025/TT-BNV", None)
