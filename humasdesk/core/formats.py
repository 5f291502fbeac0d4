"""Dates, numbers and money the way an Indonesian office writes them, in plain Python.

The window (through `ui.labels`), the exports and the command line all format through here,
so a date reads "Jumat, 8 Maret 2024" and an amount "Rp 1.500.000" everywhere, and the same
value in English reads "Friday, 8 March 2024" and "Rp 1,500,000". Month and day names are
our own tables: they never depend on the machine's locale.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

LANGUAGES = ("id", "en")

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
SHORT_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {  # Monday first, as date.weekday() counts
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)

DateLike = dt.date | str | None


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "id"


def to_date(value: DateLike) -> dt.date | None:
    """A date from a date, a datetime or an ISO text ("2024-03-08", "2024-03-08T09:00:00Z")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def date(value: DateLike, language: str = "id") -> str:
    """ "8 Maret 2024" / "8 March 2024"; text that is not a date comes back unchanged."""
    day = to_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.day} {MONTHS[_lang(language)][day.month - 1]} {day.year}"


def long_date(value: DateLike, language: str = "id") -> str:
    """ "Jumat, 8 Maret 2024" / "Friday, 8 March 2024": the dateline of a statement."""
    day = to_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{WEEKDAYS[_lang(language)][day.weekday()]}, {date(day, language)}"


def short_date(value: DateLike, language: str = "id") -> str:
    """ "8 Mei 2024" / "8 May 2024": for tables and lists."""
    day = to_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.day} {SHORT_MONTHS[_lang(language)][day.month - 1]} {day.year}"


def time(value: dt.time | dt.datetime, language: str = "id") -> str:
    """ "14.30" in Indonesian (as the KBBI/PUEBI write the hour), "14:30" in English."""
    sep = "." if _lang(language) == "id" else ":"
    return f"{value.hour:02d}{sep}{value.minute:02d}"


def number(value: float | int | Decimal, language: str = "id", decimals: int = 0) -> str:
    """ "1.500.000" / "1,500,000"; with decimals "2,5" / "2.5". Rounds half up."""
    thousands, point = SEPARATORS[_lang(language)]
    from decimal import ROUND_HALF_UP, Decimal  # only numbers need it, not the dates at start

    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    amount = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = thousands.join(groups)
    if decimals > 0:
        text += point + fraction.ljust(decimals, "0")[:decimals]
    return sign + text


# Thousands and millions as a chart's legend writes them: "1,2 rb" / "1.2k".
_COMPACT = {"id": ((1_000_000, " jt"), (1_000, " rb")), "en": ((1_000_000, "M"), (1_000, "k"))}


def compact_number(value: float, language: str = "id") -> str:
    """ "1,2 rb", "3,4 jt", "15 rb" in Indonesian; "1.2k", "3.4M", "15k" in English; smaller
    numbers whole, or with one decimal when they have one ("2,5" / "2.5")."""
    lang = _lang(language)
    for limit, suffix in _COMPACT[lang]:
        if abs(value) >= limit:
            scaled = value / limit
            return number(scaled, lang, 0 if abs(scaled) >= 10 else 1) + suffix
    return number(value, lang, 0 if float(value).is_integer() else 1)


def rupiah(value: float | int | Decimal, language: str = "id") -> str:
    """ "Rp 1.500.000" (whole rupiah, as official letters write amounts)."""
    return f"Rp {number(value, language)}"


def month_roman(month: int) -> str:
    """The month in Roman numerals, as office letter numbers use it: 3 -> "III"."""
    return ROMAN_MONTHS[month - 1]
