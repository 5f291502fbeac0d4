"""Tags shared by statements and quotes."""

from __future__ import annotations

from humasdesk.store.db import Library, new_id


def ensure(lib: Library, names: list[str]) -> list[str]:
    """Tag ids for `names`, creating the missing ones (names compare case-insensitively)."""
    ids: list[str] = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        found = lib.scalar("SELECT id FROM tags WHERE name = ?", [name])
        if found is None:
            found = new_id()
            lib.execute("INSERT INTO tags(id, name) VALUES (?, ?)", [found, name])
        if found not in ids:
            ids.append(found)
    return ids


def all_names(lib: Library) -> list[str]:
    return [r["name"] for r in lib.query("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def tag_list(joined: str | None, separator: str = "\x1f") -> str:
    """Tags read with group_concat (in no set order) as one line, in the library's order
    (by name, as `statements.tags_of` gives them): the same every time the list is drawn."""
    return ", ".join(sorted(joined.split(separator), key=str.casefold)) if joined else ""
