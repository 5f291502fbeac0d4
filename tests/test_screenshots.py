"""`humasdesk screenshots` renders every screen to a real picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from humasdesk.cli import main
from humasdesk.ui.screenshots import SCREENS


def distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_every_screen_is_rendered_to_a_png(tmp_path: Path, qapp):
    outdir = tmp_path / "shots"
    assert main(["screenshots", str(outdir), "--lang", "en"]) == 0
    names = {p.stem for p in outdir.glob("*.png")}
    assert names == {name for name, _ in SCREENS}
    for png in outdir.glob("*.png"):
        image = QImage(str(png))
        assert image.width() >= 400 and image.height() >= 120, png.name  # dialogs are small
        assert distinct_colours(image) > 8, f"{png.name} looks blank"
