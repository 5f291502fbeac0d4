"""Finds a press release's structure in its text: title, number, dateline (city, date),
lead, body, "about" and contact paragraphs, author and editor lines; and drops the web
debris that saved pages and copied articles carry ("Baca juga:", copyright lines, ...).

Works on the Markdown-ish paragraphs the readers produce. Every pattern is anchored or
bounded, so a hostile 20 MB line costs linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_NAMES = (
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_DATE_WORDS = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)
_DATE_WORDS_EN = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)?\d\d)\b")
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")

# "No. 28/HM/KOMINFO/02/2018", "Nomor: 123/SP/HUMAS/2020": at least two slashes.
_NUMBER = re.compile(
    r"^\W{0,3}(?:no(?:mor)?\.?|number)\s*:?\s*(?P<n>[\w.-]{1,30}(?:\s?/\s?[\w.-]{1,30}){2,8})",
    re.IGNORECASE,
)
_DASH = r"(?:\s*(?:--|-|–|—|―)\s*)"
_CITY = r"[A-Za-zÀ-ÿ][\w.'’ ]{0,38}?"
# "Jakarta (ANTARA) - ", "Wamena (ANTARA News) - "
_DATELINE_PAREN = re.compile(rf"^(?P<city>{_CITY})\s*\((?P<second>[^()\n]{{2,40}})\){_DASH}")
# "JAKARTA, KOMPAS — ", "Lampung, Kominfo – ", "TEMPO.CO, Jakarta - ", "Jakarta, 5 Feb 2018 –"
_DATELINE_COMMA = re.compile(
    rf"^(?P<city>{_CITY}),\s*(?P<second>[^,\n–—―]{{2,45}}?)(?:--|\s-\s?|–|—|―)\s*"
)
# "JAKARTA, March 5, 2024 – ", "Jakarta, Senin, 5 Februari 2018 - ": a date with commas
_DATELINE_DATED = re.compile(
    rf"^(?P<city>{_CITY}),\s*(?P<second>[^\n–—―]{{3,45}}?(?:19|20)\d\d\)?){_DASH}"
)
# "SPANYOL – ", "Suara.com-", "Rimanews-"
_DATELINE_ALONE = re.compile(
    r"^(?P<city>[A-Z][A-Z .']{2,30}|[A-Z][\w]*\.(?:com|net|co|id))\s*(?:--|-|–|—)\s*"
)
_OUTLET_HINT = re.compile(
    r"(?:\.(?:com|co\.id|co|net|id|org)\b|\bantara\b|\bkompas\b|\bcnn\b|\btempo\b|\bkumparan\b|"
    r"\bkominfo\b|\brepublika\b|\bdetik\b|\bokezone\b|\bliputan6\b|\bbisnis\b|\bsuara\b|"
    r"\bmerdeka\b|\bhumas\b|\brimanews\b|\bnews\b)",
    re.IGNORECASE,
)

_NOISE_LINE = re.compile(
    r"^\W{0,3}(?:"
    r"baca(?:\s+juga)?\s*:|lihat\s+juga\s*:|simak\s+juga|simak\s+video|tonton\s+juga|"
    r"saksikan\s+juga|berita\s+terkait|artikel\s+terkait|pilihan\s+editor\s*:|"
    r"read\s+(?:also|more)\s*:|see\s+also\s*:|related\s*:|"
    r"advertisement\W*$|iklan\W*$|sponsored\W*$|scroll\s+to\s+continue|"
    r"lanjutkan\s+(?:membaca|scroll)|gulir\s+untuk|scroll\s+untuk|"
    r"copyright\b|hak\s+cipta\b|©|\(c\)\s*\d{4}|all\s+rights\s+reserved|"
    r"berita\s+ini\s+telah\s+tayang|artikel\s+ini\s+telah\s+tayang|"
    r"ikuti\s+(?:berita|kami|update|informasi)|follow\s+us|dapatkan\s+(?:berita|update|informasi)|"
    r"download\s+aplikasi|unduh\s+aplikasi|bagikan\s*:|share\s*:|"
    r"\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){0,3}\s*\)\W*$"
    r")",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^\W{0,3}(?:siaran\s+pers|press\s+release|rilis\s+pers|untuk\s+segera\s+disiarkan|"
    r"for\s+immediate\s+release|berita\s+resmi)\W*$",
    re.IGNORECASE,
)
_PEOPLE_LINE = re.compile(
    r"^\W{0,3}(?P<label>pewarta|penulis|reporter|wartawan|rep|author|writer|translator|"
    r"editor|redaktur|red|penyunting|naskah(?:\s*&\s*video)?)\s*:\s*(?P<who>.{0,200})$",
    re.IGNORECASE,
)
_TAIL_PEOPLE = re.compile(r"(?P<label>pewarta|editor|penulis|reporter)\s*:\s*", re.IGNORECASE)
_TAIL_STOP = re.compile(r"(?:copyright|©|\t)", re.IGNORECASE)
_ABOUT = re.compile(r"^\W{0,3}(?:tentang|about)\s+\S", re.IGNORECASE)
_CONTACT = re.compile(
    r"^\W{0,3}(?:narahubung|kontak\s+media|kontak|informasi\s+lebih\s+lanjut|"
    r"media\s+contacts?|contacts?|for\s+more\s+information)\b",
    re.IGNORECASE,
)
_ID_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "dari",
        "untuk",
        "dengan",
        "ini",
        "itu",
        "dalam",
        "tidak",
        "akan",
        "pada",
        "juga",
        "ke",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "on",
        "was",
        "by",
        "will",
        "this",
        "are",
    ]
)
AUTHOR_LABELS = {"pewarta", "penulis", "reporter", "wartawan", "rep", "author", "writer"}
EDITOR_LABELS = {"editor", "redaktur", "red", "penyunting"}


@dataclass
class ParsedRelease:
    title: str = ""
    subtitle: str = ""
    number: str = ""
    city: str = ""
    date: str | None = None
    lead: str = ""
    body: str = ""
    about: str = ""
    contacts: str = ""
    author: str = ""
    editor: str = ""
    outlet: str = ""
    language: str = "id"
    noise: list[str] = field(default_factory=list)


def parse_date(text: str) -> str | None:
    """The first date in `text` as ISO `YYYY-MM-DD` (Indonesian or English month names,
    `5/2/2018`, `2018-02-05`); None when there is none or it is impossible."""
    text = text[:400]
    candidates: list[tuple[int, int, int, int]] = []  # (position, y, m, d)
    for pattern in (_DATE_WORDS, _DATE_WORDS_EN):
        match = pattern.search(text)
        if match:
            month = MONTHS[match.group("m").lower()]
            candidates.append((match.start(), int(match.group("y")), month, int(match.group("d"))))
    match = _DATE_ISO.search(text)
    if match:
        candidates.append(
            (match.start(), int(match.group("y")), int(match.group("m")), int(match.group("d")))
        )
    match = _DATE_NUMERIC.search(text)
    if match:
        year = int(match.group("y"))
        year = year + 2000 if year < 100 else year
        candidates.append((match.start(), year, int(match.group("m")), int(match.group("d"))))
    for _pos, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\r", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; a text without blank lines has one per line."""
    text = _clean(text)
    if not text:
        return []
    parts = re.split(r"\n[ \t]*\n+", text) if "\n\n" in text else text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _plain(paragraph: str) -> str:
    """A paragraph without Markdown markers, for matching."""
    text = re.sub(r"^#{1,6}\s+", "", paragraph)
    text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", text)
    return text.replace("**", "").replace("__", "").replace("\\", "").strip()


def _nice_city(city: str) -> str:
    city = " ".join(city.split()).strip(" .,")
    if city.isupper() or city.islower():
        city = " ".join(w.capitalize() for w in city.split())
    return city


def _looks_like_outlet(text: str) -> bool:
    return bool(_OUTLET_HINT.search(text))


def find_dateline(paragraph: str) -> tuple[str, str | None, str, int] | None:
    """(city, date, outlet, length of the dateline) at the start of `paragraph`, or None."""
    head = _plain(paragraph)[:160]
    for pattern in (_DATELINE_PAREN, _DATELINE_DATED, _DATELINE_COMMA, _DATELINE_ALONE):
        match = pattern.match(head)
        if not match:
            continue
        first = match.group("city").strip()
        second = (match.groupdict().get("second") or "").strip()
        if len(first.split()) > 4:
            continue
        city, outlet, date = first, "", None
        if second:
            date = parse_date(second)
            if date is None:
                if _looks_like_outlet(first) and not _looks_like_outlet(second):
                    city, outlet = second, first
                elif len(second.split()) <= 4 and (
                    _looks_like_outlet(second) or second.strip("( ")[:1].isupper()
                ):
                    outlet = second
                else:
                    continue
        elif _looks_like_outlet(first):
            city, outlet = "", first
        if city and _looks_like_outlet(city) and not outlet:
            city, outlet = "", city
        return _nice_city(city), date, outlet.strip(" ()"), match.end()
    return None


def _strip_prefix(paragraph: str, plain_length: int) -> str:
    """`paragraph` without its first `plain_length` characters of plain text."""
    plain = _plain(paragraph)
    rest = plain[plain_length:]
    # Keep Markdown emphasis in the rest when the dateline itself had none.
    index = paragraph.find(rest[:30]) if rest else -1
    return paragraph[index:].strip() if index >= 0 else rest.strip()


def _tail_people(paragraph: str) -> tuple[str, dict[str, str]]:
    """Pulls "Pewarta: X Editor: Y" off a paragraph's end, also when glued onto the last
    sentence and a copyright line, as ANTARA's pages have it."""
    found: dict[str, str] = {}
    match = _TAIL_PEOPLE.search(paragraph, max(len(paragraph) - 300, 0))
    if not match:
        return paragraph, found
    rest = paragraph[match.start() :]
    stop = _TAIL_STOP.search(rest)
    rest = rest[: stop.start()] if stop else rest
    pieces = list(_TAIL_PEOPLE.finditer(rest))
    for i, piece in enumerate(pieces):
        end = pieces[i + 1].start() if i + 1 < len(pieces) else len(rest)
        who = rest[piece.end() : end].strip(" ,;\n")
        if not who or len(who) > 80 or "\n" in who:
            return paragraph, {}
        found[piece.group("label").lower()] = who
    return paragraph[: match.start()].rstrip(), found


_TAIL_NOISE = re.compile(
    r"(?:pilihan\s+editor\s*:|baca\s+juga\s*:|copyright\b|©).{0,300}$|"
    r"\s\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){0,3}\s*\)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _strip_tail_noise(paragraph: str) -> str:
    """Drops debris glued to an article's last sentence: "Pilihan Editor: ...", "(ptr)"."""
    tail = paragraph[-400:]
    match = _TAIL_NOISE.search(tail)
    if not match:
        return paragraph
    cut = len(paragraph) - len(tail) + match.start()
    return paragraph[:cut].rstrip() or paragraph


# "...kata Ma'ruf.Baca juga: Judul Berita Lain"Selain itu...": a related-article link glued
# into the text when a page lost its paragraph breaks; the headline ends where a lower-case
# letter meets a capital or an opening quote with no space between.
_INLINE_READ_ALSO = re.compile(
    r"(?i:baca\s+juga|lihat\s+juga|simak\s+juga)\s*:\s*[^\n]{5,250}?"
    r"(?:(?<=[a-z0-9?!)])(?=[A-Z“\"])|(?<=[A-Za-z0-9?!)])(?=[“\"]))"
)


def _drop_noise_lines(paragraph: str, noise: list[str]) -> str:
    """Removes debris lines inside a paragraph and related-article links glued into it."""
    if "\n" in paragraph:
        lines = []
        for line in paragraph.split("\n"):
            if line.strip() and _NOISE_LINE.match(_plain(line)):
                noise.append(line.strip()[:200])
            else:
                lines.append(line)
        paragraph = "\n".join(lines).strip()
    lowered = paragraph.lower()
    if (
        "juga" in lowered
        and ":" in paragraph
        and ("baca" in lowered or "lihat" in lowered or "simak" in lowered)
    ):

        def cut(match: re.Match[str]) -> str:
            noise.append(match.group(0)[:200])
            return " "

        paragraph = _INLINE_READ_ALSO.sub(cut, paragraph)
    return paragraph


def detect_language(text: str) -> str:
    sample = re.findall(r"[a-z]+", text[:5000].lower())
    id_score = sum(1 for w in sample if w in _ID_WORDS)
    en_score = sum(1 for w in sample if w in _EN_WORDS)
    return "en" if en_score > id_score else "id"


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

    return bool(a) and norm(a) == norm(b)


def _clean_title(title: str) -> str:
    title = " ".join(_plain(title).split())
    # "Judul | Nama Situs": the site's name after a bar is not part of the title.
    if "|" in title:
        head, _bar, tail = title.rpartition("|")
        if len(head.strip()) >= 15 and len(tail.strip()) <= 40:
            title = head.strip()
    return title[:300]


def parse(
    text: str,
    *,
    title: str = "",
    date: str | None = None,
    author: str = "",
    fallback_title: str = "",
) -> ParsedRelease:
    """The structure of one release. Hints from the file format (a Word title, a web page's
    metadata) are used when the text itself does not say."""
    out = ParsedRelease()
    paragraphs = split_paragraphs(text)
    kept: list[str] = []
    people: dict[str, str] = {}
    for paragraph in paragraphs:
        paragraph, glued = _tail_people(paragraph)
        paragraph = _drop_noise_lines(paragraph, out.noise)
        for label, who in glued.items():
            people.setdefault(label, who)
        plain = _plain(paragraph)
        if not plain:
            continue
        if _NOISE_LINE.match(plain):
            out.noise.append(plain[:200])
            continue
        person = _PEOPLE_LINE.match(plain)
        if person and len(plain) < 220:
            people.setdefault(person.group("label").lower(), person.group("who").strip())
            continue
        kept.append(paragraph)
    if kept:
        kept[-1] = _strip_tail_noise(kept[-1])
    out.author = next((v for k, v in people.items() if k in AUTHOR_LABELS and v), author)
    out.editor = next((v for k, v in people.items() if k in EDITOR_LABELS and v), "")

    # The header: letterhead lines, the number, the title, a date line; up to the dateline.
    header_title = ""
    body_start = 0
    for index, paragraph in enumerate(kept[:8]):
        plain = _plain(paragraph)
        if find_dateline(paragraph) is not None or len(plain) > 300:
            break
        number = _NUMBER.match(plain)
        if number and not out.number:
            out.number = "No. " + re.sub(r"\s*/\s*", "/", number.group("n")).strip(" .,")
            body_start = index + 1
            continue
        if _BOILERPLATE.match(plain):
            body_start = index + 1
            continue
        only_date = parse_date(plain)
        if only_date and len(plain) <= 60:
            out.date = out.date or only_date
            body_start = index + 1
            continue
        is_heading = paragraph.startswith("#")
        ends_sentence = plain.endswith((".", ",", ":", ";")) and not is_heading
        if not header_title and len(plain) <= 200 and not ends_sentence:
            header_title = plain
            body_start = index + 1
            continue
        if _same(plain, title):
            body_start = index + 1
            continue
        if header_title and not out.subtitle and len(plain) <= 200 and not ends_sentence:
            out.subtitle = plain
            body_start = index + 1
            continue
        break
    body = kept[body_start:]
    if not body and kept:
        body = kept[-1:]
        if header_title and _same(header_title, _plain(body[0])):
            header_title = header_title if len(kept) > 1 else ""

    # About and contacts: the last paragraphs, when they say so.
    for index in range(max(len(body) - 6, 1), len(body)):
        plain = _plain(body[index])
        if not out.contacts and _CONTACT.match(plain):
            out.contacts = "\n\n".join(body[index:])
            body = body[:index]
            break
    for index in range(max(len(body) - 4, 1), len(body)):
        first_line = _plain(body[index]).split("\n", 1)[0]
        if _ABOUT.match(first_line) and len(first_line) <= 400:
            out.about = "\n\n".join(body[index:])
            body = body[:index]
            break

    # The dateline opens the lead.
    if body:
        found = find_dateline(body[0])
        if found is not None:
            city, line_date, outlet, length = found
            out.city, out.outlet = city, outlet
            out.date = line_date or out.date
            rest = _strip_prefix(body[0], length)
            if rest:
                body[0] = rest
            else:
                body = body[1:]
        out.lead = body[0] if body else ""
        out.body = "\n\n".join(body[1:])
    if out.date is None:
        out.date = parse_date(out.lead) or date
    out.title = _clean_title(title or header_title)
    if not out.title:
        first = _plain(out.lead).split(". ", 1)[0]
        out.title = _clean_title(first if len(first) <= 120 else fallback_title or first[:120])
    out.language = detect_language(f"{out.title} {out.lead} {out.body}")
    return out
