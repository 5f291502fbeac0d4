"""The main window: the three modules one click apart, the standard menus and a status bar
with the library's name and counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Signal, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from humasdesk import __version__, prefs, translate
from humasdesk.core.errors import UserError
from humasdesk.store import maintenance, sample
from humasdesk.store.db import Library, open_library
from humasdesk.ui.cases_view import CasesView
from humasdesk.ui.errors import show_error
from humasdesk.ui.quotes_view import QuotesView
from humasdesk.ui.statements_view import StatementsView

LIBRARY_FILTER = "HumasDesk (*.humasdesk *.sqlite *.db)"


class SampleBanner(QFrame):
    """Offered on an empty library: one click fills it with the sample data."""

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#sampleBanner { background: palette(alternate-base); border-radius: 6px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.fill = QPushButton()
        self.fill.setObjectName("fillSample")
        self.fill.setDefault(True)
        self.dismiss = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fill)
        layout.addWidget(self.dismiss)
        self.fill.clicked.connect(self.accepted)
        self.dismiss.clicked.connect(self.hide)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "This library is empty. Add the sample data (a dozen press statements, their "
                "quotes and speakers, and a RESIST case) to see every module at work?"
            )
        )
        self.fill.setText(self.tr("Add sample data"))
        self.dismiss.setText(self.tr("Start empty"))


class MainWindow(QMainWindow):
    library_changed = Signal()

    def __init__(
        self, lib: Library, settings: prefs.Prefs | None = None, *, persist: bool = True
    ) -> None:
        super().__init__()
        self.persist = persist  # False: never write the user's preferences (screenshots)
        self.setObjectName("mainWindow")
        self.lib = lib
        self.prefs = settings or prefs.load()
        self.nav = QListWidget()
        self.nav.setObjectName("moduleNav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.banner = SampleBanner()
        self.banner.accepted.connect(self.add_sample_data)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 12, 12, 6)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_modules()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self._restore_geometry()
        self._after_library_opened()

    # ----- modules
    def _build_modules(self) -> None:
        style = self.style()
        icons = [
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        ]
        self.statements_view = StatementsView(self.lib)
        self.quotes_view = QuotesView(self.lib)
        self.cases_view = CasesView(self.lib)
        self.cases_view.changed.connect(self.update_status)
        self.cases_view.statement_created.connect(lambda _id: self.refresh())
        self.modules: list[QWidget] = [self.statements_view, self.quotes_view, self.cases_view]
        self.nav.clear()
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        for icon, module in zip(icons, self.modules, strict=True):
            item = QListWidgetItem(icon, "")
            item.setSizeHint(QSize(190, 40))
            self.nav.addItem(item)
            self.stack.addWidget(module)

    def show_module(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    # ----- actions and menus
    def _build_actions(self) -> None:
        self.act_new = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.act_new.triggered.connect(self.new_library)
        self.act_open = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.act_open.triggered.connect(self.open_library_dialog)
        self.act_backup = QAction(self)
        self.act_backup.triggered.connect(self.backup_now)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.module_actions = []
        for i in range(3):
            act = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _checked=False, i=i: self.show_module(i))
            self.module_actions.append(act)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in translate.LANGUAGES:
            act = QAction(self, checkable=True)
            act.setData(code)
            act.setChecked(code == self.prefs.language)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_open)
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.file_import_anchor = self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_view = bar.addMenu("")
        for act in self.module_actions:
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        for act in self.language_actions.values():
            self.menu_language.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        paths = [p for p in self.prefs.recent_libraries if Path(p) != self.lib.path]
        if not paths:
            empty = self.menu_recent.addAction(self.tr("No other recent library"))
            empty.setEnabled(False)
        for text in paths:
            act = self.menu_recent.addAction(text)
            act.triggered.connect(lambda _checked=False, t=text: self.switch_library(Path(t)))

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_recent.setTitle(self.tr("Recent libraries"))
        self.menu_language.setTitle(self.tr("Language"))
        self.act_new.setText(self.tr("&New library…"))
        self.act_open.setText(self.tr("&Open library…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About HumasDesk"))
        self.language_actions["id"].setText("Bahasa Indonesia")
        self.language_actions["en"].setText("English")
        names = [self.tr("Press statements"), self.tr("Quote library"), self.tr("RESIST cases")]
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
            self.module_actions[i].setText(name)
        for module in self.modules:
            retranslate = getattr(module, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self.banner.retranslate()
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.lib.closed:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switches the interface language at once, and remembers it."""
        self.prefs.language = translate.install(code)
        self._save_prefs()
        self.retranslate()
        self.language_actions[self.prefs.language].setChecked(True)

    # ----- library
    def update_status(self) -> None:
        counts = self.lib.counts()
        self.status_label.setText(
            self.tr("{name} · {statements} statements · {quotes} quotes · {cases} cases").format(
                name=self.lib.path.name, **counts
            )
        )
        self.setWindowTitle(f"{self.lib.path.stem} – HumasDesk")

    def refresh(self) -> None:
        for module in self.modules:
            refresh = getattr(module, "refresh", None)
            if refresh is not None:
                refresh()
        self.update_status()

    def _after_library_opened(self) -> None:
        self.prefs.remember_library(self.lib.path)
        self._save_prefs()
        self.banner.setVisible(self.lib.is_empty())
        self.update_status()

    def add_sample_data(self) -> None:
        try:
            sample.install(self.lib)
        except UserError as exc:
            show_error(self, exc)
            return
        self.banner.hide()
        self.refresh()
        self.statusBar().showMessage(self.tr("Sample data added."), 5000)

    def switch_library(self, path: Path) -> None:
        try:
            new_lib = open_library(path, create=True)
        except UserError as exc:
            show_error(self, exc)
            return
        self.cases_view.close_wizards()
        self.lib.close()
        self.lib = new_lib
        current = self.nav.currentRow()
        self._build_modules()
        self.retranslate()
        self.nav.setCurrentRow(max(current, 0))
        self._after_library_opened()
        self.library_changed.emit()

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New library"), str(self.lib.path.parent), LIBRARY_FILTER
        )
        if path:
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(".humasdesk")
            self.switch_library(target)

    def open_library_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open library"), str(self.lib.path.parent), LIBRARY_FILTER
        )
        if path:
            self.switch_library(Path(path))

    def backup_now(self) -> None:
        try:
            written = maintenance.backup(self.lib)
        except UserError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=written), 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About HumasDesk"),
            self.tr(
                "<h3>HumasDesk {version}</h3><p>Press statements, a quote library and RESIST "
                "disinformation cases for government communicators, offline.</p>"
                "<p>Library: {path}</p><p>Licence: GPL-3.0-or-later. Qt {qt} (LGPL-3.0).</p>"
            ).format(version=__version__, path=self.lib.path, qt=qVersion()),
        )

    # ----- window state
    def _restore_geometry(self) -> None:
        if self.prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.prefs.window_geometry.encode()))
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cases_view.close_wizards()
        self.prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self._save_prefs()
        super().closeEvent(event)

    def _save_prefs(self) -> None:
        if self.persist:
            prefs.save(self.prefs)
