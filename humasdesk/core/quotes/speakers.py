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
    LOWER_HEADS,
    MARK,
    ORG_WORDS,
    PHRASE_GLUE,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
    SUBUNIT_WORDS,
)
from humasdesk.core.quotes.tokens import (
    Token,
    Tokens,
    abbreviated,
    bare_word,
    is_cap,
    is_roman,
    name_like,
)


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
    split = _split_at_from(words, short_names) or _split_at_commas(words)
    if split is not None:
        return split
    words = [w.rstrip(",") for w in words]
    name_start = _name_start(words, short_names or set())
    name_words = _name_words(words[name_start:])
    role_words = words[:name_start]
    # Words glued before the title (a heading run into the text) are not part of it.
    first_role = next(
        (k for k, w in enumerate(role_words) if w.casefold() in ROLE_WORDS or not is_cap(w)),
        0,
    )
    role, org = split_role(role_words[first_role:])
    return Speaker(" ".join(name_words), role, org)


def _split_at_from(words: list[str], short_names: set[str] | None) -> Speaker | None:
    """ "Rina dari Dinas Kesehatan": the name and title before, the office after."""
    for k, w in enumerate(words):
        if w in ("dari", "from") and 0 < k < len(words) - 1:
            if any(x.endswith(",") for x in words[k + 1 : -1]):
                return None  # "anggota Tim X dari UGM, Dian P": the name after the comma
            left = split_speaker(words[:k], short_names)
            if left.name:
                org = " ".join(x.rstrip(",") for x in words[k + 1 :])
                return Speaker(left.name, left.role, left.organisation or org)
    return None


def _split_at_commas(words: list[str]) -> Speaker | None:
    """ "Mira Tayyiba, Secretary General …" (name first) or "Kepala Dusun X, Kelurahan Y,
    Wahyu Wibowo" (title first, name last)."""
    if not any(w.endswith(",") for w in words[:-1]):
        return None
    pieces: list[list[str]] = [[]]
    for w in words:
        pieces[-1].append(w.rstrip(","))
        if w.endswith(","):
            pieces.append([])
    pieces = [p for p in pieces if p]
    if len(pieces[0]) <= 4 and all(name_like(w) for w in pieces[0]) and len(pieces) > 1:
        role, org = split_role([w for p in pieces[1:] for w in p])
        return Speaker(" ".join(pieces[0]), role, org)
    if len(pieces[-1]) <= 4 and all(name_like(w) for w in pieces[-1]):
        role, org = split_role([w for p in pieces[:-1] for w in p])
        return Speaker(" ".join(pieces[-1]), role, org)
    return None


def _name_start(words: list[str], short_names: set[str]) -> int:
    """Where the name begins: at a short name the text uses for someone, else at most three
    name-like words from the end; initials before it belong to it ("A Zaki Iskandar")."""
    name_start = next(
        (i for i, w in enumerate(words) if i > 0 and w in short_names and name_like(w)), None
    )
    if name_start is not None:
        if name_start == len(words) - 1 and name_like(words[name_start - 1]):
            name_start -= 1
    else:
        name_start = len(words)
        while name_start > 0 and len(words) - name_start < 3:
            if not _name_word_at(words, name_start - 1):
                break
            name_start -= 1
    while 0 < name_start < len(words):
        prev = words[name_start - 1].rstrip(".")
        if not (len(prev) == 1 and prev.isupper()):
            break
        name_start -= 1
    return name_start


def _name_word_at(words: list[str], i: int) -> bool:
    """Whether words[i] reads as part of a name (initials only inside one)."""
    word = words[i]
    # Initials inside a name ("A Zaki Iskandar"), or closing it after a name ("Mahfud MD").
    initials = len(word) <= 2 and word.isupper() and not is_roman(word) and i > 0
    return name_like(word) or (initials and name_like(words[i - 1]))


def _name_words(words: list[str]) -> list[str]:
    """The name ends at the first word after its first that is neither a name nor initials."""
    for k in range(1, len(words)):
        word = words[k]
        if not (name_like(word) or (len(word) <= 2 and word.isupper())):
            return words[:k]
    return words


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
        # "Menteri Koperasi": a portfolio right after the title is part of it.
        portfolio = key in PORTFOLIO_WORDS and words[i - 1].casefold() in ROLE_WORDS
        if i > 0 and top_level and key not in ROLE_WORDS and not portfolio:
            return _join(words[:i]), _join(words[i:])
    return _join(words), ""


def _join(words: list[str]) -> str:
    """The words, without lower-case glue at either end ("DA" is a title, "da" is glue)."""
    while words and words[-1].islower() and words[-1] in PHRASE_GLUE:
        words = words[:-1]
    while words and words[0].islower() and words[0] in PHRASE_GLUE - {"the"}:
        words = words[1:]
    return " ".join(words)


_AND = frozenset({"dan", "serta", "and", "&"})
_ROLES_AND_POLITICIANS = ROLE_WORDS | {"politisi", "politikus"}


GO, STOP, BACKREF, KEEP = "go", "stop", "backref", "keep"


class _PhraseAfter:
    """Reads the speaker words after a cue, one token at a time; each `_read` says whether
    the phrase goes on, stops, or ends in a word pointing back ("politisi itu")."""

    def __init__(self, text: str, pos: int, language: str) -> None:
        self.words: list[str] = []
        self.end = pos
        self.toks = Tokens(text, pos, 28)
        self.stop_words = ID_STOP if language == "id" else EN_STOP
        self.roles_only = True

    def read(self) -> tuple[list[str], int, bool]:
        for k in itertools.count():
            tok = self.toks.get(k)
            verdict = STOP if tok is None else self._read(tok, k)
            if verdict == BACKREF and tok is not None:
                return self.words, tok.end, True
            if verdict == STOP or len(self.words) >= 16:
                break
        return self.words, self.end, False

    def _take(self, word: str, tok: Token) -> str:
        self.words.append(word)
        self.end = tok.end
        return GO

    def _read(self, tok: Token, k: int) -> str:
        raw, bare = tok.text, tok.bare
        key = bare.casefold()
        if MARK.search(raw) or not bare or key in DAY_WORDS:
            return STOP
        if raw.startswith("("):
            return self._parenthesis(tok, k)
        if key in BACKREF_TAIL and self.words:
            return BACKREF
        following = self.toks.get(k + 1)
        next_cap = following is not None and is_cap(following.bare)
        if bare.isdigit() and self.words and next_cap and len(bare) <= 3:
            return self._take(bare, tok)  # "Daop 8 Surabaya", "Komisi IX": part of the office
        if not is_cap(bare) and self._field_of_title(key, k):
            return self._take(bare, tok)
        if not is_cap(bare):
            verdict = self._lower(key, following, next_cap)
            if verdict == GO:
                return self._take(bare, tok)
            if verdict == STOP:
                return STOP
        if key not in ROLE_WORDS and key not in ORG_WORDS and key not in PLACE_WORDS:
            self.roles_only = False
        self._take(bare, tok)
        return self._after_punctuation(raw, k)

    def _field_of_title(self, key: str, k: int) -> bool:
        """ "pakar epidemiologi Fakultas …", "pengamat hukum tata negara Universitas …": the
        field after a lower-case title belongs to it when an office (a word that opens an
        organisation's name) follows within four words."""
        opened = bool(self.words) and self.words[0].casefold() in LOWER_HEADS
        if not opened or any(is_cap(w) for w in self.words) or key in self.stop_words:
            return False
        for j in range(k + 1, k + 5):
            tok = self.toks.get(j)
            if tok is None or (tok.text.endswith((",", ".")) and not is_cap(tok.bare)):
                return False
            if is_cap(tok.bare):
                return tok.bare.casefold() in ORG_WORDS | SUBUNIT_WORDS
            if tok.bare.casefold() in self.stop_words:
                return False
        return False

    def _parenthesis(self, tok: Token, k: int) -> str:
        """ "(KAI Commuter)" after a name or an office belongs to it."""
        raw, bare = tok.text, tok.bare
        named = bare[:1].isupper() and not any(c.isdigit() or c == "/" for c in bare)
        if not (raw.rstrip(",.").endswith(")") and len(bare) <= 40 and self.words and named):
            return STOP
        self._take(f"({bare})", tok)
        if raw.endswith(",") and _continues_after_comma(self.words, self.toks, k):
            self.words[-1] += ","
            return GO
        return STOP if raw.endswith((",", ".")) else GO

    def _lower(self, key: str, following: Token | None, next_cap: bool) -> str:
        """A lower-case word: glue inside the phrase (GO), a title that may open it (KEEP,
        read as a word of the phrase), or the end of it (STOP)."""
        following_key = following.bare.casefold() if following is not None else ""
        if key in _AND and following_key in ROLE_WORDS and any(map(name_like, self.words)):
            return STOP  # "Wamenkop Rina Hapsari dan Kepala BPS Teguh": the next person
        if self.words and self._joins(key, following_key, next_cap):
            return GO
        opens = not self.words and key in _ROLES_AND_POLITICIANS
        if (key in self.stop_words or key not in ROLE_WORDS) and not opens:
            return STOP
        return KEEP

    def _joins(self, key: str, following_key: str, next_cap: bool) -> bool:
        """Glue between capitalised words ("Menteri Koordinator Bidang Politik dan Keamanan"),
        or the office after a title ("Kepala Dinas di Pemprov X", "juru bicara dari Polda")."""
        if key in PHRASE_GLUE and (next_cap or following_key in PHRASE_GLUE):
            return True
        at_office = key in {"di", "at"} and not is_cap(self.words[0])
        from_office = key in {"dari", "from"} and (
            self.roles_only or following_key in ORG_WORDS or not is_cap(self.words[0])
        )
        return next_cap and (at_office or from_office)

    def _after_punctuation(self, raw: str, k: int) -> str:
        ends = raw.endswith((",", ";", ":", "!", "?")) or (
            raw.endswith(".") and not abbreviated(raw)
        )
        if not ends:
            return GO
        if raw.endswith(",") and _continues_after_comma(self.words, self.toks, k):
            self.words[-1] = self.words[-1] + ","
            return GO
        return STOP


def phrase_after(text: str, pos: int, language: str) -> tuple[list[str], int, bool]:
    """The speaker words after a cue at `pos`: (words, end, ends_with_backref_word)."""
    return _PhraseAfter(text, pos, language).read()


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
    after_and = toks.get(k + 2)
    if key in _AND and words[0].rstrip(",").casefold() in ROLE_WORDS and after_and is not None:
        return is_cap(after_and.bare)  # "Bidang Politik, Hukum, dan Keamanan"
    if not name_like(nxt):
        return False
    after_place = len(words) >= 2 and words[-2].rstrip(",").casefold() in PLACE_WORDS
    title_first = words[0].rstrip(",").casefold() in ROLE_WORDS
    return after_place or title_first or not split_speaker(words).name or _title_ahead(toks, k + 1)


def _title_ahead(toks: Tokens, k: int) -> bool:
    """ "…, Harris County District Attorney": capitalised words from token k reaching a
    title within four words."""
    for j in range(k, k + 4):
        tok = toks.get(j)
        if tok is None or not is_cap(tok.bare):
            return False
        if tok.bare.casefold() in ROLE_WORDS:
            return True
    return False


def name_before(text: str, pos: int) -> bool:
    """Whether `phrase_before(text, pos)` can end in a name-like word: the word right
    before `pos` must be one (checked the way that function reads it)."""
    last = text[max(0, pos - 200) : pos].rsplit(maxsplit=1)[-1:]
    if not last or MARK.search(last[0]):
        return False
    raw = last[0]
    if raw.startswith("(") and raw.rstrip(",").endswith(")"):
        return False
    return name_like(bare_word(raw))


def phrase_before(text: str, pos: int) -> list[str]:
    """The capitalised words right before `pos` (a speech verb), back to a sentence start,
    a lower-case word or a connector: "Namun, Kepala Dinas X Rizal" -> [Kepala, …, Rizal]."""
    toks = text[max(0, pos - 200) : pos].split()
    words: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        word = _word_before(toks, k, bool(words))
        if word is None:
            break
        words.insert(0, word)
        if len(words) >= 20:
            break
    if words and words[0].casefold() in CONNECTORS and any(w.endswith(",") for w in words):
        # "Kepada Meutya, Tri Widodo menjelaskan": the phrase before the comma is not the
        # speaker.
        words = words[next(i for i, w in enumerate(words) if w.endswith(",")) + 1 :]
    while words and words[0].rstrip(",").casefold() in CONNECTORS:
        words.pop(0)
    return [w for w in words if w]


def _word_before(toks: list[str], k: int, inside: bool) -> str | None:
    """Token k as a word of the phrase read backwards, or None where the phrase begins."""
    raw = toks[k]
    bare = bare_word(raw)
    if not bare or MARK.search(raw):
        return None
    if inside and raw.endswith((".", "!", "?")) and not abbreviated(raw):
        return None
    if inside and raw.endswith(","):
        # "Widyastuti, Kepala Dinas …, mengatakan" keeps the appositive; a connector
        # ("Namun,") ends the phrase.
        keeps = bare.casefold() not in CONNECTORS and is_cap(bare)
        return bare + "," if keeps else None
    if raw.startswith("(") and raw.rstrip(",").endswith(")"):
        return f"({bare})"
    if is_cap(bare):
        return bare
    if inside and bare.isdigit() and len(bare) <= 3 and k > 0 and is_cap(bare_word(toks[k - 1])):
        return bare  # "CEO 99 Group Indonesia", "Kepala Daop 8 Surabaya": part of the office
    return bare if inside and _glue_before(toks, k, bare) else None


def _glue_before(toks: list[str], k: int, bare: str) -> bool:
    """ "Chief of the Organized Crime Division", "Subardi, dari Fraksi …": glue after a
    capitalised word, or after more glue ("of the")."""
    prev = toks[k - 1].strip(",.;:()") if k > 0 else ""
    prev_fits = is_cap(prev) or (prev.casefold() in PHRASE_GLUE and k > 1)
    glue = bare.casefold() in PHRASE_GLUE or bare.casefold() in ("dari", "from")
    return glue and prev_fits
