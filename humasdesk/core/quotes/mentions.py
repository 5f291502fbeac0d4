"""Who the release names: people introduced with a title ("Menteri Keuangan Sri Mulyani
Indrawati"), speakers of reported speech, appositives, and the short names the text uses."""

from __future__ import annotations

import functools
import re

from humasdesk.core.quotes.lexicon import (
    EN_ADVERBS,
    EN_CUES,
    EN_SAY_VERBS,
    ID_ADVERBS,
    ID_CUES,
    ID_SAY_VERBS,
    LOWER_HEADS,
    PHRASE_GLUE,
    PRONOUNS_EN,
    PRONOUNS_ID,
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


PASSIVE = re.compile(
    r"(?=[dktluj])(?<![\w-])(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|"
    r"dipaparkan|diutarakan|dituturkan|disebutkan|kata|ujar|tutur|lanjut|tambah|jelas)\s+"
    r"(?:oleh\s+)?"
)
MENURUT = re.compile(r"(?=[Mm])(?<![\w-])[Mm]enurut\s+")
ACTING = re.compile(r"(?<=\s)(?:me|ber)[a-z]{3,}\b")
APPOSITIVE = re.compile(
    r"(?=[A-Z])(?:(?<=[\w)], )|(?<=[.!?”] )|(?<=\badalah )|(?<=\byaitu )|(?<=\byakni )|^)"
    r"((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]+),",
    re.M,
)


def _past_adverbs(text: str, pos: int, language: str) -> int:
    """Where the subject ends before a verb at `pos`, past adverbs ("Herman juga …")."""
    adverbs = ID_ADVERBS if language == "id" else EN_ADVERBS
    while True:
        before = text[max(0, pos - 30) : pos].rstrip()
        last = before.rsplit(maxsplit=1)[-1:] if before else []
        if not last or last[0].casefold() not in adverbs:
            return pos
        pos = pos - (len(text[max(0, pos - 30) : pos]) - len(before)) - len(last[0])


def _pronoun_before(text: str, pos: int, language: str) -> bool:
    """Whether the word right before `pos` is a pronoun opening a clause ("Ia", "He")."""
    pronouns = PRONOUNS_ID if language == "id" else PRONOUNS_EN
    before = text[max(0, pos - 30) : pos].split()
    if not before or before[-1].casefold() not in pronouns:
        return False
    opens_clause = len(before) < 2 or before[-2].endswith((",", ".", "”", '"'))
    return before[-1][0].isupper() or opens_clause


_AGE = re.compile(r"\s*\(\d{1,3}\)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?”]\s+|\n)(?=[^.!?\n]*$)")


def name_before_apposition(text: str, verb_start: int) -> Mention | None:
    """ "Ahmad, yang juga perwira di Boven Digoel, menyatakan …", "Decky Senduk, sekretaris
    tim kampanye X, mengaku …": the subject is the name before the apposition, not the
    capitalised words that end it. The apposition opens with a lower-case word or a title
    and is closed by a comma (or a dash) right before the verb."""
    head = text[max(0, verb_start - 300) : verb_start]
    start = _SENTENCE_START.search(head)
    sentence = head[start.end() :] if start else head
    offset = verb_start - len(sentence)
    if not sentence.rstrip().endswith((",", "—")):
        return None
    segments = sentence.split(", ")
    for i, segment in enumerate(segments[:-1]):
        words = _AGE.sub("", segment).split()  # "Andi Anwar (36), warga …"
        if not 1 <= len(words) <= 4 or not all(name_like(w) for w in words):
            continue
        apposition = ", ".join(segments[i + 1 :]).rstrip(" ,—")
        first = apposition.split()[0] if apposition.split() else ""
        if first[:1].isupper() and first.casefold() not in ROLE_WORDS:
            return None  # "Rina, Dodi, dan Sari mengatakan": a list, not an apposition
        role, organisation = "", ""
        if first.casefold() in ROLE_WORDS or first.casefold() in LOWER_HEADS:
            role, organisation = split_role(apposition.split(",")[0].split())
        at = offset + len(", ".join(segments[:i])) + (2 if i else 0)
        return Mention(at, " ".join(words), role, organisation, True)
    return None


class _Collector:
    """Reads a text once per kind of introduction, in a fixed order (a title introduction
    right after another mention is the same person: see `titled`)."""

    def __init__(self, text: str, language: str, short: set[str]) -> None:
        self.text, self.language, self.short = text, language, short
        self.found: list[Mention] = []

    def _speaking(self, start: int, words: list[str], speaking: bool = True) -> None:
        sp = split_speaker(words, self.short)
        if sp.name:
            self.found.append(Mention(start, sp.name, sp.role, sp.organisation, speaking))

    def reported(self, say_verbs: list[str]) -> None:
        """ "Kepala Dinas X Rizal mengatakan …", "Herman juga mempertanyakan …": the speaker
        of reported speech; "Ia menegaskan …" keeps the last speaker speaking."""
        verbs = pattern(starts(say_verbs) + r"(?<![\w-])(?:" + "|".join(say_verbs) + r")(?![\w-])")
        for m in verbs.finditer(self.text):
            subject_end = _past_adverbs(self.text, m.start(), self.language)
            words = phrase_before(self.text, subject_end)
            if not words:
                if _pronoun_before(self.text, subject_end, self.language):
                    self.found.append(Mention(subject_end, "", speaking=True, pointer=True))
                continue
            apposed = name_before_apposition(self.text, subject_end)
            if apposed is not None:
                self.found.append(apposed)
                continue
            sp = split_speaker(words, self.short)
            titled = bool(sp.role) and sp.role.split()[0].casefold() in ROLE_WORDS
            if sp.name or titled:
                start = subject_end - len(" ".join(words))
                self.found.append(Mention(start, sp.name, sp.role, sp.organisation, True))

    def after_cue(self, cue: re.Pattern[str], capital_only: bool) -> None:
        """ "Menurut X, …", "disampaikan oleh X": the speaker named after the words."""
        for m in cue.finditer(self.text):
            if capital_only and not self.text[m.end() : m.end() + 1].isupper():
                continue
            words, _end, _back = phrase_after(self.text, m.end(), self.language)
            self._speaking(m.start(), words)

    def acting(self) -> None:
        """Anyone doing something: "<Name> me-/ber-verb" (to resolve short names only)."""
        for m in ACTING.finditer(self.text):
            if not name_before(self.text, m.start()):
                continue  # the phrase before would not end in a name
            words = phrase_before(self.text, m.start())
            if words and name_like(words[-1].rstrip(",")):
                start = m.start() - len(" ".join(words)) - 1
                self._speaking(start, words, speaking=False)

    def appositives(self) -> None:
        """ ", Umbu Rauta," after an office; "Syafrin Liputo, Kepala Dinas …"."""
        for m in APPOSITIVE.finditer(self.text):
            if not all(name_like(w) for w in m.group(1).split()):
                continue
            after, _end, _back = phrase_after(self.text, m.end(), self.language)
            if after and after[0].casefold() in ROLE_WORDS:
                role, org = split_role([w.rstrip(",") for w in after])
            else:
                sp = split_speaker(phrase_before(self.text, m.start()))
                role, org = sp.role, sp.organisation
            self.found.append(Mention(m.start(1), m.group(1), role, org))

    def titled(self, until: int | None) -> None:
        """ "<title> <Name>" introductions: "Presiden Joko Widodo menginstruksikan …"."""
        for m in _heads().finditer(self.text):
            if until is not None and m.start() > until:
                break
            if not self._heads_title(m):
                continue
            words, _end, _back = phrase_after(self.text, m.start(), self.language)
            if len(words) < 2:
                continue
            sp = split_speaker(words, self.short)
            if sp.name and sp.role:
                self.found.append(Mention(m.start(), sp.name, sp.role, sp.organisation))

    def _titled_after_name(self, found: Mention, at: int) -> bool:
        """ "Abdian Saputra, Koordinator … untuk Gili": the title belongs to the name just
        before it, found as an appositive; it introduces nobody."""
        name_first = bool(found.name) and self.text.startswith(found.name, found.start)
        return (
            name_first
            and bool(found.role)
            and found.start < at <= found.start + len(found.name) + 4
        )

    def _heads_title(self, m: re.Match[str]) -> bool:
        head = m.group(0)
        key = head.casefold()
        if head[0].isupper() and (len(key) <= 3 or key not in ROLE_WORDS):
            return False
        if not head[0].isupper() and key not in LOWER_HEADS:
            return False
        if self.found and self.found[-1].start <= m.start() < self.found[-1].start + 20:
            return False
        if any(self._titled_after_name(f, m.start()) for f in self.found):
            return False
        return not (head[0].isupper() and _title_alone(self.text, m.end()))


def collect_mentions(
    text: str, language: str, say_verbs: list[str], short: set[str], until: int | None = None
) -> list[Mention]:
    """People the text names: "<title> <Name>" anywhere, and speakers of reported speech.
    Introductions after `until` (the last quote mark: no quote looks past it) are skipped."""
    collector = _Collector(text, language, short)
    collector.reported(say_verbs)
    if language == "id":
        collector.after_cue(MENURUT, capital_only=False)
    collector.after_cue(PASSIVE, capital_only=True)
    collector.acting()
    collector.appositives()
    collector.titled(until)
    lower = _lower_case_words(text)
    for mention in collector.found:
        if _common_words(mention.name, lower):
            mention.name = ""  # "Sektor Swasta": words the text also writes in lower case
        mention.tokens = {t.casefold() for t in mention.name.split()}
    return [m for m in collector.found if m.name or m.role or m.pointer]


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(pattern(r"(?<![\w’'-])[a-z][a-z-]+(?![\w’'])").findall(text))


def _common_words(name: str, lower: frozenset[str]) -> bool:
    """Whether a name of two or more words is only words the text also uses in lower case
    (a person's name is not: "Sektor Swasta", "Aksi Iklim" are not names)."""
    words = name.casefold().split()
    return len(words) >= 2 and all(w in lower for w in words)


def find_short_names(text: str, language: str) -> set[str]:
    """Single words the text uses alone for a person: "kata Mira", "Mira mengatakan"."""
    cues = "|".join(ID_CUES if language == "id" else EN_CUES)
    verbs = "|".join(ID_SAY_VERBS if language == "id" else EN_SAY_VERBS)
    found = set(pattern(r"(?<![\w-])(?:" + cues + r")\s+([A-Z][\w’'-]+)(?=[\s.,])").findall(text))
    found |= set(
        pattern(r"(?:^|[.,”]\s|\s[a-z]+\s)([A-Z][\w’'-]+)\s+(?:" + verbs + r")\b").findall(text)
    )
    return {w for w in found if name_like(w)}
