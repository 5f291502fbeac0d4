"""The benchmark's archive generator must keep making sound libraries, or every figure in the
README would measure something the app never sees."""

from __future__ import annotations

import json
import random
from pathlib import Path

from humasdesk.core.records import Statement
from humasdesk.core.text import index_text, stem, stemmable, words
from humasdesk.store import maintenance, search
from humasdesk.store.db import open_library


def test_a_tiny_generated_archive_is_a_sound_searchable_library(
    tmp_path: Path, corpora: Path
) -> None:
    from benchmarks import generate_archive

    corpus = generate_archive.load_corpus(
        corpora / "id-news-archive.jsonl.gz", limit=120, processes=1
    )
    path = tmp_path / "arsip.humasdesk"
    generate_archive.build(path, 200, 2000, corpus=corpus, say=lambda _s: None, processes=0)

    with open_library(path, create=False) as lib:
        report = maintenance.check(lib)
        assert report.ok, report.problems
        assert lib.scalar("SELECT count(*) FROM statements") == 200
        assert lib.scalar("SELECT count(*) FROM quotes") == 2000
        assert lib.scalar("SELECT count(*) FROM revisions") == 200
        assert lib.scalar("SELECT count(DISTINCT speaker) FROM quotes") > 3
        years = {r[0] for r in lib.conn.execute("SELECT substr(date, 1, 4) FROM statements")}
        assert len(years) >= 5  # an archive spread over the years

        # The index holds exactly what the app's own save would have written.
        for snapshot, title, body, tags in lib.conn.execute(
            "SELECT r.snapshot, f.title, f.body, f.tags FROM revisions r "
            "JOIN statements s ON s.id = r.statement_id "
            "JOIN statements_fts f ON f.rowid = s.pk LIMIT 40"
        ):
            st = Statement(**json.loads(snapshot))
            assert title == index_text(f"{st.number} {st.title}")
            assert body == index_text(st.searchable_text())
            assert tags == index_text(" ".join(st.tags))
        for text, who, text_ix, who_ix in lib.conn.execute(
            "SELECT q.text, q.speaker || ' ' || q.role, f.text, f.speaker "
            "FROM quotes q JOIN quotes_fts f ON f.rowid = q.pk LIMIT 200"
        ):
            assert text_ix == index_text(text)
            assert who_ix == index_text(who)

        # The stem table holds what the app's saves would have left: Sastrawi's stem of
        # every word the records hold, so an import into it stems only new words.
        for word, stemmed in lib.conn.execute("SELECT word, stem FROM stems LIMIT 60"):
            assert stem(word) == stemmed
        known = {r[0] for r in lib.conn.execute("SELECT word FROM stems")}
        for (body,) in lib.conn.execute("SELECT body FROM statements LIMIT 20"):
            assert {w for w in words(body) if stemmable(w)} <= known

        # Searching for a word of a generated statement finds that statement.
        sid, title = lib.conn.execute(
            "SELECT id, title FROM statements LIMIT 1 OFFSET 17"
        ).fetchone()
        word = max(title.split(), key=len)
        hits = search.search(lib, word, kind="statements", limit=200)
        assert sid in {h.id for h in hits}
        speaker = random.Random(1).choice(
            [r[0] for r in lib.conn.execute("SELECT speaker FROM quotes LIMIT 50")]
        )
        assert search.search(lib, speaker.split()[-1], kind="quotes")


def test_a_report_says_what_machine_it_was_measured_on():
    """Absolute figures (docs/s, ms) move with the machine; the report carries a fixed
    workload's time so that reports from two machines can be compared."""
    import os

    from benchmarks import run

    box = run.machine()
    assert box["cores"] == os.cpu_count()
    assert box["cpu"]
    assert 0 < box["cpu_score_ms"] < 10_000
