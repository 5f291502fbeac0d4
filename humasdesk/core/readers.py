"""Reads the files officers bring in (.txt, .md, .docx, saved .html pages) into text.

Every file is treated as hostile until checked: its size, its kind, and for a .docx the zip
directory (member count, unpacked sizes, compression ratio) and the XML inside (element counts,
no DTD or entity declarations) are checked before any parser sees it. Each refusal is a
`UserError` naming the reason. The checks here are the first line; `read_worker` runs this
module in a child process with a time and memory limit as the second.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.problems import Problem, known

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DOCX_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + DOCX_SUFFIXES + HTML_SUFFIXES

# A real press statement's .docx holds a few dozen parts, a few MB at most once unpacked, and
# XML that compresses 5 to 30 times. The limits leave ample room for photos and long annexes.
MAX_ZIP_MEMBERS = 1000
MAX_UNPACKED_BYTES = 200 * MB
MAX_XML_PART_BYTES = 50 * MB
MAX_RATIO = 100
RATIO_APPLIES_FROM = 1 * MB  # small parts may compress any amount
MAX_PARAGRAPHS = 50_000
MAX_ELEMENTS = 2_000_000
MAX_HTML_TAGS = 1_000_000
# Share of control characters above which decoded "text" is really a binary file.
MAX_CONTROL_SHARE = 0.01


# ----- refusals
class ReadRefused(UserError):
    """Base class: a file that cannot or must not be imported."""


class FileTooLarge(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is {size} MB; a press statement file can be at most {limit} MB. "
        "It was not imported.",
    )


class EmptyFile(ReadRefused):
    message = QT_TRANSLATE_NOOP("errors", "{name} is empty.")


class NoStatementText(ReadRefused):
    message = QT_TRANSLATE_NOOP("errors", "{name} holds no statement text.")


class NotText(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} is not a text file: its content is binary data with a {suffix} name."
    )


class GarbledText(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} says its text is in {encoding}, but its bytes are not; decoded that way it "
        "would be unreadable, so it was not imported. Save it again as UTF-8.",
    )


class UnsupportedFormat(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name}: HumasDesk imports .txt, .md, .docx and .html files, not {suffix}."
    )


class OldWordFormat(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is in the old Word format (.doc). Open it in Word or LibreOffice, save it as "
        ".docx and import that.",
    )


class DamagedDocx(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} is not a readable Word document: the file is damaged or incomplete."
    )


class ZipBomb(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was refused: it would unpack to {size} MB (limit {limit} MB), far more than a "
        "press statement. Files built like this are used to crash programs.",
    )


class ZipRatio(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was refused: a part of it is compressed {ratio} times (limit {limit}), a sign "
        "of a file built to crash programs.",
    )


class TooManyParts(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} was refused: it holds {count} parts (limit {limit})."
    )


class TooManyParagraphs(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was refused: it holds {count} paragraphs or elements, more than a press "
        "statement ever has (limit {limit}).",
    )


class XmlEntities(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was refused: it declares XML entities or a document type, a known trick to "
        "make programs run out of memory.",
    )


class ReadTimedOut(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} took longer than {seconds} seconds to read and was stopped."
    )


class ReadOutOfMemory(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} needed more than {limit} MB of memory to read and was stopped."
    )


class ReaderFailed(ReadRefused):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} could not be read: the reader stopped unexpectedly ({detail})."
    )


class CannotOpen(ReadRefused):
    message = QT_TRANSLATE_NOOP("errors", "{name} cannot be opened: {detail}")


NOT_A_FILE = known(QT_TRANSLATE_NOOP("errors", "not a regular file"), "errors")
TOO_DEEP = known(QT_TRANSLATE_NOOP("errors", "it is nested too deeply"), "errors")
READER_EXIT = known(QT_TRANSLATE_NOOP("errors", "exit code {code}"), "errors")


REFUSALS: dict[str, type[ReadRefused]] = {
    cls.__name__: cls
    for cls in (
        ReadRefused,
        FileTooLarge,
        EmptyFile,
        NoStatementText,
        NotText,
        GarbledText,
        UnsupportedFormat,
        OldWordFormat,
        DamagedDocx,
        ZipBomb,
        ZipRatio,
        TooManyParts,
        TooManyParagraphs,
        XmlEntities,
        ReadTimedOut,
        ReadOutOfMemory,
        ReaderFailed,
        CannotOpen,
    )
}


# ----- what a reader returns
@dataclass
class RawDocument:
    """A file's text as Markdown-ish paragraphs, with what the format itself told us."""

    text: str
    kind: str  # "text", "markdown", "docx", "html"
    title: str = ""
    date: str | None = None
    author: str = ""


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".rstrip("0").rstrip(".")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after the checks every format shares: it exists, fits and is not
    empty. Reads at most one byte past the limit, whatever the file system says."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLarge(name=name, size=_mb(size), limit=_mb(MAX_FILE_BYTES))
        # Not blocking: a named pipe put where a file was opens at once, and is refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CannotOpen(name=name, detail=Problem(NOT_A_FILE))
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CannotOpen(name=name, detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise FileTooLarge(name=name, size=_mb(len(data)), limit=_mb(MAX_FILE_BYTES))
    if not data.strip():
        raise EmptyFile(name=name)
    return data


def read_document(path: Path) -> RawDocument:
    """Reads one file by its suffix; raises a `ReadRefused` subclass with the reason."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise OldWordFormat(name=path.name)
    if suffix not in SUFFIXES:
        raise UnsupportedFormat(name=path.name, suffix=suffix or path.name)
    data = read_bytes(path)
    if suffix in DOCX_SUFFIXES:
        return read_docx(data, path.name)
    if suffix in HTML_SUFFIXES:
        return read_html(data, path.name)
    text = decode_text(data, path.name, suffix)
    return RawDocument(text=text, kind="markdown" if suffix in (".md", ".markdown") else "text")


# ----- plain text
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: text in Latin script has a zero in every other
    byte. Notepad and some exporters write such files."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def guess_encoding(data: bytes) -> str | None:
    """The encoding of a text file, or None when it is not text.

    Trial decoding covers what Indonesian offices produce (UTF-8, UTF-16, Windows-1252) more
    reliably than statistics on short files; charset-normalizer decides the rest.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else None


# Control characters (other than tab, newlines and form feeds), surrogates and private-use
# characters: what binary data decodes to and real text never holds.
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]"
)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _false_bom(data: bytes) -> bytes:
    """`data` without a UTF-16 byte order mark that sits over text that is not UTF-16 (an
    editor put it before UTF-8 text): UTF-16 text in any script has zero bytes or does not
    decode as UTF-8, and such text has no zero byte and does."""
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom) and not data.startswith(codecs.BOM_UTF32_LE):
            rest = data[len(bom) :]
            if b"\x00" in rest[:4096]:
                return data
            try:
                rest.decode("utf-8")
            except UnicodeDecodeError:
                return data
            return rest
    return data


# Scripts no Indonesian or English release is written in, but that ASCII bytes read as
# UTF-16 turn into (CJK ideographs, Hangul, and the like): U+0100 and above.
def _garbled(data: bytes, text: str) -> bool:
    """Text decoded from bytes that were nearly all printable ASCII, yet came out nearly all
    beyond Latin-1: the bytes were read in the wrong encoding (ASCII read as UTF-16)."""
    sample = data[:8192]
    if not sample or b"\x00" in sample:
        return False
    ascii_share = sum(32 <= b < 127 or b in (9, 10, 13) for b in sample) / len(sample)
    letters = [c for c in text[:4096] if not c.isspace()]
    if ascii_share < 0.95 or not letters:
        return False
    return sum(ord(c) > 0xFF for c in letters) / len(letters) > 0.5


def decode_text(data: bytes, name: str, suffix: str = ".txt") -> str:
    data = _false_bom(data)
    encoding = guess_encoding(data)
    if encoding is None:
        raise NotText(name=name, suffix=suffix)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise NotText(name=name, suffix=suffix) from exc
    if _garbled(data, text):
        raise GarbledText(name=name, encoding=encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText(name=name, suffix=suffix)
    if not text.strip():
        raise EmptyFile(name=name)
    return text


# ----- .docx
_PARAGRAPH = re.compile(rb"<w:p[\s/>]")
_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _xml_bytes_for_scan(part: bytes) -> bytes:
    """An XML part as UTF-8 for the checks, whatever encoding it declares."""
    for bom, encoding in _BOMS:
        if part.startswith(bom):
            return part.decode(encoding, "replace").encode("utf-8")
    if part[:2] in (b"<\x00", b"\x00<"):
        return part.decode("utf-16-le" if part[0] else "utf-16-be", "replace").encode("utf-8")
    return part


def check_docx(data: bytes, name: str) -> dict[str, bytes]:
    """Checks a .docx before any XML parser sees it; returns its XML parts, unpacked.

    The zip directory is read first (no inflating): member count, declared sizes and ratios.
    Then each XML part is inflated with a hard cap and scanned for DTD or entity declarations
    and for element and paragraph counts. Python's zipfile never yields more bytes than a
    member declares, so the declared sizes bound what inflating can cost.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DamagedDocx(name=name) from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise TooManyParts(name=name, count=len(members), limit=MAX_ZIP_MEMBERS)
    total = sum(max(m.file_size, 0) for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise ZipBomb(name=name, size=_mb(total), limit=_mb(MAX_UNPACKED_BYTES))
    for member in members:
        if member.file_size >= RATIO_APPLIES_FROM:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_RATIO:
                raise ZipRatio(name=name, ratio=int(ratio), limit=MAX_RATIO)
    names = {m.filename for m in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise DamagedDocx(name=name)
    parts: dict[str, bytes] = {}
    elements = 0
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        if member.file_size > MAX_XML_PART_BYTES:
            raise ZipBomb(name=name, size=_mb(member.file_size), limit=_mb(MAX_XML_PART_BYTES))
        try:
            with archive.open(member) as handle:
                part = handle.read(MAX_XML_PART_BYTES + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as exc:
            raise DamagedDocx(name=name) from exc
        except RuntimeError as exc:  # encrypted member
            raise DamagedDocx(name=name) from exc
        if len(part) > MAX_XML_PART_BYTES:
            raise ZipBomb(name=name, size=_mb(len(part)), limit=_mb(MAX_XML_PART_BYTES))
        scan = _xml_bytes_for_scan(part)
        if _DECLARATIONS.search(scan):
            raise XmlEntities(name=name)
        elements += scan.count(b"<")
        if member.filename == "word/document.xml":
            paragraphs = len(_PARAGRAPH.findall(scan))
            if paragraphs > MAX_PARAGRAPHS:
                raise TooManyParagraphs(name=name, count=paragraphs, limit=MAX_PARAGRAPHS)
        if elements > MAX_ELEMENTS:
            raise TooManyParagraphs(name=name, count=elements, limit=MAX_ELEMENTS)
        parts[member.filename] = part
    return parts


_MD_SPECIAL = re.compile(r"([\\*`])")


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _wrap(text: str, bold: bool, italic: bool) -> str:
    """`text` with Markdown emphasis; spaces stay outside the markers, as CommonMark wants."""
    core = text.strip()
    if not core or not (bold or italic):
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    marker = ("**" if bold else "") + ("*" if italic else "")
    return f"{lead}{marker}{core}{marker[::-1]}{trail}"


def _paragraph_markdown(paragraph: Any) -> str:
    pieces: list[tuple[str, bool, bool]] = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        key = (bool(run.bold), bool(run.italic))
        if pieces and (pieces[-1][1], pieces[-1][2]) == key:
            pieces[-1] = (pieces[-1][0] + text, *key)
        else:
            pieces.append((text, *key))
    if all(bold for _t, bold, _i in pieces) and pieces:
        # A paragraph that is bold throughout is a heading-like line, kept plain.
        return _escape("".join(t for t, _b, _i in pieces))
    return "".join(_wrap(_escape(t), b, i) for t, b, i in pieces)


def _style_name(paragraph: Any) -> str:
    try:
        return str(paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return ""


def _is_list(paragraph: Any, style: str) -> tuple[bool, bool]:
    """(is a list item, is numbered)."""
    lowered = style.lower()
    numbered = "number" in lowered or "angka" in lowered
    if "list" in lowered or "daftar" in lowered:
        return True, numbered
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True, numbered
    return False, False


def _docx_markdown(document: Any) -> tuple[str, str]:
    """The body as Markdown, and the text of a paragraph styled as the title (if any)."""
    from docx.table import Table

    blocks: list[str] = []
    title = ""
    numbered_index = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and text not in cells:
                        cells.append(text)
                if cells:
                    blocks.append(_escape(" | ".join(cells)))
            continue
        text = _paragraph_markdown(item).strip()
        if not text:
            continue
        style = _style_name(item)
        lowered = style.lower()
        boilerplate = re.fullmatch(r"(?i)\W*(siaran pers|press release)\W*", item.text)
        if lowered in ("title", "judul") and not title and len(item.text) < 300 and not boilerplate:
            title = item.text.strip()
            continue
        heading = re.match(r"(?:heading|judul)\s*(\d)", lowered)
        is_list, numbered = _is_list(item, style)
        if heading:
            blocks.append("#" * min(int(heading.group(1)), 6) + " " + text)
            numbered_index = 0
        elif is_list:
            numbered_index = numbered_index + 1 if numbered else 0
            marker = f"{numbered_index}." if numbered else "-"
            # Consecutive list items form one Markdown list (no blank line between them).
            if blocks and re.match(r"(-|\d+\.) ", blocks[-1].rsplit("\n", 1)[-1]):
                blocks[-1] += f"\n{marker} {text}"
            else:
                blocks.append(f"{marker} {text}")
        else:
            numbered_index = 0
            blocks.append(text)
    return "\n\n".join(blocks), title


def read_docx(data: bytes, name: str) -> RawDocument:
    check_docx(data, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        text, title = _docx_markdown(document)
        # The file's "author" property names whoever made the file ("Windows User"), not the
        # release's writer, so only its title is used.
        core_title = ""
        with contextlib.suppress(ValueError, KeyError, AttributeError, TypeError):
            core_title = (document.core_properties.title or "").strip()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        ValueError,
        AttributeError,
        TypeError,
        IndexError,
        OSError,
        SyntaxError,  # lxml's XMLSyntaxError
        LookupError,
    ) as exc:
        raise DamagedDocx(name=name) from exc
    if not text.strip():
        raise NoStatementText(name=name)
    return RawDocument(text=text, kind="docx", title=title or core_title)


# ----- .html
_HTML_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)


def _html_text(data: bytes, name: str) -> str:
    data = _false_bom(data)
    encoding = guess_encoding(data)
    if encoding is None:
        raise NotText(name=name, suffix=".html")
    declared = re.search(rb"<meta[^>]{0,200}charset=[\"']?([A-Za-z0-9_-]{2,20})", data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE)):
        candidate = declared.group(1).decode("ascii").lower()
        if candidate.replace("-", "").replace("_", "").startswith(("utf16", "utf32")):
            # A <meta> tag readable as ASCII cannot be in UTF-16 or UTF-32: browsers read
            # such a page as UTF-8, and so do we (the bytes said what they are above).
            candidate = encoding
        try:
            codecs.lookup(candidate)
            data.decode(candidate)
            encoding = candidate
        except (LookupError, UnicodeDecodeError):
            pass
    if encoding.replace("-", "") in ("iso88591", "latin1", "ascii"):
        encoding = "cp1252"  # as browsers do
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise NotText(name=name, suffix=".html") from exc
    if _garbled(data, text):
        raise GarbledText(name=name, encoding=encoding)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText(name=name, suffix=".html")
    return text.lstrip("\ufeff")


def _fragment_blocks(markup: str) -> str:
    """Fallback for a short HTML fragment that trafilatura judges too small for an article:
    the text of its block elements, read with lxml's HTML parser."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = []
    found = root.xpath("//p|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote")
    for element in found or [root]:
        text = " ".join(element.text_content().split())
        if text:
            prefix = "- " if element.tag == "li" else ""
            if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                prefix = "#" * int(element.tag[1]) + " "
            blocks.append(prefix + _escape(text))
    return "\n\n".join(blocks)


def read_html(data: bytes, name: str) -> RawDocument:
    if _HTML_DECLARATION.search(data[: 64 * 1024]):
        raise XmlEntities(name=name)
    markup = _html_text(data, name)
    tags = markup.count("<")
    if tags > MAX_HTML_TAGS:
        raise TooManyParagraphs(name=name, count=tags, limit=MAX_HTML_TAGS)
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            markup,
            include_formatting=True,
            include_links=False,
            include_images=False,
            include_comments=False,
            with_metadata=True,
            favor_recall=True,
        )
    except (ValueError, TypeError, AttributeError, LookupError, SyntaxError) as exc:
        raise NotText(name=name, suffix=".html") from exc
    text, title, date, author = "", "", None, ""
    if found is not None:
        meta: Any = found  # a Document object (trafilatura 2) with the fields as attributes
        text = str(getattr(meta, "text", "") or "")
        title = str(getattr(meta, "title", "") or "")
        date = getattr(meta, "date", None) or None
        author = str(getattr(meta, "author", "") or "")
    if len(text.strip()) < 40:
        text = _fragment_blocks(markup) or text
    if not text.strip():
        raise NoStatementText(name=name)
    return RawDocument(text=text, kind="html", title=title, date=date, author=author)
