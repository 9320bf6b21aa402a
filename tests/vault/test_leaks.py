"""No secret reaches a file, a log line, stdout or stderr.

Every vault operation, and a real connection check against the simulator (one passing, one
failing with a wrong passphrase), runs with DEBUG logging to caplog and to a log file; errors
are provoked and logged with tracebacks; objects are printed. Then every file written (data
directory, vault file, backup, log file) and all captured output are searched for each secret
in UTF-8, UTF-16 (both byte orders) and UTF-32: zero hits.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.okx.check import OkxTarget, check_connection
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.backup import ClashPolicy, export_backup, import_backup, read_backup
from gui.vault.crypto import INSECURE_TEST_POLICY
from gui.vault.errors import VaultError
from gui.vault.filevault import FileVaultStore
from gui.vault.keychain import KeychainStore
from gui.vault.model import CheckStatus, CheckSummary, Facts
from gui.vault.store import ConnectionStore
from tests.vault.crypto_helpers import CHEAP_KDF, PASSWORD
from tests.vault.fakes import MemoryKeyring

FIRST = Credentials(
    "a7c1e0f2-leak-4b1d-9e7f-0c2d4e6f8a1b",
    "F00DFACE0123456789ABCDEFLEAKSEC1",
    "Passphr4se-Ünïcode-1",
)
SECOND = Credentials(
    "b8d2f1a3-leak-4c2e-8f9a-1d3e5f7a9b2c",
    "BEEFCAFE9876543210FEDCBALEAKSEC2",
    "Zweite-Passphrase-2",
)
BACKUP_PASSWORD = "Leak-test backup passphrase 93!"
WRONG_PASSPHRASE = "Wrong-Passphrase#77"
SIMULATOR = Simulator()  # its "healthy" key is checked for real over HTTP
CHECKED = SIMULATOR.key("healthy").credentials
SECRETS = [
    CHECKED.api_key,
    CHECKED.secret_key,
    CHECKED.passphrase,
    WRONG_PASSPHRASE,
    FIRST.api_key,
    FIRST.secret_key,
    FIRST.passphrase,
    SECOND.api_key,
    SECOND.secret_key,
    SECOND.passphrase,
    PASSWORD,
    BACKUP_PASSWORD,
]
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]


@pytest.fixture(scope="module", autouse=True)
def running_simulator() -> Iterator[Simulator]:
    with SIMULATOR as sim:
        yield sim


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "app.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def exercise(store: ConnectionStore, work: Path) -> None:
    """Every operation, and the errors users will meet, logged like the app will log them."""
    log = logging.getLogger("leaktest")
    first = store.add("Main", Region.GLOBAL, Environment.LIVE, FIRST, Facts(notes="n"))
    print(store.list(), repr(store), store.get(first.id))
    print(repr(store.get_credentials(first.id)), str(store.get_credentials(first.id)))
    check(store, log)
    rotated = store.rotate(first.id, SECOND, Facts(uid="1"))
    store.rename(rotated.id, "Renamed")
    backup = work / "keys.okxbackup"
    export_backup(store, backup, BACKUP_PASSWORD, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    print(contents, contents.entries, contents.connections)
    log.debug("preview %r", contents)
    import_backup(store, contents, ClashPolicy.KEEP_BOTH)
    import_backup(store, contents, ClashPolicy.REPLACE)
    for action in (
        lambda: store.add("renamed", Region.GLOBAL, Environment.LIVE, FIRST),
        lambda: store.add("x", Region.GLOBAL, Environment.LIVE, Credentials("a", "b" * 999, "c")),
        lambda: read_backup(backup, "wrong " + BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY),
        lambda: export_backup(store, work / "weak", "short"),
    ):
        try:
            action()
        except VaultError:
            log.exception("expected failure")
    for connection in store.list():
        store.delete(connection.id)
    store.lock()


def check(store: ConnectionStore, log: logging.Logger) -> None:
    """A real connection check (and a failing one), its report printed, logged and stored."""
    checked = store.add("Checked", Region.GLOBAL, Environment.LIVE, CHECKED)
    credentials = store.get_credentials(checked.id)
    for candidate in (
        credentials,
        Credentials(credentials.api_key, credentials.secret_key, WRONG_PASSPHRASE),
    ):
        report = check_connection(
            candidate, region=Region.GLOBAL, target=OkxTarget(SIMULATOR.base_urls, 5)
        )
        print(report, repr(report), report.error, repr(report.error))
        log.debug("check report %r", report)
        for item in report.items:
            log.info("%s %s %s %s", item.id, item.status, item.message, item.fix)
        if report.error is not None:
            log.error("check failed: %s", report.error)
        summary = CheckSummary(
            at=report.checked_at,
            status=CheckStatus.CONNECTED if report.ok else CheckStatus.PROBLEM,
            message=str(report.error.cause) if report.error else "connected",
            code=report.error.code if report.error else None,
        )
        store.update_facts(checked.id, Facts(uid="7", last_check=summary))
    assert store.get(checked.id).facts.last_check.code == "50105"  # type: ignore[union-attr]


def assert_no_secret_anywhere(places: list[Path], captured: str, logged: str) -> None:
    blobs = {"stdout/stderr": captured.encode(), "caplog": logged.encode()}
    for place in places:
        for path in [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]:
            blobs[str(path)] = path.read_bytes()
    assert len(blobs) >= 4
    hits = [
        (name, secret[:4], encoding)
        for name, blob in blobs.items()
        for secret in SECRETS
        for encoding in ENCODINGS
        if secret.encode(encoding) in blob
    ]
    assert hits == []


def test_keychain_store_leaks_nothing(
    tmp_path: Path,
    debug_log: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    backend = MemoryKeyring()
    exercise(KeychainStore(data_dir, backend), tmp_path)
    assert backend.items == {}  # deleting left nothing in the keychain
    out, err = capfd.readouterr()
    assert "Main" in out  # the search really sees what was printed
    assert "DEBUG gui.vault.index index saved" in debug_log.read_text()
    assert_no_secret_anywhere(
        [data_dir, tmp_path / "keys.okxbackup", debug_log], out + err, caplog.text
    )


def test_vault_file_store_leaks_nothing(
    tmp_path: Path,
    debug_log: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    store = FileVaultStore.create(
        data_dir / "vault.okxvault", PASSWORD, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY
    )
    exercise(store, tmp_path)
    out, err = capfd.readouterr()
    assert "added connection" in debug_log.read_text()  # the log file really was written
    assert_no_secret_anywhere(
        [data_dir, tmp_path / "keys.okxbackup", debug_log], out + err, caplog.text
    )
