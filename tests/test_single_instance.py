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

from gui.single_instance import SingleInstance, may_be_running, server_name

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


def test_the_name_is_per_data_folder_and_apart_for_the_simulator(tmp_path: Path) -> None:
    one, other = tmp_path / "one", tmp_path / "other"
    assert server_name(one) != server_name(one, simulator=True)
    assert server_name(one) == server_name(one)
    assert server_name(one) == server_name(tmp_path / "x" / ".." / "one")  # the same folder
    assert server_name(one) != server_name(other)  # a second profile or a test run
    assert server_name(one).startswith("okx-key-manager-")


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


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file")
def test_an_instance_is_known_absent_without_qtnetwork(qtbot: QtBot) -> None:
    # The window skips QtNetwork before its first paint when no socket file exists; it claims
    # the name after it (gui/app.py)
    name = f"okx-km-test-{uuid.uuid4().hex[:8]}"
    assert not may_be_running(name)
    instance = SingleInstance.claim(name)
    assert instance is not None
    try:
        assert (Path(QDir.tempPath()) / name).exists() and may_be_running(name)
    finally:
        instance.close()
    assert not may_be_running(name)


RACE = (
    "import gui.single_instance\n"
    "gui.single_instance.may_be_running = lambda name: False  # started at the same moment\n"
    "from gui.app import run\n"
    "raise SystemExit(run(simulator=True))\n"
)


@pytest.mark.slow
def test_of_two_launches_at_once_the_later_window_gives_way(qtbot: QtBot, tmp_path: Path) -> None:
    # Both saw no instance before painting; the one that claims the name second asks the
    # other to show itself and quits
    env = {**ENV, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    first = SingleInstance.claim(server_name(tmp_path / "data" / "okx-key-manager", True))
    assert first is not None
    try:
        with qtbot.waitSignal(first.activated, timeout=30_000):
            second = subprocess.Popen([sys.executable, "-c", RACE], cwd=ROOT, env=env)
        assert second.wait(timeout=30) == 0
    finally:
        first.close()


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


@pytest.mark.slow
def test_the_real_app_raises_its_window_on_a_second_launch(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    data_dir = tmp_path / "data" / "okx-key-manager"
    env = {
        **ENV,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    first = subprocess.Popen(
        [sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    try:
        probe = QLocalSocket()

        def listening() -> bool:  # a bare connection, no message: nothing is raised
            probe.connectToServer(server_name(data_dir, simulator=True))
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


def test_an_app_on_another_data_folder_is_not_answered_by_a_running_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """What ``make test`` needs while the user's app is open: a copy of the app on its own data
    folder starts its own window instead of asking the running one to come forward."""
    users_window = SingleInstance.claim(server_name(tmp_path / "users-data"))
    assert users_window is not None
    try:
        assert claim_in_another_process(server_name(tmp_path / "test-data")) == "first"
        assert claim_in_another_process(server_name(tmp_path / "users-data")) == "second"
    finally:
        users_window.close()


def test_the_test_run_has_its_own_folders() -> None:
    """tests/conftest.py points every child at the run's own folders, before modules load."""
    import tempfile

    for name in ("TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        assert "/okxkm-" in ENV[name], name
    assert "/okxkm-" in tempfile.gettempdir()
    assert "/okxkm-" in QDir.tempPath()
