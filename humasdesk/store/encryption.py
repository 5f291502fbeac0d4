"""The opt-in encrypted library (SQLCipher: AES-256, the key derived from a passphrase).

Converting writes an encrypted copy, checks it holds the same records, then puts it in place
of the plain file and encrypts the library's existing backups too. What cannot be encrypted
(a damaged copy set aside by a recovery) is listed by `plaintext_left`, for the officer to
delete with `delete_plaintext`; unfinished copies a killed backup left are deleted.
Changing the passphrase re-keys the library and its backups.
The passphrase may be remembered in the operating system's keyring; without a keyring the
app simply asks each time.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from humasdesk.core import errors, problems
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.paths import backups_dir
from humasdesk.store import backups, db, maintenance, search_index, session
from humasdesk.store.db import (
    APPLICATION_ID,
    Library,
    connect_file,
    looks_encrypted,
    open_library,
    quote_key,
)

MIN_PASSPHRASE = 8
KEYRING_SERVICE = "HumasDesk"
PASSPHRASE_ENV = "HUMASDESK_PASSPHRASE"
EXPORT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "This library is encrypted, but the exported file will not be: anyone who gets the file "
    "can read it. Keep it somewhere safe and delete it when it is no longer needed.",
)


def available() -> bool:
    return db.encryption_available()


def is_encrypted(path: Path) -> bool:
    """Whether the file at `path` is an encrypted library (judged without a passphrase)."""
    return path.is_file() and looks_encrypted(path)


def export_warning(lib: Library) -> str | None:
    """The message (to translate in context "errors") that exports of `lib` must show."""
    return EXPORT_WARNING if lib.encrypted else None


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise errors.PassphraseTooShort(minimum=MIN_PASSPHRASE)


def _encrypt_file(plain: Path, target: Path, passphrase: str) -> None:
    """Writes an encrypted copy of the plain SQLite file `plain` to `target`."""
    conn = db.unkeyed_cipher_connection(plain)
    target.unlink(missing_ok=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote_key(passphrase)}", [str(target)])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute(f"PRAGMA encrypted.application_id = {app_id}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def encrypt(path: Path, passphrase: str) -> int:
    """Converts the plain library at `path` into an encrypted one, in place.

    Returns how many backups were encrypted along with it. The library is unchanged if
    anything fails before the encrypted copy is verified.
    """
    _check_passphrase(passphrase)
    if not available():
        raise errors.EncryptionUnavailable(path=path)
    owner = session.holder(path)
    if owner is not None:
        raise errors.LibraryInUse(path=path, owner=owner.describe())
    with open_library(path, create=False) as lib:
        before = lib.counts()
        lib.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    staged = path.with_name(path.name + db.ENCRYPTING)
    try:
        _encrypt_file(path, staged, passphrase)
        with open_library(staged, create=False, passphrase=passphrase) as enc:
            report = maintenance.check(enc)
            enc.execute("PRAGMA journal_mode = DELETE")
        if not report.ok or report.counts != before:
            raise errors.BackupFailed(
                path=path,
                detail=problems.joined(report.problems)
                or problems.Problem(problems.COUNTS_CHANGED),
            )
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    backups.clean_leftovers(path)  # unfinished copies: plain text, and no backup
    search_index.discard(path)  # its words in plain text; an encrypted one lives in memory
    return _encrypt_backups(path, passphrase)


def _encrypt_backups(library: Path, passphrase: str) -> int:
    done = 0
    for backup in backups.listing(library, include_damaged=True):
        if backup.encrypted or looks_encrypted(backup.path):
            continue
        staged = backup.path.with_name(backup.path.name + db.ENCRYPTING)
        try:
            _encrypt_file(backup.path, staged, passphrase)
            staged.replace(backup.path)
            for suffix in ("-wal", "-shm", "-journal"):  # read into the encrypted copy
                Path(f"{backup.path}{suffix}").unlink(missing_ok=True)
        except (sqlite3.Error, OSError, errors.UserError):
            staged.unlink(missing_ok=True)
            continue
        except Exception:  # SQLCipher's own error classes: a backup it cannot read stays
            staged.unlink(missing_ok=True)
            continue
        backup.encrypted = True
        backups._write_sidecar(backup)
        done += 1
    return done


def plaintext_left(library: Path) -> list[Path]:
    """Every file HumasDesk made of an encrypted library that still holds its text in the
    clear: a copy in the backups folder that could not be encrypted (a damaged one) with its
    -wal or -journal, and unfinished copies. Empty when nothing readable is left."""
    if not is_encrypted(library):
        return []
    found = backups.leftovers(library)
    folder = backups_dir(library)
    if folder.is_dir():
        for candidate in sorted(folder.iterdir()):
            if candidate.is_file() and candidate not in found and _holds_plain_text(candidate):
                found.append(candidate)
    return found


def _holds_plain_text(path: Path) -> bool:
    """A plain SQLite file (its header says so), or the -wal or -journal of one (they hold
    its pages as they are)."""
    for suffix in ("-wal", "-journal"):
        if path.name.endswith(suffix):
            main = Path(str(path)[: -len(suffix)])
            return path.stat().st_size > 0 and not (main.exists() and looks_encrypted(main))
    try:
        with path.open("rb") as handle:
            return handle.read(16) == db.SQLITE_HEADER
    except OSError:
        return False


def delete_plaintext(paths: list[Path]) -> list[Path]:
    """Deletes the listed files (as `plaintext_left` gave them); returns the ones deleted."""
    deleted: list[Path] = []
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
            sidecar = backups._sidecar(path)
            sidecar.unlink(missing_ok=True)
    return deleted


def change_passphrase(lib: Library, new: str) -> int:
    """Re-keys the open encrypted library (and its backups); returns how many backups."""
    _check_passphrase(new)
    old = lib.passphrase
    if old is None:
        raise errors.InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{path} is not encrypted; it has no passphrase to change."),
            path=lib.path,
        )
    remembered = recall(lib.path) is not None
    lib.execute(f"PRAGMA rekey = {quote_key(new)}")
    lib._passphrase = new
    done = 0
    for backup in backups.listing(lib.path, include_damaged=True):
        if not backup.encrypted:
            continue
        try:
            conn = connect_file(backup.path, old)
        except errors.UserError:
            continue  # made with an even older passphrase: left as it is
        try:
            conn.execute(f"PRAGMA rekey = {quote_key(new)}")
            done += 1
        except Exception:
            continue
        finally:
            conn.close()
    if remembered:
        remember(lib.path, new)
    return done


# ----- the OS keyring (optional)


def _keyring() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except Exception:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def remember(path: Path, passphrase: str) -> bool:
    """Keeps the passphrase in the OS keyring; False (silently) when there is none."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, str(path.resolve()), passphrase)  # type: ignore[attr-defined]
    except Exception:
        return False
    return True


def recall(path: Path) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        found = kr.get_password(KEYRING_SERVICE, str(path.resolve()))  # type: ignore[attr-defined]
    except Exception:
        return None
    return str(found) if found else None


def forget(path: Path) -> None:
    kr = _keyring()
    if kr is None:
        return
    with contextlib.suppress(Exception):
        kr.delete_password(KEYRING_SERVICE, str(path.resolve()))  # type: ignore[attr-defined]


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def create_encrypted(path: Path, passphrase: str) -> Library:
    """A new, empty encrypted library."""
    _check_passphrase(passphrase)
    if path.exists():
        raise errors.InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; nothing was changed."), path=path
        )
    lib = open_library(path, create=True, passphrase=passphrase)
    if int(lib.scalar("PRAGMA application_id")) != APPLICATION_ID:
        lib.close()
        raise errors.NotALibrary(path=path)
    return lib
