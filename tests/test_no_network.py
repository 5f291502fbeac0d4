"""HumasDesk never talks to the network: opening the window, rendering every screen and the
command line all run with every network call turned into a test failure."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from humasdesk import prefs
from humasdesk.cli import main
from humasdesk.store.db import Library
from humasdesk.ui.main_window import MainWindow

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


@pytest.fixture
def attempts(monkeypatch) -> list[str]:
    """Every attempt to reach a network address, recorded and refused."""
    seen: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in NETWORK_FAMILIES:
            seen.append(f"connect {address!r}")
            raise OSError("network access is not allowed in HumasDesk")
        return real_connect(self, address)

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        if self.family in NETWORK_FAMILIES:
            seen.append(f"connect_ex {address!r}")
            raise OSError("network access is not allowed in HumasDesk")
        return real_connect_ex(self, address)

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(f"{name} {args!r}")
            raise OSError("network access is not allowed in HumasDesk")

        return call

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return seen


def test_the_window_and_every_screen_work_offline(
    attempts: list[str], qtbot, sample_lib: Library, tmp_path: Path
):
    from humasdesk.ui.screenshots import render_all

    window = MainWindow(sample_lib, prefs.Prefs(), persist=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.nav.count()):
        window.show_module(i)
    written = render_all(tmp_path / "shots")
    assert written and all(p.stat().st_size > 0 for p in written)
    assert attempts == []


def test_the_command_line_works_offline(attempts: list[str], library_path: Path, capsys):
    assert main(["init", "--sample", "--library", str(library_path)]) == 0
    assert main(["check", "--library", str(library_path), "--lang", "en"]) == 0
    assert main(["backup", "--library", str(library_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "OK:" in out and "Backup written" in out
    assert attempts == []
