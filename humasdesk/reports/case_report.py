"""The situation brief (one page, for leadership) and the full case report (all six steps,
timeline, decision and its reason), in Indonesian or English, as PDF or DOCX.

The content is built once as a list of blocks, then written by two small renderers: HTML laid
out by QTextDocument into a QPdfWriter (real text, selectable and searchable) and python-docx.
Files are written under a temporary name and renamed, so a failed run never leaves a broken
file under the name the officer asked for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QMarginsF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from humasdesk import __version__
from humasdesk.core import checklist as checklists
from humasdesk.core import risk
from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.paths import translations_dir
from humasdesk.reports import chart
from humasdesk.store import cases, quotes
from humasdesk.store.db import Library

FORMATS = ("pdf", "docx")


class ReportNotWritten(UserError):
    message = QT_TRANSLATE_NOOP("errors", "The report could not be written to {path}: {detail}")


# ----- the words of a report, in the report's language (not necessarily the window's)


class Words:
    """Translates with the catalogue of `lang`, whatever language the window is in."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("id", "en") else "id"
        self._translator = QTranslator()
        if self.lang != "en":
            self._translator.load(f"humasdesk_{self.lang}", str(translations_dir()))

    def __call__(self, context: str, text: str) -> str:
        found = self._translator.translate(context, text) if self.lang != "en" else ""
        return found or text

    def t(self, text: str) -> str:
        return self("reports", text)

    def locale(self) -> QLocale:
        if self.lang == "id":
            return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

    def when(self, value: str | None) -> str:
        """An ISO date or date-time as people write it: "12 Mei 2026 10.30"."""
        if not value:
            return ""
        parsed = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if parsed.isValid() and len(value) > 10:
            return self.locale().toString(parsed, "d MMM yyyy HH:mm")
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
        return self.locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def number(self, value: Any) -> str:
        if isinstance(value, int | float):
            number = float(value)
            if number.is_integer():
                return self.locale().toString(int(number))
            return self.locale().toString(number, "f", 1)
        return str(value)


# ----- the document, as blocks


@dataclass
class Block:
    kind: str  # title, subtitle, h1, h2, p, label, rows, bullets, chart, note
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    image: bytes = b""
    widths: list[int] = field(default_factory=list)  # per column, in percent


@dataclass
class Document:
    title: str
    lang: str
    compact: bool = False
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: str, text: str = "", **more: Any) -> None:
        self.blocks.append(Block(kind, text, **more))


def _answer(question: checklists.Question, value: Any, words: Words) -> str:
    if question.type == "yesno" and isinstance(value, str):
        names = {
            "yes": QT_TRANSLATE_NOOP("reports", "Yes"),
            "no": QT_TRANSLATE_NOOP("reports", "No"),
            "unsure": QT_TRANSLATE_NOOP("reports", "Unsure"),
        }
        return words.t(names.get(value, value))
    if question.type == "datetime" and isinstance(value, str):
        return words.when(value)
    if question.type == "figures" and isinstance(value, list):
        return "; ".join(
            f"{words.when(str(r.get('date', '')))}: "
            f"{question.option_label(r.get('metric'), words.lang)} {words.number(r.get('value'))}"
            for r in value
            if isinstance(r, dict)
        )
    return checklists.answer_text(question, value, words.lang)


@dataclass
class CaseData:
    """Everything a report shows, read once from the library."""

    case: Any
    checklist: checklists.Checklist
    answers: dict[str, Any]
    progress: cases.Progress
    timeline: list[Any]
    figures: list[dict[str, Any]]
    evidence: list[dict[str, str]]
    key_messages: list[Any]
    statements: list[dict[str, Any]]
    risk: risk.Risk | None


def read_case(lib: Library, case_id: str) -> CaseData:
    case = cases.get(lib, case_id)
    given = cases.answers(lib, case_id)
    checklist = cases.checklist_of(lib, case)
    key_messages = []
    for quote_id in given.get("strategic_communication.key_messages") or []:
        with contextlib.suppress(UserError):
            key_messages.append(quotes.get(lib, quote_id))
    return CaseData(
        case=case,
        checklist=checklist,
        answers=given,
        progress=cases.progress(lib, case),
        timeline=cases.timeline(lib, case_id),
        figures=cases.figures(lib, case_id),
        evidence=cases.evidence(lib, case_id),
        key_messages=key_messages,
        statements=cases.statements_of(lib, case_id),
        risk=risk.assess(given, checklist.risk_rule),
    )


def _metric_labels(data: CaseData, lang: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for q in data.checklist.questions():
        for m in q.metrics:
            labels[m.value] = m.label.get(lang)
    return labels


def _figures_of(data: CaseData, question: checklists.Question) -> list[dict[str, Any]]:
    metrics = {m.value for m in question.metrics}
    return [r for r in data.figures if r["metric"] in metrics]


def _chart(data: CaseData, words: Words, rows: list[dict[str, Any]]) -> bytes:
    labels = _metric_labels(data, words.lang)
    series: dict[str, chart.Series] = {}
    for row in rows:
        metric = str(row["metric"])
        series.setdefault(metric, chart.Series(labels.get(metric, metric), []))
        series[metric].points.append((str(row["date"]), float(row["value"])))
    return chart.png(list(series.values()), language=words.lang)


def _facts_table(data: CaseData, words: Words, *, brief: bool) -> list[list[str]]:
    case = data.case
    t = words.t
    priority_names = {
        "high": QT_TRANSLATE_NOOP("reports", "High"),
        "medium": QT_TRANSLATE_NOOP("reports", "Medium"),
        "low": QT_TRANSLATE_NOOP("reports", "Low"),
    }
    status_names = {
        "open": QT_TRANSLATE_NOOP("reports", "Open"),
        "closed": QT_TRANSLATE_NOOP("reports", "Closed"),
    }
    rows = [
        [t(QT_TRANSLATE_NOOP("reports", "Label")), case.label or "–"],
        [
            t(QT_TRANSLATE_NOOP("reports", "Priority")),
            t(priority_names[case.priority]) if case.priority in priority_names else "–",
        ],
        [t(QT_TRANSLATE_NOOP("reports", "Status")), t(status_names.get(case.status, case.status))],
        [
            t(QT_TRANSLATE_NOOP("reports", "Steps complete")),
            f"{data.progress.done} / {data.progress.total}",
        ],
        [t(QT_TRANSLATE_NOOP("reports", "Opened")), words.when(case.created_at)],
        [t(QT_TRANSLATE_NOOP("reports", "Last change")), words.when(case.updated_at)],
        [
            t(QT_TRANSLATE_NOOP("reports", "Checklist")),
            f"{data.checklist.title.get(words.lang)} ({data.checklist.version})",
        ],
    ]
    return rows[:4] if brief else rows


def _decision(doc: Document, data: CaseData, words: Words) -> None:
    t = words.t
    case = data.case
    if data.risk is None:
        doc.add("p", t(QT_TRANSLATE_NOOP("reports", "The risk has not been assessed yet.")))
    else:
        rule = data.checklist.risk_rule
        doc.add("p", risk.explain(data.risk, words))
        doc.add(
            "note",
            f"{risk.rule_name(rule, words.lang, words)}: {risk.rule_text(words, rule, words.lang)}",
        )
    decision_q = data.checklist.question("impact_analysis.decision")
    if case.decision:
        shown = decision_q.option_label(case.decision, words.lang) if decision_q else case.decision
        doc.add("label", t(QT_TRANSLATE_NOOP("reports", "Decision")) + ": " + shown)
        if case.decision_reason:
            doc.add("p", t(QT_TRANSLATE_NOOP("reports", "Reason")) + ": " + case.decision_reason)
        who = ", ".join(p for p in (case.decided_by, words.when(case.decided_at)) if p)
        if who:
            doc.add("p", t(QT_TRANSLATE_NOOP("reports", "Decided by")) + ": " + who)
    else:
        doc.add("p", t(QT_TRANSLATE_NOOP("reports", "No decision has been recorded yet.")))


def _latest_figures(data: CaseData, words: Words) -> list[list[str]]:
    """The latest value of each reach figure (the situational insight step's)."""
    labels = _metric_labels(data, words.lang)
    step = data.checklist.step_index("situational_insight")
    questions = data.checklist.steps[step].questions if step >= 0 else ()
    reach = [r for q in questions if q.type == "figures" for r in _figures_of(data, q)]
    latest: dict[str, dict[str, Any]] = {}
    for row in reach:
        latest[str(row["metric"])] = row
    return [
        [labels.get(m, m), words.number(r["value"]), words.when(str(r["date"]))]
        for m, r in latest.items()
    ]


def _quote_line(quote: Any) -> str:
    who = ", ".join(p for p in (quote.speaker, quote.role) if p)
    return f"“{quote.text.strip()}” – {who}"


def _figures(doc: Document, data: CaseData, words: Words, rows: list[dict[str, Any]]) -> None:
    """A chart of the figures over time, and the figures themselves with their notes."""
    t = words.t
    labels = _metric_labels(data, words.lang)
    doc.add("chart", image=_chart(data, words, rows))
    doc.add(
        "rows",
        header=[
            t(QT_TRANSLATE_NOOP("reports", "Date")),
            t(QT_TRANSLATE_NOOP("reports", "Figure")),
            t(QT_TRANSLATE_NOOP("reports", "Value")),
            t(QT_TRANSLATE_NOOP("reports", "Note")),
        ],
        rows=[
            [
                words.when(str(r["date"])),
                labels.get(str(r["metric"]), str(r["metric"])),
                words.number(r["value"]),
                str(r.get("note") or ""),
            ]
            for r in rows
        ],
        widths=[17, 28, 12, 43],
    )


def build(data: CaseData, lang: str, *, brief: bool) -> Document:
    words = Words(lang)
    t = words.t
    case = data.case
    a = data.answers

    def text_of(question_id: str) -> str:
        q = data.checklist.question(question_id)
        return _answer(q, a.get(question_id), words) if q else ""

    kind = (
        t(QT_TRANSLATE_NOOP("reports", "Situation brief"))
        if brief
        else t(QT_TRANSLATE_NOOP("reports", "Case report"))
    )
    doc = Document(f"{kind}: {case.title}", words.lang, compact=brief)
    doc.add("subtitle", kind.upper())
    doc.add("title", case.title)
    made = t(QT_TRANSLATE_NOOP("reports", "Prepared {date} with HumasDesk {version}")).format(
        date=words.when(dt.datetime.now().astimezone().isoformat(timespec="minutes")),
        version=__version__,
    )
    doc.add("note", made)
    doc.add("rows", rows=_facts_table(data, words, brief=brief))
    claim = text_of("situational_insight.claim_summary") or case.claim
    if brief:
        doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "The claim")))
        doc.add("p", claim or "–")
        so_what = text_of("situational_insight.so_what")
        doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "So what")))
        doc.add("p", so_what or "–")
        facts = text_of("situational_insight.facts")
        if facts:
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "The facts")))
            doc.add("p", facts)
        reach = _latest_figures(data, words)
        trend = text_of("situational_insight.trend")
        if reach or trend:
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Reach and trend")))
            if reach:
                doc.add(
                    "rows",
                    rows=reach,
                    header=[
                        t(QT_TRANSLATE_NOOP("reports", "Figure")),
                        t(QT_TRANSLATE_NOOP("reports", "Latest")),
                        t(QT_TRANSLATE_NOOP("reports", "Date")),
                    ],
                )
            if trend:
                doc.add("p", t(QT_TRANSLATE_NOOP("reports", "Trend")) + ": " + trend)
        doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Risk and decision")))
        _decision(doc, data, words)
        options = text_of("strategic_communication.options")
        core = text_of("strategic_communication.core_message")
        if options or core or data.key_messages:
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Response")))
            if options:
                doc.add("p", options)
            if core:
                doc.add("p", core)
            if data.key_messages:
                doc.add("bullets", rows=[[_quote_line(q)] for q in data.key_messages[:2]])
        return doc

    if case.claim:
        doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "The claim as first reported")))
        doc.add("p", case.claim)
    for number, step in enumerate(data.checklist.steps, start=1):
        doc.add("h1", f"{number}. {step.title.get(words.lang)}")
        missing = data.progress.missing.get(step.id, [])
        if step.id in data.progress.steps_done:
            doc.add("note", t(QT_TRANSLATE_NOOP("reports", "Step complete.")))
        elif missing:
            doc.add(
                "note",
                t(QT_TRANSLATE_NOOP("reports", "Still missing: {questions}")).format(
                    questions="; ".join(q.label.get(words.lang) for q in missing)
                ),
            )
        rows = []
        for q in step.questions:
            if (q.type == "links" and q.target == "quote") or q.type == "figures":
                continue
            shown = _answer(q, a.get(q.id), words)
            if shown:
                rows.append([q.label.get(words.lang), shown])
        if rows:
            doc.add("rows", rows=rows, widths=[32, 68])
        for q in step.questions:
            figures = _figures_of(data, q) if q.type == "figures" else []
            if figures:
                doc.add("h2", q.label.get(words.lang))
                _figures(doc, data, words, figures)
        if step.id == "impact_analysis":
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Risk and decision")))
            _decision(doc, data, words)
        if step.id == "strategic_communication" and data.key_messages:
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Key messages")))
            doc.add("bullets", rows=[[_quote_line(q)] for q in data.key_messages])
        if step.id == "strategic_communication" and data.statements:
            doc.add("h2", t(QT_TRANSLATE_NOOP("reports", "Statements made from this case")))
            doc.add("bullets", rows=[[s["title"] or s["id"]] for s in data.statements])
    doc.add("h1", t(QT_TRANSLATE_NOOP("reports", "Timeline")))
    if data.timeline:
        flags = {
            "key": t(QT_TRANSLATE_NOOP("reports", "key event")),
            "released": t(QT_TRANSLATE_NOOP("reports", "released")),
        }
        doc.add(
            "rows",
            header=[
                t(QT_TRANSLATE_NOOP("reports", "When")),
                t(QT_TRANSLATE_NOOP("reports", "What happened or was done")),
                t(QT_TRANSLATE_NOOP("reports", "By whom")),
            ],
            widths=[18, 57, 25],
            rows=[
                [
                    words.when(e.at),
                    e.what
                    + "".join(
                        f" [{flags[k]}]"
                        for k, on in (("key", e.key_event), ("released", e.released))
                        if on
                    ),
                    e.actor,
                ]
                for e in data.timeline
            ],
        )
    else:
        doc.add("p", t(QT_TRANSLATE_NOOP("reports", "No timeline entries yet.")))
    return doc


# ----- renderers


def to_html(doc: Document, size: float = 0) -> str:
    e = html.escape
    size = size or (9 if doc.compact else 10)
    parts = [
        "<html><head><style>"
        f"body {{ font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: {size}pt; }}"
        f"h1 {{ font-size: {size + 4}pt; margin-top: 14px; }}"
        f"h2 {{ font-size: {size + 1.5}pt; margin-top: {6 if doc.compact else 10}px;"
        " margin-bottom: 2px; } p { margin-top: 2px; margin-bottom: 4px; }"
        f".title {{ font-size: {size + 6}pt; font-weight: bold; }}"
        " .kind { color: #1f6fb2;"
        " font-weight: bold; letter-spacing: 1px; } .note { color: #555555; font-size: 9pt; }"
        "td, th { padding: 3px 6px; vertical-align: top; } th { background: #eef2f6; }"
        "</style></head><body>"
    ]
    for block in doc.blocks:
        text = e(block.text).replace("\n", "<br/>")
        if block.kind == "title":
            parts.append(f"<p class='title'>{text}</p>")
        elif block.kind == "subtitle":
            parts.append(f"<p class='kind'>{text}</p>")
        elif block.kind in ("h1", "h2"):
            parts.append(f"<{block.kind}>{text}</{block.kind}>")
        elif block.kind == "label":
            parts.append(f"<p><b>{text}</b></p>")
        elif block.kind == "note":
            parts.append(f"<p class='note'>{text}</p>")
        elif block.kind == "bullets":
            items = "".join(f"<li>{e(r[0])}</li>" for r in block.rows)
            parts.append(f"<ul>{items}</ul>")
        elif block.kind == "rows":
            widths = block.widths or ([32, 68] if not block.header else [])

            def width(i: int, widths: list[int] = widths) -> str:
                return f" width='{widths[i]}%'" if i < len(widths) else ""

            head = "".join(
                f"<th align='left'{width(i)}>{e(h)}</th>" for i, h in enumerate(block.header)
            )
            body = "".join(
                "<tr>"
                + "".join(
                    (
                        f"<td{width(i)}><b>{e(c)}</b></td>"
                        if i == 0 and not block.header
                        else f"<td{width(i)}>{e(c).replace(chr(10), '<br/>')}</td>"
                    )
                    for i, c in enumerate(r)
                )
                + "</tr>"
                for r in block.rows
            )
            parts.append(
                "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                f"style='border-color: #c8d0d8; border-collapse: collapse;'>"
                f"{'<tr>' + head + '</tr>' if head else ''}{body}</table>"
            )
        elif block.kind == "chart":
            parts.append(f"<p><img src='chart-{id(block)}.png' width='600'/></p>")
        else:
            parts.append(f"<p>{text}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _atomic(target: Path, write: Callable[[Path], None]) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.stem}-", suffix=target.suffix)
        os.close(fd)
    except OSError as exc:
        raise ReportNotWritten(path=target, detail=exc.strerror or str(exc)) from exc
    partial = Path(tmp)
    try:
        write(partial)
        if partial.stat().st_size == 0:
            raise OSError("empty output")
        umask = os.umask(0)
        os.umask(umask)
        partial.chmod(0o666 & ~umask)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ReportNotWritten(path=target, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


# A brief must fit one page: its text shrinks in these steps until it does.
BRIEF_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)


def write_pdf(doc: Document, target: Path) -> Path:
    from PySide6.QtGui import QImage

    def layout(writer: QPdfWriter, size: float) -> QTextDocument:
        text = QTextDocument()
        text.setDocumentMargin(0)
        for block in doc.blocks:
            if block.kind == "chart":
                image = QImage.fromData(block.image, "PNG")  # type: ignore[arg-type]  # as save()
                text.addResource(
                    QTextDocument.ResourceType.ImageResource, f"chart-{id(block)}.png", image
                )
        text.setHtml(to_html(doc, size))
        return text

    def paginate(writer: QPdfWriter, text: QTextDocument, footer: float) -> int:
        # Laid out on the writer itself, so sizes in points come out as points on paper.
        text.documentLayout().setPaintDevice(writer)
        text.setPageSize(QSizeF(writer.width(), writer.height() - footer))
        return text.pageCount()

    def write(path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setTitle(doc.title)
        writer.setCreator(f"HumasDesk {__version__}")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 14, 18, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        footer_font = QFont("DejaVu Sans")
        footer_font.setPointSizeF(7.5)
        footer = QFontMetricsF(footer_font, writer).height() * 2.2
        sizes = BRIEF_SIZES if doc.compact else (10.0,)
        for size in sizes:
            text = layout(writer, size)
            if paginate(writer, text, footer) <= 1:
                break
        body = text.pageSize().height()
        count = text.pageCount()
        painter = QPainter(writer)
        try:
            for page in range(count):
                if page:
                    writer.newPage()
                painter.save()
                painter.translate(0, -page * body)
                text.drawContents(painter, QRectF(0, page * body, writer.width(), body))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor("#666666"))
                line = QRectF(0, writer.height() - footer * 0.6, writer.width(), footer * 0.6)
                title = QFontMetricsF(footer_font, writer).elidedText(
                    doc.title, Qt.TextElideMode.ElideRight, line.width() * 0.8
                )
                painter.drawText(line, Qt.AlignmentFlag.AlignLeft, title)
                painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"{page + 1} / {count}")
        finally:
            painter.end()

    return _atomic(target, write)


def write_docx(doc: Document, target: Path) -> Path:
    import docx
    from docx.shared import Cm, Pt, RGBColor

    def write(path: Path) -> None:
        out = docx.Document()
        out.core_properties.title = doc.title
        out.core_properties.language = doc.lang
        style = out.styles["Normal"]
        style.font.size = Pt(10)
        for section in out.sections:
            section.left_margin = section.right_margin = Cm(1.8)
            section.top_margin = section.bottom_margin = Cm(1.6)
        for block in doc.blocks:
            if block.kind == "title":
                out.add_heading(block.text, level=0)
            elif block.kind == "subtitle":
                run = out.add_paragraph().add_run(block.text)
                run.bold = True
                run.font.color.rgb = RGBColor(0x1F, 0x6F, 0xB2)
            elif block.kind == "h1":
                out.add_heading(block.text, level=1)
            elif block.kind == "h2":
                out.add_heading(block.text, level=2)
            elif block.kind == "label":
                out.add_paragraph().add_run(block.text).bold = True
            elif block.kind == "note":
                run = out.add_paragraph().add_run(block.text)
                run.italic = True
                run.font.size = Pt(9)
            elif block.kind == "bullets":
                for row in block.rows:
                    out.add_paragraph(row[0], style="List Bullet")
            elif block.kind == "rows":
                columns = max(len(r) for r in [*block.rows, block.header] if r) if block.rows else 1
                table = out.add_table(rows=0, cols=columns)
                table.style = "Table Grid"
                if block.header:
                    cells = table.add_row().cells
                    for i, h in enumerate(block.header):
                        cells[i].paragraphs[0].add_run(h).bold = True
                for row in block.rows:
                    cells = table.add_row().cells
                    for i, c in enumerate(row):
                        run = cells[i].paragraphs[0].add_run(c)
                        run.bold = i == 0 and not block.header
                widths = block.widths or ([32, 68] if not block.header else [])
                if len(widths) == columns:
                    table.autofit = False
                    for row_cells in table.rows:
                        for cell, share in zip(row_cells.cells, widths, strict=True):
                            cell.width = Cm(17.4 * share / 100)
                out.add_paragraph()
            elif block.kind == "chart":
                out.add_picture(io.BytesIO(block.image), width=Cm(16))
            else:
                out.add_paragraph(block.text)
        out.save(str(path))

    return _atomic(target, write)


def export(lib: Library, case_id: str, target: Path, fmt: str, lang: str, *, brief: bool) -> Path:
    """Builds the brief or the full report of a case and writes it as `fmt` to `target`."""
    document = build(read_case(lib, case_id), lang, brief=brief)
    if fmt == "docx":
        return write_docx(document, target)
    return write_pdf(document, target)
