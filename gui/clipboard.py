"""Copying secrets to the clipboard the way KeePassXC does.

The copy carries hints so clipboard managers skip it (``x-kde-passwordManagerHint: secret`` for
KDE, CopyQ and GNOME extensions; ``ExcludeClipboardContentFromMonitorProcessing`` for Windows). It
is cleared after a delay and when the app quits — but only if the clipboard still holds what we
copied, so something the user copied since is never wiped. Only a hash of the secret is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_SECONDS = 30
KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"


def _digest(text: str) -> bytes:
    import hashlib  # here, not at import: the window's first frame needs no OpenSSL (~3 ms)

    return hashlib.sha256(text.encode()).digest()


def secret_mime_data(text: str) -> QMimeData:
    """The clipboard payload for a secret: the text plus the don't-record hints."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    mime.setData(WINDOWS_EXCLUDE, b"\x01\x00\x00\x00")
    return mime


class SecretClipboard(QObject):
    """Copies secrets and clears them again after ``clear_after_ms``."""

    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        clear_after_ms: int = DEFAULT_CLEAR_SECONDS * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._copied: bytes | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def set_clear_after(self, milliseconds: int) -> None:
        """How long a copied secret stays (the running countdown is not restarted)."""
        self._timer.setInterval(milliseconds)

    def copy_secret(self, text: str) -> None:
        self._clipboard.setMimeData(secret_mime_data(text))
        self._copied = _digest(text)
        self._timer.start()

    def holds_our_secret(self) -> bool:
        if self._copied is None:
            return False
        import hmac

        return hmac.compare_digest(_digest(self._clipboard.text()), self._copied)

    def clear_if_ours(self) -> None:
        """Clears the clipboard if it still holds the secret we copied."""
        self._timer.stop()
        if self.holds_our_secret():
            self._clipboard.clear()
            self.cleared.emit()
        self._copied = None
