"""The encrypted library: unreadable without the passphrase, refused politely with a wrong
one, convertible and re-keyable without losing a record, and its backups encrypted too."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar

import pytest

from humasdesk.core import errors
from humasdesk.core.records import Statement
from humasdesk.store import backups, encryption, maintenance, search, statements
from humasdesk.store.db import open_library

SECRET = "Embargo rahasia: kenaikan tarif angkutan"
PASSPHRASE = "kopi-pagi-di-diskominfo"

pytestmark = pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 is missing")


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plain(path: Path) -> None:
    from humasdesk.store import sample

    with open_library(path) as lib:
        sample.install(lib)
        statements.save(lib, Statement(title=SECRET, body=SECRET * 20))
        backups.create(lib, backups.MANUAL)


def plaintext_anywhere(folder: Path) -> list[Path]:
    needle = SECRET.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_an_encrypted_library_holds_no_readable_text(tmp_path: Path):
    path = tmp_path / "rahasia.humasdesk"
    with encryption.create_encrypted(path, PASSPHRASE) as lib:
        statements.save(lib, Statement(title=SECRET, body=SECRET * 50))
        assert lib.scalar("PRAGMA temp_store") == 2  # MEMORY: no plaintext temp files
        hits = search.search(lib, "tarif angkutan", kind="statements", limit=10)
        assert [h.title for h in hits] == [SECRET]
    assert plaintext_anywhere(tmp_path) == []
    assert encryption.is_encrypted(path)


def test_without_or_with_a_wrong_passphrase_it_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "rahasia.humasdesk"
    encryption.create_encrypted(path, PASSPHRASE).close()
    before = digest(path)
    with pytest.raises(errors.PassphraseNeeded):
        open_library(path)
    with pytest.raises(errors.WrongPassphrase) as caught:
        open_library(path, passphrase="bukan-yang-ini")
    assert "Wrong passphrase" in caught.value.render()
    assert digest(path) == before
    with open_library(path, passphrase=PASSPHRASE) as lib:
        assert lib.encrypted


def test_converting_keeps_every_record_and_encrypts_the_backups(tmp_path: Path):
    path = tmp_path / "kantor.humasdesk"
    make_plain(path)
    with open_library(path) as lib:
        counts = lib.counts()
    assert plaintext_anywhere(tmp_path)  # the plain library and its backup
    assert encryption.encrypt(path, PASSPHRASE) == 1
    assert plaintext_anywhere(tmp_path) == []
    with open_library(path, passphrase=PASSPHRASE) as lib:
        assert lib.counts() == counts
        assert maintenance.check(lib).ok
        later = backups.create(lib, backups.AUTO)
    assert later.encrypted and encryption.is_encrypted(later.path)
    assert all(b.encrypted for b in backups.listing(path))


def test_a_short_passphrase_is_refused_before_anything_changes(tmp_path: Path):
    path = tmp_path / "kantor.humasdesk"
    make_plain(path)
    before = digest(path)
    with pytest.raises(errors.PassphraseTooShort):
        encryption.encrypt(path, "1234")
    assert digest(path) == before


def test_changing_the_passphrase_rekeys_the_library_and_its_backups(tmp_path: Path):
    path = tmp_path / "kantor.humasdesk"
    make_plain(path)
    encryption.encrypt(path, PASSPHRASE)
    new = "teh-sore-di-balai-kota"
    with open_library(path, passphrase=PASSPHRASE) as lib:
        counts = lib.counts()
        assert encryption.change_passphrase(lib, new) == 1
        statements.save(lib, Statement(title="Setelah ganti kata sandi"))
    with pytest.raises(errors.WrongPassphrase):
        open_library(path, passphrase=PASSPHRASE)
    with open_library(path, passphrase=new) as lib:
        assert lib.counts()["statements"] == counts["statements"] + 1
    (old_backup,) = backups.listing(path)
    assert backups.is_good(old_backup.path, new)
    assert not backups.is_good(old_backup.path, PASSPHRASE)


def test_an_encrypted_backup_restores_with_the_passphrase(tmp_path: Path):
    path = tmp_path / "kantor.humasdesk"
    make_plain(path)
    encryption.encrypt(path, PASSPHRASE)
    with open_library(path, passphrase=PASSPHRASE) as lib:
        good = backups.create(lib, backups.MANUAL)
        counts = lib.counts()
        lib.execute("DELETE FROM quotes")
    with pytest.raises(errors.PassphraseNeeded):
        maintenance.restore(path, good.path)
    maintenance.restore(path, good.path, PASSPHRASE)
    with open_library(path, passphrase=PASSPHRASE) as lib:
        assert lib.counts() == counts
    assert plaintext_anywhere(tmp_path) == []


def test_exports_of_an_encrypted_library_carry_a_warning(tmp_path: Path, library_path: Path):
    with open_library(library_path) as plain:
        assert encryption.export_warning(plain) is None
    with encryption.create_encrypted(tmp_path / "e.humasdesk", PASSPHRASE) as lib:
        warning = encryption.export_warning(lib)
    assert warning is not None and "will not be" in warning


def test_the_command_line_takes_the_passphrase_from_a_file_or_the_environment(
    tmp_path: Path, monkeypatch
):
    from tests.test_cli_library import run

    path = tmp_path / "kantor.humasdesk"
    make_plain(path)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    result = run(
        "encrypt", "--library", str(path), "--passphrase-file", str(secret), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert "Encrypted" in result.stdout
    missing = run("check", "--library", str(path), "--lang", "en")
    assert missing.returncode == 2
    assert "is encrypted" in missing.stderr
    assert "Traceback" not in missing.stderr
    ok = run("check", "--library", str(path), "--passphrase-file", str(secret), "--lang", "en")
    assert ok.returncode == 0 and ok.stdout.startswith("OK:")
    monkeypatch.setenv("HUMASDESK_PASSPHRASE", "salah-sama-sekali")
    wrong = run("check", "--library", str(path), "--lang", "en")
    assert wrong.returncode == 2 and "Wrong passphrase" in wrong.stderr
    monkeypatch.setenv("HUMASDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("HUMASDESK_NEW_PASSPHRASE", "passphrase-baru-2026")
    changed = run("passphrase", "--library", str(path), "--lang", "en")
    assert changed.returncode == 0, changed.stderr
    monkeypatch.setenv("HUMASDESK_PASSPHRASE", "passphrase-baru-2026")
    assert run("backup", "--library", str(path), "--lang", "en").returncode == 0
    assert plaintext_anywhere(tmp_path) == []


def test_the_keyring_remembers_when_there_is_one_and_is_skipped_when_not(tmp_path: Path):
    import keyring
    from keyring.backend import KeyringBackend

    path = tmp_path / "kantor.humasdesk"
    assert encryption.remember(path, PASSPHRASE) is False
    assert encryption.recall(path) is None

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(Memory())
    assert encryption.remember(path, PASSPHRASE) is True
    assert encryption.recall(path) == PASSPHRASE
    encryption.forget(path)
    assert encryption.recall(path) is None


def test_the_window_asks_again_after_a_wrong_passphrase(tmp_path: Path, monkeypatch, qapp):
    from humasdesk.store import session
    from humasdesk.ui import app

    path = tmp_path / "rahasia.humasdesk"
    encryption.create_encrypted(path, PASSPHRASE).close()
    typed = iter(["salah-ketik", PASSPHRASE])
    shown: list[bool] = []

    def fill(dialog):
        shown.append(dialog.problem.isVisibleTo(dialog))
        dialog.field.setText(next(typed))
        return True

    monkeypatch.setattr(app, "ask_dialog", fill)
    lib = app.open_interactively(path)
    try:
        assert lib is not None and lib.encrypted
        assert shown == [False, True]  # the second time it says the first was wrong
    finally:
        lib.close()
        session.release_all()


def test_an_encrypted_library_imports_in_the_background_and_warns_on_export(qtbot, tmp_path: Path):
    from humasdesk import prefs
    from humasdesk.ui.export_dialog import ExportDialog
    from humasdesk.ui.main_window import MainWindow

    release = tmp_path / "rilis.txt"
    release.write_text("Banjir Surut\n\nJakarta (ANTARA) - Air surut.", "utf-8")
    with encryption.create_encrypted(tmp_path / "e.humasdesk", PASSPHRASE) as lib:
        window = MainWindow(lib, prefs.Prefs(), persist=False)
        qtbot.addWidget(window)
        dialog = window.start_import([str(release)])
        with qtbot.waitSignal(dialog.imported, timeout=30_000):
            pass
        assert [i.title for i in dialog.report.imported] == ["Banjir Surut"]
        (row,) = statements.listing(lib)
        export = ExportDialog(lib, [row["id"]], window)
        qtbot.addWidget(export)
        from PySide6.QtCore import QCoreApplication

        warning = encryption.export_warning(lib)
        assert warning is not None and not export.encryption_note.isHidden()
        assert export.encryption_note.text() == QCoreApplication.translate("errors", warning)
        dialog.close()
        window.close()
