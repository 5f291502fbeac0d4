"""Asking for an encrypted library's passphrase, and choosing a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from humasdesk.store import encryption


class PassphraseDialog(QDialog):
    """ "This library is encrypted": one field, an optional "remember", and a retry message."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted library"))
        self.intro = QLabel(
            self.tr(
                "The library <b>{name}</b> is encrypted. Enter its passphrase to open it."
            ).replace("{name}", path.name)
        )
        self.intro.setWordWrap(True)
        self.problem = QLabel(self.tr("That passphrase is not right. Try again."))
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.setVisible(wrong)
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.remember.setObjectName("rememberPassphrase")
        if not encryption.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring to keep it in."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.field.text()


class NewPassphraseDialog(QDialog):
    """Choosing a passphrase (to encrypt a library, or to change it), typed twice."""

    def __init__(self, parent: QWidget | None = None, *, changing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(
            self.tr("Change passphrase") if changing else self.tr("Encrypt library")
        )
        intro = QLabel(
            self.tr(
                "Choose a new passphrase. The library and its backups are re-encrypted with it."
            )
            if changing
            else self.tr(
                "Encryption protects the library if this computer is lost or shared. Without the "
                "passphrase nobody, not even your IT staff, can open it again: keep it safe."
            )
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        self.remember.setEnabled(encryption.keyring_available())
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase") if changing else self.tr("Encrypt")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._validate)
        self.second.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(480)

    def _validate(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = ""
        if len(first) < encryption.MIN_PASSPHRASE:
            problem = self.tr("At least {n} characters.").replace(
                "{n}", str(encryption.MIN_PASSPHRASE)
            )
        elif first != second:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def passphrase(self) -> str:
        return self.first.text()
