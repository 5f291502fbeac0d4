"""A quote found in a text, with who said it: what the extractor gives its callers."""

from __future__ import annotations

from dataclasses import dataclass

from humasdesk.core.quotes.lexicon import CITIZEN_WORDS


@dataclass
class FoundQuote:
    """One direct quote: its words (without marks), where it stands, and who said it."""

    text: str
    start: int  # span of the quote in the text, quote marks included
    end: int
    speaker: str = ""  # the person's name, as fully as the text gives it
    role: str = ""  # the title, as written ("Sekretaris Jenderal")
    organisation: str = ""  # the body the title belongs to ("Kementerian Kominfo")
    cue: str = ""  # the speech verb that attributed it
    language: str = "id"
    attribution_start: int = 0  # span of "kata Sekretaris Jenderal … Mira Tayyiba"
    attribution_end: int = 0

    @property
    def official(self) -> bool:
        """Spoken by someone the text gives a title or an office: a quote for the library
        (a passer-by's remark in a news story is not)."""
        if self.organisation:
            return True
        first = self.role.split(" ", 1)[0].casefold() if self.role else ""
        return bool(first) and first not in CITIZEN_WORDS

    @property
    def citizen(self) -> bool:
        """Described as a private person ("warga Cempaka Putih", "pedagang", "resident")."""
        first = self.role.split(" ", 1)[0].casefold() if self.role else ""
        return first in CITIZEN_WORDS

    @property
    def role_phrase(self) -> str:
        return " ".join(p for p in (self.role, self.organisation) if p)
