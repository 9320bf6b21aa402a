"""Screenshots of the key manager: English, 简体中文 and 繁體中文, light and dark, and scale 2.

``.venv/bin/python docs/screenshots/make_manager_screenshots.py`` runs two passes, each under its
own Xvfb (``xvfb-run``, Debian package ``xvfb``; Chinese needs ``fonts-wqy-microhei``):

* ``--run normal``: on a 1920×1080 screen, every language light and dark →
  ``docs/screenshots/manager/<lang>-<light|dark>.png``;
* ``--run scale2``: English and 简体中文 with ``QT_SCALE_FACTOR=2`` on a 1600×1000 screen →
  ``docs/screenshots/manager/<lang>-scale2.png`` (device pixels: what the user sees).

Each pass starts the local OKX simulator, saves a few of its fake keys in an in-memory keyring,
checks them all and shoots the window at the size it opens at (its default, fitted to the
screen). Dark mode is Fusion with a dark palette, as a desktop in dark mode hands the app.
Nothing touches the real keychain; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.app import create_application  # noqa: E402
from gui.connections.environment import AppEnvironment, OkxTarget  # noqa: E402
from gui.i18n import Translations  # noqa: E402
from gui.manager.services import ManagerServices  # noqa: E402
from gui.manager.settings import AppSettings  # noqa: E402
from gui.manager.window import ManagerWindow, Page  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.vault.keychain import KeychainStore  # noqa: E402
from gui.vault.memory import MemoryKeyring  # noqa: E402
from gui.vault.model import Facts  # noqa: E402

OUT = Path(__file__).resolve().parent / "manager"
PASSES = {
    # name: (screen, extra environment)
    "normal": ("1920x1080", {}),
    "scale2": ("1600x1000", {"QT_SCALE_FACTOR": "2"}),
}
KEYS = (
    ("healthy", "Main account", 20),
    ("demo", "Paper trading", 200),
    ("withdraw", "Old bot", 400),
    ("eea", "EEA desk", 30),
    ("other-mode", "Hedge bot", 95),
)


def wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.01)


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(path.relative_to(ROOT))


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2a2a2a"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#e6e6e6"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff5252"),
        (role.Link, "#64b5f6"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#8a8a8a"),
    ):
        palette.setColor(r, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    return palette


def shoot_language(
    language: str, sim: Simulator, tmp: Path, light: QPalette, palettes: dict[str, QPalette]
) -> None:
    translations = Translations()
    translations.set_language(language)
    store = KeychainStore(tmp / language, MemoryKeyring(), service="okx-km-screenshots")
    today = date.today()
    for name, label, age in KEYS:
        key = sim.key(name)
        store.add(
            label,
            key.region,
            key.environment,
            key.credentials,
            Facts(key_created_on=today - timedelta(days=age)),
        )
    settings = AppSettings(QSettings(str(tmp / f"{language}.ini"), QSettings.Format.IniFormat))
    env = AppEnvironment(
        OkxTarget(sim.base_urls, timeout=5.0),
        lambda: store,
        simulator=True,
        data_dir=tmp / f"{language}-data",
    )
    services = ManagerServices(settings, translations)
    window = ManagerWindow(services, env=env)
    window.show()
    window.start()
    wait(lambda: window.page is Page.LIST)
    window.check_all()
    wait(lambda: not window.checking())
    window.content.select(
        next(r.connection.id for r in window.content.model.rows if r.connection.label == KEYS[0][1])
    )
    print(f"{language}: window {window.width()}x{window.height()} (logical)")
    for palette_name, palette in palettes.items():
        QApplication.setPalette(palette)
        shoot(window, OUT / f"{language}-{palette_name}.png")
    QApplication.setPalette(light)
    window.close()
    translations.set_language("en")
    settle()


def run_pass(name: str) -> int:
    app = create_application()
    app.setStyle("Fusion")
    light = app.style().standardPalette()
    app.setPalette(light)
    screen = QApplication.primaryScreen()
    print(f"{name}: screen {screen.size().width()}x{screen.size().height()} (logical)")
    if name == "scale2":
        languages = ("en", "zh_CN")
        palettes = {"scale2": light}
    else:
        languages = ("en", "zh_CN", "zh_TW")
        palettes = {"light": light, "dark": dark_palette()}
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        for language in languages:
            shoot_language(language, sim, Path(tmp), light, palettes)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", choices=sorted(PASSES), help="one pass, on the current display")
    args = parser.parse_args()
    if args.run:
        return run_pass(args.run)
    for name, (screen, extra) in PASSES.items():
        env = dict(os.environ) | extra
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24"]
        command += [sys.executable, __file__, "--run", name]
        subprocess.run(command, env=env, check=True)  # noqa: S603 - our own script
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
