"""The hostile inputs, by area. Each :class:`Case` feeds one bad input to the app's real reader
and checks that what was there before is still there ("lost data" otherwise).

A case raises nothing when the reader refused the input cleanly (its area's own error, with a
message) or accepted it as valid; an ``AssertionError`` when data was lost or the outcome is
wrong; anything else is a crash. ``test_hostile_inputs.py`` runs them under a watchdog.
"""

from __future__ import annotations

import base64
import json
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from gui.okx.regions import Environment, Region
from gui.vault import crypto
from gui.vault.backup import FORMAT as BACKUP_FORMAT
from gui.vault.backup import import_backup, read_backup
from gui.vault.crypto import INSECURE_TEST_POLICY, ContainerKind, KdfParams
from gui.vault.errors import VaultError
from gui.vault.filevault import FORMAT as VAULT_FORMAT
from gui.vault.filevault import FileVaultStore
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import Connection, dumps
from gui.vault.payload import Entry, SealedEntry, encode_entries, encode_sealed_entries
from tests.vault.contract import FACTS, KEY_A, KEY_B

PASSWORD = "Hostile input password 1!"
CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
KEY = crypto.derive(PASSWORD, bytes(16), CHEAP)
WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


@dataclass(frozen=True)
class Case:
    area: str
    name: str
    run: Callable[[Path], None]


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


# -- sample documents ------------------------------------------------------------------------


def _sample_connections() -> list[Connection]:
    from gui.vault.model import masked

    return [
        Connection(
            "a1" * 16, "Main", Region.EEA, Environment.LIVE, masked(KEY_A), WHEN.date(), FACTS
        ),
        Connection("b2" * 16, "Bot", Region.US, Environment.DEMO, masked(KEY_B), WHEN.date()),
    ]


CONNECTIONS = _sample_connections()
ENTRIES = [Entry(CONNECTIONS[0], KEY_A), Entry(CONNECTIONS[1], KEY_B)]


def _sealed_entries() -> list[SealedEntry]:
    from gui.vault.payload import seal_credentials

    return [
        SealedEntry(e.connection, seal_credentials(KEY, e.connection, e.credentials))
        for e in ENTRIES
    ]


VAULT_DOC = encode_sealed_entries(VAULT_FORMAT, _sealed_entries(), WHEN)
BACKUP_DOC = encode_entries(BACKUP_FORMAT, ENTRIES, WHEN)


def seal_doc(document: Any, kind: ContainerKind, raw: bytes | None = None) -> bytes:
    body = (
        raw
        if raw is not None
        else (dumps(document) if isinstance(document, dict) else _json(document))
    )
    return crypto.seal(body, KEY, kind, policy=INSECURE_TEST_POLICY)


GOOD_VAULT = seal_doc(VAULT_DOC, ContainerKind.VAULT)
GOOD_BACKUP = seal_doc(BACKUP_DOC, ContainerKind.BACKUP)


def with_connection(document: dict[str, Any], n: int, **changes: Any) -> dict[str, Any]:
    """``document`` with connection ``n``'s non-secret fields changed."""
    items = json.loads(json.dumps(document["connections"]))
    items[n]["connection"].update(changes)
    return {**document, "connections": items}


def with_item(document: dict[str, Any], n: int, **changes: Any) -> dict[str, Any]:
    items = json.loads(json.dumps(document["connections"]))
    items[n].update(changes)
    return {**document, "connections": items}


def header_with(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


def flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x40
    return bytes(changed)


def container_variants(good: bytes, other_kind: bytes) -> dict[str, bytes]:
    """Byte-level damage common to vault files and backups."""
    return {
        "empty file": b"",
        "one byte": b"O",
        "magic only": good[:6],
        "header only": good[:58],
        "cut in the body": good[:-5],
        "bytes after the end": good + b"\0\0\0",
        "a PNG": b"\x89PNG\r\n\x1a\n" + bytes(100),
        "JSON text": b'{"connections": []}',
        "the other kind": other_kind,
        "unknown kind byte": header_with(good, 7, b"\x07"),
        "format version 0": header_with(good, 6, b"\x00"),
        "format version 99": header_with(good, 6, b"\x63"),
        "unknown KDF id": header_with(good, 8, b"\x02"),
        "unknown cipher id": header_with(good, 37, b"\x09"),
        "body length 0": header_with(good, 50, struct.pack(">Q", 0)),
        "body length 2^64-1": header_with(good, 50, b"\xff" * 8),
        "KDF parameters all zero": header_with(good, 9, bytes(12)),
        "KDF time above the cap": header_with(good, 9, struct.pack(">I", 9)),
        "KDF memory 4 GiB": header_with(good, 13, struct.pack(">I", 2**32 - 1)),
        "KDF lanes 255": header_with(good, 17, struct.pack(">I", 255)),
        "flipped nonce byte": flip(good, 40),
        "flipped ciphertext byte": flip(good, 70),
        "flipped tag byte": flip(good, len(good) - 1),
        "1 KiB of zeros": bytes(1024),
    }


# -- vault files -------------------------------------------------------------------------------


def _vault_case(data: bytes, read_secrets: bool = True) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        path = folder / "vault.okxvault"
        path.write_bytes(data)
        store = FileVaultStore(path, policy=INSECURE_TEST_POLICY)
        try:
            store.unlock(PASSWORD)
        except VaultError as exc:
            assert str(exc.message), "no message"
            assert store.locked
            assert path.read_bytes() == data, "a refused vault file was changed"
            return
        listed = store.list()
        if read_secrets:
            for connection in listed:
                try:
                    store.get_credentials(connection.id)
                except VaultError as exc:
                    assert str(exc.message)
        store.lock()

    return run


def vault_cases() -> Iterator[Case]:
    for name, data in container_variants(GOOD_VAULT, GOOD_BACKUP).items():
        yield Case("vault file", name, _vault_case(data))

    # the header's parameters are checked against the strict policy in production: cheap ones too
    def strict(folder: Path) -> None:
        path = folder / "vault.okxvault"
        path.write_bytes(GOOD_VAULT)
        try:
            FileVaultStore(path).unlock(PASSWORD)
        except VaultError as exc:
            assert "weaker than this app allows" in str(exc)
            assert path.read_bytes() == GOOD_VAULT
            return
        raise AssertionError("a lowered KDF cost was accepted")

    yield Case("vault file", "KDF cost below the minimum", strict)
    payloads: dict[str, bytes] = {
        "payload not JSON": b"not json at all",
        "payload not UTF-8": b'{"format": "\xff\xfe"}',
        "payload a JSON array": b"[1, 2, 3]",
        "payload null": b"null",
        "payload nested 100,000 deep": deep(100_000),
        "payload of another format": dumps({**VAULT_DOC, "format": "okx-key-manager/backup"}),
        "payload version 0": dumps({**VAULT_DOC, "version": 0}),
        "payload version as text": dumps({**VAULT_DOC, "version": "2"}),
        "payload version true": dumps({**VAULT_DOC, "version": True}),
        "payload version 99": dumps({**VAULT_DOC, "version": 99}),
        "created_at not a time": dumps({**VAULT_DOC, "created_at": "yesterday"}),
        "connections not a list": dumps({**VAULT_DOC, "connections": {"a": 1}}),
        "a connection that is a string": dumps({**VAULT_DOC, "connections": ["x"]}),
        "connection id with a slash": dumps(with_connection(VAULT_DOC, 0, id="../../etc")),
        "connection id empty": dumps(with_connection(VAULT_DOC, 0, id="")),
        "one id twice": dumps(with_connection(VAULT_DOC, 1, id=CONNECTIONS[0].id)),
        "one name twice, other case": dumps(with_connection(VAULT_DOC, 1, label="MAIN")),
        "name with a line break": dumps(with_connection(VAULT_DOC, 0, label="a\nb")),
        "name 200 characters": dumps(with_connection(VAULT_DOC, 0, label="x" * 200)),
        "unknown region": dumps(with_connection(VAULT_DOC, 0, region="mars")),
        "date added 2026-13-45": dumps(with_connection(VAULT_DOC, 0, added_on="2026-13-45")),
        "last check without a time zone": dumps(
            with_connection(
                VAULT_DOC,
                0,
                last_check={
                    "at": "2026-01-01T00:00:00",
                    "status": "connected",
                    "message": "",
                    "code": None,
                },
            )
        ),
        "permissions: 1,000 entries": dumps(
            with_connection(VAULT_DOC, 0, permissions=["x"] * 1000)
        ),
        "sealed secrets not base64": dumps(with_item(VAULT_DOC, 0, sealed="***not base64***")),
        "sealed secrets too short": dumps(with_item(VAULT_DOC, 0, sealed="AAAA")),
        "sealed secrets of random bytes": dumps(
            with_item(VAULT_DOC, 0, sealed=base64.b64encode(bytes(range(80))).decode())
        ),
        "sealed secrets of the other entry": dumps(
            with_item(VAULT_DOC, 0, sealed=VAULT_DOC["connections"][1]["sealed"])
        ),
        "sealed secrets 1 MB": dumps(with_item(VAULT_DOC, 0, sealed="A" * 1_000_000)),
        "version 1 with a secret missing": dumps(
            {
                **encode_entries(VAULT_FORMAT, ENTRIES, WHEN),
                "connections": [{"connection": {}, "secrets": {}}],
            }
        ),
        "version 1 with a masked key of another key": dumps(
            with_connection(
                encode_entries(VAULT_FORMAT, ENTRIES, WHEN), 0, masked_api_key="••••zzzz"
            )
        ),
        "10,001 connections": dumps({**VAULT_DOC, "connections": [{}] * 10_001}),
    }
    for name, raw in payloads.items():
        yield Case("vault file", name, _vault_case(seal_doc(None, ContainerKind.VAULT, raw)))


# -- backups -----------------------------------------------------------------------------------


def _backup_case(data: bytes) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        path = folder / "backup.okxbackup"
        path.write_bytes(data)
        backend = MemoryKeyring()
        store = KeychainStore(folder / "data", backend)
        store.add("Existing", Region.US, Environment.LIVE, KEY_B)
        before = ({c.id: store.get_credentials(c.id) for c in store.list()}, dict(backend.items))
        try:
            contents = read_backup(path, PASSWORD, policy=INSECURE_TEST_POLICY)
            import_backup(store, contents)
        except VaultError as exc:
            assert str(exc.message)
            after = ({c.id: store.get_credentials(c.id) for c in store.list()}, dict(backend.items))
            assert after == before, "a refused backup changed the store"
            assert path.read_bytes() == data
            return
        assert set(before[0]) <= {c.id for c in store.list()}, "an import lost a connection"

    return run


def backup_cases() -> Iterator[Case]:
    variants = container_variants(GOOD_BACKUP, GOOD_VAULT)
    for name in (
        "empty file",
        "cut in the body",
        "the other kind",
        "flipped tag byte",
        "KDF memory 4 GiB",
        "a PNG",
    ):
        yield Case("backup", name, _backup_case(variants[name]))
    payloads = {
        "a vault's payload": dumps(VAULT_DOC),
        "payload version 2": dumps({**BACKUP_DOC, "version": 2}),
        "payload nested 100,000 deep": deep(100_000),
        "secrets missing": dumps(with_item(BACKUP_DOC, 0, secrets=None)),
        "a secret empty": dumps(
            with_item(BACKUP_DOC, 0, secrets={"api_key": "a", "secret_key": "", "passphrase": "p"})
        ),
        "a secret 10,000 characters": dumps(
            with_item(
                BACKUP_DOC,
                0,
                secrets={"api_key": "a" * 10_000, "secret_key": "s", "passphrase": "p"},
            )
        ),
        "a masked key of another key": dumps(
            with_connection(BACKUP_DOC, 0, masked_api_key="••••zzzz")
        ),
        "unknown environment": dumps(with_connection(BACKUP_DOC, 0, environment="paper")),
        "one id twice": dumps(with_connection(BACKUP_DOC, 1, id=CONNECTIONS[0].id)),
        "name of control characters": dumps(with_connection(BACKUP_DOC, 0, label="\x00\x07")),
        "notes of 1 MB": dumps(with_connection(BACKUP_DOC, 0, notes="n" * 1_000_000)),
        "sub_account as text": dumps(with_connection(BACKUP_DOC, 0, sub_account="yes")),
        "a name that clashes with the store's": dumps(
            with_connection(BACKUP_DOC, 0, label=" existing ")
        ),
    }
    for name, raw in payloads.items():
        yield Case("backup", name, _backup_case(seal_doc(None, ContainerKind.BACKUP, raw)))


# -- the index ---------------------------------------------------------------------------------


def _index_case(raw: bytes) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        backend = MemoryKeyring()
        store = KeychainStore(folder, backend)
        kept = store.add("Kept", Region.GLOBAL, Environment.LIVE, KEY_A)
        items = dict(backend.items)
        store.index.path.write_bytes(raw)
        try:
            store.list()
        except VaultError as exc:
            assert str(exc.message)
            try:
                store.add("New", Region.GLOBAL, Environment.LIVE, KEY_B)
            except VaultError:
                pass
            else:
                raise AssertionError("a damaged index was overwritten") from None
            assert store.index.path.read_bytes() == raw, "a damaged index was changed"
            assert backend.items == items, "the keychain changed"
            assert kept.id in {f.username for f in backend.search("okx-key-manager")}
            return
        store.problems()
        assert backend.items == items

    return run


def index_cases() -> Iterator[Case]:
    good = {"format": "okx-key-manager/index", "version": 1, "connections": [], "pending": []}
    connection = json.loads(json.dumps(VAULT_DOC["connections"][0]["connection"]))
    raws = {
        "empty": b"",
        "cut JSON": b'{"connections": [',
        "a JSON array": b"[]",
        "null": b"null",
        "not UTF-8": b"\xff\xfe\x00{",
        "UTF-8 BOM first": b"\xef\xbb\xbf" + _json(good),
        "another format": _json({**good, "format": "okx-key-manager/vault"}),
        "version 9": _json({**good, "version": 9}),
        "version -1": _json({**good, "version": -1}),
        "connections not a list": _json({**good, "connections": "all"}),
        "one id twice": _json(
            {**good, "connections": [connection, {**connection, "label": "Other"}]}
        ),
        "one name twice": _json(
            {**good, "connections": [connection, {**connection, "id": "c3" * 16}]}
        ),
        "journal reason unknown": _json(
            {**good, "pending": [{"reason": "steal", "connection": connection}]}
        ),
        "journal not a list": _json({**good, "pending": {"x": 1}}),
        "nested 100,000 deep": deep(100_000),
        "NaN and Infinity": b'{"format": "okx-key-manager/index", "version": NaN, '
        b'"connections": Infinity}',
        "last check status unknown": _json(
            {
                **good,
                "connections": [
                    {
                        **connection,
                        "last_check": {
                            "at": "2026-01-01T00:00:00+00:00",
                            "status": "?",
                            "message": "",
                        },
                    }
                ],
            }
        ),
        "a number of 100,000 digits": b'{"version": ' + b"9" * 100_000 + b"}",
    }
    for name, raw in raws.items():
        yield Case("index", name, _index_case(raw))


# -- the balance cache -------------------------------------------------------------------------


def _cache_case(raw: bytes) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        from gui.connections.cache import BalanceCache, StoredSnapshots, read_file

        path = folder / "balances.json"
        path.write_bytes(raw)
        loaded = BalanceCache(path).load()
        assert isinstance(loaded, dict)
        stored = StoredSnapshots(read_file(path))  # the first frame's reader, parsed when shown
        assert dict(stored.items()) == loaded
        assert all(stored.get(key) == loaded.get(key) for key in list(stored))
        assert path.read_bytes() == raw, "reading the cache changed it"

    return run


def cache_cases() -> Iterator[Case]:
    snapshot = {
        "fetched_at": "2026-01-01T00:00:00+00:00",
        "total_equity_usd": "1",
        "trading": [["BTC", "1", "1", "0", "1"]],
        "funding": [],
        "account_mode": 2,
        "position_mode": "net_mode",
        "sub_account": False,
        "uid": "1",
    }
    good = {"format": "okx-key-manager/balance-cache", "version": 1, "connections": {"a": snapshot}}
    raws = {
        "empty": b"",
        "not JSON": b"balances",
        "a JSON array": b"[]",
        "null": b"null",
        "a number": b"42",
        "not UTF-8": b"\xff\xfe",
        "another format": _json({**good, "format": "x"}),
        "version 2": _json({**good, "version": 2}),
        "connections a list": _json({**good, "connections": [snapshot]}),
        "snapshot without a time": _json(
            {**good, "connections": {"a": {**snapshot, "fetched_at": None}}}
        ),
        "time without a zone": _json(
            {**good, "connections": {"a": {**snapshot, "fetched_at": "2026-01-01T00:00:00"}}}
        ),
        "an amount of letters": _json(
            {**good, "connections": {"a": {**snapshot, "total_equity_usd": "lots"}}}
        ),
        "a row of two fields": _json(
            {**good, "connections": {"a": {**snapshot, "trading": [["BTC", "1"]]}}}
        ),
        "a snapshot that is a string": _json({**good, "connections": {"a": "x"}}),
        "nested 100,000 deep": deep(100_000),
    }
    for name, raw in raws.items():
        yield Case("balance cache", name, _cache_case(raw))


# -- settings ----------------------------------------------------------------------------------


def _settings_case(ini: str) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        from PySide6.QtCore import QSettings

        from gui.manager.settings import AppSettings

        path = folder / "settings.ini"
        path.write_text(ini, encoding="utf-8")
        settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
        assert settings.clipboard_clear_seconds >= 5
        assert settings.rotation_days >= 0
        assert settings.auto_lock_minutes >= 0
        for flag in (
            settings.lock_on_screen_lock,
            settings.check_on_start,
            settings.balance_cache,
            settings.hide_small_balances,
        ):
            assert isinstance(flag, bool)
        language = settings.language
        assert language is None or isinstance(language, str)
        settings.layout("main")
        assert path.read_text(encoding="utf-8") == ini, "reading the settings changed them"

    return run


def settings_cases() -> Iterator[Case]:
    lines = {
        "a clear delay of letters": "clipboardClearSeconds=abc",
        "a negative clear delay": "clipboardClearSeconds=-5",
        "a clear delay of 30 digits": "clipboardClearSeconds=999999999999999999999999999999",
        "a list where a number goes": "rotationDays=1, 2, 3",
        "NaN days": "rotationDays=NaN",
        "an invalid Qt value": "autoLockMinutes=@Invalid()",
        "a byte array where a number goes": "autoLockMinutes=@ByteArray(\\x01\\x02)",
        "a flag that is maybe": "checkOnStart=maybe",
        "a flag that is a list": "balanceCache=1, 0",
        "a language with a NUL": "language=zh_CN\\0../../etc",
        "a layout that is text": "[window]\nmain=not a byte array",
        "a layout of garbage bytes": "[window]\nmain=@ByteArray(\\xff\\xfe\\x00garbage)",
        "a variant of a point": "lockOnScreenLock=@Point(1 2)",
    }
    for name, line in lines.items():
        yield Case(
            "settings",
            name,
            _settings_case(("[General]\n" if not line.startswith("[") else "") + line + "\n"),
        )


# -- simulator scenario files ------------------------------------------------------------------


def _scenario_case(raw: bytes | None) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        from gui.okx.simulator_scenario import ScenarioError, load_scenario

        path = folder / "scenario.json"
        if raw is not None:
            path.write_bytes(raw)
        try:
            load_scenario(path)
        except ScenarioError as exc:
            assert str(exc)
        if raw is not None:
            assert path.read_bytes() == raw

    return run


def scenario_cases() -> Iterator[Case]:
    from importlib import resources

    good = json.loads(
        resources.files("gui.okx").joinpath("simulator_scenario.json").read_text("utf-8")
    )
    key = good["keys"][0]
    raws: dict[str, bytes | None] = {
        "no such file": None,
        "not UTF-8": b"\xff\xfe{}",
        "not JSON": b"{accounts",
        "a JSON list": b"[]",
        "accounts missing": _json({"keys": []}),
        "keys not a list": _json({**good, "keys": {"a": 1}}),
        "a key of an unknown account": _json({**good, "keys": [{**key, "account": "nobody"}]}),
        "a bound IP that is no address": _json({**good, "keys": [{**key, "ips": ["300.1.2.3"]}]}),
        "an amount of letters": _json({**good, "prices": {"BTC": "a lot"}}),
        "the same key name twice": _json({**good, "keys": [key, key]}),
        "an unknown field": _json({**good, "surprise": 1}),
        "nested 100,000 deep": deep(100_000),
        "a permission that does not exist": _json(
            {**good, "keys": [{**key, "permissions": ["admin"]}]}
        ),
    }
    for name, raw in raws.items():
        yield Case("scenario file", name, _scenario_case(raw))


# -- OKX responses -----------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    stall: bool = False
    only_one_call: bool = False  # a stalled body costs a read timeout per call: ask once


class HostileOkx:
    """A loopback server answering every request with ``reply`` (set before each case)."""

    def __init__(self) -> None:
        self.reply = Reply()
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                reply = server.reply
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                if reply.stall:
                    self.send_header("Content-Length", "100")
                    self.end_headers()
                    self.wfile.write(b'{"code":')
                    self.wfile.flush()
                    server.release.wait(30)
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@contextmanager
def hostile_okx() -> Iterator[HostileOkx]:
    server = HostileOkx()
    thread = threading.Thread(
        target=server.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(timeout=5)


def _okx_case(server: HostileOkx, reply: Reply) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        from gui.okx.client import OkxClient
        from gui.okx.errors import OkxError

        server.reply = reply
        client = OkxClient(KEY_A, base_url=server.base_url, timeout=1.0, sleep=lambda s: None)
        with client:
            calls = (
                client.account_config,
                client.server_time,
                client.trading_balance,
                client.funding_balance,
            )
            for call in calls[:1] if reply.only_one_call else calls:
                try:
                    call()
                except OkxError as exc:
                    assert str(exc.cause) and str(exc.fix)

    return run


def _ok(data: Any) -> bytes:
    return _json({"code": "0", "msg": "", "data": data})


def okx_cases(server: HostileOkx) -> Iterator[Case]:
    config = {"uid": "1", "acctLv": "2", "posMode": "net_mode", "perm": "read_only", "ip": ""}
    html = (("Content-Type", "text/html"),)
    replies = {
        "an HTML page": Reply(body=b"<html>captive portal</html>", headers=html),
        "an HTML 502": Reply(status=502, body=b"<html>bad gateway</html>", headers=html),
        "an empty body": Reply(body=b""),
        "null": Reply(body=b"null"),
        "a JSON list": Reply(body=b"[1, 2]"),
        "code as a number": Reply(body=b'{"code": 0, "data": []}'),
        "code missing": Reply(body=b'{"msg": "hi"}'),
        "code of 10,000 digits": Reply(body=b'{"code": "' + b"9" * 10_000 + b'", "msg": ""}'),
        "data missing": Reply(body=b'{"code": "0"}'),
        "data an object": Reply(body=_json({"code": "0", "data": {"a": 1}})),
        "data an empty list": Reply(body=_ok([])),
        "account level of letters": Reply(body=_ok([{**config, "acctLv": "x", "ts": "1"}])),
        "an amount of NaN": Reply(
            body=_ok(
                [{**config, "ts": "1", "totalEq": "NaN", "details": [{"ccy": "BTC", "eq": "NaN"}]}]
            )
        ),
        "an amount of 1e999999": Reply(
            body=_ok(
                [
                    {
                        **config,
                        "ts": "1",
                        "totalEq": "1e999999",
                        "details": [{"ccy": "BTC", "bal": "1e999999"}],
                    }
                ]
            )
        ),
        "a time of superscript digits": Reply(body=_ok([{**config, "ts": "²³", "uTime": "²"}])),
        "a time of 5,000 digits": Reply(
            body=_ok([{**config, "ts": "9" * 5000, "uTime": "9" * 5000}])
        ),
        "a time in the year 300,000": Reply(
            body=_ok([{**config, "ts": "9999999999999999", "uTime": "9999999999999999"}])
        ),
        "details not a list": Reply(body=_ok([{**config, "ts": "1", "details": "none"}])),
        "not UTF-8": Reply(body=b'{"code": "0", "msg": "\xff\xfe", "data": []}'),
        "nested 100,000 deep": Reply(body=deep(100_000)),
        "a redirect to elsewhere": Reply(
            status=301, headers=(("Location", "https://evil.example/"),)
        ),
        "429 without a body": Reply(status=429, body=b""),
        "500 with JSON": Reply(status=500, body=b'{"code": "50026", "msg": "busy"}'),
        "a gzip body that is not gzip": Reply(
            body=b"this is not gzip",
            headers=(("Content-Type", "application/json"), ("Content-Encoding", "gzip")),
        ),
        "a body that stops half-way": Reply(stall=True, only_one_call=True),
        "a 200 with an auth error code": Reply(
            body=_json({"code": "50113", "msg": "Invalid Sign"})
        ),
        "1 MB of spaces": Reply(body=b" " * 1_000_000),
    }
    for name, reply in replies.items():
        yield Case("OKX response", name, _okx_case(server, reply))


# -- files that are not files (issue 17): FIFOs, devices, folders, huge sparse files ---------------


def _make_special(path: Path, kind: str) -> None:
    import os

    if kind == "a FIFO":
        os.mkfifo(path)
    elif kind == "a folder":
        path.mkdir()
    elif kind == "a link to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "a link to /dev/urandom":
        path.symlink_to("/dev/urandom")
    else:  # 200 MB, sparse
        with path.open("wb") as handle:
            handle.truncate(200 * 1024 * 1024)


SPECIAL_KINDS = ("a FIFO", "a folder", "a link to /dev/zero", "a link to /dev/urandom", "200 MB")


def _refused(message: str) -> None:
    assert "not a regular file" in message or "larger than" in message, message


def _special_case(reader: str, kind: str) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        from gui.connections.cache import BalanceCache
        from gui.okx.simulator_scenario import ScenarioError, load_scenario

        path = folder / "the-file"
        if reader == "index":
            backend = MemoryKeyring()
            store = KeychainStore(folder / "data", backend)
            store.add("Kept", Region.GLOBAL, Environment.LIVE, KEY_A)
            store.index.path.unlink()
            _make_special(store.index.path, kind)
            try:
                store.list()
            except VaultError as exc:
                _refused(str(exc.message))
                return
            raise AssertionError("a special index was read")
        _make_special(path, kind)
        if reader == "vault file":
            vault = FileVaultStore(path, policy=INSECURE_TEST_POLICY)
            try:
                vault.unlock(PASSWORD)
            except VaultError as exc:
                _refused(str(exc.message))
                assert vault.locked
                return
            raise AssertionError("a special vault file was opened")
        if reader == "backup":
            try:
                read_backup(path, PASSWORD, policy=INSECURE_TEST_POLICY)
            except VaultError as exc:
                _refused(str(exc.message))
                return
            raise AssertionError("a special backup was read")
        if reader == "balance cache":
            assert BalanceCache(path).load() == {}
            return
        try:
            load_scenario(path)
        except ScenarioError as exc:
            _refused(str(exc))
            return
        raise AssertionError("a special scenario file was read")

    return run


def special_cases() -> Iterator[Case]:
    for reader in ("vault file", "backup", "index", "balance cache", "scenario"):
        for kind in SPECIAL_KINDS:
            yield Case("special file", f"{reader} is {kind}", _special_case(reader, kind))


def all_cases(server: HostileOkx) -> list[Case]:
    return [
        *special_cases(),
        *vault_cases(),
        *backup_cases(),
        *index_cases(),
        *cache_cases(),
        *settings_cases(),
        *scenario_cases(),
        *okx_cases(server),
    ]
