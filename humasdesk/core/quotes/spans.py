"""Quote spans: where a quote opens and closes, with odd and mixed marks, scare quotes inside
it and quotes running over paragraphs."""

from __future__ import annotations

from humasdesk.core.quotes.lexicon import LABEL_WORDS, MARK, QUOTE_MARKS, pattern


def find_opener(text: str, close: int, floor: int) -> int | None:
    """The opening mark of the quote whose closing mark is at `close`, skipping pairs of
    scare quotes inside it; None when there is none after `floor`."""
    depth = 0
    first: int | None = None
    pos = close - 1
    while pos >= floor:
        ch = text[pos]
        if ch in QUOTE_MARKS:
            if first is None:
                first = pos
            prev = text[pos - 1] if pos > 0 else " "
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            closer_like = not prev.isspace() and not (nxt.isalnum()) and prev not in ".,?!"
            if closer_like:
                depth += 1
            elif depth > 0:
                depth -= 1
            else:
                return _extend_paragraphs(text, pos, floor)
        elif ch == "\n" and text[pos - 1 : pos] == "\n" and depth == 0 and close - pos > 4000:
            break
        pos -= 1
    return first


def _extend_paragraphs(text: str, opener: int, floor: int) -> int:
    """A quote running over paragraphs repeats the opening mark on each one and closes
    only on the last: walk back while the paragraph before opens a quote it never closes."""
    while True:
        before = text[floor:opener]
        stripped = before.rstrip(" \t")
        if not stripped.endswith("\n"):
            return opener
        para_start = stripped.rstrip("\n").rfind("\n") + 1
        paragraph = stripped[para_start:].strip()
        if not paragraph or paragraph[0] not in QUOTE_MARKS:
            return opener
        inner = paragraph[1:]
        if len(MARK.findall(inner)) % 2:
            return opener
        opener = (
            floor + para_start + (len(stripped[para_start:]) - len(stripped[para_start:].lstrip()))
        )


def find_closer(text: str, opener: int) -> int | None:
    depth = 0
    pos = opener + 1
    limit = min(len(text), opener + 5000)
    while pos < limit:
        ch = text[pos]
        if ch in QUOTE_MARKS:
            prev = text[pos - 1]
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            opener_like = prev.isspace() and not nxt.isspace()
            closer_like = not prev.isspace()
            if opener_like and pos + 1 < len(text) and text[pos - 2 : pos] == "\n\n":
                pos += 1  # the next paragraph of the same quote
                continue
            if opener_like and not closer_like:
                depth += 1
            elif depth > 0:
                depth -= 1
            else:
                return pos
        pos += 1
    return None


def clean(inner: str) -> str:
    text = inner.strip()
    text = pattern(r"\n\s*\n\s*[“”\"„]\s*").sub("\n\n", text)  # repeated opening marks
    text = text.strip(QUOTE_MARKS + " \n\t")
    if text.endswith(","):
        text = text[:-1].rstrip()
    return text


def plausible(inner: str) -> bool:
    """A quote says something: more than a few words, or a full clause ending in punctuation;
    a hashtag or a handle alone (“#JagaJarak”) is a label, not speech."""
    words = inner.split()
    if len(words) == 1 and words[0].startswith(("#", "@")):
        return False
    return len(words) >= 3 or (len(words) >= 1 and inner.rstrip()[-1:] in ",.?!")


def labelled(text: str, opener: int) -> bool:
    """Whether the word right before the opening mark makes the quoted words a name, a title
    or a term (lagu bertajuk “…”, dijuluki “…”, the program called “…”), not speech."""
    before = text[max(0, opener - 30) : opener].split()
    return bool(before) and before[-1].strip(",:").casefold() in LABEL_WORDS
