"""Checks a draft against the quote library: a quote worded differently from the library
(a misquote), a retired or superseded quote, and a title its speaker did not hold on the
draft's date. Every finding carries the character span it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from humasdesk.core.attribution import role_phrase
from humasdesk.core.quotes import FoundQuote, extract
from humasdesk.core.records import Person
from humasdesk.core.text import fold

# How close a draft's quote must be to a library quote to be "the same quote, misworded".
MISQUOTE_MIN = 80
KINDS = ("misquote", "retired", "superseded", "wrong_title")


@dataclass
class LibraryQuote:
    id: str
    text: str
    speaker: str = ""
    person_id: str | None = None
    status: str = "approved"
    replacement: str = ""  # the wording to use instead of a superseded quote
    replacement_id: str = ""


@dataclass
class Finding:
    kind: str  # one of KINDS
    start: int
    end: int
    quote_id: str = ""  # the library quote it is about
    found: str = ""  # what the draft says
    expected: str = ""  # what the library says (wording, replacement or the right title)
    speaker: str = ""
    similarity: int = 0
    held: list[str] = field(default_factory=list)  # for wrong_title: roles held, with dates


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def check(
    text: str,
    date: str | None,
    language: str,
    library: list[LibraryQuote],
    people: list[Person],
) -> list[Finding]:
    """Findings in `text` (a draft dated `date`), in the order they appear."""
    findings: list[Finding] = []
    keyed = [(_key(q.text), q) for q in library if q.text.strip()]
    for found in extract(text, language):
        findings += _check_wording(found, keyed)
        findings += _check_title(found, date, people, text)
    findings.sort(key=lambda f: (f.start, KINDS.index(f.kind)))
    return findings


def _check_wording(found: FoundQuote, keyed: list[tuple[str, LibraryQuote]]) -> list[Finding]:
    key = _key(found.text)
    if len(key) < 12:
        return []
    best: tuple[int, LibraryQuote] | None = None
    for lib_key, quote in keyed:
        if key == lib_key or (len(key) >= 40 and key in lib_key):
            best = (100, quote)  # the same words (or an exact excerpt of them)
            break
        score = int(fuzz.ratio(key, lib_key))
        if score >= MISQUOTE_MIN and (best is None or score > best[0]):
            best = (score, quote)
    if best is None:
        return []
    score, quote = best

    def finding(kind: str, expected: str, quote_id: str) -> Finding:
        return Finding(
            kind,
            found.start,
            found.end,
            quote_id=quote_id,
            found=found.text,
            expected=expected,
            speaker=quote.speaker,
            similarity=score,
        )

    results: list[Finding] = []
    if score < 100:
        results.append(finding("misquote", quote.text, quote.id))
    if quote.status == "retired":
        results.append(finding("retired", "", quote.id))
    elif quote.status == "superseded":
        results.append(finding("superseded", quote.replacement, quote.replacement_id))
    return results


def word_changes(found: str, expected: str) -> list[tuple[str, str]]:
    """Where a misquote departs from the library: (the draft's words, the library's words)
    for each stretch that differs; one side is "" for words added or left out. Punctuation
    and capitals are not differences."""
    from difflib import SequenceMatcher  # with the first misquote shown, not at start

    draft, library = found.split(), expected.split()
    matcher = SequenceMatcher(
        a=[_key(w) for w in draft], b=[_key(w) for w in library], autojunk=False
    )
    return [
        (" ".join(draft[a1:a2]), " ".join(library[b1:b2]))
        for op, a1, a2, b1, b2 in matcher.get_opcodes()
        if op != "equal"
    ]


def _person_for(name: str, people: list[Person]) -> Person | None:
    wanted = set(fold(name).split())
    if not wanted:
        return None
    exact = [p for p in people if fold(p.name) == fold(name)]
    if exact:
        return exact[0]
    close = [p for p in people if wanted <= set(fold(p.name).split())]
    return close[0] if len(close) == 1 else None


# Words an abbreviation skips: "Pekerjaan Umum dan Penataan Ruang" is PUPR.
_LINK_WORDS = frozenset({"dan", "serta", "and", "of", "&"})
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")


def _abbreviated(text: str, acronym: str) -> str:
    """`text` with the words whose initials spell `acronym` replaced by it ("Kepala Dinas
    Pekerjaan Umum dan Penataan Ruang", "PUPR" -> "Kepala Dinas PUPR"); unchanged when no
    run of words does."""
    words = text.split()
    for first in range(len(words)):
        initials, last = "", first
        while last < len(words) and acronym.startswith(initials) and initials != acronym:
            word = words[last]
            if initials and word.lower() in _LINK_WORDS:
                last += 1
                continue
            initials += word[:1].upper()
            last += 1
        if initials == acronym and last - first > 1:
            return " ".join([*words[:first], acronym, *words[last:]])
    return text


def _same_title(stated: str, title: str, organisation: str) -> bool:
    if _same_title_as_written(stated, title, organisation):
        return True
    # An abbreviation of a known role is that role: "Kepala Dinas PUPR".
    for acronym in _ACRONYM.findall(stated):
        short_title = _abbreviated(title, acronym)
        short_organisation = _abbreviated(organisation, acronym)
        changed = (short_title, short_organisation) != (title, organisation)
        if changed and _same_title_as_written(stated, short_title, short_organisation):
            return True
    return False


def _same_title_as_written(stated: str, title: str, organisation: str) -> bool:
    a, full = fold(stated), fold(f"{title} {organisation}")
    return bool(
        a
        and (
            a == fold(title)
            or fuzz.token_set_ratio(a, fold(title)) >= 95
            or (fuzz.token_set_ratio(a, full) >= 95 and fuzz.partial_ratio(fold(title), a) >= 95)
        )
    )


def _check_title(
    found: FoundQuote, date: str | None, people: list[Person], text: str
) -> list[Finding]:
    stated = found.role_phrase
    if not stated or not found.speaker:
        return []
    person = _person_for(found.speaker, people)
    if person is None or not person.roles:
        return []
    held = person.role_on(date)
    if held is not None and _same_title(stated, held.title, held.organisation):
        return []
    start, end = found.attribution_start, found.attribution_end
    if end <= start:
        start, end = found.start, found.end
    return [
        Finding(
            "wrong_title",
            start,
            end,
            found=stated,
            expected=role_phrase(held.title, held.organisation) if held else "",
            speaker=person.name,
            held=[
                f"{role_phrase(r.title, r.organisation)} "
                f"({r.start_date or '…'} – {r.end_date or '…'})"
                for r in person.roles
            ],
        )
    ]
