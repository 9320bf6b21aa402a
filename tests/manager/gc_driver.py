"""Run as a program by tests/manager/test_lock_memory.py: a whole session in the manager window
over a vault file, then Lock, then a walk of every live Python object for the secrets.

It holds the secrets only as UTF-8 ``bytearray`` (never a ``str`` of its own) so the walk finds
the app's copies, not the driver's. The simulator runs in another process. Prints
``before-lock N`` (objects holding a secret while unlocked: the walk works) and
``after-lock N`` with the kinds of objects found.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from importlib import resources
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from secrets import token_urlsafe

from gui.connections.repairs import Resolution

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def serve(pipe: Pipe) -> None:
    from gui.okx.simulator import Simulator

    with Simulator() as sim:
        pipe.send(sim.base_urls)
        pipe.recv()


class Secret:
    """One secret as bytes the walk will not mistake for the app's."""

    def __init__(self, text: str) -> None:
        self.raw = bytearray(text.encode())

    def text(self) -> str:  # a fresh str, handed to the app and dropped by the caller
        return self.raw.decode()

    def found_in(self, value: object) -> bool:
        if isinstance(value, str):
            return len(value) >= len(self.raw) and self.raw in value.encode("utf-8", "replace")
        if isinstance(value, bytes | bytearray) and value is not self.raw:
            return self.raw in value
        return False


def load_secrets() -> dict[str, list[Secret]]:
    text = resources.files("gui.okx").joinpath("simulator_scenario.json").read_text("utf-8")
    keys = {k["name"]: k for k in json.loads(text)["keys"]}
    found = {
        name: [Secret(keys[name][f]) for f in ("api_key", "secret_key", "passphrase")]
        for name in ("healthy", "unbound")
    }
    del keys, text
    return found


def holds(value: object, secrets: list[Secret]) -> bool:
    """``value`` is or holds a secret; containers the collector does not track (a dict or
    tuple of plain strings) are looked into, since gc.get_objects() does not list them."""
    if any(s.found_in(value) for s in secrets):
        return True
    if isinstance(value, dict | tuple | list | set | frozenset) and not gc.is_tracked(value):
        return any(holds(v, secrets) for v in gc.get_referents(value))
    return False


def walk(secrets: list[Secret], skip: set[int]) -> list[str]:
    gc.unfreeze()  # the app freezes what start-up made (gui.app): look at that too
    gc.collect()
    hits: list[str] = []
    for obj in gc.get_objects():
        if id(obj) in skip:
            continue
        for value in gc.get_referents(obj):
            if holds(value, secrets):
                hits.append(type(obj).__qualname__)
                if os.environ.get("GC_DEBUG"):
                    print(
                        "  ",
                        [type(v).__qualname__ for v in gc.get_referents(obj)][:8],
                        file=sys.stderr,
                    )
                    for holder in gc.get_referrers(obj)[:3]:
                        print(
                            "  held by",
                            type(holder).__qualname__,
                            repr(holder)[:200],
                            file=sys.stderr,
                        )
                break
    return hits


class Prompts:
    """Answers the window's questions: the vault and backup password, yes, a path."""

    def __init__(self, password: Secret, backup: Path) -> None:
        self.password_bytes = password
        self.backup = backup

    def password(self, *_args: object) -> str:
        return self.password_bytes.text()

    def confirm(self, *_args: object) -> bool:
        return True

    def inform(self, *_args: object) -> None:
        """Nothing to show."""

    def save_path(self, *_args: object) -> Path:
        return self.backup

    def resolve_problem(self, *_args: object) -> Resolution:
        return Resolution.LATER

    def edit(self, *_args: object) -> None:
        return None

    def open_path(self, *_args: object) -> None:
        return None

    def import_choices(self, *_args: object) -> None:
        return None


def type_second_key(
    window: object, second: list[Secret], until: Callable[[Callable[[], bool], float], None]
) -> None:
    """Opens the wizard, types a key as a user does, and lets it check the key."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from gui.wizard.flow import Step

    wizard = window.add()  # type: ignore[attr-defined]
    while wizard.flow.current is not Step.ENTER_KEYS:
        wizard.go_next()
    for name, secret in zip(("apiKeyEdit", "secretKeyEdit", "passphraseEdit"), second, strict=True):
        QTest.keyClicks(wizard.findChild(QLineEdit, name), secret.text())
    label = wizard.findChild(QLineEdit, "labelEdit")
    label.selectAll()
    QTest.keyClicks(label, "Bot")
    wizard.go_next()
    until(lambda: wizard.flow.current is Step.VERIFY and not wizard.page.busy, 30)
    assert wizard.page.valid, "the second key should check fine"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.app import create_application, freeze_after_start
    from gui.connections.environment import AppEnvironment, OkxTarget
    from gui.i18n import Translations
    from gui.manager.actions import Act
    from gui.manager.frame import Page
    from gui.manager.services import ManagerServices
    from gui.manager.settings import AppSettings
    from gui.manager.window import ManagerWindow
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.crypto import INSECURE_TEST_POLICY, KdfParams
    from gui.vault.filevault import FileVaultStore

    cheap = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
    app = create_application()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(target=serve, args=(theirs,))
    server.start()
    base_urls = ours.recv()
    keys = load_secrets()
    password = Secret(token_urlsafe(18) + " Aa1!")  # strong, and not in any source file
    all_secrets = [s for name in keys for s in keys[name][1:]] + [password]

    def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there")
            app.processEvents()
            time.sleep(0.005)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        path = data / "vault.okxvault"
        vault = FileVaultStore.create(
            path, password.text(), params=cheap, policy=INSECURE_TEST_POLICY
        )
        main_key = keys["healthy"]
        vault.add(
            "Main",
            Region.GLOBAL,
            Environment.LIVE,
            Credentials(main_key[0].text(), main_key[1].text(), main_key[2].text()),
        )
        vault.lock()
        del vault
        env = AppEnvironment(
            OkxTarget(base_urls, timeout=5.0),
            lambda: FileVaultStore(path, params=cheap, policy=INSECURE_TEST_POLICY),
            data_dir=data,
        )
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        services = ManagerServices(settings, Translations())
        services.prompts = Prompts(password, Path(tmp) / "keys.okxbackup")
        window = ManagerWindow(services, env=env)
        freeze_after_start(window)  # as gui.app.run does
        window.show()
        window.start()
        until(lambda: window.page is Page.LOCKED)
        window.frame.unlock_button.click()
        until(lambda: window.page is Page.LIST)
        # check all, copy a secret, export a backup
        window.check_all()
        until(lambda: not window.checking())
        window.acts[Act.COPY_SECRET_KEY].trigger()
        until(lambda: bool(QApplication.clipboard().text()))
        window.acts[Act.EXPORT].trigger()
        until(lambda: (Path(tmp) / "keys.okxbackup").exists())
        until(lambda: window.controller.runner.active_count == 0)
        # the wizard with a second key typed in and checked
        type_second_key(window, keys["unbound"], until)
        skip = {id(all_secrets), id(keys), *(id(s) for s in all_secrets)}
        skip |= {id(s.raw) for s in all_secrets} | {id(v) for v in keys.values()}
        before = walk(all_secrets, skip)
        print("before-lock", len(before), flush=True)
        window.acts[Act.LOCK].trigger()
        until(lambda: window.page is Page.LOCKED)
        until(
            lambda: (
                window.controller.runner.active_count == 0
                and not any(t.name.startswith("okx-check") for t in threading.enumerate())
            )
        )
        until(lambda: window.controller.store is not None and window.controller.store.locked)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        after = walk(all_secrets, skip)
        print("after-lock", len(after), " ".join(sorted(set(after))), flush=True)
        window.close()
    ours.send("stop")
    server.join(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
