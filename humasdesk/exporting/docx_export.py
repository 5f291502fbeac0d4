"""DOCX in the house layout: letterhead, number, title, dateline with the lead, the body with
the officer's formatting as real Word runs and styles, about and contacts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from humasdesk.core import markdown
from humasdesk.exporting.layout import Page

FONT = "Arial"


def _bottom_border(paragraph: Any) -> None:
    """A rule under the letterhead, as printed letterheads have."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "12"),
        ("w:space", "4"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _add_runs(paragraph: Any, runs: list[markdown.Run]) -> None:
    for run in runs:
        text = run.text
        if run.link and run.link != run.text:
            text = f"{text} ({run.link})"
        added = paragraph.add_run(text)
        added.bold = run.bold or None
        added.italic = run.italic or None
        if run.code:
            added.font.name = "Courier New"


def _list_style(document: Any, block: markdown.Block) -> str:
    base = "List Number" if block.ordered else "List Bullet"
    name = base if block.level <= 1 else f"{base} {min(block.level, 3)}"
    try:
        document.styles[name]
    except KeyError:
        return base
    return name


def add_markdown(document: Any, text: str, *, first_prefix: str = "") -> None:
    """Adds Markdown `text` as Word paragraphs; `first_prefix` opens the first paragraph in
    bold (the dateline before the lead)."""
    for index, block in enumerate(markdown.blocks(text)):
        if block.kind == "heading":
            paragraph = document.add_heading(level=min(block.level, 4))
        elif block.kind == "item":
            paragraph = document.add_paragraph(style=_list_style(document, block))
        elif block.kind == "quote":
            paragraph = document.add_paragraph(style="Quote")
        else:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if index == 0 and first_prefix:
            paragraph.add_run(f"{first_prefix} – ").bold = True
        _add_runs(paragraph, block.runs)
    if first_prefix and not text.strip():
        document.add_paragraph().add_run(first_prefix).bold = True


def hard_breaks(text: str) -> str:
    """Contacts are typed line by line: keep each line's break (Markdown would join them)."""
    return re.sub(r"(?<!\n)\n(?!\n)", "  \n", text)


def build(page: Page) -> Any:
    st = page.statement
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2)
    core = document.core_properties
    core.title = st.title
    core.subject = st.number
    core.author = ""
    core.language = st.language
    if page.letterhead:
        lines = page.letterhead.split("\n")
        for number, line in enumerate(lines):
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(line)
            run.bold = number == 0 or line.isupper()
            run.font.size = Pt(14 if number == 0 else 10)
        _bottom_border(paragraph)
        paragraph.paragraph_format.space_after = Pt(12)
    if page.embargo:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(page.embargo)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)
    if st.number:
        paragraph = document.add_paragraph(st.number)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading = document.add_heading(st.title, level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if st.subtitle:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(st.subtitle).italic = True
    add_markdown(document, st.lead, first_prefix=page.dateline)
    add_markdown(document, st.body)
    if st.about.strip():
        document.add_paragraph()
        add_markdown(document, st.about)
    if st.contacts.strip():
        add_markdown(document, hard_breaks(st.contacts))
    if page.link:
        document.add_paragraph(page.link)
    return document


def write(page: Page, target: Path) -> None:
    build(page).save(str(target))
