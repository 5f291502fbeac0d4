"""Renders every screen to PNG for the README, the AppStream metadata and our own eyes.

Each entry of SCREENS names a picture and prepares the widget to grab from the main window;
add one for every new screen, editor, dialog and wizard page.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from humasdesk.store import sample
from humasdesk.store.db import open_library
from humasdesk.ui.main_window import MainWindow

Screen = Callable[[MainWindow], QWidget]

# A fictional release with quotes waiting for review (written for the screenshots).
REVIEW_SAMPLE = """Kepala Pelaksana BPBD Provinsi Nusantara Raya Yuliani Sembiring meminta warga \
di bantaran Sungai Muara Baru tetap waspada.

“Debit air masih tinggi. Kami minta warga tidak kembali ke rumah sebelum ada pengumuman \
resmi,” kata Yuliani di Posko Utama, Selasa (21/1/2025).

”Posko kesehatan buka 24 jam dan obat-obatan cukup untuk dua pekan,” ujarnya.

Gubernur Nusantara Raya Hendra Kusumawardana mengatakan, ”Pemerintah provinsi menanggung \
biaya perbaikan rumah warga yang rusak berat.”
"""


def _module(index: int) -> Screen:
    def show(window: MainWindow) -> QWidget:
        window.show_module(index)
        return window

    return show


def _sample_case(window: MainWindow) -> str:
    """The sample case worked part-way (the HPV hoax): the one furthest along."""
    from humasdesk.store import cases

    rows = cases.listing(window.lib)
    return str(max(rows, key=lambda r: r["steps_done"])["id"])


def _wizard_page(page: int, scroll_to: str | None = None) -> Screen:
    def show(window: MainWindow) -> QWidget:
        from humasdesk.ui.wizard import CaseWizard

        wizard = CaseWizard(window.lib, _sample_case(window), window)
        wizard.resize(1000, 800)
        wizard.show()
        wizard.restart()
        while wizard.currentId() < page:
            wizard.next()
        current = wizard.currentPage()
        target = current.findChild(QWidget, scroll_to) if scroll_to else None
        if target is not None:
            QApplication.processEvents()
            current.scroll_area.ensureWidgetVisible(target, 0, 40)  # type: ignore[attr-defined]
        return wizard

    return show


def _new_case(window: MainWindow) -> QWidget:
    from humasdesk.core import checklist
    from humasdesk.ui.cases_view import NewCaseDialog

    editions, _problems = checklist.available()
    dialog = NewCaseDialog(editions, window)
    dialog.title.setText("Video banjir lama disebar ulang sebagai banjir hari ini")
    dialog.title.setCursorPosition(0)
    dialog.claim.setPlainText(
        "Video air bah di jalan protokol beredar di grup WhatsApp dengan keterangan "
        "“Kota Sejahtera tenggelam pagi ini, pemerintah diam saja”."
    )
    dialog.show()
    return dialog


def _timeline(window: MainWindow) -> QWidget:
    from humasdesk.ui.wizard.pickers import TimelineDialog

    dialog = TimelineDialog(window.lib, _sample_case(window), window)
    dialog.resize(1000, 600)
    dialog.show()
    return dialog


def _backups(window: MainWindow) -> QWidget:
    from humasdesk.store import backups
    from humasdesk.ui.backups_dialog import BackupsDialog

    if not backups.listing(window.lib.path):
        backups.create(window.lib, backups.BEFORE_MIGRATION)
        backups.create(window.lib, backups.AUTO)
        backups.create(window.lib, backups.MANUAL)
    dialog = BackupsDialog(window)
    dialog.show()
    return dialog


def _passphrase(window: MainWindow) -> QWidget:
    from humasdesk.ui.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(window.lib.path, window, wrong=True)
    dialog.field.setText("salah-ketik")
    dialog.show()
    return dialog


def _new_passphrase(window: MainWindow) -> QWidget:
    from humasdesk.ui.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog(window)
    dialog.first.setText("kopi-pagi")
    dialog.second.setText("kopi-pagi-")
    dialog.show()
    return dialog


def _damaged(window: MainWindow) -> QWidget:
    from humasdesk.core import problems
    from humasdesk.store import backups
    from humasdesk.ui.app import damaged_box

    cut = problems.Problem(problems.CUT_SHORT_OF, size=2_093_056, expected=2_097_152)
    box = damaged_box(window.lib.path, backups.newest_good(window.lib.path), window, detail=cut)
    box.show()
    return box


def _preferences(tab: int) -> Screen:
    def show(window: MainWindow) -> QWidget:
        from humasdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(window.lib, window.prefs.language, window)
        dialog.tabs.setCurrentIndex(tab)
        dialog.show()
        return dialog

    return show


def _about(window: MainWindow) -> QWidget:
    from humasdesk.ui.about import AboutDialog

    dialog = AboutDialog(window, library=str(window.lib.path.name))
    dialog.show()
    return dialog


def _quote_detail(window: MainWindow) -> QWidget:
    """The library with an old quote selected: its role then, and the speaker's role now."""
    window.show_module(1)
    view = window.quotes_view
    view.tabs.setCurrentIndex(0)
    siti = [
        r
        for r in range(view.model.rowCount())
        if view.model.record(r).get("speaker") == "Siti Rahmawati"
    ]
    row = siti[-1] if siti else 0  # her oldest quote, from before her promotion
    view.table.selectRow(row)
    return window


def _review_queue(window: MainWindow) -> QWidget:
    """The review queue on a copy of the library holding a freshly saved release."""
    import shutil

    from humasdesk.core.records import Statement
    from humasdesk.store import statements
    from humasdesk.ui.review_queue import ReviewQueueView

    folder = Path(tempfile.mkdtemp(prefix="humasdesk-review-"))
    copy = folder / "review.humasdesk"
    from humasdesk.store.db import backup_copy

    backup_copy(window.lib.conn, copy)
    lib = open_library(copy)
    statements.save(
        lib,
        Statement(
            title="BPBD Minta Warga Bantaran Tetap Waspada",
            city="Kota Sejahtera",
            date="2025-01-21",
            body=REVIEW_SAMPLE,
            source_kind="imported",
        ),
    )
    view = ReviewQueueView(lib)
    view.resize(1180, 620)
    view.show()

    def cleanup() -> None:
        lib.close()
        shutil.rmtree(folder, ignore_errors=True)

    view.destroyed.connect(cleanup)
    return view


def _quote_picker(window: MainWindow) -> QWidget:
    from humasdesk.ui.quote_picker import QuotePickerDialog

    dialog = QuotePickerDialog(window.lib, "id", "2025-01-22", parent=window)
    dialog.search.setText("banjir")
    dialog.fill()
    dialog.show()
    return dialog


def _consistency_panel(window: MainWindow) -> QWidget:
    """A draft with an altered quote, a retired one and an out-of-date title."""
    from humasdesk.core.attribution import quote_sentence
    from humasdesk.store import quotes
    from humasdesk.ui.consistency_panel import ConsistencyPanel

    rows = quotes.listing(window.lib)
    by_start = {r["text"][:30]: r for r in rows}
    sentences = []
    for start, change in (
        ("Keselamatan warga adalah yang ", ("bekerja bersama", "bekerja keras")),
        ("Kami menargetkan seluruh 38.00", None),
        ("Setiap anak berhak mendapat pe", None),
    ):
        row = by_start.get(start)
        if row is None:
            continue
        text = row["text"].replace(*change) if change else row["text"]
        title = "Kepala Dinas Kesehatan" if start.startswith("Setiap") else row["role"]
        sentences.append(quote_sentence(text, row["speaker"], title, "", "id"))
    panel = ConsistencyPanel(window.lib)
    panel.check("\n\n".join(sentences), "2024-03-12", "id")
    panel.resize(460, 620)
    panel.show()
    return panel


def _pack_conflicts(window: MainWindow) -> QWidget:
    """Two lines the regional office changed since the centre's pack was made."""
    from humasdesk.store import quotes
    from humasdesk.store.packs import Conflict
    from humasdesk.ui.pack_dialogs import PackConflictsDialog

    rows = quotes.listing(window.lib)[:2]
    conflicts = [
        Conflict("quote", rows[0]["id"], rows[0]["text"][:90], {"status": ("retired", "approved")}),
        Conflict(
            "quote",
            rows[1]["id"],
            rows[1]["text"][:90],
            {"notes": ("Dipakai untuk rilis banjir Januari.", "")},
        ),
    ]
    dialog = PackConflictsDialog(conflicts, window)
    dialog.show()
    return dialog


def _statement_editor(window: MainWindow) -> QWidget:
    """The editor on an embargoed sample statement, with a search run on the list first."""
    from humasdesk.store import statements

    window.show_module(0)
    view = window.statements_view
    embargoed = next(
        (r for r in statements.listing(window.lib) if r["embargo_at"]),
        statements.listing(window.lib, limit=1)[0],
    )
    view.open_statement(embargoed["id"])
    view.editor.checklist.set_checked(["what", "who", "when", "where"])
    return window


def _statement_search(window: MainWindow) -> QWidget:
    window.show_module(0)
    view = window.statements_view
    view.show_list()
    view.search_for("imunisasi")
    return window


def _statement_history(window: MainWindow) -> QWidget:
    """Two revisions of a sample statement, compared side by side. The second revision is
    written into a throwaway copy, so a library given with --library is never changed."""
    from humasdesk.store import statements
    from humasdesk.store.db import backup_copy
    from humasdesk.ui.history import HistoryDialog

    view = window.statements_view
    view.show_list()
    view.search_for("")
    folder = Path(tempfile.mkdtemp(prefix="humasdesk-history-"))
    lib = open_library(backup_copy(window.lib.conn, folder / "copy.humasdesk"))
    first = statements.listing(lib, status="draft", limit=1)[0]
    st = statements.get(lib, first["id"])
    st.lead = st.lead.replace("12 desa", "15 desa", 1) if "12 desa" in st.lead else st.lead + " "
    st.body = st.body.replace("\n\n", "\n\nSirene diuji dua kali, pukul 09.00 dan 09.30.\n\n", 1)
    statements.save(lib, st, note="Jadwal uji sirene ditambahkan", author="ani")
    dialog = HistoryDialog(lib, st.id, window)
    dialog.resize(1200, 720)
    dialog.finished.connect(lib.close)

    def clean_up() -> None:
        lib.close()
        shutil.rmtree(folder, ignore_errors=True)

    dialog.destroyed.connect(clean_up)
    dialog.show()
    return dialog


def _new_from_template(window: MainWindow) -> QWidget:
    from humasdesk.ui.templates_dialog import NewFromTemplateDialog

    dialog = NewFromTemplateDialog(window.lib, window, language="id")
    dialog.select("clarification-id")
    dialog.show()
    return dialog


def _templates(window: MainWindow) -> QWidget:
    from humasdesk.ui.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(window.lib, window)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    return dialog


def _recovery(window: MainWindow) -> QWidget:
    """The offer after a crash, on drafts made up in memory (the library is not touched)."""
    from humasdesk.store.db import now
    from humasdesk.store.recovery import Draft
    from humasdesk.ui.recovery_dialog import RecoveryDialog

    drafts = [
        Draft(
            "new:1",
            None,
            now(),
            {
                "title": "Penutupan Sementara Jembatan Sungai Lestari",
                "body": "Warga diminta menggunakan jalur alternatif melalui Jalan Merdeka "
                "selama penutupan dan memperhatikan rambu yang dipasang petug",
            },
        ),
        Draft(
            "new:2",
            None,
            now(),
            {"title": "", "lead": "Kota Sejahtera – Dinas Kesehatan mengajak orang tua"},
        ),
    ]
    dialog = RecoveryDialog(None, drafts, window)
    dialog.show()
    return dialog


def _import_progress(window: MainWindow) -> QWidget:
    from humasdesk.ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.jobs, window.lib.path, [], window, start=False)
    dialog._progress(17, 48, "Arsip Siaran Pers/2019/SP-045-banjir-pesisir.docx")
    dialog.resize(640, 320)
    dialog.show()
    return dialog


def _import_summary(window: MainWindow) -> QWidget:
    from humasdesk.core import readers
    from humasdesk.store import importer
    from humasdesk.ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.jobs, window.lib.path, [], window, start=False)
    rows = window.lib.query("SELECT id, title FROM statements ORDER BY date DESC LIMIT 3")
    report = importer.ImportReport(
        imported=[
            importer.Imported(r["id"], f"Arsip/2024/rilis-{n + 1}.docx", r["title"], 2 + n)
            for n, r in enumerate(rows)
        ],
        skipped=[
            importer.Skipped(
                "Arsip/2024/rilis-1 (salinan).docx",
                importer.AlreadyImported(name="rilis-1 (salinan).docx", title=rows[0]["title"]),
            ),
            importer.Skipped("Arsip/lama/undangan.doc", readers.OldWordFormat(name="undangan.doc")),
            importer.Skipped(
                "Arsip/video-konferensi.txt",
                readers.FileTooLarge(name="video-konferensi.txt", size="148", limit="20"),
            ),
        ],
    )
    dialog.show_summary(report)
    dialog.resize(760, 420)
    dialog.show()
    return dialog


def _export_dialog(window: MainWindow) -> QWidget:
    from humasdesk.ui.export_dialog import ExportDialog

    ids = [r["id"] for r in window.lib.query("SELECT id FROM statements ORDER BY date DESC")]
    dialog = ExportDialog(window.lib, ids[:1], window)
    dialog.resize(620, 320)
    dialog.show()
    return dialog


def _export_batch(window: MainWindow) -> QWidget:
    from humasdesk.ui.export_dialog import ExportDialog

    ids = [r["id"] for r in window.lib.query("SELECT id FROM statements ORDER BY date DESC")]
    dialog = ExportDialog(window.lib, ids, window)
    dialog.resize(620, 320)
    dialog.show()
    return dialog


def _crisis_desk(window: MainWindow) -> QWidget:
    from humasdesk.core import playbooks

    window.show_module(3)  # the sample's reports from the public are in the intake queue
    desk = window.module(3)
    if not desk._cases:  # type: ignore[attr-defined]
        flood = playbooks.find("banjir")
        if flood is not None:
            desk.start(flood, location="Kelurahan Kampung Melayu")  # type: ignore[attr-defined]
    desk.refresh()  # type: ignore[attr-defined]
    desk.groups.selectRow(0)  # type: ignore[attr-defined]
    return window


def _crisis_start(window: MainWindow) -> QWidget:
    from humasdesk.core import playbooks
    from humasdesk.ui.crisis_desk import StartDialog

    playbook = playbooks.find("kebocoran-data") or playbooks.available()[0][0]
    dialog = StartDialog(playbook, window)
    dialog.location.setText("Aplikasi layanan kependudukan daring")
    dialog.show()
    return dialog


def _crisis_paste(window: MainWindow) -> QWidget:
    from humasdesk.ui.crisis_desk import PasteDialog

    dialog = PasteDialog(window)
    dialog.text.setPlainText(
        "[07/12/26 09.15] Pak RT 05: Besok listrik padam total se-Nusantara Raya 3 hari untuk "
        "pemeliharaan jaringan. Siapkan lilin dan air!\n"
        "[07/12/26 09.40] Bu Sari: https://www.facebook.com/share/p/contoh"
    )
    dialog.where.setCurrentText("WhatsApp")
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Screen]] = [
    ("statements", _module(0)),
    ("quotes", _module(1)),
    ("cases", _module(2)),
    ("case-new", _new_case),
    ("wizard-1-recognise", _wizard_page(0)),
    ("wizard-1-verdict", _wizard_page(0, "recognise.verdict")),
    ("wizard-1-abcde", _wizard_page(0, "recognise.abcde_effect")),
    ("wizard-2-early-warning", _wizard_page(1, "similarPanel")),
    ("wizard-3-situational-insight", _wizard_page(2, "situational_insight.reach")),
    ("wizard-4-impact-analysis", _wizard_page(3, "riskPanel")),
    ("wizard-5-strategic-communication", _wizard_page(4, "draftPanel")),
    ("wizard-5-objectives", _wizard_page(4, "strategic_communication.objectives")),
    ("wizard-5-fact", _wizard_page(4, "strategic_communication.fact")),
    ("wizard-6-tracking", _wizard_page(5, "tracking.outcomes")),
    ("wizard-6-scoring", _wizard_page(5, "tracking.objective_scores")),
    ("wizard-summary", _wizard_page(6)),
    ("wizard-timeline", _timeline),
    ("backups", _backups),
    ("passphrase", _passphrase),
    ("new-passphrase", _new_passphrase),
    ("damaged-library", _damaged),
    ("preferences-general", _preferences(0)),
    ("preferences-letterhead", _preferences(1)),
    ("preferences-backups", _preferences(2)),
    ("preferences-numbering", _preferences(3)),
    ("about", _about),
    ("quotes-detail", _quote_detail),
    ("quotes-review", _review_queue),
    ("quote-picker", _quote_picker),
    ("consistency-panel", _consistency_panel),
    ("pack-conflicts", _pack_conflicts),
    ("statements-search", _statement_search),
    ("statement-editor", _statement_editor),
    ("statement-history", _statement_history),
    ("new-from-template", _new_from_template),
    ("templates", _templates),
    ("recovery", _recovery),
    ("import-progress", _import_progress),
    ("import-summary", _import_summary),
    ("export", _export_dialog),
    ("export-batch", _export_batch),
    ("crisis-desk", _crisis_desk),
    ("crisis-start", _crisis_start),
    ("crisis-paste", _crisis_paste),
]


def render_all(outdir: Path, library: Path | None = None) -> list[Path]:
    """Writes OUTDIR/<screen>.png for every screen; on a fresh sample library by default."""
    from humasdesk import prefs

    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="humasdesk-shots-") as tmp:
        if library is None:
            library = Path(tmp) / "sample.humasdesk"
            with open_library(library) as lib:
                sample.install(lib)
        lib = open_library(library, create=False)
        settings = prefs.Prefs()
        window = MainWindow(lib, settings, persist=False)
        window.banner.hide()
        window.resize(1280, 800)
        window.show()
        written: list[Path] = []
        try:
            for name, prepare in SCREENS:
                widget = prepare(window)
                window.settle()
                QApplication.processEvents()
                target = outdir / f"{name}.png"
                widget.grab().save(str(target))
                written.append(target)
                if widget is not window:
                    widget.close()
                    widget.deleteLater()
        finally:
            window.close()
            lib.close()
    return written
