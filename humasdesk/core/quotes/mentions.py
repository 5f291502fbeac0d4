"""Who the release names: people introduced with a title ("Menteri Keuangan Sri Mulyani
Indrawati"), speakers of reported speech, appositives, and the short names the text uses."""

from __future__ import annotations

import functools
import re

from humasdesk.core.quotes.lexicon import (
    EN_CUES,
    EN_SAY_VERBS,
    ID_CUES,
    ID_SAY_VERBS,
    LOWER_HEADS,
    PHRASE_GLUE,
    ROLE_WORDS,
    pattern,
)
from humasdesk.core.quotes.resolve import Mention
from humasdesk.core.quotes.speakers import (
    name_before,
    phrase_after,
    phrase_before,
    split_role,
    split_speaker,
)
from humasdesk.core.quotes.tokens import PUNCTUATION, TOKEN, name_like, starts


@functools.cache
def _heads() -> re.Pattern[str]:
    """The words that may head a title: capitalised ones of four letters or
    more, and the lower-case titles of LOWER_HEADS (checked again by the caller)."""
    lower = sorted(LOWER_HEADS, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:[A-Z]\w{3,}|(?=[a-z])"
        + starts(lower)
        + "(?i:"
        + "|".join(lower)
        + r")(?!\w))"
    )


_GOES_ON = PHRASE_GLUE | {"di", "at", "dari", "from"} | ROLE_WORDS


def _title_alone(text: str, end: int) -> bool:
    """Whether the capitalised title ending at `end` stands alone: the word after it is a
    lower-case one that cannot go on a speaker phrase ("Presiden menyampaikan"), so
    `phrase_after` would give that one word."""
    if end < len(text) and not text[end].isspace():
        return False  # "Menteri," and the like: let phrase_after decide
    after = TOKEN.search(text, end)
    if after is None:
        return True
    raw = after.group(0)
    return "a" <= raw[0] <= "z" and raw.strip(PUNCTUATION).casefold() not in _GOES_ON


def collect_mentions(
    text: str, language: str, say_verbs: list[str], short: set[str], until: int | None = None
) -> list[Mention]:
    """People the text names: "<title> <Name>" anywhere, and speakers of reported speech.
    Introductions after `until` (the last quote mark: no quote looks past it) are skipped."""
    found: list[Mention] = []
    verbs = pattern(starts(say_verbs) + r"(?<![\w-])(?:" + "|".join(say_verbs) + r")(?![\w-])")
    for m in verbs.finditer(text):
        words = phrase_before(text, m.start())
        if not words:
            continue
        sp = split_speaker(words, short)
        titled = bool(sp.role) and sp.role.split()[0].casefold() in ROLE_WORDS
        if sp.name or titled:
            start = m.start() - len(" ".join(words))
            found.append(Mention(start, sp.name, sp.role, sp.organisation, speaking=True))
    if language == "id":
        for m in pattern(r"(?=[Mm])(?<![\w-])[Mm]enurut\s+").finditer(text):
            words, _end, _back = phrase_after(text, m.end(), language)
            sp = split_speaker(words, short)
            if sp.name:
                found.append(Mention(m.start(), sp.name, sp.role, sp.organisation, speaking=True))
    passive = pattern(
        r"(?=[dktluj])(?<![\w-])(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|dipaparkan|"
        r"diutarakan|dituturkan|disebutkan|kata|ujar|tutur|lanjut|tambah|jelas)\s+(?:oleh\s+)?"
    )
    for m in passive.finditer(text):
        if text[m.end() : m.end() + 1].isupper():
            words, _end, _back = phrase_after(text, m.end(), language)
            sp = split_speaker(words, short)
            if sp.name:
                found.append(Mention(m.start(), sp.name, sp.role, sp.organisation, speaking=True))
    # Anyone doing something: "<Name> me-/ber-verb" (used to resolve short names only).
    for m in pattern(r"(?<=\s)(?:me|ber)[a-z]{3,}\b").finditer(text):
        if not name_before(text, m.start()):
            continue  # the phrase before would not end in a name
        words = phrase_before(text, m.start())
        if words and name_like(words[-1].rstrip(",")):
            sp = split_speaker(words, short)
            if sp.name:
                start = m.start() - len(" ".join(words)) - 1
                found.append(Mention(start, sp.name, sp.role, sp.organisation))
    # Appositives: ", Umbu Rauta," after an office; "Syafrin Liputo, Kepala Dinas …".
    appositive = (
        r"(?=[A-Z])(?:(?<=[\w)], )|(?<=[.!?”] )|^)((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]+),"
    )
    for m in pattern(appositive, re.M).finditer(text):
        words = m.group(1).split()
        if all(name_like(w) for w in words):
            after, _end, _back = phrase_after(text, m.end(), language)
            if after and after[0].casefold() in ROLE_WORDS:
                role, org = split_role([w.rstrip(",") for w in after])
            else:
                sp = split_speaker(phrase_before(text, m.start()))
                role, org = sp.role, sp.organisation
            found.append(Mention(m.start(1), m.group(1), role, org))
    # "<title> <Name>" introductions: "Presiden Joko Widodo menginstruksikan …".
    for m in _heads().finditer(text):
        if until is not None and m.start() > until:
            break
        head = m.group(0)
        key = head.casefold()
        if head[0].isupper():
            if len(key) <= 3 or key not in ROLE_WORDS:
                continue
        elif key not in LOWER_HEADS:
            continue
        if found and found[-1].start <= m.start() < found[-1].start + 20:
            continue
        if head[0].isupper() and _title_alone(text, m.end()):
            continue
        words, _end, _back = phrase_after(text, m.start(), language)
        if len(words) < 2:
            continue
        sp = split_speaker(words, short)
        if sp.name and sp.role:
            found.append(Mention(m.start(), sp.name, sp.role, sp.organisation))
    for mention in found:
        mention.tokens = {t.casefold() for t in mention.name.split()}
    return found


def find_short_names(text: str, language: str) -> set[str]:
    """Single words the text uses alone for a person: "kata Mira", "Mira mengatakan"."""
    cues = "|".join(ID_CUES if language == "id" else EN_CUES)
    verbs = "|".join(ID_SAY_VERBS if language == "id" else EN_SAY_VERBS)
    found = set(pattern(r"(?<![\w-])(?:" + cues + r")\s+([A-Z][\w’'-]+)(?=[\s.,])").findall(text))
    found |= set(
        pattern(r"(?:^|[.,”]\s|\s[a-z]+\s)([A-Z][\w’'-]+)\s+(?:" + verbs + r")\b").findall(text)
    )
    return {w for w in found if name_like(w)}
