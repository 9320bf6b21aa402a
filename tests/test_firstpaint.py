"""Start-up: work deferred until the first paint, and the first-paint probe of the benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.firstpaint import MARKER, after_first_paint


def test_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[bool] = []
    after_first_paint(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    QApplication.processEvents()
    assert calls == []  # not before the window is shown
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.update()
    window.repaint()
    QApplication.processEvents()
    assert calls == [True]


def test_callback_runs_after_the_fallback_when_nothing_is_painted(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[int] = []
    after_first_paint(window, lambda: calls.append(1), fallback_ms=20)
    qtbot.waitUntil(lambda: calls == [1])
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert calls == [1]


def test_probe_prints_the_first_paint_and_the_app_quits_by_itself() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OKX_KM_REPORT_FIRST_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--simulator"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    marker, value = result.stdout.split()
    assert marker == MARKER
    assert 0 < float(value) < 60_000


def test_without_the_probe_nothing_is_printed_at_first_paint(qtbot: QtBot) -> None:
    from gui import firstpaint

    window = QWidget()
    qtbot.addWidget(window)
    assert os.environ.get(firstpaint.ENV) != "1"
    assert firstpaint.install(window) is None


def test_the_start_path_imports_nothing_heavy_before_the_first_paint() -> None:
    # What gui.cli.main and gui.app.run import before the window is painted; the rest (store,
    # OKX client, wizard) loads after it. Each heavy import here costs the first paint time.
    code = (
        "import sys\n"
        "from gui.cli import build_parser\n"
        "build_parser(wanted=set())\n"
        "import gui.app, gui.firstpaint, gui.i18n\n"
        "heavy = ['requests', 'keyring', 'cryptography', 'gui.connections', 'gui.wizard',\n"
        "         'gui.okx.check', 'gui.okx.simulator', 'gui.vault.store']\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


#: Run in a fresh process: shows the app's window (as ``gui.app.run`` makes it) and prints, at
#: its first paint, the heavy modules loaded so far and whether ``PySide6.QtCore.Qt`` was built.
#: PySide6 creates a module's types lazily, on first use, and only then puts them in the
#: module's namespace (a builtin overload check that needs ``Qt`` puts it there too); "eager"
#: means this PySide6 does not, and the check cannot be made.
_FIRST_PAINT_PROBE = """
import sys
import PySide6.QtCore as QtCore
if "Qt" in vars(QtCore):
    print("eager")
    raise SystemExit
from PySide6.QtCore import QSettings
from gui.app import create_application, create_window
app = create_application()
window = create_window(QSettings(sys.argv[1], QSettings.Format.IniFormat))
heavy = ["requests", "keyring", "cryptography", "gui.connections", "gui.wizard", "gui.okx.check",
         "gui.vault.store", "gui.manager.prompts", "gui.manager.models", "gui.manager.details"]
def painted():
    print("Qt" in vars(QtCore), *[name for name in heavy if name in sys.modules])
    app.quit()
window.first_painted.connect(painted)
window.show()
app.exec()
"""


def test_the_window_paints_before_qt_enums_and_its_list_load(tmp_path: Path) -> None:
    # Building PySide6.QtCore.Qt (all of Qt's enums) takes ~20 ms; the bare window never does.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    if result.stdout.strip() == "eager":
        pytest.skip("this PySide6 creates its types eagerly: Qt's use cannot be observed")
    assert result.stdout.strip() == "False"


_LIST_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from gui.app import create_application, create_window
from gui.connections.session import Session, cache_for
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
app = create_application()
window = create_window(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.build_content()
store = KeychainStore(Path(sys.argv[2]), MemoryKeyring(), service="okx-km-test")
listing = Session(store, cache_for(store, Path(sys.argv[2]), True)).listing()
print(*[name for name in ("requests", "gui.okx.client", "gui.okx.check") if name in sys.modules])
window.content.show_listing(listing, set(), None)  # the list is filled: the client loads
import time
deadline = time.monotonic() + 20
while "gui.connections.checkall" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
time.sleep(0.5)
print("gui.connections.checkall" in sys.modules, "requests" in sys.modules)
"""


@pytest.mark.slow
def test_the_list_shows_before_the_okx_client_loads(tmp_path: Path) -> None:
    # The content and the listing need no OKX client: importing it (requests, ~75 ms) would
    # delay the list (benchmarks/startup.py). It loads in the background once the list is
    # filled, not on the GUI thread at the first "Check all".
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _LIST_PROBE, str(tmp_path / "settings.ini"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    assert result.stdout.splitlines() == ["", "True True"]
