"""Sorts what `quote_eval.py` counts against the extractor on PFSA-ID dev-40 into miss types.

False alarms (found quotes no STATEMENT matches) by the way they are attributed, and wrong
speakers by how the found speaker differs from the annotated one. The types are read from
the text and the spans, not judged by hand: `--sample N --seed S` prints a seeded sample of
false alarms to check by hand.

    python benchmarks/quote_miss_types.py [--source extractor|queue] [--sample 30 --seed 14]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import quote_eval  # noqa: E402
from humasdesk.core.quotes.lexicon import ID_CUES, ID_SAY_VERBS, QUOTE_MARKS  # noqa: E402

_CUE_AFTER = re.compile(
    r"[\s,]*(?:" + "|".join(ID_CUES) + r")(?:nya\b|\s+(?:dia|ia|beliau)\b|\s+[A-Z])"
)
_SAID_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(ID_SAY_VERBS) + r")|\b[Mm]enurut [^,.]{1,60}),?\s*[:,]?\s*$"
)
_LABEL_BEFORE = re.compile(
    r"\b(?:bertajuk|berjudul|bertema|bertagar|tagar|program|lagu|film|buku|acara|gerakan|"
    r"kampanye|slogan|istilah|disebut|dijuluki|julukan|bernama|sebutan)\s*$",
    re.IGNORECASE,
)


def false_alarm_type(doc: dict[str, Any], row: dict[str, Any]) -> str:
    text, start, end = doc["text"], row["start"], row["end"]
    for span in doc["spans"]:
        if span["label"] == "STATEMENT" and quote_eval.overlap(
            start, end, span["start"], span["end"]
        ):
            return "overlaps an annotated STATEMENT (boundaries differ)"
    words = len(row["text"].strip(QUOTE_MARKS + " ,.").split())
    if _LABEL_BEFORE.search(text[max(0, start - 25) : start]):
        return "a title or label after bertajuk / program / lagu …"
    if words < 3:
        return "fewer than 3 words"
    if _CUE_AFTER.match(text, end):
        return "a cue right after (”…,” kata X / ujarnya): attributed, not annotated"
    if _SAID_BEFORE.search(text[max(0, start - 120) : start]):
        return "speaker before (X mengatakan, ”…” / Menurut X, ”…”): not annotated"
    return "no cue of its own (a follow-on quote, or no attribution)"


def _words(text: str) -> set[str]:
    return {w.strip(".,()").casefold() for w in text.split() if len(w.strip(".,()")) >= 3}


def _named_since(doc: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether the found speaker's last name is written between the annotated person (the
    last PERSON before the quote) and the quote: the set annotates no person of reported
    speech (`Haris menambahkan, …`), so `ujarnya` then points to someone it never marked."""
    said = row["speaker"].split()
    if not said:
        return False
    antecedent = quote_eval._antecedent(doc["spans"], row["start"])
    since = antecedent["end"] if antecedent else 0
    return re.search(rf"\b{re.escape(said[-1])}\b", doc["text"][since : row["start"]]) is not None


def wrong_speaker_type(doc: dict[str, Any], row: dict[str, Any]) -> str:
    expected, said = row["expected"], f"{row['speaker']} {row['role']}"
    if not row["speaker"]:
        return "no name found (a title only)"
    if expected[:1].islower():
        return "annotated person is a description (politisi senior Partai X)"
    if _words(expected) & _words(said):
        return "same person, written differently (short name, rank, nickname)"
    if row["read"] == "backref" and _named_since(doc, row):
        return "ujarnya: found speaker named after the annotated one, nearer the quote"
    people = [s["text"] for s in doc["spans"] if s["label"] in quote_eval.PERSON_LABELS]
    if not any(_words(row["speaker"]) & _words(p) for p in people):
        return "found speaker is no annotated person (a word, place or organisation)"
    return "another annotated person (the previous or a nearby speaker)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", choices=quote_eval.SOURCES, default="extractor")
    parser.add_argument(
        "--sample", type=int, default=0, help="false alarms to print for a hand check"
    )
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    corpus = quote_eval.CORPORA / quote_eval.SETS["pfsa-id-dev40"][0]
    if not corpus.is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    docs = {doc["id"]: doc for doc in quote_eval.documents(corpus)}
    score = quote_eval.evaluate(corpus, args.source, "id")
    for title, rows, kind in (
        ("false alarms", score.false_alarms, false_alarm_type),
        ("wrong speakers", score.wrong_speakers, wrong_speaker_type),
    ):
        counts = Counter(kind(docs[row["doc"]], row) for row in rows)
        print(f"\n{title} ({len(rows)})")
        for name, count in counts.most_common():
            print(f"{count:>5}  {name}")
    if args.sample:
        print(f"\nhand check: {args.sample} false alarms, seed {args.seed}")
        sample = random.Random(args.seed).sample(score.false_alarms, args.sample)
        for i, row in enumerate(sample, 1):
            doc = docs[row["doc"]]
            before = doc["text"][max(0, row["start"] - 100) : row["start"]]
            print(
                json.dumps({"n": i, "doc": row["doc"], "before": before, **row}, ensure_ascii=False)
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
