"""A library in a synced folder or on a network share gets a warning that says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.cli import main
from humasdesk.store import location


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("Dropbox/Humas", "Dropbox"),
        ("OneDrive - Pemprov Jabar/Dokumen", "OneDrive"),
        ("Google Drive/My Drive", "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud"),
        ("Nextcloud/Humas", "Nextcloud"),
        ("ownCloud", "ownCloud"),
    ],
)
def test_synced_folders_are_recognised(tmp_path: Path, folder: str, service: str):
    path = tmp_path / folder / "kantor.humasdesk"
    found = location.risk(path, mounts_file=tmp_path / "none")
    assert found is not None
    message, values = found
    assert values["service"] == service
    assert "can damage the library" in message.format(**values)


def test_network_shares_are_recognised(tmp_path: Path):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//fileserver/humas {share} cifs rw 0 0\n")
    found = location.risk(share / "kantor.humasdesk", mounts_file=mounts)
    assert found is not None and "network share" in found[0]
    assert location.risk(tmp_path / "local.humasdesk", mounts_file=mounts) is None
    assert location.on_network_share(Path(r"\\fileserver\humas\kantor.humasdesk"))


def test_a_local_library_gets_no_warning(tmp_path: Path):
    assert location.risk(tmp_path / "Documents" / "kantor.humasdesk", tmp_path / "none") is None


def test_check_warns_about_a_library_in_dropbox(tmp_path: Path, capsys):
    path = tmp_path / "Dropbox" / "kantor.humasdesk"
    assert main(["init", "--library", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--json", "--library", str(path), "--lang", "en"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["ok"] is True
    assert len(report["warnings"]) == 1 and "Dropbox" in report["warnings"][0]
    assert "Dropbox" in captured.err


def test_the_window_shows_the_warning_when_opening(tmp_path: Path, monkeypatch, qapp):
    from humasdesk.store import session
    from humasdesk.ui import app

    shown: list[str] = []
    monkeypatch.setattr(app, "ask", lambda box: shown.append(box.text()))
    lib = app.open_interactively(tmp_path / "OneDrive" / "kantor.humasdesk")
    assert lib is not None
    lib.close()
    session.release_all()
    assert len(shown) == 1 and "OneDrive" in shown[0]
