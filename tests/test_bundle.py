"""The installable package: metadata that desktops accept, and a bundle that starts.

Building the bundle takes a minute or two, so it runs only when asked:
    HUMASDESK_BUILD_BUNDLE=1 pytest -m slow tests/test_bundle.py
(CI builds and checks it in .ci/run with packaging/build.sh and packaging/smoke-test.sh.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "id.humasdesk.HumasDesk"


def test_the_desktop_file_and_metainfo_name_the_same_app_and_icon():
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop
    assert "Exec=humasdesk %f" in desktop
    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    assert meta.find("content_rating").get("type") == "oars-1.1"
    from humasdesk import __version__

    releases = [r.get("version") for r in meta.iter("release")]
    assert releases[0] == __version__, "add a <release> for this version to the metainfo"
    shots = [s.text.rsplit("/", 1)[-1] for s in meta.iter("image")]
    from humasdesk.ui.screenshots import SCREENS

    assert set(n.removesuffix(".png") for n in shots) <= {name for name, _ in SCREENS}


@pytest.mark.parametrize("tool", ["desktop-file-validate", "appstreamcli"])
def test_the_metadata_passes_the_freedesktop_validators(tool):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    if tool == "desktop-file-validate":
        command = [tool, str(LINUX / f"{APP_ID}.desktop")]
    else:
        command = [tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_comes_in_every_size_desktops_ask_for(qapp):
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
    assert (ROOT / "packaging" / "icons" / "humasdesk.ico").stat().st_size > 1000


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("HUMASDESK_BUILD_BUNDLE") != "1", reason="set HUMASDESK_BUILD_BUNDLE=1"
)
def test_the_linux_bundle_builds_and_runs():
    pytest.importorskip("PyInstaller")
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, env=env)
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke-test.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bundle OK" in result.stdout


def test_opening_a_library_file_from_the_file_manager_means_library(monkeypatch, tmp_path):
    from humasdesk import cli

    opened = {}
    monkeypatch.setattr(
        "humasdesk.ui.app.run_app",
        lambda library=None, language=None: opened.update(library=library) or 0,
    )
    target = tmp_path / "kantor.humasdesk"
    assert cli.main([str(target)]) == 0
    assert opened["library"] == str(target)
