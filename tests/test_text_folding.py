"""Folding is what lets "É" in a statement meet "e" in the search box."""

from __future__ import annotations

import pytest

from humasdesk.core.text import fold, index_text


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Kemenkominfo É", "kemenkominfo e"),
        ("café naïve", "cafe naive"),
        ("İstanbul", "istanbul"),
        ("ﬁnal Straße", "final strasse"),
        ("“Kata” — dia", "“kata” — dia"),
        ("ＡＢＣ１２", "abc12"),
    ],
)
def test_folding_drops_case_and_diacritics_whatever_the_script(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_an_accented_word_is_indexed_like_its_plain_spelling() -> None:
    assert index_text("Pemerintah menjelaskan kebijakan") == index_text(
        "PEMERINTAH menjélaskan kebijakan"
    )
