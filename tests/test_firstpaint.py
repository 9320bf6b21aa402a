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
    marker, value, *shows = result.stdout.split()
    assert marker == MARKER
    assert shows == ["rows=0", "balances=0"]  # the simulator's store is empty: no list
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
        "import gui.app, gui.firstpaint, gui.i18n, gui.single_instance\n"
        "heavy = ['requests', 'keyring', 'cryptography', 'gui.connections', 'gui.wizard',\n"
        "         'gui.okx.check', 'gui.okx.simulator', 'gui.vault.store', 'PySide6.QtNetwork',\n"
        "         'hashlib', 'platformdirs']\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


#: Run in a fresh process: saves three connections (an in-memory keyring, the index and the
#: balance cache in the data folder of ``XDG_DATA_HOME``), shows the app's window as
#: ``gui.app.run`` makes it and prints, at its first paint, what that frame shows (the page, the
#: rows with their statuses, the selected row's cached total) and the heavy modules loaded so far.
_FIRST_PAINT_PROBE = """
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from PySide6.QtCore import QSettings
from gui.app import create_application, create_window
from gui.connections.cache import FILE_NAME, BalanceCache, Snapshot
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import CheckStatus, CheckSummary, Facts
from gui.vault.store import default_data_dir

folder = default_data_dir()
store = KeychainStore(folder, MemoryKeyring(), service="okx-km-test")
at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
snapshots = {}
for n, label in enumerate(("Gamma", "Alpha", "Beta")):
    summary = CheckSummary(at=at, status=CheckStatus.CONNECTED, message="Connected")
    key = Credentials(f"{n:08x}-5a1e-4c3b-9d2f-{n:012x}", f"{n:032X}", "Pass-word-1#")
    connection = store.add(label, Region.GLOBAL, Environment.LIVE, key, Facts(last_check=summary))
    snapshots[connection.id] = Snapshot(at, Decimal(1234 + n), (), ())
BalanceCache(folder / FILE_NAME).put_many(snapshots)
for name in list(sys.modules):  # what the fixture loaded does not count
    if name.startswith(("keyring", "cryptography", "gui.vault.keychain", "gui.vault.memory")):
        del sys.modules[name]

import gui.connections.cache as cache
parsed = []
real_parse = cache.snapshot_from_json
cache.snapshot_from_json = lambda value: parsed.append(value) or real_parse(value)

app = create_application()
window = create_window(QSettings(sys.argv[1], QSettings.Format.IniFormat))
heavy = ["requests", "keyring", "cryptography", "gui.wizard.dialog", "gui.okx.check",
         "gui.okx.client", "gui.connections.checkall", "gui.connections.stores",
         "gui.vault.keychain", "gui.vault.filevault"]
def painted():
    content = window.content
    rows = [content.model.index(r, 0).data() for r in range(content.model.rowCount())]
    statuses = {content.model.rows[r].diagnosis.status.name for r in range(len(rows))}
    print(window.page.name, *rows, *sorted(statuses))
    print(content.details.total_label.text(), f"parsed={len(parsed)}")
    print(*[name for name in heavy if name in sys.modules])
    app.quit()
window.first_painted.connect(painted)
window.show()
app.exec()
"""


def test_the_first_frame_shows_the_stored_list_and_nothing_heavy_is_loaded(tmp_path: Path) -> None:
    # The list with its last statuses and the selected row's cached balances are in the first
    # frame (read from the non-secret index and cache); the keychain, the OKX client and the
    # wizard load after it (benchmarks/startup.py).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    page, total, heavy = result.stdout.splitlines()
    assert page == "LIST Alpha Beta Gamma CONNECTED"
    assert "1,235" in total  # Alpha's cached total equity, 1235 USD
    assert total.endswith(" parsed=1")  # only the selected row's snapshot was parsed for it
    assert heavy == ""


def test_a_vault_file_shows_no_stored_list_before_it_is_unlocked(tmp_path: Path) -> None:
    from gui.connections.session import stored_listing
    from gui.vault.index import FILE_NAME as INDEX_FILE
    from gui.vault.store import VAULT_FILE_NAME

    assert stored_listing(tmp_path, True) is None  # nothing saved
    (tmp_path / INDEX_FILE).write_text("{not json")
    assert stored_listing(tmp_path, True) is None  # unreadable: opening the store says why
    (tmp_path / VAULT_FILE_NAME).write_bytes(b"sealed")
    assert stored_listing(tmp_path, True) is None


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


_GC_PROBE = """
import gc, sys
import gui.app
from gui.manager.window import ManagerWindow
made = gui.app.create_window
def create_window(*args, **kwargs):
    print("building", gc.isenabled(), flush=True)
    return made(*args, **kwargs)
gui.app.create_window = create_window
def start(self):
    print("after the first paint", gc.isenabled(), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()
ManagerWindow.start = start
gui.app.run(simulator=True)
print("after the app", gc.isenabled(), flush=True)
"""


def test_no_garbage_collection_until_the_first_paint(tmp_path: Path) -> None:
    # Start-up's allocations set off collections worth ~4-9 ms before the first paint: the
    # collector is off until it (and back on right after, or after 3 s unpainted)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),  # its own: no other copy of the app answers for it
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _GC_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "building False",
        "after the first paint True",
        "after the app True",
    ]
