"""The library's schema as a list of versioned migrations (sqlite-utils' migration sets).

Never edit a migration that has shipped: add a new one, bump nothing by hand (the version is
the number of migrations), and save a fixture of the previous version under
`tests/fixtures/schema/` so every upgrade path stays tested.

Conventions: every record has a stable `id` (UUID text) so libraries can be merged, and an
integer `pk` that the full-text indexes use as their rowid (implicit rowids may change on
VACUUM). Times are ISO 8601 text in UTC; dates are `YYYY-MM-DD`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations


@dataclass(frozen=True)
class Migration:
    name: str
    fn: Callable[[Database], None]
    transactional: bool = True


class MigrationSet:
    """Registers migrations with sqlite-utils' decorator (`@migrations(name=...)`) without
    importing sqlite-utils: opening an up-to-date library only compares names (see
    `store.db`), and sqlite-utils is loaded when a migration is really pending."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            self._migrations.append(Migration(name or fn.__name__, fn, transactional))
            return fn

        return register

    def apply(self, db: Database) -> None:
        from sqlite_utils.migrations import Migrations

        real = Migrations(self.name)
        for migration in self._migrations:
            real(name=migration.name, transactional=migration.transactional)(migration.fn)
        real.apply(db)


migrations = MigrationSet("humasdesk")

# The FTS5 tables hold stemmed text (see core.text.index_text), kept in step by the store.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );

        CREATE TABLE people (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX people_name ON people(name COLLATE NOCASE);

        -- A person's titles over time; end_date NULL means "still holds it".
        CREATE TABLE roles (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT
        );
        CREATE INDEX roles_person ON roles(person_id, start_date);

        CREATE TABLE cases (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            claim TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            checklist_id TEXT NOT NULL,
            checklist_version TEXT NOT NULL,
            current_step INTEGER NOT NULL DEFAULT 0,
            likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5),
            impact INTEGER CHECK (impact BETWEEN 1 AND 5),
            priority TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            decision_reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cases_updated ON cases(updated_at);

        CREATE TABLE statements (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            subtitle TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            date TEXT,
            lead TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            about TEXT NOT NULL DEFAULT '',
            contacts TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
            withdrawn_reason TEXT NOT NULL DEFAULT '',
            embargo_at TEXT,
            source_kind TEXT NOT NULL DEFAULT 'typed'
                CHECK (source_kind IN ('typed', 'imported', 'template', 'case')),
            source_name TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT '',
            content_hash TEXT,
            case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX statements_date ON statements(date DESC, pk DESC);
        CREATE INDEX statements_status_date ON statements(status, date DESC);
        CREATE INDEX statements_language_date ON statements(language, date DESC);
        CREATE INDEX statements_number ON statements(number);
        CREATE INDEX statements_title ON statements(title COLLATE NOCASE);
        CREATE INDEX statements_updated ON statements(updated_at);
        CREATE UNIQUE INDEX statements_hash ON statements(content_hash)
            WHERE content_hash IS NOT NULL;
        CREATE INDEX statements_case ON statements(case_id) WHERE case_id IS NOT NULL;

        CREATE TABLE statement_tags (
            statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (statement_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX statement_tags_tag ON statement_tags(tag_id, statement_id);

        -- Every explicit save: a full snapshot of the statement's fields as JSON.
        CREATE TABLE revisions (
            id TEXT PRIMARY KEY,
            statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            snapshot TEXT NOT NULL,
            UNIQUE (statement_id, number)
        );

        -- The office's own copies of the templates (seeded from resources/templates).
        CREATE TABLE templates (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('press', 'clarification', 'holding')),
            language TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
            name TEXT NOT NULL,
            letterhead TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL,
            builtin_version TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        -- Autosaved, not yet saved edits; offered back after a crash.
        CREATE TABLE recovery (
            key TEXT PRIMARY KEY,
            statement_id TEXT,
            saved_at TEXT NOT NULL,
            snapshot TEXT NOT NULL
        );

        CREATE TABLE quotes (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
            speaker TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            date TEXT,
            statement_id TEXT REFERENCES statements(id) ON DELETE SET NULL,
            source_ref TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
            status TEXT NOT NULL DEFAULT 'approved'
                CHECK (status IN ('approved', 'care', 'retired', 'superseded')),
            superseded_by TEXT REFERENCES quotes(id) ON DELETE SET NULL,
            review TEXT NOT NULL DEFAULT 'accepted'
                CHECK (review IN ('pending', 'accepted', 'rejected')),
            notes TEXT NOT NULL DEFAULT '',
            reuse_count INTEGER NOT NULL DEFAULT 0,
            span_start INTEGER,
            span_end INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX quotes_date ON quotes(date DESC, pk DESC);
        CREATE INDEX quotes_person ON quotes(person_id, date DESC);
        CREATE INDEX quotes_statement ON quotes(statement_id);
        CREATE INDEX quotes_status ON quotes(status, date DESC);
        CREATE INDEX quotes_review ON quotes(review, date DESC);

        CREATE TABLE quote_tags (
            quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
            tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (quote_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX quote_tags_tag ON quote_tags(tag_id, quote_id);

        CREATE TABLE case_answers (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, question_id)
        ) WITHOUT ROWID;

        CREATE TABLE case_evidence (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            ref TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        );
        CREATE INDEX case_evidence_case ON case_evidence(case_id);

        CREATE TABLE case_timeline (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            key_event INTEGER NOT NULL DEFAULT 0,
            released INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX case_timeline_case ON case_timeline(case_id, at);

        CREATE TABLE case_figures (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            at TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX case_figures_case ON case_figures(case_id, metric, at);

        -- Responses chosen in step 5, key messages (quotes) and linked statements.
        CREATE TABLE case_links (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'statement')),
            target_id TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (case_id, kind, target_id)
        ) WITHOUT ROWID;

        -- Append-only; each row's hash covers the previous row's hash.
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

        CREATE VIRTUAL TABLE statements_fts USING fts5(
            title, body, tags, tokenize='{FTS_TOKENIZER}'
        );
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, speaker, tokenize='{FTS_TOKENIZER}'
        );
        CREATE VIRTUAL TABLE cases_fts USING fts5(
            title, body, tokenize='{FTS_TOKENIZER}'
        );
        """
    )


@migrations(name="0002_importspeed_stems")
def stems(db: Database) -> None:
    # Every word the library has stemmed (core.text.stem: Sastrawi, about a millisecond for a
    # word with affixes), so an import stems only words the library has never met.
    db.executescript(
        """
        CREATE TABLE stems (
            word TEXT PRIMARY KEY,
            stem TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0003_quote_list_sorts")
def quote_list_sorts(db: Database) -> None:
    # The quote library lists the accepted quotes sorted by any of its columns. On a million
    # quotes, sorting without an index took over two seconds for a column header's click and
    # four for the whole list by date (each row looked up for its review). One covering index
    # per sortable column, each led by `review`, makes every order a walk of an index: the
    # first page in a millisecond, the 850,000 others in about 0.2 s.
    db.executescript(
        """
        DROP INDEX quotes_review;
        CREATE INDEX quotes_review ON quotes(review, date, pk);
        CREATE INDEX quotes_review_speaker ON quotes(review, speaker COLLATE NOCASE, pk);
        CREATE INDEX quotes_review_status ON quotes(review, status, pk);
        CREATE INDEX quotes_review_reuse ON quotes(review, reuse_count, pk);
        ANALYZE quotes;
        """
    )


@migrations(name="0005_crisis_desk")
def crisis_desk(db: Database) -> None:
    # The crisis desk: a case started from a playbook keeps the playbook, the time its first
    # holding statement was exported and its update cadence beside the case (one row per case
    # the desk knows); reports from the public wait in the intake queue, grouped by rumour.
    db.executescript(
        """
        CREATE TABLE case_crisis (
            case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            playbook_id TEXT NOT NULL DEFAULT '',
            playbook_version TEXT NOT NULL DEFAULT '',
            holding_exported_at TEXT,
            update_every_hours INTEGER,
            next_update_at TEXT,
            last_update_at TEXT,
            first_hour_done TEXT NOT NULL DEFAULT '[]'
        ) WITHOUT ROWID;
        CREATE INDEX case_crisis_next_update ON case_crisis(next_update_at);

        CREATE TABLE intake_groups (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE intake_items (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            group_id TEXT NOT NULL REFERENCES intake_groups(id),
            text TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL,
            seen_where TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        );
        CREATE INDEX intake_items_group ON intake_items(group_id, seen_at);
        """
    )


@migrations(name="0006_search_index")
def search_index(db: Database) -> None:
    # The search engine's index (store.search_index) is derived from the library and kept
    # beside it. Every change to what it holds logs the record here, in the same transaction
    # as the change (these triggers), so an index that missed a commit (a crash, another
    # process) catches up from the log; `stamp` tells this history from a restored copy's.
    # The first row marks the start: an index made now applies everything after it.
    statements = "number, title, subtitle, lead, body, status, language, date"
    quotes = "text, speaker, role, status, language, date, review, person_id"
    db.executescript(
        f"""
        CREATE TABLE search_changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            pk INTEGER NOT NULL,
            stamp INTEGER NOT NULL DEFAULT (random())
        );
        INSERT INTO search_changes(kind, pk) VALUES ('all', 0);

        CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
            INSERT INTO search_changes(kind, pk) VALUES ('statements', NEW.pk); END;
        CREATE TRIGGER statements_search_update AFTER UPDATE OF {statements} ON statements
            BEGIN INSERT INTO search_changes(kind, pk) VALUES ('statements', NEW.pk); END;
        CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
            INSERT INTO search_changes(kind, pk) VALUES ('statements', OLD.pk); END;
        CREATE TRIGGER statement_tags_search_insert AFTER INSERT ON statement_tags BEGIN
            INSERT INTO search_changes(kind, pk)
            SELECT 'statements', pk FROM statements WHERE id = NEW.statement_id; END;
        CREATE TRIGGER statement_tags_search_delete AFTER DELETE ON statement_tags BEGIN
            INSERT INTO search_changes(kind, pk)
            SELECT 'statements', pk FROM statements WHERE id = OLD.statement_id; END;

        CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO search_changes(kind, pk) VALUES ('quotes', NEW.pk); END;
        CREATE TRIGGER quotes_search_update AFTER UPDATE OF {quotes} ON quotes BEGIN
            INSERT INTO search_changes(kind, pk) VALUES ('quotes', NEW.pk); END;
        CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO search_changes(kind, pk) VALUES ('quotes', OLD.pk); END;
        CREATE TRIGGER quote_tags_search_insert AFTER INSERT ON quote_tags BEGIN
            INSERT INTO search_changes(kind, pk)
            SELECT 'quotes', pk FROM quotes WHERE id = NEW.quote_id; END;
        CREATE TRIGGER quote_tags_search_delete AFTER DELETE ON quote_tags BEGIN
            INSERT INTO search_changes(kind, pk)
            SELECT 'quotes', pk FROM quotes WHERE id = OLD.quote_id; END;
        -- The speaker filter also finds a quote by its person's name.
        CREATE TRIGGER people_search_update AFTER UPDATE OF name, short_name ON people BEGIN
            INSERT INTO search_changes(kind, pk)
            SELECT 'quotes', pk FROM quotes WHERE person_id = NEW.id; END;
        """
    )


SCHEMA_VERSION = len(migrations._migrations)
