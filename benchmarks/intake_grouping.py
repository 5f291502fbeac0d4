"""How well the intake queue groups reports of the same rumour: pairwise precision and recall
of `core.intake.group` on TurnBackHoax's fact-checks (`../shared/corpora/`).

Each fact-check's `narasi` (the claim as it circulated) is one report. The reference pairs of
"the same rumour" come from what the grouping never reads, the fact-check's own headline (the
words of its URL) and its clarification references. The same rumour is the same claim, or the
same scam campaign: the same kind of scam (job ad, civil-service registration, prize draw,
aid, ...) impersonating the same employer, agency, figure or prize, not the same genre. Two
fact-checks are the same when neither is a scam or both are scams of the same family, and
the subjects of their headlines (the words left when genre and noise words such as "tautan",
"lowongan", "bantuan", "undian", years and months are taken out) are:

- at least 60% the same (Jaccard), e.g. "lowongan gudang garam" and "lowongan kerja pt gudang
  garam", "blt kesra 2026" and "blt kesra di bulan desember 2025" (but not "lowongan kerja bank
  bri" and "lowongan kerja bank bca", nor "gibran" and "ahok bagi-bagi bantuan modal usaha");
- or at least 30% the same when both cite the same specific clarification page (not a tool
  such as an AI-image detector, a search page, an archive, or a site's front page), e.g.
  "ribuan helikopter Turki diterbangkan membantu Iran" and "Turki kerahkan ribuan helikopter".

The first reference (issue 18, `--reference family`) took any two scams of one family as the
same (every job-ad scam with every other: 8,559 of its 8,583 pairs); it is kept to compare.

    python benchmarks/intake_grouping.py [--threshold 30] [--reference campaign|family]
        [--name-weight 1] [--telling 1] [--json FILE] [--sample N]

`--sample N` prints N reference pairs and N false pairs to check by hand (see the notes of
issues 18 and 18b for the samples checked).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from humasdesk.core import intake  # noqa: E402
from humasdesk.core.text import stem  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "hoax-turnbackhoax-2026.csv"
_HEADLINE_NOISE = {
    "tautan", "pendaftaran", "daftar", "video", "foto", "unggahan", "akun", "salah",
    "penipuan", "parodi", "satire", "satir", "komedi", "hoaks", "di", "ke", "dan", "yang",
    "untuk", "dari", "the", "bakal", "sebut", "ada", "jadi", "tak",
}  # fmt: skip
_TOOLS = (
    "hivemoderation", "truthscan", "google.com", "archive", "turnbackhoax", "sightengine",
    "wasitai", "undetectable", "isitai",
)  # fmt: skip


def load(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.DictReader(f) if r["narasi"].strip()]


def headline(url: str) -> set[str]:
    slug = re.sub(r"^\d+-", "", url.rstrip("/").rsplit("/", 1)[-1])
    found = {stem(w) for w in slug.split("-") if w and not w.isdigit()}
    return {w for w in found if w not in _HEADLINE_NOISE and len(w) > 1}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


# The scams TurnBackHoax sees retold most, by a word of the fact-check's headline; the first
# family that matches wins (a "CPNS" registration link is a civil-service scam, not a job ad).
SCAM_FAMILIES = (
    ("civil_service", ("cpns", "pppk", "asn")),
    ("job", ("lowongan", "rekrutmen", "loker", "karyawan", "pekerja", "magang")),
    ("prize", ("undian", "berhadiah", "giveaway", "kuis", "voucher", "cashback")),
    ("scholarship", ("beasiswa",)),
    ("loan_investment", ("pinjaman", "investasi", "judol")),
    ("aid", ("bansos", "bantuan", "blt", "pkh", "bsu", "hibah", "subsidi", "sembako", "bagi")),
    ("free_service", ("gratis",)),
)


def scam_family(row: dict[str, str]) -> str:
    if row["classification"].strip().upper() != "PENIPUAN":
        return ""
    words = set(re.sub(r"^\d+-", "", row["url"].rstrip("/").rsplit("/", 1)[-1]).split("-"))
    return next((name for name, keys in SCAM_FAMILIES if words & set(keys)), "")


def _cited_pages(rows: list[dict[str, str]]) -> set[tuple[int, int]]:
    """The pairs of fact-checks citing the same specific clarification page."""
    cited: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(rows):
        for ref in (u.strip() for u in r["referensi"].split("|")):
            specific = len(urlsplit(ref).path.strip("/")) >= 3
            if ref and specific and not any(t in ref for t in _TOOLS):
                cited[ref].add(i)
    return {p for group in cited.values() for p in itertools.combinations(sorted(group), 2)}


def family_reference(rows: list[dict[str, str]]) -> set[tuple[int, int]]:
    """The first reference (issue 18): any two scams of one family are the same, e.g. every
    job-ad scam with every other. Kept to compare with; too broad for an officer."""
    heads = [headline(r["url"]) for r in rows]
    families = [scam_family(r) for r in rows]
    same_page = _cited_pages(rows)
    pairs = set()
    for i, j in itertools.combinations(range(len(rows)), 2):
        if families[i] or families[j]:
            if families[i] == families[j]:
                pairs.add((i, j))
            continue
        alike = _jaccard(heads[i], heads[j])
        if alike >= 0.5 or ((i, j) in same_page and alike >= 0.3):
            pairs.add((i, j))
    return pairs


# Headline words that say what kind of claim or scam it is, or how it travelled, not whose
# or about what: left out of `subject` (compared unstemmed, so "keuangan" is not "uang").
_GENRE_WORDS = """
    salah penipuan parodi satire satir komedi hoaks keliru video foto gambar unggahan akun
    tautan link pendaftaran daftar informasi konten narasi klaim beredar viral dokumentasi
    di ke dan yang untuk dari the bakal sebut ada jadi tak dengan dalam akan itu ini karena
    saat usai lewat melalui via tidak oleh pada jelang bagi tentang soal atas kepada
    lowongan kerja pekerjaan rekrutmen open oprec loker karyawan pegawai resmi program pt tbk
    persero group umumkan beri bagikan salurkan tawarkan undian berhadiah hadiah kuis
    giveaway bantuan dana uang hibah gratis cair facebook whatsapp instagram tiktok tahun
    bulan ribu juta miliar triliun menteri menkeu presiden gubernur wakil
    januari februari maret april mei juni juli agustus september oktober november desember
"""
_GENRE = frozenset(_GENRE_WORDS.split())


def subject(url: str) -> set[str]:
    """What a fact-check's headline is about: its words (stemmed) less genre and noise."""
    slug = re.sub(r"^\d+-", "", url.rstrip("/").rsplit("/", 1)[-1])
    kept = (w for w in slug.split("-") if w and w not in _GENRE and not re.match(r"\d|rp\d", w))
    return {stem(w) for w in kept if len(w) > 1}


def reference(rows: list[dict[str, str]]) -> set[tuple[int, int]]:
    """The pairs telling the same rumour: the same claim, or the same scam campaign (the same
    kind of scam impersonating the same employer, agency, figure or prize). Two fact-checks
    are the same when they are not scams of different families and their headline subjects
    are at least 60% the same (Jaccard), or 30% when they cite the same specific page."""
    subjects = [subject(r["url"]) for r in rows]
    families = [scam_family(r) for r in rows]
    scams = [r["classification"].strip().upper() == "PENIPUAN" for r in rows]
    same_page = _cited_pages(rows)
    pairs = set()
    for i, j in itertools.combinations(range(len(rows)), 2):
        if scams[i] != scams[j] or families[i] != families[j]:
            continue
        alike = _jaccard(subjects[i], subjects[j])
        if alike >= 0.6 or ((i, j) in same_page and alike >= 0.3):
            pairs.add((i, j))
    return pairs


def predicted(groups: list[int]) -> set[tuple[int, int]]:
    members: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    return {p for m in members.values() for p in itertools.combinations(sorted(m), 2)}


def score(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> dict[str, float]:
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=intake.SIMILAR)
    parser.add_argument("--name-weight", type=float, default=intake.NAME_WEIGHT)
    parser.add_argument("--telling", type=int, default=intake.TELLING)
    parser.add_argument("--reference", choices=("campaign", "family"), default="campaign")
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    parser.add_argument("--sample", type=int, default=0, help="print pairs to check by hand")
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"{CORPUS} is not there: nothing to measure.")
        return 0
    rows = load()
    references = {"campaign": reference(rows), "family": family_reference(rows)}
    truth = references[args.reference]
    started = time.perf_counter()
    grouper = intake.Grouper(args.threshold, args.name_weight, args.telling)
    signatures = [intake.signature(r["narasi"]) for r in rows]
    grouper.learn(signatures)
    groups = [grouper.add(s) for s in signatures]
    seconds = time.perf_counter() - started
    found = predicted(groups)
    sizes = [groups.count(g) for g in set(groups)]
    figures: dict[str, object] = {
        "reports": len(rows),
        "groups": len(sizes),
        "groups_of_2_or_more": sum(1 for n in sizes if n > 1),
        "largest_group": max(sizes),
        "reference": args.reference,
        "reference_pairs": len(truth),
        "predicted_pairs": len(found),
        **score(found, truth),
        "other_reference": {
            name: {"pairs": len(pairs), **score(found, pairs)}
            for name, pairs in references.items()
            if name != args.reference
        },
        "threshold": args.threshold,
        "name_weight": args.name_weight,
        "telling": args.telling,
        "seconds": round(seconds, 2),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if args.sample:
        rng = random.Random(18)

        def show(label: str, pairs: set[tuple[int, int]]) -> None:
            print(f"\n{label}")
            for i, j in rng.sample(sorted(pairs), min(args.sample, len(pairs))):
                print(f"- {rows[i]['url'].rsplit('/', 1)[-1][:70]}")
                print(f"  {rows[j]['url'].rsplit('/', 1)[-1][:70]}")

        show("reference pairs", truth)
        show("grouped, not in the reference", found - truth)
        show("in the reference, not grouped", truth - found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
