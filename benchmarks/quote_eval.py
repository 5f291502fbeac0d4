"""Scores the quote extractor on the hand-annotated PFSA-ID dev-40 articles.

As ../shared/corpora/README.md describes: a predicted quote matches a STATEMENT span when
their texts agree after trimming quote marks, spaces and the final comma, or when they
overlap by at least 90% of the span; its speaker is right when the nearest PERSON /
PERSONCOREF of that statement appears in the predicted speaker's name or role.

    python benchmarks/quote_eval.py [CORPUS] [--json] [--misses N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from humasdesk.core.quote_extract import QUOTE_MARKS, FoundQuote, extract  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "quotes-pfsa-id-dev40.jsonl"
PERSON_LABELS = {"PERSON", "PERSONCOREF"}
OFFICIALS_ONLY = True  # what the library keeps; --all scores every attributed quote


def normalise(text: str) -> str:
    """Trims quote marks, spaces and the final comma, as the scoring rule says."""
    text = " ".join(text.split()).strip(QUOTE_MARKS + " ")
    if text.endswith(","):
        text = text[:-1]
    return text.strip(QUOTE_MARKS + " ")


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


BACKREF_CUE = re.compile(r"\s*(?:\w+nya\b|\w+ (?:dia|ia|beliau)\b)")


def _only_after(spans: list[dict[str, Any]], gold: dict[str, Any], person: str) -> bool:
    named = [s for s in spans if s["label"] in PERSON_LABELS and s["text"] == person]
    return bool(named) and all(s["start"] >= gold["end"] for s in named)


def speaker_right(person: str, quote: FoundQuote) -> bool:
    # The name, the role, or both as an attribution writes them ("Komjen Listyo Sigit").
    written = f"{quote.role} {quote.organisation} {quote.speaker}"
    said_by = [quote.speaker, quote.role_phrase, " ".join(written.split())]
    return any(person.casefold() in part.casefold() for part in said_by)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speakers_judged: int = 0
    speakers_right: int = 0
    # Wrong speakers of "…,” ujarnya"-style quotes whose nearest annotated person is only
    # named after the quote (a pronoun cannot point forward): the nearest-person rule's limit.
    forward_only: int = 0
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
            "documents": None,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speakers_judged": self.speakers_judged,
            "wrong_speakers_named_only_after_a_backreference": self.forward_only,
        }


def score_document(doc: dict[str, Any], score: Score) -> None:
    text = doc["text"]
    golds = [s for s in doc["spans"] if s["label"] == "STATEMENT"]
    predicted = extract(text, "id", officials_only=OFFICIALS_ONLY)
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
        person = nearest_person(doc["spans"], gold)
        if person is None:
            continue
        quote = predicted[match]
        score.speakers_judged += 1
        if speaker_right(person, quote):
            score.speakers_right += 1
        else:
            if BACKREF_CUE.match(text, gold["end"]) and _only_after(doc["spans"], gold, person):
                score.forward_only += 1
            score.wrong_speakers.append(
                {
                    "doc": doc["id"],
                    "expected": person,
                    "speaker": quote.speaker,
                    "role": quote.role_phrase,
                    "after": text[gold["end"] : gold["end"] + 80],
                }
            )
    for i, quote in enumerate(predicted):
        if i not in used:
            score.false_alarms.append(
                {
                    "doc": doc["id"],
                    "text": quote.text[:160],
                    "speaker": quote.speaker,
                    "after": text[quote.end : quote.end + 60],
                }
            )


def evaluate(corpus: Path) -> Score:
    score = Score()
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                score_document(json.loads(line), score)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="also show N misses, false alarms and wrong speakers",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="score every attributed quote, not only officials' quotes",
    )
    args = parser.parse_args(argv)
    global OFFICIALS_ONLY
    OFFICIALS_ONLY = not args.all
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    score = evaluate(args.corpus)
    figures = score.as_dict()
    figures["documents"] = sum(1 for line in args.corpus.open(encoding="utf-8") if line.strip())
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"documents         {figures['documents']}")
        print(f"gold quotes       {score.gold}")
        print(f"predicted quotes  {score.predicted}")
        print(f"precision         {score.precision:.3f}")
        print(f"recall            {score.recall:.3f}")
        print(f"speaker accuracy  {score.speaker_accuracy:.3f} ({score.speakers_judged} judged)")
        print(
            f"  of the {score.speakers_judged - score.speakers_right} wrong speakers, "
            f"{score.forward_only} are pronoun cues (ujarnya, kata dia) whose nearest annotated "
            "person is only named after the quote"
        )
    if args.misses:
        for title, rows in (
            ("MISSED", score.misses),
            ("FALSE ALARMS", score.false_alarms),
            ("WRONG SPEAKERS", score.wrong_speakers),
        ):
            print(f"\n== {title} ({len(rows)})", file=sys.stderr)
            for row in rows[: args.misses]:
                print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
