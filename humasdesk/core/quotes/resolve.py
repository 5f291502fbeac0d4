"""Who said a quote: resolving an attribution ("ujarnya", "kata Mira", "kata Menkeu") to the
person the release introduced, the way a reader does."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from humasdesk.core.quotes.found import FoundQuote
from humasdesk.core.quotes.lexicon import (
    BACKREF_TAIL,
    LOWER_HEADS,
    PRONOUNS_ID,
    ROLE_WORDS,
    pattern,
)
from humasdesk.core.quotes.roles import same_title, title_words, written_out
from humasdesk.core.quotes.speakers import Speaker, split_speaker


@dataclass
class Mention:
    """A person named in the text, with what is said of them there."""

    start: int
    name: str
    role: str = ""
    organisation: str = ""
    speaking: bool = False  # named as the one who speaks (a quote or reported speech)
    tokens: set[str] = field(default_factory=set)
    pointer: bool = False  # "Ia menegaskan …": the one who speaks is the last speaker
    titled_here: bool = True  # the title is written at this mention, not carried over


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"]?\s+|\n\s*\n")
# The first word of a sentence, and of a clause after a comma ("Meski terkejut, Della …").
_CLAUSE_START = re.compile(r"(?:^\s*|,\s+)([A-Z][\w’'-]+)")


_GROUPS = frozenset({"they", "mereka"})


class Resolver:
    """Knows who the text has named so far, to resolve pronouns, short names and titles."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self.text = text
        self.mentions: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            self.add(mention)

    def add(self, mention: Mention) -> None:
        if mention.pointer:
            self._add_pointer(mention)
            return
        mention.tokens = {t.casefold() for t in mention.name.split()}
        fuller = self.by_name(mention.name, mention.start) if mention.name else None
        if fuller is not None and len(fuller.name) > len(mention.name):
            mention.name, mention.tokens = fuller.name, fuller.tokens
            mention.titled_here = bool(mention.role)
            mention.role = mention.role or fuller.role
            mention.organisation = mention.organisation or fuller.organisation
        elif fuller is not None and not mention.role:
            mention.role, mention.organisation = fuller.role, fuller.organisation
            mention.titled_here = False
        elif not mention.name and mention.role:
            known = self.by_role(mention.role, mention.start) or self._same_sentence(mention)
            if known is not None:
                mention.name, mention.tokens = known.name, known.tokens
        bisect.insort(self.mentions, mention, key=lambda m: m.start)

    def _add_pointer(self, mention: Mention) -> None:
        """ "Ia optimistis …": the person the sentence before opens with ("Aulia berhasil
        lolos … . Ia mengaku …"), else the last speaker, whoever was named in passing."""
        known = self._subject_before(mention.start, back=2) or self.last_speaker(
            mention.start, speaking_only=True
        )
        if known is None or not (known.name or known.role):
            return
        mention.name, mention.role, mention.organisation = (
            known.name,
            known.role,
            known.organisation,
        )
        mention.tokens, mention.pointer = set(known.tokens), False
        bisect.insort(self.mentions, mention, key=lambda m: m.start)

    def _subject_before(self, pos: int, back: int = 1) -> Mention | None:
        """The known person whose name opens the sentence `back` sentences before `pos` (or
        its clause after a comma): a pronoun opening the next sentence points at them, and
        so does "ujarnya" when nobody was named as speaking yet."""
        head = self.text[max(0, pos - 400) : pos]
        sentences = [s for s in _SENTENCE_BREAK.split(head) if s.strip()]
        if len(sentences) < back:
            return None
        for m in _CLAUSE_START.finditer(sentences[-back]):
            known = self.by_name(m.group(1), pos)
            if known is not None and known.name and m.group(1).casefold() not in ROLE_WORDS:
                return known
        return None

    def _same_sentence(self, mention: Mention) -> Mention | None:
        """ "Tri Maharini, dokter emergensi dari …, memaparkan": the title that speaks
        belongs to the name that opened the sentence."""
        for m in reversed(self.mentions):
            if not m.name or m.start >= mention.start:
                continue
            between = self.text[m.start : mention.start]
            if mention.start - m.start < 250 and not pattern(r"[.!?”]\s").search(between):
                return m
            return None
        return None

    def before(self, pos: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < pos]

    def last_speaker(self, pos: int, *, speaking_only: bool = False) -> Mention | None:
        """Who "ujarnya" / "kata dia" means: the last person named as speaking, unless
        someone was introduced with a title after them ("Salah satunya adalah Ketua … X.");
        `speaking_only` for a pronoun subject ("Ia optimistis …"), which goes on with the
        speaker rather than someone named in passing."""
        earlier = self.before(pos)
        speaking = next((m for m in reversed(earlier) if m.speaking and (m.name or m.role)), None)
        if speaking_only:
            return speaking
        titled = next(
            (m for m in reversed(earlier) if m.name and m.titled_here and _person_title(m.role)),
            None,
        )
        if (
            speaking is not None
            and titled is not None
            and titled.start > speaking.start
            and (not speaking.name or titled.name not in speaking.name)
        ):
            return titled
        if speaking is not None:
            return speaking
        return self._subject_before(pos) or next((m for m in reversed(earlier) if m.name), None)

    def by_name(self, name: str, pos: int) -> Mention | None:
        """The fullest earlier mention whose name holds every word of `name` (or, for a
        nickname such as "Risma" for Tri Rismaharini, starts one of its words)."""
        wanted = {t.casefold() for t in name.split()}
        best: Mention | None = None
        nickname: Mention | None = None
        for m in self.mentions:
            if m.start > pos:
                break
            if not m.name:
                continue
            if wanted <= m.tokens:
                if best is None or (len(m.name), bool(m.role)) >= (len(best.name), bool(best.role)):
                    best = m
            elif len(wanted) == 1 and len(name) >= 4 and len(m.tokens) > 1:
                short = next(iter(wanted))
                if any(t.startswith(short) for t in m.tokens):
                    nickname = m
        return best or nickname

    def by_role(self, role: str, pos: int) -> Mention | None:
        """The person introduced before `pos` with this title, written in full or short
        ("Menkeu", "Kepala BKN", "the DA"): the closest title first ("Menteri Keuangan
        (Menkeu)" before "Menteri Keuangan dan Pembangunan, Gubernur …"), then the latest."""
        key = role.casefold()
        best: tuple[int, int, Mention] | None = None
        for m in self.before(pos):
            if not (m.name and m.role):
                continue
            phrase = f"{m.role} {m.organisation}"
            if m.role.casefold() == key:
                extra = 0
            elif phrase.casefold().startswith(key) or same_title(role, phrase):
                extra = len(set(title_words(phrase)) - set(title_words(role)))
            else:
                continue
            if best is None or (extra, -m.start) <= (best[0], best[1]):
                best = (extra, -m.start, m)
        return best[2] if best else None


def _person_title(role: str) -> bool:
    """A title a person holds (Kepala …, Direktur …, peneliti …), not an office or a place
    read as one ("Stasiun Tambun", "Badan Meteorologi", "Korea Selatan")."""
    first = role.split()[0].casefold() if role.strip() else ""
    return first in ROLE_WORDS or first in LOWER_HEADS


def attribute(
    quote: FoundQuote,
    words: list[str],
    backref: bool,
    start: int,
    resolver: Resolver,
    short: set[str],
) -> None:
    """Fills the quote's speaker from the attribution words, resolving back-references,
    short names and short titles; a title nobody in the text holds stays, written out, with
    no name (never a name made up from the words near it)."""
    if backref:
        sp = _pointed_at(words, start, resolver, short)
    else:
        sp = split_speaker(words, short)
        if sp.name:
            sp = _by_name(sp, start, resolver)
        elif sp.role:
            sp = _by_title(sp, start, resolver)
    quote.speaker, quote.role, quote.organisation = sp.name, sp.role, sp.organisation
    if sp.name:
        resolver.add(Mention(start, sp.name, sp.role, sp.organisation, speaking=True))


def _pointed_at(words: list[str], start: int, resolver: Resolver, short: set[str]) -> Speaker:
    """ "ujarnya", "kata dia", "he said", "kata politisi itu": the last speaker."""
    if any(w.casefold() in _GROUPS for w in words):
        return Speaker()  # "they said": a group, not the last person named
    found = resolver.last_speaker(start)
    if found is not None:
        return Speaker(found.name, found.role, found.organisation)
    hint = [w for w in words if w.casefold() not in BACKREF_TAIL | PRONOUNS_ID]
    return split_speaker(hint, short) if hint else Speaker()


def _by_name(sp: Speaker, start: int, resolver: Resolver) -> Speaker:
    """ "kata Mira", "ucap Menkop Ferry": the fullest name the text gave, with the title it
    gave when the one written here is the same title, shorter."""
    known = resolver.by_name(sp.name, start)
    if known is None:
        return Speaker(sp.name, written_out(sp.role), sp.organisation)
    name = known.name if len(known.name) > len(sp.name) else sp.name
    if not sp.role or (known.role and same_title(sp.role, f"{known.role} {known.organisation}")):
        role = written_out(known.role or sp.role)
        return Speaker(name, role, known.organisation or sp.organisation)
    return Speaker(name, written_out(sp.role), sp.organisation or known.organisation)


def _by_title(sp: Speaker, start: int, resolver: Resolver) -> Speaker:
    """ "kata Menkeu", "jelas Kepala BKN": the person introduced with that title."""
    written = sp.role + (" " + sp.organisation if sp.organisation else "")
    known = resolver.by_role(written, start)
    if known is None:
        return Speaker("", written_out(sp.role), sp.organisation)
    role = written_out(known.role or sp.role)
    return Speaker(known.name, role, known.organisation or sp.organisation)
