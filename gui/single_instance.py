"""One window per user: a second launch brings the running window to the front and quits.

Two windows on the same store would each hold their own session, lock and check queue. The first
launch listens on a local socket (``QLocalServer``: a Unix socket, a named pipe on Windows)
named for the user and the data folder the app uses; a later launch that can connect asks it to
show itself and exits. Keying on the data folder keeps a second profile (another
``XDG_DATA_HOME``) or a test run apart from the user's open window: each is answered only by a
copy of the app that uses the same folder. The real app and ``--simulator`` runs use different
names (a simulator run keeps nothing).
"""

from __future__ import annotations

import getpass
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui import __app_id__

if TYPE_CHECKING:  # QtNetwork loads when a server is claimed or asked, not at import
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGE = b"show\n"
CONNECT_MS = 300
QT_TEMP = "/tmp"  # noqa: S108 - where Qt puts a server's socket without $TMPDIR; only looked at


def server_name(data_dir: Path, simulator: bool = False) -> str:
    """The socket's name: the app, the user and the data folder (hashed: a name may hold any
    character, and a Unix socket's path is short)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known (some containers)
        user = "?"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    digest = _sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{__app_id__}{'-simulator' if simulator else ''}-{digest}"


def _sha256(data: bytes) -> Any:
    """SHA-256 from Python's own module when it has one: ``hashlib`` loads OpenSSL (~3 ms
    before the first frame, which needs no other hash). The same digest either way."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]  # 3.12+
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def may_be_running(name: str) -> bool:
    """Whether an instance may listen on ``name``, known without loading QtNetwork (~10 ms
    with its enums, before the window's first paint): on Unix a listening ``QLocalServer``
    has its socket file in ``QDir::tempPath()`` (``$TMPDIR`` or ``/tmp``), so no file means
    no instance. A file may be a crash's leftover: :meth:`SingleInstance.claim` decides.
    Elsewhere (named pipes) always True."""
    if os.name != "posix":
        return True
    folder = os.path.normpath(os.environ.get("TMPDIR") or QT_TEMP)
    return os.path.lexists(os.path.join(folder, name))


def _tell_running(name: str) -> bool:
    """Asks a running instance to show itself; False when none answers."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The running instance's server: ``activated`` when a later launch asks to be shown."""

    activated = Signal()

    def __init__(self, server: QLocalServer) -> None:
        super().__init__()
        self.server = server
        server.setParent(self)
        server.newConnection.connect(self._connection)

    @classmethod
    def claim(cls, name: str) -> SingleInstance | None:
        """This launch's server, or None when another instance runs (it has been told to
        show itself: this launch should quit)."""
        from PySide6.QtNetwork import QLocalServer

        if _tell_running(name):
            return None
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if _tell_running(name):  # another launch won the race
                return None
            QLocalServer.removeServer(name)  # left behind by a crash: nobody listens
            if not server.listen(name):
                log.warning("single instance: cannot listen (%s)", server.errorString())
        return cls(server)

    def _connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            # A child of the server, gone with it; one small object per later launch.
            socket.readyRead.connect(self._ready)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.activated.emit()

    def close(self) -> None:
        self.server.close()
