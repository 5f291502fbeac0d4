"""PDF and print: the statement as a QTextDocument (a real text layer, selectable and
searchable), written by QPdfWriter or sent to a printer. Needs a QGuiApplication."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from humasdesk.core import markdown
from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.exporting.docx_export import hard_breaks
from humasdesk.exporting.layout import Page

# Qt lays a page out in time that grows faster than the text: 400,000 characters of words
# take about a second, one "word" of 400,000 characters without a space 7 s (195 of 2,000
# each under 2 s), and a 19 MB one never ended. A press statement is a few thousand.
MAX_CHARACTERS = 400_000
MAX_WORD = 2_000
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "“{title}” cannot be laid out as pages: it is {length} characters long, and pages hold "
    "at most {limit}. Export it as Word (.docx) or text instead.",
)
WORD_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "“{title}” cannot be laid out as pages: it holds a run of over {limit} characters "
    "without a space. Export it as Word (.docx) or text instead.",
)


class TooLongForPages(UserError):
    message = TOO_LONG


def check_size(page: Page) -> None:
    """Refuses, at once, a statement whose page layout would not end in reasonable time."""
    st = page.statement
    fields = (st.title, st.subtitle, st.lead, st.body, st.about, st.contacts)
    length = sum(len(text) for text in fields)
    title = st.title[:80]
    if length > MAX_CHARACTERS:
        raise TooLongForPages(TOO_LONG, title=title, length=length, limit=MAX_CHARACTERS)
    if any(_LONG_WORD.search(text) for text in fields):
        raise TooLongForPages(WORD_TOO_LONG, title=title, limit=MAX_WORD)


STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; }
p { margin-top: 0px; margin-bottom: 9px; text-align: justify; }
li { margin-bottom: 3px; }
p.letterhead { text-align: center; font-size: 9pt; margin-bottom: 0px; }
p.office { text-align: center; font-size: 13pt; font-weight: bold; margin-bottom: 2px; }
p.embargo { color: #b00020; font-weight: bold; }
p.number { text-align: center; margin-top: 10px; }
h1 { text-align: center; font-size: 15pt; margin-top: 4px; margin-bottom: 6px; }
h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 4px; }
p.subtitle { text-align: center; font-style: italic; margin-bottom: 14px; }
div.about { font-size: 9pt; margin-top: 16px; }
"""


def _inline(text: str) -> str:
    """Markdown of one paragraph, as inline HTML (without the <p> around it)."""
    rendered = markdown.to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def to_html(page: Page) -> str:
    st = page.statement
    parts = ["<html><body>"]
    if page.letterhead:
        lines = page.letterhead.split("\n")
        parts.append(f'<p class="office">{html.escape(lines[0])}</p>')
        parts.extend(f'<p class="letterhead">{html.escape(line)}</p>' for line in lines[1:])
        parts.append("<hr/>")
    if page.embargo:
        parts.append(f'<p class="embargo">{html.escape(page.embargo)}</p>')
    if st.number:
        parts.append(f'<p class="number">{html.escape(st.number)}</p>')
    parts.append(f"<h1>{html.escape(st.title)}</h1>")
    if st.subtitle:
        parts.append(f'<p class="subtitle">{html.escape(st.subtitle)}</p>')
    lead_blocks = markdown.to_html(st.lead).strip()
    if page.dateline:
        prefix = f"<b>{html.escape(page.dateline)} – </b>"
        if lead_blocks.startswith("<p>"):
            lead_blocks = "<p>" + prefix + lead_blocks[3:]
        else:
            lead_blocks = f"<p>{prefix}</p>{lead_blocks}"
    parts.append(lead_blocks)
    parts.append(markdown.to_html(st.body))
    if st.about.strip():
        parts.append(f'<div class="about">{markdown.to_html(st.about)}</div>')
    if st.contacts.strip():
        parts.append(f'<div class="about">{markdown.to_html(hard_breaks(st.contacts))}</div>')
    if page.link:
        parts.append(f"<p>{html.escape(page.link)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def document(page: Page) -> QTextDocument:
    check_size(page)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(to_html(page))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, page.statement.title)
    return doc


def write(page: Page, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setTitle(page.statement.title)
    writer.setCreator("HumasDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 18, 20, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_to(document(page), writer)


def print_to(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lays `doc` out on the device's printable area (its own margins, not Qt's default
    2 cm on top of them) and prints it."""
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    doc.setPageSize(QSizeF(area.width() * dpi / 72, area.height() * dpi / 72))
    doc.print_(device)
