"""The user's preferences and the window layout, kept in QSettings. Never a secret.

Tests pass a ``QSettings`` on an INI file in a temporary folder and read it back to prove no
secret ever lands there.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

# The same as gui.clipboard.DEFAULT_CLEAR_SECONDS and gui.connections.status.DEFAULT_ROTATION_DAYS
# (a test checks): not imported, so the first paint needs no more than Qt.
DEFAULT_CLEAR_SECONDS = 30
DEFAULT_ROTATION_DAYS = 90
DEFAULT_AUTO_LOCK_MINUTES = 10


class AppSettings:
    """Typed access to the preferences; every value has a default."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def _int(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default)
        try:
            return int(str(value))
        except ValueError:
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.qsettings.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).lower() in ("true", "1")

    @property
    def language(self) -> str | None:
        value = self.qsettings.value("language", "")
        return str(value) or None

    @language.setter
    def language(self, value: str | None) -> None:
        self.qsettings.setValue("language", value or "")

    @property
    def clipboard_clear_seconds(self) -> int:
        return max(5, self._int("clipboardClearSeconds", DEFAULT_CLEAR_SECONDS))

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, value: int) -> None:
        self.qsettings.setValue("clipboardClearSeconds", int(value))

    @property
    def rotation_days(self) -> int:
        return max(0, self._int("rotationDays", DEFAULT_ROTATION_DAYS))

    @rotation_days.setter
    def rotation_days(self, value: int) -> None:
        self.qsettings.setValue("rotationDays", int(value))

    @property
    def auto_lock_minutes(self) -> int:
        """Idle minutes before a vault file locks itself; 0 = never."""
        return max(0, self._int("autoLockMinutes", DEFAULT_AUTO_LOCK_MINUTES))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self.qsettings.setValue("autoLockMinutes", int(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        return self._bool("lockOnScreenLock", True)

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self.qsettings.setValue("lockOnScreenLock", bool(value))

    @property
    def check_on_start(self) -> bool:
        return self._bool("checkOnStart", False)

    @check_on_start.setter
    def check_on_start(self, value: bool) -> None:
        self.qsettings.setValue("checkOnStart", bool(value))

    @property
    def balance_cache(self) -> bool:
        return self._bool("balanceCache", True)

    @balance_cache.setter
    def balance_cache(self, value: bool) -> None:
        self.qsettings.setValue("balanceCache", bool(value))

    @property
    def hide_small_balances(self) -> bool:
        return self._bool("hideSmallBalances", False)

    @hide_small_balances.setter
    def hide_small_balances(self, value: bool) -> None:
        self.qsettings.setValue("hideSmallBalances", bool(value))

    def layout(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self.qsettings.sync()
