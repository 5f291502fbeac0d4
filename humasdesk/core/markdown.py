"""The officer's Markdown, kept as typed and read two ways: as a small block model, so every
export (DOCX, PDF, plain text, WhatsApp) renders the same formatting from one parser
(CommonMark through markdown-it-py, raw HTML off: whatever is typed stays text); and as its
plain words, cheaply, for snippets, word counts and reading time (`plain`).

A blank line ends a paragraph; a single line break stays a line break (as the editor shows
it), where CommonMark alone would join the two lines."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""
    code: bool = False


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "item", "quote"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level (1-6), or list depth (1 = top level)
    ordered: bool = False
    number: int = 0  # an ordered item's number

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded with the first document, not at start

    options = {"html": False, "linkify": False, "typographer": False, "breaks": True}
    return MarkdownIt("commonmark", options)


def to_html(text: str) -> str:
    """HTML for Qt's rich text (PDF, print); typed HTML comes out escaped, as text."""
    return str(_parser().render(text or ""))


def _runs(children: list[Any]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    link = ""
    for token in children:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(bold - 1, 0)
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic = max(italic - 1, 0)
        elif kind == "link_open":
            link = str(token.attrs.get("href", ""))
        elif kind == "link_close":
            link = ""
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run("\n", bool(bold), bool(italic), link))
        elif kind in ("text", "code_inline", "image"):
            content = token.content if kind != "image" else ""
            if content:
                runs.append(Run(content, bool(bold), bool(italic), link, kind == "code_inline"))
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.link, last.code) == (
            run.bold,
            run.italic,
            run.link,
            run.code,
        ):
            last.text += run.text
        else:
            merged.append(run)
    return merged


def blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text in reading order."""
    out: list[Block] = []
    lists: list[list[int]] = []  # per open list: [ordered, next number]
    pending: Block | None = None
    quote = 0
    for token in _parser().parse(text or ""):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1) if kind == "ordered_list_open" else 0
            lists.append([kind == "ordered_list_open", start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif kind == "list_item_open" and lists:
            ordered, number = lists[-1]
            pending = Block("item", level=len(lists), ordered=bool(ordered), number=number)
            lists[-1][1] = number + 1
        elif kind == "heading_open":
            pending = Block("heading", level=int(token.tag[1:]))
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote = max(quote - 1, 0)
        elif kind in ("code_block", "fence"):
            out.append(Block("paragraph", [Run(token.content.rstrip("\n"), code=True)]))
        elif kind == "inline":
            runs = _runs(token.children or [])
            if pending is not None:
                pending.runs = runs
                out.append(pending)
                pending = None
            elif lists and out and out[-1].kind == "item" and out[-1].level == len(lists):
                # A second paragraph inside one list item continues it.
                out[-1].runs.extend([Run(" "), *runs])
            else:
                out.append(Block("quote" if quote else "paragraph", runs))
    return out


def _plain_runs(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        if run.link and run.link != run.text:
            parts.append(f"{run.text} ({run.link})")
        else:
            parts.append(run.text)
    return "".join(parts)


def _item_marker(block: Block, bullet: str) -> str:
    indent = "  " * (block.level - 1)
    return f"{indent}{block.number}. " if block.ordered else f"{indent}{bullet} "


def _join(blocks_text: list[tuple[Block, str]]) -> str:
    """Blocks separated by a blank line, except consecutive list items."""
    lines: list[str] = []
    previous: Block | None = None
    for block, text in blocks_text:
        if lines and not (previous and previous.kind == block.kind == "item"):
            lines.append("")
        lines.append(text)
        previous = block
    return "\n".join(lines)


def to_plain(text: str) -> str:
    """Plain text: no markers, lists with "-" or numbers, links written out."""
    rendered = []
    for block in blocks(text):
        body = _plain_runs(block.runs)
        if block.kind == "item":
            body = _item_marker(block, "-") + body
        elif block.kind == "quote":
            body = "> " + body
        rendered.append((block, body))
    return _join(rendered)


def _wa_run(run: Run) -> str:
    text = run.text
    core = text.strip()
    if not core or not (run.bold or run.italic):
        out = text
    else:
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        if run.bold:
            core = f"*{core}*"
        if run.italic:
            core = f"_{core}_"
        out = f"{lead}{core}{trail}"
    if run.link and run.link != run.text:
        out += f" ({run.link})"
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+(?=[A-Z“\"(])")


def short_paragraphs(text: str, limit: int = 320) -> list[str]:
    """Splits a long paragraph at sentence ends into pieces of about `limit` characters, as
    people read on a phone."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    # Never split inside *bold* or _italic_: a piece with an odd number of marks joins the next.
    balanced: list[str] = []
    for piece in pieces:
        if balanced and (balanced[-1].count("*") % 2 or balanced[-1].count("_") % 2):
            balanced[-1] = f"{balanced[-1]} {piece}"
        else:
            balanced.append(piece)
    return balanced


def to_whatsapp(text: str) -> str:
    """WhatsApp's own formatting: *bold*, _italic_, short paragraphs, bulleted lists."""
    rendered: list[tuple[Block, str]] = []
    for block in blocks(text):
        body = "".join(_wa_run(r) for r in block.runs)
        if block.kind == "heading":
            rendered.append((block, f"*{block.text.strip()}*"))
        elif block.kind == "item":
            rendered.append((block, _item_marker(block, "•") + body))
        elif block.kind == "quote":
            rendered.append((block, "> " + body))
        else:
            for piece in short_paragraphs(body):
                rendered.append((block, piece))
    return _join(rendered)


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)

# Officers read Indonesian prose at about 200 words a minute (the figure newsrooms use).
WORDS_PER_MINUTE = 200


def plain(text: str) -> str:
    """`text` without Markdown marks: "## **Hasil** rapat" -> "Hasil rapat"."""
    text = _LINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    previous = None
    while previous != text:  # nested marks: ***bold italic***
        previous = text
        text = _EMPHASIS.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text)


def word_count(text: str) -> int:
    return len(_WORD.findall(plain(text)))


def reading_minutes(words: int) -> int:
    """Whole minutes to read `words` aloud or silently, at least one for any text."""
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0


# ----- Markdown safe to publish: a website's renderer may pass raw HTML and any link through

_RAW_HTML = re.compile(r"<(?!(?:https?|mailto):[^\s<>]*>)(?=[A-Za-z/!?])")
_INLINE_DESTINATION = re.compile(r"(\]\(\s*)(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)")
_REFERENCE_DESTINATION = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)", re.M)
_SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")


def _safe_destination(destination: str) -> bool:
    """Whether a link goes somewhere a page may link to: a web or mail address, or a place
    on the same site (no javascript:, data:, vbscript: or file: however it is spelled)."""
    import html

    bare = destination.strip("<>")
    bare = html.unescape(re.sub(r"\\(.)", r"\1", bare))
    bare = re.sub(r"[\x00-\x20\x7f]", "", bare).lower()  # "java\tscript:" runs in browsers
    scheme = _SCHEME.match(bare)
    return scheme is None or scheme.group(1) in _SAFE_SCHEMES


def _neutral_links(text: str) -> str:
    def rewrite(match: re.Match[str]) -> str:
        lead, destination = match.group(1), match.group(2)
        return match.group(0) if _safe_destination(destination) else f"{lead}#"

    text = _INLINE_DESTINATION.sub(rewrite, text)
    return _REFERENCE_DESTINATION.sub(rewrite, text)


def publishable(text: str) -> str:
    """`text` as Markdown a website can render without running anything: raw HTML (a
    <script>, an <img onerror=...>, a comment) is escaped so it shows as the text it is, and
    a link or image to anything but a web, mail or phone address points nowhere ("#")."""
    return _RAW_HTML.sub(r"\\<", _neutral_links(text or ""))
