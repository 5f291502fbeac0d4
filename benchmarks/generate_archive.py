"""Builds a realistic archive library for the benchmarks: a ministry's ten years of press
statements and the quotes taken from them, written fast through bulk SQL.

Text comes from the real Indonesian news articles in ../shared/corpora (read at run time,
never copied into the repository): statements are made of whole corpus sentences, quotes of
one to three corpus clauses, so the vocabulary keeps the Zipf shape of real Indonesian news
(a few very common words, a long tail of rare ones). Speakers are drawn Zipf-wise too: a
handful of spokespeople say most of what is quoted, as in a real ministry.

The FTS rows hold exactly what `core.text.index_text` would give: each corpus clause is
stemmed once (Sastrawi per unique word, over two processes) and records are assembled from
the stemmed clauses. Built libraries are cached in benchmarks/.cache/, keyed by size, schema
version and generator version.

    python benchmarks/generate_archive.py            # 100,000 statements, 1,000,000 quotes
    python benchmarks/generate_archive.py --quick    # 20,000 statements, 200,000 quotes
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import multiprocessing
import os
import pickle
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from humasdesk.core import text as text_rules  # noqa: E402
from humasdesk.core.records import Statement  # noqa: E402
from humasdesk.core.text import index_text, stem, stemmable, words  # noqa: E402
from humasdesk.store import schema  # noqa: E402
from humasdesk.store.db import open_library  # noqa: E402

GENERATOR_VERSION = 2  # 2: the library's word -> stem table is filled
CORPUS_VERSION = 1  # the prepared corpus and its stems (cached apart from the archives)
SIZES = {"full": (100_000, 1_000_000), "quick": (20_000, 200_000)}
CACHE = Path(__file__).resolve().parent / ".cache"
CORPUS = ROOT.parent / "shared" / "corpora" / "id-news-archive.jsonl.gz"
END_DATE = dt.date(2026, 11, 1)
YEARS = 10
CHUNK = 20_000

# Our own word lists (not corpus text): names, offices, roles, cities and topics.
FIRST_NAMES = [
    "Agus",
    "Budi",
    "Siti",
    "Dewi",
    "Sri",
    "Ahmad",
    "Muhammad",
    "Rina",
    "Nur",
    "Eko",
    "Joko",
    "Wahyu",
    "Indah",
    "Putri",
    "Andi",
    "Rudi",
    "Yusuf",
    "Fajar",
    "Dian",
    "Ratna",
    "Hendra",
    "Bambang",
    "Sutrisno",
    "Lestari",
    "Wulan",
    "Ayu",
    "Rizky",
    "Dimas",
    "Arif",
    "Fitri",
    "Teguh",
    "Yanti",
    "Heru",
    "Bayu",
    "Nina",
    "Rahmat",
    "Irfan",
    "Hadi",
    "Kartika",
    "Mega",
    "Taufik",
    "Gilang",
    "Sari",
    "Anisa",
    "Yudi",
    "Surya",
    "Made",
    "Ketut",
    "Nyoman",
    "Wayan",
    "Benny",
    "Roy",
    "Maria",
    "Theresia",
    "Yohanes",
    "Fransiskus",
    "Lukas",
    "Hana",
    "Ilham",
    "Zulkifli",
    "Abdul",
    "Syarif",
    "Intan",
    "Melati",
    "Citra",
    "Bagus",
    "Galih",
    "Kurniawan",
    "Laksmi",
    "Novi",
    "Okta",
]
LAST_NAMES = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Nugroho",
    "Kusuma",
    "Pratama",
    "Setiawan",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Sitompul",
    "Wibowo",
    "Susanto",
    "Gunawan",
    "Halim",
    "Tanjung",
    "Rahman",
    "Hakim",
    "Syahputra",
    "Purnomo",
    "Suryadi",
    "Hartono",
    "Irawan",
    "Permana",
    "Utomo",
    "Firmansyah",
    "Ramadhan",
    "Suharto",
    "Mahendra",
    "Sasmita",
    "Lumbantobing",
    "Manurung",
    "Pangaribuan",
    "Silalahi",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Pattiasina",
    "Latuconsina",
    "Rumbewas",
    "Wenda",
    "Kogoya",
    "Djaja",
    "Salim",
    "Baswedan",
    "Anwar",
    "Kalla",
    "Hasibuan",
]
OFFICES = [
    ("Kementerian Komunikasi dan Digital", "KOMDIGI"),
    ("Kementerian Kesehatan", "KEMENKES"),
    ("Kementerian Pendidikan Dasar dan Menengah", "KEMENDIKDASMEN"),
    ("Kementerian Pertanian", "KEMENTAN"),
    ("Kementerian Keuangan", "KEMENKEU"),
    ("Kementerian Perhubungan", "KEMENHUB"),
    ("Kementerian Sosial", "KEMENSOS"),
    ("Badan Nasional Penanggulangan Bencana", "BNPB"),
    ("Pemerintah Provinsi Jawa Tengah", "PEMPROV-JATENG"),
    ("Pemerintah Kota Makassar", "PEMKOT-MKS"),
]
TITLES = [
    "Menteri",
    "Wakil Menteri",
    "Sekretaris Jenderal",
    "Direktur Jenderal Informasi dan Komunikasi Publik",
    "Kepala Biro Hubungan Masyarakat",
    "Juru Bicara",
    "Kepala Pusat Data dan Informasi",
    "Inspektur Jenderal",
    "Staf Ahli Bidang Komunikasi",
    "Gubernur",
    "Wali Kota",
    "Kepala Dinas Komunikasi dan Informatika",
]
CITIES = [
    "Jakarta",
    "Bandung",
    "Surabaya",
    "Semarang",
    "Yogyakarta",
    "Medan",
    "Makassar",
    "Denpasar",
    "Palembang",
    "Pontianak",
    "Banjarmasin",
    "Manado",
    "Jayapura",
    "Kupang",
    "Mataram",
    "Padang",
    "Pekanbaru",
    "Ambon",
    "Bogor",
]
TOPICS = [
    "Kesehatan",
    "Pendidikan",
    "Infrastruktur",
    "Pangan",
    "Energi",
    "Hoaks",
    "Bencana",
    "Pemilu",
    "Ekonomi Digital",
    "Bantuan Sosial",
    "Pariwisata",
    "Transportasi",
    "Lingkungan Hidup",
    "UMKM",
    "Perpajakan",
    "Investasi",
    "Ketenagakerjaan",
    "Perlindungan Data",
    "Mudik Lebaran",
    "Stunting",
    "Vaksinasi",
    "Harga Beras",
    "Banjir",
    "Gempa Bumi",
    "Kebakaran Hutan",
    "Telekomunikasi",
    "Ibu Kota Nusantara",
    "Reformasi Birokrasi",
    "Keamanan Siber",
    "Literasi Digital",
    "Subsidi BBM",
    "Jaminan Kesehatan",
    "Beasiswa",
    "Penanganan Covid-19",
    "Haji",
    "Perikanan",
    "Kelautan",
    "Desa Digital",
    "Pelayanan Publik",
    "Anggaran",
]
STATUS_WEIGHTS = {"published": 70, "approved": 10, "review": 5, "draft": 12, "withdrawn": 3}
QUOTE_STATUS_WEIGHTS = {"approved": 70, "care": 10, "retired": 12, "superseded": 8}
REVIEW_WEIGHTS = {"accepted": 85, "pending": 12, "rejected": 3}
SOURCE_WEIGHTS = {"imported": 60, "typed": 35, "template": 5}

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s*(?=[A-Z\"“])|\n+")
_QUOTE_MARKS = re.compile(r"[\"“”‘’]")


@dataclass
class Corpus:
    """Corpus sentences and clauses with their stemmed index form, ready to assemble."""

    sentences: list[tuple[str, str]]  # (text, index_text(text))
    clauses: list[tuple[str, str]]
    titles: list[tuple[str, str]]
    stems: dict[str, str] = field(default_factory=dict)  # Sastrawi's stem of each word


def read_articles(path: Path = CORPUS) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _split_sentences(text: str) -> Iterator[str]:
    for part in _SENTENCE_END.split(text):
        part = _QUOTE_MARKS.sub("", part).strip()
        n = part.count(" ") + 1
        if 6 <= n <= 45 and not part.lower().startswith("baca juga"):
            yield part


def _stem_chunk(chunk: list[str]) -> list[str]:
    return [stem(w) for w in chunk]


def _stems_cache_path(path: Path) -> Path:
    info = path.stat()
    key = f"{info.st_size}-{int(info.st_mtime)}-{CORPUS_VERSION}"
    return CACHE / f"stems-{hashlib.sha1(key.encode()).hexdigest()[:12]}.json.gz"


def stem_all(
    vocabulary: Sequence[str], corpus_path: Path, processes: int = 2, *, use_cache: bool = True
) -> dict[str, str]:
    """Sastrawi stems of every corpus word: the slow part, done once per word and cached."""
    cache = _stems_cache_path(corpus_path)
    stems: dict[str, str] = {}
    if use_cache and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            stems = json.load(handle)
    missing = [w for w in vocabulary if w not in stems]
    if missing:
        size = max(1, len(missing) // (processes * 8))
        chunks = [missing[i : i + size] for i in range(0, len(missing), size)]
        if processes > 1 and len(missing) > 2000:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(processes) as pool:
                results = pool.map(_stem_chunk, chunks)
        else:
            results = [_stem_chunk(c) for c in chunks]
        for chunk, stemmed in zip(chunks, results, strict=True):
            stems.update(zip(chunk, stemmed, strict=True))
    if missing and use_cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".part")
        with gzip.open(partial, "wt", encoding="utf-8") as handle:
            json.dump(stems, handle)
        partial.replace(cache)
    return stems


def load_corpus(path: Path = CORPUS, *, limit: int | None = None, processes: int = 2) -> Corpus:
    """The corpus cut into indexed pieces; cached (pickled) next to the built libraries.

    With `limit`, only the first articles, stemmed in this process and never cached (tests).
    """
    if limit:
        return _prepare_corpus(path, limit=limit, processes=processes)
    cache = _stems_cache_path(path).with_name(
        _stems_cache_path(path).name.replace("stems-", "corpus2-").replace(".json.gz", ".pickle")
    )
    if cache.exists():
        with cache.open("rb") as handle:
            loaded: Corpus = pickle.load(handle)
        return loaded
    corpus = _prepare_corpus(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".part")
    with partial.open("wb") as handle:
        pickle.dump(corpus, handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(cache)
    return corpus


def _prepare_corpus(path: Path, *, limit: int | None = None, processes: int = 2) -> Corpus:
    articles = read_articles(path)[:limit]
    sentences: list[str] = []
    titles: list[str] = []
    for article in articles:
        sentences.extend(_split_sentences(article.get("text", "")))
        title = _QUOTE_MARKS.sub("", article.get("title", "")).strip()
        if 3 <= title.count(" ") + 1 <= 20:
            titles.append(title)
    clauses = [c.strip() for s in sentences for c in s.rstrip(".!?").split(", ")]
    clauses = [c for c in clauses if c.count(" ") >= 3]
    pieces = {p: words(p) for p in (*sentences, *titles, *clauses)}
    vocabulary = sorted({w for ws in pieces.values() for w in ws})
    stems = stem_all(vocabulary, path, processes, use_cache=limit is None)

    def indexed(items: list[str]) -> list[tuple[str, str]]:
        return [(t, " ".join(stems[w] for w in pieces[t])) for t in dict.fromkeys(items)]

    used = {w for ws in pieces.values() for w in ws if stemmable(w)}
    return Corpus(
        indexed(sentences), indexed(clauses), indexed(titles), {w: stems[w] for w in used}
    )


class Zipf:
    """Draws indexes 0..n-1 with weight 1/(rank+1)^s (rank 0 the most common)."""

    def __init__(self, n: int, s: float) -> None:
        self.cum = list(accumulate(1.0 / (k + 1) ** s for k in range(n)))
        self.n = n

    def draw(self, rng: random.Random, k: int) -> list[int]:
        return rng.choices(range(self.n), cum_weights=self.cum, k=k)


def _choices(weights: dict[str, int], rng: random.Random, k: int) -> list[str]:
    return rng.choices(list(weights), weights=list(weights.values()), k=k)


def _uuid(rng: random.Random) -> str:
    """A random version-4 UUID in its text form, like db.new_id() (faster than uuid.UUID)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


@dataclass
class Person:
    pk: int
    id: str
    name: str
    index_name: str
    office: int
    roles: list[tuple[str, str, str, str, str | None]]  # id, title, org, start, end


def _make_people(n: int, rng: random.Random, ix: Callable[[str], str]) -> list[Person]:
    people: list[Person] = []
    start_all = END_DATE.replace(year=END_DATE.year - YEARS)
    seen: set[str] = set()
    for pk in range(1, n + 1):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        while name in seen:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        seen.add(name)
        office = rng.randrange(len(OFFICES))
        org = OFFICES[office][0]
        cuts = sorted(rng.sample(range(1, YEARS * 365), rng.randint(0, 2)))
        bounds = [start_all, *(start_all + dt.timedelta(days=c) for c in cuts)]
        roles = []
        for i, begin in enumerate(bounds):
            end = bounds[i + 1] - dt.timedelta(days=1) if i + 1 < len(bounds) else None
            roles.append(
                (
                    _uuid(rng),
                    rng.choice(TITLES),
                    org,
                    begin.isoformat(),
                    end.isoformat() if end else None,
                )
            )
        people.append(Person(pk, _uuid(rng), name, ix(name), office, roles))
    return people


def _role_on(person: Person, date: str) -> tuple[str, str]:
    for _id, title, org, start, end in reversed(person.roles):
        if start <= date and (end is None or date <= end):
            return title, org
    return person.roles[0][1], person.roles[0][2]


def _random_day(rng: random.Random) -> dt.date:
    # An office publishes more each year: recent years are denser.
    return END_DATE - dt.timedelta(days=int(YEARS * 365 * (1 - rng.random() ** 0.7)))


def _stamp(day: dt.date | str, rng: random.Random) -> str:
    """An office-hours moment of that day, as db.now() writes it."""
    minute = int(rng.random() * 780)
    return f"{day}T{7 + minute // 60:02d}:{minute % 60:02d}:00+00:00"


STATEMENT_COLS = [f.name for f in dataclasses.fields(Statement) if f.name != "tags"]
QUOTE_COLS = [
    "pk",
    "id",
    "text",
    "person_id",
    "speaker",
    "role",
    "organisation",
    "date",
    "statement_id",
    "source_ref",
    "language",
    "status",
    "superseded_by",
    "review",
    "notes",
    "reuse_count",
    "span_start",
    "span_end",
    "created_at",
    "updated_at",
]


@dataclass
class _State:
    """What the chunk makers share; set before the worker process forks."""

    corpus: Corpus
    people: list[Person]
    tag_ids: list[str]
    statement_ids: list[str]
    days: list[str]
    seed: int
    tag_pick: Zipf = field(default_factory=lambda: Zipf(len(TOPICS), 1.0))
    speaker_pick: Zipf | None = None
    speaker_ix: dict[tuple[int, str], str] = field(default_factory=dict)

    def speakers(self, rng: random.Random, k: int) -> list[int]:
        if self.speaker_pick is None:
            self.speaker_pick = Zipf(len(self.people), 1.1)
        return self.speaker_pick.draw(rng, k)


_STATE: _State | None = None
Rows = list[tuple[object, ...]]


def _make_chunk(job: tuple[str, int, int]) -> dict[str, Rows]:
    kind, start, stop = job
    state = _STATE
    assert state is not None
    rng = random.Random(f"{state.seed}-{kind}-{start}")
    if kind == "statements":
        return _statement_rows(state, rng, start, stop)
    return _quote_rows(state, rng, start, stop)


# The library's stem table holds the words its records hold, as the app's saves would have
# left it: each process hands over the words of the corpus pieces it used first.
_USED_PIECES: set[str] = set()
_HANDED_WORDS: set[str] = set()


def _stem_rows(corpus: Corpus, texts: list[str]) -> Rows:
    found: Rows = []
    for piece in texts:
        if piece in _USED_PIECES:
            continue
        _USED_PIECES.add(piece)
        for word in words(piece):
            if word not in _HANDED_WORDS and stemmable(word):
                _HANDED_WORDS.add(word)
                found.append((word, corpus.stems.get(word) or stem(word)))
    found.extend(text_rules.take_fresh().items())  # names, numbers, tags stemmed here
    return found


def _statement_rows(state: _State, rng: random.Random, start: int, stop: int) -> dict[str, Rows]:
    corpus, n = state.corpus, stop - start
    rows: Rows = []
    fts: Rows = []
    tag_rows: Rows = []
    revisions: Rows = []
    used: list[str] = []
    statuses = _choices(STATUS_WEIGHTS, rng, n)
    sources = _choices(SOURCE_WEIGHTS, rng, n)
    authors = state.speakers(rng, 2 * n)
    tag_draws = state.tag_pick.draw(rng, 3 * n)
    for j, i in enumerate(range(start, stop)):
        pk, sid, day = i + 1, state.statement_ids[i], state.days[i]
        office = rng.randrange(len(OFFICES))
        org, code = OFFICES[office]
        number = f"No. {pk}/HM/{code}/{day[5:7]}/{day[:4]}"
        title, title_ix = corpus.titles[rng.randrange(len(corpus.titles))]
        picked = rng.choices(corpus.sentences, k=rng.randint(6, 18))
        used.append(title)
        used.extend(t for t, _ in picked)
        lead, lead_ix = picked[0]
        paragraphs, para_ix = [], []
        for p in range(1, len(picked), 3):
            paragraphs.append(" ".join(t for t, _ in picked[p : p + 3]))
            para_ix.append(" ".join(x for _, x in picked[p : p + 3] if x))
        tags = sorted({TOPICS[t] for t in tag_draws[3 * j : 3 * j + rng.randint(1, 3)]})
        status, source = statuses[j], sources[j]
        stamp = _stamp(day, rng)
        st = {
            "title": title,
            "number": number,
            "subtitle": "",
            "city": rng.choice(CITIES),
            "date": day,
            "lead": lead,
            "body": "\n\n".join(paragraphs),
            "about": f"{org} adalah lembaga pemerintah yang melayani masyarakat.",
            "contacts": f"Biro Humas {org}, humas@{code.lower()}.go.id",
            "tags": tags,
            "language": "en" if rng.random() < 0.03 else "id",
            "status": status,
            "withdrawn_reason": "Diganti siaran pers baru" if status == "withdrawn" else "",
            "embargo_at": None,
            "source_kind": source,
            "source_name": f"siaran-pers-{pk}.docx" if source == "imported" else "",
            "author": state.people[authors[2 * j]].name,
            "editor": state.people[authors[2 * j + 1]].name,
            "case_id": None,
            "id": sid,
            "created_at": stamp,
            "updated_at": stamp,
        }
        content_hash = None
        if source == "imported":
            content_hash = hashlib.sha256(f"{sid}{title}".encode()).hexdigest()
        rows.append((pk, *(st[c] for c in STATEMENT_COLS), content_hash))
        fts.append(
            (
                pk,
                " ".join(x for x in (_ix(number), title_ix) if x),
                " ".join(x for x in (lead_ix, *para_ix) if x),
                _ix(" ".join(tags)),
            )
        )
        tag_rows.extend((sid, state.tag_ids[TOPICS.index(t)]) for t in tags)
        revisions.append(
            (_uuid(rng), sid, 1, stamp, st["author"], "", json.dumps(st, ensure_ascii=False))
        )
    return {
        "statements": rows,
        "statements_fts": fts,
        "statement_tags": tag_rows,
        "revisions": revisions,
        "stems": _stem_rows(corpus, used),
    }


def _quote_rows(state: _State, rng: random.Random, start: int, stop: int) -> dict[str, Rows]:
    # Most quotes come from a statement (its date), the rest from outside documents.
    clauses, n = state.corpus.clauses, stop - start
    n_statements = len(state.statement_ids)
    rows: Rows = []
    fts: Rows = []
    tag_rows: Rows = []
    ids: list[str] = []
    used: list[str] = []
    reviews = _choices(REVIEW_WEIGHTS, rng, n)
    statuses = _choices(QUOTE_STATUS_WEIGHTS, rng, n)
    speakers = state.speakers(rng, n)
    tags = state.tag_pick.draw(rng, n)
    for j, pk in enumerate(range(start + 1, stop + 1)):
        qid = _uuid(rng)
        parts = rng.choices(clauses, k=rng.choice((1, 1, 2, 2, 3)))
        used.extend(t for t, _ in parts)
        text = ", ".join(t for t, _ in parts) + "."
        statement_id = None
        if n_statements and rng.random() < 0.8:
            s = rng.randrange(n_statements)
            statement_id, date = state.statement_ids[s], state.days[s]
        else:
            date = _random_day(rng).isoformat()
        person = state.people[speakers[j]]
        role, org = _role_on(person, date)
        key = (speakers[j], role)
        speaker_ix = state.speaker_ix.get(key)
        if speaker_ix is None:
            speaker_ix = state.speaker_ix[key] = _ix(f"{person.name} {role}")
        status = statuses[j]
        superseded_by = ids[rng.randrange(len(ids))] if status == "superseded" and ids else None
        stamp = _stamp(date, rng)
        rows.append(
            (
                pk,
                qid,
                text[0].upper() + text[1:],
                person.id,
                person.name,
                role,
                org,
                date,
                statement_id,
                "" if statement_id else f"https://example.go.id/berita/{pk}",
                "id",
                status,
                superseded_by,
                reviews[j],
                "",
                min(int(rng.paretovariate(1.5)) - 1, 500),
                None,
                None,
                stamp,
                stamp,
            )
        )
        fts.append((pk, " ".join(x for _, x in parts if x), speaker_ix))
        if j % 2:
            tag_rows.append((qid, state.tag_ids[tags[j]]))
        ids.append(qid)
    return {
        "quotes": rows,
        "quotes_fts": fts,
        "quote_tags": tag_rows,
        "stems": _stem_rows(state.corpus, used),
    }


@contextlib.contextmanager
def _producer(processes: int) -> Iterator[Callable[..., Iterator[dict[str, Rows]]]]:
    """imap over a forked worker pool, or plain map in this process."""
    if processes < 1:
        yield map
        return
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes) as pool:
        yield lambda fn, jobs: pool.imap(fn, jobs)


def _ix(text: str) -> str:
    return index_text(text)


def _secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('statements', 'quotes', 'statement_tags', 'quote_tags', 'roles', "
        "'people')"
    ).fetchall()


def build(
    path: Path,
    n_statements: int,
    n_quotes: int,
    *,
    seed: int = 8,
    corpus: Corpus | None = None,
    corpus_path: Path = CORPUS,
    say: Callable[[str], None] = print,
    processes: int = 1,
) -> dict[str, float]:
    """Writes a new library at `path` (which must not exist); returns timings in seconds."""
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    corpus = corpus or load_corpus(corpus_path)
    timings["corpus_s"] = time.perf_counter() - t0
    say(
        f"corpus: {len(corpus.sentences):,} sentences, {len(corpus.clauses):,} clauses "
        f"({timings['corpus_s']:.1f} s)"
    )
    rng = random.Random(seed)
    open_library(path, create=True).close()  # the real migrations make the schema
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -512000")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    indexes = _secondary_indexes(conn)
    conn.execute("BEGIN")
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")

    # Tags, people and roles.
    tag_ids = [_uuid(rng) for _ in TOPICS]
    conn.executemany("INSERT INTO tags(id, name) VALUES (?, ?)", zip(tag_ids, TOPICS, strict=True))
    people = _make_people(max(30, n_statements // 50), rng, _ix)
    created = _stamp(END_DATE.replace(year=END_DATE.year - YEARS), rng)
    conn.executemany(
        "INSERT INTO people(pk, id, name, short_name, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, '', ?, ?)",
        [(p.pk, p.id, p.name, p.name.split()[-1], created, created) for p in people],
    )
    conn.executemany(
        "INSERT INTO roles(id, person_id, title, organisation, start_date, end_date) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(r[0], p.id, *r[1:]) for p in people for r in p.roles],
    )

    # Statements (oldest first, as an archive fills up) and quotes, made in chunks by a
    # second process while this one writes.
    days = sorted(_random_day(rng).isoformat() for _ in range(n_statements))
    statement_ids = [_uuid(rng) for _ in range(n_statements)]
    global _STATE
    _STATE = _State(corpus, people, tag_ids, statement_ids, days, seed)
    jobs = [("statements", i, min(i + CHUNK, n_statements)) for i in range(0, n_statements, CHUNK)]
    jobs += [("quotes", i, min(i + CHUNK, n_quotes)) for i in range(0, n_quotes, CHUNK)]
    t1 = time.perf_counter()
    cols = ["pk", *STATEMENT_COLS, "content_hash"]
    sql = {
        "statements": f"INSERT INTO statements({', '.join(cols)}) "
        f"VALUES ({', '.join('?' * len(cols))})",
        "statements_fts": "INSERT INTO statements_fts(rowid, title, body, tags) "
        "VALUES (?, ?, ?, ?)",
        "statement_tags": "INSERT INTO statement_tags(statement_id, tag_id) VALUES (?, ?)",
        "revisions": "INSERT INTO revisions(id, statement_id, number, saved_at, author, note, "
        "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
        "quotes": f"INSERT INTO quotes({', '.join(QUOTE_COLS)}) "
        f"VALUES ({', '.join('?' * len(QUOTE_COLS))})",
        "quotes_fts": "INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?, ?, ?)",
        "quote_tags": "INSERT INTO quote_tags(quote_id, tag_id) VALUES (?, ?)",
        "stems": "INSERT OR IGNORE INTO stems(word, stem) VALUES (?, ?)",
    }
    with _producer(processes) as produce:
        for (kind, _start, stop), tables in zip(jobs, produce(_make_chunk, jobs), strict=True):
            for table, rows in tables.items():
                conn.executemany(sql[table], rows)
            total = n_statements if kind == "statements" else n_quotes
            say(f"{kind}: {stop:,}/{total:,}")
            if kind == "statements" and stop == n_statements:
                timings["statements_s"] = time.perf_counter() - t1
    timings["quotes_s"] = time.perf_counter() - t1 - timings.get("statements_s", 0.0)
    conn.executemany(sql["stems"], text_rules.take_fresh().items())  # speakers' names, roles

    t3 = time.perf_counter()
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    # The app's own open and close: migrations are a no-op, `PRAGMA optimize` gathers stats.
    with open_library(path, create=False) as lib:
        lib.execute("ANALYZE")
    timings["indexes_s"] = time.perf_counter() - t3
    timings["total_s"] = time.perf_counter() - t0
    return timings


def cache_path(n_statements: int, n_quotes: int) -> Path:
    name = (
        f"archive-{n_statements}s-{n_quotes}q-schema{schema.SCHEMA_VERSION}"
        f"-gen{GENERATOR_VERSION}.humasdesk"
    )
    return CACHE / name


def cached_library(
    n_statements: int,
    n_quotes: int,
    *,
    force: bool = False,
    say: Callable[[str], None] = print,
) -> tuple[Path, dict[str, float] | None]:
    """The cached archive of that size, built first when missing; (path, build timings)."""
    target = cache_path(n_statements, n_quotes)
    if target.exists() and not force:
        return target, None
    CACHE.mkdir(parents=True, exist_ok=True)
    building = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    timings = build(building, n_statements, n_quotes, say=say)
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    building.replace(target)
    return target, timings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20,000 statements, 200,000 quotes")
    parser.add_argument("--statements", type=int, help="number of statements")
    parser.add_argument("--quotes", type=int, help="number of quotes")
    parser.add_argument("--out", type=Path, help="write here instead of the cache")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    n_st, n_q = SIZES["quick" if args.quick else "full"]
    n_st, n_q = args.statements or n_st, args.quotes or n_q
    t0 = time.perf_counter()
    if args.out:
        if args.out.exists():
            print(f"{args.out} exists", file=sys.stderr)
            return 2
        timings: dict[str, float] | None = build(args.out, n_st, n_q)
        path = args.out
    else:
        path, timings = cached_library(n_st, n_q, force=args.force)
    size = os.path.getsize(path) / 1e6
    if timings:
        detail = ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
        print(f"built {path} ({size:.0f} MB) in {time.perf_counter() - t0:.1f} s ({detail})")
    else:
        print(f"cached {path} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
