"""The append-only audit log: status changes, exports of embargoed statements and case
decisions. Each entry's hash covers the previous entry's hash, so a removed or edited entry
breaks the chain and `humasdesk check` says where."""

from __future__ import annotations

import json

from humasdesk.store import batch
from humasdesk.store.db import Library, now

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, action: str, entity: str, entity_id: str, detail: str) -> str:
    payload = json.dumps([prev_hash, at, action, entity, entity_id, detail], ensure_ascii=False)
    import hashlib  # with the first audited change, not at start (OpenSSL loads with it)

    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(lib: Library, action: str, entity: str, entity_id: str, detail: str = "") -> None:
    """Appends one entry; call it inside the transaction that makes the change it records."""
    with batch.atomic(lib):
        prev = lib.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1") or GENESIS
        at = now()
        lib.conn.execute(
            "INSERT INTO audit_log(at, action, entity, entity_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                at,
                action,
                entity,
                entity_id,
                detail,
                prev,
                _digest(prev, at, action, entity, entity_id, detail),
            ],
        )


def verify(lib: Library) -> list[str]:
    """Problems in the chain (empty when it is whole)."""
    problems: list[str] = []
    prev = GENESIS
    for row in lib.query("SELECT * FROM audit_log ORDER BY seq"):
        expected = _digest(
            prev, row["at"], row["action"], row["entity"], row["entity_id"], row["detail"]
        )
        if row["prev_hash"] != prev or row["hash"] != expected:
            problems.append(f"audit log entry {row['seq']} does not match the chain")
        prev = row["hash"]
    return problems
