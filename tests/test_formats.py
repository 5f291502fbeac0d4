"""Dates, numbers and money read the way an Indonesian office writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from humasdesk.core import formats


def test_a_dateline_reads_like_an_indonesian_letter():
    assert formats.long_date("2024-03-08") == "Jumat, 8 Maret 2024"
    assert formats.long_date(dt.date(2024, 5, 19), "en") == "Sunday, 19 May 2024"
    assert formats.date("2024-08-17T09:00:00Z") == "17 Agustus 2024"
    assert formats.short_date("2024-05-02") == "2 Mei 2024"
    assert formats.short_date("2024-12-02", "en") == "2 Dec 2024"


def test_text_that_is_not_a_date_is_shown_as_it_is():
    assert formats.long_date("segera") == "segera"
    assert formats.date(None) == ""
    assert formats.short_date("") == ""


def test_amounts_use_indonesian_separators_and_rupiah():
    assert formats.rupiah(1_500_000) == "Rp 1.500.000"
    assert formats.rupiah(1_500_000, "en") == "Rp 1,500,000"
    assert formats.number(2.5, "id", decimals=1) == "2,5"
    assert formats.number(1234567.891, "en", decimals=2) == "1,234,567.89"
    assert formats.number(-1500) == "-1.500"
    assert formats.number(999) == "999"


def test_time_uses_a_dot_in_indonesian():
    assert formats.time(dt.time(14, 30)) == "14.30"
    assert formats.time(dt.time(9, 5), "en") == "09:05"


def test_the_office_numbering_pattern_fills_in_number_month_and_year():
    from humasdesk.core import numbering

    pattern = "No. {n:03d}/HM/DISKOMINFO-NR/{month_roman}/{year}"
    assert numbering.format_number(pattern, 7, "2024-03-08") == "No. 007/HM/DISKOMINFO-NR/III/2024"
    assert (
        numbering.format_number("{office_short}-{n}", 12, "2024-11-01", office_short="HM")
        == "HM-12"
    )
    with pytest.raises(ValueError, match="office"):
        numbering.format_number("{office}/{n}", 1, "2024-11-01")
    issued = ["No. 006/HM/HM/II/2024", "No. 007/HM/HM/III/2024"]
    assert (
        numbering.next_number(
            "No. {n:03d}/HM/{office_short}/{month_roman}/{year}",
            issued,
            "2024-04-01",
            office_short="HM",
        )
        == "No. 008/HM/HM/IV/2024"
    )
