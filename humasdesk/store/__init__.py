"""SQLite storage: the one place that opens a library, its schema, migrations and queries.
No Qt here."""
