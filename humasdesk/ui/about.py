"""Help > About: what this HumasDesk is (versions of it and of what it runs on, for a support
call) and the licences of everything it bundles."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humasdesk import APP_NAME, __version__
from humasdesk.paths import resources_dir


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


def versions() -> list[tuple[str, str]]:
    """(component, version) of what this copy runs on; the lines a support call asks for."""
    return [
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
        (QCoreApplication.translate("about", "System"), platform.platform(terse=True)),
    ]


def licences() -> list[tuple[str, str, str]]:
    """(component, version, licence) of HumasDesk and every part it bundles."""
    return [
        (APP_NAME, __version__, "GPL-3.0-or-later"),
        ("Qt", qVersion(), "LGPL-3.0-only"),
        ("PySide6 / Shiboken6", PySide6.__version__, "LGPL-3.0-only"),
        ("Python", platform.python_version(), "PSF-2.0"),
        ("SQLite", sqlite3.sqlite_version, QCoreApplication.translate("about", "Public domain")),
        (
            QCoreApplication.translate("about", "Indonesian Hunspell dictionary (hunspell-id)"),
            "7.5.0",
            "LGPL-3.0",
        ),
        ("spylls", _version("spylls"), "MPL-2.0"),
        ("python-docx", _version("python-docx"), "MIT"),
        ("sqlite-utils", _version("sqlite-utils"), "Apache-2.0"),
        ("platformdirs", _version("platformdirs"), "MIT"),
        ("PySastrawi", _version("PySastrawi"), "MIT"),
        ("RapidFuzz", _version("rapidfuzz"), "MIT"),
        ("trafilatura", _version("trafilatura"), "Apache-2.0"),
        ("lxml", _version("lxml"), "BSD-3-Clause"),
    ]


def versions_text() -> str:
    return "\n".join(f"{name}: {version}" for name, version in versions())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, library: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.library = library
        self.icon = QLabel()
        icon = QIcon(str(resources_dir() / "icons" / "humasdesk.svg"))
        self.icon.setPixmap(icon.pixmap(72, 72))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setObjectName("aboutDetails")
        self.details.setOpenExternalLinks(False)
        self.details.setMinimumSize(520, 300)
        self.copy = QPushButton()
        self.copy.setObjectName("copyVersions")
        self.copy.clicked.connect(self.copy_versions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.summary)
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About HumasDesk"))
        self.title.setText(f"{APP_NAME} {__version__}")
        self.summary.setText(
            self.tr(
                "Press statements, a quote library and RESIST disinformation cases for "
                "government communicators, offline."
            )
        )
        self.icon.setAccessibleName(self.tr("HumasDesk logo"))
        self.details.setAccessibleName(self.tr("Versions and licences"))
        self.copy.setText(self.tr("&Copy versions"))
        rows = "".join(
            f"<tr><td>{name}</td><td>{version}</td></tr>" for name, version in versions()
        )
        parts = "".join(
            f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td></tr>"
            for name, version, licence in licences()
        )
        library = self.tr("Library: {path}").format(path=self.library) if self.library else ""
        free = self.tr(
            "HumasDesk is free software under the GNU General Public Licence, version 3 or "
            "later. It bundles these parts, each under its own licence; their texts travel "
            "with the program."
        )
        headings = (self.tr("Versions"), self.tr("Licences"))
        columns = "".join(
            f"<th align='left'>{c}</th>"
            for c in (self.tr("Part"), self.tr("Version"), self.tr("Licence"))
        )
        self.details.setHtml(
            f"<h3>{headings[0]}</h3><table cellspacing='0' cellpadding='3'>{rows}</table>"
            + (f"<p>{library}</p>" if library else "")
            + f"<h3>{headings[1]}</h3><p>{free}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{columns}</tr>{parts}</table>"
        )

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(versions_text())
        self.copy.setText(self.tr("Copied"))
