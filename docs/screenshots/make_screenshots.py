"""Screenshots of every wizard page, in English and Simplified Chinese, from a real window.

Run under X (``xvfb-run -a .venv/bin/python docs/screenshots/make_screenshots.py``): it starts
the local OKX simulator, walks the wizard with the simulator's fake keys and saves
``docs/screenshots/<lang>/NN-<page>.png`` (800x600). Nothing touches the real keychain.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.app import create_application  # noqa: E402
from gui.clipboard import SecretClipboard  # noqa: E402
from gui.i18n import Translations  # noqa: E402
from gui.okx.signing import Credentials  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from gui.vault.keychain import KeychainStore  # noqa: E402
from gui.vault.memory import MemoryKeyring  # noqa: E402
from gui.wizard.connection import OkxAccess, StoreSaver  # noqa: E402
from gui.wizard.dialog import WizardDialog  # noqa: E402
from gui.wizard.flow import Step  # noqa: E402
from gui.wizard.services import WizardServices  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (800, 600)


def wait(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not get there in time")
        QTest.qWait(10)  # runs the event loop meanwhile


def settle() -> None:
    QTest.qWait(200)  # lets layouts, language changes and repaints finish


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    # 256 colours without dithering: a third of the size, text stays crisp.
    image = (
        widget.grab()
        .toImage()
        .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    )
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(path.relative_to(ROOT))


def fill(dialog: WizardDialog, creds: Credentials) -> None:
    for name, value in (
        ("apiKeyEdit", creds.api_key),
        ("secretKeyEdit", creds.secret_key),
        ("passphraseEdit", creds.passphrase),
    ):
        edit = dialog.findChild(QLineEdit, name)
        edit.setText(value)
        edit.textEdited.emit(value)


def walk(language: str, sim: Simulator, tmp: Path) -> None:
    translations = Translations()
    translations.set_language(language)
    settle()
    store = KeychainStore(tmp / language, MemoryKeyring(), service="okx-km-screenshots")
    access = OkxAccess(sim.base_urls, timeout=5.0)
    runner = TaskRunner()
    services = WizardServices(
        runner=runner,
        clipboard=SecretClipboard(),
        check=access.check,
        save=StoreSaver(store),
        fix=access.fix,
        translations=translations,
        open_url=lambda _url: None,
        simulator=True,
    )
    dialog = WizardDialog(services)
    dialog.resize(*SIZE)
    dialog.show()
    folder = OUT / language
    shoot(dialog, folder / "01-start.png")
    dialog.go_next()
    shoot(dialog, folder / "02-prepare.png")
    dialog.go_next()
    dialog.pages[Step.CREATE_KEY].generate_passphrase()
    shoot(dialog, folder / "03-create-key.png")
    dialog.go_next()
    healthy = sim.key("healthy").credentials
    fill(dialog, Credentials(healthy.secret_key, healthy.api_key, healthy.passphrase))
    shoot(dialog, folder / "04-enter-keys-swapped.png")
    fill(dialog, sim.key("withdraw").credentials)
    dialog.go_next()
    wait(lambda: not dialog.page.busy)
    shoot(dialog, folder / "05-verify-withdraw.png")
    dialog.flow.jump_to(Step.ENTER_KEYS)
    dialog._show(Step.ENTER_KEYS)
    fill(dialog, sim.key("other-mode").credentials)
    shoot(dialog, folder / "06-enter-keys.png")
    dialog.go_next()
    wait(lambda: not dialog.page.busy)
    shoot(dialog, folder / "07-verify.png")
    dialog.go_next()
    wait(lambda: dialog.flow.state.saved_id is not None and not dialog.page.busy)
    shoot(dialog, folder / "08-done.png")
    services.clipboard.clear_if_ours()
    dialog.done(0)
    runner.shutdown()
    translations.set_language("en")
    settle()


def main() -> int:
    app = create_application()
    app.setStyle("Fusion")
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "zh_CN"):
            walk(language, sim, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
