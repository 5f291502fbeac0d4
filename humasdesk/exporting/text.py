"""The text exports: Markdown (the body exactly as typed), plain text and WhatsApp text."""

from __future__ import annotations

from humasdesk.core import markdown
from humasdesk.exporting.layout import Page


def _lead(page: Page, lead: str) -> str:
    if page.dateline and lead:
        return f"{page.dateline} – {lead}"
    return lead or page.dateline


def to_markdown(page: Page) -> str:
    """A Markdown file for a website: the fields as typed, in the house order, made safe to
    publish (no raw HTML, no javascript: links: see markdown.publishable)."""
    st = page.statement
    safe = markdown.publishable
    parts = []
    if page.embargo:
        parts.append(f"**{safe(page.embargo)}**")
    if st.number:
        parts.append(safe(st.number))
    parts.append(f"# {safe(st.title)}")
    if st.subtitle:
        parts.append(f"*{safe(st.subtitle)}*")
    lead = _lead(page, st.lead)
    for text in (lead, st.body, st.about, st.contacts):
        if text.strip():
            parts.append(safe(text.strip("\n")))
    return "\n\n".join(parts) + "\n"


def to_plain(page: Page) -> str:
    st = page.statement
    parts = []
    if page.letterhead:
        parts.append(page.letterhead)
    if page.embargo:
        parts.append(page.embargo)
    if st.number:
        parts.append(st.number)
    parts.append(st.title.upper() if st.language == "id" else st.title)
    if st.subtitle:
        parts.append(st.subtitle)
    lead = _lead(page, markdown.to_plain(st.lead))
    for text in (lead, st.body, st.about, st.contacts):
        plain = markdown.to_plain(text) if text is not lead else text
        if plain.strip():
            parts.append(plain.strip())
    return "\n\n".join(parts) + "\n"


def to_whatsapp(page: Page) -> str:
    """For WhatsApp groups: *bold* title, _italic_ subtitle, short paragraphs, contacts and
    the office's link; the "about" boilerplate stays out of a chat message."""
    st = page.statement
    parts = []
    if page.embargo:
        parts.append(f"*{page.embargo}*")
    parts.append(f"*{st.title.strip()}*")
    if st.subtitle:
        parts.append(f"_{st.subtitle.strip()}_")
    lead = markdown.to_whatsapp(st.lead)
    if page.dateline:
        lead = f"*{page.dateline}* – {lead}" if lead else f"*{page.dateline}*"
    for text in (lead, markdown.to_whatsapp(st.body), markdown.to_whatsapp(st.contacts)):
        if text.strip():
            parts.append(text.strip())
    if page.link:
        parts.append(page.link)
    return "\n\n".join(parts) + "\n"
