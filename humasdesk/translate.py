"""Loads the interface language for the CLI and the window: our `.qm` catalogue and Qt's own.

Source strings are English; Indonesian is the default language and comes from
`humasdesk/i18n/humasdesk_id.qm`, compiled from `resources/translations/humasdesk_id.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from humasdesk.paths import translations_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def install(language: str) -> str:
    """Makes `language` the one QCoreApplication.translate answers in; returns it."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"humasdesk_{language}", None)):
        translator = QTranslator(app)
        where = folder if folder is not None else str(translations_dir())
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia if language == "id" else QLocale.Country.UnitedKingdom,
        )
    )
    _current[0] = language
    return language


def current() -> str:
    """The language last installed (the interface's, or the CLI's --lang)."""
    return _current[0]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: Exception) -> str:
    """A core `UserError` rendered in the installed language."""
    from humasdesk.core.errors import UserError

    if isinstance(exc, UserError):
        return exc.render(QCoreApplication.translate)
    return str(exc)
