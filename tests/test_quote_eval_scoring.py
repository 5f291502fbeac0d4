"""The PFSA-ID scoring reads the speaker of a statement from its own attribution."""

from __future__ import annotations

from benchmarks.quote_eval import attributed_person, nearest_person


def _spans(text: str, *labelled: tuple[str, str]) -> list[dict[str, object]]:
    spans, at = [], 0
    for label, words in labelled:
        start = text.index(words, at)
        spans.append({"label": label, "start": start, "end": start + len(words), "text": words})
        at = start + len(words)
    return spans


def test_the_person_after_the_cue_is_the_speaker_even_behind_a_long_title():
    text = "Rapat dipimpin Sari. ”Stok aman,” kata Kepala Dinas Pangan Kota Madiun Rudi Hartanto."
    spans = _spans(
        text,
        ("PERSON", "Sari"),
        ("STATEMENT", "”Stok aman,”"),
        ("CUE", "kata"),
        ("ROLE", "Kepala Dinas Pangan Kota Madiun"),
        ("PERSON", "Rudi Hartanto"),
    )
    gold = spans[1]
    assert nearest_person(spans, gold) == "Sari"  # the set's literal rule
    assert attributed_person(text, spans, gold) == ("Rudi Hartanto", "named")


def test_ujarnya_and_a_pronoun_stand_for_the_person_named_before_them():
    text = "Rudi memeriksa gudang. ”Stok aman,” ujarnya. ”Harga stabil,” ucap dia. Lalu Sari tiba."
    spans = _spans(
        text,
        ("PERSON", "Rudi"),
        ("STATEMENT", "”Stok aman,”"),
        ("CUECOREF", "ujarnya"),
        ("STATEMENT", "”Harga stabil,”"),
        ("CUE", "ucap"),
        ("PERSONCOREF", "dia"),
        ("PERSON", "Sari"),
    )
    assert attributed_person(text, spans, spans[1]) == ("Rudi", "backref")
    assert attributed_person(text, spans, spans[3]) == ("Rudi", "pronoun")
