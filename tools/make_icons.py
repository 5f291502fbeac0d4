"""Renders the application icon (resources/icons/humasdesk.svg) to the PNG sizes desktops
want, and a Windows .ico, with Qt's own SVG renderer.

    python tools/make_icons.py            # writes packaging/icons/
    python tools/make_icons.py OUTDIR

The PNGs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "humasdesk.svg"
APP_ID = "id.humasdesk.HumasDesk"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def make_icons(outdir: Path) -> list[Path]:
    """Writes OUTDIR/hicolor/<n>x<n>/apps/<app id>.png for every size, plus humasdesk.ico."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in SIZES:
        target = outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    ico = outdir / "humasdesk.ico"
    if not render(renderer, ICO_SIZE).save(str(ico), "ICO"):
        raise SystemExit(f"cannot write {ico}")
    written.append(ico)
    return written


def main(argv: list[str]) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(argv[:1])
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "packaging" / "icons"
    for path in make_icons(outdir):
        print(path.relative_to(outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
