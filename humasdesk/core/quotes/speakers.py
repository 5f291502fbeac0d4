"""Speaker phrases: the words naming who speaks before or after a cue, and how they split
into a title, an organisation and a name ("Sekretaris Jenderal Kementerian Kominfo Mira
Tayyiba")."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from humasdesk.core.quotes.lexicon import (
    BACKREF_TAIL,
    CONNECTORS,
    DAY_WORDS,
    EN_STOP,
    ID_STOP,
    MARK,
    ORG_WORDS,
    PHRASE_GLUE,
    PLACE_WORDS,
    ROLE_WORDS,
    SUBUNIT_WORDS,
)
from humasdesk.core.quotes.tokens import PUNCTUATION, Tokens, abbreviated, is_cap, name_like


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    organisation: str = ""
    backref: bool = False  # a pronoun or "politisi … itu": the person last named


def split_speaker(words: list[str], short_names: set[str] | None = None) -> Speaker:
    """Splits "Sekretaris Jenderal Kementerian Kominfo Mira Tayyiba" into role,
    organisation and name. `short_names` are single words the text uses alone for someone
    ("kata Mira"): one found inside the phrase marks where the name begins."""
    words = [w for w in words if w.strip(",")]
    if not words:
        return Speaker()
    words[-1] = words[-1].rstrip(",")
    for k, w in enumerate(words):
        if w in ("dari", "from") and 0 < k < len(words) - 1:
            left = split_speaker(words[:k], short_names)
            if left.name:
                org = " ".join(x.rstrip(",") for x in words[k + 1 :])
                return Speaker(left.name, left.role, left.organisation or org)
    if any(w.endswith(",") for w in words[:-1]):
        pieces: list[list[str]] = [[]]
        for w in words:
            pieces[-1].append(w.rstrip(","))
            if w.endswith(","):
                pieces.append([])
        pieces = [p for p in pieces if p]
        # "Mira Tayyiba, Secretary General …": the name first, then the title.
        if len(pieces[0]) <= 4 and all(name_like(w) for w in pieces[0]) and len(pieces) > 1:
            role, org = split_role([w for p in pieces[1:] for w in p])
            return Speaker(" ".join(pieces[0]), role, org)
        # "Kepala Dusun X, Kelurahan Y, Wahyu Wibowo": the title first, the name last.
        if len(pieces[-1]) <= 4 and all(name_like(w) for w in pieces[-1]):
            role, org = split_role([w for p in pieces[:-1] for w in p])
            return Speaker(" ".join(pieces[-1]), role, org)
        words = [w.rstrip(",") for w in words]
    short_names = short_names or set()
    name_start = len(words)
    for i, word in enumerate(words):
        if word in short_names and name_like(word) and i > 0:
            name_start = i
            if i == len(words) - 1 and name_like(words[i - 1]):
                name_start = i - 1
            break
    else:
        i = len(words)
        while i > 0 and len(words) - i < 3:
            word = words[i - 1]
            initials = len(word) <= 2 and word.isupper() and i < len(words) and i > 1
            if not (name_like(word) or (initials and name_like(words[i - 2]))):
                break
            i -= 1
        name_start = i
    # Initials and abbreviated honorifics belong to the name ("A Zaki Iskandar", "H. Ahmad").
    while name_start > 0 and name_start < len(words):
        prev = words[name_start - 1].rstrip(".")
        if len(prev) == 1 and prev.isupper():
            name_start -= 1
        else:
            break
    name_words = words[name_start:]
    for k in range(1, len(name_words)):
        word = name_words[k]
        if not (name_like(word) or (len(word) <= 2 and word.isupper())):
            name_words = name_words[:k]
            break
    role_words = words[:name_start]
    # Words glued before the title (a heading run into the text) are not part of it.
    first_role = next(
        (k for k, w in enumerate(role_words) if w.casefold() in ROLE_WORDS or not is_cap(w)),
        0,
    )
    role, org = split_role(role_words[first_role:])
    return Speaker(" ".join(name_words), role, org)


def split_role(words: list[str]) -> tuple[str, str]:
    """Title and organisation: "Sekretaris Jenderal Kementerian Kominfo" -> ("Sekretaris
    Jenderal", "Kementerian Kominfo"); a unit stays in the title ("Kepala Dinas Kesehatan");
    English "Secretary General of the Ministry" -> ("Secretary General", "the Ministry")."""
    words = [w.rstrip(",") for w in words]
    for i, word in enumerate(words):
        key = word.casefold()
        if i > 0 and key == "of":
            return _join(words[:i]), _join(words[i + 1 :])
        top_level = (key in ORG_WORDS and key not in SUBUNIT_WORDS) or key.startswith("kemen")
        if i > 0 and top_level and key not in ROLE_WORDS:
            return _join(words[:i]), _join(words[i:])
    return _join(words), ""


def _join(words: list[str]) -> str:
    while words and words[-1].casefold() in PHRASE_GLUE:
        words = words[:-1]
    while words and words[0].casefold() in PHRASE_GLUE - {"the"}:
        words = words[1:]
    return " ".join(words)


_ROLES_AND_POLITICIANS = ROLE_WORDS | {"politisi", "politikus"}


def phrase_after(text: str, pos: int, language: str) -> tuple[list[str], int, bool]:
    """The speaker words after a cue at `pos`: (words, end, ends_with_backref_word)."""
    words: list[str] = []
    end = pos
    toks = Tokens(text, pos, 28)
    stop_words = ID_STOP if language == "id" else EN_STOP
    roles_only = True
    for k in itertools.count():
        tok = toks.get(k)
        if tok is None:
            break
        raw = tok.text
        if MARK.search(raw):
            break
        bare = tok.bare
        key = bare.casefold()
        if not bare:
            break
        if raw.startswith("("):
            named = bare[:1].isupper() and not any(c.isdigit() or c == "/" for c in bare)
            if raw.rstrip(",.").endswith(")") and len(bare) <= 40 and words and named:
                words.append(f"({bare})")
                end = tok.end
                if raw.endswith(",") and _continues_after_comma(words, toks, k):
                    words[-1] += ","
                    continue
                if raw.endswith((",", ".")):
                    break
                continue
            break
        if key in DAY_WORDS:
            break
        if key in BACKREF_TAIL and words:
            return words, tok.end, True
        capital = is_cap(bare)
        following = toks.get(k + 1)
        next_is_cap = following is not None and is_cap(following.bare)
        if bare.isdigit() and words and next_is_cap and len(bare) <= 3:
            words.append(bare)  # "Daop 8 Surabaya", "Komisi IX": part of the office
            end = tok.end
            continue
        if not capital:
            next_cap = next_is_cap
            next_glue = following is not None and following.bare.casefold() in PHRASE_GLUE
            if key in PHRASE_GLUE and words and (next_cap or next_glue):
                words.append(bare)
                end = tok.end
                continue
            next_org = following is not None and following.bare.casefold() in ORG_WORDS
            if (
                words
                and next_cap
                and (
                    (key in {"di", "at"} and not is_cap(words[0]))
                    or (key in {"dari", "from"} and (roles_only or next_org))
                )
            ):
                words.append(bare)
                end = tok.end
                continue
            if key in stop_words or key not in ROLE_WORDS:
                if not words and key in _ROLES_AND_POLITICIANS:
                    pass
                else:
                    break
        if key not in ROLE_WORDS and key not in ORG_WORDS and key not in PLACE_WORDS:
            roles_only = False
        words.append(bare)
        end = tok.end
        if raw.endswith((",", ";", ":", "!", "?")) or (raw.endswith(".") and not abbreviated(raw)):
            if raw.endswith(",") and _continues_after_comma(words, toks, k):
                words[-1] = words[-1] + ","
                continue
            break
        if len(words) >= 16:
            break
    return words, end, False


def _continues_after_comma(words: list[str], toks: Tokens, k: int) -> bool:
    """Whether a speaker phrase goes on after the comma ending token k: an appositive role
    ("said Mira Tayyiba, Secretary General …") or the name after a title ("kata juru bicara
    Satgas Kabupaten Tegal, Joko Wantoro"; "…, Kecamatan Moyudan, Wahyu Wibowo")."""
    following = toks.get(k + 1)
    if following is None:
        return False
    nxt = following.bare
    key = nxt.casefold()
    if key in DAY_WORDS:
        return False
    if key in ROLE_WORDS | PLACE_WORDS | ORG_WORDS:
        return True
    if not name_like(nxt):
        return False
    after_place = len(words) >= 2 and words[-2].rstrip(",").casefold() in PLACE_WORDS
    title_first = words[0].rstrip(",").casefold() in ROLE_WORDS
    return after_place or title_first or not split_speaker(words).name


def name_before(text: str, pos: int) -> bool:
    """Whether `phrase_before(text, pos)` can end in a name-like word: the word right
    before `pos` must be one (checked the way that function reads it)."""
    last = text[max(0, pos - 200) : pos].rsplit(maxsplit=1)[-1:]
    if not last or MARK.search(last[0]):
        return False
    raw = last[0]
    if raw.startswith("(") and raw.rstrip(",").endswith(")"):
        return False
    return name_like(raw.strip(PUNCTUATION))


def phrase_before(text: str, pos: int) -> list[str]:
    """The capitalised words right before `pos` (a speech verb), back to a sentence start,
    a lower-case word or a connector: "Namun, Kepala Dinas X Rizal" -> [Kepala, …, Rizal]."""
    segment = text[max(0, pos - 200) : pos]
    toks = segment.split()
    words: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        raw = toks[k]
        bare = raw.strip(PUNCTUATION)
        if not bare or MARK.search(raw):
            break
        if raw.endswith((".", "!", "?")) and words and not abbreviated(raw):
            break
        if raw.endswith(",") and words:
            # "Widyastuti, Kepala Dinas …, mengatakan" keeps the appositive; a connector
            # ("Namun,") ends the phrase.
            if bare.casefold() in CONNECTORS or not is_cap(bare):
                break
            words.insert(0, bare + ",")
            continue
        if raw.startswith("(") and raw.rstrip(",").endswith(")"):
            words.insert(0, f"({bare})")
            continue
        if not is_cap(bare):
            prev_cap = k > 0 and is_cap(toks[k - 1].strip(",.;:()"))
            if bare.casefold() in PHRASE_GLUE and words and prev_cap:
                words.insert(0, bare)
                continue
            break
        words.insert(0, bare)
        if len(words) >= 20:
            break
    while words and words[0].rstrip(",").casefold() in CONNECTORS:
        words.pop(0)
    return [w for w in words if w]
