"""Reports from the public: reading what arrives (pasted text, WhatsApp forwards and chat
exports, links, a fact-checkers' CSV, folders of .txt) into reports, each with when and where
it was seen, and grouping the reports about the same rumour.

A report becomes its `signature` (stemmed content words, names in capitals, links and phone
numbers whole); `Grouper` weighs those words by rarity and compares each report with the centre
of each group; `similarity` compares two signatures alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.text import stem, words

# A report joins a group when it is at least this alike (0-100) to the group's centre: the
# lowest of the thresholds where F1 levels off on TurnBackHoax's fact-checks (30-40), since an
# officer merges two groups in one action but finds a missed report only by reading
# (benchmarks/intake_grouping.py, docs/notes/issue-18b.md).
SIMILAR = 30.0
NAME_WEIGHT = 1.0  # a name (capitalised, an acronym) weighs this many times a plain word
RESCORED = 5  # how many of the groups sharing the most weight are scored with misspelt words
TELLING = 1  # a report with names joins only a group having one of its TELLING rarest
TELLING_SHARE = 0.05  # a name in at most this share of the reports tells rumours apart
FUZZY_FROM = 15.0  # below this, misspelt words are not looked for
READABLE = (".txt", ".csv")
MAX_FILE_BYTES = 20 * 1024 * 1024

_URL = re.compile(r"https?://[^\s<>\"'”)\]]+", re.IGNORECASE)
# WhatsApp chat exports and copied messages: "[07/12/26 10.15.22] Budi: ...",
# "07/12/2026, 10:15 - Budi: ...", "[10.15, 7/12/2026] Budi: ...".
_WA_HEADERS = (
    re.compile(
        r"^\[(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4}),? (?P<H>\d{1,2})[.:](?P<M>\d{2})"
        r"(?:[.:]\d{2})?\] [^:]{1,60}: ?"
    ),
    re.compile(
        r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4}),? (?P<H>\d{1,2})[.:](?P<M>\d{2})"
        r" - [^:]{1,60}: ?"
    ),
    re.compile(
        r"^\[(?P<H>\d{1,2})[.:](?P<M>\d{2}), (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4})\]"
        r" [^:]{1,60}: ?"
    ),
)
_PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)[\s-]?8\d{1,3}(?:[\s.-]?\d{3,4}){2,3}(?!\d)")
_SENTENCE = re.compile(r"(?<=[.!?:;\n\"“”(])\s*")
_NAME = re.compile(r"[A-Z][a-z]{2,}")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|={3,}|_{3,})\s*$")
_PLATFORMS = {
    "facebook": "Facebook",
    "fb": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "twitter": "X",
    "x": "X",
    "threads": "Threads",
    "youtube": "YouTube",
    "youtu": "YouTube",
    "whatsapp": "WhatsApp",
    "wa": "WhatsApp",
    "t": "Telegram",
    "telegram": "Telegram",
}
# Words that say how a message travelled, not what it claims, and the commonest function
# words: left out of a report's signature (after folding, before stemming).
_NOISE_WORDS = """
    yang dan di ke dari ini itu dengan untuk pada dalam atau juga akan tidak sudah telah
    ada adalah oleh karena agar bagi sebagai tersebut para kami kita saya anda mereka ia dia
    pun lah kah nya se bisa dapat harus masih lagi hanya saja sangat lebih sejak hingga
    sampai secara serta bahwa jika kalau maka namun tapi tetapi berikut seperti
    akun unggah unggahan mengunggah diunggah narasi arsip beredar tanda suka komentar
    dibagikan bagikan membagikan ulang kali pengguna lainnya sebanyak disukai ditonton tonton
    menuai mendapatkan mendapat belasan puluhan ratusan ribuan an foto video gambar
    tangkapan layar postingan posting tautan link klik bio caption keterangan
    facebook instagram tiktok threads twitter youtube whatsapp telegram grup fb ig wa
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember pukul wib wita wit
    forwarded diteruskan teruskan sebarkan disebarkan viralkan mohon info penting
    the a an of to in and is for on this that with
"""
_NOISE = frozenset(_NOISE_WORDS.split())


class UnreadableReports(UserError):
    message = QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({detail}).")


class NotReports(UserError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{path} is not a file of reports: give .txt or .csv files, or folders of them."
    )


@dataclass
class Report:
    """One thing the public sent or the desk saw: its text, a link in it, when and where."""

    text: str
    url: str = ""
    seen_at: str = ""  # ISO date or date-time; empty when unknown
    seen_where: str = ""  # "WhatsApp", "Facebook", a place or a person's channel
    path: str = ""  # the file it came from, as given
    tags: list[str] = field(default_factory=list)


# ----- reading


def _split(url: str) -> tuple[str, str]:
    """A link's host and path; a malformed link has neither."""
    try:
        parts = urlsplit(url)
        return parts.hostname or "", parts.path
    except ValueError:
        return "", ""


def platform_of(url: str) -> str:
    """ "Facebook" for a facebook.com link, else the link's host."""
    host = _split(url)[0]
    parts = [p for p in host.lower().split(".") if p not in ("www", "web", "m", "vt", "vm")]
    for part in parts:
        if part in _PLATFORMS:
            return _PLATFORMS[part]
    return ".".join(parts)


def _first_url(text: str) -> str:
    found = _URL.search(text)
    return found.group(0).rstrip(".,;") if found else ""


def _year(value: str) -> int:
    year = int(value)
    return year + 2000 if year < 100 else year


def _whatsapp(lines: list[str]) -> list[Report] | None:
    """The messages of a WhatsApp export or copied messages; None when it is not one."""
    reports: list[Report] = []
    current: list[str] = []
    when = ""
    for line in lines:
        match = next((p.match(line) for p in _WA_HEADERS if p.match(line)), None)
        if match:
            if current and "".join(current).strip():
                reports.append(_report("\n".join(current), when, "WhatsApp"))
            try:
                moment = dt.datetime(
                    _year(match["y"]),
                    int(match["m"]),
                    int(match["d"]),
                    int(match["H"]),
                    int(match["M"]),
                )
                when = moment.isoformat(timespec="minutes")
            except ValueError:
                when = ""
            current = [line[match.end() :]]
        elif current:
            current.append(line)
        elif line.strip():
            return None  # text before the first message: not an export
    if current and "".join(current).strip():
        reports.append(_report("\n".join(current), when, "WhatsApp"))
    return reports or None


def _report(text: str, seen_at: str, seen_where: str, path: str = "") -> Report:
    text = text.strip()
    url = _first_url(text)
    return Report(text=text, url=url, seen_at=seen_at, seen_where=seen_where, path=path)


def from_text(
    text: str, *, seen_at: str = "", seen_where: str = "", path: str = ""
) -> list[Report]:
    """Reports from pasted text: each WhatsApp message of an export or a copied chat, each
    link of a list of links, each part between lines of dashes, else the text as one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    messages = _whatsapp(lines)
    if messages:
        for report in messages:
            report.path = path
            report.seen_where = seen_where or report.seen_where
        return messages
    filled = [line.strip() for line in lines if line.strip()]
    if filled and all(_URL.fullmatch(line) for line in filled):
        return [
            Report(
                text=line,
                url=line,
                seen_at=seen_at,
                seen_where=seen_where or platform_of(line),
                path=path,
            )
            for line in filled
        ]
    parts: list[list[str]] = [[]]
    for line in lines:
        if _SEPARATOR.match(line):
            parts.append([])
        else:
            parts[-1].append(line)
    found = []
    for part in parts:
        body = "\n".join(part).strip()
        if body:
            report = _report(body, seen_at, seen_where, path)
            if not report.seen_where and report.url:
                report.seen_where = platform_of(report.url)
            found.append(report)
    return found


def _csv_date(value: str) -> str:
    value = value.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    return ""


def from_csv(text: str, path: str = "") -> list[Report]:
    """Reports from a CSV with a text column (`narasi`, `text`, `claim` or `message`), and
    optionally `url`, `date`, `link_source` or `where`, `category` (TurnBackHoax's export has
    url, classification, category, date, narasi, ..., link_source)."""
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    found: list[Report] = []
    for row in rows:
        clean = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k}
        body = next(
            (clean[k] for k in ("narasi", "text", "claim", "message", "pesan") if clean.get(k)),
            "",
        )
        if not body:
            continue
        source = clean.get("link_source", "").split("|")[0].strip()
        where = (
            clean.get("where") or clean.get("seen_where") or (platform_of(source) if source else "")
        )
        found.append(
            Report(
                text=body,
                url=clean.get("url", "") or _first_url(body),
                seen_at=_csv_date(clean.get("date", "")) or clean.get("seen_at", ""),
                seen_where=where,
                path=path,
                tags=[t for t in (clean.get("category", ""),) if t],
            )
        )
    return found


def read_file(path: Path, shown: str | None = None) -> list[Report]:
    """The reports in one file; raises OSError or ValueError when it cannot be read."""
    name = shown or str(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValueError("too large")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if path.suffix.lower() == ".csv":
        return from_csv(text, name)
    seen = dt.datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="minutes")
    reports = from_text(text, seen_at=seen, path=name)
    return reports


def files_in(paths: Sequence[str | Path]) -> Iterable[tuple[Path, str]]:
    """Each file to read, with its name as given (or as found under a given folder)."""
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in READABLE:
                    yield found, str(Path(given) / found.relative_to(path))
        else:
            yield path, str(given)


def read_paths(paths: Sequence[str | Path]) -> tuple[list[Report], list[tuple[str, UserError]]]:
    """The reports in files and folders, and each file skipped with why."""
    reports: list[Report] = []
    skipped: list[tuple[str, UserError]] = []
    for path, shown in files_in(paths):
        if path.suffix.lower() not in READABLE and not path.is_dir():
            skipped.append((shown, NotReports(path=shown)))
            continue
        try:
            reports.extend(read_file(path, shown))
        except OSError as exc:
            skipped.append((shown, UnreadableReports(path=shown, detail=exc.strerror or exc)))
        except ValueError as exc:
            skipped.append((shown, UnreadableReports(path=shown, detail=str(exc))))
    return reports, skipped


# ----- the same rumour


def signature(text: str) -> str:
    """The words that carry a report's claim: folded, stemmed, noise and numbers left out,
    each once, in order. A name (a capitalised word inside a sentence, or an acronym) is
    kept in capitals ("PLN", "GUDANG") so it can weigh more. A link counts whole (the same
    link is the same claim) and, when its path reads as words ("/salah-gunung-lawu-erupsi"),
    by those words too; a phone number counts whole too ("tel:6281234567890")."""
    seen: dict[str, None] = {}
    for url in _URL.findall(text):
        host, path = _split(url.rstrip(".,;"))
        if host:
            seen.setdefault(f"{host.removeprefix('www.')}{path}".rstrip("/").lower(), None)
    bare = _URL.sub(lambda m: " " + _link_words(m.group(0)) + " ", text)
    for found in _PHONE.finditer(bare):
        digits = re.sub(r"\D", "", found.group(0))
        seen.setdefault("tel:" + re.sub(r"^0", "62", digits), None)
    names = _names(_PHONE.sub(" ", bare))
    for word in words(bare):
        if word in _NOISE or not word.isalpha() or len(word) < 3:
            continue
        stemmed = stem(word)
        if stemmed not in _NOISE and stemmed not in seen and stemmed.upper() not in seen:
            seen[stemmed.upper() if word in names else stemmed] = None
    return " ".join(seen)


def _names(text: str) -> set[str]:
    """The folded words of `text` written as names: capitalised inside a sentence ("Gudang
    Garam", "Purbaya") or an acronym ("PLN", "BPS") in a text not shouted in capitals."""
    shouted = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    found: set[str] = set()
    for sentence in _SENTENCE.split(text):
        tokens = re.findall(r"\w+", sentence)
        for token in tokens[1:]:
            if _NAME.fullmatch(token) or (not shouted and _ACRONYM.fullmatch(token)):
                found.add(token.lower())
    return found


def _link_words(url: str) -> str:
    """The words of a link's path when it reads as a headline (three words or more)."""
    found = re.findall(r"[A-Za-z]{3,}", _split(url)[1])
    return " ".join(found) if len(found) >= 3 else ""


def _strong(token: str) -> bool:
    """A link with a path or a phone number: the same one is the same rumour."""
    return token.startswith("tel:") or "/" in token


def similarity(a: str, b: str) -> float:
    """How alike two signatures are, 0-100: the cosine of their word sets, where a word the
    other lacks still counts when the other has it misspelt ("pendaftran", "lowogan")."""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    if not words_a or not words_b:
        return 0.0
    shared = len(words_a & words_b)
    scale = 100.0 / math.sqrt(len(words_a) * len(words_b))
    if shared * scale < FUZZY_FROM:
        return shared * scale  # too far apart for a few typos to matter
    rest_b = [w for w in words_b - words_a if len(w) >= 5]
    for word in words_a - words_b:
        if len(word) >= 5 and rest_b:
            found = process.extractOne(word, rest_b, scorer=fuzz.ratio, score_cutoff=85)
            if found is not None:
                shared += 1
                rest_b.remove(found[0])
    return min(100.0, shared * scale)


class Grouper:
    """Puts each report with the group whose centre it is most alike to, else starts a new
    group. A report is its signature's words weighted by how rare they are among the reports
    (TF-IDF, learnt from the reports themselves with `learn`), names `NAME_WEIGHT` times
    more; a group's centre is the sum of its members (so one member cannot chain in a report
    the others do not tell). A report joins when its cosine with the centre (0-100, misspelt
    words forgiven) reaches `threshold`, or at once when it has a group's link or phone."""

    def __init__(
        self,
        threshold: float = SIMILAR,
        name_weight: float = NAME_WEIGHT,
        telling: int = TELLING,
    ):
        self.threshold = threshold
        self.name_weight = name_weight
        self.telling_count = telling
        self.members: list[list[str]] = []  # per group: its members' signatures
        self.count = 0  # the reports learnt from
        self.frequency: dict[str, int] = {}  # in how many of them each word is
        self._centres: list[dict[str, float]] = []
        self._by_word: dict[str, set[int]] = {}  # word -> the groups whose centre has it
        self._strong: dict[str, int] = {}  # link or phone -> its group
        self._names: list[set[str]] = []  # per group: the names its members use

    def learn(self, signatures: Iterable[str]) -> None:
        """Counts the words of these reports for their weights; call it before placing them."""
        for sig in signatures:
            self.count += 1
            for word in set(sig.lower().split()):
                self.frequency[word] = self.frequency.get(word, 0) + 1

    def vector(self, sig: str) -> dict[str, float]:
        """The signature's words weighted by rarity (and names more), of length 1."""
        found: dict[str, float] = {}
        for token in sig.split():
            word = token.lower()
            rarity = math.log((1 + self.count) / (1 + self.frequency.get(word, 0))) + 1
            found[word] = rarity * (self.name_weight if token.isupper() else 1.0)
        norm = math.sqrt(sum(v * v for v in found.values()))
        return {w: v / norm for w, v in found.items()} if norm else {}

    def add_group(self, signatures: Sequence[str]) -> int:
        index = len(self.members)
        self.members.append([])
        self._centres.append({})
        self._names.append(set())
        for sig in signatures:
            if sig:
                self._join(index, sig)
        return index

    def _join(self, index: int, sig: str) -> None:
        self.members[index].append(sig)
        self._names[index].update(t.lower() for t in sig.split() if t.isupper())
        centre = self._centres[index]
        for word, weight in self.vector(sig).items():
            centre[word] = centre.get(word, 0.0) + weight
            self._by_word.setdefault(word, set()).add(index)
            if _strong(word):
                self._strong.setdefault(word, index)

    def telling(self, names: Iterable[str]) -> list[str]:
        """The `TELLING` rarest of these names, among those in at most `TELLING_SHARE` of the
        reports learnt from: what tells one rumour from another (the employer, the figure,
        the place), not "Indonesia"."""
        most = max(1.0, TELLING_SHARE * self.count)
        rare = sorted((self.frequency.get(n, 0), n) for n in set(names))
        return [n for df, n in rare if df <= most][: self.telling_count]

    def score(self, vector: dict[str, float], index: int) -> float:
        """The cosine (0-100) of a report with a group's centre, a misspelt word counting as
        the centre's word it is near (rapidfuzz ratio 85 or more, words of 5 letters or more)."""
        centre = self._centres[index]
        norm = math.sqrt(sum(v * v for v in centre.values()))
        if not norm:
            return 0.0
        dot = sum(weight * centre[w] for w, weight in vector.items() if w in centre)
        rest = [w for w in centre if w not in vector and len(w) >= 5 and not _strong(w)]
        for word, weight in vector.items():
            if word in centre or len(word) < 5 or not rest or _strong(word):
                continue
            found = process.extractOne(word, rest, scorer=fuzz.ratio, score_cutoff=85)
            if found is not None:
                dot += weight * centre[found[0]]
                rest.remove(found[0])
        return min(100.0, 100.0 * dot / norm)

    def best(self, sig: str) -> tuple[int, float]:
        """The most alike group and how alike (100 for a group with the same link or phone),
        or (-1, 0)."""
        vector = self.vector(sig)
        for word in vector:
            if _strong(word) and word in self._strong:
                return self._strong[word], 100.0
        exact: dict[int, float] = {}
        for word, weight in vector.items():
            for index in self._by_word.get(word, ()):
                exact[index] = exact.get(index, 0.0) + weight
        names = self.telling(t.lower() for t in sig.split() if t.isupper())
        found, top = -1, 0.0
        for index in sorted(exact, key=exact.__getitem__, reverse=True)[:RESCORED]:
            if names and not self._names[index].intersection(names):
                continue  # the same words about another employer, figure or place
            value = self.score(vector, index)
            if value > top:
                found, top = index, value
        return found, top

    def add(self, sig: str) -> int:
        index, score = self.best(sig) if sig else (-1, 0.0)
        if index >= 0 and score >= self.threshold:
            self._join(index, sig)
            return index
        return self.add_group([sig])


def group(texts: Sequence[str], threshold: float = SIMILAR) -> list[int]:
    """The group index of each text, in order of their first member."""
    grouper = Grouper(threshold)
    signatures = [signature(t) for t in texts]
    grouper.learn(signatures)
    return [grouper.add(s) for s in signatures]


def title_for(texts: Sequence[str], limit: int = 80) -> str:
    """A group's name: the claim of its shortest report (after a "narasi:"-style preamble
    ending in a colon, when there is one), its first line, cut at a word."""
    shortest = min((t.strip() for t in texts if t.strip()), key=len, default="")
    body = _URL.sub("", shortest).strip() or shortest
    head, colon, rest = body.partition(":")
    if colon and rest.strip() and len(head) <= 240:
        body = rest
    line = next((x for x in body.split("\n") if x.strip()), "")
    line = " ".join(line.replace("[arsip]", " ").strip(" “”\"'[]-").split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"
