"""The office's time zone, for embargo times: Indonesia keeps three (WIB, WITA, WIT), none
with summer time. An office works in one; its embargo times are typed, listed, warned about
and exported in it, always with the zone's name, whatever the computer's clock is set to."""

from __future__ import annotations

import datetime as dt

from humasdesk.core import formats

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}  # hours ahead of UTC
DEFAULT_ZONE = "WIB"


def known(zone: str) -> str:
    """`zone` if it is one of the three, else the default."""
    return zone if zone in ZONES else DEFAULT_ZONE


def tzinfo(zone: str) -> dt.timezone:
    name = known(zone)
    return dt.timezone(dt.timedelta(hours=ZONES[name]), name)


def offset_seconds(zone: str) -> int:
    return ZONES[known(zone)] * 3600


def moment(value: str | None, zone: str) -> dt.datetime | None:
    """A stored time (ISO 8601) in the office's zone; a time stored without a zone is read
    as office time. None when empty or unreadable."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=tzinfo(zone))
    return parsed.astimezone(tzinfo(zone))


def label(when: dt.datetime, zone: str, language: str = "id", *, short: bool = False) -> str:
    """ "10 Desember 2026 09.00 WIB" / "10 December 2026 09:00 WIB" ("10 Des 2026 ..."
    `short`, for a table)."""
    local = when.astimezone(tzinfo(zone)) if when.tzinfo else when
    day = (formats.short_date if short else formats.date)(local.date(), language)
    return f"{day} {formats.time(local, language)} {known(zone)}"


def describe(value: str | None, zone: str, language: str = "id", *, short: bool = False) -> str:
    """A stored time as `label` gives it ("" when empty; unreadable text as it is)."""
    when = moment(value, zone)
    if when is None:
        return value or ""
    return label(when, zone, language, short=short)
