"""A small line chart of figures over time, painted with QPainter: used by the wizard's
tracking page and by the case report (no QtCharts in PySide6-Essentials)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from humasdesk import translate
from humasdesk.core import formats

COLOURS = ("#1f6fb2", "#d9622b", "#2e9d5b", "#8d4fb8", "#c0392b", "#7f8c8d", "#b8860b")


@dataclass
class Series:
    label: str
    points: list[tuple[str, float]]  # (ISO date, value), any order


def _day(value: str) -> int:
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return 0


# The legend's "(max 1,2 rb)", in the chart's language.
_MAX_WORD = {"id": "maks.", "en": "max"}


def paint(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    *,
    empty_text: str = "",
    text_colour: QColor | None = None,
    grid_colour: QColor | None = None,
    language: str | None = None,
) -> None:
    """Each series as its own line, scaled to its own maximum (metrics differ by orders of
    magnitude: shares in thousands, groups in tens), with its latest value in the legend,
    numbers written as `language` writes them (the interface language unless given)."""
    lang = language or translate.current()

    def short(value: float) -> str:
        return formats.compact_number(value, lang)

    text_colour = text_colour or QColor("#333333")
    grid_colour = grid_colour or QColor("#cccccc")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    usable = [s for s in series if s.points]
    if not usable:
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, empty_text)
        painter.restore()
        return
    legend_rows = len(usable)
    plot = QRectF(
        rect.left() + 8,
        rect.top() + 6,
        rect.width() - 16,
        rect.height() - 12 - line * (legend_rows + 1.4),
    )
    days = [_day(d) for s in usable for d, _v in s.points]
    first, last = min(days), max(days)
    span = max(1, last - first)
    painter.setPen(QPen(grid_colour, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    painter.setPen(text_colour)
    start_label = dt.date.fromordinal(first).strftime("%d-%m") if first else ""
    end_label = dt.date.fromordinal(last).strftime("%d-%m") if last else ""
    painter.drawText(QPointF(plot.left(), plot.bottom() + line), start_label)
    if last != first:
        width = metrics.horizontalAdvance(end_label)
        painter.drawText(QPointF(plot.right() - width, plot.bottom() + line), end_label)
    for index, s in enumerate(usable):
        colour = QColor(COLOURS[index % len(COLOURS)])
        points = sorted(((_day(d), float(v)) for d, v in s.points), key=lambda p: p[0])
        top = max(v for _d, v in points) or 1.0
        path = QPainterPath()
        dots: list[QPointF] = []
        for i, (day, value) in enumerate(points):
            x = (
                plot.left() + (day - first) / span * plot.width()
                if last != first
                else plot.center().x()
            )
            y = plot.bottom() - value / top * (plot.height() - 4)
            dot = QPointF(x, y)
            dots.append(dot)
            if i == 0:
                path.moveTo(dot)
            else:
                path.lineTo(dot)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(colour)
        for dot in dots:
            painter.drawEllipse(dot, 2.5, 2.5)
        y = plot.bottom() + line * (index + 2.2)
        painter.fillRect(QRectF(plot.left(), y - line * 0.6, 10, 4), colour)
        painter.setPen(text_colour)
        painter.drawText(
            QPointF(plot.left() + 16, y),
            f"{s.label}: {short(points[-1][1])} ({_MAX_WORD.get(lang, 'max')} {short(top)})",
        )
    painter.restore()


def png(
    series: Sequence[Series],
    width: int = 1200,
    height: int = 0,
    empty_text: str = "",
    language: str | None = None,
) -> bytes:
    """The chart as PNG bytes, for documents."""
    height = height or 300 + 30 * len(series)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(20)
    painter.setFont(font)
    paint(painter, QRectF(0, 0, width, height), series, empty_text=empty_text, language=language)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
    buffer.close()
    return bytes(data.data())
