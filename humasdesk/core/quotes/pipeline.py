"""Finds direct quotes and who spoke them in Indonesian and English statement text, by rules.

A quote is anchored by its attribution: a speech verb right after the closing mark
(`”…,” kata X`, `ujarnya`, `"…," said X`, `"…," X said`) or a speaker and speech verb right
before the opening mark (`X mengatakan, “…”`, `X said: "…"`). Quoted words without an
attribution (scare quotes, titles) are not quotes. The pipeline, one module a stage:

1. `mentions`: the people the release names ("Sekretaris Jenderal Kementerian Kominfo Mira
   Tayyiba"), and the short names it uses for them;
2. `spans`: each quote's opening and closing mark, odd marks included;
3. `attribution`: the cue and the speaker words around the quote;
4. `resolve`: a pronoun (`ujarnya`, `he said`), a short name (`kata Mira`), a bare title
   (`kata Presiden`) or a role alias (`kata Menkeu`) to the person the release introduced.
"""

from __future__ import annotations

import re

from humasdesk.core.quotes.attribution import attribution_after, backref_words, verb_before
from humasdesk.core.quotes.found import FoundQuote
from humasdesk.core.quotes.lexicon import (
    EN_SAY_VERBS,
    ID_SAY_VERBS,
    MARK,
)
from humasdesk.core.quotes.mentions import collect_mentions, find_short_names
from humasdesk.core.quotes.resolve import Resolver, attribute
from humasdesk.core.quotes.spans import clean, find_closer, find_opener, labelled, plausible
from humasdesk.core.quotes.speakers import phrase_after, phrase_before

MENURUT = re.compile(r"(?:^|\s)[Mm]enurut\s+(.+?),\s*$")


def extract(text: str, language: str = "id", *, officials_only: bool = False) -> list[FoundQuote]:
    """Every attributed direct quote in `text`, in order; with `officials_only`, only those
    whose speaker has a title or an office (see FoundQuote.official)."""
    if not MARK.search(text):
        return []
    language = language if language in ("id", "en") else "id"
    say_verbs = ID_SAY_VERBS + (EN_SAY_VERBS if language == "en" else [])
    short = find_short_names(text, language)
    last_mark = max(m.start() for m in MARK.finditer(text))
    resolver = Resolver(collect_mentions(text, language, say_verbs, short, last_mark), text)
    quotes: list[FoundQuote] = []
    floor = 0
    for mark in MARK.finditer(text):
        pos = mark.start()
        if pos < floor:
            continue
        found = _quote_at(text, pos, floor, language, resolver, short)
        if found is None and quotes:
            found = follow_on(text, pos, quotes[-1], language)
        if found is None:
            continue
        quotes.append(found)
        floor = found.end
    if officials_only:
        return [q for q in quotes if q.official]
    return quotes


# What may stand between a quote's attribution and a quote that goes on with the same voice:
# the rest of the attribution's sentence ("… ujarnya di hadapan peserta."), then spaces.
_SAME_VOICE_GAP = re.compile(r"\s*[^.!?“”\"\n]{0,150}[.!?]?\s*")
_SENTENCE_END = ".!?…"


def follow_on(text: str, pos: int, last: FoundQuote, language: str) -> FoundQuote | None:
    """A quote opening at `pos` right after the last quote and its attribution, with no
    attribution of its own: the same speaker goes on (“A,” said X. “B.”, or a second
    quoted paragraph)."""
    after_last = max(last.end, last.attribution_end)
    if pos < after_last or not _SAME_VOICE_GAP.fullmatch(text, after_last, pos):
        return None
    if pos + 1 >= len(text) or text[pos + 1].isspace():
        return None  # a closing mark, not an opening one
    close = find_closer(text, pos)
    if close is None or attribution_after(text, close + 1, language) is not None:
        return None
    if labelled(text, pos):
        return None
    inner = text[pos + 1 : close]
    ends_paragraph = text[close + 1 : close + 2] in ("", "\n") or text[close + 1 :].lstrip(" \t")[
        :1
    ] in ("\n", "")
    if not plausible(inner) or not (inner.rstrip()[-1:] in _SENTENCE_END or ends_paragraph):
        return None
    quote = FoundQuote(clean(inner), pos, close + 1, language=language)
    quote.speaker, quote.role, quote.organisation = last.speaker, last.role, last.organisation
    return quote


def _quote_at(
    text: str,
    pos: int,
    floor: int,
    language: str,
    resolver: Resolver,
    short: set[str],
) -> FoundQuote | None:
    before_mark = text[max(floor, pos - 3) : pos]
    # 1. A closing mark followed by a cue: "…,” kata X" / "…," said X / "…," X said.
    attribution = attribution_after(text, pos + 1, language)
    if attribution is not None and (before_mark.rstrip()[-1:] in {",", "?", "!", "."} or True):
        opener = find_opener(text, pos, floor)
        if opener is not None and opener < pos:
            inner = text[opener + 1 : pos]
            if inner.strip() and plausible(inner) and not labelled(text, opener):
                words, end, backref, cue = attribution
                quote = FoundQuote(clean(inner), opener, pos + 1, cue=cue, language=language)
                gap = len(text[pos + 1 : end]) - len(text[pos + 1 : end].lstrip())
                quote.attribution_start, quote.attribution_end = pos + 1 + gap, end
                attribute(quote, words, backref, opener, resolver, short)
                return quote
    # 2. An opening mark after a speaker and a speech verb: X mengatakan, “…”.
    return _speaker_before(text, pos, floor, language, resolver, short)


def _speaker_before(
    text: str, pos: int, floor: int, language: str, resolver: Resolver, short: set[str]
) -> FoundQuote | None:
    """The quote opening at `pos` after "X mengatakan, ", "Menurut X, ", "X told jurors, "."""
    lead_start = max(floor, pos - 250)
    lead = text[lead_start:pos]
    verb = verb_before(lead, language)
    if verb is None:
        return None
    close = find_closer(text, pos)
    if close is None or not plausible(text[pos + 1 : close]) or labelled(text, pos):
        return None
    if _term_in_sentence(text, pos, close):
        return None
    verb_at = lead_start + verb
    quote = FoundQuote(clean(text[pos + 1 : close]), pos, close + 1, language=language)
    quote.cue = lead[verb:].strip(" ,:")
    words, backref = _words_before(text, lead, verb, lead_start, language)
    phrase = " ".join(words)
    quote.attribution_start = max(floor, text.rfind(phrase, 0, verb_at) if phrase else verb_at)
    quote.attribution_end = verb_at + len(quote.cue)
    menurut = MENURUT.search(lead) if "enurut" in lead else None
    if menurut:
        words, backref = menurut.group(1).split(), False
        quote.cue = "menurut"
    attribute(quote, words, backref, pos, resolver, short)
    return quote


def _term_in_sentence(text: str, pos: int, close: int) -> bool:
    """ "Ia mengatakan “Rumah Kita Bersama” akan dibuka …": a few quoted words, not set off
    by a comma or a colon, that the sentence goes on after in lower case are a name or a term
    inside it, not what was said ("Ia mengatakan, “Tidak ada masalah” kepada …" is)."""
    inner = text[pos + 1 : close].strip()
    after = text[close + 1 : close + 30].lstrip(" ")
    set_off = text[max(0, pos - 3) : pos].rstrip()[-1:] in (",", ":")
    short = len(inner.split()) < 4 and inner[-1:] not in ",.?!"
    return short and not set_off and after[:1].islower()


def _words_before(
    text: str, lead: str, verb: int, lead_start: int, language: str
) -> tuple[list[str], bool]:
    """The speaker words before the verb at `verb` in `lead`, and whether they point back; a
    participle ("…, telling the prosecutor:") is spoken by the sentence's subject."""
    verb_at = lead_start + verb
    if text[verb_at:].split(maxsplit=1)[0].endswith("ing"):
        full_stop = text.rfind(". ", 0, verb_at)
        start = max(full_stop + 2 if full_stop >= 0 else 0, text.rfind("\n", 0, verb_at) + 1)
        subject, _end, _back = phrase_after(text, start, language)
        if subject:
            return subject, False
    words = phrase_before(text, verb_at)
    return words, not words or backref_words(lead[:verb].split()[-1:], language)
