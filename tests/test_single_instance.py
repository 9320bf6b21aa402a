"""A second launch brings the running window to the front instead of opening another."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from gui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
CLAIM = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from gui.single_instance import SingleInstance\n"
    "app = QCoreApplication([])\n"
    "print('second' if SingleInstance.claim(sys.argv[1]) is None else 'first', flush=True)\n"
)


def claim_in_another_process(name: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", CLAIM, name], capture_output=True, text=True, timeout=30, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_name_is_per_user_and_apart_for_the_simulator() -> None:
    assert server_name() != server_name(simulator=True)
    assert server_name() == server_name()
    assert server_name().startswith("okx-key-manager-")


def test_a_second_launch_asks_the_first_to_show_itself(qtbot: QtBot) -> None:
    name = f"okx-km-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance.claim(name)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activated, timeout=10_000):
            assert claim_in_another_process(name) == "second"
    finally:
        first.close()
    assert claim_in_another_process(name) == "first"  # gone with the first


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file left by a crash")
def test_a_socket_left_by_a_crash_does_not_block_the_next_launch(qtbot: QtBot) -> None:
    name = f"okx-km-test-{uuid.uuid4().hex[:8]}"
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # bound, never listening, never removed: what a killed app leaves
    stale.close()
    assert path.exists()
    instance = SingleInstance.claim(name)
    assert instance is not None
    try:
        assert claim_in_another_process(name) == "second"
    finally:
        instance.close()


APP = (
    "from gui.manager.window import ManagerWindow\n"
    "original = ManagerWindow.bring_to_front\n"
    "def raised(self):\n"
    "    print('RAISED', flush=True)\n"
    "    original(self)\n"
    "    from PySide6.QtWidgets import QApplication\n"
    "    QApplication.instance().quit()\n"
    "ManagerWindow.bring_to_front = raised\n"
    "from gui.app import run\n"
    "raise SystemExit(run(simulator=True))\n"
)


def test_the_real_app_raises_its_window_on_a_second_launch(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    env = {**ENV, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    first = subprocess.Popen(
        [sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    try:
        probe = QLocalSocket()

        def listening() -> bool:  # a bare connection, no message: nothing is raised
            probe.connectToServer(server_name(simulator=True))
            ok = probe.waitForConnected(100)
            probe.abort()
            return ok

        qtbot.waitUntil(listening, timeout=30_000)
        second = subprocess.run(
            [sys.executable, "-m", "gui", "--simulator"],
            capture_output=True, text=True, timeout=60, cwd=ROOT, env=env,
        )  # fmt: skip
        out, _ = first.communicate(timeout=30)
    finally:
        first.kill()
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""
    assert "RAISED" in out
