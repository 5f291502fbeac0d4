"""A first guess at which of the 5W1H questions a lead answers, from the words it uses, to
point the officer at what may be missing. The officer's ticks decide; this only hints."""

from __future__ import annotations

import re

QUESTIONS = ("what", "who", "when", "where", "why", "how")

_DAYS = (
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTHS = (
    r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    r"january|february|march|june|july|august|october|december"
)
_WHEN = re.compile(
    rf"\b(?:{_DAYS}|{_MONTHS}|pukul|hari ini|besok|kemarin|pekan|minggu ini|bulan ini|"
    r"today|tomorrow|yesterday|this week|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"\b(?:di|ke|dari|in|at)\s+(?:[A-Z][\w-]+|kota|kabupaten|provinsi|kecamatan|desa|"
    r"seluruh|wilayah)",
)
_WHO = re.compile(
    r"\b(?:pemerintah|dinas|kementerian|badan|gubernur|bupati|wali kota|menteri|presiden|"
    r"kepala|sekretaris|warga|masyarakat|petugas|government|ministry|agency|governor|mayor|"
    r"minister|residents|officials?)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\b(?:karena|sebab|untuk|agar|supaya|guna|demi|dalam rangka|akibat|because|so that|"
    r"in order to|to ensure|following|due to)\b",
    re.IGNORECASE,
)
_HOW = re.compile(
    r"\b(?:dengan|melalui|lewat|secara|cara|caranya|by|through|via|using)\b", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
# A lead says what happened when it is a real sentence, not a placeholder.
MIN_WHAT_WORDS = 8


def likely_answered(lead: str) -> set[str]:
    """The questions `lead` seems to answer."""
    found: set[str] = set()
    if len(_WORD.findall(lead)) >= MIN_WHAT_WORDS:
        found.add("what")
    for key, regex in (
        ("who", _WHO),
        ("when", _WHEN),
        ("where", _WHERE),
        ("why", _WHY),
        ("how", _HOW),
    ):
        if regex.search(lead):
            found.add(key)
    return found
