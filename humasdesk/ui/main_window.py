"""The main window: the three modules one click apart, the standard menus and a status bar
with the library's name and counts."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDeadlineTimer, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from humasdesk import prefs, translate
from humasdesk.core.errors import UserError
from humasdesk.paths import resources_dir
from humasdesk.store import recovery, search_index, statements, stems
from humasdesk.store.db import Library, count_records
from humasdesk.ui.background_search import BackgroundSearch
from humasdesk.ui.errors import show_error
from humasdesk.ui.lazy_model import LazyTableModel
from humasdesk.ui.statements_view import StatementsView
from humasdesk.ui.worker import Job, Jobs

# Screens only some officers open (export, print, import, the quote library, RESIST) are
# imported when first used: the start path stays short on a large library.
if TYPE_CHECKING:
    from humasdesk.ui.cases_view import CasesView
    from humasdesk.ui.crisis_desk import UpdateReminder
    from humasdesk.ui.import_dialog import ImportDialog
    from humasdesk.ui.quotes_view import QuotesView
    from humasdesk.ui.recovery_dialog import RecoveryDialog

log = logging.getLogger(__name__)
LIBRARY_FILTER = "HumasDesk (*.humasdesk *.sqlite *.db)"
TITLE_BAR = 32  # px the window manager's title bar takes above the window


def _weak(method: Callable[..., None]) -> Callable[..., None]:
    """The window's `method` for a child to keep: the bound method itself would make a
    reference cycle (window -> child -> window) keeping a closed window alive."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(*args)

    return call


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
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self.persist = persist  # False: never write the user's preferences (screenshots)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.lib = lib
        self.prefs = settings or prefs.load()
        self.nav = QListWidget()
        self.nav.setObjectName("moduleNav")
        self.nav.setIconSize(QSize(22, 22))
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
        self._count_jobs = Jobs(self)  # the status counts, apart from imports' queue
        # The search index, brought up to date in the background (its own queue: an import
        # never waits for it, nor it for an import).
        self._index_jobs = Jobs(self)
        self._indexing: Job | None = None
        self._index_again = False
        self._stems_loaded = False  # the library's word -> stem table, read once
        self.index_progress = QProgressBar()
        self.index_progress.setObjectName("searchIndexProgress")
        self.index_progress.setMaximumWidth(220)
        self.index_progress.setTextVisible(True)
        self.index_progress.hide()
        self.statusBar().addPermanentWidget(self.index_progress)
        self._counting: Job | None = None
        self._counts: dict[str, int] | None = None
        self._counts_stale = False
        self._build_modules()
        self.nav.currentRowChanged.connect(self._module_chosen)
        self.stack.currentChanged.connect(self._module_changed)
        self.recovery_dialog: RecoveryDialog | None = None
        # Keyboard order: modules, then the sample offer (when shown), then the module itself.
        self.setTabOrder(self.nav, self.banner.fill)
        self.setTabOrder(self.banner.fill, self.banner.dismiss)
        self._build_actions()
        self._build_menus()
        from humasdesk.ui.safety import SafetyController

        self.safety = SafetyController(self)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self._module_changed(0)
        self._restore_geometry()
        self._after_library_opened()
        QTimer.singleShot(0, self.offer_recovery)
        self.update_reminder: UpdateReminder | None = None
        self.after_first_paint(_weak(self.watch_updates))

    # ----- modules
    MODULE_COUNT = 4

    def _build_modules(self) -> None:
        """The navigation and one empty page per module; a module's page is built the first
        time it is shown (or asked for), so a large library opens on the statement list
        without loading the quote library or the RESIST cases first."""
        icons = [
            QIcon(str(resources_dir() / "icons" / f"module-{name}.svg"))
            for name in ("statements", "quotes", "resist", "crisis")
        ]
        self._built: dict[int, QWidget] = {}
        self.nav.clear()
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        for icon in icons:
            item = QListWidgetItem(icon, "")
            item.setSizeHint(QSize(190, max(40, self.fontMetrics().height() * 2 + 8)))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())

    def module(self, index: int) -> QWidget:
        """The module page at `index`, built now if it was not yet."""
        built = self._built.get(index)
        if built is not None:
            return built
        page: QWidget
        if index == 0:
            page = StatementsView(self.lib)
            page.changed.connect(self.update_status)
            page.index_stale.connect(_weak(self.update_search_index))
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        elif index == 1:
            from humasdesk.ui.quotes_view import QuotesView

            page = QuotesView(self.lib)
            page.changed.connect(self.update_status)
            page.index_stale.connect(_weak(self.update_search_index))
            page.open_statement = _weak(self.open_statement_at)
        elif index == 2:
            from humasdesk.ui.cases_view import CasesView

            page = CasesView(self.lib)
            page.changed.connect(self.update_status)
            page.statement_created.connect(self.open_drafted_statement)
        else:
            page = self._crisis_desk()
        self._built[index] = page
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.blockSignals(True)
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.stack.blockSignals(False)
        if hasattr(self, "menu_file"):  # built after the menus (the page speaks today's
            self._name_module(index)  # language already: it translated itself when built)
            self._name_controls()
        return page

    def _crisis_desk(self) -> QWidget:
        from humasdesk.ui.crisis_desk import CrisisDeskView

        page = CrisisDeskView(self.lib)
        page.changed.connect(self.update_status)
        page.changed.connect(self._check_updates)
        page.statement_created.connect(self.open_drafted_statement)
        page.open_case_requested.connect(self._open_case)
        page.status_message.connect(self._desk_message)
        return page

    def _check_updates(self) -> None:
        if self.update_reminder is not None:
            self.update_reminder.check()

    def _open_case(self, case_id: str) -> None:
        self.cases_view.open_case(case_id)

    def _desk_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def watch_updates(self) -> None:
        """From the first paint on, overdue case updates show in the status bar."""
        from humasdesk.ui.crisis_desk import UpdateReminder

        if self.update_reminder is None:
            self.update_reminder = UpdateReminder(self, partial(_weak(self.show_module), 3))
            self.update_reminder.check_at_start()

    @property
    def modules(self) -> list[QWidget]:
        """The module pages built so far."""
        return [self._built[i] for i in sorted(self._built)]

    @property
    def statements_view(self) -> StatementsView:
        return self.module(0)  # type: ignore[return-value]

    @property
    def quotes_view(self) -> QuotesView:
        return self.module(1)  # type: ignore[return-value]

    @property
    def cases_view(self) -> CasesView:
        return self.module(2)  # type: ignore[return-value]

    def show_module(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _module_chosen(self, index: int) -> None:
        if 0 in self._built:
            self.statements_view.flush()  # switching away keeps every typed word safe
        if index >= 0:
            self.module(index)
        self.stack.setCurrentIndex(index)

    # ----- statements
    def new_statement(self) -> None:
        self.show_module(0)
        self.statements_view.new_statement()

    def open_statement_at(self, statement_id: str, start: int | None, end: int | None) -> None:
        """Opens a statement in the editor with [start, end) of its body selected (a quote's
        source)."""
        self.show_module(0)
        self.statements_view.open_statement(statement_id)
        editor = self.statements_view.editor
        here = self.statements_view.editing() and editor.base.id == statement_id
        if here and start is not None and end is not None:
            editor.select_in_body(start, end)

    def open_drafted_statement(self, statement_id: str) -> None:
        """A RESIST case drafted a clarification or holding statement: it opens in the
        editor, in front."""
        self.refresh()
        self.open_statement_at(statement_id, None, None)
        self.raise_()
        self.activateWindow()

    def new_statement_from_template(self) -> None:
        self.show_module(0)
        self.statements_view.new_from_template()

    def edit_templates(self) -> None:
        from humasdesk.ui.templates_dialog import TemplatesDialog

        TemplatesDialog(self.lib, self).exec()

    def offer_recovery(self, *, always: bool = False) -> RecoveryDialog | None:
        """Offers the drafts that were never saved (after a crash or a kill)."""
        if self.lib.closed:
            return None
        drafts = recovery.pending(self.lib)
        if not drafts and not always:
            return None
        from humasdesk.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.lib, drafts, self)
        dialog.chosen.connect(self._open_recovered)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _open_recovered(self, draft: recovery.Draft) -> None:
        self.show_module(0)
        self.statements_view.open_draft(draft)

    def _module_changed(self, index: int) -> None:
        module = self.stack.widget(index)
        self.act_find.setEnabled(callable(getattr(module, "focus_search", None)))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the module list goes straight to the module's records."""
        if next and self.nav.hasFocus() and not self.banner.isVisible():
            table = getattr(self.stack.currentWidget(), "table", None)
            if isinstance(table, QWidget) and table.isVisible() and table.isEnabled():
                table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    def find_in_module(self) -> None:
        focus_search = getattr(self.stack.currentWidget(), "focus_search", None)
        if callable(focus_search):
            focus_search()

    # ----- actions and menus
    def _build_actions(self) -> None:
        # Ctrl+N is the officer's "new statement"; a new library is rare.
        self.act_new = QAction(self)
        self.act_new.triggered.connect(self.new_library)
        self.act_new_statement = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.act_new_statement.triggered.connect(self.new_statement)
        self.act_new_from_template = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.act_new_from_template.triggered.connect(self.new_statement_from_template)
        self.act_templates = QAction(self)
        self.act_templates.triggered.connect(self.edit_templates)
        self.act_recover = QAction(self)
        self.act_recover.triggered.connect(lambda: self.offer_recovery(always=True))
        self.act_open = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.act_open.triggered.connect(self.open_library_dialog)
        self.jobs = Jobs(self)
        # Ctrl+I is italic in the statement editor.
        self.act_import = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.act_import.triggered.connect(self.import_files)
        self.act_import_folder = QAction(self)
        self.act_import_folder.triggered.connect(self.import_folder)
        self.act_export = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export_selected)
        self.act_print = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Print))
        self.act_print.triggered.connect(self.print_selected)
        self.act_whatsapp = QAction(self, shortcut=QKeySequence("Ctrl+Shift+W"))
        self.act_whatsapp.triggered.connect(self.copy_for_whatsapp)
        self.act_history = QAction(self, shortcut=QKeySequence("Ctrl+H"))
        self.act_history.triggered.connect(self.show_history)
        self.act_backup = QAction(self)
        self.act_backup.triggered.connect(self.backup_now)
        # Ctrl+Q on every system (Windows binds no standard Quit key).
        self.act_quit = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.quit_app)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.act_preferences = QAction(self)
        self.act_preferences.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_preferences.triggered.connect(self.show_preferences)
        # Ctrl+F goes to the current module's search field (modules offer `focus_search()`);
        # this is the only Ctrl+F, so no module's own shortcut makes it ambiguous.
        self.act_find = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.act_find.triggered.connect(self.find_in_module)
        # Edit commands act on whichever field has the keyboard focus.
        self.edit_actions: dict[str, QAction] = {}
        for slot, key in (
            ("undo", QKeySequence.StandardKey.Undo),
            ("redo", QKeySequence.StandardKey.Redo),
            ("cut", QKeySequence.StandardKey.Cut),
            ("copy", QKeySequence.StandardKey.Copy),
            ("paste", QKeySequence.StandardKey.Paste),
            ("selectAll", QKeySequence.StandardKey.SelectAll),
        ):
            act = QAction(self, shortcut=QKeySequence(key))
            act.triggered.connect(lambda _checked=False, s=slot: self._edit_focused(s))
            self.edit_actions[slot] = act
        self.module_actions = []
        for i in range(self.MODULE_COUNT):
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
        self.menu_file.addAction(self.act_new_statement)
        self.menu_file.addAction(self.act_new_from_template)
        self.menu_file.addAction(self.act_templates)
        self.menu_file.addAction(self.act_recover)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_open)
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.file_import_anchor = self.menu_file.addSeparator()
        self.menu_file.addActions(
            [self.act_import, self.act_import_folder, self.act_export, self.act_print]
        )
        self.menu_file.addAction(self.act_whatsapp)
        self.menu_file.addAction(self.act_history)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for slot, act in self.edit_actions.items():
            if slot in ("cut", "selectAll"):
                self.menu_edit.addSeparator()
            self.menu_edit.addAction(act)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)
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
        self.act_new_statement.setText(self.tr("New &statement"))
        self.act_new_from_template.setText(self.tr("New statement from &template…"))
        self.act_templates.setText(self.tr("Templates and office details…"))
        self.act_recover.setText(self.tr("Recover unsaved work…"))
        self.act_open.setText(self.tr("&Open library…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_import.setText(self.tr("&Import files…"))
        self.act_import_folder.setText(self.tr("Import a &folder…"))
        self.act_export.setText(self.tr("&Export…"))
        self.act_print.setText(self.tr("&Print…"))
        self.act_whatsapp.setText(self.tr("Copy for &WhatsApp"))
        self.act_history.setText(self.tr("Statement &history…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About HumasDesk"))
        self.act_preferences.setText(self.tr("Prefere&nces…"))
        self.act_find.setText(self.tr("&Find…"))
        edit_names = {
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "selectAll": self.tr("Select &All"),
        }
        for slot, text in edit_names.items():
            self.edit_actions[slot].setText(text)
        self.nav.setAccessibleName(self.tr("Modules"))
        self.nav.setToolTip(self.tr("Switch module: Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4"))
        self.language_actions["id"].setText("Bahasa Indonesia")
        self.language_actions["en"].setText("English")
        names = self._module_names()
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
            self.module_actions[i].setText(name)
            if i in self._built:
                self._name_module(i)
        # Wide enough for the longest module name at any font size.
        widest = max(self.nav.fontMetrics().horizontalAdvance(n) for n in names)
        self.nav.setFixedWidth(max(210, widest + self.nav.iconSize().width() + 40))
        for module in self.modules:
            retranslate = getattr(module, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self.banner.retranslate()
        self.update_status()
        self._name_controls()

    def _name_controls(self) -> None:
        """Names the controls a screen reader would find silent (see ui.accessibility), once
        the window has first been drawn: asking Qt's accessibility layer about every control
        costs the first paint 20 ms, and nobody can reach a control before it is drawn."""
        if not self._painted:
            return  # paintEvent names them
        from humasdesk.ui import accessibility

        accessibility.name_unlabelled(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._first_paint_done)  # once this first paint is over

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Runs `callback` once the window has first been drawn (at once if it has been)."""
        if self._painted:
            callback()
        else:
            self._after_paint.append(callback)

    def _first_paint_done(self) -> None:
        self._name_controls()
        self._count_if_stale()
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            callback()

    def _module_names(self) -> list[str]:
        return [
            self.tr("Press statements"),
            self.tr("Quote library"),
            self.tr("RESIST cases"),
            self.tr("Crisis desk"),
        ]

    def _name_module(self, index: int) -> None:
        table = getattr(self._built[index], "table", None)
        if table is not None:
            name = self._module_names()[index]
            table.setAccessibleName(self.tr("{module}: list").format(module=name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.lib.closed:
            self.retranslate()
        leaving = event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
        if leaving and not self.lib.closed:
            self.statements_view.flush()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switches the interface language at once, and remembers it."""
        self.prefs.language = translate.install(code)
        self._save_prefs()
        self.retranslate()
        self.language_actions[self.prefs.language].setChecked(True)

    # ----- library
    def update_status(self) -> None:
        """The title now, and the record counts once a background count has them: counting
        a million quotes takes a moment the window need not wait for."""
        self.setWindowTitle(f"{self.lib.path.stem} – HumasDesk")
        self._show_counts()
        self._counts_stale = True
        if self._painted:  # else the first paint starts the count (the window shows first)
            self._count_if_stale()

    def _count_if_stale(self) -> None:
        if self._counts_stale and self._counting is None and not self.lib.closed:
            self._count()

    def _count(self) -> None:
        self._counts_stale = False
        if self.lib.encrypted:  # see store.db.count_records
            try:
                self._counts = self.lib.counts()
            except UserError:
                self._counts = None
            self._show_counts()
            return
        path = self.lib.path
        job = Job(lambda _progress, _cancelled: count_records(path))
        counted = _weak(self._counted)  # a window closed mid-count is let go at once
        job.signals.finished.connect(lambda counts, p=path: counted(p, counts))
        job.signals.failed.connect(lambda _exc, p=path: counted(p, None))
        self._counting = self._count_jobs.start(job)

    def _counted(self, path: Path, counts: dict[str, int] | None) -> None:
        self._counting = None
        if counts is not None and path == self.lib.path:
            self._counts = counts
            self._show_counts()
        self._count_if_stale()

    def _show_counts(self) -> None:
        if self._counts is None:
            self.status_label.setText(self.lib.path.name)
            return
        self.status_label.setText(
            self.tr("{name} · {statements} statements · {quotes} quotes · {cases} cases").format(
                name=self.lib.path.name, **self._counts
            )
        )

    def settle(self, msecs: int = 10_000) -> None:
        """Waits for the status counts (for screenshots and tests), counting now if the
        window has not been drawn yet."""
        self._count_if_stale()
        deadline = QDeadlineTimer(msecs)
        while self._counting is not None and not deadline.hasExpired():
            self._count_jobs.wait(50)
            QApplication.processEvents()

    def refresh(self) -> None:
        for module in self.modules:
            refresh = getattr(module, "refresh", None)
            if refresh is not None:
                refresh()
        self.update_status()

    # ----- the search index
    def update_search_index(self) -> None:
        """Brings the library's search index up to date in the background: a new or damaged
        one is rebuilt with a progress bar in the status bar (searches meanwhile go through
        the library's own full-text tables), an encrypted library's is built in memory."""
        if self.lib.closed:
            return
        if self._indexing is not None:
            self._index_again = True  # more changes came: once more when this one ends
            return
        self._index_again = False
        lib = self.lib
        first, self._stems_loaded = not self._stems_loaded, True

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> None:
            with lib.reopen() as own:  # this thread's own connection
                search_index.bring_up_to_date(
                    own, lambda done, total: progress(done, total, ""), cancelled
                )
                if first:  # the passages shown for hits stem their words: known ones are
                    stems.load(own)  # looked up, not worked out while the user types

        job = Job(work, allocates=True)
        job.signals.progress.connect(_weak(self._index_progress))
        done = _weak(self._index_done)
        job.signals.finished.connect(lambda _result: done(True))
        job.signals.failed.connect(lambda exc: done(exc))
        self._indexing = self._index_jobs.start(job)

    def _index_progress(self, done: int, total: int, _what: str) -> None:
        if done >= total:
            self.index_progress.hide()
            return
        self.index_progress.setRange(0, max(total, 1))
        self.index_progress.setValue(done)
        self.index_progress.setFormat(self.tr("Building the search index… %p%"))
        self.index_progress.show()

    def _index_done(self, outcome: object) -> None:
        self._indexing = None
        self.index_progress.hide()
        if outcome is not True and not isinstance(outcome, search_index.Cancelled):
            # Searches go on through the full-text tables; the next one tries again.
            log.warning("search index not brought up to date: %r", outcome)
            return
        if self.lib.closed or outcome is not True:
            return
        for page in self.modules:
            refresh = getattr(page, "refresh_search", None)
            if refresh is not None:
                refresh()
        if self._index_again:
            self.update_search_index()

    def stop_indexing(self) -> None:
        """Stops a rebuild (it resumes at the next open) and waits for the index's job."""
        if self._indexing is not None:
            self._indexing.cancel()
        self._index_jobs.wait(30_000)
        self._indexing = None

    def _after_library_opened(self) -> None:
        before = list(self.prefs.recent_libraries)
        self.prefs.remember_library(self.lib.path)
        if self.prefs.recent_libraries != before:  # usually the same library as last time
            self._save_prefs()
        self.banner.setVisible(self.lib.is_empty())
        self.after_first_paint(_weak(self.update_search_index))  # the window shows first

    def add_sample_data(self) -> None:
        from humasdesk.store import sample

        try:
            sample.install(self.lib)
        except UserError as exc:
            show_error(self, exc)
            return
        self.banner.hide()
        self.refresh()
        self.statusBar().showMessage(self.tr("Sample data added."), 5000)

    def switch_library(self, path: Path, opened: Library | None = None) -> None:
        """Shows another library (`opened`, or opened now with the usual questions)."""
        from humasdesk.ui.app import open_interactively

        new_lib = opened or open_interactively(path, self)
        if new_lib is None:
            return
        if not self.statements_view.maybe_close():
            if new_lib is not self.lib:
                new_lib.close()
            return
        if 2 in self._built:
            self.cases_view.close_wizards()
        self.finish_list_loads()
        if new_lib is not self.lib:
            self.lib.close()
        self.lib = new_lib
        self._stems_loaded = False
        self._counts = None
        current = max(self.nav.currentRow(), 0)
        self._build_modules()
        self.retranslate()
        self.module(current)
        self.nav.setCurrentRow(current)
        self.stack.setCurrentIndex(current)
        self._after_library_opened()
        self.library_changed.emit()

    def new_library(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New library"), str(self.lib.path.parent), LIBRARY_FILTER
        )
        if path:
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(".humasdesk")
            self.switch_library(target)

    def open_library_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open library"), str(self.lib.path.parent), LIBRARY_FILTER
        )
        if path:
            self.switch_library(Path(path))

    # ----- import and export
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from humasdesk.ui.import_dialog import dropped_paths

        if event.mimeData().hasUrls() and dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from humasdesk.ui.import_dialog import dropped_paths

        paths = dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def import_files(self) -> None:
        from humasdesk.ui.import_dialog import choose_files

        paths = choose_files(self)
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        from humasdesk.ui.import_dialog import choose_folder

        paths = choose_folder(self)
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[str]) -> ImportDialog:
        """Imports in the background; the dialog shows progress, then the summary."""
        from humasdesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.jobs, self.lib, paths, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.imported.connect(lambda _report: self.update_search_index())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def selected_statement_ids(self) -> list[str]:
        table = self.statements_view.table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        return [str(self.statements_view.model.record(row)["id"]) for row in rows]

    def _need_selection(self) -> list[str]:
        ids = self.selected_statement_ids()
        if not ids:
            self.show_module(0)
            self.statusBar().showMessage(self.tr("Select a statement in the list first."), 6000)
        return ids

    def export_selected(self) -> None:
        """The statement in the editor (as typed), else the ones selected in the list."""
        from humasdesk.ui.export_dialog import ExportDialog

        if self.statements_view.editing():
            items: list[Any] = [self.statements_view.editor.statement()]
        else:
            items = self._need_selection()
        if items:
            dialog = ExportDialog(self.lib, items, self, self.prefs)
            dialog.exec()
            dialog.deleteLater()
            self._save_prefs()  # the format and folder, for the next export

    def print_selected(self) -> None:
        """The statement in the editor (as typed), else the one selected in the list."""
        from humasdesk.ui.print_preview import preview_dialog
        from humasdesk.ui.statement_editor import confirm_embargoed_export

        if self.statements_view.editing():
            self.statements_view.editor.print_preview()
            return
        ids = self._need_selection()
        if ids:
            st = statements.get(self.lib, ids[0])
            if confirm_embargoed_export(self, self.lib, st, "print"):
                try:
                    dialog = preview_dialog(self.lib, st, self)
                except UserError as exc:  # too long to lay out as pages
                    show_error(self, exc)
                    return
                dialog.exec()

    def copy_for_whatsapp(self) -> None:
        """The statement in the editor (as typed), else the one selected in the list."""
        from humasdesk.ui.export_dialog import copy_for_whatsapp, whatsapp_done_message
        from humasdesk.ui.statement_editor import confirm_embargoed_export

        if self.statements_view.editing():
            self.statements_view.editor.copy_for_whatsapp()
            return
        ids = self._need_selection()
        if ids:
            st = statements.get(self.lib, ids[0])
            if confirm_embargoed_export(self, self.lib, st, "whatsapp"):
                copy_for_whatsapp(self.lib, st)
                self.statusBar().showMessage(whatsapp_done_message(), 6000)

    def show_history(self) -> None:
        """The revisions of the statement in the editor, else of the one selected."""
        view = self.statements_view
        if view.editing():
            statement_id = view.editor.base.id
            if not statement_id:
                self.statusBar().showMessage(
                    self.tr("Save the statement first: its history starts with that save."),
                    6000,
                )
                return
        else:
            ids = self._need_selection()
            if not ids:
                return
            statement_id = ids[0]
        view.show_history(statement_id)

    def backup_now(self) -> None:
        from humasdesk.store import maintenance

        try:
            written = maintenance.backup(self.lib)
        except UserError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=written), 8000)

    def show_about(self) -> None:
        from humasdesk.ui.about import AboutDialog

        dialog = AboutDialog(self, library=str(self.lib.path))
        dialog.exec()
        dialog.deleteLater()

    def show_preferences(self) -> None:
        from humasdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.lib, self.prefs.language, self)
        accepted = dialog.exec()
        if accepted and dialog.chosen_language != self.prefs.language:
            self.set_language(dialog.chosen_language)
        elif accepted:
            self.retranslate()  # the lists show embargo times in the office's zone
        dialog.deleteLater()
        if accepted:
            self.statusBar().showMessage(self.tr("Preferences saved."), 5000)

    def _edit_focused(self, slot: str) -> None:
        """Undo, copy, paste… in the field that has the focus, when it can."""
        widget = QApplication.focusWidget()
        action = getattr(widget, slot, None)
        if callable(action):
            action()

    # ----- window state
    def _restore_geometry(self) -> None:
        if self.prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.prefs.window_geometry.encode()))
        else:
            # Within the screen less its taskbar and the title bar (a 1366x768 laptop has
            # about 1366x700 for the window).
            room = self.screen().availableGeometry()
            self.resize(min(1180, room.width()), min(760, room.height() - TITLE_BAR))

    def quit_app(self) -> None:
        """File > Quit (Ctrl+Q): the window closes after the usual questions, and the app
        ends with it, whatever other window of it is still open."""
        if self.close():
            QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lib.closed and not self.statements_view.maybe_close():
            event.ignore()
            return
        if 2 in self._built:
            self.cases_view.close_wizards()
        # A dialog left open beside the window (an import's summary) would keep the app
        # running with no window: it closes with the window.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
        self.finish_jobs()
        self.prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self._save_prefs()
        super().closeEvent(event)

    def finish_jobs(self) -> None:
        """Cancels an import (it stops between files; what it imported stays whole) and waits
        for the background jobs, so none outlives the window or its library."""
        for job in list(self.jobs._running):
            job.cancel()
        self.jobs.wait(30_000)
        self._count_jobs.wait(30_000)
        self.stop_indexing()
        self.finish_list_loads()

    def finish_list_loads(self) -> None:
        """Waits for the lists loading their rest in the background (each through its own
        connection): before the library is closed, restored or switched, none is left open."""
        self.stop_indexing()  # its connection too
        for model in self.findChildren(LazyTableModel):
            model.wait_for_load()
        for searches in self.findChildren(BackgroundSearch):
            searches.wait()

    def _save_prefs(self) -> None:
        if self.persist:
            prefs.save(self.prefs)
