"""Install Qt translators: backbreak's own and Qt's ``qtbase`` for standard dialogs."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Languages with a complete translation, as (locale code, the language's own name).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt_BR", "Português (Brasil)"),
    ("ja", "日本語"),
)

_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive here


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source texts (English without its plural forms)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Load translations for ``language`` (empty: the system locale); return the locale used.

    Qt then sends every window a LanguageChange event, which open windows follow.
    """
    remove_translators(app)
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    own = QTranslator()
    folder = str(files("backbreak.translations"))
    # English is the source language, but its plural forms ("1 break", "2 breaks") live in
    # backbreak_en.qm: a locale without a translation of its own (C, POSIX, en_*) gets that.
    if own.load(locale, "backbreak", "_", folder) or own.load("backbreak_en", folder):
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator()
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale.name()
