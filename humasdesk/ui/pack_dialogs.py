"""Sharing approved lines: export a pack, import one, and decide its conflicts (keep mine or
take theirs, one by one or all at once). Nothing is overwritten without that decision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humasdesk.core.errors import UserError
from humasdesk.store import packs
from humasdesk.store.db import Library
from humasdesk.ui import labels
from humasdesk.ui.errors import show_error

PACK_FILTER = "HumasDesk pack (*.humasdesk-pack *.json)"
MINE, THEIRS = "mine", "theirs"


def _value(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if field == "status":
        return labels.quote_status(str(value))
    if field == "roles" and isinstance(value, list):
        return "; ".join(str(r.get("title", "")) for r in value if isinstance(r, dict))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _field_name(field: str) -> str:
    names = {
        "text": QCoreApplication.translate("packs", "words"),
        "speaker": QCoreApplication.translate("packs", "speaker"),
        "person_id": QCoreApplication.translate("packs", "speaker record"),
        "role": QCoreApplication.translate("packs", "role"),
        "organisation": QCoreApplication.translate("packs", "organisation"),
        "date": QCoreApplication.translate("packs", "date"),
        "language": QCoreApplication.translate("packs", "language"),
        "status": QCoreApplication.translate("packs", "status"),
        "superseded_by": QCoreApplication.translate("packs", "replaced by"),
        "notes": QCoreApplication.translate("packs", "notes"),
        "tags": QCoreApplication.translate("packs", "topics"),
        "name": QCoreApplication.translate("packs", "name"),
        "short_name": QCoreApplication.translate("packs", "short name"),
        "roles": QCoreApplication.translate("packs", "roles"),
    }
    return names.get(field, field)


class PackConflictsDialog(QDialog):
    """Lists what differs between this library and the pack, for the officer to decide."""

    def __init__(self, conflicts: list[packs.Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packConflicts")
        self.conflicts = conflicts
        self.setWindowTitle(self.tr("Pack conflicts"))
        intro = QLabel(
            self.tr(
                "{count} quotes or speakers differ between your library and the pack. "
                "Choose which version to keep for each. New quotes and speakers from the pack "
                "are added either way; Cancel imports nothing."
            ).format(count=len(conflicts))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflicts), 4)
        self.table.setObjectName("conflictsTable")
        self.table.setAccessibleName(self.tr("Quotes that differ"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Yours"), self.tr("In the pack"), self.tr("Keep")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            fields = ", ".join(_field_name(k) for k in conflict.fields)
            label = conflict.label if len(conflict.label) <= 80 else conflict.label[:79] + "…"
            record = QTableWidgetItem(f"{label}\n({fields})")
            mine = "\n".join(
                f"{_field_name(k)}: {_value(k, a)}" for k, (a, _b) in conflict.fields.items()
            )
            theirs = "\n".join(
                f"{_field_name(k)}: {_value(k, b)}" for k, (_a, b) in conflict.fields.items()
            )
            for col, item in enumerate((record, QTableWidgetItem(mine), QTableWidgetItem(theirs))):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            choice = QComboBox()
            choice.addItem(self.tr("Keep mine"), MINE)
            choice.addItem(self.tr("Take theirs"), THEIRS)
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        all_mine = QPushButton(self.tr("Keep all mine"))
        all_theirs = QPushButton(self.tr("Take all theirs"))
        all_mine.clicked.connect(lambda: self.set_all(MINE))
        all_theirs.clicked.connect(lambda: self.set_all(THEIRS))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply choices"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(all_mine)
        row_buttons.addWidget(all_theirs)
        row_buttons.addStretch(1)
        row_buttons.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        self.resize(900, 480)

    def set_all(self, choice: str) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(choice))

    def take_theirs(self) -> set[str]:
        return {
            conflict.id
            for conflict, combo in zip(self.conflicts, self.choices, strict=True)
            if combo.currentData() == THEIRS
        }


def export_pack(parent: QWidget, lib: Library, path: Path | None = None) -> Path | None:
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("packs", "Export approved quotes as a pack"),
            str(lib.path.with_name(f"{lib.path.stem}.humasdesk-pack")),
            PACK_FILTER,
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        counts = packs.export(lib, path)
    except (UserError, OSError) as exc:
        show_error(parent, exc if isinstance(exc, UserError) else UserError(str(exc)))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("packs", "Pack exported"),
        QCoreApplication.translate(
            "packs", "{quotes} quotes and {people} speakers written to {path}."
        ).format(path=path, **counts),
    )
    return path


def import_pack(parent: QWidget, lib: Library, path: Path | None = None) -> bool:
    """Merges a pack; conflicts go to the officer. True when the library changed."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("packs", "Import a pack of approved quotes"),
            str(lib.path.parent),
            PACK_FILTER,
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        data = packs.read(path)
        plan = packs.plan(lib, data)
        take: set[str] = set()
        if plan.conflicts:
            dialog = PackConflictsDialog(plan.conflicts, parent)
            if not dialog.exec():
                return False
            take = dialog.take_theirs()
        merged = packs.merge(lib, data, take)
    except UserError as exc:
        show_error(parent, exc)
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("packs", "Pack imported"),
        QCoreApplication.translate(
            "packs",
            "{quotes} new quotes and {people} new speakers added; {taken} replaced by the "
            "pack's version; {kept} kept as yours; {same} already the same.",
        ).format(
            quotes=merged.quotes_added,
            people=merged.people_added,
            taken=merged.taken,
            kept=len(merged.conflicts),
            same=merged.unchanged,
        ),
    )
    return True
