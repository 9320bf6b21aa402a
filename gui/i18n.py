"""Translations: picks the language and installs the app's and Qt's own ``QTranslator``.

The app's translations are ``resources/translations/okx_key_manager_<lang>.ts`` (sources, edited
with Qt Linguist or by hand) compiled to ``.qm`` beside them; both are committed, and
``make translations`` regenerates them (``pyside6-lupdate`` then ``pyside6-lrelease``). English is
the source language and needs no file. Switching language at run time sends every widget a
``LanguageChange`` event; pages re-set their texts in ``retranslate()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from gui.paths import translations_dir
from gui.text import Text

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = translations_dir()  # resources/translations, also in a frozen app
CATALOG = "okx_key_manager"
ENGLISH = "en"
SETTINGS_KEY = "language"
# Language code -> its name in that language (shown as is, never translated).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


def translation_file(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{CATALOG}_{language}.qm"


def language_for_locale(locale: QLocale) -> str:
    """The supported language closest to ``locale`` (English when none is)."""
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
        locale.script() == QLocale.Script.AnyScript
        and locale.territory()
        in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    )
    return "zh_TW" if traditional else "zh_CN"


class Translations:
    """Owns the installed translators; ``set_language`` swaps them."""

    def __init__(
        self, directory: Path = TRANSLATIONS_DIR, settings: QSettings | None = None
    ) -> None:
        self.directory = directory
        self.settings = settings  # where the user's choice is remembered, if anywhere
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    def restore(self) -> str:
        """Installs the language the user chose last time, else the system's."""
        saved = self.settings.value(SETTINGS_KEY) if self.settings is not None else None
        return self.set_language(saved if isinstance(saved, str) else None)

    def choose(self, language: str) -> str:
        """The user picked ``language``: install it and remember it for the next start."""
        if self.settings is not None and language in LANGUAGES:
            self.settings.setValue(SETTINGS_KEY, language)
        return self.set_language(language)

    def set_language(self, language: str | None) -> str:
        """Installs ``language`` (None: the system's); returns the language now in use."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first")
        wanted = language if language in LANGUAGES else language_for_locale(QLocale.system())
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = ENGLISH
        if wanted == ENGLISH:
            return ENGLISH
        ours = QTranslator(app)
        if not ours.load(str(translation_file(wanted, self.directory))):
            log.warning("no translation for %s in %s", wanted, self.directory)
            return ENGLISH
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        for translator in (qt_own,) if qt_own.load(f"qtbase_{wanted}", qt_dir) else ():
            app.installTranslator(translator)
            self._installed.append(translator)
        app.installTranslator(ours)
        self._installed.append(ours)
        self.language = wanted
        return wanted


def tr_text(text: Text) -> str:
    """A core :class:`~gui.text.Text` in the user's language.

    Kept out of the widget classes on purpose: ``pyside6-lupdate`` gives ``self.tr`` calls the
    wrong context when ``QCoreApplication.translate`` appears in the same function.
    """
    return text.translated(QCoreApplication.translate)
