"""Attributions: the cue after a closing mark ("…,” kata X", "…," X said) or the speaker and
verb before an opening mark ("X mengatakan, “…”", "Menurut X, “…”")."""

from __future__ import annotations

import re

from humasdesk.core.quotes.lexicon import (
    EN_CUES,
    EN_SAY_VERBS,
    ID_CUES,
    ID_SAY_VERBS,
    PRONOUNS_EN,
    PRONOUNS_ID,
    ROLE_WORDS,
    pattern,
)
from humasdesk.core.quotes.speakers import phrase_after, split_speaker

ID_CUE_RE = re.compile(
    r"\s*,?\s*(?P<cue>(?:" + "|".join(ID_CUES) + r")(?P<nya>nya)?)(?![\w-])", re.IGNORECASE
)
EN_CUE_RE = re.compile(r"\s*,?\s*(?P<cue>" + "|".join(EN_CUES) + r")\b")
# "…,” demikian kata X" / "…,” begitu X".
CLOSING = re.compile(r"\s*(demikian|begitu)\s+(kata|ujar|ucap|tutur)?\s*")
# "…," Los Angeles County District Attorney Nathan J. Hochman said / the DA said / he said.
_NAME_SAID = re.compile(
    r"\s*((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,9}?|he\s+|she\s+|they\s+)("
    + "|".join(EN_CUES)
    + r")\b"
)
# An unnamed speaker described in lower case ("said the victim", "said a neighbour").
_DESCRIPTION = re.compile(r"\s+(?:the|a|an)\s+[a-z]")
_ID_SAY = frozenset(ID_SAY_VERBS)
_EN_SAY = frozenset(EN_SAY_VERBS)


def backref_words(words: list[str], language: str) -> bool:
    pronouns = PRONOUNS_ID if language == "id" else PRONOUNS_EN
    return bool(words) and words[-1].strip(",").casefold() in pronouns


def verb_before(lead: str, language: str) -> int | None:
    """Where the speech verb ends a lead-in such as "X mengatakan, " / "X said: "."""
    # The last word, before one comma or colon: the speech verb when there is one.
    tail = lead.rstrip()
    ends_with_comma = tail.endswith(",")
    if tail.endswith((",", ":")):
        tail = tail[:-1].rstrip()
    say = _ID_SAY if language == "id" else _EN_SAY
    last = tail.rsplit(maxsplit=1)[-1:]
    if last and last[0] in say:
        return len(tail) - len(last[0])
    if tail != lead.rstrip():
        verb = _verb_then_object(tail, say)
        if verb is not None:
            return verb
    if ends_with_comma and ("enurut" in lead or "ccording to" in lead):
        m = pattern(r"(?:^|\s)([Mm]enurut|[Aa]ccording to)\s+[^.”“\"]{2,120},\s*$").search(lead)
        if m:
            return len(lead.rstrip()) - 1
    return None


def _verb_then_object(tail: str, say: frozenset[str]) -> int | None:
    """ "X told jurors," / "X echoed those sentiments," / "X menegaskan kepada wartawan,":
    a speech verb with up to three lower-case words after it, before the comma."""
    words = tail.rsplit(maxsplit=4)
    for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
        if words[k] in say:
            rest = words[k + 1 :]
            if all(w.isalpha() and w.islower() for w in rest):
                return len(tail) - len(" ".join(words[k:]))
            return None
    return None


def attribution_after(
    text: str, pos: int, language: str
) -> tuple[list[str], int, bool, str] | None:
    """(speaker words, end, is_backref, cue) of the attribution right after a closing mark."""
    m = ID_CUE_RE.match(text, pos) if language == "id" else EN_CUE_RE.match(text, pos)
    if m is not None:
        cue = m.group("cue")
        if language == "id" and m.group("nya"):
            return [], m.end(), True, cue
        if language == "en" and _DESCRIPTION.match(text, m.end()):
            return [], m.end(), False, cue  # "said the victim who …": nobody named
        words, end, tail_backref = phrase_after(text, m.end(), language)
        if not words:
            return [], m.end(), True, cue
        if backref_words(words[:1], language) or tail_backref:
            return words, end, True, cue
        return words, end, False, cue
    if language == "en":
        # "…," Mira Tayyiba said / "…," he said.
        m = _NAME_SAID.match(text[pos : pos + 160])
        if m and m.group(1).strip():
            words = [w for w in m.group(1).split() if w != "the"]
            return words, pos + m.end(), backref_words(words, language), m.group(2)
    elif language == "id":
        m = CLOSING.match(text[pos : pos + 40])
        if m:
            words, end, tail = phrase_after(text, pos + m.end(), language)
            return words, end, not words or tail, m.group(1)
    return _titled_speaker_after(text, pos, language)


def _titled_speaker_after(
    text: str, pos: int, language: str
) -> tuple[list[str], int, bool, str] | None:
    """ "“…,” Assistant State’s Attorney Stephanie Gersch during closing arguments.": no
    speech verb, but a quote ending in a comma and a titled, named speaker right after it."""
    if text[pos - 2 : pos - 1] != "," or not text[pos : pos + 1].isspace():
        return None
    words, end, _back = phrase_after(text, pos, language)
    speaker = split_speaker(words)
    titled = speaker.role and speaker.role.split()[0].casefold() in ROLE_WORDS
    return (words, end, False, "") if speaker.name and titled else None
