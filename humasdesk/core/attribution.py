"""The one place that writes who said a quote, in the statement's language.

Indonesian puts the title before the name ("kata Sekretaris Jenderal Kementerian Kominfo Mira
Tayyiba"); English puts the name first and the title after it ("said Mira Tayyiba, Secretary
General of the Ministry of Communication and Informatics").
"""

from __future__ import annotations

from humasdesk.core.text import fold

CUE = {"id": "kata", "en": "said"}
# English bodies that read "of the Ministry …".
_COMMON_NOUNS = {"ministry", "department", "agency", "office", "council", "commission", "bureau"}
OPEN, CLOSE = "“", "”"


def role_phrase(title: str, organisation: str = "", language: str = "id") -> str:
    """The title with its organisation, once: "Kepala Dinas Kesehatan Provinsi X"."""
    title, organisation = title.strip(), organisation.strip()
    if language != "en" and organisation.startswith("Pemerintah "):
        # "Kepala Dinas Kesehatan Provinsi X", as releases write it, not "… Pemerintah Provinsi X".
        organisation = organisation.removeprefix("Pemerintah ")
    if language == "en" and organisation.split(" ", 1)[0].casefold() in _COMMON_NOUNS:
        organisation = f"the {organisation}"
    if not organisation or fold(organisation) in fold(title):
        return title
    if not title:
        return organisation
    joiner = " of " if language == "en" else " "
    return f"{title}{joiner}{organisation}"


def attribution(speaker: str, title: str = "", organisation: str = "", language: str = "id") -> str:
    """ "kata Sekretaris Jenderal Kementerian Kominfo Mira Tayyiba" / "said Mira Tayyiba,
    Secretary General of …"; just the cue and the name when no title is known."""
    language = language if language in CUE else "id"
    role = role_phrase(title, organisation, language)
    speaker = speaker.strip()
    if language == "en":
        who = f"{speaker}, {role}" if speaker and role else speaker or role
    else:
        who = " ".join(p for p in (role, speaker) if p)
    return f"{CUE[language]} {who}".strip()


def quote_sentence(
    text: str, speaker: str, title: str = "", organisation: str = "", language: str = "id"
) -> str:
    """The quote as a sentence to insert into a draft: “…,” kata X. / “…,” said X."""
    body = text.strip().strip(OPEN + CLOSE + '"').strip()
    if body.endswith((",", ".", ";", ":")):
        body = body[:-1].rstrip()
    if not body.endswith(("?", "!")):
        body += ","
    return f"{OPEN}{body}{CLOSE} {attribution(speaker, title, organisation, language)}."
