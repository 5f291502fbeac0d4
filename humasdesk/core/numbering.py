"""The office's statement numbers: a pattern such as `No. {n:03}/HM/KOMINFO/{roman}/{year}`
that suggests the next number from those already issued.

Placeholders: `{n}` (the running number, `{n:03}` or `{n:03d}` zero-padded), `{year}` (2024),
`{yy}` (24), `{month}` (03), `{roman}` or `{month_roman}` (III, the month in Roman numerals, as
many offices write it), and `{office_short}` (the office's short name, given as `extra`). The
running number restarts every year when the pattern holds the year. This is the one formatter
for the one setting, `numbering.pattern` (store.settings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.problems import Problem, known

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TOKEN = re.compile(r"\{(n(?::0?(\d+)d?)?|year|yy|month|month_roman|roman)\}")
_UNKNOWN = re.compile(r"\{([^{}]*)\}")
DEFAULT_PATTERN = "No. {n:03}/HM/{roman}/{year}"
UNKNOWN_FIELD = known(QT_TRANSLATE_NOOP("errors", "unknown field {name}"), "errors")


def _with_extra(pattern: str, extra: dict[str, str]) -> str:
    for key, value in extra.items():
        pattern = pattern.replace("{" + key + "}", value.replace("{", "(").replace("}", ")"))
    return pattern


def format_number(pattern: str, n: int, date: str, **extra: str) -> str:
    """The number `n` written in `pattern` for an ISO `date`; ValueError names a placeholder
    it does not know."""
    pattern = _with_extra(pattern, extra)
    unknown = [m.group(1) for m in _UNKNOWN.finditer(pattern) if not _TOKEN.fullmatch(m.group(0))]
    if unknown:
        raise ValueError(Problem(UNKNOWN_FIELD, name=repr(unknown[0])))
    year, month = int(date[:4]), int(date[5:7])

    def fill(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.startswith("n"):
            width = int(match.group(2) or 0)
            return str(n).zfill(width)
        return {
            "year": f"{year:04d}",
            "yy": f"{year % 100:02d}",
            "month": f"{month:02d}",
            "roman": ROMAN[month - 1],
            "month_roman": ROMAN[month - 1],
        }[token]

    return _TOKEN.sub(fill, pattern)


def matcher(pattern: str, **extra: str) -> re.Pattern[str]:
    """A regex that finds the running number in numbers written with `pattern`."""
    pattern = _with_extra(pattern, extra)
    parts: list[str] = []
    last = 0
    for match in _TOKEN.finditer(pattern):
        parts.append(re.escape(pattern[last : match.start()]))
        token = match.group(1)
        if token.startswith("n"):
            parts.append(r"(?P<n>\d+)")
        elif token in ("year",):
            parts.append(r"\d{4}")
        elif token in ("yy", "month"):
            parts.append(r"\d{1,2}")
        else:
            parts.append(r"[IVXLC]+")
        last = match.end()
    parts.append(re.escape(pattern[last:]))
    return re.compile(r"\s*" + "".join(parts) + r"\s*", re.IGNORECASE)


def yearly(pattern: str) -> bool:
    return "{year}" in pattern or "{yy}" in pattern


def next_number(pattern: str, issued: Iterable[str], date: str, **extra: str) -> str:
    """The number after the highest one in `issued` that follows `pattern`."""
    if "{n" not in pattern:
        return format_number(pattern, 1, date, **extra)
    regex = matcher(pattern, **extra)
    highest = 0
    for number in issued:
        found = regex.fullmatch(number or "")
        if found:
            highest = max(highest, int(found.group("n")))
    return format_number(pattern, highest + 1, date, **extra)


def infer_pattern(number: str, date: str | None) -> str | None:
    """A pattern guessed from one issued number: "No. 014/HM/X/III/2024" on 2024-03-11 gives
    "No. {n:03}/HM/X/{roman}/{year}". None when the number holds no running number."""
    if not number or not date or len(date) < 7:
        return None
    year, month = date[:4], int(date[5:7])
    pieces = re.split(r"(/|-|\.|\s)", number)
    found_n = False
    out: list[str] = []
    for piece in pieces:
        if piece == year:
            out.append("{year}")
        elif piece.upper() == ROMAN[month - 1] and piece.isupper():
            out.append("{roman}")
        elif piece.isdigit() and found_n and len(piece) == 2 and int(piece) == month:
            out.append("{month}")
        elif piece.isdigit() and not found_n:
            # Offices that write "014" pad every number to that width.
            out.append(f"{{n:0{len(piece)}}}" if len(piece) >= 3 else "{n}")
            found_n = True
        else:
            out.append(piece)
    return "".join(out) if found_n else None
