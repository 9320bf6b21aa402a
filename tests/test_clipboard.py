"""Secrets copied with don't-record hints and cleared only while still ours."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.clipboard import KDE_HINT, WINDOWS_EXCLUDE, SecretClipboard

SECRET = "Xy7!secret-passphrase"


def test_copy_sets_text_and_hints(qtbot: QtBot) -> None:
    clip = SecretClipboard()
    clip.copy_secret(SECRET)
    board = QGuiApplication.clipboard()
    assert board.text() == SECRET
    mime = board.mimeData()
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert mime.hasFormat(WINDOWS_EXCLUDE)
    assert clip.clear_after_ms == 30_000
    clip.clear_if_ours()
    assert board.text() == ""


def test_cleared_after_the_delay(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=20)
    with qtbot.waitSignal(clip.cleared, timeout=2000):
        clip.copy_secret(SECRET)
    assert QGuiApplication.clipboard().text() == ""


def test_something_copied_since_is_kept(qtbot: QtBot) -> None:
    clip = SecretClipboard(clear_after_ms=60_000)
    clip.copy_secret(SECRET)
    QGuiApplication.clipboard().setText("the user's own text")
    with qtbot.assertNotEmitted(clip.cleared):
        clip.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_the_secret_itself_is_not_kept(qtbot: QtBot) -> None:
    clip = SecretClipboard()
    clip.copy_secret(SECRET)
    assert all(SECRET not in repr(v) for v in vars(clip).values())
    clip.clear_if_ours()


def test_cleared_when_the_app_quits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    clip = SecretClipboard(clear_after_ms=60_000)
    clip.copy_secret(SECRET)
    app = QCoreApplication.instance()
    assert app is not None
    with qtbot.waitSignal(clip.cleared, timeout=1000):
        app.aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
