"""The library's own settings (the `settings` table): the office's letterhead details, the
backup policy and the office numbering pattern. They travel with the library file, so every
officer of an office who opens it writes with the same letterhead and numbers.

Keys and what reads them:
- `office.*`: template placeholders ({office}, {office_short}, {office_address}, {city}...),
  see `office_values()`;
- `backup.interval_minutes`, `backup.keep_hourly|daily|weekly|monthly`: the automatic backups;
- `numbering.pattern`: statement numbers, filled by `core.numbering.format_number` (the
  editor's "Next number" continues from the numbers already issued);
- `office.time_zone`: WIB, WITA or WIT, the zone every embargo time is shown, typed and
  exported in (see `core.office_time`).
"""

from __future__ import annotations

from humasdesk.core import numbering, office_time
from humasdesk.core.errors import InvalidInput
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.store.db import Library

# The one place for the office's details: placeholder in templates -> settings key. The
# Preferences' letterhead tab, the Templates and office details dialog, the draft templates,
# the exports' letterhead and the drafts of RESIST cases all read and write these.
OFFICE_FIELDS = {
    "office": "office.name",
    "office_short": "office.short_name",
    "office_address": "office.address",
    "city": "office.city",
    "website": "office.website",
    "about": "office.about",
    "contact_name": "office.contact_name",
    "contact_role": "office.contact_role",
    "contact_phone": "office.contact_phone",
    "contact_email": "office.contact_email",
    "report_channel": "office.report_channel",
}
BACKUP_KEYS = (
    "backup.interval_minutes",
    "backup.keep_hourly",
    "backup.keep_daily",
    "backup.keep_weekly",
    "backup.keep_monthly",
)
NUMBERING_PATTERN = "numbering.pattern"
TIME_ZONE = "office.time_zone"
DEFAULTS = {
    "backup.interval_minutes": "30",
    "backup.keep_hourly": "24",
    "backup.keep_daily": "14",
    "backup.keep_weekly": "8",
    "backup.keep_monthly": "12",
    NUMBERING_PATTERN: numbering.DEFAULT_PATTERN,
    TIME_ZONE: office_time.DEFAULT_ZONE,
}
KNOWN = (*OFFICE_FIELDS.values(), *BACKUP_KEYS, NUMBERING_PATTERN, TIME_ZONE)


def get(lib: Library, key: str) -> str:
    return lib.get_setting(key, DEFAULTS.get(key, ""))


def get_int(lib: Library, key: str) -> int:
    try:
        return int(get(lib, key))
    except ValueError:
        return int(DEFAULTS[key])


def time_zone(lib: Library) -> str:
    """The office's time zone: "WIB" (the default), "WITA" or "WIT"."""
    return office_time.known(get(lib, TIME_ZONE))


def values(lib: Library) -> dict[str, str]:
    """Every known setting, defaults filled in."""
    return {key: get(lib, key) for key in KNOWN}


def office_values(lib: Library) -> dict[str, str]:
    """The office's details as template placeholders: {"office": "Dinas ...", ...}; those
    not filled in are left out (so a template shows its {placeholder} to fill)."""
    return {name: value for name, key in OFFICE_FIELDS.items() if (value := get(lib, key))}


def set_office_values(lib: Library, values: dict[str, str]) -> None:
    """Saves office details given by placeholder name ({"office": "Dinas ...", ...})."""
    unknown = sorted(set(values) - set(OFFICE_FIELDS))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown office details: {names}"), names=", ".join(unknown)
        )
    save(lib, {OFFICE_FIELDS[name]: value for name, value in values.items()})


def check_pattern(pattern: str, office_short: str = "HUMAS") -> str:
    """A sample number for `pattern`, or InvalidInput saying why it cannot be used."""
    try:
        return numbering.format_number(pattern, 7, "2024-03-08", office_short=office_short)
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The numbering pattern cannot be used ({detail}). Use {{n}}, {{n:03d}}, "
                "{{month_roman}}, {{month}}, {{year}} and {{office_short}}.",
            ),
            detail=str(exc),
        ) from exc


def save(lib: Library, changes: dict[str, str]) -> None:
    """Writes `changes` in one transaction, after checking them; unknown keys are refused."""
    unknown = sorted(set(changes) - set(KNOWN))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown settings: {names}"), names=", ".join(unknown)
        )
    for key in BACKUP_KEYS:
        if key in changes and (not changes[key].isdigit() or int(changes[key]) < 0):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{key} must be a whole number, not '{value}'."),
                key=key,
                value=changes[key],
            )
    if NUMBERING_PATTERN in changes:
        check_pattern(changes[NUMBERING_PATTERN])
    if TIME_ZONE in changes and changes[TIME_ZONE].strip() not in office_time.ZONES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The time zone must be WIB, WITA or WIT, not '{value}'."),
            value=changes[TIME_ZONE],
        )
    with lib.atomic():
        for key, value in changes.items():
            lib.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value.strip()],
            )
