"""Scores quote extraction on the hand-annotated development sets in ../shared/corpora/.

Three sets, each scored with the rules of ../shared/corpora/README.md:
- `pfsa-id-dev40` (Kompas articles): a predicted quote matches a STATEMENT span when their
  texts agree after trimming quote marks, spaces and the final comma, or when they overlap by
  at least 90% of the span; its speaker is right when the nearest PERSON / PERSONCOREF of that
  statement appears in the predicted speaker's name or role.
- `gov-id-dev40` (ministry releases) and `press-en-dev30` (US county releases): a predicted
  quote matches a gold quote when their texts agree after trimming quote marks, spaces and the
  final `,` or `.`, or are at least 90% alike with lengths within 80%; its speaker is right
  when the predicted name holds the gold speaker's last name, or every word of the predicted
  name is in the gold name.

Each set is scored twice: the extractor (every attributed quote `extract()` finds) and the
review queue (the quotes an import queues in a fresh library: officials and known people).

    python benchmarks/quote_eval.py [--set NAME] [--source extractor|queue] [--json] [--misses N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from humasdesk.core.quotes import QUOTE_MARKS, extract  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SETS = {
    "pfsa-id-dev40": ("quotes-pfsa-id-dev40.jsonl", "id"),
    "gov-id-dev40": ("quotes-gov-id-dev40.jsonl", "id"),
    "press-en-dev30": ("quotes-press-en-dev30.jsonl", "en"),
}
SOURCES = ("extractor", "queue")
DEFAULT_CORPUS = CORPORA / SETS["pfsa-id-dev40"][0]
PERSON_LABELS = {"PERSON", "PERSONCOREF"}
HONORIFICS = {"jr", "sr", "ii", "iii", "iv", "dr", "prof", "mr", "mrs", "ms", "h", "hj"}
TRIM = QUOTE_MARKS + "‘’'" + " \n\t"


@dataclass
class Predicted:
    """A quote as the extractor or the review queue gives it, for scoring."""

    text: str
    start: int
    end: int
    speaker: str
    role: str
    organisation: str

    @property
    def role_phrase(self) -> str:
        return " ".join(p for p in (self.role, self.organisation) if p)


def normalise(text: str) -> str:
    """Trims quote marks, spaces and the final comma, as the scoring rule says."""
    text = " ".join(text.split()).strip(QUOTE_MARKS + " ")
    if text.endswith(","):
        text = text[:-1]
    return text.strip(QUOTE_MARKS + " ")


def normalise_release(text: str) -> str:
    """The release sets' rule: quote marks, spaces and a final `,` or `.` trimmed."""
    text = " ".join(text.split()).strip(TRIM)
    if text.endswith((",", ".")):
        text = text[:-1]
    return text.strip(TRIM)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def nearest_person(spans: list[dict[str, Any]], gold: dict[str, Any]) -> str | None:
    best: tuple[int, str] | None = None
    for span in spans:
        if span["label"] not in PERSON_LABELS:
            continue
        if span["end"] <= gold["start"]:
            distance = gold["start"] - span["end"]
        elif span["start"] >= gold["end"]:
            distance = span["start"] - gold["end"]
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, span["text"])
    return best[1] if best else None


PRONOUNS = {"dia", "ia", "beliau", "mereka", "nya", "-nya", "ya"}
SENTENCE_END = re.compile(r"[.!?]\s")


def _is_pronoun(span: dict[str, Any]) -> bool:
    return span["text"].casefold().strip() in PRONOUNS


def _antecedent(spans: list[dict[str, Any]], before: int) -> dict[str, Any] | None:
    """The last PERSON / PERSONCOREF named (not a pronoun) before offset `before`."""
    named = [
        s
        for s in spans
        if s["label"] in PERSON_LABELS and s["end"] <= before and not _is_pronoun(s)
    ]
    return max(named, key=lambda s: s["end"]) if named else None


def attributed_person(
    text: str, spans: list[dict[str, Any]], gold: dict[str, Any]
) -> tuple[str | None, str]:
    """The person of the statement's own attribution, and how it was read: "named" (the
    person after its cue), "pronoun" (`ucap dia`: the person named last before the pronoun),
    "backref" (`ujarnya`: the person named last before the quote) or "nearest".

    The set has no links between spans; nearly every STATEMENT (1,649 of 1,653) is followed
    by its cue: a CUE (`kata`, `ujar`) with the speaker after it, sometimes behind a ROLE and
    an AFFILIATION (`kata Menteri PUPR Basuki …`), or a CUECOREF (`ujarnya`) that points back
    to the person named last before the quote. A pronoun (`ucap dia`) stands for the person
    named last before it. Statements without a cue fall back to the nearest person.
    """
    ordered = sorted(spans, key=lambda s: s["start"])
    after = [s for s in ordered if s["start"] >= gold["end"]]
    cue = after[0] if after else None
    if cue is None or cue["label"] not in {"CUE", "CUECOREF"}:
        return nearest_person(spans, gold), "nearest"
    if text[gold["end"] : cue["start"]].strip(" ,\n" + QUOTE_MARKS):
        return nearest_person(spans, gold), "nearest"
    sentence_end = SENTENCE_END.search(text, cue["end"])
    limit = sentence_end.start() if sentence_end else len(text)
    person = None
    for span in after[1:]:
        if span["start"] >= limit or span["label"] == "STATEMENT":
            break
        if span["label"] in PERSON_LABELS:
            person = span
            break
    if person is None and cue["label"] == "CUE":
        return nearest_person(spans, gold), "nearest"
    if person is None or _is_pronoun(person):
        before = gold["start"] if person is None else person["start"]
        named = _antecedent(spans, before)
        return (named["text"] if named else None), "backref" if person is None else "pronoun"
    return person["text"], "named"


def speaker_right(person: str, quote: Predicted) -> bool:
    # The name, the role, or both as an attribution writes them ("Komjen Listyo Sigit").
    written = f"{quote.role} {quote.organisation} {quote.speaker}"
    said_by = [quote.speaker, quote.role_phrase, " ".join(written.split())]
    return any(person.casefold() in part.casefold() for part in said_by)


def _name_words(name: str) -> list[str]:
    words = [w.strip(".,").casefold() for w in name.split()]
    return [w for w in words if w and w not in HONORIFICS]


def release_speaker_right(gold: str, predicted: str) -> bool:
    """The predicted name holds the gold last name, or all its words are in the gold name."""
    gold_words, said = _name_words(gold), _name_words(predicted)
    if not gold_words or not said:
        return False
    return gold_words[-1] in said or all(w in gold_words for w in said)


def alike(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    if a == b:
        return True
    shorter, longer = sorted((len(a), len(b)))
    return bool(longer) and shorter / longer >= 0.8 and fuzz.ratio(a, b) >= 90


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speakers_judged: int = 0
    speakers_right: int = 0
    excluded_found: int = 0  # titles, terms and themes in quote marks taken for quotes
    # PFSA-ID: the same judged by the set's literal "nearest PERSON / PERSONCOREF" (either
    # side of the quote), and per way the attribution was read (see `attributed_person`):
    # a pronoun (`ucap dia`) or `ujarnya` is judged by the person named last before it.
    nearest_judged: int = 0
    nearest_right: int = 0
    judged_by: Counter[str] = field(default_factory=Counter)
    right_by: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    wrong_speakers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_judged if self.speakers_judged else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speakers_judged": self.speakers_judged,
            "excluded_found": self.excluded_found,
            "speaker_accuracy_nearest_person": round(
                self.nearest_right / self.nearest_judged if self.nearest_judged else 0.0, 4
            ),
            "speakers_by_attribution": {
                how: {"judged": n, "right": self.right_by[how]}
                for how, n in sorted(self.judged_by.items())
            },
        }


# ----------------------------------------------------------------- what is scored
def from_extractor(text: str, language: str, date: str) -> list[Predicted]:
    del date
    return [
        Predicted(q.text, q.start, q.end, q.speaker, q.role, q.organisation)
        for q in extract(text, language)
    ]


def from_queue(text: str, language: str, date: str) -> list[Predicted]:
    """The quotes an import of `text` sends to the review queue of a fresh library."""
    from humasdesk.core.records import Statement
    from humasdesk.store import quotes, statements
    from humasdesk.store.db import open_library

    with (
        tempfile.TemporaryDirectory() as folder,
        open_library(Path(folder) / "eval.humasdesk") as lib,
    ):
        st = Statement(
            title="eval",
            body=text,
            language=language,
            date=date or None,
            source_kind="imported",
        )
        st = statements.save(lib, st)
        rows = lib.conn.execute(
            "SELECT id FROM quotes WHERE statement_id = ? AND review = 'pending' "
            "ORDER BY span_start",
            [st.id],
        ).fetchall()
        queued = [quotes.get(lib, row[0]) for row in rows]
    return [
        Predicted(q.text, q.span_start or 0, q.span_end or 0, q.speaker, q.role, q.organisation)
        for q in queued
    ]


Source = Callable[[str, str, str], list[Predicted]]
SOURCE_OF: dict[str, Source] = {"extractor": from_extractor, "queue": from_queue}


def _iso_date(raw: str) -> str:
    """The set's dates (`23/10/2025`, `10 November 2025`, `Tuesday, March 22, 2022`) as ISO."""
    from humasdesk.core.release_parser import parse_date

    try:
        return parse_date(raw) or ""
    except Exception:  # a date the app cannot read is left out, as an import would
        return ""


# ----------------------------------------------------------------- PFSA-ID scoring
def score_pfsa(doc: dict[str, Any], predicted: list[Predicted], score: Score) -> None:
    text = doc["text"]
    golds = [s for s in doc["spans"] if s["label"] == "STATEMENT"]
    score.gold += len(golds)
    score.predicted += len(predicted)
    used: set[int] = set()
    for gold in golds:
        gold_text = normalise(gold["text"])
        span_len = max(1, gold["end"] - gold["start"])
        match = None
        for i, quote in enumerate(predicted):
            if i in used:
                continue
            same = normalise(quote.text) == gold_text
            covered = overlap(quote.start, quote.end, gold["start"], gold["end"]) / span_len
            if same or covered >= 0.9:
                match = i
                break
        if match is None:
            score.misses.append(
                {
                    "doc": doc["id"],
                    "gold": gold["text"][:160],
                    "at": gold["start"],
                    "after": text[gold["end"] : gold["end"] + 80],
                }
            )
            continue
        used.add(match)
        score.matched += 1
        quote = predicted[match]
        nearest = nearest_person(doc["spans"], gold)
        if nearest is not None:
            score.nearest_judged += 1
            score.nearest_right += speaker_right(nearest, quote)
        person, how = attributed_person(text, doc["spans"], gold)
        if person is None:
            continue
        score.speakers_judged += 1
        score.judged_by[how] += 1
        if speaker_right(person, quote):
            score.speakers_right += 1
            score.right_by[how] += 1
        else:
            score.wrong_speakers.append(
                {
                    "doc": doc["id"],
                    "expected": person,
                    "speaker": quote.speaker,
                    "role": quote.role_phrase,
                    "after": text[gold["end"] : gold["end"] + 80],
                    "read": how,
                    "start": gold["start"],
                }
            )
    _false_alarms(doc, predicted, used, score)


def _false_alarms(
    doc: dict[str, Any], predicted: list[Predicted], used: set[int], score: Score
) -> None:
    excluded = [normalise_release(e["text"]) for e in doc.get("excluded", [])]
    for i, quote in enumerate(predicted):
        if i in used:
            continue
        if normalise_release(quote.text) in excluded:
            score.excluded_found += 1
        score.false_alarms.append(
            {
                "doc": doc["id"],
                "text": quote.text[:160],
                "start": quote.start,
                "end": quote.end,
                "speaker": quote.speaker,
                "after": doc["text"][quote.end : quote.end + 60],
            }
        )


# ----------------------------------------------------------------- release-set scoring
def score_release(doc: dict[str, Any], predicted: list[Predicted], score: Score) -> None:
    golds = doc["quotes"]
    score.gold += len(golds)
    score.predicted += len(predicted)
    keys = [normalise_release(q.text) for q in predicted]
    used: set[int] = set()
    for gold in golds:
        gold_key = normalise_release(gold["text"])
        match = next((i for i, key in enumerate(keys) if i not in used and key == gold_key), None)
        if match is None:
            match = next(
                (i for i, key in enumerate(keys) if i not in used and alike(key, gold_key)),
                None,
            )
        if match is None:
            score.misses.append(
                {"doc": doc["id"], "gold": gold["text"][:160], "speaker": gold["speaker"]}
            )
            continue
        used.add(match)
        score.matched += 1
        score.speakers_judged += 1
        quote = predicted[match]
        if release_speaker_right(gold["speaker"], quote.speaker):
            score.speakers_right += 1
        else:
            score.wrong_speakers.append(
                {
                    "doc": doc["id"],
                    "expected": gold["speaker"],
                    "speaker": quote.speaker,
                    "role": quote.role_phrase,
                    "quote": quote.text[:70],
                }
            )
    _false_alarms(doc, predicted, used, score)


# ----------------------------------------------------------------- running
def documents(corpus: Path) -> Iterator[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def evaluate(corpus: Path, source: str = "extractor", language: str | None = None) -> Score:
    """Scores `source` ("extractor" or "queue") on one annotated set."""
    score = Score()
    language = language or ("en" if "-en-" in corpus.name else "id")
    predict = SOURCE_OF[source]
    for doc in documents(corpus):
        score.documents += 1
        predicted = predict(doc["text"], language, _iso_date(doc.get("date", "")))
        if "spans" in doc:
            score_pfsa(doc, predicted, score)
        else:
            score_release(doc, predicted, score)
    return score


def _print_table(results: dict[tuple[str, str], Score]) -> None:
    print(
        f"{'set':<16} {'source':<10} {'docs':>4} {'gold':>5} {'found':>5} "
        f"{'precision':>9} {'recall':>6} {'speaker':>7}"
    )
    for (name, source), score in results.items():
        print(
            f"{name:<16} {source:<10} {score.documents:>4} {score.gold:>5} "
            f"{score.predicted:>5} {score.precision:>9.3f} {score.recall:>6.3f} "
            f"{score.speaker_accuracy:>7.3f}"
        )


def _print_misses(name: str, source: str, score: Score, limit: int) -> None:
    for title, rows in (
        ("MISSED", score.misses),
        ("FALSE ALARMS", score.false_alarms),
        ("WRONG SPEAKERS", score.wrong_speakers),
    ):
        print(f"\n== {name} {source}: {title} ({len(rows)})", file=sys.stderr)
        for row in rows[:limit]:
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="one set (repeatable)")
    parser.add_argument("--source", choices=SOURCES, action="append", help="extractor or queue")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the corpora folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="also show N misses, false alarms and wrong speakers",
    )
    args = parser.parse_args(argv)
    results: dict[tuple[str, str], Score] = {}
    for name in args.set or list(SETS):
        filename, language = SETS[name]
        corpus = args.corpora / filename
        if not corpus.is_file():
            print(f"corpus not found: {corpus}", file=sys.stderr)
            return 2
        for source in args.source or SOURCES:
            results[(name, source)] = evaluate(corpus, source, language)
    if args.json:
        figures = {f"{name}/{source}": s.as_dict() for (name, source), s in results.items()}
        print(json.dumps(figures, indent=2))
    else:
        _print_table(results)
    if args.misses:
        for (name, source), score in results.items():
            _print_misses(name, source, score, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
