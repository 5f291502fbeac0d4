"""Loads the interface language for the CLI and the window: our `.qm` catalogue and Qt's own.

Source strings are English; Indonesian is the default language and comes from
`humasdesk/i18n/humasdesk_id.qm`, compiled from `resources/translations/humasdesk_id.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from humasdesk.paths import translations_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def current() -> str:
    """The language last installed ("id" before any): what dates and numbers follow."""
    return _current[0]


def catalogues(language: str) -> list[tuple[str, str]]:
    """(name, folder) of every catalogue for `language`, in install order.

    Qt's own strings (dialog buttons, context menus) come first: Qt's qtbase_<lang> when Qt
    ships one, else ours (`resources/translations/qtbase_id.ts`, since Qt has no Indonesian).
    """
    ours = str(translations_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [
        (f"qtbase_{language}", qt_dir),
        (f"qtbase_{language}", ours),
        (f"humasdesk_{language}", ours),
    ]


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
    has_qtbase = False
    for name, folder in catalogues(language):
        if name.startswith("qtbase_") and has_qtbase:
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            has_qtbase = has_qtbase or name.startswith("qtbase_")
    _current[0] = language
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia if language == "id" else QLocale.Country.UnitedKingdom,
        )
    )
    # Widgets keep the locale they were made with until told: date fields would go on
    # writing "8 Des" in English. The application passes this on to every window.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LocaleChange))
    return language


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def problem_text(problem: str) -> str:
    """A problem a check found (core.problems), in the installed language."""
    from humasdesk.core import problems

    return str(problems.render(problem, QCoreApplication.translate))


def error_text(exc: Exception) -> str:
    """A core `UserError` rendered in the installed language."""
    from humasdesk.core.errors import UserError

    if isinstance(exc, UserError):
        return exc.render(QCoreApplication.translate)
    return str(exc)
