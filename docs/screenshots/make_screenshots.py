"""Screenshots of every wizard page from a real window: English and 简体中文, dark, and scale 2.

``.venv/bin/python docs/screenshots/make_screenshots.py`` runs three passes, each under its own
Xvfb (``xvfb-run``, Debian package ``xvfb``; Chinese needs ``fonts-wqy-microhei``):

* ``--run light``: English and 简体中文 on a 1920×1080 screen → ``docs/screenshots/<lang>/``;
* ``--run dark``: English, Fusion with a dark palette (as a desktop in dark mode hands the app) →
  ``docs/screenshots/en-dark/``;
* ``--run scale2``: English with ``QT_SCALE_FACTOR=2`` on a 1600×1000 screen →
  ``docs/screenshots/en-scale2/`` (the images are in device pixels: what the user sees).

Each pass starts the local OKX simulator, walks the wizard with the simulator's fake keys (swapped
fields, a Withdraw key, a key bound to another IP, settings that differ, a rotation to another
account) and saves one PNG per state. The dialog opens at its own size, as for a user. Nothing
touches the real keychain; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.app import create_application  # noqa: E402
from gui.clipboard import SecretClipboard  # noqa: E402
from gui.i18n import Translations  # noqa: E402
from gui.okx.regions import Environment, Region  # noqa: E402
from gui.okx.signing import Credentials  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.okx.target import OkxTarget  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from gui.vault.keychain import KeychainStore  # noqa: E402
from gui.vault.memory import MemoryKeyring  # noqa: E402
from gui.wizard.connection import KeyChecker, StoreSaver  # noqa: E402
from gui.wizard.dialog import WizardDialog  # noqa: E402
from gui.wizard.flow import Flow, Prefill, Step  # noqa: E402
from gui.wizard.services import WizardServices  # noqa: E402

OUT = Path(__file__).resolve().parent
PASSES = {
    # name: (screen, extra environment)
    "light": ("1920x1080", {}),
    "dark": ("1920x1080", {}),
    "scale2": ("1600x1000", {"QT_SCALE_FACTOR": "2"}),
}


def wait(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not get there in time")
        QTest.qWait(10)  # runs the event loop meanwhile


def settle() -> None:
    QTest.qWait(250)  # lets layouts, language changes and repaints finish


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(path.relative_to(ROOT), f"{image.width()}x{image.height()}")


def fill(dialog: WizardDialog, creds: Credentials) -> None:
    for name, value in (
        ("apiKeyEdit", creds.api_key),
        ("secretKeyEdit", creds.secret_key),
        ("passphraseEdit", creds.passphrase),
    ):
        edit = dialog.findChild(QLineEdit, name)
        edit.setText(value)
        edit.textEdited.emit(value)


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
    for r in (role.ButtonText, role.WindowText, role.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return palette


class Walk:
    """One language's walk through the wizard, saving into ``folder``."""

    def __init__(self, sim: Simulator, tmp: Path, language: str, folder: Path) -> None:
        self.sim = sim
        self.folder = folder
        self.translations = Translations()
        self.translations.set_language(language)
        settle()
        store = KeychainStore(tmp / folder.name, MemoryKeyring(), service="okx-km-screenshots")
        access = KeyChecker(OkxTarget(sim.base_urls, timeout=5.0))
        self.runner = TaskRunner()
        self.services = WizardServices(
            runner=self.runner,
            clipboard=SecretClipboard(),
            check=access.check,
            save=StoreSaver(store),
            fix=access.fix,
            translations=self.translations,
            open_url=lambda _url: None,
            confirm=lambda *_args: True,
            simulator=True,
        )

    def dialog(self, flow: Flow | None = None) -> WizardDialog:
        dialog = WizardDialog(self.services, flow)
        dialog.show()
        screen = dialog.screen().availableGeometry()
        dialog.move(screen.topLeft())
        settle()
        assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)
        return dialog

    def verify_with(self, dialog: WizardDialog, key: str) -> None:
        dialog.flow.jump_to(Step.ENTER_KEYS)
        dialog._show(Step.ENTER_KEYS)
        fill(dialog, self.sim.key(key).credentials)
        dialog.go_next()
        wait(lambda: not dialog.page.busy)

    def run(self) -> None:
        shoot_ = self.shoot
        dialog = self.dialog()
        shoot_(dialog, "01-start")
        dialog.go_next()
        shoot_(dialog, "02-prepare")
        dialog.go_next()
        dialog.pages[Step.CREATE_KEY].generate_passphrase()
        shoot_(dialog, "03-create-key")
        dialog.go_next()
        healthy = self.sim.key("healthy").credentials
        fill(dialog, Credentials(healthy.secret_key, healthy.api_key, healthy.passphrase))
        shoot_(dialog, "04-enter-keys-swapped")
        fill(dialog, self.sim.key("withdraw").credentials)
        dialog.go_next()
        wait(lambda: not dialog.page.busy)
        shoot_(dialog, "05-verify-withdraw")
        self.verify_with(dialog, "wrong-ip")
        shoot_(dialog, "06-verify-wrong-ip")
        dialog.flow.jump_to(Step.ENTER_KEYS)
        dialog._show(Step.ENTER_KEYS)
        fill(dialog, self.sim.key("other-mode").credentials)
        shoot_(dialog, "07-enter-keys")
        dialog.go_next()
        wait(lambda: not dialog.page.busy)
        shoot_(dialog, "08-verify")
        dialog.go_next()
        wait(lambda: dialog.flow.state.saved_id is not None and not dialog.page.busy)
        shoot_(dialog, "09-done")
        self.services.clipboard.clear_if_ours()
        dialog.done(0)
        self.rotation()
        self.password_dialog()
        self.runner.shutdown()
        self.translations.set_language("en")
        settle()

    def rotation(self) -> None:
        main = self.sim.scenario.accounts["main"].uid
        prefill = Prefill(Region.GLOBAL, Environment.LIVE, "Main", rotation=True, old_uid=main)
        dialog = self.dialog(Flow(prefill=prefill))
        self.verify_with(dialog, "sub-account")
        self.shoot(dialog, "10-verify-rotation-other-account")
        dialog.go_next()  # the question is answered yes (services.confirm)
        wait(lambda: dialog.flow.state.saved_id is not None and not dialog.page.busy)
        self.shoot(dialog, "11-done-rotated")
        dialog.done(0)

    def password_dialog(self) -> None:
        """The manager's password dialog (issue 12, defect 5: its text was cut off)."""
        from gui.manager.prompts import PasswordDialog

        prompt = QApplication.translate(
            "ManagerWindow",
            "Choose a password for the backup file. Without it the backup cannot be opened: "
            "keep it somewhere safe.",
        )
        dialog = PasswordDialog(None, "", prompt, new=True)
        dialog.show()
        dialog.edit.setText("short")  # the strength message appears
        self.shoot(dialog, "12-password-dialog")
        dialog.close()

    def shoot(self, dialog: QWidget, name: str) -> None:
        shoot(dialog, self.folder / f"{name}.png")


def run_pass(name: str) -> int:
    app = create_application()
    app.setStyle("Fusion")
    light = app.style().standardPalette()
    app.setPalette(dark_palette() if name == "dark" else light)
    folders = {
        "light": [("en", OUT / "en"), ("zh_CN", OUT / "zh_CN")],
        "dark": [("en", OUT / "en-dark")],
        "scale2": [("en", OUT / "en-scale2")],
    }[name]
    screen = QApplication.primaryScreen()
    print(f"{name}: screen {screen.size().width()}x{screen.size().height()} (logical)")
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        for language, folder in folders:
            Walk(sim, Path(tmp), language, folder).run()
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
