"""Translated names of the values stored in the library (statuses, languages, labels)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from humasdesk import translate
from humasdesk.core import formats

if TYPE_CHECKING:
    from decimal import Decimal


def statement_status(value: str | None) -> str:
    names = {
        "draft": QCoreApplication.translate("labels", "Draft"),
        "review": QCoreApplication.translate("labels", "In review"),
        "approved": QCoreApplication.translate("labels", "Approved"),
        "published": QCoreApplication.translate("labels", "Published"),
        "withdrawn": QCoreApplication.translate("labels", "Withdrawn"),
    }
    return names.get(value or "", value or "")


def quote_status(value: str | None) -> str:
    names = {
        "approved": QCoreApplication.translate("labels", "Approved line"),
        "care": QCoreApplication.translate("labels", "Use with care"),
        "retired": QCoreApplication.translate("labels", "Retired"),
        "superseded": QCoreApplication.translate("labels", "Superseded"),
    }
    return names.get(value or "", value or "")


def case_status(value: str | None) -> str:
    names = {
        "open": QCoreApplication.translate("labels", "Open"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    return names.get(value or "", value or "")


def priority(value: str | None) -> str:
    names = {
        "high": QCoreApplication.translate("labels", "High"),
        "medium": QCoreApplication.translate("labels", "Medium"),
        "low": QCoreApplication.translate("labels", "Low"),
    }
    return names.get(value or "", value or "")


def language(value: str | None) -> str:
    names = {
        "id": QCoreApplication.translate("labels", "Indonesian"),
        "en": QCoreApplication.translate("labels", "English"),
    }
    return names.get(value or "", value or "")


def placeholder(name: str) -> str:
    """What a template's {placeholder} asks for, in words: "next_steps" -> "Next steps"."""
    names = {
        "title": QCoreApplication.translate("labels", "Title"),
        "topic": QCoreApplication.translate("labels", "Topic"),
        "what": QCoreApplication.translate("labels", "What happened"),
        "why": QCoreApplication.translate("labels", "Why it matters"),
        "details": QCoreApplication.translate("labels", "Details"),
        "next_steps": QCoreApplication.translate("labels", "Next steps"),
        "situation": QCoreApplication.translate("labels", "The situation"),
        "actions": QCoreApplication.translate("labels", "Actions taken"),
        "next_update": QCoreApplication.translate("labels", "Time of the next update"),
        "claim": QCoreApplication.translate("labels", "The claim"),
        "claim_short": QCoreApplication.translate("labels", "The claim in a few words"),
        "facts": QCoreApplication.translate("labels", "The facts"),
        "channels": QCoreApplication.translate("labels", "Official channels"),
        "quote": QCoreApplication.translate("labels", "Quote"),
        "speaker": QCoreApplication.translate("labels", "Speaker"),
        "role": QCoreApplication.translate("labels", "Speaker's position"),
        "office": QCoreApplication.translate("labels", "Office name"),
        "office_short": QCoreApplication.translate("labels", "Office short name"),
        "office_address": QCoreApplication.translate("labels", "Office address"),
        "city": QCoreApplication.translate("labels", "Dateline city"),
        "website": QCoreApplication.translate("labels", "Website"),
        "about": QCoreApplication.translate("labels", "About the office"),
        "contact_name": QCoreApplication.translate("labels", "Contact person"),
        "contact_role": QCoreApplication.translate("labels", "Contact's position"),
        "contact_phone": QCoreApplication.translate("labels", "Contact's phone"),
        "contact_email": QCoreApplication.translate("labels", "Contact's e-mail"),
        "report_channel": QCoreApplication.translate("labels", "Where the public reports hoaxes"),
    }
    return names.get(name) or name.replace("_", " ").capitalize()


def date(value: str | None) -> str:
    """An ISO date in the interface language, for tables: "8 Mar 2024", "8 Mei 2024"."""
    return formats.short_date(value, translate.current())


def long_date(value: str | None) -> str:
    """The full date of a dateline: "Jumat, 8 Maret 2024" / "Friday, 8 March 2024"."""
    return formats.long_date(value, translate.current())


def number(value: float | int | Decimal, decimals: int = 0) -> str:
    """ "1.500.000" in Indonesian, "1,500,000" in English."""
    return formats.number(value, translate.current(), decimals)


def rupiah(value: float | int | Decimal) -> str:
    """ "Rp 1.500.000" in Indonesian, "Rp 1,500,000" in English."""
    return formats.rupiah(value, translate.current())
