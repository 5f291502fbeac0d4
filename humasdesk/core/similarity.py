"""How alike two texts about a claim are: "have we answered this before?" and grouping
reports of the same rumour.

A text becomes its telling words: folded, stemmed with Sastrawi (core.text.stem, so
"pendaftaran" meets "mendaftar"), without stopwords, numbers and words of two letters, each
with how often the text uses it. Two texts are compared on those words as the cosine of two
weighted vectors (TF-IDF): a word weighs by how rare it is among the texts being compared
(inverse document frequency: "listrik" says more than "beredar") times 1 + the logarithm of
how often the text uses it (a claim that says "lowongan" five times is about a job offer, one
that names it once in passing is not). Words that are not equal but nearly so (a typo,
"whatsapp" and "whatsap", a word Sastrawi leaves whole) count by their rapidfuzz ratio when it
reaches `FUZZY_FROM`. The score runs from 0 (nothing telling shared) to 1 (the same telling
words, as often). benchmarks/README.md ("Similar cases") gives the figures and what was tried.

Use `Corpus` when comparing one text with many (it holds the word weights), or
`similarity(a, b)` for two texts alone (every word weighted alike).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from humasdesk.core.text import stem, words

FUZZY_FROM = 92  # rapidfuzz ratio (0-100) from which two different words count as alike
RESCORED = 50  # how many of the best exact matches Corpus.rank scores again with fuzzy words
_FUZZY_MIN_LENGTH = 5  # shorter words must match exactly: "data" is not "dana"

_STOPWORD_TEXT = (
    "yang dan di ke dari untuk dengan ini itu pada oleh atau akan telah sudah tidak bukan juga "
    "karena sebagai dalam bahwa para serta agar bagi tersebut sebut kata ada adalah saat "
    "bisa dapat hanya lagi masih namun jika kami kita mereka dia ia anda nya pun lah kah "
    "sangat lebih paling semua setiap hal secara sejak hingga sampai atas bawah antara "
    "the and of to in is are was were for with that this by on from as be it not has have "
    "been will would can could its their they you your our"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def terms(text: str) -> Counter[str]:
    """The telling words of `text`, stemmed, in order, with how often each occurs."""
    found: Counter[str] = Counter()
    for word in words(text):
        if len(word) <= 2 or word in STOPWORDS or not word.isalpha():
            continue
        stemmed = stem(word)
        if stemmed not in STOPWORDS and len(stemmed) > 2:
            found[stemmed] += 1
    return found


def keywords(text: str) -> list[str]:
    """The telling words of `text`, stemmed, in order, each once."""
    return list(terms(text))


def _alike(word: str, others: Iterable[str]) -> tuple[str, float]:
    """The word of `others` nearest to `word`, and how alike (0 to 1); ("", 0) if none is."""
    if len(word) < _FUZZY_MIN_LENGTH:
        return "", 0.0
    from rapidfuzz import fuzz  # here: the window's start path does not need it

    best, score = "", 0.0
    for other in others:
        if len(other) < _FUZZY_MIN_LENGTH or abs(len(other) - len(word)) > 3:
            continue
        ratio = fuzz.ratio(word, other)
        if ratio >= FUZZY_FROM and ratio > score:
            best, score = other, ratio
    return best, score / 100


def _counted(words_: Iterable[str] | Mapping[str, int]) -> Mapping[str, int]:
    return words_ if isinstance(words_, Mapping) else dict.fromkeys(words_, 1)


def vector(
    words_: Iterable[str] | Mapping[str, int], weight: Mapping[str, float]
) -> dict[str, float]:
    """A text's words (a set, or each word with how often it occurs) as a vector of length 1:
    a word weighs `weight` (1 when not given) times 1 + the logarithm of its count."""
    raw = {
        word: weight.get(word, 1.0) * (1 + math.log(count) if count > 1 else 1.0)
        for word, count in _counted(words_).items()
    }
    norm = math.sqrt(sum(x * x for x in raw.values()))
    return {word: x / norm for word, x in raw.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float], *, fuzzy: bool = True) -> float:
    """The cosine of two vectors of length 1 (see `vector`); with `fuzzy`, words of `a` missing
    from `b` meet their nearest match in `b`, at its ratio."""
    shared = 0.0
    unmatched = set(b).difference(a) if fuzzy else set()
    for word, x in a.items():
        y = b.get(word)
        if y is not None:
            shared += x * y
        elif fuzzy:
            match, ratio = _alike(word, unmatched)
            if match:
                shared += ratio * x * b[match]
                unmatched.discard(match)
    return shared


def weighted_cosine(
    a: Iterable[str] | Mapping[str, int],
    b: Iterable[str] | Mapping[str, int],
    weight: Mapping[str, float],
    *,
    fuzzy: bool = True,
) -> float:
    """The cosine of two texts' words, weighted as `vector` says."""
    return cosine(vector(a, weight), vector(b, weight), fuzzy=fuzzy)


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1, every telling word weighted alike (save how often
    each text uses it)."""
    return weighted_cosine(terms(a), terms(b), {})


def idf(document_count: int, frequency: int) -> float:
    """A word's weight: rarer words weigh more (smoothed, never below a small floor)."""
    return max(math.log((document_count + 1) / (frequency + 0.5)), 0.1)


@dataclass
class Corpus:
    """Texts to compare a new text with: their telling words (with how often each occurs),
    and the weight of each word."""

    documents: dict[str, Counter[str]] = field(default_factory=dict)
    frequency: Counter[str] = field(default_factory=Counter)
    # How many texts the weights count (when `documents` holds only some of them, e.g. the
    # candidates a full-text search found, and `frequency` the counts over all of them).
    total: int = 0

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> Corpus:
        corpus = cls()
        for key, text in texts.items():
            corpus.add(key, text)
        return corpus

    def add(self, key: str, text: str) -> None:
        counted = terms(text)
        self.documents[key] = counted
        self.frequency.update(counted.keys())

    def weights(self, words_: Iterable[str]) -> dict[str, float]:
        total = max(self.total, len(self.documents))
        return {t: idf(total, self.frequency.get(t, 0)) for t in words_}

    def rank(
        self, text: str, *, limit: int = 5, exclude: Iterable[str] = (), minimum: float = 0.0
    ) -> list[tuple[str, float]]:
        """The keys of the texts most like `text`, best first, with their scores.

        Every text is scored on equal words first; the best `RESCORED` of them are scored
        again with fuzzy matches (comparing every word pair of every text would be slow)."""
        query = terms(text)
        skip = set(exclude)
        weight = self.weights(query)
        candidates = {
            key: counted
            for key, counted in self.documents.items()
            if key not in skip and not weight.keys().isdisjoint(counted)
        }
        for counted in candidates.values():
            weight.update(self.weights(t for t in counted if t not in weight))
        wanted = vector(query, weight)
        vectors = {key: vector(counted, weight) for key, counted in candidates.items()}
        exact = sorted(
            ((cosine(wanted, v, fuzzy=False), key) for key, v in vectors.items()), reverse=True
        )
        found = [
            (key, cosine(wanted, vectors[key])) for _score, key in exact[: max(RESCORED, limit)]
        ]
        found = [f for f in found if f[1] > minimum]
        found.sort(key=lambda item: item[1], reverse=True)
        return found[:limit]
